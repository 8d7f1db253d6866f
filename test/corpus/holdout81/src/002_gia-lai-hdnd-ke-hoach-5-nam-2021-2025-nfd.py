TEXT = '''
BÁO GIA LAI ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Nông nghiệp | Đô thị | Thể thao | Đa phương tiện
Thứ sáu, 12/12/2025, 15:40 (GMT+7)

Kế hoạch 5 năm 2021 - 2025: Gia Lai hoàn thành 19/23 chỉ tiêu chủ yếu

GLO - Sáng 12/12, tại kỳ họp thứ 7 HĐND tỉnh khóa XII, UBND tỉnh trình báo cáo đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 và phương hướng, nhiệm vụ 5 năm 2026 - 2030. Số liệu được tính gộp của tỉnh Gia Lai và tỉnh Bình Định (cũ).

Theo báo cáo, trong 23 chỉ tiêu chủ yếu của kế hoạch 5 năm, có 19 chỉ tiêu đạt và vượt, 4 chỉ tiêu không đạt (tốc độ tăng trưởng GRDP, tỷ lệ đô thị hóa, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ và số bác sĩ trên vạn dân).

Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 6,8%/năm, thấp hơn mục tiêu đề ra (7,5 - 8%/năm). Quy mô nền kinh tế năm 2025 ước đạt 265.600 tỷ đồng, gấp 1,55 lần năm 2020. GRDP bình quân đầu người năm 2025 ước đạt 78,4 triệu đồng, tăng 27,1 triệu đồng so với năm 2020.

Tổng thu ngân sách nhà nước trên địa bàn 5 năm ước đạt 98.500 tỷ đồng, tăng bình quân 8,7%/năm; riêng năm 2025 ước đạt 24.300 tỷ đồng, bằng 104,2% dự toán Trung ương giao. Tổng kim ngạch xuất khẩu giai đoạn 2021 - 2025 đạt 11,6 tỷ USD, gấp 1,8 lần giai đoạn 2016 - 2020. Tổng vốn đầu tư toàn xã hội 5 năm khoảng 410.000 tỷ đồng.

Khu vực Bình Định cũ tiếp tục là động lực tăng trưởng: năm 2025, thu ngân sách khu vực này ước đạt 15.800 tỷ đồng; lượng khách du lịch đạt 8,2 triệu lượt, gấp 2,3 lần năm 2021.

Về xã hội, tỷ lệ hộ nghèo (theo chuẩn đa chiều) giảm từ 7,18% cuối năm 2021 xuống còn 2,36% cuối năm 2025, bình quân giảm 1,2%/năm. Tỷ lệ lao động qua đào tạo đạt 68,5%; tỷ lệ bao phủ bảo hiểm y tế đạt 93,2%. Toàn tỉnh có 186/258 xã đạt chuẩn nông thôn mới (tính theo địa giới trước sắp xếp), vượt 16 xã so với kế hoạch.

Bình quân mỗi năm, toàn tỉnh giải quyết việc làm cho khoảng 42.000 lao động, trong đó đưa gần 3.000 người đi làm việc ở nước ngoài.

Đại biểu HĐND tỉnh biểu quyết thông qua các nghị quyết tại kỳ họp thứ 7. Ảnh: Đức Thụy

Giai đoạn 2026 - 2030, tỉnh đặt mục tiêu:
- Tốc độ tăng trưởng GRDP bình quân 10%/năm trở lên;
- Đến năm 2030, GRDP bình quân đầu người đạt khoảng 135 triệu đồng;
- Thu ngân sách trên địa bàn đến năm 2030 đạt 45.000 tỷ đồng;
- Tổng vốn đầu tư toàn xã hội 5 năm khoảng 1 triệu tỷ đồng;
- Tỷ lệ hộ nghèo giảm bình quân 1%/năm;
- Tỷ lệ đô thị hóa đến năm 2030 đạt trên 45%.

Năm 2026, tỉnh phấn đấu tăng trưởng GRDP đạt từ 10,5% trở lên, thu ngân sách nhà nước trên địa bàn 26.800 tỷ đồng.

Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh sớm cụ thể hóa các nghị quyết, tập trung tháo gỡ vướng mắc cho các dự án trọng điểm ở Khu kinh tế Nhơn Hội và Khu kinh tế cửa khẩu quốc tế Lệ Thanh.

Đức Thụy

Cùng chuyên mục
- Gia Lai: 6 tháng cuối năm thu hút 32 dự án đầu tư (10/12/2025)
- Quy Nhơn đón hơn 1 triệu lượt khách quốc tế (08/12/2025)

Báo Gia Lai điện tử. Giấy phép số 48/GP-BTTTT. Tòa soạn: 02 Hoàng Hoa Thám, phường Pleiku. ĐT: 0269.3824.229
'''
NFD = True
META = {'published': '2025-12-12', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2021/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
E25 = {'modality': 'estimate', 'period': '2025'}
T = {'modality': 'target', 'period': '2026/2030'}
Y30 = {'modality': 'target', 'period': '2030'}
K26 = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
BD = {'locality': 'tỉnh Bình Định'}
FIGS = [
 ('hoàn thành 19/23 chỉ tiêu', '19/23', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 23 chỉ tiêu', '23', 'level', 'chỉ tiêu', d(RT)),
 ('có 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('4 chỉ tiêu không đạt', '4', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 6,8%/năm', '6,8%', 'level', '%', d(E, G)),
 ('(7,5 - 8%/năm)', '7,5 - 8%', 'level', '%', d(G, modality='target')),
 ('ước đạt 265.600 tỷ đồng', '265.600 tỷ đồng', 'level', 'VND', d(E25, indicator='grdp')),
 ('gấp 1,55 lần', '1,55 lần', 'change', 'lần', d(E25, U, indicator='grdp', base='2020')),
 ('ước đạt 78,4 triệu đồng', '78,4 triệu đồng', 'level', 'VND/người/năm', d(E25, indicator='grdp_per_capita')),
 ('tăng 27,1 triệu đồng', '27,1 triệu đồng', 'change', 'VND/người/năm', d(E25, U, indicator='grdp_per_capita', base='2020')),
 ('ước đạt 98.500 tỷ đồng', '98.500 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bình quân 8,7%/năm', '8,7%', 'change', '%', d(E, U, BR)),
 ('ước đạt 24.300 tỷ đồng', '24.300 tỷ đồng', 'level', 'VND', d(E25, BR)),
 ('bằng 104,2% dự toán', '104,2%', 'attainment', '%', d(E25, P, BR)),
 ('đạt 11,6 tỷ USD', '11,6 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('gấp 1,8 lần', '1,8 lần', 'change', 'lần', d(U, indicator='export_value', base='previous_period')),
 ('khoảng 410.000 tỷ đồng', '410.000 tỷ đồng', 'level', 'VND', d(indicator='social_investment', bound='about')),
 ('ước đạt 15.800 tỷ đồng', '15.800 tỷ đồng', 'level', 'VND', d(E25, BR, BD)),
 ('đạt 8,2 triệu lượt', '8,2 triệu', 'level', 'lượt', d(BD, indicator='tourist_arrivals', period='2025')),
 ('gấp 2,3 lần năm 2021', '2,3 lần', 'change', 'lần', d(BD, U, indicator='tourist_arrivals', period='2025', base='2021')),
 ('từ 7,18%', '7,18%', 'level', '%', d(PR, period='2021')),
 ('còn 2,36%', '2,36%', 'level', '%', d(PR, D, period='2025')),
 ('giảm 1,2%/năm', '1,2%', 'change', '%', d(PR, D)),
 ('đạt 68,5%', '68,5%', 'level', '%', d(indicator='trained_labour_rate', period='2025')),
 ('đạt 93,2%', '93,2%', 'level', '%', d(indicator='health_insurance_coverage', period='2025')),
 ('có 186/258 xã', '186/258', 'ratio', 'xã', d(indicator='new_rural_communes', period='2025')),
 ('vượt 16 xã', '16', 'change', 'xã', d(U, P, indicator='new_rural_communes', period='2025', status='exceeded')),
 ('khoảng 42.000 lao động', '42.000', 'level', 'lao động', d(indicator='jobs_created', bound='about')),
 ('gần 3.000 người', '3.000', 'level', 'người', d(indicator='labour_export', bound='nearly')),
 ('quân 10%/năm trở lên', '10%', 'level', '%', d(T, G, bound='at_least')),
 ('khoảng 135 triệu đồng', '135 triệu đồng', 'level', 'VND/người/năm', d(Y30, indicator='grdp_per_capita', bound='about')),
 ('đạt 45.000 tỷ đồng', '45.000 tỷ đồng', 'level', 'VND', d(Y30, BR)),
 ('khoảng 1 triệu tỷ đồng', '1 triệu tỷ đồng', 'level', 'VND', d(T, indicator='social_investment', bound='about', value=1000000000000000)),
 ('giảm bình quân 1%/năm', '1%', 'change', '%', d(T, D, PR)),
 ('trên 45%', '45%', 'level', '%', d(Y30, indicator='urbanization_rate', bound='over')),
 ('từ 10,5% trở lên', '10,5%', 'level', '%', d(K26, G, bound='at_least')),
 ('bàn 26.800 tỷ đồng', '26.800 tỷ đồng', 'level', 'VND', d(K26, BR)),
]
