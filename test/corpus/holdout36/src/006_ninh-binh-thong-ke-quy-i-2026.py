TEXT = '''
THỐNG KÊ TỈNH NINH BÌNH
Trang chủ / Thông tin thống kê / Tình hình kinh tế - xã hội / Quý

BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG BA VÀ QUÝ I NĂM 2026

Ngày đăng: 06/04/2026 | Người đăng: Phòng Thống kê Tổng hợp | Số lượt xem: 964

(Báo cáo số 58/BC-TKNB ngày 06/4/2026. Số liệu quý I/2026 là số ước tính; số liệu tháng 2/2026 là số chính thức.)

1. Tăng trưởng kinh tế
Tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I/2026 ước tăng 8,75% so với cùng kỳ năm trước (cùng kỳ được tính trên phạm vi ba tỉnh Ninh Bình, Hà Nam và Nam Định cũ). Trong đó, khu vực công nghiệp và xây dựng tăng 11,92%, khu vực dịch vụ tăng 8,14%, khu vực nông, lâm nghiệp và thủy sản tăng 2,37%.

2. Nông nghiệp
- Tính đến ngày 25/3/2026, toàn tỉnh gieo cấy được 152.480 ha lúa Xuân, đạt 99,3% kế hoạch, trong đó khu vực Nam Định cũ 68.950 ha, khu vực Hà Nam cũ 28.740 ha.
- Chăn nuôi: Tổng đàn lợn thời điểm cuối tháng 3/2026 ước đạt 1,24 triệu con, tăng 2,6% so với cùng thời điểm năm trước; đàn gia cầm 21,8 triệu con, tăng 3,4%. Sản lượng thịt hơi xuất chuồng các loại quý I ước đạt 86.420 tấn, tăng 3,9%.
- Thủy sản: Sản lượng thủy sản quý I ước đạt 58.760 tấn, tăng 3,1% so với cùng kỳ, trong đó khai thác 19.840 tấn.

3. Công nghiệp
- Chỉ số sản xuất công nghiệp (IIP) tháng 3/2026 ước tăng 21,4% so với tháng trước và tăng 12,6% so với cùng kỳ năm trước. Quý I/2026, IIP ước tăng 13,8% so với cùng kỳ, trong đó ngành chế biến, chế tạo tăng 14,9%, ngành sản xuất và phân phối điện tăng 4,2%.
- Số liệu chính thức tháng 2/2026: IIP tháng 2 giảm 18,6% so với tháng 1 do nghỉ Tết Nguyên đán Bính Ngọ, tăng 7,3% so với cùng kỳ (ước tính trước đây giảm 17,9% so với tháng 1).
- Sản phẩm chủ yếu quý I: xi măng 2,86 triệu tấn, tăng 6,1%; ô tô các loại 21.450 chiếc, tăng 18,7%; quần áo may sẵn 46,2 triệu cái, tăng 9,8%.

4. Thương mại, dịch vụ, du lịch
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 3 ước đạt 13.860 tỷ đồng, giảm 4,2% so với tháng trước; quý I ước đạt 43.275 tỷ đồng, tăng 11,8% so với cùng kỳ.
- Du lịch: Quý I, các khu, điểm du lịch của tỉnh đón khoảng 6,35 triệu lượt khách, tăng 14,2% so với cùng kỳ, trong đó khách quốc tế 412.600 lượt; tổng thu từ khách du lịch ước đạt 6.840 tỷ đồng. Riêng dịp Tết và mùa lễ hội đầu xuân, Khu du lịch Tam Chúc đón 1,12 triệu lượt khách, Quần thể danh thắng Tràng An đón 865.000 lượt khách.
- Vận tải: Vận chuyển hành khách quý I ước đạt 15,42 triệu lượt khách, luân chuyển 1.024,6 triệu lượt khách.km; vận chuyển hàng hóa ước đạt 41,38 triệu tấn, luân chuyển 5.862,3 triệu tấn.km. So với cùng kỳ, vận chuyển hành khách tăng 10,6%, luân chuyển hành khách tăng 9,9%; vận chuyển hàng hóa tăng 8,7%, luân chuyển hàng hóa tăng 7,5%.
- Kim ngạch xuất khẩu quý I ước đạt 2.146,8 triệu USD, tăng 16,3% so với cùng kỳ; kim ngạch nhập khẩu ước đạt 1.538,2 triệu USD, tăng 12,4%.

5. Chỉ số giá
- CPI tháng 3/2026 giảm 0,36% so với tháng trước; so với tháng 12/2025 tăng 1,42%; so với cùng kỳ năm trước tăng 3,05%. CPI bình quân quý I/2026 tăng 3,18% so với bình quân quý I/2025.
- Trong quý, giá xăng dầu được điều chỉnh 6 kỳ; chỉ số giá nhóm giao thông tháng 3 giảm 1,64% so với tháng trước.

6. Thu, chi ngân sách
- Tổng thu ngân sách nhà nước trên địa bàn quý I ước đạt 11.685 tỷ đồng, bằng 26,8% dự toán Trung ương giao, tăng 15,2% so với cùng kỳ. Tổng chi ngân sách địa phương ước đạt 9.420 tỷ đồng, bằng 21,6% dự toán.

7. Một số vấn đề xã hội
- Trong quý I, toàn tỉnh giải quyết việc làm cho 12.860 lao động, trong đó đi làm việc ở nước ngoài theo hợp đồng 2.140 người.
- Tai nạn giao thông quý I/2026 (từ ngày 15/12/2025 đến ngày 14/3/2026): xảy ra 64 vụ, làm chết 41 người, bị thương 38 người; so với cùng kỳ giảm 9 vụ, giảm 6 người chết, giảm 4 người bị thương.
- Thống kê tỉnh đã hoàn thành thu thập thông tin Điều tra lao động việc làm quý I/2026 tại 312 địa bàn; kết quả sẽ được công bố trước ngày 30/4/2026.

Mọi chi tiết xin liên hệ: Thống kê tỉnh Ninh Bình, đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình. Điện thoại: 0229.3871.052.
'''
META = {'published': '2026-04-06', 'locality': 'tỉnh Ninh Bình'}
DEFAULTS = {'locality': 'tỉnh Ninh Bình', 'period': '2026-Q1', 'modality': 'estimate'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M3 = {'period': '2026-M03'}
M2 = {'period': '2026-M02', 'modality': 'actual'}
IIP = {'indicator': 'industrial_production_index'}
R = {'indicator': 'retail_sales'}
C = {'indicator': 'cpi'}
ND = {'locality': 'tỉnh Nam Định'}
HN = {'locality': 'tỉnh Hà Nam'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 # the note: quarter figures are estimates, February's are official
 ('ước tăng 8,75%', '8,75%', 'change', '%', d(U, S, indicator='grdp_growth')),
 ('xây dựng tăng 11,92%', '11,92%', 'change', '%', d(U)),
 ('dịch vụ tăng 8,14%', '8,14%', 'change', '%', d(U)),
 ('thủy sản tăng 2,37%', '2,37%', 'change', '%', d(U)),
 ('gieo cấy được 152.480 ha', '152.480 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 99,3% kế hoạch', '99,3%', 'attainment', '%', d(base='target', indicator='crop_area')),
 ('Nam Định cũ 68.950 ha', '68.950 ha', 'level', 'ha', d(ND, indicator='crop_area')),
 ('Hà Nam cũ 28.740 ha', '28.740 ha', 'level', 'ha', d(HN, indicator='crop_area')),
 ('ước đạt 1,24 triệu con', '1,24 triệu', 'level', 'con', d(M3)),
 ('tăng 2,6% so với cùng thời điểm', '2,6%', 'change', '%', d(M3, U, S)),
 ('gia cầm 21,8 triệu con', '21,8 triệu', 'level', 'con', d(M3)),
 ('tăng 3,4%', '3,4%', 'change', '%', d(M3, U)),
 ('ước đạt 86.420 tấn', '86.420 tấn', 'level', 'tấn', d()),
 ('tăng 3,9%', '3,9%', 'change', '%', d(U)),
 ('ước đạt 58.760 tấn', '58.760 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 3,1% so với cùng kỳ', '3,1%', 'change', '%', d(U, S, indicator='aquaculture_output')),
 ('khai thác 19.840 tấn', '19.840 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('ước tăng 21,4%', '21,4%', 'change', '%', d(M3, IIP, U, P)),
 ('tăng 12,6% so với cùng kỳ', '12,6%', 'change', '%', d(M3, IIP, U, S)),
 ('IIP ước tăng 13,8%', '13,8%', 'change', '%', d(IIP, U, S)),
 ('chế tạo tăng 14,9%', '14,9%', 'change', '%', d(IIP, U)),
 ('điện tăng 4,2%', '4,2%', 'change', '%', d(IIP, U)),
 ('giảm 18,6% so với tháng 1', '18,6%', 'change', '%', d(M2, IIP, D, P)),
 ('tăng 7,3% so với cùng kỳ', '7,3%', 'change', '%', d(M2, IIP, U, S)),
 ('giảm 17,9%', '17,9%', 'change', '%', d(D, optional=True)),
 ('xi măng 2,86 triệu tấn', '2,86 triệu tấn', 'level', 'tấn', d()),
 ('tăng 6,1%', '6,1%', 'change', '%', d(U)),
 ('21.450 chiếc', '21.450', 'level', 'chiếc', d()),
 ('tăng 18,7%', '18,7%', 'change', '%', d(U)),
 ('46,2 triệu cái', '46,2 triệu', 'level', 'cái', d()),
 ('tăng 9,8%', '9,8%', 'change', '%', d(U)),
 ('ước đạt 13.860 tỷ đồng', '13.860 tỷ đồng', 'level', 'VND', d(M3, R)),
 ('giảm 4,2% so với tháng trước', '4,2%', 'change', '%', d(M3, R, D, P)),
 ('ước đạt 43.275 tỷ đồng', '43.275 tỷ đồng', 'level', 'VND', d(R)),
 ('tăng 11,8% so với cùng kỳ', '11,8%', 'change', '%', d(R, U, S)),
 ('khoảng 6,35 triệu lượt khách', '6,35 triệu', 'level', 'lượt khách', d(bound='about', indicator='tourist_arrivals')),
 ('tăng 14,2% so với cùng kỳ', '14,2%', 'change', '%', d(U, S, indicator='tourist_arrivals')),
 ('quốc tế 412.600 lượt', '412.600', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('ước đạt 6.840 tỷ đồng', '6.840 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('đón 1,12 triệu lượt khách', '1,12 triệu', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('đón 865.000 lượt khách', '865.000', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('ước đạt 15,42 triệu lượt khách', '15,42 triệu', 'level', 'lượt khách', d()),
 ('luân chuyển 1.024,6 triệu lượt khách.km', '1.024,6 triệu', 'level', 'lượt khách.km', d()),
 ('ước đạt 41,38 triệu tấn', '41,38 triệu tấn', 'level', 'tấn', d()),
 ('luân chuyển 5.862,3 triệu tấn.km', '5.862,3 triệu tấn.km', 'level', 'tấn.km', d()),
 ('hành khách tăng 10,6%', '10,6%', 'change', '%', d(U, S)),
 ('hành khách tăng 9,9%', '9,9%', 'change', '%', d(U, S)),
 ('hàng hóa tăng 8,7%', '8,7%', 'change', '%', d(U, S)),
 ('hàng hóa tăng 7,5%', '7,5%', 'change', '%', d(U, S)),
 ('ước đạt 2.146,8 triệu USD', '2.146,8 triệu USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 16,3% so với cùng kỳ', '16,3%', 'change', '%', d(U, S, indicator='export_value')),
 ('ước đạt 1.538,2 triệu USD', '1.538,2 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('tăng 12,4%', '12,4%', 'change', '%', d(U, indicator='import_value')),
 ('giảm 0,36% so với tháng trước', '0,36%', 'change', '%', d(M3, C, D, P)),
 ('tăng 1,42%', '1,42%', 'change', '%', d(M3, C, U, base='2025')),
 ('tăng 3,05%', '3,05%', 'change', '%', d(M3, C, U, S)),
 ('tăng 3,18%', '3,18%', 'change', '%', d(C, U, S)),
 ('điều chỉnh 6 kỳ', '6', 'level', 'kỳ', d(optional=True)),
 ('giảm 1,64%', '1,64%', 'change', '%', d(M3, C, D, P)),
 ('ước đạt 11.685 tỷ đồng', '11.685 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 26,8% dự toán', '26,8%', 'attainment', '%', d(base='target', indicator='budget_revenue')),
 ('tăng 15,2% so với cùng kỳ', '15,2%', 'change', '%', d(U, S, indicator='budget_revenue')),
 ('ước đạt 9.420 tỷ đồng', '9.420 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 21,6% dự toán', '21,6%', 'attainment', '%', d(base='target', indicator='budget_expenditure')),
 ('cho 12.860 lao động', '12.860', 'level', 'lao động', d(indicator='jobs_created')),
 ('hợp đồng 2.140 người', '2.140', 'level', 'người', d(indicator='labour_export')),
 ('xảy ra 64 vụ', '64', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('làm chết 41 người', '41', 'level', 'người', d(indicator='traffic_deaths')),
 ('bị thương 38 người', '38', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 9 vụ', '9', 'change', 'vụ', d(D, S, indicator='traffic_accidents')),
 ('giảm 6 người chết', '6', 'change', 'người', d(D, S, indicator='traffic_deaths')),
 ('giảm 4 người bị thương', '4', 'change', 'người', d(D, S, indicator='traffic_injuries')),
 ('tại 312 địa bàn', '312', 'level', 'địa bàn', d(optional=True)),
]
