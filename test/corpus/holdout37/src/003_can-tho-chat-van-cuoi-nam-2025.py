TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ
Giới thiệu | Kỳ họp | Giám sát | Tiếp xúc cử tri | Văn bản | Liên hệ

Trang chủ > Kỳ họp > Tin kỳ họp

Phiên chất vấn tại Kỳ họp thứ 6: làm rõ giải ngân đầu tư công, sạt lở và thiếu giáo viên

Ngày đăng: 10/12/2025 16:42 | Lượt xem: 845

Chiều 9/12, Kỳ họp thứ 6 (kỳ họp thường lệ cuối năm 2025) HĐND thành phố Cần Thơ khóa X, nhiệm kỳ 2021 - 2026 dành trọn buổi cho phiên chất vấn và trả lời chất vấn. Đây là kỳ họp cuối năm đầu tiên kể từ khi thành phố Cần Thơ mới được hình thành trên cơ sở hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang, với 103 đơn vị hành chính cấp xã.

Phó Chủ tịch HĐND thành phố Trần Văn Nhân cho biết, trước kỳ họp, Thường trực HĐND thành phố đã tổng hợp 63 câu hỏi chất vấn của đại biểu và lựa chọn 3 nhóm vấn đề để chất vấn trực tiếp.

Giải ngân mới đạt gần 59%

Mở đầu phiên chất vấn, đại biểu Lê Thị Ngọc Mai (Tổ đại biểu số 4, đơn vị bầu cử số 9) dẫn số liệu: tính đến ngày 30/11/2025, thành phố mới giải ngân 58,7% kế hoạch vốn đầu tư công, trong khi chỉ còn hơn 2 tháng là hết thời hạn giải ngân. Đại biểu hỏi: "Có bao nhiêu dự án có tỷ lệ giải ngân dưới 30%, trách nhiệm thuộc về ai?"

Trả lời, Giám đốc Sở Tài chính Huỳnh Thanh Phong cho biết, tổng kế hoạch vốn đầu tư công năm 2025 của thành phố sau hợp nhất là 16.840 tỷ đồng. Đến ngày 30/11, các chủ đầu tư đã giải ngân 9.885 tỷ đồng, bằng 58,7% kế hoạch, thấp hơn bình quân cả nước khoảng 4 điểm phần trăm. Hiện có 37 dự án giải ngân dưới 30%, phần lớn vướng bồi thường, giải phóng mặt bằng; riêng dự án cao tốc Châu Đốc - Cần Thơ - Sóc Trăng giai đoạn 1 còn 412 hộ chưa bàn giao mặt bằng.

"Sở đã tham mưu điều chuyển 1.250 tỷ đồng từ các dự án chậm sang các dự án có khả năng giải ngân nhanh. Thành phố phấn đấu đến ngày 31/1/2026 giải ngân đạt 95% kế hoạch", ông Phong nói.

Tái chất vấn, đại biểu Mai đề nghị công khai danh sách chủ đầu tư chậm giải ngân trên Cổng thông tin của thành phố trước ngày 20/12.

Sạt lở: cần 2.600 tỷ đồng cho các công trình cấp bách

Đại biểu Nguyễn Hoàng Phúc (Tổ đại biểu số 11, khu vực Sóc Trăng cũ) cho biết, từ đầu năm đến nay trên địa bàn xảy ra 84 vụ sạt lở bờ sông, bờ biển, làm 26 căn nhà sụp xuống sông, thiệt hại khoảng 57 tỷ đồng, tăng 21 vụ so với năm 2024. Ông đặt câu hỏi về tiến độ các công trình kè chống sạt lở tại xã Cù Lao Dung và phường Vĩnh Châu.

Giám đốc Sở Nông nghiệp và Môi trường Trần Thị Xuân Mai thông tin, toàn thành phố hiện có 61 điểm sạt lở đặc biệt nguy hiểm với tổng chiều dài khoảng 48 km. Năm 2025, thành phố đã bố trí 780 tỷ đồng để xây dựng 14 công trình kè, trong đó 9 công trình đã hoàn thành. Để xử lý dứt điểm các điểm còn lại cần khoảng 2.600 tỷ đồng; Sở đã đề xuất Trung ương hỗ trợ 1.500 tỷ đồng từ nguồn dự phòng ngân sách.

Trả lời thêm về Đề án 1 triệu héc-ta lúa chất lượng cao, giảm phát thải, bà Mai cho biết thành phố đăng ký tham gia 248.000 ha; đến nay đã triển khai 96.500 ha, đạt 38,9% diện tích đăng ký. Năm 2025, sản lượng lúa toàn thành phố ước đạt 4,15 triệu tấn, tăng 3,2% so với năm trước.

Thiếu 1.420 giáo viên

Đại biểu Danh Thị Sa Ry (Tổ đại biểu số 15) nêu thực trạng nhiều trường ở khu vực Hậu Giang cũ phải ghép lớp, có trường 1 giáo viên dạy 2 môn. Theo đại biểu, năm học 2025 - 2026 toàn thành phố được giao 28.460 biên chế giáo viên nhưng mới tuyển được 27.040 người.

Giám đốc Sở Giáo dục và Đào tạo Nguyễn Văn Sang thừa nhận toàn ngành đang thiếu 1.420 giáo viên, tập trung ở bậc mầm non (612 giáo viên) và tiểu học (534 giáo viên). Năm 2025, Sở đã tổ chức tuyển dụng 860 chỉ tiêu nhưng chỉ tuyển được 515 người, bằng 59,9% chỉ tiêu tuyển dụng. Tỷ lệ trường đạt chuẩn quốc gia của thành phố hiện là 64,3%, thấp hơn mục tiêu 70% đặt ra cho năm 2025.

Kết luận phiên chất vấn, Chủ tịch HĐND thành phố Phạm Văn Hiểu đề nghị UBND thành phố chỉ đạo phấn đấu giải ngân vốn đầu tư công đạt trên 95%, bố trí tối thiểu 1.000 tỷ đồng cho công trình phòng chống sạt lở trong năm 2026 và báo cáo kết quả thực hiện các nội dung đã hứa tại kỳ họp giữa năm 2026.

Mọi ý kiến xin gửi về Văn phòng Đoàn ĐBQH và HĐND thành phố, số 2 Hòa Bình, phường Ninh Kiều; điện thoại: 0292.3820.128.

Các tin khác:
- Kỳ họp thứ 6 HĐND thành phố thông qua 35 nghị quyết
- Tiếp xúc cử tri phường Tân An trước kỳ họp
- Thông báo lịch tiếp công dân tháng 12/2025
'''
META = {'published': '2025-12-10', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
PI = {'indicator': 'public_investment_disbursement'}
M11 = {'period': '2025-11M'}
FIGS = [
 ('với 103 đơn vị', '103', 'level', 'đơn vị hành chính', d(optional=True)),
 ('tổng hợp 63 câu hỏi', '63', 'level', 'câu hỏi', d(optional=True)),
 ('lựa chọn 3 nhóm', '3', 'level', 'nhóm vấn đề', d(optional=True)),
 ('đạt gần 59%', '59%', 'attainment', '%', d(PI, TB, bound='nearly')),
 ('giải ngân 58,7% kế hoạch', '58,7%', 'attainment', '%', d(PI, M11, TB)),
 ('bằng 58,7% kế hoạch', '58,7%', 'attainment', '%', d(PI, M11, TB)),
 ('năm 2025 của thành phố sau hợp nhất là 16.840 tỷ đồng', '16.840 tỷ đồng', 'level', 'VND', d(PI, modality='target')),
 ('giải ngân 9.885 tỷ đồng', '9.885 tỷ đồng', 'level', 'VND', d(PI, M11)),
 ('khoảng 4 điểm phần trăm', '4 điểm phần trăm', 'change', 'điểm %', d(PI, M11, D, bound='about')),
 ('có 37 dự án', '37', 'level', 'dự án', d(optional=True)),
 ('còn 412 hộ', '412', 'level', 'hộ', d(optional=True)),
 ('điều chuyển 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('đạt 95% kế hoạch', '95%', 'attainment', '%', d(PI, TB, modality='target')),
 ('cần 2.600 tỷ đồng cho', '2.600 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('xảy ra 84 vụ', '84', 'level', 'vụ', d()),
 ('làm 26 căn nhà', '26', 'level', 'căn nhà', d()),
 ('khoảng 57 tỷ đồng', '57 tỷ đồng', 'level', 'VND', d(bound='about')),
 ('tăng 21 vụ', '21', 'change', 'vụ', d(U, base='2024')),
 ('có 61 điểm', '61', 'level', 'điểm sạt lở', d(optional=True)),
 ('khoảng 48 km', '48 km', 'level', 'km', d(optional=True)),
 ('bố trí 780 tỷ đồng', '780 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('dựng 14 công trình', '14', 'level', 'công trình', d(optional=True)),
 ('đó 9 công trình', '9', 'level', 'công trình', d(optional=True)),
 ('cần khoảng 2.600 tỷ đồng', '2.600 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('hỗ trợ 1.500 tỷ đồng', '1.500 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('tham gia 248.000 ha', '248.000 ha', 'level', 'ha', d()),
 ('triển khai 96.500 ha', '96.500 ha', 'level', 'ha', d()),
 ('đạt 38,9% diện tích', '38,9%', 'level', '%', d()),
 ('ước đạt 4,15 triệu tấn', '4,15 triệu tấn', 'level', 'tấn', d(E, indicator='rice_output')),
 ('tăng 3,2%', '3,2%', 'change', '%', d(E, U, indicator='rice_output', base='2024')),
 ('giao 28.460 biên chế', '28.460', 'level', 'biên chế', d(optional=True)),
 ('được 27.040 người', '27.040', 'level', 'người', d(period='2025/2026')),
 ('Thiếu 1.420 giáo viên', '1.420', 'level', 'giáo viên', d()),
 ('thiếu 1.420 giáo viên,', '1.420', 'level', 'giáo viên', d()),
 ('(612 giáo viên)', '612', 'level', 'giáo viên', d()),
 ('(534 giáo viên)', '534', 'level', 'giáo viên', d()),
 ('tuyển dụng 860 chỉ tiêu', '860', 'level', 'chỉ tiêu', d(optional=True)),
 ('được 515 người', '515', 'level', 'người', d()),
 ('bằng 59,9% chỉ tiêu', '59,9%', 'attainment', '%', d(TB)),
 ('hiện là 64,3%', '64,3%', 'level', '%', d(indicator='national_standard_schools')),
 ('mục tiêu 70%', '70%', 'level', '%', d(indicator='national_standard_schools', modality='target')),
 ('đạt trên 95%', '95%', 'attainment', '%', d(PI, TB, modality='target', bound='over')),
 ('tối thiểu 1.000 tỷ đồng', '1.000 tỷ đồng', 'level', 'VND', d(optional=True)),
]
