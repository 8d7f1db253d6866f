# District year-end review with next year's targets (Báo Ấp Bắc style).
TEXT = '''
Kinh tế

Chợ Gạo: Năm 2024 có 16/18 chỉ tiêu đạt và vượt Nghị quyết

24/12/2024 - 16:20

(ABO) Ngày 23-12, Huyện ủy Chợ Gạo (tỉnh Tiền Giang) tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Nguyễn Văn Mười, Phó Bí thư Tỉnh ủy dự và phát biểu chỉ đạo.

Năm 2024, trong bối cảnh còn nhiều khó khăn, huyện Chợ Gạo có 16/18 chỉ tiêu đạt và vượt Nghị quyết, 2 chỉ tiêu chưa đạt là thu ngân sách và giá trị sản xuất công nghiệp. Tổng giá trị sản xuất ước đạt 21.460 tỷ đồng, tăng 6,8% so với năm 2023 (Nghị quyết tăng 7 - 7,5%). Giá trị sản xuất nông nghiệp đạt 8.920 tỷ đồng/KH 9.000 tỷ đồng; giá trị sản xuất công nghiệp - tiểu thủ công nghiệp đạt 5.140 tỷ đồng, bằng 94,3% kế hoạch.

Toàn huyện xuống giống 19.850 ha lúa, năng suất bình quân 58,6 tạ/ha, sản lượng đạt 116.320 tấn. Diện tích cây ăn trái đạt 6.420 ha, tăng 210 ha so với năm trước; riêng thanh long 1.150 ha. Tổng đàn heo đạt 86.400 con/KH 85.000 con.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 9.870 tỷ đồng, tăng 11,2%. Thu ngân sách nhà nước trên địa bàn đạt 318,5 tỷ đồng, bằng 92,6% dự toán tỉnh giao. Giải ngân vốn đầu tư công đạt 96,4% kế hoạch, cao hơn 4,1 điểm % so với bình quân chung của tỉnh.

Huyện giải quyết việc làm cho 3.250 lao động, trong đó 86 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ hộ nghèo giảm còn 0,92%, tỷ lệ hộ cận nghèo 1,64%. Huyện xây dựng, sửa chữa 124 căn nhà đại đoàn kết cho hộ khó khăn với tổng kinh phí 6,2 tỷ đồng.

Năm 2025, huyện phấn đấu tổng giá trị sản xuất tăng 7,5% trở lên; thu ngân sách đạt 340 tỷ đồng; tỷ lệ hộ nghèo giảm 0,3 - 0,5%; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 12 xã.

Phát biểu tại hội nghị, đồng chí Nguyễn Văn Mười đề nghị huyện tập trung phát triển vùng chuyên canh thanh long theo hướng “5 an toàn”, sớm hoàn thành tuyến đường huyện 24 và cầu Chợ Gạo 2.

Hữu Chí

Xem thêm:
- Tiền Giang: 11 tháng thu ngân sách 8.450 tỷ đồng
- Chợ Gạo tiếp nhận 20 tấn gạo hỗ trợ hộ nghèo
'''
META = {'published': '2024-12-24', 'locality': 'huyện Chợ Gạo'}
DEFAULTS = {'locality': 'huyện Chợ Gạo', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('Năm 2024 có 16/18 chỉ tiêu', '16/18', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('Chợ Gạo có 16/18 chỉ tiêu', '16/18', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 21.460 tỷ đồng', '21.460 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **E)),
 ('tăng 6,8% so với năm 2023', '6,8%', 'change', '%', dict(indicator='total_output_value', direction='up', base='2023', **E)),
 ('Nghị quyết tăng 7 - 7,5%', '7 - 7,5%', 'change', '%', dict(indicator='total_output_value', direction='up', modality='target')),
 ('đạt 8.920 tỷ đồng', '8.920 tỷ đồng', 'level', 'VND', dict(indicator='agricultural_output_value')),
 ('KH 9.000 tỷ đồng', '9.000 tỷ đồng', 'level', 'VND', dict(indicator='agricultural_output_value', modality='target')),
 ('đạt 5.140 tỷ đồng', '5.140 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value')),
 ('bằng 94,3% kế hoạch', '94,3%', 'attainment', '%', dict(indicator='industrial_output_value', base='target')),
 ('giống 19.850 ha', '19.850 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('58,6 tạ/ha', '58,6 tạ/ha', 'level', 'tạ/ha', dict()),
 ('đạt 116.320 tấn', '116.320 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('đạt 6.420 ha', '6.420 ha', 'level', 'ha', dict()),
 ('tăng 210 ha', '210 ha', 'change', 'ha', dict(direction='up', base='2023')),
 ('long 1.150 ha', '1.150 ha', 'level', 'ha', dict()),
 ('đạt 86.400 con', '86.400', 'level', 'con', dict()),
 ('KH 85.000 con', '85.000', 'level', 'con', dict(modality='target')),
 ('đạt 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 11,2%', '11,2%', 'change', '%', dict(indicator='retail_sales', direction='up')),
 ('đạt 318,5 tỷ đồng', '318,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 92,6% dự toán', '92,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('đạt 96,4% kế hoạch', '96,4%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('cao hơn 4,1 điểm %', '4,1 điểm %', 'change', 'điểm %', dict(indicator='public_investment_disbursement', direction='up')),
 ('cho 3.250 lao động', '3.250', 'level', 'lao động', dict(indicator='jobs_created')),
 ('trong đó 86 người', '86', 'level', 'người', dict(indicator='labour_export')),
 ('giảm còn 0,92%', '0,92%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('cận nghèo 1,64%', '1,64%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('sửa chữa 124 căn nhà', '124', 'level', 'căn nhà', dict()),
 ('phí 6,2 tỷ đồng', '6,2 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 7,5% trở lên', '7,5%', 'change', '%', dict(indicator='total_output_value', direction='up', bound='at_least', **T)),
 ('đạt 340 tỷ đồng', '340 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('giảm 0,3 - 0,5%', '0,3 - 0,5%', 'change', '%', dict(indicator='poverty_rate', direction='down', **T)),
 ('thêm 2 xã', '2', 'level', 'xã', dict(indicator='new_rural_communes_advanced', **T)),
 ('lên 12 xã', '12', 'level', 'xã', dict(indicator='new_rural_communes_advanced', direction='up', **T)),
 ('ngân sách 8.450 tỷ đồng', '8.450 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('nhận 20 tấn gạo', '20 tấn', 'level', 'tấn', dict(optional=True)),
]
