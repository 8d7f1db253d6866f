TEXT = '''
Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I: Đến năm 2030, GRDP bình quân đầu người đạt 5.500 USD

14/10/2025 - 20:15

VL - Chiều 14-10, Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 - 2030 đã bế mạc sau thời gian làm việc khẩn trương, nghiêm túc. Đại hội đã thông qua Nghị quyết với mục tiêu đưa Vĩnh Long trở thành tỉnh phát triển khá của vùng Đồng bằng sông Cửu Long.

Dự đại hội có 450 đại biểu chính thức, đại diện cho hơn 165.000 đảng viên trong toàn Đảng bộ tỉnh.

Nhìn lại nhiệm kỳ 2020 - 2025, trong bối cảnh nhiều khó khăn, kinh tế của tỉnh vẫn duy trì đà tăng trưởng; tốc độ tăng trưởng GRDP bình quân đạt 6,52%/năm; quy mô nền kinh tế năm 2025 ước đạt 310.000 tỷ đồng. Thu ngân sách nhà nước bình quân tăng 8,1%/năm. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 1,15%.

Mục tiêu nhiệm kỳ 2025 - 2030

Nghị quyết Đại hội xác định các chỉ tiêu chủ yếu của nhiệm kỳ:

Tốc độ tăng trưởng GRDP bình quân hằng năm đạt từ 10% trở lên.

GRDP bình quân đầu người đến năm 2030 đạt khoảng 5.500 USD.

Đến năm 2030, cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản chiếm 22%; công nghiệp - xây dựng 35%; dịch vụ 38%.

Tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 đạt khoảng 650.000 tỷ đồng.

Tỷ lệ đô thị hóa đạt 35% trở lên.

Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 0,5%/năm.

Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 35 - 40%.

Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 95%.

Mỗi năm kết nạp từ 3.500 đảng viên mới trở lên.

Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa I gồm 75 đồng chí; Ban Chấp hành bầu Ban Thường vụ Tỉnh ủy gồm 19 đồng chí.

Tin, ảnh: Thanh Thủy
'''
META = {'published': '2025-10-14', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2025/2030', 'modality': 'target'}
A = {'modality': 'actual', 'period': '2020/2025'}
Y30 = {'period': '2030'}
FIGS = [
 ('người đạt 5.500 USD\n', '5.500 USD', 'level', 'USD/người/năm', dict(indicator='grdp_per_capita', **Y30)),
 ('có 450 đại biểu', '450', 'level', 'đại biểu', dict(optional=True)),
 ('hơn 165.000 đảng viên', '165.000', 'level', 'đảng viên', dict(optional=True)),
 ('đạt 6,52%/năm', '6,52%', 'level', '%', dict(indicator='grdp_growth', **A)),
 ('ước đạt 310.000 tỷ đồng', '310.000 tỷ đồng', 'level', 'VND', dict(indicator='grdp', modality='estimate', period='2025')),
 ('tăng 8,1%/năm', '8,1%', 'change', '%', dict(indicator='budget_revenue', direction='up', **A)),
 ('giảm còn 1,15%', '1,15%', 'level', '%', dict(indicator='poverty_rate', direction='down', modality='actual', period='2025')),
 ('từ 10% trở lên', '10%', 'level', '%', dict(indicator='grdp_growth', bound='at_least')),
 ('khoảng 5.500 USD', '5.500 USD', 'level', 'USD/người/năm', dict(indicator='grdp_per_capita', bound='about', **Y30)),
 ('chiếm 22%', '22%', 'level', '%', dict(indicator='sector_share', **Y30)),
 ('xây dựng 35%', '35%', 'level', '%', dict(indicator='sector_share', **Y30)),
 ('dịch vụ 38%', '38%', 'level', '%', dict(indicator='sector_share', **Y30)),
 ('khoảng 650.000 tỷ đồng', '650.000 tỷ đồng', 'level', 'VND', dict(indicator='social_investment', bound='about', period='2026/2030')),
 ('đạt 35% trở lên', '35%', 'level', '%', dict(indicator='urbanization_rate', bound='at_least')),
 ('bình quân 0,5%/năm', '0,5%', 'change', '%', dict(indicator='poverty_rate', direction='down')),
 ('đạt 35 - 40%', '35 - 40%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('trên 95%', '95%', 'level', '%', dict(indicator='health_insurance_coverage', bound='over')),
 ('từ 3.500 đảng viên', '3.500', 'level', 'đảng viên', dict(indicator='new_party_members', bound='at_least')),
 ('gồm 75 đồng chí', '75', 'level', 'đồng chí', dict(optional=True)),
 ('gồm 19 đồng chí', '19', 'level', 'đồng chí', dict(optional=True)),
]
