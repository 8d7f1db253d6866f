TEXT = '''
BÁO KHÁNH HÒA
Chính trị | Kinh tế | Du lịch | Xã hội | Văn hóa - Thể thao | Biển đảo | Ninh Thuận (cũ)
Cập nhật lúc 15:42, Thứ Năm, 02/04/2026 (GMT+7)

Du lịch

Quý I/2026: Khánh Hòa đón gần 2,9 triệu lượt khách, khách quốc tế chiếm hơn 46%

(BKH) - Quý I/2026, du lịch tỉnh Khánh Hòa tiếp tục tăng trưởng với tổng lượt khách ước đạt gần 2,9 triệu lượt, tăng 16,4% so với cùng kỳ tính gộp hai tỉnh Khánh Hòa và Ninh Thuận cũ; tổng doanh thu du lịch ước đạt 16.750 tỷ đồng, tăng 21,3%, bằng 26,8% kế hoạch năm.

Theo Sở Văn hóa, Thể thao và Du lịch, khách quốc tế ước đạt 1,34 triệu lượt, tăng 24,5%, chiếm 46,2% tổng lượt khách; khách nội địa khoảng 1,55 triệu lượt. Các thị trường khách quốc tế chủ yếu (so với cùng kỳ):
+ Hàn Quốc: 512.000 lượt (+18,2%);
+ Trung Quốc: 398.000 lượt (+41,6%);
+ Nga: 146.000 lượt (+12,9%);
+ Ấn Độ: 38.500 lượt (gấp 2,4 lần).

Khu vực Ninh Thuận cũ đón 612.000 lượt khách, tăng 9,1%; trong đó khách quốc tế 41.000 lượt. Riêng phường Nha Trang đón khoảng 1,05 triệu lượt khách.

Cảng hàng không quốc tế Cam Ranh khai thác 7.860 chuyến bay, trong đó 4.920 chuyến bay quốc tế, tăng 22% so với cùng kỳ; phục vụ 2,36 triệu lượt hành khách. Cảng Nha Trang đón 14 chuyến tàu biển du lịch quốc tế với hơn 21.000 khách, chủ yếu từ Mỹ, Đức và Úc.

Du khách tham quan Tháp Bà Ponagar (phường Bắc Nha Trang). Ảnh: HỮU TIẾN

Công suất sử dụng phòng bình quân của các cơ sở lưu trú từ 3 - 5 sao đạt 68%, cao hơn cùng kỳ 5,5 điểm phần trăm. Toàn tỉnh hiện có 1.640 cơ sở lưu trú với khoảng 58.300 phòng.

Ở lĩnh vực thủy sản, sản lượng khai thác quý I ước đạt 28.600 tấn, tăng 2,8% so với cùng kỳ; nuôi trồng 6.950 tấn, chủ yếu là tôm hùm, ốc hương tại vịnh Cam Ranh và vịnh Vân Phong.

Năm 2026, Khánh Hòa đặt mục tiêu đón 13,5 triệu lượt khách, trong đó 5 - 5,5 triệu lượt khách quốc tế; tổng doanh thu du lịch đạt 62.500 tỷ đồng.

HỮU TIẾN

Bài cùng chuyên mục:
- Nha Trang lọt top 10 điểm đến được yêu thích nhất châu Á (31/03/2026)
- Đường bay thẳng Almaty - Cam Ranh đón chuyến bay đầu tiên với 186 khách (28/03/2026)
- Phan Rang: Khai mạc Lễ hội Nho - Vang lần thứ 9 (25/03/2026)

Lượt xem: 2.604 | Đường dây nóng: 0258.3823.344
'''
META = {'published': '2026-04-02', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2026-Q1', 'modality': 'actual'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
A = {'indicator': 'aquaculture_output'}
E = {'modality': 'estimate'}
UP = {'direction': 'up'}
S = {'base': 'same_period'}
RS = dict(direction='up', base='same_period')
NT = {'locality': 'tỉnh Ninh Thuận'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('gần 2,9 triệu lượt khách,', '2,9 triệu', 'level', 'lượt khách', dict(TA, bound='nearly')),
 ('chiếm hơn 46%', '46%', 'level', '%', dict(bound='over')),
 ('ước đạt gần 2,9 triệu lượt,', '2,9 triệu', 'level', 'lượt', dict(TA, **E, bound='nearly')),
 ('tăng 16,4% so với cùng kỳ', '16,4%', 'change', '%', dict(TA, **E, **RS)),
 ('ước đạt 16.750 tỷ đồng', '16.750 tỷ đồng', 'level', 'VND', dict(TR, **E)),
 ('tăng 21,3%', '21,3%', 'change', '%', dict(TR, **E, **UP)),
 ('bằng 26,8% kế hoạch năm', '26,8%', 'attainment', '%', dict(TR, **E, base='target')),
 ('ước đạt 1,34 triệu lượt', '1,34 triệu', 'level', 'lượt', dict(ITA, **E)),
 ('tăng 24,5%', '24,5%', 'change', '%', dict(ITA, **E, **UP)),
 ('chiếm 46,2%', '46,2%', 'level', '%', dict(E)),
 ('khoảng 1,55 triệu lượt', '1,55 triệu', 'level', 'lượt', dict(TA, bound='about')),
 ('Hàn Quốc: 512.000 lượt', '512.000', 'level', 'lượt', dict(ITA)),
 ('(+18,2%)', '18,2%', 'change', '%', dict(ITA, **RS)),
 ('Trung Quốc: 398.000 lượt', '398.000', 'level', 'lượt', dict(ITA)),
 ('(+41,6%)', '41,6%', 'change', '%', dict(ITA, **RS)),
 ('Nga: 146.000 lượt', '146.000', 'level', 'lượt', dict(ITA)),
 ('(+12,9%)', '12,9%', 'change', '%', dict(ITA, **RS)),
 ('Ấn Độ: 38.500 lượt', '38.500', 'level', 'lượt', dict(ITA)),
 ('gấp 2,4 lần', '2,4 lần', 'change', 'lần', dict(ITA, **RS)),
 ('đón 612.000 lượt khách', '612.000', 'level', 'lượt khách', dict(TA, **NT)),
 ('tăng 9,1%', '9,1%', 'change', '%', dict(TA, **NT, **UP)),
 ('tế 41.000 lượt', '41.000', 'level', 'lượt', dict(ITA, **NT)),
 ('khoảng 1,05 triệu lượt khách', '1,05 triệu', 'level', 'lượt khách', dict(TA, locality='phường Nha Trang', bound='about')),
 ('khai thác 7.860 chuyến bay', '7.860', 'level', 'chuyến bay', dict()),
 ('đó 4.920 chuyến bay', '4.920', 'level', 'chuyến bay', dict()),
 ('tăng 22% so với cùng kỳ', '22%', 'change', '%', dict(RS)),
 ('phục vụ 2,36 triệu lượt', '2,36 triệu', 'level', 'lượt hành khách', dict()),
 ('đón 14 chuyến tàu', '14', 'level', 'chuyến tàu biển', dict()),
 ('hơn 21.000 khách', '21.000', 'level', 'khách', dict(bound='over')),
 ('đạt 68%', '68%', 'level', '%', dict()),
 ('5,5 điểm phần trăm', '5,5 điểm phần trăm', 'change', 'điểm %', dict(RS)),
 ('có 1.640 cơ sở lưu trú', '1.640', 'level', 'cơ sở lưu trú', dict()),
 ('khoảng 58.300 phòng', '58.300', 'level', 'phòng', dict(bound='about')),
 ('ước đạt 28.600 tấn', '28.600 tấn', 'level', 'tấn', dict(A, **E)),
 ('tăng 2,8% so với cùng kỳ', '2,8%', 'change', '%', dict(A, **E, **RS)),
 ('nuôi trồng 6.950 tấn', '6.950 tấn', 'level', 'tấn', dict(A)),
 ('đón 13,5 triệu lượt khách', '13,5 triệu', 'level', 'lượt khách', dict(TA, **T)),
 ('5 - 5,5 triệu lượt', '5 - 5,5 triệu', 'level', 'lượt khách', dict(ITA, **T)),
 ('đạt 62.500 tỷ đồng', '62.500 tỷ đồng', 'level', 'VND', dict(TR, **T)),
]
