# Party-committee mid-term review (Báo Đồng Khởi style). The headline writes Đảng with the look-alike Ð (U+00D0).
TEXT = '''
Xây dựng Đảng

Bến Tre: Đạt và vượt 22/28 chỉ tiêu Nghị quyết Đại hội \u00d0ảng bộ tỉnh lần thứ XI

Thứ Ba, 10/12/2024 | 07:45

ĐK - Ngày 9-12-2024, Ban Chấp hành Đảng bộ tỉnh khóa XI tổ chức Hội nghị lần thứ 25 đánh giá kết quả 4 năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 và nhiệm vụ năm 2025. Đồng chí Trần Thanh Lâm, Bí thư Tỉnh ủy chủ trì hội nghị.

Quang cảnh hội nghị. Ảnh: Cẩm Trúc
Quang cảnh hội nghị. Ảnh: Cẩm Trúc

Theo báo cáo, sau 4 năm thực hiện Nghị quyết, Đảng bộ tỉnh đạt và vượt 22/28 chỉ tiêu; 3 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ; 3 chỉ tiêu khó đạt gồm tốc độ tăng trưởng GRDP, thu ngân sách và tỷ lệ đô thị hóa.

Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2024 ước đạt 5,12%/năm (Nghị quyết đề ra 7,5 - 8%/năm). Quy mô GRDP năm 2024 ước đạt 68.350 tỷ đồng, gấp 1,5 lần năm 2020; GRDP bình quân đầu người đạt 53,9 triệu đồng.

Một số chỉ tiêu chủ yếu năm 2024:
- Thu ngân sách trên địa bàn: 4.856 tỷ đồng, +10,70%;
- Kim ngạch xuất khẩu: 1,62 tỷ USD, +12,4%;
- Tỷ lệ hộ nghèo: 1,35%, giảm 0,9 điểm %;
- Tỷ lệ lao động qua đào tạo: 72,5%/KH 73%.

Ba huyện Mỏ Cày Nam, Châu Thành và Chợ Lách lần lượt được công nhận huyện nông thôn mới vào các năm 2021, 2022 và 2023. Đến cuối năm 2024, toàn tỉnh có 115/115 xã đạt chuẩn nông thôn mới, trong đó 47 xã đạt chuẩn nông thôn mới nâng cao và 10 xã nông thôn mới kiểu mẫu.

Công tác xây dựng Đảng được chú trọng. Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ kết nạp 7.214 đảng viên mới, đạt 103% chỉ tiêu nhiệm kỳ; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên 90%.

Năm 2025, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 8%; thu ngân sách 5.200 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 1%; kết nạp ít nhất 1.800 đảng viên.

Phát biểu kết luận, Bí thư Tỉnh ủy Trần Thanh Lâm nhấn mạnh tinh thần “Đồng khởi khởi nghiệp và đổi mới sáng tạo”, yêu cầu các cấp ủy tập trung cao độ để hoàn thành toàn bộ 28 chỉ tiêu Nghị quyết trong năm cuối nhiệm kỳ.

Cẩm Trúc

Tin liên quan:
- Bến Tre: 11 tháng, xuất khẩu đạt 1,48 tỷ USD
- Hội nghị Tỉnh ủy lần thứ 24
'''
META = {'published': '2024-12-10', 'locality': 'tỉnh Bến Tre'}
DEFAULTS = {'locality': 'tỉnh Bến Tre', 'period': '2024', 'modality': 'actual'}
TERM = {'period': '2020/2025'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
RT = dict(indicator='resolution_targets', **TERM)
FIGS = [
 ('vượt 22/28 chỉ tiêu Nghị quyết', '22/28', 'ratio', 'chỉ tiêu', dict(status='achieved', **RT)),
 ('vượt 22/28 chỉ tiêu;', '22/28', 'ratio', 'chỉ tiêu', dict(status='achieved', **RT)),
 ('3 chỉ tiêu có khả năng đạt', '3', 'level', 'chỉ tiêu', dict(status='pending', **RT)),
 ('3 chỉ tiêu khó đạt', '3', 'level', 'chỉ tiêu', dict(status='not_achieved', **RT)),
 ('ước đạt 5,12%/năm', '5,12%', 'level', '%', dict(indicator='grdp_growth', period='2021/2024', **E)),
 ('đề ra 7,5 - 8%/năm', '7,5 - 8%', 'level', '%', dict(indicator='grdp_growth', modality='target', **TERM)),
 ('ước đạt 68.350 tỷ đồng', '68.350 tỷ đồng', 'level', 'VND', dict(indicator='grdp', **E)),
 ('gấp 1,5 lần năm 2020', '1,5 lần', 'change', 'lần', dict(indicator='grdp', direction='up', base='2020', **E)),
 ('đạt 53,9 triệu đồng', '53,9 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita')),
 ('bàn: 4.856 tỷ đồng', '4.856 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('+10,70%', '10,70%', 'change', '%', dict(indicator='budget_revenue', direction='up')),
 ('1,62 tỷ USD', '1,62 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('+12,4%', '12,4%', 'change', '%', dict(indicator='export_value', direction='up')),
 ('nghèo: 1,35%', '1,35%', 'level', '%', dict(indicator='poverty_rate')),
 ('giảm 0,9 điểm %', '0,9 điểm %', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down')),
 ('tạo: 72,5%', '72,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('KH 73%', '73%', 'level', '%', dict(indicator='trained_labour_rate', modality='target')),
 ('Ba huyện', 'Ba', 'level', 'huyện', dict(value=3, optional=True)),
 ('có 115/115 xã', '115/115', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('trong đó 47 xã', '47', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('và 10 xã', '10', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('kết nạp 7.214 đảng viên', '7.214', 'level', 'đảng viên', dict(indicator='new_party_members', **TERM)),
 ('đạt 103% chỉ tiêu', '103%', 'attainment', '%', dict(indicator='new_party_members', base='target', **TERM)),
 ('đạt trên 90%', '90%', 'level', '%', dict(bound='over', **TERM)),
 ('GRDP đạt 8%', '8%', 'level', '%', dict(indicator='grdp_growth', **T)),
 ('ngân sách 5.200 tỷ đồng', '5.200 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('dưới 1%', '1%', 'level', '%', dict(indicator='poverty_rate', direction='down', bound='under', **T)),
 ('ít nhất 1.800 đảng viên', '1.800', 'level', 'đảng viên', dict(indicator='new_party_members', bound='at_least', **T)),
 ('bộ 28 chỉ tiêu', '28', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', optional=True)),
 ('xuất khẩu đạt 1,48 tỷ USD', '1,48 tỷ USD', 'level', 'USD', dict(optional=True)),
]
