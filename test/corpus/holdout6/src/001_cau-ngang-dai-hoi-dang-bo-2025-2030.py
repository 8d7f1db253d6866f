TEXT = '''
Chính trị

Đại hội Đảng bộ huyện Cầu Ngang lần thứ XII: 19/21 chỉ tiêu nhiệm kỳ đạt và vượt

Thứ Tư, ngày 12/02/2025 | 08:16

TVO - Ngày 11/02, Đảng bộ huyện Cầu Ngang (tỉnh Trà Vinh) long trọng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2025 - 2030. Đây là đại hội điểm cấp huyện của tỉnh, được tổ chức theo tinh thần Chỉ thị số 35-CT/TW của Bộ Chính trị.

Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.

Nhiệm kỳ 2020 - 2025 vượt khó đi lên

Báo cáo chính trị trình Đại hội nêu rõ, trong bối cảnh dịch bệnh, thiên tai, xâm nhập mặn diễn biến phức tạp, Đảng bộ và Nhân dân huyện Cầu Ngang đã đoàn kết, nỗ lực vượt qua khó khăn. Qua 5 năm thực hiện Nghị quyết Đại hội lần thứ XI, có 19/21 chỉ tiêu đạt và vượt, 2 chỉ tiêu chưa đạt là thu ngân sách trên địa bàn và tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ.

Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm ước đạt 7,8%; tổng giá trị sản xuất năm 2024 đạt 15.620 tỷ đồng, gấp 1,6 lần so với năm 2020. Thu nhập bình quân đầu người năm 2024 đạt 68,5 triệu đồng, tăng 21,3 triệu đồng so với năm 2020. Cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng thương mại - dịch vụ chiếm 36,4%.

Nhiệm kỳ qua, toàn huyện chuyển đổi hơn 2.100 ha đất lúa kém hiệu quả sang trồng màu, nuôi thủy sản. Năm 2024, diện tích nuôi tôm thẻ chân trắng thâm canh, siêu thâm canh đạt 1.850 ha; sản lượng thủy sản đạt 62.400 tấn.

Đến cuối năm 2024, huyện có 11/13 xã đạt chuẩn nông thôn mới, trong đó ba xã đạt chuẩn nông thôn mới nâng cao; có 46 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.

Công tác giảm nghèo đạt kết quả nổi bật: tỷ lệ hộ nghèo giảm từ 9,86% (năm 2020) xuống còn 2,15% (cuối năm 2024), giảm 7,71 điểm phần trăm so với năm 2020; tỷ lệ hộ nghèo đồng bào Khmer cuối năm 2024 còn 3,2%. Trong nhiệm kỳ, toàn huyện xây mới, sửa chữa 1.245 căn nhà đại đoàn kết cho hộ nghèo, hộ cận nghèo. Năm 2024, tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,6%.

Công tác xây dựng Đảng được chú trọng; nhiệm kỳ qua kết nạp 986 đảng viên mới, đạt 109,6% chỉ tiêu Nghị quyết. Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Bí thư Huyện ủy Thạch Sô Phal chia sẻ: "Chúng tôi đặt mục tiêu đến năm 2030, Cầu Ngang trở thành thị xã, với 100% xã đạt chuẩn nông thôn mới nâng cao và thu nhập bình quân đầu người gấp đôi hiện nay."

Mục tiêu nhiệm kỳ 2025 - 2030

Đại hội thống nhất 22 chỉ tiêu chủ yếu, trong đó:
- Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm từ 8,5 - 9%.
- Thu ngân sách trên địa bàn đến năm 2030 đạt 320 tỷ đồng.
- Thu nhập bình quân đầu người đến năm 2030 đạt trên 120 triệu đồng.
- Mỗi năm giảm tỷ lệ hộ nghèo từ 0,5 - 1%; tỷ lệ hộ nghèo cuối nhiệm kỳ dưới 1%.
- Tỷ lệ tham gia bảo hiểm y tế đạt từ 96% trở lên.
- Phấn đấu có thêm ba xã đạt chuẩn nông thôn mới kiểu mẫu.
- Mỗi năm kết nạp từ 180 - 200 đảng viên mới.

Đại hội bầu Ban Chấp hành Đảng bộ huyện khóa XII gồm 39 đồng chí; bầu 27 đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ XII. Đồng chí Thạch Sô Phal tiếp tục được bầu giữ chức Bí thư Huyện ủy.

Xem thêm:
Trà Vinh: 5 huyện hoàn thành kế hoạch giảm nghèo năm 2024
Duyên Hải thu hút 3 dự án điện gió mới

Minh Trí

Chia sẻ bài viết
'''
META = {'published': '2025-02-12', 'locality': 'huyện Cầu Ngang'}
DEFAULTS = {'locality': 'huyện Cầu Ngang', 'period': '2020/2025', 'modality': 'actual'}
T = {'period': '2025/2030', 'modality': 'target'}
Y = {'period': '2024'}
FIGS = [
 ('lần thứ XII: 19/21 chỉ tiêu', '19/21', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('có 19/21 chỉ tiêu đạt và vượt', '19/21', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=21)),
 ('hằng năm ước đạt 7,8%', '7,8%', 'level', '%', dict(indicator='total_output_value', modality='estimate')),
 ('đạt 15.620 tỷ đồng', '15.620 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **Y)),
 ('gấp 1,6 lần so với năm 2020', '1,6 lần', 'change', 'lần', dict(indicator='total_output_value', direction='up', base='2020', **Y)),
 ('đạt 68,5 triệu đồng', '68,5 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **Y)),
 ('tăng 21,3 triệu đồng', '21,3 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2020', **Y)),
 ('chiếm 36,4%', '36,4%', 'level', '%', dict(indicator='sector_share', **Y)),
 ('hơn 2.100 ha', '2.100 ha', 'level', 'ha', dict(bound='over')),
 ('đạt 1.850 ha', '1.850 ha', 'level', 'ha', dict(**Y)),
 ('đạt 62.400 tấn', '62.400 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', **Y)),
 ('có 11/13 xã', '11/13', 'ratio', 'xã', dict(indicator='new_rural_communes', **Y)),
 ('trong đó ba xã đạt chuẩn', 'ba', 'level', 'xã', dict(value=3, indicator='new_rural_communes_advanced', **Y)),
 ('có 46 sản phẩm', '46', 'level', 'sản phẩm', dict(indicator='ocop_products', **Y)),
 ('giảm từ 9,86%', '9,86%', 'level', '%', dict(indicator='poverty_rate', period='2020')),
 ('xuống còn 2,15%', '2,15%', 'level', '%', dict(indicator='poverty_rate', direction='down', **Y)),
 ('giảm 7,71 điểm phần trăm', '7,71 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', base='2020', **Y)),
 ('còn 3,2%', '3,2%', 'level', '%', dict(indicator='poverty_rate', **Y)),
 ('sửa chữa 1.245 căn nhà', '1.245', 'level', 'căn nhà', dict()),
 ('đạt 95,6%', '95,6%', 'level', '%', dict(indicator='health_insurance_coverage', **Y)),
 ('kết nạp 986 đảng viên', '986', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 109,6% chỉ tiêu', '109,6%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('trên 90% tổ chức', '90%', 'level', '%', dict(bound='over')),
 ('với 100% xã', '100%', 'level', '%', dict(indicator='new_rural_communes_advanced', period='2030', modality='target')),
 ('thu nhập bình quân đầu người gấp đôi', 'gấp đôi', 'change', 'lần', dict(value=2, indicator='income_per_capita', direction='up', period='2030', modality='target')),
 ('thống nhất 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', **T)),
 ('từ 8,5 - 9%', '8,5 - 9%', 'level', '%', dict(indicator='total_output_value', **T)),
 ('đạt 320 tỷ đồng', '320 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', period='2030', modality='target')),
 ('trên 120 triệu đồng', '120 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2030', modality='target', bound='over')),
 ('từ 0,5 - 1%', '0,5 - 1%', 'change', '%', dict(indicator='poverty_rate', direction='down', **T)),
 ('dưới 1%', '1%', 'level', '%', dict(indicator='poverty_rate', bound='under', **T)),
 ('từ 96% trở lên', '96%', 'level', '%', dict(indicator='health_insurance_coverage', bound='at_least', **T)),
 ('thêm ba xã đạt chuẩn nông thôn mới kiểu mẫu', 'ba', 'level', 'xã', dict(value=3, indicator='new_rural_communes_model', **T)),
 ('gồm 39 đồng chí', '39', 'level', 'đồng chí', dict(optional=True)),
 ('bầu 27 đại biểu', '27', 'level', 'đại biểu', dict(optional=True)),
 ('từ 180 - 200 đảng viên', '180 - 200', 'level', 'đảng viên', dict(indicator='new_party_members', **T)),
]
