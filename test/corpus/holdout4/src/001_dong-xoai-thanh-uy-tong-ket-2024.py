TEXT = '''
Thứ Năm, 19/12/2024 15:20

Thành ủy Đồng Xoài: 21/24 chỉ tiêu năm 2024 đạt và vượt kế hoạch

BP - Sáng 19-12, Ban Chấp hành Đảng bộ thành phố Đồng Xoài, tỉnh Bình Phước tổ chức Hội nghị lần thứ 27 (mở rộng) đánh giá kết quả thực hiện nghị quyết năm 2024, bàn phương hướng, nhiệm vụ năm 2025. Đồng chí Bí thư Thành ủy chủ trì hội nghị.

Các đại biểu biểu quyết thông qua nghị quyết năm 2025.
Các đại biểu biểu quyết thông qua nghị quyết năm 2025.

Theo báo cáo tại hội nghị, năm 2024, trong điều kiện còn không ít khó khăn, Đảng bộ thành phố đã lãnh đạo thực hiện đạt và vượt 21/24 chỉ tiêu, 3 chỉ tiêu chưa đạt là tổng vốn đầu tư toàn xã hội, giải ngân vốn đầu tư công và tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.

Tổng giá trị sản xuất trên địa bàn ước đạt 31.560 tỷ đồng, tăng 11,2% so với năm 2023. Cơ cấu kinh tế chuyển dịch đúng hướng, khu vực thương mại - dịch vụ chiếm 52,4%, công nghiệp - xây dựng chiếm 41,9%, nông - lâm nghiệp chiếm 5,7%. Thu nhập bình quân đầu người đạt 108 triệu đồng/người/năm.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 1.824 tỷ đồng, bằng 112,6% dự toán tỉnh giao, tăng 9,8% so với cùng kỳ; chi ngân sách địa phương 1.096 tỷ đồng. Tổng vốn đầu tư toàn xã hội ước đạt 6.950 tỷ đồng, chỉ bằng 94,3% kế hoạch. Đến ngày 15-12, thành phố giải ngân vốn đầu tư công được 71,5% kế hoạch vốn. Trong năm có 236 doanh nghiệp thành lập mới với tổng vốn đăng ký 2.140 tỷ đồng, nâng tổng số doanh nghiệp đang hoạt động trên địa bàn lên 2.918 doanh nghiệp.

Lĩnh vực văn hóa - xã hội có nhiều chuyển biến. Thành phố giải quyết việc làm cho 3.420 lao động, đạt 114% kế hoạch; tỷ lệ lao động qua đào tạo đạt 78,6%. Số hộ nghèo theo chuẩn đa chiều còn 38 hộ, chiếm 0,13%; hộ cận nghèo còn 112 hộ. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,1%. Có thêm 2 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 34/45 trường.

Xã Tân Thành được công nhận đạt chuẩn nông thôn mới kiểu mẫu, đưa thành phố có 2/2 xã đạt chuẩn nông thôn mới nâng cao. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; phạm pháp hình sự giảm 6 vụ so với năm trước, tỷ lệ điều tra khám phá đạt 88,7%; tai nạn giao thông giảm 4 vụ, số người chết giảm 3 người so với năm 2023.

Công tác xây dựng Đảng được chú trọng. Toàn Đảng bộ kết nạp 186 đảng viên mới, đạt 103,3% chỉ tiêu; có 89,6% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, chưa đạt chỉ tiêu đề ra.

Đại biểu thảo luận tại hội nghị.
Đại biểu thảo luận tại hội nghị.

Năm 2025, thành phố Đồng Xoài phấn đấu tổng giá trị sản xuất tăng 11,5% trở lên; thu nhập bình quân đầu người đạt 118 triệu đồng; thu ngân sách trên địa bàn đạt 1.950 tỷ đồng; tổng vốn đầu tư toàn xã hội 7.500 tỷ đồng; giải ngân 100% kế hoạch vốn đầu tư công; thành lập mới 240 doanh nghiệp; giải quyết việc làm cho 3.500 lao động; tỷ lệ lao động qua đào tạo đạt 80%; giữ tỷ lệ hộ nghèo dưới 0,1%; tỷ lệ tham gia bảo hiểm y tế đạt 96%; có thêm 2 trường đạt chuẩn quốc gia; kiềm chế tai nạn giao thông giảm từ 5% trở lên trên cả 3 tiêu chí; kết nạp 180 đảng viên trở lên.

Phát biểu kết luận, Bí thư Thành ủy đề nghị các cấp ủy tập trung vào 4 nhóm nhiệm vụ trọng tâm, nhất là chuẩn bị tốt đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030 và hoàn thành sắp xếp đơn vị hành chính theo Kết luận 127-KL/TW.

Thanh Hiền

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2024-12-19', 'locality': 'thành phố Đồng Xoài'}
DEFAULTS = {'locality': 'thành phố Đồng Xoài', 'period': '2024', 'modality': 'actual'}
T = {'period': '2025', 'modality': 'target'}
E = {'modality': 'estimate'}
FIGS = [
 ('21/24 chỉ tiêu năm 2024 đạt', '21/24', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('vượt 21/24 chỉ tiêu, 3', '21/24', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=24)),
 ('ước đạt 31.560 tỷ đồng', '31.560 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **E)),
 ('tăng 11,2% so với năm 2023', '11,2%', 'change', '%', dict(indicator='total_output_value', direction='up', base='2023', **E)),
 ('dịch vụ chiếm 52,4%', '52,4%', 'level', '%', dict(indicator='sector_share')),
 ('xây dựng chiếm 41,9%', '41,9%', 'level', '%', dict(indicator='sector_share')),
 ('lâm nghiệp chiếm 5,7%', '5,7%', 'level', '%', dict(indicator='sector_share')),
 ('đạt 108 triệu đồng/người/năm', '108 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('ước đạt 1.824 tỷ đồng', '1.824 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('bằng 112,6% dự toán', '112,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('tăng 9,8% so với cùng kỳ', '9,8%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='same_period', **E)),
 ('chi ngân sách địa phương 1.096 tỷ đồng', '1.096 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('ước đạt 6.950 tỷ đồng', '6.950 tỷ đồng', 'level', 'VND', dict(indicator='social_investment', **E)),
 ('chỉ bằng 94,3% kế hoạch', '94,3%', 'attainment', '%', dict(indicator='social_investment', base='target', **E)),
 ('được 71,5% kế hoạch vốn', '71,5%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('có 236 doanh nghiệp thành lập mới', '236', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tổng vốn đăng ký 2.140 tỷ đồng', '2.140 tỷ đồng', 'level', 'VND', {}),
 ('lên 2.918 doanh nghiệp', '2.918', 'level', 'doanh nghiệp', {}),
 ('việc làm cho 3.420 lao động', '3.420', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 114% kế hoạch', '114%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('qua đào tạo đạt 78,6%', '78,6%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('còn 38 hộ', '38', 'level', 'hộ', dict(indicator='poor_households')),
 ('chiếm 0,13%', '0,13%', 'level', '%', dict(indicator='poverty_rate')),
 ('hộ cận nghèo còn 112 hộ', '112', 'level', 'hộ', {}),
 ('bảo hiểm y tế đạt 95,1%', '95,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('Có thêm 2 trường được công nhận', '2', 'level', 'trường', dict(indicator='national_standard_schools')),
 ('lên 34/45 trường', '34/45', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('có 2/2 xã đạt chuẩn', '2/2', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('phạm pháp hình sự giảm 6 vụ', '6', 'change', 'vụ', dict(indicator='crime', direction='down', base='2023')),
 ('khám phá đạt 88,7%', '88,7%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('tai nạn giao thông giảm 4 vụ', '4', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='2023')),
 ('số người chết giảm 3 người', '3', 'change', 'người', dict(indicator='traffic_deaths', direction='down', base='2023')),
 ('kết nạp 186 đảng viên mới', '186', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 103,3% chỉ tiêu', '103,3%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('có 89,6% tổ chức cơ sở đảng', '89,6%', 'level', '%', {}),
 ('tăng 11,5% trở lên', '11,5%', 'change', '%', dict(indicator='total_output_value', direction='up', bound='at_least', **T)),
 ('đạt 118 triệu đồng', '118 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **T)),
 ('đạt 1.950 tỷ đồng', '1.950 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('toàn xã hội 7.500 tỷ đồng', '7.500 tỷ đồng', 'level', 'VND', dict(indicator='social_investment', **T)),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', **T)),
 ('thành lập mới 240 doanh nghiệp', '240', 'level', 'doanh nghiệp', dict(indicator='new_enterprises', **T)),
 ('việc làm cho 3.500 lao động', '3.500', 'level', 'lao động', dict(indicator='jobs_created', **T)),
 ('qua đào tạo đạt 80%', '80%', 'level', '%', dict(indicator='trained_labour_rate', **T)),
 ('dưới 0,1%', '0,1%', 'level', '%', dict(indicator='poverty_rate', bound='under', **T)),
 ('bảo hiểm y tế đạt 96%', '96%', 'level', '%', dict(indicator='health_insurance_coverage', **T)),
 ('có thêm 2 trường đạt chuẩn', '2', 'level', 'trường', dict(indicator='national_standard_schools', **T)),
 ('giảm từ 5% trở lên', '5%', 'change', '%', dict(indicator='traffic_accidents', direction='down', bound='at_least', **T)),
 ('kết nạp 180 đảng viên trở lên', '180', 'level', 'đảng viên', dict(indicator='new_party_members', bound='at_least', **T)),
 ('vào 4 nhóm nhiệm vụ', '4', 'level', 'nhóm nhiệm vụ', dict(optional=True)),
]
