TEXT = '''
Văn hóa - Du lịch

Hội An đón gần 2,5 triệu lượt khách trong 6 tháng đầu năm

Cập nhật: 08/07/2024 | 16:45

(QNO) - Theo Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, tổng lượt khách tham quan, lưu trú tại Quảng Nam ước đạt 4,72 triệu lượt, tăng 31,6% so với cùng kỳ năm 2023, đạt 56,2% kế hoạch năm; trong đó khách quốc tế ước đạt 2,48 triệu lượt, tăng 47,3%. Tổng thu từ du lịch ước đạt 8.960 tỷ đồng, tăng 36,4%.

Riêng thành phố Hội An đón 2,46 triệu lượt khách, trong đó khách quốc tế chiếm khoảng 72%. Doanh thu bán vé tham quan phố cổ đạt 186 tỷ đồng. Công suất phòng bình quân của các cơ sở lưu trú trong thành phố đạt 68,5%, có thời điểm lên 90 - 95%.

Huyện Duy Xuyên, nơi có Khu đền tháp Mỹ Sơn, đón 218.000 lượt khách, tăng 18,5% so với cùng kỳ; doanh thu từ vé tham quan khu đền tháp ước đạt 42 tỷ đồng.

Toàn tỉnh hiện có 1.120 cơ sở lưu trú với hơn 18.000 phòng. Các thị trường khách quốc tế lớn nhất của tỉnh trong 6 tháng (lượt khách; tăng, giảm so với cùng kỳ):
Hàn Quốc: 682.000 (+38,2%)
Mỹ: 214.000 (+12,6%)
Úc: 158.000 (-4,1%)
Trung Quốc: 131.000 (+85%)

Ông Trần Văn Lộc, Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết: "Cả năm 2024, tỉnh phấn đấu đón 8,4 triệu lượt khách, tổng thu du lịch đạt 17.500 tỷ đồng. Để đạt mục tiêu, 6 tháng cuối năm ngành sẽ tập trung kích cầu thị trường nội địa, nhất là khách từ các tỉnh phía Bắc."

Năm 2025, tỉnh đặt mục tiêu đón 9 - 9,5 triệu lượt khách, trong đó khách quốc tế chiếm trên 50%.

Vĩnh Lộc
'''
META = {'published': '2024-07-08', 'locality': 'tỉnh Quảng Nam'}
DEFAULTS = {'locality': 'tỉnh Quảng Nam', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
TA = {'indicator': 'tourist_arrivals'}
IT = {'indicator': 'international_tourist_arrivals'}
HA = {'locality': 'thành phố Hội An'}
SP = {'base': 'same_period'}
FIGS = [
 ('đón gần 2,5 triệu lượt khách', '2,5 triệu', 'level', 'lượt khách', dict(TA, **HA, bound='nearly', value=2500000)),
 ('ước đạt 4,72 triệu lượt', '4,72 triệu', 'level', 'lượt', dict(TA, **E, value=4720000)),
 ('tăng 31,6%', '31,6%', 'change', '%', dict(TA, **E, **SP, direction='up')),
 ('đạt 56,2% kế hoạch', '56,2%', 'attainment', '%', dict(TA, **E, base='target')),
 ('ước đạt 2,48 triệu lượt', '2,48 triệu', 'level', 'lượt', dict(IT, **E, value=2480000)),
 ('tăng 47,3%', '47,3%', 'change', '%', dict(IT, **E, direction='up')),
 ('ước đạt 8.960 tỷ đồng', '8.960 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', **E)),
 ('tăng 36,4%', '36,4%', 'change', '%', dict(indicator='tourism_revenue', **E, direction='up')),
 ('đón 2,46 triệu lượt khách', '2,46 triệu', 'level', 'lượt khách', dict(TA, **HA, value=2460000)),
 ('chiếm khoảng 72%', '72%', 'level', '%', dict(HA, bound='about')),
 ('đạt 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', dict(HA)),
 ('đạt 68,5%', '68,5%', 'level', '%', dict(HA)),
 ('lên 90 - 95%', '90 - 95%', 'level', '%', dict(HA)),
 ('đón 218.000 lượt khách', '218.000', 'level', 'lượt khách', dict(TA, locality='huyện Duy Xuyên')),
 ('tăng 18,5%', '18,5%', 'change', '%', dict(TA, **SP, locality='huyện Duy Xuyên', direction='up')),
 ('ước đạt 42 tỷ đồng', '42 tỷ đồng', 'level', 'VND', dict(locality='huyện Duy Xuyên', **E)),
 ('có 1.120 cơ sở lưu trú', '1.120', 'level', 'cơ sở lưu trú', dict()),
 ('hơn 18.000 phòng', '18.000', 'level', 'phòng', dict(bound='over')),
 ('Quốc: 682.000', '682.000', 'level', 'lượt khách', dict(IT)),
 ('(+38,2%)', '38,2%', 'change', '%', dict(IT, **SP, direction='up')),
 ('Mỹ: 214.000', '214.000', 'level', 'lượt khách', dict(IT)),
 ('(+12,6%)', '12,6%', 'change', '%', dict(IT, **SP, direction='up')),
 ('Úc: 158.000', '158.000', 'level', 'lượt khách', dict(IT)),
 ('(-4,1%)', '4,1%', 'change', '%', dict(IT, **SP, direction='down')),
 ('Quốc: 131.000', '131.000', 'level', 'lượt khách', dict(IT)),
 ('(+85%)', '85%', 'change', '%', dict(IT, **SP, direction='up')),
 ('đón 8,4 triệu lượt khách', '8,4 triệu', 'level', 'lượt khách', dict(TA, modality='target', period='2024', value=8400000)),
 ('đạt 17.500 tỷ đồng', '17.500 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', modality='target', period='2024')),
 ('đón 9 - 9,5 triệu lượt khách', '9 - 9,5 triệu', 'level', 'lượt khách', dict(TA, modality='target', period='2025')),
 ('chiếm trên 50%', '50%', 'level', '%', dict(modality='target', period='2025', bound='over')),
]
