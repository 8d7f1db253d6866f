TEXT = '''
Thứ Hai, 17/06/2024 | Yên Bái 24°C - 33°C | Đường dây nóng: 0216 3852 339 | RSS

BÁO YÊN BÁI ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật | Du lịch | Yên Bái 24h | Ảnh | Video | Báo in

Giá vàng SJC: 76,98 triệu đồng/lượng | USD: 25.458 | Xăng RON 95: 22.960 đồng/lít | Quế khô: 38.000 đồng/kg

Kinh tế › Nông nghiệp - Nông thôn

Văn Yên: Cây quế giữ vững vị thế "cây làm giàu"

17/06/2024 08:10 | Lượt xem: 4.129 | Bình luận (4) | Cỡ chữ A- A+

YênBái - Mùa bóc vỏ quế chính vụ đã bắt đầu trên các sườn đồi Văn Yên. Dù giá quế giảm so với năm trước, cây quế vẫn là nguồn thu nhập chính của hàng vạn hộ dân vùng Dao, vùng Tày nơi đây.

Người dân xã Đại Sơn bóc vỏ quế chính vụ. Ảnh: Thanh Tân

Đến thôn Khe Mạ, xã Châu Quế Hạ những ngày giữa tháng 6, đâu đâu cũng thấy mùi tinh dầu quế. Anh Hoàng Văn Sinh, 41 tuổi, người Dao, cho biết gia đình anh có 6 ha quế, năm nay bóc được khoảng 8 tấn vỏ tươi, bán được hơn 150 triệu đồng. "Nhà tôi trồng quế từ đời ông, 15 năm mới khai thác một lứa, nhưng có quế là có của để dành", anh Sinh nói.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện Văn Yên hiện có 54.600 ha quế, chiếm gần 60% diện tích quế của tỉnh; trong đó 12.300 ha được cấp chứng nhận hữu cơ. 5 tháng đầu năm 2024, sản lượng vỏ quế khô của huyện đạt 9.850 tấn, tăng 12% so với cùng kỳ. Giá vỏ quế khô loại 1 hiện dao động từ 38.000 - 42.000 đồng/kg, giảm khoảng 8.000 đồng/kg so với cùng thời điểm năm 2023. Toàn huyện có 23 sản phẩm OCOP làm từ quế, trong đó 4 sản phẩm đạt 4 sao.

Trên địa bàn huyện hiện có 2 nhà máy chưng cất tinh dầu quế công suất lớn và khoảng 150 cơ sở sơ chế, chế biến. Ông Nguyễn Tiến Hùng, Phó Chủ tịch UBND huyện Văn Yên cho biết, huyện đang xây dựng thương hiệu "Quế Văn Yên" gắn với chỉ dẫn địa lý, đồng thời hướng dẫn người dân không khai thác quế non dưới 10 năm tuổi để giữ chất lượng vỏ.

Lò chưng cất tinh dầu quế ở xã Viễn Sơn. Ảnh: Thanh Tân

Toàn tỉnh Yên Bái hiện có hơn 91.000 ha quế, là một trong những vùng quế lớn nhất cả nước. Tỉnh phấn đấu đến năm 2025 có 10.000 ha quế được chứng nhận sản xuất theo tiêu chuẩn quốc tế.

Thanh Tân

Từ khóa: #quế Văn Yên #OCOP #sản xuất hữu cơ

Bình luận (4)
Lê Thu Hà: Nhà tôi có 2 ha quế 12 năm tuổi, năm nay giá thấp quá nên chưa bán. (17/06/2024 09:15)
Phạm Văn Quyết: Năm 2022 quế khô lên tới 55.000 đồng/kg, giờ chỉ còn hơn 38.000, người trồng thiệt đủ đường. (17/06/2024 10:02)
Trả lời | Thích (12)
Nguyễn Minh Đức: Quế Văn Yên thơm nhất, ai cần mua 50 kg liên hệ 0912 345 678. (17/06/2024 11:30)
Đinh Công Tuấn: Mong huyện hỗ trợ giống cho bà con vùng cao. (17/06/2024 13:47)
Gửi bình luận | Số ký tự còn lại: 500

Tin liên quan
• Yên Bái: Xuất khẩu quế 5 tháng đạt 42 triệu USD (12/06/2024)
• Văn Yên có thêm 3 sản phẩm OCOP 4 sao (28/05/2024)
• Trấn Yên: 1.200 hộ trồng quế theo hướng hữu cơ (20/05/2024)
• Lục Yên phát triển 2.500 ha quế mới (06/05/2024)

Đọc nhiều
1. Giá quế hôm nay 17/6: quế khô 38.000 - 42.000 đồng/kg
2. Thi vào lớp 10 năm học 2024 - 2025: 7.412 thí sinh dự thi
3. Mưa lớn gây sạt lở 25 điểm trên Quốc lộ 32
4. Yên Bái: 6 tháng xảy ra 18 vụ tai nạn giao thông
5. Bão số 2 có thể ảnh hưởng Bắc Bộ

Tin mới
• 5 giờ trước: Mù Cang Chải chuẩn bị mùa lúa chín 2024
• 7 giờ trước: Phường Hồng Hà ra quân dọn vệ sinh

Xem tiếp › | Trang 1 2 3 4 5

BÁO YÊN BÁI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH YÊN BÁI
Giấy phép số 146/GP-BTTTT ngày 28/3/2022. Tổng Biên tập: Nguyễn Văn Vinh
Tòa soạn: Số 566, đường Điện Biên, phường Đồng Tâm, thành phố Yên Bái. Điện thoại: 0216 3852 339 - Fax: 0216 3862 445
Đang truy cập: 1.284 | Tổng lượt truy cập: 48.512.337
© Bản quyền thuộc Báo Yên Bái. Ghi rõ nguồn "Báo Yên Bái" khi phát hành lại thông tin từ website này.
'''
META = {'published': '2024-06-17', 'locality': 'huyện Văn Yên'}
DEFAULTS = {'locality': 'huyện Văn Yên', 'period': '2024', 'modality': 'actual'}
FIGS = [
 ('có 54.600 ha quế', '54.600 ha', 'level', 'ha', dict()),
 ('gần 60% diện tích', '60%', 'level', '%', dict(bound='nearly')),
 ('trong đó 12.300 ha', '12.300 ha', 'level', 'ha', dict()),
 ('đạt 9.850 tấn', '9.850 tấn', 'level', 'tấn', dict(period='2024-5M')),
 ('tăng 12%', '12%', 'change', '%', dict(period='2024-5M', direction='up', base='same_period')),
 ('từ 38.000 - 42.000 đồng/kg', '38.000 - 42.000 đồng/kg', 'level', 'VND/kg', dict(period='2024-5M')),
 ('khoảng 8.000 đồng/kg', '8.000 đồng/kg', 'change', 'VND/kg', dict(period='2024-5M', direction='down', base='same_period', bound='about')),
 ('có 23 sản phẩm OCOP', '23', 'level', 'sản phẩm', dict(period='2024-5M', indicator='ocop_products')),
 ('trong đó 4 sản phẩm', '4', 'level', 'sản phẩm', dict(period='2024-5M', indicator='ocop_products')),
 ('có 2 nhà máy', '2', 'level', 'nhà máy', dict()),
 ('khoảng 150 cơ sở', '150', 'level', 'cơ sở', dict(bound='about')),
 ('hơn 91.000 ha', '91.000 ha', 'level', 'ha', dict(locality='tỉnh Yên Bái', bound='over')),
 ('có 10.000 ha', '10.000 ha', 'level', 'ha', dict(locality='tỉnh Yên Bái', modality='target', period='2025')),
]
