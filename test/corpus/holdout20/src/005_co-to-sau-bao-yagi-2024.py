TEXT = '''
BÁO QUẢNG NINH ĐIỆN TỬ
Thời sự | Kinh tế | Biển đảo | Xã hội | Phóng sự | Video
Cập nhật: 16:30, 12/09/2024

PHÓNG SỰ

Cô Tô sau bão: Đảo tiền tiêu gượng dậy

Bão số 3 (Yagi) với sức gió mạnh cấp 14, giật trên cấp 17 đã quét qua huyện đảo Cô Tô trong đêm 6 rạng sáng 7/9. Sau 5 ngày cô lập, những chuyến tàu đầu tiên từ đất liền đã cập cảng, mang theo hàng cứu trợ và lực lượng giúp đảo khắc phục hậu quả.

Chúng tôi rời cảng Cái Rồng (Vân Đồn) lúc 7 giờ 30 trên chuyến tàu cao tốc đầu tiên được nối lại sau bão. Quãng đường khoảng 60 hải lý ngày thường chỉ mất 1 giờ 40 phút, hôm ấy sóng còn lớn, tàu chạy gần 3 tiếng mới cập cảng Cô Tô.

Thị trấn ngổn ngang. Hàng phi lao trên đường ra bãi tắm Hồng Vàn gãy rạp, nhiều đoạn cây đổ chắn ngang đường; nước ở khu chợ trung tâm có lúc ngập sâu 0,6 m. Trạm khí tượng Cô Tô đo được lượng mưa 286 mm chỉ trong 12 giờ.

Thiệt hại chưa từng có

Theo báo cáo nhanh của UBND huyện Cô Tô, bão số 3 đã làm 1.286 nhà dân bị tốc mái, hư hỏng, trong đó 37 nhà bị sập hoàn toàn; 3.900 cây xanh bị gãy đổ; 61 tàu cá bị chìm, hư hỏng. Hệ thống điện lưới và viễn thông trên đảo bị tê liệt hoàn toàn trong 4 ngày. Tổng thiệt hại ban đầu ước khoảng 312 tỷ đồng, gấp 6 lần thu ngân sách cả năm của huyện.

Trận bão không làm ai thiệt mạng, chỉ có 2 người bị thương nhẹ do tôn bay. Trước khi bão vào, huyện đã sơ tán 1.054 hộ với 3.210 người ở khu vực xung yếu đến nơi an toàn, kêu gọi 392 phương tiện vào nơi tránh trú.

Ngư dân Lê Văn Sáu bên con tàu QN-90456-TS bị sóng đánh vỡ mạn. Ảnh: Mạnh Trường

Ở khu neo đậu phía Bắc cảng, ông Lê Văn Sáu, 61 tuổi, ngồi lặng bên con tàu QN-90456-TS dài 15 m bị sóng đánh vỡ mạn. “Chuyến biển trước bão, 5 anh em đi 6 ngày được gần 2 tấn mực ống, bán được 280 triệu đồng. Giờ tàu hỏng, sửa chắc cũng hết 400 triệu”, ông Sáu nói, giọng khàn đặc. Cách đó vài trăm mét, lồng bè nuôi hàu của gia đình anh Vi Văn Hải bị sóng đánh trôi 12 ô lồng, mất khoảng 8 tấn hàu sắp thu hoạch.

Toàn huyện hiện có 412 tàu cá, trong đó 96 tàu có chiều dài từ 15 m trở lên đánh bắt xa bờ. Phần lớn tàu đã kịp vào khu neo đậu, nhưng sóng lớn cộng nước dâng khiến nhiều tàu va vào nhau.

Theo UBND huyện, toàn huyện có 216 ô lồng nuôi trồng thủy sản bị hư hỏng, cuốn trôi, diện tích nuôi bị thiệt hại khoảng 35 ha.

Gượng dậy từ những ngày đầu

Ngay sau bão, tỉnh đã điều động hơn 1.200 cán bộ, chiến sĩ lực lượng vũ trang ra đảo, cùng 3 tàu của Vùng 1 Hải quân vận chuyển hàng hóa. UBND tỉnh quyết định hỗ trợ khẩn cấp huyện Cô Tô 20 tỷ đồng từ nguồn dự phòng ngân sách tỉnh; mỗi hộ có nhà bị sập được hỗ trợ 50 triệu đồng, nhà tốc mái từ 30% trở lên được hỗ trợ 10 triệu đồng.

Ông Nguyễn Văn Mạnh, Chủ tịch UBND huyện Cô Tô, cho biết đến chiều 11/9, đã có 80% số hộ được cấp điện trở lại, 100% trường học đã dọn dẹp xong để học sinh đi học từ ngày 16/9. “Chúng tôi phấn đấu đến ngày 30/9 khôi phục toàn bộ lưới điện, cuối tháng 10 đón khách du lịch trở lại”, ông Mạnh nói.

Nỗi lo mùa du lịch và nghề biển

Du lịch và khai thác hải sản là hai trụ cột kinh tế của Cô Tô. 8 tháng năm 2024, huyện đón 258.000 lượt khách, tăng 9,3% so với cùng kỳ, bằng 86% kế hoạch năm; sản lượng khai thác thủy sản đạt 6.850 tấn, tăng 5,2%. Ngay sau bão, khoảng 12.000 lượt khách đã hủy đặt phòng trong tháng 9.

Năm 2024, huyện đặt mục tiêu đón 300.000 lượt khách và sản lượng thủy sản 10.500 tấn. Theo ông Mạnh, với thiệt hại hiện nay, chỉ tiêu du lịch khó đạt, huyện sẽ đề nghị điều chỉnh.

Ở Trường THCS Cô Tô, cô giáo Hoàng Thị Lan, 29 tuổi, cùng 14 đồng nghiệp lội nước lau từng bộ bàn ghế. Trường có 11 lớp với 386 học sinh, 2 phòng học bị tốc mái phải tạm ghép lớp. “Các em mất sách vở nhiều, mỗi em cần ít nhất 1 bộ sách mới”, cô Lan nói.

Chiều muộn, trên bến Cô Tô, những chiếc thuyền nan đã lại ra khơi gỡ lưới. Anh Vi Văn Hải nhẩm tính phải mất ít nhất 2 năm gia đình mới gây dựng lại được bè hàu như cũ.

Mạnh Trường - Thu Nguyệt

Đường dây nóng tiếp nhận ủng hộ: 0203.3886.116

Tin liên quan
- Vân Đồn: Khôi phục 100% lưới điện sau bão số 3
- Quảng Ninh: Bão số 3 gây thiệt hại hơn 24.000 tỷ đồng
- Hạ Long dọn dẹp hơn 50.000 cây xanh gãy đổ
'''
META = {'published': '2024-09-12', 'locality': 'huyện Cô Tô'}
DEFAULTS = {'locality': 'huyện Cô Tô', 'period': '2024', 'modality': 'actual'}
M8 = {'period': '2024-8M'}
T = {'modality': 'target'}
FIGS = [
 ('lượng mưa 286 mm', '286 mm', 'level', 'mm', dict(optional=True)),
 ('làm 1.286 nhà', '1.286', 'level', 'nhà', dict()),
 ('trong đó 37 nhà', '37', 'level', 'nhà', dict()),
 ('3.900 cây xanh', '3.900', 'level', 'cây xanh', dict()),
 ('61 tàu cá', '61', 'level', 'tàu cá', dict()),
 ('khoảng 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', dict(modality='estimate', bound='about')),
 ('gấp 6 lần thu ngân sách', '6', 'change', 'lần', dict(optional=True, direction='up')),
 ('có 2 người bị thương', '2', 'level', 'người', dict(optional=True)),
 ('sơ tán 1.054 hộ', '1.054', 'level', 'hộ', dict()),
 ('với 3.210 người', '3.210', 'level', 'người', dict()),
 ('gọi 392 phương tiện', '392', 'level', 'phương tiện', dict()),
 ('có 412 tàu cá', '412', 'level', 'tàu cá', dict()),
 ('trong đó 96 tàu', '96', 'level', 'tàu', dict()),
 ('có 216 ô lồng', '216', 'level', 'ô lồng', dict()),
 ('khoảng 35 ha', '35 ha', 'level', 'ha', dict(bound='about')),
 ('hơn 1.200 cán bộ', '1.200', 'level', 'cán bộ', dict(optional=True)),
 ('cùng 3 tàu', '3', 'level', 'tàu', dict(optional=True)),
 ('huyện Cô Tô 20 tỷ đồng', '20 tỷ đồng', 'level', 'VND', dict()),
 ('hỗ trợ 50 triệu đồng', '50 triệu đồng', 'level', 'VND', dict(optional=True)),
 ('hỗ trợ 10 triệu đồng', '10 triệu đồng', 'level', 'VND', dict(optional=True)),
 ('có 80% số hộ', '80%', 'level', '%', dict(period='2024-M09')),
 ('100% trường học', '100%', 'level', '%', dict(period='2024-M09')),
 ('đón 258.000 lượt khách', '258.000', 'level', 'lượt khách', dict(M8, indicator='tourist_arrivals')),
 ('tăng 9,3% so với cùng kỳ', '9,3%', 'change', '%', dict(M8, indicator='tourist_arrivals', direction='up', base='same_period')),
 ('bằng 86% kế hoạch năm', '86%', 'attainment', '%', dict(M8, indicator='tourist_arrivals', base='target')),
 ('đạt 6.850 tấn', '6.850 tấn', 'level', 'tấn', dict(M8, indicator='aquaculture_output')),
 ('tăng 5,2%.', '5,2%', 'change', '%', dict(M8, indicator='aquaculture_output', direction='up')),
 ('khoảng 12.000 lượt khách', '12.000', 'level', 'lượt khách', dict(period='2024-M09', bound='about')),
 ('đón 300.000 lượt khách', '300.000', 'level', 'lượt khách', dict(T, indicator='tourist_arrivals')),
 ('thủy sản 10.500 tấn', '10.500 tấn', 'level', 'tấn', dict(T, indicator='aquaculture_output')),
]
