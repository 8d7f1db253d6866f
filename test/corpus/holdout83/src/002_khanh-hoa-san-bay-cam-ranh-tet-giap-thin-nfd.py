NFD = True
TEXT = '''
BÁO KHÁNH HÒA ĐIỆN TỬ
Kinh tế | 20/02/2024 - 15:42 (GMT+7)

Sân bay Cam Ranh phục vụ gần 100.000 lượt hành khách dịp Tết Giáp Thìn

Trong 9 ngày nghỉ Tết Nguyên đán, lượng khách quốc tế qua Cảng hàng không quốc tế Cam Ranh chiếm hơn 60% tổng lượng khách, chủ yếu từ Hàn Quốc và Trung Quốc.

Theo Công ty CP Cảng hàng không quốc tế Cam Ranh (CCRAC), trong 9 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến 16/2/2024), sân bay Cam Ranh phục vụ 98.600 lượt hành khách, tăng 46% so với Tết Quý Mão 2023; trong đó hành khách quốc tế đạt 61.200 lượt, chiếm 62%. Tổng số chuyến bay cất, hạ cánh là 642 chuyến, bình quân 71 chuyến/ngày. Các hãng đã bổ sung 84 chuyến bay tăng cường, chủ yếu trên các đường bay Hà Nội, TP Hồ Chí Minh - Cam Ranh; hệ số sử dụng ghế bình quân đạt 88%. Ngày cao điểm mùng 4 Tết (13/2), sân bay đón 13.240 lượt hành khách với 96 chuyến bay.

Hiện có 21 đường bay quốc tế thường lệ kết nối Cam Ranh với Hàn Quốc, Trung Quốc, Kazakhstan, Ấn Độ và Thái Lan. Năm 2023, sân bay phục vụ hơn 5,3 triệu lượt hành khách, tăng 89% so với năm 2022, đạt 112% kế hoạch; sản lượng hàng hóa đạt 14.500 tấn.

Năm 2024, CCRAC đặt mục tiêu đón khoảng 7 triệu lượt hành khách, trong đó khách quốc tế chiếm trên 50%.

[Ảnh] Hành khách làm thủ tục tại nhà ga quốc tế T2 sáng 14/2. Ảnh: Hữu Tài

Cùng dịp Tết, Bến xe phía Nam Nha Trang (thành phố Nha Trang) phục vụ 28.400 lượt hành khách với 3.150 chuyến xe xuất bến, tăng 12,5% so với Tết năm trước; ga Nha Trang đón, tiễn 17.800 lượt hành khách.

Tại thành phố Cam Ranh, cảng du lịch quốc tế đón 2 chuyến tàu biển với gần 3.600 khách. Trong tháng 1/2024, các cảng biển trên địa bàn tỉnh đạt 1,85 triệu tấn hàng hóa thông qua, giảm 7,3% so với tháng 12/2023.

Hữu Tài - Thanh Hà

Tin cùng chuyên mục:
- Khánh Hòa: 9 ngày Tết đón 260.000 lượt khách lưu trú (17/02/2024)
- Sân bay Cam Ranh mở đường bay Almaty - Cam Ranh (05/02/2024)

Tòa soạn: 02 Hoàng Hoa Thám, Nha Trang. Điện thoại: (0258) 3822.456
'''
META = {'published': '2024-02-20', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2024-M02', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
DN = {'direction': 'down'}
SP = {'base': 'same_period'}
Y23 = {'period': '2023'}
T24 = {'modality': 'target', 'period': '2024'}
NT = {'locality': 'thành phố Nha Trang'}
CR = {'locality': 'thành phố Cam Ranh'}
FIGS = [
 ('gần 100.000 lượt', '100.000', 'level', 'lượt hành khách', d(bound='nearly')),
 ('hơn 60% tổng', '60%', 'level', '%', d(bound='over')),
 ('phục vụ 98.600', '98.600', 'level', 'lượt hành khách', d()),
 ('tăng 46%', '46%', 'change', '%', d(U, SP)),
 ('đạt 61.200 lượt', '61.200', 'level', 'lượt', d()),
 ('chiếm 62%', '62%', 'level', '%', d()),
 ('là 642 chuyến', '642', 'level', 'chuyến', d()),
 ('71 chuyến/ngày', '71', 'level', 'chuyến/ngày', d()),
 ('sung 84 chuyến', '84', 'level', 'chuyến bay', d()),
 ('đạt 88%', '88%', 'level', '%', d()),
 ('có 21 đường bay', '21', 'level', 'đường bay', d()),
 ('hơn 5,3 triệu', '5,3 triệu', 'level', 'lượt hành khách', d(Y23, bound='over')),
 ('tăng 89%', '89%', 'change', '%', d(Y23, U, base='2022')),
 ('đạt 112% kế hoạch', '112%', 'attainment', '%', d(Y23, base='target')),
 ('đạt 14.500 tấn', '14.500 tấn', 'level', 'tấn', d(Y23)),
 ('khoảng 7 triệu', '7 triệu', 'level', 'lượt hành khách', d(T24, bound='about')),
 ('trên 50%', '50%', 'level', '%', d(T24, bound='over')),
 ('vụ 28.400', '28.400', 'level', 'lượt hành khách', d(NT)),
 ('3.150 chuyến xe', '3.150', 'level', 'chuyến xe', d(NT)),
 ('tăng 12,5%', '12,5%', 'change', '%', d(NT, U, SP)),
 ('tiễn 17.800', '17.800', 'level', 'lượt hành khách', d(NT)),
 ('đón 2 chuyến tàu biển', '2', 'level', 'chuyến tàu biển', d(CR)),
 ('gần 3.600 khách', '3.600', 'level', 'khách', d(CR, bound='nearly')),
 ('đạt 1,85 triệu tấn', '1,85 triệu tấn', 'level', 'tấn', d(period='2024-M01')),
 ('giảm 7,3%', '7,3%', 'change', '%', d(DN, period='2024-M01', base='previous_period')),
 ('đón 13.240', '13.240', 'level', 'lượt hành khách', d()),
 ('với 96 chuyến bay', '96', 'level', 'chuyến bay', d()),
]
