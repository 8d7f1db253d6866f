# Báo Hà Nam (before the July 2025 merger into Ninh Bình), 27/12/2022, with old tone marks (hoá, Uỷ, thuỷ, khoẻ): the
# culture, sport and information sector's review of 2022 — cultural families and villages, cultural houses, the library,
# relics and the sector's broadcasting and press. Cultural-family and cultural-village rates and their ratios are levels
# with no id (holdout55); a sight's visitors (Tam Chúc) are the province's tourist_arrivals (holdout53); counts of relics,
# books, readers, programmes, hours and articles are levels in the noun as written (the first noun of a comma pair:
# "làng, tổ dân phố" → `làng`, "tin, bài" → `tin`, as "xã, phường" → `xã` elsewhere). "hiện có" stocks take the report's
# year. The 2023 aims on the colon line are targets. "lần thứ 3" and the festival's dates are no figures.
TEXT = '''
BÁO HÀ NAM ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Văn hoá - Xã hội | Thể thao | Pháp luật | Bạn đọc

Văn hoá

91,5% hộ gia đình đạt danh hiệu "Gia đình văn hoá"

Thứ Ba, 27/12/2022 | 10:05

BHNO - Ngày 26/12, Sở Văn hoá, Thể thao và Du lịch tổ chức hội nghị tổng kết công tác năm 2022. Năm qua, phong trào "Toàn dân đoàn kết xây dựng đời sống văn hoá" tiếp tục đi vào chiều sâu; toàn tỉnh có 245.316/268.120 hộ gia đình đạt danh hiệu "Gia đình văn hoá", chiếm 91,5%.

Phong trào xây dựng đời sống văn hoá lan toả

Theo báo cáo, năm 2022, toàn tỉnh có 1.012/1.118 làng, tổ dân phố đạt danh hiệu "Làng văn hoá", "Tổ dân phố văn hoá", đạt 90,5%, vượt 0,5 điểm phần trăm so với kế hoạch; 98,6% cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hoá. Có 68.420 hộ được công nhận "Gia đình văn hoá" tiêu biểu 3 năm liền.

Các huyện Lý Nhân, Bình Lục, Thanh Liêm có tỷ lệ hộ gia đình văn hoá cao nhất tỉnh, lần lượt là 93,2%, 92,8% và 92,1%. Thị xã Duy Tiên đạt 89,7%, tăng 1,4 điểm phần trăm so với năm 2021.

Hệ thống thiết chế văn hoá cơ sở tiếp tục được đầu tư. Đến nay, 100% xã, phường, thị trấn có nhà văn hoá; 1.094/1.118 thôn, tổ dân phố có nhà văn hoá (97,9%).

Thư viện, di sản thu hút đông đảo người dân

Năm 2022, Thư viện tỉnh phục vụ 186.400 lượt bạn đọc, tăng 32,6% so với năm 2021; bổ sung 6.820 bản sách mới, luân chuyển 24.500 bản sách về 58 điểm thư viện cơ sở. Toàn tỉnh hiện có 1.784 di tích, trong đó 81 di tích cấp quốc gia, 205 di tích cấp tỉnh. Trong năm, tu bổ, tôn tạo 17 di tích với tổng kinh phí 46,3 tỷ đồng. Khu du lịch Tam Chúc đón 1,12 triệu lượt khách, gấp 2,6 lần năm 2021.

Lễ hội Tịch điền Đọi Sơn thu hút đông đảo du khách. Ảnh: Đăng Khoa

Về thông tin, báo chí, Đài Phát thanh và Truyền hình tỉnh sản xuất 4.860 chương trình, phát sóng 7.300 giờ truyền hình, phủ sóng 100% địa bàn tỉnh. Báo Hà Nam xuất bản 312 số báo in, đăng tải 9.650 tin, bài, tăng 8,2%. Có 104/109 xã, phường, thị trấn có đài truyền thanh ứng dụng công nghệ thông tin - viễn thông, đạt 95,4%.

Phát biểu tại hội nghị, đồng chí Phó Chủ tịch Uỷ ban nhân dân tỉnh đề nghị ngành tiếp tục nâng cao chất lượng phong trào, gắn với phát triển du lịch, chăm lo sức khoẻ, đời sống tinh thần cho nhân dân.

Năm 2023, ngành phấn đấu: tỷ lệ hộ gia đình văn hoá đạt 92% trở lên; làng, tổ dân phố văn hoá đạt 91%; 100% thôn, tổ dân phố có nhà văn hoá; đón 1,3 triệu lượt khách tại Khu du lịch Tam Chúc.

Đăng Khoa

Tin liên quan
- Khai mạc Hội báo Xuân Quý Mão 2023
- Duy Tiên: Liên hoan văn nghệ quần chúng lần thứ 3
- Đường dây nóng: 0226.3852.669
'''
META = {'published': '2022-12-27', 'locality': 'tỉnh Hà Nam'}
DEFAULTS = {'locality': 'tỉnh Hà Nam', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
TB = {'base': 'target'}
B21 = {'base': '2021'}
TA = {'indicator': 'tourist_arrivals'}
T = {'modality': 'target', 'period': '2023'}
FIGS = [
 ('91,5% hộ gia đình đạt', '91,5%', 'level', '%', d()),
 ('có 245.316/268.120 hộ', '245.316/268.120', 'ratio', 'hộ gia đình', d()),
 ('chiếm 91,5%', '91,5%', 'level', '%', d()),
 ('có 1.012/1.118 làng', '1.012/1.118', 'ratio', 'làng', d()),
 ('đạt 90,5%', '90,5%', 'level', '%', d()),
 ('vượt 0,5 điểm phần trăm', '0,5 điểm phần trăm', 'change', 'điểm %', d(U, TB, status='exceeded')),
 ('; 98,6% cơ quan', '98,6%', 'level', '%', d()),
 ('Có 68.420 hộ', '68.420', 'level', 'hộ', d()),
 ('là 93,2%', '93,2%', 'level', '%', d(locality='huyện Lý Nhân')),
 ('92,8% và', '92,8%', 'level', '%', d(locality='huyện Bình Lục')),
 ('và 92,1%', '92,1%', 'level', '%', d(locality='huyện Thanh Liêm')),
 ('đạt 89,7%', '89,7%', 'level', '%', d(locality='thị xã Duy Tiên')),
 ('tăng 1,4 điểm phần trăm', '1,4 điểm phần trăm', 'change', 'điểm %', d(U, B21, locality='thị xã Duy Tiên')),
 ('nay, 100% xã', '100%', 'level', '%', d()),
 ('; 1.094/1.118 thôn', '1.094/1.118', 'ratio', 'thôn', d()),
 ('(97,9%)', '97,9%', 'level', '%', d()),
 ('vụ 186.400 lượt', '186.400', 'level', 'lượt bạn đọc', d()),
 ('tăng 32,6%', '32,6%', 'change', '%', d(U, B21)),
 ('sung 6.820 bản', '6.820', 'level', 'bản sách', d()),
 ('chuyển 24.500 bản', '24.500', 'level', 'bản sách', d()),
 ('về 58 điểm', '58', 'level', 'điểm thư viện', d()),
 ('có 1.784 di tích', '1.784', 'level', 'di tích', d()),
 ('đó 81 di tích', '81', 'level', 'di tích', d()),
 ('205 di tích', '205', 'level', 'di tích', d()),
 ('tạo 17 di tích', '17', 'level', 'di tích', d()),
 ('phí 46,3 tỷ đồng', '46,3 tỷ đồng', 'level', 'VND', d()),
 ('đón 1,12 triệu lượt', '1,12 triệu', 'level', 'lượt khách', d(TA)),
 ('gấp 2,6 lần', '2,6 lần', 'change', 'lần', d(TA, U, B21)),
 ('xuất 4.860 chương trình', '4.860', 'level', 'chương trình', d()),
 ('sóng 7.300 giờ', '7.300', 'level', 'giờ', d()),
 ('sóng 100% địa bàn', '100%', 'level', '%', d()),
 ('bản 312 số', '312', 'level', 'số báo', d()),
 ('tải 9.650 tin', '9.650', 'level', 'tin', d()),
 ('tăng 8,2%', '8,2%', 'change', '%', d(U)),
 ('Có 104/109 xã', '104/109', 'ratio', 'xã', d()),
 ('đạt 95,4%', '95,4%', 'level', '%', d()),
 ('đạt 92% trở lên', '92%', 'level', '%', d(T, bound='at_least')),
 ('đạt 91%', '91%', 'level', '%', d(T)),
 ('; 100% thôn', '100%', 'level', '%', d(T)),
 ('đón 1,3 triệu lượt', '1,3 triệu', 'level', 'lượt khách', d(T, TA)),
]
