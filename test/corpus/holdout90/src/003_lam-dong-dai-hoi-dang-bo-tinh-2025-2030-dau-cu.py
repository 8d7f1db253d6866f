TEXT = '''
BÁO LÂM ĐỒNG
Thứ Hai, 20/10/2025 08:15 [GMT+7]
Trang chủ / Chính trị / Đại hội Đảng các cấp

Khai mạc Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030

(LĐ online) - Sáng 19/10, tại Trung tâm Hội nghị tỉnh, Đảng bộ tỉnh Lâm Đồng khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự Đại hội có 450 đại biểu thay mặt cho hơn 178.000 đảng viên trong toàn Đảng bộ.

Trình bày Báo cáo chính trị, đồng chí Phó Bí thư Thường trực Tỉnh uỷ cho biết, nhiệm kỳ 2020 - 2025, trong bối cảnh có nhiều khó khăn, thách thức, tính chung 3 tỉnh trước hợp nhất, kinh tế tăng trưởng bình quân 6,8%/năm; quy mô GRDP năm 2025 ước đạt 285.000 tỷ đồng, gấp 1,6 lần năm 2020; GRDP bình quân đầu người ước đạt 86,5 triệu đồng.

Cơ cấu kinh tế chuyển dịch theo hướng tích cực, tỷ trọng công nghiệp - xây dựng và dịch vụ chiếm 63,4%. Tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 520.000 tỷ đồng, tăng bình quân 9,2%/năm. Tổng thu ngân sách nhà nước trên địa bàn giai đoạn 2021 - 2025 đạt 168.400 tỷ đồng; kim ngạch xuất khẩu năm 2024 đạt 2,96 tỷ USD, tăng 18,6% so với năm 2020.

Du lịch tiếp tục là ngành kinh tế mũi nhọn; 5 năm qua, toàn tỉnh đón khoảng 62 triệu lượt khách, trong đó khách quốc tế gần 3,4 triệu lượt. Nông nghiệp ứng dụng công nghệ cao phát triển mạnh với diện tích đạt 74.500 ha; sản lượng thuỷ sản bình quân mỗi năm đạt 215.000 tấn. Riêng khu vực Bình Thuận cũ, năm 2024 đón 9,1 triệu lượt khách, doanh thu du lịch đạt 25.600 tỷ đồng.

Tỷ lệ hộ nghèo đa chiều giảm bình quân 1,1%/năm, đến cuối năm 2025 ước còn 1,4%. Tỷ lệ che phủ rừng duy trì ở mức 52,6%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8%; có 11,2 bác sĩ/vạn dân. Toàn tỉnh có 214/246 xã cũ đạt chuẩn nông thôn mới, vượt 12 xã so với chỉ tiêu Nghị quyết.

Công tác xây dựng Đảng và hệ thống chính trị được chú trọng; nhiệm kỳ qua, toàn Đảng bộ kết nạp 21.450 đảng viên mới, đạt 107% chỉ tiêu; công tác sắp xếp tổ chức bộ máy, xây dựng chính quyền địa phương hai cấp hoàn thành đúng tiến độ.

Quang cảnh phiên khai mạc Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I. Ảnh: Văn Báu

Đại hội xác định mục tiêu đến năm 2030, Lâm Đồng trở thành tỉnh phát triển khá của cả nước. Phấn đấu tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 10%/năm trở lên; đến năm 2030, GRDP bình quân đầu người đạt khoảng 150 triệu đồng, tỷ lệ đô thị hoá đạt 48%; tổng vốn đầu tư toàn xã hội 5 năm đạt 1,2 triệu tỷ đồng; tỷ lệ hộ nghèo giảm bình quân 1%/năm.

Đại hội làm việc đến hết ngày 21/10/2025.

VĂN BÁU - NGỌC HÀ

Tin liên quan
- Lâm Đồng: 124 đảng bộ xã, phường hoàn thành đại hội nhiệm kỳ 2025 - 2030 (15/9/2025)
- Phường Xuân Hương - Đà Lạt đón nhận Cờ thi đua của Chính phủ (12/10/2025)

Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng. Toà soạn: 38 Quang Trung, phường Xuân Hương - Đà Lạt. ĐT: 0263.3822.308
'''
META = {'published': '2025-10-20', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
E25 = {'modality': 'estimate', 'period': '2025'}
T = {'modality': 'target', 'period': '2026/2030'}
Y30 = {'modality': 'target', 'period': '2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
PR = {'indicator': 'poverty_rate'}
SI = {'indicator': 'social_investment'}
BT = {'locality': 'tỉnh Bình Thuận', 'period': '2024'}
Y25 = {'period': '2025'}
FIGS = [
 ('có 450 đại biểu', '450', 'level', 'đại biểu', d(OPT)),
 ('hơn 178.000 đảng viên', '178.000', 'level', 'đảng viên', d(OPT, bound='over')),
 ('bình quân 6,8%/năm', '6,8%', 'level', '%', d(indicator='grdp_growth')),
 ('ước đạt 285.000 tỷ đồng', '285.000 tỷ đồng', 'level', 'VND', d(E25, indicator='grdp')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(E25, U, indicator='grdp', base='2020')),
 ('ước đạt 86,5 triệu đồng', '86,5 triệu đồng', 'level', 'VND/người/năm', d(E25, indicator='grdp_per_capita')),
 ('chiếm 63,4%', '63,4%', 'level', '%', d(indicator='sector_share')),
 ('khoảng 520.000 tỷ đồng', '520.000 tỷ đồng', 'level', 'VND', d(SI, bound='about')),
 ('bình quân 9,2%/năm', '9,2%', 'change', '%', d(SI, U)),
 ('đạt 168.400 tỷ đồng', '168.400 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', period='2021/2025')),
 ('đạt 2,96 tỷ USD', '2,96 tỷ USD', 'level', 'USD', d(indicator='export_value', period='2024')),
 ('tăng 18,6%', '18,6%', 'change', '%', d(indicator='export_value', period='2024', direction='up', base='2020')),
 ('khoảng 62 triệu lượt', '62 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals', bound='about')),
 ('gần 3,4 triệu lượt', '3,4 triệu lượt', 'level', 'lượt', d(indicator='international_tourist_arrivals', bound='nearly')),
 ('đạt 74.500 ha', '74.500 ha', 'level', 'ha', d()),
 ('đạt 215.000 tấn', '215.000 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('đón 9,1 triệu lượt', '9,1 triệu lượt', 'level', 'lượt khách', d(BT, indicator='tourist_arrivals')),
 ('đạt 25.600 tỷ đồng', '25.600 tỷ đồng', 'level', 'VND', d(BT, indicator='tourism_revenue')),
 ('bình quân 1,1%/năm', '1,1%', 'change', '%', d(PR, D)),
 ('còn 1,4%', '1,4%', 'level', '%', d(PR, E25)),
 ('mức 52,6%', '52,6%', 'level', '%', d(Y25, indicator='forest_cover')),
 ('đạt 93,8%', '93,8%', 'level', '%', d(Y25, indicator='health_insurance_coverage')),
 ('có 11,2 bác sĩ/vạn dân', '11,2 bác sĩ/vạn dân', 'level', 'bác sĩ/vạn dân', d(Y25, indicator='doctors_per_10k')),
 ('có 214/246 xã', '214/246', 'ratio', 'xã', d(Y25, indicator='new_rural_communes')),
 ('vượt 12 xã', '12', 'change', 'xã', d(Y25, U, P, indicator='new_rural_communes', status='exceeded')),
 ('nạp 21.450 đảng viên', '21.450', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 107% chỉ tiêu', '107%', 'attainment', '%', d(P, indicator='new_party_members')),
 ('đạt 10%/năm', '10%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('khoảng 150 triệu đồng', '150 triệu đồng', 'level', 'VND/người/năm', d(Y30, indicator='grdp_per_capita', bound='about')),
 ('đạt 48%', '48%', 'level', '%', d(Y30, indicator='urbanization_rate')),
 ('đạt 1,2 triệu tỷ đồng', '1,2 triệu tỷ đồng', 'level', 'VND', d(T, SI, value=1.2e15)),
 ('bình quân 1%/năm', '1%', 'change', '%', d(T, PR, D)),
]
