TEXT = '''
Tiếng Việt | English | ខ្មែរ

Thứ Tư, ngày 11/12/2024 | 16:05

Thời sự

Bế mạc Kỳ họp thứ 22 HĐND tỉnh Long An khóa X: Thông qua dự toán ngân sách năm 2025

BLA - Sáng 11/12, HĐND tỉnh Long An khóa X, nhiệm kỳ 2021 - 2026 bế mạc Kỳ họp thứ 22 (kỳ họp thường lệ cuối năm 2024) sau 3 ngày làm việc khẩn trương, nghiêm túc. Kỳ họp đã xem xét, thông qua nhiều nghị quyết quan trọng, trong đó có Nghị quyết về dự toán thu, chi ngân sách nhà nước năm 2025.

Chủ tọa kỳ họp. Ảnh: Phương Thảo

Dự kỳ họp có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Văn Quyết; Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Thanh Hải; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Út; Trưởng Đoàn đại biểu Quốc hội tỉnh; lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các sở, ngành tỉnh và các huyện, thị xã, thành phố.

Năm 2024 về đích nhiều chỉ tiêu

Theo báo cáo của UBND tỉnh trình tại kỳ họp, năm 2024, trong bối cảnh còn nhiều khó khăn, tình hình kinh tế - xã hội của tỉnh tiếp tục phát triển. Tổng sản phẩm trên địa bàn (GRDP) ước tăng 6,8%; có 21/25 chỉ tiêu đạt và vượt kế hoạch, 4 chỉ tiêu chưa đạt. Thu ngân sách nhà nước trên địa bàn ước đạt 23.100 tỷ đồng, đạt 101,3% dự toán, tăng 8,6% so với năm 2023.

Tuy nhiên, Chủ tịch UBND tỉnh Nguyễn Văn Út cũng thẳng thắn thừa nhận, việc giải ngân vốn đầu tư công, giải phóng mặt bằng các dự án trọng điểm như đường Vành đai 3, đường tỉnh 830E, cao tốc Bến Lức - Long Thành còn chậm; tình trạng sạt lở bờ sông Vàm Cỏ Tây đoạn qua Phường 2, thành phố Tân An và bờ kè kênh Thủ Thừa chưa được xử lý dứt điểm.

Kỳ họp đã dành một buổi để chất vấn và trả lời chất vấn. Các đại biểu tập trung vào những vấn đề cử tri quan tâm như: ngập úng tại thị trấn Bến Lức, ô nhiễm môi trường tại cụm công nghiệp Hải Sơn (huyện Đức Hòa), chất lượng nước sạch ở các xã vùng hạ, việc cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân ở khu tái định cư Quốc lộ 62. Giám đốc Sở Tài nguyên và Môi trường đã trả lời và hứa khắc phục trong quý I/2025.

Đại biểu Nguyễn Thị Thanh Hương (Tổ đại biểu huyện Cần Giuộc), 45 tuổi, đặt câu hỏi về chậm trễ bồi thường cho 17 hộ dân ở xã Long Hậu, trong đó có hộ ông Trần Văn Ba đã chờ hơn 3 năm. Giám đốc Sở Tài chính cho biết sở đã có Tờ trình số 4521/TTr-STC và cam kết chi trả trước ngày 31/01/2025.

Dự toán ngân sách năm 2025

Theo Nghị quyết số 45/NQ-HĐND vừa được thông qua, tổng thu ngân sách nhà nước trên địa bàn tỉnh năm 2025 là 24.500 tỷ đồng; trong đó thu nội địa 20.300 tỷ đồng, thu từ hoạt động xuất nhập khẩu 4.200 tỷ đồng. Tổng chi ngân sách địa phương là 21.870 tỷ đồng, trong đó chi đầu tư phát triển 8.950 tỷ đồng.

HĐND tỉnh cũng thông qua Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025; Nghị quyết quy định mức chi hỗ trợ cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở theo Luật số 30/2023/QH15; Nghị quyết về bảng giá đất áp dụng từ ngày 1/1/2025 theo Nghị định số 71/2024/NĐ-CP của Chính phủ. Kết thúc kỳ họp, HĐND tỉnh đã thông qua 28 nghị quyết.

Các nghị quyết được đại biểu biểu quyết thông qua bằng hệ thống điện tử, với tỷ lệ tán thành cao. Nghị quyết về dự toán ngân sách được 52/53 đại biểu có mặt tán thành.

Chủ tọa điều hành phiên thảo luận tại hội trường. Ảnh: Phương Thảo

Năm 2025, tỉnh phấn đấu GRDP tăng 8% trở lên; thu nhập bình quân đầu người đạt 122 triệu đồng; tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn dưới 0,5%; có thêm 8 xã đạt chuẩn nông thôn mới nâng cao.

Phát biểu bế mạc, Chủ tịch HĐND tỉnh Nguyễn Thanh Hải đề nghị UBND tỉnh khẩn trương cụ thể hóa các nghị quyết vừa được thông qua, sớm giao dự toán cho các sở, ngành và địa phương ngay từ đầu năm; tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng đường Vành đai 3 và Khu công nghiệp Phúc Long. “Năm 2025 là năm cuối của nhiệm kỳ, năm tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, đồng thời là năm thực hiện sắp xếp, tinh gọn tổ chức bộ máy theo Nghị quyết số 18-NQ/TW. Đề nghị các vị đại biểu HĐND tỉnh tiếp tục phát huy vai trò, trách nhiệm, giữ mối liên hệ chặt chẽ với cử tri, kịp thời phản ánh tâm tư, nguyện vọng của nhân dân”, Chủ tịch HĐND tỉnh nhấn mạnh.

Thảo luận tại tổ, đại biểu Lê Văn Phước (Tổ đại biểu huyện Tân Trụ) đề nghị tỉnh quan tâm bố trí vốn cho tuyến đường tỉnh 833B, đường huyện 21 và cầu Bình Lãng, bởi đây là những tuyến giao thông huyết mạch kết nối vùng sản xuất thanh long, lúa chất lượng cao với Quốc lộ 1 và Quốc lộ 50. Đại biểu Trương Văn Nọ (Tổ đại biểu huyện Tân Thạnh) phản ánh, cử tri ở Đồng Tháp Mười mong tỉnh sớm có cơ chế đặc thù để đầu tư hạ tầng vùng lũ theo Quyết định số 1107/QĐ-TTg của Thủ tướng Chính phủ.

Trả lời các ý kiến, Giám đốc Sở Kế hoạch và Đầu tư cho biết, danh mục dự án năm 2025 đã được rà soát theo thứ tự ưu tiên, những công trình chuyển tiếp, công trình đối ứng dự án ODA được bố trí trước. Sở sẽ phối hợp với UBND các huyện hoàn thiện hồ sơ để kịp trình HĐND tỉnh tại kỳ họp gần nhất.

Cũng tại kỳ họp, HĐND tỉnh đã tiến hành miễn nhiệm và bầu bổ sung chức danh Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026; lấy phiếu tín nhiệm theo Quy định số 96-QĐ/TW. Kỳ họp thứ 23 dự kiến tổ chức vào cuối tháng 2/2025 để xem xét các nội dung thuộc thẩm quyền.

Kỳ họp được truyền hình trực tiếp trên sóng Đài Phát thanh và Truyền hình Long An (kênh LA34) và trên Cổng Thông tin điện tử tỉnh, để cử tri theo dõi. Cử tri có thể phản ánh ý kiến qua đường dây nóng 0272.3826.103 hoặc hộp thư điện tử của Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh.

Minh Trí
'''
META = {'published': '2024-12-11', 'locality': 'tỉnh Long An'}
DEFAULTS = {'locality': 'tỉnh Long An', 'period': '2024', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('ước tăng 6,8%', '6,8%', 'change', '%', dict(indicator='grdp_growth', modality='estimate', direction='up')),
 ('có 21/25 chỉ tiêu', '21/25', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('4 chỉ tiêu chưa đạt', '4', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=25)),
 ('ước đạt 23.100 tỷ đồng', '23.100 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', modality='estimate')),
 ('đạt 101,3% dự toán', '101,3%', 'attainment', '%', dict(indicator='budget_revenue', modality='estimate', base='target')),
 ('tăng 8,6% so với năm 2023', '8,6%', 'change', '%', dict(indicator='budget_revenue', modality='estimate', direction='up', base='2023')),
 ('năm 2025 là 24.500 tỷ đồng', '24.500 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('thu nội địa 20.300 tỷ đồng', '20.300 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('xuất nhập khẩu 4.200 tỷ đồng', '4.200 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('địa phương là 21.870 tỷ đồng', '21.870 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_expenditure')),
 ('chi đầu tư phát triển 8.950 tỷ đồng', '8.950 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_expenditure')),
 ('cho 17 hộ dân', '17', 'level', 'hộ', dict(optional=True)),
 ('thông qua 28 nghị quyết', '28', 'level', 'nghị quyết', dict(optional=True)),
 ('được 52/53 đại biểu', '52/53', 'ratio', 'đại biểu', dict(optional=True)),
 ('GRDP tăng 8% trở lên', '8%', 'change', '%', dict(T, indicator='grdp_growth', direction='up', bound='at_least')),
 ('đạt 122 triệu đồng', '122 triệu đồng', 'level', 'VND/người/năm', dict(T, indicator='income_per_capita')),
 ('dưới 0,5%', '0,5%', 'level', '%', dict(T, indicator='poverty_rate', direction='down', bound='under')),
 ('thêm 8 xã đạt chuẩn', '8', 'level', 'xã', dict(T, indicator='new_rural_communes_advanced')),
]
