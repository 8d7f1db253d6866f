TEXT = '''
BÁO TÂY NINH ONLINE
Thứ sáu, 15/12/2023 - 10:25

Chính trị | Kinh tế | Văn hoá - Xã hội | Pháp luật | Nông nghiệp | Thể thao | Bạn đọc

Trảng Bàng: Năm 2024 phấn đấu thu ngân sách 1.410 tỷ đồng

(BTN) - Ngày 14.12, HĐND thị xã Trảng Bàng khoá XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 10 (kỳ họp thường lệ cuối năm 2023). Dự kỳ họp có ông Nguyễn Thanh Hải - Phó Bí thư Thường trực Thị uỷ, Chủ tịch HĐND thị xã.

Theo báo cáo của Uỷ ban nhân dân thị xã, năm 2023, thị xã thực hiện đạt và vượt 19/21 chỉ tiêu Nghị quyết HĐND thị xã đề ra; 2 chỉ tiêu không đạt là thu ngân sách và tỷ lệ hộ dân sử dụng nước sạch.

Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 61.850 tỷ đồng, tăng 8,9% so với năm 2022; tổng mức bán lẻ hàng hoá và doanh thu dịch vụ ước đạt 9.420 tỷ đồng, tăng 12,6%. Giá trị sản xuất nông, lâm nghiệp và thuỷ sản tăng 2,1%.

Thu ngân sách nhà nước trên địa bàn đạt 1.284 tỷ đồng, bằng 91,7% dự toán, giảm 6,2% so với năm 2022, chủ yếu do thu tiền sử dụng đất chỉ đạt 38% dự toán.

Trong năm, thị xã thu hút 6 dự án FDI với tổng vốn đăng ký 142,5 triệu USD và 21 dự án trong nước với tổng vốn 3.860 tỷ đồng; tỷ lệ lấp đầy Khu công nghiệp Thành Thành Công đạt 78%.

Quang cảnh kỳ họp.

Tỷ lệ hộ nghèo giảm còn 0,42%, hộ cận nghèo chiếm 0,95%; tỷ lệ hộ dân sử dụng nước sạch đạt 68,5% (Nghị quyết 72%). Thị xã giải quyết việc làm cho 3.200 lao động; tỷ lệ tham gia bảo hiểm y tế đạt 94,1%.

Tai nạn giao thông xảy ra 18 vụ (-3 vụ), làm chết 15 người (-2 người), bị thương 9 người (+1 người) so với năm 2022.

Tại phiên chất vấn, đại biểu Nguyễn Văn Tâm (Tổ đại biểu phường An Tịnh) đề nghị làm rõ giải pháp chống ngập trên đường Xuyên Á (Quốc lộ 22) đoạn qua phường An Hoà. Trả lời, Phó Chủ tịch UBND thị xã Võ Thanh Tùng cho biết, năm 2024 thị xã bố trí 12,6 tỷ đồng để nạo vét 14 tuyến kênh tiêu.

HĐND thị xã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024 với 21 chỉ tiêu. Theo đó, tốc độ tăng giá trị sản xuất công nghiệp và tổng mức bán lẻ hàng hoá, doanh thu dịch vụ lần lượt là 9 - 10% và 12 - 13%; thu ngân sách nhà nước 1.410 tỷ đồng; tổng vốn đầu tư toàn xã hội 8.500 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 0,35%; tỷ lệ hộ dân sử dụng nước sạch đạt 75%; giải quyết việc làm cho 3.000 lao động; xã Phước Bình đạt chuẩn nông thôn mới kiểu mẫu.

Kỳ họp cũng thông qua 9 nghị quyết khác về dự toán ngân sách, kế hoạch đầu tư công năm 2024.

Hoàng Yến

Lượt xem: 2.031

Tin liên quan
- Gò Dầu: 20/22 chỉ tiêu đạt và vượt kế hoạch năm 2023
- Hoà Thành tăng cường thu ngân sách những tháng cuối năm

Báo Tây Ninh - 37 đường 30/4, phường 1, TP. Tây Ninh | ĐT: 0276.3822.584
'''
META = {'published': '2023-12-15', 'locality': 'thị xã Trảng Bàng'}
DEFAULTS = {'locality': 'thị xã Trảng Bàng', 'period': '2023', 'modality': 'actual'}
RT = {'indicator': 'resolution_targets'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2024'}
B22 = {'base': '2022'}
FIGS = [
 ('thu ngân sách 1.410 tỷ đồng\n', '1.410 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('vượt 19/21 chỉ tiêu', '19/21', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('ước đạt 61.850 tỷ đồng', '61.850 tỷ đồng', 'level', 'VND', dict(E, indicator='industrial_output_value')),
 ('tăng 8,9% so với năm 2022', '8,9%', 'change', '%', dict(E, **B22, indicator='industrial_output_value', direction='up')),
 ('ước đạt 9.420 tỷ đồng', '9.420 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 12,6%', '12,6%', 'change', '%', dict(E, indicator='retail_sales', direction='up')),
 ('thuỷ sản tăng 2,1%', '2,1%', 'change', '%', dict(indicator='agricultural_output_value', direction='up')),
 ('đạt 1.284 tỷ đồng', '1.284 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 91,7% dự toán', '91,7%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('giảm 6,2% so với năm 2022', '6,2%', 'change', '%', dict(B22, indicator='budget_revenue', direction='down')),
 ('chỉ đạt 38% dự toán', '38%', 'attainment', '%', dict(base='target')),
 ('thu hút 6 dự án FDI', '6', 'level', 'dự án', dict()),
 ('ký 142,5 triệu USD', '142,5 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('và 21 dự án trong nước', '21', 'level', 'dự án', dict()),
 ('vốn 3.860 tỷ đồng', '3.860 tỷ đồng', 'level', 'VND', dict()),
 ('Công đạt 78%', '78%', 'level', '%', dict()),
 ('giảm còn 0,42%', '0,42%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('chiếm 0,95%', '0,95%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('đạt 68,5%', '68,5%', 'level', '%', dict(indicator='clean_water_rate')),
 ('(Nghị quyết 72%)', '72%', 'level', '%', dict(indicator='clean_water_rate', modality='target')),
 ('cho 3.200 lao động', '3.200', 'level', 'lao động', dict(indicator='jobs_created')),
 ('tế đạt 94,1%', '94,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('ra 18 vụ', '18', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('(-3 vụ)', '3', 'change', 'vụ', dict(B22, indicator='traffic_accidents', direction='down')),
 ('chết 15 người', '15', 'level', 'người', dict(indicator='traffic_deaths')),
 ('(-2 người)', '2', 'change', 'người', dict(B22, indicator='traffic_deaths', direction='down')),
 ('thương 9 người', '9', 'level', 'người', dict(indicator='traffic_injuries')),
 ('(+1 người)', '1', 'change', 'người', dict(B22, indicator='traffic_injuries', direction='up')),
 ('trí 12,6 tỷ đồng', '12,6 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('vét 14 tuyến kênh', '14', 'level', 'tuyến kênh', dict(optional=True)),
 ('với 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', dict(T, **RT)),
 ('là 9 - 10%', '9 - 10%', 'level', '%', dict(T, indicator='industrial_output_value')),
 ('và 12 - 13%', '12 - 13%', 'level', '%', dict(T, indicator='retail_sales')),
 ('nước 1.410 tỷ đồng', '1.410 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('xã hội 8.500 tỷ đồng', '8.500 tỷ đồng', 'level', 'VND', dict(T, indicator='social_investment')),
 ('dưới 0,35%', '0,35%', 'level', '%', dict(T, indicator='poverty_rate', direction='down', bound='under')),
 ('đạt 75%', '75%', 'level', '%', dict(T, indicator='clean_water_rate')),
 ('cho 3.000 lao động', '3.000', 'level', 'lao động', dict(T, indicator='jobs_created')),
 ('thông qua 9 nghị quyết', '9', 'level', 'nghị quyết', dict(optional=True)),
]
