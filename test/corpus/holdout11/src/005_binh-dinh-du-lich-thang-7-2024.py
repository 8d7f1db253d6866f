TEXT = '''
Du lịch

Bình Định: Tháng 7 đón hơn 1,1 triệu lượt khách du lịch

02/08/2024 10:12

(BĐ) - Theo Sở Du lịch, trong tháng 7/2024, lượng khách du lịch đến Bình Định ước đạt 1,12 triệu lượt, tăng 15,4% so với tháng trước và tăng 21,7% so với cùng kỳ; trong đó khách quốc tế ước 38.500 lượt. Doanh thu du lịch tháng 7 ước đạt 2.350 tỷ đồng.

Riêng thành phố Quy Nhơn đón 890.000 lượt khách, chiếm 79,5% tổng lượt khách toàn tỉnh; công suất phòng bình quân của các khách sạn 3 - 5 sao đạt 78%.

Lũy kế 7 tháng năm 2024, tổng lượt khách đến tỉnh ước đạt 5,82 triệu lượt, bằng 94,5% kế hoạch năm, tăng 18,3% so với cùng kỳ; khách quốc tế 276.000 lượt, tăng 32%. Tổng thu từ du lịch ước đạt 12.680 tỷ đồng.

Lượng khách các tháng gần đây như sau:
Tháng | Lượt khách | So với cùng kỳ (%)
Tháng 4 | 640.000 | +9,6
Tháng 5 | 890.000 | +12,5
Tháng 6 | 970.000 | +19,8

Năm 2024, tỉnh đặt mục tiêu đón 6,16 triệu lượt khách, tổng thu từ du lịch đạt 13.500 tỷ đồng. Để kích cầu dịp cuối hè, tỉnh tổ chức Liên hoan Võ cổ truyền lần thứ X và tuần lễ ẩm thực tại quảng trường Nguyễn Tất Thành.

Du khách cần hỗ trợ có thể gọi đường dây nóng 0256.3822.168 hoặc 1900 1088.

Hoàng Quân
'''
META = {'published': '2024-08-02', 'locality': 'tỉnh Bình Định'}
DEFAULTS = {'locality': 'tỉnh Bình Định', 'period': '2024-M07', 'modality': 'actual'}
E = {'modality': 'estimate'}
L = {'period': '2024-7M'}
R = {'indicator': 'tourist_arrivals', 'direction': 'up', 'base': 'same_period'}
FIGS = [
 ('hơn 1,1 triệu lượt khách', '1,1 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='over')),
 ('ước đạt 1,12 triệu lượt', '1,12 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals', **E)),
 ('tăng 15,4%', '15,4%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='previous_period', **E)),
 ('tăng 21,7%', '21,7%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='same_period', **E)),
 ('ước 38.500 lượt', '38.500', 'level', 'lượt', dict(indicator='international_tourist_arrivals', **E)),
 ('ước đạt 2.350 tỷ đồng', '2.350 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', **E)),
 ('đón 890.000 lượt', '890.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', locality='thành phố Quy Nhơn')),
 ('chiếm 79,5%', '79,5%', 'level', '%', dict(locality='thành phố Quy Nhơn')),
 ('đạt 78%', '78%', 'level', '%', dict(locality='thành phố Quy Nhơn')),
 ('ước đạt 5,82 triệu lượt', '5,82 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals', **E, **L)),
 ('bằng 94,5% kế hoạch', '94,5%', 'attainment', '%', dict(indicator='tourist_arrivals', base='target', **E, **L)),
 ('tăng 18,3%', '18,3%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='same_period', **E, **L)),
 ('tế 276.000 lượt', '276.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals', **L)),
 ('tăng 32%', '32%', 'change', '%', dict(indicator='international_tourist_arrivals', direction='up', **L)),
 ('ước đạt 12.680 tỷ đồng', '12.680 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', **E, **L)),
 ('| 640.000 |', '640.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', period='2024-M04')),
 ('+9,6', '9,6', 'change', '%', dict(period='2024-M04', **R)),
 ('| 890.000 |', '890.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', period='2024-M05')),
 ('+12,5', '12,5', 'change', '%', dict(period='2024-M05', **R)),
 ('| 970.000 |', '970.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', period='2024-M06')),
 ('+19,8', '19,8', 'change', '%', dict(period='2024-M06', **R)),
 ('đón 6,16 triệu lượt', '6,16 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', period='2024', modality='target')),
 ('đạt 13.500 tỷ đồng', '13.500 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', period='2024', modality='target')),
]
