TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Văn bản | Thủ tục hành chính | Hỏi đáp
Tin tức - Sự kiện » Kinh tế

Krông Pắc: Kinh tế - xã hội 6 tháng đầu năm 2024 tiếp tục tăng trưởng

Ngày đăng: 08/07/2024 09:15 | Lượt xem: 2.318

Sáng 5/7, UBND huyện Krông Pắc tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Y Ngọc Kbuôr, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.

Theo báo cáo của UBND huyện, trong 6 tháng đầu năm, dù chịu ảnh hưởng của nắng hạn kéo dài trong tháng 3 và tháng 4, các ngành, các xã, thị trấn đã chủ động triển khai Kế hoạch số 45/KH-UBND và Quyết định số 1245/QĐ-UBND của UBND huyện, nên hầu hết các chỉ tiêu đạt khá so với kế hoạch năm. Một số chỉ tiêu chủ yếu như sau:

TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện 6 tháng | So với KH (%) | So với cùng kỳ (%)
1 | Tổng giá trị sản xuất (giá so sánh 2010) | tỷ đồng | 12.850 | 5.320 | 41,4 | 106,8
2 | Thu ngân sách nhà nước trên địa bàn | tỷ đồng | 265 | 148,6 | 56,1 | 112,3
3 | Diện tích gieo trồng vụ Đông Xuân | ha | 7.200 | 7.352 | 102,1 | 101,5
4 | Sản lượng lúa vụ Đông Xuân | tấn | 49.500 | 51.860 | 104,8 | 103,2
5 | Tổng đàn gia súc | con | 98.000 | 95.410 | 97,4 | 102,6
6 | Giải quyết việc làm | lao động | 2.400 | 1.315 | 54,8 | 104,1

(Nguồn: Phòng Tài chính - Kế hoạch huyện)

Về sản xuất nông nghiệp, vụ Đông Xuân 2023 - 2024 năng suất lúa bình quân đạt 70,5 tạ/ha, cao hơn cùng vụ năm trước 1,8 tạ/ha.

Diện tích sầu riêng toàn huyện đạt 5.120 ha, trong đó 2.860 ha đang cho thu hoạch; giá sầu riêng đầu vụ dao động từ 65.000 - 90.000 đồng/kg, mang lại nguồn thu đáng kể cho nông dân. Huyện đã được cấp thêm 9 mã số vùng trồng phục vụ xuất khẩu chính ngạch.

Dọc Quốc lộ 26 và Tỉnh lộ 9, tình hình thương mại, dịch vụ ổn định; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 6.215 tỷ đồng, tăng 9,6% so với cùng kỳ. Giải ngân vốn đầu tư công đến ngày 30/6/2024 đạt 38,2% kế hoạch vốn giao.

Công tác chuyển đổi số được đẩy mạnh; 100% hồ sơ thủ tục hành chính cấp huyện được tiếp nhận qua Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%. Ngày 22/5, huyện tổ chức Lễ hội cà phê lần thứ 2 tại xã Ea Kuăng, thu hút khoảng 5.000 người dân và du khách.

Lĩnh vực văn hóa - xã hội được quan tâm. Đến ngày 30/6/2024, toàn huyện còn 1.286 hộ nghèo, chiếm 2,9% tổng số hộ; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,2%. Huyện có 11/15 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nông thôn mới nâng cao. Năm học 2023 - 2024, toàn huyện có 58/96 trường đạt chuẩn quốc gia; tỷ lệ học sinh tốt nghiệp THPT đạt 99,1%.

Học sinh Trường THCS Phan Bội Châu (xã Ea Kly) trong giờ học. Ảnh: H.Nhung

Về an ninh trật tự, trong 6 tháng xảy ra 14 vụ phạm pháp hình sự, giảm 3 vụ so với cùng kỳ; điều tra làm rõ 13/14 vụ, đạt 92,86%. Tai nạn giao thông xảy ra 6 vụ, làm chết 5 người, bị thương 3 người; so với cùng kỳ, giảm 2 vụ, tăng 1 người chết. Công tác tuyển quân năm 2024 hoàn thành 100% chỉ tiêu với 186 thanh niên lên đường nhập ngũ.

Tại hội nghị, ông Nguyễn Văn Hòa, 52 tuổi, Chủ tịch UBND xã Ea Phê, phản ánh tuyến đường liên thôn 3 - thôn 7 dài 4,5 km xuống cấp, đề nghị sớm đầu tư.

6 tháng cuối năm, huyện phấn đấu thu ngân sách thêm 116,4 tỷ đồng trở lên để hoàn thành dự toán; trồng tái canh 350 ha cà phê; giải ngân 100% vốn đầu tư công được giao. Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị huyện tập trung khắc phục hạn chế trong giải phóng mặt bằng đường cao tốc Khánh Hòa - Buôn Ma Thuột đoạn qua huyện.

Văn phòng HĐND và UBND huyện

Tin khác:
- Krông Pắc: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18 (02/07/2024)
- Ngày hội văn hóa các dân tộc huyện năm 2024 có 12 đội tham gia (28/06/2024)
- Huyện hỗ trợ 320 căn nhà cho hộ nghèo (15/06/2024)

Điện thoại: 0262 3521 106 | Email: ubndkrongpac@daklak.gov.vn
'''
META = {'published': '2024-07-08', 'locality': 'huyện Krông Pắc'}
DEFAULTS = {'locality': 'huyện Krông Pắc', 'period': '2024-H1', 'modality': 'actual'}
K = {'period': '2024', 'modality': 'target'}
S = {'base': 'same_period'}
P = {'base': 'target'}
B = 1e9
FIGS = [
 ('| 12.850 |', '12.850', 'level', 'VND', dict(K, indicator='total_output_value', value=12850*B)),
 ('| 5.320 |', '5.320', 'level', 'VND', dict(indicator='total_output_value', value=5320*B)),
 ('| 41,4 |', '41,4', 'attainment', '%', dict(P, indicator='total_output_value')),
 ('| 106,8\n', '106,8', 'attainment', '%', dict(S, indicator='total_output_value')),
 ('| 265 |', '265', 'level', 'VND', dict(K, indicator='budget_revenue', value=265*B)),
 ('| 148,6 |', '148,6', 'level', 'VND', dict(indicator='budget_revenue', value=148.6*B)),
 ('| 56,1 |', '56,1', 'attainment', '%', dict(P, indicator='budget_revenue')),
 ('| 112,3\n', '112,3', 'attainment', '%', dict(S, indicator='budget_revenue')),
 ('| 7.200 |', '7.200', 'level', 'ha', dict(K, indicator='crop_area')),
 ('| 7.352 |', '7.352', 'level', 'ha', dict(indicator='crop_area')),
 ('| 102,1 |', '102,1', 'attainment', '%', dict(P, indicator='crop_area')),
 ('| 101,5\n', '101,5', 'attainment', '%', dict(S, indicator='crop_area')),
 ('| 49.500 |', '49.500', 'level', 'tấn', dict(K, indicator='rice_output')),
 ('| 51.860 |', '51.860', 'level', 'tấn', dict(indicator='rice_output')),
 ('| 104,8 |', '104,8', 'attainment', '%', dict(P, indicator='rice_output')),
 ('| 103,2\n', '103,2', 'attainment', '%', dict(S, indicator='rice_output')),
 ('| 98.000 |', '98.000', 'level', 'con', dict(K)),
 ('| 95.410 |', '95.410', 'level', 'con', dict()),
 ('| 97,4 |', '97,4', 'attainment', '%', dict(P)),
 ('| 102,6\n', '102,6', 'attainment', '%', dict(S)),
 ('| 2.400 |', '2.400', 'level', 'lao động', dict(K, indicator='jobs_created')),
 ('| 1.315 |', '1.315', 'level', 'lao động', dict(indicator='jobs_created')),
 ('| 54,8 |', '54,8', 'attainment', '%', dict(P, indicator='jobs_created')),
 ('| 104,1\n', '104,1', 'attainment', '%', dict(S, indicator='jobs_created')),
 ('đạt 70,5 tạ/ha', '70,5 tạ/ha', 'level', 'tạ/ha', dict(period='2023/2024')),
 ('năm trước 1,8 tạ/ha', '1,8 tạ/ha', 'change', 'tạ/ha', dict(period='2023/2024', direction='up', base='same_period')),
 ('đạt 5.120 ha', '5.120 ha', 'level', 'ha', dict()),
 ('trong đó 2.860 ha', '2.860 ha', 'level', 'ha', dict()),
 ('từ 65.000 - 90.000 đồng/kg', '65.000 - 90.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('thêm 9 mã số', '9', 'level', 'mã số', dict(optional=True)),
 ('ước đạt 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', modality='estimate')),
 ('tăng 9,6% so với cùng kỳ', '9,6%', 'change', '%', dict(indicator='retail_sales', modality='estimate', direction='up', base='same_period')),
 ('đạt 38,2% kế hoạch', '38,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('còn 1.286 hộ nghèo', '1.286', 'level', 'hộ', dict(indicator='poor_households', period='2024-M06')),
 ('chiếm 2,9%', '2,9%', 'level', '%', dict(indicator='poverty_rate', period='2024-M06')),
 ('y tế đạt 93,2%', '93,2%', 'level', '%', dict(indicator='health_insurance_coverage', period='2024-M06')),
 ('có 11/15 xã', '11/15', 'ratio', 'xã', dict(indicator='new_rural_communes', period='2024-M06')),
 ('2 xã đạt chuẩn nông thôn mới nâng cao', '2', 'level', 'xã', dict(indicator='new_rural_communes_advanced', period='2024-M06')),
 ('có 58/96 trường', '58/96', 'ratio', 'trường', dict(indicator='national_standard_schools', period='2023/2024')),
 ('THPT đạt 99,1%', '99,1%', 'level', '%', dict(period='2023/2024')),
 ('xảy ra 14 vụ', '14', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(indicator='crime', direction='down', base='same_period')),
 ('làm rõ 13/14 vụ', '13/14', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('đạt 92,86%', '92,86%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('xảy ra 6 vụ', '6', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 5 người', '5', 'level', 'người', dict(indicator='traffic_deaths')),
 ('bị thương 3 người', '3', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 2 vụ', '2', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='same_period')),
 ('tăng 1 người chết', '1', 'change', 'người', dict(indicator='traffic_deaths', direction='up', base='same_period')),
 ('hoàn thành 100% chỉ tiêu', '100%', 'attainment', '%', dict(period='2024', base='target')),
 ('với 186 thanh niên', '186', 'level', 'thanh niên', dict(period='2024')),
 ('thêm 116,4 tỷ đồng', '116,4 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', period='2024-H2', modality='target', bound='at_least')),
 ('tái canh 350 ha', '350 ha', 'level', 'ha', dict(period='2024-H2', modality='target')),
 ('dài 4,5 km', '4,5 km', 'level', 'km', dict(optional=True)),
 ('giải ngân 100% vốn', '100%', 'level', '%', dict(indicator='public_investment_disbursement', period='2024-H2', modality='target')),
 ('100% hồ sơ', '100%', 'level', '%', dict()),
 ('đúng hạn đạt 98,7%', '98,7%', 'level', '%', dict()),
 ('khoảng 5.000 người', '5.000', 'level', 'người', dict(optional=True)),
]
