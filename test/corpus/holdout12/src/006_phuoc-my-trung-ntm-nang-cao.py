TEXT = '''
Xã Phước Mỹ Trung đạt chuẩn nông thôn mới nâng cao

28/11/2023 - 06:30

BDK - Sau thời gian nỗ lực, xã Phước Mỹ Trung (huyện Mỏ Cày Bắc) đã hoàn thành 19/19 tiêu chí xã nông thôn mới nâng cao, trở thành xã thứ tư của huyện đạt chuẩn.

Chủ tịch UBND xã Nguyễn Thị Thu Hà cho biết, giai đoạn 2021 - 2023, xã huy động hơn 48,6 tỷ đồng để xây dựng nông thôn mới nâng cao, trong đó Nhân dân đóng góp 9,2 tỷ đồng và hiến 12.500m2 đất. Toàn xã đã nhựa hóa, bê tông hóa 36,4km đường giao thông nông thôn.

Thu nhập bình quân đầu người của xã năm 2023 đạt 68,5 triệu đồng/người/năm, tăng 7,2 triệu đồng so với năm 2022. Tỷ lệ hộ nghèo giảm còn 0,69%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,3%; 100% hộ dân sử dụng nước sạch. Xã có bốn sản phẩm OCOP đạt 3 sao.

Huyện Mỏ Cày Bắc hiện có 4/13 xã đạt chuẩn nông thôn mới nâng cao và một xã đạt chuẩn nông thôn mới kiểu mẫu.

Phấn đấu đến năm 2025, xã Phước Mỹ Trung đạt chuẩn nông thôn mới kiểu mẫu, thu nhập bình quân đầu người đạt trên 80 triệu đồng.

Bài, ảnh: Cẩm Trúc
'''
META = {'published': '2023-11-28', 'locality': 'xã Phước Mỹ Trung'}
DEFAULTS = {'locality': 'xã Phước Mỹ Trung', 'period': '2023', 'modality': 'actual'}
P = {'period': '2021/2023'}
INC = {'indicator': 'income_per_capita', 'unit': 'VND/người/năm'}
FIGS = [
 ('thành 19/19 tiêu chí', '19/19', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', status='achieved')),
 ('hơn 48,6 tỷ đồng', '48,6 tỷ đồng', 'level', 'VND', dict(bound='over', **P)),
 ('góp 9,2 tỷ đồng', '9,2 tỷ đồng', 'level', 'VND', dict(**P)),
 ('hiến 12.500m2', '12.500m2', 'level', 'm2', dict(**P)),
 ('hóa 36,4km', '36,4km', 'level', 'km', dict(**P)),
 ('đạt 68,5 triệu đồng/người/năm', '68,5 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(**INC)),
 ('tăng 7,2 triệu đồng', '7,2 triệu đồng', 'change', 'VND/người/năm', dict(direction='up', base='2022', **INC)),
 ('giảm còn 0,69%', '0,69%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('đạt 96,3%', '96,3%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('100% hộ dân', '100%', 'level', '%', dict(indicator='clean_water_rate')),
 ('có bốn sản phẩm', 'bốn', 'level', 'sản phẩm', dict(value=4, indicator='ocop_products')),
 ('đạt 3 sao', '3', 'level', 'sao', dict(optional=True)),
 ('có 4/13 xã', '4/13', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced', locality='huyện Mỏ Cày Bắc')),
 ('và một xã', 'một', 'level', 'xã', dict(value=1, indicator='new_rural_communes_model', locality='huyện Mỏ Cày Bắc')),
 ('trên 80 triệu đồng', '80 triệu đồng', 'level', 'VND/người/năm', dict(bound='over', modality='target', period='2025', **INC)),
]
