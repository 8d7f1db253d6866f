TEXT = '''
BÁO NGHỆ AN
Thứ Sáu, 03/04/2026 | Tòa soạn: 0238 3844 520 | Quảng cáo: 0912 656 789

Kinh tế | Doanh nghiệp | Thị trường | Đầu tư

Quý I/2026: Chỉ số sản xuất công nghiệp Nghệ An tăng 13,8%

03/04/2026 - 06:55

(Baonghean) - Sản xuất công nghiệp quý I/2026 của Nghệ An tăng trưởng khá nhờ các dự án FDI lớn tại Khu kinh tế Đông Nam tăng công suất; xuất khẩu ước đạt trên 1 tỷ USD, cao nhất từ trước đến nay trong một quý đầu năm.

Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 3/2026 ước tăng 24,6% so với tháng trước và tăng 11,2% so với cùng kỳ năm trước. Tính chung quý I, IIP ước tăng 13,8% so với cùng kỳ, trong đó ngành chế biến, chế tạo tăng 16,4%, ngành sản xuất và phân phối điện tăng 7,9%, ngành khai khoáng giảm 1,6%.

Kiểm tra sản phẩm tại nhà máy sản xuất tấm pin năng lượng mặt trời ở Khu kinh tế Đông Nam. Ảnh: Thành Duy

Sản phẩm công nghiệp chủ yếu quý I (tăng, giảm so với cùng kỳ):
+ Xi măng: 1,42 triệu tấn (+8,6%);
+ Bia các loại: 38,5 triệu lít (+5,2%);
+ Đường kính: 48.600 tấn (-6,3%);
+ Điện sản xuất: 812 triệu kWh (+12,1%);
+ Tấm pin năng lượng mặt trời: 6,2 triệu tấm (+34,5%).

Các nhà máy xi măng tại phường Hoàng Mai và phường Tân Mai chạy gần hết công suất để phục vụ các công trình giao thông trọng điểm. Theo ông Nguyễn Văn Hải, Giám đốc Sở Công Thương, nhu cầu xi măng quý II dự kiến tăng khoảng 10 - 12%.

Kim ngạch xuất khẩu quý I ước đạt 1.045 triệu USD, tăng 28,4% so với cùng kỳ, bằng 23,2% kế hoạch năm; kim ngạch nhập khẩu ước đạt 812,6 triệu USD, tăng 19,7%. Riêng tháng 3, xuất khẩu đạt 402 triệu USD, gấp 1,6 lần tháng 2 do các doanh nghiệp dồn đơn hàng sau Tết.

Các mặt hàng xuất khẩu chủ lực là linh kiện điện tử, tấm pin mặt trời, dệt may và gỗ dăm, lần lượt chiếm 38%, 17%, 14% và 6% tổng kim ngạch.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 3 ước đạt 8.960 tỷ đồng; tính chung quý I ước đạt 27.340 tỷ đồng, tăng 10,8% so với cùng kỳ.

Chỉ số giá tiêu dùng (CPI) tháng 3/2026 giảm 0,42% so với tháng trước do giá thực phẩm, xăng dầu hạ sau Tết; CPI bình quân quý I tăng 3,05% so với bình quân cùng kỳ năm 2025.

Về thu hút đầu tư, trong quý I, tỉnh cấp mới 7 dự án FDI với tổng vốn đăng ký 386,5 triệu USD, chủ yếu tại KCN VSIP Nghệ An và KCN WHA Industrial Zone 1. Lũy kế đến ngày 31/3/2026, toàn tỉnh có 142 dự án FDI còn hiệu lực, tổng vốn 6,84 tỷ USD.

Năm 2026, tỉnh đặt mục tiêu IIP tăng 14 - 15%, kim ngạch xuất khẩu đạt 4,5 tỷ USD, thu hút vốn FDI tối thiểu 1,2 tỷ USD.

Thành Duy

Tin liên quan
- Nghệ An đón 2 nhà đầu tư Đài Loan vào KCN Hoàng Mai I
- Năm 2025, xuất khẩu Nghệ An vượt mốc 4 tỷ USD

Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An | Số 1 Hồ Tùng Mậu, phường Thành Vinh
'''
META = {'published': '2026-04-03', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2026-Q1', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M3 = {'period': '2026-M03'}
IIP = {'indicator': 'industrial_production_index'}
EX = {'indicator': 'export_value'}
IM = {'indicator': 'import_value'}
R = {'indicator': 'retail_sales'}
C = {'indicator': 'cpi'}
F = {'indicator': 'fdi'}
T = {'modality': 'target', 'period': '2026'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('Nghệ An tăng 13,8%', '13,8%', 'change', '%', d(IIP, U)),
 ('ước đạt trên 1 tỷ USD', '1 tỷ USD', 'level', 'USD', d(EX, E, bound='over')),
 ('ước tăng 24,6%', '24,6%', 'change', '%', d(IIP, E, M3, U, P)),
 ('tăng 11,2% so với cùng kỳ năm trước', '11,2%', 'change', '%', d(IIP, E, M3, U, S)),
 ('IIP ước tăng 13,8%', '13,8%', 'change', '%', d(IIP, E, U, S)),
 ('chế tạo tăng 16,4%', '16,4%', 'change', '%', d(IIP, E, U)),
 ('điện tăng 7,9%', '7,9%', 'change', '%', d(IIP, E, U)),
 ('khai khoáng giảm 1,6%', '1,6%', 'change', '%', d(IIP, E, D)),
 ('1,42 triệu tấn', '1,42 triệu tấn', 'level', 'tấn', d()),
 ('(+8,6%)', '8,6%', 'change', '%', d(U, S)),
 ('38,5 triệu lít', '38,5 triệu lít', 'level', 'lít', d()),
 ('(+5,2%)', '5,2%', 'change', '%', d(U, S)),
 ('48.600 tấn', '48.600 tấn', 'level', 'tấn', d()),
 ('(-6,3%)', '6,3%', 'change', '%', d(D, S)),
 ('812 triệu kWh', '812 triệu kWh', 'level', 'kWh', d()),
 ('(+12,1%)', '12,1%', 'change', '%', d(U, S)),
 ('6,2 triệu tấm', '6,2 triệu', 'level', 'tấm', d()),
 ('(+34,5%)', '34,5%', 'change', '%', d(U, S)),
 ('khoảng 10 - 12%', '10 - 12%', 'change', '%', d(U, E, period='2026-Q2', bound='about', optional=True)),
 ('ước đạt 1.045 triệu USD', '1.045 triệu USD', 'level', 'USD', d(EX, E)),
 ('tăng 28,4% so với cùng kỳ', '28,4%', 'change', '%', d(EX, E, U, S)),
 ('bằng 23,2% kế hoạch năm', '23,2%', 'attainment', '%', d(EX, E, base='target')),
 ('ước đạt 812,6 triệu USD', '812,6 triệu USD', 'level', 'USD', d(IM, E)),
 ('tăng 19,7%', '19,7%', 'change', '%', d(IM, E, U)),
 ('đạt 402 triệu USD', '402 triệu USD', 'level', 'USD', d(EX, M3)),
 ('gấp 1,6 lần tháng 2', '1,6 lần', 'change', 'lần', d(EX, M3, U, P)),
 ('lần lượt chiếm 38%', '38%', 'level', '%', d(EX)),
 (', 17%,', '17%', 'level', '%', d(EX)),
 (' 14% và', '14%', 'level', '%', d(EX)),
 ('và 6% tổng', '6%', 'level', '%', d(EX)),
 ('ước đạt 8.960 tỷ đồng', '8.960 tỷ đồng', 'level', 'VND', d(R, E, M3)),
 ('ước đạt 27.340 tỷ đồng', '27.340 tỷ đồng', 'level', 'VND', d(R, E)),
 ('tăng 10,8% so với cùng kỳ', '10,8%', 'change', '%', d(R, E, U, S)),
 ('giảm 0,42%', '0,42%', 'change', '%', d(C, M3, D, P)),
 ('tăng 3,05%', '3,05%', 'change', '%', d(C, U, S)),
 ('mới 7 dự án', '7', 'level', 'dự án', d()),
 ('ký 386,5 triệu USD', '386,5 triệu USD', 'level', 'USD', d(F)),
 ('có 142 dự án', '142', 'level', 'dự án', d(M3)),
 ('vốn 6,84 tỷ USD', '6,84 tỷ USD', 'level', 'USD', d(F, M3)),
 ('IIP tăng 14 - 15%', '14 - 15%', 'change', '%', d(IIP, T, U)),
 ('đạt 4,5 tỷ USD', '4,5 tỷ USD', 'level', 'USD', d(EX, T)),
 ('tối thiểu 1,2 tỷ USD', '1,2 tỷ USD', 'level', 'USD', d(F, T, bound='at_least')),
]
