TEXT = '''
Tuyên Quang: Gần 54% số xã đạt chuẩn nông thôn mới sau 5 năm

Thứ Năm, 25/09/2025 08:30

(BTQ) - Ngày 24/9, UBND tỉnh Tuyên Quang tổ chức hội nghị tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 trên địa bàn tỉnh, bao gồm cả địa bàn tỉnh Hà Giang trước sắp xếp. Hội nghị được kết nối trực tuyến tới 124 xã, phường.

Theo báo cáo, tính đến ngày 30/6/2025, thời điểm trước khi sắp xếp đơn vị hành chính cấp xã, toàn tỉnh có 186/346 xã đạt chuẩn nông thôn mới, chiếm 53,8%; trong đó 41 xã đạt chuẩn nông thôn mới nâng cao và 9 xã đạt chuẩn nông thôn mới kiểu mẫu. Bình quân toàn tỉnh đạt 15,4 tiêu chí/xã, tăng 3,1 tiêu chí so với năm 2020. Không còn xã đạt dưới 10 tiêu chí.

Khu vực tỉnh Tuyên Quang cũ và tỉnh Hà Giang cũ lần lượt có 93/124 xã và 93/222 xã đạt chuẩn. Tỷ lệ hộ nghèo khu vực Hà Giang cũ giảm từ 40,72% cuối năm 2021 xuống còn 22,1% cuối năm 2024, bình quân giảm trên 6%/năm.

Chương trình Mỗi xã một sản phẩm (OCOP) tiếp tục phát huy hiệu quả. Đến nay, toàn tỉnh có 612 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên, trong đó 5 sản phẩm đạt 5 sao, 104 sản phẩm đạt 4 sao. Thu nhập bình quân của người dân nông thôn năm 2024 đạt 38,6 triệu đồng/người/năm, gấp 1,6 lần năm 2020. Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh đạt 94,5%.

Tổng nguồn vốn huy động thực hiện Chương trình giai đoạn 2021 - 2025 đạt 21.480 tỷ đồng, trong đó vốn ngân sách trung ương 5.460 tỷ đồng, chiếm 25,4%; vốn tín dụng 9.120 tỷ đồng; nhân dân đóng góp gần 1.350 tỷ đồng và hiến trên 320 ha đất để làm đường giao thông nông thôn.

Giai đoạn 2026 - 2030, tỉnh phấn đấu có thêm ít nhất 20 xã đạt chuẩn nông thôn mới, 10 xã đạt chuẩn nông thôn mới nâng cao; mỗi xã có ít nhất 1 sản phẩm OCOP; thu nhập bình quân người dân nông thôn đến năm 2030 tăng gấp 1,5 lần so với năm 2025.

Tại hội nghị, UBND tỉnh đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc; trong đó có xã Minh Quang (nay thuộc xã Lâm Bình) và thôn Nà Tông, những điển hình tiêu biểu trên tuyến Quốc lộ 279.

Thu Hằng

Xem thêm:
Tuyên Quang: Đón nhận Bằng công nhận 2 xã đạt chuẩn nông thôn mới kiểu mẫu
'''
META = {'published': '2025-09-25', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2025', 'modality': 'actual'}
M6 = {'period': '2025-M06'}
HG = {'locality': 'tỉnh Hà Giang'}
T = {'period': '2026/2030', 'modality': 'target'}
FIGS = [
 ('Gần 54% số xã', '54%', 'level', '%', dict(indicator='new_rural_communes', bound='nearly')),
 ('tới 124 xã, phường', '124', 'level', 'xã', dict(optional=True)),
 ('có 186/346 xã', '186/346', 'ratio', 'xã', dict(indicator='new_rural_communes', **M6)),
 ('chiếm 53,8%', '53,8%', 'level', '%', dict(indicator='new_rural_communes', **M6)),
 ('đó 41 xã', '41', 'level', 'xã', dict(indicator='new_rural_communes_advanced', **M6)),
 ('và 9 xã', '9', 'level', 'xã', dict(indicator='new_rural_communes_model', **M6)),
 ('đạt 15,4 tiêu chí/xã', '15,4', 'level', 'tiêu chí/xã', dict(indicator='new_rural_criteria', **M6)),
 ('tăng 3,1 tiêu chí', '3,1', 'change', 'tiêu chí', dict(indicator='new_rural_criteria', direction='up', base='2020', **M6)),
 ('dưới 10 tiêu chí', '10', 'level', 'tiêu chí', dict(optional=True)),
 ('có 93/124 xã', '93/124', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('và 93/222 xã', '93/222', 'ratio', 'xã', dict(indicator='new_rural_communes', **HG)),
 ('từ 40,72%', '40,72%', 'level', '%', dict(indicator='poverty_rate', period='2021', **HG)),
 ('còn 22,1%', '22,1%', 'level', '%', dict(indicator='poverty_rate', direction='down', period='2024', **HG)),
 ('trên 6%/năm', '6%', 'change', '%', dict(indicator='poverty_rate', direction='down', bound='over', period='2021/2024', **HG)),
 ('có 612 sản phẩm', '612', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('đó 5 sản phẩm', '5', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('104 sản phẩm', '104', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('đạt 38,6 triệu đồng/người/năm', '38,6 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2024')),
 ('gấp 1,6 lần năm 2020', '1,6 lần', 'change', 'lần', dict(indicator='income_per_capita', direction='up', base='2020', period='2024')),
 ('vệ sinh đạt 94,5%', '94,5%', 'level', '%', dict(indicator='clean_water_rate', period='2024')),
 ('đạt 21.480 tỷ đồng', '21.480 tỷ đồng', 'level', 'VND', dict(period='2021/2025')),
 ('ương 5.460 tỷ đồng', '5.460 tỷ đồng', 'level', 'VND', dict(period='2021/2025')),
 ('chiếm 25,4%', '25,4%', 'level', '%', dict(period='2021/2025')),
 ('tín dụng 9.120 tỷ đồng', '9.120 tỷ đồng', 'level', 'VND', dict(period='2021/2025')),
 ('gần 1.350 tỷ đồng', '1.350 tỷ đồng', 'level', 'VND', dict(bound='nearly', period='2021/2025')),
 ('trên 320 ha', '320 ha', 'level', 'ha', dict(bound='over', period='2021/2025')),
 ('ít nhất 20 xã', '20', 'level', 'xã', dict(indicator='new_rural_communes', bound='at_least', **T)),
 ('10 xã đạt chuẩn', '10', 'level', 'xã', dict(indicator='new_rural_communes_advanced', **T)),
 ('ít nhất 1 sản phẩm', '1', 'level', 'sản phẩm', dict(optional=True)),
 ('tăng gấp 1,5 lần', '1,5 lần', 'change', 'lần', dict(indicator='income_per_capita', direction='up', base='2025', period='2030', modality='target')),
]
