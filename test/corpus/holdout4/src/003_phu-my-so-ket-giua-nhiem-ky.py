TEXT = '''
Chính trị

Thứ Sáu, 18/08/2023, 19:42 [GMT+7]

Thị xã Phú Mỹ: 14/22 chỉ tiêu nghị quyết đã đạt, vượt sau nửa nhiệm kỳ

BRVT - Ngày 18/8, Thị ủy Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thị xã lần thứ VII, nhiệm kỳ 2020 - 2025.

Các đại biểu dự hội nghị.
Các đại biểu dự hội nghị.

Báo cáo sơ kết cho thấy, sau hơn hai năm rưỡi thực hiện nghị quyết, trong tổng số 22 chỉ tiêu chủ yếu, đến nay thị xã đã đạt và vượt 14 chỉ tiêu; 6 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ; 2 chỉ tiêu khó đạt là thu nhập bình quân đầu người và tỷ lệ đô thị hóa.

Giai đoạn 2021 - 2023, giá trị sản xuất công nghiệp trên địa bàn tăng bình quân 7,9%/năm; đến nay thị xã có 9 khu công nghiệp đã được thành lập với tổng diện tích gần 8.900 ha, thu hút 148 dự án FDI với tổng vốn đăng ký khoảng 13,6 tỷ USD. Hệ thống cảng Cái Mép - Thị Vải tiếp tục phát huy hiệu quả, sản lượng hàng hóa thông qua năm 2022 đạt gần 110 triệu tấn, gấp 1,4 lần so với năm 2020.

Thu ngân sách nhà nước trên địa bàn năm 2022 đạt 9.450 tỷ đồng, tăng 21,7% so với năm 2020. Thu nhập bình quân đầu người năm 2022 đạt 92 triệu đồng, trong khi nghị quyết đề ra đến năm 2025 đạt 120 triệu đồng. Tỷ lệ đô thị hóa hiện đạt 48%, chỉ tiêu nghị quyết là 60%.

Công tác giảm nghèo đạt kết quả rõ nét: tỷ lệ hộ nghèo giảm từ 1,42% (năm 2020) xuống còn 0,35% (năm 2022); thị xã đã hỗ trợ xây mới, sửa chữa 176 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn. Thị xã có 5/5 xã đạt chuẩn nông thôn mới và 2 xã đạt chuẩn nông thôn mới nâng cao, về đích trước 2 năm so với nghị quyết. Số trường đạt chuẩn quốc gia tăng từ 31 trường lên 40 trường, chiếm 72,7% tổng số trường công lập.

Thị xã Phú Mỹ phát triển mạnh về công nghiệp, cảng biển.
Thị xã Phú Mỹ phát triển mạnh về công nghiệp, cảng biển.

Về xây dựng Đảng, từ đầu nhiệm kỳ đến nay, Đảng bộ thị xã đã kết nạp 412 đảng viên, đạt 82,4% chỉ tiêu cả nhiệm kỳ; thành lập mới 7 chi bộ trong doanh nghiệp ngoài nhà nước. Hằng năm có trên 90% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.

Bên cạnh kết quả đạt được, hội nghị cũng chỉ rõ một số hạn chế: tiến độ một số dự án động lực còn chậm; giải ngân vốn đầu tư công năm 2022 chỉ đạt 68% kế hoạch; tình trạng ô nhiễm môi trường cục bộ tại một số khu vực chưa được xử lý dứt điểm.

Để hoàn thành các chỉ tiêu còn lại, thị xã đề ra 6 nhóm giải pháp trọng tâm, trong đó tập trung phát triển dịch vụ logistics, phấn đấu đến năm 2025 có thêm 3 trung tâm logistics; kết nạp bình quân mỗi năm từ 150 đảng viên trở lên; tỷ lệ đô thị hóa đạt 55% trở lên.

Quang Vũ

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2023-08-18', 'locality': 'thị xã Phú Mỹ'}
DEFAULTS = {'locality': 'thị xã Phú Mỹ', 'period': '2020/2025', 'modality': 'actual'}
Y23 = {'period': '2023'}; Y22 = {'period': '2022'}
T = {'period': '2020/2025', 'modality': 'target'}
FIGS = [
 ('Phú Mỹ: 14/22 chỉ tiêu', '14/22', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('tổng số 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('vượt 14 chỉ tiêu', '14', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved', of_optional=22)),
 ('6 chỉ tiêu có khả năng đạt', '6', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='pending', of_optional=22)),
 ('2 chỉ tiêu khó đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=22)),
 ('tăng bình quân 7,9%/năm', '7,9%', 'change', '%', dict(indicator='industrial_output_value', direction='up', period='2021/2023')),
 ('có 9 khu công nghiệp', '9', 'level', 'khu công nghiệp', Y23),
 ('gần 8.900 ha', '8.900 ha', 'level', 'ha', dict(bound='nearly', **Y23)),
 ('thu hút 148 dự án', '148', 'level', 'dự án', Y23),
 ('khoảng 13,6 tỷ USD', '13,6 tỷ USD', 'level', 'USD', dict(indicator='fdi', bound='about', **Y23)),
 ('gần 110 triệu tấn', '110 triệu tấn', 'level', 'tấn', dict(bound='nearly', **Y22)),
 ('gấp 1,4 lần so với năm 2020', '1,4', 'change', 'lần', dict(direction='up', base='2020', **Y22)),
 ('đạt 9.450 tỷ đồng', '9.450 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **Y22)),
 ('tăng 21,7% so với năm 2020', '21,7%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2020', **Y22)),
 ('năm 2022 đạt 92 triệu đồng', '92 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **Y22)),
 ('đạt 120 triệu đồng', '120 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2025', modality='target')),
 ('hiện đạt 48%', '48%', 'level', '%', dict(indicator='urbanization_rate', **Y23)),
 ('chỉ tiêu nghị quyết là 60%', '60%', 'level', '%', dict(indicator='urbanization_rate', **T)),
 ('giảm từ 1,42%', '1,42%', 'level', '%', dict(indicator='poverty_rate', period='2020')),
 ('xuống còn 0,35%', '0,35%', 'level', '%', dict(indicator='poverty_rate', direction='down', **Y22)),
 ('sửa chữa 176 căn nhà', '176', 'level', 'căn nhà', {}),
 ('có 5/5 xã đạt chuẩn', '5/5', 'ratio', 'xã', dict(indicator='new_rural_communes', **Y23)),
 ('và 2 xã đạt chuẩn nông thôn mới nâng cao', '2', 'level', 'xã', dict(indicator='new_rural_communes_advanced', **Y23)),
 ('tăng từ 31 trường', '31', 'level', 'trường', dict(indicator='national_standard_schools', period='2020')),
 ('lên 40 trường', '40', 'level', 'trường', dict(indicator='national_standard_schools', direction='up', **Y23)),
 ('chiếm 72,7%', '72,7%', 'level', '%', dict(indicator='national_standard_schools', **Y23)),
 ('kết nạp 412 đảng viên', '412', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 82,4% chỉ tiêu cả nhiệm kỳ', '82,4%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('thành lập mới 7 chi bộ', '7', 'level', 'chi bộ', {}),
 ('có trên 90% tổ chức', '90%', 'level', '%', dict(bound='over')),
 ('chỉ đạt 68% kế hoạch', '68%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', **Y22)),
 ('đề ra 6 nhóm giải pháp', '6', 'level', 'nhóm giải pháp', dict(optional=True)),
 ('có thêm 3 trung tâm logistics', '3', 'level', 'trung tâm logistics', dict(period='2025', modality='target')),
 ('từ 150 đảng viên trở lên', '150', 'level', 'đảng viên', dict(indicator='new_party_members', bound='at_least', **T)),
 ('đạt 55% trở lên', '55%', 'level', '%', dict(indicator='urbanization_rate', bound='at_least', period='2025', modality='target')),
]
