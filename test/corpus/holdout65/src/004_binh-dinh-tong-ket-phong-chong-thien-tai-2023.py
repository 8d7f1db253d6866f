# Báo Bình Định, 28/12/2023, with old tone marks (hoà, thuỷ, Uỷ, hoá, khoẻ): the year-end review of disaster
# prevention, compared with 2022. Decisions: a whole year's toll ("Thiên tai làm 4 người chết, giảm 7 người so với năm
# 2022") is a figure with no id (holdout60), and so is its change; the kinds of disasters counted ("9 loại hình thiên
# tai", "11 loại hình") are optional, as counts of groups. "ước tính 215 tỷ đồng, giảm 68,4% so với năm 2022" are
# estimates (one clause); the bracket "(năm 2022 thiệt hại 680 tỷ đồng)" dates itself. The headline has no "ước":
# actual. The comparison table "Chỉ tiêu | Năm 2022 | Năm 2023 | Tăng, giảm (%)" is read cell by cell: year columns
# date their cells (actual), signed change cells are changes in % against 2022 (Session 5's change column after year
# columns; the sign gives the direction). The fund's "đạt 92,3% kế hoạch" is an attainment; spending "đạt 86,1% kế
# hoạch vốn" too; the disbursement summed "đến ngày 25/12" is a flow to a date, its months elapsed: the year; both are public_investment_disbursement. The 2024 aims are targets; "giảm ít nhất 20% … so với năm 2023" a change with base 2023.
TEXT = '''
BÁO BÌNH ĐỊNH
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá - Văn nghệ | Thể thao | Bạn đọc

Thứ Năm, 28/12/2023 - 10:12

Năm 2023, thiên tai gây thiệt hại 215 tỷ đồng, giảm hơn 68% so với năm 2022

(BĐ) - Chiều 27/12, Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Tự Công Hoàng chủ trì hội nghị.

Thiệt hại giảm mạnh so với năm trước

Năm 2023, trên địa bàn tỉnh xảy ra 9 loại hình thiên tai (năm 2022 là 11 loại hình), nặng nề nhất là đợt mưa lũ giữa tháng 11 với lượng mưa phổ biến 400 - 600 mm. Thiên tai làm 4 người chết, giảm 7 người so với năm 2022; 1.526 nhà bị ngập, hư hỏng; 3.850 ha lúa, hoa màu bị ngập úng; 28,6 km bờ sông, bờ biển bị sạt lở. Tổng giá trị thiệt hại ước tính 215 tỷ đồng, giảm 68,4% so với năm 2022 (năm 2022 thiệt hại 680 tỷ đồng).

Huyện Tuy Phước bị thiệt hại nặng nhất, khoảng 64 tỷ đồng; kế đến là thị xã An Nhơn với 41 tỷ đồng.

So sánh thiệt hại do thiên tai năm 2023 với năm 2022:

Chỉ tiêu | Năm 2022 | Năm 2023 | Tăng, giảm (%)
Số người chết (người) | 11 | 4 | -63,6
Nhà bị ngập, hư hỏng (căn) | 3.842 | 1.526 | -60,3
Lúa, hoa màu bị thiệt hại (ha) | 9.610 | 3.850 | -59,9
Giá trị thiệt hại (tỷ đồng) | 680 | 215 | -68,4

Lực lượng vũ trang giúp dân thị xã An Nhơn gia cố bờ sông Kôn sau lũ. Ảnh: Ngọc Tú

Theo báo cáo, công tác phòng, chống thiên tai được triển khai từ sớm, từ xa. Khi có mưa lũ, các địa phương đã sơ tán 4.260 hộ với 14.130 người đến nơi an toàn. Quỹ Phòng, chống thiên tai tỉnh thu được 38,6 tỷ đồng, đạt 92,3% kế hoạch, tăng 6,2% so với năm 2022; đã chi 21,4 tỷ đồng cho ứng phó, khắc phục hậu quả thiên tai.

Trong năm, tỉnh tập trung đầu tư xây dựng, sửa chữa các công trình đê, kè, hồ chứa và khu neo đậu tàu thuyền; đến ngày 25/12 đã giải ngân 268,5 tỷ đồng, đạt 86,1% kế hoạch vốn. Tỷ lệ hộ dân vùng ven biển, ven sông nhận được tin nhắn cảnh báo thiên tai đạt 96,5%, tăng 4,2 điểm phần trăm so với năm trước.

Ông Nguyễn Văn Lành, Trưởng thôn Lạc Điền, xã Phước Hoà (huyện Tuy Phước), cho biết thôn có 126 hộ, năm nào cũng bị ngập, nhưng năm nay nhờ sơ tán sớm nên "không ai bị thương, trâu bò cũng đưa lên gò cao cả".

Năm 2024, tỉnh phấn đấu giảm ít nhất 20% thiệt hại về người và tài sản do thiên tai so với năm 2023; 100% xã ven biển, ven sông có phương án sơ tán dân sát thực tế; vận động Quỹ Phòng, chống thiên tai đạt trên 40 tỷ đồng.

Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể và 18 cá nhân có thành tích xuất sắc trong công tác phòng, chống thiên tai năm 2023.

Ngọc Tú

Tin khác
- Bình Định: Chủ động ứng phó đợt mưa lớn cuối năm
- Hoài Nhơn: Hoàn thành kè chống sạt lở bờ biển Tam Quan
- Năm 2022, thiên tai làm 11 người chết tại Bình Định

Báo Bình Định - Cơ quan của Đảng bộ tỉnh Bình Định | Toà soạn: 62 Phan Đình Phùng, TP Quy Nhơn | ĐT: 0256.3822.445
'''
META = {'published': '2023-12-28', 'locality': 'tỉnh Bình Định'}
DEFAULTS = {'locality': 'tỉnh Bình Định', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
D = {'direction': 'down'}
U = {'direction': 'up'}
B22 = {'base': '2022'}
Y22 = {'period': '2022'}
T = {'period': '2024', 'modality': 'target'}
OPT = {'optional': True}
FIGS = [
 ('thiệt hại 215 tỷ đồng, giảm hơn', '215 tỷ đồng', 'level', 'VND', d()),
 ('hơn 68%', '68%', 'change', '%', d(D, B22, bound='over')),
 ('ra 9 loại', '9', 'level', 'loại hình thiên tai', d(OPT)),
 ('là 11 loại', '11', 'level', 'loại hình', d(OPT)),
 ('biến 400 - 600 mm', '400 - 600 mm', 'level', 'mm', d(OPT)),
 ('làm 4 người', '4', 'level', 'người', d()),
 ('giảm 7 người', '7', 'change', 'người', d(D, B22)),
 ('; 1.526 nhà', '1.526', 'level', 'nhà', d()),
 ('; 3.850 ha', '3.850 ha', 'level', 'ha', d()),
 ('; 28,6 km', '28,6 km', 'level', 'km', d()),
 ('tính 215 tỷ đồng', '215 tỷ đồng', 'level', 'VND', d(E)),
 ('giảm 68,4% so', '68,4%', 'change', '%', d(E, D, B22)),
 ('hại 680 tỷ đồng)', '680 tỷ đồng', 'level', 'VND', d(Y22)),
 ('khoảng 64 tỷ đồng', '64 tỷ đồng', 'level', 'VND', d(locality='huyện Tuy Phước', bound='about')),
 ('với 41 tỷ đồng', '41 tỷ đồng', 'level', 'VND', d(locality='thị xã An Nhơn')),
 ('(người) | 11', '11', 'level', 'người', d(Y22)),
 ('11 | 4 |', '4', 'level', 'người', d()),
 ('-63,6', '63,6', 'change', '%', d(D, B22)),
 ('(căn) | 3.842', '3.842', 'level', 'căn', d(Y22)),
 ('3.842 | 1.526', '1.526', 'level', 'căn', d()),
 ('-60,3', '60,3', 'change', '%', d(D, B22)),
 ('(ha) | 9.610', '9.610', 'level', 'ha', d(Y22)),
 ('9.610 | 3.850', '3.850', 'level', 'ha', d()),
 ('-59,9', '59,9', 'change', '%', d(D, B22)),
 ('đồng) | 680', '680', 'level', 'VND', d(Y22, value=680000000000)),
 ('680 | 215', '215', 'level', 'VND', d(value=215000000000)),
 ('| -68,4', '68,4', 'change', '%', d(D, B22)),
 ('tán 4.260 hộ', '4.260', 'level', 'hộ', d()),
 ('với 14.130 người', '14.130', 'level', 'người', d()),
 ('được 38,6 tỷ đồng', '38,6 tỷ đồng', 'level', 'VND', d()),
 ('đạt 92,3%', '92,3%', 'attainment', '%', d(base='target')),
 ('tăng 6,2%', '6,2%', 'change', '%', d(U, B22)),
 ('chi 21,4 tỷ đồng', '21,4 tỷ đồng', 'level', 'VND', d()),
 ('ngân 268,5 tỷ đồng', '268,5 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('đạt 86,1%', '86,1%', 'attainment', '%', d(base='target', indicator='public_investment_disbursement')),
 ('đạt 96,5%', '96,5%', 'level', '%', d()),
 ('tăng 4,2 điểm phần trăm', '4,2 điểm phần trăm', 'change', 'điểm %', d(U, B22)),
 ('thôn có 126 hộ', '126', 'level', 'hộ', d(OPT)),
 ('ít nhất 20%', '20%', 'change', '%', d(T, D, base='2023', bound='at_least')),
 ('; 100% xã', '100%', 'level', '%', d(T)),
 ('trên 40 tỷ đồng', '40 tỷ đồng', 'level', 'VND', d(T, bound='over')),
 ('cho 12 tập thể', '12', 'level', 'tập thể', d(OPT)),
 ('và 18 cá nhân', '18', 'level', 'cá nhân', d(OPT)),
]
