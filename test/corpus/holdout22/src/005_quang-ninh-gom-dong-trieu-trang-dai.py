TEXT = '''
Thứ Tư, 15/03/2023 | Hạ Long 19°C - 23°C | Hotline: 0203 3835 560

BÁO QUẢNG NINH ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Thể thao | Quảng Ninh 24h | Media | Podcast | Báo in
Tỷ giá USD: 23.550 | Giá vàng SJC: 66,9 triệu đồng/lượng | VN-Index: 1.052,3 (+0,45%)

Văn hóa › Di sản

Giữ lửa nghề gốm Đông Triều

15/03/2023 07:20 | Lượt xem: 3.742 | Bình luận (0)

Trải qua hơn 7 thế kỷ, những lò gốm bên dòng sông Đá Bạc vẫn đỏ lửa. Nghề gốm Đông Triều đang được những người thợ giữ gìn, đổi mới để sản phẩm đi xa hơn.

Men gốm Đông Triều mang sắc xanh, nâu đặc trưng. Ảnh: Thu Chung

Buổi sáng ở khu phố Vĩnh Quang, phường Mạo Khê, khói từ những lò nung bốc lên từ sớm. Ông Vũ Văn Thịnh, 67 tuổi, người đã có hơn 40 năm gắn bó với nghề, đang cùng con trai xếp những chiếc bình vào lò. Lò của gia đình ông có 3 bầu nung, mỗi mẻ khoảng 2.000 sản phẩm, nung liên tục trong 36 tiếng ở nhiệt độ 1.200 độ C.

"Hồi tôi mới vào nghề năm 1978, cả làng chỉ làm chum, vại, tiểu sành. Bây giờ khách hỏi bình hút lộc, đồ trang trí, bộ ấm chén in chữ, mình phải học thêm cách pha men, vẽ hoa văn", ông Thịnh kể. Ông cho biết, 2 người con của ông đều theo nghề, cháu nội 12 tuổi cũng đã biết nặn những chiếc bát nhỏ.

Theo các nhà nghiên cứu, gốm Đông Triều hình thành từ thế kỷ XIV, gắn với thời nhà Trần, khi vùng đất này là quê hương của các vua Trần. Năm 1955, Hợp tác xã gốm Hồng Hà được thành lập, đánh dấu bước chuyển từ làm gốm theo hộ sang sản xuất tập trung. Thời kỳ cao điểm những năm 1980, sản phẩm gốm của Đông Triều theo đường sắt và đường thủy đi khắp các tỉnh phía Bắc.

Hiện nay, toàn thị xã có 46 cơ sở sản xuất gốm, sứ, tạo việc làm thường xuyên cho khoảng 1.200 lao động; thị xã có 9 sản phẩm gốm đạt chứng nhận OCOP 4 sao. Doanh thu của các cơ sở gốm năm 2022 đạt gần 300 tỷ đồng.

Một nghệ nhân trẻ vẽ hoa văn trên sản phẩm tại Trung tâm Gốm Đông Triều. Ảnh: Thu Chung

Anh Nguyễn Đức Long, 34 tuổi, chủ một xưởng gốm ở phường Xuân Sơn, chọn cách đi khác: đưa gốm lên các sàn thương mại điện tử. "Đơn hàng nhiều nhất là dịp Tết, có ngày xưởng gửi đi hơn 150 gói hàng", anh nói. Xưởng của anh hiện có 8 thợ, trong đó 3 người là con em các gia đình làm gốm lâu đời.

Theo ông Phạm Văn Hùng, Trưởng phòng Văn hóa và Thông tin thị xã, thị xã đang hoàn thiện hồ sơ đề nghị công nhận nghề gốm Đông Triều là di sản văn hóa phi vật thể quốc gia theo Kế hoạch số 56/KH-UBND; đồng thời gắn làng nghề với tuyến du lịch về khu di tích nhà Trần, chùa Ngọa Vân và đền An Sinh. Mỗi dịp lễ hội mùa xuân, Trung tâm Gốm Đông Triều mở cửa để du khách tự tay nặn gốm, vẽ men.

Tuy vậy, những người làm nghề cũng lo lắng vì thợ giỏi ngày một ít, giá đất sét và chi phí than, gas tăng. Nhiều lò thủ công đã chuyển sang lò gas để giảm khói bụi theo quy định bảo vệ môi trường, nhưng mỗi lò gas mới cần vốn đầu tư lớn. Ông Thịnh nói ông vẫn giữ lại một bầu lò củi cũ: "Còn người làm, còn lửa, thì nghề còn".

Thu Chung

Từ khóa: #gốm Đông Triều #làng nghề #OCOP #di sản

Tin liên quan
• Đông Triều: 6 tháng đầu năm thu ngân sách đạt 620 tỷ đồng (02/07/2022)
• Quảng Ninh có 412 sản phẩm OCOP, tăng 35 sản phẩm so với năm 2021 (28/12/2022)
• Lễ hội Yên Tử 2023 đón 1,2 triệu lượt khách (05/03/2023)

Đọc nhiều
1 Hạ Long đón 250.000 lượt khách trong tháng 2/2023
2 Quảng Ninh: Kim ngạch xuất khẩu quý I/2023 tăng 12%
3 Khởi công 3 dự án giao thông với tổng vốn 4.500 tỷ đồng
4 Tỷ lệ hộ nghèo của tỉnh còn 0,02%
5 Vân Đồn: 98% hộ dân được dùng nước sạch

Tin mới
10:15 Cô Tô chuẩn bị mùa du lịch 2023
09:40 Bãi Cháy đón đoàn 1.500 khách tàu biển
08:55 Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12

Trang: 1 2 3 ... 10 ›

BÁO QUẢNG NINH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ninh
Giấy phép số 134/GP-BTTTT ngày 27/4/2021 | Tổng Biên tập: Phạm Hồng Diệp
Địa chỉ: Số 6 đường 25/4, phường Hồng Gai, TP. Hạ Long | Điện thoại: 0203 3835 560 | Fax: 0203 3835 570
© 2023 Báo Quảng Ninh | Lượt truy cập: 35.212.478 | Đang trực tuyến: 1.245
'''
META = {'published': '2023-03-15', 'locality': 'thị xã Đông Triều'}
DEFAULTS = {'locality': 'thị xã Đông Triều', 'period': '2023', 'modality': 'actual'}
FIGS = [
 ('có 46 cơ sở', '46', 'level', 'cơ sở', dict()),
 ('khoảng 1.200 lao động', '1.200', 'level', 'lao động', dict(bound='about')),
 ('gần 300 tỷ đồng', '300 tỷ đồng', 'level', 'VND', dict(period='2022', bound='nearly')),
 ('có 9 sản phẩm gốm', '9', 'level', 'sản phẩm', dict(indicator='ocop_products')),
]
