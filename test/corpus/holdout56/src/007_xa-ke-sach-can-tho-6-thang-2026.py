TEXT = '''
BÁO CẦN THƠ ONLINE
Trang chủ > Chính trị > Chính quyền
08/07/2026 - 14:35

Xã Kế Sách: 6 tháng đầu năm 2026, tổng giá trị sản xuất tăng 7,6%

(CT) - Ngày 7/7, HĐND xã Kế Sách (TP Cần Thơ) khóa I, nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ hai (kỳ họp thường lệ giữa năm 2026). Theo báo cáo của UBND xã, 6 tháng đầu năm 2026, tổng giá trị sản xuất ước đạt 2.846 tỷ đồng, tăng 7,6% so với cùng kỳ, bằng 48,2% kế hoạch năm.

Xã Kế Sách được thành lập trên cơ sở nhập thị trấn Kế Sách, xã Kế Thành và xã Kế An thuộc huyện Kế Sách, tỉnh Sóc Trăng (cũ).

Vụ Đông Xuân 2025 - 2026, xã xuống giống 6.420 ha lúa/KH 6.400 ha; năng suất bình quân 7,1 tấn/ha, sản lượng đạt 45.580 tấn. Giá lúa tươi tại ruộng dao động từ 6.200 - 6.800 đồng/kg, thấp hơn cùng kỳ khoảng 400 đồng/kg.

Diện tích cây ăn trái hiện có 5.240 ha, trong đó sầu riêng, bưởi và chôm chôm lần lượt là 1.860 ha, 1.120 ha và 940 ha. Tổng đàn heo 24.500 con, đàn gia cầm 386.000 con.

Thu ngân sách nhà nước trên địa bàn đạt 19,4 tỷ đồng, bằng 58,3% dự toán thành phố giao; chi ngân sách 24,7 tỷ đồng. Giải ngân vốn đầu tư công đến ngày 30/6 đạt 38,5% kế hoạch.

Trong 6 tháng, xã giải quyết việc làm cho 720 lao động, đạt 51,4% kế hoạch năm; đưa 12 lao động đi làm việc ở nước ngoài. Tỷ lệ hộ nghèo hiện còn 1,86% (189 hộ); tỷ lệ tham gia bảo hiểm y tế đạt 92,7%.

Quang cảnh kỳ họp thứ hai HĐND xã Kế Sách. Ảnh: THANH LONG

Năm 2026, xã phấn đấu: tổng giá trị sản xuất đạt 5.900 tỷ đồng trở lên, tăng 8 - 8,5%; thu ngân sách vượt 5% dự toán; giải ngân 100% kế hoạch vốn; tỷ lệ hộ nghèo giảm còn dưới 1,5%.

Tại kỳ họp, cử tri ấp An Phú phản ánh tuyến đường liên ấp dài 2,4 km xuống cấp. Chủ tịch UBND xã Lâm Văn Sang cho biết xã đã bố trí 3,5 tỷ đồng để nâng cấp tuyến đường trong quý III/2026. Kỳ họp đã thông qua 7 nghị quyết.

THANH LONG

Tin cùng chuyên mục
- Phường Sóc Trăng: 6 tháng thu ngân sách đạt 61% dự toán (07/07/2026)
- Xã Phong Điền hoàn thành 9/9 tiêu chí đô thị văn minh (06/07/2026)

Báo Cần Thơ - Cơ quan của Đảng bộ thành phố Cần Thơ. Số 3 Hòa Bình, phường Ninh Kiều. ĐT: 0292.3820.229
'''
META = {'published': '2026-07-08', 'locality': 'xã Kế Sách'}
DEFAULTS = {'locality': 'xã Kế Sách', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
S = {'period': '2025/2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TOV = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
PID = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('tổng giá trị sản xuất tăng 7,6%\n', '7,6%', 'change', '%', d(TOV, U)),
 ('ước đạt 2.846 tỷ đồng', '2.846 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('tăng 7,6% so với cùng kỳ', '7,6%', 'change', '%', d(E, TOV, U, base='same_period')),
 ('bằng 48,2% kế hoạch năm', '48,2%', 'attainment', '%', d(E, TOV, base='target')),
 ('xuống giống 6.420 ha', '6.420 ha', 'level', 'ha', d(S, indicator='crop_area')),
 ('KH 6.400 ha', '6.400 ha', 'level', 'ha', d(S, indicator='crop_area', modality='target')),
 ('7,1 tấn/ha', '7,1 tấn/ha', 'level', 'tấn/ha', d(S)),
 ('đạt 45.580 tấn', '45.580 tấn', 'level', 'tấn', d(S, indicator='rice_output')),
 ('6.200 - 6.800 đồng/kg', '6.200 - 6.800 đồng/kg', 'level', 'VND/kg', d(S)),
 ('khoảng 400 đồng/kg', '400 đồng/kg', 'change', 'VND/kg', d(S, D, base='same_period', bound='about')),
 ('hiện có 5.240 ha', '5.240 ha', 'level', 'ha', d()),
 ('là 1.860 ha', '1.860 ha', 'level', 'ha', d()),
 ('1.120 ha', '1.120 ha', 'level', 'ha', d()),
 ('940 ha', '940 ha', 'level', 'ha', d()),
 ('heo 24.500 con', '24.500', 'level', 'con', d()),
 ('386.000 con', '386.000', 'level', 'con', d()),
 ('đạt 19,4 tỷ đồng', '19,4 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 58,3% dự toán', '58,3%', 'attainment', '%', d(BR, base='target')),
 ('chi ngân sách 24,7 tỷ đồng', '24,7 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 38,5% kế hoạch', '38,5%', 'attainment', '%', d(PID, base='target')),
 ('cho 720 lao động', '720', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 51,4% kế hoạch năm', '51,4%', 'attainment', '%', d(indicator='jobs_created', base='target')),
 ('đưa 12 lao động', '12', 'level', 'lao động', d(indicator='labour_export')),
 ('còn 1,86%', '1,86%', 'level', '%', d(PR)),
 ('(189 hộ)', '189', 'level', 'hộ', d(indicator='poor_households')),
 ('đạt 92,7%', '92,7%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đạt 5.900 tỷ đồng trở lên', '5.900 tỷ đồng', 'level', 'VND', d(T, TOV, bound='at_least')),
 ('tăng 8 - 8,5%', '8 - 8,5%', 'change', '%', d(T, TOV, U)),
 ('vượt 5% dự toán', '5%', 'change', '%', d(T, BR, U, base='target', status='exceeded')),
 ('giải ngân 100% kế hoạch vốn', '100%', 'attainment', '%', d(T, PID, base='target')),
 ('dưới 1,5%', '1,5%', 'level', '%', d(T, PR, D, bound='under')),
 ('bố trí 3,5 tỷ đồng', '3,5 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('qua 7 nghị quyết', '7', 'level', 'nghị quyết', d(optional=True)),
]
