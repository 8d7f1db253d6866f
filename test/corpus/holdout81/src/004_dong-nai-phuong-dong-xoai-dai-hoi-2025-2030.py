TEXT = '''
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hoá | Thể thao | Bình Phước

Phường Đồng Xoài: Tăng trưởng bình quân 8,2%/năm trong nhiệm kỳ 2020 - 2025

Thứ Tư, 20/08/2025 14:05

ĐNO - Ngày 19/8, Đảng bộ phường Đồng Xoài tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Phường Đồng Xoài được thành lập trên cơ sở sắp xếp các phường Tân Phú, Tân Đồng, Tân Xuân, Tân Bình (thành phố Đồng Xoài cũ).

Báo cáo chính trị tại đại hội cho biết, nhiệm kỳ qua, tốc độ tăng trưởng kinh tế bình quân của địa phương đạt 8,2%/năm. Thu ngân sách nhà nước trên địa bàn 5 năm đạt 3.240 tỷ đồng, vượt 18,6% chỉ tiêu Nghị quyết; riêng năm 2024 thu 742 tỷ đồng, tăng 14,2% so với năm 2023. Thu nhập bình quân đầu người đến cuối năm 2024 đạt 96,5 triệu đồng/năm.

Trên địa bàn phường hiện có 1.450 doanh nghiệp đang hoạt động với tổng vốn đăng ký gần 21.000 tỷ đồng, tăng 520 doanh nghiệp so với đầu nhiệm kỳ; 6.820 hộ kinh doanh cá thể. Tỷ lệ đô thị hoá đạt 100%.

Công tác an sinh xã hội được quan tâm. Đến cuối năm 2024, toàn phường còn 12 hộ nghèo, chiếm 0,08% tổng số hộ; 100% hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế miễn phí.

Tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%; 12/12 trường công lập đạt chuẩn quốc gia. Nhiệm kỳ qua, phường giải quyết việc làm cho 9.600 lượt lao động, bình quân 1.920 lượt mỗi năm. Đảng bộ kết nạp 186 đảng viên, đạt 116,2% chỉ tiêu.

Toàn Đảng bộ có 14/14 chỉ tiêu chủ yếu của Nghị quyết đạt và vượt.

Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Hoàng Lộc

Nhiệm kỳ 2025 - 2030, Đại hội đề ra 16 chỉ tiêu chủ yếu. Trong đó, phấn đấu tốc độ tăng trưởng kinh tế bình quân từ 9 - 10%/năm; thu ngân sách hằng năm tăng từ 10% trở lên; đến năm 2030, thu nhập bình quân đầu người đạt 150 triệu đồng; phấn đấu đến cuối nhiệm kỳ tỷ lệ bao phủ bảo hiểm y tế đạt trên 97%; mỗi năm kết nạp ít nhất 40 đảng viên.

Đại hội bầu Ban Chấp hành Đảng bộ phường khoá I gồm 31 đồng chí. Đồng chí Trần Văn Hoà được bầu giữ chức Bí thư Đảng uỷ phường.

Hoàng Lộc

Tin liên quan
- Xã Đồng Phú tổ chức đại hội điểm (15/08/2025)
- Đồng Nai: 95 đảng bộ cấp xã hoàn thành đại hội (19/08/2025)

Cơ quan chủ quản: Tỉnh uỷ Đồng Nai. Giấy phép số 95/GP-BTTTT. Điện thoại: 0251.3822.475 - Email: baodongnai@gmail.com
'''
META = {'published': '2025-08-20', 'locality': 'phường Đồng Xoài'}
DEFAULTS = {'locality': 'phường Đồng Xoài', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'modality': 'target', 'period': '2025/2030'}
Y30 = {'modality': 'target', 'period': '2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
Y24 = {'period': '2024'}
FIGS = [
 ('quân 8,2%/năm trong', '8,2%', 'change', '%', d(U, G)),
 ('đạt 8,2%/năm.', '8,2%', 'level', '%', d(G)),
 ('đạt 3.240 tỷ đồng', '3.240 tỷ đồng', 'level', 'VND', d(BR)),
 ('vượt 18,6%', '18,6%', 'change', '%', d(U, P, BR, status='exceeded')),
 ('thu 742 tỷ đồng', '742 tỷ đồng', 'level', 'VND', d(BR, Y24)),
 ('tăng 14,2%', '14,2%', 'change', '%', d(U, BR, Y24, base='2023')),
 ('đạt 96,5 triệu đồng/năm', '96,5 triệu đồng/năm', 'level', 'VND/người/năm', d(Y24, indicator='income_per_capita')),
 ('có 1.450 doanh nghiệp', '1.450', 'level', 'doanh nghiệp', d()),
 ('gần 21.000 tỷ đồng', '21.000 tỷ đồng', 'level', 'VND', d(bound='nearly')),
 ('tăng 520 doanh nghiệp', '520', 'change', 'doanh nghiệp', d(U, base='2020')),
 ('6.820 hộ', '6.820', 'level', 'hộ kinh doanh', d()),
 ('đạt 100%.', '100%', 'level', '%', d(indicator='urbanization_rate')),
 ('còn 12 hộ nghèo', '12', 'level', 'hộ', d(Y24, indicator='poor_households')),
 ('chiếm 0,08%', '0,08%', 'level', '%', d(Y24, indicator='poverty_rate')),
 ('100% hộ nghèo', '100%', 'level', '%', d(Y24)),
 ('đạt 95,2%', '95,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('12/12 trường', '12/12', 'ratio', 'trường', d(indicator='national_standard_schools')),
 ('cho 9.600 lượt lao động', '9.600', 'level', 'lượt lao động', d(indicator='jobs_created')),
 ('quân 1.920 lượt', '1.920', 'level', 'lượt', d(indicator='jobs_created')),
 ('nạp 186 đảng viên', '186', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 116,2% chỉ tiêu', '116,2%', 'attainment', '%', d(P, indicator='new_party_members')),
 ('có 14/14 chỉ tiêu', '14/14', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('ra 16 chỉ tiêu', '16', 'level', 'chỉ tiêu', d(T, indicator='resolution_targets')),
 ('từ 9 - 10%/năm', '9 - 10%', 'level', '%', d(T, G)),
 ('từ 10% trở lên', '10%', 'change', '%', d(T, U, BR, bound='at_least')),
 ('đạt 150 triệu đồng', '150 triệu đồng', 'level', 'VND/người/năm', d(Y30, indicator='income_per_capita')),
 ('trên 97%', '97%', 'level', '%', d(T, indicator='health_insurance_coverage', bound='over')),
 ('ít nhất 40 đảng viên', '40', 'level', 'đảng viên', d(T, indicator='new_party_members', bound='at_least')),
 ('gồm 31 đồng chí', '31', 'level', 'đồng chí', d(optional=True)),
]
