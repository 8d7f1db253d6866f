TEXT = '''
BÁO GIA LAI
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Du lịch
Thứ Sáu, 17/10/2025 | 06:00

Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I: Phấn đấu GRDP tăng bình quân 10,5%/năm

(GLO) - Sáng 16/10, tại Trung tâm Hội nghị tỉnh (phường Quy Nhơn), Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 - 2030 bế mạc sau 3 ngày làm việc. Đại hội đã thông qua Nghị quyết với 25 chỉ tiêu chủ yếu, phấn đấu đến năm 2030 đưa Gia Lai trở thành tỉnh phát triển khá của cả nước.

Nhìn lại nhiệm kỳ 2020 - 2025

Báo cáo chính trị trình Đại hội đánh giá, nhiệm kỳ qua, dù chịu tác động nặng nề của dịch Covid-19 và thiên tai, kinh tế của hai tỉnh (cũ) vẫn duy trì đà tăng trưởng. Tính gộp hai tỉnh, tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 6,9%/năm (Nghị quyết hai tỉnh đề ra 7 - 7,5%/năm); quy mô GRDP năm 2025 ước đạt 248.600 tỷ đồng, gấp 1,6 lần năm 2020. Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 98.450 tỷ đồng, tăng bình quân 9,8%/năm. Kim ngạch xuất khẩu năm 2025 ước đạt 2,45 tỷ USD.

Cơ cấu kinh tế chuyển dịch tích cực: năm 2025, tỷ trọng công nghiệp - xây dựng ước chiếm 27,6%, tăng 4,1 điểm phần trăm so với năm 2020; dịch vụ chiếm 39,2%. Thu hút đầu tư là điểm sáng của cả nhiệm kỳ với 412 dự án được chấp thuận chủ trương đầu tư, tổng vốn đăng ký hơn 285.000 tỷ đồng, gấp 2,3 lần nhiệm kỳ trước.

Theo Nghị quyết Đại hội Đảng bộ tỉnh Bình Định lần thứ XX, có 19/24 chỉ tiêu đạt và vượt; khu vực Gia Lai cũ hoàn thành 17/22 chỉ tiêu, 5 chỉ tiêu không đạt chủ yếu thuộc lĩnh vực kinh tế.

Về văn hóa - xã hội, tỷ lệ hộ nghèo giảm từ 9,2% năm 2020 xuống còn 3,1% năm 2025; toàn tỉnh có 178/298 xã (trước sắp xếp) đạt chuẩn nông thôn mới, tăng 96 xã so với đầu nhiệm kỳ. Trong nhiệm kỳ, các tổ chức đảng kết nạp được 21.640 đảng viên, bình quân mỗi năm 4.328 đảng viên.

Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Đức Thụy

Mục tiêu nhiệm kỳ 2025 - 2030

Đại hội xác định phát triển nhanh, bền vững dựa trên ba trụ cột: kinh tế biển, nông nghiệp công nghệ cao và năng lượng tái tạo. Một số chỉ tiêu chủ yếu đến năm 2030:
- Tốc độ tăng trưởng GRDP bình quân 10,5%/năm trở lên;
- GRDP bình quân đầu người đạt 5.200 USD;
- Tỷ trọng công nghiệp - xây dựng trong GRDP đạt 36%, dịch vụ 38%;
- Tổng vốn đầu tư toàn xã hội 5 năm khoảng 650.000 tỷ đồng;
- Thu ngân sách nhà nước trên địa bàn tăng bình quân 12%/năm;
- Tỷ lệ đô thị hóa đạt 45%;
- Tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm;
- 100% xã đạt chuẩn nông thôn mới, trong đó 35% đạt chuẩn nông thôn mới nâng cao;
- Mỗi năm kết nạp từ 3.500 đảng viên trở lên.

Riêng năm 2026, năm đầu thực hiện Nghị quyết, tỉnh phấn đấu tăng trưởng GRDP 10%, thu ngân sách trên địa bàn đạt 24.500 tỷ đồng.

Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa I gồm 71 đồng chí; bầu 29 đại biểu chính thức đi dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.

Nhóm phóng viên

Tin liên quan
- Khai mạc Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I (14/10/2025)
- Gia Lai: 9 tháng, giải ngân vốn đầu tư công đạt 62% (08/10/2025)
- Xã Ia Grai đón nhận danh hiệu xã nông thôn mới nâng cao (05/10/2025)

Báo Gia Lai - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Gia Lai. Số 9 Hai Bà Trưng, phường Pleiku. ĐT: 0269.3824.226
'''
META = {'published': '2025-10-17', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2025/2030', 'modality': 'target'}
Y30 = {'period': '2030', 'modality': 'target'}
T26 = {'period': '2026', 'modality': 'target'}
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('GRDP tăng bình quân 10,5%/năm', '10,5%', 'change', '%', d(T, U, indicator='grdp_growth')),
 ('với 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', d(T, RT)),
 ('ước đạt 6,9%/năm', '6,9%', 'level', '%', d(E, indicator='grdp_growth', period='2021/2025')),
 ('ra 7 - 7,5%/năm', '7 - 7,5%', 'level', '%', d(indicator='grdp_growth', period='2021/2025', modality='target')),
 ('ước đạt 248.600 tỷ đồng', '248.600 tỷ đồng', 'level', 'VND', d(E, indicator='grdp', period='2025')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(E, U, indicator='grdp', period='2025', base='2020')),
 ('đạt 98.450 tỷ đồng', '98.450 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('quân 9,8%/năm', '9,8%', 'change', '%', d(U, indicator='budget_revenue')),
 ('ước đạt 2,45 tỷ USD', '2,45 tỷ USD', 'level', 'USD', d(E, indicator='export_value', period='2025')),
 ('ước chiếm 27,6%', '27,6%', 'level', '%', d(E, indicator='sector_share', period='2025')),
 ('tăng 4,1 điểm phần trăm', '4,1 điểm phần trăm', 'change', 'điểm %', d(E, U, indicator='sector_share', period='2025', base='2020')),
 ('dịch vụ chiếm 39,2%', '39,2%', 'level', '%', d(indicator='sector_share', period='2025')),
 ('với 412 dự án', '412', 'level', 'dự án', d()),
 ('hơn 285.000 tỷ đồng', '285.000 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('gấp 2,3 lần', '2,3 lần', 'change', 'lần', d(U, base='previous_period')),
 ('có 19/24 chỉ tiêu', '19/24', 'ratio', 'chỉ tiêu', d(RT, status='achieved', locality='tỉnh Bình Định')),
 ('hoàn thành 17/22 chỉ tiêu', '17/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 (', 5 chỉ tiêu không đạt', '5', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('từ 9,2% năm 2020', '9,2%', 'level', '%', d(indicator='poverty_rate', period='2020')),
 ('còn 3,1% năm 2025', '3,1%', 'level', '%', d(D, indicator='poverty_rate', period='2025')),
 ('có 178/298 xã', '178/298', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('tăng 96 xã', '96', 'change', 'xã', d(U, indicator='new_rural_communes', base='2020')),
 ('được 21.640 đảng viên', '21.640', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('mỗi năm 4.328 đảng viên', '4.328', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('trên ba trụ cột', 'ba', 'level', 'trụ cột', d(optional=True, value=3)),
 ('quân 10,5%/năm trở lên', '10,5%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('đạt 5.200 USD', '5.200 USD', 'level', 'USD/người/năm', d(Y30, indicator='grdp_per_capita')),
 ('đạt 36%', '36%', 'level', '%', d(Y30, indicator='sector_share')),
 ('dịch vụ 38%', '38%', 'level', '%', d(Y30, indicator='sector_share')),
 ('khoảng 650.000 tỷ đồng', '650.000 tỷ đồng', 'level', 'VND', d(T, indicator='social_investment', bound='about')),
 ('quân 12%/năm', '12%', 'change', '%', d(T, U, indicator='budget_revenue')),
 ('đạt 45%', '45%', 'level', '%', d(Y30, indicator='urbanization_rate')),
 ('giảm bình quân 1 - 1,5%/năm', '1 - 1,5%', 'change', '%', d(T, D, indicator='poverty_rate')),
 ('- 100% xã', '100%', 'level', '%', d(Y30, indicator='new_rural_communes')),
 ('trong đó 35%', '35%', 'level', '%', d(Y30, indicator='new_rural_communes_advanced')),
 ('từ 3.500 đảng viên', '3.500', 'level', 'đảng viên', d(T, indicator='new_party_members', bound='at_least')),
 ('GRDP 10%', '10%', 'level', '%', d(T26, indicator='grdp_growth')),
 ('đạt 24.500 tỷ đồng', '24.500 tỷ đồng', 'level', 'VND', d(T26, indicator='budget_revenue')),
 ('gồm 71 đồng chí', '71', 'level', 'đồng chí', d(optional=True)),
 ('bầu 29 đại biểu', '29', 'level', 'đại biểu', d(optional=True)),
]
