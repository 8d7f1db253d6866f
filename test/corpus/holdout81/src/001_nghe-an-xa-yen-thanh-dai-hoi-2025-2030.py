TEXT = '''
BÁO NGHỆ AN
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao

Chính trị
Thứ Năm, 14/08/2025 - 09:15

Xã Yên Thành tổ chức Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030

(Baonghean.vn) - Ngày 13/8, Đảng bộ xã Yên Thành tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có 220 đại biểu đại diện cho 1.846 đảng viên của 52 chi bộ, đảng bộ trực thuộc.

Nhiệm kỳ 2020 - 2025, trong bối cảnh nhiều khó khăn do dịch Covid-19 và thiên tai, Đảng bộ và Nhân dân các đơn vị cũ (thị trấn Yên Thành, các xã Văn Thành, Tăng Thành, Vĩnh Thành) đã đoàn kết, hoàn thành và hoàn thành vượt mức 21/24 chỉ tiêu Nghị quyết đề ra; 3 chỉ tiêu không đạt.

Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2021 - 2025 đạt 9,6%/năm (Nghị quyết đề ra 10 - 11%/năm). Tổng giá trị sản xuất năm 2025 ước đạt 6.850 tỷ đồng, gấp 1,6 lần năm 2020. Cơ cấu kinh tế chuyển dịch đúng hướng: thương mại - dịch vụ chiếm 46,2%; công nghiệp - xây dựng 35,4%; nông, lâm, thủy sản giảm còn 18,4%. Thu nhập bình quân đầu người năm 2025 ước đạt 62 triệu đồng, tăng 21,5 triệu đồng so với năm 2020.

Sau 5 năm, tổng thu ngân sách trên địa bàn đạt 1.126 tỷ đồng, bình quân mỗi năm thu 225 tỷ đồng, tăng bình quân 12,4%/năm. Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 ước đạt 5.400 tỷ đồng.

Chương trình xây dựng nông thôn mới được tập trung chỉ đạo. Đến nay, 100% xã cũ đạt chuẩn nông thôn mới, trong đó 3 xã đạt chuẩn nông thôn mới nâng cao, 1 xã đạt chuẩn nông thôn mới kiểu mẫu; toàn xã có 28/64 xóm đạt chuẩn khu dân cư kiểu mẫu. Nhân dân hiến trên 42.000 m2 đất, đóng góp 86 tỷ đồng để làm đường giao thông, xây dựng nhà văn hóa.

Tỷ lệ hộ nghèo giảm từ 4,86% (năm 2020) xuống còn 1,12% cuối năm 2024, bình quân mỗi năm giảm 0,94 điểm phần trăm. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,5%. Có 14/17 trường đạt chuẩn quốc gia. Trong nhiệm kỳ, Đảng bộ kết nạp 312 đảng viên mới, đạt 124,8% chỉ tiêu Nghị quyết.

Đại biểu biểu quyết thông qua Nghị quyết Đại hội Đảng bộ xã Yên Thành lần thứ I. Ảnh: Thanh Lê

Nhiệm kỳ 2025 - 2030, Đại hội xác định mục tiêu xây dựng xã Yên Thành trở thành đô thị loại IV với 18 chỉ tiêu chủ yếu, trong đó:
- Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 10 - 11%/năm;
- Đến năm 2030, thu nhập bình quân đầu người đạt 100 triệu đồng trở lên;
- Thu ngân sách trên địa bàn tăng bình quân 10%/năm;
- Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026 - 2030) giảm bình quân 1 - 1,5%/năm;
- Phấn đấu đến cuối nhiệm kỳ có 40/64 xóm đạt chuẩn khu dân cư nông thôn mới kiểu mẫu;
- Mỗi năm kết nạp từ 60 đảng viên mới trở lên.

Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí; bầu đoàn đại biểu dự Đại hội Đảng bộ tỉnh lần thứ XX.

Thanh Lê - Hoài Thu

TIN LIÊN QUAN
- Xã Diễn Châu: 100% chỉ tiêu nhiệm kỳ 2020 - 2025 đạt và vượt (12/08/2025)
- Đại hội Đảng bộ xã Quỳnh Lưu lần thứ I, nhiệm kỳ 2025 - 2030 (11/08/2025)
- Nghệ An: 130 đảng bộ xã, phường hoàn thành đại hội (10/08/2025)

Lượt xem: 2.318
Báo Nghệ An. Giấy phép số 254/GP-BTTTT. Đường dây nóng: 0238.3844.626
'''
META = {'published': '2025-08-14', 'locality': 'xã Yên Thành'}
DEFAULTS = {'locality': 'xã Yên Thành', 'period': '2020/2025', 'modality': 'actual'}
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
S = {'period': '2021/2025'}
RT = {'indicator': 'resolution_targets'}
TOV = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
NP = {'indicator': 'new_party_members'}
FIGS = [
 ('có 220 đại biểu', '220', 'level', 'đại biểu', d(optional=True)),
 ('cho 1.846 đảng viên', '1.846', 'level', 'đảng viên', d(optional=True)),
 ('của 52 chi bộ', '52', 'level', 'chi bộ', d(optional=True)),
 ('mức 21/24 chỉ tiêu', '21/24', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('3 chỉ tiêu không đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('đạt 9,6%/năm', '9,6%', 'level', '%', d(S, TOV)),
 ('đề ra 10 - 11%/năm', '10 - 11%', 'level', '%', d(S, TOV, modality='target')),
 ('ước đạt 6.850 tỷ đồng', '6.850 tỷ đồng', 'level', 'VND', d(E25, TOV)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(E25, U, TOV, base='2020')),
 ('chiếm 46,2%', '46,2%', 'level', '%', d(indicator='sector_share', period='2025')),
 ('dựng 35,4%', '35,4%', 'level', '%', d(indicator='sector_share', period='2025')),
 ('còn 18,4%', '18,4%', 'level', '%', d(D, indicator='sector_share', period='2025')),
 ('ước đạt 62 triệu đồng', '62 triệu đồng', 'level', 'VND/người/năm', d(E25, indicator='income_per_capita')),
 ('tăng 21,5 triệu đồng', '21,5 triệu đồng', 'change', 'VND/người/năm', d(E25, U, indicator='income_per_capita', base='2020')),
 ('đạt 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', d(BR)),
 ('thu 225 tỷ đồng', '225 tỷ đồng', 'level', 'VND', d(BR)),
 ('tăng bình quân 12,4%/năm', '12,4%', 'change', '%', d(U, BR)),
 ('ước đạt 5.400 tỷ đồng', '5.400 tỷ đồng', 'level', 'VND', d(E, S, indicator='social_investment')),
 ('100% xã cũ', '100%', 'level', '%', d(indicator='new_rural_communes')),
 ('3 xã đạt chuẩn', '3', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('1 xã đạt chuẩn', '1', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('có 28/64 xóm', '28/64', 'ratio', 'xóm', d()),
 ('trên 42.000 m2', '42.000 m2', 'level', 'm2', d(bound='over')),
 ('góp 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', d()),
 ('từ 4,86%', '4,86%', 'level', '%', d(PR, period='2020')),
 ('còn 1,12%', '1,12%', 'level', '%', d(PR, D, period='2024')),
 ('giảm 0,94 điểm phần trăm', '0,94 điểm phần trăm', 'change', 'điểm %', d(PR, D)),
 ('đạt 94,5%', '94,5%', 'level', '%', d(indicator='health_insurance_coverage', period='2024')),
 ('Có 14/17 trường', '14/17', 'ratio', 'trường', d(indicator='national_standard_schools', period='2024')),
 ('nạp 312 đảng viên', '312', 'level', 'đảng viên', d(NP)),
 ('đạt 124,8% chỉ tiêu', '124,8%', 'attainment', '%', d(NP, P)),
 ('với 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(T, RT)),
 ('đạt 10 - 11%/năm;', '10 - 11%', 'level', '%', d(T, TOV)),
 ('đạt 100 triệu đồng', '100 triệu đồng', 'level', 'VND/người/năm', d(Y30, indicator='income_per_capita', bound='at_least')),
 ('bình quân 10%/năm', '10%', 'change', '%', d(T, U, BR)),
 ('1 - 1,5%/năm', '1 - 1,5%', 'change', '%', d(T, D, PR)),
 ('có 40/64 xóm', '40/64', 'ratio', 'xóm', d(T)),
 ('từ 60 đảng viên', '60', 'level', 'đảng viên', d(T, NP, bound='at_least')),
 ('gồm 33 đồng chí', '33', 'level', 'đồng chí', d(optional=True)),
]
