TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Thứ Hai, 23/2/2026 | 15:20 GMT+7
Thời sự | Kinh tế | Du lịch | Xã hội | Pháp luật | Thể thao | Video

Du lịch

9 ngày Tết, Khánh Hòa đón hơn 612.000 lượt khách

Trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ (từ ngày 14 đến 22/2), các cơ sở lưu trú trên địa bàn tỉnh đón và phục vụ khoảng 612.400 lượt khách, tăng 21,6% so với Tết Ất Tỵ năm 2025; trong đó khách quốc tế 248.000 lượt, tăng 34%.

Theo Sở Du lịch, tổng doanh thu từ du lịch trong dịp Tết ước đạt 3.850 tỷ đồng, tăng 27,3% so với cùng kỳ. Công suất phòng bình quân của các khách sạn từ 3 - 5 sao đạt 78%, riêng các ngày mùng 2 đến mùng 5 Tết đạt trên 90%.

Khu vực Nha Trang đông khách nhất

Phường Nha Trang đón khoảng 418.000 lượt khách lưu trú, chiếm 68,3% tổng lượng khách của tỉnh. Cảng hàng không quốc tế Cam Ranh phục vụ 1.284 chuyến bay, tăng 15% so với Tết năm trước; ngày cao điểm mùng 6 Tết có 162 chuyến. Khu vực Ninh Thuận cũ đón 96.500 lượt khách, gấp 1,4 lần Tết năm trước, chủ yếu tại các khu du lịch biển Bình Sơn - Ninh Chữ.

Tại Cảng du lịch quốc tế Nha Trang, trong 9 ngày Tết có 3 chuyến tàu biển với hơn 7.800 khách quốc tế cập cảng.

Du khách tham quan Tháp Bà Ponagar, phường Nha Trang sáng mùng 3 Tết. Ảnh: Hoàng Yến

Tai nạn giao thông giảm

Theo Công an tỉnh, trong 9 ngày nghỉ Tết, toàn tỉnh xảy ra 6 vụ tai nạn giao thông, làm chết 5 người, bị thương 4 người; so với Tết năm trước giảm 3 vụ, giảm 2 người chết, giảm 5 người bị thương. Lực lượng CSGT đã xử lý 1.862 trường hợp vi phạm, trong đó 1.104 trường hợp vi phạm nồng độ cồn, tạm giữ 912 phương tiện, phạt tiền 4,6 tỷ đồng.

Các bệnh viện trong tỉnh đã khám, cấp cứu 5.240 lượt người, trong đó 486 ca cấp cứu do tai nạn giao thông.

Ngay sau Tết, toàn tỉnh phấn đấu quý I/2026 đón 2,3 triệu lượt khách lưu trú và cả năm 2026 đón 12 triệu lượt, trong đó 5 triệu lượt khách quốc tế.

Hoàng Yến

Tin khác
- Khánh Hòa: Hơn 30.000 lượt khách dự lễ hội đầu xuân (21/2/2026)
- Sân bay Cam Ranh đón chuyến bay đầu tiên năm Bính Ngọ (17/2/2026)
- Đường dây nóng du lịch: 1900.1234 | Lượt xem: 3.462
'''
META = {'published': '2026-02-23', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2026-M02', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
TAC = {'indicator': 'traffic_accidents'}
TD = {'indicator': 'traffic_deaths'}
TI = {'indicator': 'traffic_injuries'}
NTR = {'locality': 'phường Nha Trang'}
NT = {'locality': 'tỉnh Ninh Thuận'}
K = {'modality': 'target'}
OPT = {'optional': True}
FIGS = [
 ('hơn 612.000 lượt khách', '612.000', 'level', 'lượt khách', d(TA, bound='over')),
 ('khoảng 612.400 lượt khách', '612.400', 'level', 'lượt khách', d(TA, bound='about')),
 ('tăng 21,6%', '21,6%', 'change', '%', d(TA, U, SP)),
 ('tế 248.000 lượt', '248.000', 'level', 'lượt', d(ITA)),
 ('tăng 34%', '34%', 'change', '%', d(ITA, U, SP)),
 ('đạt 3.850 tỷ đồng', '3.850 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue', modality='estimate')),
 ('tăng 27,3%', '27,3%', 'change', '%', d(U, SP, indicator='tourism_revenue', modality='estimate')),
 ('đạt 78%', '78%', 'level', '%', d()),
 ('trên 90%', '90%', 'level', '%', d(bound='over')),
 ('khoảng 418.000 lượt', '418.000', 'level', 'lượt khách', d(TA, NTR, bound='about')),
 ('chiếm 68,3%', '68,3%', 'level', '%', d(TA, NTR)),
 ('vụ 1.284 chuyến', '1.284', 'level', 'chuyến bay', d()),
 ('tăng 15%', '15%', 'change', '%', d(U, SP)),
 ('có 162 chuyến', '162', 'level', 'chuyến', OPT),
 ('đón 96.500 lượt', '96.500', 'level', 'lượt khách', d(TA, NT)),
 ('gấp 1,4 lần', '1,4 lần', 'change', 'lần', d(TA, NT, U, SP)),
 ('có 3 chuyến', '3', 'level', 'chuyến tàu biển', OPT),
 ('hơn 7.800 khách', '7.800', 'level', 'khách', d(ITA, bound='over')),
 ('ra 6 vụ', '6', 'level', 'vụ', d(TAC)),
 ('chết 5 người', '5', 'level', 'người', d(TD)),
 ('thương 4 người', '4', 'level', 'người', d(TI)),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(TAC, D, SP)),
 ('giảm 2 người chết', '2', 'change', 'người', d(TD, D, SP)),
 ('giảm 5 người bị thương', '5', 'change', 'người', d(TI, D, SP)),
 ('xử lý 1.862 trường hợp', '1.862', 'level', 'trường hợp', d()),
 ('đó 1.104 trường hợp', '1.104', 'level', 'trường hợp', d()),
 ('giữ 912 phương tiện', '912', 'level', 'phương tiện', d()),
 ('phạt tiền 4,6 tỷ đồng', '4,6 tỷ đồng', 'level', 'VND', d()),
 ('cứu 5.240 lượt người', '5.240', 'level', 'lượt người', d()),
 ('486 ca', '486', 'level', 'ca', d()),
 ('đón 2,3 triệu lượt', '2,3 triệu lượt', 'level', 'lượt khách', d(TA, K, period='2026-Q1')),
 ('đón 12 triệu lượt', '12 triệu lượt', 'level', 'lượt', d(TA, K, period='2026')),
 ('5 triệu lượt khách', '5 triệu lượt', 'level', 'lượt khách', d(ITA, K, period='2026')),
]
