TEXT = '''
THP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Quốc tế | Thể thao | Video | Podcast
Cập nhật: 10:25 03/04/2024

Quý I/2024: Hàng hóa qua cảng biển Hải Phòng đạt 47,2 triệu tấn

THP - Theo Cảng vụ Hàng hải Hải Phòng, quý I/2024, sản lượng hàng hóa thông qua các cảng biển trên địa bàn thành phố ước đạt 47,2 triệu tấn, tăng 12,6% so với cùng kỳ năm 2023, bằng 24,3% kế hoạch năm.

Trong đó, hàng container đạt 1,52 triệu TEU, tăng 18,4%; hàng xuất khẩu đạt 14,6 triệu tấn, hàng nhập khẩu 17,9 triệu tấn, hàng nội địa 14,7 triệu tấn. Các cảng đã đón 5.246 lượt tàu ra, vào, tăng 6,1% so với cùng kỳ.

Sản lượng theo khu vực cảng quý I/2024:

Khu vực | Sản lượng (triệu tấn) | So với cùng kỳ (%)
Lạch Huyện | 15,8 | +27,5
Đình Vũ | 19,4 | +8,2
Sông Cấm | 6,3 | -4,6
Nam Đồ Sơn và các bến khác | 5,7 | +6,9

Riêng tháng 3, hàng hóa thông qua cảng đạt 17,1 triệu tấn, tăng 9,5% so với tháng 2. Bến số 3 và số 4 cảng Lạch Huyện dự kiến đưa vào khai thác trong quý III/2024, nâng năng lực bến lên khoảng 1,1 triệu TEU/năm.

Cũng trong quý I, vận tải hành khách trên địa bàn thành phố đạt 14,3 triệu lượt hành khách, tăng 10,2%; khối lượng hàng hóa vận chuyển đạt 52,8 triệu tấn, tăng 8,7% so với cùng kỳ. Tuyến tàu cao tốc Hải Phòng - Cát Bà và phà Gót - Cái Viềng phục vụ hơn 186.000 lượt hành khách, phần lớn là khách du lịch.

Tàu container cập bến cảng quốc tế Lạch Huyện. Ảnh: THP

Năm 2024, thành phố phấn đấu sản lượng hàng hóa qua cảng đạt 194 triệu tấn; đến năm 2030 đạt từ 280 - 300 triệu tấn.

Minh Thu - Quang Huy

Tin khác:
- Hải Phòng: Quý I thu ngân sách đạt 28.450 tỷ đồng (02/04/2024)
- Khởi công cầu Nguyễn Trãi nối quận Ngô Quyền với huyện Thủy Nguyên (01/04/2024)
- Tuyến xe buýt số 15 mở lại từ ngày 1/4 (31/03/2024)

Hotline: 0225.3842.516
'''
META = {'published': '2024-04-03', 'locality': 'thành phố Hải Phòng'}
DEFAULTS = {'locality': 'thành phố Hải Phòng', 'period': '2024-Q1', 'modality': 'actual'}
E = {'modality': 'estimate'}
UP = {'direction': 'up'}
S = {'base': 'same_period'}
RS = dict(direction='up', base='same_period')
FIGS = [
 ('đạt 47,2 triệu tấn\n', '47,2 triệu tấn', 'level', 'tấn', dict()),
 ('ước đạt 47,2 triệu tấn', '47,2 triệu tấn', 'level', 'tấn', dict(E)),
 ('tăng 12,6% so với cùng kỳ', '12,6%', 'change', '%', dict(E, **RS)),
 ('bằng 24,3% kế hoạch năm', '24,3%', 'attainment', '%', dict(E, base='target')),
 ('đạt 1,52 triệu TEU', '1,52 triệu TEU', 'level', 'TEU', dict()),
 ('tăng 18,4%', '18,4%', 'change', '%', dict(UP)),
 ('đạt 14,6 triệu tấn', '14,6 triệu tấn', 'level', 'tấn', dict()),
 ('nhập khẩu 17,9 triệu tấn', '17,9 triệu tấn', 'level', 'tấn', dict()),
 ('nội địa 14,7 triệu tấn', '14,7 triệu tấn', 'level', 'tấn', dict()),
 ('đón 5.246 lượt tàu', '5.246', 'level', 'lượt tàu', dict()),
 ('tăng 6,1% so với cùng kỳ', '6,1%', 'change', '%', dict(RS)),
 ('| 15,8 |', '15,8', 'level', 'tấn', dict(value=15800000)),
 ('+27,5', '27,5', 'change', '%', dict(RS)),
 ('| 19,4 |', '19,4', 'level', 'tấn', dict(value=19400000)),
 ('+8,2', '8,2', 'change', '%', dict(RS)),
 ('| 6,3 |', '6,3', 'level', 'tấn', dict(value=6300000)),
 ('-4,6', '4,6', 'change', '%', dict(direction='down', base='same_period')),
 ('| 5,7 |', '5,7', 'level', 'tấn', dict(value=5700000)),
 ('+6,9', '6,9', 'change', '%', dict(RS)),
 ('đạt 17,1 triệu tấn', '17,1 triệu tấn', 'level', 'tấn', dict(period='2024-M03')),
 ('tăng 9,5% so với tháng 2', '9,5%', 'change', '%', dict(period='2024-M03', direction='up', base='previous_period')),
 ('khoảng 1,1 triệu TEU/năm', '1,1 triệu TEU/năm', 'level', 'TEU/năm', dict(optional=True)),
 ('đạt 14,3 triệu lượt', '14,3 triệu', 'level', 'lượt hành khách', dict()),
 ('tăng 10,2%', '10,2%', 'change', '%', dict(UP)),  # no base: the chain stops at ';'
 ('đạt 52,8 triệu tấn', '52,8 triệu tấn', 'level', 'tấn', dict()),
 ('tăng 8,7% so với cùng kỳ', '8,7%', 'change', '%', dict(RS)),
 ('hơn 186.000 lượt', '186.000', 'level', 'lượt hành khách', dict(bound='over')),
 ('đạt 194 triệu tấn', '194 triệu tấn', 'level', 'tấn', dict(modality='target', period='2024')),
 ('từ 280 - 300 triệu tấn', '280 - 300 triệu tấn', 'level', 'tấn', dict(modality='target', period='2030')),
]
