# Khánh Hòa (mới: Khánh Hòa + Ninh Thuận), tourism over the nine-day Tết Bính Ngọ holiday, 14/2 - 22/2/2026.
# The holiday lies inside February 2026, and the lead gives its dates, so its figures take '2026-M02'.
TEXT = '''
Báo Khánh Hòa
Thời sự  Chính trị  Kinh tế  Xã hội  Du lịch  Văn hóa  Thể thao  Biển đảo  Bạn đọc
Chủ nhật, 22/02/2026 | Âm lịch: 6/1 Bính Ngọ

Du lịch

Khánh Hòa đón 1,12 triệu lượt khách dịp Tết Nguyên đán Bính Ngọ 2026

Cập nhật lúc 18:20, 22/02/2026

(BKH) - Theo báo cáo nhanh của Sở Văn hóa, Thể thao và Du lịch, trong 9 ngày nghỉ Tết Nguyên đán (từ ngày 14/2 đến ngày 22/2/2026), tổng lượt khách tham quan, lưu trú trên địa bàn tỉnh ước đạt 1,12 triệu lượt, tăng 21,5% so với Tết Ất Tỵ 2025 (tính gộp Khánh Hòa và Ninh Thuận trước hợp nhất). Đây là mùa Tết đầu tiên ngành du lịch tổng hợp số liệu trên toàn địa bàn tỉnh mới.

Trong tổng số khách, khách quốc tế ước đạt 286.400 lượt, tăng 34,2%; khách lưu trú ước 642.000 lượt. Tổng thu từ khách du lịch ước đạt 3.870 tỷ đồng, tăng 26,8% so với cùng kỳ.

Du khách tham quan Tháp Bà Ponagar sáng mùng 3 Tết. Ảnh: Văn Kỳ

Công suất phòng cao

Công suất sử dụng phòng bình quân của các cơ sở lưu trú ước đạt 78%; các khách sạn từ 4 - 5 sao đạt 88 - 92%. Nhiều khu nghỉ dưỡng ở bán đảo Cam Ranh kín phòng từ mùng 2 đến mùng 5 Tết. Giá phòng tại khu vực trung tâm tăng 15 - 30% so với ngày thường nhưng vẫn nằm trong mức giá đã niêm yết với cơ quan quản lý.

Riêng khu vực phường Nha Trang đón khoảng 720.000 lượt khách; các tour 4 đảo, tour Hòn Mun và các điểm tắm bùn luôn trong tình trạng kín chỗ. Khu vực Ninh Thuận (cũ) đón 168.000 lượt khách, tổng thu 312 tỷ đồng, gấp 1,4 lần Tết năm trước, nhờ các điểm đến Vịnh Vĩnh Hy, đồi cát Nam Cương và làng gốm Bàu Trúc.

Cảng hàng không quốc tế Cam Ranh phục vụ 1.486 chuyến bay, trong đó 702 chuyến bay quốc tế, với 246.300 lượt hành khách đi và đến. Cảng Nha Trang đón 2 chuyến tàu biển quốc tế với hơn 4.100 khách. Thị trường Hàn Quốc chiếm khoảng 38% lượng khách quốc tế, Trung Quốc 21%, Nga 9%.

Không xảy ra sự cố mất an toàn

Trong dịp Tết, đường dây nóng du lịch của tỉnh (0258 3822 753) tiếp nhận 3 phản ánh về giá dịch vụ ăn uống và đã chuyển cơ quan chức năng xử lý. Lễ hội Đường hoa Xuân và chương trình nghệ thuật đón giao thừa lúc 0 giờ tại Quảng trường 2/4 thu hút đông người dân, du khách.

Bà Park Ji-yeon, 45 tuổi, du khách Hàn Quốc, cho biết đây là lần thứ 3 gia đình bà đón Tết ở Nha Trang.

Theo Giám đốc Sở Văn hóa, Thể thao và Du lịch, Sở dự báo quý I/2026 tỉnh đón khoảng 2,9 triệu lượt khách. Năm 2026, ngành du lịch đặt mục tiêu đón 12,5 triệu lượt khách, trong đó 4,2 triệu lượt khách quốc tế; tổng thu từ khách du lịch đạt 78.000 tỷ đồng. Festival Biển Nha Trang lần thứ 11 dự kiến tổ chức vào tháng 6/2026.

VĂN KỲ

Từ khóa: Tết Bính Ngọ, du lịch Khánh Hòa, công suất phòng

Bình luận (0)

Tin đọc nhiều
1. Nha Trang lọt top điểm đến được tìm kiếm nhiều nhất dịp Tết
2. Xe khách tăng chuyến phục vụ người dân trở lại làm việc
3. Vịnh Vĩnh Hy hút khách ngày đầu năm

Cơ quan của Đảng bộ tỉnh Khánh Hòa | Số 3 Tô Hiến Thành, phường Nha Trang | ĐT: 0258 3822 167
'''
META = {'published': '2026-02-22', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2026-M02', 'modality': 'estimate'}
TA = {'indicator': 'tourist_arrivals'}
IT = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
A = {'modality': 'actual'}
NT = {'locality': 'tỉnh Ninh Thuận'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('đón 1,12 triệu lượt khách', '1,12 triệu', 'level', 'lượt khách', dict(TA, **A, value=1120000)),
 ('đạt 1,12 triệu lượt,', '1,12 triệu', 'level', 'lượt', dict(TA, value=1120000)),
 ('tăng 21,5%', '21,5%', 'change', '%', dict(TA, direction='up', base='same_period')),
 ('286.400 lượt', '286.400', 'level', 'lượt', dict(IT)),
 ('tăng 34,2%', '34,2%', 'change', '%', dict(IT, direction='up')),
 ('642.000 lượt', '642.000', 'level', 'lượt', dict(TA)),
 ('3.870 tỷ đồng', '3.870 tỷ đồng', 'level', 'VND', dict(TR)),
 ('tăng 26,8%', '26,8%', 'change', '%', dict(TR, direction='up', base='same_period')),
 ('đạt 78%', '78%', 'level', '%', dict()),
 ('88 - 92%', '88 - 92%', 'level', '%', dict(A)),
 ('15 - 30%', '15 - 30%', 'change', '%', dict(A, direction='up')),
 ('khoảng 720.000 lượt', '720.000', 'level', 'lượt khách', dict(TA, **A, locality='phường Nha Trang', bound='about')),
 ('168.000 lượt', '168.000', 'level', 'lượt khách', dict(TA, **A, **NT)),
 ('312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', dict(TR, **A, **NT)),
 ('gấp 1,4 lần', '1,4 lần', 'change', 'lần', dict(TR, **A, **NT, direction='up', base='same_period')),
 ('1.486 chuyến bay', '1.486', 'level', 'chuyến bay', dict(A)),
 ('702 chuyến bay', '702', 'level', 'chuyến bay', dict(A)),
 ('246.300 lượt', '246.300', 'level', 'lượt hành khách', dict(A)),
 ('2 chuyến tàu', '2', 'level', 'chuyến tàu biển', dict(A, optional=True)),
 ('hơn 4.100 khách', '4.100', 'level', 'khách', dict(IT, **A, bound='over')),
 ('khoảng 38%', '38%', 'level', '%', dict(A, bound='about')),
 ('Quốc 21%', '21%', 'level', '%', dict(A)),
 ('Nga 9%', '9%', 'level', '%', dict(A)),
 ('3 phản ánh', '3', 'level', 'phản ánh', dict(optional=True)),
 ('khoảng 2,9 triệu', '2,9 triệu', 'level', 'lượt khách', dict(TA, period='2026-Q1', bound='about', value=2900000)),
 ('12,5 triệu', '12,5 triệu', 'level', 'lượt khách', dict(TA, **T, value=12500000)),
 ('4,2 triệu', '4,2 triệu', 'level', 'lượt khách', dict(IT, **T, value=4200000)),
 ('78.000 tỷ đồng', '78.000 tỷ đồng', 'level', 'VND', dict(TR, **T)),
]
