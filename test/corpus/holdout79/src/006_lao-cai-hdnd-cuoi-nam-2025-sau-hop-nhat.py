TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI
Thời sự | Kinh tế | Xã hội | Du lịch | Biên giới | Video
Thứ Tư, 10/12/2025 08:30

Kỳ họp thứ 6 HĐND tỉnh Lào Cai: Tăng trưởng kinh tế năm 2025 ước đạt 8,9%

LCĐT - Sáng 9/12, HĐND tỉnh Lào Cai khóa XVI, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 6 - kỳ họp thường lệ cuối năm 2025, cũng là kỳ họp cuối năm đầu tiên sau khi hợp nhất tỉnh Lào Cai và tỉnh Yên Bái.

Báo cáo của UBND tỉnh nêu rõ, năm 2025 có 22/25 chỉ tiêu chủ yếu đạt và vượt kế hoạch; 3 chỉ tiêu chưa đạt là thu ngân sách từ hoạt động xuất nhập khẩu, tỷ lệ đô thị hóa và số xã đạt chuẩn nông thôn mới. Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 8,9%, trong đó khu vực Lào Cai cũ đạt 9,6%, khu vực Yên Bái cũ đạt 8,1%. GRDP bình quân đầu người ước đạt 82,4 triệu đồng, tăng 7,6 triệu đồng so với năm 2024.

Thu ngân sách nhà nước trên địa bàn ước đạt 21.640 tỷ đồng, bằng 118,3% dự toán Trung ương giao, tăng 9,7% so với năm trước; riêng thu từ hoạt động xuất nhập khẩu chỉ đạt 1.720 tỷ đồng, bằng 72% dự toán. Chi ngân sách địa phương ước 38.250 tỷ đồng.

Giá trị hàng hóa xuất nhập khẩu qua các cửa khẩu trên địa bàn đạt 3,46 tỷ USD, tăng 11,2%. Tổng lượt khách du lịch đạt 10,1 triệu lượt, vượt 6,3% kế hoạch; tổng thu từ du lịch 31.200 tỷ đồng; trong đó khu vực Yên Bái cũ đón 2,3 triệu lượt khách.

Tỷ lệ che phủ rừng đạt 61,2%; sản lượng lương thực đạt 790.000 tấn. Trong năm có 64 sản phẩm được công nhận OCOP, nâng tổng số sản phẩm OCOP của tỉnh lên 612 sản phẩm.

Tỷ lệ hộ nghèo giảm còn 6,08%, giảm 3,15 điểm phần trăm so với năm 2024. Toàn tỉnh giải quyết việc làm cho 27.460 lao động; tỷ lệ lao động qua đào tạo đạt 68,5%; có 94,8% dân số tham gia bảo hiểm y tế. Tỷ lệ đô thị hoá đạt 31,4%, chưa đạt chỉ tiêu đề ra (33%).

Các đại biểu tham dự kỳ họp thứ 6, HĐND tỉnh khóa XVI. Ảnh: Hồng Duyên

Năm 2026, HĐND tỉnh dự kiến thông qua 24 chỉ tiêu chủ yếu. Một số chỉ tiêu chính:
- Tốc độ tăng trưởng kinh tế (GRDP) từ 10% trở lên;
- Thu ngân sách nhà nước trên địa bàn 22.500 tỷ đồng;
- Đón 11,5 triệu lượt khách du lịch;
- Tỷ lệ hộ nghèo giảm từ 2,5 điểm phần trăm trở lên;
- Tỷ lệ che phủ rừng duy trì 61,5%.

Kỳ họp diễn ra trong 3 ngày, từ ngày 9 đến 11/12/2025.

Hồng Duyên

Tin liên quan
- Lào Cai: 11 tháng đón 9,4 triệu lượt khách (02/12/2025)
- Ra mắt Trung tâm Phục vụ hành chính công tỉnh (01/07/2025)

Giấy phép số 35/GP-BVHTTDL. Điện thoại: 0214.3820.895 - Email: baolaocai@gmail.com
'''
META = {'published': '2025-12-10', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
TA = {'indicator': 'tourist_arrivals'}
PR = {'indicator': 'poverty_rate'}
FC = {'indicator': 'forest_cover'}
YB = {'locality': 'tỉnh Yên Bái'}
N26 = {'period': '2026', 'modality': 'target'}
FIGS = [
 ('năm 2025 ước đạt 8,9%', '8,9%', 'level', '%', d(E, G)),
 ('có 22/25 chỉ tiêu', '22/25', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('(GRDP) ước đạt 8,9%', '8,9%', 'level', '%', d(E, G)),
 ('đạt 9,6%', '9,6%', 'level', '%', d(E, G)),
 ('đạt 8,1%', '8,1%', 'level', '%', d(E, G, YB)),
 ('ước đạt 82,4 triệu đồng', '82,4 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita')),
 ('tăng 7,6 triệu đồng', '7,6 triệu đồng', 'change', 'VND/người/năm', d(E, U, base='2024', indicator='grdp_per_capita')),
 ('ước đạt 21.640 tỷ đồng', '21.640 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 118,3% dự toán', '118,3%', 'attainment', '%', d(E, BR, T)),
 ('tăng 9,7% so với năm trước', '9,7%', 'change', '%', d(E, BR, U, base='2024')),
 ('đạt 1.720 tỷ đồng', '1.720 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 72% dự toán', '72%', 'attainment', '%', d(BR, T)),
 ('ước 38.250 tỷ đồng', '38.250 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('đạt 3,46 tỷ USD', '3,46 tỷ USD', 'level', 'USD', d()),
 ('tăng 11,2%', '11,2%', 'change', '%', d(U)),
 ('đạt 10,1 triệu', '10,1 triệu', 'level', 'lượt', d(TA)),
 ('vượt 6,3% kế hoạch', '6,3%', 'change', '%', d(TA, U, T, status='exceeded')),
 ('lịch 31.200 tỷ đồng', '31.200 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('đón 2,3 triệu', '2,3 triệu', 'level', 'lượt khách', d(TA, YB)),
 ('đạt 61,2%', '61,2%', 'level', '%', d(FC)),
 ('đạt 790.000 tấn', '790.000 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('có 64 sản phẩm', '64', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('lên 612 sản phẩm', '612', 'level', 'sản phẩm', d(U, indicator='ocop_products')),
 ('giảm còn 6,08%', '6,08%', 'level', '%', d(PR, DN)),
 ('3,15 điểm phần trăm', '3,15 điểm phần trăm', 'change', 'điểm %', d(PR, DN, base='2024')),
 ('cho 27.460 lao động', '27.460', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 68,5%', '68,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('có 94,8%', '94,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đạt 31,4%', '31,4%', 'level', '%', d(indicator='urbanization_rate')),
 ('(33%)', '33%', 'level', '%', d(indicator='urbanization_rate', modality='target')),
 ('thông qua 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(RT, N26)),
 ('từ 10% trở lên', '10%', 'level', '%', d(G, N26, bound='at_least')),
 ('bàn 22.500 tỷ đồng', '22.500 tỷ đồng', 'level', 'VND', d(BR, N26)),
 ('Đón 11,5 triệu', '11,5 triệu', 'level', 'lượt khách', d(TA, N26)),
 ('2,5 điểm phần trăm', '2,5 điểm phần trăm', 'change', 'điểm %', d(PR, N26, DN, bound='at_least')),
 ('duy trì 61,5%', '61,5%', 'level', '%', d(FC, N26)),
]
