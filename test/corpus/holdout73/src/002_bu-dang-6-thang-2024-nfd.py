NFD = True
TEXT = '''
Báo Bình Phước điện tử
Thứ sáu, 12/07/2024 | 09:20 GMT+7
Chính trị - Xây dựng Đảng

Bù Đăng: Giá trị sản xuất 6 tháng ước đạt 7.845 tỷ đồng

BP - Ngày 11/7, HĐND huyện Bù Đăng khóa XIV, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 13 (kỳ họp thường lệ giữa năm 2024) để đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo của UBND huyện, 6 tháng đầu năm 2024, tổng giá trị sản xuất các ngành kinh tế trên địa bàn ước đạt 7.845 tỷ đồng, tăng 6,8% so với cùng kỳ, bằng 48,6% kế hoạch năm. Trong đó, giá trị sản xuất nông, lâm nghiệp và thủy sản ước đạt 4.120 tỷ đồng, giá trị sản xuất công nghiệp 1.260 tỷ đồng.

Diện tích cây lâu năm hiện có 98.600 ha, trong đó cây điều 47.300 ha, cao su 35.800 ha, hồ tiêu 7.900 ha. Tổng đàn gia súc 48.500 con, đàn gia cầm 1,2 triệu con.

Thu ngân sách nhà nước trên địa bàn đạt 312,5 tỷ đồng, bằng 56,2% dự toán tỉnh giao, bằng 52,1% dự toán HĐND huyện giao, tăng 9,4% so với cùng kỳ. Chi ngân sách địa phương 498,7 tỷ đồng, bằng 45,3% dự toán. Giải ngân vốn đầu tư công đến ngày 30/6/2024 đạt 186 tỷ đồng, bằng 41,8% kế hoạch vốn được giao.

Người dân xã Đường 10 thu hoạch điều. Ảnh: Trung Hiếu

Trong 6 tháng, huyện giải quyết việc làm cho 1.350 lao động, đạt 54% kế hoạch; tuyển sinh đào tạo nghề cho 420 người. Tỷ lệ hộ nghèo của huyện hiện còn 1,86% (612 hộ), giảm 0,51 điểm phần trăm so với cuối năm 2023; tỷ lệ tham gia bảo hiểm y tế đạt 91,3%. Đến nay, huyện có 10/15 xã đạt chuẩn nông thôn mới.

Tình hình an ninh chính trị ổn định; 6 tháng xảy ra 9 vụ tai nạn giao thông, làm chết 7 người, bị thương 5 người; so với cùng kỳ giảm 3 vụ, giảm 2 người chết.

Để hoàn thành kế hoạch năm, 6 tháng cuối năm huyện phấn đấu thu ngân sách đạt 245 tỷ đồng trở lên, giải ngân trên 95% kế hoạch vốn đầu tư công năm 2024; giảm tỷ lệ hộ nghèo xuống còn 1,5% vào cuối năm.

Kỳ họp đã thông qua 11 nghị quyết về kinh tế - xã hội, đầu tư công và ngân sách.

Trung Hiếu

Tin cùng chuyên mục
- Bù Đăng: Khai mạc Tuần văn hóa các dân tộc lần thứ 6 (10/07/2024)
- Huyện Bù Đăng trao 120 suất quà cho hộ nghèo (09/07/2024)

Giấy phép hoạt động báo chí điện tử số 48/GP-BTTTT. Tòa soạn: số 1 đường Võ Văn Tần, phường Tân Phú, TP. Đồng Xoài. ĐT: (0271) 3879 777
'''
META = {'published': '2024-07-12', 'locality': 'huyện Bù Đăng'}
DEFAULTS = {'locality': 'huyện Bù Đăng', 'period': '2024-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
TOV = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
PID = {'indicator': 'public_investment_disbursement'}
PR = {'indicator': 'poverty_rate'}
TG = {'modality': 'target'}
FIGS = [
 ('6 tháng ước đạt 7.845 tỷ đồng', '7.845 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('bàn ước đạt 7.845 tỷ đồng', '7.845 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('tăng 6,8% so với cùng kỳ', '6,8%', 'change', '%', d(E, TOV, U, SP)),
 ('bằng 48,6% kế hoạch', '48,6%', 'attainment', '%', d(E, TOV, T)),
 ('ước đạt 4.120 tỷ đồng', '4.120 tỷ đồng', 'level', 'VND', d(E, indicator='agricultural_output_value')),
 ('công nghiệp 1.260 tỷ đồng', '1.260 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('hiện có 98.600 ha', '98.600 ha', 'level', 'ha', d()),
 ('điều 47.300 ha', '47.300 ha', 'level', 'ha', d()),
 ('cao su 35.800 ha', '35.800 ha', 'level', 'ha', d()),
 ('hồ tiêu 7.900 ha', '7.900 ha', 'level', 'ha', d()),
 ('gia súc 48.500 con', '48.500 con', 'level', 'con', d()),
 ('1,2 triệu con', '1,2 triệu con', 'level', 'con', d()),
 ('đạt 312,5 tỷ đồng', '312,5 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 56,2% dự toán', '56,2%', 'attainment', '%', d(BR, T)),
 ('bằng 52,1% dự toán', '52,1%', 'attainment', '%', d(BR, T)),
 ('tăng 9,4% so với cùng kỳ', '9,4%', 'change', '%', d(BR, U, SP)),
 ('phương 498,7 tỷ đồng', '498,7 tỷ đồng', 'level', 'VND', d(BE)),
 ('bằng 45,3% dự toán', '45,3%', 'attainment', '%', d(BE, T)),
 ('đạt 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', d(PID)),
 ('bằng 41,8% kế hoạch', '41,8%', 'attainment', '%', d(PID, T)),
 ('cho 1.350 lao động', '1.350', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 54% kế hoạch', '54%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('cho 420 người', '420', 'level', 'người', d(indicator='vocational_training')),
 ('hiện còn 1,86%', '1,86%', 'level', '%', d(PR)),
 ('(612 hộ)', '612', 'level', 'hộ', d(indicator='poor_households')),
 ('giảm 0,51 điểm phần trăm', '0,51 điểm phần trăm', 'change', 'điểm %', d(PR, DN, base='2023')),
 ('y tế đạt 91,3%', '91,3%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('có 10/15 xã', '10/15', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('ra 9 vụ', '9', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 7 người', '7', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 5 người', '5', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(DN, SP, indicator='traffic_accidents')),
 ('giảm 2 người chết', '2', 'change', 'người', d(DN, SP, indicator='traffic_deaths')),
 ('đạt 245 tỷ đồng trở lên', '245 tỷ đồng', 'level', 'VND', d(TG, BR, period='2024-H2', bound='at_least')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', d(TG, PID, T, period='2024', bound='over')),
 ('còn 1,5% vào cuối năm', '1,5%', 'level', '%', d(TG, PR, DN, period='2024')),
 ('thông qua 11 nghị quyết', '11', 'level', 'nghị quyết', dict(optional=True)),
]
