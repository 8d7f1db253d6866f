TEXT = '''
Xây dựng Đảng

Bến Tre trọng thể kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam

02/02/2025 - 19:48

BDK.VN - Chiều 2-2-2025, tại Hội trường Tỉnh ủy (số 7, đường Cách Mạng Tháng Tám, Phường 3, TP. Bến Tre), Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3-2-1930 - 3-2-2025) và trao Huy hiệu Đảng đợt 3-2 cho đảng viên lão thành.

Các đại biểu dự lễ kỷ niệm.

Dự lễ kỷ niệm có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lê Đức Thọ; Phó bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Hồ Thị Hoàng Yến; Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Ngọc Tam; nguyên Bí thư Tỉnh ủy Cao Văn Trọng; Mẹ Việt Nam Anh hùng Nguyễn Thị Rành, 98 tuổi, ở xã Định Thủy (huyện Mỏ Cày Nam), cùng các đồng chí nguyên lãnh đạo tỉnh qua các thời kỳ.

Trình bày diễn văn kỷ niệm, Phó bí thư Thường trực Tỉnh ủy Hồ Thị Hoàng Yến ôn lại chặng đường 95 năm vẻ vang của Đảng. Ngày 3-2-1930, tại Hồng Kông (Trung Quốc), dưới sự chủ trì của lãnh tụ Nguyễn Ái Quốc, Hội nghị hợp nhất các tổ chức cộng sản đã quyết định thành lập Đảng Cộng sản Việt Nam. Cũng trong năm 1930, chi bộ Đảng đầu tiên của tỉnh được thành lập tại làng An Hội, mở ra bước ngoặt cho phong trào cách mạng ở Bến Tre.

Phó bí thư Thường trực Tỉnh ủy Hồ Thị Hoàng Yến trình bày diễn văn.

Dưới ngọn cờ của Đảng, quân và dân Bến Tre đã làm nên cuộc Đồng khởi ngày 17-1-1960, mở đầu cho phong trào Đồng khởi toàn miền Nam; đội quân tóc dài do nữ tướng Nguyễn Thị Định chỉ huy đã trở thành biểu tượng của ý chí kiên cường. Trong cuộc Tổng tiến công và nổi dậy mùa Xuân năm 1975, Bến Tre được giải phóng ngày 30-4-1975, cùng cả nước thống nhất. Tỉnh Bến Tre vinh dự được Đảng, Nhà nước trao tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân; nhiều địa phương, cá nhân được phong tặng danh hiệu Anh hùng.

Bước vào thời kỳ đổi mới, Đảng bộ tỉnh đã lãnh đạo vượt qua muôn vàn khó khăn, từng bước đưa Bến Tre thoát khỏi tình trạng tỉnh nghèo, khắc phục hậu quả hạn mặn lịch sử các năm 2016 và 2020. Phong trào “Đồng khởi mới” được phát động theo Chỉ thị số 01-CT/TU của Ban Thường vụ Tỉnh ủy, lan tỏa mạnh mẽ trong các tầng lớp nhân dân. Cầu Rạch Miễu, cầu Hàm Luông, cầu Cổ Chiên lần lượt được xây dựng, nối Bến Tre với các tỉnh bạn; cầu Rạch Miễu 2 trên Quốc lộ 60 đang được khẩn trương thi công.

Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025, Đảng bộ và nhân dân tỉnh tiếp tục đoàn kết, đổi mới, sáng tạo; Ban Chấp hành Đảng bộ tỉnh đã tổ chức thành công Hội nghị lần thứ 25 (khóa XI) để cho ý kiến vào dự thảo các văn kiện trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2025 - 2030.

Bí thư Tỉnh ủy Lê Đức Thọ trao Huy hiệu 75 năm tuổi Đảng cho đồng chí Trần Văn Lực.

Phát biểu tại buổi lễ, Bí thư Tỉnh ủy Lê Đức Thọ nhấn mạnh, năm 2025 có ý nghĩa đặc biệt quan trọng, là năm diễn ra đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; đồng thời là năm toàn hệ thống chính trị thực hiện cuộc cách mạng về tinh gọn tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Hội nghị Trung ương 6 khóa XII và Kết luận số 121-KL/TW của Ban Chấp hành Trung ương. “Mỗi cán bộ, đảng viên phải đặt lợi ích của tập thể, của quốc gia lên trên hết; gương mẫu chấp hành chủ trương sắp xếp, tinh gọn bộ máy, không để xảy ra tâm tư, xáo trộn”, Bí thư Tỉnh ủy yêu cầu.

Nhân dịp này, Bí thư Tỉnh ủy Lê Đức Thọ đã trao Huy hiệu 75 năm tuổi Đảng cho đồng chí Trần Văn Lực (sinh năm 1929, ngụ Phường 6, TP. Bến Tre) và Huy hiệu 70 năm tuổi Đảng, 65 năm tuổi Đảng cho các đồng chí đảng viên lão thành thuộc Đảng bộ Khối các cơ quan tỉnh. Đồng chí Trần Văn Lực, 96 tuổi, nguyên là chiến sĩ Tiểu đoàn 516, tham gia cách mạng từ năm 1945, xúc động chia sẻ: “Tôi vào Đảng năm 20 tuổi, trải qua hai cuộc kháng chiến, nay được nhận Huy hiệu 75 năm tuổi Đảng là niềm vinh dự lớn nhất đời tôi. Tôi mong lớp trẻ giữ gìn truyền thống quê hương Đồng Khởi”.

Trước đó, tại Hội nghị lần thứ 26 Ban Chấp hành Đảng bộ tỉnh khóa XI diễn ra ngày 24-1-2025, Tỉnh ủy đã thống nhất chủ trương sắp xếp, kết thúc hoạt động của các đảng đoàn, ban cán sự đảng theo Kết luận số 127-KL/TW và Hướng dẫn số 03-HD/BTCTW. Ban Thường vụ Tỉnh ủy cũng ban hành Quyết định số 1250-QĐ/TU về việc thành lập Đảng bộ các cơ quan Đảng tỉnh và Quyết định số 1251-QĐ/TU về việc thành lập Đảng bộ Ủy ban nhân dân tỉnh, có hiệu lực từ ngày 1-2-2025.

Cụ bà Nguyễn Thị Út, 91 tuổi, ngụ ấp 3, xã Phước Hiệp (huyện Mỏ Cày Nam), nguyên là giao liên thời kháng chiến chống Mỹ, xúc động kể lại những năm tháng đưa thư, dẫn đường cho cán bộ qua sông Hàm Luông. Bà vào Đảng ngày 19-5-1965, đúng dịp kỷ niệm 75 năm Ngày sinh Chủ tịch Hồ Chí Minh, và đến nay đã có gần 60 năm tuổi Đảng.

Tối cùng ngày, lúc 19 giờ 30, tại Quảng trường Đồng Khởi (Phường 2, TP. Bến Tre) diễn ra chương trình nghệ thuật “Mừng Đảng, mừng Xuân Ất Tỵ 2025” với sự tham gia của Đoàn Nghệ thuật Ca múa nhạc tỉnh và các ca sĩ khách mời; chương trình được truyền hình trực tiếp trên kênh THBT. Trước đó, sáng 1-2, đoàn đại biểu lãnh đạo tỉnh đã viếng Nghĩa trang liệt sĩ tỉnh, Khu Di tích Đồng Khởi (xã Định Thủy) và dâng hương tại Đền thờ nữ tướng Nguyễn Thị Định (xã Tân Phú, huyện Châu Thành).

Cũng trong dịp này, Ban Tuyên giáo Tỉnh ủy phối hợp với Thư viện tỉnh tổ chức triển lãm ảnh, tư liệu “Đảng Cộng sản Việt Nam - 95 mùa xuân theo Đảng” tại số 210, đường Đồng Khởi, mở cửa từ ngày 1-2 đến hết ngày 28-2-2025. Thông tin chi tiết liên hệ Ban Tuyên giáo Tỉnh ủy qua số điện thoại 0275.3822.391.

Tin, ảnh: Cẩm Trúc

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2025-02-02', 'locality': 'tỉnh Bến Tre'}
DEFAULTS = {'locality': 'tỉnh Bến Tre', 'modality': 'actual'}
FIGS = []
