TEXT = '''
BÁO HÀ TĨNH
Thời sự | Chính trị | Kinh tế | Nông nghiệp | Xã hội | Phòng chống thiên tai | Ảnh | Video

Mưa lũ làm 2 người chết, thiệt hại ước hơn 85 tỷ đồng

Thứ Hai, 02/10/2023 - 18:20

(HTO) - Đợt mưa lớn kéo dài từ ngày 28/9 đến 1/10 đã làm hơn 3.100 nhà dân bị ngập, gần 4.200 ha lúa và hoa màu bị ngập úng, nhiều tuyến đường bị chia cắt. Thiệt hại ban đầu ước tính hơn 85 tỷ đồng.

Mưa lớn nhất ở vùng thượng nguồn

Theo Đài Khí tượng thủy văn tỉnh, từ 19h ngày 28/9 đến 7h ngày 1/10, tổng lượng mưa phổ biến từ 250 - 400 mm, có nơi trên 550 mm như trạm Kỳ Lạc 586 mm, trạm Sơn Kim 512 mm. Lúc 17h ngày 1/10, mực nước sông Ngàn Sâu tại trạm Hòa Duyệt ở mức 10,65 m, trên báo động 2 là 0,35 m; sông La tại trạm Linh Cảm 5,32 m, dưới báo động 3 là 0,18 m; sông Ngàn Phố tại trạm Sơn Diệm đã xuống dưới báo động 1.

Các hồ chứa Kẻ Gỗ, Sông Rác, Ngàn Trươi vận hành xả tràn điều tiết với lưu lượng từ 350 - 600 m3/s, bảo đảm an toàn công trình và hạ du.

Hơn 3.100 nhà bị ngập

Theo báo cáo nhanh của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, mưa lũ làm 2 người chết do bị nước cuốn trôi (1 người ở huyện Hương Khê, 1 người ở huyện Vũ Quang) và 3 người bị thương.

Toàn tỉnh có 3.126 nhà bị ngập, trong đó 418 nhà ngập sâu trên 1 m; 12 nhà bị sập, tốc mái hoàn toàn. Về nông nghiệp, 4.186 ha lúa Hè Thu muộn và rau màu bị ngập, trong đó 1.250 ha bị thiệt hại trên 70%; 36.500 con gia súc, gia cầm bị chết, cuốn trôi; 215 ha ao hồ nuôi thủy sản bị tràn.

Nhiều tuyến đường liên xã, liên thôn bị sạt lở với tổng khối lượng khoảng 42.000 m3 đất đá; 7 đập tràn, 3 cầu tạm bị hư hỏng; nước lũ chia cắt cục bộ 18 thôn, xóm. Tổng giá trị thiệt hại ước tính hơn 85 tỷ đồng.

Huyện Hương Khê thiệt hại nặng nhất với hơn 1.400 nhà bị ngập, ước thiệt hại khoảng 32 tỷ đồng. Tại huyện Vũ Quang, nước lên nhanh khiến 640 hộ với 2.150 nhân khẩu phải sơ tán đến nơi an toàn.

“Chỉ 2 tiếng nước đã lên hơn 1,5 m”

Gia đình ông Phan Văn Hải (61 tuổi, thôn 4, xã Hương Trạch, huyện Hương Khê) mất trắng 2 con bò, khoảng 300 con gà và 8 tạ lúa vừa phơi. “Nước lên nhanh quá, chỉ 2 tiếng đã ngập hơn 1,5 m, cả nhà 5 người phải bế nhau lên gác”, ông Hải kể. Đến trưa 1/10, bộ đội biên phòng mới tiếp cận được nhà ông bằng xuồng máy, mang theo 20 thùng mì tôm và nước uống.

Ngành Giáo dục cho hơn 12.600 học sinh của 26 trường học ở vùng ngập nghỉ học ngày 30/9; đến nay đã có 21 trường trở lại dạy học bình thường.

Khẩn trương khắc phục hậu quả

Chiều 2/10, Phó Chủ tịch UBND tỉnh đã đi kiểm tra tại các xã vùng lũ huyện Hương Khê, Vũ Quang. UBND tỉnh đã xuất 40 tấn gạo dự trữ quốc gia và trích 5 tỷ đồng từ Quỹ phòng, chống thiên tai tỉnh hỗ trợ các địa phương khắc phục hậu quả. Theo Quyết định số 2315/QĐ-UBND, mỗi hộ có nhà bị sập được hỗ trợ 40 triệu đồng, gia đình có người chết được hỗ trợ 20 triệu đồng/người.

Ngành Nông nghiệp khuyến cáo bà con thu hoạch ngay diện tích lúa đã chín trên 85%, chuẩn bị 150 tấn giống ngô, rau màu để gieo trồng vụ Đông khi nước rút. Dự báo trong 24 - 48 giờ tới, lũ trên các sông tiếp tục xuống.

Thiên Vỹ - Phan Trâm

Tin liên quan:
- Hà Tĩnh: Sơ tán hơn 1.000 hộ dân trước lũ
- Đường 8A sạt lở, giao thông qua cửa khẩu Cầu Treo bị ách tắc
- Năm 2022, thiên tai gây thiệt hại 310 tỷ đồng

Ý kiến bạn đọc (0)
'''
META = {'published': '2023-10-02', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2023', 'modality': 'actual'}
E = dict(modality='estimate')
OPT = dict(optional=True)
FIGS = [
 ('Mưa lũ làm 2 người chết', '2', 'level', 'người', dict(OPT)),
 ('ước hơn 85 tỷ đồng', '85 tỷ đồng', 'level', 'VND', dict(E, bound='over')),
 ('hơn 3.100 nhà', '3.100', 'level', 'nhà', dict(bound='over')),
 ('gần 4.200 ha', '4.200 ha', 'level', 'ha', dict(bound='nearly')),
 ('ban đầu ước tính hơn 85 tỷ đồng', '85 tỷ đồng', 'level', 'VND', dict(E, bound='over')),
 ('từ 250 - 400 mm', '250 - 400 mm', 'level', 'mm', dict(OPT)),
 ('trên 550 mm', '550 mm', 'level', 'mm', dict(OPT)),
 ('Kỳ Lạc 586 mm', '586 mm', 'level', 'mm', dict(OPT)),
 ('Sơn Kim 512 mm', '512 mm', 'level', 'mm', dict(OPT)),
 ('mức 10,65 m', '10,65 m', 'level', 'm', dict(OPT)),
 ('là 0,35 m', '0,35 m', 'level', 'm', dict(OPT)),
 ('Linh Cảm 5,32 m', '5,32 m', 'level', 'm', dict(OPT)),
 ('là 0,18 m', '0,18 m', 'level', 'm', dict(OPT)),
 ('từ 350 - 600 m3/s', '350 - 600 m3/s', 'level', 'm3/s', dict(OPT)),
 ('Hơn 3.100 nhà bị ngập', '3.100', 'level', 'nhà', dict(bound='over')),
 ('lũ làm 2 người chết do', '2', 'level', 'người', dict(OPT)),
 ('(1 người ở huyện Hương Khê', '1', 'level', 'người', dict(OPT)),
 ('1 người ở huyện Vũ Quang', '1', 'level', 'người', dict(OPT)),
 ('và 3 người bị thương', '3', 'level', 'người', dict(OPT)),
 ('có 3.126 nhà', '3.126', 'level', 'nhà', dict()),
 ('trong đó 418 nhà', '418', 'level', 'nhà', dict()),
 ('; 12 nhà', '12', 'level', 'nhà', dict()),
 ('nghiệp, 4.186 ha', '4.186 ha', 'level', 'ha', dict()),
 ('trong đó 1.250 ha', '1.250 ha', 'level', 'ha', dict()),
 ('36.500 con', '36.500', 'level', 'con', dict()),
 ('215 ha ao', '215 ha', 'level', 'ha', dict()),
 ('khoảng 42.000 m3', '42.000 m3', 'level', 'm3', dict(bound='about')),
 ('7 đập tràn', '7', 'level', 'đập tràn', dict()),
 ('3 cầu tạm', '3', 'level', 'cầu tạm', dict()),
 ('cục bộ 18 thôn', '18', 'level', 'thôn', dict()),
 ('hại ước tính hơn 85 tỷ đồng.', '85 tỷ đồng', 'level', 'VND', dict(E, bound='over')),
 ('hơn 1.400 nhà', '1.400', 'level', 'nhà', dict(locality='huyện Hương Khê', bound='over')),
 ('khoảng 32 tỷ đồng', '32 tỷ đồng', 'level', 'VND', dict(E, locality='huyện Hương Khê', bound='about')),
 ('khiến 640 hộ', '640', 'level', 'hộ', dict(locality='huyện Vũ Quang')),
 ('với 2.150 nhân khẩu', '2.150', 'level', 'nhân khẩu', dict(locality='huyện Vũ Quang')),
 ('hơn 12.600 học sinh', '12.600', 'level', 'học sinh', dict(OPT)),
 ('của 26 trường', '26', 'level', 'trường học', dict(OPT)),
 ('có 21 trường', '21', 'level', 'trường', dict(OPT)),
 ('xuất 40 tấn', '40 tấn', 'level', 'tấn', dict()),
 ('trích 5 tỷ đồng', '5 tỷ đồng', 'level', 'VND', dict()),
 ('hỗ trợ 40 triệu đồng', '40 triệu đồng', 'level', 'VND', dict(OPT)),
 ('hỗ trợ 20 triệu đồng/người', '20 triệu đồng', 'level', 'VND/người', dict(OPT)),
 ('chuẩn bị 150 tấn', '150 tấn', 'level', 'tấn', dict(OPT)),
]
