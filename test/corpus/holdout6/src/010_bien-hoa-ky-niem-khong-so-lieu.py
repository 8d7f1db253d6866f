TEXT = '''
Thời sự

Biên Hòa: Họp mặt kỷ niệm 95 năm Ngày thành lập Đảng, trao Huy hiệu 70 năm tuổi Đảng

Thứ Hai, 06/01/2025 - 10:15

ĐN - Thực hiện Kế hoạch số 268-KH/TU ngày 15/11/2024 của Ban Thường vụ Tỉnh ủy Đồng Nai, sáng 5/1, Thành ủy Biên Hòa tổ chức họp mặt kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025) và trao Huy hiệu Đảng đợt 3/2/2025.

Lãnh đạo Thành ủy Biên Hòa trao Huy hiệu Đảng cho các đảng viên lão thành.
Lãnh đạo Thành ủy Biên Hòa trao Huy hiệu Đảng cho các đảng viên lão thành.

Buổi họp mặt diễn ra lúc 7 giờ 30 tại Hội trường Thành ủy, số 2 đường 30/4, phường Thanh Bình. Đến dự có đồng chí Nguyễn Hồng Lĩnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đồng Nai; đồng chí Trần Hải Đông, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Biên Hòa khóa XI, nhiệm kỳ 2020 - 2025.

Phát biểu tại buổi họp mặt, Bí thư Thành ủy ôn lại chặng đường vẻ vang của Đảng từ Hội nghị thành lập Đảng năm 1930, qua Cách mạng Tháng Tám năm 1945, chiến thắng Điện Biên Phủ năm 1954 đến đại thắng mùa Xuân năm 1975. Đồng chí nhấn mạnh, năm 2025 là năm tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, năm cuối thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XI.

Đồng chí đề nghị các cấp ủy tiếp tục thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, Nghị quyết số 18-NQ/TW về sắp xếp tinh gọn bộ máy, và Quyết định số 1600/QĐ-TTg của Thủ tướng Chính phủ; phát huy tinh thần "Ba sẵn sàng", phong trào "Mừng Đảng - Mừng Xuân" trên tất cả các phường, xã.

Đảng viên lão thành Trần Văn Bảy (95 tuổi, ngụ khu phố 5, phường Tân Mai) xúc động chia sẻ: "Tôi vào Đảng năm 1954, khi mới 24 tuổi. Hôm nay được nhận Huy hiệu 70 năm tuổi Đảng, tôi rất vinh dự." Cụ Bảy từng là chiến sĩ Tiểu đoàn 445, tham gia chiến dịch Hồ Chí Minh năm 1975.

Đảng viên Nguyễn Thị Lan (82 tuổi, phường Quyết Thắng) được trao Huy hiệu 55 năm tuổi Đảng. Bà chia sẻ niềm vui khi thấy Biên Hòa đổi thay từng ngày, nhất là tuyến Quốc lộ 1 và cầu Hóa An mới, cùng các dự án chuyển đổi số, công nghệ 4.0.

Dịp này, Thành ủy cũng phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ thành phố lần thứ XII, kéo dài từ ngày 6/1/2025 đến ngày 30/6/2025.

Mọi thông tin liên hệ Văn phòng Thành ủy Biên Hòa, điện thoại 0251.3822.746 hoặc 0913.456.789.

Xem thêm:
Đồng Nai trao Huy hiệu Đảng cho 1.250 đảng viên
Biên Hòa: 12 dự án trọng điểm khởi công đầu năm 2025

Thu Hà

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2025-01-06', 'locality': 'thành phố Biên Hòa'}
DEFAULTS = {}
FIGS = []
