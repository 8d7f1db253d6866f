TEXT = '''
Tiếng Việt | English

07/06/2023 - 09:12

Bến Lức sơ kết giữa nhiệm kỳ: 16/22 chỉ tiêu đạt và vượt tiến độ

Sau 2,5 năm thực hiện Nghị quyết (NQ) Đại hội đại biểu Đảng bộ huyện lần thứ XI, nhiệm kỳ 2020-2025, huyện Bến Lức, tỉnh Long An đạt nhiều kết quả quan trọng, tạo nền tảng vững chắc để hoàn thành mục tiêu trở thành thị xã vào năm 2025.

Kinh tế duy trì tăng trưởng

Ngày 6/6, Ban Chấp hành Đảng bộ huyện Bến Lức tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện NQ Đại hội đại biểu Đảng bộ huyện lần thứ XI. Theo báo cáo, trong 22 chỉ tiêu chủ yếu của NQ, có 16/22 chỉ tiêu đạt và vượt so với tiến độ; 4 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ; 2 chỉ tiêu khó đạt là tỷ lệ đô thị hóa và tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ.

Tổng giá trị sản xuất giai đoạn 2021 - 2022 tăng bình quân 8,6%/năm (NQ đề ra 10 - 11%/năm) do ảnh hưởng của dịch Covid-19 năm 2021. Cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng công nghiệp - xây dựng năm 2022 chiếm 71,4%, thương mại - dịch vụ chiếm 20,3%.

Khu công nghiệp Phúc Long, xã Long Hiệp thu hút nhiều nhà đầu tư (Ảnh: Quốc Thanh)

Thu ngân sách nhà nước năm 2022 đạt 2.135 tỷ đồng, gấp 1,5 lần năm 2020. Từ đầu nhiệm kỳ đến nay, huyện thu hút thêm 38 dự án đầu tư trong nước với tổng vốn đăng ký 12.460 tỷ đồng và 27 dự án FDI với tổng vốn 415,8 triệu USD; tỷ lệ lấp đầy các khu công nghiệp đạt 86%. Thu nhập bình quân đầu người năm 2022 đạt 81,5 triệu đồng, tăng 18,2% so với năm 2020.

An sinh xã hội được bảo đảm

Tỷ lệ hộ nghèo giảm từ 1,86% (cuối năm 2020) xuống còn 0,72% (cuối năm 2022), vượt chỉ tiêu NQ đề ra. Đến nay, huyện có 11/14 xã đạt chuẩn nông thôn mới, trong đó 4 xã đạt chuẩn nông thôn mới nâng cao; 100% tuyến đường huyện được nhựa hóa. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,3%; bình quân mỗi năm giải quyết việc làm cho trên 4.500 lao động.

Công tác xây dựng Đảng được chú trọng. Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ kết nạp 486 đảng viên, đạt 81% chỉ tiêu NQ cả nhiệm kỳ (600 đảng viên); hằng năm có trên 88% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Bí thư Huyện ủy Bến Lức - Nguyễn Minh Lâm cho biết: “Dự báo đến cuối nhiệm kỳ, có 20/22 chỉ tiêu đạt và vượt; riêng tỷ lệ đô thị hóa (NQ đề ra 45%, đến nay đạt 38,6%) rất khó hoàn thành nếu thị trấn Bến Lức và các xã Thanh Phú, Mỹ Yên chưa được công nhận là phường”.

Phấn đấu hoàn thành các chỉ tiêu còn lại

Từ nay đến cuối nhiệm kỳ, huyện phấn đấu tốc độ tăng tổng giá trị sản xuất bình quân đạt 10%/năm; đến năm 2025 có 14/14 xã đạt chuẩn nông thôn mới, 7 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu; tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 35%.

Huyện tập trung thực hiện 3 khâu đột phá: phát triển hạ tầng giao thông kết nối với TP.HCM; cải cách hành chính; phát triển nguồn nhân lực.

Quốc Thanh

Tin cùng chuyên mục
- Cần Giuộc: 9/12 xã đạt chuẩn nông thôn mới nâng cao
- Đảng bộ TP.Tân An kết nạp 152 đảng viên trong 5 tháng

Báo Long An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Long An
Điện thoại: (0272) 3826 436
'''
META = {'published': '2023-06-07', 'locality': 'huyện Bến Lức'}
DEFAULTS = {'locality': 'huyện Bến Lức', 'period': '2020/2025', 'modality': 'actual'}
RT = {'indicator': 'resolution_targets'}
T = {'modality': 'target'}
Y22 = {'period': '2022'}
FIGS = [
 ('giữa nhiệm kỳ: 16/22 chỉ tiêu', '16/22', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('trong 22 chỉ tiêu chủ yếu', '22', 'level', 'chỉ tiêu', dict(RT)),
 ('có 16/22 chỉ tiêu', '16/22', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('4 chỉ tiêu có khả năng đạt', '4', 'level', 'chỉ tiêu', dict(RT, status='pending')),
 ('2 chỉ tiêu khó đạt', '2', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('bình quân 8,6%/năm', '8,6%', 'change', '%', dict(indicator='total_output_value', period='2021/2022', direction='up')),
 ('(NQ đề ra 10 - 11%/năm)', '10 - 11%', 'level', '%', dict(T, indicator='total_output_value')),
 ('chiếm 71,4%', '71,4%', 'level', '%', dict(Y22, indicator='sector_share')),
 ('chiếm 20,3%', '20,3%', 'level', '%', dict(Y22, indicator='sector_share')),
 ('đạt 2.135 tỷ đồng', '2.135 tỷ đồng', 'level', 'VND', dict(Y22, indicator='budget_revenue')),
 ('gấp 1,5 lần năm 2020', '1,5 lần', 'change', 'lần', dict(Y22, indicator='budget_revenue', direction='up', base='2020')),
 ('thêm 38 dự án', '38', 'level', 'dự án', dict()),
 ('ký 12.460 tỷ đồng', '12.460 tỷ đồng', 'level', 'VND', dict()),
 ('và 27 dự án FDI', '27', 'level', 'dự án', dict()),
 ('vốn 415,8 triệu USD', '415,8 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('đạt 86%', '86%', 'level', '%', dict()),
 ('đạt 81,5 triệu đồng', '81,5 triệu đồng', 'level', 'VND/người/năm', dict(Y22, indicator='income_per_capita')),
 ('tăng 18,2% so với năm 2020', '18,2%', 'change', '%', dict(Y22, indicator='income_per_capita', direction='up', base='2020')),
 ('từ 1,86%', '1,86%', 'level', '%', dict(indicator='poverty_rate', period='2020')),
 ('còn 0,72%', '0,72%', 'level', '%', dict(indicator='poverty_rate', period='2022', direction='down')),
 ('có 11/14 xã', '11/14', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('trong đó 4 xã', '4', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('100% tuyến đường', '100%', 'level', '%', dict()),
 ('y tế đạt 92,3%', '92,3%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('trên 4.500 lao động', '4.500', 'level', 'lao động', dict(indicator='jobs_created', bound='over')),
 ('kết nạp 486 đảng viên', '486', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 81% chỉ tiêu', '81%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('(600 đảng viên)', '600', 'level', 'đảng viên', dict(T, indicator='new_party_members')),
 ('trên 88% tổ chức', '88%', 'level', '%', dict(bound='over')),
 ('có 20/22 chỉ tiêu', '20/22', 'ratio', 'chỉ tiêu', dict(RT, status='achieved', modality='estimate')),
 ('(NQ đề ra 45%', '45%', 'level', '%', dict(T, indicator='urbanization_rate')),
 ('đạt 38,6%', '38,6%', 'level', '%', dict(indicator='urbanization_rate')),
 ('đạt 10%/năm', '10%', 'level', '%', dict(T, indicator='total_output_value')),
 ('có 14/14 xã', '14/14', 'ratio', 'xã', dict(T, period='2025', indicator='new_rural_communes')),
 ('7 xã đạt', '7', 'level', 'xã', dict(T, period='2025', indicator='new_rural_communes_advanced')),
 ('và 2 xã đạt', '2', 'level', 'xã', dict(T, period='2025', indicator='new_rural_communes_model')),
 ('đạt 35%', '35%', 'level', '%', dict(T, period='2025', indicator='trained_labour_rate')),
 ('thực hiện 3 khâu đột phá', '3', 'level', 'khâu đột phá', dict(optional=True)),
]
