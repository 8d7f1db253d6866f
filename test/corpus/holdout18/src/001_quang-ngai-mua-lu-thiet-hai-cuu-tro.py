TEXT = '''
Trang chủ > Xã hội > Phòng chống thiên tai

Quảng Ngãi: Mưa lũ gây thiệt hại hơn 120 tỷ đồng, khẩn trương hỗ trợ người dân ổn định cuộc sống

Thứ Bảy, 02/11/2024 - 15:20

(Baoquangngai.vn) - Từ ngày 26 đến 31/10, do ảnh hưởng của hoàn lưu bão số 6 kết hợp không khí lạnh, trên địa bàn tỉnh có mưa to đến rất to, nhiều khu dân cư ven sông Trà Khúc, sông Vệ bị ngập sâu. Chiều 1/11, Ban Chỉ huy Phòng thủ dân sự tỉnh họp đánh giá thiệt hại và triển khai các biện pháp khắc phục hậu quả.

Lực lượng quân sự giúp người dân xã Nghĩa Hà dọn bùn sau lũ. (Ảnh: Minh Thu)

Theo báo cáo của Văn phòng thường trực Ban Chỉ huy, lượng mưa phổ biến từ 300 - 500 mm, riêng trạm Ba Tơ đo được 812 mm. Đỉnh lũ trên sông Trà Khúc tại trạm Trà Khúc lúc 14 giờ ngày 29/10 lên mức 5,62 m, vượt báo động 3. Đây là đợt mưa lũ thứ 3 trong mùa mưa năm nay.

Mưa lũ đã làm 3 người chết, 5 người bị thương. Toàn tỉnh có 1.426 nhà bị ngập, trong đó 87 nhà bị hư hỏng, tốc mái; hơn 2.150 ha lúa vụ Mùa và hoa màu bị ngập úng; 36 km đường giao thông nông thôn bị sạt lở, hư hỏng. Tổng thiệt hại ước tính hơn 120 tỷ đồng.

Trước khi lũ lên, các địa phương đã sơ tán 2.340 hộ với 7.815 người ở vùng trũng thấp, ven sông, vùng có nguy cơ sạt lở đến nơi an toàn. Huyện Sơn Tịnh, Tư Nghĩa và thị xã Đức Phổ là những nơi bị ảnh hưởng nặng nhất.

Bà Phạm Thị Lệ, 72 tuổi, ở thôn An Phú, xã Nghĩa Hà (thành phố Quảng Ngãi), kể nước lên rất nhanh trong đêm 28/10, có lúc ngập gần 1,5 m trong nhà. "Tôi nuôi 2 con heo với 30 con gà, nước cuốn trôi hết. May mà bộ đội tới chở bà con lên trường học lúc 2 giờ sáng", bà Lệ nói. Nhà bà được xã hỗ trợ 5 triệu đồng và 20 kg gạo để sửa lại mái tôn.

Phó Chủ tịch UBND tỉnh Trần Phước Hiền (Ảnh: Minh Thu) phát biểu tại cuộc họp.

Phát biểu tại cuộc họp, Phó Chủ tịch UBND tỉnh Trần Phước Hiền ghi nhận sự chủ động của các địa phương và lực lượng vũ trang. "Không để người dân nào bị đói, bị rét, không có chỗ ở. Các địa phương phải hoàn thành việc dọn dẹp trường học, trạm y tế trước ngày 5/11, để học sinh sớm trở lại lớp", ông Hiền yêu cầu.

Đến nay, tỉnh đã xuất cấp 150 tấn gạo dự trữ quốc gia hỗ trợ các hộ bị ảnh hưởng. Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận hơn 8,5 tỷ đồng ủng hộ của các tổ chức, cá nhân, doanh nghiệp. Theo Quyết định số 1085/QĐ-UBND ngày 30/10/2024 của UBND tỉnh, mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 40 triệu đồng, hộ có người chết được hỗ trợ 20 triệu đồng/người.

Tại huyện Tư Nghĩa, Chủ tịch UBND huyện Nguyễn Văn Hùng cho biết huyện có 412 nhà bị ngập, hơn 1.030 học sinh phải nghỉ học 3 ngày. Huyện đã huy động 250 cán bộ, chiến sĩ dân quân cùng đoàn viên thanh niên dọn dẹp 9 điểm trường ngay khi nước rút.

Sáng 31/10, đoàn công tác của Bộ Chỉ huy Quân sự tỉnh do Đại tá Nguyễn Văn Hoàng, Chỉ huy trưởng, dẫn đầu đã đến thăm, tặng quà các gia đình có người chết ở xã Tịnh Long, xã Nghĩa Hà. Tại nhà anh Đinh Văn Tâm, 38 tuổi, ở số 27 đường Lê Trung Đình, đoàn trao 10 triệu đồng và động viên gia đình vượt qua mất mát. Trong đợt này, đơn vị đã điều động 1.120 lượt cán bộ, chiến sĩ tham gia ứng phó, di dời tài sản cho người dân.

Ngành nông nghiệp khuyến cáo nông dân tháo nước, khơi thông kênh mương, chuẩn bị giống cho vụ Đông Xuân 2024 - 2025. Sở Nông nghiệp và Phát triển nông thôn đề xuất hỗ trợ 95 tấn giống lúa cho nông dân các huyện bị thiệt hại.

Ông Võ Văn Tín, 54 tuổi, trưởng thôn Bình Đông, xã Bình Thạnh (huyện Bình Sơn), cho biết thôn có 4 nhà bị sạt lở móng. Thôn đã huy động 60 thanh niên, 3 máy xúc khơi thông tuyến đường dài 800 m dẫn vào khu dân cư.

Trong năm 2024, tỉnh đã đầu tư 45 tỷ đồng nâng cấp, sửa chữa 12 hồ chứa nước, góp phần giảm lũ cho hạ du. Thực hiện Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy khóa XX, tỉnh đã di dời 318 hộ dân ra khỏi vùng sạt lở nguy hiểm trong giai đoạn 2021 - 2024.

Theo Đài Khí tượng thủy văn tỉnh, từ nay đến cuối năm có thể còn 1 - 2 cơn bão hoặc áp thấp nhiệt đới ảnh hưởng. Người dân cần theo dõi thông tin qua đường dây nóng 0255.3822.450.

Tin liên quan:
- Bình Định: Lũ làm hư hỏng 214 ha lúa vụ Mùa (01/11/2024)
- Quảng Nam hỗ trợ 5 tỷ đồng cho các huyện miền núi bị sạt lở (31/10/2024)
- Phú Yên: 96% diện tích lúa đã thu hoạch trước lũ (30/10/2024)

Minh Thu - Thanh Phương
'''
META = {'published': '2024-11-02', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2024', 'modality': 'actual'}
FIGS = [
 ('thiệt hại hơn 120 tỷ đồng, khẩn', '120 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('từ 300 - 500 mm', '300 - 500 mm', 'level', 'mm', dict(optional=True)),
 ('đo được 812 mm', '812 mm', 'level', 'mm', dict(optional=True)),
 ('lên mức 5,62 m', '5,62 m', 'level', 'm', dict(optional=True)),
 ('làm 3 người chết', '3', 'level', 'người', dict(optional=True)),
 ('5 người bị thương', '5', 'level', 'người', dict(optional=True)),
 ('có 1.426 nhà', '1.426', 'level', 'nhà', dict()),
 ('trong đó 87 nhà', '87', 'level', 'nhà', dict()),
 ('hơn 2.150 ha', '2.150 ha', 'level', 'ha', dict(bound='over')),
 ('36 km đường', '36 km', 'level', 'km', dict()),
 ('ước tính hơn 120 tỷ đồng', '120 tỷ đồng', 'level', 'VND', dict(bound='over', modality='estimate')),
 ('sơ tán 2.340 hộ', '2.340', 'level', 'hộ', dict()),
 ('với 7.815 người', '7.815', 'level', 'người', dict()),
 ('xuất cấp 150 tấn', '150 tấn', 'level', 'tấn', dict()),
 ('hơn 8,5 tỷ đồng', '8,5 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('hỗ trợ 40 triệu đồng', '40 triệu đồng', 'level', 'VND', dict(optional=True)),
 ('hỗ trợ 20 triệu đồng/người', '20 triệu đồng', 'level', 'VND/người', dict(optional=True)),
 ('có 412 nhà', '412', 'level', 'nhà', dict(locality='huyện Tư Nghĩa')),
 ('hơn 1.030 học sinh', '1.030', 'level', 'học sinh', dict(optional=True)),
 ('huy động 250 cán bộ', '250', 'level', 'cán bộ', dict(optional=True)),
 ('dọn dẹp 9 điểm', '9', 'level', 'điểm trường', dict(optional=True)),
 ('điều động 1.120 lượt', '1.120', 'level', 'lượt cán bộ', dict(optional=True)),
 ('có 4 nhà', '4', 'level', 'nhà', dict(optional=True)),
 ('hỗ trợ 95 tấn', '95 tấn', 'level', 'tấn', dict(modality='target', optional=True)),
 ('đầu tư 45 tỷ đồng', '45 tỷ đồng', 'level', 'VND', dict()),
 ('sửa chữa 12 hồ', '12', 'level', 'hồ chứa nước', dict(optional=True)),
 ('di dời 318 hộ', '318', 'level', 'hộ', dict(period='2021/2024')),
]
