TEXT = '''
Kinh tế

CPI tháng 10/2024 của Bến Tre tăng 0,31%

Thứ Tư, 30/10/2024

(ĐK) - Cục Thống kê tỉnh Bến Tre vừa công bố tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2024. Một số chỉ tiêu chủ yếu như sau:

Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,31% so với tháng trước, tăng 2,86% so với tháng 12 năm trước và tăng 3,12% so với cùng kỳ năm trước. Bình quân 10 tháng, CPI tăng 3,45%; lạm phát cơ bản tăng 2,71%. Trong 11 nhóm hàng chính, nhóm nhà ở, điện nước, chất đốt và vật liệu xây dựng tăng mạnh nhất với 1,24% so với tháng trước do giá điện sinh hoạt được điều chỉnh.

Chỉ số sản xuất công nghiệp (IIP) tháng 10 ước tăng 4,8% so với tháng trước và tăng 9,6% so với cùng kỳ; tính chung 10 tháng tăng 7,9%. Một số sản phẩm chủ yếu 10 tháng (so với cùng kỳ):
Thủy sản chế biến: 21.450 tấn, +6,2%
Cơm dừa nạo sấy: 28.900 tấn, +10,4%
Thạch dừa: 16.300 tấn, -3,5%
Điện sản xuất: 2.140 triệu kWh, +18,7%

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 6.842 tỷ đồng, tăng 1,2% so với tháng trước; 10 tháng đạt 64.915 tỷ đồng, tăng 10,3% so với cùng kỳ, bằng 84,1% kế hoạch năm.

Kim ngạch xuất khẩu tháng 10 ước đạt 172 triệu USD; lũy kế 10 tháng đạt 1.587 triệu USD, tăng 14,6%. Trong đó, nhóm sản phẩm từ dừa đạt 412 triệu USD, chiếm 26% tổng kim ngạch. Giá dừa khô tại vườn hiện ở mức 8.000 - 9.500 đồng/trái, cao hơn 45% so với cùng kỳ.

Vụ lúa Thu Đông 2024, toàn tỉnh xuống giống 9.860 ha, đạt 91,3% kế hoạch.

Tổng đàn heo hiện có 392.000 con, giảm 2,4% so với cùng kỳ; đàn bò 276.500 con, tăng nhẹ 0,8%.

Thu ngân sách nhà nước 10 tháng đạt 4.872 tỷ đồng, bằng 71,6% dự toán; chi ngân sách 8.214 tỷ đồng.

P.V
'''
META = {'published': '2024-10-30', 'locality': 'tỉnh Bến Tre'}
DEFAULTS = {'locality': 'tỉnh Bến Tre', 'period': '2024-10M', 'modality': 'actual'}
M = {'period': '2024-M10'}
E = {'modality': 'estimate'}
C = {'indicator': 'cpi'}
I = {'indicator': 'industrial_production_index'}
R = {'indicator': 'retail_sales'}
X = {'indicator': 'export_value'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('Bến Tre tăng 0,31%', '0,31%', 'change', '%', dict(M, **C, **U)),
 ('tăng 0,31% so với tháng trước', '0,31%', 'change', '%', dict(M, **C, **U, **PP)),
 ('tăng 2,86%', '2,86%', 'change', '%', dict(M, **C, **U, base='2023')),
 ('tăng 3,12%', '3,12%', 'change', '%', dict(M, **C, **U, **SP)),
 ('CPI tăng 3,45%', '3,45%', 'change', '%', dict(C, **U)),
 ('tăng 2,71%', '2,71%', 'change', '%', dict(U)),
 ('với 1,24%', '1,24%', 'change', '%', dict(M, **U, **PP)),
 ('ước tăng 4,8%', '4,8%', 'change', '%', dict(M, **I, **U, **PP, **E)),
 ('tăng 9,6%', '9,6%', 'change', '%', dict(M, **I, **U, **SP, **E)),
 ('tăng 7,9%', '7,9%', 'change', '%', dict(I, **U)),
 ('biến: 21.450 tấn', '21.450 tấn', 'level', 'tấn', dict()),
 ('+6,2%', '6,2%', 'change', '%', dict(U, **SP)),
 ('sấy: 28.900 tấn', '28.900 tấn', 'level', 'tấn', dict()),
 ('+10,4%', '10,4%', 'change', '%', dict(U, **SP)),
 ('dừa: 16.300 tấn', '16.300 tấn', 'level', 'tấn', dict()),
 ('-3,5%', '3,5%', 'change', '%', dict(D, **SP)),
 ('xuất: 2.140 triệu kWh', '2.140 triệu kWh', 'level', 'kWh', dict()),
 ('+18,7%', '18,7%', 'change', '%', dict(U, **SP)),
 ('ước đạt 6.842 tỷ đồng', '6.842 tỷ đồng', 'level', 'VND', dict(M, **R, **E)),
 ('tăng 1,2%', '1,2%', 'change', '%', dict(M, **R, **E, **U, **PP)),
 ('đạt 64.915 tỷ đồng', '64.915 tỷ đồng', 'level', 'VND', dict(R)),
 ('tăng 10,3%', '10,3%', 'change', '%', dict(R, **U, **SP)),
 ('bằng 84,1% kế hoạch', '84,1%', 'attainment', '%', dict(R, base='target')),
 ('ước đạt 172 triệu USD', '172 triệu USD', 'level', 'USD', dict(M, **X, **E)),
 ('đạt 1.587 triệu USD', '1.587 triệu USD', 'level', 'USD', dict(X)),
 ('tăng 14,6%', '14,6%', 'change', '%', dict(X, **U)),
 ('đạt 412 triệu USD', '412 triệu USD', 'level', 'USD', dict(X)),
 ('chiếm 26%', '26%', 'level', '%', dict()),
 ('mức 8.000 - 9.500 đồng/trái', '8.000 - 9.500 đồng/trái', 'level', 'VND/trái', dict(M)),
 ('cao hơn 45%', '45%', 'change', '%', dict(M, **U, **SP)),
 ('giống 9.860 ha', '9.860 ha', 'level', 'ha', dict(indicator='crop_area', period='2024')),
 ('đạt 91,3% kế hoạch', '91,3%', 'attainment', '%', dict(indicator='crop_area', period='2024', base='target')),
 ('có 392.000 con', '392.000', 'level', 'con', dict(M)),
 ('giảm 2,4%', '2,4%', 'change', '%', dict(M, **D, **SP)),
 ('bò 276.500 con', '276.500', 'level', 'con', dict(M)),
 ('tăng nhẹ 0,8%', '0,8%', 'change', '%', dict(M, **U)),
 ('đạt 4.872 tỷ đồng', '4.872 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 71,6% dự toán', '71,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('chi ngân sách 8.214 tỷ đồng', '8.214 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
]
