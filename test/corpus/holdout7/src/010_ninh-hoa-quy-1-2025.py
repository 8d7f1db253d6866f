TEXT = '''
Thị xã Ninh Hòa: Quý I, giá trị sản xuất công nghiệp tăng 12,5%

Cập nhật lúc 16:10, Thứ Ba, 08/04/2025 (GMT+7)

Ngày 7-4, UBND thị xã Ninh Hòa tổ chức hội nghị đánh giá tình hình kinh tế - xã hội quý I và triển khai nhiệm vụ quý II/2025.

Sản xuất tại Khu công nghiệp Ninh Thủy. Ảnh: VĂN KỲ
Sản xuất tại Khu công nghiệp Ninh Thủy. Ảnh: VĂN KỲ

Theo báo cáo, quý I/2025, giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 6.318 tỷ đồng, tăng 12,5% so với cùng kỳ, đạt 23,6% kế hoạch năm. Một số sản phẩm tăng khá như đường kính, xi măng, điện sản xuất; trong đó sản lượng đường và xi măng lần lượt là 18.600 tấn và 412.000 tấn.

Doanh thu thương mại - dịch vụ đạt 2.175 tỷ đồng, tăng 9,35%. Thị xã đón khoảng 96.000 lượt khách du lịch, gấp đôi cùng kỳ, doanh thu du lịch đạt 142 tỷ đồng.

Trong nông nghiệp, vụ Đông Xuân 2024 - 2025 gieo sạ 7.950 ha lúa/KH 8.100 ha; năng suất ước 70,2 tạ/ha. Tổng đàn bò 42.380 con, giảm 1,9%; đàn heo 61.200 con, tăng 3,1% so với quý IV/2024.

Thu ngân sách trên địa bàn đạt 198,4 tỷ đồng, bằng 27,8% dự toán HĐND thị xã giao; chi ngân sách 256 tỷ đồng. Giải ngân vốn đầu tư công đến ngày 31/3 đạt 63,2 tỷ đồng, tỷ lệ 14,1%, thấp hơn bình quân chung của tỉnh (18,6%).

Về an ninh trật tự, trong quý xảy ra 7 vụ phạm pháp hình sự, giảm 3 vụ; điều tra khám phá 6/7 vụ, đạt tỷ lệ 85,7%. Tai nạn giao thông xảy ra 5 vụ, làm chết 4 người, bị thương 2 người.

Chủ tịch UBND thị xã Võ Văn Quyết yêu cầu các phòng, ban, xã phường phấn đấu quý II tăng trưởng công nghiệp không dưới 12%, giải ngân vốn đầu tư công đạt ít nhất 45% trước ngày 30/6/2025.

VĂN KỲ

Tin khác
- Ninh Hòa: Ra mắt 3 mô hình "Dân vận khéo"
- Khánh Hòa: Quý I, có 450 doanh nghiệp thành lập mới
'''
META = {'published': '2025-04-08', 'locality': 'thị xã Ninh Hòa'}
DEFAULTS = {'locality': 'thị xã Ninh Hòa', 'period': '2025-Q1', 'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('nghiệp tăng 12,5%\n', '12,5%', 'change', '%', dict(indicator='industrial_output_value', direction='up')),
 ('ước đạt 6.318 tỷ đồng', '6.318 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('tăng 12,5% so với cùng kỳ', '12,5%', 'change', '%', dict(indicator='industrial_output_value', direction='up', base='same_period', **E)),
 ('đạt 23,6% kế hoạch', '23,6%', 'attainment', '%', dict(indicator='industrial_output_value', base='target', **E)),
 ('lần lượt là 18.600 tấn', '18.600 tấn', 'level', 'tấn', dict()),
 ('và 412.000 tấn', '412.000 tấn', 'level', 'tấn', dict()),
 ('đạt 2.175 tỷ đồng', '2.175 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 9,35%', '9,35%', 'change', '%', dict(direction='up')),
 ('khoảng 96.000 lượt', '96.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='about')),
 ('gấp đôi cùng kỳ', 'gấp đôi', 'change', 'lần', dict(value=2, indicator='tourist_arrivals', direction='up', base='same_period')),
 ('đạt 142 tỷ đồng', '142 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('sạ 7.950 ha', '7.950 ha', 'level', 'ha', dict(indicator='crop_area', period='2024/2025')),
 ('KH 8.100 ha', '8.100 ha', 'level', 'ha', dict(indicator='crop_area', period='2024/2025', modality='target')),
 ('ước 70,2 tạ/ha', '70,2 tạ/ha', 'level', 'tạ/ha', dict(period='2024/2025', **E)),
 ('bò 42.380 con', '42.380', 'level', 'con', dict(period='2024/2025')),
 ('giảm 1,9%', '1,9%', 'change', '%', dict(direction='down', period='2024/2025')),
 ('heo 61.200 con', '61.200', 'level', 'con', dict(period='2024/2025')),
 ('tăng 3,1% so với quý IV/2024', '3,1%', 'change', '%', dict(direction='up', base='previous_period', period='2024/2025')),
 ('đạt 198,4 tỷ đồng', '198,4 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 27,8% dự toán', '27,8%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('chi ngân sách 256 tỷ đồng', '256 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 63,2 tỷ đồng', '63,2 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('tỷ lệ 14,1%', '14,1%', 'level', '%', dict(indicator='public_investment_disbursement')),
 ('(18,6%)', '18,6%', 'level', '%', dict(indicator='public_investment_disbursement', locality='tỉnh Khánh Hòa')),
 ('xảy ra 7 vụ', '7', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(indicator='crime', direction='down')),
 ('khám phá 6/7 vụ', '6/7', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('đạt tỷ lệ 85,7%', '85,7%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('xảy ra 5 vụ', '5', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 4 người', '4', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 2 người', '2', 'level', 'người', dict(indicator='traffic_injuries')),
 ('không dưới 12%', '12%', 'level', '%', dict(indicator='industrial_output_value', bound='at_least', period='2025-Q2', modality='target')),
 ('ít nhất 45%', '45%', 'level', '%', dict(indicator='public_investment_disbursement', bound='at_least', period='2025-H1', modality='target')),
 ('Ninh Hòa: Ra mắt 3 mô hình', '3', 'level', 'mô hình', dict(optional=True)),
 ('có 450 doanh nghiệp', '450', 'level', 'doanh nghiệp', dict(optional=True)),
]
