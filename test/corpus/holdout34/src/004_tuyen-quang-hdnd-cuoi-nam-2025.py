TEXT = '''
BÁO TUYÊN QUANG
Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Pháp luật | Phóng sự ảnh
Thứ Tư, 10/12/2025, 18:20 (GMT+7)

Năm đầu hợp nhất, Tuyên Quang tăng trưởng 8,1%

(BTQ) - Chiều 10/12, HĐND tỉnh khóa XIX, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ năm. Đây là kỳ họp thường lệ cuối năm đầu tiên sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, tổ chức chính quyền địa phương hai cấp với 124 xã, phường.

Trình bày báo cáo tại kỳ họp, Phó Chủ tịch UBND tỉnh cho biết năm 2025, tính chung trên địa bàn hai tỉnh trước hợp nhất, tốc độ tăng trưởng kinh tế (GRDP) ước đạt 8,1%, vượt mục tiêu đề ra (7,8%). Quy mô nền kinh tế ước đạt 88.640 tỷ đồng; thu nhập bình quân đầu người ước 52,4 triệu đồng. Tổng thu ngân sách nhà nước trên địa bàn ước đạt 4.215 tỷ đồng, bằng 118,4% dự toán Trung ương giao và tăng 16,2% so với năm 2024; trong đó khu vực Hà Giang cũ thu 1.936 tỷ đồng.

Trong 19 chỉ tiêu chủ yếu HĐND tỉnh giao, có 17 chỉ tiêu đạt và vượt; 2 chỉ tiêu chưa đạt là tỷ lệ đô thị hóa và số doanh nghiệp thành lập mới.

Nông, lâm nghiệp tiếp tục là thế mạnh. Tổng sản lượng lương thực có hạt ước đạt 682.000 tấn. Toàn tỉnh trồng rừng tập trung 14.260 ha, vượt 9,7% kế hoạch; tỷ lệ che phủ rừng đạt 61,2%, cao thứ ba cả nước. Chương trình mỗi xã một sản phẩm được duy trì: toàn tỉnh có 472 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 8 sản phẩm đạt 5 sao.

Xây dựng nông thôn mới được rà soát lại sau sắp xếp. Theo bộ tiêu chí mới, toàn tỉnh có 31/108 xã đạt chuẩn nông thôn mới; 12 xã đạt chuẩn nâng cao và 2 xã đạt chuẩn kiểu mẫu. Khu vực Hà Giang cũ có 9 xã đạt chuẩn.

Du lịch là điểm sáng của năm. Tổng lượt khách ước đạt 7,35 triệu lượt, trong đó khách quốc tế 486.000 lượt; tổng thu từ khách du lịch ước 12.900 tỷ đồng, tăng 21,8% so với năm trước. Cao nguyên đá Đồng Văn đón khoảng 2,1 triệu lượt khách, Khu di tích quốc gia đặc biệt Tân Trào đón 1,4 triệu lượt.

Kết quả giảm nghèo vượt kế hoạch. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm 4,12 điểm phần trăm, còn 13,45%; trong đó tỷ lệ hộ nghèo dân tộc thiểu số còn 19,8%, giảm 5,3 điểm phần trăm. Trong năm, 12.480 hộ thoát nghèo, vượt 1.480 hộ so với kế hoạch. Vốn Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đến ngày 30/11/2025 giải ngân 1.684 tỷ đồng, đạt 86,5% kế hoạch, cao hơn cùng kỳ năm 2024 là 14,2 điểm phần trăm.

Một số hạn chế được chỉ ra: kết cấu hạ tầng giao thông kết nối vùng cao còn khó khăn, tuyến cao tốc Tuyên Quang - Hà Giang (giai đoạn 1) chậm tiến độ; một số xã như xã Lũng Cú, xã Mậu Duệ tỷ lệ hộ nghèo còn trên 35%.

MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2026
Tốc độ tăng trưởng GRDP: 8,5 - 9%
Thu ngân sách nhà nước trên địa bàn: 4.600 tỷ đồng trở lên
Thu nhập bình quân đầu người: 58 triệu đồng
Tỷ lệ hộ nghèo: giảm 3 - 4 điểm phần trăm
Tỷ lệ che phủ rừng: ổn định 61,5%
Số xã đạt chuẩn nông thôn mới tăng thêm: 10 xã
Tổng lượt khách du lịch: 8 triệu lượt

Kỳ họp diễn ra đến hết ngày 12/12, dự kiến xem xét 38 nội dung, trong đó có Nghị quyết về kế hoạch đầu tư công năm 2026 và Nghị quyết quy định mức hỗ trợ cho người hoạt động không chuyên trách ở thôn, tổ dân phố.

Thanh Phúc - Đình Thắng

Tin liên quan
- Tuyên Quang: 11 tháng thu hút 6,9 triệu lượt khách (05/12/2025)
- Xã Lũng Cú ra mắt 3 homestay mới (03/12/2025)
'''
META = {'published': '2025-12-10', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2025', 'modality': 'estimate'}
A = {'modality': 'actual'}
T = {'period': '2026', 'modality': 'target'}
HG = {'locality': 'tỉnh Hà Giang'}
FIGS = [
 ('Tuyên Quang tăng trưởng 8,1%', '8,1%', 'level', '%', dict(A, indicator='grdp_growth')),
 ('hai cấp với 124 xã', '124', 'level', 'xã', dict(optional=True)),
 ('(GRDP) ước đạt 8,1%', '8,1%', 'level', '%', dict(indicator='grdp_growth')),
 ('(7,8%)', '7,8%', 'level', '%', dict(indicator='grdp_growth', modality='target')),
 ('ước đạt 88.640 tỷ đồng', '88.640 tỷ đồng', 'level', 'VND', dict(indicator='grdp')),
 ('ước 52,4 triệu đồng', '52,4 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('ước đạt 4.215 tỷ đồng', '4.215 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 118,4% dự toán', '118,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 16,2% so với năm 2024', '16,2%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2024')),
 ('cũ thu 1.936 tỷ đồng', '1.936 tỷ đồng', 'level', 'VND', dict(A, **HG, indicator='budget_revenue')),
 ('Trong 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', dict(A, indicator='resolution_targets')),
 ('có 17 chỉ tiêu', '17', 'level', 'chỉ tiêu', dict(A, indicator='resolution_targets', status='achieved')),
 ('; 2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(A, indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 682.000 tấn', '682.000 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('tập trung 14.260 ha', '14.260 ha', 'level', 'ha', dict(A)),
 ('vượt 9,7% kế hoạch', '9,7%', 'change', '%', dict(A, direction='up', base='target', status='exceeded')),
 ('rừng đạt 61,2%', '61,2%', 'level', '%', dict(A, indicator='forest_cover')),
 ('có 472 sản phẩm', '472', 'level', 'sản phẩm', dict(A, indicator='ocop_products')),
 ('đó 8 sản phẩm', '8', 'level', 'sản phẩm', dict(A, indicator='ocop_products')),
 ('có 31/108 xã', '31/108', 'ratio', 'xã', dict(A, indicator='new_rural_communes')),
 ('; 12 xã đạt chuẩn nâng cao', '12', 'level', 'xã', dict(A, indicator='new_rural_communes_advanced')),
 ('và 2 xã đạt chuẩn kiểu mẫu', '2', 'level', 'xã', dict(A, indicator='new_rural_communes_model')),
 ('có 9 xã đạt chuẩn', '9', 'level', 'xã', dict(A, **HG, indicator='new_rural_communes')),
 ('ước đạt 7,35 triệu lượt', '7,35 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('quốc tế 486.000 lượt', '486.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('ước 12.900 tỷ đồng', '12.900 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('tăng 21,8%', '21,8%', 'change', '%', dict(indicator='tourism_revenue', direction='up', base='2024')),
 ('khoảng 2,1 triệu lượt khách', '2,1 triệu', 'level', 'lượt khách', dict(A, indicator='tourist_arrivals', bound='about')),
 ('đón 1,4 triệu lượt', '1,4 triệu', 'level', 'lượt', dict(A, indicator='tourist_arrivals')),
 ('giảm 4,12 điểm phần trăm', '4,12 điểm phần trăm', 'change', 'điểm %', dict(A, indicator='poverty_rate', direction='down')),
 ('còn 13,45%', '13,45%', 'level', '%', dict(A, indicator='poverty_rate', direction='down')),
 ('còn 19,8%', '19,8%', 'level', '%', dict(A, indicator='poverty_rate', direction='down')),
 ('giảm 5,3 điểm phần trăm', '5,3 điểm phần trăm', 'change', 'điểm %', dict(A, indicator='poverty_rate', direction='down')),
 ('năm, 12.480 hộ thoát nghèo', '12.480', 'level', 'hộ', dict(A, indicator='households_out_of_poverty')),
 ('vượt 1.480 hộ', '1.480', 'change', 'hộ', dict(A, indicator='households_out_of_poverty', direction='up', base='target', status='exceeded')),
 ('giải ngân 1.684 tỷ đồng', '1.684 tỷ đồng', 'level', 'VND', dict(A, period='2025-11M')),
 ('đạt 86,5% kế hoạch', '86,5%', 'attainment', '%', dict(A, period='2025-11M', base='target')),
 ('là 14,2 điểm phần trăm', '14,2 điểm phần trăm', 'change', 'điểm %', dict(A, period='2025-11M', direction='up', base='same_period')),
 ('trên 35%', '35%', 'level', '%', dict(optional=True)),
 ('GRDP: 8,5 - 9%', '8,5 - 9%', 'level', '%', dict(T, indicator='grdp_growth')),
 ('4.600 tỷ đồng trở lên', '4.600 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue', bound='at_least')),
 ('người: 58 triệu đồng', '58 triệu đồng', 'level', 'VND/người/năm', dict(T, indicator='income_per_capita')),
 ('giảm 3 - 4 điểm phần trăm', '3 - 4 điểm phần trăm', 'change', 'điểm %', dict(T, indicator='poverty_rate', direction='down')),
 ('ổn định 61,5%', '61,5%', 'level', '%', dict(T, indicator='forest_cover')),
 ('thêm: 10 xã', '10', 'change', 'xã', dict(T, indicator='new_rural_communes', direction='up')),
 ('lịch: 8 triệu lượt', '8 triệu', 'level', 'lượt', dict(T, indicator='tourist_arrivals')),
 ('xem xét 38 nội dung', '38', 'level', 'nội dung', dict(optional=True)),
]
