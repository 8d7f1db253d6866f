TEXT = '''
BÁO BẮC GIANG
Trang chủ › Kinh tế › Nông nghiệp
21/07/2023 14:10

Vụ vải thiều 2023: Sản lượng giảm, doanh thu vẫn đạt hơn 6.200 tỷ đồng

BGĐT - Ngày 20/7, UBND tỉnh tổ chức hội nghị tổng kết công tác tiêu thụ vải thiều năm 2023. Dù sản lượng giảm mạnh do thời tiết bất thuận, giá bán cao giúp tổng doanh thu từ vải thiều và các dịch vụ đi kèm ước đạt hơn 6.200 tỷ đồng, tăng 12% so với năm trước.

Năm 2023, toàn tỉnh có 28.100 ha vải thiều, tăng 200 ha so với năm 2022; sản lượng đạt khoảng 183.000 tấn, giảm 37% so với năm 2022 do rét đậm kéo dài trong giai đoạn phân hóa mầm hoa. Riêng huyện Lục Ngạn có 16.500 ha, sản lượng 104.000 tấn, chiếm 57% sản lượng toàn tỉnh.

Giá bán bình quân năm nay cao gấp 1,5 lần năm 2022. Vải sớm có giá từ 25.000 - 40.000 đồng/kg; vải chính vụ 15.000 - 25.000 đồng/kg, cao hơn năm 2022 từ 5.000 - 7.000 đồng/kg. Có thời điểm giá vải loại 1 tại các điểm cân huyện Lục Ngạn lên tới 45.000 đồng/kg.

Thương nhân cân vải thiều tại điểm thu mua ở xã Phượng Sơn, huyện Lục Ngạn. Ảnh: Ngọc Phượng

Lượng vải tiêu thụ nội địa chiếm khoảng 54% tổng sản lượng; xuất khẩu khoảng 84.000 tấn. Vải thiều đã được xuất khẩu sang 30 quốc gia và vùng lãnh thổ, trong đó các thị trường Trung Quốc, Nhật Bản và Mỹ lần lượt nhập 67.000 tấn, 1.200 tấn và 950 tấn. Trong vụ, tỉnh đón hơn 300 thương nhân Trung Quốc đến thu mua.

Toàn tỉnh hiện có 16.300 ha vải sản xuất theo tiêu chuẩn VietGAP và 190 ha theo tiêu chuẩn GlobalGAP; 39 mã số vùng trồng được cấp phục vụ xuất khẩu sang Mỹ, Úc, Nhật Bản.

Ông Hoàng Văn Thân, thôn Cầu Gỗ, xã Phượng Sơn, có 3 ha vải sớm, năm nay thu được 20 tấn, bán giá bình quân 30.000 đồng/kg, thu về khoảng 600 triệu đồng.

Năm 2024, tỉnh phấn đấu duy trì diện tích vải thiều từ 28.000 ha trở lên, sản lượng khoảng 200.000 tấn, trong đó xuất khẩu trên 45%.

Ngọc Phượng

Lượt xem: 3.416

Tin cùng chuyên mục
- Lục Ngạn: Tuần Văn hóa - Du lịch Vải thiều lần thứ 6 thu hút 50 nghìn lượt khách (10/07/2023)
- Bắc Giang xúc tiến tiêu thụ vải thiều tại TP Hồ Chí Minh (19/06/2023)

Báo Bắc Giang điện tử. Giấy phép số 459/GP-BTTTT. Địa chỉ: Số 50 Nguyễn Văn Cừ, TP Bắc Giang. Điện thoại: 0204.3854.245
'''
META = {'published': '2023-07-21', 'locality': 'tỉnh Bắc Giang'}
DEFAULTS = {'locality': 'tỉnh Bắc Giang', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
LN = {'locality': 'huyện Lục Ngạn'}
FIGS = [
 ('vẫn đạt hơn 6.200 tỷ đồng', '6.200 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('ước đạt hơn 6.200 tỷ đồng', '6.200 tỷ đồng', 'level', 'VND', d(E, bound='over')),
 ('tăng 12% so với năm trước', '12%', 'change', '%', d(E, U, base='2022')),
 ('có 28.100 ha', '28.100 ha', 'level', 'ha', d()),
 ('tăng 200 ha', '200 ha', 'change', 'ha', d(U, base='2022')),
 ('khoảng 183.000 tấn', '183.000 tấn', 'level', 'tấn', d(bound='about')),
 ('giảm 37%', '37%', 'change', '%', d(D, base='2022')),
 ('có 16.500 ha', '16.500 ha', 'level', 'ha', d(LN)),
 ('sản lượng 104.000 tấn', '104.000 tấn', 'level', 'tấn', d(LN)),
 ('chiếm 57%', '57%', 'level', '%', d(LN)),
 ('gấp 1,5 lần năm 2022', '1,5 lần', 'change', 'lần', d(U, base='2022')),
 ('từ 25.000 - 40.000 đồng/kg', '25.000 - 40.000 đồng/kg', 'level', 'VND/kg', d()),
 ('vụ 15.000 - 25.000 đồng/kg', '15.000 - 25.000 đồng/kg', 'level', 'VND/kg', d()),
 ('từ 5.000 - 7.000 đồng/kg', '5.000 - 7.000 đồng/kg', 'change', 'VND/kg', d(U, base='2022')),
 ('lên tới 45.000 đồng/kg', '45.000 đồng/kg', 'level', 'VND/kg', d(LN)),
 ('khoảng 54%', '54%', 'level', '%', d(bound='about')),
 ('khoảng 84.000 tấn', '84.000 tấn', 'level', 'tấn', d(bound='about')),
 ('sang 30 quốc gia', '30', 'level', 'quốc gia', d()),
 ('nhập 67.000 tấn', '67.000 tấn', 'level', 'tấn', d()),
 (', 1.200 tấn', '1.200 tấn', 'level', 'tấn', d()),
 ('và 950 tấn', '950 tấn', 'level', 'tấn', d()),
 ('hơn 300 thương nhân', '300', 'level', 'thương nhân', d(bound='over')),
 ('có 16.300 ha', '16.300 ha', 'level', 'ha', d()),
 ('và 190 ha', '190 ha', 'level', 'ha', d()),
 ('39 mã số vùng trồng', '39', 'level', 'mã số vùng trồng', d(optional=True)),
 ('từ 28.000 ha trở lên', '28.000 ha', 'level', 'ha', d(T, bound='at_least')),
 ('khoảng 200.000 tấn', '200.000 tấn', 'level', 'tấn', d(T, bound='about')),
 ('trên 45%', '45%', 'level', '%', d(T, bound='over')),
]
