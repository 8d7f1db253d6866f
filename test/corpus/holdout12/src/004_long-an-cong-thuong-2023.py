TEXT = '''
Công thương Long An năm 2023: Xuất khẩu giảm, bán lẻ tăng khá

Ngày đăng: 26/12/2023 - 07:30

LA - Năm 2023, ngành Công Thương tỉnh Long An gặp nhiều khó khăn do đơn hàng sụt giảm, chi phí đầu vào tăng cao, song vẫn đạt được một số kết quả khả quan.

Theo Sở Công Thương, chỉ số sản xuất công nghiệp (IIP) năm 2023 ước tăng 5,12% so với năm 2022; giá trị sản xuất công nghiệp ước đạt 318.450 tỷ đồng, đạt 97,4% kế hoạch.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 98.760 tỷ đồng, tăng 10,70% so với cùng kỳ, vượt 0,27% kế hoạch. Riêng Tp. Tân An đạt 21.340 tỷ đồng, chiếm 21,6% của toàn tỉnh.

Kim ngạch xuất khẩu ước đạt 7,84 tỷ USD, giảm 8,3% so với năm 2022, bằng 89,6% kế hoạch; kim ngạch nhập khẩu đạt 5,12 tỷ USD, giảm 11,4%.

Một số mặt hàng xuất khẩu chủ lực (tăng, giảm so với cùng kỳ):

+ Gạo: 1,32 tỷ USD (+24,61%).

+ Hàng dệt may: 612 triệu USD (-18,67%).

+ Giày dép: 845 triệu USD (-12,05%).

+ Sắt thép: 390 triệu USD (+3,2%).

Toàn tỉnh hiện có 16 khu công nghiệp đang hoạt động, tỷ lệ lấp đầy bình quân đạt 71,8%. Chỉ số giá tiêu dùng (CPI) bình quân năm 2023 tăng 3,05% so với năm 2022.

Năm 2024, ngành phấn đấu giá trị sản xuất công nghiệp tăng 8 - 9%, kim ngạch xuất khẩu đạt 8,5 tỷ USD.

Minh Quân
'''
META = {'published': '2023-12-26', 'locality': 'tỉnh Long An'}
DEFAULTS = {'locality': 'tỉnh Long An', 'period': '2023', 'modality': 'actual'}
E = {'modality': 'estimate'}
X = {'indicator': 'export_value'}
SP = {'base': 'same_period'}
T = {'modality': 'target', 'period': '2024'}
FIGS = [
 ('ước tăng 5,12%', '5,12%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='2022', **E)),
 ('ước đạt 318.450 tỷ đồng', '318.450 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('đạt 97,4% kế hoạch', '97,4%', 'attainment', '%', dict(indicator='industrial_output_value', base='target', **E)),
 ('đạt 98.760 tỷ đồng', '98.760 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 10,70%', '10,70%', 'change', '%', dict(indicator='retail_sales', direction='up', **SP)),
 ('vượt 0,27% kế hoạch', '0,27%', 'change', '%', dict(indicator='retail_sales', direction='up', base='target', status='exceeded')),
 ('đạt 21.340 tỷ đồng', '21.340 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', locality='thành phố Tân An')),
 ('chiếm 21,6%', '21,6%', 'level', '%', dict(locality='thành phố Tân An')),
 ('ước đạt 7,84 tỷ USD', '7,84 tỷ USD', 'level', 'USD', dict(**X, **E)),
 ('giảm 8,3%', '8,3%', 'change', '%', dict(**X, direction='down', base='2022', **E)),
 ('bằng 89,6% kế hoạch', '89,6%', 'attainment', '%', dict(**X, base='target', **E)),
 ('đạt 5,12 tỷ USD', '5,12 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('giảm 11,4%', '11,4%', 'change', '%', dict(indicator='import_value', direction='down')),
 ('Gạo: 1,32 tỷ USD', '1,32 tỷ USD', 'level', 'USD', dict(**X)),
 ('(+24,61%)', '24,61%', 'change', '%', dict(**X, direction='up', **SP)),
 ('may: 612 triệu USD', '612 triệu USD', 'level', 'USD', dict(**X)),
 ('(-18,67%)', '18,67%', 'change', '%', dict(**X, direction='down', **SP)),
 ('dép: 845 triệu USD', '845 triệu USD', 'level', 'USD', dict(**X)),
 ('(-12,05%)', '12,05%', 'change', '%', dict(**X, direction='down', **SP)),
 ('thép: 390 triệu USD', '390 triệu USD', 'level', 'USD', dict(**X)),
 ('(+3,2%)', '3,2%', 'change', '%', dict(**X, direction='up', **SP)),
 ('có 16 khu công nghiệp', '16', 'level', 'khu công nghiệp', dict(optional=True)),
 ('đạt 71,8%', '71,8%', 'level', '%', dict()),
 ('tăng 3,05%', '3,05%', 'change', '%', dict(indicator='cpi', direction='up', base='2022')),
 ('tăng 8 - 9%', '8 - 9%', 'change', '%', dict(indicator='industrial_output_value', direction='up', **T)),
 ('đạt 8,5 tỷ USD', '8,5 tỷ USD', 'level', 'USD', dict(**X, **T)),
]
