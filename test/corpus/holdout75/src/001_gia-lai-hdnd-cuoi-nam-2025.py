TEXT = '''
BÁO GIA LAI ĐIỆN TỬ
Thứ Tư, 10/12/2025, 18:45 (GMT+7)
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Bình Định xưa và nay

Chính trị

Kỳ họp thứ 11 HĐND tỉnh khóa XII: Năm 2025, GRDP tỉnh Gia Lai ước tăng 7,86%

(GLO) - Sáng 10/12, HĐND tỉnh Gia Lai khóa XII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 11 (kỳ họp thường lệ cuối năm 2025). Đây là kỳ họp thường lệ cuối năm đầu tiên sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định. Theo báo cáo của UBND tỉnh, trong 24 chỉ tiêu chủ yếu năm 2025, có 19 chỉ tiêu đạt và vượt kế hoạch, 5 chỉ tiêu không đạt.

Dự kỳ họp có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các sở, ngành và đại biểu HĐND tỉnh. Kỳ họp diễn ra trong 3 ngày, từ ngày 10 - 12/12/2025.

Kinh tế tăng trưởng khá

Báo cáo tình hình kinh tế - xã hội năm 2025 do Phó Chủ tịch UBND tỉnh trình bày cho biết, tổng sản phẩm trên địa bàn (GRDP) năm 2025 (tính gộp hai tỉnh cũ) ước tăng 7,86% so với năm 2024, trong đó khu vực Bình Định cũ tăng 8,42%, khu vực Gia Lai cũ tăng 7,21%. Mức tăng này thấp hơn kế hoạch đề ra (8%). Quy mô GRDP theo giá hiện hành ước đạt 258.460 tỷ đồng, đứng thứ 2 vùng Bắc Trung Bộ và duyên hải miền Trung; GRDP bình quân đầu người ước đạt 76,8 triệu đồng, tăng 6,9 triệu đồng so với năm trước.

Cơ cấu kinh tế năm 2025: nông, lâm nghiệp và thủy sản chiếm 30,2%; công nghiệp - xây dựng chiếm 27,4%; dịch vụ chiếm 36,5%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 5,9%.

Chỉ số sản xuất công nghiệp (IIP) tăng 9,3% so với năm trước; giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 92.150 tỷ đồng, đạt 98,6% kế hoạch. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 168.240 tỷ đồng, tăng 12,8%. Kim ngạch xuất khẩu ước đạt 2,35 tỷ USD, vượt 4,4% kế hoạch, tăng 15,6% so với năm 2024; kim ngạch nhập khẩu đạt 742 triệu USD.

Thu ngân sách vượt dự toán

Thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt 26.870 tỷ đồng, bằng 121,3% dự toán Trung ương giao, bằng 108,5% dự toán HĐND tỉnh giao, tăng 18,2% so với năm 2024. Trong đó, thu nội địa 24.960 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.910 tỷ đồng. Riêng thu tiền sử dụng đất chỉ đạt 4.120 tỷ đồng, bằng 82,4% dự toán. Tổng chi ngân sách địa phương ước thực hiện 41.530 tỷ đồng, bằng 103,7% dự toán, trong đó chi đầu tư phát triển 14.280 tỷ đồng.

Đến ngày 30/11/2025, toàn tỉnh giải ngân vốn đầu tư công được 9.846 tỷ đồng, đạt 71,2% kế hoạch Thủ tướng Chính phủ giao, cao hơn bình quân cả nước (60,6%). Tỉnh phấn đấu đến hết ngày 31/1/2026 giải ngân đạt 100% kế hoạch.

Trong năm, toàn tỉnh cấp mới 38 dự án FDI với tổng vốn đăng ký 612 triệu USD; chấp thuận chủ trương đầu tư 145 dự án trong nước với tổng vốn 42.300 tỷ đồng. Có 2.460 doanh nghiệp thành lập mới, tăng 14,7% so với năm 2024, vốn đăng ký 21.850 tỷ đồng; 1.120 doanh nghiệp quay trở lại hoạt động.

Nông nghiệp, du lịch giữ vai trò trụ đỡ

Giá trị sản xuất nông, lâm nghiệp và thủy sản ước tăng 3,9%. Tổng diện tích gieo trồng cả năm đạt 812.400 ha, đạt 100,3% kế hoạch; sản lượng lương thực đạt 1,28 triệu tấn. Khu vực Gia Lai cũ hiện có 108.500 ha cà phê, 95.300 ha cao su và 21.600 ha hồ tiêu; khu vực Bình Định cũ có tổng đàn heo 780.000 con. Sản lượng thủy sản cả năm ước đạt 312.600 tấn, tăng 4,1% so với năm trước, trong đó khai thác 265.800 tấn. Tỷ lệ che phủ rừng đạt 48,2%.

Đến nay, toàn tỉnh có 156/198 xã đạt chuẩn nông thôn mới (tính theo địa giới trước sắp xếp), trong đó 48 xã đạt chuẩn nâng cao và 9 xã đạt chuẩn kiểu mẫu; có 412 sản phẩm OCOP đạt từ 3 sao trở lên.

Du lịch tiếp tục là điểm sáng với 12,4 triệu lượt khách, tăng 21,3% so với năm 2024, trong đó khách quốc tế 685.000 lượt; tổng thu từ du lịch ước đạt 24.900 tỷ đồng.

Đại biểu HĐND tỉnh thảo luận tại tổ trong ngày làm việc đầu tiên của kỳ họp. Ảnh: Đức Thụy

Văn hóa - xã hội

Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 giảm còn 2,18%, giảm 1,35 điểm phần trăm so với cuối năm 2024, vượt chỉ tiêu Nghị quyết (giảm 1 - 1,2 điểm phần trăm); trong đó tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 7,46%. Toàn tỉnh giải quyết việc làm cho 46.800 lao động, đạt 104% kế hoạch; đưa 2.150 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ lao động qua đào tạo đạt 71,5%. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,1%; số bác sĩ trên 1 vạn dân đạt 11,2 bác sĩ; số giường bệnh đạt 33,5 giường bệnh/vạn dân.

Năm học 2025 - 2026, toàn tỉnh có 1.392 trường học, trong đó 918 trường đạt chuẩn quốc gia, tỷ lệ 65,9%. Tỷ lệ tốt nghiệp THPT năm 2025 đạt 99,12%.

Quốc phòng - an ninh được giữ vững. Trong năm, toàn tỉnh xảy ra 1.046 vụ phạm pháp hình sự, giảm 8,3% so với cùng kỳ; điều tra làm rõ 932/1.046 vụ, đạt tỷ lệ 89,1%. Tai nạn giao thông giảm cả 3 tiêu chí: xảy ra 268 vụ, làm chết 187 người, bị thương 142 người; so với cùng kỳ giảm 31 vụ, giảm 22 người chết và giảm 17 người bị thương.

Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra những hạn chế: tăng trưởng chưa đạt kế hoạch, giải ngân vốn đầu tư công ở một số dự án trọng điểm còn chậm, việc vận hành chính quyền địa phương hai cấp ở một số xã còn lúng túng.

Mục tiêu năm 2026

Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 10% trở lên; GRDP bình quân đầu người đạt 86 triệu đồng; thu ngân sách nhà nước trên địa bàn đạt 28.500 tỷ đồng; kim ngạch xuất khẩu đạt 2,7 tỷ USD; tỷ lệ hộ nghèo giảm 1 - 1,5 điểm phần trăm; tỷ lệ che phủ rừng đạt 48,5%; có thêm 12 xã đạt chuẩn nông thôn mới; tỷ lệ bao phủ bảo hiểm y tế đạt 95% trở lên.

Tại kỳ họp, các đại biểu sẽ xem xét, thông qua 32 nghị quyết quan trọng, trong đó có nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 và dự toán ngân sách năm 2026.

ĐỨC THỤY - MINH PHƯƠNG

Tin cùng chuyên mục
- Gia Lai: 135 xã, phường sau sắp xếp hoàn thành bàn giao trụ sở (08/12/2025)
- Khu kinh tế Nhơn Hội thu hút thêm 5 dự án (06/12/2025)
- Quy Nhơn đón 1,2 triệu lượt khách trong mùa hè (30/11/2025)

Báo Gia Lai - Cơ quan của Đảng bộ tỉnh Gia Lai. Giấy phép số 465/GP-BTTTT ngày 12/9/2025. Tòa soạn: 02 Hoàng Văn Thụ, phường Pleiku, tỉnh Gia Lai. Điện thoại: 0269.3824.175. Lượt xem: 2.418
'''
META = {'published': '2025-12-10', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2025', 'modality': 'actual'}
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
B24 = {'base': '2024'}
RT = {'indicator': 'resolution_targets', 'unit': 'chỉ tiêu'}
BD = {'locality': 'tỉnh Bình Định'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
M11 = {'period': '2025-11M'}
PD = {'indicator': 'public_investment_disbursement'}
G = {'indicator': 'grdp_growth'}
FIGS = [
 ('GRDP tỉnh Gia Lai ước tăng 7,86%', '7,86%', 'change', '%', d(E, U, G)),
 ('trong 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(RT)),
 ('có 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('5 chỉ tiêu không đạt', '5', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('cũ) ước tăng 7,86%', '7,86%', 'change', '%', d(E, U, B24, G)),
 ('cũ tăng 8,42%', '8,42%', 'change', '%', d(E, U, BD, G)),
 ('cũ tăng 7,21%', '7,21%', 'change', '%', d(E, U, G)),
 ('đề ra (8%)', '8%', 'level', '%', d(G, modality='target')),
 ('ước đạt 258.460 tỷ đồng', '258.460 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('ước đạt 76,8 triệu đồng', '76,8 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita')),
 ('tăng 6,9 triệu đồng', '6,9 triệu đồng', 'change', 'VND/người/năm', d(E, U, B24, indicator='grdp_per_capita')),
 ('chiếm 30,2%', '30,2%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 27,4%', '27,4%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 36,5%', '36,5%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 5,9%', '5,9%', 'level', '%', d(indicator='sector_share')),
 ('tăng 9,3%', '9,3%', 'change', '%', d(U, B24, indicator='industrial_production_index')),
 ('ước đạt 92.150 tỷ đồng', '92.150 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('đạt 98,6% kế hoạch', '98,6%', 'attainment', '%', d(E, P, indicator='industrial_output_value')),
 ('ước đạt 168.240 tỷ đồng', '168.240 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 12,8%', '12,8%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('ước đạt 2,35 tỷ USD', '2,35 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('vượt 4,4% kế hoạch', '4,4%', 'change', '%', d(E, U, P, indicator='export_value', status='exceeded')),
 ('tăng 15,6%', '15,6%', 'change', '%', d(E, U, B24, indicator='export_value')),
 ('đạt 742 triệu USD', '742 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('ước đạt 26.870 tỷ đồng', '26.870 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 121,3% dự toán', '121,3%', 'attainment', '%', d(E, P, BR)),
 ('bằng 108,5% dự toán', '108,5%', 'attainment', '%', d(E, P, BR)),
 ('tăng 18,2%', '18,2%', 'change', '%', d(E, U, B24, BR)),
 ('nội địa 24.960 tỷ đồng', '24.960 tỷ đồng', 'level', 'VND', d(BR)),
 ('khẩu 1.910 tỷ đồng', '1.910 tỷ đồng', 'level', 'VND', d(BR)),
 ('đạt 4.120 tỷ đồng', '4.120 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 82,4% dự toán', '82,4%', 'attainment', '%', d(P, BR)),
 ('thực hiện 41.530 tỷ đồng', '41.530 tỷ đồng', 'level', 'VND', d(E, BE)),
 ('bằng 103,7% dự toán', '103,7%', 'attainment', '%', d(E, P, BE)),
 ('phát triển 14.280 tỷ đồng', '14.280 tỷ đồng', 'level', 'VND', d(E, BE)),
 ('được 9.846 tỷ đồng', '9.846 tỷ đồng', 'level', 'VND', d(M11, PD)),
 ('đạt 71,2% kế hoạch', '71,2%', 'attainment', '%', d(M11, P, PD)),
 ('(60,6%)', '60,6%', 'attainment', '%', d(M11, P, PD, locality='cả nước')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(P, PD, modality='target')),
 ('mới 38 dự án', '38', 'level', 'dự án', d(optional=True)),
 ('đăng ký 612 triệu USD', '612 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('tư 145 dự án', '145', 'level', 'dự án', d(optional=True)),
 ('vốn 42.300 tỷ đồng', '42.300 tỷ đồng', 'level', 'VND', d()),
 ('Có 2.460 doanh nghiệp', '2.460', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 14,7%', '14,7%', 'change', '%', d(U, B24, indicator='new_enterprises')),
 ('ký 21.850 tỷ đồng', '21.850 tỷ đồng', 'level', 'VND', d()),
 ('1.120 doanh nghiệp', '1.120', 'level', 'doanh nghiệp', d()),
 ('ước tăng 3,9%', '3,9%', 'change', '%', d(E, U, indicator='agricultural_output_value')),
 ('đạt 812.400 ha', '812.400 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 100,3% kế hoạch', '100,3%', 'attainment', '%', d(P, indicator='crop_area')),
 ('đạt 1,28 triệu tấn', '1,28 triệu tấn', 'level', 'tấn', d(indicator='food_output')),
 ('108.500 ha', '108.500 ha', 'level', 'ha', d()),
 ('95.300 ha', '95.300 ha', 'level', 'ha', d()),
 ('21.600 ha', '21.600 ha', 'level', 'ha', d()),
 ('heo 780.000 con', '780.000', 'level', 'con', d(BD)),
 ('ước đạt 312.600 tấn', '312.600 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 4,1%', '4,1%', 'change', '%', d(E, U, B24, indicator='aquaculture_output')),
 ('khai thác 265.800 tấn', '265.800 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('đạt 48,2%', '48,2%', 'level', '%', d(indicator='forest_cover')),
 ('156/198 xã', '156/198', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('48 xã đạt chuẩn nâng cao', '48', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('9 xã đạt chuẩn kiểu mẫu', '9', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('412 sản phẩm', '412', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('12,4 triệu lượt khách', '12,4 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 21,3%', '21,3%', 'change', '%', d(U, B24, indicator='tourist_arrivals')),
 ('quốc tế 685.000 lượt', '685.000', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('ước đạt 24.900 tỷ đồng', '24.900 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('giảm còn 2,18%', '2,18%', 'level', '%', d(D, indicator='poverty_rate')),
 ('giảm 1,35 điểm phần trăm', '1,35 điểm phần trăm', 'change', 'điểm %', d(D, B24, indicator='poverty_rate')),
 ('(giảm 1 - 1,2 điểm phần trăm)', '1 - 1,2 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate', modality='target')),
 ('còn 7,46%', '7,46%', 'level', '%', d(indicator='poverty_rate')),
 ('cho 46.800 lao động', '46.800', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 104% kế hoạch', '104%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('đưa 2.150 người', '2.150', 'level', 'người', d(indicator='labour_export')),
 ('đạt 71,5%', '71,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đạt 94,1%', '94,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đạt 11,2 bác sĩ', '11,2', 'level', 'bác sĩ/vạn dân', d(indicator='doctors_per_10k')),
 ('33,5 giường bệnh/vạn dân', '33,5 giường bệnh/vạn dân', 'level', 'giường bệnh/vạn dân', d(indicator='hospital_beds_per_10k')),
 ('có 1.392 trường', '1.392', 'level', 'trường học', d(period='2025/2026')),
 ('918 trường', '918', 'level', 'trường', d(period='2025/2026', indicator='national_standard_schools')),
 ('tỷ lệ 65,9%', '65,9%', 'level', '%', d(period='2025/2026', indicator='national_standard_schools')),
 ('đạt 99,12%', '99,12%', 'level', '%', d()),
 ('ra 1.046 vụ', '1.046', 'level', 'vụ', d(indicator='crime')),
 ('giảm 8,3%', '8,3%', 'change', '%', d(D, SP, indicator='crime')),
 ('932/1.046 vụ', '932/1.046', 'ratio', 'vụ', d(indicator='crime_clearance_rate')),
 ('tỷ lệ 89,1%', '89,1%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('xảy ra 268 vụ', '268', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 187 người', '187', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 142 người', '142', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 31 vụ', '31', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 22 người', '22', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('giảm 17 người', '17', 'change', 'người', d(D, SP, indicator='traffic_injuries')),
 ('đạt 10% trở lên', '10%', 'level', '%', d(K, G, bound='at_least')),
 ('đạt 86 triệu đồng', '86 triệu đồng', 'level', 'VND/người/năm', d(K, indicator='grdp_per_capita')),
 ('đạt 28.500 tỷ đồng', '28.500 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('đạt 2,7 tỷ USD', '2,7 tỷ USD', 'level', 'USD', d(K, indicator='export_value')),
 ('giảm 1 - 1,5 điểm phần trăm', '1 - 1,5 điểm phần trăm', 'change', 'điểm %', d(K, D, indicator='poverty_rate')),
 ('đạt 48,5%', '48,5%', 'level', '%', d(K, indicator='forest_cover')),
 ('thêm 12 xã', '12', 'level', 'xã', d(K, indicator='new_rural_communes')),
 ('đạt 95% trở lên', '95%', 'level', '%', d(K, indicator='health_insurance_coverage', bound='at_least')),
 ('qua 32 nghị quyết', '32', 'level', 'nghị quyết', d(optional=True)),
]
