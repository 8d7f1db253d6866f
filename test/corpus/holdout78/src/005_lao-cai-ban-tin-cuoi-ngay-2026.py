TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI
Thứ Ba, ngày 14/4/2026 | Đăng lúc 20:15
Thời sự | Chính trị | Kinh tế | Xã hội | Du lịch | Bản tin cuối ngày

Bản tin cuối ngày 14/4: Sa Pa đón hơn 1,2 triệu lượt khách trong quý I

LCĐT - Bản tin cuối ngày gồm các tin: phường Sa Pa đón hơn 1,2 triệu lượt khách trong quý I; xuất nhập khẩu qua cửa khẩu quốc tế Lào Cai tăng mạnh; xã Bảo Thắng thu ngân sách đạt 38,5% dự toán; tỉnh giải ngân vốn đầu tư công quý I đạt 14,2% kế hoạch; xã Văn Chấn mở rộng diện tích chè chất lượng cao.

Sa Pa: Hơn 1,2 triệu lượt khách trong quý I
Quý I/2026, phường Sa Pa đón 1,236 triệu lượt khách, tăng 16,4% so với cùng kỳ năm 2025, trong đó khách quốc tế 286.000 lượt, chiếm 23,1%. Tổng doanh thu du lịch ước đạt 4.120 tỷ đồng. Công suất sử dụng phòng bình quân đạt 68%, riêng tháng 3 đạt 74%. Toàn tỉnh quý I đón 3,15 triệu lượt khách, bằng 29,2% kế hoạch năm.

Cửa khẩu Lào Cai: Kim ngạch quý I đạt 1,38 tỷ USD
Theo Ban Quản lý Khu kinh tế tỉnh, quý I/2026, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh đạt 1,38 tỷ USD, tăng 24,6% so với cùng kỳ; trong đó xuất khẩu 712 triệu USD, nhập khẩu 668 triệu USD. Bình quân mỗi ngày có khoảng 820 lượt phương tiện xuất nhập cảnh qua cửa khẩu quốc tế đường bộ số II Kim Thành.

Xã Bảo Thắng thu ngân sách đạt 38,5% dự toán
Ba tháng đầu năm, xã Bảo Thắng thu ngân sách trên địa bàn 27,3 tỷ đồng, đạt 38,5% dự toán năm, gấp 1,6 lần cùng kỳ (tính gộp các xã cũ). Xã hiện có 212 doanh nghiệp, hợp tác xã đang hoạt động; quý I thành lập mới 9 doanh nghiệp. Năm 2026, xã phấn đấu thu ngân sách 72 tỷ đồng trở lên.

Giải ngân vốn đầu tư công quý I đạt 14,2%
Đến ngày 31/3/2026, tỉnh Lào Cai giải ngân 1.864 tỷ đồng vốn đầu tư công, đạt 14,2% kế hoạch Thủ tướng Chính phủ giao, cao hơn bình quân chung cả nước (9,8%). Trong đó khu vực Yên Bái cũ giải ngân 712 tỷ đồng. Tỉnh đặt mục tiêu đến ngày 30/6 giải ngân đạt trên 50% và cả năm đạt 100% kế hoạch.

Văn Chấn: Mở rộng 350 ha chè chất lượng cao
Năm 2026, xã Văn Chấn có kế hoạch trồng mới 350 ha chè Shan tuyết và chè chất lượng cao, nâng tổng diện tích chè toàn xã lên 2.480 ha. Năng suất chè búp tươi bình quân đạt 11,5 tấn/ha; giá chè búp tươi loại 1 hiện từ 12.000 - 15.000 đồng/kg. Thu nhập bình quân đầu người của xã năm 2025 đạt 42,6 triệu đồng, tăng 3,8 triệu đồng so với năm 2024.

Du khách tham quan Cổng Trời Ô Quy Hồ, phường Sa Pa. Ảnh: Thuỷ Hoà

Nhóm phóng viên thời sự

Tin mới
- Lào Cai: Quý I có 186 doanh nghiệp thành lập mới (10/4/2026)
- Phường Yên Bái ra mắt 5 tổ công nghệ số cộng đồng (09/4/2026)
- Xã Mường Khương đón nhận 3 sản phẩm OCOP 4 sao (08/4/2026)

Báo và Phát thanh, Truyền hình Lào Cai. Giấy phép số 58/GP-BVHTTDL. Toà soạn: đường Hoàng Liên, phường Lào Cai, tỉnh Lào Cai. Đường dây nóng: 0214.3840.999. Lượt xem: 3.062
'''
META = {'published': '2026-04-14', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
SA = {'locality': 'phường Sa Pa'}
BT = {'locality': 'xã Bảo Thắng'}
VC = {'locality': 'xã Văn Chấn'}
TA = {'indicator': 'tourist_arrivals'}
BR = {'indicator': 'budget_revenue'}
PI = {'indicator': 'public_investment_disbursement'}
Y = {'period': '2026'}
FIGS = [
 ('đón hơn 1,2 triệu lượt khách trong quý I\n', '1,2 triệu', 'level', 'lượt khách', d(SA, TA, bound='over')),
 ('đón hơn 1,2 triệu lượt khách trong quý I;', '1,2 triệu', 'level', 'lượt khách', d(SA, TA, bound='over')),
 ('đạt 38,5% dự toán;', '38,5%', 'attainment', '%', d(BT, BR, P, Y)),
 ('quý I đạt 14,2% kế hoạch;', '14,2%', 'attainment', '%', d(PI, P)),
 ('Hơn 1,2 triệu lượt khách', '1,2 triệu', 'level', 'lượt khách', d(SA, TA, bound='over')),
 ('đón 1,236 triệu lượt khách', '1,236 triệu', 'level', 'lượt khách', d(SA, TA)),
 ('tăng 16,4%', '16,4%', 'change', '%', d(SA, TA, U, SP)),
 ('tế 286.000 lượt', '286.000', 'level', 'lượt', d(SA, indicator='international_tourist_arrivals')),
 ('chiếm 23,1%', '23,1%', 'level', '%', d(SA)),
 ('ước đạt 4.120 tỷ đồng', '4.120 tỷ đồng', 'level', 'VND', d(SA, E, indicator='tourism_revenue')),
 ('đạt 68%', '68%', 'level', '%', d(SA)),
 ('tháng 3 đạt 74%', '74%', 'level', '%', d(SA, period='2026-M03')),
 ('đón 3,15 triệu lượt khách', '3,15 triệu', 'level', 'lượt khách', d(TA)),
 ('bằng 29,2% kế hoạch', '29,2%', 'attainment', '%', d(TA, P)),
 ('quý I đạt 1,38 tỷ USD', '1,38 tỷ USD', 'level', 'USD', d()),
 ('tỉnh đạt 1,38 tỷ USD', '1,38 tỷ USD', 'level', 'USD', d()),
 ('tăng 24,6%', '24,6%', 'change', '%', d(U, SP)),
 ('khẩu 712 triệu USD', '712 triệu USD', 'level', 'USD', d(indicator='export_value')),
 ('khẩu 668 triệu USD', '668 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('khoảng 820 lượt', '820', 'level', 'lượt phương tiện', d(bound='about', optional=True)),
 ('đạt 38,5% dự toán\n', '38,5%', 'attainment', '%', d(BT, BR, P)),
 ('bàn 27,3 tỷ đồng', '27,3 tỷ đồng', 'level', 'VND', d(BT, BR)),
 ('đạt 38,5% dự toán năm', '38,5%', 'attainment', '%', d(BT, BR, P)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(BT, BR, U, SP)),
 ('có 212 doanh nghiệp', '212', 'level', 'doanh nghiệp', d(BT)),
 ('mới 9 doanh nghiệp', '9', 'level', 'doanh nghiệp', d(BT, indicator='new_enterprises')),
 ('sách 72 tỷ đồng', '72 tỷ đồng', 'level', 'VND', d(BT, BR, Y, K, bound='at_least')),
 ('quý I đạt 14,2%\n', '14,2%', 'attainment', '%', d(PI, P)),
 ('ngân 1.864 tỷ đồng', '1.864 tỷ đồng', 'level', 'VND', d(PI)),
 ('đạt 14,2% kế hoạch Thủ', '14,2%', 'attainment', '%', d(PI, P)),
 ('(9,8%)', '9,8%', 'attainment', '%', d(PI, P, locality='cả nước')),
 ('ngân 712 tỷ đồng', '712 tỷ đồng', 'level', 'VND', d(PI, locality='tỉnh Yên Bái')),
 ('trên 50%', '50%', 'attainment', '%', d(PI, P, K, period='2026-H1', bound='over')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(PI, P, K, Y)),
 ('Mở rộng 350 ha', '350 ha', 'level', 'ha', d(VC, Y, K)),
 ('mới 350 ha', '350 ha', 'level', 'ha', d(VC, Y, K)),
 ('lên 2.480 ha', '2.480 ha', 'level', 'ha', d(VC, Y, K, U)),
 ('đạt 11,5 tấn/ha', '11,5 tấn/ha', 'level', 'tấn/ha', d(VC, Y)),
 ('từ 12.000 - 15.000 đồng/kg', '12.000 - 15.000 đồng/kg', 'level', 'VND/kg', d(VC, Y)),
 ('đạt 42,6 triệu đồng', '42,6 triệu đồng', 'level', 'VND/người/năm', d(VC, period='2025', indicator='income_per_capita')),
 ('tăng 3,8 triệu đồng', '3,8 triệu đồng', 'change', 'VND/người/năm', d(VC, U, period='2025', base='2024', indicator='income_per_capita')),
]
