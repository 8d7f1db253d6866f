TEXT = '''
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Văn hoá - Thể thao | Bạn đọc
Thứ Ba, 01/11/2022 | 09:30 GMT+7

Kinh tế

Bình Phước: 10 tháng, kim ngạch xuất khẩu đạt 3,21 tỷ USD

(BP) - Theo Cục Thống kê tỉnh, tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2022 tiếp tục phục hồi khá; sản xuất công nghiệp, thương mại, xuất khẩu tăng trưởng khoẻ so với cùng kỳ, thu ngân sách bám sát dự toán Hội đồng nhân dân tỉnh giao.

Chỉ số sản xuất công nghiệp (IIP) tháng 10 ước tăng 2,15% so với tháng trước và tăng 11,6% so với cùng kỳ năm 2021. Tính chung 10 tháng, IIP ước tăng 13,04% so với cùng kỳ; trong đó ngành chế biến, chế tạo tăng 13,8%, sản xuất và phân phối điện tăng 7,2%.

Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tháng 10 ước đạt 4.352 tỷ đồng, tăng 1,8% so với tháng trước; lũy kế 10 tháng ước đạt 42.180 tỷ đồng, tăng 21,5% so với cùng kỳ. Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,38% so với tháng trước, tăng 4,12% so với tháng 12 năm trước; bình quân 10 tháng CPI tăng 3,36% so với cùng kỳ.

Kim ngạch xuất khẩu tháng 10 ước đạt 318 triệu USD; tính chung 10 tháng đạt 3,21 tỷ USD, tăng 18,3% so với cùng kỳ, bằng 86,8% kế hoạch năm. Các mặt hàng chủ lực: hạt điều nhân 1,35 tỷ USD, cao su 412 triệu USD, hàng dệt may 386 triệu USD. Kim ngạch nhập khẩu 10 tháng đạt 2,05 tỷ USD, tăng 9,7%, chủ yếu là điều thô, phân bón, hoá chất.

Chế biến hạt điều xuất khẩu tại một doanh nghiệp ở thị xã Bình Long. Ảnh: T.L

Diện tích cây lâu năm hiện có 438.600 ha, trong đó điều 151.200 ha, cao su 241.500 ha, hồ tiêu 14.600 ha. Sản lượng điều niên vụ 2021 - 2022 ước đạt 228.000 tấn, giảm 4,6% do thời tiết bất lợi trong giai đoạn ra hoa.

Tổng thu ngân sách nhà nước trên địa bàn 10 tháng ước đạt 10.845 tỷ đồng, bằng 88,5% dự toán Hội đồng nhân dân tỉnh giao, tăng 15,2% so với cùng kỳ. Tổng chi ngân sách địa phương ước 9.612 tỷ đồng, bằng 71,4% dự toán. Tính đến ngày 25/10, giải ngân vốn đầu tư công đạt 2.940 tỷ đồng, bằng 61,3% kế hoạch vốn Thủ tướng Chính phủ giao.

Trong tháng, có 86 doanh nghiệp thành lập mới với tổng vốn đăng ký 1.124 tỷ đồng; lũy kế 10 tháng có 812 doanh nghiệp, tăng 12,8%. Cũng trong tháng, trên địa bàn tỉnh xảy ra 9 vụ tai nạn giao thông, làm chết 8 người, bị thương 5 người; so với tháng trước giảm 2 vụ, giảm 1 người chết.

P.V

Tin cùng chuyên mục:
- Uỷ ban nhân dân tỉnh làm việc với Khu kinh tế cửa khẩu Hoa Lư
- 9 tháng, thu hút 28 dự án FDI (04/10/2022)
- Quốc lộ 13 đoạn qua Chơn Thành sẽ được mở rộng 6 làn xe

Giấy phép số 183/GP-BTTTT. Toà soạn: 23 đường Lê Quý Đôn, phường Tân Phú, TP. Đồng Xoài. Điện thoại: 0271.3879.434
'''
META = {'published': '2022-11-01', 'locality': 'tỉnh Bình Phước'}
DEFAULTS = {'locality': 'tỉnh Bình Phước', 'period': '2022-10M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
M = {'period': '2022-M10'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
IIP = {'indicator': 'industrial_production_index'}
RS = {'indicator': 'retail_sales'}
EX = {'indicator': 'export_value'}
CPI = {'indicator': 'cpi'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('đạt 3,21 tỷ USD\n', '3,21 tỷ USD', 'level', 'USD', d(EX)),
 ('ước tăng 2,15%', '2,15%', 'change', '%', d(M, E, U, PP, IIP)),
 ('tăng 11,6% so', '11,6%', 'change', '%', d(M, E, U, SP, IIP)),
 ('ước tăng 13,04%', '13,04%', 'change', '%', d(E, U, SP, IIP)),
 ('chế tạo tăng 13,8%', '13,8%', 'change', '%', d(U, IIP)),
 ('điện tăng 7,2%', '7,2%', 'change', '%', d(U, IIP)),
 ('ước đạt 4.352 tỷ đồng', '4.352 tỷ đồng', 'level', 'VND', d(M, E, RS)),
 ('tăng 1,8% so', '1,8%', 'change', '%', d(M, E, U, PP, RS)),
 ('ước đạt 42.180 tỷ đồng', '42.180 tỷ đồng', 'level', 'VND', d(E, RS)),
 ('tăng 21,5%', '21,5%', 'change', '%', d(E, U, SP, RS)),
 ('tăng 0,38%', '0,38%', 'change', '%', d(M, U, PP, CPI)),
 ('tăng 4,12%', '4,12%', 'change', '%', d(M, U, CPI, base='2021')),
 ('tăng 3,36%', '3,36%', 'change', '%', d(U, SP, CPI)),
 ('ước đạt 318 triệu USD', '318 triệu USD', 'level', 'USD', d(M, E, EX)),
 ('đạt 3,21 tỷ USD, tăng', '3,21 tỷ USD', 'level', 'USD', d(EX)),
 ('tăng 18,3%', '18,3%', 'change', '%', d(U, SP, EX)),
 ('bằng 86,8% kế hoạch', '86,8%', 'attainment', '%', d(TB, EX)),
 ('nhân 1,35 tỷ USD', '1,35 tỷ USD', 'level', 'USD', d(EX)),
 ('cao su 412 triệu USD', '412 triệu USD', 'level', 'USD', d(EX)),
 ('may 386 triệu USD', '386 triệu USD', 'level', 'USD', d(EX)),
 ('đạt 2,05 tỷ USD', '2,05 tỷ USD', 'level', 'USD', d(indicator='import_value')),
 ('tăng 9,7%', '9,7%', 'change', '%', d(U, indicator='import_value')),
 ('hiện có 438.600 ha', '438.600 ha', 'level', 'ha', d()),
 ('điều 151.200 ha', '151.200 ha', 'level', 'ha', d()),
 ('cao su 241.500 ha', '241.500 ha', 'level', 'ha', d()),
 ('tiêu 14.600 ha', '14.600 ha', 'level', 'ha', d()),
 ('ước đạt 228.000 tấn', '228.000 tấn', 'level', 'tấn', d(E, period='2021/2022')),
 ('giảm 4,6%', '4,6%', 'change', '%', d(E, D, period='2021/2022')),
 ('ước đạt 10.845 tỷ đồng', '10.845 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 88,5% dự toán', '88,5%', 'attainment', '%', d(E, TB, BR)),
 ('tăng 15,2%', '15,2%', 'change', '%', d(E, U, SP, BR)),
 ('ước 9.612 tỷ đồng', '9.612 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('bằng 71,4% dự toán', '71,4%', 'attainment', '%', d(E, TB, indicator='budget_expenditure')),
 ('đạt 2.940 tỷ đồng', '2.940 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 61,3% kế hoạch', '61,3%', 'attainment', '%', d(TB, indicator='public_investment_disbursement')),
 ('có 86 doanh nghiệp', '86', 'level', 'doanh nghiệp', d(M, indicator='new_enterprises')),
 ('ký 1.124 tỷ đồng', '1.124 tỷ đồng', 'level', 'VND', d(M)),
 ('có 812 doanh nghiệp', '812', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 12,8%', '12,8%', 'change', '%', d(U, indicator='new_enterprises')),
 ('xảy ra 9 vụ', '9', 'level', 'vụ', d(M, indicator='traffic_accidents')),
 ('chết 8 người', '8', 'level', 'người', d(M, indicator='traffic_deaths')),
 ('thương 5 người', '5', 'level', 'người', d(M, indicator='traffic_injuries')),
 ('giảm 2 vụ', '2', 'change', 'vụ', d(M, D, PP, indicator='traffic_accidents')),
 ('giảm 1 người chết', '1', 'change', 'người', d(M, D, PP, indicator='traffic_deaths')),
]
