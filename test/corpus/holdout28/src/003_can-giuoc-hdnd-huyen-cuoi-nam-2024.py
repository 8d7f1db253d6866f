TEXT = '''
BÁO LONG AN ONLINE
Thứ sáu, 20-12-2024 | 16:05
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Nông nghiệp | Giáo dục | Thể thao | Long An và Bạn đọc

Kinh tế > Địa phương

Cần Giuộc: Thu ngân sách năm 2024 vượt 11,8% dự toán, 21/22 chỉ tiêu đạt và vượt

Ngày 19-12, HĐND huyện Cần Giuộc khóa XII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 16 (kỳ họp thường lệ cuối năm) đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2024, quyết định nhiệm vụ năm 2025 và thông qua dự toán ngân sách huyện năm 2025.

Chủ tịch HĐND huyện Cần Giuộc - Trần Văn Lợi phát biểu khai mạc kỳ họp

Theo báo cáo của UBND huyện, năm 2024, huyện thực hiện đạt và vượt 21/22 chỉ tiêu Nghị quyết HĐND huyện đề ra; chỉ tiêu tỷ lệ lao động qua đào tạo đạt 73,2%, bằng 98,9% kế hoạch.

Kết quả một số chỉ tiêu chủ yếu năm 2024:
- Giá trị sản xuất công nghiệp: 42.850 tỷ đồng, tăng 9,6% so với năm 2023
- Giá trị sản xuất nông, lâm, thủy sản: 3.920 tỷ đồng, tăng 2,8%
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: 14.300 tỷ đồng/KH 13.800 tỷ đồng
- Thu ngân sách nhà nước trên địa bàn: 1.286 tỷ đồng/KH 1.150 tỷ đồng
- Thu nhập bình quân đầu người: 86 triệu đồng/người/năm
- Tỷ lệ hộ nghèo theo chuẩn của tỉnh: 0,21%, giảm 0,19 điểm phần trăm so với cuối năm 2023

Thu hút đầu tư khởi sắc

Công nghiệp tiếp tục là động lực tăng trưởng của huyện. Trong năm, huyện thu hút mới 14 dự án đầu tư trong nước với tổng vốn đăng ký 3.650 tỷ đồng và 6 dự án có vốn đầu tư trực tiếp nước ngoài với tổng vốn 48,5 triệu USD, gấp 2,3 lần năm 2023. Lũy kế đến nay, trên địa bàn có 612 dự án còn hiệu lực, trong đó 118 dự án FDI. Tỷ lệ lấp đầy của các khu công nghiệp Long Hậu, Tân Kim, Cầu Tràm lần lượt là 96%, 88% và 72%.

Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn ước đạt 9.870 tỷ đồng, tăng 6,4%. Huyện giải ngân vốn đầu tư công 612,4 tỷ đồng, đạt 97,3% kế hoạch vốn năm 2024.

Ông Nguyễn Thành Nhân, Phó Chủ tịch UBND huyện cho biết, tuyến đường tỉnh 835B và cầu Ông Chuồng (trên Quốc lộ 50) hoàn thành đã rút ngắn thời gian di chuyển về TP.HCM còn khoảng 40 phút.

Nông nghiệp chuyển dịch theo hướng đô thị

Diện tích gieo trồng lúa cả năm đạt 10.450 ha, giảm 620 ha so với năm 2023 do chuyển đổi sang đất công nghiệp và rau màu; năng suất bình quân 5,6 tấn/ha. Diện tích rau màu 2.780 ha, trong đó 410 ha đạt chứng nhận VietGAP. Giá lúa tươi vụ Đông Xuân tại ruộng dao động 7.200 - 7.800 đồng/kg, cao hơn cùng vụ năm trước 600 - 900 đồng/kg. Tổng đàn heo 62.400 con, giảm 4,5%; đàn bò 11.300 con.

Huyện có 15/15 xã đạt chuẩn nông thôn mới, trong đó 9 xã đạt chuẩn nông thôn mới nâng cao và 3 xã đạt chuẩn nông thôn mới kiểu mẫu. Năm 2024, huyện có thêm 11 sản phẩm OCOP đạt từ 3 sao trở lên, nâng tổng số lên 38 sản phẩm.

An sinh xã hội được chăm lo

Toàn huyện giải quyết việc làm cho 4.850 lao động, vượt 21,3% kế hoạch; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%, tăng 1,1 điểm phần trăm. Các xã Long Hậu, Phước Lại và Tân Kim có tỷ lệ tham gia bảo hiểm y tế cao nhất, lần lượt là 97,4%, 96,8% và 96,1%. Số hộ nghèo còn 86 hộ; huyện đã xây dựng, sửa chữa 57 căn nhà cho hộ nghèo, hộ chính sách từ nguồn vận động hơn 3,1 tỷ đồng.

Ngành giáo dục có 41/52 trường đạt chuẩn quốc gia, tỷ lệ 78,8%; tỷ lệ huy động trẻ mẫu giáo 5 tuổi ra lớp đạt 100%.

Trong năm, phạm pháp hình sự xảy ra 46 vụ, giảm 9 vụ so với năm 2023; điều tra làm rõ 43/46 vụ, đạt 93,5%. Tai nạn giao thông xảy ra 18 vụ, làm chết 15 người, bị thương 9 người; so với năm trước giảm 3 vụ, giảm 2 người chết.

Dự toán và chỉ tiêu năm 2025

Kỳ họp thông qua dự toán thu ngân sách nhà nước trên địa bàn năm 2025 là 1.320 tỷ đồng, tăng 2,6% so với ước thực hiện năm 2024; dự toán chi ngân sách địa phương 1.045 tỷ đồng.

Năm 2025, HĐND huyện thống nhất 22 chỉ tiêu chủ yếu, trong đó: giá trị sản xuất công nghiệp tăng 9 - 10%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng từ 12% trở lên; thu nhập bình quân đầu người đạt trên 92 triệu đồng; tỷ lệ hộ nghèo theo chuẩn của tỉnh dưới 0,2%; giải quyết việc làm cho 4.500 lao động; tỷ lệ tham gia bảo hiểm y tế đạt 95%; có thêm 2 xã đạt chuẩn nông thôn mới kiểu mẫu.

Tại kỳ họp, đại biểu đã chất vấn về tiến độ bồi thường, giải phóng mặt bằng dự án Khu công nghiệp Tân Tập mở rộng. Lãnh đạo UBND huyện cho biết đã chi trả cho 214/260 hộ, số hộ còn lại sẽ được chi trả trong quý I/2025.

Kim Hương

Tin liên quan:
» Cần Đước: 11 tháng thu ngân sách đạt 1.030 tỷ đồng (12-12-2024)
» Long An: 6 huyện, thị xã hoàn thành kỳ họp cuối năm (20-12-2024)

Báo Long An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Long An
Địa chỉ: 137 Nguyễn Đình Chiểu, phường 3, TP.Tân An. ĐT: (0272) 3826 216
'''
META = {'published': '2024-12-20', 'locality': 'huyện Cần Giuộc'}
DEFAULTS = {'locality': 'huyện Cần Giuộc', 'period': '2024', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
E = {'modality': 'estimate'}
TG = {'modality': 'target', 'period': '2025'}
RT = {'indicator': 'resolution_targets'}
B = {'indicator': 'budget_revenue'}
FIGS = [
 # headline
 ('vượt 11,8% dự toán', '11,8%', 'change', '%', dict(B, **U, **T, status='exceeded')),
 ('dự toán, 21/22 chỉ tiêu', '21/22', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 # lead
 ('vượt 21/22 chỉ tiêu', '21/22', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('đạt 73,2%', '73,2%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('bằng 98,9% kế hoạch', '98,9%', 'attainment', '%', dict(T, indicator='trained_labour_rate')),
 # colon list
 ('công nghiệp: 42.850 tỷ đồng', '42.850 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value')),
 ('tăng 9,6%', '9,6%', 'change', '%', dict(U, base='2023', indicator='industrial_output_value')),
 ('thủy sản: 3.920 tỷ đồng', '3.920 tỷ đồng', 'level', 'VND', dict(indicator='agricultural_output_value')),
 ('tăng 2,8%', '2,8%', 'change', '%', dict(U, indicator='agricultural_output_value')),
 ('vụ: 14.300 tỷ đồng', '14.300 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('KH 13.800 tỷ đồng', '13.800 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', modality='target')),
 ('địa bàn: 1.286 tỷ đồng', '1.286 tỷ đồng', 'level', 'VND', dict(B)),
 ('KH 1.150 tỷ đồng', '1.150 tỷ đồng', 'level', 'VND', dict(B, modality='target')),
 ('người: 86 triệu đồng/người/năm', '86 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('tỉnh: 0,21%', '0,21%', 'level', '%', dict(indicator='poverty_rate')),
 ('giảm 0,19 điểm phần trăm', '0,19 điểm phần trăm', 'change', 'điểm %', dict(D, base='2023', indicator='poverty_rate')),
 # investment
 ('mới 14 dự án', '14', 'level', 'dự án', dict()),
 ('ký 3.650 tỷ đồng', '3.650 tỷ đồng', 'level', 'VND', dict()),
 ('và 6 dự án', '6', 'level', 'dự án', dict(indicator='fdi')),
 ('vốn 48,5 triệu USD', '48,5 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('gấp 2,3 lần', '2,3 lần', 'change', 'lần', dict(U, base='2023', indicator='fdi')),
 ('có 612 dự án', '612', 'level', 'dự án', dict()),
 ('trong đó 118 dự án', '118', 'level', 'dự án', dict(indicator='fdi')),
 ('là 96%', '96%', 'level', '%', dict()),
 (', 88%', '88%', 'level', '%', dict()),
 ('và 72%', '72%', 'level', '%', dict()),
 ('đạt 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', dict(E, indicator='social_investment')),
 ('tăng 6,4%', '6,4%', 'change', '%', dict(E, **U, indicator='social_investment')),
 ('công 612,4 tỷ đồng', '612,4 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 97,3% kế hoạch', '97,3%', 'attainment', '%', dict(T, indicator='public_investment_disbursement')),
 # agriculture
 ('đạt 10.450 ha', '10.450 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('giảm 620 ha', '620 ha', 'change', 'ha', dict(D, base='2023', indicator='crop_area')),
 ('bình quân 5,6 tấn/ha', '5,6 tấn/ha', 'level', 'tấn/ha', dict()),
 ('màu 2.780 ha', '2.780 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('trong đó 410 ha', '410 ha', 'level', 'ha', dict()),
 ('7.200 - 7.800 đồng/kg', '7.200 - 7.800 đồng/kg', 'level', 'VND/kg', dict()),
 ('600 - 900 đồng/kg', '600 - 900 đồng/kg', 'change', 'VND/kg', dict(U, base='same_period')),
 ('heo 62.400 con', '62.400', 'level', 'con', dict()),
 ('giảm 4,5%', '4,5%', 'change', '%', dict(D)),
 ('bò 11.300 con', '11.300', 'level', 'con', dict()),
 ('có 15/15 xã', '15/15', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('trong đó 9 xã', '9', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('và 3 xã', '3', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('thêm 11 sản phẩm', '11', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('lên 38 sản phẩm', '38', 'level', 'sản phẩm', dict(U, indicator='ocop_products')),
 # society
 ('cho 4.850 lao động', '4.850', 'level', 'lao động', dict(indicator='jobs_created')),
 ('vượt 21,3% kế hoạch', '21,3%', 'change', '%', dict(U, **T, status='exceeded', indicator='jobs_created')),
 ('đạt 94,6%', '94,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('tăng 1,1 điểm phần trăm', '1,1 điểm phần trăm', 'change', 'điểm %', dict(U, indicator='health_insurance_coverage')),
 ('là 97,4%', '97,4%', 'level', '%', dict(locality='xã Long Hậu', indicator='health_insurance_coverage')),
 (', 96,8%', '96,8%', 'level', '%', dict(locality='xã Phước Lại', indicator='health_insurance_coverage')),
 ('và 96,1%', '96,1%', 'level', '%', dict(locality='xã Tân Kim', indicator='health_insurance_coverage')),
 ('còn 86 hộ', '86', 'level', 'hộ', dict(indicator='poor_households')),
 ('sửa chữa 57 căn nhà', '57', 'level', 'căn nhà', dict()),
 ('hơn 3,1 tỷ đồng', '3,1 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('có 41/52 trường', '41/52', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('tỷ lệ 78,8%', '78,8%', 'level', '%', dict(indicator='national_standard_schools')),
 ('đạt 100%', '100%', 'level', '%', dict(indicator='school_enrollment_rate')),
 ('xảy ra 46 vụ', '46', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 9 vụ', '9', 'change', 'vụ', dict(D, base='2023', indicator='crime')),
 ('rõ 43/46 vụ', '43/46', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('đạt 93,5%', '93,5%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('xảy ra 18 vụ', '18', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 15 người', '15', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 9 người', '9', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(D, base='2023', indicator='traffic_accidents')),
 ('giảm 2 người', '2', 'change', 'người', dict(D, base='2023', indicator='traffic_deaths')),
 # 2025
 ('là 1.320 tỷ đồng', '1.320 tỷ đồng', 'level', 'VND', dict(B, **TG)),
 ('tăng 2,6%', '2,6%', 'change', '%', dict(B, **TG, **U, base='2024')),
 ('phương 1.045 tỷ đồng', '1.045 tỷ đồng', 'level', 'VND', dict(TG, indicator='budget_expenditure')),
 ('thống nhất 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', dict(RT, **TG)),
 ('tăng 9 - 10%', '9 - 10%', 'change', '%', dict(TG, **U, indicator='industrial_output_value')),
 ('từ 12% trở lên', '12%', 'change', '%', dict(TG, **U, indicator='retail_sales', bound='at_least')),
 ('trên 92 triệu đồng', '92 triệu đồng', 'level', 'VND/người/năm', dict(TG, indicator='income_per_capita', bound='over')),
 ('dưới 0,2%', '0,2%', 'level', '%', dict(TG, indicator='poverty_rate', bound='under')),
 ('cho 4.500 lao động', '4.500', 'level', 'lao động', dict(TG, indicator='jobs_created')),
 ('đạt 95%', '95%', 'level', '%', dict(TG, indicator='health_insurance_coverage')),
 ('thêm 2 xã', '2', 'level', 'xã', dict(TG, indicator='new_rural_communes_model')),
 ('trả cho 214/260 hộ', '214/260', 'ratio', 'hộ', dict(optional=True)),
]
