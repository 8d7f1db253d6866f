TEXT = '''
BÁO KHÁNH HOÀ ĐIỆN TỬ
Cập nhật lúc 16:42, Thứ Tư, 10/12/2025 (GMT+7)
Chính trị | Kinh tế | Xã hội | Văn hoá - Thể thao | Biển đảo | Ninh Thuận (cũ)

Kỳ họp thứ 5 HĐND tỉnh khoá VII: Năm 2025 ước có 21/25 chỉ tiêu đạt và vượt

Sáng 10/12, HĐND tỉnh Khánh Hòa khóa VII khai mạc kỳ họp thường lệ cuối năm 2025 - kỳ họp cuối năm đầu tiên sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận.

Báo cáo của UBND tỉnh cho biết, trong 25 chỉ tiêu chủ yếu của năm 2025 (đã được điều chỉnh theo địa giới mới), ước có 21 chỉ tiêu đạt và vượt, 4 chỉ tiêu không đạt. Tăng trưởng GRDP ước đạt 8,92%, không đạt mục tiêu 10% nhưng cao hơn mức tăng 7,6% của năm 2024 (số liệu tính gộp hai tỉnh). Quy mô GRDP ước đạt 198.700 tỷ đồng, xếp thứ 17/34 tỉnh, thành phố; GRDP bình quân đầu người khoảng 89,4 triệu đồng.

Thu ngân sách nhà nước ước đạt 30.150 tỷ đồng, bằng 108,7% dự toán, tăng 12,3% so với năm 2024. Trong đó, khu vực Ninh Thuận (cũ) thu 6.080 tỷ đồng, bằng 102,4% dự toán; thu từ năng lượng tái tạo chiếm khoảng 35% số thu khu vực này.

Tổng thu từ du lịch ước đạt 58.600 tỷ đồng; khách lưu trú đạt 11,9 triệu lượt, trong đó khách quốc tế 4,18 triệu lượt, tăng 32% so với năm 2024. Riêng khu vực Ninh Thuận (cũ) đón 3,1 triệu lượt khách.

Tỷ lệ hộ nghèo toàn tỉnh theo chuẩn đa chiều giảm còn 1,38%, giảm 0,62 điểm phần trăm so với đầu năm; trong đó khu vực Ninh Thuận (cũ) giảm từ 4,21% xuống còn 3,05%. Tỷ lệ tham gia bảo hiểm y tế đạt 94,1% dân số.

Các chỉ tiêu không đạt gồm: tăng trưởng GRDP, giải ngân vốn đầu tư công (ước đạt 84,6% kế hoạch), tỷ lệ đô thị hóa (48,3%/KH 50%) và số doanh nghiệp thành lập mới (1.870/KH 2.200 doanh nghiệp).

Đại biểu HĐND tỉnh thảo luận tại kỳ họp. Ảnh: Xuân Thành

Mục tiêu năm 2026, tỉnh đề ra 24 chỉ tiêu chủ yếu, trong đó:
- Tăng trưởng GRDP 10 - 10,5%;
- GRDP bình quân đầu người 98 - 100 triệu đồng;
- Thu ngân sách nhà nước 33.000 tỷ đồng;
- Đón 13 triệu lượt khách lưu trú;
- Giảm tỷ lệ hộ nghèo 0,3 - 0,5 điểm phần trăm; riêng khu vực Ninh Thuận (cũ) giảm 0,8 - 1 điểm phần trăm.

Kỳ họp dự kiến diễn ra trong 3 ngày (10 - 12/12).

Văn Kỳ - Xuân Thành

Bài liên quan:
- Khánh Hòa: 65 xã, phường tổ chức đại hội điểm (15/08/2025)
- Thông qua Nghị quyết số 18/NQ-HĐND về bảng giá đất (05/12/2025)
Đường dây nóng: 0258.3822.261 - 0913.456.789
'''
META = {'published': '2025-12-10', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2025', 'modality': 'estimate'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'modality': 'actual'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
NT = {'locality': 'tỉnh Ninh Thuận'}
RT = {'indicator': 'resolution_targets'}
GG = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
FIGS = [
 ('có 21/25 chỉ tiêu', '21/25', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', d(RT, A)),
 ('có 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('4 chỉ tiêu không', '4', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 8,92%', '8,92%', 'level', '%', d(GG)),
 ('mục tiêu 10%', '10%', 'level', '%', d(GG, modality='target')),
 ('mức tăng 7,6%', '7,6%', 'change', '%', d(GG, U, A, period='2024')),
 ('ước đạt 198.700 tỷ đồng', '198.700 tỷ đồng', 'level', 'VND', d(indicator='grdp')),
 ('khoảng 89,4 triệu đồng', '89,4 triệu đồng', 'level', 'VND/người/năm', d(A, indicator='grdp_per_capita', bound='about')),
 ('ước đạt 30.150 tỷ đồng', '30.150 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 108,7% dự toán', '108,7%', 'attainment', '%', d(BR, P)),
 ('tăng 12,3%', '12,3%', 'change', '%', d(BR, U, base='2024')),
 ('thu 6.080 tỷ đồng', '6.080 tỷ đồng', 'level', 'VND', d(BR, NT, A)),
 ('bằng 102,4% dự toán', '102,4%', 'attainment', '%', d(BR, NT, A, P)),
 ('khoảng 35%', '35%', 'level', '%', d(NT, A, bound='about')),
 ('ước đạt 58.600 tỷ đồng', '58.600 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('đạt 11,9 triệu lượt', '11,9 triệu lượt', 'level', 'lượt', d(A, indicator='tourist_arrivals')),
 ('quốc tế 4,18 triệu lượt', '4,18 triệu lượt', 'level', 'lượt', d(A, indicator='international_tourist_arrivals')),
 ('tăng 32%', '32%', 'change', '%', d(A, U, base='2024', indicator='international_tourist_arrivals')),
 ('đón 3,1 triệu lượt', '3,1 triệu lượt', 'level', 'lượt khách', d(A, NT, indicator='tourist_arrivals')),
 ('còn 1,38%', '1,38%', 'level', '%', d(A, D, PR)),
 ('giảm 0,62 điểm phần trăm', '0,62 điểm phần trăm', 'change', 'điểm %', d(A, D, PR)),
 ('từ 4,21%', '4,21%', 'level', '%', d(A, NT, PR)),
 ('còn 3,05%', '3,05%', 'level', '%', d(A, NT, D, PR)),
 ('đạt 94,1%', '94,1%', 'level', '%', d(A, indicator='health_insurance_coverage')),
 ('ước đạt 84,6% kế hoạch', '84,6%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('(48,3%', '48,3%', 'level', '%', d(A, indicator='urbanization_rate')),
 ('KH 50%', '50%', 'level', '%', d(modality='target', indicator='urbanization_rate')),
 ('(1.870/KH', '1.870', 'level', 'doanh nghiệp', d(A, indicator='new_enterprises')),
 ('KH 2.200', '2.200', 'level', 'doanh nghiệp', d(modality='target', indicator='new_enterprises')),
 ('ra 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(K, RT)),
 ('GRDP 10 - 10,5%', '10 - 10,5%', 'level', '%', d(K, GG)),
 ('98 - 100 triệu đồng', '98 - 100 triệu đồng', 'level', 'VND/người/năm', d(K, indicator='grdp_per_capita')),
 ('nước 33.000 tỷ đồng', '33.000 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('Đón 13 triệu lượt', '13 triệu lượt', 'level', 'lượt khách', d(K, indicator='tourist_arrivals')),
 ('nghèo 0,3 - 0,5 điểm phần trăm', '0,3 - 0,5 điểm phần trăm', 'change', 'điểm %', d(K, D, PR)),
 ('giảm 0,8 - 1 điểm phần trăm', '0,8 - 1 điểm phần trăm', 'change', 'điểm %', d(K, D, PR, NT)),
]
