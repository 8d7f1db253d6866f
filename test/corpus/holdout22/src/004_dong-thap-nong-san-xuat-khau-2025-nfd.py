NFD = True
TEXT = '''
Kinh tế

Đồng Tháp: Xuất khẩu nông, thủy sản năm 2025 đạt hơn 2,1 tỷ USD

Đồng Tháp

Năm 2025, ngành nông nghiệp tỉnh Đồng Tháp đạt và vượt 9/11 chỉ tiêu kế hoạch; giá trị sản xuất nông, lâm, thủy sản tăng 3,8%, cao nhất trong 5 năm gần đây.

Thu hoạch lúa vụ Thu Đông tại xã Mỹ Hiệp. (Ảnh: Nhựt An/TTXVN)

TTXVN - Ngày 9/1, Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp tổ chức hội nghị tổng kết năm 2025, triển khai kế hoạch năm 2026. Đây là năm đầu tiên ngành hoạt động theo mô hình chính quyền địa phương hai cấp sau khi hợp nhất hai tỉnh Đồng Tháp và Tiền Giang.

Theo báo cáo tại hội nghị, năm 2025 tỉnh Đồng Tháp hoàn thành 34/41 chỉ tiêu kinh tế - xã hội chủ yếu, riêng ngành nông nghiệp đạt và vượt 9/11 chỉ tiêu; 2 chỉ tiêu chưa đạt là tỷ lệ diện tích sản xuất ứng dụng công nghệ cao và số hợp tác xã hoạt động hiệu quả. Giá trị sản xuất nông, lâm, thủy sản ước đạt 98.600 tỷ đồng, tăng 3,8% so với năm 2024.

Diện tích gieo trồng lúa cả năm đạt 711.300 ha, năng suất bình quân 6,35 tấn/ha, sản lượng ước 4,52 triệu tấn. Tỉnh đã đăng ký tham gia Đề án phát triển bền vững 1 triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp với diện tích 185.000 ha. Giá lúa tươi tại ruộng dao động 6.800 - 7.500 đồng/kg; theo tính toán của ngành nông nghiệp, nông dân có lãi bình quân 18 - 22 triệu đồng/ha/vụ.

Diện tích cây ăn trái toàn tỉnh đạt 132.500 ha; sầu riêng, xoài và bưởi lần lượt đạt 21.400 ha, 18.900 ha và 9.600 ha. Thu nhập bình quân trên 1 ha đất trồng trọt đạt 235 triệu đồng/năm, gấp 1,4 lần năm 2020. Các xã Mỹ Hiệp, Bình Hàng Trung và Phong Mỹ có diện tích xoài lớn nhất, lần lượt 2.350 ha, 1.980 ha và 1.640 ha.

Sản lượng thủy sản toàn tỉnh cả năm ước đạt 720.000 tấn, trong đó cá tra khoảng 610.000 tấn. Giá cá tra nguyên liệu loại 1 có thời điểm lên 28.500 đồng/kg, cao hơn cùng kỳ khoảng 2.000 đồng/kg.

Chế biến cá tra xuất khẩu tại Khu công nghiệp Sa Đéc. (Ảnh: Nhựt An/TTXVN)

Ông Nguyễn Phước Thiện, Phó Giám đốc Sở Nông nghiệp và Môi trường, cho biết kim ngạch xuất khẩu nông, thủy sản của tỉnh năm 2025 đạt hơn 2,1 tỷ USD, chiếm 40,4% tổng kim ngạch xuất khẩu. Trong đó, cá tra, gạo và trái cây lần lượt đạt 735 triệu USD, 512 triệu USD và 386 triệu USD, tăng lần lượt 6,2%, 14,5% và 21,3% so với năm 2024. Tổng kim ngạch xuất khẩu toàn tỉnh ước đạt 5,2 tỷ USD, vượt 4% kế hoạch; nhập khẩu ước 1,9 tỷ USD.

Toàn tỉnh hiện có 412 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 6 sản phẩm đạt 5 sao; 286 mã số vùng trồng và 41 mã số cơ sở đóng gói được cấp. Ông Thiện cho biết, bà Lê Thị Mười, 61 tuổi, ở xã Phong Mỹ, nhờ trồng 2 ha xoài theo hướng hữu cơ mà thu lãi 400 triệu đồng mỗi năm.

Năm 2026, ngành nông nghiệp tỉnh phấn đấu giá trị sản xuất tăng 3 - 3,5%; kim ngạch xuất khẩu nông, thủy sản đạt 2,3 tỷ USD trở lên; có thêm 60 sản phẩm OCOP; tỷ lệ che phủ cây xanh đạt 20%. Để đạt mục tiêu, tỉnh thực hiện Nghị định số 112/2024/NĐ-CP về hỗ trợ đất trồng lúa và Chỉ thị 17 của Tỉnh ủy, đồng thời nâng cấp Quốc lộ 30 và tuyến Cao Lãnh - An Hữu.

Nhựt An (TTXVN)

Xem thêm:
- Đồng Tháp: Giải ngân vốn đầu tư công đạt 95% kế hoạch
- Tiền Giang cũ dẫn đầu về sầu riêng với 19.000 ha
- Gạo ST25 được giá, nông dân lãi 30 triệu đồng/ha
'''
META = {'published': '2026-01-10', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2025', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2026', 'modality': 'target'}
M = 1e6
FIGS = [
 ('đạt hơn 2,1 tỷ USD\n', '2,1 tỷ USD', 'level', 'USD', dict(indicator='export_value', bound='over')),
 ('vượt 9/11 chỉ tiêu kế hoạch', '9/11', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('thủy sản tăng 3,8%', '3,8%', 'change', '%', dict(indicator='agricultural_output_value', direction='up')),
 ('hoàn thành 34/41 chỉ tiêu', '34/41', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('vượt 9/11 chỉ tiêu;', '9/11', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=11)),
 ('ước đạt 98.600 tỷ đồng', '98.600 tỷ đồng', 'level', 'VND', dict(E, indicator='agricultural_output_value')),
 ('tăng 3,8% so với năm 2024', '3,8%', 'change', '%', dict(E, indicator='agricultural_output_value', direction='up', base='2024')),
 ('đạt 711.300 ha', '711.300 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('bình quân 6,35 tấn/ha', '6,35 tấn/ha', 'level', 'tấn/ha', dict()),
 ('ước 4,52 triệu tấn', '4,52 triệu tấn', 'level', 'tấn', dict(E, indicator='rice_output')),
 ('diện tích 185.000 ha', '185.000 ha', 'level', 'ha', dict()),
 ('dao động 6.800 - 7.500 đồng/kg', '6.800 - 7.500 đồng/kg', 'level', 'VND/kg', dict()),
 ('bình quân 18 - 22 triệu đồng/ha/vụ', '18 - 22 triệu đồng/ha/vụ', 'level', 'VND/ha/vụ', dict()),
 ('đạt 132.500 ha', '132.500 ha', 'level', 'ha', dict()),
 ('đạt 21.400 ha', '21.400 ha', 'level', 'ha', dict()),
 ('ha, 18.900 ha', '18.900 ha', 'level', 'ha', dict()),
 ('và 9.600 ha', '9.600 ha', 'level', 'ha', dict()),
 ('đạt 235 triệu đồng/năm', '235 triệu đồng/năm', 'level', 'VND/ha/năm', dict()),
 ('gấp 1,4 lần năm 2020', '1,4 lần', 'change', 'lần', dict(direction='up', base='2020')),
 ('ước đạt 720.000 tấn', '720.000 tấn', 'level', 'tấn', dict(E, indicator='aquaculture_output')),
 ('khoảng 610.000 tấn', '610.000 tấn', 'level', 'tấn', dict(E, indicator='aquaculture_output', bound='about')),
 ('lên 28.500 đồng/kg', '28.500 đồng/kg', 'level', 'VND/kg', dict(direction='up')),
 ('khoảng 2.000 đồng/kg', '2.000 đồng/kg', 'change', 'VND/kg', dict(direction='up', base='same_period', bound='about')),
 ('đạt hơn 2,1 tỷ USD, chiếm', '2,1 tỷ USD', 'level', 'USD', dict(indicator='export_value', bound='over')),
 ('chiếm 40,4%', '40,4%', 'level', '%', dict(indicator='export_value')),
 ('đạt 735 triệu USD', '735 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('512 triệu USD', '512 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('386 triệu USD', '386 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('lần lượt 6,2%', '6,2%', 'change', '%', dict(indicator='export_value', direction='up', base='2024')),
 ('14,5% và', '14,5%', 'change', '%', dict(indicator='export_value', direction='up', base='2024')),
 ('21,3% so với', '21,3%', 'change', '%', dict(indicator='export_value', direction='up', base='2024')),
 ('ước đạt 5,2 tỷ USD', '5,2 tỷ USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('vượt 4% kế hoạch', '4%', 'change', '%', dict(E, indicator='export_value', direction='up', base='target', status='exceeded')),
 ('ước 1,9 tỷ USD', '1,9 tỷ USD', 'level', 'USD', dict(E, indicator='import_value')),
 ('có 412 sản phẩm', '412', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('trong đó 6 sản phẩm', '6', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('286 mã số', '286', 'level', 'mã số', dict(optional=True)),
 ('41 mã số', '41', 'level', 'mã số', dict(optional=True)),
 ('tăng 3 - 3,5%', '3 - 3,5%', 'change', '%', dict(T, indicator='agricultural_output_value', direction='up')),
 ('đạt 2,3 tỷ USD trở lên', '2,3 tỷ USD', 'level', 'USD', dict(T, indicator='export_value', bound='at_least')),
 ('thêm 60 sản phẩm', '60', 'level', 'sản phẩm', dict(T, indicator='ocop_products')),
 ('xanh đạt 20%', '20%', 'level', '%', dict(T)),
 ('lần lượt 2.350 ha', '2.350 ha', 'level', 'ha', dict(locality='xã Mỹ Hiệp')),
 ('ha, 1.980 ha', '1.980 ha', 'level', 'ha', dict(locality='xã Bình Hàng Trung')),
 ('và 1.640 ha', '1.640 ha', 'level', 'ha', dict(locality='xã Phong Mỹ')),
]
