NFD = True
TEXT = '''
SÓC TRĂNG ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SÓC TRĂNG
Thời sự  |  Kinh tế  |  Xã hội  |  Nông nghiệp  |  Dân tộc - Tôn giáo  |  Khmer  |  Video

Thứ Sáu, 20/12/2024 | 14:05

Thị ủy Vĩnh Châu: 17/19 chỉ tiêu năm 2024 đạt và vượt Nghị quyết

(STO) - Ngày 19/12, Ban Chấp hành Đảng bộ thị xã Vĩnh Châu tổ chức hội nghị lần thứ 27 đánh giá kết quả thực hiện nhiệm vụ năm 2024 và đề ra phương hướng, nhiệm vụ năm 2025.

Năm 2024, dù chịu ảnh hưởng của hạn, mặn và dịch bệnh trên tôm nuôi, kinh tế thị xã vẫn tăng trưởng khá. Trong 19 chỉ tiêu chủ yếu, có 17 chỉ tiêu đạt và vượt Nghị quyết, 1 chỉ tiêu xấp xỉ đạt (tỷ lệ lao động qua đào tạo), 1 chỉ tiêu không đạt (thu ngân sách).

Một số kết quả chủ yếu (tăng, giảm so với năm 2023):
- Tổng giá trị sản xuất (giá so sánh 2010): 14.286 tỷ đồng, +7,42%.
- Sản lượng thủy sản: 118.650 tấn, +5,1%; trong đó tôm nuôi 86.400 tấn, +6,3%.
- Diện tích hành tím xuống giống: 5.820 ha, -4,6%.
- Thu nhập bình quân đầu người: 68,4 triệu đồng, +9,2%.

Nông dân xã Vĩnh Hải thu hoạch hành tím vụ cuối năm 2024. Ảnh: Thạch Sa Ry

Diện tích nuôi tôm nước lợ thả nuôi 9.140 ha, trong đó nuôi siêu thâm canh 1.260 ha, tăng gần gấp đôi so với năm 2022. Năng suất tôm thẻ siêu thâm canh bình quân 35 - 40 tấn/ha/vụ. Giá hành tím có thời điểm lên tới 45.000 đồng/kg.

Thu ngân sách nhà nước trên địa bàn đạt 163,5 tỷ đồng, chỉ bằng 88,9% dự toán Hội đồng nhân dân thị xã giao, giảm 7,3% so với năm 2023, chủ yếu do thu tiền sử dụng đất giảm mạnh. Vốn đầu tư toàn xã hội đạt 2.940 tỷ đồng.

Thị xã hiện có 2 phường đạt chuẩn văn minh đô thị, 6/6 xã đạt chuẩn nông thôn mới. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025 giảm còn 2,84%, trong đó hộ nghèo dân tộc Khmer còn 3,96%; tỷ lệ lao động qua đào tạo đạt 64,8%/NQ 65%. Tỷ lệ người tham gia bảo hiểm y tế đạt 93,4%. Toàn Đảng bộ kết nạp 108 đảng viên mới, đạt 108% chỉ tiêu.

Năm 2025, Thị ủy Vĩnh Châu đề ra 19 chỉ tiêu chủ yếu; trong đó tổng giá trị sản xuất tăng 7,5 - 8%; thu nhập bình quân đầu người đạt từ 75 triệu đồng trở lên; sản lượng thủy sản trên 120.000 tấn; tỷ lệ hộ nghèo giảm từ 0,5 - 0,8%; kết nạp ít nhất 100 đảng viên.

Phát biểu tại hội nghị, đồng chí Lâm Hoàng Nghiệp, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thị ủy nhấn mạnh, năm 2025 là năm tổ chức đại hội đảng bộ các cấp, nhiệm kỳ 2025 - 2030, thị xã cần tập trung hoàn thành các chỉ tiêu còn lại của nhiệm kỳ.

KIM NGÂN

Tin liên quan:
- Mỹ Xuyên: 18/20 chỉ tiêu đạt và vượt
- Vĩnh Châu tổ chức Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2024
- Trần Đề: Nông dân xuống giống lúa Đông Xuân sớm

Báo Sóc Trăng: 112 Trần Hưng Đạo, Phường 2, TP. Sóc Trăng. Điện thoại: 0299.3822.307
'''
META = {'published': '2024-12-20', 'locality': 'thị xã Vĩnh Châu'}
DEFAULTS = {'locality': 'thị xã Vĩnh Châu', 'period': '2024', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2025'}
RT = {'indicator': 'resolution_targets'}
B = {'direction': 'up', 'base': '2023'}
FIGS = [
 ('Vĩnh Châu: 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('Trong 19 chỉ tiêu chủ yếu', '19', 'level', 'chỉ tiêu', dict(RT)),
 ('có 17 chỉ tiêu', '17', 'level', 'chỉ tiêu', dict(RT, status='achieved')),
 ('1 chỉ tiêu xấp xỉ đạt', '1', 'level', 'chỉ tiêu', dict(RT, status='nearly')),
 ('1 chỉ tiêu không đạt', '1', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('2010): 14.286 tỷ đồng', '14.286 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value')),
 ('+7,42%', '7,42%', 'change', '%', dict(B, indicator='total_output_value')),
 ('118.650 tấn', '118.650 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('+5,1%', '5,1%', 'change', '%', dict(B, indicator='aquaculture_output')),
 ('tôm nuôi 86.400 tấn', '86.400 tấn', 'level', 'tấn', dict()),
 ('+6,3%', '6,3%', 'change', '%', dict(B)),
 ('giống: 5.820 ha', '5.820 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('-4,6%', '4,6%', 'change', '%', dict(indicator='crop_area', direction='down', base='2023')),
 ('68,4 triệu đồng', '68,4 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('+9,2%', '9,2%', 'change', '%', dict(B, indicator='income_per_capita')),
 ('thả nuôi 9.140 ha', '9.140 ha', 'level', 'ha', dict()),
 ('canh 1.260 ha', '1.260 ha', 'level', 'ha', dict()),
 ('gần gấp đôi', 'gấp đôi', 'change', 'lần', dict(value=2, direction='up', base='2022', bound='nearly')),
 ('bình quân 35 - 40 tấn/ha/vụ', '35 - 40 tấn/ha/vụ', 'level', 'tấn/ha/vụ', dict()),
 ('lên tới 45.000 đồng/kg', '45.000 đồng/kg', 'level', 'VND/kg', dict(optional=True)),
 ('đạt 163,5 tỷ đồng', '163,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 88,9% dự toán', '88,9%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('giảm 7,3% so với năm 2023', '7,3%', 'change', '%', dict(indicator='budget_revenue', direction='down', base='2023')),
 ('đạt 2.940 tỷ đồng', '2.940 tỷ đồng', 'level', 'VND', dict(indicator='social_investment')),
 ('có 2 phường', '2', 'level', 'phường', dict()),
 ('6/6 xã', '6/6', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('giảm còn 2,84%', '2,84%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 3,96%', '3,96%', 'level', '%', dict(indicator='poverty_rate')),
 ('đạt 64,8%', '64,8%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('/NQ 65%', '65%', 'level', '%', dict(indicator='trained_labour_rate', modality='target')),
 ('đạt 93,4%', '93,4%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('kết nạp 108 đảng viên', '108', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 108% chỉ tiêu', '108%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('đề ra 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', dict(T, **RT)),
 ('tăng 7,5 - 8%', '7,5 - 8%', 'change', '%', dict(T, indicator='total_output_value', direction='up')),
 ('từ 75 triệu đồng', '75 triệu đồng', 'level', 'VND/người/năm', dict(T, indicator='income_per_capita', bound='at_least')),
 ('trên 120.000 tấn', '120.000 tấn', 'level', 'tấn', dict(T, indicator='aquaculture_output', bound='over')),
 ('giảm từ 0,5 - 0,8%', '0,5 - 0,8%', 'change', '%', dict(T, indicator='poverty_rate', direction='down')),
 ('ít nhất 100 đảng viên', '100', 'level', 'đảng viên', dict(T, indicator='new_party_members', bound='at_least')),
]
