TEXT = '''
THỐNG KÊ TỈNH QUẢNG NGÃI
Trang chủ > Số liệu thống kê > Tình hình kinh tế - xã hội

Tình hình kinh tế - xã hội quý I năm 2025

Ngày đăng: 04/04/2025 | Lượt xem: 1.204

1. Sản xuất công nghiệp
So với cùng kỳ năm trước, chỉ số sản xuất toàn ngành công nghiệp (IIP) quý I/2025 ước tăng 6,8%, trong đó ngành chế biến, chế tạo tăng 7,5%, ngành sản xuất và phân phối điện giảm 4,2%.
Một số sản phẩm công nghiệp chủ yếu:
Sản phẩm | Ước quý I/2025 | So với cùng kỳ (%)
Thép các loại | 1.245 nghìn tấn | 112,4
Xăng dầu các loại | 1,61 triệu tấn | 96,2
Bia các loại | 42,8 triệu lít | 103,5

2. Thương mại, dịch vụ
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý I ước đạt 21.356 tỷ đồng, bằng 110,9% so với cùng kỳ và đạt 24,6% kế hoạch năm. Riêng tháng 3, tổng mức bán lẻ ước đạt 7.012 tỷ đồng, giảm 1,8% so với tháng trước.
Doanh thu du lịch lữ hành quý I đạt 186 tỷ đồng, gấp 1,4 lần cùng kỳ. Vận tải hành khách ước đạt 8,4 triệu lượt khách (+9,7%).

3. Chỉ số giá tiêu dùng
CPI tháng 3/2025 giảm 0,21% so với tháng trước, tăng 3,05% so với cùng kỳ. Bình quân quý I/2025, CPI tăng 2,87% so với cùng kỳ; trong 11 nhóm hàng hóa và dịch vụ chính có 9 nhóm tăng giá, 2 nhóm giảm giá.

4. Xuất, nhập khẩu
Kim ngạch xuất khẩu hàng hóa quý I ước đạt 612 triệu USD, tăng 14,3% so với cùng kỳ, bằng 22,7% kế hoạch năm; kim ngạch nhập khẩu ước đạt 738 triệu USD, giảm 5,6%.

5. Thu ngân sách
Tổng thu ngân sách nhà nước trên địa bàn quý I ước đạt 6.420 tỷ đồng/KH 21.300 tỷ đồng, bằng 30,1% dự toán, trong đó thu nội địa 4.980 tỷ đồng.

6. Lao động, việc làm
Trong quý I, toàn tỉnh giải quyết việc làm cho 9.850/37.000 lao động theo kế hoạch, đạt 26,6%; đưa 1.120 người đi làm việc ở nước ngoài theo hợp đồng.

Nguồn: Thống kê tỉnh Quảng Ngãi
Liên hệ: 0255.3822.450
'''
META = {'published': '2025-04-04', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2025-Q1', 'modality': 'estimate'}
S = {'base': 'same_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
IIP = {'indicator': 'industrial_production_index'}
R = {'indicator': 'retail_sales'}
A = {'modality': 'actual'}
M3 = {'period': '2025-M03'}
FIGS = [
 ('ước tăng 6,8%', '6,8%', 'change', '%', dict(IIP, **S, **U)),
 ('chế tạo tăng 7,5%', '7,5%', 'change', '%', dict(IIP, **S, **U)),
 ('điện giảm 4,2%', '4,2%', 'change', '%', dict(IIP, **S, **D)),
 ('| 1.245 nghìn tấn', '1.245 nghìn tấn', 'level', 'tấn', dict()),
 ('| 112,4', '112,4', 'attainment', '%', dict(S)),
 ('| 1,61 triệu tấn', '1,61 triệu tấn', 'level', 'tấn', dict()),
 ('| 96,2', '96,2', 'attainment', '%', dict(S)),
 ('| 42,8 triệu lít', '42,8 triệu lít', 'level', 'lít', dict()),
 ('| 103,5', '103,5', 'attainment', '%', dict(S)),
 ('đạt 21.356 tỷ đồng', '21.356 tỷ đồng', 'level', 'VND', dict(R)),
 ('bằng 110,9% so', '110,9%', 'attainment', '%', dict(R, **S)),
 ('đạt 24,6% kế hoạch', '24,6%', 'attainment', '%', dict(R, base='target')),
 ('đạt 7.012 tỷ đồng', '7.012 tỷ đồng', 'level', 'VND', dict(R, **M3)),
 ('giảm 1,8% so', '1,8%', 'change', '%', dict(R, **M3, **D, base='previous_period')),
 ('đạt 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', dict(A, indicator='tourism_revenue')),
 ('gấp 1,4 lần', '1,4 lần', 'change', 'lần', dict(A, indicator='tourism_revenue', **S, **U)),
 ('đạt 8,4 triệu lượt khách', '8,4 triệu', 'level', 'lượt khách', dict()),
 ('(+9,7%)', '9,7%', 'change', '%', dict(U)),
 ('giảm 0,21%', '0,21%', 'change', '%', dict(A, **M3, **D, indicator='cpi', base='previous_period')),
 ('tăng 3,05%', '3,05%', 'change', '%', dict(A, **M3, **U, **S, indicator='cpi')),
 ('tăng 2,87%', '2,87%', 'change', '%', dict(A, **U, **S, indicator='cpi')),
 ('trong 11 nhóm', '11', 'level', 'nhóm', dict(optional=True)),
 ('có 9 nhóm', '9', 'level', 'nhóm', dict(optional=True)),
 ('2 nhóm giảm', '2', 'level', 'nhóm', dict(optional=True)),
 ('đạt 612 triệu USD', '612 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('tăng 14,3%', '14,3%', 'change', '%', dict(indicator='export_value', **S, **U)),
 ('bằng 22,7% kế hoạch', '22,7%', 'attainment', '%', dict(indicator='export_value', base='target')),
 ('đạt 738 triệu USD', '738 triệu USD', 'level', 'USD', dict(indicator='import_value')),
 ('giảm 5,6%', '5,6%', 'change', '%', dict(indicator='import_value', **D)),
 ('đạt 6.420 tỷ đồng', '6.420 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('/KH 21.300 tỷ đồng', '21.300 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', modality='target', period='2025')),
 ('bằng 30,1% dự toán', '30,1%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('nội địa 4.980 tỷ đồng', '4.980 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('cho 9.850/37.000 lao động', '9.850/37.000', 'ratio', 'lao động', dict(A, indicator='jobs_created')),
 ('đạt 26,6%', '26,6%', 'attainment', '%', dict(A, indicator='jobs_created', base='target')),
 ('đưa 1.120 người', '1.120', 'level', 'người', dict(A, indicator='labour_export')),
]
