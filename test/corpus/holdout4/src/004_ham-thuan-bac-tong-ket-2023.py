TEXT = '''
Cập nhật 14:25 ngày 21/12/2023

Hàm Thuận Bắc: Năm 2023 có 17 chỉ tiêu đạt và vượt nghị quyết

(BTO) Chiều 21/12, Huyện ủy Hàm Thuận Bắc tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 19 để tổng kết công tác năm 2023 và triển khai phương hướng, nhiệm vụ năm 2024.

Hội nghị Ban Chấp hành Đảng bộ huyện Hàm Thuận Bắc.
Hội nghị Ban Chấp hành Đảng bộ huyện Hàm Thuận Bắc.

Năm 2023, dù chịu ảnh hưởng của giá thanh long xuống thấp và hạn hán đầu năm, kinh tế huyện Hàm Thuận Bắc vẫn duy trì đà tăng trưởng. Theo báo cáo, trong 20 chỉ tiêu chủ yếu nghị quyết năm 2023, huyện thực hiện đạt và vượt 17 chỉ tiêu, hai chỉ tiêu xấp xỉ đạt, một chỉ tiêu không đạt là thu ngân sách từ tiền sử dụng đất.

Tổng giá trị sản xuất các ngành kinh tế ước đạt 14.870 tỷ đồng, tăng 7,1% so với năm 2022 (nghị quyết tăng 7 - 7,5%). Giá trị sản xuất nông - lâm - thủy sản đạt 6.215 tỷ đồng/KH 6.300 tỷ đồng. Diện tích gieo trồng cả năm 36.480 ha, trong đó diện tích lúa 17.920 ha, sản lượng lương thực đạt 121.600 tấn, vượt 2,3% kế hoạch. Toàn huyện hiện có 18.750 ha thanh long, trong đó 4.200 ha được chứng nhận VietGAP. Tổng đàn bò đạt 28.650 con, tăng gấp đôi so với năm 2015.

Thu ngân sách trên địa bàn ước đạt 598 tỷ đồng, chỉ bằng 81,2% dự toán tỉnh giao, giảm 14,6% so với năm trước; riêng thu tiền sử dụng đất chỉ đạt 43% kế hoạch. Huyện đã thu hút 5 dự án đầu tư mới với tổng vốn đăng ký 1.320 tỷ đồng.

Lĩnh vực văn hóa - xã hội có bước phát triển. Năm 2023, huyện giải quyết việc làm cho 2.950 lao động, đưa 64 lao động đi làm việc ở nước ngoài; tỷ lệ hộ nghèo giảm còn 1,18%, giảm 0,62 điểm % so với đầu năm, tương đương 312 hộ thoát nghèo. Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh đạt 99,2%. Huyện có thêm ba xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 8 xã; xã Hàm Liêm được công nhận xã nông thôn mới kiểu mẫu. Có 11 sản phẩm được công nhận OCOP, trong đó có 2 sản phẩm đạt 4 sao.

Tình hình an ninh, trật tự được giữ vững. Tai nạn giao thông giảm cả 3 tiêu chí: số vụ giảm 12,5%, số người chết giảm 4 người, số người bị thương giảm 9 người so với năm 2022.

Năm 2024, Đảng bộ huyện Hàm Thuận Bắc phấn đấu đạt các chỉ tiêu: tổng giá trị sản xuất tăng 7,5 - 8%; thu ngân sách trên địa bàn 685 tỷ đồng; diện tích gieo trồng 36.500 ha, sản lượng lương thực 122.000 tấn trở lên; giải quyết việc làm 3.000 lao động; tỷ lệ hộ nghèo giảm 0,5%; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao; có 6 sản phẩm OCOP mới; tỷ lệ tham gia bảo hiểm y tế đạt 93,5%; kết nạp 210 đảng viên mới; trên 85% chi, đảng bộ cơ sở hoàn thành tốt nhiệm vụ.

Phát biểu chỉ đạo hội nghị, đồng chí Bí thư Huyện ủy yêu cầu tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng cao tốc Vĩnh Hảo - Phan Thiết và tuyến ĐT.711, sớm hoàn thành dứt điểm các công trình chuyển tiếp.

ĐỨC TRUNG

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2023-12-21', 'locality': 'huyện Hàm Thuận Bắc'}
DEFAULTS = {'locality': 'huyện Hàm Thuận Bắc', 'period': '2023', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('có 17 chỉ tiêu đạt', '17', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('trong 20 chỉ tiêu chủ yếu', '20', 'level', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('vượt 17 chỉ tiêu', '17', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved', of_optional=20)),
 ('hai chỉ tiêu xấp xỉ đạt', 'hai', 'level', 'chỉ tiêu', dict(value=2, indicator='resolution_targets', status='nearly', of_optional=20)),
 ('một chỉ tiêu không đạt', 'một', 'level', 'chỉ tiêu', dict(value=1, indicator='resolution_targets', status='not_achieved', of_optional=20)),
 ('ước đạt 14.870 tỷ đồng', '14.870 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **E)),
 ('tăng 7,1% so với năm 2022', '7,1%', 'change', '%', dict(indicator='total_output_value', direction='up', base='2022', **E)),
 ('(nghị quyết tăng 7 - 7,5%)', '7 - 7,5%', 'change', '%', dict(indicator='total_output_value', direction='up', modality='target')),
 ('đạt 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', dict(indicator='agricultural_output_value')),
 ('KH 6.300 tỷ đồng', '6.300 tỷ đồng', 'level', 'VND', dict(indicator='agricultural_output_value', modality='target')),
 ('cả năm 36.480 ha', '36.480 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('diện tích lúa 17.920 ha', '17.920 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 121.600 tấn', '121.600 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('vượt 2,3% kế hoạch', '2,3%', 'change', '%', dict(indicator='food_output', direction='up', base='target', status='exceeded')),
 ('có 18.750 ha thanh long', '18.750 ha', 'level', 'ha', {}),
 ('4.200 ha được chứng nhận', '4.200 ha', 'level', 'ha', {}),
 ('đạt 28.650 con', '28.650', 'level', 'con', {}),
 ('tăng gấp đôi so với năm 2015', 'gấp đôi', 'change', 'lần', dict(value=2, direction='up', base='2015')),
 ('ước đạt 598 tỷ đồng', '598 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('chỉ bằng 81,2% dự toán', '81,2%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('giảm 14,6% so với năm trước', '14,6%', 'change', '%', dict(indicator='budget_revenue', direction='down', base='2022', **E)),
 ('chỉ đạt 43% kế hoạch', '43%', 'attainment', '%', dict(base='target')),
 ('thu hút 5 dự án', '5', 'level', 'dự án', {}),
 ('tổng vốn đăng ký 1.320 tỷ đồng', '1.320 tỷ đồng', 'level', 'VND', {}),
 ('việc làm cho 2.950 lao động', '2.950', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đưa 64 lao động', '64', 'level', 'lao động', dict(indicator='labour_export')),
 ('giảm còn 1,18%', '1,18%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('giảm 0,62 điểm %', '0,62 điểm %', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down')),
 ('tương đương 312 hộ', '312', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('hợp vệ sinh đạt 99,2%', '99,2%', 'level', '%', dict(indicator='clean_water_rate')),
 ('thêm ba xã đạt chuẩn', 'ba', 'level', 'xã', dict(value=3, indicator='new_rural_communes_advanced')),
 ('lên 8 xã', '8', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('Có 11 sản phẩm', '11', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('có 2 sản phẩm đạt 4 sao', '2', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('số vụ giảm 12,5%', '12,5%', 'change', '%', dict(indicator='traffic_accidents', direction='down', base='2022')),
 ('số người chết giảm 4 người', '4', 'change', 'người', dict(indicator='traffic_deaths', direction='down', base='2022')),
 ('bị thương giảm 9 người', '9', 'change', 'người', dict(indicator='traffic_injuries', direction='down', base='2022')),
 ('tăng 7,5 - 8%', '7,5 - 8%', 'change', '%', dict(indicator='total_output_value', direction='up', **T)),
 ('trên địa bàn 685 tỷ đồng', '685 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('gieo trồng 36.500 ha', '36.500 ha', 'level', 'ha', dict(indicator='crop_area', **T)),
 ('122.000 tấn trở lên', '122.000 tấn', 'level', 'tấn', dict(indicator='food_output', bound='at_least', **T)),
 ('việc làm 3.000 lao động', '3.000', 'level', 'lao động', dict(indicator='jobs_created', **T)),
 ('giảm 0,5%;', '0,5%', 'change', '%', dict(indicator='poverty_rate', direction='down', **T)),
 ('có thêm 2 xã đạt chuẩn', '2', 'level', 'xã', dict(indicator='new_rural_communes_advanced', **T)),
 ('có 6 sản phẩm OCOP mới', '6', 'level', 'sản phẩm', dict(indicator='ocop_products', **T)),
 ('bảo hiểm y tế đạt 93,5%', '93,5%', 'level', '%', dict(indicator='health_insurance_coverage', **T)),
 ('kết nạp 210 đảng viên mới', '210', 'level', 'đảng viên', dict(indicator='new_party_members', **T)),
 ('trên 85% chi, đảng bộ', '85%', 'level', '%', dict(bound='over', **T)),
]
