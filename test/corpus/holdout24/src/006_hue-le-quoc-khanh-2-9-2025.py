TEXT = '''
HUẾ NGÀY NAY
Thời sự | Kinh tế | Du lịch | Văn hóa - Di sản | Xã hội | Pháp luật
Thứ Tư, 03/09/2025 - 10:05

Dịp lễ Quốc khánh 2/9: Huế đón hơn 182.000 lượt khách

Trong 4 ngày nghỉ lễ (từ 30/8 đến 2/9/2025), thành phố Huế đón khoảng 182.400 lượt khách, tăng 20,6% so với dịp lễ năm 2024; doanh thu từ du lịch ước đạt 465 tỷ đồng.

Du khách tham quan Đại Nội Huế sáng 1/9. Ảnh: Bảo Minh

Năm nay, kỳ nghỉ lễ trùng dịp kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9, nhiều hoạt động văn hóa, nghệ thuật được tổ chức dọc hai bờ sông Hương, thu hút đông người dân và du khách. Số liệu do Sở Du lịch tổng hợp như sau:

Một số chỉ tiêu du lịch dịp lễ 2/9
Chỉ tiêu | Năm 2025 | Năm 2024 | Tăng, giảm (%)
Tổng lượt khách (lượt) | 182.400 | 151.300 | +20,6
Khách quốc tế (lượt) | 38.700 | 35.900 | +7,8
Khách lưu trú (lượt) | 96.500 | 84.100 | +14,7
Doanh thu du lịch (tỷ đồng) | 465 | 372 | +25,0
Công suất phòng bình quân (%) | 74 | 68 | +6 điểm

Tại Quần thể di tích Cố đô Huế, Trung tâm Bảo tồn di tích đón 61.800 lượt khách, trong đó 24.300 lượt khách quốc tế; doanh thu bán vé đạt 8,6 tỷ đồng. Các khách sạn 3 - 4 sao ở khu vực trung tâm kín phòng vào tối 1/9; giá phòng tăng 15 - 20% so với trước kỳ nghỉ. Giá vé máy bay chặng Hà Nội - Huế ở mức 2,8 - 3,2 triệu đồng/vé, không có tình trạng tăng giá đột biến.

Bà Nguyễn Thị Thanh Hương, Phó Giám đốc Sở Du lịch, cho biết: "Lượng khách quốc tế tăng chậm hơn khách nội địa vì kỳ nghỉ ngắn; nhưng khách lưu trú tăng, thời gian lưu trú bình quân đạt 1,9 ngày, cao hơn dịp lễ năm trước 0,2 ngày". Thành phố đang triển khai Kế hoạch số 245/KH-UBND về phát triển sản phẩm du lịch đêm, với 12 sản phẩm mới sẽ ra mắt trong quý IV.

Về vận tải, Bến xe phía Bắc và Bến xe phía Nam phục vụ 1.240 chuyến xe với 26.800 lượt hành khách, tăng 12% so với dịp lễ năm trước. Cảng hàng không quốc tế Phú Bài khai thác 168 chuyến bay, tăng 9 chuyến.

Về trật tự an toàn giao thông, trong 4 ngày nghỉ lễ, trên địa bàn thành phố xảy ra 2 vụ tai nạn giao thông, làm chết 1 người, bị thương 2 người; so với cùng kỳ giảm 1 vụ. Lực lượng Cảnh sát giao thông xử phạt 486 trường hợp vi phạm, tước giấy phép lái xe 37 trường hợp.

Theo Giám đốc Sở Du lịch, kết quả dịp lễ góp phần nâng tổng lượt khách đến Huế 8 tháng năm 2025 lên 4,12 triệu lượt, bằng 82,4% kế hoạch năm; tổng thu từ du lịch 8 tháng ước đạt 9.870 tỷ đồng, tăng 18,3% so với cùng kỳ.

TIN VẮN DỊP LỄ
- Phường Phú Xuân tổ chức Đêm hội đường phố với khoảng 12.000 lượt người tham dự.
- Các bệnh viện tiếp nhận 1.950 lượt cấp cứu, tăng 6,3% so với dịp lễ năm 2024; không có ca ngộ độc thực phẩm.
- Công ty Điện lực Huế cấp điện an toàn; sản lượng điện thương phẩm bình quân 4,1 triệu kWh/ngày.
- Ông Lê Văn Hòa (61 tuổi, phường Thuận Hóa) có 40 năm làm nghề chèo đò trên sông Hương cho biết dịp này ông chở 25 chuyến mỗi ngày.

Đường dây nóng du lịch Huế: 0234.3822.355

Bảo Minh - Hữu Phúc

Đọc thêm:
› Huế đặt mục tiêu đón 5 triệu lượt khách năm 2025
› Lễ hội Áo dài lần thứ 4 khai mạc 28/8
› 8 tháng, doanh thu du lịch Huế tăng 18%
'''
META = {'published': '2025-09-03', 'locality': 'thành phố Huế'}
DEFAULTS = {'locality': 'thành phố Huế', 'period': '2025-Q3', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
E = {'modality': 'estimate'}
Y24 = {'period': '2024-Q3'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
FIGS = [
 ('hơn 182.000 lượt khách', '182.000', 'level', 'lượt khách', dict(TA, bound='over')),
 ('khoảng 182.400 lượt khách', '182.400', 'level', 'lượt khách', dict(TA, bound='about')),
 ('tăng 20,6%', '20,6%', 'change', '%', dict(TA, **U, **S)),
 ('ước đạt 465 tỷ đồng', '465 tỷ đồng', 'level', 'VND', dict(TR, **E)),
 ('| 182.400 |', '182.400', 'level', 'lượt', dict(TA)),
 ('| 151.300 |', '151.300', 'level', 'lượt', dict(TA, **Y24)),
 ('| +20,6', '20,6', 'change', '%', dict(TA, **U, **S)),
 ('| 38.700 |', '38.700', 'level', 'lượt', dict(ITA)),
 ('| 35.900 |', '35.900', 'level', 'lượt', dict(ITA, **Y24)),
 ('| +7,8', '7,8', 'change', '%', dict(ITA, **U, **S)),
 ('| 96.500 |', '96.500', 'level', 'lượt', dict()),
 ('| 84.100 |', '84.100', 'level', 'lượt', dict(Y24)),
 ('| +14,7', '14,7', 'change', '%', dict(U, **S)),
 ('| 465 |', '465', 'level', 'VND', dict(TR, value=465e9)),
 ('| 372 |', '372', 'level', 'VND', dict(TR, **Y24, value=372e9)),
 ('| +25,0', '25,0', 'change', '%', dict(TR, **U, **S)),
 ('| 74 |', '74', 'level', '%', dict()),
 ('| 68 |', '68', 'level', '%', dict(Y24)),
 ('| +6 điểm', '6 điểm', 'change', 'điểm %', dict(U, **S)),
 ('đón 61.800 lượt khách', '61.800', 'level', 'lượt khách', dict(TA)),
 ('đó 24.300 lượt khách', '24.300', 'level', 'lượt khách', dict(ITA)),
 ('đạt 8,6 tỷ đồng', '8,6 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 15 - 20%', '15 - 20%', 'change', '%', dict(U, **P)),
 ('mức 2,8 - 3,2 triệu đồng/vé', '2,8 - 3,2 triệu đồng/vé', 'level', 'VND/vé', dict()),
 ('vụ 1.240 chuyến', '1.240', 'level', 'chuyến xe', dict()),
 ('với 26.800 lượt', '26.800', 'level', 'lượt hành khách', dict()),
 ('tăng 12%', '12%', 'change', '%', dict(U, **S)),
 ('thác 168 chuyến', '168', 'level', 'chuyến bay', dict()),
 ('tăng 9 chuyến', '9', 'change', 'chuyến', dict(U)),
 ('xảy ra 2 vụ', '2', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 1 người', '1', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 2 người', '2', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 1 vụ', '1', 'change', 'vụ', dict(indicator='traffic_accidents', **D, **S)),
 ('phạt 486 trường hợp', '486', 'level', 'trường hợp', dict()),
 ('xe 37 trường hợp', '37', 'level', 'trường hợp', dict()),
 ('khoảng 12.000 lượt người', '12.000', 'level', 'lượt người', dict(locality='phường Phú Xuân', bound='about')),
 ('nhận 1.950 lượt', '1.950', 'level', 'lượt cấp cứu', dict()),
 ('tăng 6,3%', '6,3%', 'change', '%', dict(U, **S)),
 ('quân 4,1 triệu kWh/ngày', '4,1 triệu kWh/ngày', 'level', 'kWh/ngày', dict()),
]
FIGS += [
 ('lên 4,12 triệu lượt', '4,12 triệu', 'level', 'lượt', dict(TA, period='2025-8M', direction='up')),
 ('bằng 82,4%', '82,4%', 'attainment', '%', dict(TA, period='2025-8M', base='target')),
 ('đạt 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', dict(TR, **E, period='2025-8M')),
 ('tăng 18,3%', '18,3%', 'change', '%', dict(TR, **E, period='2025-8M', **U, **S)),
]
FIGS += [
 ('đạt 1,9 ngày', '1,9 ngày', 'level', 'ngày', dict()),
 ('năm trước 0,2 ngày', '0,2 ngày', 'change', 'ngày', dict(U, **S)),
 ('với 12 sản phẩm', '12', 'level', 'sản phẩm', dict(optional=True)),
]
