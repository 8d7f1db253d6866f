TEXT = '''
BÁO THANH HÓA
Thứ Tư, 20/08/2025 | 10:42
Thời sự | Chính trị | Kinh tế | Văn hóa - Xã hội | Pháp luật | Thể thao | Bạn đọc

Chính trị

Đại hội Đảng bộ xã Hậu Lộc lần thứ I, nhiệm kỳ 2025 - 2030: Thu nhập bình quân đầu người tăng gấp 1,7 lần sau 5 năm

(Baothanhhoa.vn) - Ngày 19/8, Đảng bộ xã Hậu Lộc long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Về dự đại hội có 200 đại biểu thay mặt cho 2.105 đảng viên sinh hoạt tại 46 chi bộ trực thuộc.

Xã Hậu Lộc được thành lập trên cơ sở sáp nhập thị trấn Hậu Lộc và các xã Thịnh Lộc, Lộc Tân, Lộc Sơn. Nhiệm kỳ 2020 - 2025, Đảng bộ và Nhân dân các địa phương đã nỗ lực vượt qua khó khăn, có 19/22 chỉ tiêu chủ yếu đạt và vượt Nghị quyết đề ra.

Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 11,2%/năm, vượt 1,2 điểm phần trăm so với Nghị quyết. Tổng giá trị sản xuất năm 2025 ước đạt 7.420 tỷ đồng, gấp 1,75 lần năm 2020. Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 48,6%, thương mại - dịch vụ 36,1%, nông, lâm, thủy sản giảm còn 15,3%. Thu nhập bình quân đầu người năm 2025 đạt 68,5 triệu đồng, gấp 1,7 lần so với năm 2020.

Tổng thu ngân sách trên địa bàn 5 năm đạt 1.356 tỷ đồng, bình quân mỗi năm tăng 14,3%. Riêng năm 2024, thu ngân sách đạt 318 tỷ đồng, bằng 152% dự toán.

Tổng vốn đầu tư toàn xã hội huy động trong nhiệm kỳ đạt trên 9.800 tỷ đồng, trong đó có 3 dự án sản xuất giày da, may mặc với quy mô sử dụng 6.500 lao động.

Đến nay, 100% xã cũ đạt chuẩn nông thôn mới nâng cao; 2 xã cũ đạt chuẩn nông thôn mới kiểu mẫu; 35/52 thôn, tổ dân phố đạt chuẩn khu dân cư kiểu mẫu. Xã có 14 sản phẩm OCOP đạt từ 3 sao trở lên.

Tỷ lệ hộ nghèo giảm từ 3,42% năm 2020 xuống còn 0,86% năm 2024, bình quân mỗi năm giảm 0,64%. Tỷ lệ lao động qua đào tạo đạt 78,5%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,2%. Có 11/12 trường học đạt chuẩn quốc gia, trong đó 4 trường đạt chuẩn mức độ 2.

Công tác xây dựng Đảng được chú trọng; trong nhiệm kỳ kết nạp 286 đảng viên mới, đạt 119,2% chỉ tiêu; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Minh Hiếu

Đại hội đề ra 20 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030. Trong đó, phấn đấu tốc độ tăng trưởng giá trị sản xuất bình quân đạt 12%/năm trở lên; thu ngân sách trên địa bàn tăng bình quân 10 - 12%/năm; đến năm 2030, thu nhập bình quân đầu người đạt 120 triệu đồng, tỷ lệ hộ nghèo đa chiều giảm còn dưới 1%, tỷ lệ lao động qua đào tạo đạt 85%; mỗi năm kết nạp từ 50 đảng viên trở lên.

Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 35 đồng chí; bầu Đoàn đại biểu dự Đại hội Đảng bộ tỉnh lần thứ XX.

Minh Hiếu

Tin liên quan
- Xã Hoằng Hóa tổ chức Đại hội Đảng bộ lần thứ I (18/08/2025)
- Phường Hạc Thành: Đại hội điểm cấp cơ sở nhiệm kỳ 2025 - 2030 (15/08/2025)
- Thanh Hóa hoàn thành đại hội 166 đảng bộ xã, phường (25/08/2025)

Báo Thanh Hóa - Cơ quan của Đảng bộ tỉnh Thanh Hóa. Giấy phép số 112/GP-BTTTT. Điện thoại: 0237.3852.440
'''
META = {'published': '2025-08-20', 'locality': 'xã Hậu Lộc'}
DEFAULTS = {'locality': 'xã Hậu Lộc', 'period': '2020/2025', 'modality': 'actual'}
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
Y24 = {'period': '2024'}
FIGS = [
 ('tăng gấp 1,7 lần sau', '1,7 lần', 'change', 'lần', d(INC, U)),
 ('có 200 đại biểu', '200', 'level', 'đại biểu', d(OPT)),
 ('cho 2.105 đảng viên', '2.105', 'level', 'đảng viên', d(OPT)),
 ('tại 46 chi bộ', '46', 'level', 'chi bộ', d(OPT)),
 ('có 19/22 chỉ tiêu', '19/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('đạt 11,2%/năm', '11,2%', 'level', '%', d(TOV)),
 ('vượt 1,2 điểm phần trăm', '1,2 điểm phần trăm', 'change', 'điểm %', d(TOV, U, P, status='exceeded')),
 ('ước đạt 7.420 tỷ đồng', '7.420 tỷ đồng', 'level', 'VND', d(TOV, E25)),
 ('gấp 1,75 lần', '1,75 lần', 'change', 'lần', d(TOV, E25, U, base='2020')),
 ('chiếm 48,6%', '48,6%', 'level', '%', d(indicator='sector_share', period='2025')),
 ('dịch vụ 36,1%', '36,1%', 'level', '%', d(indicator='sector_share', period='2025')),
 ('còn 15,3%', '15,3%', 'level', '%', d(D, indicator='sector_share', period='2025')),
 ('đạt 68,5 triệu đồng', '68,5 triệu đồng', 'level', 'VND/người/năm', d(INC, period='2025')),
 ('gấp 1,7 lần so với năm 2020', '1,7 lần', 'change', 'lần', d(INC, U, period='2025', base='2020')),
 ('đạt 1.356 tỷ đồng', '1.356 tỷ đồng', 'level', 'VND', d(BR)),
 ('tăng 14,3%', '14,3%', 'change', '%', d(BR, U)),
 ('đạt 318 tỷ đồng', '318 tỷ đồng', 'level', 'VND', d(BR, Y24)),
 ('bằng 152% dự toán', '152%', 'attainment', '%', d(BR, Y24, P)),
 ('trên 9.800 tỷ đồng', '9.800 tỷ đồng', 'level', 'VND', d(indicator='social_investment', bound='over')),
 ('có 3 dự án', '3', 'level', 'dự án', d(OPT)),
 ('dụng 6.500 lao động', '6.500', 'level', 'lao động', d()),
 ('100% xã cũ', '100%', 'level', '%', d(indicator='new_rural_communes_advanced')),
 ('2 xã cũ đạt', '2', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('35/52 thôn', '35/52', 'ratio', 'thôn', d()),
 ('có 14 sản phẩm', '14', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('từ 3,42%', '3,42%', 'level', '%', d(PR, period='2020')),
 ('còn 0,86%', '0,86%', 'level', '%', d(PR, D, Y24)),
 ('giảm 0,64%', '0,64%', 'change', '%', d(PR, D)),
 ('đạt 78,5%', '78,5%', 'level', '%', d(Y24, indicator='trained_labour_rate')),
 ('đạt 95,2%', '95,2%', 'level', '%', d(Y24, indicator='health_insurance_coverage')),
 ('Có 11/12 trường', '11/12', 'ratio', 'trường học', d(Y24, indicator='national_standard_schools')),
 ('4 trường đạt', '4', 'level', 'trường', d(Y24, indicator='national_standard_schools')),
 ('nạp 286 đảng viên', '286', 'level', 'đảng viên', d(NP)),
 ('đạt 119,2% chỉ tiêu', '119,2%', 'attainment', '%', d(NP, P)),
 ('trên 90% tổ chức', '90%', 'level', '%', d(bound='over')),
 ('ra 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', d(RT, T)),
 ('đạt 12%/năm', '12%', 'level', '%', d(TOV, T, bound='at_least')),
 ('bình quân 10 - 12%/năm', '10 - 12%', 'change', '%', d(BR, T, U)),
 ('đạt 120 triệu đồng', '120 triệu đồng', 'level', 'VND/người/năm', d(INC, Y30)),
 ('dưới 1%', '1%', 'level', '%', d(PR, Y30, D, bound='under')),
 ('đạt 85%', '85%', 'level', '%', d(Y30, indicator='trained_labour_rate')),
 ('từ 50 đảng viên', '50', 'level', 'đảng viên', d(NP, T, bound='at_least')),
 ('gồm 35 đồng chí', '35', 'level', 'đồng chí', d(OPT)),
]
