# Báo Hậu Giang, 11/7/2024 (stored in NFD): the mid-year session of the council of thành phố Vị Thanh. The lead names
# the first half (2024-H1) as the report's frame. A pipe table of four rows under a heading naming the half-year: the
# plan column is the year's target, the estimate column and the share of the plan are H1 estimates; the row label's
# "(tỷ đồng)" scales the cells. The Đông Xuân season dates its own sentence; the pineapple area held now is the
# report's half-year. The H2 aims that name "cả năm" are the year's targets.
NFD = True
TEXT = '''
BÁO HẬU GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HẬU GIANG
Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp | Văn hóa - Văn nghệ | Thể thao

Thứ Năm, ngày 11/7/2024 - 16:05

HĐND thành phố Vị Thanh: Tổng giá trị sản xuất 6 tháng tăng 7,26%

(HG) - Sáng 10-7, HĐND thành phố Vị Thanh khóa XII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 15 (kỳ họp thường lệ giữa năm 2024) để đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm và quyết định nhiệm vụ, giải pháp 6 tháng cuối năm 2024.

Theo báo cáo của UBND thành phố, 6 tháng đầu năm, tổng giá trị sản xuất (giá so sánh 2010) ước đạt 4.562 tỷ đồng, tăng 7,26% so với cùng kỳ, bằng 48,9% kế hoạch năm. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 5.318 tỷ đồng, tăng 11,2%. Trên địa bàn có 46 doanh nghiệp thành lập mới với tổng vốn đăng ký 212 tỷ đồng.

Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2024:

Chỉ tiêu | Kế hoạch năm 2024 | Ước thực hiện 6 tháng | So kế hoạch (%)
Thu ngân sách trên địa bàn (tỷ đồng) | 312 | 176,4 | 56,5
Chi ngân sách địa phương (tỷ đồng) | 598,7 | 251,2 | 42
Giải ngân vốn đầu tư công (tỷ đồng) | 286,5 | 103,1 | 36
Giải quyết việc làm (lao động) | 2.100 | 1.185 | 56,4

Trong sản xuất nông nghiệp, vụ lúa Đông Xuân 2023 - 2024 toàn thành phố xuống giống 6.870 ha, năng suất bình quân 7,12 tấn/ha, sản lượng trên 48.900 tấn. Diện tích khóm hiện có 1.420 ha; giá khóm Cầu Đúc dao động từ 6.000 - 8.000 đồng/kg, thấp hơn cùng kỳ khoảng 1.500 đồng/kg.

Vườn khóm của nông dân xã Hỏa Tiến. Ảnh: MINH HUY

Công tác an sinh xã hội được quan tâm; dịp Tết Nguyên đán Giáp Thìn, thành phố đã trao 1.250 phần quà cho hộ nghèo, hộ cận nghèo với tổng trị giá gần 750 triệu đồng. Tỷ lệ hộ nghèo hiện còn 0,94%; tỷ lệ bao phủ bảo hiểm y tế đạt 91,8%.

Về an ninh trật tự, 6 tháng xảy ra 14 vụ phạm pháp hình sự, giảm 3 vụ so với cùng kỳ; điều tra làm rõ 12 vụ, đạt 85,7%. Tai nạn giao thông xảy ra 5 vụ, làm chết 4 người.

Nhiệm vụ 6 tháng cuối năm, thành phố phấn đấu thu ngân sách cả năm đạt từ 100% dự toán trở lên; giải ngân 100% kế hoạch vốn đầu tư công năm 2024; tổng giá trị sản xuất cả năm tăng 8 - 8,5%.

Kỳ họp diễn ra trong 2 ngày, xem xét, thông qua 9 nghị quyết quan trọng.

MINH HUY

Tin liên quan
- Vị Thanh: Hơn 200 hộ được hỗ trợ cất nhà
- Hậu Giang: 6 tháng, thu ngân sách đạt 58% dự toán
- Phường VII đạt chuẩn đô thị văn minh

Báo Hậu Giang - Số 02 Ngô Quốc Trị, Phường V, TP. Vị Thanh. Đường dây nóng: 0293.3878.686
'''
META = {'published': '2024-07-11', 'locality': 'thành phố Vị Thanh'}
DEFAULTS = {'locality': 'thành phố Vị Thanh', 'period': '2024-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
P = {'modality': 'target', 'period': '2024'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
TO = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
BX = {'indicator': 'budget_expenditure'}
PI = {'indicator': 'public_investment_disbursement'}
JC = {'indicator': 'jobs_created'}
DX = {'period': '2023/2024'}
FIGS = [
 ('6 tháng tăng 7,26%', '7,26%', 'change', '%', d(U, TO)),
 ('ước đạt 4.562 tỷ đồng', '4.562 tỷ đồng', 'level', 'VND', d(E, TO)),
 ('tăng 7,26% so với cùng kỳ', '7,26%', 'change', '%', d(E, U, SP, TO)),
 ('bằng 48,9% kế hoạch năm', '48,9%', 'attainment', '%', d(E, TB, TO)),
 ('ước đạt 5.318 tỷ đồng', '5.318 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 11,2%', '11,2%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('có 46 doanh nghiệp', '46', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 212 tỷ đồng', '212 tỷ đồng', 'level', 'VND', d()),
 ('| 312 |', '312', 'level', 'VND', d(P, BR, value=312000000000)),
 ('| 176,4 |', '176,4', 'level', 'VND', d(E, BR, value=176400000000)),
 ('| 56,5', '56,5', 'attainment', '%', d(E, TB, BR)),
 ('| 598,7 |', '598,7', 'level', 'VND', d(P, BX, value=598700000000)),
 ('| 251,2 |', '251,2', 'level', 'VND', d(E, BX, value=251200000000)),
 ('| 42\n', '42', 'attainment', '%', d(E, TB, BX)),
 ('| 286,5 |', '286,5', 'level', 'VND', d(P, PI, value=286500000000)),
 ('| 103,1 |', '103,1', 'level', 'VND', d(E, PI, value=103100000000)),
 ('| 36\n', '36', 'attainment', '%', d(E, TB, PI)),
 ('| 2.100 |', '2.100', 'level', 'lao động', d(P, JC)),
 ('| 1.185 |', '1.185', 'level', 'lao động', d(E, JC)),
 ('| 56,4', '56,4', 'attainment', '%', d(E, TB, JC)),
 ('giống 6.870 ha', '6.870 ha', 'level', 'ha', d(DX, indicator='crop_area')),
 ('bình quân 7,12 tấn/ha', '7,12 tấn/ha', 'level', 'tấn/ha', d(DX)),
 ('trên 48.900 tấn', '48.900 tấn', 'level', 'tấn', d(DX, indicator='rice_output', bound='over')),
 ('hiện có 1.420 ha', '1.420 ha', 'level', 'ha', d()),
 ('từ 6.000 - 8.000 đồng/kg', '6.000 - 8.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 1.500 đồng/kg', '1.500 đồng/kg', 'change', 'VND/kg', d(D, SP, bound='about')),
 ('trao 1.250 phần quà', '1.250', 'level', 'phần quà', d()),
 ('gần 750 triệu đồng', '750 triệu đồng', 'level', 'VND', d(bound='nearly')),
 ('còn 0,94%', '0,94%', 'level', '%', d(indicator='poverty_rate')),
 ('đạt 91,8%', '91,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('xảy ra 14 vụ', '14', 'level', 'vụ', d(indicator='crime')),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(D, SP, indicator='crime')),
 ('làm rõ 12 vụ', '12', 'level', 'vụ', d()),
 ('đạt 85,7%', '85,7%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('xảy ra 5 vụ', '5', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 4 người', '4', 'level', 'người', d(indicator='traffic_deaths')),
 ('từ 100% dự toán trở lên', '100%', 'attainment', '%', d(P, TB, BR, bound='at_least')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(P, TB, PI)),
 ('tăng 8 - 8,5%', '8 - 8,5%', 'change', '%', d(P, U, TO)),
 ('thông qua 9 nghị quyết', '9', 'level', 'nghị quyết', d(optional=True)),
]
