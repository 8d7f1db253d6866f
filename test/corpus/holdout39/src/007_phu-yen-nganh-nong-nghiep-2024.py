TEXT = '''
BÁO PHÚ YÊN ĐIỆN TỬ
Thứ Hai, 30/12/2024 - 09:15

Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Quốc tế | Bạn đọc

Tổng kết ngành Nông nghiệp năm 2024: Giá trị sản xuất tăng 3,62%

Ngày 27/12, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị tổng kết công tác năm 2024 và triển khai kế hoạch năm 2025. Phó Chủ tịch UBND tỉnh Lê Tấn Hổ dự và chỉ đạo hội nghị.

Năm 2024, dù chịu ảnh hưởng của hạn hán đầu năm và mưa lũ cuối năm, ngành Nông nghiệp tỉnh vẫn đạt và vượt 10/12 chỉ tiêu chủ yếu, 2 chỉ tiêu chưa đạt là sản lượng lương thực và số xã đạt chuẩn nông thôn mới nâng cao. Giá trị sản xuất nông, lâm nghiệp và thủy sản (giá so sánh 2010) ước đạt 14.820 tỷ đồng, tăng 3,62% so với năm 2023.

Trồng trọt: lúa giảm, cây công nghiệp tăng

Tổng diện tích gieo trồng cây hằng năm cả năm đạt 118.450 ha, bằng 98,1% kế hoạch. Trong đó, cây lúa gieo sạ 51.230 ha, giảm 1.870 ha so với năm trước do vụ Hè Thu thiếu nước; năng suất bình quân 65,4 tạ/ha, sản lượng 335.040 tấn. Tổng sản lượng lương thực có hạt đạt 352.600 tấn/KH 365.000 tấn.

Vụ Đông Xuân 2023 - 2024, năng suất lúa đạt 71,2 tạ/ha, cao nhất từ trước đến nay; các giống ĐV 108, ML 48, TBR225 chiếm trên 80% diện tích. Vụ Hè Thu năng suất 58,6 tạ/ha, thấp hơn vụ Hè Thu năm 2023 là 3,1 tạ/ha. Giá lúa tươi tại ruộng vụ Hè Thu từ 7.600 - 7.900 đồng/kg, cao hơn cùng vụ năm trước 800 - 1.000 đồng/kg nên nông dân vẫn lãi 18 - 22 triệu đồng/ha.

Cây mía có 21.900 ha, năng suất 62 tấn/ha, giá mía nguyên liệu tại ruộng các nhà máy đường thu mua 1,2 - 1,25 triệu đồng/tấn (chữ đường 10 CCS). Cây sắn 28.400 ha, tăng 6,5% so với năm 2023; giá sắn tươi 2.800 - 3.100 đồng/kg, giảm khoảng 500 đồng/kg so với đầu vụ.

Chăn nuôi, thủy sản và lâm nghiệp

Tổng đàn bò 221.500 con, đàn heo 183.200 con, gia cầm 4,38 triệu con. Tổng sản lượng thủy sản đạt 82.560 tấn, tăng 4,1% so với năm 2023; trong đó nuôi trồng 13.840 tấn. Sản lượng tôm hùm thu hoạch khoảng 1.050 tấn, giá tôm hùm bông loại 1 kg/con trở lên 1,3 - 1,4 triệu đồng/kg, tôm hùm xanh 420.000 - 450.000 đồng/kg. Kim ngạch xuất khẩu thủy sản đạt 86,4 triệu USD, tăng 12,3%.

Toàn tỉnh trồng mới 8.960 ha rừng tập trung, vượt 12% kế hoạch; tỷ lệ che phủ rừng đạt 48,1%, tăng 0,3 điểm phần trăm.

Nông thôn mới

Đến nay, toàn tỉnh có 58/88 xã đạt chuẩn nông thôn mới, 13 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn nông thôn mới kiểu mẫu; thị xã Đông Hòa và huyện Phú Hòa hoàn thành nhiệm vụ xây dựng nông thôn mới. Toàn tỉnh có 132 sản phẩm OCOP, trong đó 14 sản phẩm 4 sao.

Anh Nguyễn Văn Hùng, thành viên HTX Nông nghiệp An Ninh Đông 2 (huyện Tuy An), chia sẻ vụ Đông Xuân gia đình anh làm 2 ha lúa ML 48, thu 15 tấn, lãi hơn 60 triệu đồng.

Năm 2025, ngành phấn đấu giá trị sản xuất tăng 3,5 - 4%; sản lượng lương thực 360.000 tấn; tỷ lệ che phủ rừng 48,5%; thêm 5 xã đạt chuẩn nông thôn mới. Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể, 18 cá nhân.

Thanh Hoa

Đường dây nóng: 0257 3841 386 - Email: toasoan@baophuyen.vn
Giấy phép số 53/GP-BTTTT | Địa chỉ: 62 Lê Duẩn, phường 7, TP Tuy Hòa, tỉnh Phú Yên
'''
META = {'published': '2024-12-30', 'locality': 'tỉnh Phú Yên'}
DEFAULTS = {'locality': 'tỉnh Phú Yên', 'period': '2024', 'modality': 'actual'}
K = 'VND/kg'
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('Giá trị sản xuất tăng 3,62%', '3,62%', 'change', '%', dict(indicator='agricultural_output_value', direction='up')),
 ('vượt 10/12 chỉ tiêu', '10/12', 'ratio', 'chỉ tiêu', dict(status='achieved', indicator='resolution_targets')),
 (', 2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(status='not_achieved', indicator='resolution_targets')),
 ('ước đạt 14.820 tỷ đồng', '14.820 tỷ đồng', 'level', 'VND', dict(**E, indicator='agricultural_output_value')),
 ('tăng 3,62% so với năm 2023', '3,62%', 'change', '%', dict(**E, indicator='agricultural_output_value', direction='up', base='2023')),
 ('đạt 118.450 ha', '118.450 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('bằng 98,1% kế hoạch', '98,1%', 'attainment', '%', dict(indicator='crop_area', base='target')),
 ('sạ 51.230 ha', '51.230 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('giảm 1.870 ha', '1.870 ha', 'change', 'ha', dict(indicator='crop_area', direction='down', base='2023')),
 ('quân 65,4 tạ/ha', '65,4 tạ/ha', 'level', 'tạ/ha', dict()),
 ('lượng 335.040 tấn', '335.040 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('đạt 352.600 tấn', '352.600 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('KH 365.000 tấn', '365.000 tấn', 'level', 'tấn', dict(indicator='food_output', modality='target')),
 ('đạt 71,2 tạ/ha', '71,2 tạ/ha', 'level', 'tạ/ha', dict(period='2023/2024')),
 ('trên 80% diện tích', '80%', 'level', '%', dict(period='2023/2024', bound='over')),
 ('suất 58,6 tạ/ha', '58,6 tạ/ha', 'level', 'tạ/ha', dict()),
 ('là 3,1 tạ/ha', '3,1 tạ/ha', 'change', 'tạ/ha', dict(direction='down', base='same_period')),
 ('từ 7.600 - 7.900 đồng/kg', '7.600 - 7.900 đồng/kg', 'level', K, dict()),
 ('trước 800 - 1.000 đồng/kg', '800 - 1.000 đồng/kg', 'change', K, dict(direction='up', base='same_period')),
 ('lãi 18 - 22 triệu đồng/ha', '18 - 22 triệu đồng/ha', 'level', 'VND/ha', dict()),
 ('có 21.900 ha', '21.900 ha', 'level', 'ha', dict()),
 ('suất 62 tấn/ha', '62 tấn/ha', 'level', 'tấn/ha', dict()),
 ('mua 1,2 - 1,25 triệu đồng/tấn', '1,2 - 1,25 triệu đồng/tấn', 'level', 'VND/tấn', dict()),
 ('sắn 28.400 ha', '28.400 ha', 'level', 'ha', dict()),
 ('tăng 6,5% so với năm 2023', '6,5%', 'change', '%', dict(direction='up', base='2023')),
 ('tươi 2.800 - 3.100 đồng/kg', '2.800 - 3.100 đồng/kg', 'level', K, dict()),
 ('khoảng 500 đồng/kg', '500 đồng/kg', 'change', K, dict(direction='down', base='previous_period', bound='about')),
 ('bò 221.500 con', '221.500', 'level', 'con', dict()),
 ('heo 183.200 con', '183.200', 'level', 'con', dict()),
 ('cầm 4,38 triệu con', '4,38 triệu con', 'level', 'con', dict()),
 ('đạt 82.560 tấn', '82.560 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('tăng 4,1% so với năm 2023', '4,1%', 'change', '%', dict(indicator='aquaculture_output', direction='up', base='2023')),
 ('trồng 13.840 tấn', '13.840 tấn', 'level', 'tấn', dict()),
 ('khoảng 1.050 tấn', '1.050 tấn', 'level', 'tấn', dict(bound='about')),
 ('lên 1,3 - 1,4 triệu đồng/kg', '1,3 - 1,4 triệu đồng/kg', 'level', K, dict()),
 ('xanh 420.000 - 450.000 đồng/kg', '420.000 - 450.000 đồng/kg', 'level', K, dict()),
 ('đạt 86,4 triệu USD', '86,4 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('tăng 12,3%', '12,3%', 'change', '%', dict(indicator='export_value', direction='up')),
 ('mới 8.960 ha', '8.960 ha', 'level', 'ha', dict()),
 ('vượt 12% kế hoạch', '12%', 'change', '%', dict(direction='up', base='target', status='exceeded')),
 ('đạt 48,1%', '48,1%', 'level', '%', dict(indicator='forest_cover')),
 ('tăng 0,3 điểm phần trăm', '0,3 điểm phần trăm', 'change', 'điểm %', dict(indicator='forest_cover', direction='up')),
 ('có 58/88 xã', '58/88', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('13 xã đạt', '13', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('2 xã đạt', '2', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('có 132 sản phẩm', '132', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('trong đó 14 sản phẩm', '14', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('tăng 3,5 - 4%', '3,5 - 4%', 'change', '%', dict(**T, indicator='agricultural_output_value', direction='up')),
 ('lương thực 360.000 tấn', '360.000 tấn', 'level', 'tấn', dict(**T, indicator='food_output')),
 ('rừng 48,5%', '48,5%', 'level', '%', dict(**T, indicator='forest_cover')),
 ('thêm 5 xã', '5', 'level', 'xã', dict(**T, indicator='new_rural_communes')),
 ('cho 12 tập thể', '12', 'level', 'tập thể', dict(optional=True)),
 ('18 cá nhân', '18', 'level', 'cá nhân', dict(optional=True)),
]
