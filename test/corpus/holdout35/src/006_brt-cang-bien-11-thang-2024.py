TEXT = '''
BRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÀ RỊA - VŨNG TÀU
Thời sự | Kinh tế | Xã hội | Truyền hình | Phát thanh | Chương trình

Hàng container qua cảng Cái Mép - Thị Vải 11 tháng tăng 23%

Cập nhật: 16:30 - 12/12/2024

(BRT) Thưa quý vị, theo Cảng vụ Hàng hải Vũng Tàu, 11 tháng năm 2024, tổng khối lượng hàng hóa thông qua các cảng biển trên địa bàn tỉnh đạt 107,2 triệu tấn, tăng 15,6% so với cùng kỳ năm 2023 và đạt 97,5% kế hoạch năm. Trong đó, hàng container đạt 6,02 triệu TEU, tăng 23% so với cùng kỳ.

Tàu mẹ làm hàng tại cảng Gemalink, thị xã Phú Mỹ. Ảnh: BRT

Riêng cụm cảng Cái Mép - Thị Vải đón 1.086 lượt tàu mẹ có trọng tải từ 100.000 DWT trở lên, tăng 186 lượt so với cùng kỳ. Hàng xuất nhập khẩu chiếm khoảng 78% tổng sản lượng hàng hóa qua cảng.

Cũng trong 11 tháng, kim ngạch xuất khẩu hàng hóa (không kể dầu thô) của tỉnh ước đạt 7,3 tỷ USD, tăng 10,2%; thu ngân sách từ hoạt động xuất nhập khẩu qua Cục Hải quan tỉnh đạt 17.860 tỷ đồng, bằng 102,1% dự toán năm.

Ông Lê Văn Quang, Phó Giám đốc Cảng vụ Hàng hải Vũng Tàu cho biết, cả năm 2024 sản lượng container qua các cảng dự kiến đạt khoảng 6,6 triệu TEU; Bà Rịa - Vũng Tàu tiếp tục đứng thứ 2 cả nước về sản lượng container, chỉ sau TP.HCM. Năm 2025, các cảng trên địa bàn tỉnh phấn đấu đạt 7,2 triệu TEU.

Thời lượng: 02:15 | Biên tập: Minh Châu | Quay phim: Hữu Tài

Xem thêm:
- Khởi công đường liên cảng Cái Mép - Thị Vải giai đoạn 2 (10/12/2024)
- Thị xã Phú Mỹ: 11 tháng thu ngân sách đạt 4.920 tỷ đồng (09/12/2024)
- Bản tin thời sự 19h ngày 12/12/2024

BRT - Số 2 đường 3 Tháng 2, phường 8, thành phố Vũng Tàu. ĐT: 0254.3852.467
'''
META = {'published': '2024-12-12', 'locality': 'tỉnh Bà Rịa - Vũng Tàu'}
DEFAULTS = {'locality': 'tỉnh Bà Rịa - Vũng Tàu', 'period': '2024-11M', 'modality': 'actual'}
FIGS = [
 ('11 tháng tăng 23%', '23%', 'change', '%', dict(direction='up')),
 ('đạt 107,2 triệu tấn', '107,2 triệu tấn', 'level', 'tấn', dict()),
 ('tăng 15,6% so với cùng kỳ năm 2023', '15,6%', 'change', '%', dict(direction='up', base='same_period')),
 ('đạt 97,5% kế hoạch năm', '97,5%', 'attainment', '%', dict(base='target')),
 ('đạt 6,02 triệu TEU', '6,02 triệu TEU', 'level', 'TEU', dict()),
 ('tăng 23% so với cùng kỳ', '23%', 'change', '%', dict(direction='up', base='same_period')),
 ('đón 1.086 lượt tàu mẹ', '1.086', 'level', 'lượt tàu mẹ', dict()),
 ('tăng 186 lượt', '186', 'change', 'lượt', dict(direction='up', base='same_period')),
 ('khoảng 78%', '78%', 'level', '%', dict(bound='about')),
 ('ước đạt 7,3 tỷ USD', '7,3 tỷ USD', 'level', 'USD', dict(indicator='export_value', modality='estimate')),
 ('tăng 10,2%', '10,2%', 'change', '%', dict(indicator='export_value', modality='estimate', direction='up')),
 ('đạt 17.860 tỷ đồng', '17.860 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 102,1% dự toán năm', '102,1%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('khoảng 6,6 triệu TEU', '6,6 triệu TEU', 'level', 'TEU', dict(period='2024', modality='estimate', bound='about')),
 ('đạt 7,2 triệu TEU', '7,2 triệu TEU', 'level', 'TEU', dict(period='2025', modality='target')),
]
