TEXT = '''
Thời sự

Kỳ họp thứ 15 HĐND TP.Long Khánh: Kinh tế 6 tháng đầu năm tăng trưởng khá

Cập nhật lúc 17:05, Thứ Ba, 09/07/2024 (GMT+7)

Ngày 9-7, HĐND thành phố Long Khánh (tỉnh Đồng Nai) khóa VII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 15 để xem xét, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024.

Quang cảnh kỳ họp. Ảnh: Minh Châu
Quang cảnh kỳ họp. Ảnh: Minh Châu

Báo cáo của UBND thành phố cho biết, 6 tháng đầu năm 2024, giá trị sản xuất công nghiệp ước đạt 4.312 tỷ đồng, tăng 8,7% so với cùng kỳ năm trước. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 9.875 tỷ đồng, tăng 12,4%, bằng 51,3% kế hoạch năm. Giá trị sản xuất nông nghiệp đạt 1.620 tỷ đồng, tăng 3,1%; diện tích cây ăn trái của thành phố duy trì khoảng 12.300 ha, trong đó hơn 1.500 ha được cấp mã số vùng trồng phục vụ xuất khẩu.

Thu ngân sách nhà nước trên địa bàn được 689 tỷ đồng, đạt 56,2% dự toán năm, bằng 104,5% so với cùng kỳ; chi ngân sách địa phương 402 tỷ đồng, đạt 41,8% dự toán. Đến ngày 30-6, giải ngân vốn đầu tư công mới đạt 32,6% kế hoạch vốn năm 2024, thấp hơn mức bình quân chung của tỉnh. Trong 6 tháng, có 98 doanh nghiệp đăng ký thành lập mới, giảm 11 doanh nghiệp so với cùng kỳ, với số vốn đăng ký 615 tỷ đồng.

Về văn hóa - xã hội, thành phố đã giải quyết việc làm cho 1.860 lao động, bằng 53,1% kế hoạch; tổ chức đào tạo nghề cho 415 người. Tỷ lệ hộ nghèo của thành phố hiện còn 0,08%, tương ứng 29 hộ. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,4%; tỷ lệ người lao động tham gia bảo hiểm xã hội trong độ tuổi đạt 39,5%. Ngành giáo dục hoàn thành năm học 2023 - 2024 với tỷ lệ học sinh tốt nghiệp THCS đạt 99,8%.

Tình hình an ninh trật tự cơ bản ổn định. Tội phạm về trật tự xã hội xảy ra 37 vụ, giảm 9,8%; đã điều tra làm rõ 33/37 vụ. Tai nạn giao thông xảy ra 14 vụ, làm chết 9 người, bị thương 11 người; so với cùng kỳ, giảm 2 vụ, tăng 1 người chết.

Đại biểu HĐND thành phố biểu quyết thông qua các nghị quyết tại kỳ họp.
Đại biểu HĐND thành phố biểu quyết thông qua các nghị quyết tại kỳ họp.

Tuy nhiên, theo Ban Kinh tế - xã hội HĐND thành phố, một số chỉ tiêu còn đạt thấp so với kế hoạch như giải ngân vốn đầu tư công, thu tiền sử dụng đất chỉ đạt 27,4% dự toán; công tác bồi thường, giải phóng mặt bằng tuyến đường vành đai thành phố và Quốc lộ 1 đoạn qua phường Xuân Hòa còn chậm.

Trong 6 tháng cuối năm, UBND thành phố tập trung chỉ đạo hoàn thành 26 chỉ tiêu kinh tế - xã hội năm 2024, phấn đấu cả năm thu ngân sách đạt 1.230 tỷ đồng, giải ngân vốn đầu tư công đạt từ 95% kế hoạch trở lên, thu nhập bình quân đầu người đạt khoảng 112 triệu đồng.

Kỳ họp diễn ra trong 2 ngày, xem xét 19 báo cáo, tờ trình và dự thảo nghị quyết.

Minh Châu

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2024-07-09', 'locality': 'thành phố Long Khánh'}
DEFAULTS = {'locality': 'thành phố Long Khánh', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('ước đạt 4.312 tỷ đồng', '4.312 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('tăng 8,7% so với cùng kỳ năm trước', '8,7%', 'change', '%', dict(indicator='industrial_output_value', direction='up', base='same_period', **E)),
 ('ước đạt 9.875 tỷ đồng', '9.875 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 12,4%', '12,4%', 'change', '%', dict(indicator='retail_sales', direction='up', **E)),
 ('bằng 51,3% kế hoạch năm', '51,3%', 'attainment', '%', dict(indicator='retail_sales', base='target', **E)),
 ('đạt 1.620 tỷ đồng', '1.620 tỷ đồng', 'level', 'VND', dict(indicator='agricultural_output_value')),
 ('tăng 3,1%', '3,1%', 'change', '%', dict(indicator='agricultural_output_value', direction='up')),
 ('khoảng 12.300 ha', '12.300 ha', 'level', 'ha', dict(indicator='crop_area', bound='about')),
 ('hơn 1.500 ha', '1.500 ha', 'level', 'ha', dict(bound='over')),
 ('được 689 tỷ đồng', '689 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 56,2% dự toán năm', '56,2%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('bằng 104,5% so với cùng kỳ', '104,5%', 'attainment', '%', dict(indicator='budget_revenue', base='same_period')),
 ('chi ngân sách địa phương 402 tỷ đồng', '402 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 41,8% dự toán', '41,8%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('đạt 32,6% kế hoạch vốn', '32,6%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('có 98 doanh nghiệp', '98', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('giảm 11 doanh nghiệp', '11', 'change', 'doanh nghiệp', dict(indicator='new_enterprises', direction='down', base='same_period')),
 ('số vốn đăng ký 615 tỷ đồng', '615 tỷ đồng', 'level', 'VND', {}),
 ('việc làm cho 1.860 lao động', '1.860', 'level', 'lao động', dict(indicator='jobs_created')),
 ('bằng 53,1% kế hoạch', '53,1%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('đào tạo nghề cho 415 người', '415', 'level', 'người', dict(indicator='vocational_training')),
 ('hiện còn 0,08%', '0,08%', 'level', '%', dict(indicator='poverty_rate')),
 ('tương ứng 29 hộ', '29', 'level', 'hộ', dict(indicator='poor_households')),
 ('bảo hiểm y tế đạt 93,4%', '93,4%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('trong độ tuổi đạt 39,5%', '39,5%', 'level', '%', dict(indicator='social_insurance_coverage')),
 ('THCS đạt 99,8%', '99,8%', 'level', '%', {}),
 ('xảy ra 37 vụ', '37', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 9,8%', '9,8%', 'change', '%', dict(indicator='crime', direction='down')),
 ('làm rõ 33/37 vụ', '33/37', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('xảy ra 14 vụ', '14', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 9 người', '9', 'level', 'người', dict(indicator='traffic_deaths')),
 ('bị thương 11 người', '11', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 2 vụ', '2', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='same_period')),
 ('tăng 1 người chết', '1', 'change', 'người', dict(indicator='traffic_deaths', direction='up', base='same_period')),
 ('chỉ đạt 27,4% dự toán', '27,4%', 'attainment', '%', dict(base='target')),
 ('hoàn thành 26 chỉ tiêu', '26', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', **T)),
 ('thu ngân sách đạt 1.230 tỷ đồng', '1.230 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('đạt từ 95% kế hoạch trở lên', '95%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', bound='at_least', **T)),
 ('khoảng 112 triệu đồng', '112 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', bound='about', **T)),
 ('xem xét 19 báo cáo', '19', 'level', 'báo cáo', dict(optional=True)),
]
