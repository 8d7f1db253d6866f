TEXT = '''
ẤP BẮC ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Địa phương | Media

Địa phương

Cái Bè: Thu ngân sách 9 tháng đạt 87,4% dự toán năm

Cập nhật: 16:05, 04/10/2022 (GMT+7)

Ngày 3-10, UBND huyện Cái Bè tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng và triển khai nhiệm vụ 3 tháng cuối năm 2022. Ông Trần Văn Hùng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị.

Theo báo cáo của UBND huyện, 9 tháng năm 2022, kinh tế của huyện tiếp tục phục hồi sau dịch Covid-19. Giá trị sản xuất nông nghiệp ước đạt 7.118 tỷ đồng, tăng 3,9% so với cùng kỳ, bằng 76,5% kế hoạch năm; giá trị sản xuất công nghiệp ước đạt 3.947 tỷ đồng, tăng 10,6% so với cùng kỳ, bằng 73,1% kế hoạch.

Toàn huyện xuống giống 3 vụ lúa được 38.420 ha, đạt 98,2% kế hoạch; năng suất bình quân 58,6 tạ/ha, sản lượng lúa ước đạt 225.140 tấn. Diện tích cây ăn trái hiện có 26.850 ha, tăng 640 ha so với cuối năm 2021, trong đó sầu riêng 9.320 ha, xoài cát Hòa Lộc 3.150 ha. Trên địa bàn có 57 mã số vùng trồng với diện tích 3.812 ha phục vụ xuất khẩu.

Huyện Cái Bè đẩy mạnh chuyển đổi cây trồng trên đất lúa kém hiệu quả sang trồng cây ăn trái.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 9.864 tỷ đồng, tăng 18,3% so với cùng kỳ. Khu du lịch sinh thái ven sông Tiền và chợ nổi Cái Bè đón khoảng 312.000 lượt khách, gấp 3,4 lần cùng kỳ năm 2021; doanh thu du lịch đạt 146 tỷ đồng.

Tổng thu ngân sách nhà nước trên địa bàn đến ngày 30-9 đạt 412,6 tỷ đồng, bằng 87,4% dự toán tỉnh giao, tăng 12,8% so với cùng kỳ; chi ngân sách 634,2 tỷ đồng, đạt 68,9% dự toán. Giải ngân vốn đầu tư công đạt 61,3% kế hoạch vốn.

Về văn hóa - xã hội, huyện giải quyết việc làm cho 2.846 lao động, đạt 81,3% kế hoạch năm, trong đó đưa 47 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ hộ nghèo giảm còn 1,12%; hộ cận nghèo còn 2,36%. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,4%. Năm học 2022 - 2023, toàn huyện huy động 99,6% trẻ 6 tuổi vào lớp 1.

Tình hình an ninh chính trị ổn định. So với cùng kỳ, phạm pháp hình sự giảm 6 vụ; tai nạn giao thông xảy ra 14 vụ, làm chết 11 người, bị thương 9 người, giảm 3 vụ, giảm 2 người chết.

3 tháng cuối năm, huyện tập trung chỉ đạo xuống giống vụ Thu Đông, chủ động phòng chống hạn mặn mùa khô 2022 - 2023; phấn đấu thu ngân sách đạt và vượt dự toán, giải ngân trên 95% kế hoạch vốn đầu tư công năm 2022; tỷ lệ hộ nghèo cuối năm còn dưới 1%.

Ông Trần Văn Hùng đề nghị các ngành, các xã rà soát những chỉ tiêu dự báo khó đạt, nhất là thu tiền sử dụng đất và số xã đạt chuẩn nông thôn mới nâng cao (hiện có 7/24 xã), để có giải pháp cụ thể trong quý IV.

THANH TÂM

Tin liên quan
- Cai Lậy: Nông dân trúng mùa sầu riêng nghịch vụ
- Chợ Gạo đẩy mạnh giải ngân vốn đầu tư công
- Tân Phước: 12 hộ được trao nhà đại đoàn kết

Báo Ấp Bắc - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang
Địa chỉ: Số 4, đường 30/4, Phường 1, TP. Mỹ Tho | ĐT: (0273) 3872.304
'''
META = {'published': '2022-10-04', 'locality': 'huyện Cái Bè'}
DEFAULTS = {'locality': 'huyện Cái Bè', 'period': '2022-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2022'}
AG = {'indicator': 'agricultural_output_value'}
IN = {'indicator': 'industrial_output_value'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('9 tháng đạt 87,4% dự toán năm', '87,4%', 'attainment', '%', dict(BR, base='target')),
 ('ước đạt 7.118 tỷ đồng', '7.118 tỷ đồng', 'level', 'VND', dict(E, **AG)),
 ('tăng 3,9% so với cùng kỳ', '3,9%', 'change', '%', dict(E, **AG, direction='up', base='same_period')),
 ('bằng 76,5% kế hoạch năm', '76,5%', 'attainment', '%', dict(E, **AG, base='target')),
 ('ước đạt 3.947 tỷ đồng', '3.947 tỷ đồng', 'level', 'VND', dict(E, **IN)),
 ('tăng 10,6% so với cùng kỳ', '10,6%', 'change', '%', dict(E, **IN, direction='up', base='same_period')),
 ('bằng 73,1% kế hoạch', '73,1%', 'attainment', '%', dict(E, **IN, base='target')),
 ('được 38.420 ha', '38.420 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 98,2% kế hoạch', '98,2%', 'attainment', '%', dict(indicator='crop_area', base='target')),
 ('bình quân 58,6 tạ/ha', '58,6 tạ/ha', 'level', 'tạ/ha', dict()),
 ('ước đạt 225.140 tấn', '225.140 tấn', 'level', 'tấn', dict(E, indicator='rice_output')),
 ('hiện có 26.850 ha', '26.850 ha', 'level', 'ha', dict()),
 ('tăng 640 ha so với cuối năm 2021', '640 ha', 'change', 'ha', dict(direction='up', base='2021')),
 ('sầu riêng 9.320 ha', '9.320 ha', 'level', 'ha', dict()),
 ('Hòa Lộc 3.150 ha', '3.150 ha', 'level', 'ha', dict()),
 ('có 57 mã số vùng trồng', '57', 'level', 'mã số vùng trồng', dict(optional=True)),
 ('diện tích 3.812 ha', '3.812 ha', 'level', 'ha', dict()),
 ('ước đạt 9.864 tỷ đồng', '9.864 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 18,3% so với cùng kỳ', '18,3%', 'change', '%', dict(E, indicator='retail_sales', direction='up', base='same_period')),
 ('khoảng 312.000 lượt khách', '312.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='about')),
 ('gấp 3,4 lần', '3,4', 'change', 'lần', dict(indicator='tourist_arrivals', direction='up', base='same_period')),
 ('đạt 146 tỷ đồng', '146 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('đạt 412,6 tỷ đồng', '412,6 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 87,4% dự toán tỉnh giao', '87,4%', 'attainment', '%', dict(BR, base='target')),
 ('tăng 12,8% so với cùng kỳ', '12,8%', 'change', '%', dict(BR, direction='up', base='same_period')),
 ('chi ngân sách 634,2 tỷ đồng', '634,2 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 68,9% dự toán', '68,9%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('đạt 61,3% kế hoạch vốn', '61,3%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('cho 2.846 lao động', '2.846', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 81,3% kế hoạch năm', '81,3%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('đưa 47 người', '47', 'level', 'người', dict(indicator='labour_export')),
 ('giảm còn 1,12%', '1,12%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 2,36%', '2,36%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('y tế đạt 91,4%', '91,4%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('huy động 99,6% trẻ', '99,6%', 'level', '%', dict(indicator='school_enrollment_rate', period='2022/2023')),
 ('giảm 6 vụ', '6', 'change', 'vụ', dict(indicator='crime', direction='down', base='same_period')),
 ('xảy ra 14 vụ', '14', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 11 người', '11', 'level', 'người', dict(indicator='traffic_deaths')),
 ('bị thương 9 người', '9', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='same_period')),
 ('giảm 2 người chết', '2', 'change', 'người', dict(indicator='traffic_deaths', direction='down', base='same_period')),
 ('giải ngân trên 95% kế hoạch vốn', '95%', 'attainment', '%', dict(T, indicator='public_investment_disbursement', base='target', bound='over')),
 ('cuối năm còn dưới 1%', '1%', 'level', '%', dict(T, indicator='poverty_rate', bound='under')),
 ('(hiện có 7/24 xã)', '7/24', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced')),
]
