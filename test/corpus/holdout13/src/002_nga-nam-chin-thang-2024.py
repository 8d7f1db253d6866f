TEXT = '''
Kinh tế

Thị xã Ngã Năm: Thu ngân sách 9 tháng vượt dự toán

Cập nhật lúc 15:20, Thứ Ba, 08/10/2024 (GMT+7)

(STO) - Chiều 7/10, UBND thị xã Ngã Năm tổ chức phiên họp thường kỳ tháng 10 để đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm 2024 và triển khai nhiệm vụ những tháng cuối năm.

Báo cáo tại phiên họp cho thấy, tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt hơn 62,7 tỷ đồng, đạt 104,5% dự toán năm và tăng 18,3% so với cùng kỳ. Tổng chi ngân sách địa phương là 301,2 tỷ đồng, bằng 71,6% dự toán.

Vụ lúa Hè Thu, nông dân thị xã xuống giống 9.860 ha, năng suất bình quân 5,9 tấn/ha; đến nay đã thu hoạch dứt điểm. Vụ Thu Đông đã xuống giống được 6.420/7.000 ha theo kế hoạch. Tổng sản lượng thủy sản nuôi trồng và khai thác ước đạt 5.180 tấn, giảm 2,6% so với cùng kỳ do giá cá tra nguyên liệu thấp.

Trên lĩnh vực thương mại, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 3.245 tỷ đồng, tăng 9,7%. Chợ nổi Ngã Năm tiếp tục được giữ gìn như một sản phẩm du lịch đặc trưng, 9 tháng đón khoảng 21.500 lượt khách.

Về văn hóa - xã hội, thị xã đã giải quyết việc làm cho 1.368 lao động, trong đó có 25 người đi làm việc ở Nhật Bản, Hàn Quốc; cấp mới 4.012 thẻ bảo hiểm y tế cho các đối tượng chính sách. Phường 2 được chọn làm điểm xây dựng phường văn minh đô thị.

Tình hình an ninh, trật tự cơ bản ổn định. Tuy nhiên, trên địa bàn xảy ra 5 vụ tai nạn giao thông, làm chết 4 người, so với cùng kỳ giảm 2 vụ, tăng 1 người chết.

Phát biểu kết luận, Chủ tịch UBND thị xã yêu cầu các ngành tập trung thu ngân sách, phấn đấu cả năm đạt ít nhất 80 tỷ đồng; đẩy nhanh giải ngân vốn đầu tư công, hiện mới đạt 56,4% kế hoạch vốn.

Đông Hồ
'''
META = {'published': '2024-10-08', 'locality': 'thị xã Ngã Năm'}
DEFAULTS = {'locality': 'thị xã Ngã Năm', 'period': '2024-9M', 'modality': 'actual'}
FIGS = [
 ('hơn 62,7 tỷ đồng', '62,7 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', bound='over')),
 ('đạt 104,5% dự toán năm', '104,5%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 18,3% so với cùng kỳ', '18,3%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='same_period')),
 ('là 301,2 tỷ đồng', '301,2 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 71,6% dự toán', '71,6%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('xuống giống 9.860 ha', '9.860 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('5,9 tấn/ha', '5,9 tấn/ha', 'level', 'tấn/ha', dict()),
 ('được 6.420/7.000 ha', '6.420/7.000 ha', 'ratio', 'ha', dict(indicator='crop_area')),
 ('ước đạt 5.180 tấn', '5.180 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', modality='estimate')),
 ('giảm 2,6% so với cùng kỳ', '2,6%', 'change', '%', dict(indicator='aquaculture_output', modality='estimate', direction='down', base='same_period')),
 ('đạt 3.245 tỷ đồng', '3.245 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 9,7%', '9,7%', 'change', '%', dict(indicator='retail_sales', direction='up')),
 ('khoảng 21.500 lượt khách', '21.500', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='about')),
 ('cho 1.368 lao động', '1.368', 'level', 'lao động', dict(indicator='jobs_created')),
 ('có 25 người đi làm việc', '25', 'level', 'người', dict(indicator='labour_export')),
 ('cấp mới 4.012 thẻ', '4.012', 'level', 'thẻ', dict()),
 ('xảy ra 5 vụ', '5', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 4 người', '4', 'level', 'người', dict(indicator='traffic_deaths')),
 ('giảm 2 vụ', '2', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='same_period')),
 ('tăng 1 người chết', '1', 'change', 'người', dict(indicator='traffic_deaths', direction='up', base='same_period')),
 ('ít nhất 80 tỷ đồng', '80 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', bound='at_least', modality='target', period='2024')),
 ('đạt 56,4% kế hoạch vốn', '56,4%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
]
