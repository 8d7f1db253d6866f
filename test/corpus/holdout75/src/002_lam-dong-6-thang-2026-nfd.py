NFD = True
TEXT = '''
BÁO LÂM ĐỒNG
Cập nhật lúc 16:20 ngày 08/07/2026
Thời sự | Kinh tế | Xã hội | Du lịch | Đà Lạt xưa | Phú Quý | Video | Ảnh

Kinh tế

6 tháng đầu năm 2026: GRDP Lâm Đồng tăng 7,12%, thấp hơn kịch bản

LĐ - Ngày 8/7, Ban Chấp hành Đảng bộ tỉnh Lâm Đồng tổ chức hội nghị lần thứ 9 đánh giá tình hình thực hiện nhiệm vụ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Tăng trưởng kinh tế 6 tháng của tỉnh (tính gộp ba tỉnh cũ) đạt 7,12%, thấp hơn kịch bản đề ra (8,2%).

Hội nghị do đồng chí Bí thư Tỉnh ủy chủ trì. Tham dự có các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh, lãnh đạo các sở, ban, ngành và bí thư các đảng ủy xã, phường, đặc khu.

Tăng trưởng chưa đạt kịch bản

Theo báo cáo của Ban Thường vụ Tỉnh ủy, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2026 ước tăng 7,12% so với cùng kỳ; trong đó khu vực nông, lâm nghiệp và thủy sản tăng 4,85%, khu vực công nghiệp - xây dựng tăng 8,96%, khu vực dịch vụ tăng 7,64%. Xét theo địa bàn, khu vực Lâm Đồng cũ tăng 7,48%, khu vực Đắk Nông cũ tăng 6,35% và khu vực Bình Thuận cũ tăng 7,21%.

Quy mô GRDP 6 tháng theo giá hiện hành ước đạt 142.680 tỷ đồng. Chỉ số sản xuất công nghiệp tăng 9,42%, riêng ngành khai khoáng (bô-xít, alumin) tăng 12,6%. Sản lượng alumin đạt 782.000 tấn, tăng 5,3%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 78.940 tỷ đồng, tăng 13,1%. Kim ngạch xuất khẩu đạt 1,86 tỷ USD, bằng 52,4% kế hoạch năm, tăng 24,7% so với cùng kỳ, chủ yếu nhờ cà phê và sầu riêng.

Thu ngân sách khả quan

Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 15.320 tỷ đồng, bằng 58,9% dự toán HĐND tỉnh giao, tăng 21,4% so với cùng kỳ. Thu nội địa đạt 14.870 tỷ đồng; trong đó thu tiền sử dụng đất 3.260 tỷ đồng, gấp 1,8 lần cùng kỳ. Khu vực Bình Thuận cũ đóng góp 6.180 tỷ đồng, khu vực Lâm Đồng cũ 5.940 tỷ đồng, khu vực Đắk Nông cũ 3.200 tỷ đồng. Chi ngân sách địa phương 6 tháng đạt 19.760 tỷ đồng, bằng 42,1% dự toán.

Tính đến ngày 30/6/2026, tỉnh giải ngân 6.415 tỷ đồng vốn đầu tư công, đạt 38,6% kế hoạch Thủ tướng Chính phủ giao, thấp hơn cùng kỳ 4,2 điểm phần trăm. Toàn tỉnh còn 41/112 chủ đầu tư có tỷ lệ giải ngân dưới 30%.

Trong 6 tháng, toàn tỉnh có 1.184 doanh nghiệp thành lập mới, tăng 9,6%; 642 doanh nghiệp tạm ngừng kinh doanh. Tỉnh thu hút 6 dự án FDI với tổng vốn đăng ký 318 triệu USD.

Nông nghiệp

Niên vụ cà phê 2025 - 2026, toàn tỉnh có 315.600 ha cà phê, sản lượng ước đạt 968.000 tấn nhân, tăng 4,2% so với niên vụ trước; trong đó khu vực Lâm Đồng cũ chiếm khoảng 62%.

Những tháng đầu năm, giá cà phê nhân xô dao động 98.000 - 112.000 đồng/kg, thấp hơn cùng kỳ khoảng 15.000 đồng/kg. Diện tích sầu riêng toàn tỉnh hiện đạt 42.800 ha, trong đó khu vực Đắk Nông cũ 18.500 ha.

Vụ Đông Xuân 2025 - 2026, nông dân khu vực Bình Thuận cũ gieo sạ 39.200 ha lúa, năng suất bình quân 62,8 tạ/ha.

Đến nay, toàn tỉnh có 78 xã đạt chuẩn nông thôn mới theo địa giới mới, chiếm 63,4% tổng số xã; có 516 sản phẩm OCOP, trong đó 12 sản phẩm đạt 5 sao.

Du lịch, dịch vụ

Trong 6 tháng, toàn tỉnh đón 11,8 triệu lượt khách, tăng 14,2% so với cùng kỳ; trong đó khách quốc tế đạt 1,02 triệu lượt, tăng 31,5%. Riêng phường Mũi Né đón 2,6 triệu lượt khách, khách quốc tế chiếm khoảng 35%. Tổng thu từ du lịch toàn tỉnh ước đạt 28.450 tỷ đồng. Đặc khu Phú Quý đón hơn 62.000 lượt khách, gấp 1,6 lần cùng kỳ.

Du khách tham quan đồi cát Mũi Né, phường Mũi Né. Ảnh: Văn Báu

Văn hóa - xã hội

Tỷ lệ hộ nghèo toàn tỉnh đến cuối tháng 6/2026 còn 1,64%, trong đó khu vực Đắk Nông cũ còn 3,92%. Toàn tỉnh giải quyết việc làm cho 28.350 lao động, đạt 56,7% kế hoạch năm; tỷ lệ lao động qua đào tạo đạt 68,2%. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,4%, bảo hiểm xã hội đạt 31,6% lực lượng lao động trong độ tuổi. Kỳ thi tốt nghiệp THPT năm 2026, tỉnh có 31.846 thí sinh đăng ký dự thi.

Quốc phòng - an ninh

Tình hình an ninh trật tự cơ bản ổn định. Trong 6 tháng, toàn tỉnh xảy ra 612 vụ phạm pháp hình sự, giảm 42 vụ so với cùng kỳ; điều tra làm rõ 548 vụ, đạt 89,5%. Xảy ra 174 vụ tai nạn giao thông, làm chết 98 người, bị thương 121 người; so với cùng kỳ tăng 6 vụ, giảm 11 người chết.

Nhiệm vụ 6 tháng cuối năm

Kết luận hội nghị, Bí thư Tỉnh ủy yêu cầu các cấp, các ngành tập trung tháo gỡ khó khăn để tăng trưởng 6 tháng cuối năm đạt trên 9,5%, phấn đấu cả năm đạt 8,5% trở lên; thu ngân sách cả năm vượt 10% dự toán; giải ngân vốn đầu tư công đến ngày 30/9 đạt trên 65% và cả năm đạt 100% kế hoạch. Tỉnh phấn đấu trong năm 2026 có thêm 10 xã đạt chuẩn nông thôn mới, giảm tỷ lệ hộ nghèo xuống dưới 1,2%.

VĂN BÁU

Tin khác
- Lâm Đồng: 5 tháng thu hút 3 dự án FDI (02/07/2026)
- Đà Lạt đón 1,5 triệu lượt khách dịp hè (28/06/2026)
- Giá sầu riêng giảm 20.000 đồng/kg (25/06/2026)

Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng. Giấy phép số 58/GP-BVHTTDL. Địa chỉ: 38 Quang Trung, phường Xuân Hương - Đà Lạt. ĐT: (0263) 3822.217
'''
META = {'published': '2026-07-08', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
DN = {'locality': 'tỉnh Đắk Nông'}
BT = {'locality': 'tỉnh Bình Thuận'}
NV = {'period': '2025/2026'}
TA = {'indicator': 'tourist_arrivals'}
FIGS = [
 ('Lâm Đồng tăng 7,12%', '7,12%', 'change', '%', d(U, G)),
 ('cũ) đạt 7,12%', '7,12%', 'level', '%', d(G)),
 ('kịch bản đề ra (8,2%)', '8,2%', 'level', '%', d(G, modality='target')),
 ('ước tăng 7,12%', '7,12%', 'change', '%', d(E, U, SP, G)),
 ('tăng 4,85%', '4,85%', 'change', '%', d(U)),
 ('tăng 8,96%', '8,96%', 'change', '%', d(U)),
 ('tăng 7,64%', '7,64%', 'change', '%', d(U)),
 ('tăng 7,48%', '7,48%', 'change', '%', d(U, G)),
 ('tăng 6,35%', '6,35%', 'change', '%', d(U, G, DN)),
 ('tăng 7,21%', '7,21%', 'change', '%', d(U, G, BT)),
 ('ước đạt 142.680 tỷ đồng', '142.680 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('tăng 9,42%', '9,42%', 'change', '%', d(U, indicator='industrial_production_index')),
 ('tăng 12,6%', '12,6%', 'change', '%', d(U, indicator='industrial_production_index')),
 ('đạt 782.000 tấn', '782.000 tấn', 'level', 'tấn', d()),
 ('tăng 5,3%', '5,3%', 'change', '%', d(U)),
 ('đạt 78.940 tỷ đồng', '78.940 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 13,1%', '13,1%', 'change', '%', d(U, indicator='retail_sales')),
 ('đạt 1,86 tỷ USD', '1,86 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('bằng 52,4% kế hoạch', '52,4%', 'attainment', '%', d(P, indicator='export_value')),
 ('tăng 24,7%', '24,7%', 'change', '%', d(U, SP, indicator='export_value')),
 ('đạt 15.320 tỷ đồng', '15.320 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 58,9% dự toán', '58,9%', 'attainment', '%', d(P, BR)),
 ('tăng 21,4%', '21,4%', 'change', '%', d(U, SP, BR)),
 ('đạt 14.870 tỷ đồng', '14.870 tỷ đồng', 'level', 'VND', d(BR)),
 ('đất 3.260 tỷ đồng', '3.260 tỷ đồng', 'level', 'VND', d(BR)),
 ('gấp 1,8 lần', '1,8 lần', 'change', 'lần', d(U, SP, BR)),
 ('góp 6.180 tỷ đồng', '6.180 tỷ đồng', 'level', 'VND', d(BR, BT)),
 ('cũ 5.940 tỷ đồng', '5.940 tỷ đồng', 'level', 'VND', d(BR)),
 ('cũ 3.200 tỷ đồng', '3.200 tỷ đồng', 'level', 'VND', d(BR, DN)),
 ('đạt 19.760 tỷ đồng', '19.760 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 42,1% dự toán', '42,1%', 'attainment', '%', d(P, indicator='budget_expenditure')),
 ('ngân 6.415 tỷ đồng', '6.415 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 38,6% kế hoạch', '38,6%', 'attainment', '%', d(P, PD)),
 ('4,2 điểm phần trăm', '4,2 điểm phần trăm', 'change', 'điểm %', d(D, SP, PD)),
 ('41/112 chủ đầu tư', '41/112', 'ratio', 'chủ đầu tư', d(optional=True)),
 ('có 1.184 doanh nghiệp', '1.184', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 9,6%', '9,6%', 'change', '%', d(U, indicator='new_enterprises')),
 ('642 doanh nghiệp', '642', 'level', 'doanh nghiệp', d()),
 ('hút 6 dự án', '6', 'level', 'dự án', d(optional=True)),
 ('ký 318 triệu USD', '318 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('có 315.600 ha', '315.600 ha', 'level', 'ha', d(NV)),
 ('ước đạt 968.000 tấn', '968.000 tấn', 'level', 'tấn', d(NV, E)),
 ('tăng 4,2%', '4,2%', 'change', '%', d(NV, E, U, base='previous_period')),
 ('khoảng 62%', '62%', 'level', '%', d(NV, bound='about')),
 ('98.000 - 112.000 đồng/kg', '98.000 - 112.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 15.000 đồng/kg', '15.000 đồng/kg', 'change', 'VND/kg', d(D, SP, bound='about')),
 ('hiện đạt 42.800 ha', '42.800 ha', 'level', 'ha', d()),
 ('cũ 18.500 ha', '18.500 ha', 'level', 'ha', d(DN)),
 ('sạ 39.200 ha', '39.200 ha', 'level', 'ha', d(NV, BT, indicator='crop_area')),
 ('62,8 tạ/ha', '62,8 tạ/ha', 'level', 'tạ/ha', d(NV, BT)),
 ('có 78 xã', '78', 'level', 'xã', d(indicator='new_rural_communes')),
 ('chiếm 63,4%', '63,4%', 'level', '%', d(indicator='new_rural_communes')),
 ('có 516 sản phẩm', '516', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('12 sản phẩm', '12', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('đón 11,8 triệu lượt khách', '11,8 triệu lượt', 'level', 'lượt khách', d(TA)),
 ('tăng 14,2%', '14,2%', 'change', '%', d(U, SP, TA)),
 ('đạt 1,02 triệu lượt', '1,02 triệu lượt', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('tăng 31,5%', '31,5%', 'change', '%', d(U, indicator='international_tourist_arrivals')),
 ('đón 2,6 triệu lượt khách', '2,6 triệu lượt', 'level', 'lượt khách', d(TA, locality='phường Mũi Né')),
 ('khoảng 35%', '35%', 'level', '%', d(locality='phường Mũi Né', bound='about')),
 ('ước đạt 28.450 tỷ đồng', '28.450 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('hơn 62.000 lượt khách', '62.000', 'level', 'lượt khách', d(TA, locality='đặc khu Phú Quý', bound='over')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(TA, U, SP, locality='đặc khu Phú Quý')),
 ('còn 1,64%', '1,64%', 'level', '%', d(indicator='poverty_rate', period='2026-M06')),
 ('còn 3,92%', '3,92%', 'level', '%', d(indicator='poverty_rate', period='2026-M06', **DN)),
 ('cho 28.350 lao động', '28.350', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 56,7% kế hoạch', '56,7%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('đạt 68,2%', '68,2%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đạt 93,4%', '93,4%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đạt 31,6%', '31,6%', 'level', '%', d(indicator='social_insurance_coverage')),
 ('có 31.846 thí sinh', '31.846', 'level', 'thí sinh', d(optional=True)),
 ('ra 612 vụ', '612', 'level', 'vụ', d(indicator='crime')),
 ('giảm 42 vụ', '42', 'change', 'vụ', d(D, SP, indicator='crime')),
 ('làm rõ 548 vụ', '548', 'level', 'vụ', d()),
 ('đạt 89,5%', '89,5%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('Xảy ra 174 vụ', '174', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 98 người', '98', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 121 người', '121', 'level', 'người', d(indicator='traffic_injuries')),
 ('tăng 6 vụ', '6', 'change', 'vụ', d(U, SP, indicator='traffic_accidents')),
 ('giảm 11 người', '11', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('trên 9,5%', '9,5%', 'level', '%', d(G, modality='target', period='2026-H2', bound='over')),
 ('đạt 8,5% trở lên', '8,5%', 'level', '%', d(K, G, bound='at_least')),
 ('vượt 10% dự toán', '10%', 'change', '%', d(K, U, P, BR, status='exceeded')),
 ('trên 65%', '65%', 'attainment', '%', d(P, PD, modality='target', period='2026-9M', bound='over')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(K, P, PD)),
 ('thêm 10 xã', '10', 'level', 'xã', d(K, indicator='new_rural_communes')),
 ('dưới 1,2%', '1,2%', 'level', '%', d(K, D, indicator='poverty_rate', bound='under')),
]
