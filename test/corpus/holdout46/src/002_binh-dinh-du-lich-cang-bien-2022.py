TEXT = '''
BÌNH ĐỊNH TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÌNH ĐỊNH
Trang chủ > Tin tức > Kinh tế
04/01/2023 17:05

Năm 2022: Du lịch Bình Định phục hồi mạnh, hàng hóa qua cảng Quy Nhơn tăng 8%

(BĐTV) - Năm 2022, tỉnh Bình Định đón khoảng 4,9 triệu lượt khách du lịch, gấp 2,3 lần năm 2021 và vượt 22,5% kế hoạch; trong đó khách quốc tế đạt 98.000 lượt. Tổng thu từ khách du lịch ước đạt 11.600 tỷ đồng, gấp 2,6 lần năm trước.

Theo Sở Du lịch, công suất sử dụng phòng bình quân của các cơ sở lưu trú đạt 58%, riêng các khách sạn 4 - 5 sao ở thành phố Quy Nhơn đạt trên 70%. Khu du lịch Eo Gió, Kỳ Co đón hơn 1,2 triệu lượt khách tham quan.

Cũng trong năm 2022, sản lượng hàng hóa thông qua cảng Quy Nhơn đạt 11,8 triệu tấn, tăng 8% so với năm 2021; trong đó hàng xuất khẩu 4,3 triệu tấn, hàng container đạt 165.200 TEU. Cảng hàng không Phù Cát phục vụ 1,95 triệu lượt hành khách, tăng 96%.

Về kinh tế biển, tổng sản lượng thủy sản năm 2022 đạt 283.500 tấn, tăng 3,2% so với năm 2021, trong đó khai thác 246.200 tấn; sản lượng cá ngừ đại dương đạt 10.650 tấn. Toàn tỉnh có 5.850 tàu cá, 100% tàu từ 15 m trở lên đã lắp thiết bị giám sát hành trình.

Năm 2023, Bình Định phấn đấu đón 5,5 triệu lượt khách, tổng thu du lịch đạt 13.000 tỷ đồng.

Ảnh: Tàu hàng làm hàng tại cảng Quy Nhơn.

Hoàng Vũ - Minh Tâm

Tin cùng chuyên mục
- Khai trương đường bay Quy Nhơn - Đà Lạt (03/01/2023)
- Hoài Nhơn: Ngư dân trúng đậm cá cơm đầu năm (02/01/2023)
- Bình Định: 3 dự án du lịch lớn được chấp thuận chủ trương (30/12/2022)

Đường dây nóng: 0256.3822.197 | Email: btv@binhdinh.gov.vn
'''
META = {'published': '2023-01-04', 'locality': 'tỉnh Bình Định'}
DEFAULTS = {'locality': 'tỉnh Bình Định', 'period': '2022', 'modality': 'actual'}
TA = {'indicator': 'tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
A = {'indicator': 'aquaculture_output'}
UP = {'direction': 'up'}
T = {'modality': 'target', 'period': '2023'}
FIGS = [
 ('cảng Quy Nhơn tăng 8%', '8%', 'change', '%', dict(UP)),
 ('khoảng 4,9 triệu lượt khách', '4,9 triệu', 'level', 'lượt khách', dict(TA, bound='about')),
 ('gấp 2,3 lần năm 2021', '2,3 lần', 'change', 'lần', dict(TA, **UP, base='2021')),
 ('vượt 22,5% kế hoạch', '22,5%', 'change', '%', dict(TA, **UP, base='target', status='exceeded')),
 ('đạt 98.000 lượt', '98.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('ước đạt 11.600 tỷ đồng', '11.600 tỷ đồng', 'level', 'VND', dict(TR, modality='estimate')),
 ('gấp 2,6 lần năm trước', '2,6 lần', 'change', 'lần', dict(TR, **UP, base='2021', modality='estimate')),
 ('đạt 58%', '58%', 'level', '%', dict()),
 ('đạt trên 70%', '70%', 'level', '%', dict(locality='thành phố Quy Nhơn', bound='over')),
 ('hơn 1,2 triệu lượt khách', '1,2 triệu', 'level', 'lượt khách', dict(TA, bound='over')),
 ('đạt 11,8 triệu tấn', '11,8 triệu tấn', 'level', 'tấn', dict()),
 ('tăng 8% so với năm 2021', '8%', 'change', '%', dict(UP, base='2021')),
 ('xuất khẩu 4,3 triệu tấn', '4,3 triệu tấn', 'level', 'tấn', dict()),
 ('đạt 165.200 TEU', '165.200 TEU', 'level', 'TEU', dict()),
 ('phục vụ 1,95 triệu lượt', '1,95 triệu', 'level', 'lượt hành khách', dict()),
 ('tăng 96%', '96%', 'change', '%', dict(UP)),
 ('đạt 283.500 tấn', '283.500 tấn', 'level', 'tấn', dict(A)),
 ('tăng 3,2% so với năm 2021', '3,2%', 'change', '%', dict(A, **UP, base='2021')),
 ('khai thác 246.200 tấn', '246.200 tấn', 'level', 'tấn', dict(A)),
 ('đạt 10.650 tấn', '10.650 tấn', 'level', 'tấn', dict()),
 ('có 5.850 tàu cá', '5.850', 'level', 'tàu cá', dict()),
 ('100% tàu', '100%', 'level', '%', dict()),
 ('đón 5,5 triệu lượt khách', '5,5 triệu', 'level', 'lượt khách', dict(TA, **T)),
 ('đạt 13.000 tỷ đồng', '13.000 tỷ đồng', 'level', 'VND', dict(TR, **T)),
]
