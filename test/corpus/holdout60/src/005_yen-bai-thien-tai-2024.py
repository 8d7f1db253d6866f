# Báo Yên Bái, 20/12/2024, with old tone marks (thuỷ, hoà, hoá, Uỷ, khoẻ): the civil-defence board's review of the
# year's natural disasters (storm Yagi in September). The year's tallies (events, dead and missing, houses, areas,
# works, losses) are 2024 figures; "ước tính" losses are estimates. Rebuilding counted "Đến ngày 15/12" (no year) stands
# at that month. Each district's loss in brackets is the district's. Officers and vehicles mobilised are optional.
TEXT = '''
BÁO YÊN BÁI ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Quốc phòng - An ninh | Phòng chống thiên tai

Thứ Sáu, 20/12/2024 | 15:30

Năm 2024, thiên tai gây thiệt hại hơn 5.600 tỷ đồng tại Yên Bái

YBĐT - Ngày 19/12, Ban Chỉ huy Phòng thủ dân sự tỉnh tổ chức hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Vũ Thị Hiền Hạnh, Phó Chủ tịch Uỷ ban nhân dân tỉnh chủ trì hội nghị.

Thiệt hại nặng nề nhất trong nhiều năm

Năm 2024, trên địa bàn tỉnh xảy ra 18 đợt thiên tai, trong đó nghiêm trọng nhất là hoàn lưu bão số 3 (bão Yagi) gây mưa lũ lịch sử từ ngày 7 - 11/9. Thiên tai đã làm 56 người chết và mất tích, 96 người bị thương; 12.480 ngôi nhà bị hư hỏng, trong đó 1.236 nhà bị sập đổ hoàn toàn hoặc phải di dời khẩn cấp; hơn 8.900 ha lúa, hoa màu và 21.600 ha rừng bị thiệt hại; 127 công trình thuỷ lợi bị hư hỏng, 1.860 điểm sạt lở trên các tuyến đường. Tổng giá trị thiệt hại ước tính hơn 5.600 tỷ đồng, gấp 7,4 lần năm 2023.

Thiệt hại nặng nhất là huyện Lục Yên (1.350 tỷ đồng), huyện Văn Yên (1.120 tỷ đồng) và thành phố Yên Bái (980 tỷ đồng). Riêng thành phố Yên Bái có 4.260 hộ bị ngập sâu, nhiều khu dân cư ven sông Hồng bị cô lập trong 3 ngày.

Lực lượng vũ trang tỉnh đã huy động 12.600 lượt cán bộ, chiến sĩ và 215 lượt phương tiện tham gia cứu hộ, cứu nạn, sơ tán 6.840 hộ với 21.450 nhân khẩu đến nơi an toàn.

Bộ đội giúp người dân xã Đông Cuông (huyện Văn Yên) dọn bùn đất sau lũ. Ảnh: Thanh Tân

Khẩn trương ổn định đời sống người dân

Tổng nguồn lực hỗ trợ khắc phục hậu quả thiên tai đạt 1.285 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 350 tỷ đồng; Uỷ ban MTTQ tỉnh tiếp nhận 468 tỷ đồng tiền ủng hộ. Tỉnh đã xuất cấp 1.120 tấn gạo dự trữ quốc gia cho người dân vùng bị thiệt hại.

Đến ngày 15/12, toàn tỉnh đã hỗ trợ làm mới, sửa chữa 1.026/1.236 nhà bị sập đổ, đạt 83%; bố trí tái định cư cho 412 hộ. Sản xuất nông nghiệp từng bước được khôi phục, nhiều diện tích bị vùi lấp đã được gieo trồng lại cây vụ Đông.

Năm 2025, tỉnh phấn đấu giảm tối thiểu 30% thiệt hại về người do thiên tai so với năm 2024; hoàn thành 3 khu tái định cư tập trung cho khoảng 520 hộ; 100% xã, phường, thị trấn kiện toàn Ban Chỉ huy phòng thủ dân sự và có phương án ứng phó với thiên tai sát thực tế.

Thanh Tân

Tin cùng chuyên mục
- Yên Bái: Hơn 2.000 người dân được hỗ trợ sửa chữa nhà sau bão số 3
- Diễn tập ứng phó lũ quét, sạt lở đất tại huyện Mù Cang Chải
- Hoàn thành sửa chữa đê sông Thao đoạn qua xã Văn Phú

Cơ quan chủ quản: Tỉnh uỷ Yên Bái | Toà soạn: Đường Yên Ninh, TP. Yên Bái | Điện thoại: 0216.3852.379
'''
META = {'published': '2024-12-20', 'locality': 'tỉnh Yên Bái'}
DEFAULTS = {'locality': 'tỉnh Yên Bái', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
E = {'modality': 'estimate'}
M12 = {'period': '2024-M12'}
T25 = {'period': '2025', 'modality': 'target'}
CY = {'locality': 'thành phố Yên Bái'}
OPT = {'optional': True}
FIGS = [
 ('hại hơn 5.600 tỷ đồng tại', '5.600 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('ra 18 đợt', '18', 'level', 'đợt', d()),
 ('làm 56 người', '56', 'level', 'người', d()),
 ('96 người', '96', 'level', 'người', d()),
 ('12.480 ngôi nhà', '12.480', 'level', 'ngôi nhà', d()),
 ('trong đó 1.236 nhà', '1.236', 'level', 'nhà', d()),
 ('hơn 8.900 ha', '8.900 ha', 'level', 'ha', d(bound='over')),
 ('và 21.600 ha', '21.600 ha', 'level', 'ha', d()),
 ('127 công trình', '127', 'level', 'công trình', d()),
 ('1.860 điểm', '1.860', 'level', 'điểm sạt lở', d()),
 ('tính hơn 5.600 tỷ đồng,', '5.600 tỷ đồng', 'level', 'VND', d(E, bound='over')),
 ('gấp 7,4 lần', '7,4', 'change', 'lần', d(E, U, base='2023')),
 ('(1.350 tỷ đồng)', '1.350 tỷ đồng', 'level', 'VND', d(locality='huyện Lục Yên')),
 ('(1.120 tỷ đồng)', '1.120 tỷ đồng', 'level', 'VND', d(locality='huyện Văn Yên')),
 ('(980 tỷ đồng)', '980 tỷ đồng', 'level', 'VND', d(CY)),
 ('có 4.260 hộ', '4.260', 'level', 'hộ', d(CY)),
 ('động 12.600 lượt', '12.600', 'level', 'lượt cán bộ', d(OPT)),
 ('215 lượt', '215', 'level', 'lượt phương tiện', d(OPT)),
 ('sơ tán 6.840 hộ', '6.840', 'level', 'hộ', d()),
 ('với 21.450 nhân khẩu', '21.450', 'level', 'nhân khẩu', d()),
 ('đạt 1.285 tỷ đồng', '1.285 tỷ đồng', 'level', 'VND', d()),
 ('hỗ trợ 350 tỷ đồng', '350 tỷ đồng', 'level', 'VND', d()),
 ('nhận 468 tỷ đồng', '468 tỷ đồng', 'level', 'VND', d()),
 ('cấp 1.120 tấn', '1.120 tấn', 'level', 'tấn', d()),
 ('chữa 1.026/1.236 nhà', '1.026/1.236', 'ratio', 'nhà', d(M12)),
 ('đạt 83%', '83%', 'level', '%', d(M12)),
 ('cho 412 hộ', '412', 'level', 'hộ', d(M12)),
 ('tối thiểu 30%', '30%', 'change', '%', d(T25, D, base='2024', bound='at_least')),
 ('hoàn thành 3 khu', '3', 'level', 'khu', d(T25, optional=True)),
 ('khoảng 520 hộ', '520', 'level', 'hộ', d(T25, bound='about')),
 ('; 100% xã', '100%', 'level', '%', d(T25)),
]
