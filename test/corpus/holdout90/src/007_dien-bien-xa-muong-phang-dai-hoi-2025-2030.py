TEXT = '''
BÁO ĐIỆN BIÊN PHỦ
Thứ Sáu, 15/8/2025 | 14:05
Chính trị - Xây dựng Đảng

Đảng bộ xã Mường Phăng tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030

ĐBP - Ngày 14/8, Đảng bộ xã Mường Phăng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự Đại hội có 150 đại biểu đại diện cho 960 đảng viên trong toàn Đảng bộ.

Nhiệm kỳ 2020 - 2025, Đảng bộ các xã Mường Phăng, Nà Nhạn, Pá Khoang cũ đã lãnh đạo hoàn thành 16/18 chỉ tiêu chủ yếu. Tổng sản lượng lương thực có hạt bình quân đạt 9.200 tấn/năm; bình quân lương thực đầu người đạt 540 kg/người/năm. Diện tích cây cà phê, mắc ca hiện có 1.150 ha, tăng 420 ha so với đầu nhiệm kỳ.

Thu nhập bình quân đầu người năm 2025 ước đạt 36 triệu đồng/người/năm, tăng 14 triệu đồng so với năm 2020. Tỷ lệ hộ nghèo giảm bình quân 4,2%/năm, đến nay còn 18,6%.

Chương trình xây dựng nông thôn mới đạt kết quả tích cực: xã Mường Phăng cũ đạt 17/19 tiêu chí; 12/31 bản đạt chuẩn bản nông thôn mới; 100% bản có đường ô tô đến trung tâm. Tỷ lệ hộ dân được sử dụng nước hợp vệ sinh đạt 92%.

Bí thư Đảng ủy xã Mường Phăng trình bày Báo cáo chính trị tại Đại hội. Ảnh: Hoàng Anh

Du lịch cộng đồng gắn với Khu di tích Sở Chỉ huy Chiến dịch Điện Biên Phủ phát triển; năm 2024, xã đón trên 85.000 lượt khách, doanh thu đạt 12,5 tỷ đồng. Nhiệm kỳ qua, Đảng bộ kết nạp 94 đảng viên, đạt 117,5% Nghị quyết.

Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030:
- Tổng sản lượng lương thực có hạt đạt 10.000 tấn/năm trở lên.
- Thu nhập bình quân đầu người đến năm 2030 đạt 60 triệu đồng/người/năm.
- Tỷ lệ hộ nghèo giảm bình quân 3 - 4%/năm.
- Đến cuối nhiệm kỳ có 20/31 bản đạt chuẩn nông thôn mới.
- Mỗi năm kết nạp từ 20 đảng viên trở lên.

Hoàng Anh

Tin cùng chuyên mục
- Xã Thanh Nưa tổ chức Đại hội Đảng bộ lần thứ I (13/8/2025)
- Đảng bộ tỉnh Điện Biên: 45 đảng bộ xã, phường hoàn thành đại hội (16/8/2025)

Lượt xem: 1.412
Báo Điện Biên Phủ. Điện thoại: 0215.3830.466. Giấy phép số 05/GP-BTTTT
'''
META = {'published': '2025-08-15', 'locality': 'xã Mường Phăng'}
DEFAULTS = {'locality': 'xã Mường Phăng', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
E25 = {'modality': 'estimate', 'period': '2025'}
T = {'modality': 'target', 'period': '2025/2030'}
Y30 = {'modality': 'target', 'period': '2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
PR = {'indicator': 'poverty_rate'}
INC = {'indicator': 'income_per_capita'}
NP = {'indicator': 'new_party_members'}
Y24 = {'period': '2024'}
FIGS = [
 ('có 150 đại biểu', '150', 'level', 'đại biểu', d(OPT)),
 ('cho 960 đảng viên', '960', 'level', 'đảng viên', d(OPT)),
 ('thành 16/18 chỉ tiêu', '16/18', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('đạt 9.200 tấn/năm', '9.200 tấn', 'level', 'tấn/năm', d(indicator='food_output')),
 ('đạt 540 kg/người/năm', '540 kg/người/năm', 'level', 'kg/người/năm', d()),
 ('có 1.150 ha', '1.150 ha', 'level', 'ha', d()),
 ('tăng 420 ha', '420 ha', 'change', 'ha', d(U, base='2020')),
 ('ước đạt 36 triệu đồng/người/năm', '36 triệu đồng/người/năm', 'level', 'VND/người/năm', d(INC, E25)),
 ('tăng 14 triệu đồng', '14 triệu đồng', 'change', 'VND/người/năm', d(INC, E25, U, base='2020')),
 ('bình quân 4,2%/năm', '4,2%', 'change', '%', d(PR, D)),
 ('còn 18,6%', '18,6%', 'level', '%', d(PR)),
 ('đạt 17/19 tiêu chí', '17/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', status='achieved')),
 ('12/31 bản', '12/31', 'ratio', 'bản', d()),
 ('100% bản', '100%', 'level', '%', d()),
 ('đạt 92%', '92%', 'level', '%', d(indicator='clean_water_rate')),
 ('trên 85.000 lượt', '85.000 lượt', 'level', 'lượt khách', d(Y24, indicator='tourist_arrivals', bound='over')),
 ('đạt 12,5 tỷ đồng', '12,5 tỷ đồng', 'level', 'VND', d(Y24, indicator='tourism_revenue')),
 ('nạp 94 đảng viên', '94', 'level', 'đảng viên', d(NP)),
 ('đạt 117,5% Nghị quyết', '117,5%', 'attainment', '%', d(NP, P)),
 ('đạt 10.000 tấn/năm', '10.000 tấn', 'level', 'tấn/năm', d(T, indicator='food_output', bound='at_least')),
 ('đạt 60 triệu đồng/người/năm', '60 triệu đồng/người/năm', 'level', 'VND/người/năm', d(INC, Y30)),
 ('bình quân 3 - 4%/năm', '3 - 4%', 'change', '%', d(PR, T, D)),
 ('có 20/31 bản', '20/31', 'ratio', 'bản', d(T)),
 ('từ 20 đảng viên', '20', 'level', 'đảng viên', d(NP, T, bound='at_least')),
]
