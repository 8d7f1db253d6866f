TEXT = '''
THỐNG KÊ TỈNH NGHỆ AN
Cổng thông tin điện tử | Tin hoạt động | Số liệu thống kê | Phổ biến thông tin | Hỏi đáp

Số liệu thống kê > Kinh tế - xã hội hằng tháng

Tình hình kinh tế - xã hội tỉnh Nghệ An tháng 6 và 6 tháng đầu năm 2025

06/07/2025 09:30 | Lượt xem: 1.876

Sáu tháng đầu năm 2025, kinh tế của tỉnh tiếp tục phục hồi trong bối cảnh thực hiện sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025. Dưới đây là một số chỉ tiêu chủ yếu.

1. Tăng trưởng kinh tế
Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2025 ước tăng 8,94% so với cùng kỳ năm trước, trong đó khu vực nông, lâm nghiệp và thủy sản tăng 3,86%; khu vực công nghiệp và xây dựng tăng 13,21%; khu vực dịch vụ tăng 8,05%; thuế sản phẩm trừ trợ cấp sản phẩm tăng 7,4%. Quy mô GRDP theo giá hiện hành ước đạt 106.420 tỷ đồng.

2. Nông nghiệp
- Vụ Xuân 2025 toàn tỉnh gieo trồng 183.650 ha cây hằng năm, giảm 1,2% so với vụ Xuân 2024; trong đó lúa 91.240 ha, năng suất ước đạt 67,8 tạ/ha, tăng 2,3 tạ/ha; sản lượng lúa ước đạt 618.600 tấn, tăng 2,9% so với vụ Xuân năm trước.
- Ngô vụ Xuân 2025 đạt 27.360 ha, năng suất 52,4 tạ/ha, bằng 101,8% so với vụ Xuân năm 2024.
- Chăn nuôi (thời điểm 1/7/2025, sơ bộ): đàn trâu 248.900 con, giảm 2,6%; đàn bò 432.150 con, tăng 0,8%; đàn lợn 1,08 triệu con, tăng 4,2%; đàn gia cầm 33,7 triệu con, tăng 3,1% (so với cùng thời điểm năm 2024).

3. Công nghiệp
- Chỉ số sản xuất công nghiệp (IIP) tháng 6/2025 ước tăng 2,85% so với tháng trước và tăng 13,6% so với cùng tháng năm trước. Tính chung 6 tháng, IIP ước tăng 14,2%; trong đó ngành chế biến, chế tạo tăng 16,8%, ngành sản xuất và phân phối điện tăng 5,1%, ngành khai khoáng giảm 4,7%.
- Số liệu chính thức tháng 5/2025: chỉ số IIP tháng 5 bằng 104,1% so với tháng 4 và bằng 112,9% so với cùng kỳ năm trước.
- Chỉ số sử dụng lao động của doanh nghiệp công nghiệp tại thời điểm 1/6/2025 tăng 0,6% so với cùng thời điểm tháng trước.

4. Thương mại, dịch vụ, giá cả
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 6 ước đạt 10.235 tỷ đồng, tăng 0,9% so với tháng trước, 6 tháng ước đạt 60.480 tỷ đồng, tăng 13,4% so với cùng kỳ.
- CPI tháng 6/2025 tăng 0,26% so với tháng trước, tăng 2,13% so với tháng 12/2024 và tăng 3,28% so với cùng kỳ năm trước. CPI bình quân 6 tháng năm 2025 tăng 3,46% so với cùng kỳ; lạm phát cơ bản 6 tháng tăng 3,01%.
- Kim ngạch xuất khẩu hàng hóa 6 tháng ước đạt 1.672,5 triệu USD, tăng 24,6% so với cùng kỳ, đạt 52,3% kế hoạch năm; kim ngạch nhập khẩu ước 1.214,8 triệu USD, tăng 19,7%.

5. Vận tải (số liệu trong bảng là số ước tính)
Chỉ tiêu | Tháng 6/2025 | 6 tháng năm 2025 | 6 tháng so với cùng kỳ (%)
Hành khách vận chuyển (nghìn lượt khách) | 3.215 | 19.842 | 108,6
Hành khách luân chuyển (triệu lượt khách.km) | 412,8 | 2.465,3 | 107,9
Hàng hóa vận chuyển (nghìn tấn) | 5.940 | 33.786 | 112,4
Hàng hóa luân chuyển (triệu tấn.km) | 618,5 | 3.502,7 | 111,8

6. Đầu tư, tài chính
- Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý 6 tháng ước đạt 5.830 tỷ đồng, bằng 41,2% kế hoạch năm, tăng 18,5% so với cùng kỳ.
- Thu hút đầu tư: Từ đầu năm đến ngày 30/6/2025, toàn tỉnh cấp mới 12 dự án FDI với tổng vốn đăng ký 712,6 triệu USD.
- Thu ngân sách nhà nước 6 tháng ước đạt 14.980 tỷ đồng, bằng 70,1% dự toán năm, tăng 31,4% so với cùng kỳ.

7. Một số vấn đề xã hội
- Tính đến ngày 30/6/2025, tỷ lệ bao phủ bảo hiểm y tế đạt 94,7% dân số. Trong 6 tháng, toàn tỉnh đưa 10.850 người đi làm việc ở nước ngoài theo hợp đồng, đạt 54,3% kế hoạch.
- Tai nạn giao thông 6 tháng (từ 15/12/2024 đến 14/6/2025) xảy ra 213 vụ, làm chết 118 người, bị thương 162 người; so với cùng kỳ năm trước số vụ giảm 7,4%, số người chết giảm 9,2%.
- Mọi ý kiến phản ánh về số liệu xin liên hệ Phòng Thống kê Tổng hợp, điện thoại 0238.3844.725, hoặc hộp thư tkna@nso.gov.vn.

THỐNG KÊ TỈNH NGHỆ AN
Địa chỉ: Số 14 đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An
'''
META = {'published': '2025-07-06', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2025-H1', 'modality': 'estimate'}
A = {'modality': 'actual'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M6 = {'period': '2025-M06'}
M5 = {'period': '2025-M05'}
V = {'period': '2025'}
IIP = {'indicator': 'industrial_production_index'}
R = {'indicator': 'retail_sales'}
C = {'indicator': 'cpi'}
G = {'indicator': 'grdp_growth'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('ước tăng 8,94%', '8,94%', 'change', '%', d(G, U, S)),
 ('thủy sản tăng 3,86%', '3,86%', 'change', '%', d(U)),
 ('xây dựng tăng 13,21%', '13,21%', 'change', '%', d(A, U)),
 ('dịch vụ tăng 8,05%', '8,05%', 'change', '%', d(A, U)),
 ('sản phẩm tăng 7,4%', '7,4%', 'change', '%', d(A, U)),
 ('ước đạt 106.420 tỷ đồng', '106.420 tỷ đồng', 'level', 'VND', d(indicator='grdp')),
 # the crop season names its year; "ước" inside each clause
 ('gieo trồng 183.650 ha', '183.650 ha', 'level', 'ha', d(A, V, indicator='crop_area')),
 ('giảm 1,2% so với vụ Xuân 2024', '1,2%', 'change', '%', d(A, V, D, S, indicator='crop_area')),
 ('lúa 91.240 ha', '91.240 ha', 'level', 'ha', d(A, V, indicator='crop_area')),
 ('ước đạt 67,8 tạ/ha', '67,8 tạ/ha', 'level', 'tạ/ha', d(V)),
 ('tăng 2,3 tạ/ha', '2,3 tạ/ha', 'change', 'tạ/ha', d(V, U)),
 ('ước đạt 618.600 tấn', '618.600 tấn', 'level', 'tấn', d(V, indicator='rice_output')),
 ('tăng 2,9% so với vụ Xuân', '2,9%', 'change', '%', d(V, U, S, indicator='rice_output')),
 ('đạt 27.360 ha', '27.360 ha', 'level', 'ha', d(A, V, indicator='crop_area')),
 ('năng suất 52,4 tạ/ha', '52,4 tạ/ha', 'level', 'tạ/ha', d(A, V)),
 ('bằng 101,8% so với', '101,8%', 'attainment', '%', d(A, V, S)),
 # livestock at 1/7, preliminary ("sơ bộ"): the bracket at the end gives the base to the whole list
 ('đàn trâu 248.900 con', '248.900', 'level', 'con', d(period='2025-M07')),
 ('giảm 2,6%', '2,6%', 'change', '%', d(D, S, period='2025-M07')),
 ('đàn bò 432.150 con', '432.150', 'level', 'con', d(period='2025-M07')),
 ('tăng 0,8%', '0,8%', 'change', '%', d(U, S, period='2025-M07')),
 ('đàn lợn 1,08 triệu con', '1,08 triệu', 'level', 'con', d(period='2025-M07')),
 ('tăng 4,2%', '4,2%', 'change', '%', d(U, S, period='2025-M07')),
 ('đàn gia cầm 33,7 triệu con', '33,7 triệu', 'level', 'con', d(period='2025-M07')),
 ('tăng 3,1% (so với', '3,1%', 'change', '%', d(U, S, period='2025-M07')),
 # industry
 ('ước tăng 2,85%', '2,85%', 'change', '%', d(M6, IIP, U, P)),
 ('tăng 13,6% so với cùng tháng', '13,6%', 'change', '%', d(M6, IIP, U, S)),
 ('IIP ước tăng 14,2%', '14,2%', 'change', '%', d(IIP, U)),
 ('chế tạo tăng 16,8%', '16,8%', 'change', '%', d(A, IIP, U)),
 ('điện tăng 5,1%', '5,1%', 'change', '%', d(A, IIP, U)),
 ('khai khoáng giảm 4,7%', '4,7%', 'change', '%', d(A, IIP, D)),
 ('bằng 104,1% so với tháng 4', '104,1%', 'attainment', '%', d(A, M5, IIP, P)),
 ('bằng 112,9% so với cùng kỳ', '112,9%', 'attainment', '%', d(A, M5, IIP, S)),
 ('tăng 0,6% so với cùng thời điểm tháng trước', '0,6%', 'change', '%', d(A, M6, U, P)),
 # trade and prices: the month and the half-year in one sentence
 ('ước đạt 10.235 tỷ đồng', '10.235 tỷ đồng', 'level', 'VND', d(M6, R)),
 ('tăng 0,9% so với tháng trước', '0,9%', 'change', '%', d(M6, R, U, P)),
 ('ước đạt 60.480 tỷ đồng', '60.480 tỷ đồng', 'level', 'VND', d(R)),
 ('tăng 13,4% so với cùng kỳ', '13,4%', 'change', '%', d(R, U, S)),
 ('tăng 0,26% so với tháng trước', '0,26%', 'change', '%', d(A, M6, C, U, P)),
 ('tăng 2,13% so với tháng 12/2024', '2,13%', 'change', '%', d(A, M6, C, U, base='2024')),
 ('tăng 3,28% so với cùng kỳ', '3,28%', 'change', '%', d(A, M6, C, U, S)),
 ('năm 2025 tăng 3,46%', '3,46%', 'change', '%', d(A, C, U, S)),
 ('6 tháng tăng 3,01%', '3,01%', 'change', '%', d(A, U)),
 ('ước đạt 1.672,5 triệu USD', '1.672,5 triệu USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 24,6% so với cùng kỳ', '24,6%', 'change', '%', d(U, S, indicator='export_value')),
 ('đạt 52,3% kế hoạch', '52,3%', 'attainment', '%', d(base='target', indicator='export_value')),
 ('ước 1.214,8 triệu USD', '1.214,8 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('tăng 19,7%', '19,7%', 'change', '%', d(U, indicator='import_value')),
 # the table: the note makes every cell an estimate; row labels give unit and scale
 ('| 3.215 |', '3.215', 'level', 'lượt khách', d(M6, value=3215000)),
 ('| 19.842 |', '19.842', 'level', 'lượt khách', d(value=19842000)),
 ('| 108,6', '108,6', 'attainment', '%', d(S)),
 ('| 412,8 |', '412,8', 'level', 'lượt khách.km', d(M6, value=412800000)),
 ('| 2.465,3 |', '2.465,3', 'level', 'lượt khách.km', d(value=2465300000)),
 ('| 107,9', '107,9', 'attainment', '%', d(S)),
 ('| 5.940 |', '5.940', 'level', 'tấn', d(M6, value=5940000)),
 ('| 33.786 |', '33.786', 'level', 'tấn', d(value=33786000)),
 ('| 112,4', '112,4', 'attainment', '%', d(S)),
 ('| 618,5 |', '618,5', 'level', 'tấn.km', d(M6, value=618500000)),
 ('| 3.502,7 |', '3.502,7', 'level', 'tấn.km', d(value=3502700000)),
 ('| 111,8', '111,8', 'attainment', '%', d(S)),
 # investment and finance
 ('ước đạt 5.830 tỷ đồng', '5.830 tỷ đồng', 'level', 'VND', d()),
 ('bằng 41,2% kế hoạch', '41,2%', 'attainment', '%', d(base='target')),
 ('tăng 18,5% so với cùng kỳ', '18,5%', 'change', '%', d(U, S)),
 ('cấp mới 12 dự án', '12', 'level', 'dự án', d(A, indicator='fdi')),
 ('đăng ký 712,6 triệu USD', '712,6 triệu USD', 'level', 'USD', d(A, indicator='fdi')),
 ('ước đạt 14.980 tỷ đồng', '14.980 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 70,1% dự toán', '70,1%', 'attainment', '%', d(base='target', indicator='budget_revenue')),
 ('tăng 31,4% so với cùng kỳ', '31,4%', 'change', '%', d(U, S, indicator='budget_revenue')),
 # society
 ('đạt 94,7% dân số', '94,7%', 'level', '%', d(A, M6, indicator='health_insurance_coverage')),
 ('đưa 10.850 người', '10.850', 'level', 'người', d(A, indicator='labour_export')),
 ('đạt 54,3% kế hoạch', '54,3%', 'attainment', '%', d(A, base='target', indicator='labour_export')),
 ('xảy ra 213 vụ', '213', 'level', 'vụ', d(A, indicator='traffic_accidents')),
 ('làm chết 118 người', '118', 'level', 'người', d(A, indicator='traffic_deaths')),
 ('bị thương 162 người', '162', 'level', 'người', d(A, indicator='traffic_injuries')),
 ('số vụ giảm 7,4%', '7,4%', 'change', '%', d(A, D, S, indicator='traffic_accidents')),
 ('số người chết giảm 9,2%', '9,2%', 'change', '%', d(A, D, S, indicator='traffic_deaths')),
]
