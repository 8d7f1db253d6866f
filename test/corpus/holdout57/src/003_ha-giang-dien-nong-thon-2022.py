TEXT = '''
BÁO HÀ GIANG ĐIỆN TỬ
Cập nhật: 20/12/2022 | 9:05 | Kinh tế

Năm 2022, thêm 42 thôn, bản có điện lưới quốc gia

BHG - Năm 2022, Công ty Điện lực Hà Giang và các chủ đầu tư đã đóng điện cho 42 thôn, bản chưa có điện lưới quốc gia, nâng tỷ lệ hộ dân nông thôn sử dụng điện lưới lên 98,6%, tăng 1,4 điểm phần trăm so với năm 2021. Tuy vậy, toàn tỉnh vẫn còn 2.318 hộ ở 61 thôn vùng sâu, vùng xa chưa có điện.

Để thực hiện chương trình điện khí hoá nông thôn, miền núi, trong năm ngành điện đầu tư xây dựng mới 186 km đường dây trung áp, 312 km đường dây hạ áp và 95 trạm biến áp với tổng vốn 214,6 tỷ đồng, trong đó vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 132 tỷ đồng. Các công trình tập trung ở 4 huyện vùng cao núi đá phía Bắc và huyện Hoàng Su Phì.

Công nhân Điện lực Mèo Vạc kéo dây đưa điện về thôn Lũng Phìn. Ảnh: Vương Quang

Kết quả sản xuất, kinh doanh điện năm 2022 của Công ty Điện lực Hà Giang (ước):

Chỉ tiêu | Đơn vị | Kế hoạch 2022 | Ước thực hiện 2022 | So kế hoạch (%)
Điện thương phẩm | triệu kWh | 690 | 712,4 | 103,2
Tỷ lệ tổn thất điện năng | % | 7,2 | 6,85 | -
Giá bán điện bình quân | đồng/kWh | 1.720 | 1.768,5 | 102,8

Toàn tỉnh hiện có 46 nhà máy thuỷ điện đang vận hành với tổng công suất 693,5 MW; năm 2022 sản lượng điện phát lên lưới ước đạt 2.460 triệu kWh, tăng 11,3% do lượng mưa lớn. Theo quy hoạch, đến năm 2025 tổng công suất thuỷ điện của tỉnh đạt khoảng 850 MW.

Huyện Mèo Vạc là địa phương còn nhiều hộ chưa có điện nhất với 684 hộ, chiếm 29,5% số hộ chưa có điện của tỉnh. Ông Vàng Mí Lử (thôn Lũng Phìn, xã Sủng Trà) phấn khởi: “Nhà tôi chờ điện 15 năm, giờ mua được cái ti vi, cái tủ lạnh, các cháu có đèn học bài”.

Năm 2023, ngành điện phấn đấu điện thương phẩm đạt 765 triệu kWh, tỷ lệ tổn thất điện năng dưới 6,8%; đưa điện về thêm 25 thôn, nâng tỷ lệ hộ dân nông thôn sử dụng điện lưới lên 99%. Uỷ ban nhân dân tỉnh đề nghị Tổng Công ty Điện lực miền Bắc ưu tiên bố trí vốn, sớm hoàn thành các dự án cấp điện cho 61 thôn còn lại trong năm 2024.

Vương Quang

Tin khác:
- Hoàn thành đường dây 110 kV Bắc Quang - Xín Mần
- Hà Giang: Công suất thuỷ điện nhỏ vượt 650 MW
- Tiết kiệm điện năm 2022 đạt 3,2%
'''
META = {'published': '2022-12-20', 'locality': 'tỉnh Hà Giang'}
DEFAULTS = {'locality': 'tỉnh Hà Giang', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
T = {'modality': 'target'}
T23 = {'modality': 'target', 'period': '2023'}
E = {'modality': 'estimate'}
FIGS = [
 ('thêm 42 thôn', '42', 'level', 'thôn', d()),
 ('cho 42 thôn', '42', 'level', 'thôn', d()),
 ('lên 98,6%', '98,6%', 'level', '%', d(direction='up')),
 ('tăng 1,4 điểm phần trăm', '1,4 điểm phần trăm', 'change', 'điểm %', d(direction='up', base='2021')),
 ('còn 2.318 hộ', '2.318', 'level', 'hộ', d()),
 ('ở 61 thôn', '61', 'level', 'thôn', d()),
 ('mới 186 km', '186 km', 'level', 'km', d()),
 ('312 km', '312 km', 'level', 'km', d()),
 ('95 trạm biến áp', '95', 'level', 'trạm biến áp', d(OPT)),
 ('vốn 214,6 tỷ đồng', '214,6 tỷ đồng', 'level', 'VND', d()),
 ('núi 132 tỷ đồng', '132 tỷ đồng', 'level', 'VND', d()),
 ('| 690 |', '690', 'level', 'kWh', d(T, value=690000000.0)),
 ('| 712,4 |', '712,4', 'level', 'kWh', d(E, value=712400000.0)),
 ('| 103,2\n', '103,2', 'attainment', '%', d(E, base='target')),
 ('| 7,2 |', '7,2', 'level', '%', d(T)),
 ('| 6,85 |', '6,85', 'level', '%', d(E)),
 ('| 1.720 |', '1.720', 'level', 'VND/kWh', d(T)),
 ('| 1.768,5 |', '1.768,5', 'level', 'VND/kWh', d(E)),
 ('| 102,8\n', '102,8', 'attainment', '%', d(E, base='target')),
 ('có 46 nhà máy', '46', 'level', 'nhà máy', d(OPT)),
 ('suất 693,5 MW', '693,5 MW', 'level', 'MW', d()),
 ('đạt 2.460 triệu kWh', '2.460 triệu kWh', 'level', 'kWh', d(E)),
 ('tăng 11,3%', '11,3%', 'change', '%', d(E, direction='up')),
 ('khoảng 850 MW', '850 MW', 'level', 'MW', d(T, period='2025', bound='about')),
 ('với 684 hộ', '684', 'level', 'hộ', d(locality='huyện Mèo Vạc')),
 ('chiếm 29,5%', '29,5%', 'level', '%', d(locality='huyện Mèo Vạc')),
 ('đạt 765 triệu kWh', '765 triệu kWh', 'level', 'kWh', d(T23)),
 ('dưới 6,8%', '6,8%', 'level', '%', d(T23, bound='under')),
 ('thêm 25 thôn', '25', 'level', 'thôn', d(T23)),
 ('lên 99%', '99%', 'level', '%', d(T23, direction='up')),
 ('cho 61 thôn còn lại', '61', 'level', 'thôn', d(T, period='2024')),
 ('ở 4 huyện', '4', 'level', 'huyện', d(OPT)),
]
