NFD = True
TEXT = '''
BÁO QUẢNG BÌNH
Du lịch | 05/09/2023 08:12

Mùa du lịch hè 2023: Quảng Bình đón 2,85 triệu lượt khách

QBĐT - Mùa du lịch hè năm 2023 (từ tháng 5 đến hết tháng 8), toàn tỉnh đón khoảng 2,85 triệu lượt khách, tăng 23% so với mùa hè năm 2022; doanh thu từ du lịch ước đạt 6.120 tỷ đồng, tăng 31%. Trong đó, khách quốc tế đạt 61.500 lượt, gấp 2,4 lần cùng kỳ.

Theo Sở Du lịch, công suất sử dụng phòng tại các cơ sở lưu trú ven biển trong các tháng cao điểm đạt 85 - 90%, có thời điểm cuối tuần đạt gần 100%. Toàn tỉnh hiện có 1.212 cơ sở lưu trú với 19.860 phòng, tăng 94 cơ sở so với cuối năm 2022.

Vườn quốc gia Phong Nha - Kẻ Bàng (huyện Bố Trạch) là điểm đến thu hút nhất, đón 612.000 lượt khách, doanh thu bán vé đạt 168 tỷ đồng. Tại thành phố Đồng Hới, bãi biển Nhật Lệ và Bảo Ninh đón hơn 1,1 triệu lượt khách tắm biển; riêng dịp lễ hội "Sắc màu Nhật Lệ" cuối tháng 7 thu hút 45.000 lượt người tham gia.

Giá phòng khách sạn 3 sao tại các khu ven biển trong mùa cao điểm tăng 15 - 20% so với ngày thường, dao động 900.000 - 1.200.000 đồng/đêm. Sân bay Đồng Hới trong 4 tháng hè khai thác 1.420 chuyến bay, tăng 38% so với cùng kỳ; hệ số sử dụng ghế bình quân đạt 86%.

Tính chung 8 tháng năm 2023, Quảng Bình đón 3,62 triệu lượt khách, đạt 82,3% kế hoạch năm, tổng thu từ du lịch đạt 7.480 tỷ đồng. Năm 2023, tỉnh phấn đấu đón 4,4 triệu lượt khách.

Tour thám hiểm hang Sơn Đoòng mùa 2024 đã bán hết 1.100 chỗ, giá mỗi tour 4 ngày 3 đêm là 72 triệu đồng/khách.

[Ảnh] Du khách tắm biển Nhật Lệ chiều 2/9. Ảnh: Phan Phương

Phan Phương

Tin cùng chuyên mục:
- Phong Nha đón vị khách thứ 1 triệu (28/08/2023)
- Tổng đài hỗ trợ du khách: 1900 2012 | Giấy phép số 102/GP-BTTTT
'''
META = {'published': '2023-09-05', 'locality': 'tỉnh Quảng Bình'}
DEFAULTS = {'locality': 'tỉnh Quảng Bình', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
TA = {'indicator': 'tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
BT = {'locality': 'huyện Bố Trạch'}
DH = {'locality': 'thành phố Đồng Hới'}
M8 = {'period': '2023-8M'}
FIGS = [
 ('đón 2,85 triệu lượt khách\n', '2,85 triệu', 'level', 'lượt khách', d(TA)),
 ('khoảng 2,85 triệu', '2,85 triệu', 'level', 'lượt khách', d(TA, bound='about')),
 ('tăng 23%', '23%', 'change', '%', d(TA, direction='up', base='same_period')),
 ('đạt 6.120 tỷ đồng', '6.120 tỷ đồng', 'level', 'VND', d(TR, modality='estimate')),
 ('tăng 31%', '31%', 'change', '%', d(TR, modality='estimate', direction='up')),
 ('đạt 61.500 lượt', '61.500', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('gấp 2,4 lần', '2,4', 'change', 'lần', d(indicator='international_tourist_arrivals', direction='up', base='same_period')),
 ('đạt 85 - 90%', '85 - 90%', 'level', '%', d()),
 ('đạt gần 100%', '100%', 'level', '%', d(bound='nearly')),
 ('có 1.212 cơ sở', '1.212', 'level', 'cơ sở lưu trú', d()),
 ('với 19.860 phòng', '19.860', 'level', 'phòng', d()),
 ('tăng 94 cơ sở', '94', 'change', 'cơ sở', d(direction='up', base='2022')),
 ('đón 612.000 lượt', '612.000', 'level', 'lượt khách', d(BT, TA)),
 ('đạt 168 tỷ đồng', '168 tỷ đồng', 'level', 'VND', d(BT)),
 ('hơn 1,1 triệu', '1,1 triệu', 'level', 'lượt khách', d(DH, TA, bound='over')),
 ('hút 45.000 lượt', '45.000', 'level', 'lượt người', d(DH, period='2023-M07')),
 ('đón 3,62 triệu', '3,62 triệu', 'level', 'lượt khách', d(TA, M8)),
 ('đạt 82,3% kế hoạch', '82,3%', 'attainment', '%', d(TA, M8, base='target')),
 ('đạt 7.480 tỷ đồng', '7.480 tỷ đồng', 'level', 'VND', d(TR, M8)),
 ('đón 4,4 triệu', '4,4 triệu', 'level', 'lượt khách', d(TA, modality='target')),
 ('hết 1.100 chỗ', '1.100', 'level', 'chỗ', d(optional=True)),
 ('là 72 triệu đồng/khách', '72 triệu đồng/khách', 'level', 'VND/khách', d(optional=True)),
 ('tăng 15 - 20%', '15 - 20%', 'change', '%', d(direction='up')),
 ('900.000 - 1.200.000 đồng/đêm', '900.000 - 1.200.000 đồng/đêm', 'level', 'VND/đêm', d(optional=True)),
 ('khai thác 1.420', '1.420', 'level', 'chuyến bay', d()),
 ('tăng 38%', '38%', 'change', '%', d(direction='up', base='same_period')),
 ('ghế bình quân đạt 86%', '86%', 'level', '%', d()),
]
