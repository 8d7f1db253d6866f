TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI

Trang chủ > Tin tức - Sự kiện > Kinh tế

Kinh tế - xã hội tháng 11 và 11 tháng năm 2024 tiếp tục chuyển biến tích cực

Ngày đăng: 02/12/2024 | Lượt xem: 1.254

Theo báo cáo của UBND tỉnh, chỉ số sản xuất công nghiệp (IIP) tháng 11/2024 tăng 4,3% so với tháng trước và tăng 11,8% so với cùng kỳ năm trước. Tính chung 11 tháng, IIP tăng 7,65%; một số sản phẩm chủ lực như thép, xăng dầu tăng khá.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng ước đạt 58.217 tỷ đồng, tăng 12,9% so với cùng kỳ. Kim ngạch xuất khẩu 11 tháng đạt 1,89 tỷ USD, bằng 94,5% kế hoạch năm; kim ngạch nhập khẩu đạt 2,32 tỷ USD.

Thu ngân sách nhà nước trên địa bàn đến ngày 30/11/2024 đạt 27.614 tỷ đồng, bằng 115,4% dự toán Trung ương giao và bằng 102,3% dự toán HĐND tỉnh giao; trong đó thu nội địa đạt 19.875 tỷ đồng. Giá trị giải ngân vốn đầu tư công đạt 5.406 tỷ đồng, đạt 68,2% kế hoạch, thấp hơn mức bình quân chung của cả nước.

Trong tháng 11, toàn tỉnh có 83 doanh nghiệp thành lập mới; lũy kế 11 tháng có 846 doanh nghiệp, với tổng vốn đăng ký 6.912 tỷ đồng. Khách du lịch 11 tháng ước đạt 1,6 triệu lượt, trong đó khách quốc tế gần 90.000 lượt; doanh thu du lịch đạt 2.950 tỷ đồng.

Về y tế, tỉnh hiện có 10,2 bác sĩ và 31 giường bệnh trên một vạn dân; tỷ lệ bao phủ bảo hiểm y tế đạt 93,4% dân số.

Chỉ số giá tiêu dùng (CPI) tháng 11 tăng 0,28% so với tháng trước; bình quân 11 tháng tăng 3,71% so với cùng kỳ.

Tai nạn giao thông trong 11 tháng giảm trên cả ba tiêu chí: xảy ra 104 vụ, làm chết 88 người, bị thương 61 người; so với cùng kỳ giảm 19 vụ, giảm 12 người chết và giảm 9 người bị thương.

Văn phòng UBND tỉnh

Tin liên quan:
- Quảng Ngãi: 5 dự án được chấp thuận chủ trương đầu tư tại KKT Dung Quất
- Tỉnh ủy Quảng Ngãi tổ chức Hội nghị lần thứ 25
'''
META = {'published': '2024-12-02', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2024-11M', 'modality': 'actual'}
M = {'period': '2024-M11'}
SP = dict(direction='up', base='same_period')
FIGS = [
 ('tăng 4,3% so với tháng trước', '4,3%', 'change', '%', dict(M, indicator='industrial_production_index', direction='up', base='previous_period')),
 ('tăng 11,8% so với cùng kỳ', '11,8%', 'change', '%', dict(M, **SP, indicator='industrial_production_index')),
 ('IIP tăng 7,65%', '7,65%', 'change', '%', dict(indicator='industrial_production_index', direction='up')),
 ('ước đạt 58.217 tỷ đồng', '58.217 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', modality='estimate')),
 ('tăng 12,9% so với cùng kỳ', '12,9%', 'change', '%', dict(SP, indicator='retail_sales', modality='estimate')),
 ('đạt 1,89 tỷ USD', '1,89 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('bằng 94,5% kế hoạch năm', '94,5%', 'attainment', '%', dict(indicator='export_value', base='target')),
 ('đạt 2,32 tỷ USD', '2,32 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('đạt 27.614 tỷ đồng', '27.614 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 115,4% dự toán', '115,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('bằng 102,3% dự toán', '102,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('đạt 19.875 tỷ đồng', '19.875 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 5.406 tỷ đồng', '5.406 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 68,2% kế hoạch', '68,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('có 83 doanh nghiệp', '83', 'level', 'doanh nghiệp', dict(M, indicator='new_enterprises')),
 ('có 846 doanh nghiệp', '846', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('đăng ký 6.912 tỷ đồng', '6.912 tỷ đồng', 'level', 'VND', dict()),
 ('ước đạt 1,6 triệu lượt', '1,6 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals', modality='estimate', value=1600000)),
 ('gần 90.000 lượt', '90.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals', modality='estimate', bound='nearly')),
 ('đạt 2.950 tỷ đồng', '2.950 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('có 10,2 bác sĩ', '10,2', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('và 31 giường bệnh', '31', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('đạt 93,4% dân số', '93,4%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('tăng 0,28% so với tháng trước', '0,28%', 'change', '%', dict(M, indicator='cpi', direction='up', base='previous_period')),
 ('tăng 3,71% so với cùng kỳ', '3,71%', 'change', '%', dict(SP, indicator='cpi')),
 ('cả ba tiêu chí', 'ba', 'level', 'tiêu chí', dict(value=3, optional=True)),
 ('xảy ra 104 vụ', '104', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 88 người', '88', 'level', 'người', dict(indicator='traffic_deaths')),
 ('bị thương 61 người', '61', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 19 vụ', '19', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='same_period')),
 ('giảm 12 người chết', '12', 'change', 'người', dict(indicator='traffic_deaths', direction='down', base='same_period')),
 ('giảm 9 người bị thương', '9', 'change', 'người', dict(indicator='traffic_injuries', direction='down', base='same_period')),
 ('Quảng Ngãi: 5 dự án', '5', 'level', 'dự án', dict(optional=True)),
]
