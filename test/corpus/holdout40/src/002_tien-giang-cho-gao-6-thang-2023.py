TEXT = '''
.

Huyện Chợ Gạo: Kinh tế - xã hội 6 tháng đầu năm 2023 tăng trưởng khá

Cập nhật: 15:40, 12/07/2023 (GMT+7)

Ngày 11-7, HĐND huyện Chợ Gạo khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 8 (kỳ họp thường lệ giữa năm 2023) để xem xét, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023.

Theo báo cáo của UBND huyện, 6 tháng đầu năm 2023, tổng giá trị sản xuất (giá so sánh 2010) ước đạt 6.945 tỷ đồng, tăng 6,12% so với cùng kỳ, đạt 48,6% kế hoạch năm. Trong đó, giá trị sản xuất nông nghiệp ước đạt 3.260 tỷ đồng, tăng 2,4%; công nghiệp - xây dựng ước đạt 1.915 tỷ đồng, tăng 10,8%.

Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2023:

Chỉ tiêu | Kế hoạch năm 2023 | Ước 6 tháng | So với kế hoạch (%)
Tổng giá trị sản xuất (tỷ đồng) | 14.290 | 6.945 | 48,6
Thu ngân sách trên địa bàn (tỷ đồng) | 132 | 78,4 | 59,4
Chi ngân sách địa phương (tỷ đồng) | 498,5 | 221,3 | 44,4
Giải quyết việc làm (lao động) | 2.800 | 1.620 | 57,9

Nông dân xã Tân Thuận Bình thu hoạch thanh long.

Sản xuất nông nghiệp ổn định. Vụ lúa Đông Xuân 2022 - 2023, toàn huyện xuống giống 8.640 ha, năng suất bình quân 68,2 tạ/ha, cao hơn vụ Đông Xuân năm trước 3,4 tạ/ha. Diện tích thanh long toàn huyện hiện có 9.870 ha, trong đó có 1.250 ha được cấp mã số vùng trồng phục vụ xuất khẩu. Giá thanh long ruột đỏ loại 1 tại vườn dao động từ 18.000 - 22.000 đồng/kg, thấp hơn cùng kỳ năm 2022 khoảng 5.000 đồng/kg.

Giải ngân vốn đầu tư công đến ngày 30/6 đạt 92,6 tỷ đồng, bằng 41,3% kế hoạch vốn năm 2023. Xã Lương Hòa Lạc hoàn thành 19/19 tiêu chí xã nông thôn mới kiểu mẫu, đang hoàn chỉnh hồ sơ trình tỉnh thẩm định.

Đến cuối tháng 6/2023, tỷ lệ hộ nghèo của huyện còn 1,92%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,4%. Trong 6 tháng, huyện đào tạo nghề cho 410 lao động; trao 18 căn nhà đại đoàn kết cho hộ nghèo.

Tình hình an ninh chính trị ổn định. Phạm pháp hình sự xảy ra 21 vụ, giảm 4 vụ so với cùng kỳ; điều tra làm rõ 18/21 vụ, đạt 85,71%. Tai nạn giao thông xảy ra 7 vụ, làm chết 6 người, bị thương 3 người; so với cùng kỳ giảm 2 vụ, giảm 1 người chết, tăng 1 người bị thương.

Đại biểu HĐND huyện thảo luận tại kỳ họp.

Tại kỳ họp, đại biểu Nguyễn Thị Bích Liên (Tổ đại biểu xã Bình Phục Nhứt) đề nghị UBND huyện quan tâm hỗ trợ tiêu thụ thanh long khi giá giảm sâu; đại biểu Lê Văn Hậu đề nghị sớm khắc phục tuyến đường huyện 24 bị sạt lở.

Từ nay đến cuối năm, huyện phấn đấu thu ngân sách cả năm đạt 100% dự toán trở lên; giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn năm 2023; giữ vững 19/19 xã đạt chuẩn nông thôn mới.

Kỳ họp đã biểu quyết thông qua 7 nghị quyết quan trọng, trong đó có Nghị quyết về điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025.

MINH THÀNH

.
.
'''
META = {'published': '2023-07-12', 'locality': 'huyện Chợ Gạo'}
DEFAULTS = {'locality': 'huyện Chợ Gạo', 'period': '2023-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
PLAN = {'modality': 'target', 'period': '2023'}
TV = 'total_output_value'
FIGS = [
 ('ước đạt 6.945 tỷ đồng', '6.945 tỷ đồng', 'level', 'VND', dict(E, indicator=TV)),
 ('tăng 6,12% so với cùng kỳ', '6,12%', 'change', '%', dict(E, indicator=TV, direction='up', base='same_period')),
 ('đạt 48,6% kế hoạch năm', '48,6%', 'attainment', '%', dict(E, indicator=TV, base='target')),
 ('ước đạt 3.260 tỷ đồng', '3.260 tỷ đồng', 'level', 'VND', dict(E, indicator='agricultural_output_value')),
 ('tăng 2,4%', '2,4%', 'change', '%', dict(E, indicator='agricultural_output_value', direction='up')),
 ('ước đạt 1.915 tỷ đồng', '1.915 tỷ đồng', 'level', 'VND', dict(E, indicator='industrial_output_value')),
 ('tăng 10,8%', '10,8%', 'change', '%', dict(E, indicator='industrial_output_value', direction='up')),
 ('| 14.290 |', '14.290', 'level', 'VND', dict(PLAN, indicator=TV, value=14290000000000.0)),
 ('| 6.945 |', '6.945', 'level', 'VND', dict(E, indicator=TV, value=6945000000000.0)),
 ('| 48,6\n', '48,6', 'attainment', '%', dict(E, indicator=TV, base='target')),
 ('| 132 |', '132', 'level', 'VND', dict(PLAN, indicator='budget_revenue', value=132000000000.0)),
 ('| 78,4 |', '78,4', 'level', 'VND', dict(E, indicator='budget_revenue', value=78400000000.0)),
 ('| 59,4', '59,4', 'attainment', '%', dict(E, indicator='budget_revenue', base='target')),
 ('| 498,5 |', '498,5', 'level', 'VND', dict(PLAN, indicator='budget_expenditure', value=498500000000.0)),
 ('| 221,3 |', '221,3', 'level', 'VND', dict(E, indicator='budget_expenditure', value=221300000000.0)),
 ('| 44,4', '44,4', 'attainment', '%', dict(E, indicator='budget_expenditure', base='target')),
 ('| 2.800 |', '2.800', 'level', 'lao động', dict(PLAN, indicator='jobs_created')),
 ('| 1.620 |', '1.620', 'level', 'lao động', dict(E, indicator='jobs_created')),
 ('| 57,9', '57,9', 'attainment', '%', dict(E, indicator='jobs_created', base='target')),
 ('giống 8.640 ha', '8.640 ha', 'level', 'ha', dict(indicator='crop_area', period='2022/2023')),
 ('quân 68,2 tạ/ha', '68,2 tạ/ha', 'level', 'tạ/ha', dict(period='2022/2023')),
 ('trước 3,4 tạ/ha', '3,4 tạ/ha', 'change', 'tạ/ha', dict(period='2022/2023', direction='up', base='same_period')),
 ('có 9.870 ha', '9.870 ha', 'level', 'ha', dict()),
 ('có 1.250 ha', '1.250 ha', 'level', 'ha', dict()),
 ('từ 18.000 - 22.000 đồng/kg', '18.000 - 22.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('khoảng 5.000 đồng/kg', '5.000 đồng/kg', 'change', 'VND/kg', dict(direction='down', base='same_period', bound='about')),
 ('đạt 92,6 tỷ đồng', '92,6 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('bằng 41,3% kế hoạch', '41,3%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('thành 19/19 tiêu chí', '19/19', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', status='achieved', locality='xã Lương Hòa Lạc')),
 ('còn 1,92%', '1,92%', 'level', '%', dict(indicator='poverty_rate', period='2023-M06')),
 ('tế đạt 91,4%', '91,4%', 'level', '%', dict(indicator='health_insurance_coverage', period='2023-M06')),
 ('cho 410 lao động', '410', 'level', 'lao động', dict(indicator='vocational_training')),
 ('trao 18 căn nhà', '18', 'level', 'căn nhà', dict()),
 ('ra 21 vụ', '21', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 4 vụ', '4', 'change', 'vụ', dict(indicator='crime', direction='down', base='same_period')),
 ('rõ 18/21 vụ', '18/21', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('đạt 85,71%', '85,71%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('ra 7 vụ', '7', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 6 người', '6', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 3 người', '3', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 2 vụ', '2', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='same_period')),
 ('giảm 1 người chết', '1', 'change', 'người', dict(indicator='traffic_deaths', direction='down', base='same_period')),
 ('tăng 1 người bị thương', '1', 'change', 'người', dict(indicator='traffic_injuries', direction='up', base='same_period')),
 ('đạt 100% dự toán trở lên', '100%', 'attainment', '%', dict(PLAN, indicator='budget_revenue', base='target', bound='at_least')),
 ('trên 95% kế hoạch vốn', '95%', 'attainment', '%', dict(PLAN, indicator='public_investment_disbursement', base='target', bound='over')),
 ('vững 19/19 xã', '19/19', 'ratio', 'xã', dict(PLAN, indicator='new_rural_communes')),
 ('thông qua 7 nghị quyết', '7', 'level', 'nghị quyết', dict(optional=True)),
]
