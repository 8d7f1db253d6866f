TEXT = '''
Xây dựng Đảng

Đại hội Đảng bộ xã Lai Hòa lần thứ XIV, nhiệm kỳ 2025 - 2030

15/08/2025 09:12

CT - Ngày 14/8, Đảng bộ xã Lai Hòa, thành phố Cần Thơ long trọng tổ chức Đại hội đại biểu lần thứ XIV, nhiệm kỳ 2025 - 2030. Dự đại hội có 145 đại biểu đại diện cho 812 đảng viên của 27 chi bộ trực thuộc.

Đoàn Chủ tịch điều hành phiên khai mạc đại hội. Ảnh: Kim Ngân
Đoàn Chủ tịch điều hành phiên khai mạc đại hội. Ảnh: Kim Ngân

Nhìn lại nhiệm kỳ 2020 - 2025, Đảng bộ và Nhân dân xã đã đoàn kết vượt qua nhiều khó khăn; có 14/16 chỉ tiêu nghị quyết đạt và vượt, còn hai chỉ tiêu chưa đạt là thu ngân sách và tỷ lệ lao động qua đào tạo. Thu nhập bình quân đầu người tăng từ 42 triệu đồng lên 68,5 triệu đồng/người/năm. Tỷ lệ hộ nghèo giảm từ 6,12% xuống còn 1,05%, bình quân mỗi năm giảm 1,01%.

Xã giữ vững chuẩn nông thôn mới nâng cao; 100% tuyến đường ấp được nhựa hóa, bê tông hóa. Diện tích nuôi tôm càng xanh xen canh lúa đạt 1.240 ha, gấp rưỡi năm 2020. Toàn Đảng bộ kết nạp 86 đảng viên mới, vượt 7,5% chỉ tiêu.

Mục tiêu nhiệm kỳ 2025 - 2030
- Thu nhập bình quân đầu người đến năm 2030 đạt từ 110 triệu đồng trở lên;
- Tỷ lệ hộ nghèo mỗi năm giảm từ 0,2 - 0,3%;
- Tỷ lệ người dân tham gia BHYT đạt trên 95%;
- Mỗi năm kết nạp ít nhất 18 đảng viên.

Phát biểu chỉ đạo, bà Lâm Thị Mỹ, Phó Bí thư Thành ủy Cần Thơ đề nghị: “Xã cần tập trung thực hiện 3 khâu đột phá, phấn đấu đến năm 2027 có thêm 2 ấp đạt chuẩn ấp văn hóa kiểu mẫu”.

Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XIV gồm 15 đồng chí; bầu 9 đại biểu dự Đại hội Đảng bộ thành phố lần thứ I.

Kim Ngân

Xem thêm:
- Cần Thơ: 103 xã, phường hoàn thành đại hội
- Phường Ninh Kiều tổ chức đại hội điểm
'''
META = {'published': '2025-08-15', 'locality': 'xã Lai Hòa'}
DEFAULTS = {'locality': 'xã Lai Hòa', 'period': '2020/2025', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2025/2030'}
FIGS = [
 ('có 145 đại biểu', '145', 'level', 'đại biểu', dict(optional=True)),
 ('cho 812 đảng viên', '812', 'level', 'đảng viên', dict(period='2025', optional=True)),
 ('của 27 chi bộ', '27', 'level', 'chi bộ', dict(optional=True)),
 ('có 14/16 chỉ tiêu', '14/16', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('còn hai chỉ tiêu chưa đạt', 'hai', 'level', 'chỉ tiêu', dict(value=2, indicator='resolution_targets', status='not_achieved')),
 ('từ 42 triệu đồng', '42 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period=None)),
 ('lên 68,5 triệu đồng/người/năm', '68,5 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', direction='up')),
 ('từ 6,12%', '6,12%', 'level', '%', dict(indicator='poverty_rate', period=None)),
 ('xuống còn 1,05%', '1,05%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('mỗi năm giảm 1,01%', '1,01%', 'change', '%', dict(indicator='poverty_rate', direction='down')),
 ('100% tuyến đường', '100%', 'level', '%', dict()),
 ('đạt 1.240 ha', '1.240 ha', 'level', 'ha', dict()),
 ('gấp rưỡi năm 2020', 'gấp rưỡi', 'change', 'lần', dict(value=1.5, direction='up', base='2020')),
 ('kết nạp 86 đảng viên', '86', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('vượt 7,5% chỉ tiêu', '7,5%', 'change', '%', dict(indicator='new_party_members', direction='up', base='target', status='exceeded')),
 ('từ 110 triệu đồng trở lên', '110 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', bound='at_least', modality='target', period='2030')),
 ('giảm từ 0,2 - 0,3%', '0,2 - 0,3%', 'change', '%', dict(indicator='poverty_rate', direction='down', **T)),
 ('trên 95%', '95%', 'level', '%', dict(indicator='health_insurance_coverage', bound='over', **T)),
 ('ít nhất 18 đảng viên', '18', 'level', 'đảng viên', dict(indicator='new_party_members', bound='at_least', **T)),
 ('thực hiện 3 khâu', '3', 'level', 'khâu đột phá', dict(optional=True)),
 ('thêm 2 ấp', '2', 'level', 'ấp', dict(modality='target', period='2027')),
 ('gồm 15 đồng chí', '15', 'level', 'đồng chí', dict(optional=True)),
 ('bầu 9 đại biểu', '9', 'level', 'đại biểu', dict(optional=True)),
 ('Cần Thơ: 103 xã', '103', 'level', 'xã', dict(optional=True)),
]
