TEXT = '''
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP ĐỒNG NAI
Giới thiệu   Tin tức - Sự kiện   Thủ tục hành chính   Văn bản pháp quy   Hỏi đáp

Tin hoạt động

Quý I/2026, các khu công nghiệp Đồng Nai thu hút hơn 624 triệu USD vốn FDI

Ngày đăng: 08/04/2026 | Người đăng: Phòng Quản lý đầu tư

Chiều 7/4, Ban Quản lý các khu công nghiệp (KCN) tỉnh Đồng Nai tổ chức hội nghị giao ban quý I/2026 với các công ty phát triển hạ tầng và doanh nghiệp trong KCN. Đây là quý đầu tiên Ban vận hành đầy đủ bộ máy sau khi tiếp nhận nhiệm vụ của Ban Quản lý các KCN tỉnh Bình Phước (cũ) theo Quyết định số 1712/QĐ-UBND ngày 30/6/2025.

Quang cảnh hội nghị giao ban quý I/2026 tại trụ sở Ban Quản lý, phường Trấn Biên.

Thu hút đầu tư vượt cùng kỳ

Theo báo cáo của Ban, trong quý I/2026, các KCN trên địa bàn tỉnh thu hút 624,5 triệu USD vốn đầu tư nước ngoài, tăng 18,3% so với cùng kỳ và bằng 31,2% kế hoạch năm (2 tỷ USD). Trong đó, cấp mới 27 dự án với tổng vốn đăng ký 286,4 triệu USD; 41 lượt dự án điều chỉnh tăng vốn thêm 301,7 triệu USD; góp vốn, mua cổ phần 36,4 triệu USD. Riêng các KCN thuộc khu vực Bình Phước cũ thu hút 148,2 triệu USD, chiếm 23,7% tổng vốn FDI của toàn tỉnh.

Về đầu tư trong nước, có 6 dự án cấp mới và 3 dự án điều chỉnh với tổng vốn 2.845 tỷ đồng (khoảng 111 triệu USD), giảm 12,6% so với cùng kỳ.

Kết quả thu hút vốn FDI quý I/2026 theo khu vực (đơn vị: triệu USD):

Khu vực | Cấp mới | Tăng vốn | Góp vốn, mua cổ phần | Tổng
Khu vực Đồng Nai cũ | 201,5 | 274,8 | - | 476,3
Khu vực Bình Phước cũ | 84,9 | 26,9 | 36,4 | 148,2

Lũy kế đến ngày 31/3/2026, các KCN của tỉnh có 2.086 dự án FDI còn hiệu lực với tổng vốn đăng ký 38,9 tỷ USD, trong đó khu vực Bình Phước cũ có 246 dự án, vốn 3,12 tỷ USD; cùng 612 dự án đầu tư trong nước với tổng vốn 98.470 tỷ đồng. Với quy mô này, Đồng Nai đứng thứ 4 cả nước về tổng vốn FDI lũy kế, sau TP.HCM, Hà Nội và Bắc Ninh.

Toàn tỉnh hiện có 41 KCN được thành lập với tổng diện tích 18.460 ha, trong đó 34 KCN đã đi vào hoạt động. Trong quý, diện tích đất cho thuê mới đạt 96,3 ha; tỷ lệ lấp đầy bình quân các KCN đang hoạt động là 78,6%, riêng khu vực Bình Phước cũ mới đạt 52,4%.

Xuất khẩu tăng, lao động ổn định

Kim ngạch xuất khẩu của doanh nghiệp trong các KCN quý I ước đạt 6,84 tỷ USD, tăng 9,2% so với cùng kỳ; nhập khẩu ước 5,17 tỷ USD, tăng 7,5%. Doanh nghiệp KCN xuất siêu 1,67 tỷ USD, đóng góp phần lớn vào thặng dư thương mại của tỉnh.

Các KCN hiện sử dụng 712.480 lao động, trong đó có 6.920 lao động nước ngoài. Số lao động tham gia bảo hiểm xã hội là 684.300 người, đạt 96%; tuy nhiên còn 124 doanh nghiệp nợ bảo hiểm xã hội với số tiền 186,5 tỷ đồng. Trong quý xảy ra 2 vụ ngừng việc tập thể với 1.350 người tham gia, giảm 3 vụ so với cùng kỳ; các vụ việc đều được giải quyết trong ngày.

Bà Nguyễn Thị Hoàng, Tổng Giám đốc Công ty CP Sonadezi Long Thành, cho biết tuyến cao tốc Biên Hòa - Vũng Tàu và sân bay Long Thành sắp đi vào khai thác giúp KCN Long Thành nhận được 17 lượt nhà đầu tư đến khảo sát chỉ trong tháng 3.

Về cải cách hành chính, trong quý Ban tiếp nhận 3.416 hồ sơ, giải quyết đúng hạn 100%; thời gian cấp mới giấy chứng nhận đăng ký đầu tư rút ngắn còn 7 ngày làm việc. Từ ngày 15/1/2026, toàn bộ hồ sơ được nhận qua Cổng dịch vụ công quốc gia theo Kế hoạch 08/KH-BQL. Đại diện Hiệp hội doanh nghiệp Đài Loan (ông Chen Wei Ming, 61 tuổi, 28 năm làm việc tại Biên Hòa) đề nghị Ban tổ chức thêm các chuyến xúc tiến tại Cao Hùng.

Nhiệm vụ quý II

Phát biểu chỉ đạo, Trưởng Ban Quản lý đề nghị các công ty hạ tầng đẩy nhanh bồi thường tại KCN Minh Hưng III và KCN Đồng Xoài IV. Năm 2026, Ban phấn đấu thu hút 2 tỷ USD vốn FDI và 8.000 tỷ đồng vốn đầu tư trong nước; nâng tỷ lệ lấp đầy bình quân lên 80%; giải quyết dứt điểm nợ bảo hiểm xã hội kéo dài trên 6 tháng.

Tin khác:
- Hội nghị đối thoại với doanh nghiệp Hàn Quốc tại KCN Nhơn Trạch (02/4/2026)
- Trao giấy chứng nhận đầu tư cho 5 dự án tại KCN Becamex Bình Phước (28/3/2026)
- Tháng 2, thu hút 210 triệu USD vốn FDI vào các KCN (05/3/2026)

Ban Quản lý các KCN Đồng Nai - Số 26, đường 2A, KCN Biên Hòa II, phường Long Bình. ĐT: 0251.3892.378
Lượt truy cập: 1.245.678
'''
META = {'published': '2026-04-08', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2026-Q1', 'modality': 'actual'}
F = {'indicator': 'fdi'}
BP = {'locality': 'tỉnh Bình Phước'}
E = {'modality': 'estimate'}
S = {'period': '2026-M03'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('hơn 624 triệu USD', '624 triệu USD', 'level', 'USD', dict(F, bound='over')),
 ('thu hút 624,5 triệu USD', '624,5 triệu USD', 'level', 'USD', dict(F)),
 ('tăng 18,3% so với cùng kỳ', '18,3%', 'change', '%', dict(F, direction='up', base='same_period')),
 ('bằng 31,2% kế hoạch năm', '31,2%', 'attainment', '%', dict(F, base='target')),
 ('(2 tỷ USD)', '2 tỷ USD', 'level', 'USD', dict(F, **T)),
 ('cấp mới 27 dự án', '27', 'level', 'dự án', dict()),
 ('ký 286,4 triệu USD', '286,4 triệu USD', 'level', 'USD', dict(F)),
 ('41 lượt dự án', '41', 'level', 'lượt dự án', dict()),
 ('thêm 301,7 triệu USD', '301,7 triệu USD', 'level', 'USD', dict(F)),
 ('cổ phần 36,4 triệu USD', '36,4 triệu USD', 'level', 'USD', dict(F)),
 ('thu hút 148,2 triệu USD', '148,2 triệu USD', 'level', 'USD', dict(F, **BP)),
 ('chiếm 23,7%', '23,7%', 'level', '%', dict(F, **BP)),
 ('có 6 dự án', '6', 'level', 'dự án', dict()),
 ('và 3 dự án', '3', 'level', 'dự án', dict()),
 ('vốn 2.845 tỷ đồng', '2.845 tỷ đồng', 'level', 'VND', dict()),
 ('khoảng 111 triệu USD', '111 triệu USD', 'level', 'USD', dict(bound='about')),
 ('giảm 12,6%', '12,6%', 'change', '%', dict(direction='down', base='same_period')),
 ('| 201,5 |', '201,5', 'level', 'USD', dict(F, value=201500000)),
 ('| 274,8 |', '274,8', 'level', 'USD', dict(F, value=274800000)),
 ('| 476,3', '476,3', 'level', 'USD', dict(F, value=476300000)),
 ('| 84,9 |', '84,9', 'level', 'USD', dict(F, **BP, value=84900000)),
 ('| 26,9 |', '26,9', 'level', 'USD', dict(F, **BP, value=26900000)),
 ('| 36,4 |', '36,4', 'level', 'USD', dict(F, **BP, value=36400000)),
 ('| 148,2', '148,2', 'level', 'USD', dict(F, **BP, value=148200000)),
 ('có 2.086 dự án', '2.086', 'level', 'dự án', dict(S)),
 ('ký 38,9 tỷ USD', '38,9 tỷ USD', 'level', 'USD', dict(F, **S)),
 ('có 246 dự án', '246', 'level', 'dự án', dict(S, **BP)),
 ('vốn 3,12 tỷ USD', '3,12 tỷ USD', 'level', 'USD', dict(F, **S, **BP)),
 ('cùng 612 dự án', '612', 'level', 'dự án', dict(S)),
 ('vốn 98.470 tỷ đồng', '98.470 tỷ đồng', 'level', 'VND', dict(S)),
 ('có 41 KCN', '41', 'level', 'khu công nghiệp', dict(optional=True)),
 ('diện tích 18.460 ha', '18.460 ha', 'level', 'ha', dict(optional=True)),
 ('đó 34 KCN', '34', 'level', 'khu công nghiệp', dict(optional=True)),
 ('đạt 96,3 ha', '96,3 ha', 'level', 'ha', dict()),
 ('là 78,6%', '78,6%', 'level', '%', dict()),
 ('mới đạt 52,4%', '52,4%', 'level', '%', dict(BP)),
 ('ước đạt 6,84 tỷ USD', '6,84 tỷ USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('tăng 9,2% so với cùng kỳ', '9,2%', 'change', '%', dict(E, indicator='export_value', direction='up', base='same_period')),
 ('ước 5,17 tỷ USD', '5,17 tỷ USD', 'level', 'USD', dict(E, indicator='import_value')),
 ('tăng 7,5%', '7,5%', 'change', '%', dict(E, indicator='import_value', direction='up')),
 ('siêu 1,67 tỷ USD', '1,67 tỷ USD', 'level', 'USD', dict()),
 ('dụng 712.480 lao động', '712.480', 'level', 'lao động', dict()),
 ('có 6.920 lao động', '6.920', 'level', 'lao động', dict()),
 ('là 684.300 người', '684.300', 'level', 'người', dict(indicator='social_insurance_coverage')),
 ('đạt 96%', '96%', 'level', '%', dict(indicator='social_insurance_coverage')),
 ('còn 124 doanh nghiệp', '124', 'level', 'doanh nghiệp', dict()),
 ('tiền 186,5 tỷ đồng', '186,5 tỷ đồng', 'level', 'VND', dict()),
 ('ra 2 vụ', '2', 'level', 'vụ', dict()),
 ('với 1.350 người', '1.350', 'level', 'người', dict()),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(direction='down', base='same_period')),
 ('được 17 lượt nhà đầu tư', '17', 'level', 'lượt', dict(optional=True)),
 ('nhận 3.416 hồ sơ', '3.416', 'level', 'hồ sơ', dict()),
 ('hạn 100%', '100%', 'level', '%', dict()),
 ('còn 7 ngày', '7', 'level', 'ngày làm việc', dict(optional=True)),
 ('hút 2 tỷ USD vốn FDI', '2 tỷ USD', 'level', 'USD', dict(F, **T)),
 ('và 8.000 tỷ đồng', '8.000 tỷ đồng', 'level', 'VND', dict(T)),
 ('lên 80%', '80%', 'level', '%', dict(T, direction='up')),
]
