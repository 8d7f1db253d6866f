TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự | Chính trị | Kinh tế | Du lịch | Văn hoá | Xã hội | Biển đảo | Video | Podcast
Thứ Bảy, 04/07/2026 07:30

Du lịch

An Giang đón 14,8 triệu lượt khách trong 6 tháng đầu năm 2026

Sáu tháng đầu năm 2026, toàn tỉnh đón 14,8 triệu lượt khách, đạt 58,3% kế hoạch năm, tăng 16,2% so với cùng kỳ; tổng thu từ du lịch ước đạt 42,6 nghìn tỷ đồng.

Chiều 3/7, Sở Văn hoá, Thể thao và Du lịch tổ chức hội nghị sơ kết 6 tháng hoạt động du lịch. Đây là lần sơ kết đầu tiên của ngành sau một năm hợp nhất hai tỉnh An Giang và Kiên Giang.

Theo báo cáo, trong 6 tháng, lượng khách đến An Giang đạt 14,8 triệu lượt, tăng 16,2% so với cùng kỳ năm 2025 (số liệu cùng kỳ tính gộp hai tỉnh cũ), bằng 58,3% kế hoạch năm (kế hoạch 25,4 triệu lượt). Khách quốc tế đạt 1,32 triệu lượt, tăng 28,4%, cao hơn mức tăng bình quân cả nước (cả nước tăng 21,7%). Khách lưu trú đạt 5,6 triệu lượt, chiếm 37,8% tổng lượt khách.

Tổng thu từ du lịch ước đạt 42,6 nghìn tỷ đồng, tăng 19,5% so với cùng kỳ, bằng 55,9% kế hoạch. Riêng tháng 6, toàn tỉnh đón 2,15 triệu lượt khách, giảm 4,6% so với tháng 5 do biển Phú Quốc bước vào mùa mưa.

Phú Quốc vẫn là đầu tàu

Đặc khu Phú Quốc đón 4,9 triệu lượt khách, trong đó 1,18 triệu lượt khách quốc tế, chiếm gần 90% lượng khách quốc tế của cả tỉnh. Công suất buồng phòng bình quân của các cơ sở lưu trú trên đặc khu đạt 68%, cao hơn cùng kỳ 6 điểm phần trăm. Cảng hàng không quốc tế Phú Quốc khai thác 14.300 chuyến bay, trong đó 5.120 chuyến bay quốc tế; 4 chuyến tàu biển quốc tế đưa 6.800 khách đến đảo.

Với lượng khách quốc tế này, An Giang xếp thứ 5 cả nước, sau TP. Hồ Chí Minh, Hà Nội, Khánh Hòa và Quảng Ninh. Tuyến bay thẳng Phú Quốc - Seoul tăng lên 21 chuyến mỗi tuần từ tháng 4.

Ở đất liền, Khu du lịch quốc gia Núi Sam (phường Vĩnh Tế) đón 3,7 triệu lượt khách, tăng 8,1% so với cùng kỳ; riêng Lễ hội Vía Bà Chúa Xứ Núi Sam thu hút khoảng 1,2 triệu lượt khách trong 5 ngày cao điểm. Các điểm du lịch cộng đồng ở Tri Tôn, Tịnh Biên và Rạch Giá đón tổng cộng 640.000 lượt khách.

Đến cuối tháng 6, toàn tỉnh có 1.864 cơ sở lưu trú với 42.500 buồng, tăng 3.100 buồng so với cuối năm 2025; trong đó 96 khách sạn từ 4 - 5 sao, phần lớn ở Phú Quốc và phường Rạch Giá.

Ông Trần Văn Lợi, 58 tuổi, chủ một homestay 6 phòng ở xã Núi Cấm, cho biết phòng kín khách các ngày cuối tuần; mỗi tháng gia đình thu khoảng 45 triệu đồng.

Phấn đấu cả năm đón 25,4 triệu lượt khách

Từ nay đến cuối năm, ngành du lịch phấn đấu đón thêm 10,6 triệu lượt khách để cả năm đạt 25,4 triệu lượt; tổng thu du lịch năm 2026 đạt 76,2 nghìn tỷ đồng. Tỉnh sẽ tổ chức Tuần lễ du lịch biển đảo Phú Quốc lần thứ 3 và chương trình kích cầu "An Giang - 2 miền 1 điểm đến".

Ngọc Hân

Tin liên quan
› Phú Quốc đón 1 triệu lượt khách quốc tế sớm hơn 2 tháng
› Khai trương tuyến cáp treo Núi Cấm mới, công suất 2.000 khách/giờ
› An Giang: 5 tháng thu ngân sách đạt 52% dự toán

Đường dây nóng du lịch: 1900.6868 | Toà soạn: 316 Trần Hưng Đạo, phường Long Xuyên, tỉnh An Giang
'''
META = {'published': '2026-07-04', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2026-H1', 'modality': 'actual', 'indicator': 'tourist_arrivals'}
E = {'modality': 'estimate'}
UP = {'direction': 'up', 'base': 'same_period'}
A = {'base': 'target'}
REV = {'indicator': 'tourism_revenue'}
INT = {'indicator': 'international_tourist_arrivals'}
PQ = {'locality': 'đặc khu Phú Quốc'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('đón 14,8 triệu lượt khách trong', '14,8 triệu lượt khách', 'level', 'lượt khách', dict()),
 ('đón 14,8 triệu lượt khách, đạt', '14,8 triệu lượt khách', 'level', 'lượt khách', dict()),
 ('đạt 58,3% kế hoạch năm,', '58,3%', 'attainment', '%', dict(A)),
 ('tăng 16,2% so với cùng kỳ;', '16,2%', 'change', '%', dict(UP)),
 ('ước đạt 42,6 nghìn tỷ đồng.', '42,6 nghìn tỷ đồng', 'level', 'VND', dict(E, value=42600000000000, **REV)),
 ('đạt 14,8 triệu lượt,', '14,8 triệu lượt', 'level', 'lượt', dict()),
 ('tăng 16,2% so với cùng kỳ năm 2025', '16,2%', 'change', '%', dict(UP)),
 ('bằng 58,3% kế hoạch năm', '58,3%', 'attainment', '%', dict(A)),
 ('(kế hoạch 25,4 triệu lượt)', '25,4 triệu lượt', 'level', 'lượt', dict(T)),
 ('đạt 1,32 triệu lượt', '1,32 triệu lượt', 'level', 'lượt', dict(INT)),
 ('tăng 28,4%', '28,4%', 'change', '%', dict(INT, direction='up')),
 ('cả nước tăng 21,7%', '21,7%', 'change', '%', dict(INT, locality='cả nước', direction='up')),
 ('đạt 5,6 triệu lượt', '5,6 triệu lượt', 'level', 'lượt', dict()),
 ('chiếm 37,8%', '37,8%', 'level', '%', dict(indicator=None)),
 ('Tổng thu từ du lịch ước đạt 42,6 nghìn tỷ đồng, tăng', '42,6 nghìn tỷ đồng', 'level', 'VND', dict(E, value=42600000000000, **REV)),
 ('tăng 19,5% so với cùng kỳ', '19,5%', 'change', '%', dict(E, **UP, **REV)),
 ('bằng 55,9% kế hoạch', '55,9%', 'attainment', '%', dict(E, **A, **REV)),
 ('đón 2,15 triệu lượt khách', '2,15 triệu lượt khách', 'level', 'lượt khách', dict(period='2026-M06')),
 ('giảm 4,6% so với tháng 5', '4,6%', 'change', '%', dict(period='2026-M06', direction='down', base='previous_period')),
 ('đón 4,9 triệu lượt khách', '4,9 triệu lượt khách', 'level', 'lượt khách', dict(PQ)),
 ('trong đó 1,18 triệu lượt khách quốc tế', '1,18 triệu lượt khách', 'level', 'lượt khách', dict(INT, **PQ)),
 ('gần 90%', '90%', 'level', '%', dict(PQ, indicator=None, bound='nearly')),
 ('đạt 68%', '68%', 'level', '%', dict(PQ, indicator=None)),
 ('cùng kỳ 6 điểm phần trăm', '6 điểm phần trăm', 'change', 'điểm %', dict(PQ, indicator=None, **UP)),
 ('khai thác 14.300 chuyến bay', '14.300', 'level', 'chuyến bay', dict(indicator=None)),
 ('trong đó 5.120 chuyến bay', '5.120', 'level', 'chuyến bay', dict(indicator=None)),
 ('4 chuyến tàu biển', '4', 'level', 'chuyến tàu biển', dict(indicator=None)),
 ('đưa 6.800 khách', '6.800', 'level', 'khách', dict(indicator=None)),
 ('lên 21 chuyến mỗi tuần', '21', 'level', 'chuyến', dict(optional=True)),
 ('đón 3,7 triệu lượt khách', '3,7 triệu lượt khách', 'level', 'lượt khách', dict(locality='phường Vĩnh Tế')),
 ('tăng 8,1% so với cùng kỳ', '8,1%', 'change', '%', dict(locality='phường Vĩnh Tế', **UP)),
 ('khoảng 1,2 triệu lượt khách', '1,2 triệu lượt khách', 'level', 'lượt khách', dict(optional=True)),
 ('đón tổng cộng 640.000 lượt khách', '640.000', 'level', 'lượt khách', dict()),
 ('đón thêm 10,6 triệu lượt khách', '10,6 triệu lượt khách', 'level', 'lượt khách', dict(modality='target', period='2026-H2')),
 ('năm đạt 25,4 triệu lượt;', '25,4 triệu lượt', 'level', 'lượt', dict(T)),
 ('đạt 76,2 nghìn tỷ đồng', '76,2 nghìn tỷ đồng', 'level', 'VND', dict(T, value=76200000000000, **REV)),
 ('có 1.864 cơ sở lưu trú', '1.864', 'level', 'cơ sở lưu trú', dict(indicator=None, period='2026-M06')),
 ('với 42.500 buồng', '42.500', 'level', 'buồng', dict(indicator=None, period='2026-M06')),
 ('tăng 3.100 buồng', '3.100', 'change', 'buồng', dict(indicator=None, period='2026-M06', direction='up', base='2025')),
 ('trong đó 96 khách sạn', '96', 'level', 'khách sạn', dict(indicator=None, period='2026-M06')),
 ('đón 25,4 triệu lượt khách\n', '25,4 triệu lượt khách', 'level', 'lượt khách', dict(T)),
]
