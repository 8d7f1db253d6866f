TEXT = '''
BÁO QUẢNG NGÃI ĐIỆN TỬ
12/08/2025 07:30
Chính trị | Xây dựng Đảng

Đại hội Đảng bộ xã Bình Sơn lần thứ I: Phấn đấu thu nhập bình quân đầu người đạt 95 triệu đồng vào năm 2030

(Baoquangngai.vn) - Ngày 11/8, Đảng bộ xã Bình Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với sự tham gia của 180 đại biểu, đại diện cho 1.520 đảng viên. Xã Bình Sơn được thành lập từ thị trấn Châu Ổ và các xã Bình Thạnh, Bình Chánh, Bình Dương.

Kết quả nổi bật nhiệm kỳ 2020 - 2025

Trong nhiệm kỳ qua, các địa phương cũ đã hoàn thành 20/23 chỉ tiêu Nghị quyết, trong đó 8 chỉ tiêu vượt; 3 chỉ tiêu chưa đạt là thu ngân sách, tỷ lệ đô thị hóa và số doanh nghiệp thành lập mới. Cụ thể:
- Giá trị sản xuất tăng bình quân 10,4%/năm (chỉ tiêu 11 - 12%/năm);
- Thu nhập bình quân đầu người năm 2025 ước đạt 72 triệu đồng, tăng 1,8 lần so với năm 2020;
- Tổng thu ngân sách 5 năm đạt 412 tỷ đồng, bằng 89,5% chỉ tiêu;
- Diện tích lúa gieo sạ bình quân mỗi năm 4.850 ha, năng suất bình quân 62,5 tạ/ha;
- Tỷ lệ hộ nghèo giảm từ 6,15% xuống còn 1,9%;
- 4/4 xã cũ đạt chuẩn nông thôn mới, xã Bình Thạnh cũ đạt 19/19 tiêu chí nông thôn mới nâng cao;
- Kết nạp 168 đảng viên mới, vượt 12% chỉ tiêu.

Đại biểu bỏ phiếu bầu Ban Chấp hành Đảng bộ xã Bình Sơn khóa I. Ảnh: Thanh Nhị

Mục tiêu nhiệm kỳ 2025 - 2030

Đại hội thống nhất 21 chỉ tiêu chủ yếu. Theo đó, phấn đấu giá trị sản xuất tăng bình quân 11%/năm; thu ngân sách trên địa bàn hằng năm tăng từ 8 - 10%; đến năm 2030, thu nhập bình quân đầu người đạt 95 triệu đồng, tỷ lệ hộ nghèo còn dưới 1,5%, 100% thôn đạt chuẩn khu dân cư kiểu mẫu; mỗi năm giải quyết việc làm cho 400 lao động.

Đại hội bầu Ban Chấp hành Đảng bộ xã khóa I gồm 31 đồng chí.

THANH NHỊ

TIN LIÊN QUAN
- Xã Sơn Tịnh: Hoàn thành 22/24 chỉ tiêu nhiệm kỳ 2020 - 2025 (10/08/2025)
- Quảng Ngãi: Đại hội điểm cấp xã tại phường Cẩm Thành (02/08/2025)

Báo Quảng Ngãi điện tử. Giấy phép số 18/GP-BTTTT ngày 15/01/2021. Điện thoại: 0255.3822.468
'''
META = {'published': '2025-08-12', 'locality': 'xã Bình Sơn'}
DEFAULTS = {'locality': 'xã Bình Sơn', 'period': '2020/2025', 'modality': 'actual'}
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
RT = {'indicator': 'resolution_targets'}
TOV = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
INC = {'indicator': 'income_per_capita'}
NP = {'indicator': 'new_party_members'}
FIGS = [
 ('đạt 95 triệu đồng vào', '95 triệu đồng', 'level', 'VND/người/năm', d(INC, Y30)),
 ('của 180 đại biểu', '180', 'level', 'đại biểu', d(OPT)),
 ('cho 1.520 đảng viên', '1.520', 'level', 'đảng viên', d(OPT)),
 ('thành 20/23 chỉ tiêu', '20/23', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('8 chỉ tiêu vượt', '8', 'level', 'chỉ tiêu', d(RT, status='exceeded')),
 ('3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('bình quân 10,4%/năm', '10,4%', 'change', '%', d(TOV, U)),
 ('tiêu 11 - 12%/năm', '11 - 12%', 'level', '%', d(TOV, modality='target')),
 ('ước đạt 72 triệu đồng', '72 triệu đồng', 'level', 'VND/người/năm', d(INC, E25)),
 ('tăng 1,8 lần', '1,8 lần', 'change', 'lần', d(INC, E25, U, base='2020')),
 ('đạt 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 89,5% chỉ tiêu', '89,5%', 'attainment', '%', d(BR, P)),
 ('năm 4.850 ha', '4.850 ha', 'level', 'ha', d(indicator='crop_area')),
 ('bình quân 62,5 tạ/ha', '62,5 tạ/ha', 'level', 'tạ/ha', d()),
 ('từ 6,15%', '6,15%', 'level', '%', d(PR)),
 ('còn 1,9%', '1,9%', 'level', '%', d(PR, D)),
 ('4/4 xã cũ', '4/4', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('đạt 19/19 tiêu chí', '19/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', status='achieved', locality='xã Bình Thạnh')),
 ('nạp 168 đảng viên', '168', 'level', 'đảng viên', d(NP)),
 ('vượt 12% chỉ tiêu', '12%', 'change', '%', d(NP, U, P, status='exceeded')),
 ('thống nhất 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(RT, T)),
 ('bình quân 11%/năm', '11%', 'change', '%', d(TOV, T, U)),
 ('từ 8 - 10%', '8 - 10%', 'change', '%', d(BR, T, U)),
 ('đạt 95 triệu đồng, tỷ lệ', '95 triệu đồng', 'level', 'VND/người/năm', d(INC, Y30)),
 ('dưới 1,5%', '1,5%', 'level', '%', d(PR, Y30, bound='under')),
 ('100% thôn', '100%', 'level', '%', d(Y30)),
 ('cho 400 lao động', '400', 'level', 'lao động', d(T, indicator='jobs_created')),
 ('gồm 31 đồng chí', '31', 'level', 'đồng chí', d(OPT)),
]
