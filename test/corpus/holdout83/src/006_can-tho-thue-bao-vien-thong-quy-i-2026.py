TEXT = '''
BÁO CẦN THƠ
Khoa học - Công nghệ | Thứ tư, 15/04/2026, 06:20

Quý I/2026, Cần Thơ có 4,86 triệu thuê bao di động

Sau sáp nhập, thị trường viễn thông của TP Cần Thơ (gồm TP Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang cũ) tiếp tục tăng trưởng; doanh thu bưu chính, viễn thông quý I ước đạt 1.245 tỷ đồng.

Theo Sở Khoa học và Công nghệ, đến cuối quý I/2026, toàn thành phố có 4,86 triệu thuê bao di động, giảm 120.000 thuê bao so với cuối năm 2025 do các nhà mạng chuẩn hóa thông tin thuê bao; trong đó thuê bao di động băng rộng (4G, 5G) đạt 4,12 triệu, chiếm 84,8%. Thuê bao internet băng rộng cố định đạt 698.000 thuê bao, tăng 9,3% so với cùng kỳ; tỷ lệ hộ gia đình có cáp quang đạt 86,5%.

Doanh thu bưu chính, viễn thông quý I ước đạt 1.245 tỷ đồng, tăng 6,7% so với cùng kỳ, bằng 24,6% kế hoạch năm. Riêng tháng 3, doanh thu đạt 428 tỷ đồng, tăng 4,1% so với tháng trước.

Khu vực Sóc Trăng cũ có 1,52 triệu thuê bao di động và 214.000 thuê bao băng rộng cố định; khu vực Hậu Giang cũ có 0,81 triệu thuê bao di động, tỷ lệ hộ có cáp quang mới đạt 71,2%. Ở phường Ninh Kiều, tỷ lệ này lên tới 98,6%, cao nhất thành phố.

Các doanh nghiệp đã phát sóng 1.260 trạm BTS 5G, tăng 410 trạm so với cuối năm 2025, phủ sóng 92% khu vực dân cư; số thuê bao 5G đạt 312.000, gấp 2,6 lần cuối năm 2025; còn 37 ấp chưa có sóng di động băng rộng ổn định, chủ yếu tại xã Trường Khánh và xã Vĩnh Viễn. Tỷ lệ người dân sử dụng điện thoại thông minh đạt 87,3%, tăng 2,4 điểm phần trăm so với cùng kỳ.

[Ảnh] Kỹ thuật viên VNPT Cần Thơ lắp đặt trạm 5G tại phường Cái Khế. Ảnh: Gia Bảo

Năm 2026, thành phố phấn đấu 100% ấp, khu vực có sóng di động băng rộng; tỷ lệ người dân dùng điện thoại thông minh đạt trên 92%; doanh thu viễn thông tăng 8 - 10% so với năm 2025; 90% hộ gia đình có cáp quang.

Gia Bảo

Xem thêm:
- Cần Thơ phủ sóng 5G toàn bộ các phường trung tâm (10/04/2026)
- Tổng đài hỗ trợ chuẩn hóa thuê bao: 1800 1091 (miễn phí)

Báo Cần Thơ - Giấy phép số 315/GP-BTTTT. Địa chỉ: 71 đường 3 Tháng 2, phường Ninh Kiều.
'''
META = {'published': '2026-04-15', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
DN = {'direction': 'down'}
SP = {'base': 'same_period'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
ST = {'locality': 'tỉnh Sóc Trăng'}
HG = {'locality': 'tỉnh Hậu Giang'}
FIGS = [
 ('có 4,86 triệu thuê bao di động\n', '4,86 triệu', 'level', 'thuê bao', d()),
 ('quý I ước đạt 1.245 tỷ đồng.\n', '1.245 tỷ đồng', 'level', 'VND', d(E)),
 ('có 4,86 triệu thuê bao di động,', '4,86 triệu', 'level', 'thuê bao', d()),
 ('giảm 120.000 thuê bao', '120.000', 'change', 'thuê bao', d(DN, base='2025')),
 ('đạt 4,12 triệu', '4,12 triệu', 'level', 'thuê bao', d()),
 ('chiếm 84,8%', '84,8%', 'level', '%', d()),
 ('đạt 698.000', '698.000', 'level', 'thuê bao', d()),
 ('tăng 9,3%', '9,3%', 'change', '%', d(U, SP)),
 ('đạt 86,5%', '86,5%', 'level', '%', d()),
 ('ước đạt 1.245 tỷ đồng, tăng', '1.245 tỷ đồng', 'level', 'VND', d(E)),
 ('tăng 6,7%', '6,7%', 'change', '%', d(E, U, SP)),
 ('bằng 24,6% kế hoạch', '24,6%', 'attainment', '%', d(E, base='target')),
 ('đạt 428 tỷ đồng', '428 tỷ đồng', 'level', 'VND', d(period='2026-M03')),
 ('tăng 4,1% so với tháng trước', '4,1%', 'change', '%', d(U, period='2026-M03', base='previous_period')),
 ('có 1,52 triệu', '1,52 triệu', 'level', 'thuê bao', d(ST)),
 ('và 214.000', '214.000', 'level', 'thuê bao', d(ST)),
 ('có 0,81 triệu', '0,81 triệu', 'level', 'thuê bao', d(HG)),
 ('đạt 71,2%', '71,2%', 'level', '%', d(HG)),
 ('lên tới 98,6%', '98,6%', 'level', '%', d(locality='phường Ninh Kiều')),
 ('sóng 1.260 trạm', '1.260', 'level', 'trạm', d()),
 ('tăng 410 trạm', '410', 'change', 'trạm', d(U, base='2025')),
 ('sóng 92% khu vực', '92%', 'level', '%', d()),
 ('còn 37 ấp', '37', 'level', 'ấp', d()),
 ('đạt 87,3%', '87,3%', 'level', '%', d()),
 ('tăng 2,4 điểm phần trăm', '2,4 điểm phần trăm', 'change', 'điểm %', d(U, SP)),
 ('phấn đấu 100% ấp', '100%', 'level', '%', d(T)),
 ('trên 92%', '92%', 'level', '%', d(T, bound='over')),
 ('tăng 8 - 10%', '8 - 10%', 'change', '%', d(T, U, base='2025')),
 ('90% hộ gia đình', '90%', 'level', '%', d(T)),
 ('đạt 312.000', '312.000', 'level', 'thuê bao', d()),
 ('gấp 2,6 lần', '2,6 lần', 'change', 'lần', d(U, base='2025')),
]
