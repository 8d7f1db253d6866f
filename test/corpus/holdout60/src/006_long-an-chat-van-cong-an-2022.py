# Báo Long An, 8/12/2022: the police director answers questions at the provincial council's year-end session.
# The police year "từ ngày 15/12/2021 đến ngày 14/11/2022" is the reporting year 2022; "hiện có" stands at the
# report (2022). "ước tính" losses are estimates. One fire told as an event (a park, a day, its loss) gives no figure.
# 2023 aims are targets. Council, session and term numbers, ranks and the delegates' count are not results.
TEXT = '''
BÁO LONG AN ĐIỆN TỬ
Thứ Năm, 08/12/2022 - 17:42

Chính trị

Kỳ họp thứ 8, HĐND tỉnh khóa X: Giám đốc Công an tỉnh trả lời chất vấn về ma túy, cháy nổ

LA - Chiều 7/12, tiếp tục chương trình Kỳ họp thứ 8, HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 tiến hành phiên chất vấn và trả lời chất vấn. Đại tá Nguyễn Minh Tâm - Giám đốc Công an tỉnh đã trả lời các câu hỏi của đại biểu về tội phạm ma túy, công tác phòng cháy, chữa cháy và bảo đảm trật tự an toàn giao thông.

Theo báo cáo của Công an tỉnh, năm 2022 (từ ngày 15/12/2021 đến ngày 14/11/2022), tội phạm về trật tự xã hội xảy ra 486 vụ, giảm 41 vụ (-7,8%) so với cùng kỳ; đã điều tra làm rõ 438 vụ, đạt 90,1%, vượt 15,1% chỉ tiêu Quốc hội giao; án rất nghiêm trọng, đặc biệt nghiêm trọng làm rõ 100%.

Người nghiện tăng ở vùng giáp ranh

Đại biểu Trần Thị Thu (tổ đại biểu huyện Đức Hòa) đặt câu hỏi vì sao số người nghiện ma túy tiếp tục tăng, nhất là ở các xã giáp ranh TP Hồ Chí Minh.

Trả lời chất vấn, Giám đốc Công an tỉnh cho biết, tội phạm và tệ nạn ma túy diễn biến phức tạp: trong năm phát hiện 312 vụ, 524 đối tượng, tăng 46 vụ so với cùng kỳ; thu giữ 1,86 kg heroin, 12,4 kg ma túy tổng hợp. Toàn tỉnh hiện có 2.180 người nghiện có hồ sơ quản lý, tăng 164 người so với cuối năm 2021, tập trung ở các huyện Đức Hòa, Bến Lức và Cần Giuộc. Trong năm 2022, lực lượng Công an đã lập hồ sơ đưa 612 người đi cai nghiện bắt buộc, gấp 1,8 lần năm 2021.

Đại tá Nguyễn Minh Tâm - Giám đốc Công an tỉnh trả lời chất vấn tại kỳ họp. Ảnh: Phương Thảo

Cháy nổ giảm số vụ nhưng thiệt hại tăng

Về phòng cháy, chữa cháy, toàn tỉnh xảy ra 38 vụ cháy, làm chết 3 người, bị thương 5 người, thiệt hại tài sản ước tính 24,6 tỷ đồng; so với cùng kỳ giảm 7 vụ nhưng thiệt hại về tài sản tăng 9,3 tỷ đồng. Đáng chú ý là vụ cháy tại một công ty trong Khu công nghiệp Tân Đức (huyện Đức Hòa) ngày 3/9 gây thiệt hại khoảng 11 tỷ đồng.

Về trật tự an toàn giao thông, tai nạn giao thông xảy ra 274 vụ, làm chết 186 người, bị thương 142 người; so với cùng kỳ giảm 12 vụ, giảm 9 người chết, giảm 15 người bị thương. Lực lượng chức năng xử lý 96.380 trường hợp vi phạm, phạt tiền nộp kho bạc nhà nước 96,4 tỷ đồng.

Năm 2023, Công an tỉnh phấn đấu kéo giảm tội phạm về trật tự xã hội trên 5%; tỷ lệ điều tra, khám phá án hình sự đạt trên 85%, án rất nghiêm trọng, đặc biệt nghiêm trọng trên 95%; kéo giảm tai nạn giao thông từ 5 - 10% trên cả 3 tiêu chí.

Phiên chất vấn có 9 lượt đại biểu đặt câu hỏi với 4 nhóm vấn đề. Kỳ họp bế mạc vào chiều 9/12.

Phương Thảo

Tin cùng chuyên mục
- Long An: Khởi tố 5 đối tượng mua bán trái phép chất ma túy
- Cần Giuộc: Cháy xưởng gỗ, thiệt hại hàng trăm triệu đồng
- HĐND tỉnh thông qua 27 nghị quyết tại kỳ họp cuối năm 2022

Báo Long An - Số 4 Võ Văn Tần, Phường 2, TP. Tân An. Điện thoại: 0272.3826.442
'''
META = {'published': '2022-12-08', 'locality': 'tỉnh Long An'}
DEFAULTS = {'locality': 'tỉnh Long An', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
E = {'modality': 'estimate'}
T23 = {'period': '2023', 'modality': 'target'}
C = {'indicator': 'crime'}
CR = {'indicator': 'crime_clearance_rate'}
TA = {'indicator': 'traffic_accidents'}
TD = {'indicator': 'traffic_deaths'}
TI = {'indicator': 'traffic_injuries'}
OPT = {'optional': True}
FIGS = [
 ('xảy ra 486 vụ', '486', 'level', 'vụ', d(C)),
 ('giảm 41 vụ', '41', 'change', 'vụ', d(C, D, SP)),
 ('(-7,8%)', '7,8%', 'change', '%', d(C, D, SP)),
 ('làm rõ 438 vụ', '438', 'level', 'vụ', d()),
 ('đạt 90,1%', '90,1%', 'level', '%', d(CR)),
 ('vượt 15,1%', '15,1%', 'change', '%', d(CR, U, base='target', status='exceeded')),
 ('làm rõ 100%', '100%', 'level', '%', d()),
 ('phát hiện 312 vụ', '312', 'level', 'vụ', d()),
 ('524 đối tượng', '524', 'level', 'đối tượng', d()),
 ('tăng 46 vụ', '46', 'change', 'vụ', d(U, SP)),
 ('giữ 1,86 kg', '1,86 kg', 'level', 'kg', d()),
 ('12,4 kg', '12,4 kg', 'level', 'kg', d()),
 ('có 2.180 người', '2.180', 'level', 'người', d()),
 ('tăng 164 người', '164', 'change', 'người', d(U, base='2021')),
 ('đưa 612 người', '612', 'level', 'người', d()),
 ('gấp 1,8 lần', '1,8', 'change', 'lần', d(U, base='2021')),
 ('ra 38 vụ cháy', '38', 'level', 'vụ', d()),
 ('làm chết 3 người', '3', 'level', 'người', d()),
 ('bị thương 5 người', '5', 'level', 'người', d()),
 ('ước tính 24,6 tỷ đồng', '24,6 tỷ đồng', 'level', 'VND', d(E)),
 ('giảm 7 vụ', '7', 'change', 'vụ', d(D, SP)),
 ('tăng 9,3 tỷ đồng', '9,3 tỷ đồng', 'change', 'VND', d(U, SP)),
 ('xảy ra 274 vụ', '274', 'level', 'vụ', d(TA)),
 ('làm chết 186 người', '186', 'level', 'người', d(TD)),
 ('bị thương 142 người', '142', 'level', 'người', d(TI)),
 ('giảm 12 vụ', '12', 'change', 'vụ', d(TA, D, SP)),
 ('giảm 9 người chết', '9', 'change', 'người', d(TD, D, SP)),
 ('giảm 15 người bị thương', '15', 'change', 'người', d(TI, D, SP)),
 ('xử lý 96.380 trường hợp', '96.380', 'level', 'trường hợp', d()),
 ('bạc nhà nước 96,4 tỷ đồng', '96,4 tỷ đồng', 'level', 'VND', d()),
 ('xã hội trên 5%', '5%', 'change', '%', d(T23, C, D, bound='over')),
 ('đạt trên 85%', '85%', 'level', '%', d(T23, CR, bound='over')),
 ('trọng trên 95%', '95%', 'level', '%', d(T23, bound='over')),
 ('từ 5 - 10%', '5 - 10%', 'change', '%', d(T23, D)),
 ('cả 3 tiêu chí', '3', 'level', 'tiêu chí', d(OPT)),
 ('có 9 lượt', '9', 'level', 'lượt đại biểu', d(OPT)),
 ('với 4 nhóm', '4', 'level', 'nhóm vấn đề', d(OPT)),
]
