TEXT = '''
Du lịch

Ninh Bình đón 5,2 triệu lượt khách trong 6 tháng đầu năm

05/07/2024 10:12 | Chia sẻ | In bài

(BNB) - Theo Sở Du lịch, 6 tháng đầu năm 2024, toàn tỉnh đón khoảng 5,2 triệu lượt khách, tăng 18,4% so với cùng kỳ năm 2023, đạt 62,7% kế hoạch năm; trong đó khách quốc tế ước 612.000 lượt, gấp 1,6 lần cùng kỳ. Tổng thu từ du lịch ước đạt 5.830 tỷ đồng, tăng 21,2%.

Du khách tham quan Khu du lịch Tràng An. Ảnh: Anh Tuấn

Các điểm du lịch trọng điểm Tràng An, Bái Đính và Tam Cốc - Bích Động lần lượt đón 1,45 triệu, 1,12 triệu và 860.000 lượt khách. Lượng khách lưu trú đạt 1,04 triệu lượt, chiếm khoảng 20% tổng lượt khách, thời gian lưu trú bình quân 1,6 ngày.

Tại huyện Kim Sơn, khu du lịch biển Cồn Nổi thu hút hơn 85.000 lượt khách, gấp đôi cùng kỳ. Thành phố Tam Điệp đón 312.000 lượt, doanh thu du lịch 186 tỷ đồng.

Toàn tỉnh hiện có 1.025 cơ sở lưu trú với 14.600 buồng, trong đó 48 khách sạn từ 3 - 5 sao. Công suất sử dụng buồng bình quân đạt 58%, riêng dịp lễ 30/4 - 1/5 đạt trên 90%.

Năm 2024, Ninh Bình phấn đấu đón 8,3 triệu lượt khách, tổng thu du lịch đạt 9.500 tỷ đồng. Đến năm 2030, tỉnh đặt mục tiêu đón 20 triệu lượt khách, trong đó 2,5 - 3 triệu lượt khách quốc tế; du lịch chiếm khoảng 20 - 25% GRDP.

Thông tin hỗ trợ du khách: đường dây nóng 1900.1234 hoặc 0229.3884.101.

Anh Tuấn

Xem thêm:
- Festival Ninh Bình lần thứ III năm 2025 sẽ diễn ra tại Hoa Lư
- 10 điểm đến hấp dẫn nhất mùa hè
'''
META = {'published': '2024-07-05', 'locality': 'tỉnh Ninh Bình'}
DEFAULTS = {'locality': 'tỉnh Ninh Bình', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
T30 = {'period': '2030', 'modality': 'target'}
FIGS = [
 ('đón 5,2 triệu lượt khách trong', '5,2 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('khoảng 5,2 triệu lượt khách,', '5,2 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='about')),
 ('tăng 18,4% so với cùng kỳ', '18,4%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='same_period')),
 ('đạt 62,7% kế hoạch năm', '62,7%', 'attainment', '%', dict(indicator='tourist_arrivals', base='target')),
 ('ước 612.000 lượt', '612.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals', **E)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(indicator='international_tourist_arrivals', direction='up', base='same_period', **E)),
 ('ước đạt 5.830 tỷ đồng', '5.830 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', **E)),
 ('tăng 21,2%', '21,2%', 'change', '%', dict(indicator='tourism_revenue', direction='up', **E)),
 ('đón 1,45 triệu', '1,45 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 (' 1,12 triệu', '1,12 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('và 860.000 lượt', '860.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('đạt 1,04 triệu lượt', '1,04 triệu', 'level', 'lượt', dict()),
 ('khoảng 20% tổng', '20%', 'level', '%', dict(bound='about')),
 ('bình quân 1,6 ngày', '1,6 ngày', 'level', 'ngày', dict()),
 ('hơn 85.000 lượt khách', '85.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='over', locality='huyện Kim Sơn')),
 ('gấp đôi cùng kỳ', 'gấp đôi', 'change', 'lần', dict(value=2, indicator='tourist_arrivals', direction='up', base='same_period', locality='huyện Kim Sơn')),
 ('đón 312.000 lượt', '312.000', 'level', 'lượt', dict(indicator='tourist_arrivals', locality='thành phố Tam Điệp')),
 ('du lịch 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', locality='thành phố Tam Điệp')),
 ('có 1.025 cơ sở', '1.025', 'level', 'cơ sở lưu trú', dict()),
 ('với 14.600 buồng', '14.600', 'level', 'buồng', dict()),
 ('trong đó 48 khách sạn', '48', 'level', 'khách sạn', dict()),
 ('đạt 58%', '58%', 'level', '%', dict()),
 ('đạt trên 90%', '90%', 'level', '%', dict(bound='over')),
 ('đón 8,3 triệu', '8,3 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', **T)),
 ('đạt 9.500 tỷ đồng', '9.500 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', **T)),
 ('đón 20 triệu', '20 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', **T30)),
 ('2,5 - 3 triệu', '2,5 - 3 triệu', 'level', 'lượt khách', dict(indicator='international_tourist_arrivals', **T30)),
 ('- 10 điểm đến', '10', 'level', 'điểm đến', dict(optional=True)),
 ('khoảng 20 - 25% GRDP', '20 - 25%', 'level', '%', dict(indicator='sector_share', bound='about', **T30)),
]
