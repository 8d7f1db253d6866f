TEXT = '''
BÁO CẦN THƠ ONLINE
Thời sự | Chính trị | Kinh tế | Xã hội | Đồng bằng sông Cửu Long | Thế giới | Thể thao

Cập nhật: 16-10-2025 - 06:12:00 AM

Khai mạc Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030

Ngày 15-10, Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc trọng thể. Dự đại hội có 450 đại biểu chính thức, đại diện cho hơn 178.000 đảng viên trong toàn Đảng bộ.

Kinh tế tăng trưởng khá

Báo cáo chính trị trình đại hội nêu rõ, nhiệm kỳ 2020 - 2025 (tính chung 3 địa phương trước sắp xếp: TP Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang), kinh tế thành phố duy trì tăng trưởng khá, tốc độ tăng trưởng GRDP bình quân ước đạt 6,9%/năm. Quy mô kinh tế năm 2025 ước đạt 352.000 tỷ đồng, gấp 1,58 lần so với năm 2020; GRDP bình quân đầu người đạt 84,6 triệu đồng. Cơ cấu kinh tế năm 2025: khu vực nông, lâm nghiệp và thủy sản chiếm 24,6%; công nghiệp - xây dựng 28,9%; dịch vụ 40,2%.

Tổng thu ngân sách nhà nước trên địa bàn 5 năm ước đạt 112.600 tỷ đồng, bằng 108% chỉ tiêu Nghị quyết. Tổng vốn đầu tư toàn xã hội cả nhiệm kỳ ước 520.000 tỷ đồng, tăng bình quân 9,1%/năm. Kim ngạch xuất khẩu năm 2025 ước đạt 4,35 tỷ USD, tăng 62% so với năm 2020.

Trong đó, khu vực Sóc Trăng cũ giai đoạn 2021 - 2025 có tốc độ tăng trưởng GRDP bình quân 6,2%/năm; sản lượng lúa mỗi năm ổn định trên 2 triệu tấn. Khu vực Hậu Giang cũ thu hút 68 dự án đầu tư với tổng vốn đăng ký 46.500 tỷ đồng.

Nông nghiệp, nông thôn chuyển biến rõ nét

Sản lượng lúa toàn thành phố năm 2024 đạt 7,1 triệu tấn, chiếm khoảng 30% sản lượng lúa của vùng. Đến nay, 168/168 xã đạt chuẩn nông thôn mới (tính theo địa giới trước sắp xếp), trong đó 72 xã đạt chuẩn nông thôn mới nâng cao, 21 xã đạt chuẩn nông thôn mới kiểu mẫu; toàn thành phố có 412 sản phẩm OCOP từ 3 sao trở lên.

Văn hóa - xã hội có nhiều tiến bộ

Tỷ lệ hộ nghèo giảm bình quân 0,9%/năm, đến cuối năm 2024 còn 1,48%; tỷ lệ lao động qua đào tạo đạt 71,2%; tỷ lệ bao phủ bảo hiểm y tế đạt 93,6%. Số bác sĩ đạt 12,4 bác sĩ/vạn dân; số giường bệnh đạt 34,5 giường/vạn dân.

Nhiệm kỳ qua, bình quân mỗi năm thành phố giải quyết việc làm cho hơn 68.000 lao động. Toàn Đảng bộ kết nạp 19.860 đảng viên, đạt 110,3% chỉ tiêu. Trong 26 chỉ tiêu chủ yếu Nghị quyết đại hội đề ra, dự kiến đến cuối nhiệm kỳ có 21 chỉ tiêu đạt và vượt, 5 chỉ tiêu không đạt.

Đại biểu dự Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I. Ảnh: DUY KHÔI

Một số chỉ tiêu chủ yếu đến năm 2030:
- Tốc độ tăng trưởng GRDP bình quân 5 năm đạt 10%/năm trở lên;
- GRDP bình quân đầu người đến năm 2030 đạt 8.500 USD;
- Tỷ trọng khu vực dịch vụ chiếm 47% GRDP;
- Tổng vốn đầu tư toàn xã hội 5 năm khoảng 1,1 triệu tỷ đồng;
- Tỷ lệ đô thị hóa đạt 55%;
- Tỷ lệ hộ nghèo (theo chuẩn đa chiều) giảm bình quân 0,5 - 1%/năm;
- Mỗi năm kết nạp 4.000 đảng viên trở lên.

Đại hội diễn ra đến hết ngày 17-10-2025.

DUY KHÔI - ANH KHOA

TIN LIÊN QUAN
- Hôm nay, khai mạc Đại hội Đảng bộ thành phố Cần Thơ lần thứ I (15-10-2025)
- Cần Thơ: 103 xã, phường hoàn thành đại hội đảng bộ (30-8-2025)

Cơ quan chủ quản: Thành ủy Cần Thơ. Giấy phép số 71/GP-BTTTT. Điện thoại: 0292.3821.247
'''
META = {'published': '2025-10-16', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
E25 = {'modality': 'estimate', 'period': '2025'}
T = {'modality': 'target', 'period': '2025/2030'}
Y30 = {'modality': 'target', 'period': '2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
RT = {'indicator': 'resolution_targets'}
Y24 = {'period': '2024'}
Y25 = {'period': '2025'}
ST = {'locality': 'tỉnh Sóc Trăng', 'period': '2021/2025'}
HG = {'locality': 'tỉnh Hậu Giang', 'period': '2021/2025'}
FIGS = [
 ('có 450 đại biểu', '450', 'level', 'đại biểu', d(optional=True)),
 ('hơn 178.000 đảng viên', '178.000', 'level', 'đảng viên', d(optional=True)),
 ('ước đạt 6,9%/năm', '6,9%', 'level', '%', d(E, G)),
 ('ước đạt 352.000 tỷ đồng', '352.000 tỷ đồng', 'level', 'VND', d(E25, indicator='grdp')),
 ('gấp 1,58 lần', '1,58 lần', 'change', 'lần', d(E25, U, indicator='grdp', base='2020')),
 ('đạt 84,6 triệu đồng', '84,6 triệu đồng', 'level', 'VND/người/năm', d(Y25, indicator='grdp_per_capita')),
 ('chiếm 24,6%', '24,6%', 'level', '%', d(Y25, indicator='sector_share')),
 ('dựng 28,9%', '28,9%', 'level', '%', d(Y25, indicator='sector_share')),
 ('vụ 40,2%', '40,2%', 'level', '%', d(Y25, indicator='sector_share')),
 ('ước đạt 112.600 tỷ đồng', '112.600 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 108% chỉ tiêu', '108%', 'attainment', '%', d(E, P, BR)),
 ('ước 520.000 tỷ đồng', '520.000 tỷ đồng', 'level', 'VND', d(E, indicator='social_investment')),
 ('quân 9,1%/năm', '9,1%', 'change', '%', d(E, U, indicator='social_investment')),
 ('ước đạt 4,35 tỷ USD', '4,35 tỷ USD', 'level', 'USD', d(E25, indicator='export_value')),
 ('tăng 62%', '62%', 'change', '%', d(E25, U, indicator='export_value', base='2020')),
 ('quân 6,2%/năm', '6,2%', 'level', '%', d(ST, G)),
 ('trên 2 triệu tấn', '2 triệu tấn', 'level', 'tấn', d(ST, indicator='rice_output', bound='over')),
 ('hút 68 dự án', '68', 'level', 'dự án', d(HG)),
 ('ký 46.500 tỷ đồng', '46.500 tỷ đồng', 'level', 'VND', d(HG)),
 ('đạt 7,1 triệu tấn', '7,1 triệu tấn', 'level', 'tấn', d(Y24, indicator='rice_output')),
 ('khoảng 30%', '30%', 'level', '%', d(Y24, bound='about')),
 ('168/168 xã', '168/168', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('72 xã', '72', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('21 xã', '21', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('412 sản phẩm', '412', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('quân 0,9%/năm', '0,9%', 'change', '%', d(D, PR)),
 ('còn 1,48%', '1,48%', 'level', '%', d(PR, Y24)),
 ('đạt 71,2%', '71,2%', 'level', '%', d(Y24, indicator='trained_labour_rate')),
 ('đạt 93,6%', '93,6%', 'level', '%', d(Y24, indicator='health_insurance_coverage')),
 ('đạt 12,4 bác sĩ/vạn dân', '12,4 bác sĩ/vạn dân', 'level', 'bác sĩ/vạn dân', d(Y24, indicator='doctors_per_10k')),
 ('đạt 34,5 giường/vạn dân', '34,5 giường/vạn dân', 'level', 'giường/vạn dân', d(Y24, indicator='hospital_beds_per_10k')),
 ('hơn 68.000 lao động', '68.000', 'level', 'lao động', d(indicator='jobs_created', bound='over')),
 ('nạp 19.860 đảng viên', '19.860', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 110,3% chỉ tiêu', '110,3%', 'attainment', '%', d(P, indicator='new_party_members')),
 ('Trong 26 chỉ tiêu', '26', 'level', 'chỉ tiêu', d(RT)),
 ('có 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(RT, E, status='achieved')),
 ('5 chỉ tiêu không đạt', '5', 'level', 'chỉ tiêu', d(RT, E, status='not_achieved')),
 ('đạt 10%/năm trở lên', '10%', 'level', '%', d(T, G, bound='at_least')),
 ('đạt 8.500 USD', '8.500 USD', 'level', 'USD/người/năm', d(Y30, indicator='grdp_per_capita')),
 ('chiếm 47%', '47%', 'level', '%', d(Y30, indicator='sector_share')),
 ('khoảng 1,1 triệu tỷ đồng', '1,1 triệu tỷ đồng', 'level', 'VND', d(T, indicator='social_investment', bound='about', value=1100000000000000)),
 ('đạt 55%', '55%', 'level', '%', d(Y30, indicator='urbanization_rate')),
 ('0,5 - 1%/năm', '0,5 - 1%', 'change', '%', d(T, D, PR)),
 ('kết nạp 4.000 đảng viên', '4.000', 'level', 'đảng viên', d(T, indicator='new_party_members', bound='at_least')),
]
