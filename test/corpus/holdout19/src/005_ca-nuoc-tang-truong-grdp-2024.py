TEXT = '''
VietnamPlus | Kinh tế | Vĩ mô

Năm 2024: Bắc Giang dẫn đầu cả nước về tăng trưởng GRDP

10/01/2025 06:45 GMT+7

Theo số liệu công bố của các địa phương, năm 2024 có 12 tỉnh, thành phố đạt tốc độ tăng trưởng GRDP từ 10% trở lên, trong khi GDP cả nước tăng 7,09%.

Bắc Giang tiếp tục dẫn đầu với mức tăng 13,85%, gấp gần 2 lần mức bình quân cả nước; tiếp theo là Hải Phòng tăng 10,66%, Quảng Ninh tăng 10,2%, Nam Định tăng 10,12%. Tỷ trọng khu vực công nghiệp - xây dựng trong GRDP của Bắc Giang lên 61,4%, tăng 3,2 điểm phần trăm so với năm 2023.

Về quy mô, TP Hồ Chí Minh, Hà Nội và Bình Dương là ba địa phương có GRDP lớn nhất, lần lượt đạt 1,79 triệu tỷ đồng, 1,43 triệu tỷ đồng và 514.000 tỷ đồng.

GRDP bình quân đầu người của Bà Rịa - Vũng Tàu đạt 257 triệu đồng, gấp 2,1 lần bình quân cả nước (khoảng 114 triệu đồng).

Tăng trưởng GRDP của một số địa phương vùng Đồng bằng sông Cửu Long (%):
Địa phương | Năm 2023 | Năm 2024
Cần Thơ | 6,2 | 7,3
Kiên Giang | 5,1 | 7,5
Cả nước | 5,05 | 7,09

Về thu ngân sách, Hà Nội thu 512.000 tỷ đồng, bằng 144% dự toán; TP Hồ Chí Minh thu 530.000 tỷ đồng, vượt 15,8% dự toán. Cả nước có 51/63 tỉnh, thành phố thu nội địa đạt và vượt dự toán.

Theo chuyên gia kinh tế Lê Duy Bình, năm 2025 các địa phương cần đặt mục tiêu tăng trưởng cao hơn để cả nước đạt mức tăng GDP 8% trở lên.

Hải Minh (TTXVN/Vietnam+)

Tin cùng chuyên mục:
- Quảng Ninh thu hút 3,1 tỷ USD vốn FDI
- Xuất khẩu nông sản năm 2024 lập kỷ lục 62,5 tỷ USD
'''
META = {'published': '2025-01-10', 'locality': 'cả nước'}
DEFAULTS = {'locality': 'cả nước', 'period': '2024', 'modality': 'actual'}
G = {'indicator': 'grdp_growth'}
BG = {'locality': 'tỉnh Bắc Giang'}
U = {'direction': 'up'}
FIGS = [
 ('có 12 tỉnh', '12', 'level', 'tỉnh', dict(optional=True)),
 ('tăng 7,09%', '7,09%', 'change', '%', dict(G, **U)),
 ('tăng 13,85%', '13,85%', 'change', '%', dict(G, **BG, **U)),
 ('gấp gần 2 lần', '2 lần', 'change', 'lần', dict(optional=True, direction='up', bound='nearly')),
 ('tăng 10,66%', '10,66%', 'change', '%', dict(G, **U, locality='thành phố Hải Phòng')),
 ('tăng 10,2%', '10,2%', 'change', '%', dict(G, **U, locality='tỉnh Quảng Ninh')),
 ('tăng 10,12%', '10,12%', 'change', '%', dict(G, **U, locality='tỉnh Nam Định')),
 ('lên 61,4%', '61,4%', 'level', '%', dict(BG, **U, indicator='sector_share')),
 ('tăng 3,2 điểm phần trăm', '3,2 điểm phần trăm', 'change', 'điểm %', dict(BG, **U, indicator='sector_share', base='2023')),
 ('đạt 1,79 triệu tỷ đồng', '1,79 triệu tỷ đồng', 'level', 'VND', dict(indicator='grdp', locality='thành phố Hồ Chí Minh', value=1.79e15)),
 ('đồng, 1,43 triệu tỷ đồng', '1,43 triệu tỷ đồng', 'level', 'VND', dict(indicator='grdp', locality='thành phố Hà Nội', value=1.43e15)),
 ('và 514.000 tỷ đồng', '514.000 tỷ đồng', 'level', 'VND', dict(indicator='grdp', locality='tỉnh Bình Dương')),
 ('đạt 257 triệu đồng', '257 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', locality='tỉnh Bà Rịa - Vũng Tàu')),
 ('gấp 2,1 lần', '2,1 lần', 'change', 'lần', dict(U, indicator='grdp_per_capita', locality='tỉnh Bà Rịa - Vũng Tàu')),
 ('khoảng 114 triệu đồng', '114 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', bound='about')),
 ('Cần Thơ | 6,2', '6,2', 'level', '%', dict(G, locality='thành phố Cần Thơ', period='2023')),
 ('6,2 | 7,3', '7,3', 'level', '%', dict(G, locality='thành phố Cần Thơ')),
 ('Kiên Giang | 5,1', '5,1', 'level', '%', dict(G, locality='tỉnh Kiên Giang', period='2023')),
 ('5,1 | 7,5', '7,5', 'level', '%', dict(G, locality='tỉnh Kiên Giang')),
 ('Cả nước | 5,05', '5,05', 'level', '%', dict(G, period='2023')),
 ('5,05 | 7,09', '7,09', 'level', '%', dict(G)),
 ('thu 512.000 tỷ đồng', '512.000 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', locality='thành phố Hà Nội')),
 ('bằng 144% dự toán', '144%', 'attainment', '%', dict(indicator='budget_revenue', locality='thành phố Hà Nội', base='target')),
 ('thu 530.000 tỷ đồng', '530.000 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', locality='thành phố Hồ Chí Minh')),
 ('vượt 15,8% dự toán', '15,8%', 'change', '%', dict(U, indicator='budget_revenue', locality='thành phố Hồ Chí Minh', base='target', status='exceeded')),
 ('có 51/63 tỉnh', '51/63', 'ratio', 'tỉnh', dict()),
 ('GDP 8% trở lên', '8%', 'change', '%', dict(G, **U, period='2025', modality='target', bound='at_least')),
]
