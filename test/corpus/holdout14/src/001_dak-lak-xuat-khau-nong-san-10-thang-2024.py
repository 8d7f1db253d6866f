TEXT = '''
Kinh tế

Đắk Lắk: Xuất khẩu 10 tháng đạt hơn 1,5 tỷ USD, cà phê chiếm gần 70%

Thứ Ba, 05/11/2024, 08:12 [GMT+7]

(Baodaklak.vn) - Theo Sở Công Thương, 10 tháng năm 2024, kim ngạch xuất khẩu trên địa bàn tỉnh ước đạt 1.532 triệu USD, tăng 28,4% so với cùng kỳ năm 2023, bằng 96,3% kế hoạch năm; kim ngạch nhập khẩu ước đạt 208 triệu USD, giảm 6,7%.

Cà phê tiếp tục là mặt hàng chủ lực với 186.500 tấn, kim ngạch 1.048 triệu USD; so với cùng kỳ, lượng xuất khẩu giảm 11,2% nhưng giá trị tăng 52,6% nhờ giá tăng cao. Hiện giá cà phê nhân xô tại các địa phương dao động 118.000 - 121.000 đồng/kg, gấp gần 2 lần cùng kỳ.

Đối với hồ tiêu, 10 tháng xuất khẩu 21.300 tấn, đạt 118 triệu USD, tăng 41,5%. Sầu riêng là điểm sáng mới khi kim ngạch đạt 241 triệu USD, gấp 3,2 lần cùng kỳ năm 2023. Các thị trường nhập khẩu lớn nhất của tỉnh là Đức, Nhật Bản và Trung Quốc, với kim ngạch lần lượt 238 triệu USD, 174 triệu USD và 162 triệu USD.

Theo Sở Nông nghiệp và Phát triển nông thôn, đến nay toàn tỉnh có:
- 36.400 ha sầu riêng, trong đó 22.100 ha đã cho thu hoạch;
- 128 mã số vùng trồng và 42 cơ sở đóng gói được cấp mã xuất khẩu chính ngạch sang Trung Quốc;
- Sản lượng sầu riêng năm 2024 ước đạt 350.000 - 380.000 tấn.

Riêng huyện Krông Pắc có khoảng 6.800 ha sầu riêng, nhiều nhất tỉnh; giá thu mua tại vườn đầu vụ từ 65.000 - 80.000 đồng/kg.

"Năm 2025, ngành phấn đấu kim ngạch xuất khẩu đạt 2 tỷ USD, trong đó cà phê chiếm khoảng 65 - 70%", ông Lê Văn Thắng, Phó Giám đốc Sở Công Thương cho biết.

Hoàng Yến

Tin cùng chuyên mục:
- Khai mạc Hội chợ nông sản Tây Nguyên lần thứ 3
- Buôn Ma Thuột: Ra mắt 2 sản phẩm OCOP từ cà phê
'''
META = {'published': '2024-11-05', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2024-10M', 'modality': 'actual'}
E = {'modality': 'estimate'}
X = {'indicator': 'export_value'}
SP = {'base': 'same_period', 'direction': 'up'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('đạt hơn 1,5 tỷ USD', '1,5 tỷ USD', 'level', 'USD', dict(X, bound='over')),
 ('chiếm gần 70%', '70%', 'level', '%', dict(bound='nearly')),
 ('ước đạt 1.532 triệu USD', '1.532 triệu USD', 'level', 'USD', dict(X, **E)),
 ('tăng 28,4%', '28,4%', 'change', '%', dict(X, **SP, **E)),
 ('bằng 96,3% kế hoạch', '96,3%', 'attainment', '%', dict(X, base='target', **E)),
 ('ước đạt 208 triệu USD', '208 triệu USD', 'level', 'USD', dict(indicator='import_value', **E)),
 ('giảm 6,7%', '6,7%', 'change', '%', dict(indicator='import_value', direction='down', **E)),
 ('với 186.500 tấn', '186.500 tấn', 'level', 'tấn', dict()),
 ('ngạch 1.048 triệu USD', '1.048 triệu USD', 'level', 'USD', dict(X)),
 ('giảm 11,2%', '11,2%', 'change', '%', dict(direction='down', base='same_period')),
 ('tăng 52,6%', '52,6%', 'change', '%', dict(X, **SP)),
 ('dao động 118.000 - 121.000 đồng/kg', '118.000 - 121.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('gấp gần 2 lần', '2 lần', 'change', 'lần', dict(SP, bound='nearly')),
 ('khẩu 21.300 tấn', '21.300 tấn', 'level', 'tấn', dict()),
 ('đạt 118 triệu USD', '118 triệu USD', 'level', 'USD', dict(X)),
 ('tăng 41,5%', '41,5%', 'change', '%', dict(X, direction='up')),
 ('đạt 241 triệu USD', '241 triệu USD', 'level', 'USD', dict(X)),
 ('gấp 3,2 lần', '3,2 lần', 'change', 'lần', dict(X, **SP)),
 ('lần lượt 238 triệu USD', '238 triệu USD', 'level', 'USD', dict(X)),
 ('USD, 174 triệu USD', '174 triệu USD', 'level', 'USD', dict(X)),
 ('và 162 triệu USD', '162 triệu USD', 'level', 'USD', dict(X)),
 ('- 36.400 ha', '36.400 ha', 'level', 'ha', dict()),
 ('22.100 ha đã', '22.100 ha', 'level', 'ha', dict()),
 ('- 128 mã số', '128', 'level', 'mã số', dict(optional=True)),
 ('và 42 cơ sở', '42', 'level', 'cơ sở', dict(optional=True)),
 ('ước đạt 350.000 - 380.000 tấn', '350.000 - 380.000 tấn', 'level', 'tấn', dict(period='2024', **E)),
 ('khoảng 6.800 ha', '6.800 ha', 'level', 'ha', dict(locality='huyện Krông Pắc', bound='about')),
 ('từ 65.000 - 80.000 đồng/kg', '65.000 - 80.000 đồng/kg', 'level', 'VND/kg', dict(locality='huyện Krông Pắc')),
 ('đạt 2 tỷ USD', '2 tỷ USD', 'level', 'USD', dict(X, **T)),
 ('khoảng 65 - 70%', '65 - 70%', 'level', '%', dict(T, bound='about')),
 ('Ra mắt 2 sản phẩm', '2', 'level', 'sản phẩm', dict(optional=True)),
]
