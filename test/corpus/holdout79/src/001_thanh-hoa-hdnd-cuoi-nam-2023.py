TEXT = '''
BÁO THANH HÓA
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao
Thứ năm, 07/12/2023 | 11:20

Kỳ họp thứ 17 HĐND tỉnh khóa XVIII: Năm 2023, có 27/29 chỉ tiêu chủ yếu đạt và vượt kế hoạch

(Baothanhhoa.vn) - Sáng 7/12, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 17. Báo cáo của UBND tỉnh cho biết, năm 2023 tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 7,37%, đứng thứ 3 các tỉnh Bắc Trung Bộ; có 27/29 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 2 chỉ tiêu không đạt.

Trong cơ cấu kinh tế, nông, lâm nghiệp và thủy sản chiếm 13,6%; công nghiệp - xây dựng chiếm 45,1%; dịch vụ chiếm 33,4%; thuế sản phẩm chiếm 7,9%. GRDP bình quân đầu người ước đạt 3.270 USD, tăng 215 USD so với năm 2022.

Thu ngân sách nhà nước trên địa bàn ước đạt 51.200 tỷ đồng, bằng 128,6% dự toán Trung ương giao, bằng 110,3% dự toán HĐND tỉnh giao; trong đó thu nội địa 32.600 tỷ đồng, thu từ hoạt động xuất nhập khẩu 18.600 tỷ đồng. Vốn đầu tư toàn xã hội ước đạt 133.500 tỷ đồng, tăng 4,5% so với năm 2022. Giá trị giải ngân vốn đầu tư công đến ngày 30/11/2023 đạt 6.950 tỷ đồng, bằng 71,2% kế hoạch.

Kim ngạch xuất khẩu ước đạt 4,45 tỷ USD, tăng 2,1%; tổng lượt khách du lịch đạt 14,7 triệu lượt, tăng 27,3% so với cùng kỳ, tổng thu từ du lịch 26.250 tỷ đồng. Toàn tỉnh có 2.050 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp đang hoạt động lên hơn 16.500 doanh nghiệp.

Tổng sản lượng lương thực cả năm ước đạt 1,52 triệu tấn, giảm 0,4% so với năm trước; sản lượng thủy sản đạt 215.000 tấn, tăng 3,1%. Trong năm, toàn tỉnh có thêm 29 xã đạt chuẩn nông thôn mới, 27 xã đạt chuẩn nông thôn mới nâng cao, 16 xã đạt chuẩn nông thôn mới kiểu mẫu; lũy kế đến nay có 409 xã đạt chuẩn nông thôn mới và 14 huyện, thị xã, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới.

Tỷ lệ hộ nghèo giảm còn 1,76%, giảm 0,7 điểm phần trăm so với năm 2022. Giải quyết việc làm cho 62.350 lao động, đạt 106,4% kế hoạch, trong đó xuất khẩu lao động 13.100 người; tỷ lệ lao động qua đào tạo đạt 72%. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 91,8%; bình quân có 13,2 bác sĩ/vạn dân.

Tình hình an ninh, trật tự được giữ vững; số vụ phạm pháp hình sự giảm 5,2% so với năm 2022. Tai nạn giao thông xảy ra 318 vụ, làm chết 246 người, bị thương 152 người; so với năm 2022 giảm 21 vụ, giảm 17 người chết.

Các đại biểu dự kỳ họp thứ 17, HĐND tỉnh khóa XVIII. Ảnh: Minh Hiếu

Năm 2024, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt 11% trở lên; GRDP bình quân đầu người đạt 3.700 USD; thu ngân sách nhà nước 41.500 tỷ đồng; tỷ lệ hộ nghèo giảm 0,8 - 1 điểm phần trăm; có thêm ít nhất 20 xã đạt chuẩn nông thôn mới.

Kỳ họp diễn ra trong 3 ngày, từ ngày 7 đến 9/12/2023.

Minh Hằng

Tin liên quan
- Khai mạc kỳ họp thứ 17, HĐND tỉnh khóa XVIII (07/12/2023)
- Thanh Hóa đón 14 triệu lượt khách trong 11 tháng (28/11/2023)

Giấy phép số 478/GP-BTTTT cấp ngày 15/9/2021. Điện thoại: 0237.3852.301 - Fax: 0237.3852.302
'''
META = {'published': '2023-12-07', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2023', 'modality': 'actual'}
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
B22 = {'base': '2022'}
RT = {'indicator': 'resolution_targets'}
G = {'indicator': 'grdp_growth'}
SS = {'indicator': 'sector_share'}
BR = {'indicator': 'budget_revenue'}
NTM = {'indicator': 'new_rural_communes'}
PR = {'indicator': 'poverty_rate'}
N24 = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('XVIII: Năm 2023, có 27/29', '27/29', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('ước đạt 7,37%', '7,37%', 'level', '%', d(E, G)),
 ('27/29 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 2', '27/29', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('chiếm 13,6%', '13,6%', 'level', '%', d(SS)),
 ('chiếm 45,1%', '45,1%', 'level', '%', d(SS)),
 ('chiếm 33,4%', '33,4%', 'level', '%', d(SS)),
 ('chiếm 7,9%', '7,9%', 'level', '%', d(SS)),
 ('ước đạt 3.270 USD', '3.270 USD', 'level', 'USD/người/năm', d(E, indicator='grdp_per_capita')),
 ('tăng 215 USD', '215 USD', 'change', 'USD/người/năm', d(E, U, B22, indicator='grdp_per_capita')),
 ('ước đạt 51.200 tỷ đồng', '51.200 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 128,6% dự toán', '128,6%', 'attainment', '%', d(E, BR, T)),
 ('bằng 110,3% dự toán', '110,3%', 'attainment', '%', d(E, BR, T)),
 ('nội địa 32.600 tỷ đồng', '32.600 tỷ đồng', 'level', 'VND', d(BR)),
 ('khẩu 18.600 tỷ đồng', '18.600 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước đạt 133.500 tỷ đồng', '133.500 tỷ đồng', 'level', 'VND', d(E, indicator='social_investment')),
 ('tăng 4,5% so với năm 2022', '4,5%', 'change', '%', d(E, U, B22, indicator='social_investment')),
 ('đạt 6.950 tỷ đồng', '6.950 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement', period='2023-11M')),
 ('bằng 71,2% kế hoạch', '71,2%', 'attainment', '%', d(T, indicator='public_investment_disbursement', period='2023-11M')),
 ('ước đạt 4,45 tỷ USD', '4,45 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 2,1%', '2,1%', 'change', '%', d(E, U, indicator='export_value')),
 ('đạt 14,7 triệu', '14,7 triệu', 'level', 'lượt', d(indicator='tourist_arrivals')),
 ('tăng 27,3% so với cùng kỳ', '27,3%', 'change', '%', d(U, SP, indicator='tourist_arrivals')),
 ('lịch 26.250 tỷ đồng', '26.250 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('có 2.050 doanh nghiệp', '2.050', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('lên hơn 16.500', '16.500', 'level', 'doanh nghiệp', d(U, bound='over')),
 ('ước đạt 1,52 triệu tấn', '1,52 triệu tấn', 'level', 'tấn', d(E, indicator='food_output')),
 ('giảm 0,4% so với năm trước', '0,4%', 'change', '%', d(E, DN, B22, indicator='food_output')),
 ('đạt 215.000 tấn', '215.000 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 3,1%', '3,1%', 'change', '%', d(U, indicator='aquaculture_output')),
 ('thêm 29 xã', '29', 'level', 'xã', d(NTM)),
 ('27 xã đạt', '27', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('16 xã đạt', '16', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('có 409 xã', '409', 'level', 'xã', d(NTM)),
 ('và 14 huyện', '14', 'level', 'huyện', dict(optional=True)),
 ('giảm còn 1,76%', '1,76%', 'level', '%', d(PR, DN)),
 ('0,7 điểm phần trăm', '0,7 điểm phần trăm', 'change', 'điểm %', d(PR, DN, B22)),
 ('cho 62.350 lao động', '62.350', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 106,4% kế hoạch', '106,4%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('động 13.100 người', '13.100', 'level', 'người', d(indicator='labour_export')),
 ('đạt 72%', '72%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đạt 91,8%', '91,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('có 13,2 bác sĩ', '13,2', 'level', 'bác sĩ/vạn dân', d(indicator='doctors_per_10k')),
 ('giảm 5,2% so với năm 2022', '5,2%', 'change', '%', d(DN, B22, indicator='crime')),
 ('ra 318 vụ', '318', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 246 người', '246', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 152 người', '152', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 21 vụ', '21', 'change', 'vụ', d(DN, B22, indicator='traffic_accidents')),
 ('giảm 17 người', '17', 'change', 'người', d(DN, B22, indicator='traffic_deaths')),
 ('đạt 11% trở lên', '11%', 'level', '%', d(G, N24, bound='at_least')),
 ('đạt 3.700 USD', '3.700 USD', 'level', 'USD/người/năm', d(N24, indicator='grdp_per_capita')),
 ('nước 41.500 tỷ đồng', '41.500 tỷ đồng', 'level', 'VND', d(BR, N24)),
 ('0,8 - 1 điểm phần trăm', '0,8 - 1 điểm phần trăm', 'change', 'điểm %', d(PR, N24, DN)),
 ('ít nhất 20 xã', '20', 'level', 'xã', d(NTM, N24, bound='at_least')),
]
