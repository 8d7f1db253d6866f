TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ NINH HÒA - TỈNH KHÁNH HÒA
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Văn bản chỉ đạo | Thủ tục hành chính | Hỏi đáp | Liên hệ
Trang chủ > Tin tức - Sự kiện > Hoạt động HĐND

Kỳ họp thứ 14 HĐND thị xã Ninh Hòa khóa XII: 6 tháng đầu năm có 15/19 chỉ tiêu đạt tiến độ

Ngày đăng: 10/07/2024 | Lượt xem: 862 | Cỡ chữ: A- A A+

Sáng 9/7, HĐND thị xã Ninh Hòa khóa XII, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 14 (kỳ họp thường lệ giữa năm 2024) để xem xét, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm và quyết định nhiệm vụ, giải pháp 6 tháng cuối năm 2024. Tham dự có 33/35 đại biểu HĐND thị xã.

Theo báo cáo của UBND thị xã do Phó Chủ tịch UBND thị xã trình bày, trong 19 chỉ tiêu chủ yếu năm 2024, có 15/19 chỉ tiêu đạt và vượt tiến độ 6 tháng, 4/19 chỉ tiêu đạt thấp, chưa đạt tiến độ. Kết quả một số lĩnh vực như sau:
- Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 6.842 tỷ đồng, đạt 48,6% KH, tăng 9,2% so với cùng kỳ;
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 4.715 tỷ đồng, đạt 52,3% KH, tăng 11,4% so với cùng kỳ;
- Giá trị sản xuất nông, lâm, thủy sản ước đạt 1.386 tỷ đồng, đạt 47,1% KH, tăng 2,8% so với cùng kỳ;
- Sản lượng thủy sản khai thác và nuôi trồng ước đạt 7.820 tấn, đạt 51,2% KH, giảm 1,5% so với cùng kỳ;
- Thu ngân sách nhà nước trên địa bàn đạt 286,4 tỷ đồng/KH 520 tỷ đồng, đạt 55,1% dự toán, tăng 6,7% so với cùng kỳ;
- Giải ngân vốn đầu tư công đến ngày 30/6/2024 đạt 118,6 tỷ đồng, bằng 38,9% kế hoạch vốn;
- Giải quyết việc làm mới cho 1.640 lao động, đạt 54,7% KH;
- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,2%.

Một số chỉ tiêu sản xuất 6 tháng đầu năm 2024
Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so KH (%)
Diện tích gieo trồng cây hằng năm (ha) | 21.500 | 12.340 | 57,4
Sản lượng lương thực (tấn) | 78.000 | 41.260 | 52,9
Lượt khách du lịch (lượt) | 180.000 | 104.500 | 58,1
Nguồn: UBND thị xã Ninh Hòa

Cũng theo báo cáo, trên địa bàn thị xã có 112 doanh nghiệp thành lập mới, tăng 14,3% so với cùng kỳ; Khu kinh tế Vân Phong thu hút thêm 2 dự án. Công tác cải cách hành chính có chuyển biến, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%. Tình hình an ninh trật tự cơ bản ổn định; xảy ra 9 vụ tai nạn giao thông, làm chết 7 người, bị thương 5 người, giảm 3 vụ so với cùng kỳ.

Đại biểu chất vấn về tiến độ nâng cấp Quốc lộ 26B và Tỉnh lộ 8 đi Khánh Vĩnh, việc cấp nước sạch cho các xã Ninh Tân, Ninh Tây. Ông Trần Văn Lợi (60 tuổi, tổ dân phố 3, phường Ninh Hiệp) phản ánh tại buổi tiếp xúc cử tri trước kỳ họp về việc đường ống cấp nước hư hỏng trước nhà số 125 đường Trần Quý Cáp.

Nhiệm vụ 6 tháng cuối năm
Để hoàn thành kế hoạch năm 2024, thị xã phấn đấu trong 6 tháng cuối năm: thu ngân sách đạt 233,6 tỷ đồng để cả năm vượt 5% dự toán; giải quyết việc làm cho 1.360 lao động; giảm 0,8% tỷ lệ hộ nghèo. Cả năm 2024, tốc độ tăng giá trị sản xuất công nghiệp phấn đấu đạt 10 - 11%; giải ngân 100% kế hoạch vốn đầu tư công năm 2024 trước ngày 31/1/2025.

Kỳ họp diễn ra trong 2 ngày (9 - 10/7), xem xét thông qua 12 nghị quyết, trong đó có Nghị quyết về điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025.

Văn phòng HĐND và UBND thị xã

Tin khác
- Ninh Hòa: Ra quân hưởng ứng Tháng hành động vì môi trường năm 2024 (05/06/2024)
- Thị xã tiếp nhận 1.200 suất quà hỗ trợ người nghèo (28/05/2024)
- Hội nghị trực tuyến sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW (20/05/2024)

Cơ quan chủ quản: UBND thị xã Ninh Hòa. Địa chỉ: 1 Trần Quý Cáp, phường Ninh Hiệp, thị xã Ninh Hòa, tỉnh Khánh Hòa.
Điện thoại: (0258) 3845 226. Tổng lượt truy cập: 2.381.547
'''
META = {'published': '2024-07-10', 'locality': 'thị xã Ninh Hòa'}
DEFAULTS = {'locality': 'thị xã Ninh Hòa', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target'}
S = {'base': 'same_period'}
K = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
IO = {'indicator': 'industrial_output_value'}
RS = {'indicator': 'retail_sales'}
AO = {'indicator': 'agricultural_output_value'}
AQ = {'indicator': 'aquaculture_output'}
BR = {'indicator': 'budget_revenue'}
PI = {'indicator': 'public_investment_disbursement'}
JC = {'indicator': 'jobs_created'}
FIGS = [
 ('năm có 15/19 chỉ tiêu', '15/19', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('có 33/35 đại biểu', '33/35', 'ratio', 'đại biểu', dict(optional=True)),
 ('trong 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', dict(RT, optional=True)),
 ('có 15/19 chỉ tiêu đạt và vượt', '15/19', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('4/19 chỉ tiêu', '4/19', 'ratio', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('đạt 6.842 tỷ đồng', '6.842 tỷ đồng', 'level', 'VND', dict(IO, **E)),
 ('đạt 48,6% KH', '48,6%', 'attainment', '%', dict(IO, **E, **K)),
 ('tăng 9,2% so', '9,2%', 'change', '%', dict(IO, **E, **S, direction='up')),
 ('đạt 4.715 tỷ đồng', '4.715 tỷ đồng', 'level', 'VND', dict(RS, **E)),
 ('đạt 52,3% KH', '52,3%', 'attainment', '%', dict(RS, **E, **K)),
 ('tăng 11,4% so', '11,4%', 'change', '%', dict(RS, **E, **S, direction='up')),
 ('đạt 1.386 tỷ đồng', '1.386 tỷ đồng', 'level', 'VND', dict(AO, **E)),
 ('đạt 47,1% KH', '47,1%', 'attainment', '%', dict(AO, **E, **K)),
 ('tăng 2,8% so', '2,8%', 'change', '%', dict(AO, **E, **S, direction='up')),
 ('đạt 7.820 tấn', '7.820 tấn', 'level', 'tấn', dict(AQ, **E)),
 ('đạt 51,2% KH', '51,2%', 'attainment', '%', dict(AQ, **E, **K)),
 ('giảm 1,5% so', '1,5%', 'change', '%', dict(AQ, **E, **S, direction='down')),
 ('đạt 286,4 tỷ đồng', '286,4 tỷ đồng', 'level', 'VND', dict(BR)),
 ('/KH 520 tỷ đồng', '520 tỷ đồng', 'level', 'VND', dict(BR, **T, period='2024')),
 ('đạt 55,1% dự toán', '55,1%', 'attainment', '%', dict(BR, **K)),
 ('tăng 6,7% so', '6,7%', 'change', '%', dict(BR, **S, direction='up')),
 ('đạt 118,6 tỷ đồng', '118,6 tỷ đồng', 'level', 'VND', dict(PI)),
 ('bằng 38,9% kế hoạch', '38,9%', 'attainment', '%', dict(PI, **K)),
 ('cho 1.640 lao động', '1.640', 'level', 'lao động', dict(indicator='new_jobs')),
 ('đạt 54,7% KH', '54,7%', 'attainment', '%', dict(indicator='new_jobs', **K)),
 ('đạt 93,2%', '93,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('| 21.500 |', '21.500', 'level', 'ha', dict(T, indicator='crop_area', period='2024')),
 ('| 12.340 |', '12.340', 'level', 'ha', dict(indicator='crop_area')),
 ('| 57,4', '57,4', 'attainment', '%', dict(indicator='crop_area', **K)),
 ('| 78.000 |', '78.000', 'level', 'tấn', dict(T, indicator='food_output', period='2024')),
 ('| 41.260 |', '41.260', 'level', 'tấn', dict(indicator='food_output')),
 ('| 52,9', '52,9', 'attainment', '%', dict(indicator='food_output', **K)),
 ('| 180.000 |', '180.000', 'level', 'lượt', dict(T, indicator='tourist_arrivals', period='2024')),
 ('| 104.500 |', '104.500', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('| 58,1', '58,1', 'attainment', '%', dict(indicator='tourist_arrivals', **K)),
 ('có 112 doanh nghiệp', '112', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tăng 14,3% so', '14,3%', 'change', '%', dict(indicator='new_enterprises', **S, direction='up')),
 ('thêm 2 dự án', '2', 'level', 'dự án', dict()),
 ('đạt 98,7%', '98,7%', 'level', '%', dict()),
 ('xảy ra 9 vụ', '9', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 7 người', '7', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 5 người', '5', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(indicator='traffic_accidents', **S, direction='down')),
 ('đạt 233,6 tỷ đồng', '233,6 tỷ đồng', 'level', 'VND', dict(BR, **T, period='2024-H2')),
 ('vượt 5% dự toán', '5%', 'change', '%', dict(BR, **T, period='2024', direction='up', base='target', status='exceeded')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', dict(PI, **T, **K, period='2024')),
 ('cho 1.360 lao động', '1.360', 'level', 'lao động', dict(JC, **T, period='2024-H2')),
 ('giảm 0,8% tỷ lệ', '0,8%', 'change', '%', dict(T, indicator='poverty_rate', period='2024-H2', direction='down')),
 ('đạt 10 - 11%', '10 - 11%', 'level', '%', dict(IO, **T, period='2024')),
 ('qua 12 nghị quyết', '12', 'level', 'nghị quyết', dict(optional=True)),
]
