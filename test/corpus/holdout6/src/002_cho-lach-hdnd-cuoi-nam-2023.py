TEXT = '''
Kỳ họp thứ 11 HĐND huyện Chợ Lách: Năm 2023 có 17/20 chỉ tiêu đạt và vượt kế hoạch

14/12/2023 - 06:47

BDK - Ngày 13-12-2023, HĐND huyện Chợ Lách khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 11 (kỳ họp thường lệ cuối năm) để đánh giá tình hình kinh tế - xã hội năm 2023 và quyết định nhiệm vụ năm 2024.

Quang cảnh kỳ họp.

Quang cảnh kỳ họp.

Theo báo cáo của UBND huyện, năm 2023 có 17/20 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu xấp xỉ đạt và 1 chỉ tiêu không đạt là thu ngân sách. Tổng giá trị sản xuất ước thực hiện năm 2023 đạt 9.846 tỷ đồng, tăng 6,82% so với năm 2022 (kế hoạch tăng 7%).

Sản xuất nông nghiệp có bước phục hồi sau đợt xâm nhập mặn đầu năm. Toàn huyện có 7.560 ha dừa, sản lượng ước đạt 98,5 triệu trái; diện tích sầu riêng 2.430 ha, tăng 310 ha so với năm 2022, trong đó 1.120 ha đã được cấp mã số vùng trồng. Giá sầu riêng dao động từ 60.000 - 85.000 đồng/kg, người trồng có lãi khá. Sản lượng cây giống các loại ước đạt 61 triệu cây/KH 60 triệu cây.

Ước thực hiện một số chỉ tiêu chủ yếu năm 2023:
Chỉ tiêu | Kế hoạch | Ước thực hiện | Tỷ lệ
Thu ngân sách nhà nước (tỷ đồng) | 96 | 84,3 | 87,8%
Tổng vốn đầu tư toàn xã hội (tỷ đồng) | 2.150 | 2.214 | 103%
Tỷ lệ hộ nghèo (%) | 1,9 | 1,65 | đạt

Thu ngân sách nhà nước trên địa bàn ước đạt 84,3 tỷ đồng, bằng 87,8% dự toán, giảm 9,4% so với năm 2022 do nguồn thu tiền sử dụng đất đạt thấp. Chi ngân sách địa phương 512,6 tỷ đồng, đạt 98,2% dự toán.

Lĩnh vực văn hóa - xã hội tiếp tục được quan tâm. Trong năm, huyện giải quyết việc làm cho 2.450 lượt lao động; tỷ lệ lao động qua đào tạo đạt 71,5%. Tỷ lệ hộ nghèo giảm còn 1,65%, hộ cận nghèo còn 2,9%. Huyện có thêm hai xã đạt chuẩn nông thôn mới nâng cao là xã Hòa Nghĩa và Vĩnh Thành, nâng tổng số lên 5 xã. Tình hình trật tự an toàn giao thông có chuyển biến: tai nạn giao thông xảy ra 9 vụ, làm chết 7 người, so với năm 2022 giảm 3 vụ, giảm 2 người chết.

Chủ tịch UBND huyện Chợ Lách Nguyễn Văn Vũ cho biết: "Năm 2024, huyện phấn đấu tổng giá trị sản xuất tăng 7,5%, thu ngân sách đạt 102 tỷ đồng và không để hộ dân nào thiếu nước sinh hoạt trong mùa khô."

Đại biểu HĐND huyện biểu quyết thông qua nghị quyết.

Đại biểu HĐND huyện biểu quyết thông qua nghị quyết.

Kỳ họp đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2024 với 20 chỉ tiêu chủ yếu, trong đó: thu nhập bình quân đầu người đạt 72 triệu đồng; tỷ lệ hộ nghèo giảm 0,3 điểm phần trăm; tỷ lệ tham gia bảo hiểm y tế đạt 93,5%; giải quyết việc làm cho 2.500 lao động; xây dựng mới 2 trường đạt chuẩn quốc gia.

Đường dây nóng tiếp nhận phản ánh của cử tri: 0275.3871.234.

Xem thêm:
Bến Tre: 8 huyện xây dựng kế hoạch ứng phó hạn mặn mùa khô 2023 - 2024
Chợ Lách tôn vinh 25 nghệ nhân cây giống

Thanh Đồng

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2023-12-14', 'locality': 'huyện Chợ Lách'}
DEFAULTS = {'locality': 'huyện Chợ Lách', 'period': '2023', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('Năm 2023 có 17/20 chỉ tiêu', '17/20', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('năm 2023 có 17/20 chỉ tiêu', '17/20', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('2 chỉ tiêu xấp xỉ đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='nearly', of_optional=20)),
 ('1 chỉ tiêu không đạt', '1', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=20)),
 ('đạt 9.846 tỷ đồng', '9.846 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **E)),
 ('tăng 6,82% so với năm 2022', '6,82%', 'change', '%', dict(indicator='total_output_value', direction='up', base='2022', **E)),
 ('kế hoạch tăng 7%', '7%', 'change', '%', dict(indicator='total_output_value', direction='up', modality='target')),
 ('có 7.560 ha dừa', '7.560 ha', 'level', 'ha', dict()),
 ('ước đạt 98,5 triệu trái', '98,5 triệu', 'level', 'trái', dict(**E)),
 ('sầu riêng 2.430 ha', '2.430 ha', 'level', 'ha', dict()),
 ('tăng 310 ha', '310 ha', 'change', 'ha', dict(direction='up', base='2022')),
 ('trong đó 1.120 ha', '1.120 ha', 'level', 'ha', dict()),
 ('từ 60.000 - 85.000 đồng/kg', '60.000 - 85.000 đồng/kg', 'level', 'VND/kg', dict(value=60000, high=85000)),
 ('ước đạt 61 triệu cây', '61 triệu', 'level', 'cây', dict(**E)),
 ('KH 60 triệu cây', '60 triệu', 'level', 'cây', dict(modality='target')),
 ('| 96 | 84,3 | 87,8%', '96', 'level', 'VND', dict(value=96000000000.0, indicator='budget_revenue', modality='target')),
 ('| 96 | 84,3 | 87,8%', '84,3', 'level', 'VND', dict(value=84300000000.0, indicator='budget_revenue', **E)),
 ('| 96 | 84,3 | 87,8%', '87,8%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('| 2.150 | 2.214 | 103%', '2.150', 'level', 'VND', dict(value=2150000000000.0, indicator='social_investment', modality='target')),
 ('| 2.150 | 2.214 | 103%', '2.214', 'level', 'VND', dict(value=2214000000000.0, indicator='social_investment', **E)),
 ('| 2.150 | 2.214 | 103%', '103%', 'attainment', '%', dict(indicator='social_investment', base='target', **E)),
 ('| 1,9 | 1,65 | đạt', '1,9', 'level', '%', dict(indicator='poverty_rate', modality='target')),
 ('| 1,9 | 1,65 | đạt', '1,65', 'level', '%', dict(indicator='poverty_rate', **E)),
 ('ước đạt 84,3 tỷ đồng', '84,3 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('bằng 87,8% dự toán', '87,8%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('giảm 9,4% so với năm 2022', '9,4%', 'change', '%', dict(indicator='budget_revenue', direction='down', base='2022', **E)),
 ('địa phương 512,6 tỷ đồng', '512,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 98,2% dự toán', '98,2%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('cho 2.450 lượt lao động', '2.450', 'level', 'lượt lao động', dict(indicator='jobs_created')),
 ('đạt 71,5%', '71,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('giảm còn 1,65%', '1,65%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 2,9%', '2,9%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('thêm hai xã', 'hai', 'level', 'xã', dict(value=2, indicator='new_rural_communes_advanced')),
 ('lên 5 xã', '5', 'level', 'xã', dict(indicator='new_rural_communes_advanced', direction='up')),
 ('xảy ra 9 vụ', '9', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 7 người', '7', 'level', 'người', dict(indicator='traffic_deaths')),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='2022')),
 ('giảm 2 người chết', '2', 'change', 'người', dict(indicator='traffic_deaths', direction='down', base='2022')),
 ('sản xuất tăng 7,5%', '7,5%', 'change', '%', dict(indicator='total_output_value', direction='up', **T)),
 ('đạt 102 tỷ đồng', '102 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('với 20 chỉ tiêu chủ yếu', '20', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', **T)),
 ('đạt 72 triệu đồng', '72 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **T)),
 ('giảm 0,3 điểm phần trăm', '0,3 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', **T)),
 ('đạt 93,5%', '93,5%', 'level', '%', dict(indicator='health_insurance_coverage', **T)),
 ('cho 2.500 lao động', '2.500', 'level', 'lao động', dict(indicator='jobs_created', **T)),
 ('mới 2 trường', '2', 'level', 'trường', dict(indicator='national_standard_schools', **T)),
]
