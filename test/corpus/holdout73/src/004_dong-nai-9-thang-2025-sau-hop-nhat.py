TEXT = '''
ĐỒNG NAI ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa
Thứ Sáu, 03/10/2025 - 16:42

GRDP 9 tháng năm 2025 của Đồng Nai ước tăng 9,14%

(ĐN) - Chiều 2/10, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9. Theo báo cáo, tốc độ tăng trưởng kinh tế (GRDP) 9 tháng năm 2025 của tỉnh (tính gộp hai tỉnh Đồng Nai và Bình Phước cũ) ước tăng 9,14% so với cùng kỳ, trong đó khu vực Đồng Nai cũ tăng 9,42%, khu vực Bình Phước cũ tăng 8,05%.

Chỉ số sản xuất công nghiệp (IIP) 9 tháng tăng 10,3% so với cùng kỳ, trong đó ngành chế biến, chế tạo tăng 10,8%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 245.600 tỷ đồng, tăng 12,1%.

Kim ngạch xuất khẩu 9 tháng ước đạt 22,74 tỷ USD, tăng 13,5% so với cùng kỳ, bằng 77,1% kế hoạch năm; nhập khẩu ước 15,9 tỷ USD, tăng 11,2%. Thặng dư thương mại khoảng 6,84 tỷ USD.

Thu hút vốn đầu tư nước ngoài đạt 1,58 tỷ USD, bằng 105,3% kế hoạch năm; trong đó khu vực Bình Phước cũ thu hút 312 triệu USD. Có 4.215 doanh nghiệp thành lập mới với tổng vốn đăng ký 38.700 tỷ đồng.

Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 53.480 tỷ đồng, bằng 81,2% dự toán, tăng 18,6% so với cùng kỳ. Tính đến ngày 30/9/2025, giải ngân vốn đầu tư công đạt 14.260 tỷ đồng, bằng 52,7% kế hoạch Thủ tướng Chính phủ giao, thấp hơn bình quân cả nước (55,6%). Dự án Cảng hàng không quốc tế Long Thành đang đẩy nhanh tiến độ, phấn đấu đưa vào khai thác thương mại trong nửa đầu năm 2026.

Thi công nhà ga hành khách Cảng hàng không quốc tế Long Thành. Ảnh: Phạm Tùng

Về nông nghiệp, tổng đàn heo toàn tỉnh hiện khoảng 4,6 triệu con; tổng đàn gia cầm hơn 34 triệu con. Diện tích cây điều khu vực Bình Phước cũ duy trì 148.000 ha, sản lượng hạt điều niên vụ 2025 ước đạt 206.000 tấn.

Trong 9 tháng, toàn tỉnh giải quyết việc làm cho 98.450 lao động, đạt 82% kế hoạch năm; tỷ lệ bao phủ bảo hiểm y tế đạt 93,6%. Tỷ lệ hộ nghèo theo chuẩn của tỉnh còn 0,38%.

Kết luận phiên họp, Chủ tịch UBND tỉnh Võ Tấn Đức yêu cầu các sở, ngành tập trung các giải pháp để quý IV tăng trưởng đạt 10,5%, phấn đấu cả năm GRDP tăng 10% trở lên; thu ngân sách năm 2025 vượt 10% dự toán; giải ngân vốn đầu tư công đạt 100% kế hoạch trước ngày 31/1/2026.

Hải Quân

Tin liên quan:
- Đồng Nai: 95 xã, phường vận hành ổn định mô hình chính quyền 2 cấp
- Khởi công 3 tuyến đường kết nối sân bay Long Thành (01/10/2025)

Báo Đồng Nai - Cơ quan của Đảng bộ tỉnh Đồng Nai. Giấy phép số 31/GP-BVHTTDL. Điện thoại: (0251) 3822 536
'''
META = {'published': '2025-10-03', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2025-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
G = {'indicator': 'grdp_growth'}
IIP = {'indicator': 'industrial_production_index'}
RS = {'indicator': 'retail_sales'}
EX = {'indicator': 'export_value'}
FDI = {'indicator': 'fdi'}
BR = {'indicator': 'budget_revenue'}
PID = {'indicator': 'public_investment_disbursement'}
J = {'indicator': 'jobs_created'}
BP = {'locality': 'tỉnh Bình Phước'}
Y = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('Đồng Nai ước tăng 9,14%', '9,14%', 'change', '%', d(E, G, U)),
 ('cũ) ước tăng 9,14%', '9,14%', 'change', '%', d(E, G, U, SP)),
 ('cũ tăng 9,42%', '9,42%', 'change', '%', d(E, G, U)),
 ('cũ tăng 8,05%', '8,05%', 'change', '%', d(E, G, U, BP)),
 ('tăng 10,3% so với cùng kỳ', '10,3%', 'change', '%', d(IIP, U, SP)),
 ('chế tạo tăng 10,8%', '10,8%', 'change', '%', d(IIP, U)),
 ('ước đạt 245.600 tỷ đồng', '245.600 tỷ đồng', 'level', 'VND', d(E, RS)),
 ('tăng 12,1%', '12,1%', 'change', '%', d(E, RS, U)),
 ('ước đạt 22,74 tỷ USD', '22,74 tỷ USD', 'level', 'USD', d(E, EX)),
 ('tăng 13,5% so với cùng kỳ', '13,5%', 'change', '%', d(E, EX, U, SP)),
 ('bằng 77,1% kế hoạch', '77,1%', 'attainment', '%', d(E, EX, T)),
 ('ước 15,9 tỷ USD', '15,9 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('tăng 11,2%', '11,2%', 'change', '%', d(E, U, indicator='import_value')),
 ('khoảng 6,84 tỷ USD', '6,84 tỷ USD', 'level', 'USD', d(bound='about')),
 ('đạt 1,58 tỷ USD', '1,58 tỷ USD', 'level', 'USD', d(FDI)),
 ('bằng 105,3% kế hoạch', '105,3%', 'attainment', '%', d(FDI, T)),
 ('hút 312 triệu USD', '312 triệu USD', 'level', 'USD', d(FDI, BP)),
 ('Có 4.215 doanh nghiệp', '4.215', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 38.700 tỷ đồng', '38.700 tỷ đồng', 'level', 'VND', d()),
 ('đạt 53.480 tỷ đồng', '53.480 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 81,2% dự toán', '81,2%', 'attainment', '%', d(BR, T)),
 ('tăng 18,6% so với cùng kỳ', '18,6%', 'change', '%', d(BR, U, SP)),
 ('đạt 14.260 tỷ đồng', '14.260 tỷ đồng', 'level', 'VND', d(PID)),
 ('bằng 52,7% kế hoạch', '52,7%', 'attainment', '%', d(PID, T)),
 ('(55,6%)', '55,6%', 'attainment', '%', d(PID, T, locality='cả nước')),
 ('khoảng 4,6 triệu con', '4,6 triệu con', 'level', 'con', d(bound='about')),
 ('hơn 34 triệu con', '34 triệu con', 'level', 'con', d(bound='over')),
 ('duy trì 148.000 ha', '148.000 ha', 'level', 'ha', d(BP)),
 ('ước đạt 206.000 tấn', '206.000 tấn', 'level', 'tấn', d(E, BP, period='2025')),
 ('cho 98.450 lao động', '98.450', 'level', 'lao động', d(J)),
 ('đạt 82% kế hoạch', '82%', 'attainment', '%', d(J, T)),
 ('y tế đạt 93,6%', '93,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('còn 0,38%', '0,38%', 'level', '%', d(indicator='poverty_rate')),
 ('đạt 10,5%', '10,5%', 'level', '%', d(G, period='2025-Q4', modality='target')),
 ('tăng 10% trở lên', '10%', 'change', '%', d(Y, G, U, bound='at_least')),
 ('vượt 10% dự toán', '10%', 'change', '%', d(Y, BR, U, T, status='exceeded')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(Y, PID, T)),
]
