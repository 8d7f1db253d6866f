TEXT = '''
BÁO ĐỒNG NAI
Thứ bảy, 12/07/2025, 15:32
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Đồng Nai - Bình Phước | Multimedia

Kinh tế

Đồng Nai mới: 6 tháng đầu năm thu hút hơn 1,24 tỷ USD vốn FDI

(ĐN) - Chiều 11/7, UBND tỉnh Đồng Nai tổ chức phiên họp thường kỳ đầu tiên sau khi hợp nhất với tỉnh Bình Phước, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2025. Số liệu được tổng hợp chung từ hai tỉnh cũ cho thấy nhiều chỉ tiêu tăng khá so với cùng kỳ.

Tỉnh Đồng Nai mới có diện tích hơn 12.737 km2, dân số hơn 4,49 triệu người, với 95 đơn vị hành chính cấp xã. Đây là địa phương có quy mô kinh tế lớn thứ 5 cả nước.

Tăng trưởng cao nhất vùng Đông Nam Bộ

Theo báo cáo của Sở Tài chính, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2025 của tỉnh Đồng Nai mới ước tăng 8,81% so với cùng kỳ, cao nhất vùng Đông Nam Bộ. Trong đó, tỉnh Đồng Nai (cũ) tăng 8,62%, tỉnh Bình Phước (cũ) tăng 9,47%. Quy mô GRDP 6 tháng theo giá hiện hành ước đạt 289.500 tỷ đồng, trong đó phần của tỉnh Bình Phước (cũ) chiếm khoảng 19%.

Chỉ số sản xuất công nghiệp 6 tháng tăng 9,6% so với cùng kỳ. Riêng tháng 6, IIP toàn tỉnh tăng 1,8% so với tháng trước và tăng 10,2% so với cùng kỳ năm 2024.

Trong 6 tháng, toàn tỉnh xuất khẩu ước đạt 15,36 tỷ USD, tăng 12,4%; nhập khẩu 10,82 tỷ USD, tăng 10,1%; xuất siêu 4,54 tỷ USD. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 142.380 tỷ đồng, tăng 11,9%.

Chỉ số giá tiêu dùng (CPI) bình quân 6 tháng tăng 3,12% so với cùng kỳ. Hoạt động du lịch khởi sắc với 4,6 triệu lượt khách đến tham quan, tổng thu từ du lịch đạt 5.280 tỷ đồng, tăng 18,6%. Các khu du lịch Bửu Long, Thác Mơ, Vườn quốc gia Cát Tiên, Bù Gia Mập tiếp tục thu hút đông du khách trong dịp nghỉ lễ.

Thu hút đầu tư là điểm sáng. 6 tháng đầu năm, toàn tỉnh thu hút hơn 1,24 tỷ USD vốn FDI (gồm cấp mới và điều chỉnh tăng vốn), bằng 82,7% kế hoạch năm; trong đó khu vực Bình Phước (cũ) thu hút 286 triệu USD, gấp 2,3 lần cùng kỳ. Vốn đầu tư trong nước đạt 41.630 tỷ đồng. Toàn tỉnh có 3.126 doanh nghiệp thành lập mới với tổng vốn đăng ký 38.900 tỷ đồng.

Sản xuất tại một doanh nghiệp FDI trong Khu công nghiệp Nhơn Trạch 3. Ảnh: Hải Quân

Thu ngân sách đạt hơn một nửa dự toán

Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 38.740 tỷ đồng, bằng 55,2% dự toán, tăng 16,8% so với cùng kỳ; trong đó thu nội địa 27.150 tỷ đồng, thu từ hoạt động xuất nhập khẩu 11.590 tỷ đồng. Thu ngân sách khu vực Bình Phước (cũ) đạt 6.820 tỷ đồng, bằng 47,3% dự toán năm.

Đến ngày 30/6/2025, giải ngân vốn đầu tư công toàn tỉnh đạt 9.215 tỷ đồng, đạt 34,8% kế hoạch. Tỉnh đang tập trung cho các dự án trọng điểm như Cảng hàng không quốc tế Long Thành, đường Vành đai 3, Vành đai 4 và cao tốc Gia Nghĩa - Chơn Thành.

Nông nghiệp phát triển ổn định

Tổng đàn heo toàn tỉnh đạt 3,82 triệu con, đàn gia cầm 42,6 triệu con, tiếp tục dẫn đầu cả nước. Khu vực Bình Phước (cũ) có 158.000 ha điều và 245.000 ha cao su; sản lượng hạt điều toàn tỉnh vụ 2024 - 2025 ước đạt 187.000 tấn, tăng 8,5% so với vụ trước. Giá hạt điều tươi đầu vụ dao động 32.000 - 36.000 đồng/kg.

Toàn tỉnh hiện có 141/161 xã đạt chuẩn nông thôn mới (tính theo địa giới trước sắp xếp), trong đó khu vực Đồng Nai (cũ) có 100% xã đạt chuẩn.

Văn hóa - xã hội

Trong 6 tháng, toàn tỉnh giải quyết việc làm cho 68.400 lượt lao động, đạt 52,6% kế hoạch; tỷ lệ thất nghiệp khu vực thành thị khoảng 2,1%. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,8%. Tỷ lệ hộ nghèo toàn tỉnh theo chuẩn của tỉnh còn 0,35%; riêng khu vực Bình Phước (cũ) còn 1,12% với 3.946 hộ nghèo. Các cấp, ngành đã trao 1.250 căn nhà Đại đoàn kết cho hộ nghèo, hộ khó khăn về nhà ở.

Tình hình an ninh trật tự được đảm bảo. 6 tháng, toàn tỉnh ghi nhận 1.312 vụ phạm pháp hình sự, giảm 6,2%; tai nạn giao thông xảy ra 318 vụ, làm chết 203 người, bị thương 176 người; so với cùng kỳ giảm 24 vụ, giảm 19 người chết, tăng 8 người bị thương.

Nhiệm vụ 6 tháng cuối năm

Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và các xã, phường khẩn trương ổn định tổ chức bộ máy sau sắp xếp, không để gián đoạn việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp; tập trung tháo gỡ vướng mắc về mặt bằng cho các dự án trọng điểm.

Tỉnh phấn đấu tăng trưởng GRDP cả năm 2025 đạt 10% trở lên, trong đó 6 tháng cuối năm phải tăng 11 - 11,5%; thu ngân sách cả năm đạt 78.000 tỷ đồng; giải ngân vốn đầu tư công đạt 100% kế hoạch; thu hút vốn FDI 1,5 tỷ USD.

Hải Quân

Tin liên quan
- Bình Phước (cũ): Giá điều tăng 5.000 đồng/kg (10/07/2025)
- Đồng Nai: 95 xã, phường chính thức hoạt động (01/07/2025)
- Sân bay Long Thành hoàn thành 85% khối lượng (05/07/2025)

BÁO ĐỒNG NAI - Cơ quan của Đảng bộ tỉnh Đồng Nai. Giấy phép số 29/GP-BTTTT ngày 21/01/2022. Địa chỉ: 81 đường 30 Tháng 4, phường Trấn Biên, tỉnh Đồng Nai. ĐT: 0251.3822.410
'''
META = {'published': '2025-07-12', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2025-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
IIP = {'indicator': 'industrial_production_index'}
BP = {'locality': 'tỉnh Bình Phước'}
FDI = {'indicator': 'fdi'}
M6 = {'period': '2025-M06'}
FIGS = [
 ('thu hút hơn 1,24 tỷ USD vốn FDI\n', '1,24 tỷ USD', 'level', 'USD', d(FDI, bound='over')),
 ('hơn 12.737 km2', '12.737 km2', 'level', 'km2', d(optional=True)),
 ('hơn 4,49 triệu người', '4,49 triệu', 'level', 'người', d(optional=True)),
 ('với 95 đơn vị', '95', 'level', 'đơn vị hành chính', d(optional=True)),
 ('ước tăng 8,81%', '8,81%', 'change', '%', d(E, U, SP, G)),
 ('tăng 8,62%', '8,62%', 'change', '%', d(U, G)),
 ('tăng 9,47%', '9,47%', 'change', '%', d(U, G, BP)),
 ('ước đạt 289.500 tỷ đồng', '289.500 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('khoảng 19%', '19%', 'level', '%', d(E, BP, bound='about')),
 ('tăng 9,6%', '9,6%', 'change', '%', d(U, SP, IIP)),
 ('tăng 1,8%', '1,8%', 'change', '%', d(U, M6, IIP, base='previous_period')),
 ('tăng 10,2%', '10,2%', 'change', '%', d(U, M6, SP, IIP)),
 ('ước đạt 15,36 tỷ USD', '15,36 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 12,4%', '12,4%', 'change', '%', d(E, U, indicator='export_value')),
 ('nhập khẩu 10,82 tỷ USD', '10,82 tỷ USD', 'level', 'USD', d(indicator='import_value')),
 ('tăng 10,1%', '10,1%', 'change', '%', d(U, indicator='import_value')),
 ('xuất siêu 4,54 tỷ USD', '4,54 tỷ USD', 'level', 'USD', d()),
 ('đạt 142.380 tỷ đồng', '142.380 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 11,9%', '11,9%', 'change', '%', d(U, indicator='retail_sales')),
 ('tăng 3,12%', '3,12%', 'change', '%', d(U, SP, indicator='cpi')),
 ('với 4,6 triệu lượt khách', '4,6 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('đạt 5.280 tỷ đồng', '5.280 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('tăng 18,6%', '18,6%', 'change', '%', d(U, indicator='tourism_revenue')),
 ('toàn tỉnh thu hút hơn 1,24 tỷ USD', '1,24 tỷ USD', 'level', 'USD', d(FDI, bound='over')),
 ('bằng 82,7% kế hoạch', '82,7%', 'attainment', '%', d(P, FDI)),
 ('hút 286 triệu USD', '286 triệu USD', 'level', 'USD', d(FDI, BP)),
 ('gấp 2,3 lần', '2,3 lần', 'change', 'lần', d(U, SP, FDI, BP)),
 ('đạt 41.630 tỷ đồng', '41.630 tỷ đồng', 'level', 'VND', d()),
 ('có 3.126 doanh nghiệp', '3.126', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 38.900 tỷ đồng', '38.900 tỷ đồng', 'level', 'VND', d()),
 ('ước đạt 38.740 tỷ đồng', '38.740 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 55,2% dự toán', '55,2%', 'attainment', '%', d(E, P, BR)),
 ('tăng 16,8%', '16,8%', 'change', '%', d(E, U, SP, BR)),
 ('nội địa 27.150 tỷ đồng', '27.150 tỷ đồng', 'level', 'VND', d(BR)),
 ('khẩu 11.590 tỷ đồng', '11.590 tỷ đồng', 'level', 'VND', d(BR)),
 ('đạt 6.820 tỷ đồng', '6.820 tỷ đồng', 'level', 'VND', d(BR, BP)),
 ('bằng 47,3% dự toán', '47,3%', 'attainment', '%', d(P, BR, BP)),
 ('đạt 9.215 tỷ đồng', '9.215 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 34,8% kế hoạch', '34,8%', 'attainment', '%', d(P, PD)),
 ('đạt 3,82 triệu con', '3,82 triệu', 'level', 'con', d()),
 ('cầm 42,6 triệu con', '42,6 triệu', 'level', 'con', d()),
 ('có 158.000 ha', '158.000 ha', 'level', 'ha', d(BP)),
 ('và 245.000 ha', '245.000 ha', 'level', 'ha', d(BP)),
 ('ước đạt 187.000 tấn', '187.000 tấn', 'level', 'tấn', d(E, period='2024/2025')),
 ('tăng 8,5%', '8,5%', 'change', '%', d(E, U, period='2024/2025', base='previous_period')),
 ('32.000 - 36.000 đồng/kg', '32.000 - 36.000 đồng/kg', 'level', 'VND/kg', d(period='2024/2025')),
 ('141/161 xã', '141/161', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('có 100% xã', '100%', 'level', '%', d(indicator='new_rural_communes')),
 ('cho 68.400 lượt lao động', '68.400', 'level', 'lượt lao động', d(indicator='jobs_created')),
 ('đạt 52,6% kế hoạch', '52,6%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('khoảng 2,1%', '2,1%', 'level', '%', d(indicator='unemployment_rate', bound='about')),
 ('đạt 93,8%', '93,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('còn 0,35%', '0,35%', 'level', '%', d(indicator='poverty_rate')),
 ('còn 1,12%', '1,12%', 'level', '%', d(BP, indicator='poverty_rate')),
 ('3.946 hộ nghèo', '3.946', 'level', 'hộ', d(BP, indicator='poor_households')),
 ('trao 1.250 căn nhà', '1.250', 'level', 'căn nhà', d()),
 ('nhận 1.312 vụ', '1.312', 'level', 'vụ', d(indicator='crime')),
 ('giảm 6,2%', '6,2%', 'change', '%', d(D, indicator='crime')),
 ('ra 318 vụ', '318', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 203 người', '203', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 176 người', '176', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 24 vụ', '24', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 19 người', '19', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('tăng 8 người', '8', 'change', 'người', d(U, SP, indicator='traffic_injuries')),
 ('đạt 10% trở lên', '10%', 'level', '%', d(K, G, bound='at_least')),
 ('tăng 11 - 11,5%', '11 - 11,5%', 'change', '%', d(U, G, modality='target', period='2025-H2')),
 ('đạt 78.000 tỷ đồng', '78.000 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(K, P, PD)),
 ('FDI 1,5 tỷ USD', '1,5 tỷ USD', 'level', 'USD', d(K, FDI)),
]
