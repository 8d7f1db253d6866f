TEXT = '''
Thị xã Giá Rai: Sản lượng tôm 6 tháng đạt 51,3% kế hoạch

18/07/2024 09:42

BL - Sáng 17/7, HĐND thị xã Giá Rai (tỉnh Bạc Liêu) khóa XII khai mạc kỳ họp thứ 14 nhằm đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.

Nuôi tôm siêu thâm canh ở phường 1, thị xã Giá Rai.
Nuôi tôm siêu thâm canh ở phường 1, thị xã Giá Rai.

Theo báo cáo của UBND thị xã, 6 tháng đầu năm, tổng diện tích nuôi trồng thủy sản đạt 26.480 ha, trong đó nuôi tôm siêu thâm canh 1.215 ha, tăng 186 ha so với cùng kỳ. Sản lượng thủy sản ước đạt 38.650 tấn/KH 72.500 tấn, trong đó tôm 18.460 tấn, đạt 51,3% kế hoạch, tăng 6,35% so với cùng kỳ. Năng suất tôm siêu thâm canh bình quân 25 - 30 tấn/ha/vụ.

Vụ lúa Đông Xuân 2023 - 2024, thị xã xuống giống 9.870 ha, năng suất bình quân đạt 6,8 tấn/ha, sản lượng đạt 67.116 tấn. Mô hình lúa - tôm được duy trì trên diện tích 14.200 ha, lợi nhuận bình quân 55 - 60 triệu đồng/ha.

Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 2.364 tỷ đồng, bằng 48,3% kế hoạch, tăng 7,15% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 4.120 tỷ đồng, tăng 10,7%. Thu ngân sách nhà nước trên địa bàn 118,6 tỷ đồng, đạt 56,3% dự toán tỉnh giao, đạt 52,1% Nghị quyết HĐND thị xã.

Về văn hóa - xã hội, thị xã giải quyết việc làm cho 1.350 lao động; đưa 28 lao động đi làm việc ở nước ngoài theo hợp đồng. Đã trao 65 căn nhà đại đoàn kết cho hộ nghèo, hộ khó khăn về nhà ở, với tổng kinh phí 3,25 tỷ đồng. Tỷ lệ hộ nghèo đến cuối tháng 6/2024 còn 1,42%.

Tình hình an ninh trật tự được giữ vững. Phạm pháp hình sự xảy ra 16 vụ, giảm 5 vụ so với cùng kỳ; điều tra làm rõ 14/16 vụ, đạt 87,5%. Tai nạn giao thông xảy ra 4 vụ, làm chết 3 người, bị thương 2 người; so với cùng kỳ giảm 1 vụ, số người chết không tăng, không giảm.

Đại biểu thảo luận tại tổ.
Đại biểu thảo luận tại tổ.

Phát biểu tại kỳ họp, Chủ tịch HĐND thị xã Lê Văn Thiệt nhấn mạnh: "Sáu tháng cuối năm, thị xã phải tập trung cao độ để sản lượng tôm cả năm đạt ít nhất 36.000 tấn, thu ngân sách vượt 5% dự toán, không để xảy ra dịch bệnh trên tôm diện rộng."

Kỳ họp diễn ra trong 1,5 ngày, xem xét 12 tờ trình, thông qua 9 nghị quyết quan trọng.

Xem thêm:
Bạc Liêu: Xuất khẩu tôm 6 tháng đạt 550 triệu USD
Hội thi "Nuôi tôm giỏi" năm 2024

Hoàng Lâm

Chia sẻ

BÌNH LUẬN
'''
META = {'published': '2024-07-18', 'locality': 'thị xã Giá Rai'}
DEFAULTS = {'locality': 'thị xã Giá Rai', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
S = {'period': '2023/2024'}
FIGS = [
 ('6 tháng đạt 51,3% kế hoạch', '51,3%', 'attainment', '%', dict(base='target')),
 ('đạt 26.480 ha', '26.480 ha', 'level', 'ha', dict()),
 ('siêu thâm canh 1.215 ha', '1.215 ha', 'level', 'ha', dict()),
 ('tăng 186 ha', '186 ha', 'change', 'ha', dict(direction='up', base='same_period')),
 ('ước đạt 38.650 tấn', '38.650 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', **E)),
 ('KH 72.500 tấn', '72.500 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', **T)),
 ('tôm 18.460 tấn', '18.460 tấn', 'level', 'tấn', dict(**E)),
 ('đạt 51,3% kế hoạch, tăng', '51,3%', 'attainment', '%', dict(base='target', **E)),
 ('tăng 6,35% so với cùng kỳ', '6,35%', 'change', '%', dict(direction='up', base='same_period', **E)),
 ('bình quân 25 - 30 tấn/ha/vụ', '25 - 30 tấn/ha/vụ', 'level', 'tấn/ha/vụ', dict()),
 ('xuống giống 9.870 ha', '9.870 ha', 'level', 'ha', dict(indicator='crop_area', **S)),
 ('đạt 6,8 tấn/ha', '6,8 tấn/ha', 'level', 'tấn/ha', dict(**S)),
 ('đạt 67.116 tấn', '67.116 tấn', 'level', 'tấn', dict(indicator='rice_output', **S)),
 ('diện tích 14.200 ha', '14.200 ha', 'level', 'ha', dict(**S)),
 ('bình quân 55 - 60 triệu đồng/ha', '55 - 60 triệu đồng/ha', 'level', 'VND/ha', dict(**S)),
 ('ước đạt 2.364 tỷ đồng', '2.364 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('bằng 48,3% kế hoạch', '48,3%', 'attainment', '%', dict(indicator='industrial_output_value', base='target', **E)),
 ('tăng 7,15% so với cùng kỳ', '7,15%', 'change', '%', dict(indicator='industrial_output_value', direction='up', base='same_period', **E)),
 ('ước đạt 4.120 tỷ đồng', '4.120 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 10,7%', '10,7%', 'change', '%', dict(indicator='retail_sales', direction='up', **E)),
 ('địa bàn 118,6 tỷ đồng', '118,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 56,3% dự toán', '56,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('đạt 52,1% Nghị quyết', '52,1%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('cho 1.350 lao động', '1.350', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đưa 28 lao động', '28', 'level', 'lao động', dict(indicator='labour_export')),
 ('trao 65 căn nhà', '65', 'level', 'căn nhà', dict()),
 ('kinh phí 3,25 tỷ đồng', '3,25 tỷ đồng', 'level', 'VND', dict()),
 ('còn 1,42%', '1,42%', 'level', '%', dict(indicator='poverty_rate', period='2024-M06')),
 ('xảy ra 16 vụ', '16', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 5 vụ', '5', 'change', 'vụ', dict(indicator='crime', direction='down', base='same_period')),
 ('làm rõ 14/16 vụ', '14/16', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('đạt 87,5%', '87,5%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('xảy ra 4 vụ', '4', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 3 người', '3', 'level', 'người', dict(indicator='traffic_deaths')),
 ('bị thương 2 người', '2', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 1 vụ', '1', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='same_period')),
 ('xem xét 12 tờ trình', '12', 'level', 'tờ trình', dict(optional=True)),
 ('thông qua 9 nghị quyết', '9', 'level', 'nghị quyết', dict(optional=True)),
 ('ít nhất 36.000 tấn', '36.000 tấn', 'level', 'tấn', dict(bound='at_least', **T)),
 ('vượt 5% dự toán', '5%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='target', status='exceeded', **T)),
]
