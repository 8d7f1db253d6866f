TEXT = '''
Quảng Ngãi: Năm 2024 giảm 2.906 hộ nghèo, tỷ lệ hộ nghèo còn 4,79%

09/01/2025 14:05 GMT+7

(Baoquangngai.vn) - Năm 2024, toàn tỉnh giảm được 2.906 hộ nghèo, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 5,91% xuống còn 4,79%, giảm 1,12%, vượt chỉ tiêu Nghị quyết HĐND tỉnh giao (giảm 1%).

Cán bộ xã Sơn Kỳ (Sơn Hà) hướng dẫn người dân chăm sóc keo. Ảnh: PV
Cán bộ xã Sơn Kỳ (Sơn Hà) hướng dẫn người dân chăm sóc keo. Ảnh: PV

Theo Sở LĐ-TB&XH, đến cuối năm 2024, toàn tỉnh còn 19.614 hộ nghèo và 17.352 hộ cận nghèo. Tại 6 huyện miền núi, tỷ lệ hộ nghèo còn 17,46%, giảm 4,05 điểm phần trăm; riêng huyện Minh Long giảm mạnh nhất, từ 27,3% xuống 21,6%.

Kết quả thực hiện các chương trình an sinh:
- Giải quyết việc làm: 31.250 lao động/KH 30.000 lao động;
- Đưa người đi làm việc ở nước ngoài: 2.185 người, tăng 21,4%;
- Đào tạo nghề: 13.900 người; tỷ lệ lao động qua đào tạo đạt 68,5%;
- Tỷ lệ bao phủ BHYT: 94,1%; BHXH: 28,6% lực lượng lao động trong độ tuổi.

Tổng kinh phí thực hiện các chương trình mục tiêu quốc gia năm 2024 là 1.126 tỷ đồng, giải ngân đạt 81,7%. Ngân hàng Chính sách xã hội cho 11.430 lượt hộ vay vốn với doanh số hơn 760 tỷ đồng; nợ quá hạn chỉ chiếm 0,12%.

Trong năm, tỉnh hỗ trợ xây mới, sửa chữa 1.870 căn nhà cho hộ nghèo, hộ gia đình chính sách, mỗi căn từ 40 - 60 triệu đồng. Thu nhập bình quân của hộ nghèo tăng 1,4 lần so với năm 2021.

Bà Đinh Thị Hồng Minh, Phó Chủ tịch UBND tỉnh cho biết: "Năm 2025, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 1 - 1,5%, riêng các huyện miền núi giảm 4% trở lên; không để hộ nào thiếu nhà ở".

Phạm Anh

Tin liên quan
- Quảng Ngãi: 3 huyện ra khỏi danh sách huyện nghèo
- Đường dây nóng hỗ trợ người lao động: 1900 6199
'''
META = {'published': '2025-01-09', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2024', 'modality': 'actual'}
T = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('Năm 2024 giảm 2.906 hộ nghèo', '2.906', 'change', 'hộ', dict(indicator='poor_households', direction='down')),
 ('tỷ lệ hộ nghèo còn 4,79%', '4,79%', 'level', '%', dict(indicator='poverty_rate')),
 ('được 2.906 hộ nghèo', '2.906', 'change', 'hộ', dict(indicator='poor_households', direction='down')),
 ('từ 5,91%', '5,91%', 'level', '%', dict(indicator='poverty_rate', period=None)),
 ('xuống còn 4,79%', '4,79%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('giảm 1,12%', '1,12%', 'change', '%', dict(indicator='poverty_rate', direction='down')),
 ('(giảm 1%)', '1%', 'change', '%', dict(indicator='poverty_rate', direction='down', modality='target')),
 ('còn 19.614 hộ', '19.614', 'level', 'hộ', dict(indicator='poor_households')),
 ('17.352 hộ', '17.352', 'level', 'hộ', dict()),
 ('Tại 6 huyện', '6', 'level', 'huyện', dict(optional=True)),
 ('còn 17,46%', '17,46%', 'level', '%', dict(indicator='poverty_rate')),
 ('giảm 4,05 điểm phần trăm', '4,05 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down')),
 ('từ 27,3%', '27,3%', 'level', '%', dict(indicator='poverty_rate', locality='huyện Minh Long', period=None)),
 ('xuống 21,6%', '21,6%', 'level', '%', dict(indicator='poverty_rate', locality='huyện Minh Long', direction='down')),
 ('làm: 31.250 lao động', '31.250', 'level', 'lao động', dict(indicator='jobs_created')),
 ('KH 30.000 lao động', '30.000', 'level', 'lao động', dict(indicator='jobs_created', modality='target')),
 ('ngoài: 2.185 người', '2.185', 'level', 'người', dict(indicator='labour_export')),
 ('tăng 21,4%', '21,4%', 'change', '%', dict(indicator='labour_export', direction='up')),
 ('nghề: 13.900 người', '13.900', 'level', 'người', dict(indicator='vocational_training')),
 ('đạt 68,5%', '68,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('BHYT: 94,1%', '94,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('BHXH: 28,6%', '28,6%', 'level', '%', dict(indicator='social_insurance_coverage')),
 ('là 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', dict()),
 ('giải ngân đạt 81,7%', '81,7%', 'level', '%', dict()),
 ('cho 11.430 lượt hộ', '11.430', 'level', 'lượt hộ', dict()),
 ('hơn 760 tỷ đồng', '760 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('chiếm 0,12%', '0,12%', 'level', '%', dict()),
 ('sửa chữa 1.870 căn nhà', '1.870', 'level', 'căn nhà', dict()),
 ('từ 40 - 60 triệu đồng', '40 - 60 triệu đồng', 'level', 'VND', dict()),
 ('tăng 1,4 lần', '1,4 lần', 'change', 'lần', dict(direction='up', base='2021')),
 ('từ 1 - 1,5%', '1 - 1,5%', 'change', '%', dict(indicator='poverty_rate', direction='down', **T)),
 ('giảm 4% trở lên', '4%', 'change', '%', dict(indicator='poverty_rate', direction='down', bound='at_least', **T)),
 ('Quảng Ngãi: 3 huyện', '3', 'level', 'huyện', dict(optional=True)),
]
