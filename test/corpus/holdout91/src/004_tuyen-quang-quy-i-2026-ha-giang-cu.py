TEXT = '''
TUYÊN QUANG ĐIỆN TỬ | Báo và Phát thanh, Truyền hình Tuyên Quang
Thứ Năm, 09/04/2026, 10:12 (GMT+7)

Quý I/2026: Thu ngân sách tỉnh đạt 3.186 tỷ đồng, bằng 31,2% dự toán

Chiều 8/4, UBND tỉnh họp phiên thường kỳ tháng 4, đánh giá tình hình kinh tế - xã hội quý I/2026 - quý đầu tiên tỉnh Tuyên Quang mới (hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang) có đủ số liệu so sánh cùng kỳ theo địa giới mới.

Tăng trưởng kinh tế (GRDP) quý I ước đạt 7,68%, cao hơn 1,1 điểm phần trăm so với cùng kỳ năm 2025 tính gộp hai tỉnh; quy mô GRDP ước đạt 24.870 tỷ đồng. Khu vực nông, lâm nghiệp và thuỷ sản tăng 3,9%; công nghiệp - xây dựng tăng 10,2%; dịch vụ tăng 8,4%.

Thu ngân sách nhà nước quý I đạt 3.186 tỷ đồng, bằng 31,2% dự toán HĐND tỉnh giao, tăng 27,5% so với cùng kỳ. Trong đó, khu vực Hà Giang (cũ) thu 1.024 tỷ đồng, bằng 28,6% dự toán; khu vực Tuyên Quang (cũ) thu 2.162 tỷ đồng. Chi ngân sách địa phương 6.410 tỷ đồng, bằng 19,8% dự toán.

Giải ngân vốn đầu tư công đến hết tháng 3/2026 đạt 1.742 tỷ đồng, bằng 14,6% kế hoạch, thấp hơn mức 17,9% của cùng kỳ năm 2025.

Du lịch (tăng, giảm so với cùng kỳ):
+ Lượt khách: 2,31 triệu lượt (+16,2%), trong đó khách quốc tế 148.600 lượt (+24,7%)
+ Tổng thu từ khách du lịch: 3.950 tỷ đồng (+19,4%)
+ Cao nguyên đá Đồng Văn: 612.000 lượt (-3,8%)

Khách du lịch check-in tại cột cờ Lũng Cú, xã Lũng Cú. Ảnh: Hoàng Anh

Về nông nghiệp, toàn tỉnh gieo trồng 46.800 ha cây vụ xuân, đạt 97,5% kế hoạch; trồng mới 3.260 ha rừng tập trung. Tỷ lệ che phủ rừng toàn tỉnh duy trì 63,9%, trong đó khu vực Tuyên Quang (cũ) 65,2%, cao nhất cả nước.

Tỷ lệ hộ nghèo toàn tỉnh (tính theo địa giới mới) đầu năm 2026 là 19,47%; riêng khu vực Hà Giang (cũ) vẫn ở mức 31,6%, khu vực Tuyên Quang (cũ) còn 8,12%. Tỉnh phấn đấu năm 2026 giảm tỷ lệ hộ nghèo từ 4 - 5 điểm phần trăm; các xã đặc biệt khó khăn giảm ít nhất 6 điểm phần trăm.

Phát biểu chỉ đạo, Chủ tịch UBND tỉnh yêu cầu quý II phải tăng trưởng từ 8,2% trở lên để bảo đảm mục tiêu cả năm đạt 8,5%.

Hoàng Anh - Đức Thuỷ

Tin khác
› Hà Giang (cũ): Mùa tam giác mạch 2025 đón hơn 600 nghìn lượt khách (20/12/2025)
› Quốc lộ 2 đoạn qua xã Bạch Ngọc sạt lở 300 m3 đất (07/04/2026)
› Tuyên Quang tổ chức Lễ hội Hoa tam giác mạch lần thứ X

© Báo và Phát thanh, Truyền hình Tuyên Quang. Giấy phép số 43/GP-BVHTTDL. Hotline: 0207.3822.340
'''
META = {'published': '2026-04-09', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
HG = {'locality': 'tỉnh Hà Giang'}
BR = {'indicator': 'budget_revenue'}
GG = {'indicator': 'grdp_growth'}
PD = {'indicator': 'public_investment_disbursement'}
PR = {'indicator': 'poverty_rate'}
FIGS = [
 ('đạt 3.186 tỷ đồng, bằng 31,2% dự toán\n', '3.186 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 31,2% dự toán\n', '31,2%', 'attainment', '%', d(BR, P)),
 ('quý I ước đạt 7,68%', '7,68%', 'level', '%', d(E, GG)),
 ('cao hơn 1,1 điểm phần trăm', '1,1 điểm phần trăm', 'change', 'điểm %', d(E, GG, U, SP)),
 ('ước đạt 24.870 tỷ đồng', '24.870 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('tăng 3,9%', '3,9%', 'change', '%', d(U)),
 ('tăng 10,2%', '10,2%', 'change', '%', d(U)),
 ('tăng 8,4%', '8,4%', 'change', '%', d(U)),
 ('quý I đạt 3.186 tỷ đồng', '3.186 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 31,2% dự toán HĐND', '31,2%', 'attainment', '%', d(BR, P)),
 ('tăng 27,5%', '27,5%', 'change', '%', d(BR, U, SP)),
 ('thu 1.024 tỷ đồng', '1.024 tỷ đồng', 'level', 'VND', d(BR, HG)),
 ('bằng 28,6% dự toán', '28,6%', 'attainment', '%', d(BR, HG, P)),
 ('thu 2.162 tỷ đồng', '2.162 tỷ đồng', 'level', 'VND', d(BR)),
 ('phương 6.410 tỷ đồng', '6.410 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 19,8% dự toán', '19,8%', 'attainment', '%', d(P, indicator='budget_expenditure')),
 ('đạt 1.742 tỷ đồng', '1.742 tỷ đồng', 'level', 'VND', d(PD)),
 ('bằng 14,6% kế hoạch', '14,6%', 'attainment', '%', d(PD, P)),
 ('mức 17,9%', '17,9%', 'attainment', '%', d(PD, P, period='2025-Q1')),
 ('khách: 2,31 triệu lượt', '2,31 triệu lượt', 'level', 'lượt', d(indicator='tourist_arrivals')),
 ('(+16,2%)', '16,2%', 'change', '%', d(U, SP, indicator='tourist_arrivals')),
 ('148.600 lượt', '148.600 lượt', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('(+24,7%)', '24,7%', 'change', '%', d(U, SP, indicator='international_tourist_arrivals')),
 ('lịch: 3.950 tỷ đồng', '3.950 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('(+19,4%)', '19,4%', 'change', '%', d(U, SP, indicator='tourism_revenue')),
 ('Văn: 612.000 lượt', '612.000 lượt', 'level', 'lượt', d(indicator='tourist_arrivals')),
 ('(-3,8%)', '3,8%', 'change', '%', d(D, SP, indicator='tourist_arrivals')),
 ('trồng 46.800 ha', '46.800 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 97,5% kế hoạch', '97,5%', 'attainment', '%', d(P, indicator='crop_area')),
 ('mới 3.260 ha', '3.260 ha', 'level', 'ha', d()),
 ('duy trì 63,9%', '63,9%', 'level', '%', d(indicator='forest_cover')),
 ('(cũ) 65,2%', '65,2%', 'level', '%', d(indicator='forest_cover')),
 ('là 19,47%', '19,47%', 'level', '%', d(PR, period='2026')),
 ('mức 31,6%', '31,6%', 'level', '%', d(PR, HG, period='2026')),
 ('còn 8,12%', '8,12%', 'level', '%', d(PR, period='2026')),
 ('từ 4 - 5 điểm phần trăm', '4 - 5 điểm phần trăm', 'change', 'điểm %', d(K, D, PR)),
 ('ít nhất 6 điểm phần trăm', '6 điểm phần trăm', 'change', 'điểm %', d(K, D, PR, bound='at_least')),
 ('từ 8,2% trở lên', '8,2%', 'level', '%', d(GG, modality='target', period='2026-Q2', bound='at_least')),
 ('cả năm đạt 8,5%', '8,5%', 'level', '%', d(K, GG)),
]
