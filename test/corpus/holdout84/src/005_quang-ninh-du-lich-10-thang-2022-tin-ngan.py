TEXT = '''
BÁO QUẢNG NINH
Du lịch
02/11/2022 10:45

Quảng Ninh: 10 tháng đón gần 11,2 triệu lượt khách

Theo Sở Du lịch, 10 tháng năm 2022, toàn tỉnh đón gần 11,2 triệu lượt khách, gấp 2,5 lần cùng kỳ năm 2021, đạt 93% kế hoạch năm; trong đó khách quốc tế ước đạt 148.000 lượt. Tổng doanh thu từ du lịch ước đạt 19.850 tỷ đồng, gấp 3 lần cùng kỳ.

Riêng tháng 10, lượng khách đến Quảng Ninh đạt 820.000 lượt, giảm 14% so với tháng trước do đã hết mùa du lịch biển. Thành phố Hạ Long vẫn là điểm đến chính với 5,9 triệu lượt khách trong 10 tháng; huyện Vân Đồn đón 1,3 triệu lượt.

Công suất sử dụng buồng phòng bình quân 10 tháng đạt khoảng 52%; riêng các khách sạn 4 - 5 sao tại thành phố Hạ Long đạt trên 70% vào các dịp cuối tuần. Toàn tỉnh hiện có 1.850 cơ sở lưu trú với khoảng 41.000 buồng.

Để hoàn thành mục tiêu đón 12 triệu lượt khách năm 2022, ngành du lịch tiếp tục triển khai chương trình kích cầu mùa thấp điểm, phát triển các sản phẩm du lịch đêm.

Du khách tham quan vịnh Hạ Long. Ảnh: Thu Chung

Hoàng Quỳnh

Tin khác
- Cảng hàng không Vân Đồn đón chuyến bay thứ 500 trong năm (28/10/2022)
- Khai mạc Tuần Văn hóa - Du lịch Bình Liêu lần thứ 3 (25/10/2022)

Báo Quảng Ninh. Tòa soạn: 71 Hạ Long, TP Hạ Long. Hotline: 0203.3835.222
'''
META = {'published': '2022-11-02', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2022-10M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
SP = {'base': 'same_period'}
TA = {'indicator': 'tourist_arrivals'}
M10 = {'period': '2022-M10'}
FIGS = [
 ('đón gần 11,2 triệu lượt khách\n', '11,2 triệu', 'level', 'lượt khách', d(TA, bound='nearly')),
 ('tỉnh đón gần 11,2 triệu', '11,2 triệu', 'level', 'lượt khách', d(TA, bound='nearly')),
 ('gấp 2,5 lần', '2,5 lần', 'change', 'lần', d(TA, U, SP)),
 ('đạt 93% kế hoạch', '93%', 'attainment', '%', d(TA, base='target')),
 ('đạt 148.000 lượt', '148.000', 'level', 'lượt', d(E, indicator='international_tourist_arrivals')),
 ('đạt 19.850 tỷ đồng', '19.850 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('gấp 3 lần', '3 lần', 'change', 'lần', d(E, U, SP, indicator='tourism_revenue')),
 ('đạt 820.000 lượt', '820.000', 'level', 'lượt', d(TA, M10)),
 ('giảm 14%', '14%', 'change', '%', d(TA, M10, DN, base='previous_period')),
 ('với 5,9 triệu', '5,9 triệu', 'level', 'lượt khách', d(TA, locality='thành phố Hạ Long')),
 ('đón 1,3 triệu', '1,3 triệu', 'level', 'lượt', d(TA, locality='huyện Vân Đồn')),
 ('khoảng 52%', '52%', 'level', '%', d(bound='about')),
 ('trên 70%', '70%', 'level', '%', d(bound='over', locality='thành phố Hạ Long')),
 ('có 1.850 cơ sở', '1.850', 'level', 'cơ sở lưu trú', d()),
 ('khoảng 41.000 buồng', '41.000', 'level', 'buồng', d(bound='about')),
 ('đón 12 triệu', '12 triệu', 'level', 'lượt khách', d(TA, period='2022', modality='target')),
]
