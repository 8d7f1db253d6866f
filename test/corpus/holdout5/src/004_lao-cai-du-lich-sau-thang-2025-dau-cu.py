# Old-style tone marks throughout (hoá, thuỷ, uỷ, khoẻ, hoà, Thuý), as many provincial sites still print them.
TEXT = '''
Du lịch Lào Cai 6 tháng đầu năm 2025: Đón gần 6,2 triệu lượt khách

08/07/2025 | 14:20

LCO - Sáu tháng đầu năm 2025, ngành du lịch Lào Cai tiếp tục khởi sắc với nhiều chỉ số tăng trưởng ấn tượng. Đây cũng là thời điểm tỉnh Lào Cai (mới) chính thức đi vào hoạt động sau khi hợp nhất với tỉnh Yên Bái theo Nghị quyết số 202/2025/QH15 của Quốc hội, mở ra không gian phát triển du lịch liên hoàn từ Sa Pa, Bắc Hà đến Mù Cang Chải, hồ Thác Bà.

Theo số liệu của Sở Văn hoá, Thể thao và Du lịch, tính chung 6 tháng đầu năm, toàn tỉnh (bao gồm địa bàn tỉnh Yên Bái cũ) đón gần 6,2 triệu lượt khách, tăng 17,4% so với cùng kỳ năm 2024 và đạt 58,3% kế hoạch năm. Trong đó, khách quốc tế đạt 612.000 lượt, gấp 1,3 lần cùng kỳ; khách nội địa hơn 5,58 triệu lượt. Tổng thu từ khách du lịch ước đạt 21.370 tỷ đồng, tăng 22,6%.

Các điểm đến trọng điểm tiếp tục thu hút đông khách. Khu du lịch quốc gia Sa Pa, danh thắng ruộng bậc thang Mù Cang Chải và Khu du lịch hồ Thác Bà lần lượt đón 2,15 triệu lượt, 486.000 lượt và 318.000 lượt khách. Công suất sử dụng buồng phòng bình quân đạt 62%, mùa cao điểm có thời điểm lên tới 95%. Nhiều sản phẩm mới như du lịch chăm sóc sức khoẻ, tắm lá thuốc của người Dao đỏ, du lịch thuỷ trình trên hồ được du khách ưa chuộng.

Chi tiêu bình quân của khách quốc tế đạt khoảng 3,2 triệu đồng/ngày, khách nội địa 1,45 triệu đồng/ngày; thời gian lưu trú bình quân 2,1 ngày/khách. Toàn tỉnh hiện có 1.468 cơ sở lưu trú với khoảng 21.500 buồng, trong đó 42 khách sạn từ 3 đến 5 sao.

Bà Nguyễn Thị Thuý, Phó Giám đốc Sở Văn hoá, Thể thao và Du lịch cho biết: "Để hoàn thành mục tiêu đón 10,6 triệu lượt khách trong năm 2025, ngành du lịch sẽ tập trung đa dạng hoá sản phẩm, đẩy mạnh quảng bá tại các thị trường trọng điểm, phối hợp tổ chức chuỗi sự kiện Mùa vàng Mù Cang Chải, Lễ hội Hoa hồng Sa Pa lần thứ 10; đồng thời kiểm soát chặt chẽ giá dịch vụ, giữ gìn môi trường du lịch hoà thuận, an toàn".

Theo Quy hoạch tỉnh được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1129/QĐ-TTg, mục tiêu đến năm 2030 Lào Cai đón 15 triệu lượt khách, tổng thu từ du lịch đạt 60.000 tỷ đồng. Uỷ ban nhân dân tỉnh đã giao các sở, ngành rà soát hạ tầng giao thông kết nối, nhất là tuyến cao tốc Nội Bài - Lào Cai và Quốc lộ 4D.

Hoà Bình

Xem thêm:
Sa Pa đón 1 triệu lượt khách trong 3 tháng
Yên Bái: Lễ hội Văn hoá, Du lịch Mường Lò năm 2025
'''
META = {'published': '2025-07-08', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2025-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
TA = dict(indicator='tourist_arrivals')
FIGS = [
 ('Đón gần 6,2 triệu lượt khách\n', '6,2 triệu lượt khách', 'level', 'lượt khách', dict(**TA, bound='nearly')),
 ('đón gần 6,2 triệu lượt khách, tăng', '6,2 triệu lượt khách', 'level', 'lượt khách', dict(**TA, bound='nearly')),
 ('tăng 17,4% so với cùng kỳ', '17,4%', 'change', '%', dict(**TA, direction='up', base='same_period')),
 ('đạt 58,3% kế hoạch năm', '58,3%', 'attainment', '%', dict(**TA, base='target')),
 ('đạt 612.000 lượt', '612.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', dict(indicator='international_tourist_arrivals', direction='up', base='same_period')),
 ('hơn 5,58 triệu lượt', '5,58 triệu lượt', 'level', 'lượt', dict(**TA, bound='over')),
 ('ước đạt 21.370 tỷ đồng', '21.370 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', **E)),
 ('tăng 22,6%', '22,6%', 'change', '%', dict(indicator='tourism_revenue', direction='up', **E)),
 ('đón 2,15 triệu lượt', '2,15 triệu lượt', 'level', 'lượt', dict(**TA)),
 ('486.000 lượt', '486.000', 'level', 'lượt', dict(**TA)),
 ('318.000 lượt khách', '318.000', 'level', 'lượt khách', dict(**TA)),
 ('bình quân đạt 62%', '62%', 'level', '%', {}),
 ('lên tới 95%', '95%', 'level', '%', dict(optional=True)),
 ('khoảng 3,2 triệu đồng/ngày', '3,2 triệu đồng/ngày', 'level', 'VND/ngày', dict(bound='about')),
 ('1,45 triệu đồng/ngày', '1,45 triệu đồng/ngày', 'level', 'VND/ngày', {}),
 ('2,1 ngày/khách', '2,1', 'level', 'ngày/khách', {}),
 ('có 1.468 cơ sở lưu trú', '1.468', 'level', 'cơ sở lưu trú', {}),
 ('khoảng 21.500 buồng', '21.500', 'level', 'buồng', dict(bound='about')),
 ('42 khách sạn', '42', 'level', 'khách sạn', {}),
 ('đón 10,6 triệu lượt khách', '10,6 triệu lượt khách', 'level', 'lượt khách', dict(**TA, period='2025', modality='target')),
 ('đón 15 triệu lượt khách', '15 triệu lượt khách', 'level', 'lượt khách', dict(**TA, period='2030', modality='target')),
 ('đạt 60.000 tỷ đồng', '60.000 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', period='2030', modality='target')),
]
