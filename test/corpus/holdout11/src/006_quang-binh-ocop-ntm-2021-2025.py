TEXT = '''
Nông thôn mới

Quảng Bình: 277 sản phẩm OCOP, 98 xã đạt chuẩn nông thôn mới sau hơn 4 năm

10/04/2025 - 07:45

(QBĐT) - Ngày 9/4, UBND tỉnh Quảng Bình tổ chức hội nghị tổng kết Chương trình mỗi xã một sản phẩm (OCOP) và Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.

Theo báo cáo, sau hơn 4 năm triển khai, toàn tỉnh có 277 sản phẩm OCOP đạt từ 3 sao trở lên, vượt 38,5% mục tiêu giai đoạn (200 sản phẩm); trong đó 2 sản phẩm đạt 5 sao, 31 sản phẩm đạt 4 sao. Sản phẩm chủ yếu thuộc nhóm thực phẩm và thuỷ sản chế biến, chiếm 71%. Huyện Lệ Thuỷ dẫn đầu với 52 sản phẩm, tiếp đến là huyện Quảng Trạch 38 sản phẩm.

Về xây dựng nông thôn mới, đến nay toàn tỉnh có 98/128 xã đạt chuẩn nông thôn mới, chiếm 76,6%; 28 xã đạt chuẩn nông thôn mới nâng cao và 7 xã đạt chuẩn nông thôn mới kiểu mẫu; 4 đơn vị cấp huyện hoàn thành nhiệm vụ, đạt chuẩn nông thôn mới. Bình quân toàn tỉnh đạt 17,2 tiêu chí/xã, tăng 1,6 tiêu chí so với cuối năm 2020. Xã Hoà Trạch, huyện Bố Trạch là xã đầu tiên của tỉnh đạt chuẩn nông thôn mới kiểu mẫu.

Thu nhập bình quân đầu người khu vực nông thôn năm 2024 đạt 52,6 triệu đồng, gấp 1,6 lần năm 2020; tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 2,41%.

Tổng nguồn vốn huy động thực hiện chương trình giai đoạn 2021 - 2024 đạt 13.760 tỷ đồng, trong đó ngân sách trung ương 2.145 tỷ đồng.

Giai đoạn 2026 - 2030, tỉnh phấn đấu có thêm 100 sản phẩm OCOP, 90% số xã đạt chuẩn nông thôn mới.

Minh Phong
'''
META = {'published': '2025-04-10', 'locality': 'tỉnh Quảng Bình'}
DEFAULTS = {'locality': 'tỉnh Quảng Bình', 'period': '2025', 'modality': 'actual'}
Y = {'period': '2024'}
FIGS = [
 ('Quảng Bình: 277 sản phẩm', '277', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('OCOP, 98 xã', '98', 'level', 'xã', dict(indicator='new_rural_communes')),
 ('nông thôn mới sau hơn 4 năm', '4', 'level', 'năm', dict(optional=True)),
 ('sau hơn 4 năm triển khai', '4', 'level', 'năm', dict(optional=True)),
 ('có 277 sản phẩm', '277', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('vượt 38,5% mục tiêu', '38,5%', 'change', '%', dict(indicator='ocop_products', direction='up', base='target', status='exceeded')),
 ('(200 sản phẩm)', '200', 'level', 'sản phẩm', dict(indicator='ocop_products', modality='target', period='2021/2025')),
 ('2 sản phẩm đạt 5 sao', '2', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('31 sản phẩm', '31', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('chiếm 71%', '71%', 'level', '%', dict()),
 ('với 52 sản phẩm', '52', 'level', 'sản phẩm', dict(indicator='ocop_products', locality='huyện Lệ Thủy')),
 ('Trạch 38 sản phẩm', '38', 'level', 'sản phẩm', dict(indicator='ocop_products', locality='huyện Quảng Trạch')),
 ('có 98/128 xã', '98/128', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('chiếm 76,6%', '76,6%', 'level', '%', dict(indicator='new_rural_communes')),
 ('; 28 xã', '28', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('và 7 xã', '7', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('4 đơn vị', '4', 'level', 'đơn vị cấp huyện', dict()),
 ('đạt 17,2 tiêu chí/xã', '17,2 tiêu chí/xã', 'level', 'tiêu chí/xã', dict(indicator='new_rural_criteria')),
 ('tăng 1,6 tiêu chí', '1,6', 'change', 'tiêu chí', dict(indicator='new_rural_criteria', direction='up', base='2020')),
 ('đạt 52,6 triệu đồng', '52,6 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **Y)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(indicator='income_per_capita', direction='up', base='2020', **Y)),
 ('giảm còn 2,41%', '2,41%', 'level', '%', dict(indicator='poverty_rate', direction='down', **Y)),
 ('đạt 13.760 tỷ đồng', '13.760 tỷ đồng', 'level', 'VND', dict(period='2021/2024')),
 ('ương 2.145 tỷ đồng', '2.145 tỷ đồng', 'level', 'VND', dict(period='2021/2024')),
 ('thêm 100 sản phẩm', '100', 'level', 'sản phẩm', dict(indicator='ocop_products', modality='target', period='2026/2030')),
 ('90% số xã', '90%', 'level', '%', dict(indicator='new_rural_communes', modality='target', period='2026/2030')),
]
