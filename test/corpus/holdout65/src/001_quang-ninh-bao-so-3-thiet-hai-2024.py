# Báo Quảng Ninh, 10/09/2024: the quick damage tally of storm Yagi (bão số 3) three days after landfall.
# Decisions (holdout18/21/60): one storm's dead, missing and injured are optional; station readings (wind in m/s,
# rainfall in mm) are optional; the storm's grades ("cấp 12 - 13", "giật cấp 15 - 16", "(cấp 14)") and "bão số 3" are
# names of classes, not figures, as "báo động 3" is; "trong 30 năm qua" is a record's stretch. Damage counts, areas,
# losses and the province's relief are figures of 2024 (a single event's damage takes the year, holdout18/21; the
# quick report's cut-off "đến 15 giờ ngày 10/9" counts the storm's damage, not a year-to-date flow). "ước tính" losses
# are estimates; in the pipe table the column "Ước thiệt hại (tỷ đồng)" makes its cells estimates, the count columns
# are actual. A policy's grant per house or per person is a figure (gift-per-recipient.test.ts, as the brief settles);
# "hư hỏng trên 70%" is the class of the houses granted, no figure. The oyster farmer's numbers are an anecdote.
# Deadlines "trước ngày 15/9", "trong tháng 9" for aims date them by the year (README: a deadline dates by its year).
TEXT = '''
BÁO QUẢNG NINH
Trang chủ | Thời sự | Kinh tế | Xã hội | Quảng Ninh 24h | Phòng chống thiên tai | Multimedia

Thứ Ba, 10/09/2024 - 17:45

Bão số 3 gây thiệt hại ước hơn 23.000 tỷ đồng tại Quảng Ninh

(Baoquangninh.vn) - Theo báo cáo nhanh của Ban Chỉ huy Phòng thủ dân sự tỉnh đến 15 giờ ngày 10/9, bão số 3 (Yagi) đã làm 17 người chết, 2 người mất tích và 314 người bị thương; hơn 32.000 ngôi nhà bị hư hỏng, tốc mái. Tổng thiệt hại trên địa bàn tỉnh ước tính hơn 23.000 tỷ đồng.

Bão số 3 đổ bộ trực tiếp vào địa bàn tỉnh từ trưa 7/9 với sức gió mạnh cấp 12 - 13, giật cấp 15 - 16, là cơn bão mạnh nhất đổ bộ vào Quảng Ninh trong 30 năm qua. Trạm khí tượng Bãi Cháy đo được gió mạnh nhất 45 m/s (cấp 14), giật 62 m/s. Tổng lượng mưa từ ngày 7 - 9/9 phổ biến 150 - 250 mm, riêng trạm Cửa Ông 386 mm.

Hơn 32.000 ngôi nhà bị tốc mái

Về nhà ở, toàn tỉnh có 32.490 ngôi nhà bị hư hỏng, tốc mái, trong đó 216 nhà bị sập đổ hoàn toàn. Hơn 4.700 phòng học và 180 trạm y tế bị tốc mái, hư hỏng một phần; học sinh toàn tỉnh phải nghỉ học từ ngày 6/9.

Về nông, lâm nghiệp và thủy sản, bão làm gãy đổ khoảng 60.000 ha rừng trồng, chiếm 24,6% diện tích rừng sản xuất của tỉnh; 5.820 ha lúa và hoa màu bị ngập, dập nát; 1.450 ha cây ăn quả bị thiệt hại. Trên biển, 1.166 tàu thuyền bị chìm, hư hỏng; 12.000 ô lồng nuôi trồng thủy sản (tương đương 3.500 ha) bị cuốn trôi, hư hỏng hoàn toàn.

Hạ tầng đô thị và lưới điện bị ảnh hưởng nặng nề: hơn 72.000 cây xanh bị gãy đổ; 1.126 cột điện trung, hạ thế bị gãy, đổ; 36 tuyến đường tỉnh, đường huyện bị sạt lở, ách tắc với tổng chiều dài 48,5 km.

Thiệt hại tại một số địa phương (số liệu đến 15 giờ ngày 10/9):

Địa phương | Nhà hư hỏng, tốc mái (căn) | Rừng bị gãy đổ (ha) | Ước thiệt hại (tỷ đồng)
TP. Hạ Long | 14.250 | 8.600 | 8.450
TP. Cẩm Phả | 6.820 | 5.100 | 3.720
Huyện Vân Đồn | 3.160 | 9.400 | 2.960
TX. Quảng Yên | 2.940 | 2.300 | 1.850

Lực lượng chức năng dọn dẹp cây xanh gãy đổ trên đường Trần Hưng Đạo, TP. Hạ Long. Ảnh: Thu Chung

Ông Nguyễn Văn Thắng, 58 tuổi, ở tổ 5, khu 3, phường Hà Phong (TP. Hạ Long), có 24 ô lồng nuôi hàu bị sóng đánh tan, thiệt hại khoảng 800 triệu đồng. "Cả đời tích cóp đổ vào mấy ô lồng, giờ chỉ còn lại mấy sợi dây neo", ông Thắng nói.

Dồn lực khắc phục hậu quả

Ngay sau bão, UBND tỉnh đã trích 200 tỷ đồng từ ngân sách tỉnh hỗ trợ các địa phương khắc phục hậu quả; Chính phủ hỗ trợ tỉnh 300 tỷ đồng từ nguồn dự phòng ngân sách Trung ương. Tỉnh đã xuất cấp 350 tấn gạo dự trữ quốc gia cho người dân bị thiệt hại.

Theo Nghị quyết số 215/NQ-HĐND của HĐND tỉnh, mỗi hộ có nhà bị sập đổ hoàn toàn được hỗ trợ 60 triệu đồng; nhà bị tốc mái, hư hỏng trên 70% được hỗ trợ 30 triệu đồng/nhà; hộ có người chết, mất tích được hỗ trợ 20 triệu đồng/người.

Đến chiều 10/9, Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận hơn 45 tỷ đồng tiền ủng hộ của các tổ chức, cá nhân trong và ngoài tỉnh.

Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương khôi phục cấp điện cho 100% khách hàng trước ngày 15/9; bảo đảm toàn bộ học sinh trở lại trường trong tháng 9.

Hoàng Quỳnh - Thu Chung

Tin liên quan
- Quảng Ninh: Khôi phục cấp điện cho hơn 80% khách hàng sau bão (09/09/2024)
- Vân Đồn: 2.100 ô lồng nuôi trồng thủy sản bị cuốn trôi (08/09/2024)
- Hơn 5.000 cán bộ, chiến sĩ giúp dân dọn dẹp sau bão (08/09/2024)

Cơ quan chủ quản: Tỉnh ủy Quảng Ninh | Địa chỉ: Số 71, đường Nguyễn Văn Cừ, TP. Hạ Long | Đường dây nóng: 0203.3835.596
'''
META = {'published': '2024-09-10', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target'}
OPT = {'optional': True}
HL = {'locality': 'thành phố Hạ Long'}
CP = {'locality': 'thành phố Cẩm Phả'}
VD = {'locality': 'huyện Vân Đồn'}
QY = {'locality': 'thị xã Quảng Yên'}
FIGS = [
 ('ước hơn 23.000 tỷ đồng tại', '23.000 tỷ đồng', 'level', 'VND', d(E, bound='over')),
 ('làm 17 người', '17', 'level', 'người', d(OPT)),
 ('2 người mất', '2', 'level', 'người', d(OPT)),
 ('và 314 người', '314', 'level', 'người', d(OPT)),
 ('hơn 32.000 ngôi nhà bị hư', '32.000', 'level', 'ngôi nhà', d(bound='over')),
 ('tính hơn 23.000 tỷ đồng.', '23.000 tỷ đồng', 'level', 'VND', d(E, bound='over')),
 ('nhất 45 m/s', '45 m/s', 'level', 'm/s', d(OPT)),
 ('giật 62 m/s', '62 m/s', 'level', 'm/s', d(OPT)),
 ('biến 150 - 250 mm', '150 - 250 mm', 'level', 'mm', d(OPT)),
 ('Cửa Ông 386 mm', '386 mm', 'level', 'mm', d(OPT)),
 ('Hơn 32.000 ngôi nhà bị tốc', '32.000', 'level', 'ngôi nhà', d(bound='over')),
 ('có 32.490 ngôi nhà', '32.490', 'level', 'ngôi nhà', d()),
 ('trong đó 216 nhà', '216', 'level', 'nhà', d()),
 ('Hơn 4.700 phòng học', '4.700', 'level', 'phòng học', d(bound='over')),
 ('và 180 trạm', '180', 'level', 'trạm y tế', d()),
 ('khoảng 60.000 ha', '60.000 ha', 'level', 'ha', d(bound='about')),
 ('chiếm 24,6%', '24,6%', 'level', '%', d()),
 ('; 5.820 ha', '5.820 ha', 'level', 'ha', d()),
 ('; 1.450 ha', '1.450 ha', 'level', 'ha', d()),
 ('biển, 1.166 tàu', '1.166', 'level', 'tàu thuyền', d()),
 ('; 12.000 ô lồng', '12.000', 'level', 'ô lồng', d()),
 ('(tương đương 3.500 ha)', '3.500 ha', 'level', 'ha', d()),
 ('hơn 72.000 cây', '72.000', 'level', 'cây xanh', d(bound='over')),
 ('; 1.126 cột', '1.126', 'level', 'cột điện', d()),
 ('; 36 tuyến', '36', 'level', 'tuyến đường', d()),
 ('dài 48,5 km', '48,5 km', 'level', 'km', d()),
 ('Hạ Long | 14.250', '14.250', 'level', 'căn', d(HL)),
 ('14.250 | 8.600', '8.600', 'level', 'ha', d(HL)),
 ('8.600 | 8.450', '8.450', 'level', 'VND', d(HL, E, value=8450000000000)),
 ('Cẩm Phả | 6.820', '6.820', 'level', 'căn', d(CP)),
 ('6.820 | 5.100', '5.100', 'level', 'ha', d(CP)),
 ('5.100 | 3.720', '3.720', 'level', 'VND', d(CP, E, value=3720000000000)),
 ('Vân Đồn | 3.160', '3.160', 'level', 'căn', d(VD)),
 ('3.160 | 9.400', '9.400', 'level', 'ha', d(VD)),
 ('9.400 | 2.960', '2.960', 'level', 'VND', d(VD, E, value=2960000000000)),
 ('Quảng Yên | 2.940', '2.940', 'level', 'căn', d(QY)),
 ('2.940 | 2.300', '2.300', 'level', 'ha', d(QY)),
 ('2.300 | 1.850', '1.850', 'level', 'VND', d(QY, E, value=1850000000000)),
 ('trích 200 tỷ đồng', '200 tỷ đồng', 'level', 'VND', d()),
 ('tỉnh 300 tỷ đồng', '300 tỷ đồng', 'level', 'VND', d()),
 ('cấp 350 tấn', '350 tấn', 'level', 'tấn', d()),
 ('hỗ trợ 60 triệu đồng', '60 triệu đồng', 'level', 'VND', d()),
 ('hỗ trợ 30 triệu đồng/nhà', '30 triệu đồng', 'level', 'VND/nhà', d()),
 ('hỗ trợ 20 triệu đồng/người', '20 triệu đồng', 'level', 'VND/người', d()),
 ('hơn 45 tỷ đồng', '45 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('cho 100% khách', '100%', 'level', '%', d(T)),
]
