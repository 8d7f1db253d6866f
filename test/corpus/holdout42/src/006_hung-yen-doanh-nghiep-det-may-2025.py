TEXT = '''
BÁO HƯNG YÊN
Thứ Hai, 15/12/2025 | Đọc báo in | Liên hệ quảng cáo: 0221 3862 108

Kinh tế - Doanh nghiệp

Doanh nghiệp dệt may ở Liên Hà Thái kín đơn hàng đến quý II/2026

15/12/2025 | 09:12

Những ngày cuối năm, các chuyền may của Công ty TNHH May mặc Thái Hưng tại KCN Liên Hà Thái (khu vực Thái Bình cũ) chạy hết công suất để kịp giao những lô áo khoác xuất sang Mỹ và EU trước Giáng sinh.

Công nhân Công ty TNHH May mặc Thái Hưng hoàn thiện sản phẩm xuất khẩu. Ảnh: Thu Hà

Bà Đỗ Thị Hạnh (48 tuổi), Tổng Giám đốc công ty cho biết, năm 2025 doanh nghiệp xuất khẩu khoảng 85 triệu USD, tăng khoảng 18% so với năm 2024; đơn hàng đã kín đến hết quý II/2026. Công ty hiện có 2.300 công nhân, thu nhập bình quân 10,5 triệu đồng/người/tháng; dự kiến thưởng Tết bình quân 1,5 tháng lương.

"Năm 2019 chúng tôi chỉ có 4 chuyền may với 260 lao động. Nay công ty có 42 chuyền, 3 nhà xưởng với tổng diện tích 36.000 m2", bà Hạnh nói. Năm 2026, công ty đầu tư thêm 120 tỷ đồng xây dựng xưởng giặt và hệ thống điện mặt trời áp mái công suất 2 MWp.

Chị Phạm Thị Thu (32 tuổi, xã Thái Thụy) làm việc tại công ty đã 6 năm, mỗi tháng nhận khoảng 11 triệu đồng. "Gần nhà, có xe đưa đón nên em yên tâm gắn bó", chị Thu chia sẻ.

Dệt may là một trong những ngành xuất khẩu chủ lực của tỉnh. Theo Sở Công Thương, 11 tháng năm 2025, kim ngạch xuất khẩu toàn tỉnh đạt 14,2 tỷ USD, tăng 11,5% so với cùng kỳ; trong đó nhóm hàng dệt may đạt 2,86 tỷ USD, chiếm 20,1%, tăng 9,2%. Riêng khu vực Thái Bình cũ đạt 3,74 tỷ USD.

Đến hết tháng 11/2025, toàn tỉnh có 26 KCN đang hoạt động, thu hút 712 dự án FDI với tổng vốn đăng ký trên 9,8 tỷ USD và khoảng 186.000 lao động. Tỷ lệ lấp đầy bình quân các KCN đạt 68%, riêng KCN Phố Nối A đạt xấp xỉ 100%.

Theo ông Trần Quốc Bảo, Phó Giám đốc Sở Công Thương, năm 2026 tỉnh phấn đấu kim ngạch xuất khẩu đạt 17 tỷ USD, trong đó dệt may khoảng 3,2 tỷ USD.

Thu Hà

Bài cùng chuyên mục:
- Hưng Yên: Năm 2025 thu hút hơn 2 tỷ USD vốn đầu tư nước ngoài
- Khánh thành nhà máy thứ 3 của Tập đoàn Sumitomo tại KCN Thăng Long II
- Tặng 500 suất quà Tết cho công nhân khó khăn

Báo Hưng Yên | Địa chỉ: Số 8 đường Chùa Chuông, phường Phố Hiến | Giấy phép số 112/GP-BVHTTDL
'''
META = {'published': '2025-12-15', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2025-11M', 'modality': 'actual'}
U = {'direction': 'up'}
S = {'base': 'same_period'}
EX = {'indicator': 'export_value'}
F = {'indicator': 'fdi'}
M11 = {'period': '2025-M11'}
T = {'modality': 'target', 'period': '2026'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('đạt 14,2 tỷ USD', '14,2 tỷ USD', 'level', 'USD', d(EX)),
 ('tăng 11,5% so với cùng kỳ', '11,5%', 'change', '%', d(EX, U, S)),
 ('đạt 2,86 tỷ USD', '2,86 tỷ USD', 'level', 'USD', d(EX)),
 ('chiếm 20,1%', '20,1%', 'level', '%', d(EX)),
 ('tăng 9,2%', '9,2%', 'change', '%', d(EX, U)),
 ('đạt 3,74 tỷ USD', '3,74 tỷ USD', 'level', 'USD', d(EX, locality='tỉnh Thái Bình')),
 ('có 26 KCN', '26', 'level', 'khu công nghiệp', d(optional=True)),
 ('hút 712 dự án', '712', 'level', 'dự án', d(M11)),
 ('trên 9,8 tỷ USD', '9,8 tỷ USD', 'level', 'USD', d(F, M11, bound='over')),
 ('khoảng 186.000 lao động', '186.000', 'level', 'lao động', d(M11, bound='about')),
 ('đạt 68%', '68%', 'level', '%', d(M11)),
 ('xấp xỉ 100%', '100%', 'level', '%', d(optional=True, bound='about')),
 ('đạt 17 tỷ USD', '17 tỷ USD', 'level', 'USD', d(EX, T)),
 ('khoảng 3,2 tỷ USD', '3,2 tỷ USD', 'level', 'USD', d(EX, T, bound='about')),
]
