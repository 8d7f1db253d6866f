# Tỉnh Thanh Hóa (after the July 2025 reorganisation: phường Sầm Sơn, phường Nam Sầm Sơn), a long round-up of the
# 2/9 holiday of 2025 (30/8 - 2/9/2025, across two months of the third quarter: '2025-Q3') and of the summer season
# "từ ngày 1/5 đến hết ngày 2/9/2025". The season runs across the second and third quarters and no period form fits
# it, so its figures take the year '2025'; "8 tháng năm 2025" is '2025-8M'. "80 năm", "A80", the rescue told as a
# story, the fireworks' minutes, ranks, hotlines and "112" are no figures. A site named without its commune
# (Khu di tích Lam Kinh) is the province's.
TEXT = '''
BÁO THANH HÓA ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Du lịch | Văn hóa | Xã hội | Pháp luật | Thể thao | Xứ Thanh
Thứ Tư, 03/09/2025 09:15

Du lịch Thanh Hóa: mùa hè đón gần 10 triệu lượt khách, kỳ nghỉ lễ 2/9 tăng hơn 26%

(baothanhhoa.vn) - Kỳ nghỉ lễ Quốc khánh năm nay kéo dài 4 ngày (từ 30/8 đến 2/9/2025), trùng dịp cả nước kỷ niệm 80 năm Cách mạng tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025). Toàn tỉnh đón khoảng 712.000 lượt khách, tăng 26,4% so với dịp lễ 2/9 năm 2024, khép lại một mùa du lịch hè sôi động.

Biển Sầm Sơn đông nghịt du khách chiều 1/9. Ảnh: Lê Hội

Bốn ngày lễ, doanh thu gần 1.400 tỷ đồng

Theo Sở Văn hóa, Thể thao và Du lịch, trong 4 ngày nghỉ lễ, doanh thu du lịch toàn tỉnh ước đạt 1.390 tỷ đồng, tăng 31,2% so với cùng kỳ. Khách lưu trú đạt 296.000 lượt; khách quốc tế 5.100 lượt, chủ yếu từ Lào, Thái Lan và Hàn Quốc. Công suất sử dụng phòng tại các khu du lịch biển đạt 90 - 95%, khu vực nội thành 65 - 70%.

Phường Sầm Sơn đón 385.000 lượt khách, chiếm 54,1% tổng lượt khách toàn tỉnh; phường Nam Sầm Sơn đón 68.000 lượt khách, tăng 35%.

Khu di tích lịch sử Lam Kinh và Thành nhà Hồ đón tổng cộng 41.500 lượt khách. Nhiều du khách phía Bắc kết hợp xem Lễ diễu binh, diễu hành A80 tại Hà Nội sáng 2/9 rồi xuôi về biển xứ Thanh.

Chương trình nghệ thuật "Sầm Sơn - Khúc tráng ca biển" diễn ra lúc 20h30 ngày 1/9 tại Quảng trường biển Sầm Sơn, kết thúc bằng màn bắn pháo hoa tầm cao kéo dài 15 phút.

Lúc 14h30 ngày 31/8, tại bãi tắm số 3, lực lượng cứu hộ kịp thời cứu 2 du khách bị sóng cuốn ra xa bờ. Ban Quản lý bãi biển đề nghị du khách chỉ tắm trong vùng phao giới hạn và gọi số khẩn cấp 112 khi cần.

Mùa hè 2025: gần 10 triệu lượt khách

Tính từ ngày 1/5 đến hết ngày 2/9/2025, các khu du lịch trên địa bàn tỉnh đón 9,86 triệu lượt khách, tăng 12,7% so với mùa hè năm 2024; tổng thu từ khách du lịch ước đạt 21.450 tỷ đồng, tăng 16,9%. Khách lưu trú đạt 4,1 triệu lượt, thời gian lưu trú bình quân 2,1 ngày/khách.

Kết quả mùa du lịch hè 2025 tại một số điểm đến:
Điểm đến | Lượt khách | Tăng so với cùng kỳ (%)
Phường Sầm Sơn | 6,12 triệu | 12,4
Phường Nam Sầm Sơn | 1,05 triệu | 18,1
Khu di tích Lam Kinh | 412.000 | 7,6

Bà Nguyễn Thị Thu Hằng, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho biết mùa hè năm nay các cơ sở lưu trú ở phường Sầm Sơn đã giảm giá phòng 10 - 15% vào ngày thường để kéo dài mùa du lịch. Thanh Hóa hiện đứng thứ 4 cả nước và đứng đầu khu vực Bắc Trung Bộ về lượng khách du lịch nội địa.

Quản lý giá cả, an toàn giao thông

Trong dịp lễ, các đoàn kiểm tra liên ngành đã kiểm tra 126 cơ sở kinh doanh dịch vụ du lịch, xử lý 14 cơ sở vi phạm niêm yết giá và an toàn thực phẩm, phạt tiền 86 triệu đồng. Đường dây nóng du lịch (0237.3852.618) tiếp nhận 9 phản ánh, đều được xử lý trong ngày.

Về an toàn giao thông, từ ngày 30/8 đến hết ngày 2/9, toàn tỉnh xảy ra 3 vụ tai nạn giao thông, làm chết 2 người, bị thương 2 người; so với dịp lễ năm trước giảm 1 vụ, giảm 2 người chết, số người bị thương bằng cùng kỳ. Lực lượng Cảnh sát giao thông xử lý 2.286 trường hợp vi phạm, phạt tiền 3,7 tỷ đồng, tước giấy phép lái xe 318 trường hợp.

Ga Thanh Hóa tăng cường 8 đôi tàu Thống Nhất và tàu địa phương, phục vụ 31.200 lượt hành khách, tăng 9% so với dịp lễ năm 2024. Cảng hàng không Thọ Xuân khai thác 94 chuyến bay với 15.800 lượt hành khách.

Hướng tới mục tiêu 16 triệu lượt khách

Tính chung 8 tháng năm 2025, toàn tỉnh đón 14,2 triệu lượt khách, tăng 11,8% so với cùng kỳ, đạt 88,8% kế hoạch năm; tổng thu từ khách du lịch đạt 29.860 tỷ đồng, đạt 82,9% kế hoạch. Năm 2025, tỉnh phấn đấu đón 16 triệu lượt khách, tổng thu từ khách du lịch 36.000 tỷ đồng.

Theo Sở, sau mùa hè, ngành du lịch sẽ tập trung phát triển du lịch văn hóa, tâm linh, MICE và du lịch nông nghiệp để khắc phục tính mùa vụ; chuẩn bị Lễ hội Lam Kinh năm 2025 và Tuần Văn hóa - Du lịch Thanh Hóa lần thứ 3.

LÊ HỘI - MINH HIẾU

Bình luận (2)
Trần Văn Nam (02/09/2025 21:40): Sầm Sơn năm nay sạch và có trật tự hơn, giá hải sản cũng niêm yết rõ, chỉ 250.000 đồng/kg tôm.
Hoàng Mai (03/09/2025 07:05): Mong tỉnh làm thêm bãi đỗ xe, tối 1/9 tôi đi 2 tiếng mới tìm được chỗ.

Tin liên quan
› Sầm Sơn: khai mạc Lễ hội Du lịch biển năm 2025
› 6 tháng, Thanh Hóa đón 9,8 triệu lượt khách
› Thanh Hóa: 5 điểm bắn pháo hoa mừng Quốc khánh

Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa | ĐT: 0237.3852.409 | Giấy phép số 431/GP-BVHTTDL
'''
META = {'published': '2025-09-03', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2025-Q3', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
E = {'modality': 'estimate'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
SS = {'locality': 'phường Sầm Sơn'}
NSS = {'locality': 'phường Nam Sầm Sơn'}
Y = {'period': '2025'}
M8 = {'period': '2025-8M'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('gần 10 triệu lượt khách, kỳ', '10 triệu', 'level', 'lượt khách', dict(TA, **Y, bound='nearly')),
 ('tăng hơn 26%', '26%', 'change', '%', dict(TA, **U, bound='over')),
 ('khoảng 712.000 lượt khách', '712.000', 'level', 'lượt khách', dict(TA, bound='about')),
 ('tăng 26,4%', '26,4%', 'change', '%', dict(TA, **U, **S)),
 ('gần 1.400 tỷ đồng', '1.400 tỷ đồng', 'level', 'VND', dict(TR, bound='nearly')),
 ('đạt 1.390 tỷ đồng', '1.390 tỷ đồng', 'level', 'VND', dict(TR, **E)),
 ('tăng 31,2%', '31,2%', 'change', '%', dict(TR, **E, **U, **S)),
 ('đạt 296.000 lượt', '296.000', 'level', 'lượt', dict()),
 ('tế 5.100 lượt', '5.100', 'level', 'lượt', dict(ITA)),
 ('đạt 90 - 95%', '90 - 95%', 'level', '%', dict()),
 ('thành 65 - 70%', '65 - 70%', 'level', '%', dict()),
 ('đón 385.000 lượt khách', '385.000', 'level', 'lượt khách', dict(TA, **SS)),
 ('chiếm 54,1%', '54,1%', 'level', '%', dict(SS)),
 ('đón 68.000 lượt khách', '68.000', 'level', 'lượt khách', dict(TA, **NSS)),
 ('tăng 35%', '35%', 'change', '%', dict(TA, **NSS, **U)),
 ('cộng 41.500 lượt khách', '41.500', 'level', 'lượt khách', dict(TA)),
 ('đón 9,86 triệu lượt khách', '9,86 triệu', 'level', 'lượt khách', dict(TA, **Y)),
 ('tăng 12,7%', '12,7%', 'change', '%', dict(TA, **Y, **U, **S)),
 ('đạt 21.450 tỷ đồng', '21.450 tỷ đồng', 'level', 'VND', dict(TR, **Y, **E)),
 ('tăng 16,9%', '16,9%', 'change', '%', dict(TR, **Y, **E, **U)),
 ('đạt 4,1 triệu lượt', '4,1 triệu', 'level', 'lượt', dict(Y)),
 ('quân 2,1 ngày/khách', '2,1 ngày/khách', 'level', 'ngày/khách', dict(Y)),
 ('| 6,12 triệu |', '6,12 triệu', 'level', 'lượt khách', dict(TA, **Y, **SS)),
 ('| 12,4', '12,4', 'change', '%', dict(TA, **Y, **SS, **U, **S)),
 ('| 1,05 triệu |', '1,05 triệu', 'level', 'lượt khách', dict(TA, **Y, **NSS)),
 ('| 18,1', '18,1', 'change', '%', dict(TA, **Y, **NSS, **U, **S)),
 ('| 412.000 |', '412.000', 'level', 'lượt khách', dict(TA, **Y)),
 ('| 7,6', '7,6', 'change', '%', dict(TA, **Y, **U, **S)),
 ('giảm giá phòng 10 - 15%', '10 - 15%', 'change', '%', dict(Y, **SS, **D)),
 ('tra 126 cơ sở', '126', 'level', 'cơ sở', dict()),
 ('lý 14 cơ sở', '14', 'level', 'cơ sở', dict()),
 ('tiền 86 triệu đồng', '86 triệu đồng', 'level', 'VND', dict()),
 ('nhận 9 phản ánh', '9', 'level', 'phản ánh', dict(optional=True)),
 ('xảy ra 3 vụ', '3', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 2 người', '2', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 2 người', '2', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 1 vụ', '1', 'change', 'vụ', dict(indicator='traffic_accidents', **D, **S)),
 ('giảm 2 người chết', '2', 'change', 'người', dict(indicator='traffic_deaths', **D, **S)),
 ('lý 2.286 trường hợp', '2.286', 'level', 'trường hợp', dict()),
 ('tiền 3,7 tỷ đồng', '3,7 tỷ đồng', 'level', 'VND', dict()),
 ('xe 318 trường hợp', '318', 'level', 'trường hợp', dict()),
 ('cường 8 đôi tàu', '8', 'level', 'đôi tàu', dict(optional=True)),
 ('vụ 31.200 lượt', '31.200', 'level', 'lượt hành khách', dict()),
 ('tăng 9%', '9%', 'change', '%', dict(U, **S)),
 ('thác 94 chuyến', '94', 'level', 'chuyến bay', dict()),
 ('với 15.800 lượt', '15.800', 'level', 'lượt hành khách', dict()),
 ('đón 14,2 triệu lượt khách', '14,2 triệu', 'level', 'lượt khách', dict(TA, **M8)),
 ('tăng 11,8%', '11,8%', 'change', '%', dict(TA, **M8, **U, **S)),
 ('đạt 88,8% kế hoạch', '88,8%', 'attainment', '%', dict(TA, **M8, base='target')),
 ('đạt 29.860 tỷ đồng', '29.860 tỷ đồng', 'level', 'VND', dict(TR, **M8)),
 ('đạt 82,9% kế hoạch', '82,9%', 'attainment', '%', dict(TR, **M8, base='target')),
 ('đón 16 triệu lượt khách', '16 triệu', 'level', 'lượt khách', dict(TA, **T)),
 ('lịch 36.000 tỷ đồng', '36.000 tỷ đồng', 'level', 'VND', dict(TR, **T)),
 ('Mùa hè 2025: gần 10 triệu', '10 triệu', 'level', 'lượt khách', dict(TA, **Y, bound='nearly')),
 ('mục tiêu 16 triệu lượt khách', '16 triệu', 'level', 'lượt khách', dict(TA, **T)),
]
