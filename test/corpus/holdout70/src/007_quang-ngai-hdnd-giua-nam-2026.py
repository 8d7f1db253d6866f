TEXT = '''
BÁO QUẢNG NGÃI ĐIỆN TỬ
Thứ Năm, 09/07/2026 - 21:05
Thời sự | Chính trị | Kinh tế | Xã hội | Miền núi | Biển đảo | Pháp luật | Văn hóa

Chính trị

Khai mạc kỳ họp thứ Năm HĐND tỉnh khóa XIII: GRDP 6 tháng ước tăng 8,9%

(Baoquangngai.vn) - Sáng 9/7, HĐND tỉnh Quảng Ngãi khóa XIII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ Năm (kỳ họp thường lệ giữa năm 2026). Kỳ họp diễn ra trong 3 ngày, xem xét 41 nội dung quan trọng.

Trình bày báo cáo tại kỳ họp, Phó Chủ tịch UBND tỉnh cho biết, tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng đầu năm 2026 ước tăng 8,9% so với cùng kỳ (tính gộp hai tỉnh cũ), trong đó khu vực Quảng Ngãi cũ tăng 9,4%, khu vực Kon Tum cũ tăng 7,6%. Quy mô GRDP 6 tháng theo giá hiện hành ước đạt 98.260 tỷ đồng.

Trong 26 chỉ tiêu chủ yếu năm 2026 HĐND tỉnh giao, có 13 chỉ tiêu đạt và vượt tiến độ, 8 chỉ tiêu xấp xỉ đạt tiến độ, 5 chỉ tiêu sẽ đánh giá vào cuối năm.

Kết quả sản xuất, kinh doanh

Chỉ số sản xuất công nghiệp 6 tháng tăng 12,3%, trong đó sản phẩm lọc hóa dầu đạt 3,85 triệu tấn, tăng 4,2%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 52.840 tỷ đồng, tăng 11,6%. Kim ngạch xuất khẩu ước 1.120 triệu USD/KH 2.300 triệu USD; nhập khẩu 1.480 triệu USD, gấp 1,3 lần cùng kỳ.

Thu ngân sách nhà nước trên địa bàn 6 tháng đạt 18.375 tỷ đồng, bằng 56,4% dự toán HĐND tỉnh giao, tăng 15,1% so với cùng kỳ; trong đó thu nội địa 12.690 tỷ đồng, thu từ hoạt động xuất nhập khẩu 5.685 tỷ đồng. Tính đến ngày 30/6/2026, giải ngân vốn đầu tư công đạt 5.840 tỷ đồng, đạt 38,2% kế hoạch, thấp hơn cùng kỳ 3,4 điểm phần trăm.

Toàn tỉnh đón 6,4 triệu lượt khách, tăng 16,7%; tổng thu từ du lịch đạt 7.250 tỷ đồng. Có 842 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.460 tỷ đồng, tăng lần lượt 8,2% và 23,5% so với cùng kỳ.

Vụ Đông Xuân 2025 - 2026, toàn tỉnh gieo cấy 41.280 ha lúa, năng suất bình quân 63,4 tạ/ha, cao hơn vụ Đông Xuân năm trước 1,2 tạ/ha; sản lượng lúa đạt 261.700 tấn. Khu vực Kon Tum cũ trồng mới 1.150 ha cà phê và 86 ha sâm Ngọc Linh, nâng tổng diện tích sâm Ngọc Linh lên hơn 2.400 ha.

An sinh xã hội

Tỷ lệ hộ nghèo toàn tỉnh còn 3,86%, giảm 0,72 điểm phần trăm so với cuối năm 2025; tỷ lệ hộ nghèo khu vực Quảng Ngãi cũ và khu vực Kon Tum cũ lần lượt là 2,14% và 6,85%. Giải quyết việc làm cho 19.540 lao động, trong đó đưa 1.860 người đi làm việc ở nước ngoài. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,3%; toàn tỉnh có 10,8 bác sĩ/vạn dân.

Nhà máy Lọc dầu Dung Quất vận hành ổn định trong 6 tháng đầu năm. Ảnh: PV

Nhiệm vụ 6 tháng cuối năm

Để đạt mục tiêu tăng trưởng cả năm 10% trở lên, 6 tháng cuối năm GRDP phải tăng khoảng 10,9%. Một số chỉ tiêu cụ thể đến cuối năm 2026:
- Thu ngân sách nhà nước: 32.600 tỷ đồng trở lên;
- Kim ngạch xuất khẩu: 2.300 triệu USD;
- Tỷ lệ hộ nghèo: giảm 1 - 1,5 điểm phần trăm;
- Tỷ lệ giải ngân vốn đầu tư công: trên 95% kế hoạch.

Kỳ họp dự kiến bế mạc ngày 11/7. Đường dây nóng tiếp nhận ý kiến cử tri: 0255.3822.633.

NHÓM PV

Tin liên quan
- Quảng Ngãi: 96 xã, phường, đặc khu hoàn thành sắp xếp tổ dân phố, thôn (07/07/2026)
- Khu kinh tế Dung Quất thu hút 7 dự án mới (05/07/2026)
- Kon Tum cũ: Sâm Ngọc Linh được mùa (02/07/2026)

Cơ quan chủ quản: Tỉnh ủy Quảng Ngãi. Giấy phép số 75/GP-BTTTT. Địa chỉ: 12 Quang Trung, phường Cẩm Thành, tỉnh Quảng Ngãi.
'''
META = {'published': '2026-07-09', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
Y = {'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
RT = {'indicator': 'resolution_targets', 'unit': 'chỉ tiêu'}
KT = {'locality': 'tỉnh Kon Tum'}
DX = {'period': '2025/2026'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('6 tháng ước tăng 8,9%', '8,9%', 'change', '%', d(E, U, indicator='grdp_growth')),
 ('2026 ước tăng 8,9%', '8,9%', 'change', '%', d(E, U, SP, indicator='grdp_growth')),
 ('cũ tăng 9,4%', '9,4%', 'change', '%', d(E, U, indicator='grdp_growth')),
 ('cũ tăng 7,6%', '7,6%', 'change', '%', d(E, U, KT, indicator='grdp_growth')),
 ('ước đạt 98.260 tỷ đồng', '98.260 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('Trong 26 chỉ tiêu', '26', 'level', 'chỉ tiêu', d(RT, Y)),
 ('có 13 chỉ tiêu', '13', 'level', 'chỉ tiêu', d(RT, Y, status='achieved')),
 ('8 chỉ tiêu xấp xỉ', '8', 'level', 'chỉ tiêu', d(RT, Y, status='nearly')),
 ('5 chỉ tiêu sẽ đánh giá', '5', 'level', 'chỉ tiêu', d(RT, Y, status='pending')),
 ('6 tháng tăng 12,3%', '12,3%', 'change', '%', d(U, indicator='industrial_production_index')),
 ('đạt 3,85 triệu tấn', '3,85 triệu tấn', 'level', 'tấn', d()),
 ('tăng 4,2%', '4,2%', 'change', '%', d(U)),
 ('ước đạt 52.840 tỷ đồng', '52.840 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 11,6%', '11,6%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('ước 1.120 triệu USD', '1.120 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('KH 2.300 triệu USD', '2.300 triệu USD', 'level', 'USD', d(K, indicator='export_value')),
 ('nhập khẩu 1.480 triệu USD', '1.480 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', d(U, SP, indicator='import_value')),
 ('đạt 18.375 tỷ đồng', '18.375 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 56,4% dự toán', '56,4%', 'attainment', '%', d(P, BR)),
 ('tăng 15,1%', '15,1%', 'change', '%', d(U, SP, BR)),
 ('nội địa 12.690 tỷ đồng', '12.690 tỷ đồng', 'level', 'VND', d(BR)),
 ('khẩu 5.685 tỷ đồng', '5.685 tỷ đồng', 'level', 'VND', d(BR)),
 ('đạt 5.840 tỷ đồng', '5.840 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('đạt 38,2% kế hoạch', '38,2%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('3,4 điểm phần trăm', '3,4 điểm phần trăm', 'change', 'điểm %', d(D, SP, indicator='public_investment_disbursement')),
 ('đón 6,4 triệu lượt khách', '6,4 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 16,7%', '16,7%', 'change', '%', d(U, indicator='tourist_arrivals')),
 ('đạt 7.250 tỷ đồng', '7.250 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('Có 842 doanh nghiệp', '842', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('đăng ký 9.460 tỷ đồng', '9.460 tỷ đồng', 'level', 'VND', d()),
 ('lần lượt 8,2%', '8,2%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('và 23,5%', '23,5%', 'change', '%', d(U, SP)),
 ('gieo cấy 41.280 ha', '41.280 ha', 'level', 'ha', d(DX, indicator='crop_area')),
 ('63,4 tạ/ha', '63,4 tạ/ha', 'level', 'tạ/ha', d(DX)),
 ('1,2 tạ/ha', '1,2 tạ/ha', 'change', 'tạ/ha', d(DX, U, SP)),
 ('đạt 261.700 tấn', '261.700 tấn', 'level', 'tấn', d(DX, indicator='rice_output')),
 ('mới 1.150 ha', '1.150 ha', 'level', 'ha', d(KT)),
 ('và 86 ha', '86 ha', 'level', 'ha', d(KT)),
 ('hơn 2.400 ha', '2.400 ha', 'level', 'ha', d(KT, U, bound='over')),
 ('còn 3,86%', '3,86%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 0,72 điểm phần trăm', '0,72 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate', base='2025')),
 ('lần lượt là 2,14%', '2,14%', 'level', '%', d(indicator='poverty_rate')),
 ('và 6,85%', '6,85%', 'level', '%', d(KT, indicator='poverty_rate')),
 ('cho 19.540 lao động', '19.540', 'level', 'lao động', d(indicator='jobs_created')),
 ('đưa 1.860 người', '1.860', 'level', 'người', d(indicator='labour_export')),
 ('đạt 94,3%', '94,3%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('10,8 bác sĩ/vạn dân', '10,8', 'level', 'bác sĩ/vạn dân', d(indicator='doctors_per_10k')),
 ('cả năm 10% trở lên', '10%', 'level', '%', d(K, indicator='grdp_growth', bound='at_least')),
 ('khoảng 10,9%', '10,9%', 'change', '%', d(U, indicator='grdp_growth', modality='target', period='2026-H2', bound='about')),
 ('32.600 tỷ đồng trở lên', '32.600 tỷ đồng', 'level', 'VND', d(K, BR, bound='at_least')),
 ('khẩu: 2.300 triệu USD', '2.300 triệu USD', 'level', 'USD', d(K, indicator='export_value')),
 ('giảm 1 - 1,5 điểm phần trăm', '1 - 1,5 điểm phần trăm', 'change', 'điểm %', d(K, D, indicator='poverty_rate')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', d(K, P, indicator='public_investment_disbursement', bound='over')),
 ('xem xét 41 nội dung', '41', 'level', 'nội dung', {'optional': True}),
]
