TEXT = '''
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp | Văn hóa - Thể thao | Pháp luật
Thứ Tư, 10/12/2025 | 16:42

Thời sự - Chính trị

Năm 2025: 19/22 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch

(VLO) - Sáng 10/12, HĐND tỉnh Vĩnh Long khóa X, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 6 (kỳ họp thường lệ cuối năm 2025). Theo báo cáo của UBND tỉnh, năm 2025 có 19/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 3 chỉ tiêu chưa đạt; tốc độ tăng trưởng kinh tế (GRDP) ước đạt 7,12%, cao nhất trong 5 năm gần đây.

Năm 2025 là năm đầu tiên tỉnh Vĩnh Long (mới) hoạt động sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh; số liệu cả năm được tính gộp trên cơ sở ba tỉnh cũ. Quy mô GRDP (giá hiện hành) ước đạt 298.650 tỷ đồng, đứng thứ 3 vùng Đồng bằng sông Cửu Long; GRDP bình quân đầu người ước đạt 72,4 triệu đồng, tăng 6,8 triệu đồng so với năm 2024. Cơ cấu kinh tế chuyển dịch đúng hướng: khu vực nông, lâm nghiệp và thủy sản chiếm 31,6%; công nghiệp - xây dựng 27,9%; dịch vụ 36,2%; thuế sản phẩm trừ trợ cấp sản phẩm 4,3%.

Thu ngân sách nhà nước trên địa bàn ước đạt 21.480 tỷ đồng, đạt 118,6% dự toán Trung ương giao, tăng 12,3% so với năm trước; trong đó thu nội địa 19.760 tỷ đồng. Kim ngạch xuất khẩu ước đạt 3,85 tỷ USD, vượt 6,9% kế hoạch; nhập khẩu 1,62 tỷ USD, giảm 4,1%. Tổng vốn đầu tư toàn xã hội ước thực hiện 72.300 tỷ đồng, tăng 10,5% so với năm 2024. Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 8.912 tỷ đồng, bằng 68,4% kế hoạch Thủ tướng Chính phủ giao, cao hơn bình quân cả nước (60,6%).

Sản lượng lúa cả năm ước đạt 2,08 triệu tấn, giảm 1,9% so với năm 2024 do chuyển đổi khoảng 8.500 ha đất lúa kém hiệu quả sang trồng cây ăn trái và nuôi thủy sản. Diện tích cây ăn trái hiện có 186.400 ha, trong đó dừa 128.900 ha. Sản lượng thủy sản đạt 486.000 tấn, tăng 3,7%.

Về thu hút đầu tư, trong năm toàn tỉnh cấp mới 42 dự án với tổng vốn đăng ký 18.640 tỷ đồng, trong đó có 9 dự án FDI với tổng vốn 312,5 triệu USD; có 1.946 doanh nghiệp thành lập mới, tăng 8,6% so với năm 2024. Ngành du lịch đón 6,8 triệu lượt khách, doanh thu đạt 5.460 tỷ đồng. Tính theo khu vực, thu ngân sách của các khu vực Vĩnh Long, Bến Tre và Trà Vinh cũ lần lượt là 6.120 tỷ đồng, 7.350 tỷ đồng và 8.010 tỷ đồng.

Đại biểu HĐND tỉnh biểu quyết thông qua chương trình kỳ họp. Ảnh: HOÀNG LAM

Về văn hóa - xã hội, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 1,18%; tỷ lệ hộ cận nghèo 2,64%. Toàn tỉnh giải quyết việc làm cho 52.600 lao động, trong đó đưa 1.180 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ lao động qua đào tạo đạt 72,5%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,1%. Đến nay, toàn tỉnh có 238/276 xã đạt chuẩn nông thôn mới (tính theo địa giới trước sắp xếp), 96 xã đạt chuẩn nông thôn mới nâng cao và 21 xã đạt chuẩn nông thôn mới kiểu mẫu.

Năm 2026, tỉnh đề ra 24 chỉ tiêu chủ yếu, trong đó:
- Tốc độ tăng trưởng GRDP: 10% trở lên;
- GRDP bình quân đầu người: 80 - 82 triệu đồng;
- Thu ngân sách nhà nước trên địa bàn: 23.500 tỷ đồng;
- Kim ngạch xuất khẩu: 4,2 tỷ USD;
- Tỷ lệ hộ nghèo: giảm 0,3 - 0,5 điểm phần trăm;
- Tỷ lệ dân số tham gia bảo hiểm y tế: trên 95%;
- Giải quyết việc làm: 50.000 lao động.

Thảo luận tại tổ, đại biểu Nguyễn Văn Sáu (tổ đại biểu phường An Hội) cho rằng 3 chỉ tiêu không đạt gồm tốc độ tăng trưởng GRDP (kế hoạch 8%), tỷ lệ đô thị hóa (đạt 32,8%, kế hoạch 34%) và số bác sĩ/vạn dân (đạt 9,6 bác sĩ, kế hoạch 10 bác sĩ) cần được phân tích rõ nguyên nhân. Riêng khu vực Trà Vinh cũ, tỷ lệ hộ nghèo vẫn ở mức 2,05%, cao hơn bình quân chung của tỉnh 0,87 điểm phần trăm.

Kỳ họp diễn ra trong 3 ngày (từ ngày 10 đến 12/12), xem xét, thông qua 36 nghị quyết.

THẢO LY

Tin cùng chuyên mục:
- Vĩnh Long: 11 tháng, kim ngạch xuất khẩu đạt 3,4 tỷ USD (05/12/2025)
- Khai mạc Kỳ họp thứ 6 HĐND tỉnh khóa X (10/12/2025)
- Cầu Rạch Miễu 2 hợp long nhịp chính (28/11/2025)

Báo Vĩnh Long - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Vĩnh Long
Địa chỉ: 38 đường 2/9, phường Long Châu, tỉnh Vĩnh Long. Điện thoại: 0270.3822.353
'''
META = {'published': '2025-12-10', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2026', 'modality': 'target'}
T25 = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('Năm 2025: 19/22 chỉ tiêu', '19/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('năm 2025 có 19/22 chỉ tiêu', '19/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('kế hoạch, 3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 7,12%', '7,12%', 'level', '%', d(E, indicator='grdp_growth')),
 ('ước đạt 298.650 tỷ đồng', '298.650 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('ước đạt 72,4 triệu đồng', '72,4 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita')),
 ('tăng 6,8 triệu đồng', '6,8 triệu đồng', 'change', 'VND/người/năm', d(E, U, indicator='grdp_per_capita', base='2024')),
 ('chiếm 31,6%', '31,6%', 'level', '%', d(indicator='sector_share')),
 ('xây dựng 27,9%', '27,9%', 'level', '%', d(indicator='sector_share')),
 ('dịch vụ 36,2%', '36,2%', 'level', '%', d(indicator='sector_share')),
 ('sản phẩm 4,3%', '4,3%', 'level', '%', d(indicator='sector_share')),
 ('ước đạt 21.480 tỷ đồng', '21.480 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('đạt 118,6% dự toán', '118,6%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('tăng 12,3% so với năm trước', '12,3%', 'change', '%', d(E, U, indicator='budget_revenue', base='2024')),
 ('nội địa 19.760 tỷ đồng', '19.760 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('ước đạt 3,85 tỷ USD', '3,85 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('vượt 6,9% kế hoạch', '6,9%', 'change', '%', d(E, U, TB, indicator='export_value', status='exceeded')),
 ('nhập khẩu 1,62 tỷ USD', '1,62 tỷ USD', 'level', 'USD', d(indicator='import_value')),
 ('giảm 4,1%', '4,1%', 'change', '%', d(D, indicator='import_value')),
 ('thực hiện 72.300 tỷ đồng', '72.300 tỷ đồng', 'level', 'VND', d(E, indicator='social_investment')),
 ('tăng 10,5% so với năm 2024', '10,5%', 'change', '%', d(E, U, indicator='social_investment', base='2024')),
 ('đạt 8.912 tỷ đồng', '8.912 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement', period='2025-11M')),
 ('bằng 68,4% kế hoạch', '68,4%', 'attainment', '%', d(TB, indicator='public_investment_disbursement', period='2025-11M')),
 ('cả nước (60,6%)', '60,6%', 'attainment', '%', d(TB, indicator='public_investment_disbursement', period='2025-11M', locality='cả nước')),
 ('ước đạt 2,08 triệu tấn', '2,08 triệu tấn', 'level', 'tấn', d(E, indicator='rice_output')),
 ('giảm 1,9% so với năm 2024', '1,9%', 'change', '%', d(E, D, indicator='rice_output', base='2024')),
 ('khoảng 8.500 ha', '8.500 ha', 'level', 'ha', d(E, bound='about')),
 ('hiện có 186.400 ha', '186.400 ha', 'level', 'ha', d()),
 ('dừa 128.900 ha', '128.900 ha', 'level', 'ha', d()),
 ('đạt 486.000 tấn', '486.000 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 3,7%', '3,7%', 'change', '%', d(U, indicator='aquaculture_output')),
 ('cấp mới 42 dự án', '42', 'level', 'dự án', d()),
 ('ký 18.640 tỷ đồng', '18.640 tỷ đồng', 'level', 'VND', d()),
 ('có 9 dự án FDI', '9', 'level', 'dự án', d()),
 ('vốn 312,5 triệu USD', '312,5 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('có 1.946 doanh nghiệp', '1.946', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 8,6% so với năm 2024', '8,6%', 'change', '%', d(U, indicator='new_enterprises', base='2024')),
 ('đón 6,8 triệu lượt khách', '6,8 triệu lượt khách', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('đạt 5.460 tỷ đồng', '5.460 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('lần lượt là 6.120 tỷ đồng', '6.120 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('7.350 tỷ đồng', '7.350 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='tỉnh Bến Tre')),
 ('8.010 tỷ đồng', '8.010 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='tỉnh Trà Vinh')),
 ('giảm còn 1,18%', '1,18%', 'level', '%', d(D, indicator='poverty_rate')),
 ('cận nghèo 2,64%', '2,64%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 52.600 lao động', '52.600', 'level', 'lao động', d(indicator='jobs_created')),
 ('đưa 1.180 người', '1.180', 'level', 'người', d(indicator='labour_export')),
 ('đạt 72,5%', '72,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đạt 94,1%', '94,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('có 238/276 xã', '238/276', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('96 xã đạt chuẩn', '96', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('21 xã đạt chuẩn', '21', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('đề ra 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(T, RT)),
 ('GRDP: 10% trở lên', '10%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('người: 80 - 82 triệu đồng', '80 - 82 triệu đồng', 'level', 'VND/người/năm', d(T, indicator='grdp_per_capita')),
 ('bàn: 23.500 tỷ đồng', '23.500 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue')),
 ('khẩu: 4,2 tỷ USD', '4,2 tỷ USD', 'level', 'USD', d(T, indicator='export_value')),
 ('giảm 0,3 - 0,5 điểm phần trăm', '0,3 - 0,5 điểm phần trăm', 'change', 'điểm %', d(T, D, indicator='poverty_rate')),
 ('tế: trên 95%', '95%', 'level', '%', d(T, indicator='health_insurance_coverage', bound='over')),
 ('làm: 50.000 lao động', '50.000', 'level', 'lao động', d(T, indicator='jobs_created')),
 ('rằng 3 chỉ tiêu không đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('(kế hoạch 8%)', '8%', 'level', '%', d(T25, indicator='grdp_growth')),
 ('đạt 32,8%', '32,8%', 'level', '%', d(indicator='urbanization_rate')),
 ('kế hoạch 34%', '34%', 'level', '%', d(T25, indicator='urbanization_rate')),
 ('đạt 9,6 bác sĩ', '9,6', 'level', 'bác sĩ/vạn dân', d(indicator='doctors_per_10k')),
 ('kế hoạch 10 bác sĩ', '10', 'level', 'bác sĩ/vạn dân', d(T25, indicator='doctors_per_10k')),
 ('mức 2,05%', '2,05%', 'level', '%', d(indicator='poverty_rate', locality='tỉnh Trà Vinh')),
 ('tỉnh 0,87 điểm phần trăm', '0,87 điểm phần trăm', 'change', 'điểm %', d(U, indicator='poverty_rate', locality='tỉnh Trà Vinh')),
 ('thông qua 36 nghị quyết', '36', 'level', 'nghị quyết', d(optional=True)),
]
