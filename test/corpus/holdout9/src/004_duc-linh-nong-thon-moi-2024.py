TEXT = '''
Xây dựng nông thôn mới

Đức Linh: 11/12 xã đạt chuẩn nông thôn mới, phấn đấu về đích huyện NTM năm 2025

Thứ Sáu, 20/09/2024 | 15:05

BBT - Sau 13 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, đến nay huyện Đức Linh đã có 11/12 xã đạt chuẩn NTM, 4 xã đạt chuẩn NTM nâng cao và 1 xã đạt chuẩn NTM kiểu mẫu. Bình quân toàn huyện đạt 18,6 tiêu chí/xã, tăng 2,4 tiêu chí so với năm 2020.

Đường giao thông nông thôn ở xã Đức Hạnh được bê tông hoá. Ảnh: N.Lân

Xã còn lại là Vũ Hoà hiện đạt 15/19 tiêu chí; 4 tiêu chí chưa đạt gồm thuỷ lợi, giao thông, thu nhập và hộ nghèo. Tỷ lệ hộ nghèo của xã còn 4,12%, cao gấp 2,5 lần bình quân chung của huyện; thu nhập bình quân đầu người mới đạt 52 triệu đồng/năm, trong khi tiêu chí yêu cầu từ 54 triệu đồng trở lên.

Năm 2024, huyện dành 186 tỷ đồng cho xây dựng NTM, trong đó vốn ngân sách Trung ương 42 tỷ đồng, ngân sách tỉnh 65 tỷ đồng, còn lại là vốn lồng ghép và nhân dân đóng góp. Toàn huyện đã nhựa hoá, bê tông hoá 612 km đường giao thông nông thôn, đạt 96,8%; tỷ lệ hộ dân sử dụng nước sạch đạt 98,5%; tỷ lệ người dân tham gia BHYT đạt 93,7%.

Tại xã Đức Tài, xã NTM kiểu mẫu đầu tiên của tỉnh Bình Thuận, thu nhập bình quân đầu người đạt 78,6 triệu đồng/người/năm, tỷ lệ hộ nghèo chỉ còn 0,38%. Xã có 14 sản phẩm OCOP, trong đó 3 sản phẩm đạt 4 sao.

Theo Bí thư Huyện uỷ Đức Linh, mục tiêu đến cuối năm 2025 huyện có 12/12 xã đạt chuẩn NTM, ít nhất 6 xã đạt NTM nâng cao và 2 xã NTM kiểu mẫu, được công nhận huyện đạt chuẩn NTM. Để đạt mục tiêu, huyện cần khoảng 120 tỷ đồng, chủ yếu đầu tư hệ thống thuỷ lợi, giao thông.

N.LÂN

Xem thêm:
- Bình Thuận có thêm 2 huyện đạt chuẩn nông thôn mới
- Tánh Linh: Ra quân Ngày Chủ nhật xanh lần thứ 3
'''
META = {'published': '2024-09-20', 'locality': 'huyện Đức Linh'}
DEFAULTS = {'locality': 'huyện Đức Linh', 'period': '2024', 'modality': 'actual'}
T = {'period': '2025', 'modality': 'target'}
V = {'locality': 'xã Vũ Hòa'}
D = {'locality': 'xã Đức Tài'}
FIGS = [
 ('Đức Linh: 11/12 xã', '11/12', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('có 11/12 xã', '11/12', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 (', 4 xã đạt', '4', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('và 1 xã đạt', '1', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('đạt 18,6 tiêu chí/xã', '18,6', 'level', 'tiêu chí/xã', dict(indicator='new_rural_criteria')),
 ('tăng 2,4 tiêu chí', '2,4', 'change', 'tiêu chí', dict(indicator='new_rural_criteria', direction='up', base='2020')),
 ('đạt 15/19 tiêu chí', '15/19', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', status='achieved', **V)),
 ('; 4 tiêu chí chưa đạt', '4', 'level', 'tiêu chí', dict(indicator='new_rural_criteria', status='not_achieved', **V)),
 ('còn 4,12%', '4,12%', 'level', '%', dict(indicator='poverty_rate', **V)),
 ('gấp 2,5 lần', '2,5 lần', 'change', 'lần', dict(indicator='poverty_rate', direction='up', **V)),
 ('đạt 52 triệu đồng/năm', '52 triệu đồng/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **V)),
 ('từ 54 triệu đồng trở lên', '54 triệu đồng', 'level', 'VND/người/năm', dict(optional=True)),
 ('dành 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', dict()),
 ('ương 42 tỷ đồng', '42 tỷ đồng', 'level', 'VND', dict()),
 ('tỉnh 65 tỷ đồng', '65 tỷ đồng', 'level', 'VND', dict()),
 ('hoá 612 km', '612 km', 'level', 'km', dict()),
 ('đạt 96,8%', '96,8%', 'level', '%', dict()),
 ('sạch đạt 98,5%', '98,5%', 'level', '%', dict(indicator='clean_water_rate')),
 ('BHYT đạt 93,7%', '93,7%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('đạt 78,6 triệu đồng/người/năm', '78,6 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **D)),
 ('chỉ còn 0,38%', '0,38%', 'level', '%', dict(indicator='poverty_rate', **D)),
 ('có 14 sản phẩm', '14', 'level', 'sản phẩm', dict(indicator='ocop_products', **D)),
 ('trong đó 3 sản phẩm', '3', 'level', 'sản phẩm', dict(indicator='ocop_products', **D)),
 ('có 12/12 xã', '12/12', 'ratio', 'xã', dict(indicator='new_rural_communes', **T)),
 ('ít nhất 6 xã', '6', 'level', 'xã', dict(indicator='new_rural_communes_advanced', bound='at_least', **T)),
 ('và 2 xã NTM', '2', 'level', 'xã', dict(indicator='new_rural_communes_model', **T)),
 ('khoảng 120 tỷ đồng', '120 tỷ đồng', 'level', 'VND', dict(bound='about', **T)),
 ('thêm 2 huyện', '2', 'level', 'huyện', dict(optional=True)),
]
