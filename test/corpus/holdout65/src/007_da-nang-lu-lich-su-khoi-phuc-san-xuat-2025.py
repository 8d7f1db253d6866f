# Báo Đà Nẵng (the city formed in July 2025 from Đà Nẵng and Quảng Nam), 08/11/2025: the late-October flood's damage
# and the plan to restore farming. Decisions: the flood's dead and missing, rainfall (mm) and water levels (m) are
# optional (holdout18/21); "năm 1964" names a record; "ngập sâu từ 1 - 2 m" and "thiệt hại trên 70%", "từ 30 - 70%"
# are classes of what is counted. Damage and losses are 2025 figures; "ước tính" losses estimates, with "gấp 3,2 lần
# … cả năm 2024" in the same clause (change in lần, base 2024). "Khu vực Quảng Nam cũ chiếm 86,4%" belongs to
# `tỉnh Quảng Nam` (holdout21). The plan's list under "thành phố đặt các mục tiêu cụ thể:" is targets: a deadline
# "Đến ngày 30/11/2025" dates by its year; items naming the season "vụ Đông Xuân 2025 - 2026" take `2025/2026` (the
# sown-area range is crop_area; the yield "62 tạ/ha trở lên" at_least, no id); the colon line "lúa 1.200 tấn, ngô 85
# tấn, rau các loại 4,5 tấn" gives three seed targets of 2025; "tăng 8 điểm phần trăm so với vụ Đông Xuân năm trước"
# a change in points against the same season (same_period). Policy grants per hectare and per household are figures
# (gift-per-recipient). The Front's money and the city's relief are 2025 actuals. The farmer's numbers are an
# anecdote.
# Gold fix after first contact: the sapo's "từ ngày 26/10 đến 31/10" is a stretch of this year's days inside one month,
# which dates its tally by the month (Session 12's days-stretch-first-day) and, opening the report, frames it (body-stretch-
# frame): the flood's damage, losses, relief and grants are `2025-M10`, not the year I had written by holdout18. The
# plan's aims set in November keep the year (deadlines date by their year; an aim set on 5/11 is not October's).
TEXT = '''
BÁO ĐÀ NẴNG
Chính trị | Xã hội | Kinh tế | Thời sự | Phòng, chống thiên tai | Văn hóa - Văn nghệ | Thể thao

Thứ Bảy, 08/11/2025 08:15 (GMT+7)

Lũ lịch sử gây thiệt hại hơn 2.500 tỷ đồng, Đà Nẵng khẩn trương khôi phục sản xuất

Đợt mưa lũ lịch sử từ ngày 26/10 đến 31/10 đã làm hơn 41.000 ngôi nhà bị ngập, gần 9.900 ha cây trồng bị thiệt hại; tổng thiệt hại ước tính hơn 2.500 tỷ đồng. Thành phố đặt mục tiêu khôi phục toàn bộ diện tích sản xuất trước vụ Đông Xuân 2025 - 2026.

Theo Ban Chỉ huy Phòng thủ dân sự thành phố, trong 6 ngày, lượng mưa phổ biến 600 - 1.000 mm, trạm Trà My đo được 1.740 mm chỉ trong 24 giờ. Đỉnh lũ sông Thu Bồn tại trạm Hội An lên mức 5,62 m, vượt đỉnh lũ lịch sử năm 1964 là 0,12 m. Mưa lũ đã làm 9 người chết, 4 người mất tích và 27 người bị thương.

Hơn 41.000 ngôi nhà bị ngập

Toàn thành phố có 41.260 ngôi nhà bị ngập, trong đó 13.500 nhà ngập sâu từ 1 - 2 m; 58 nhà bị sập đổ, cuốn trôi. Khu vực Quảng Nam cũ chiếm 86,4% số nhà bị ngập, tập trung ở các phường Hội An, Điện Bàn và các xã ven sông Thu Bồn.

Về nông nghiệp, 9.820 ha lúa, rau màu và cây ăn quả bị thiệt hại, trong đó 6.340 ha thiệt hại trên 70%; 2.150 con gia súc và 186.000 con gia cầm bị chết, cuốn trôi; 1.280 lồng bè nuôi thủy sản bị hư hỏng. Ở miền núi, mưa lớn gây 326 điểm sạt lở trên các tuyến giao thông với khối lượng hơn 520.000 m3 đất đá; 64 km đê, kè, bờ sông bị sạt lở.

Tổng thiệt hại ước tính 2.536 tỷ đồng, gấp 3,2 lần thiệt hại do thiên tai của cả năm 2024.

Nông dân xã Điện Bàn Tây dọn bùn, cải tạo ruộng sau lũ. Ảnh: Hoàng Hiệp

Ông Trần Văn Hai (thôn Mỹ Hòa, xã Điện Bàn Tây) có 8 sào rau màu và 300 con vịt bị nước cuốn sạch. "Nước lên nhanh quá, chỉ kịp dắt 2 con bò lên đê", ông Hai nói.

Kế hoạch khôi phục sản xuất

Theo Kế hoạch khôi phục sản xuất nông nghiệp sau lũ do UBND thành phố ban hành ngày 5/11, thành phố đặt các mục tiêu cụ thể:
- Đến ngày 30/11/2025, khôi phục 100% diện tích rau màu bị thiệt hại;
- Gieo sạ vụ Đông Xuân 2025 - 2026 đạt 62.000 - 63.500 ha lúa, năng suất bình quân 62 tạ/ha trở lên;
- Hỗ trợ giống cây trồng: lúa 1.200 tấn, ngô 85 tấn, rau các loại 4,5 tấn;
- Tỷ lệ cơ giới hóa khâu gieo sạ vụ Đông Xuân 2025 - 2026 đạt 45%, tăng 8 điểm phần trăm so với vụ Đông Xuân năm trước.

Cùng với đó, thành phố hỗ trợ 2 triệu đồng/ha đối với diện tích lúa bị thiệt hại trên 70%, 1 triệu đồng/ha đối với diện tích thiệt hại từ 30 - 70%; mỗi hộ có nhà bị sập đổ, cuốn trôi được hỗ trợ 50 triệu đồng.

Hơn 86 tỷ đồng tiền ủng hộ

Ủy ban MTTQ Việt Nam thành phố đã tiếp nhận hơn 86 tỷ đồng ủng hộ đồng bào vùng lũ. Đợt 1, Mặt trận đã phân bổ 54,5 tỷ đồng cho các xã, phường bị thiệt hại; mỗi hộ có người chết, mất tích được hỗ trợ 30 triệu đồng. Thành phố đã xuất cấp 420 tấn gạo dự trữ quốc gia cho người dân vùng lũ.

Phó Chủ tịch UBND thành phố Trần Nam Hưng yêu cầu các địa phương tập trung vệ sinh môi trường, bảo đảm 100% trường học trở lại dạy học bình thường trước ngày 10/11.

Hoàng Hiệp - Thanh Thảo

Tin liên quan
- Đà Nẵng: Hơn 3.000 cán bộ, chiến sĩ giúp dân khắc phục hậu quả lũ
- Hội An: Phố cổ ngập sâu 2 m, du khách sơ tán khẩn cấp
- 10 tháng, khách du lịch đến Đà Nẵng tăng 15,4%

Báo Đà Nẵng - Cơ quan của Đảng bộ thành phố Đà Nẵng | Địa chỉ: 38 Lê Thánh Tôn, phường Hải Châu | Điện thoại: 0236.3821.186
'''
META = {'published': '2025-11-08', 'locality': 'thành phố Đà Nẵng'}
DEFAULTS = {'locality': 'thành phố Đà Nẵng', 'period': '2025-M10', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
DX = {'period': '2025/2026', 'modality': 'target'}
OPT = {'optional': True}
FIGS = [
 ('hơn 2.500 tỷ đồng, Đà Nẵng', '2.500 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('hơn 41.000 ngôi nhà bị ngập,', '41.000', 'level', 'ngôi nhà', d(bound='over')),
 ('gần 9.900 ha', '9.900 ha', 'level', 'ha', d(bound='nearly')),
 ('tính hơn 2.500 tỷ đồng.', '2.500 tỷ đồng', 'level', 'VND', d(E, bound='over')),
 ('biến 600 - 1.000 mm', '600 - 1.000 mm', 'level', 'mm', d(OPT)),
 ('được 1.740 mm', '1.740 mm', 'level', 'mm', d(OPT)),
 ('mức 5,62 m', '5,62 m', 'level', 'm', d(OPT)),
 ('là 0,12 m', '0,12 m', 'level', 'm', d(OPT)),
 ('làm 9 người', '9', 'level', 'người', d(OPT)),
 ('4 người mất', '4', 'level', 'người', d(OPT)),
 ('và 27 người', '27', 'level', 'người', d(OPT)),
 ('Hơn 41.000 ngôi nhà', '41.000', 'level', 'ngôi nhà', d(bound='over')),
 ('có 41.260 ngôi nhà', '41.260', 'level', 'ngôi nhà', d()),
 ('đó 13.500 nhà', '13.500', 'level', 'nhà', d()),
 ('; 58 nhà', '58', 'level', 'nhà', d()),
 ('chiếm 86,4%', '86,4%', 'level', '%', d(locality='tỉnh Quảng Nam')),
 ('nghiệp, 9.820 ha', '9.820 ha', 'level', 'ha', d()),
 ('đó 6.340 ha', '6.340 ha', 'level', 'ha', d()),
 ('; 2.150 con', '2.150', 'level', 'con', d()),
 ('và 186.000 con', '186.000', 'level', 'con', d()),
 ('; 1.280 lồng', '1.280', 'level', 'lồng bè', d()),
 ('gây 326 điểm', '326', 'level', 'điểm sạt lở', d()),
 ('hơn 520.000 m3', '520.000 m3', 'level', 'm3', d(bound='over')),
 ('; 64 km', '64 km', 'level', 'km', d()),
 ('tính 2.536 tỷ đồng', '2.536 tỷ đồng', 'level', 'VND', d(E)),
 ('gấp 3,2 lần', '3,2', 'change', 'lần', d(E, direction='up', base='2024')),
 ('phục 100% diện', '100%', 'level', '%', d(T)),
 ('đạt 62.000 - 63.500 ha', '62.000 - 63.500 ha', 'level', 'ha', d(DX, indicator='crop_area')),
 ('quân 62 tạ/ha', '62 tạ/ha', 'level', 'tạ/ha', d(DX, bound='at_least')),
 ('lúa 1.200 tấn', '1.200 tấn', 'level', 'tấn', d(T)),
 ('ngô 85 tấn', '85 tấn', 'level', 'tấn', d(T)),
 ('loại 4,5 tấn', '4,5 tấn', 'level', 'tấn', d(T)),
 ('đạt 45%', '45%', 'level', '%', d(DX)),
 ('tăng 8 điểm phần trăm', '8 điểm phần trăm', 'change', 'điểm %', d(DX, direction='up', base='same_period')),
 ('trợ 2 triệu đồng/ha', '2 triệu đồng', 'level', 'VND/ha', d()),
 (', 1 triệu đồng/ha', '1 triệu đồng', 'level', 'VND/ha', d()),
 ('hỗ trợ 50 triệu đồng', '50 triệu đồng', 'level', 'VND', d()),
 ('Hơn 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('nhận hơn 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('bổ 54,5 tỷ đồng', '54,5 tỷ đồng', 'level', 'VND', d()),
 ('hỗ trợ 30 triệu đồng', '30 triệu đồng', 'level', 'VND', d()),
 ('cấp 420 tấn', '420 tấn', 'level', 'tấn', d()),
 ('bảo đảm 100% trường', '100%', 'level', '%', d(T)),
]
