TEXT = '''
Báo Đồng Nai điện tử
Thứ Sáu, 28/06/2024, 17:42 (GMT+7)

Giao thông

Cao tốc Biên Hòa - Vũng Tàu đoạn qua Đồng Nai: Bàn giao 99,2% mặt bằng, sản lượng thi công đạt 46%

ĐNO - Đến ngày 25-6, các địa phương đã bàn giao cho chủ đầu tư 318,6/321,2 ha mặt bằng dự án thành phần 1 cao tốc Biên Hòa - Vũng Tàu, đạt 99,2%. Tuy nhiên, còn 14 hộ dân tại phường Phước Tân (TP.Biên Hòa) chưa nhận tiền bồi thường, ảnh hưởng tiến độ đoạn từ Km 3+200 đến Km 4+100.

Dự án thành phần 1 dài 15,6 km, đi qua TP.Biên Hòa và huyện Long Thành, tổng mức đầu tư hơn 5.600 tỷ đồng, do Ban Quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư, khởi công ngày 18-6-2023.

Theo Ban Quản lý dự án, đến nay sản lượng thi công toàn dự án đạt khoảng 46% giá trị hợp đồng, chậm khoảng 8% so với kế hoạch đề ra. Riêng gói thầu XL2 (từ Km 9 đến Km 15+600) đã hoàn thành 100% cống hộp, đắp nền đường đạt 72%. Nguyên nhân chủ yếu do thiếu cát đắp nền: nhu cầu của dự án khoảng 2,4 triệu m3 nhưng các mỏ được cấp phép mới cung ứng được 1,1 triệu m3.

Thi công nền đường cao tốc qua xã Phước Bình, huyện Long Thành. Ảnh: Huy Anh

Về giải ngân, kế hoạch vốn năm 2024 bố trí cho dự án là 1.850 tỷ đồng; đến ngày 25-6 đã giải ngân 742 tỷ đồng, đạt 40,1% kế hoạch, cao hơn mức bình quân chung của tỉnh (31,6%).

Công tác bồi thường, giải phóng mặt bằng

Dự án có 1.126 trường hợp bị ảnh hưởng, trong đó TP.Biên Hòa 742 trường hợp, huyện Long Thành 384 trường hợp. Đến nay, các địa phương đã chi trả 1.018 tỷ đồng tiền bồi thường, hỗ trợ, đạt 97,6% tổng kinh phí được phê duyệt; bố trí 356 lô đất tái định cư tại khu tái định cư Phước Tân (diện tích 12,4 ha).

Ông Nguyễn Văn Hải, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh cho biết: “Chúng tôi phấn đấu đến ngày 30-9 đưa sản lượng lên 60%, cuối năm 2024 đạt 75% và thông xe kỹ thuật toàn tuyến trong quý II-2025”.

Huy Anh

Tin liên quan:
- Đồng Nai: Giải ngân vốn đầu tư công 6 tháng đạt 31,6%
- Khởi công dự án thành phần 2 cao tốc Biên Hòa - Vũng Tàu
- Quốc lộ 51 ùn tắc kéo dài, tài xế mệt mỏi

Báo Đồng Nai - Số 81 Đường 30 Tháng 4, phường Thanh Bình, TP.Biên Hòa. ĐT: (0251) 3823.125
'''
META = {'published': '2024-06-28', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2024-M06', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
T = {'modality': 'target'}
DIS = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('Bàn giao 99,2%', '99,2%', 'level', '%', d()),
 ('thi công đạt 46%', '46%', 'level', '%', d()),
 ('318,6/321,2 ha', '318,6/321,2 ha', 'ratio', 'ha', d()),
 ('đạt 99,2%.', '99,2%', 'level', '%', d()),
 ('còn 14 hộ dân', '14', 'level', 'hộ', d(locality='phường Phước Tân')),
 ('dài 15,6 km', '15,6 km', 'level', 'km', d(OPT)),
 ('hơn 5.600 tỷ đồng', '5.600 tỷ đồng', 'level', 'VND', d(OPT)),
 ('khoảng 46% giá trị', '46%', 'level', '%', d(bound='about')),
 ('chậm khoảng 8%', '8%', 'change', '%', d(direction='down', base='target', bound='about')),
 ('100% cống hộp', '100%', 'level', '%', d()),
 ('đạt 72%', '72%', 'level', '%', d()),
 ('khoảng 2,4 triệu m3', '2,4 triệu m3', 'level', 'm3', d(OPT)),
 ('được 1,1 triệu m3', '1,1 triệu m3', 'level', 'm3', d()),
 ('là 1.850 tỷ đồng', '1.850 tỷ đồng', 'level', 'VND', d(DIS, T, period='2024')),
 ('giải ngân 742 tỷ đồng', '742 tỷ đồng', 'level', 'VND', d(DIS, period='2024-H1')),
 ('đạt 40,1% kế hoạch', '40,1%', 'attainment', '%', d(DIS, period='2024-H1', base='target')),
 ('(31,6%)', '31,6%', 'attainment', '%', d(DIS, period='2024-H1', base='target')),
 ('có 1.126 trường hợp', '1.126', 'level', 'trường hợp', d()),
 ('Biên Hòa 742 trường hợp', '742', 'level', 'trường hợp', d(locality='thành phố Biên Hòa')),
 ('Long Thành 384 trường hợp', '384', 'level', 'trường hợp', d(locality='huyện Long Thành')),
 ('chi trả 1.018 tỷ đồng', '1.018 tỷ đồng', 'level', 'VND', d()),
 ('đạt 97,6% tổng', '97,6%', 'level', '%', d()),
 ('bố trí 356 lô đất', '356', 'level', 'lô đất', d()),
 ('(diện tích 12,4 ha)', '12,4 ha', 'level', 'ha', d(OPT)),
 ('lên 60%', '60%', 'level', '%', d(T, period='2024-M09', direction='up')),
 ('đạt 75%', '75%', 'level', '%', d(T, period='2024')),
]
