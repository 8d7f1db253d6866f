TEXT = '''
Thứ Ba, 21/10/2025 | Tây Ninh 25°C - 33°C | Giá vàng SJC: 148,2 triệu đồng/lượng | USD: 26.345 | Xăng RON 95-III: 20.890 đồng/lít
Đăng nhập | Đăng ký | RSS | English

BÁO TÂY NINH ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa - Văn nghệ | Thể thao | Long An hôm nay | Tây Ninh 24h | Multimedia | E-paper

Chính trị › Đại hội Đảng bộ tỉnh lần thứ I

Bế mạc Đại hội đại biểu Đảng bộ tỉnh Tây Ninh lần thứ I: Phấn đấu tăng trưởng bình quân từ 10%/năm trở lên

Thứ Ba, 21/10/2025 - 18:52 | Lượt xem: 12.406 | Chia sẻ (125) | In bài | Cỡ chữ A- A A+

(BTN) - Chiều 21/10, sau 3 ngày làm việc khẩn trương, nghiêm túc, Đại hội đại biểu Đảng bộ tỉnh Tây Ninh lần thứ I, nhiệm kỳ 2025 - 2030 đã bế mạc. Đại hội thông qua Nghị quyết với mục tiêu đến năm 2030 đưa Tây Ninh trở thành tỉnh phát triển khá, là cửa ngõ kết nối Thành phố Hồ Chí Minh với vùng Đồng bằng sông Cửu Long và Campuchia.

Xem thêm: Khai mạc trọng thể Đại hội đại biểu Đảng bộ tỉnh Tây Ninh lần thứ I với 450 đại biểu dự

Đồng chí Nguyễn Văn Quyết, Bí thư Tỉnh ủy phát biểu bế mạc Đại hội. Ảnh: Trọng Nghĩa

Dự phiên bế mạc có đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương; các đồng chí nguyên lãnh đạo hai tỉnh Long An, Tây Ninh (cũ) và 450 đại biểu chính thức, thay mặt cho hơn 146.000 đảng viên trong Đảng bộ tỉnh.

Đây là đại hội đầu tiên của Đảng bộ tỉnh Tây Ninh sau khi hợp nhất tỉnh Long An và tỉnh Tây Ninh theo Nghị quyết số 202/2025/QH15 của Quốc hội. Tỉnh mới có diện tích tự nhiên hơn 8.536 km2, dân số khoảng 3,25 triệu người, 96 xã, phường.

Nhìn lại nhiệm kỳ 2020 - 2025

Báo cáo chính trị trình Đại hội đánh giá, 5 năm qua, Đảng bộ và Nhân dân hai tỉnh đã vượt qua nhiều khó khăn, hoàn thành cơ bản các mục tiêu Nghị quyết Đại hội nhiệm kỳ 2020 - 2025 đề ra. Tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 của khu vực Long An cũ đạt 6,9%/năm, khu vực Tây Ninh cũ đạt 6,6%/năm.

Quy mô kinh tế năm 2025 của tỉnh mới ước đạt 498.000 tỷ đồng, đứng thứ 7 cả nước; GRDP bình quân đầu người ước đạt 153 triệu đồng. Tổng thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt 52.000 tỷ đồng, vượt 6,1% dự toán Trung ương giao. Cả nhiệm kỳ, hai tỉnh thu hút 1.020 dự án FDI với tổng vốn đăng ký 16,8 tỷ USD; số khu công nghiệp đi vào hoạt động tăng 14 khu so với đầu nhiệm kỳ, lên 38 khu.

Các lĩnh vực văn hóa - xã hội có nhiều chuyển biến. Đến cuối năm 2024, tỷ lệ hộ nghèo của khu vực Tây Ninh cũ còn 0,74%; khu vực Long An cũ còn 0,35%. Tỷ lệ dân số tham gia bảo hiểm y tế toàn tỉnh đạt 94,2%.

Bầu Ban Chấp hành khóa I và đoàn đại biểu dự Đại hội XIV

Đại hội đã bầu 69 đồng chí vào Ban Chấp hành Đảng bộ tỉnh khóa I, nhiệm kỳ 2025 - 2030. Tại Hội nghị lần thứ nhất, Ban Chấp hành bầu 19 đồng chí vào Ban Thường vụ Tỉnh ủy; đồng chí Nguyễn Văn Quyết tiếp tục được bầu giữ chức Bí thư Tỉnh ủy với 100% số phiếu. Đại hội cũng bầu đoàn đại biểu gồm 22 đại biểu chính thức và 2 đại biểu dự khuyết đi dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Nghị quyết Đại hội được 449/450 đại biểu có mặt biểu quyết tán thành, đạt 99,78%.

Các đồng chí trong Ban Chấp hành Đảng bộ tỉnh khóa I ra mắt Đại hội. Ảnh: Trọng Nghĩa

Mục tiêu nhiệm kỳ 2025 - 2030

Nghị quyết Đại hội xác định 25 chỉ tiêu chủ yếu. Trong đó, tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt từ 10%/năm trở lên; đến năm 2030, GRDP bình quân đầu người đạt khoảng 260 triệu đồng, tỷ trọng công nghiệp - xây dựng trong GRDP chiếm 48%, tỷ lệ đô thị hóa đạt 45%. Tổng vốn đầu tư toàn xã hội 5 năm 2026 - 2030 khoảng 1,35 triệu tỷ đồng. Thu ngân sách nhà nước trên địa bàn tăng bình quân 12%/năm; đến năm 2030, tỷ lệ hộ nghèo theo chuẩn mới dưới 0,5%, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 40%.

Phát biểu bế mạc, Bí thư Tỉnh ủy Nguyễn Văn Quyết nhấn mạnh 3 khâu đột phá: hạ tầng giao thông kết nối vùng, nhất là các tuyến cao tốc Thành phố Hồ Chí Minh - Mộc Bài và Vành đai 4; cải cách thủ tục hành chính; phát triển nguồn nhân lực. "Mỗi cán bộ, đảng viên phải là một hạt nhân, không để ai đứng ngoài cuộc", đồng chí nói.

Trọng Nghĩa - Minh Duy

Từ khóa: #Đại hội Đảng bộ tỉnh #nhiệm kỳ 2025 - 2030 #Tây Ninh

Bình luận (3)
Trần Văn Hải: Tôi ở xã Hậu Nghĩa, mong tỉnh sớm làm đường ĐT.823D, 10 năm rồi vẫn lầy lội. (21/10/2025 19:40)
Lê Thị Thu: Khu công nghiệp bên tôi tuyển 2.000 công nhân mà lương chỉ 6 triệu đồng/tháng. (21/10/2025 20:15)
Phạm Minh: Chúc mừng Đại hội thành công! (21/10/2025 21:02)
Trả lời | Thích (8)
Gửi bình luận | Số ký tự còn lại: 1000

Tin liên quan
• Tây Ninh: 9 tháng thu hút 1,6 tỷ USD vốn FDI (15/10/2025)
• 96 xã, phường hoàn thành đại hội đảng bộ nhiệm kỳ 2025 - 2030 (30/08/2025)
• Long An (cũ) có 188/188 xã đạt chuẩn nông thôn mới (20/06/2025)
• Đại hội Đảng bộ tỉnh sẽ làm việc trong 3 ngày, từ 19 - 21/10 (12/10/2025)

Đọc nhiều
1. Giá sầu riêng hôm nay 21/10: Ri6 loại A 75.000 đồng/kg
2. Cao tốc Thành phố Hồ Chí Minh - Mộc Bài khởi công 2 gói thầu 1.250 tỷ đồng
3. Thi tuyển công chức cấp xã năm 2025: 3.412 thí sinh dự thi
4. Bão số 12 gây mưa lớn ở Nam Bộ
5. Núi Bà Đen đón 1 triệu lượt khách trong tháng 10

Video
▶ Toàn cảnh phiên khai mạc Đại hội (04:12)
▶ Tây Ninh 24h ngày 21/10/2025 (15:30)

BÁO TÂY NINH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TÂY NINH
Giấy phép số 89/GP-BVHTTDL ngày 15/7/2025. Tổng Biên tập: Trần Thị Kim Thoa
Tòa soạn: Số 116, đường 30/4, phường Tân Ninh, tỉnh Tây Ninh. Điện thoại: 0276 3822 373 - Fax: 0276 3828 595
Cơ sở 2: Số 3, đường Hùng Vương, phường Long An. Điện thoại: 0272 3826 131
Đang truy cập: 3.214 | Tổng lượt truy cập: 98.452.117
© Bản quyền thuộc Báo Tây Ninh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
'''
META = {'published': '2025-10-21', 'locality': 'tỉnh Tây Ninh'}
DEFAULTS = {'locality': 'tỉnh Tây Ninh', 'period': '2020/2025', 'modality': 'actual'}
E25 = {'period': '2025', 'modality': 'estimate'}
T30 = {'period': '2030', 'modality': 'target'}
TT = {'period': '2025/2030', 'modality': 'target'}
T26 = {'period': '2026/2030', 'modality': 'target'}
FIGS = [
 ('từ 10%/năm trở lên\n', '10%', 'level', '%', dict(TT, indicator='grdp_growth', bound='at_least')),
 ('và 450 đại biểu chính thức', '450', 'level', 'đại biểu', dict(optional=True)),
 ('hơn 146.000 đảng viên', '146.000', 'level', 'đảng viên', dict(optional=True)),
 ('hơn 8.536 km2', '8.536 km2', 'level', 'km2', dict(optional=True)),
 ('khoảng 3,25 triệu người', '3,25 triệu', 'level', 'người', dict(optional=True, value=3250000)),
 ('người, 96 xã', '96', 'level', 'xã', dict(optional=True)),
 ('Long An cũ đạt 6,9%/năm', '6,9%', 'level', '%', dict(indicator='grdp_growth', locality='tỉnh Long An', period='2021/2025')),
 ('Tây Ninh cũ đạt 6,6%/năm', '6,6%', 'level', '%', dict(indicator='grdp_growth', period='2021/2025')),
 ('ước đạt 498.000 tỷ đồng', '498.000 tỷ đồng', 'level', 'VND', dict(E25, indicator='grdp')),
 ('ước đạt 153 triệu đồng', '153 triệu đồng', 'level', 'VND/người/năm', dict(E25, indicator='grdp_per_capita')),
 ('ước đạt 52.000 tỷ đồng', '52.000 tỷ đồng', 'level', 'VND', dict(E25, indicator='budget_revenue')),
 ('vượt 6,1% dự toán', '6,1%', 'change', '%', dict(E25, indicator='budget_revenue', direction='up', base='target', status='exceeded')),
 ('thu hút 1.020 dự án FDI', '1.020', 'level', 'dự án', dict()),
 ('đăng ký 16,8 tỷ USD', '16,8 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('tăng 14 khu', '14', 'change', 'khu', dict(optional=True, direction='up', base='2020')),
 ('lên 38 khu', '38', 'level', 'khu', dict(optional=True)),
 ('Tây Ninh cũ còn 0,74%', '0,74%', 'level', '%', dict(indicator='poverty_rate', period='2024')),
 ('Long An cũ còn 0,35%', '0,35%', 'level', '%', dict(indicator='poverty_rate', locality='tỉnh Long An', period='2024')),
 ('toàn tỉnh đạt 94,2%', '94,2%', 'level', '%', dict(indicator='health_insurance_coverage', period='2024')),
 ('bầu 69 đồng chí', '69', 'level', 'đồng chí', dict(optional=True)),
 ('bầu 19 đồng chí', '19', 'level', 'đồng chí', dict(optional=True)),
 ('gồm 22 đại biểu', '22', 'level', 'đại biểu', dict(optional=True)),
 ('và 2 đại biểu dự khuyết', '2', 'level', 'đại biểu', dict(optional=True)),
 ('xác định 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', dict(TT, indicator='resolution_targets')),
 ('đạt từ 10%/năm trở lên', '10%', 'level', '%', dict(T26, indicator='grdp_growth', bound='at_least')),
 ('khoảng 260 triệu đồng', '260 triệu đồng', 'level', 'VND/người/năm', dict(T30, indicator='grdp_per_capita', bound='about')),
 ('chiếm 48%', '48%', 'level', '%', dict(T30, indicator='sector_share')),
 ('hóa đạt 45%', '45%', 'level', '%', dict(T30, indicator='urbanization_rate')),
 ('khoảng 1,35 triệu tỷ đồng', '1,35 triệu tỷ đồng', 'level', 'VND', dict(T26, indicator='social_investment', bound='about', value=1.35e15)),
 ('bình quân 12%/năm', '12%', 'change', '%', dict(T26, indicator='budget_revenue', direction='up')),
 ('dưới 0,5%', '0,5%', 'level', '%', dict(T30, indicator='poverty_rate', bound='under')),
 ('chỉ đạt 40%', '40%', 'level', '%', dict(T30, indicator='trained_labour_rate')),
 ('3 khâu đột phá', '3', 'level', 'khâu đột phá', dict(optional=True)),
]
