TEXT = '''
BÁO BÌNH ĐỊNH
Thứ Sáu, 20/12/2024 - 15:30
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Đất và người Bình Định | Ảnh

An Nhơn: Năm 2024 có 20/22 chỉ tiêu đạt và vượt

(BĐ) - Ngày 19/12, HĐND thị xã An Nhơn khóa XIII tổ chức kỳ họp thứ 18 (kỳ họp thường lệ cuối năm). Theo báo cáo của UBND thị xã, năm 2024 có 20/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 2 chỉ tiêu không đạt là giá trị sản xuất nông nghiệp và giải ngân vốn đầu tư công.

Giá trị sản xuất các ngành (giá so sánh 2010) ước đạt 21.346 tỷ đồng, tăng 8,6% so với năm 2023. Trong đó (so với năm 2023):
+ Công nghiệp - xây dựng: 13.952 tỷ đồng, tăng 11,2%;
+ Thương mại - dịch vụ: 4.870 tỷ đồng, tăng 7,4%;
+ Nông, lâm nghiệp và thủy sản: 2.524 tỷ đồng, giảm 1,8%.

Thu nhập bình quân đầu người đạt 72,4 triệu đồng/năm, gấp 1,4 lần năm 2020. Tổng đàn heo 142.600 con/KH 150.000 - 155.000 con; sản lượng lương thực 96.800 tấn. Giá trị thu hoạch trên 1 ha đất canh tác đạt 148 triệu đồng.

Thu ngân sách nhà nước trên địa bàn ước đạt 1.026 tỷ đồng, vượt 12,8% dự toán; trong đó thu tiền sử dụng đất 612 tỷ đồng. Chi ngân sách địa phương 894,5 tỷ đồng. Vốn đầu tư công giải ngân đến ngày 15/12/2024 đạt 468 tỷ đồng, bằng 79,3% kế hoạch.

Khu công nghiệp Nhơn Hòa và 4 cụm công nghiệp hiện thu hút 96 dự án, tỷ lệ lấp đầy đạt 87,5%. Trong năm có 118 doanh nghiệp thành lập mới, tăng 9,3% so với năm trước.

Đến nay, 10/10 xã của thị xã đạt chuẩn nông thôn mới, trong đó xã Nhơn Lộc và xã Nhơn Tân lần lượt đạt chuẩn nâng cao với 19/19 và 18/19 tiêu chí; 5/5 phường đạt chuẩn đô thị văn minh.

Tỷ lệ hộ nghèo giảm từ 2,14% (năm 2023) xuống còn 1,28%; hộ cận nghèo còn 2,06%. Đã giải quyết việc làm mới cho 2.870 lao động. Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 9,6%.

Quang cảnh kỳ họp thứ 18 HĐND thị xã An Nhơn. Ảnh: Nguyễn Hân

Năm 2025, An Nhơn phấn đấu giá trị sản xuất tăng 9 - 9,5%; thu nhập bình quân đầu người đạt 78 triệu đồng; thu ngân sách đạt 850 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 1%; giải quyết việc làm mới cho ít nhất 2.500 lao động.

NGUYỄN HÂN

Tin cùng chuyên mục:
- Tây Sơn: Khai mạc Lễ hội Đống Đa (19/12/2024)
- Phù Cát: Kỳ họp thứ 20 HĐND huyện khóa XII (18/12/2024)

Báo Bình Định - Cơ quan của Đảng bộ tỉnh Bình Định. Giấy phép số 125/GP-BTTTT. Địa chỉ: 30 Trần Phú, TP Quy Nhơn. ĐT: 0256.3822.576
'''
META = {'published': '2024-12-20', 'locality': 'thị xã An Nhơn'}
DEFAULTS = {'locality': 'thị xã An Nhơn', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
B23 = {'base': '2023'}
RT = {'indicator': 'resolution_targets', 'unit': 'chỉ tiêu'}
TO = {'indicator': 'total_output_value'}
IO = {'indicator': 'industrial_output_value'}
AO = {'indicator': 'agricultural_output_value'}
BR = {'indicator': 'budget_revenue'}
INC = {'indicator': 'income_per_capita'}
PV = {'indicator': 'poverty_rate'}
FIGS = [
 ('An Nhơn: Năm 2024 có 20/22 chỉ tiêu', '20/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('năm 2024 có 20/22 chỉ tiêu chủ yếu', '20/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 21.346 tỷ đồng', '21.346 tỷ đồng', 'level', 'VND', d(E, TO)),
 ('tăng 8,6%', '8,6%', 'change', '%', d(E, U, B23, TO)),
 ('dựng: 13.952 tỷ đồng', '13.952 tỷ đồng', 'level', 'VND', d(IO)),
 ('tăng 11,2%', '11,2%', 'change', '%', d(U, B23, IO)),
 ('vụ: 4.870 tỷ đồng', '4.870 tỷ đồng', 'level', 'VND', d()),
 ('tăng 7,4%', '7,4%', 'change', '%', d(U, B23)),
 ('sản: 2.524 tỷ đồng', '2.524 tỷ đồng', 'level', 'VND', d(AO)),
 ('giảm 1,8%', '1,8%', 'change', '%', d(D, B23, AO)),
 ('đạt 72,4 triệu đồng', '72,4 triệu đồng', 'level', 'VND/người/năm', d(INC)),
 ('gấp 1,4 lần', '1,4', 'change', 'lần', d(U, INC, base='2020')),
 ('heo 142.600 con', '142.600', 'level', 'con', d()),
 ('KH 150.000 - 155.000 con', '150.000 - 155.000', 'level', 'con', d(modality='target')),
 ('thực 96.800 tấn', '96.800 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('đạt 148 triệu đồng', '148 triệu đồng', 'level', 'VND/ha', d()),
 ('ước đạt 1.026 tỷ đồng', '1.026 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('vượt 12,8% dự toán', '12,8%', 'change', '%', d(E, U, P, BR, status='exceeded')),
 ('đất 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', d(BR)),
 ('phương 894,5 tỷ đồng', '894,5 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 468 tỷ đồng', '468 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 79,3% kế hoạch', '79,3%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('hút 96 dự án', '96', 'level', 'dự án', d(optional=True)),
 ('và 4 cụm công nghiệp', '4', 'level', 'cụm công nghiệp', d(optional=True)),
 ('đạt 87,5%', '87,5%', 'level', '%', d()),
 ('có 118 doanh nghiệp', '118', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 9,3%', '9,3%', 'change', '%', d(U, B23, indicator='new_enterprises')),
 ('10/10 xã', '10/10', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('với 19/19', '19/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Nhơn Lộc')),
 ('và 18/19 tiêu chí', '18/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Nhơn Tân')),
 ('5/5 phường', '5/5', 'ratio', 'phường', d()),
 ('từ 2,14%', '2,14%', 'level', '%', d(PV, period='2023')),
 ('xuống còn 1,28%', '1,28%', 'level', '%', d(D, PV)),
 ('còn 2,06%', '2,06%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 2.870 lao động', '2.870', 'level', 'lao động', d(indicator='new_jobs')),
 ('giảm còn 9,6%', '9,6%', 'level', '%', d(D, indicator='child_malnutrition_rate')),
 ('tăng 9 - 9,5%', '9 - 9,5%', 'change', '%', d(K, U, TO)),
 ('đạt 78 triệu đồng', '78 triệu đồng', 'level', 'VND/người/năm', d(K, INC)),
 ('đạt 850 tỷ đồng', '850 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('dưới 1%', '1%', 'level', '%', d(K, D, PV, bound='under')),
 ('ít nhất 2.500 lao động', '2.500', 'level', 'lao động', d(K, indicator='new_jobs', bound='at_least')),
]
