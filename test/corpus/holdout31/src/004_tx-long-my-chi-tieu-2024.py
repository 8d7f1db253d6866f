TEXT = '''
BÁO HẬU GIANG ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Văn hóa - Giải trí | Thể thao | Media

Chính trị

Đảng bộ thị xã Long Mỹ: Quyết tâm hoàn thành các chỉ tiêu Nghị quyết năm 2024

Cập nhật: 08:45, 18/01/2024 (GMT+7)

Năm 2024 là năm thứ tư thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thị xã Long Mỹ lần thứ XIII, nhiệm kỳ 2020 - 2025, có ý nghĩa tăng tốc, bứt phá để về đích. Phát huy kết quả đạt được của năm 2023, Đảng bộ thị xã đã thống nhất các chỉ tiêu, giải pháp cụ thể ngay từ những ngày đầu năm.

NĂM 2023: VƯỢT KHÓ ĐỂ TĂNG TRƯỞNG

Trong 21 chỉ tiêu Nghị quyết Thị ủy đề ra cho năm 2023, thị xã thực hiện đạt và vượt 18 chỉ tiêu, trong đó có 8 chỉ tiêu vượt Nghị quyết; 3 chỉ tiêu chưa đạt.

Tốc độ tăng trưởng kinh tế của thị xã đạt 7,8%, thấp hơn mục tiêu Nghị quyết (8,5%). Thu nhập bình quân đầu người đạt 68,4 triệu đồng/người/năm, tăng 5,1 triệu đồng so với năm 2022. Tổng vốn đầu tư toàn xã hội đạt 1.980 tỷ đồng, bằng 96,7% KH năm. Tổng thu ngân sách trên địa bàn 198,5 tỷ đồng, bằng 112,4% dự toán, tăng 14,2% so với năm 2022.

Thị xã gieo trồng 26.520 ha lúa, sản lượng lúa cả năm đạt 162.300 tấn, bằng 101,4% kế hoạch; giá lúa tươi tại ruộng có thời điểm lên 8.200 đồng/kg, người trồng lúa có lãi khá. Diện tích khóm Cầu Đúc và các loại cây ăn trái tiếp tục mở rộng, trong đó có 12 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên.

Nông dân xã Long Trị A thu hoạch lúa ST25 vụ Thu Đông 2023.

Năm 2023, xã Long Trị A được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã đạt chuẩn nông thôn mới nâng cao của thị xã lên 3/5 xã. Tỷ lệ hộ nghèo còn 1,86%, giảm 0,74% so với cuối năm 2022; tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,7%.

Trong năm, thị xã vận động xây dựng và bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo, hộ gia đình chính sách với tổng kinh phí hơn 2,2 tỷ đồng. Ngành giáo dục có thêm 2 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 21/29 trường, tỷ lệ 72,4%.

Về quốc phòng, an ninh, phạm pháp hình sự xảy ra 31 vụ, giảm 6 vụ so với cùng kỳ; tỷ lệ điều tra khám phá đạt 93,55%. Công tác xây dựng Đảng được quan tâm; toàn Đảng bộ kết nạp 96 đảng viên, đạt 120% chỉ tiêu.

Ngày 12/1/2024, Ban Chấp hành Đảng bộ thị xã khóa XIII tổ chức Hội nghị lần thứ 19 để đánh giá kết quả năm 2023. Hội nghị có 37/39 đồng chí Thị ủy viên dự; đồng chí Trần Văn Huyến, Ủy viên Ban Thường vụ Tỉnh ủy, dự và phát biểu chỉ đạo.

Tuy nhiên, bên cạnh kết quả đạt được, vẫn còn 3 chỉ tiêu chưa đạt là tốc độ tăng trưởng kinh tế, tổng vốn đầu tư toàn xã hội và tỷ lệ lao động qua đào tạo (đạt 64,3%, Nghị quyết đề ra 66%). Tiến độ giải ngân một số công trình trên tuyến Quốc lộ 61C đoạn nối thị xã với huyện Long Mỹ còn chậm.

NĂM 2024: TĂNG TỐC VỀ ĐÍCH

Theo đồng chí Nguyễn Văn Lâm, Bí thư Thị ủy Long Mỹ, năm 2024 thị xã tiếp tục thực hiện 4 nhiệm vụ đột phá theo Nghị quyết Đại hội; chú trọng phát triển đô thị, phấn đấu đến năm 2025 hoàn thành các tiêu chí đô thị loại III. Các chỉ tiêu chủ yếu năm 2024 như sau:

- Tốc độ tăng trưởng kinh tế: 8 - 8,5%.

- Thu nhập bình quân đầu người: 74 triệu đồng/người/năm.

- Thu ngân sách trên địa bàn: 205 tỷ đồng.

- Tổng vốn đầu tư toàn xã hội: 2.350 tỷ đồng.

- Sản lượng lúa: 160.000 tấn.

- Xây dựng 1 xã đạt chuẩn nông thôn mới kiểu mẫu.

- Tỷ lệ hộ nghèo: giảm 0,5% trở lên.

- Tỷ lệ tham gia bảo hiểm y tế: 93,5%.

- Giải quyết việc làm: 1.800 lao động; đào tạo nghề: 650 người.

- Kết nạp đảng viên: 85 đồng chí.

"Thị ủy yêu cầu mỗi chi bộ, mỗi đảng viên phải nêu cao tinh thần trách nhiệm, hành động quyết liệt. Năm 2024 phải là năm về đích sớm để tạo đà cho Đại hội Đảng bộ thị xã lần thứ XIV", đồng chí Nguyễn Văn Lâm nhấn mạnh. Để thực hiện các chỉ tiêu, thị xã sẽ tổ chức hội nghị đối thoại doanh nghiệp vào quý I/2024 và triển khai Kế hoạch 125-KH/TU về chuyển đổi số.

Bài, ảnh: KIM THOA

Tin cùng chuyên mục
- Ngã Bảy: Kết nạp 112 đảng viên mới trong năm 2023
- Vị Thủy phấn đấu có thêm 2 xã nông thôn mới nâng cao
- Châu Thành A tổng kết năm 2023, 20/22 chỉ tiêu đạt và vượt

BÁO HẬU GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HẬU GIANG
Địa chỉ: Số 2, đường Võ Văn Kiệt, phường V, TP. Vị Thanh. Điện thoại: 0293.3876.222
'''
META = {'published': '2024-01-18', 'locality': 'thị xã Long Mỹ'}
DEFAULTS = {'locality': 'thị xã Long Mỹ', 'period': '2023', 'modality': 'actual'}
T = {'modality': 'target'}
T24 = {'modality': 'target', 'period': '2024'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('Trong 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', dict(RT)),
 ('đạt và vượt 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', dict(RT, status='achieved', of_optional=21)),
 ('có 8 chỉ tiêu vượt', '8', 'level', 'chỉ tiêu', dict(RT, status='exceeded', of_optional=21)),
 ('Nghị quyết; 3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('đạt 7,8%', '7,8%', 'level', '%', dict(indicator='grdp_growth')),
 ('(8,5%)', '8,5%', 'level', '%', dict(T, indicator='grdp_growth')),
 ('đạt 68,4 triệu đồng/người/năm', '68,4 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('tăng 5,1 triệu đồng', '5,1 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2022')),
 ('đạt 1.980 tỷ đồng', '1.980 tỷ đồng', 'level', 'VND', dict(indicator='social_investment')),
 ('bằng 96,7% KH năm', '96,7%', 'attainment', '%', dict(indicator='social_investment', base='target')),
 ('địa bàn 198,5 tỷ đồng', '198,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 112,4% dự toán', '112,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 14,2% so với năm 2022', '14,2%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2022')),
 ('gieo trồng 26.520 ha', '26.520 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 162.300 tấn', '162.300 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('bằng 101,4% kế hoạch', '101,4%', 'attainment', '%', dict(indicator='rice_output', base='target')),
 ('lên 8.200 đồng/kg', '8.200 đồng/kg', 'level', 'VND/kg', dict()),
 ('có 12 sản phẩm', '12', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('lên 3/5 xã', '3/5', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced', direction='up')),
 ('còn 1,86%', '1,86%', 'level', '%', dict(indicator='poverty_rate')),
 ('giảm 0,74%', '0,74%', 'change', '%', dict(indicator='poverty_rate', direction='down', base='2022')),
 ('đạt 92,7%', '92,7%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('bàn giao 45 căn nhà', '45', 'level', 'căn nhà', dict()),
 ('hơn 2,2 tỷ đồng', '2,2 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('thêm 2 trường', '2', 'level', 'trường', dict(indicator='national_standard_schools')),
 ('lên 21/29 trường', '21/29', 'ratio', 'trường', dict(indicator='national_standard_schools', direction='up')),
 ('tỷ lệ 72,4%', '72,4%', 'level', '%', dict(indicator='national_standard_schools')),
 ('có 37/39 đồng chí', '37/39', 'ratio', 'đồng chí', dict(optional=True)),
 ('xảy ra 31 vụ', '31', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 6 vụ', '6', 'change', 'vụ', dict(indicator='crime', direction='down', base='same_period')),
 ('đạt 93,55%', '93,55%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('kết nạp 96 đảng viên', '96', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 120% chỉ tiêu', '120%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('vẫn còn 3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('(đạt 64,3%', '64,3%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('đề ra 66%)', '66%', 'level', '%', dict(T, indicator='trained_labour_rate')),
 ('4 nhiệm vụ đột phá', '4', 'level', 'nhiệm vụ đột phá', dict(optional=True)),
 ('kinh tế: 8 - 8,5%', '8 - 8,5%', 'level', '%', dict(T24, indicator='grdp_growth')),
 ('người: 74 triệu đồng/người/năm', '74 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(T24, indicator='income_per_capita')),
 ('địa bàn: 205 tỷ đồng', '205 tỷ đồng', 'level', 'VND', dict(T24, indicator='budget_revenue')),
 ('hội: 2.350 tỷ đồng', '2.350 tỷ đồng', 'level', 'VND', dict(T24, indicator='social_investment')),
 ('lúa: 160.000 tấn', '160.000 tấn', 'level', 'tấn', dict(T24, indicator='rice_output')),
 ('Xây dựng 1 xã', '1', 'level', 'xã', dict(T24, indicator='new_rural_communes_model')),
 ('giảm 0,5% trở lên', '0,5%', 'change', '%', dict(T24, indicator='poverty_rate', direction='down', bound='at_least')),
 ('y tế: 93,5%', '93,5%', 'level', '%', dict(T24, indicator='health_insurance_coverage')),
 ('làm: 1.800 lao động', '1.800', 'level', 'lao động', dict(T24, indicator='jobs_created')),
 ('nghề: 650 người', '650', 'level', 'người', dict(T24, indicator='vocational_training')),
 ('viên: 85 đồng chí', '85', 'level', 'đồng chí', dict(T24, indicator='new_party_members')),
]
