TEXT = '''
Đại hội Đảng bộ tỉnh Gia Lai lần thứ I: Đề ra 32 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030

Thứ Năm, 16/10/2025, 17:30

(GLO) - Chiều 16/10, tại Trung tâm Hội nghị tỉnh (số 1 Trần Hưng Đạo, phường Quy Nhơn), Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 - 2030 đã bế mạc sau 3 ngày làm việc. Đại hội đã thông qua Nghị quyết với 32 chỉ tiêu chủ yếu trên các lĩnh vực kinh tế, xã hội, môi trường và xây dựng Đảng. Dự Đại hội có 450 đại biểu chính thức, đại diện cho hơn 152.000 đảng viên trong toàn Đảng bộ.

Nhìn lại nhiệm kỳ 2020 - 2025, dù chịu tác động nặng nề của dịch COVID-19 và thiên tai, kinh tế hai tỉnh Gia Lai và Bình Định (trước sắp xếp) vẫn duy trì tăng trưởng khá. Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 7,2%/năm. Quy mô GRDP năm 2025 ước đạt 335.000 tỷ đồng, đứng thứ 13 cả nước; GRDP bình quân đầu người ước đạt 90,5 triệu đồng, gấp 1,5 lần năm 2020. Tỷ lệ hộ nghèo giảm từ 10,39% năm 2021 xuống còn 2,76% năm 2025, bình quân mỗi năm giảm 1,9%.

Một số chỉ tiêu chủ yếu đến năm 2030:
- Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 10 - 11%/năm.
- GRDP bình quân đầu người đạt 5.500 - 6.000 USD.
- Tỷ trọng công nghiệp - xây dựng trong GRDP đạt 38%; dịch vụ 42%.
- Tỷ lệ đô thị hóa đạt 45%.
- Tỷ lệ hộ nghèo bình quân mỗi năm giảm 1 - 1,5%.
- Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 96%.
- Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%.
- Số bác sĩ trên 1 vạn dân đạt 15 bác sĩ; số giường bệnh trên 1 vạn dân đạt 38 giường.
- Tỷ lệ che phủ rừng duy trì ổn định ở mức 48,5%.
- Có 80% số xã đạt chuẩn nông thôn mới, trong đó 30% đạt chuẩn nông thôn mới nâng cao.
- Mỗi năm kết nạp từ 3.000 đảng viên mới trở lên.

Đại hội xác định 3 khâu đột phá chiến lược: hoàn thiện hạ tầng giao thông kết nối Tây Nguyên với cảng biển Quy Nhơn qua Quốc lộ 19 và cao tốc Quy Nhơn - Pleiku; phát triển năng lượng tái tạo và công nghiệp chế biến nông sản; chuyển đổi số và phát triển nguồn nhân lực chất lượng cao.

Phát biểu bế mạc, đồng chí Bí thư Tỉnh ủy nhấn mạnh, việc hợp nhất hai tỉnh theo Nghị quyết số 202/2025/QH15 tạo ra không gian phát triển mới "từ rừng ra biển", đòi hỏi toàn Đảng bộ phải đoàn kết, đổi mới tư duy để đưa Gia Lai trở thành tỉnh phát triển khá của cả nước vào năm 2030.

Ngọc Sang

Xem thêm:
Gia Lai: 9 tháng năm 2025 thu ngân sách đạt 21.000 tỷ đồng
Khai mạc Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I
'''
META = {'published': '2025-10-16', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2030', 'modality': 'target'}
TERM = {'period': '2025/2030'}
A = {'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('Đề ra 32 chỉ tiêu', '32', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', **TERM)),
 ('với 32 chỉ tiêu', '32', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', **TERM)),
 ('hơn 152.000 đảng viên', '152.000', 'level', 'đảng viên', dict(bound='over', period='2025', **A)),
 ('ước đạt 7,2%/năm', '7,2%', 'level', '%', dict(indicator='grdp_growth', period='2021/2025', **E)),
 ('ước đạt 335.000 tỷ đồng', '335.000 tỷ đồng', 'level', 'VND', dict(indicator='grdp', period='2025', **E)),
 ('ước đạt 90,5 triệu đồng', '90,5 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', period='2025', **E)),
 ('gấp 1,5 lần năm 2020', '1,5 lần', 'change', 'lần', dict(indicator='grdp_per_capita', direction='up', base='2020', period='2025', **E)),
 ('từ 10,39% năm 2021', '10,39%', 'level', '%', dict(indicator='poverty_rate', period='2021', **A)),
 ('còn 2,76% năm 2025', '2,76%', 'level', '%', dict(indicator='poverty_rate', direction='down', period='2025', **A)),
 ('mỗi năm giảm 1,9%', '1,9%', 'change', '%', dict(indicator='poverty_rate', direction='down', period='2021/2025', **A)),
 ('đạt 10 - 11%/năm', '10 - 11%', 'level', '%', dict(indicator='grdp_growth', period='2026/2030')),
 ('đạt 5.500 - 6.000 USD', '5.500 - 6.000 USD', 'level', 'USD/người/năm', dict(indicator='grdp_per_capita')),
 ('GRDP đạt 38%', '38%', 'level', '%', dict(indicator='sector_share')),
 ('dịch vụ 42%', '42%', 'level', '%', dict(indicator='sector_share')),
 ('hóa đạt 45%', '45%', 'level', '%', dict(indicator='urbanization_rate')),
 ('giảm 1 - 1,5%', '1 - 1,5%', 'change', '%', dict(indicator='poverty_rate', direction='down', **TERM)),
 ('trên 96%', '96%', 'level', '%', dict(indicator='health_insurance_coverage', bound='over')),
 ('đào tạo đạt 75%', '75%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('chứng chỉ đạt 35%', '35%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('đạt 15 bác sĩ', '15', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('đạt 38 giường', '38', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('mức 48,5%', '48,5%', 'level', '%', dict(indicator='forest_cover')),
 ('Có 80% số xã', '80%', 'level', '%', dict(indicator='new_rural_communes')),
 ('trong đó 30% đạt', '30%', 'level', '%', dict(indicator='new_rural_communes_advanced')),
 ('từ 3.000 đảng viên', '3.000', 'level', 'đảng viên', dict(indicator='new_party_members', bound='at_least', **TERM)),
 ('xác định 3 khâu', '3', 'level', 'khâu đột phá', dict(optional=True)),
]
