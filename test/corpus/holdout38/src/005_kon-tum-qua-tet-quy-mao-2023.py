# Tỉnh Kon Tum (before the 2025 merger), short news on Tết gifts for Tết Quý Mão 2023, published 17/1/2023
# (26 tháng Chạp), with old-style tone marks (hoá, hoà, thuỷ, khoẻ) as the site serves them. Gifts for a Tết are
# dated by the lead's cut-off "Đến ngày 16/1/2023" (a flow summed to a date in January: '2023-M01'); the poverty stock "cuối năm 2022" is 2022. One gift's value and contents,
# the elder's story, "Chương trình 135" and the decree are no figures.
TEXT = '''
BÁO KON TUM ĐIỆN TỬ
Thời sự - Chính trị | Kinh tế | Xã hội | Dân tộc - Miền núi | Văn hoá

17/01/2023 | 10:12

Hơn 38.600 suất quà Tết đến với hộ nghèo, gia đình chính sách

Đến ngày 16/1/2023 (25 tháng Chạp), các cấp, các ngành, đơn vị và nhà hảo tâm trong tỉnh đã trao 38.650 suất quà Tết Quý Mão cho hộ nghèo, gia đình chính sách, người có hoàn cảnh khó khăn với tổng kinh phí 21,6 tỷ đồng, tăng 2,4 tỷ đồng so với Tết Nhâm Dần 2022.

Trong đó, ngân sách tỉnh hỗ trợ 9,8 tỷ đồng; vận động xã hội hoá 11,8 tỷ đồng. Mỗi suất quà trị giá từ 300.000 đồng đến 500.000 đồng, gồm tiền mặt, gạo và nhu yếu phẩm. Thành phố Kon Tum trao 4.800 suất; huyện Kon Plông 2.150 suất, huyện Tu Mơ Rông 2.960 suất, phần lớn cho đồng bào dân tộc thiểu số ở vùng đặc biệt khó khăn thuộc Chương trình 135.

Trung ương hỗ trợ 245 tấn gạo cứu đói dịp Tết và giáp hạt cho 4.080 hộ với 16.330 khẩu. Đến cuối năm 2022, toàn tỉnh còn 14.936 hộ nghèo, chiếm 13,73% tổng số hộ, giảm 3,21% so với cuối năm 2021.

Lãnh đạo tỉnh thăm, tặng quà gia đình chính sách tại xã Đăk Rơ Wa. Ảnh: Thuỷ Tiên

Cụ A Blưn, 86 tuổi, ở làng Kon Hra Chót, phường Thống Nhất, nhận suất quà gồm 10 kg gạo và 500.000 đồng, xúc động nói: "Năm nay già khoẻ, có quà của Đảng, Nhà nước, Tết vui hơn".

Theo Sở Lao động - Thương binh và Xã hội, tỉnh bảo đảm 100% người có công, hộ nghèo đều được thăm hỏi, tặng quà trước ngày 20/1/2023 (29 tháng Chạp) theo Nghị định 20/2021/NĐ-CP và chỉ đạo của Ủy ban nhân dân tỉnh. Mọi phản ánh xin gọi số 0260.3862.128.

THUỶ TIÊN

Các tin khác:
- Đăk Hà: 1.200 suất quà cho công nhân, người lao động
- Kon Tum giải ngân 96% vốn đầu tư công năm 2022
'''
META = {'published': '2023-01-17', 'locality': 'tỉnh Kon Tum'}
DEFAULTS = {'locality': 'tỉnh Kon Tum', 'period': '2023-M01', 'modality': 'actual'}
Y22 = {'period': '2022'}
FIGS = [
 ('Hơn 38.600 suất quà', '38.600', 'level', 'suất quà', dict(bound='over')),
 ('trao 38.650 suất', '38.650', 'level', 'suất quà', dict()),
 ('phí 21,6 tỷ đồng', '21,6 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 2,4 tỷ đồng', '2,4 tỷ đồng', 'change', 'VND', dict(direction='up', base='same_period')),
 ('trợ 9,8 tỷ đồng', '9,8 tỷ đồng', 'level', 'VND', dict()),
 ('hoá 11,8 tỷ đồng', '11,8 tỷ đồng', 'level', 'VND', dict()),
 ('trao 4.800 suất', '4.800', 'level', 'suất', dict(locality='thành phố Kon Tum')),
 ('Plông 2.150 suất', '2.150', 'level', 'suất', dict(locality='huyện Kon Plông')),
 ('Rông 2.960 suất', '2.960', 'level', 'suất', dict(locality='huyện Tu Mơ Rông')),
 ('trợ 245 tấn', '245 tấn', 'level', 'tấn', dict()),
 ('cho 4.080 hộ', '4.080', 'level', 'hộ', dict()),
 ('với 16.330 khẩu', '16.330', 'level', 'khẩu', dict()),
 ('còn 14.936 hộ', '14.936', 'level', 'hộ', dict(Y22, indicator='poor_households')),
 ('chiếm 13,73%', '13,73%', 'level', '%', dict(Y22, indicator='poverty_rate')),
 ('giảm 3,21%', '3,21%', 'change', '%', dict(Y22, indicator='poverty_rate', direction='down', base='2021')),
 ('bảo đảm 100% người', '100%', 'level', '%', dict(optional=True)),
]
