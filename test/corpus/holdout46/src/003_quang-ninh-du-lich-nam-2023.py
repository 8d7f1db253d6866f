TEXT = '''
BÁO QUẢNG NINH
Chính trị | Kinh tế | Xã hội | Du lịch | Văn hóa | Thể thao | Quảng Ninh 24h
Thứ Tư, 27/12/2023 - 08:20

Du lịch

Quảng Ninh đón gần 15,2 triệu lượt khách trong năm 2023

Năm 2023, du lịch Quảng Ninh về đích với tổng lượng khách ước đạt gần 15,2 triệu lượt, tăng 29% so với năm 2022, đạt 101% kế hoạch; tổng thu từ khách du lịch ước đạt 33.800 tỷ đồng, tăng 36%.

Theo Sở Du lịch, trong tổng số khách, khách quốc tế ước đạt 2,1 triệu lượt, gấp 5,2 lần năm 2022, khách nội địa khoảng 13,1 triệu lượt; khách lưu trú ước đạt 6,35 triệu lượt, chiếm 41,8% tổng lượng khách. Thời gian lưu trú bình quân đạt 1,7 ngày/khách; chi tiêu bình quân của khách quốc tế khoảng 2,8 triệu đồng/ngày.

Các thị trường khách quốc tế dẫn đầu gồm:
- Hàn Quốc: 712.000 lượt, tăng 310% so với năm 2022;
- Trung Quốc: 486.000 lượt;
- Đài Loan (Trung Quốc): 124.500 lượt;
- Các nước châu Âu: 208.000 lượt.

Các địa phương đón lượng khách lớn là thành phố Hạ Long, thành phố Cẩm Phả và huyện Vân Đồn, lần lượt đạt 9,1 triệu lượt, 1,2 triệu lượt và 1,05 triệu lượt khách. Riêng huyện đảo Cô Tô đón 312.000 lượt khách, tăng 18,6% so với năm trước.

Vịnh Hạ Long - Di sản thiên nhiên thế giới đón khoảng 4,56 triệu lượt khách tham quan, doanh thu từ phí tham quan đạt 1.246 tỷ đồng, cao nhất từ trước đến nay. Cảng tàu khách quốc tế Hạ Long đón 45 chuyến tàu biển quốc tế với gần 38.000 khách, chủ yếu từ châu Âu và Mỹ.

Du khách tham quan vịnh Hạ Long bằng thủy phi cơ. Ảnh: Thu Chung

Toàn tỉnh hiện có 1.726 cơ sở lưu trú với 31.050 buồng, trong đó 26 khách sạn 5 sao. Công suất sử dụng buồng bình quân năm đạt 52%, tăng 9 điểm phần trăm so với năm 2022; dịp cao điểm hè, công suất tại Hạ Long có thời điểm lên tới 90%.

Theo ông Phạm Ngọc Thủy, Giám đốc Sở Du lịch, thành công của năm 2023 đến từ việc mở lại thị trường quốc tế và chuỗi sự kiện "Quảng Ninh - 4 mùa khám phá". Năm 2024, ngành du lịch Quảng Ninh đặt mục tiêu:
- Tổng lượng khách: 17 - 18 triệu lượt;
- Khách quốc tế: 3,5 triệu lượt;
- Tổng thu từ khách du lịch: 42.000 tỷ đồng trở lên.

Thu Chung

Tin liên quan:
- Cô Tô đón 3.000 khách dịp Tết Dương lịch (26/12/2023)
- Hạ Long: Khai trương tuyến xe buýt 2 tầng City tour (20/12/2023)
- Vân Đồn: Đường bay quốc tế thứ 5 đến sân bay Vân Đồn (15/12/2023)

Lượt xem: 1.847
Báo Quảng Ninh - 71 Nguyễn Văn Cừ, TP Hạ Long. ĐT: 0203.3835.068
'''
META = {'published': '2023-12-27', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2023', 'modality': 'actual'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
E = {'modality': 'estimate'}
UP = {'direction': 'up'}
T = {'modality': 'target', 'period': '2024'}
FIGS = [
 ('Quảng Ninh đón gần 15,2 triệu lượt khách', '15,2 triệu', 'level', 'lượt khách', dict(TA, bound='nearly')),
 ('ước đạt gần 15,2 triệu lượt,', '15,2 triệu', 'level', 'lượt', dict(TA, **E, bound='nearly')),
 ('tăng 29% so với năm 2022', '29%', 'change', '%', dict(TA, **E, **UP, base='2022')),
 ('đạt 101% kế hoạch', '101%', 'attainment', '%', dict(TA, **E, base='target')),
 ('ước đạt 33.800 tỷ đồng', '33.800 tỷ đồng', 'level', 'VND', dict(TR, **E)),
 ('tăng 36%', '36%', 'change', '%', dict(TR, **E, **UP)),
 ('ước đạt 2,1 triệu lượt', '2,1 triệu', 'level', 'lượt', dict(ITA, **E)),
 ('gấp 5,2 lần năm 2022', '5,2 lần', 'change', 'lần', dict(ITA, **E, **UP, base='2022')),
 ('khoảng 13,1 triệu lượt', '13,1 triệu', 'level', 'lượt', dict(TA, **E, bound='about')),
 ('ước đạt 6,35 triệu lượt', '6,35 triệu', 'level', 'lượt', dict(E)),
 ('chiếm 41,8%', '41,8%', 'level', '%', dict(E)),
 ('đạt 1,7 ngày/khách', '1,7', 'level', 'ngày/khách', dict()),
 ('khoảng 2,8 triệu đồng/ngày', '2,8 triệu đồng/ngày', 'level', 'VND/ngày', dict(bound='about')),
 ('Hàn Quốc: 712.000 lượt', '712.000', 'level', 'lượt', dict(ITA)),
 ('tăng 310%', '310%', 'change', '%', dict(ITA, **UP, base='2022')),
 ('Trung Quốc: 486.000 lượt', '486.000', 'level', 'lượt', dict(ITA)),
 ('(Trung Quốc): 124.500 lượt', '124.500', 'level', 'lượt', dict(ITA)),
 ('châu Âu: 208.000 lượt', '208.000', 'level', 'lượt', dict(ITA)),
 ('đạt 9,1 triệu lượt', '9,1 triệu', 'level', 'lượt', dict(TA, locality='thành phố Hạ Long')),
 ('1,2 triệu lượt và', '1,2 triệu', 'level', 'lượt', dict(TA, locality='thành phố Cẩm Phả')),
 ('1,05 triệu lượt khách', '1,05 triệu', 'level', 'lượt khách', dict(TA, locality='huyện Vân Đồn')),
 ('đón 312.000 lượt khách', '312.000', 'level', 'lượt khách', dict(TA, locality='huyện Cô Tô')),
 ('tăng 18,6% so với năm trước', '18,6%', 'change', '%', dict(TA, **UP, base='2022', locality='huyện Cô Tô')),
 ('khoảng 4,56 triệu lượt khách', '4,56 triệu', 'level', 'lượt khách', dict(TA, bound='about')),
 ('đạt 1.246 tỷ đồng', '1.246 tỷ đồng', 'level', 'VND', dict(TR)),
 ('đón 45 chuyến tàu', '45', 'level', 'chuyến tàu biển', dict()),
 ('gần 38.000 khách', '38.000', 'level', 'khách', dict(bound='nearly')),
 ('có 1.726 cơ sở lưu trú', '1.726', 'level', 'cơ sở lưu trú', dict()),
 ('với 31.050 buồng', '31.050', 'level', 'buồng', dict()),
 ('26 khách sạn', '26', 'level', 'khách sạn', dict()),
 ('đạt 52%', '52%', 'level', '%', dict()),
 ('tăng 9 điểm phần trăm', '9 điểm phần trăm', 'change', 'điểm %', dict(UP, base='2022')),
 ('lên tới 90%', '90%', 'level', '%', dict(optional=True)),
 ('khách: 17 - 18 triệu lượt', '17 - 18 triệu', 'level', 'lượt', dict(TA, **T)),
 ('tế: 3,5 triệu lượt', '3,5 triệu', 'level', 'lượt', dict(ITA, **T)),
 ('42.000 tỷ đồng trở lên', '42.000 tỷ đồng', 'level', 'VND', dict(TR, **T, bound='at_least')),
]
