TEXT = '''
BÁO ĐỒNG THÁP ONLINE
Trang chủ > Thời sự > Chính quyền

15/07/2024 - 09:42

HĐND huyện Tháp Mười khai mạc kỳ họp thứ 14

Sáng 12/7, HĐND huyện Tháp Mười khóa XII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 14 (kỳ họp thường lệ giữa năm 2024). Dự khai mạc có đồng chí Phạm Thiện Nghĩa - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.

Theo báo cáo của UBND huyện, 6 tháng đầu năm 2024, trong 21 chỉ tiêu chủ yếu, có 9 chỉ tiêu đạt và vượt tiến độ, 8 chỉ tiêu đạt khá, 4 chỉ tiêu đạt thấp so với tiến độ Nghị quyết. Tốc độ tăng trưởng giá trị sản xuất ước đạt 6,12% (Nghị quyết cả năm 7 - 7,5%).

Sản xuất nông nghiệp giữ vững ổn định. Vụ Đông Xuân 2023 - 2024, toàn huyện xuống giống 45.860 ha lúa/KH 45.500 ha, năng suất bình quân 72,4 tạ/ha, cao hơn vụ Đông Xuân năm trước 1,6 tạ/ha; sản lượng đạt 332.030 tấn. Giá lúa tươi tại ruộng dao động từ 7.200 - 7.600 đồng/kg, cao hơn cùng kỳ khoảng 1.000 đồng/kg, nông dân lợi nhuận bình quân 32 - 35 triệu đồng/ha. Diện tích sen hiện có 1.236 ha; đàn gia cầm 1,42 triệu con.

Lãnh đạo UBND huyện Tháp Mười kiểm tra mô hình sản xuất lúa chất lượng cao tại xã Mỹ Hòa.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước thực hiện 6.384 tỷ đồng, đạt 51,3% kế hoạch, tăng 11,06% so với cùng kỳ. Khu du lịch Gáo Giồng và Đồng Sen Tháp Mười đón 186.400 lượt khách, đạt 62,1% kế hoạch năm.

Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước 156,8 tỷ đồng, đạt 58,07% dự toán tỉnh giao, bằng 96,4% so với cùng kỳ. Trong đó, thu tiền sử dụng đất chỉ đạt 21,5% dự toán. Tổng chi ngân sách địa phương 412,5 tỷ đồng, đạt 46,3% dự toán.

Toàn huyện hiện có 9/12 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông thôn mới nâng cao, 1 xã nông thôn mới kiểu mẫu; 46 sản phẩm OCOP đạt 3 sao trở lên. Tỷ lệ hộ nghèo còn 1,27%, giảm 0,41 điểm phần trăm so với đầu năm; tỷ lệ hộ cận nghèo lần lượt ở thị trấn Mỹ An và xã Trường Xuân là 1,6% và 3,4%.

Giải quyết việc làm mới cho 1.430 lao động, đạt 55% kế hoạch; tỷ lệ tham gia bảo hiểm y tế đạt 92,6% (Nghị quyết 93%).

Tại kỳ họp, các đại biểu sẽ xem xét, thông qua 11 nghị quyết quan trọng, trong đó có điều chỉnh kế hoạch đầu tư công năm 2024 với tổng vốn 318,4 tỷ đồng. Trả lời chất vấn về tiến độ giải ngân, Phó Chủ tịch UBND huyện Nguyễn Văn Út cho biết đến ngày 30/6, huyện mới giải ngân 39,2% kế hoạch vốn, phấn đấu đến ngày 31/12/2024 giải ngân đạt 100%.

Kỳ họp diễn ra đến hết ngày 13/7.

Hồng Nhung

Tin khác
- Cao Lãnh: Nông dân thu hoạch xoài cát Hòa Lộc
- Lai Vung có thêm 2 xã đạt chuẩn nông thôn mới nâng cao
- Hồng Ngự hoàn thành 98% khối lượng nạo vét kênh

Báo Đồng Tháp | 12 Nguyễn Huệ, Phường 2, TP. Cao Lãnh | Đường dây nóng: 0277.3851.264
'''
META = {'published': '2024-07-15', 'locality': 'huyện Tháp Mười'}
DEFAULTS = {'locality': 'huyện Tháp Mười', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('trong 21 chỉ tiêu chủ yếu', '21', 'level', 'chỉ tiêu', dict(RT)),
 ('có 9 chỉ tiêu', '9', 'level', 'chỉ tiêu', dict(RT, status='achieved')),
 ('8 chỉ tiêu đạt khá', '8', 'level', 'chỉ tiêu', dict(RT)),
 ('4 chỉ tiêu đạt thấp', '4', 'level', 'chỉ tiêu', dict(RT)),
 ('ước đạt 6,12%', '6,12%', 'level', '%', dict(E, indicator='total_output_value')),
 ('cả năm 7 - 7,5%', '7 - 7,5%', 'level', '%', dict(indicator='total_output_value', modality='target', period='2024')),
 ('giống 45.860 ha', '45.860 ha', 'level', 'ha', dict(indicator='crop_area', period='2023/2024')),
 ('/KH 45.500 ha', '45.500 ha', 'level', 'ha', dict(indicator='crop_area', period='2023/2024', modality='target')),
 ('bình quân 72,4 tạ/ha', '72,4 tạ/ha', 'level', 'tạ/ha', dict(period='2023/2024')),
 ('năm trước 1,6 tạ/ha', '1,6 tạ/ha', 'change', 'tạ/ha', dict(period='2023/2024', direction='up', base='same_period')),
 ('đạt 332.030 tấn', '332.030 tấn', 'level', 'tấn', dict(indicator='rice_output', period='2023/2024')),
 ('từ 7.200 - 7.600 đồng/kg', '7.200 - 7.600 đồng/kg', 'level', 'VND/kg', dict(period='2023/2024')),
 ('khoảng 1.000 đồng/kg', '1.000 đồng/kg', 'change', 'VND/kg', dict(period='2023/2024', direction='up', base='same_period', bound='about')),
 ('bình quân 32 - 35 triệu đồng/ha', '32 - 35 triệu đồng/ha', 'level', 'VND/ha', dict(period='2023/2024')),
 ('hiện có 1.236 ha', '1.236 ha', 'level', 'ha', dict()),
 ('gia cầm 1,42 triệu con', '1,42 triệu con', 'level', 'con', dict()),
 ('thực hiện 6.384 tỷ đồng', '6.384 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('đạt 51,3% kế hoạch', '51,3%', 'attainment', '%', dict(E, indicator='retail_sales', base='target')),
 ('tăng 11,06% so với cùng kỳ', '11,06%', 'change', '%', dict(E, indicator='retail_sales', direction='up', base='same_period')),
 ('đón 186.400 lượt khách', '186.400', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('đạt 62,1% kế hoạch năm', '62,1%', 'attainment', '%', dict(indicator='tourist_arrivals', base='target')),
 ('ước 156,8 tỷ đồng', '156,8 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_revenue')),
 ('đạt 58,07% dự toán', '58,07%', 'attainment', '%', dict(E, indicator='budget_revenue', base='target')),
 ('bằng 96,4% so với cùng kỳ', '96,4%', 'attainment', '%', dict(E, indicator='budget_revenue', base='same_period')),
 ('chỉ đạt 21,5% dự toán', '21,5%', 'attainment', '%', dict(base='target')),
 ('phương 412,5 tỷ đồng', '412,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 46,3% dự toán', '46,3%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('có 9/12 xã', '9/12', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('3 xã đạt chuẩn', '3', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('1 xã nông thôn mới kiểu mẫu', '1', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('46 sản phẩm OCOP', '46', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('còn 1,27%', '1,27%', 'level', '%', dict(indicator='poverty_rate')),
 ('giảm 0,41 điểm phần trăm', '0,41 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', base='2023')),
 ('là 1,6%', '1,6%', 'level', '%', dict(indicator='near_poverty_rate', locality='thị trấn Mỹ An')),
 ('và 3,4%', '3,4%', 'level', '%', dict(indicator='near_poverty_rate', locality='xã Trường Xuân')),
 ('cho 1.430 lao động', '1.430', 'level', 'lao động', dict(indicator='new_jobs')),
 ('đạt 55% kế hoạch', '55%', 'attainment', '%', dict(indicator='new_jobs', base='target')),
 ('đạt 92,6%', '92,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('(Nghị quyết 93%)', '93%', 'level', '%', dict(indicator='health_insurance_coverage', modality='target', period='2024')),
 ('thông qua 11 nghị quyết', '11', 'level', 'nghị quyết', dict(optional=True)),
 ('tổng vốn 318,4 tỷ đồng', '318,4 tỷ đồng', 'level', 'VND', dict(modality='target', period='2024')),
 ('giải ngân 39,2% kế hoạch vốn', '39,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('giải ngân đạt 100%', '100%', 'attainment', '%', dict(indicator='public_investment_disbursement', modality='target', period='2024', base='target')),
]
