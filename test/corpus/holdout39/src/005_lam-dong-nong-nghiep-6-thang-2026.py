TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách

Tin kinh tế

Ngành Nông nghiệp và Môi trường Lâm Đồng: 6 tháng đầu năm 2026 giá trị sản xuất tăng 4,1%

Ngày đăng: 10/07/2026 | Lượt xem: 1.087 | Cỡ chữ A A

Sáng 9/7, Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Dự hội nghị có lãnh đạo UBND tỉnh, đại diện 124 xã, phường, đặc khu và các hội, hiệp hội ngành hàng.

Theo báo cáo, 6 tháng đầu năm, giá trị sản xuất nông, lâm nghiệp và thuỷ sản toàn tỉnh (giá so sánh 2010) ước đạt 48.260 tỷ đồng, tăng 4,1% so với cùng kỳ, đạt 47,2% kế hoạch năm. Tổng diện tích gieo trồng cây hằng năm ước đạt 168.400 ha, bằng 101,5% so với cùng kỳ; trong đó lúa 42.150 ha, rau các loại 39.800 ha, hoa 6.150 ha.

Cây công nghiệp, cây ăn quả

Niên vụ cà phê 2025 - 2026 đã kết thúc thu hoạch với diện tích cho sản phẩm 398.600 ha, năng suất bình quân 31,2 tạ/ha, sản lượng đạt 1,24 triệu tấn nhân, tăng 3,8% so với niên vụ trước; riêng khu vực Đắk Nông cũ đạt 395.000 tấn. Giá cà phê nhân xô cuối tháng 6 dao động 96.000 - 98.500 đồng/kg, giảm khoảng 25.000 đồng/kg so với đầu năm và thấp hơn cùng kỳ năm 2025 khoảng 30%.

Diện tích sầu riêng toàn tỉnh đạt 52.300 ha, tăng 9,6% so với cuối năm 2025, diện tích cho thu hoạch 24.800 ha. Sầu riêng chính vụ đang vào thu hoạch, đến ngày 5/7 đã thu hoạch khoảng 18% diện tích; giá Ri6 loại A tại vườn 62.000 - 65.000 đồng/kg, Monthong loại A 85.000 - 90.000 đồng/kg, thấp hơn cùng kỳ năm trước 10.000 - 15.000 đồng/kg.

Cây thanh long ở khu vực Bình Thuận cũ còn khoảng 21.400 ha, giảm 2.600 ha so với cùng kỳ do người dân chuyển đổi sang cây trồng khác; sản lượng 6 tháng ước đạt 295.000 tấn; giá thanh long ruột trắng loại 1 từ 14.000 - 16.000 đồng/kg. Chè có 15.960 ha, hồ tiêu 28.740 ha, điều 55.200 ha.

Chăn nuôi, thuỷ sản, lâm nghiệp

Tổng đàn heo toàn tỉnh ước đạt 1,62 triệu con, tăng 6,3% so với cùng kỳ; giá heo hơi tháng 6 ở mức 64.000 - 66.000 đồng/kg, tăng 3.000 đồng/kg so với tháng 5. Đàn bò 182.500 con, đàn gia cầm 14,8 triệu con. Sản lượng thuỷ sản 6 tháng ước đạt 124.300 tấn, tăng 2,4%, trong đó khai thác 108.700 tấn.

Trồng rừng tập trung được 3.260 ha, đạt 46,6% kế hoạch; tỷ lệ che phủ rừng giữ ổn định ở mức 51,2%. Trong 6 tháng xảy ra 37 vụ vi phạm lâm luật, giảm 14 vụ so với cùng kỳ.

Xuất khẩu nông sản

Kim ngạch xuất khẩu nông, lâm, thuỷ sản 6 tháng ước đạt 3,05 tỷ USD, tăng 11,4% so với cùng kỳ, chiếm 78,3% kim ngạch xuất khẩu của tỉnh, trong đó cà phê 2,12 tỷ USD, sầu riêng 410 triệu USD, rau hoa 96 triệu USD. Giá cà phê xuất khẩu bình quân đạt 5.180 USD/tấn, tăng 19,6%.

Một số chỉ tiêu chủ yếu:
Chỉ tiêu | Kế hoạch 2026 | Ước 6 tháng | Tỷ lệ (%)
Xã đạt chuẩn nông thôn mới | 68 xã | 61 xã | 89,7
Sản phẩm OCOP đạt 3 sao trở lên | 520 sản phẩm | 478 sản phẩm | 91,9
Tỷ lệ dân cư nông thôn dùng nước sạch | 92% | 90,4% | -

Về nhiệm vụ 6 tháng cuối năm, ngành phấn đấu giá trị sản xuất cả năm tăng 4,5 - 5%; trồng mới 4.500 ha rừng; có thêm 7 xã đạt chuẩn nông thôn mới; kiểm soát diện tích sầu riêng không quá 55.000 ha.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị ngành theo dõi sát diễn biến giá nông sản, nhất là cà phê, đồng thời hoàn thiện dữ liệu 1.260 mã số vùng trồng trước ngày 30/9/2026.

Thanh Tâm

Văn bản liên quan: Quyết định số 1520/QĐ-UBND ngày 15/3/2026 về kế hoạch phát triển nông nghiệp năm 2026.
Đường dây nóng: 1900 1234 | Bản quyền thuộc UBND tỉnh Lâm Đồng
'''
META = {'published': '2026-07-10', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2026-H1', 'modality': 'actual'}
K = 'VND/kg'
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
T = {'modality': 'target', 'period': '2026'}
NV = {'period': '2025/2026'}
M6 = {'period': '2026-M06'}
BT = {'locality': 'tỉnh Bình Thuận'}
FIGS = [
 ('diện 124 xã', '124', 'level', 'xã', dict(optional=True)),
 ('sản xuất tăng 4,1%', '4,1%', 'change', '%', dict(indicator='agricultural_output_value', direction='up')),
 ('ước đạt 48.260 tỷ đồng', '48.260 tỷ đồng', 'level', 'VND', dict(**E, indicator='agricultural_output_value')),
 ('tăng 4,1% so với cùng kỳ', '4,1%', 'change', '%', dict(**E, **S, indicator='agricultural_output_value', direction='up')),
 ('đạt 47,2% kế hoạch năm', '47,2%', 'attainment', '%', dict(**E, indicator='agricultural_output_value', base='target')),
 ('ước đạt 168.400 ha', '168.400 ha', 'level', 'ha', dict(**E, indicator='crop_area')),
 ('bằng 101,5% so với cùng kỳ', '101,5%', 'attainment', '%', dict(**E, **S, indicator='crop_area')),
 ('lúa 42.150 ha', '42.150 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('loại 39.800 ha', '39.800 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('hoa 6.150 ha', '6.150 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('phẩm 398.600 ha', '398.600 ha', 'level', 'ha', dict(**NV)),
 ('quân 31,2 tạ/ha', '31,2 tạ/ha', 'level', 'tạ/ha', dict(**NV)),
 ('đạt 1,24 triệu tấn', '1,24 triệu tấn', 'level', 'tấn', dict(**NV)),
 ('tăng 3,8% so với niên vụ trước', '3,8%', 'change', '%', dict(**NV, direction='up', base='previous_period')),
 ('cũ đạt 395.000 tấn', '395.000 tấn', 'level', 'tấn', dict(**NV, locality='tỉnh Đắk Nông')),
 ('động 96.000 - 98.500 đồng/kg', '96.000 - 98.500 đồng/kg', 'level', K, dict(**M6)),
 ('khoảng 25.000 đồng/kg', '25.000 đồng/kg', 'change', K, dict(**M6, direction='down', base='previous_period', bound='about')),
 ('khoảng 30%', '30%', 'change', '%', dict(**M6, **S, direction='down', bound='about')),
 ('đạt 52.300 ha', '52.300 ha', 'level', 'ha', dict()),
 ('tăng 9,6% so với cuối năm 2025', '9,6%', 'change', '%', dict(direction='up', base='2025')),
 ('hoạch 24.800 ha', '24.800 ha', 'level', 'ha', dict()),
 ('khoảng 18% diện tích', '18%', 'level', '%', dict(period='2026-M07', bound='about')),
 ('vườn 62.000 - 65.000 đồng/kg', '62.000 - 65.000 đồng/kg', 'level', K, dict(period='2026-M07')),
 ('A 85.000 - 90.000 đồng/kg', '85.000 - 90.000 đồng/kg', 'level', K, dict(period='2026-M07')),
 ('trước 10.000 - 15.000 đồng/kg', '10.000 - 15.000 đồng/kg', 'change', K, dict(**S, period='2026-M07', direction='down')),
 ('khoảng 21.400 ha', '21.400 ha', 'level', 'ha', dict(**BT, bound='about')),
 ('giảm 2.600 ha', '2.600 ha', 'change', 'ha', dict(**BT, **S, direction='down')),
 ('đạt 295.000 tấn', '295.000 tấn', 'level', 'tấn', dict(**BT, **E)),
 ('từ 14.000 - 16.000 đồng/kg', '14.000 - 16.000 đồng/kg', 'level', K, dict(**BT)),
 ('có 15.960 ha', '15.960 ha', 'level', 'ha', dict()),
 ('tiêu 28.740 ha', '28.740 ha', 'level', 'ha', dict()),
 ('điều 55.200 ha', '55.200 ha', 'level', 'ha', dict()),
 ('đạt 1,62 triệu con', '1,62 triệu con', 'level', 'con', dict(**E)),
 ('tăng 6,3% so với cùng kỳ', '6,3%', 'change', '%', dict(**E, **S, direction='up')),
 ('mức 64.000 - 66.000 đồng/kg', '64.000 - 66.000 đồng/kg', 'level', K, dict(**M6)),
 ('tăng 3.000 đồng/kg so với tháng 5', '3.000 đồng/kg', 'change', K, dict(**M6, direction='up', base='previous_period')),
 ('bò 182.500 con', '182.500', 'level', 'con', dict()),
 ('cầm 14,8 triệu con', '14,8 triệu con', 'level', 'con', dict()),
 ('đạt 124.300 tấn', '124.300 tấn', 'level', 'tấn', dict(**E, indicator='aquaculture_output')),
 ('tăng 2,4%, trong', '2,4%', 'change', '%', dict(**E, indicator='aquaculture_output', direction='up')),
 ('thác 108.700 tấn', '108.700 tấn', 'level', 'tấn', dict(**E)),
 ('được 3.260 ha', '3.260 ha', 'level', 'ha', dict()),
 ('đạt 46,6% kế hoạch', '46,6%', 'attainment', '%', dict(base='target')),
 ('mức 51,2%', '51,2%', 'level', '%', dict(indicator='forest_cover')),
 ('ra 37 vụ', '37', 'level', 'vụ', dict()),
 ('giảm 14 vụ', '14', 'change', 'vụ', dict(**S, direction='down')),
 ('ước đạt 3,05 tỷ USD', '3,05 tỷ USD', 'level', 'USD', dict(**E, indicator='export_value')),
 ('tăng 11,4% so với cùng kỳ', '11,4%', 'change', '%', dict(**E, **S, indicator='export_value', direction='up')),
 ('chiếm 78,3%', '78,3%', 'level', '%', dict(**E, indicator='export_value')),
 ('phê 2,12 tỷ USD', '2,12 tỷ USD', 'level', 'USD', dict(**E, indicator='export_value')),
 ('riêng 410 triệu USD', '410 triệu USD', 'level', 'USD', dict(**E, indicator='export_value')),
 ('hoa 96 triệu USD', '96 triệu USD', 'level', 'USD', dict(**E, indicator='export_value')),
 ('đạt 5.180 USD/tấn', '5.180 USD/tấn', 'level', 'USD/tấn', dict()),
 ('tăng 19,6%', '19,6%', 'change', '%', dict(direction='up')),
 # table
 ('| 68 xã', '68', 'level', 'xã', dict(**T, indicator='new_rural_communes')),
 ('| 61 xã', '61', 'level', 'xã', dict(**E, indicator='new_rural_communes')),
 ('| 89,7', '89,7', 'attainment', '%', dict(**E, indicator='new_rural_communes', base='target')),
 ('| 520 sản phẩm', '520', 'level', 'sản phẩm', dict(**T, indicator='ocop_products')),
 ('| 478 sản phẩm', '478', 'level', 'sản phẩm', dict(**E, indicator='ocop_products')),
 ('| 91,9', '91,9', 'attainment', '%', dict(**E, indicator='ocop_products', base='target')),
 ('| 92% |', '92%', 'level', '%', dict(**T, indicator='clean_water_rate')),
 ('| 90,4% |', '90,4%', 'level', '%', dict(**E, indicator='clean_water_rate')),
 # H2 targets
 ('tăng 4,5 - 5%', '4,5 - 5%', 'change', '%', dict(**T, indicator='agricultural_output_value', direction='up')),
 ('mới 4.500 ha', '4.500 ha', 'level', 'ha', dict(**T)),
 ('thêm 7 xã', '7', 'level', 'xã', dict(**T, indicator='new_rural_communes')),
 ('quá 55.000 ha', '55.000 ha', 'level', 'ha', dict(**T, bound='at_most')),
 ('liệu 1.260 mã số', '1.260', 'level', 'mã số vùng trồng', dict(optional=True)),
]
