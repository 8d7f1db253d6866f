TEXT = '''
Đại hội Đảng bộ xã Mỹ Thọ lần thứ I, nhiệm kỳ 2025 - 2030

22/08/2025 - 16:05

ĐTO - Ngày 21-8, Đảng bộ xã Mỹ Thọ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự và chỉ đạo đại hội có đồng chí Phó Bí thư Tỉnh ủy Đồng Tháp.

Xã Mỹ Thọ được thành lập trên cơ sở sắp xếp thị trấn Mỹ Thọ và hai xã Mỹ Hội, Mỹ Xương. Nhìn lại nhiệm kỳ 2020 - 2025, Đảng bộ các địa phương trước sáp nhập đã lãnh đạo thực hiện đạt và vượt 18/20 chỉ tiêu nghị quyết; hai chỉ tiêu chưa đạt là thu ngân sách và tỷ lệ đô thị hóa.

Giá trị sản xuất trên địa bàn tăng bình quân 6,9%/năm. Cơ cấu kinh tế chuyển dịch theo hướng tăng dần tỷ trọng thương mại - dịch vụ, hiện chiếm 41,3%. Thu nhập bình quân đầu người năm 2025 ước đạt 72 triệu đồng. Tỷ lệ hộ nghèo giảm từ 3,85% (năm 2020) xuống còn 0,76% (cuối năm 2024). Toàn xã có 37 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên, gấp ba lần đầu nhiệm kỳ.

Công tác xây dựng Đảng được chú trọng; trong nhiệm kỳ kết nạp 214 đảng viên, đạt 107% nghị quyết. Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Mục tiêu nhiệm kỳ 2025 - 2030

Đại hội thống nhất 16 chỉ tiêu chủ yếu, trong đó: giá trị sản xuất tăng bình quân 7 - 7,5%/năm; thu nhập bình quân đầu người đến năm 2030 đạt từ 110 triệu đồng trở lên; tỷ lệ hộ nghèo theo chuẩn mới giảm bình quân 0,5%/năm; tỷ lệ lao động qua đào tạo đạt 75%; tỷ lệ người dân tham gia bảo hiểm y tế trên 95%; mỗi năm kết nạp ít nhất 40 đảng viên mới.

Đại hội xác định 3 khâu đột phá: phát triển hạ tầng giao thông kết nối, chuyển đổi số và xây dựng đô thị Mỹ Thọ văn minh. Đại hội đã bầu Ban Chấp hành Đảng bộ xã gồm 31 đồng chí.

Thanh Tâm
'''
META = {'published': '2025-08-22', 'locality': 'xã Mỹ Thọ'}
DEFAULTS = {'locality': 'xã Mỹ Thọ', 'period': '2020/2025', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2025/2030'}
FIGS = [
 ('vượt 18/20 chỉ tiêu', '18/20', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('hai chỉ tiêu chưa đạt', 'hai', 'level', 'chỉ tiêu', dict(value=2, indicator='resolution_targets', status='not_achieved')),
 ('tăng bình quân 6,9%/năm', '6,9%', 'change', '%', dict(indicator='total_output_value', direction='up')),
 ('hiện chiếm 41,3%', '41,3%', 'level', '%', dict(indicator='sector_share', period='2025')),
 ('ước đạt 72 triệu đồng', '72 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2025', modality='estimate')),
 ('từ 3,85%', '3,85%', 'level', '%', dict(indicator='poverty_rate', period='2020')),
 ('còn 0,76%', '0,76%', 'level', '%', dict(indicator='poverty_rate', period='2024', direction='down')),
 ('có 37 sản phẩm', '37', 'level', 'sản phẩm', dict(indicator='ocop_products', period='2024')),
 ('gấp ba lần', 'ba', 'change', 'lần', dict(value=3, indicator='ocop_products', direction='up', period='2024')),
 ('kết nạp 214 đảng viên', '214', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 107% nghị quyết', '107%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('trên 90% tổ chức', '90%', 'level', '%', dict(bound='over')),
 ('thống nhất 16 chỉ tiêu', '16', 'level', 'chỉ tiêu', dict(T, indicator='resolution_targets')),
 ('bình quân 7 - 7,5%/năm', '7 - 7,5%', 'change', '%', dict(T, indicator='total_output_value', direction='up')),
 ('từ 110 triệu đồng trở lên', '110 triệu đồng', 'level', 'VND/người/năm', dict(T, indicator='income_per_capita', bound='at_least', period='2030')),
 ('giảm bình quân 0,5%/năm', '0,5%', 'change', '%', dict(T, indicator='poverty_rate', direction='down')),
 ('đào tạo đạt 75%', '75%', 'level', '%', dict(T, indicator='trained_labour_rate', period='2030')),
 ('y tế trên 95%', '95%', 'level', '%', dict(T, indicator='health_insurance_coverage', bound='over', period='2030')),
 ('ít nhất 40 đảng viên', '40', 'level', 'đảng viên', dict(T, indicator='new_party_members', bound='at_least')),
 ('hai xã Mỹ Hội', 'hai', 'level', 'xã', dict(value=2, optional=True)),
 ('gồm 31 đồng chí', '31', 'level', 'đồng chí', dict(optional=True)),
 ('xác định 3 khâu', '3', 'level', 'khâu đột phá', dict(optional=True)),
]
