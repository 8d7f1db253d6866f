TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK LẮK
Thứ Năm, 28/11/2024 | 19°C - 27°C Buôn Ma Thuột

KINH TẾ | Nông nghiệp - Nông thôn

Sầu riêng Đắk Lắk: 11 tháng xuất khẩu đạt 467 triệu USD

Thứ Năm, 11:05, 28/11/2024

Mười một tháng năm 2024, kim ngạch xuất khẩu sầu riêng của tỉnh ước đạt 467 triệu USD, gấp 2,3 lần cùng kỳ năm 2023, đưa sầu riêng thành mặt hàng xuất khẩu lớn thứ hai của tỉnh sau cà phê.

Theo số liệu của Sở Công Thương, từ đầu năm đến ngày 25/11, các doanh nghiệp trên địa bàn đã xuất khẩu 152.300 tấn sầu riêng tươi và đông lạnh, tăng 118% so với cùng kỳ. Giá xuất khẩu bình quân đạt 3.066 USD/tấn, giảm 4,5% so với năm 2023 do nguồn cung trong khu vực tăng mạnh. Thị trường Trung Quốc chiếm 94,2% kim ngạch; phần còn lại xuất sang Thái Lan, Hàn Quốc, Mỹ và Australia.

Tổng kim ngạch xuất khẩu hàng hóa của tỉnh 11 tháng ước đạt 2,04 tỷ USD, tăng 41,7% so với cùng kỳ, bằng 113,3% kế hoạch năm. Trong đó, cà phê nhân đạt 1,32 tỷ USD, sầu riêng chiếm 22,9% tổng kim ngạch.

Diện tích và sản lượng tăng nhanh

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 36.850 ha sầu riêng, tăng 6.420 ha so với cuối năm 2023; diện tích cho thu hoạch 21.300 ha, năng suất bình quân 18,6 tấn/ha, sản lượng năm 2024 ước đạt 396.000 tấn. Các huyện có diện tích lớn là Krông Pắc, Cư M'gar và Krông Năng, lần lượt 8.950 ha, 5.120 ha và 4.270 ha.

Đến nay, tỉnh đã được cấp 246 mã số vùng trồng sầu riêng với diện tích 13.860 ha và 49 mã số cơ sở đóng gói, tăng 58 mã số vùng trồng so với đầu năm. Mã số vùng trồng được cấp theo số hiệu như VN-DLOR-0129, bà con tra cứu tại trang của Cục Bảo vệ thực vật.

Giá thu mua tại vườn

Cuối tháng 11, sầu riêng nghịch vụ ít, giá thu mua tại vườn ở huyện Krông Pắc và thị xã Buôn Hồ cao hơn đầu tháng 12.000 - 15.000 đồng/kg. Sầu riêng Ri6 loại 1 giá 95.000 - 100.000 đồng/kg, loại 2 giá 78.000 - 80.000 đồng/kg; Monthong loại 1 giá 125.000 - 130.000 đồng/kg, loại 2 giá 100.000 đồng/kg, hàng xô 70.000 - 75.000 đồng/kg.

So với chính vụ (tháng 8 - 9), giá Ri6 loại 1 hiện cao gấp 1,6 lần; còn so với cùng thời điểm năm 2023, giá sầu riêng Monthong loại 1 thấp hơn 5.000 - 10.000 đồng/kg.

Với giá bán bình quân cả năm khoảng 65.000 đồng/kg, nhiều vườn sầu riêng trên địa bàn tỉnh cho lãi 600 - 800 triệu đồng/ha, gấp 3 - 4 lần trồng cà phê.

Tại thôn 4, xã Ea Kênh (huyện Krông Pắc), gia đình ông Y Wăn Niê (58 tuổi) có 2,5 ha sầu riêng Monthong 9 năm tuổi. Ông Y Wăn cho biết năm nay vườn nhà thu được 48 tấn, bán bình quân 72.000 đồng/kg, thu về hơn 3,4 tỷ đồng, trừ chi phí lãi khoảng 2,2 tỷ đồng.

Ông Nguyễn Hoài Dương, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết, năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu sầu riêng đạt 550 triệu USD, đồng thời giữ diện tích sầu riêng không vượt quá 40.000 ha theo quy hoạch, tránh phát triển ồ ạt.

Hồng Chuyên

Tin liên quan
- Hội nghị xúc tiến tiêu thụ sầu riêng lần thứ 2 tại Buôn Ma Thuột
- Krông Pắc: 1 doanh nghiệp bị thu hồi 3 mã số vùng trồng
- Giá cà phê ngày 27/11 chạm 130.000 đồng/kg

Đường dây nóng: 0262 3852 575 – 0913 472 201
Tòa soạn: 13 Hùng Vương, TP. Buôn Ma Thuột, tỉnh Đắk Lắk | Giấy phép số 473/GP-BTTTT
'''
META = {'published': '2024-11-28', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2024-11M', 'modality': 'actual'}
K = 'VND/kg'
X = {'indicator': 'export_value'}
S = {'base': 'same_period'}
Y = {'period': '2024'}
M = {'period': '2024-M11'}
KP = {'locality': 'huyện Krông Pắc'}
FIGS = [
 ('xuất khẩu đạt 467 triệu USD', '467 triệu USD', 'level', 'USD', dict(**X)),
 ('ước đạt 467 triệu USD, gấp', '467 triệu USD', 'level', 'USD', dict(**X, modality='estimate')),
 ('gấp 2,3 lần cùng kỳ', '2,3 lần', 'change', 'lần', dict(**X, **S, modality='estimate', direction='up')),
 ('xuất khẩu 152.300 tấn', '152.300 tấn', 'level', 'tấn', dict()),
 ('tăng 118% so với cùng kỳ', '118%', 'change', '%', dict(**S, direction='up')),
 ('đạt 3.066 USD/tấn', '3.066 USD/tấn', 'level', 'USD/tấn', dict()),
 ('giảm 4,5% so với năm 2023', '4,5%', 'change', '%', dict(direction='down', base='2023')),
 ('chiếm 94,2% kim ngạch', '94,2%', 'level', '%', dict(**X)),
 ('ước đạt 2,04 tỷ USD', '2,04 tỷ USD', 'level', 'USD', dict(**X, modality='estimate')),
 ('tăng 41,7% so với cùng kỳ', '41,7%', 'change', '%', dict(**X, **S, modality='estimate', direction='up')),
 ('bằng 113,3% kế hoạch năm', '113,3%', 'attainment', '%', dict(**X, modality='estimate', base='target')),
 ('nhân đạt 1,32 tỷ USD', '1,32 tỷ USD', 'level', 'USD', dict(**X)),
 ('chiếm 22,9% tổng kim ngạch', '22,9%', 'level', '%', dict(**X)),
 ('có 36.850 ha', '36.850 ha', 'level', 'ha', dict()),
 ('tăng 6.420 ha so với cuối năm 2023', '6.420 ha', 'change', 'ha', dict(direction='up', base='2023')),
 ('hoạch 21.300 ha', '21.300 ha', 'level', 'ha', dict(**Y)),
 ('quân 18,6 tấn/ha', '18,6 tấn/ha', 'level', 'tấn/ha', dict(**Y)),
 ('đạt 396.000 tấn', '396.000 tấn', 'level', 'tấn', dict(**Y, modality='estimate')),
 ('lần lượt 8.950 ha', '8.950 ha', 'level', 'ha', dict(**KP)),
 ('ha, 5.120 ha', '5.120 ha', 'level', 'ha', dict(locality="huyện Cư M'gar")),
 ('và 4.270 ha', '4.270 ha', 'level', 'ha', dict(locality='huyện Krông Năng')),
 ('cấp 246 mã số', '246', 'level', 'mã số vùng trồng', dict(optional=True)),
 ('tích 13.860 ha', '13.860 ha', 'level', 'ha', dict()),
 ('và 49 mã số', '49', 'level', 'mã số cơ sở đóng gói', dict(optional=True)),
 ('tăng 58 mã số', '58', 'change', 'mã số vùng trồng', dict(optional=True, direction='up')),
 ('tháng 12.000 - 15.000 đồng/kg', '12.000 - 15.000 đồng/kg', 'change', K, dict(**M, direction='up', base='previous_period', locality=None)),
 ('1 giá 95.000 - 100.000 đồng/kg', '95.000 - 100.000 đồng/kg', 'level', K, dict(**M, locality=None)),
 ('giá 78.000 - 80.000 đồng/kg', '78.000 - 80.000 đồng/kg', 'level', K, dict(**M, locality=None)),
 ('giá 125.000 - 130.000 đồng/kg', '125.000 - 130.000 đồng/kg', 'level', K, dict(**M, locality=None)),
 ('2 giá 100.000 đồng/kg', '100.000 đồng/kg', 'level', K, dict(**M, locality=None)),
 ('xô 70.000 - 75.000 đồng/kg', '70.000 - 75.000 đồng/kg', 'level', K, dict(**M, locality=None)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(**M, direction='up', base='previous_period')),
 ('hơn 5.000 - 10.000 đồng/kg', '5.000 - 10.000 đồng/kg', 'change', K, dict(**M, **S, direction='down')),
 ('khoảng 65.000 đồng/kg', '65.000 đồng/kg', 'level', K, dict(**Y, bound='about')),
 ('lãi 600 - 800 triệu đồng/ha', '600 - 800 triệu đồng/ha', 'level', 'VND/ha', dict(**Y)),
 ('gấp 3 - 4 lần', '3 - 4 lần', 'level', 'lần', dict(**Y, optional=True)),
 ('đạt 550 triệu USD', '550 triệu USD', 'level', 'USD', dict(**X, period='2025', modality='target')),
 ('quá 40.000 ha', '40.000 ha', 'level', 'ha', dict(period='2025', modality='target', bound='at_most')),
]
