# Báo Tuyên Quang (the province formed in July 2025 from Tuyên Quang and Hà Giang), 03/10/2025, stored in NFD:
# landslides after the remnants of storm no. 10 (Bualoi), 29/9-1/10/2025, with two-level communes.
# Decisions: one event's dead and missing, and rainfall in mm, are optional (holdout18/21); "bão số 10", "bão số 3",
# "Quốc lộ 4C", "Quốc lộ 34" are names. The event's damage counts and losses are 2025 figures (one event takes the
# year); "ước tính"/"ước khoảng" losses estimates, and "gấp 2,3 lần đợt mưa lũ cuối tháng 7" in the same clause an
# estimate too; its yardstick is an earlier event, not a period or a plan, so it has no base. "Khu vực Hà Giang cũ"
# owns its sentence under the old name (holdout21). Roads reopened "Đến sáng 3/10" stand at that month (rebuilding
# at a cut-off, holdout60). Officers and machines mobilised are optional. The emergency grant per household moved is
# a policy's grant (a figure). The relocation plan "giai đoạn 2025 - 2027" dates its sums (`2025/2027`, target); "năm
# 2025 phấn đấu … ít nhất 400 hộ" is a 2025 target. A commune's own story (the woman in Lũng Phìn) has no figures.
NFD = True
TEXT = '''
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ | Thời sự | Kinh tế | Xã hội | Phòng, chống thiên tai | Văn hóa | Thể thao

Thứ Sáu, 03/10/2025, 16:20 (GMT+7)

Hoàn lưu bão số 10 gây hơn 1.500 điểm sạt lở, thiệt hại ước 186 tỷ đồng

(BTQ) - Mưa lớn do hoàn lưu bão số 10 từ ngày 29/9 đến 1/10 đã làm 4 người chết, 2 người mất tích; hàng trăm tuyến đường bị sạt lở, chia cắt. Các xã vùng cao khu vực Hà Giang cũ chịu thiệt hại nặng nhất.

Theo Ban Chỉ huy Phòng thủ dân sự tỉnh, lượng mưa tại nhiều nơi phổ biến 200 - 350 mm, riêng xã Bắc Quang đo được 426 mm. Mưa lớn kéo dài gây 1.536 điểm sạt lở đất đá trên các tuyến quốc lộ, đường tỉnh và đường liên xã với tổng khối lượng khoảng 215.000 m3; ách tắc cục bộ 42 tuyến đường, trong đó Quốc lộ 4C, Quốc lộ 34 bị chia cắt nhiều đoạn.

Về nhà ở, 318 nhà bị sạt lở, hư hỏng, trong đó 27 nhà bị sập đổ, vùi lấp hoàn toàn; 146 hộ phải di dời khẩn cấp. Về sản xuất, 1.284 ha lúa, ngô và 362 ha chè bị ngập, vùi lấp; 415 con gia súc, hơn 6.800 con gia cầm bị chết, cuốn trôi.

Riêng các xã khu vực Hà Giang cũ có 1.120 điểm sạt lở, chiếm 72,9% tổng số điểm sạt lở của tỉnh; thiệt hại ước khoảng 132 tỷ đồng. Tổng thiệt hại toàn tỉnh ước tính 186 tỷ đồng, gấp 2,3 lần đợt mưa lũ cuối tháng 7 do hoàn lưu bão số 3.

Lực lượng chức năng xử lý điểm sạt lở trên Quốc lộ 4C, đoạn qua xã Mã Pì Lèng. Ảnh: Đức Thọ

Tại thôn Lũng Phìn, xã Đồng Văn, bà Vàng Thị Mai kể đất đá từ taluy dương đổ xuống lúc 3 giờ sáng, vùi lấp gian bếp và chuồng trâu. "May cả nhà 6 người chạy kịp, chỉ mất 2 con trâu", bà Mai nói.

Ngay trong đêm 30/9, tỉnh đã huy động 2.350 lượt cán bộ, chiến sĩ và 86 lượt máy móc khắc phục sạt lở. Đến sáng 3/10, đã thông tuyến 38/42 tuyến đường bị ách tắc.

UBND tỉnh đã quyết định hỗ trợ khẩn cấp 25 tỷ đồng cho các xã bị thiệt hại; mỗi hộ phải di dời khẩn cấp được hỗ trợ 10 triệu đồng để thuê nhà ở tạm. Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận 7,6 tỷ đồng tiền ủng hộ của các tổ chức, cá nhân.

Theo kế hoạch của UBND tỉnh, giai đoạn 2025 - 2027, tỉnh sẽ di dời, sắp xếp ổn định 1.850 hộ đang sống ở vùng có nguy cơ sạt lở cao, với tổng kinh phí 555 tỷ đồng. Năm 2025, tỉnh phấn đấu bố trí chỗ ở mới cho ít nhất 400 hộ.

Đức Thọ - Hoàng Anh

Tin liên quan:
- Thông tuyến Quốc lộ 34 đoạn qua xã Bảo Lâm sau 2 ngày sạt lở
- Tuyên Quang: 9 tháng, thu ngân sách đạt 82% dự toán
- Di dời khẩn cấp 53 hộ dân khỏi vùng sạt lở ở xã Hoàng Su Phì

Bản quyền thuộc Báo Tuyên Quang | Giấy phép số 468/GP-BTTTT | Điện thoại: 0207.3822.162
'''
META = {'published': '2025-10-03', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
HG = {'locality': 'tỉnh Hà Giang'}
OPT = {'optional': True}
PLAN = {'period': '2025/2027', 'modality': 'target'}
FIGS = [
 ('hơn 1.500 điểm', '1.500', 'level', 'điểm sạt lở', d(bound='over')),
 ('ước 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', d(E)),
 ('làm 4 người', '4', 'level', 'người', d(OPT)),
 ('2 người mất', '2', 'level', 'người', d(OPT)),
 ('biến 200 - 350 mm', '200 - 350 mm', 'level', 'mm', d(OPT)),
 ('được 426 mm', '426 mm', 'level', 'mm', d(OPT)),
 ('gây 1.536 điểm', '1.536', 'level', 'điểm sạt lở', d()),
 ('khoảng 215.000 m3', '215.000 m3', 'level', 'm3', d(bound='about')),
 ('bộ 42 tuyến', '42', 'level', 'tuyến đường', d()),
 ('ở, 318 nhà', '318', 'level', 'nhà', d()),
 ('đó 27 nhà', '27', 'level', 'nhà', d()),
 ('; 146 hộ', '146', 'level', 'hộ', d()),
 ('xuất, 1.284 ha', '1.284 ha', 'level', 'ha', d()),
 ('và 362 ha', '362 ha', 'level', 'ha', d()),
 ('; 415 con', '415', 'level', 'con', d()),
 ('hơn 6.800 con', '6.800', 'level', 'con', d(bound='over')),
 ('có 1.120 điểm', '1.120', 'level', 'điểm sạt lở', d(HG)),
 ('chiếm 72,9%', '72,9%', 'level', '%', d(HG)),
 ('khoảng 132 tỷ đồng', '132 tỷ đồng', 'level', 'VND', d(HG, E, bound='about')),
 ('tính 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', d(E)),
 ('gấp 2,3 lần', '2,3', 'change', 'lần', d(E, direction='up')),
 ('động 2.350 lượt', '2.350', 'level', 'lượt cán bộ', d(OPT)),
 ('và 86 lượt', '86', 'level', 'lượt máy móc', d(OPT)),
 ('tuyến 38/42 tuyến', '38/42', 'ratio', 'tuyến đường', d(period='2025-M10')),
 ('khẩn cấp 25 tỷ đồng', '25 tỷ đồng', 'level', 'VND', d()),
 ('hỗ trợ 10 triệu đồng', '10 triệu đồng', 'level', 'VND', d()),
 ('nhận 7,6 tỷ đồng', '7,6 tỷ đồng', 'level', 'VND', d()),
 ('định 1.850 hộ', '1.850', 'level', 'hộ', d(PLAN)),
 ('phí 555 tỷ đồng', '555 tỷ đồng', 'level', 'VND', d(PLAN)),
 ('ít nhất 400 hộ', '400', 'level', 'hộ', d(modality='target', bound='at_least')),
]
