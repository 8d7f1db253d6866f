TEXT = '''
Du lịch

Việt Nam đón 15,8 triệu lượt khách quốc tế trong 11 tháng

Thứ sáu, 29/11/2024, 11:20 (GMT+7)

Lượng khách quốc tế đến Việt Nam 11 tháng năm 2024 đạt gần 15,8 triệu lượt, tăng 41% so với cùng kỳ năm trước và bằng 98% năm 2019 - thời điểm trước dịch.

Du khách nước ngoài tham quan phố cổ Hội An. Ảnh: Quỳnh Trần
Du khách nước ngoài tham quan phố cổ Hội An. Ảnh: Quỳnh Trần

Theo Tổng cục Thống kê, riêng tháng 11, cả nước đón 1,84 triệu lượt khách quốc tế, tăng 4,2% so với tháng trước và 31,6% so với cùng kỳ năm 2023. Đây là tháng thứ 5 liên tiếp lượng khách giữ mức trên 1,4 triệu lượt.

Hàn Quốc và Trung Quốc tiếp tục là hai thị trường dẫn đầu với lần lượt 4,2 triệu và 3,4 triệu lượt. Các thị trường tăng trưởng nhanh gồm (so với cùng kỳ):
- Nhật Bản: 640.000 lượt (+10,3%)
- Mỹ: 720.000 lượt (+11,5%)
- Ấn Độ: 455.000 lượt (+43,1%)

Khách nội địa 11 tháng ước đạt 102 triệu lượt, tổng thu từ khách du lịch khoảng 770.000 tỷ đồng, tăng 17,4%. Chi tiêu bình quân của khách quốc tế đạt khoảng 1.500 USD/khách/chuyến, thời gian lưu trú trung bình 8,5 ngày.

Ở các địa phương, Khánh Hòa đón 3,2 triệu lượt khách quốc tế, gấp 2,5 lần năm 2023; Quảng Ninh đón 3,7 triệu lượt. Thành phố Hồ Chí Minh ước thu hút 5,8 triệu lượt khách quốc tế cả năm.

"Với đà hiện nay, mục tiêu đón 17 - 18 triệu lượt khách quốc tế năm 2024 là khả thi", ông Nguyễn Trùng Khánh, Cục trưởng Cục Du lịch Quốc gia Việt Nam, cho biết. Năm 2025, ngành đặt mục tiêu đón 22 - 23 triệu lượt khách quốc tế và 120 - 130 triệu lượt khách nội địa.

Từ ngày 15/8/2023, Việt Nam cấp thị thực điện tử 90 ngày cho công dân tất cả các nước và kéo dài thời hạn tạm trú lên 45 ngày cho công dân 13 nước được đơn phương miễn thị thực. Chính sách này được đánh giá là động lực chính thúc đẩy khách quốc tế tăng mạnh.

Tuy nhiên, theo các chuyên gia, tỷ lệ khách quay lại Việt Nam mới đạt khoảng 10 - 15%, thấp hơn Thái Lan (50%).

Hoài Anh

Xem thêm
Khách Hàn chi gần 1.000 USD mỗi chuyến đến Đà Nẵng
Top 10 điểm đến được khách quốc tế tìm kiếm nhiều nhất
'''
META = {'published': '2024-11-29', 'locality': 'cả nước'}
DEFAULTS = {'locality': 'cả nước', 'period': '2024-11M', 'modality': 'actual'}
E = {'modality': 'estimate'}
M = {'period': '2024-M11'}
I = {'indicator': 'international_tourist_arrivals'}
FIGS = [
 ('đón 15,8 triệu lượt', '15,8 triệu', 'level', 'lượt khách', dict(**I)),
 ('gần 15,8 triệu lượt', '15,8 triệu', 'level', 'lượt', dict(bound='nearly', **I)),
 ('tăng 41% so với cùng kỳ', '41%', 'change', '%', dict(direction='up', base='same_period', **I)),
 ('bằng 98% năm 2019', '98%', 'attainment', '%', dict(base='2019', **I)),
 ('đón 1,84 triệu lượt', '1,84 triệu', 'level', 'lượt khách', dict(**M, **I)),
 ('tăng 4,2% so với tháng trước', '4,2%', 'change', '%', dict(direction='up', base='previous_period', **M, **I)),
 ('và 31,6% so với cùng kỳ', '31,6%', 'change', '%', dict(direction='up', base='same_period', **M, **I)),
 ('mức trên 1,4 triệu lượt', '1,4 triệu', 'level', 'lượt', dict(optional=True)),
 ('lần lượt 4,2 triệu', '4,2 triệu', 'level', 'lượt', dict(**I)),
 ('và 3,4 triệu lượt', '3,4 triệu', 'level', 'lượt', dict(**I)),
 ('Nhật Bản: 640.000 lượt', '640.000', 'level', 'lượt', dict(**I)),
 ('(+10,3%)', '10,3%', 'change', '%', dict(direction='up', base='same_period', **I)),
 ('Mỹ: 720.000 lượt', '720.000', 'level', 'lượt', dict(**I)),
 ('(+11,5%)', '11,5%', 'change', '%', dict(direction='up', base='same_period', **I)),
 ('Ấn Độ: 455.000 lượt', '455.000', 'level', 'lượt', dict(**I)),
 ('(+43,1%)', '43,1%', 'change', '%', dict(direction='up', base='same_period', **I)),
 ('ước đạt 102 triệu lượt', '102 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals', **E)),
 ('khoảng 770.000 tỷ đồng', '770.000 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', bound='about', **E)),
 ('tăng 17,4%', '17,4%', 'change', '%', dict(indicator='tourism_revenue', direction='up', **E)),
 ('khoảng 1.500 USD/khách/chuyến', '1.500 USD/khách/chuyến', 'level', 'USD/khách/chuyến', dict(bound='about')),
 ('trung bình 8,5 ngày', '8,5 ngày', 'level', 'ngày', dict()),
 ('Khánh Hòa đón 3,2 triệu lượt', '3,2 triệu', 'level', 'lượt khách', dict(locality='tỉnh Khánh Hòa', **I)),
 ('gấp 2,5 lần năm 2023', '2,5 lần', 'change', 'lần', dict(direction='up', base='2023', locality='tỉnh Khánh Hòa', **I)),
 ('Quảng Ninh đón 3,7 triệu lượt', '3,7 triệu', 'level', 'lượt', dict(locality='tỉnh Quảng Ninh', **I)),
 ('thu hút 5,8 triệu lượt', '5,8 triệu', 'level', 'lượt khách', dict(locality='thành phố Hồ Chí Minh', period='2024', **E, **I)),
 ('đón 17 - 18 triệu lượt', '17 - 18 triệu', 'level', 'lượt khách', dict(period='2024', modality='target', **I)),
 ('đón 22 - 23 triệu lượt', '22 - 23 triệu', 'level', 'lượt khách', dict(period='2025', modality='target', **I)),
 ('và 120 - 130 triệu lượt', '120 - 130 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', period='2025', modality='target')),
 ('khoảng 10 - 15%', '10 - 15%', 'level', '%', dict(bound='about')),
 ('Thái Lan (50%)', '50%', 'level', '%', dict(optional=True)),
 ('công dân 13 nước', '13', 'level', 'nước', dict(optional=True)),
]
