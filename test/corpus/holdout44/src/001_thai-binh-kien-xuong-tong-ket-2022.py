TEXT = '''
BÁO THÁI BÌNH ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Nông thôn mới | Văn hóa | Thể thao | Bạn đọc

Thứ Tư, 21/12/2022 - 16:40

Kiến Xương: 20/22 chỉ tiêu kinh tế - xã hội năm 2022 đạt và vượt kế hoạch

Ngày 20/12, Ban Chấp hành Đảng bộ huyện Kiến Xương tổ chức hội nghị lần thứ 14 (mở rộng) đánh giá kết quả thực hiện nhiệm vụ năm 2022, triển khai phương hướng, nhiệm vụ năm 2023. Đồng chí Nguyễn Thị Thu Hằng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.

Các đồng chí lãnh đạo huyện Kiến Xương chủ trì hội nghị.

Năm 2022, trong bối cảnh giá vật tư đầu vào tăng cao, huyện Kiến Xương có 20/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch. Tổng giá trị sản xuất ước đạt 16.852 tỷ đồng, tăng 9,6% so với năm 2021, vượt 0,6% kế hoạch. Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực: nông nghiệp - thủy sản 22,4%; công nghiệp - xây dựng 49,3%; dịch vụ 28,3%.

Sản xuất nông nghiệp được mùa toàn diện; năng suất lúa bình quân cả năm đạt 134,2 tạ/ha, sản lượng lương thực đạt 170.500 tấn. Giá trị thu được trên 1 ha đất canh tác đạt 175 triệu đồng. Huyện có thêm 5 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 21/32 xã.

Thu ngân sách nhà nước trên địa bàn ước đạt 812,5 tỷ đồng, bằng 152,3% dự toán tỉnh giao, trong đó thu tiền sử dụng đất 560 tỷ đồng. Công nghiệp - tiểu thủ công nghiệp phát triển khá, Cụm công nghiệp Thanh Tân thu hút thêm 3 dự án mới.

Giải quyết việc làm cho 3.120 lao động, trong đó xuất khẩu lao động 415 người; tỷ lệ lao động qua đào tạo đạt 72,5%. Tỷ lệ hộ nghèo giảm còn 1,96%, giảm 0,52 điểm phần trăm so với năm 2021; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,1%.

Tình hình tội phạm về trật tự xã hội giảm 12,5% so với năm 2021; tỷ lệ điều tra, khám phá án đạt 88,6%. Toàn Đảng bộ kết nạp 286 đảng viên mới, đạt 114,4% kế hoạch; có 91,5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Hai chỉ tiêu chưa đạt là giá trị sản xuất thủy sản và số xã đạt chuẩn nông thôn mới kiểu mẫu (đạt 3/5 xã).

Còn nhiều khó khăn

Bên cạnh kết quả đạt được, giá trị sản xuất thủy sản chỉ đạt 94,2% kế hoạch do diện tích nuôi ngao ven biển bị thiệt hại sau đợt triều cường tháng 10; tiến độ giải phóng mặt bằng một số dự án trọng điểm còn chậm, giải ngân vốn đầu tư công mới đạt 68,5% kế hoạch. Tình trạng lấn chiếm đất công ở một số xã chưa được xử lý dứt điểm; tai nạn giao thông làm chết 17 người, tăng 3 người so với năm 2021.

Công tác kiểm tra, giám sát được tăng cường. Trong năm, Ủy ban Kiểm tra các cấp kiểm tra 46 tổ chức đảng và 112 đảng viên; thi hành kỷ luật 9 đảng viên vi phạm.

Đồng chí Bí thư Huyện ủy phát biểu kết luận hội nghị.

Năm 2023, huyện phấn đấu: tổng giá trị sản xuất tăng 8 - 9%; thu ngân sách trên địa bàn đạt trên 650 tỷ đồng; có thêm ít nhất 4 xã đạt chuẩn nông thôn mới nâng cao, 2 xã nông thôn mới kiểu mẫu; tỷ lệ hộ nghèo giảm còn dưới 1,7%; tỷ lệ lao động qua đào tạo đạt 74%; kết nạp 260 đảng viên mới trở lên.

Phát biểu kết luận, đồng chí Nguyễn Thị Thu Hằng nhấn mạnh: “Năm 2023 là năm bản lề của nhiệm kỳ 2020 - 2025. Các cấp ủy, chính quyền phải nhìn thẳng vào những chỉ tiêu chưa đạt, nhất là thủy sản và nông thôn mới kiểu mẫu, để có giải pháp cụ thể, không để tình trạng nợ chỉ tiêu kéo dài sang năm sau”.

Đồng thời, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy, chính quyền tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng tuyến đường bộ ven biển và Quốc lộ 37B, sớm đưa Khu công nghiệp Hải Long vào hoạt động.

Minh Hương

Tin cùng chuyên mục
- Vũ Thư: Thu ngân sách 11 tháng đạt 126% dự toán
- Tiền Hải có thêm 4 xã đạt chuẩn nông thôn mới nâng cao
- Đông Hưng kết nạp hơn 300 đảng viên mới

Báo Thái Bình - Cơ quan của Đảng bộ tỉnh Thái Bình
Địa chỉ: 75 Lý Bôn, TP. Thái Bình | Điện thoại: 0227.3831.335
'''
META = {'published': '2022-12-21', 'locality': 'huyện Kiến Xương'}
DEFAULTS = {'locality': 'huyện Kiến Xương', 'period': '2022', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2023'}
RT = {'indicator': 'resolution_targets'}
TO = {'indicator': 'total_output_value'}
FIGS = [
 ('Kiến Xương: 20/22 chỉ tiêu', '20/22', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('có 20/22 chỉ tiêu chủ yếu', '20/22', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('ước đạt 16.852 tỷ đồng', '16.852 tỷ đồng', 'level', 'VND', dict(E, **TO)),
 ('tăng 9,6% so với năm 2021', '9,6%', 'change', '%', dict(E, **TO, direction='up', base='2021')),
 ('vượt 0,6% kế hoạch', '0,6%', 'change', '%', dict(E, **TO, direction='up', base='target', status='exceeded')),
 ('thủy sản 22,4%', '22,4%', 'level', '%', dict(indicator='sector_share')),
 ('xây dựng 49,3%', '49,3%', 'level', '%', dict(indicator='sector_share')),
 ('dịch vụ 28,3%', '28,3%', 'level', '%', dict(indicator='sector_share')),
 ('đạt 134,2 tạ/ha', '134,2 tạ/ha', 'level', 'tạ/ha', dict()),
 ('đạt 170.500 tấn', '170.500 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('đạt 175 triệu đồng', '175 triệu đồng', 'level', 'VND/ha', dict()),
 ('thêm 5 xã', '5', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('lên 21/32 xã', '21/32', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced', direction='up')),
 ('ước đạt 812,5 tỷ đồng', '812,5 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_revenue')),
 ('bằng 152,3% dự toán', '152,3%', 'attainment', '%', dict(E, indicator='budget_revenue', base='target')),
 ('đất 560 tỷ đồng', '560 tỷ đồng', 'level', 'VND', dict(E)),
 ('thêm 3 dự án mới', '3', 'level', 'dự án', dict()),
 ('cho 3.120 lao động', '3.120', 'level', 'lao động', dict(indicator='jobs_created')),
 ('lao động 415 người', '415', 'level', 'người', dict(indicator='labour_export')),
 ('đào tạo đạt 72,5%', '72,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('giảm còn 1,96%', '1,96%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('giảm 0,52 điểm phần trăm', '0,52 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', base='2021')),
 ('y tế đạt 93,1%', '93,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('giảm 12,5% so với năm 2021', '12,5%', 'change', '%', dict(indicator='crime', direction='down', base='2021')),
 ('án đạt 88,6%', '88,6%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('kết nạp 286 đảng viên', '286', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 114,4% kế hoạch', '114,4%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('có 91,5% tổ chức', '91,5%', 'level', '%', dict()),
 ('Hai chỉ tiêu chưa đạt', 'Hai', 'level', 'chỉ tiêu', dict(RT, value=2, status='not_achieved')),
 ('(đạt 3/5 xã)', '3/5', 'ratio', 'xã', dict(indicator='new_rural_communes_model')),
 ('chỉ đạt 94,2% kế hoạch', '94,2%', 'attainment', '%', dict(base='target')),
 ('đạt 68,5% kế hoạch', '68,5%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('chết 17 người', '17', 'level', 'người', dict(indicator='traffic_deaths')),
 ('tăng 3 người', '3', 'change', 'người', dict(indicator='traffic_deaths', direction='up', base='2021')),
 ('kiểm tra 46 tổ chức đảng', '46', 'level', 'tổ chức đảng', dict()),
 ('và 112 đảng viên', '112', 'level', 'đảng viên', dict()),
 ('luật 9 đảng viên', '9', 'level', 'đảng viên', dict()),
 ('tăng 8 - 9%', '8 - 9%', 'change', '%', dict(T, **TO, direction='up')),
 ('đạt trên 650 tỷ đồng', '650 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue', bound='over')),
 ('ít nhất 4 xã', '4', 'level', 'xã', dict(T, indicator='new_rural_communes_advanced', bound='at_least')),
 ('cao, 2 xã nông thôn mới kiểu mẫu', '2', 'level', 'xã', dict(T, indicator='new_rural_communes_model')),
 ('còn dưới 1,7%', '1,7%', 'level', '%', dict(T, indicator='poverty_rate', direction='down', bound='under')),
 ('đào tạo đạt 74%', '74%', 'level', '%', dict(T, indicator='trained_labour_rate')),
 ('kết nạp 260 đảng viên', '260', 'level', 'đảng viên', dict(T, indicator='new_party_members', bound='at_least')),
]
