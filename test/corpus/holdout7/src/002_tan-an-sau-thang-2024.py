TEXT = '''
Kinh tế

TP.Tân An: 6 tháng đầu năm, có 11/18 chỉ tiêu đạt trên 50% kế hoạch

Thứ Sáu, 05/07/2024, 09:45

(LA) - Ngày 04/7, Thành ủy Tân An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. Bí thư Thành ủy - Nguyễn Minh Lâm chủ trì hội nghị.

Bí thư Thành ủy - Nguyễn Minh Lâm phát biểu tại hội nghị
Bí thư Thành ủy - Nguyễn Minh Lâm phát biểu tại hội nghị

Theo báo cáo, trong 6 tháng đầu năm, tình hình kinh tế - xã hội của thành phố tiếp tục phát triển ổn định; 11/18 chỉ tiêu chủ yếu đạt trên 50% kế hoạch năm. Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 598,5 tỉ đồng, đạt 57,2% dự toán, tăng 12,4% so với cùng kỳ. Chi ngân sách địa phương ước 410 tỉ đồng, đạt 44,8% dự toán.

Tổng vốn đầu tư phát triển toàn xã hội khoảng 2.850 tỉ đồng. Giá trị sản xuất công nghiệp ước đạt 3.420 tỉ đồng, tăng 8,9% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 9.715 tỉ đồng, tăng 10,70%.

Trên lĩnh vực nông nghiệp, nông dân xuống giống vụ Đông Xuân 2023 - 2024 được 3.860 ha lúa, năng suất bình quân 6,4 tấn/ha.

Diện tích thanh long giảm còn 1.210 ha do nông dân chuyển sang trồng rau màu. Thành phố có thêm 2 sản phẩm đạt chuẩn OCOP 3 sao, nâng tổng số lên 17 sản phẩm.

Công tác an sinh xã hội được quan tâm. Thành phố đã trao 46 căn nhà tình nghĩa, nhà đại đoàn kết cho hộ nghèo, hộ cận nghèo; giải quyết việc làm mới cho 1.480 lao động, trong đó đưa 37 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ hộ nghèo giảm còn 0,32%, hộ cận nghèo còn 0,87%.

Công tác xây dựng Đảng được chú trọng. 6 tháng đầu năm, Đảng bộ thành phố kết nạp 72 đảng viên mới, đạt 48% chỉ tiêu năm.

Ông Nguyễn Minh Lâm yêu cầu: "6 tháng cuối năm, các ngành phải bám sát 18 chỉ tiêu, phấn đấu thu ngân sách đạt từ 1.100 tỉ đồng trở lên".

Dịp này, Ban Thường vụ Thành ủy khen thưởng 9 tập thể, 15 cá nhân có thành tích xuất sắc.

Thanh Hồng

Xem thêm:
- Long An: 6 tháng, thu ngân sách đạt 11.235 tỉ đồng
- Phường 3 ra mắt mô hình "Camera an ninh" 
- Hotline đường dây nóng Thành ủy: 0272.3826.xxx
'''
META = {'published': '2024-07-05', 'locality': 'thành phố Tân An'}
DEFAULTS = {'locality': 'thành phố Tân An', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('có 11/18 chỉ tiêu đạt trên 50%', '11/18', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('đạt trên 50% kế hoạch\n', '50%', 'attainment', '%', dict(base='target', bound='over', optional=True)),
 ('định; 11/18 chỉ tiêu', '11/18', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('đạt trên 50% kế hoạch năm', '50%', 'attainment', '%', dict(base='target', bound='over', optional=True)),
 ('thực hiện 598,5 tỉ đồng', '598,5 tỉ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('đạt 57,2% dự toán', '57,2%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('tăng 12,4% so với cùng kỳ', '12,4%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='same_period', **E)),
 ('ước 410 tỉ đồng', '410 tỉ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **E)),
 ('đạt 44,8% dự toán', '44,8%', 'attainment', '%', dict(indicator='budget_expenditure', base='target', **E)),
 ('khoảng 2.850 tỉ đồng', '2.850 tỉ đồng', 'level', 'VND', dict(indicator='social_investment', bound='about')),
 ('ước đạt 3.420 tỉ đồng', '3.420 tỉ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('tăng 8,9% so với cùng kỳ', '8,9%', 'change', '%', dict(indicator='industrial_output_value', direction='up', base='same_period', **E)),
 ('đạt 9.715 tỉ đồng', '9.715 tỉ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 10,70%', '10,70%', 'change', '%', dict(indicator='retail_sales', direction='up')),
 ('được 3.860 ha', '3.860 ha', 'level', 'ha', dict(indicator='crop_area', period='2023/2024')),
 ('bình quân 6,4 tấn/ha', '6,4 tấn/ha', 'level', 'tấn/ha', dict(period='2023/2024')),
 ('giảm còn 1.210 ha', '1.210 ha', 'level', 'ha', dict(direction='down')),
 ('thêm 2 sản phẩm', '2', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('lên 17 sản phẩm', '17', 'level', 'sản phẩm', dict(indicator='ocop_products', direction='up')),
 ('trao 46 căn nhà', '46', 'level', 'căn nhà', dict()),
 ('cho 1.480 lao động', '1.480', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đưa 37 người', '37', 'level', 'người', dict(indicator='labour_export')),
 ('giảm còn 0,32%', '0,32%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 0,87%', '0,87%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('kết nạp 72 đảng viên', '72', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 48% chỉ tiêu', '48%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('bám sát 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', optional=True)),
 ('từ 1.100 tỉ đồng trở lên', '1.100 tỉ đồng', 'level', 'VND', dict(indicator='budget_revenue', bound='at_least', period='2024', modality='target')),
 ('khen thưởng 9 tập thể', '9', 'level', 'tập thể', dict(optional=True)),
 ('15 cá nhân', '15', 'level', 'cá nhân', dict(optional=True)),
 ('đạt 11.235 tỉ đồng', '11.235 tỉ đồng', 'level', 'VND', dict(optional=True)),
]
