TEXT = '''
BÁO HÀ TĨNH
Thứ Năm, 12/06/2025 | Hotline: 0239 3855 567
Chính trị | Kinh tế | Nông nghiệp - Nông thôn mới | Xã hội | Văn hoá - Giải trí | Thể thao | Bạn đọc | Hà Tĩnh cuối tuần

Nông nghiệp - Nông thôn mới › Chào mừng Đại hội Đảng các cấp

Nhìn lại nhiệm kỳ 2020 - 2025: Nông nghiệp Hà Tĩnh vươn lên, 100% xã đạt chuẩn nông thôn mới

Thứ Năm, 12/06/2025 - 06:30 | Lượt xem: 3.147

(Baohatinh.vn) - Sau gần 5 năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, ngành nông nghiệp Hà Tĩnh đã có bước chuyển mạnh từ sản xuất nhỏ lẻ sang sản xuất hàng hoá; diện mạo nông thôn thay đổi rõ rệt.

Theo báo cáo tổng kết trình Đại hội Đảng bộ Sở Nông nghiệp và Môi trường lần thứ I, nhiệm kỳ 2025 - 2030 (diễn ra ngày 10/6), trong 7 chỉ tiêu thuộc lĩnh vực nông nghiệp, nông thôn mà Nghị quyết Đại hội XIX giao, có 6 chỉ tiêu đạt và vượt, 1 chỉ tiêu không đạt là tốc độ tăng giá trị sản xuất nông nghiệp.

Sản xuất hàng hoá tập trung

Giai đoạn 2021 - 2025, giá trị sản xuất nông, lâm nghiệp và thuỷ sản tăng bình quân 3,6%/năm, thấp hơn mục tiêu 4 - 4,5%/năm. Tuy vậy, cơ cấu nội ngành chuyển dịch tích cực: chăn nuôi chiếm 43,5%, thuỷ sản chiếm 12,8% giá trị sản xuất toàn ngành.

Sản lượng lương thực hằng năm ổn định trên 540.000 tấn. Năm 2024, diện tích gieo cấy lúa cả năm đạt 98.600 ha, năng suất bình quân 53,2 tạ/ha. Toàn tỉnh hình thành 1.250 ha cánh đồng mẫu lớn liên kết bao tiêu sản phẩm; mức độ cơ giới hoá khâu làm đất đạt 98%, khâu thu hoạch đạt 85%.

Sản lượng thuỷ sản năm 2024 đạt 57.800 tấn, tăng 14% so với năm 2020; riêng nuôi trồng 22.400 tấn. Tỷ lệ che phủ rừng ổn định ở mức 52,6%. Cả nhiệm kỳ, toàn tỉnh trồng mới 42.000 ha rừng tập trung, bình quân mỗi năm 8.400 ha.

Kinh tế tập thể được củng cố theo Nghị quyết số 04/2021/NQ-HĐND của HĐND tỉnh. Đến cuối năm 2024, toàn tỉnh có 735 hợp tác xã nông nghiệp, tăng 128 hợp tác xã so với năm 2020; doanh thu bình quân đạt 1,8 tỷ đồng/hợp tác xã/năm.

Ông Phan Văn Thọ (thôn Tân Hoà, xã Thạch Ngọc) cho biết, trang trại của gia đình nuôi 1.200 con lợn, mỗi năm lãi khoảng 600 triệu đồng. "Cũng nhờ vay được 300 triệu đồng từ chính sách của tỉnh", ông Thọ nói.

Nông thôn mới về đích toàn diện

Đến ngày 31/5/2025, Hà Tĩnh có 181/181 xã đạt chuẩn nông thôn mới (đạt 100%), tăng 27 xã so với đầu nhiệm kỳ; 92 xã đạt chuẩn nông thôn mới nâng cao, 31 xã đạt chuẩn kiểu mẫu (Nghị quyết đề ra đến năm 2025 có 20 xã); 9/13 đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới. Toàn tỉnh có 412 sản phẩm OCOP được công nhận, trong đó 96 sản phẩm đạt 4 sao.

Cả nhiệm kỳ, tổng nguồn lực huy động cho xây dựng nông thôn mới đạt 18.500 tỷ đồng, trong đó người dân đóng góp 2.640 tỷ đồng và hiến 1,2 triệu m2 đất. Thu nhập bình quân của cư dân nông thôn năm 2024 đạt 58 triệu đồng/người, gấp 1,6 lần năm 2020.

Tỷ lệ hộ nghèo đa chiều giảm còn 1,2% vào cuối năm 2024, đạt mục tiêu Nghị quyết đề ra cho năm 2025 (dưới 1,5%); số hộ nghèo giảm từ 9.860 hộ năm 2021 xuống còn 4.310 hộ năm 2024. Năm 2024, tỷ lệ dân số nông thôn được sử dụng nước sạch đạt 71%, tăng 19 điểm phần trăm so với năm 2020 nhưng vẫn thấp hơn mục tiêu đến năm 2025 (80%).

Phát biểu tại đại hội, đồng chí Trần Báu Hà, Phó Chủ tịch UBND tỉnh nhấn mạnh, từ ngày 1/7/2025 khi tỉnh vận hành chính quyền hai cấp, ngành phải rà soát lại toàn bộ các vùng sản xuất theo địa giới 69 xã, phường mới.

Định hướng đến năm 2030

Đại hội xác định giai đoạn 2026 - 2030, giá trị sản xuất nông, lâm nghiệp và thuỷ sản tăng bình quân 3 - 3,5%/năm. Phấn đấu đến năm 2030, thu nhập bình quân của cư dân nông thôn đạt 95 triệu đồng/người; tỷ lệ che phủ rừng duy trì 52%; 60% số xã đạt chuẩn nông thôn mới nâng cao và 25% số xã đạt chuẩn kiểu mẫu. Trong cả giai đoạn, tỷ lệ hộ nghèo giảm bình quân 0,3%/năm. Nhiệm kỳ 2025 - 2030, Đảng bộ Sở phấn đấu mỗi năm kết nạp từ 15 đảng viên trở lên.

Đại hội đã bầu Ban Chấp hành Đảng bộ Sở gồm 15 đồng chí; đồng chí Nguyễn Văn Việt được bầu giữ chức Bí thư Đảng uỷ Sở với số phiếu tín nhiệm 100%.

Thu Phương - Hoàng Anh

Tin liên quan
• Hà Tĩnh có thêm 12 sản phẩm OCOP 4 sao (05/06/2025)
• Lộc Hà: 13/13 xã đạt chuẩn nông thôn mới nâng cao (28/05/2025)
• Thu hoạch 56.000 ha lúa xuân, năng suất ước 61 tạ/ha (22/05/2025)

Đọc nhiều
1. Giá lợn hơi hôm nay 12/6 tăng 2.000 đồng/kg
2. Lịch thi vào lớp 10 THPT năm học 2025 - 2026
3. 69 xã, phường mới của Hà Tĩnh chính thức hoạt động từ 1/7

Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh. Giấy phép số 318/GP-BTTTT ngày 30/6/2022
Toà soạn: 62 Phan Đình Phùng, TP Hà Tĩnh. Điện thoại: 0239 3855 567. Đang truy cập: 842
'''
META = {'published': '2025-06-12', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2020/2025', 'modality': 'actual'}
Y24 = {'period': '2024'}
M05 = {'period': '2025-M05'}
T30 = {'period': '2030', 'modality': 'target'}
TT = {'period': '2026/2030', 'modality': 'target'}
FIGS = [
 ('100% xã đạt chuẩn nông thôn mới\n', '100%', 'level', '%', dict(indicator='new_rural_communes')),
 ('trong 7 chỉ tiêu', '7', 'level', 'chỉ tiêu', dict(optional=True)),
 ('có 6 chỉ tiêu đạt và vượt', '6', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved', of_optional=7)),
 ('1 chỉ tiêu không đạt', '1', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=7)),
 ('bình quân 3,6%/năm', '3,6%', 'change', '%', dict(indicator='agricultural_output_value', period='2021/2025', direction='up')),
 ('mục tiêu 4 - 4,5%/năm', '4 - 4,5%', 'level', '%', dict(indicator='agricultural_output_value', period='2021/2025', modality='target')),
 ('chiếm 43,5%', '43,5%', 'level', '%', dict(period='2021/2025')),
 ('chiếm 12,8%', '12,8%', 'level', '%', dict(period='2021/2025')),
 ('trên 540.000 tấn', '540.000 tấn', 'level', 'tấn', dict(indicator='food_output', bound='over')),
 ('đạt 98.600 ha', '98.600 ha', 'level', 'ha', dict(Y24, indicator='crop_area')),
 ('53,2 tạ/ha', '53,2 tạ/ha', 'level', 'tạ/ha', dict(Y24)),
 ('1.250 ha cánh đồng', '1.250 ha', 'level', 'ha', dict(Y24)),
 ('làm đất đạt 98%', '98%', 'level', '%', dict(Y24)),
 ('thu hoạch đạt 85%', '85%', 'level', '%', dict(Y24)),
 ('đạt 57.800 tấn', '57.800 tấn', 'level', 'tấn', dict(Y24, indicator='aquaculture_output')),
 ('tăng 14% so với năm 2020', '14%', 'change', '%', dict(Y24, indicator='aquaculture_output', direction='up', base='2020')),
 ('nuôi trồng 22.400 tấn', '22.400 tấn', 'level', 'tấn', dict(Y24, indicator='aquaculture_output')),
 ('mức 52,6%', '52,6%', 'level', '%', dict(Y24, indicator='forest_cover')),
 ('trồng mới 42.000 ha', '42.000 ha', 'level', 'ha', dict()),
 ('mỗi năm 8.400 ha', '8.400 ha', 'level', 'ha', dict()),
 ('có 735 hợp tác xã', '735', 'level', 'hợp tác xã', dict(Y24)),
 ('tăng 128 hợp tác xã', '128', 'change', 'hợp tác xã', dict(Y24, direction='up', base='2020')),
 ('1,8 tỷ đồng/hợp tác xã/năm', '1,8 tỷ đồng/hợp tác xã/năm', 'level', 'VND/hợp tác xã/năm', dict(Y24)),
 ('có 181/181 xã', '181/181', 'ratio', 'xã', dict(M05, indicator='new_rural_communes')),
 ('(đạt 100%)', '100%', 'level', '%', dict(M05, indicator='new_rural_communes')),
 ('tăng 27 xã', '27', 'change', 'xã', dict(M05, indicator='new_rural_communes', direction='up', base='2020')),
 ('92 xã đạt chuẩn', '92', 'level', 'xã', dict(M05, indicator='new_rural_communes_advanced')),
 ('31 xã đạt chuẩn kiểu mẫu', '31', 'level', 'xã', dict(M05, indicator='new_rural_communes_model')),
 ('có 20 xã', '20', 'level', 'xã', dict(indicator='new_rural_communes_model', period='2025', modality='target')),
 ('9/13 đơn vị cấp huyện', '9/13', 'ratio', 'đơn vị cấp huyện', dict(M05)),
 ('có 412 sản phẩm OCOP', '412', 'level', 'sản phẩm', dict(M05, indicator='ocop_products')),
 ('96 sản phẩm đạt 4 sao', '96', 'level', 'sản phẩm', dict(M05, indicator='ocop_products')),
 ('đạt 18.500 tỷ đồng', '18.500 tỷ đồng', 'level', 'VND', dict()),
 ('góp 2.640 tỷ đồng', '2.640 tỷ đồng', 'level', 'VND', dict()),
 ('hiến 1,2 triệu m2', '1,2 triệu m2', 'level', 'm2', dict(value=1200000)),
 ('đạt 58 triệu đồng/người', '58 triệu đồng/người', 'level', 'VND/người/năm', dict(Y24, indicator='income_per_capita')),
 ('gấp 1,6 lần năm 2020', '1,6 lần', 'change', 'lần', dict(Y24, indicator='income_per_capita', direction='up', base='2020')),
 ('giảm còn 1,2%', '1,2%', 'level', '%', dict(Y24, indicator='poverty_rate', direction='down')),
 ('(dưới 1,5%)', '1,5%', 'level', '%', dict(indicator='poverty_rate', period='2025', modality='target', bound='under')),
 ('từ 9.860 hộ', '9.860', 'level', 'hộ', dict(indicator='poor_households', period='2021')),
 ('còn 4.310 hộ năm 2024', '4.310', 'level', 'hộ', dict(Y24, indicator='poor_households', direction='down')),
 ('sạch đạt 71%', '71%', 'level', '%', dict(Y24, indicator='clean_water_rate')),
 ('tăng 19 điểm phần trăm', '19 điểm phần trăm', 'change', 'điểm %', dict(Y24, indicator='clean_water_rate', direction='up', base='2020')),
 ('2025 (80%)', '80%', 'level', '%', dict(indicator='clean_water_rate', period='2025', modality='target')),
 ('bình quân 3 - 3,5%/năm', '3 - 3,5%', 'change', '%', dict(TT, indicator='agricultural_output_value', direction='up')),
 ('đạt 95 triệu đồng/người', '95 triệu đồng/người', 'level', 'VND/người/năm', dict(T30, indicator='income_per_capita')),
 ('duy trì 52%', '52%', 'level', '%', dict(T30, indicator='forest_cover')),
 ('60% số xã', '60%', 'level', '%', dict(T30, indicator='new_rural_communes_advanced')),
 ('25% số xã', '25%', 'level', '%', dict(T30, indicator='new_rural_communes_model')),
 ('bình quân 0,3%/năm', '0,3%', 'change', '%', dict(TT, indicator='poverty_rate', direction='down')),
 ('từ 15 đảng viên', '15', 'level', 'đảng viên', dict(indicator='new_party_members', period='2025/2030', modality='target', bound='at_least')),
 ('địa giới 69 xã', '69', 'level', 'xã', dict(optional=True)),
 ('gồm 15 đồng chí', '15', 'level', 'đồng chí', dict(optional=True)),
]
