NFD = True
TEXT = '''
THTG - Báo và Phát thanh, Truyền hình Tiền Giang
Thời sự | Kinh tế | Văn hóa - Xã hội | Bản tin cuối ngày | Video
Cập nhật: 02/10/2024 - 21:30 | Lượt xem: 2.418

BẢN TIN CUỐI NGÀY 2/10/2024

Tiền Giang: GRDP 9 tháng tăng 5,86%; Cái Bè thu hoạch sầu riêng trái vụ giá cao

(THTG) - Bản tin cuối ngày hôm nay có các tin: kinh tế tỉnh 9 tháng tăng trưởng 5,86%; thành phố Mỹ Tho thu ngân sách đạt 81,3% dự toán; nông dân huyện Cái Bè trúng đậm sầu riêng trái vụ; thị xã Gò Công có 7/7 xã đạt chuẩn nông thôn mới nâng cao; dịch sốt xuất huyết giảm mạnh.

* Kinh tế tỉnh 9 tháng tăng trưởng 5,86%
Theo Cục Thống kê tỉnh, tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 ước tăng 5,86% so với cùng kỳ năm 2023, trong đó khu vực nông, lâm nghiệp và thủy sản tăng 3,12%, khu vực công nghiệp - xây dựng tăng 9,45%, khu vực dịch vụ tăng 6,08%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 78.640 tỷ đồng, tăng 10,7%. Kim ngạch xuất khẩu ước đạt 3,02 tỷ USD, bằng 74,6% kế hoạch. Chỉ số giá tiêu dùng bình quân 9 tháng tăng 3,94% so với cùng kỳ.

* Mỹ Tho thu ngân sách đạt 81,3% dự toán
Tính đến cuối tháng 9/2024, tổng thu ngân sách trên địa bàn thành phố Mỹ Tho đạt 1.064 tỷ đồng, đạt 81,3% dự toán, tăng 6,2% so với cùng kỳ. Thành phố phấn đấu cả năm thu vượt 5 - 7% dự toán. Trong 9 tháng, thành phố cấp giấy chứng nhận đăng ký cho 148 doanh nghiệp mới, vốn đăng ký 1.206 tỷ đồng.

* Cái Bè: Sầu riêng trái vụ được giá
Những ngày này, nông dân huyện Cái Bè bước vào thu hoạch sầu riêng trái vụ. Giá sầu riêng Ri6 tại vườn dao động từ 78.000 đồng đến 85.000 đồng/kg, cao hơn cùng kỳ năm trước khoảng 20.000 đồng/kg. Năng suất bình quân đạt 18 - 20 tấn/ha, mỗi ha lãi từ 800 triệu đến 1 tỷ đồng. Toàn huyện hiện có 10.650 ha sầu riêng, trong đó 4.200 ha đã được cấp mã số vùng trồng.

* Gò Công có 7/7 xã đạt chuẩn nông thôn mới nâng cao
Ngày 2/10, UBND tỉnh công nhận xã Bình Xuân đạt chuẩn nông thôn mới nâng cao năm 2024; đến nay thị xã Gò Công có 7/7 xã đạt chuẩn nông thôn mới nâng cao, trong đó 2 xã đạt chuẩn kiểu mẫu. Thu nhập bình quân đầu người ở xã Bình Xuân năm 2024 ước đạt 72,5 triệu đồng; tỷ lệ hộ nghèo còn 0,38%.

* Sốt xuất huyết giảm 42%
Từ đầu năm đến nay, toàn tỉnh ghi nhận 1.126 ca mắc sốt xuất huyết, giảm 42% so với cùng kỳ, không có ca tử vong. Riêng huyện Châu Thành có 184 ca, cao nhất tỉnh. Ngành Y tế khuyến cáo người dân diệt lăng quăng mỗi tuần 1 lần.

Nông dân xã Hậu Thành, huyện Cái Bè thu hoạch sầu riêng. Ảnh: THTG

Bản tin: Minh Thuỷ - Hoàng Hoà

Tin liên quan
- Tiền Giang: 8 tháng xuất khẩu hơn 2,6 tỷ USD (05/9/2024)
- Tân Phước có thêm 3 sản phẩm OCOP 4 sao (28/9/2024)
- Chợ Gạo: Thanh long giá 15.000 đồng/kg (27/9/2024)

Báo và Phát thanh, Truyền hình Tiền Giang. Giấy phép số 48/GP-BTTTT ngày 25/01/2024. Địa chỉ: số 3 đường Ấp Bắc, phường 5, thành phố Mỹ Tho. Đường dây nóng: 0273.3872.557
'''
META = {'published': '2024-10-02', 'locality': 'tỉnh Tiền Giang'}
DEFAULTS = {'locality': 'tỉnh Tiền Giang', 'period': '2024', 'modality': 'actual'}
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
M9 = {'period': '2024-9M'}
MT = {'locality': 'thành phố Mỹ Tho'}
CB = {'locality': 'huyện Cái Bè'}
GC = {'locality': 'thị xã Gò Công'}
BX = {'locality': 'xã Bình Xuân'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('9 tháng tăng 5,86%;', '5,86%', 'change', '%', d(M9, G, U)),
 ('tăng trưởng 5,86%;', '5,86%', 'level', '%', d(M9, G)),
 ('đạt 81,3% dự toán;', '81,3%', 'attainment', '%', d(MT, BR, P)),
 ('có 7/7 xã đạt chuẩn nông thôn mới nâng cao;', '7/7', 'ratio', 'xã', d(GC, indicator='new_rural_communes_advanced')),
 ('tăng trưởng 5,86%\n', '5,86%', 'level', '%', d(M9, G)),
 ('ước tăng 5,86%', '5,86%', 'change', '%', d(M9, G, U, E, SP)),
 ('tăng 3,12%', '3,12%', 'change', '%', d(M9, U, E)),
 ('tăng 9,45%', '9,45%', 'change', '%', d(M9, U, E)),
 ('tăng 6,08%', '6,08%', 'change', '%', d(M9, U, E)),
 ('ước đạt 78.640 tỷ đồng', '78.640 tỷ đồng', 'level', 'VND', d(M9, E, indicator='retail_sales')),
 ('tăng 10,7%', '10,7%', 'change', '%', d(M9, E, U, indicator='retail_sales')),
 ('ước đạt 3,02 tỷ USD', '3,02 tỷ USD', 'level', 'USD', d(M9, E, indicator='export_value')),
 ('bằng 74,6% kế hoạch', '74,6%', 'attainment', '%', d(M9, E, P, indicator='export_value')),
 ('tăng 3,94%', '3,94%', 'change', '%', d(M9, U, SP, indicator='cpi')),
 ('đạt 81,3% dự toán\n', '81,3%', 'attainment', '%', d(MT, BR, P, period='2024-9M')),
 ('đạt 1.064 tỷ đồng', '1.064 tỷ đồng', 'level', 'VND', d(MT, BR, M9)),
 ('đạt 81,3% dự toán,', '81,3%', 'attainment', '%', d(MT, BR, M9, P)),
 ('tăng 6,2%', '6,2%', 'change', '%', d(MT, BR, M9, U, SP)),
 ('vượt 5 - 7% dự toán', '5 - 7%', 'change', '%', d(MT, BR, K, U, P)),
 ('cho 148 doanh nghiệp', '148', 'level', 'doanh nghiệp', d(MT, M9, indicator='new_enterprises')),
 ('ký 1.206 tỷ đồng', '1.206 tỷ đồng', 'level', 'VND', d(MT, M9)),
 ('từ 78.000 đồng đến 85.000 đồng/kg', '78.000 đồng đến 85.000 đồng/kg', 'level', 'VND/kg', d(CB, value=78000, high=85000)),
 ('khoảng 20.000 đồng/kg', '20.000 đồng/kg', 'change', 'VND/kg', d(CB, U, SP, bound='about')),
 ('đạt 18 - 20 tấn/ha', '18 - 20 tấn/ha', 'level', 'tấn/ha', d(CB)),
 ('từ 800 triệu đến 1 tỷ đồng', '800 triệu đến 1 tỷ đồng', 'level', 'VND/ha', d(CB, value=800000000, high=1000000000)),
 ('có 10.650 ha', '10.650 ha', 'level', 'ha', d(CB)),
 ('đó 4.200 ha', '4.200 ha', 'level', 'ha', d(CB)),
 ('có 7/7 xã đạt chuẩn nông thôn mới nâng cao\n', '7/7', 'ratio', 'xã', d(GC, indicator='new_rural_communes_advanced')),
 ('Gò Công có 7/7 xã đạt chuẩn nông thôn mới nâng cao,', '7/7', 'ratio', 'xã', d(GC, indicator='new_rural_communes_advanced')),
 ('trong đó 2 xã', '2', 'level', 'xã', d(GC, indicator='new_rural_communes_model')),
 ('ước đạt 72,5 triệu đồng', '72,5 triệu đồng', 'level', 'VND/người/năm', d(BX, E, indicator='income_per_capita')),
 ('còn 0,38%', '0,38%', 'level', '%', d(BX, indicator='poverty_rate')),
 ('giảm 42%\n', '42%', 'change', '%', d(D)),
 ('nhận 1.126 ca', '1.126', 'level', 'ca', d()),
 ('giảm 42% so', '42%', 'change', '%', d(D, SP)),
 ('có 184 ca', '184', 'level', 'ca', d(locality='huyện Châu Thành')),
]
