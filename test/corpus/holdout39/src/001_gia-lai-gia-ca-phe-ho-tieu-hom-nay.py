TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thứ Ba, 14/10/2025 | Đường dây nóng: 0269 3824 115
Trang chủ | Thời sự | Kinh tế | Nông nghiệp | Giá cả thị trường | Xã hội | Văn hóa

Kinh tế > Giá cả thị trường

Giá cà phê hôm nay 14/10/2025: Tăng 1.200 đồng/kg, vượt mốc 116.000 đồng

14/10/2025 - 08:45 | Lượt xem: 3.216

(GLO) - Sáng 14/10, giá cà phê nhân xô tại các tỉnh Tây Nguyên đồng loạt tăng 1.000 - 1.200 đồng/kg so với hôm qua, dao động trong khoảng 115.300 - 116.200 đồng/kg. Giá hồ tiêu đi ngang ở mức 146.000 - 148.000 đồng/kg.

Theo khảo sát của phóng viên lúc 8 giờ 30 phút, giá cà phê tại tỉnh Đắk Lắk được thương lái thu mua ở mức 116.200 đồng/kg, tăng 1.200 đồng/kg so với hôm qua; tại tỉnh Lâm Đồng, khu vực Đắk Nông (cũ) 116.100 đồng/kg và khu vực Di Linh, Bảo Lộc 115.300 đồng/kg, cùng tăng 1.000 đồng/kg.

Tại tỉnh Gia Lai, giá cà phê ở các xã Chư Prông, Ia Grai và phường Pleiku lần lượt là 115.900 đồng/kg, 115.800 đồng/kg và 115.700 đồng/kg, tăng 1.100 đồng/kg. Như vậy, sau 3 phiên tăng liên tiếp, giá cà phê trong tỉnh đã cao hơn đầu tháng 10 khoảng 4.500 đồng/kg, nhưng vẫn thấp hơn cùng kỳ năm 2024 gần 8.000 đồng/kg.

Trên thị trường thế giới, kết thúc phiên giao dịch rạng sáng 14/10 (giờ Việt Nam), giá cà phê Robusta trên sàn London kỳ hạn giao tháng 11/2025 tăng 96 USD/tấn, lên 4.618 USD/tấn; kỳ hạn tháng 1/2026 tăng 88 USD/tấn, lên 4.575 USD/tấn. Giá Arabica trên sàn New York kỳ hạn tháng 12/2025 tăng 2,1%, lên 392,4 US cent/pound.

Giá hồ tiêu hôm nay đứng yên

Giá hồ tiêu hôm nay không đổi so với hôm qua. Tại tỉnh Gia Lai, hồ tiêu được thu mua với giá 146.000 đồng/kg; tại tỉnh Đắk Lắk và khu vực Đắk Nông (cũ) cùng ở mức 148.000 đồng/kg; tại Thành phố Hồ Chí Minh (khu vực Bà Rịa - Vũng Tàu cũ) 147.000 đồng/kg. So với cùng kỳ năm trước, giá hồ tiêu hiện thấp hơn khoảng 5.000 - 7.000 đồng/kg.

Theo Hiệp hội Hồ tiêu và Cây gia vị Việt Nam (VPSA), 9 tháng năm 2025, cả nước xuất khẩu 183.600 tấn hồ tiêu các loại, kim ngạch đạt 1,27 tỷ USD, giảm 4,2% về lượng nhưng tăng 29,3% về kim ngạch so với cùng kỳ; giá xuất khẩu bình quân tiêu đen đạt 6.560 USD/tấn, tiêu trắng 8.740 USD/tấn.

Vụ cà phê 2025 - 2026 bắt đầu

Theo Sở Nông nghiệp và Môi trường tỉnh Gia Lai, niên vụ 2025 - 2026 toàn tỉnh có 135.400 ha cà phê, trong đó 121.800 ha cho thu hoạch; năng suất bình quân dự kiến 31,5 tạ/ha, sản lượng ước đạt 383.700 tấn nhân, tăng 3,6% so với niên vụ trước. Đến ngày 10/10, nông dân các xã phía tây đã thu hái khoảng 4% diện tích, chủ yếu giống TR4, TR9 và TRS1 chín sớm.

Anh Rơ Châm Thuân (làng Ia Mơ, xã Ia Grai) cho biết gia đình có 1,6 ha cà phê giống TR9, năm nay dự kiến thu khoảng 6 tấn nhân, với giá hiện tại lãi hơn 400 triệu đồng. "Giá như thế này thì bà con yên tâm đầu tư chăm sóc", anh nói.

Theo các doanh nghiệp thu mua, giá cà phê trong nước tuần này có thể tiếp tục tăng nhẹ 500 - 1.000 đồng/kg do nguồn cung đầu vụ còn ít.

* Bảng giá tham khảo (đồng/kg, 8 giờ 30 phút ngày 14/10/2025):
Cà phê nhân xô Đắk Lắk: 116.200 (+1.200)
Cà phê nhân xô Gia Lai: 115.800 (+1.100)
Hồ tiêu Gia Lai: 146.000 (0)

Giá cả mang tính tham khảo, có thể thay đổi theo từng thời điểm và từng đại lý.

HOÀNG NGỌC

Xem thêm:
- Giá cà phê hôm nay 13/10/2025: Giảm 500 đồng/kg
- Gia Lai: 3 doanh nghiệp xuất khẩu cà phê vào top 10 cả nước
- Sầu riêng Ri6 giảm còn 45.000 đồng/kg tại vườn

Tổng Biên tập: Nguyễn Văn A | Giấy phép số 145/GP-BTTTT | Địa chỉ: 09 Hai Bà Trưng, phường Pleiku, tỉnh Gia Lai
'''
META = {'published': '2025-10-14', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2025-M10', 'modality': 'actual'}
K = 'VND/kg'
P = {'base': 'previous_period'}
DL = {'locality': 'tỉnh Đắk Lắk'}
LD = {'locality': 'tỉnh Lâm Đồng'}
FIGS = [
 # headline
 ('Tăng 1.200 đồng/kg, vượt', '1.200 đồng/kg', 'change', K, dict(direction='up', locality=None)),
 ('mốc 116.000 đồng', '116.000 đồng', 'level', K, dict(optional=True)),
 # lead
 ('tăng 1.000 - 1.200 đồng/kg so với hôm qua', '1.000 - 1.200 đồng/kg', 'change', K, dict(**P, direction='up', locality=None)),
 ('khoảng 115.300 - 116.200 đồng/kg', '115.300 - 116.200 đồng/kg', 'level', K, dict(locality=None)),
 ('mức 146.000 - 148.000 đồng/kg', '146.000 - 148.000 đồng/kg', 'level', K, dict(locality=None)),
 # places
 ('mức 116.200 đồng/kg, tăng', '116.200 đồng/kg', 'level', K, dict(**DL)),
 ('tăng 1.200 đồng/kg so với hôm qua; tại', '1.200 đồng/kg', 'change', K, dict(**DL, **P, direction='up')),
 ('(cũ) 116.100 đồng/kg', '116.100 đồng/kg', 'level', K, dict(locality='tỉnh Đắk Nông')),
 ('Bảo Lộc 115.300 đồng/kg', '115.300 đồng/kg', 'level', K, dict(**LD)),
 ('cùng tăng 1.000 đồng/kg', '1.000 đồng/kg', 'change', K, dict(**LD, direction='up')),
 ('lần lượt là 115.900 đồng/kg', '115.900 đồng/kg', 'level', K, dict(locality='xã Chư Prông')),
 ('kg, 115.800 đồng/kg và', '115.800 đồng/kg', 'level', K, dict(locality='xã Ia Grai')),
 ('và 115.700 đồng/kg', '115.700 đồng/kg', 'level', K, dict(locality='phường Pleiku')),
 ('tăng 1.100 đồng/kg. Như', '1.100 đồng/kg', 'change', K, dict(direction='up')),
 ('khoảng 4.500 đồng/kg', '4.500 đồng/kg', 'change', K, dict(**P, direction='up', bound='about')),
 ('gần 8.000 đồng/kg', '8.000 đồng/kg', 'change', K, dict(direction='down', base='same_period', bound='nearly')),
 # world exchange: optional
 ('tăng 96 USD/tấn', '96 USD/tấn', 'change', 'USD/tấn', dict(optional=True, direction='up')),
 ('lên 4.618 USD/tấn', '4.618 USD/tấn', 'level', 'USD/tấn', dict(optional=True)),
 ('tăng 88 USD/tấn', '88 USD/tấn', 'change', 'USD/tấn', dict(optional=True, direction='up')),
 ('lên 4.575 USD/tấn', '4.575 USD/tấn', 'level', 'USD/tấn', dict(optional=True)),
 ('tăng 2,1%, lên', '2,1%', 'change', '%', dict(optional=True, direction='up')),
 ('lên 392,4 US cent/pound', '392,4 US cent/pound', 'level', 'cent/pound', dict(optional=True)),
 # pepper
 ('với giá 146.000 đồng/kg', '146.000 đồng/kg', 'level', K, dict()),
 ('cùng ở mức 148.000 đồng/kg', '148.000 đồng/kg', 'level', K, dict(locality=None)),
 ('cũ) 147.000 đồng/kg', '147.000 đồng/kg', 'level', K, dict(locality='tỉnh Bà Rịa - Vũng Tàu')),
 ('khoảng 5.000 - 7.000 đồng/kg', '5.000 - 7.000 đồng/kg', 'change', K, dict(direction='down', base='same_period', bound='about', locality=None)),
 # VPSA national
 ('xuất khẩu 183.600 tấn', '183.600 tấn', 'level', 'tấn', dict(locality='cả nước', period='2025-9M')),
 ('đạt 1,27 tỷ USD', '1,27 tỷ USD', 'level', 'USD', dict(locality='cả nước', period='2025-9M', indicator='export_value')),
 ('giảm 4,2% về lượng', '4,2%', 'change', '%', dict(locality='cả nước', period='2025-9M', direction='down', base='same_period')),
 ('tăng 29,3% về kim ngạch', '29,3%', 'change', '%', dict(locality='cả nước', period='2025-9M', direction='up', base='same_period', indicator='export_value')),
 ('đạt 6.560 USD/tấn', '6.560 USD/tấn', 'level', 'USD/tấn', dict(locality='cả nước', period='2025-9M')),
 ('trắng 8.740 USD/tấn', '8.740 USD/tấn', 'level', 'USD/tấn', dict(locality='cả nước', period='2025-9M')),
 # crop year
 ('có 135.400 ha', '135.400 ha', 'level', 'ha', dict(period='2025/2026')),
 ('trong đó 121.800 ha', '121.800 ha', 'level', 'ha', dict(period='2025/2026')),
 ('kiến 31,5 tạ/ha', '31,5 tạ/ha', 'level', 'tạ/ha', dict(period='2025/2026', modality='estimate')),
 ('đạt 383.700 tấn', '383.700 tấn', 'level', 'tấn', dict(period='2025/2026', modality='estimate')),
 ('tăng 3,6% so với niên vụ trước', '3,6%', 'change', '%', dict(period='2025/2026', modality='estimate', direction='up', base='previous_period')),
 ('khoảng 4% diện tích', '4%', 'level', '%', dict(bound='about')),
 # forecast: optional (README holdout21)
 ('nhẹ 500 - 1.000 đồng/kg', '500 - 1.000 đồng/kg', 'change', K, dict(optional=True, direction='up')),
 # price table
 ('Lắk: 116.200 (+1.200)', '116.200', 'level', K, dict(**DL)),
 ('(+1.200)', '1.200', 'change', K, dict(**DL, direction='up')),
 ('Gia Lai: 115.800 (+1.100)', '115.800', 'level', K, dict()),
 ('(+1.100)', '1.100', 'change', K, dict(direction='up')),
 ('Lai: 146.000 (0)', '146.000', 'level', K, dict()),
]
