NFD = True
TEXT = '''
BÁO NGHỆ AN
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Thể thao | Nghệ An 24h
Thứ Bảy, 28/09/2024 - 09:12

Nghệ An: 9 tháng năm 2024, thu ngân sách ước đạt 18.350 tỷ đồng

(Baonghean.vn) - Chiều 27/9, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9 để đánh giá tình hình kinh tế - xã hội 9 tháng, triển khai nhiệm vụ trọng tâm quý IV năm 2024.

Theo báo cáo, tốc độ tăng trưởng GRDP 9 tháng năm 2024 ước đạt 8,02%, cao hơn cùng kỳ năm 2023 (5,96%). Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,97%; công nghiệp - xây dựng tăng 11,68%; dịch vụ tăng 7,38%. Chỉ số sản xuất công nghiệp (IIP) 9 tháng tăng 13,67% so với cùng kỳ; riêng tháng 9 ước tăng 2,1% so với tháng trước.

Tổng thu ngân sách nhà nước 9 tháng ước đạt 18.350 tỷ đồng, bằng 112,4% dự toán năm, tăng 24,3% so với cùng kỳ; trong đó thu nội địa 16.720 tỷ đồng. Chi ngân sách địa phương ước 25.460 tỷ đồng, bằng 65,8% dự toán. Đến ngày 25/9/2024, tỉnh giải ngân vốn đầu tư công được 5.120 tỷ đồng, đạt 53,6% kế hoạch Thủ tướng Chính phủ giao, thấp hơn bình quân chung cả nước (54,1%).

Trong 9 tháng, tỉnh cấp mới 76 dự án với tổng vốn đăng ký 22.860 tỷ đồng; thu hút FDI đạt 1,2 tỷ USD, gấp 1,8 lần cùng kỳ. Kim ngạch xuất khẩu ước đạt 2,31 tỷ USD, tăng 27,6%; nhập khẩu ước đạt 1,74 tỷ USD. Tổng lượt khách du lịch ước đạt 7,62 triệu lượt, tăng 8,1% so với cùng kỳ, trong đó khách quốc tế 63.500 lượt khách.

Sản lượng lương thực 9 tháng ước đạt 1,01 triệu tấn, tăng 1,3%; sản lượng thủy sản ước đạt 208.400 tấn, tăng 4,6%.

Toàn tỉnh đã giải quyết việc làm cho 38.650 lao động, đạt 90,6% kế hoạch năm, trong đó đưa 17.210 người đi làm việc ở nước ngoài. Đến nay, toàn tỉnh có 315/411 xã đạt chuẩn nông thôn mới (76,64%), 87 xã đạt chuẩn nông thôn mới nâng cao, 15 xã đạt chuẩn nông thôn mới kiểu mẫu và 10 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới.

Riêng thành phố Vinh, thu ngân sách 9 tháng đạt 2.150 tỷ đồng, bằng 86% dự toán; huyện Quỳnh Lưu có 33/33 xã đạt chuẩn nông thôn mới.

Quang cảnh phiên họp UBND tỉnh thường kỳ tháng 9/2024. Ảnh: Phạm Bằng

Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu quý IV, các ngành phấn đấu thu ngân sách thêm 3.600 tỷ đồng để cả năm đạt trên 21.950 tỷ đồng; giải ngân vốn đầu tư công đạt 100% kế hoạch; tốc độ tăng trưởng GRDP cả năm đạt 9 - 9,5%.

Thành Duy

Lượt xem: 2.314

Tin cùng chuyên mục
- Nghệ An: 8 tháng, thu hút 1,07 tỷ USD vốn FDI (30/08/2024)
- Phiên họp thường kỳ UBND tỉnh tháng 8/2024 (29/08/2024)

Giấy phép số 31/GP-BTTTT ngày 18/1/2021. Đường dây nóng: 0238.3844.449
'''
META = {'published': '2024-09-28', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2024-9M', 'modality': 'actual'}
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
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
PD = {'indicator': 'public_investment_disbursement'}
NTM = {'indicator': 'new_rural_communes'}
IIP = {'indicator': 'industrial_production_index'}
TA = {'indicator': 'tourist_arrivals'}
Y24 = {'period': '2024', 'modality': 'target'}
VINH = {'locality': 'thành phố Vinh'}
FIGS = [
 ('ngân sách ước đạt 18.350 tỷ đồng', '18.350 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('ước đạt 8,02%', '8,02%', 'level', '%', d(E, G)),
 ('(5,96%)', '5,96%', 'level', '%', d(G, period='2023-9M')),
 ('tăng 3,97%', '3,97%', 'change', '%', d(U)),
 ('tăng 11,68%', '11,68%', 'change', '%', d(U)),
 ('tăng 7,38%', '7,38%', 'change', '%', d(U)),
 ('tăng 13,67% so với cùng kỳ', '13,67%', 'change', '%', d(IIP, U, SP)),
 ('ước tăng 2,1%', '2,1%', 'change', '%', d(IIP, E, U, period='2024-M09', base='previous_period')),
 ('9 tháng ước đạt 18.350 tỷ đồng', '18.350 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 112,4% dự toán', '112,4%', 'attainment', '%', d(E, BR, T)),
 ('tăng 24,3% so với cùng kỳ', '24,3%', 'change', '%', d(E, BR, U, SP)),
 ('nội địa 16.720 tỷ đồng', '16.720 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước 25.460 tỷ đồng', '25.460 tỷ đồng', 'level', 'VND', d(E, BE)),
 ('bằng 65,8% dự toán', '65,8%', 'attainment', '%', d(E, BE, T)),
 ('được 5.120 tỷ đồng', '5.120 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 53,6% kế hoạch', '53,6%', 'attainment', '%', d(PD, T)),
 ('(54,1%)', '54,1%', 'attainment', '%', d(PD, T, locality='cả nước')),
 ('mới 76 dự án', '76', 'level', 'dự án', d(optional=True)),
 ('ký 22.860 tỷ đồng', '22.860 tỷ đồng', 'level', 'VND', d()),
 ('đạt 1,2 tỷ USD', '1,2 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('gấp 1,8 lần', '1,8 lần', 'change', 'lần', d(U, SP, indicator='fdi')),
 ('ước đạt 2,31 tỷ USD', '2,31 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 27,6%', '27,6%', 'change', '%', d(E, U, indicator='export_value')),
 ('ước đạt 1,74 tỷ USD', '1,74 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('ước đạt 7,62 triệu', '7,62 triệu', 'level', 'lượt', d(E, TA)),
 ('tăng 8,1% so với cùng kỳ', '8,1%', 'change', '%', d(E, U, SP, TA)),
 ('tế 63.500 lượt khách', '63.500', 'level', 'lượt khách', d(E, indicator='international_tourist_arrivals')),
 ('ước đạt 1,01 triệu tấn', '1,01 triệu tấn', 'level', 'tấn', d(E, indicator='food_output')),
 ('tăng 1,3%', '1,3%', 'change', '%', d(E, U, indicator='food_output')),
 ('ước đạt 208.400 tấn', '208.400 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 4,6%', '4,6%', 'change', '%', d(E, U, indicator='aquaculture_output')),
 ('cho 38.650 lao động', '38.650', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 90,6% kế hoạch', '90,6%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('đưa 17.210 người', '17.210', 'level', 'người', d(indicator='labour_export')),
 ('có 315/411 xã', '315/411', 'ratio', 'xã', d(NTM)),
 ('(76,64%)', '76,64%', 'level', '%', d(NTM)),
 ('87 xã', '87', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('15 xã', '15', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('và 10 đơn vị', '10', 'level', 'đơn vị', d(optional=True)),
 ('đạt 2.150 tỷ đồng', '2.150 tỷ đồng', 'level', 'VND', d(BR, VINH)),
 ('bằng 86% dự toán', '86%', 'attainment', '%', d(BR, T, VINH)),
 ('có 33/33 xã', '33/33', 'ratio', 'xã', d(NTM, locality='huyện Quỳnh Lưu')),
 ('thêm 3.600 tỷ đồng', '3.600 tỷ đồng', 'level', 'VND', d(BR, modality='target', period='2024-Q4')),
 ('trên 21.950 tỷ đồng', '21.950 tỷ đồng', 'level', 'VND', d(BR, Y24, bound='over')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(PD, T, Y24)),
 ('đạt 9 - 9,5%', '9 - 9,5%', 'level', '%', d(G, Y24)),
]
