# Báo Cần Thơ (the city formed in July 2025 from Cần Thơ, Sóc Trăng and Hậu Giang), 18/12/2025: the Fatherland Front's
# year of the poor fund and "nhà Đại đoàn kết". Money raised and houses built carry no id (money-raised-not-topic); the
# poverty rate is poverty_rate. The peak month "từ ngày 17/10 đến 18/11/2025" spans two months of one quarter: its tally
# is that quarter, Q4 (holdout38's reading of a stretch across two months of a quarter; gold fix after first contact).
# The Tết gifts ("Tết Nguyên đán Ất Tỵ", no days) take the year. "Đến ngày 31/8/2025" counts the houses finished under the programme to a cut-off:
# a stock at M08. Former provinces named as parts own their clause ("khu vực Sóc Trăng cũ"). The support per house is one
# gift's value, no figure; the total value of gifts is one ("trị giá"). 2026 aims are targets.
TEXT = '''
BÁO CẦN THƠ ONLINE
Thứ Năm, ngày 18/12/2025 | Thời tiết: Cần Thơ 24°C - 31°C

Chính trị | Kinh tế | Xã hội | Mặt trận - Đoàn thể | Văn hóa | Thể thao

Mặt trận - Đoàn thể

Quỹ "Vì người nghèo" năm 2025 vận động hơn 286 tỉ đồng

Năm 2025, Quỹ "Vì người nghèo" các cấp trên địa bàn thành phố vận động được 286,4 tỉ đồng, đạt 119,3% kế hoạch, tăng 14,8% so với năm 2024. Từ nguồn quỹ, Mặt trận các cấp hỗ trợ xây mới, sửa chữa 2.757 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo.

Chiều 17/12, Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam thành phố Cần Thơ tổ chức hội nghị tổng kết công tác năm 2025. Đây là năm đầu tiên Mặt trận thành phố hoạt động sau khi hợp nhất ba địa phương và tổ chức chính quyền địa phương hai cấp, với 103 xã, phường.

Hơn 2.700 căn nhà Đại đoàn kết

Theo báo cáo, trong năm, MTTQ các cấp đã vận động xây mới 2.145 căn nhà Đại đoàn kết và sửa chữa 612 căn, tổng kinh phí hơn 148 tỉ đồng; mỗi căn nhà xây mới được hỗ trợ 60 triệu đồng. Trong đó, khu vực Sóc Trăng cũ xây mới 1.024 căn, khu vực Hậu Giang cũ 586 căn.

Đến ngày 31/8/2025, thành phố hoàn thành xóa 10.842 căn nhà tạm, nhà dột nát, về đích trước 4 tháng so với mục tiêu của Chính phủ.

Hộ ông Trần Văn Út (ấp Phú Lợi, xã Phong Điền) nhận nhà Đại đoàn kết. Ảnh: HÀ VĂN

Trong đợt cao điểm "Tháng vì người nghèo" từ ngày 17/10 đến 18/11/2025, các cấp vận động được 96,2 tỉ đồng, gấp 1,3 lần cùng kỳ. Dịp Tết Nguyên đán Ất Tỵ, Mặt trận các cấp trao 42.600 phần quà cho hộ nghèo, hộ cận nghèo, tổng trị giá hơn 25,5 tỉ đồng.

Cùng với các chính sách giảm nghèo, đến cuối năm 2025, tỷ lệ hộ nghèo toàn thành phố giảm còn 0,92%, giảm 0,61 điểm phần trăm so với cuối năm 2024; tỷ lệ hộ cận nghèo còn 1,87%.

Kết quả vận động Quỹ "Vì người nghèo" theo khu vực trước hợp nhất như sau:
- Khu vực Cần Thơ cũ: 132,6 tỉ đồng, đạt 121,5% kế hoạch;
- Khu vực Sóc Trăng cũ: 89,7 tỉ đồng, đạt 116,2% kế hoạch;
- Khu vực Hậu Giang cũ: 64,1 tỉ đồng, đạt 119,0% kế hoạch.

Bà Nguyễn Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam thành phố cho biết: "Năm 2026, Mặt trận phấn đấu vận động Quỹ Vì người nghèo từ 250 tỉ đồng trở lên, hỗ trợ xây mới, sửa chữa ít nhất 1.500 căn nhà Đại đoàn kết và góp phần giảm tỷ lệ hộ nghèo từ 0,3 - 0,5%".

HÀ VĂN

Tin cùng chuyên mục
- Phường Ninh Kiều ra mắt mô hình "Tổ tự quản an sinh" số 2
- Xã Phong Điền trao 15 căn nhà Đại đoàn kết
- MTTQ thành phố giám sát 12 chuyên đề năm 2025

BÁO CẦN THƠ - Số 2 Lý Thường Kiệt, phường Ninh Kiều, TP Cần Thơ. ĐT: 0292.3820.381
'''
META = {'published': '2025-12-18', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
ST = {'locality': 'tỉnh Sóc Trăng'}
HG = {'locality': 'tỉnh Hậu Giang'}
T = {'modality': 'target', 'period': '2026'}
PR = {'indicator': 'poverty_rate'}
OPT = {'optional': True}
FIGS = [
 ('hơn 286 tỉ đồng', '286 tỉ đồng', 'level', 'VND', d(bound='over')),
 ('được 286,4 tỉ đồng', '286,4 tỉ đồng', 'level', 'VND', d()),
 ('đạt 119,3% kế hoạch', '119,3%', 'attainment', '%', d(TB)),
 ('tăng 14,8% so với năm 2024', '14,8%', 'change', '%', d(U, base='2024')),
 ('sửa chữa 2.757 căn', '2.757', 'level', 'căn nhà', d()),
 ('với 103 xã', '103', 'level', 'xã', d(OPT)),
 ('Hơn 2.700 căn', '2.700', 'level', 'căn nhà', d(bound='over')),
 ('mới 2.145 căn', '2.145', 'level', 'căn nhà', d()),
 ('chữa 612 căn', '612', 'level', 'căn', d()),
 ('hơn 148 tỉ đồng', '148 tỉ đồng', 'level', 'VND', d(bound='over')),
 ('mới 1.024 căn', '1.024', 'level', 'căn', d(ST)),
 ('cũ 586 căn', '586', 'level', 'căn', d(HG)),
 ('xóa 10.842 căn', '10.842', 'level', 'căn nhà', d(period='2025-M08')),
 ('được 96,2 tỉ đồng', '96,2 tỉ đồng', 'level', 'VND', d(period='2025-Q4')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', d(U, base='same_period', period='2025-Q4')),
 ('trao 42.600 phần quà', '42.600', 'level', 'phần quà', d()),
 ('hơn 25,5 tỉ đồng', '25,5 tỉ đồng', 'level', 'VND', d(bound='over')),
 ('giảm còn 0,92%', '0,92%', 'level', '%', d(PR, D)),
 ('giảm 0,61 điểm phần trăm', '0,61 điểm phần trăm', 'change', 'điểm %', d(PR, D, base='2024')),
 ('còn 1,87%', '1,87%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cũ: 132,6 tỉ đồng', '132,6 tỉ đồng', 'level', 'VND', d()),
 ('đạt 121,5%', '121,5%', 'attainment', '%', d(TB)),
 ('cũ: 89,7 tỉ đồng', '89,7 tỉ đồng', 'level', 'VND', d(ST)),
 ('đạt 116,2%', '116,2%', 'attainment', '%', d(TB, **ST)),
 ('cũ: 64,1 tỉ đồng', '64,1 tỉ đồng', 'level', 'VND', d(HG)),
 ('đạt 119,0%', '119,0%', 'attainment', '%', d(TB, **HG)),
 ('từ 250 tỉ đồng', '250 tỉ đồng', 'level', 'VND', d(T, bound='at_least')),
 ('ít nhất 1.500 căn', '1.500', 'level', 'căn nhà', d(T, bound='at_least')),
 ('từ 0,3 - 0,5%', '0,3 - 0,5%', 'change', '%', d(T, PR, D)),
]
