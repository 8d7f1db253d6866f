TEXT = '''
BÁO THANH HOÁ
Thứ Năm, 08/01/2026 | 19:40 GMT+7
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thanh Hoá 24h

Thanh Hoá 24h

Thanh Hoá 24h ngày 8/1/2026: Sầm Sơn đón hơn 8,6 triệu lượt khách năm 2025

(BTH) - Phường Sầm Sơn đón hơn 8,6 triệu lượt khách, doanh thu du lịch vượt 17.000 tỷ đồng; Khu kinh tế Nghi Sơn thu hút 1,02 tỷ USD vốn FDI; thu ngân sách toàn tỉnh năm 2025 vượt 48.000 tỷ đồng; xã Thọ Xuân có thêm 12 thôn đạt chuẩn nông thôn mới kiểu mẫu... là những thông tin nổi bật trong ngày.

Sầm Sơn: Doanh thu du lịch vượt 17.000 tỷ đồng
Năm 2025, phường Sầm Sơn đón 8,62 triệu lượt khách, tăng 11,3% so với năm 2024, trong đó khách lưu trú 4,1 triệu lượt; tổng doanh thu du lịch đạt 17.260 tỷ đồng, tăng 14,8%. Phường hiện có 620 cơ sở lưu trú với hơn 23.000 phòng, trong đó 42 khách sạn từ 3 - 5 sao. Năm 2026, phường phấn đấu đón từ 9 - 9,5 triệu lượt khách.

Nghi Sơn thu hút 1,02 tỷ USD vốn FDI
Trong năm 2025, Khu kinh tế Nghi Sơn và các khu công nghiệp thu hút 38 dự án, trong đó có 11 dự án FDI với tổng vốn đăng ký 1,02 tỷ USD, gấp 2,4 lần năm 2024. Lũy kế đến nay, Khu kinh tế Nghi Sơn thu hút 426 dự án, tổng vốn đăng ký khoảng 18,9 tỷ USD và 324.500 tỷ đồng. Nộp ngân sách của các doanh nghiệp trong khu đạt 29.600 tỷ đồng, chiếm 61% tổng thu ngân sách toàn tỉnh.

Thu ngân sách vượt 48.000 tỷ đồng
Theo Sở Tài chính, năm 2025 tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 48.520 tỷ đồng, bằng 134,6% dự toán Trung ương giao, tăng 9,2% so với năm 2024. Trong đó, thu nội địa 36.940 tỷ đồng, thu từ hoạt động xuất nhập khẩu 11.580 tỷ đồng. Chi ngân sách địa phương 52.310 tỷ đồng, bằng 118,4% dự toán. Dự toán thu năm 2026 là 50.700 tỷ đồng.

Xã Thọ Xuân: Thêm 12 thôn nông thôn mới kiểu mẫu
Xã Thọ Xuân vừa tổ chức lễ đón nhận Bằng công nhận 12 thôn đạt chuẩn nông thôn mới kiểu mẫu năm 2025, nâng tổng số thôn kiểu mẫu của xã lên 21/34 thôn. Năm 2025, thu nhập bình quân đầu người của xã đạt 71,4 triệu đồng; tỷ lệ hộ nghèo còn 0,92%, giảm 0,61 điểm phần trăm so với năm 2024; 100% người dân tham gia bảo hiểm y tế.

Hạc Thành: Giải quyết hồ sơ trực tuyến đạt 84,5%
Từ ngày 1/7/2025 đến hết năm, Trung tâm Phục vụ hành chính công phường Hạc Thành tiếp nhận 21.460 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 84,5%, giải quyết trước và đúng hạn 99,2%. Phường thu ngân sách 6 tháng cuối năm 2025 đạt 1.286 tỷ đồng.

Tai nạn giao thông giảm trên cả 3 tiêu chí
Năm 2025, toàn tỉnh xảy ra 214 vụ tai nạn giao thông, làm chết 168 người, bị thương 121 người; so với năm 2024 giảm 26 vụ (10,8%), giảm 19 người chết, giảm 15 người bị thương.

Du khách tắm biển tại Sầm Sơn. Ảnh: Thuỷ Linh

Nhóm phóng viên Thời sự - Báo Thanh Hoá

Tin liên quan
- Thanh Hoá: GRDP năm 2025 ước tăng 10,2% (28/12/2025)
- 166 xã, phường tổ chức kỳ họp HĐND cuối năm (25/12/2025)
- Quốc lộ 47 đoạn qua phường Hạc Thành thông xe (20/12/2025)

Báo Thanh Hoá điện tử. Giấy phép số 437/GP-BTTTT ngày 15/8/2022. Toà soạn: số 11 đường Hạc Thành, phường Hạc Thành, tỉnh Thanh Hoá. Điện thoại: 0237.3852.145. Lượt xem: 4.731
'''
META = {'published': '2026-01-08', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
B24 = {'base': '2024'}
SS = {'locality': 'phường Sầm Sơn'}
TX = {'locality': 'xã Thọ Xuân'}
HT = {'locality': 'phường Hạc Thành'}
TA = {'indicator': 'tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
BR = {'indicator': 'budget_revenue'}
FDI = {'indicator': 'fdi'}
FIGS = [
 ('đón hơn 8,6 triệu lượt khách năm', '8,6 triệu', 'level', 'lượt khách', d(SS, TA, bound='over')),
 ('đón hơn 8,6 triệu lượt khách,', '8,6 triệu', 'level', 'lượt khách', d(SS, TA, bound='over')),
 ('lịch vượt 17.000 tỷ đồng;', '17.000 tỷ đồng', 'level', 'VND', d(SS, TR, bound='over')),
 ('hút 1,02 tỷ USD vốn FDI;', '1,02 tỷ USD', 'level', 'USD', d(FDI)),
 ('2025 vượt 48.000 tỷ đồng;', '48.000 tỷ đồng', 'level', 'VND', d(BR, bound='over')),
 ('thêm 12 thôn đạt', '12', 'level', 'thôn', d(TX)),
 ('lịch vượt 17.000 tỷ đồng\n', '17.000 tỷ đồng', 'level', 'VND', d(SS, TR, bound='over')),
 ('đón 8,62 triệu lượt khách', '8,62 triệu', 'level', 'lượt khách', d(SS, TA)),
 ('tăng 11,3%', '11,3%', 'change', '%', d(SS, TA, U, B24)),
 ('trú 4,1 triệu lượt', '4,1 triệu', 'level', 'lượt', d(SS)),
 ('đạt 17.260 tỷ đồng', '17.260 tỷ đồng', 'level', 'VND', d(SS, TR)),
 ('tăng 14,8%', '14,8%', 'change', '%', d(SS, TR, U)),
 ('có 620 cơ sở', '620', 'level', 'cơ sở lưu trú', d(SS)),
 ('hơn 23.000 phòng', '23.000', 'level', 'phòng', d(SS, bound='over')),
 ('trong đó 42 khách sạn', '42', 'level', 'khách sạn', d(SS)),
 ('từ 9 - 9,5 triệu lượt khách', '9 - 9,5 triệu', 'level', 'lượt khách', d(SS, TA, K)),
 ('hút 1,02 tỷ USD vốn FDI\n', '1,02 tỷ USD', 'level', 'USD', d(FDI)),
 ('hút 38 dự án', '38', 'level', 'dự án', d()),
 ('có 11 dự án', '11', 'level', 'dự án', d()),
 ('ký 1,02 tỷ USD', '1,02 tỷ USD', 'level', 'USD', d(FDI)),
 ('gấp 2,4 lần', '2,4 lần', 'change', 'lần', d(FDI, U, B24)),
 ('hút 426 dự án', '426', 'level', 'dự án', d()),
 ('khoảng 18,9 tỷ USD', '18,9 tỷ USD', 'level', 'USD', d(bound='about')),
 ('và 324.500 tỷ đồng', '324.500 tỷ đồng', 'level', 'VND', d()),
 ('đạt 29.600 tỷ đồng', '29.600 tỷ đồng', 'level', 'VND', d(BR)),
 ('chiếm 61%', '61%', 'level', '%', d(BR)),
 ('Thu ngân sách vượt 48.000 tỷ đồng', '48.000 tỷ đồng', 'level', 'VND', d(BR, bound='over')),
 ('đạt 48.520 tỷ đồng', '48.520 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 134,6% dự toán', '134,6%', 'attainment', '%', d(BR, P)),
 ('tăng 9,2%', '9,2%', 'change', '%', d(BR, U, B24)),
 ('địa 36.940 tỷ đồng', '36.940 tỷ đồng', 'level', 'VND', d(BR)),
 ('khẩu 11.580 tỷ đồng', '11.580 tỷ đồng', 'level', 'VND', d(BR)),
 ('phương 52.310 tỷ đồng', '52.310 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 118,4% dự toán', '118,4%', 'attainment', '%', d(P, indicator='budget_expenditure')),
 ('là 50.700 tỷ đồng', '50.700 tỷ đồng', 'level', 'VND', d(BR, K)),
 ('Thêm 12 thôn', '12', 'level', 'thôn', d(TX)),
 ('nhận 12 thôn', '12', 'level', 'thôn', d(TX)),
 ('lên 21/34 thôn', '21/34', 'ratio', 'thôn', d(TX, U)),
 ('đạt 71,4 triệu đồng', '71,4 triệu đồng', 'level', 'VND/người/năm', d(TX, indicator='income_per_capita')),
 ('còn 0,92%', '0,92%', 'level', '%', d(TX, indicator='poverty_rate')),
 ('giảm 0,61 điểm phần trăm', '0,61 điểm phần trăm', 'change', 'điểm %', d(TX, D, B24, indicator='poverty_rate')),
 ('100% người dân', '100%', 'level', '%', d(TX, indicator='health_insurance_coverage')),
 ('tuyến đạt 84,5%\n', '84,5%', 'level', '%', d(HT, period='2025-H2')),
 ('nhận 21.460 hồ sơ', '21.460', 'level', 'hồ sơ', d(HT, period='2025-H2')),
 ('tuyến đạt 84,5%,', '84,5%', 'level', '%', d(HT, period='2025-H2')),
 ('hạn 99,2%', '99,2%', 'level', '%', d(HT, period='2025-H2')),
 ('đạt 1.286 tỷ đồng', '1.286 tỷ đồng', 'level', 'VND', d(HT, BR, period='2025-H2')),
 ('ra 214 vụ', '214', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 168 người', '168', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 121 người', '121', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 26 vụ', '26', 'change', 'vụ', d(D, B24, indicator='traffic_accidents')),
 ('(10,8%)', '10,8%', 'change', '%', d(D, B24, indicator='traffic_accidents')),
 ('giảm 19 người', '19', 'change', 'người', d(D, B24, indicator='traffic_deaths')),
 ('giảm 15 người', '15', 'change', 'người', d(D, B24, indicator='traffic_injuries')),
]
