# No figures: dates, times, document numbers, ages, medal names, ordinals, addresses, phone numbers, related titles.
TEXT = '''
Phường Hạc Thành trao Huy hiệu Đảng đợt 2/9

Thứ Sáu, 29/08/2025 - 16:20

(Baothanhhoa.vn) - Sáng 29/8, Đảng ủy phường Hạc Thành (tỉnh Thanh Hóa) tổ chức lễ trao tặng Huy hiệu Đảng đợt 2/9 cho các đảng viên lão thành, nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

Phường Hạc Thành được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp các phường Điện Biên, Lam Sơn, Ba Đình, Ngọc Trạo, Phú Sơn và một phần phường Đông Thọ, theo Nghị quyết số 1686/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội. Trụ sở Đảng ủy, HĐND, UBND phường đặt tại số 35 Đại lộ Lê Lợi.

Tại buổi lễ, đồng chí Bí thư Đảng ủy phường đã trao Huy hiệu 80 năm tuổi Đảng cho đồng chí Lê Văn Đ. (sinh năm 1927, 98 tuổi, trú tại Tổ dân phố số 5); Huy hiệu 75 năm tuổi Đảng cho đồng chí Nguyễn Thị H. (96 tuổi, nguyên cán bộ Ty Giáo dục Thanh Hóa). Đồng chí Lê Văn Đ. vào Đảng ngày 19/5/1945, từng tham gia chiến dịch Điện Biên Phủ năm 1954 trong đội hình Trung đoàn 57, Đại đoàn 304.

Thay mặt các đảng viên được nhận Huy hiệu, đồng chí Nguyễn Thị H. bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp tục giữ gìn phẩm chất người đảng viên, làm tấm gương cho con cháu noi theo. Lễ trao Huy hiệu được thực hiện theo Quyết định số 215-QĐ/TU ngày 15/8/2025 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 05-HD/VPTW.

Cũng tại buổi lễ, Đảng ủy phường thông báo lịch tiếp công dân định kỳ vào ngày 10 và ngày 25 hằng tháng, từ 7 giờ 30 đến 11 giờ, tại Phòng tiếp công dân (tầng 1, số 35 Đại lộ Lê Lợi). Mọi phản ánh, kiến nghị xin liên hệ đường dây nóng 0237.3852.118 hoặc 0912.345.678. Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030 dự kiến tổ chức vào tháng 9/2025, sau Đại hội điểm của tỉnh tại xã Thiệu Hóa; phiên thứ nhất khai mạc lúc 8 giờ ngày 18/9/2025 tại Hội trường Trung tâm Hội nghị tỉnh, đường Lê Hoàn.

Trước đó, ngày 26/8/2025, Ủy ban MTTQ Việt Nam phường đã phát động Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" giai đoạn 2025 - 2030 và hưởng ứng "Tết vì người nghèo" Xuân Bính Ngọ 2026 dọc tuyến Quốc lộ 1A và Quốc lộ 47.

Phương Đỗ

Lượt xem: 1.248

Xem thêm:
Thanh Hóa: 9 tháng thu ngân sách ước đạt 48.000 tỷ đồng
Phường Hạc Thành ra mắt Trung tâm phục vụ hành chính công
'''
META = {'published': '2025-08-29', 'locality': 'phường Hạc Thành'}
DEFAULTS = {}
FIGS = []
