TEXT = '''
Giảm nghèo bền vững

Lào Cai: Tỷ lệ hộ nghèo giảm còn 6,32%, vượt mục tiêu năm 2024

Thứ Sáu, 10/01/2025 07:45

(Báo Lào Cai) - Năm 2024, tỉnh Lào Cai có 5.216 hộ thoát nghèo; tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 9,63% cuối năm 2023 xuống còn 6,32%, giảm 3,31 điểm %, vượt mục tiêu Nghị quyết HĐND tỉnh giao (giảm 3%). Tỷ lệ hộ cận nghèo còn 5,14%; toàn tỉnh còn 10.862 hộ nghèo và 8.837 hộ cận nghèo.

Các huyện vùng cao có tốc độ giảm nghèo nhanh nhất: Si Ma Cai giảm 8,2%, Bắc Hà giảm 7,5%, Mường Khương giảm 6,9%. Riêng thị xã Sa Pa và thành phố Lào Cai, tỷ lệ hộ nghèo còn lần lượt 3,8% và 0,9%.

Thu nhập bình quân đầu người của tỉnh năm 2024 đạt 72,5 triệu đồng/người/năm; ở khu vực nông thôn vùng cao mới đạt khoảng 32 triệu đồng/người/năm.

Năm 2024, tổng nguồn vốn thực hiện các chương trình mục tiêu quốc gia trên địa bàn tỉnh là 1.846 tỷ đồng; giải ngân đạt 1.512 tỷ đồng, bằng 81,9% kế hoạch. Tỉnh đã hỗ trợ xây mới, sửa chữa 1.284 căn nhà cho hộ nghèo, hộ cận nghèo; cấp 186.000 thẻ bảo hiểm y tế cho người nghèo, người dân tộc thiểu số vùng đặc biệt khó khăn.

Tại huyện Bát Xát, số hộ nghèo giảm từ 3.125 hộ xuống còn 2.010 hộ; 100% trẻ em 5 tuổi được huy động ra lớp. Thu nhập bình quân đầu người của huyện đạt 41 triệu đồng, tăng 3,5 triệu đồng so với năm 2023.

Năm 2025, Lào Cai phấn đấu giảm tỷ lệ hộ nghèo từ 2,5 - 3%, riêng các huyện nghèo giảm trên 5%; có thêm 3 huyện thoát khỏi tình trạng đặc biệt khó khăn. "Giảm nghèo không chỉ là con số mà phải bền vững, không để tái nghèo", ông Hoàng Văn Páo, Phó Chủ tịch UBND tỉnh nhấn mạnh.

Đức Anh
'''
META = {'published': '2025-01-10', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2024', 'modality': 'actual'}
P = {'indicator': 'poverty_rate'}
T = {'modality': 'target', 'period': '2025'}
BX = {'locality': 'huyện Bát Xát'}
FIGS = [
 ('giảm còn 6,32%', '6,32%', 'level', '%', dict(P, direction='down')),
 ('có 5.216 hộ', '5.216', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('từ 9,63%', '9,63%', 'level', '%', dict(P, period='2023')),
 ('xuống còn 6,32%', '6,32%', 'level', '%', dict(P, direction='down')),
 ('giảm 3,31 điểm %', '3,31 điểm %', 'change', 'điểm %', dict(P, direction='down')),
 ('(giảm 3%)', '3%', 'change', '%', dict(P, direction='down', modality='target')),
 ('còn 5,14%', '5,14%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('còn 10.862 hộ', '10.862', 'level', 'hộ', dict(indicator='poor_households')),
 ('và 8.837 hộ', '8.837', 'level', 'hộ', dict()),
 ('Cai giảm 8,2%', '8,2%', 'change', '%', dict(P, locality='huyện Si Ma Cai', direction='down')),
 ('Hà giảm 7,5%', '7,5%', 'change', '%', dict(P, locality='huyện Bắc Hà', direction='down')),
 ('Khương giảm 6,9%', '6,9%', 'change', '%', dict(P, locality='huyện Mường Khương', direction='down')),
 ('lần lượt 3,8%', '3,8%', 'level', '%', dict(P, locality='thị xã Sa Pa')),
 ('và 0,9%', '0,9%', 'level', '%', dict(P, locality='thành phố Lào Cai')),
 ('đạt 72,5 triệu đồng/người/năm', '72,5 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('khoảng 32 triệu đồng/người/năm', '32 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', bound='about')),
 ('là 1.846 tỷ đồng', '1.846 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 1.512 tỷ đồng', '1.512 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 81,9% kế hoạch', '81,9%', 'attainment', '%', dict(base='target')),
 ('chữa 1.284 căn nhà', '1.284', 'level', 'căn nhà', dict()),
 ('cấp 186.000 thẻ', '186.000', 'level', 'thẻ', dict()),
 ('từ 3.125 hộ', '3.125', 'level', 'hộ', dict(BX, indicator='poor_households')),
 ('còn 2.010 hộ', '2.010', 'level', 'hộ', dict(BX, indicator='poor_households', direction='down')),
 ('100% trẻ em', '100%', 'level', '%', dict(BX, indicator='school_enrollment_rate')),
 ('đạt 41 triệu đồng', '41 triệu đồng', 'level', 'VND/người/năm', dict(BX, indicator='income_per_capita')),
 ('tăng 3,5 triệu đồng', '3,5 triệu đồng', 'change', 'VND/người/năm', dict(BX, indicator='income_per_capita', direction='up', base='2023')),
 ('từ 2,5 - 3%', '2,5 - 3%', 'change', '%', dict(P, **T, direction='down')),
 ('giảm trên 5%', '5%', 'change', '%', dict(P, **T, direction='down', bound='over')),
 ('thêm 3 huyện', '3', 'level', 'huyện', dict(T)),
]
