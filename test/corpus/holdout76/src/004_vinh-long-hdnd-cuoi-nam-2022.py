TEXT = '''
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ | Thời sự - Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn
Thứ Năm, 08/12/2022 | 10:25 GMT+7

HĐND tỉnh khai mạc kỳ họp thứ 7: Năm 2022 có 16/20 chỉ tiêu đạt và vượt

Sáng 7/12, HĐND tỉnh Vĩnh Long khóa X, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 7 (kỳ họp thường lệ cuối năm 2022) để xem xét 19 tờ trình, dự thảo nghị quyết.

Trình bày báo cáo tình hình kinh tế - xã hội năm 2022, Phó Chủ tịch UBND tỉnh cho biết trong 20 chỉ tiêu chủ yếu, có 16 chỉ tiêu đạt và vượt, 1 chỉ tiêu xấp xỉ đạt, 3 chỉ tiêu không đạt so với Nghị quyết HĐND tỉnh.

Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,7%, đứng thứ 7/13 tỉnh, thành vùng Đồng bằng sông Cửu Long. GRDP bình quân đầu người đạt 61,2 triệu đồng, tăng 7,3 triệu đồng so với năm 2021. Cơ cấu kinh tế: khu vực nông nghiệp chiếm 33,15%, công nghiệp - xây dựng 24,34%, dịch vụ 38,44%, thuế sản phẩm 4,07%.

Tổng thu ngân sách trên địa bàn ước đạt 6.532 tỷ đồng, vượt 13,6% dự toán Trung ương giao và vượt 5,2% dự toán HĐND tỉnh giao; thu nội địa ước 5.810 tỷ đồng. Tổng vốn đầu tư toàn xã hội ước 21.950 tỷ đồng, chiếm 36,8% GRDP. Kim ngạch xuất khẩu 1,06 tỷ USD, tăng 18,5% so với năm trước.

Sản lượng lúa cả năm đạt 702.450 tấn, giảm 8.230 tấn do giảm diện tích gieo trồng; diện tích cây ăn trái 61.230 ha, tăng 1.540 ha so với năm 2021.

Quang cảnh kỳ họp thứ 7 HĐND tỉnh. Ảnh: THẢO LY

Toàn tỉnh có 80/89 xã đạt chuẩn nông thôn mới, 28 xã đạt chuẩn nông thôn mới nâng cao và 6 xã đạt chuẩn nông thôn mới kiểu mẫu; thị xã Bình Minh và huyện Tam Bình hoàn thành nhiệm vụ xây dựng nông thôn mới. Tỷ lệ hộ nghèo giảm còn 1,14% (theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025), giảm 0,81 điểm phần trăm so với cuối năm 2021. Tỷ lệ bác sĩ đạt 9,8 bác sĩ/vạn dân; tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,3%. Giải quyết việc làm mới cho 21.350 lao động, trong đó xuất khẩu lao động 655 người.

Năm 2023, tỉnh đề ra 20 chỉ tiêu chủ yếu. Một số chỉ tiêu quan trọng:
- Tốc độ tăng trưởng GRDP từ 6,5 - 7%.
- GRDP bình quân đầu người đạt 66 triệu đồng.
- Tổng thu ngân sách trên địa bàn 6.800 tỷ đồng.
- Tỷ lệ hộ nghèo giảm còn dưới 0,8%.
- Có thêm 5 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn nông thôn mới kiểu mẫu.

Kỳ họp diễn ra trong 3 ngày (từ 7 - 9/12).

THẢO LY

Bài viết được xem: 1.027 lần
Tin cùng chuyên mục
- Vĩnh Long: Khai mạc kỳ họp chuyên đề HĐND tỉnh (15/11/2022)
- Trà Ôn tổng kết phong trào thi đua yêu nước (06/12/2022)
Tòa soạn: 47 đường 3/2, phường 1, TP Vĩnh Long. Điện thoại: 0270.3822.367
'''
META = {'published': '2022-12-08', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
TG = {'modality': 'target'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
G = {'indicator': 'grdp_growth'}
GPC = {'indicator': 'grdp_per_capita'}
SS = {'indicator': 'sector_share'}
BR = {'indicator': 'budget_revenue'}
SI = {'indicator': 'social_investment'}
PR = {'indicator': 'poverty_rate'}
N23 = {'period': '2023', 'modality': 'target'}
FIGS = [
 ('có 16/20 chỉ tiêu', '16/20', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', d(RT)),
 ('có 16 chỉ tiêu', '16', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('1 chỉ tiêu xấp xỉ', '1', 'level', 'chỉ tiêu', d(RT, status='nearly')),
 ('3 chỉ tiêu không đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 6,7%', '6,7%', 'level', '%', d(E, G)),
 ('đạt 61,2 triệu đồng', '61,2 triệu đồng', 'level', 'VND/người/năm', d(GPC)),
 ('tăng 7,3 triệu đồng', '7,3 triệu đồng', 'change', 'VND/người/năm', d(GPC, U, base='2021')),
 ('chiếm 33,15%', '33,15%', 'level', '%', d(SS)),
 ('dựng 24,34%', '24,34%', 'level', '%', d(SS)),
 ('vụ 38,44%', '38,44%', 'level', '%', d(SS)),
 ('phẩm 4,07%', '4,07%', 'level', '%', d(SS)),
 ('ước đạt 6.532 tỷ đồng', '6.532 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('vượt 13,6% dự toán', '13,6%', 'change', '%', d(E, BR, U, T, status='exceeded')),
 ('vượt 5,2% dự toán', '5,2%', 'change', '%', d(E, BR, U, T, status='exceeded')),
 ('ước 5.810 tỷ đồng', '5.810 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('ước 21.950 tỷ đồng', '21.950 tỷ đồng', 'level', 'VND', d(E, SI)),
 ('chiếm 36,8% GRDP', '36,8%', 'level', '%', d(E, SI)),
 ('khẩu 1,06 tỷ USD', '1,06 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 18,5% so với năm trước', '18,5%', 'change', '%', d(U, base='2021', indicator='export_value')),
 ('đạt 702.450 tấn', '702.450 tấn', 'level', 'tấn', d(indicator='rice_output')),
 ('giảm 8.230 tấn', '8.230 tấn', 'change', 'tấn', d(DN, indicator='rice_output')),
 ('trái 61.230 ha', '61.230 ha', 'level', 'ha', d()),
 ('tăng 1.540 ha', '1.540 ha', 'change', 'ha', d(U, base='2021')),
 ('có 80/89 xã', '80/89', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('28 xã đạt', '28', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('và 6 xã', '6', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('giảm còn 1,14%', '1,14%', 'level', '%', d(PR, DN)),
 ('giảm 0,81 điểm phần trăm', '0,81 điểm phần trăm', 'change', 'điểm %', d(PR, DN, base='2021')),
 ('đạt 9,8 bác sĩ', '9,8', 'level', 'bác sĩ/vạn dân', d(indicator='doctors_per_10k')),
 ('đạt 92,3%', '92,3%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('cho 21.350 lao động', '21.350', 'level', 'lao động', d(indicator='new_jobs')),
 ('động 655 người', '655', 'level', 'người', d(indicator='labour_export')),
 ('ra 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', d(RT, N23)),
 ('từ 6,5 - 7%', '6,5 - 7%', 'level', '%', d(G, N23)),
 ('đạt 66 triệu đồng', '66 triệu đồng', 'level', 'VND/người/năm', d(GPC, N23)),
 ('bàn 6.800 tỷ đồng', '6.800 tỷ đồng', 'level', 'VND', d(BR, N23)),
 ('dưới 0,8%', '0,8%', 'level', '%', d(PR, N23, DN, bound='under')),
 ('thêm 5 xã', '5', 'level', 'xã', d(N23, indicator='new_rural_communes_advanced')),
 ('cao, 2 xã', '2', 'level', 'xã', d(N23, indicator='new_rural_communes_model')),
 ('xem xét 19 tờ trình', '19', 'level', 'tờ trình', dict(optional=True)),
]
