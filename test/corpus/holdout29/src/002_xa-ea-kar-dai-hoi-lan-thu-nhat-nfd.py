NFD = True
TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ
Thứ Năm, 24/07/2025 - 16:05
Thời sự | Chính trị | Kinh tế | Xã hội | Buôn làng | Văn hóa | Thể thao | Bạn đọc

Xã Ea Kar tổ chức Đại hội đại biểu Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030

Cập nhật: 16:05, 24/07/2025

Ngày 24/7, Đảng bộ xã Ea Kar tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của đảng bộ xã mới sau khi tỉnh Đắk Lắk và tỉnh Phú Yên hợp nhất, chính quyền địa phương hai cấp vận hành từ ngày 1/7/2025.

Dự và chỉ đạo đại hội có đồng chí Y Giang Gry Niê Knơng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Tham dự đại hội có 200 đại biểu chính thức, đại diện cho 1.940 đảng viên sinh hoạt tại 58 chi bộ, đảng bộ trực thuộc.

Xã Ea Kar được thành lập trên cơ sở sắp xếp thị trấn Ea Kar, xã Ea Đar và xã Cư Huê thuộc huyện Ea Kar (cũ), có diện tích tự nhiên 112,4 km2, dân số khoảng 48.600 người, gồm 41 thôn, buôn, tổ dân phố.

Quang cảnh đại hội. Ảnh: Hoàng Gia

Nhìn lại nhiệm kỳ 2020 - 2025

Báo cáo chính trị trình đại hội cho biết, trong 5 năm qua, Đảng bộ, chính quyền và Nhân dân ba địa phương cũ đã đoàn kết vượt khó, hoàn thành 19/21 chỉ tiêu Nghị quyết đề ra; 2 chỉ tiêu chưa đạt là tỷ lệ đô thị hóa và tỷ lệ che phủ rừng.

Tổng giá trị sản xuất trên địa bàn tăng bình quân 8,1%/năm (Nghị quyết đề ra 8 - 8,5%/năm); năm 2025 ước đạt 5.480 tỷ đồng. Thu nhập bình quân đầu người năm 2025 ước đạt 72 triệu đồng, tăng 26 triệu đồng so với năm 2020. Thu ngân sách nhà nước trên địa bàn 5 năm đạt 412 tỷ đồng, bình quân mỗi năm tăng 9,6%.

Cà phê vẫn là cây trồng chủ lực. Năm 2025, toàn xã có 4.850 ha cà phê, trong đó 1.200 ha được tái canh bằng giống mới trong nhiệm kỳ; sản lượng cà phê nhân niên vụ 2024 - 2025 đạt 14.500 tấn, năng suất bình quân 3,1 tấn/ha. Diện tích sầu riêng tăng nhanh, từ 320 ha năm 2020 lên 1.150 ha năm 2025, gấp 3,6 lần so với đầu nhiệm kỳ.

Ở khu vực xã Cư Huê cũ, tỷ lệ hộ nghèo giảm từ 6,3% năm 2021 xuống còn 1,9% năm 2025; khu vực thị trấn Ea Kar cũ không còn hộ nghèo theo chuẩn của tỉnh. Tính chung toàn xã, đến cuối năm 2024 tỷ lệ hộ nghèo còn 1,2%, giảm 3,4 điểm phần trăm so với đầu nhiệm kỳ; tỷ lệ hộ cận nghèo còn 2,7%.

Trong nhiệm kỳ, hai xã Ea Đar và Cư Huê (cũ) đã đạt chuẩn nông thôn mới nâng cao. Toàn xã có 9/14 buôn đồng bào dân tộc thiểu số được xây mới nhà sinh hoạt cộng đồng. Năm 2024, tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%; 12/15 trường học đạt chuẩn quốc gia.

Kết cấu hạ tầng được đầu tư đồng bộ. Trong nhiệm kỳ, ba địa phương cũ bê tông hóa 86 km đường giao thông nông thôn, đạt 100% kế hoạch; tuyến Quốc lộ 26 đoạn qua trung tâm xã và Tỉnh lộ 11 được nâng cấp, mở rộng.

Công tác xây dựng Đảng có nhiều chuyển biến. Cả nhiệm kỳ, các đảng bộ cũ kết nạp 186 đảng viên mới, vượt 16,3% chỉ tiêu; 100% chi bộ thôn, buôn có chi ủy.

Ông Y Ngăm Ayũn (72 tuổi, buôn Ea Kung) chia sẻ, gia đình ông có 2 ha cà phê tái canh, mỗi năm thu khoảng 7 tấn nhân, nhờ đó đã xây được nhà mới. "Tôi mong xã mới làm đường vào buôn rộng hơn", ông nói.

Mục tiêu nhiệm kỳ 2025 - 2030

Đại hội thống nhất đề ra 20 chỉ tiêu chủ yếu, trong đó:
- Tổng giá trị sản xuất trên địa bàn tăng bình quân từ 9%/năm trở lên.
- Đến năm 2030, thu nhập bình quân đầu người đạt 120 triệu đồng.
- Thu ngân sách trên địa bàn tăng bình quân 10%/năm.
- Tỷ lệ hộ nghèo giảm bình quân 0,3 - 0,5%/năm.
- Đến năm 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 96%; 15/15 trường đạt chuẩn quốc gia.
- Mỗi năm kết nạp ít nhất 45 đảng viên.

Đại hội công bố Quyết định số 1254-QĐ/TU của Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã khóa I gồm 35 đồng chí; bầu 19 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I. Nghị quyết đại hội được 100% đại biểu có mặt biểu quyết tán thành.

Hoàng Gia

Tin cùng chuyên mục
• Xã Krông Pắc khai mạc Đại hội Đảng bộ lần thứ I (23/07/2025)
• Phường Buôn Ma Thuột có 2.140 đảng viên (22/07/2025)
• Đắk Lắk hoàn thành đại hội điểm ở 3 xã, phường (18/07/2025)

BÁO ĐẮK LẮK - Giấy phép số 15/GP-BTTTT. Điện thoại: 0262 3852 620
'''
META = {'published': '2025-07-24', 'locality': 'xã Ea Kar'}
DEFAULTS = {'locality': 'xã Ea Kar', 'period': '2020/2025', 'modality': 'actual'}
E25 = {'period': '2025', 'modality': 'estimate'}
Y25 = {'period': '2025'}
T30 = {'period': '2030', 'modality': 'target'}
TT = {'period': '2025/2030', 'modality': 'target'}
FIGS = [
 ('có 200 đại biểu', '200', 'level', 'đại biểu', dict(optional=True)),
 ('diện cho 1.940 đảng viên', '1.940', 'level', 'đảng viên', dict(optional=True)),
 ('tại 58 chi bộ', '58', 'level', 'chi bộ', dict(optional=True)),
 ('112,4 km2', '112,4 km2', 'level', 'km2', dict(optional=True)),
 ('khoảng 48.600 người', '48.600', 'level', 'người', dict(optional=True)),
 ('gồm 41 thôn', '41', 'level', 'thôn', dict(optional=True)),
 ('hoàn thành 19/21 chỉ tiêu', '19/21', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=21)),
 ('tăng bình quân 8,1%/năm', '8,1%', 'change', '%', dict(indicator='total_output_value', direction='up')),
 ('đề ra 8 - 8,5%/năm', '8 - 8,5%', 'level', '%', dict(indicator='total_output_value', modality='target')),
 ('ước đạt 5.480 tỷ đồng', '5.480 tỷ đồng', 'level', 'VND', dict(E25, indicator='total_output_value')),
 ('ước đạt 72 triệu đồng', '72 triệu đồng', 'level', 'VND/người/năm', dict(E25, indicator='income_per_capita')),
 ('tăng 26 triệu đồng', '26 triệu đồng', 'change', 'VND/người/năm', dict(E25, indicator='income_per_capita', direction='up', base='2020')),
 ('5 năm đạt 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('năm tăng 9,6%', '9,6%', 'change', '%', dict(indicator='budget_revenue', direction='up')),
 ('có 4.850 ha cà phê', '4.850 ha', 'level', 'ha', dict(Y25)),
 ('1.200 ha được tái canh', '1.200 ha', 'level', 'ha', dict()),
 ('đạt 14.500 tấn', '14.500 tấn', 'level', 'tấn', dict(period='2024/2025')),
 ('3,1 tấn/ha', '3,1 tấn/ha', 'level', 'tấn/ha', dict(period='2024/2025')),
 ('từ 320 ha năm 2020', '320 ha', 'level', 'ha', dict(period='2020')),
 ('lên 1.150 ha năm 2025', '1.150 ha', 'level', 'ha', dict(Y25, direction='up')),
 ('gấp 3,6 lần', '3,6 lần', 'change', 'lần', dict(Y25, direction='up', base='2020')),
 ('từ 6,3% năm 2021', '6,3%', 'level', '%', dict(indicator='poverty_rate', locality='xã Cư Huê', period='2021')),
 ('xuống còn 1,9%', '1,9%', 'level', '%', dict(Y25, indicator='poverty_rate', locality='xã Cư Huê', direction='down')),
 ('còn 1,2%', '1,2%', 'level', '%', dict(period='2024', indicator='poverty_rate')),
 ('giảm 3,4 điểm phần trăm', '3,4 điểm phần trăm', 'change', 'điểm %', dict(period='2024', indicator='poverty_rate', direction='down', base='2020')),
 ('cận nghèo còn 2,7%', '2,7%', 'level', '%', dict(period='2024', indicator='near_poverty_rate')),
 ('hai xã Ea Đar', 'hai', 'level', 'xã', dict(indicator='new_rural_communes_advanced', value=2)),
 ('9/14 buôn', '9/14', 'ratio', 'buôn', dict()),
 ('y tế đạt 94,6%', '94,6%', 'level', '%', dict(indicator='health_insurance_coverage', period='2024')),
 ('12/15 trường học', '12/15', 'ratio', 'trường học', dict(indicator='national_standard_schools', period='2024')),
 ('bê tông hóa 86 km', '86 km', 'level', 'km', dict()),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', dict(base='target')),
 ('kết nạp 186 đảng viên', '186', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('vượt 16,3% chỉ tiêu', '16,3%', 'change', '%', dict(indicator='new_party_members', direction='up', base='target', status='exceeded')),
 ('100% chi bộ', '100%', 'level', '%', dict()),
 ('đề ra 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', dict(TT, indicator='resolution_targets')),
 ('từ 9%/năm trở lên', '9%', 'change', '%', dict(TT, indicator='total_output_value', direction='up', bound='at_least')),
 ('đạt 120 triệu đồng', '120 triệu đồng', 'level', 'VND/người/năm', dict(T30, indicator='income_per_capita')),
 ('bình quân 10%/năm', '10%', 'change', '%', dict(TT, indicator='budget_revenue', direction='up')),
 ('bình quân 0,3 - 0,5%/năm', '0,3 - 0,5%', 'change', '%', dict(TT, indicator='poverty_rate', direction='down')),
 ('trên 96%', '96%', 'level', '%', dict(T30, indicator='health_insurance_coverage', bound='over')),
 ('15/15 trường', '15/15', 'ratio', 'trường', dict(T30, indicator='national_standard_schools')),
 ('ít nhất 45 đảng viên', '45', 'level', 'đảng viên', dict(TT, indicator='new_party_members', bound='at_least')),
 ('gồm 35 đồng chí', '35', 'level', 'đồng chí', dict(optional=True)),
 ('bầu 19 đại biểu', '19', 'level', 'đại biểu', dict(optional=True)),
]
