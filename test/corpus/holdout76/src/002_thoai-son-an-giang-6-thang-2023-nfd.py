NFD = True
TEXT = '''
BÁO AN GIANG ĐIỆN TỬ
Trang chủ › Chính trị › Hoạt động Quốc hội - HĐND
Thứ Ba, 11/07/2023 | 09:20

Thoại Sơn: Giá trị sản xuất 6 tháng đầu năm tăng 6,15%

(BAG) - Ngày 10-7, HĐND huyện Thoại Sơn khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 9 đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo của UBND huyện, 6 tháng đầu năm, tổng giá trị sản xuất trên địa bàn (giá so sánh 2010) ước đạt 9.862 tỷ đồng, tăng 6,15% so với cùng kỳ, bằng 49,3% kế hoạch năm. Trong đó, giá trị sản xuất nông - lâm - thủy sản 4.130 tỷ đồng, tăng 3,2%; công nghiệp - xây dựng 2.915 tỷ đồng, tăng 8,4%; thương mại - dịch vụ 2.817 tỷ đồng, tăng 8,1%.

Vụ lúa Đông Xuân 2022 - 2023, toàn huyện xuống giống 48.270 ha, đạt 100,2% kế hoạch; năng suất bình quân 7,85 tấn/ha, sản lượng ước 378.900 tấn. Giá lúa tươi tại ruộng dao động từ 6.600 - 7.100 đồng/kg, nông dân lãi từ 25 - 30 triệu đồng/ha.

Hiện nay, nông dân đã xuống giống vụ Hè Thu được 46.500 ha, đạt 97,1% kế hoạch. Chăn nuôi phát triển ổn định, tổng đàn gia súc, gia cầm khoảng 1,2 triệu con. Sản lượng thủy sản nuôi trồng đạt 5.430 tấn, bằng 52,6% kế hoạch.

Thu ngân sách nhà nước trên địa bàn được 168,5 tỷ đồng, đạt 61,2% dự toán HĐND huyện giao, tăng 12,8% so với cùng kỳ. Chi ngân sách 412,7 tỷ đồng, đạt 43,5% dự toán. Giải ngân vốn đầu tư công được 96,4 tỷ đồng, đạt 38,2% kế hoạch vốn.

Đại biểu HĐND huyện Thoại Sơn chất vấn tại kỳ họp thứ 9. Ảnh: HẠNH CHÂU

Về văn hóa - xã hội, huyện giải quyết việc làm cho 3.215 lao động, trong đó đưa 28 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ hộ nghèo hiện còn 1,52% (1.083 hộ). Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,4%. Toàn huyện có 13/14 xã đạt chuẩn nông thôn mới, trong đó có 5 xã đạt chuẩn nông thôn mới nâng cao.

Tình hình an ninh trật tự được giữ vững. Tai nạn giao thông xảy ra 9 vụ, làm chết 7 người, bị thương 4 người; so với cùng kỳ giảm 3 vụ, giảm 2 người chết.

Trong 6 tháng cuối năm, huyện phấn đấu hoàn thành 100% kế hoạch thu ngân sách, xuống giống vụ Thu Đông 38.000 ha; giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn năm 2023.

HẠNH CHÂU

Tin cùng chuyên mục
- Châu Thành: Khai mạc kỳ họp thứ 9 HĐND huyện (10/07/2023)
- Tri Tôn tổ chức kỳ họp thường lệ giữa năm (07/07/2023)

Cơ quan chủ quản: Tỉnh ủy An Giang. Giấy phép số 371/GP-BTTTT ngày 22/6/2020. Điện thoại: (0296) 3841 424
'''
META = {'published': '2023-07-11', 'locality': 'huyện Thoại Sơn'}
DEFAULTS = {'locality': 'huyện Thoại Sơn', 'period': '2023-H1', 'modality': 'actual'}
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
SP = {'base': 'same_period'}
TOV = {'indicator': 'total_output_value'}
CA = {'indicator': 'crop_area'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
PD = {'indicator': 'public_investment_disbursement'}
DX = {'period': '2022/2023'}
FIGS = [
 ('năm tăng 6,15%\n', '6,15%', 'change', '%', d(TOV, U)),
 ('ước đạt 9.862 tỷ đồng', '9.862 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('tăng 6,15% so với cùng kỳ', '6,15%', 'change', '%', d(E, TOV, U, SP)),
 ('bằng 49,3% kế hoạch', '49,3%', 'attainment', '%', d(E, TOV, T)),
 ('sản 4.130 tỷ đồng', '4.130 tỷ đồng', 'level', 'VND', d(indicator='agricultural_output_value')),
 ('tăng 3,2%', '3,2%', 'change', '%', d(U, indicator='agricultural_output_value')),
 ('dựng 2.915 tỷ đồng', '2.915 tỷ đồng', 'level', 'VND', d()),
 ('tăng 8,4%', '8,4%', 'change', '%', d(U)),
 ('vụ 2.817 tỷ đồng', '2.817 tỷ đồng', 'level', 'VND', d()),
 ('tăng 8,1%', '8,1%', 'change', '%', d(U)),
 ('giống 48.270 ha', '48.270 ha', 'level', 'ha', d(CA, DX)),
 ('đạt 100,2% kế hoạch', '100,2%', 'attainment', '%', d(CA, T, DX)),
 ('quân 7,85 tấn/ha', '7,85 tấn/ha', 'level', 'tấn/ha', d(DX)),
 ('ước 378.900 tấn', '378.900 tấn', 'level', 'tấn', d(E, DX, indicator='rice_output')),
 ('6.600 - 7.100 đồng', '6.600 - 7.100 đồng', 'level', 'VND/kg', d(DX)),
 ('25 - 30 triệu đồng', '25 - 30 triệu đồng', 'level', 'VND/ha', d(DX)),
 ('được 46.500 ha', '46.500 ha', 'level', 'ha', d(CA)),
 ('đạt 97,1% kế hoạch', '97,1%', 'attainment', '%', d(CA, T)),
 ('khoảng 1,2 triệu con', '1,2 triệu con', 'level', 'con', d(bound='about')),
 ('đạt 5.430 tấn', '5.430 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('bằng 52,6% kế hoạch', '52,6%', 'attainment', '%', d(T, indicator='aquaculture_output')),
 ('được 168,5 tỷ đồng', '168,5 tỷ đồng', 'level', 'VND', d(BR)),
 ('đạt 61,2% dự toán', '61,2%', 'attainment', '%', d(BR, T)),
 ('tăng 12,8% so với cùng kỳ', '12,8%', 'change', '%', d(BR, U, SP)),
 ('sách 412,7 tỷ đồng', '412,7 tỷ đồng', 'level', 'VND', d(BE)),
 ('đạt 43,5% dự toán', '43,5%', 'attainment', '%', d(BE, T)),
 ('được 96,4 tỷ đồng', '96,4 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 38,2% kế hoạch', '38,2%', 'attainment', '%', d(PD, T)),
 ('cho 3.215 lao động', '3.215', 'level', 'lao động', d(indicator='jobs_created')),
 ('đưa 28 người', '28', 'level', 'người', d(indicator='labour_export')),
 ('còn 1,52%', '1,52%', 'level', '%', d(indicator='poverty_rate')),
 ('(1.083 hộ)', '1.083', 'level', 'hộ', d(indicator='poor_households')),
 ('đạt 91,4%', '91,4%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('có 13/14 xã', '13/14', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('có 5 xã', '5', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('xảy ra 9 vụ', '9', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 7 người', '7', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 4 người', '4', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(DN, SP, indicator='traffic_accidents')),
 ('giảm 2 người', '2', 'change', 'người', d(DN, SP, indicator='traffic_deaths')),
 ('thành 100% kế hoạch', '100%', 'attainment', '%', d(TG, BR, T, period='2023')),
 ('Đông 38.000 ha', '38.000 ha', 'level', 'ha', d(TG, CA, period='2023-H2')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', d(TG, PD, T, period='2023', bound='over')),
]
