TEXT = '''
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Kinh tế > Nông thôn mới
Thứ Năm, 20/03/2025 | 10:22

Hàm Yên: Sau 5 năm, thu nhập của người dân nông thôn tăng 1,7 lần

(BTQ) - Ngày 19/3, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Hàm Yên tổ chức hội nghị tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.

Giai đoạn 2021 - 2025, tổng nguồn lực huy động thực hiện Chương trình trên địa bàn huyện đạt 1.862 tỷ đồng, trong đó vốn ngân sách Trung ương 412 tỷ đồng, ngân sách tỉnh 286 tỷ đồng, vốn tín dụng 920 tỷ đồng; Nhân dân đóng góp 78,5 tỷ đồng và hiến 156.000 m2 đất để mở rộng đường giao thông nông thôn.

Đến nay, huyện có 12/17 xã đạt chuẩn nông thôn mới (đạt 100% kế hoạch giai đoạn), trong đó 4 xã đạt chuẩn nông thôn mới nâng cao; bình quân đạt 17,6 tiêu chí/xã, tăng 3,2 tiêu chí so với năm 2020. Toàn huyện có 48 thôn đạt chuẩn nông thôn mới kiểu mẫu, vượt 18 thôn so với mục tiêu Nghị quyết Đại hội Đảng bộ huyện. Xã Thái Hoà là xã đầu tiên của huyện đạt chuẩn nông thôn mới kiểu mẫu (năm 2024) với thu nhập bình quân 68 triệu đồng/người/năm.

Thu nhập bình quân đầu người khu vực nông thôn năm 2024 đạt 52,6 triệu đồng, gấp 1,7 lần năm 2020. Tỷ lệ hộ nghèo giảm bình quân 3,1%/năm, đến cuối năm 2024 còn 6,8%.

Sản xuất nông nghiệp chuyển dịch theo hướng hàng hoá. Diện tích cam toàn huyện ổn định khoảng 4.800 ha, sản lượng năm 2024 đạt 92.000 tấn; toàn huyện có 36 sản phẩm OCOP đạt 3 sao trở lên, trong đó 5 sản phẩm đạt 4 sao. Cam sành Hàm Yên được bán tại hơn 20 tỉnh, thành phố.

Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 98,6%; 100% xã có đường ô tô đến trung tâm được cứng hoá; 94,7% km đường trục thôn được bê tông hoá.

Thu hoạch cam sành tại xã Yên Thuận, huyện Hàm Yên. Ảnh: Thuỷ Hoà

Giai đoạn 2026 - 2030, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới, 5 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu; thu nhập bình quân đầu người khu vực nông thôn đến năm 2030 đạt trên 85 triệu đồng; mỗi năm giảm tỷ lệ hộ nghèo 2 - 2,5%.

Dịp này, UBND huyện khen thưởng 15 tập thể, 22 cá nhân có thành tích xuất sắc trong phong trào thi đua "Tuyên Quang chung sức xây dựng nông thôn mới".

Thu Phương

Tin cùng chuyên mục
- Yên Sơn: Xây dựng 12 thôn nông thôn mới kiểu mẫu (18/3/2025)
- Sơn Dương tổng kết chương trình giảm nghèo (17/3/2025)

Báo Tuyên Quang điện tử. Giấy phép số 04/GP-TTĐT. Điện thoại: 0207.3822.354 - Fax: 0207.3822.374
'''
META = {'published': '2025-03-20', 'locality': 'huyện Hàm Yên'}
DEFAULTS = {'locality': 'huyện Hàm Yên', 'period': '2021/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'modality': 'target', 'period': '2026/2030'}
Y30 = {'modality': 'target', 'period': '2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
IPC = {'indicator': 'income_per_capita'}
PR = {'indicator': 'poverty_rate'}
Y24 = {'period': '2024'}
Y25 = {'period': '2025'}
FIGS = [
 ('tăng 1,7 lần', '1,7 lần', 'change', 'lần', d(U, IPC)),
 ('đạt 1.862 tỷ đồng', '1.862 tỷ đồng', 'level', 'VND', d()),
 ('Trung ương 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d()),
 ('tỉnh 286 tỷ đồng', '286 tỷ đồng', 'level', 'VND', d()),
 ('dụng 920 tỷ đồng', '920 tỷ đồng', 'level', 'VND', d()),
 ('góp 78,5 tỷ đồng', '78,5 tỷ đồng', 'level', 'VND', d()),
 ('hiến 156.000 m2', '156.000 m2', 'level', 'm2', d()),
 ('có 12/17 xã', '12/17', 'ratio', 'xã', d(Y25, indicator='new_rural_communes')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(P, indicator='new_rural_communes')),
 ('4 xã đạt chuẩn', '4', 'level', 'xã', d(Y25, indicator='new_rural_communes_advanced')),
 ('đạt 17,6 tiêu chí/xã', '17,6 tiêu chí/xã', 'level', 'tiêu chí/xã', d(Y25, indicator='new_rural_criteria')),
 ('tăng 3,2 tiêu chí', '3,2', 'change', 'tiêu chí', d(Y25, U, indicator='new_rural_criteria', base='2020')),
 ('có 48 thôn', '48', 'level', 'thôn', d(Y25)),
 ('vượt 18 thôn', '18', 'change', 'thôn', d(Y25, U, P, status='exceeded')),
 ('quân 68 triệu đồng/người/năm', '68 triệu đồng/người/năm', 'level', 'VND/người/năm', d(IPC, Y24, locality='xã Thái Hòa')),
 ('đạt 52,6 triệu đồng', '52,6 triệu đồng', 'level', 'VND/người/năm', d(IPC, Y24)),
 ('gấp 1,7 lần năm 2020', '1,7 lần', 'change', 'lần', d(U, IPC, Y24, base='2020')),
 ('quân 3,1%/năm', '3,1%', 'change', '%', d(D, PR)),
 ('còn 6,8%', '6,8%', 'level', '%', d(PR, Y24)),
 ('khoảng 4.800 ha', '4.800 ha', 'level', 'ha', d(Y25, bound='about')),
 ('đạt 92.000 tấn', '92.000 tấn', 'level', 'tấn', d(Y24)),
 ('có 36 sản phẩm', '36', 'level', 'sản phẩm', d(Y24, indicator='ocop_products')),
 ('5 sản phẩm đạt 4 sao', '5', 'level', 'sản phẩm', d(Y24, indicator='ocop_products')),
 ('hơn 20 tỉnh', '20', 'level', 'tỉnh', d(optional=True)),
 ('đạt 98,6%', '98,6%', 'level', '%', d(Y25, indicator='clean_water_rate')),
 ('100% xã có đường', '100%', 'level', '%', d(Y25)),
 ('94,7% km', '94,7%', 'level', '%', d(Y25)),
 ('thêm 3 xã', '3', 'level', 'xã', d(T, indicator='new_rural_communes')),
 ('5 xã đạt chuẩn', '5', 'level', 'xã', d(T, indicator='new_rural_communes_advanced')),
 ('2 xã đạt chuẩn', '2', 'level', 'xã', d(T, indicator='new_rural_communes_model')),
 ('trên 85 triệu đồng', '85 triệu đồng', 'level', 'VND/người/năm', d(Y30, IPC, bound='over')),
 ('nghèo 2 - 2,5%', '2 - 2,5%', 'change', '%', d(T, D, PR)),
 ('khen thưởng 15 tập thể', '15', 'level', 'tập thể', d(optional=True)),
 ('22 cá nhân', '22', 'level', 'cá nhân', d(optional=True)),
]
