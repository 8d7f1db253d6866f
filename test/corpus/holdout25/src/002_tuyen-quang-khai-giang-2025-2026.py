TEXT = '''
BÁO TUYÊN QUANG ĐIỆN TỬ
Giáo dục  |  Thứ Bảy, 06/09/2025 07:40

Hơn 420.000 học sinh tỉnh Tuyên Quang bước vào năm học mới

(BTQ) - Sáng 5/9, hơn 420.000 học sinh các cấp trên địa bàn tỉnh đồng loạt dự lễ khai giảng năm học 2025 - 2026, năm học đầu tiên sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất.

Dự lễ khai giảng tại Trường Phổ thông Dân tộc nội trú THPT tỉnh có đồng chí Bí thư Tỉnh ủy. Nhà trường năm nay tuyển mới 4 lớp 10, là con em các dân tộc Mông, Dao, Lô Lô ở các xã vùng cao.

Theo Sở Giáo dục và Đào tạo, năm học 2025 - 2026, toàn tỉnh có 1.126 trường học với 12.870 lớp; tổng số học sinh là 423.650 học sinh, tăng 5.210 học sinh so với năm học trước. Trong đó, mầm non có 98.430 trẻ, tiểu học 176.200 học sinh, trung học cơ sở 109.840 học sinh và trung học phổ thông 39.180 học sinh.

Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,6%; trẻ 6 tuổi vào lớp 1 đạt 100%; tỷ lệ học sinh hoàn thành chương trình tiểu học vào lớp 6 đạt 99,3%. Riêng khu vực Hà Giang cũ, tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 96,1%, thấp hơn khu vực Tuyên Quang cũ 2,4 điểm phần trăm.

Toàn tỉnh hiện có 742/1.126 trường đạt chuẩn quốc gia, đạt tỷ lệ 65,9%, tăng 38 trường so với đầu năm học trước. Mục tiêu đến năm 2030, tỷ lệ trường đạt chuẩn quốc gia của tỉnh đạt 80%.

Năm học 2024 - 2025, tỉnh có 31 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia, gồm 2 giải Nhì, 9 giải Ba và 20 giải Khuyến khích. Tại kỳ thi tốt nghiệp THPT năm 2025, tỷ lệ tốt nghiệp của tỉnh đạt 98,42%, tăng 0,6 điểm phần trăm so với năm 2024; thí sinh Hoàng Minh Châu, Trường THPT Chuyên tỉnh, đạt 28,75 điểm khối A00, cao nhất tỉnh.

Bên cạnh kết quả đạt được, ngành giáo dục đang thiếu 1.860 giáo viên so với định mức, nhiều nhất là giáo viên mầm non (714 người) và tiểu học (652 người). Năm học này, tỉnh được giao tuyển dụng thêm 905 giáo viên theo Quyết định số 72-QĐ/TW của Bộ Chính trị.

Về cơ sở vật chất, toàn tỉnh còn 1.245 phòng học tạm, phòng học mượn, phần lớn ở khu vực Hà Giang cũ. Năm 2025, tỉnh bố trí 386 tỷ đồng xây mới 512 phòng học và 214 phòng công vụ cho giáo viên; đến nay đã bàn giao đưa vào sử dụng 297 phòng học. Năm học này có 61.300 học sinh ở bán trú, mỗi em được hỗ trợ 360.000 đồng/tháng và 15 kg gạo/tháng theo Nghị định 66/2025/NĐ-CP.

"Nhiều điểm trường lẻ ở vùng cao vẫn phải ghép 2 - 3 trình độ trong một lớp", cô giáo Vàng Thị Dợ, Trường Tiểu học Lũng Cú, chia sẻ. Lớp của cô năm nay có 14 em, trong đó 6 em mới vào lớp 1.

Dịp này, Công ty Điện lực Tuyên Quang trao tặng 200 suất quà cho học sinh có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Ảnh: Học sinh Trường Tiểu học Minh Xuân trong ngày khai giảng. (Ảnh: Thanh Phúc)

Thanh Phúc

TIN LIÊN QUAN
- Tuyên Quang tập huấn sách giáo khoa lớp 5 cho giáo viên
- Xã Mèo Vạc sáp nhập điểm trường để nâng chất lượng dạy học
- Khai mạc Hội khỏe Phù Đổng tỉnh lần thứ XII
'''
META = {'published': '2025-09-06', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2025/2026', 'modality': 'actual'}
E = {'indicator': 'school_enrollment_rate'}
S = {'indicator': 'national_standard_schools'}
HG = {'locality': 'tỉnh Hà Giang'}
FIGS = [
 ('Hơn 420.000 học sinh', '420.000', 'level', 'học sinh', dict(bound='over')),
 ('hơn 420.000 học sinh', '420.000', 'level', 'học sinh', dict(bound='over')),
 ('có 1.126 trường học', '1.126', 'level', 'trường học', dict()),
 ('với 12.870 lớp', '12.870', 'level', 'lớp', dict()),
 ('là 423.650 học sinh', '423.650', 'level', 'học sinh', dict()),
 ('tăng 5.210 học sinh', '5.210', 'change', 'học sinh', dict(direction='up', base='previous_period')),
 ('có 98.430 trẻ', '98.430', 'level', 'trẻ', dict()),
 ('học 176.200 học sinh', '176.200', 'level', 'học sinh', dict()),
 ('sở 109.840 học sinh', '109.840', 'level', 'học sinh', dict()),
 ('thông 39.180 học sinh', '39.180', 'level', 'học sinh', dict()),
 ('đạt 99,6%', '99,6%', 'level', '%', dict(E)),
 ('đạt 100%', '100%', 'level', '%', dict(E)),
 ('đạt 99,3%', '99,3%', 'level', '%', dict(E)),
 ('đạt 96,1%', '96,1%', 'level', '%', dict(E, **HG)),
 ('cũ 2,4 điểm phần trăm', '2,4 điểm phần trăm', 'change', 'điểm %', dict(optional=True, direction='down')),
 ('có 742/1.126 trường', '742/1.126', 'ratio', 'trường', dict(S)),
 ('tỷ lệ 65,9%', '65,9%', 'level', '%', dict(S)),
 ('tăng 38 trường', '38', 'change', 'trường', dict(S, direction='up', base='previous_period')),
 ('đạt 80%', '80%', 'level', '%', dict(S, period='2030', modality='target')),
 ('có 31 học sinh', '31', 'level', 'học sinh', dict(period='2024/2025')),
 ('gồm 2 giải Nhì', '2', 'level', 'giải', dict(optional=True)),
 ('9 giải Ba', '9', 'level', 'giải', dict(optional=True)),
 ('20 giải Khuyến khích', '20', 'level', 'giải', dict(optional=True)),
 ('đạt 98,42%', '98,42%', 'level', '%', dict(period='2025')),
 ('tăng 0,6 điểm phần trăm', '0,6 điểm phần trăm', 'change', 'điểm %', dict(period='2025', direction='up', base='2024')),
 ('thiếu 1.860 giáo viên', '1.860', 'level', 'giáo viên', dict()),
 ('(714 người)', '714', 'level', 'người', dict()),
 ('(652 người)', '652', 'level', 'người', dict()),
 ('còn 1.245 phòng học', '1.245', 'level', 'phòng học', dict()),
 ('trí 386 tỷ đồng', '386 tỷ đồng', 'level', 'VND', dict(period='2025')),
 ('mới 512 phòng học', '512', 'level', 'phòng học', dict(period='2025')),
 ('và 214 phòng công vụ', '214', 'level', 'phòng công vụ', dict(period='2025')),
 ('dụng 297 phòng học', '297', 'level', 'phòng học', dict(period='2025')),
 ('có 61.300 học sinh', '61.300', 'level', 'học sinh', dict()),
 ('trợ 360.000 đồng/tháng', '360.000 đồng/tháng', 'level', 'VND/tháng', dict(optional=True)),
 ('và 15 kg gạo', '15 kg', 'level', 'kg', dict(optional=True)),
 ('thêm 905 giáo viên', '905', 'level', 'giáo viên', dict(optional=True)),
 ('tặng 200 suất quà', '200', 'level', 'suất quà', dict(optional=True)),
]
