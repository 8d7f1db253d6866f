NFD = True
TEXT = '''
BÁO BẮC NINH
Thứ Năm, 28/8/2025 - 15:06
Trang chủ > Chính trị > Xây dựng Đảng

Phường Kinh Bắc: 21/21 chỉ tiêu Nghị quyết nhiệm kỳ 2020 - 2025 đạt và vượt

Sáng 27/8, Đảng bộ phường Kinh Bắc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Phường Kinh Bắc được thành lập trên cơ sở nhập các phường Tiền An, Ninh Xá, Vệ An, Suối Hoa và phường Kinh Bắc cũ, có diện tích tự nhiên 13,6 km2, dân số hơn 86.000 người.

Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ qua, kinh tế trên địa bàn duy trì tốc độ tăng trưởng khá; giá trị sản xuất thương mại - dịch vụ tăng bình quân 13,5%/năm, chiếm 71,8% cơ cấu kinh tế. Thu nhập bình quân đầu người năm 2024 đạt 96 triệu đồng, tăng 34 triệu đồng so với năm 2020.

Thu ngân sách nhà nước trên địa bàn 5 năm đạt 2.140 tỷ đồng, bằng 136% chỉ tiêu Nghị quyết; chi ngân sách bảo đảm đúng dự toán. Hiện trên địa bàn có 1.260 doanh nghiệp và 3.400 hộ kinh doanh cá thể đang hoạt động, tăng 420 doanh nghiệp so với đầu nhiệm kỳ.

Công tác chỉnh trang đô thị được quan tâm; 5 năm qua, phường đã đầu tư 46 công trình hạ tầng với tổng vốn 612 tỷ đồng, trong đó Nhân dân đóng góp 38,5 tỷ đồng. 100% tuyến đường, ngõ phố được cứng hóa; tỷ lệ thu gom, xử lý rác thải sinh hoạt đạt 100%.

Hằng năm, phường giải quyết việc làm cho trên 1.500 lao động; tỷ lệ hộ nghèo đến cuối năm 2024 còn 0,21% (12 hộ); 18/18 trường đạt chuẩn quốc gia; tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,4%.

Đảng bộ phường hiện có 52 chi bộ với 2.930 đảng viên; nhiệm kỳ qua kết nạp 214 đảng viên mới, bình quân hơn 42 đảng viên mỗi năm.

Đồng chí Bí thư Đảng ủy phường Kinh Bắc phát biểu tại Đại hội. Ảnh: Thu Hà

Đại hội xác định 18 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030, trong đó có:
- Giá trị sản xuất thương mại - dịch vụ tăng bình quân 12 - 14%/năm.
- Thu nhập bình quân đầu người đến năm 2030 đạt 150 triệu đồng.
- Thu ngân sách trên địa bàn tăng bình quân 8%/năm trở lên.
- Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 98%.
- 100% trường học đạt chuẩn quốc gia.
- Hằng năm kết nạp 40 đảng viên mới trở lên.

Đại hội đã bầu 33 đồng chí vào Ban Chấp hành Đảng bộ phường khóa I.

Thu Hà

Tin cùng chuyên mục
- Phường Võ Cường tổ chức Đại hội Đảng bộ lần thứ I (26/8/2025)
- Xã Tiên Du: Đại hội điểm nhiệm kỳ 2025 - 2030 (20/8/2025)

Báo Bắc Ninh điện tử. Giấy phép số 446/GP-BTTTT. Điện thoại: 0222.3822.470. Email: baobacninh@gmail.com
'''
META = {'published': '2025-08-28', 'locality': 'phường Kinh Bắc'}
DEFAULTS = {'locality': 'phường Kinh Bắc', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
T = {'modality': 'target', 'period': '2025/2030'}
Y30 = {'modality': 'target', 'period': '2030'}
U = {'direction': 'up'}
P = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
BR = {'indicator': 'budget_revenue'}
INC = {'indicator': 'income_per_capita'}
NP = {'indicator': 'new_party_members'}
Y24 = {'period': '2024'}
FIGS = [
 ('Bắc: 21/21 chỉ tiêu', '21/21', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('nhiên 13,6 km2', '13,6 km2', 'level', 'km2', d(OPT)),
 ('hơn 86.000 người', '86.000', 'level', 'người', d(OPT, bound='over')),
 ('bình quân 13,5%/năm', '13,5%', 'change', '%', d(U)),
 ('chiếm 71,8%', '71,8%', 'level', '%', d(indicator='sector_share')),
 ('đạt 96 triệu đồng', '96 triệu đồng', 'level', 'VND/người/năm', d(INC, Y24)),
 ('tăng 34 triệu đồng', '34 triệu đồng', 'change', 'VND/người/năm', d(INC, Y24, U, base='2020')),
 ('đạt 2.140 tỷ đồng', '2.140 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 136% chỉ tiêu', '136%', 'attainment', '%', d(BR, P)),
 ('có 1.260 doanh nghiệp', '1.260', 'level', 'doanh nghiệp', d()),
 ('và 3.400 hộ', '3.400', 'level', 'hộ kinh doanh', d()),
 ('tăng 420 doanh nghiệp', '420', 'change', 'doanh nghiệp', d(U, base='2020')),
 ('tư 46 công trình', '46', 'level', 'công trình', d()),
 ('vốn 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', d()),
 ('góp 38,5 tỷ đồng', '38,5 tỷ đồng', 'level', 'VND', d()),
 ('100% tuyến đường', '100%', 'level', '%', d()),
 ('sinh hoạt đạt 100%', '100%', 'level', '%', d()),
 ('trên 1.500 lao động', '1.500', 'level', 'lao động', d(indicator='jobs_created', bound='over')),
 ('còn 0,21%', '0,21%', 'level', '%', d(Y24, indicator='poverty_rate')),
 ('(12 hộ)', '12', 'level', 'hộ', d(Y24, indicator='poor_households')),
 ('18/18 trường', '18/18', 'ratio', 'trường', d(Y24, indicator='national_standard_schools')),
 ('đạt 96,4%', '96,4%', 'level', '%', d(Y24, indicator='health_insurance_coverage')),
 ('có 52 chi bộ', '52', 'level', 'chi bộ', d(OPT)),
 ('với 2.930 đảng viên', '2.930', 'level', 'đảng viên', d(OPT)),
 ('nạp 214 đảng viên', '214', 'level', 'đảng viên', d(NP)),
 ('hơn 42 đảng viên', '42', 'level', 'đảng viên', d(NP, bound='over')),
 ('định 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(RT, T)),
 ('bình quân 12 - 14%/năm', '12 - 14%', 'change', '%', d(T, U)),
 ('đạt 150 triệu đồng', '150 triệu đồng', 'level', 'VND/người/năm', d(INC, Y30)),
 ('bình quân 8%/năm', '8%', 'change', '%', d(BR, T, U, bound='at_least')),
 ('trên 98%', '98%', 'level', '%', d(T, indicator='health_insurance_coverage', bound='over')),
 ('100% trường học', '100%', 'level', '%', d(T, indicator='national_standard_schools')),
 ('nạp 40 đảng viên', '40', 'level', 'đảng viên', d(NP, T, bound='at_least')),
 ('bầu 33 đồng chí', '33', 'level', 'đồng chí', d(OPT)),
]
