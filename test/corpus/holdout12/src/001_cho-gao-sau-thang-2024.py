TEXT = '''
Huyện ủy Chợ Gạo: Đạt và vượt 14/22 chỉ tiêu trong 6 tháng đầu năm 2024

Cập nhật: 15:20, 12/07/2024 (GMT+7)

Ngày 11-7, Huyện ủy Chợ Gạo tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21 (mở rộng) đánh giá tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024.

Theo báo cáo của Ban Thường vụ Huyện ủy, trong 6 tháng đầu năm, huyện Chợ Gạo đạt và vượt 14/22 chỉ tiêu Nghị quyết; 5 chỉ tiêu xấp xỉ đạt; 3 chỉ tiêu sẽ đánh giá vào cuối năm.

Giá trị sản xuất nông nghiệp ước đạt 4.215 tỷ đồng, tăng 3,12% so với cùng kỳ, đạt 48,6% kế hoạch năm; giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 1.847 tỷ đồng, tăng 10,4%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 5.320 tỷ đồng, bằng 52,1% KH năm, tăng 11,06% so với cùng kỳ.

Thu ngân sách nhà nước trên địa bàn đạt 98,7 tỷ đồng, bằng 56,3% dự toán tỉnh giao và 51,2% dự toán huyện; chi ngân sách 312,5 tỷ đồng.

Vụ lúa Đông Xuân, toàn huyện xuống giống 9.850 ha, năng suất bình quân 6,8 tấn/ha, sản lượng hơn 66.900 tấn. Toàn huyện hiện có 1.245 ha thanh long, 2.130 ha dừa; đàn heo 38.600 con, tăng 4,2% so với cùng kỳ.

Huyện giải quyết việc làm cho 1.520 lao động, đạt 55,3% kế hoạch; đưa 42 lao động đi làm việc ở nước ngoài có thời hạn. Tỷ lệ hộ nghèo giảm còn 1,08%, tỷ lệ hộ cận nghèo 2,45%. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,7%, tăng 0,9 điểm phần trăm so với cùng kỳ.

Công tác xây dựng Đảng được chú trọng; 6 tháng qua, toàn Đảng bộ kết nạp 68 đảng viên mới, đạt 45,3% chỉ tiêu năm.

Phát biểu chỉ đạo, Bí thư Huyện ủy Chợ Gạo Nguyễn Văn Hòa yêu cầu các ngành, các xã tập trung khắc phục hạn chế, phấn đấu đến cuối năm 2024 có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 10/18 xã.

Hoàng Phúc
'''
META = {'published': '2024-07-12', 'locality': 'huyện Chợ Gạo'}
DEFAULTS = {'locality': 'huyện Chợ Gạo', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
RT = {'indicator': 'resolution_targets'}
T = {'modality': 'target', 'period': '2024'}
FIGS = [
 ('vượt 14/22 chỉ tiêu trong', '14/22', 'ratio', 'chỉ tiêu', dict(status='achieved', **RT)),
 ('vượt 14/22 chỉ tiêu Nghị quyết', '14/22', 'ratio', 'chỉ tiêu', dict(status='achieved', **RT)),
 ('5 chỉ tiêu xấp xỉ', '5', 'level', 'chỉ tiêu', dict(status='nearly', **RT)),
 ('3 chỉ tiêu sẽ đánh giá', '3', 'level', 'chỉ tiêu', dict(status='pending', **RT)),
 ('ước đạt 4.215 tỷ đồng', '4.215 tỷ đồng', 'level', 'VND', dict(indicator='agricultural_output_value', **E)),
 ('tăng 3,12%', '3,12%', 'change', '%', dict(indicator='agricultural_output_value', direction='up', base='same_period', **E)),
 ('đạt 48,6% kế hoạch', '48,6%', 'attainment', '%', dict(indicator='agricultural_output_value', base='target', **E)),
 ('ước đạt 1.847 tỷ đồng', '1.847 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('tăng 10,4%', '10,4%', 'change', '%', dict(indicator='industrial_output_value', direction='up', **E)),
 ('dịch vụ 5.320 tỷ đồng', '5.320 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('bằng 52,1% KH năm', '52,1%', 'attainment', '%', dict(indicator='retail_sales', base='target')),
 ('tăng 11,06%', '11,06%', 'change', '%', dict(indicator='retail_sales', direction='up', base='same_period')),
 ('đạt 98,7 tỷ đồng', '98,7 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 56,3% dự toán', '56,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('và 51,2% dự toán', '51,2%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('chi ngân sách 312,5 tỷ đồng', '312,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('giống 9.850 ha', '9.850 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('bình quân 6,8 tấn/ha', '6,8 tấn/ha', 'level', 'tấn/ha', dict()),
 ('hơn 66.900 tấn', '66.900 tấn', 'level', 'tấn', dict(indicator='rice_output', bound='over')),
 ('có 1.245 ha', '1.245 ha', 'level', 'ha', dict()),
 ('2.130 ha dừa', '2.130 ha', 'level', 'ha', dict()),
 ('heo 38.600 con', '38.600', 'level', 'con', dict()),
 ('tăng 4,2%', '4,2%', 'change', '%', dict(direction='up', base='same_period')),
 ('cho 1.520 lao động', '1.520', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 55,3% kế hoạch', '55,3%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('đưa 42 lao động', '42', 'level', 'lao động', dict(indicator='labour_export')),
 ('giảm còn 1,08%', '1,08%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('cận nghèo 2,45%', '2,45%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('đạt 92,7%', '92,7%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('tăng 0,9 điểm phần trăm', '0,9 điểm phần trăm', 'change', 'điểm %', dict(indicator='health_insurance_coverage', direction='up', base='same_period')),
 ('kết nạp 68 đảng viên', '68', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 45,3% chỉ tiêu', '45,3%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('thêm 2 xã', '2', 'level', 'xã', dict(indicator='new_rural_communes_advanced', **T)),
 ('lên 10/18 xã', '10/18', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced', direction='up', **T)),
]
