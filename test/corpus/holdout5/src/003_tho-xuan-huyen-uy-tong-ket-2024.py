TEXT = '''
Thọ Xuân hoàn thành 25/26 chỉ tiêu phát triển kinh tế - xã hội năm 2024

Cập nhật: 19:05 ngày 18/12/2024

Ngày 18/12, Huyện ủy Thọ Xuân (Thanh Hóa) tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 27 đánh giá kết quả thực hiện nhiệm vụ năm 2024, triển khai phương hướng, nhiệm vụ năm 2025.

Năm 2024, trong điều kiện còn nhiều khó khăn, Đảng bộ, chính quyền và Nhân dân huyện Thọ Xuân đã nỗ lực vượt bậc, hoàn thành 25/26 chỉ tiêu chủ yếu, trong đó có 11 chỉ tiêu vượt kế hoạch; chỉ tiêu còn lại là thu tiền sử dụng đất chưa đạt. Tốc độ tăng giá trị sản xuất ước đạt 11,8%, vượt 0,3 điểm % so với kế hoạch. Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 21.640 tỷ đồng. Cơ cấu kinh tế: nông, lâm, thủy sản 14,9%; công nghiệp - xây dựng 52,4%; dịch vụ 32,7%. Thu nhập bình quân đầu người đạt 72,5 triệu đồng, tăng 6,3 triệu đồng so với năm 2023.

Sản xuất nông nghiệp được mùa, được giá. Tổng diện tích gieo trồng cả năm đạt 27.850 ha; năng suất lúa bình quân đạt 63,2 tạ/ha, tăng 1,1 tạ/ha; sản lượng lương thực có hạt đạt 152.400 tấn. Huyện có thêm 12 sản phẩm được công nhận OCOP, nâng tổng số lên 68 sản phẩm, gấp đôi so với năm 2020; trong đó có 9 sản phẩm đạt 4 sao.

Trong năm, huyện có thêm ba xã đạt chuẩn nông thôn mới nâng cao và hai xã đạt chuẩn nông thôn mới kiểu mẫu. Đến nay, toàn huyện có 30/30 xã đạt chuẩn nông thôn mới, 18 xã đạt chuẩn nông thôn mới nâng cao, 7 xã đạt chuẩn nông thôn mới kiểu mẫu; 142/158 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu. Cảng hàng không Thọ Xuân, Khu công nghiệp Lam Sơn - Sao Vàng và tuyến Quốc lộ 47 tiếp tục là động lực thu hút đầu tư.

Tỷ lệ hộ nghèo giảm từ 1,92% đầu năm xuống còn 1,21%; tỷ lệ hộ cận nghèo còn 2,86%. Tỷ lệ lao động qua đào tạo đạt 76,5%; giải quyết việc làm mới cho 2.950 lao động, trong đó xuất khẩu lao động 840 người. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,4%; có 72/77 trường đạt chuẩn quốc gia, đạt tỷ lệ 93,5%.

Phát biểu kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy, chính quyền khắc phục ngay hạn chế trong công tác đấu giá quyền sử dụng đất, giải phóng mặt bằng; chuẩn bị chu đáo cho Đại hội Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2025 - 2030.

Năm 2025, Thọ Xuân đề ra 26 chỉ tiêu chủ yếu, trong đó phấn đấu tốc độ tăng giá trị sản xuất đạt 12% trở lên; thu nhập bình quân đầu người đạt 78 triệu đồng; thu ngân sách trên địa bàn 1.150 tỷ đồng; tỷ lệ hộ nghèo giảm 0,3 - 0,5%; có thêm 5 xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ bao phủ bảo hiểm y tế đạt trên 94%.

Lê Hợi

Xem thêm: Thọ Xuân đón nhận Bằng công nhận huyện đạt chuẩn nông thôn mới năm 2022
'''
META = {'published': '2024-12-18', 'locality': 'huyện Thọ Xuân'}
DEFAULTS = {'locality': 'huyện Thọ Xuân', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('Thọ Xuân hoàn thành 25/26 chỉ tiêu', '25/26', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('vượt bậc, hoàn thành 25/26 chỉ tiêu', '25/26', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('có 11 chỉ tiêu vượt', '11', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='exceeded', of_optional=26)),
 ('ước đạt 11,8%', '11,8%', 'level', '%', dict(indicator='total_output_value', **E)),
 ('vượt 0,3 điểm %', '0,3 điểm %', 'change', 'điểm %', dict(indicator='total_output_value', direction='up', base='target', status='exceeded', **E)),
 ('ước đạt 21.640 tỷ đồng', '21.640 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **E)),
 ('thủy sản 14,9%', '14,9%', 'level', '%', dict(indicator='sector_share')),
 ('xây dựng 52,4%', '52,4%', 'level', '%', dict(indicator='sector_share')),
 ('dịch vụ 32,7%', '32,7%', 'level', '%', dict(indicator='sector_share')),
 ('đạt 72,5 triệu đồng', '72,5 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('tăng 6,3 triệu đồng', '6,3 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2023')),
 ('đạt 27.850 ha', '27.850 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 63,2 tạ/ha', '63,2 tạ/ha', 'level', 'tạ/ha', {}),
 ('tăng 1,1 tạ/ha', '1,1 tạ/ha', 'change', 'tạ/ha', dict(direction='up')),
 ('đạt 152.400 tấn', '152.400 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('thêm 12 sản phẩm', '12', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('lên 68 sản phẩm', '68', 'level', 'sản phẩm', dict(indicator='ocop_products', direction='up')),
 ('gấp đôi so với năm 2020', 'gấp đôi', 'change', 'lần', dict(value=2, indicator='ocop_products', direction='up', base='2020')),
 ('có 9 sản phẩm đạt 4 sao', '9', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('thêm ba xã', 'ba', 'level', 'xã', dict(value=3, indicator='new_rural_communes_advanced')),
 ('và hai xã', 'hai', 'level', 'xã', dict(value=2, indicator='new_rural_communes_model')),
 ('có 30/30 xã', '30/30', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('18 xã đạt chuẩn', '18', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('7 xã đạt chuẩn', '7', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('142/158 thôn', '142/158', 'ratio', 'thôn', {}),
 ('từ 1,92% đầu năm', '1,92%', 'level', '%', dict(indicator='poverty_rate', period='2023')),
 ('xuống còn 1,21%', '1,21%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 2,86%', '2,86%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('đào tạo đạt 76,5%', '76,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('cho 2.950 lao động', '2.950', 'level', 'lao động', dict(indicator='new_jobs')),
 ('lao động 840 người', '840', 'level', 'người', dict(indicator='labour_export')),
 ('y tế đạt 93,4%', '93,4%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('có 72/77 trường', '72/77', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('tỷ lệ 93,5%', '93,5%', 'level', '%', dict(indicator='national_standard_schools')),
 ('đề ra 26 chỉ tiêu', '26', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', **T)),
 ('đạt 12% trở lên', '12%', 'level', '%', dict(indicator='total_output_value', bound='at_least', **T)),
 ('đạt 78 triệu đồng', '78 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **T)),
 ('địa bàn 1.150 tỷ đồng', '1.150 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('giảm 0,3 - 0,5%', '0,3 - 0,5%', 'change', '%', dict(indicator='poverty_rate', direction='down', **T)),
 ('thêm 5 xã', '5', 'level', 'xã', dict(indicator='new_rural_communes_advanced', **T)),
 ('trên 94%', '94%', 'level', '%', dict(indicator='health_insurance_coverage', bound='over', **T)),
]
