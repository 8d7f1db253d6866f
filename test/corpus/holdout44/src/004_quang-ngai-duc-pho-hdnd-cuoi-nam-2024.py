TEXT = '''
BÁO QUẢNG NGÃI ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Quảng Ngãi quê tôi

Thứ Năm, 19/12/2024 - 08:32

Đức Phổ: Năm 2024 có 16/19 chỉ tiêu đạt và vượt Nghị quyết

(Baoquangngai.vn) - Ngày 18/12, HĐND thị xã Đức Phổ khóa XII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 23, đánh giá tình hình kinh tế - xã hội năm 2024 và quyết định nhiệm vụ năm 2025.

Quang cảnh kỳ họp thứ 23, HĐND thị xã Đức Phổ.

Phát biểu khai mạc, Chủ tịch HĐND thị xã Võ Thanh Trung nhấn mạnh, năm 2025 có ý nghĩa đặc biệt quan trọng, là năm tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; đề nghị các đại biểu phát huy trí tuệ, tập trung thảo luận, quyết định các nội dung trình kỳ họp.

Báo cáo của UBND thị xã cho biết, năm 2024, có 16/19 chỉ tiêu đạt và vượt Nghị quyết HĐND thị xã; 3 chỉ tiêu không đạt gồm thu ngân sách, tỷ lệ đô thị hóa và số lao động được đào tạo nghề.

Tổng giá trị sản xuất ước đạt 14.320 tỷ đồng, tăng 10,5% so với năm 2023; thu nhập bình quân đầu người đạt 68,5 triệu đồng/năm. Giá trị sản xuất công nghiệp ước đạt 7.460 tỷ đồng, tăng 14,2%; sản lượng khai thác thủy sản đạt 58.600 tấn, vượt 6,5% kế hoạch.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 612,4 tỷ đồng, bằng 87,3% dự toán HĐND thị xã giao, chủ yếu do thu tiền sử dụng đất chỉ đạt 41% kế hoạch. Chi ngân sách địa phương 890,2 tỷ đồng.

Toàn thị xã có 3/7 xã đạt chuẩn nông thôn mới nâng cao. Tỷ lệ hộ nghèo giảm từ 3,12% (cuối năm 2023) xuống còn 2,05%; tỷ lệ hộ cận nghèo còn 3,84%. Giải quyết việc làm cho 2.860 lao động; đào tạo nghề cho 1.120 người, đạt 80% kế hoạch. Tỷ lệ đô thị hóa đạt 51,2% (Nghị quyết 53%).

Năm 2024, toàn thị xã gieo trồng 13.450 ha cây hằng năm; năng suất lúa bình quân đạt 60,2 tạ/ha, tăng 1,4 tạ/ha so với năm trước; sản lượng lương thực đạt 62.300 tấn. Tổng đàn bò có 28.600 con.

Lĩnh vực giáo dục có chuyển biến: toàn thị xã có 38/52 trường đạt chuẩn quốc gia, tỷ lệ học sinh tốt nghiệp THPT đạt 98,6%. Ngành y tế duy trì 15/15 trạm y tế xã, phường đạt Bộ tiêu chí quốc gia về y tế; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 11,8%.

Tai nạn giao thông xảy ra 24 vụ, làm chết 19 người, bị thương 11 người; so với năm 2023 giảm 3 vụ, giảm 2 người chết, tăng 1 người bị thương.

Chỉ tiêu chủ yếu năm 2025

Kỳ họp thống nhất 19 chỉ tiêu chủ yếu năm 2025, trong đó:
- Tốc độ tăng tổng giá trị sản xuất: 10 - 11%.
- Thu nhập bình quân đầu người: trên 75 triệu đồng/năm.
- Thu ngân sách nhà nước trên địa bàn: 680 tỷ đồng.
- Tỷ lệ hộ nghèo giảm: 0,5 - 0,7 điểm phần trăm.
- Tỷ lệ tham gia bảo hiểm y tế: tối thiểu 95%.
- Tỷ lệ đô thị hóa: 54%.
- Số vụ tai nạn giao thông giảm ít nhất 5% so với năm 2024.

Tại phiên chất vấn, đại biểu Trần Văn Minh (Tổ đại biểu phường Phổ Ninh) đề nghị làm rõ tiến độ Khu dân cư Nam Phổ Văn và tuyến ĐT.624. Trả lời chất vấn, Phó Chủ tịch UBND thị xã Đức Phổ Nguyễn Văn Hùng cho biết, đến nay đã chi trả bồi thường cho 142/186 hộ dân bị ảnh hưởng; phần còn lại vướng về nguồn gốc đất, thị xã sẽ hoàn thành bồi thường trong quý I/2025.

Đại biểu chất vấn tại kỳ họp.

Kỳ họp diễn ra đến hết ngày 20/12.

Thanh Phương

Tin liên quan
- Mộ Đức: 9/9 xã đạt chuẩn nông thôn mới
- Bình Sơn: Thu ngân sách vượt 20% dự toán
- Sơn Tịnh thông qua 12 nghị quyết tại kỳ họp cuối năm

Cơ quan của Đảng bộ tỉnh Quảng Ngãi. Địa chỉ: 33 Hùng Vương, TP Quảng Ngãi. ĐT: 0255.3822.401
'''
META = {'published': '2024-12-19', 'locality': 'thị xã Đức Phổ'}
DEFAULTS = {'locality': 'thị xã Đức Phổ', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('Đức Phổ: Năm 2024 có 16/19 chỉ tiêu', '16/19', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('năm 2024, có 16/19 chỉ tiêu', '16/19', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('3 chỉ tiêu không đạt', '3', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('ước đạt 14.320 tỷ đồng', '14.320 tỷ đồng', 'level', 'VND', dict(E, indicator='total_output_value')),
 ('tăng 10,5% so với năm 2023', '10,5%', 'change', '%', dict(E, indicator='total_output_value', direction='up', base='2023')),
 ('đạt 68,5 triệu đồng/năm', '68,5 triệu đồng/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('ước đạt 7.460 tỷ đồng', '7.460 tỷ đồng', 'level', 'VND', dict(E, indicator='industrial_output_value')),
 ('tăng 14,2%', '14,2%', 'change', '%', dict(E, indicator='industrial_output_value', direction='up')),
 ('đạt 58.600 tấn', '58.600 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('vượt 6,5% kế hoạch', '6,5%', 'change', '%', dict(indicator='aquaculture_output', direction='up', base='target', status='exceeded')),
 ('ước đạt 612,4 tỷ đồng', '612,4 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_revenue')),
 ('bằng 87,3% dự toán', '87,3%', 'attainment', '%', dict(E, indicator='budget_revenue', base='target')),
 ('chỉ đạt 41% kế hoạch', '41%', 'attainment', '%', dict(E, base='target')),
 ('phương 890,2 tỷ đồng', '890,2 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('có 3/7 xã', '3/7', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('từ 3,12%', '3,12%', 'level', '%', dict(indicator='poverty_rate', period='2023')),
 ('xuống còn 2,05%', '2,05%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 3,84%', '3,84%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('cho 2.860 lao động', '2.860', 'level', 'lao động', dict(indicator='jobs_created')),
 ('cho 1.120 người', '1.120', 'level', 'người', dict(indicator='vocational_training')),
 ('đạt 80% kế hoạch', '80%', 'attainment', '%', dict(indicator='vocational_training', base='target')),
 ('hóa đạt 51,2%', '51,2%', 'level', '%', dict(indicator='urbanization_rate')),
 ('(Nghị quyết 53%)', '53%', 'level', '%', dict(indicator='urbanization_rate', modality='target')),
 ('trồng 13.450 ha', '13.450 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 60,2 tạ/ha', '60,2 tạ/ha', 'level', 'tạ/ha', dict()),
 ('tăng 1,4 tạ/ha', '1,4 tạ/ha', 'change', 'tạ/ha', dict(direction='up', base='2023')),
 ('đạt 62.300 tấn', '62.300 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('có 28.600 con', '28.600', 'level', 'con', dict()),
 ('có 38/52 trường', '38/52', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('THPT đạt 98,6%', '98,6%', 'level', '%', dict()),
 ('duy trì 15/15 trạm', '15/15', 'ratio', 'trạm y tế', dict()),
 ('còn 11,8%', '11,8%', 'level', '%', dict(indicator='child_malnutrition_rate', direction='down')),
 ('xảy ra 24 vụ', '24', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 19 người', '19', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 11 người', '11', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='2023')),
 ('giảm 2 người', '2', 'change', 'người', dict(indicator='traffic_deaths', direction='down', base='2023')),
 ('tăng 1 người', '1', 'change', 'người', dict(indicator='traffic_injuries', direction='up', base='2023')),
 ('cho 142/186 hộ', '142/186', 'ratio', 'hộ', dict()),
 ('thống nhất 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', dict(T, **RT)),
 ('sản xuất: 10 - 11%', '10 - 11%', 'level', '%', dict(T, indicator='total_output_value')),
 ('trên 75 triệu đồng/năm', '75 triệu đồng/năm', 'level', 'VND/người/năm', dict(T, indicator='income_per_capita', bound='over')),
 ('địa bàn: 680 tỷ đồng', '680 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('giảm: 0,5 - 0,7 điểm phần trăm', '0,5 - 0,7 điểm phần trăm', 'change', 'điểm %', dict(T, indicator='poverty_rate', direction='down')),
 ('tối thiểu 95%', '95%', 'level', '%', dict(T, indicator='health_insurance_coverage', bound='at_least')),
 ('hóa: 54%', '54%', 'level', '%', dict(T, indicator='urbanization_rate')),
 ('ít nhất 5%', '5%', 'change', '%', dict(T, indicator='traffic_accidents', direction='down', base='2024', bound='at_least')),
]
