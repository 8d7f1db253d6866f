TEXT = '''
BÁO HƯNG YÊN
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hưng Yên
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao
Thứ Ba, 09/12/2025 - 16:05

Kỳ họp thứ 33 HĐND tỉnh khóa XVII: Năm 2025, 24/26 chỉ tiêu đạt và vượt kế hoạch

(BHY) - Sáng 9/12, HĐND tỉnh khóa XVII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 33, kỳ họp thường lệ cuối năm 2025 đầu tiên sau khi hợp nhất hai tỉnh Hưng Yên và Thái Bình. Báo cáo của UBND tỉnh cho biết, năm 2025 có 24/26 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu chưa đạt.

Tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 9,2%, cao hơn mức tăng của năm 2024 (8,4%), trong đó khu vực Thái Bình cũ tăng 9,8%, khu vực Hưng Yên cũ tăng 8,7% (số liệu tính gộp hai tỉnh trước hợp nhất). Quy mô GRDP ước đạt 285.600 tỷ đồng, đứng thứ 9 cả nước; GRDP bình quân đầu người đạt 118,5 triệu đồng, tăng 11,3 triệu đồng so với năm 2024. Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 57,2%; dịch vụ chiếm 28,4%; nông, lâm nghiệp và thủy sản chiếm 9,1%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 5,3%.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 78.450 tỷ đồng, bằng 131,4% dự toán Trung ương giao, tăng 18,2% so với năm 2024; trong đó thu nội địa 61.200 tỷ đồng, thu từ hoạt động xuất nhập khẩu 17.250 tỷ đồng. Kim ngạch xuất khẩu ước đạt 16,8 tỷ USD, tăng 12,5%; kim ngạch nhập khẩu 12,1 tỷ USD, tăng 9,7%. Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đạt 1,92 tỷ USD, gấp 1,6 lần năm 2024.

Giá trị sản xuất nông, lâm nghiệp và thủy sản tăng 3,1%; sản lượng lương thực đạt 2,05 triệu tấn. Toàn tỉnh hiện có 815 sản phẩm OCOP đạt từ 3 sao trở lên.

Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025) giảm còn 0,91%; tỷ lệ hộ cận nghèo còn 1,47%. Giải quyết việc làm cho 52.600 lao động, đạt 105,2% kế hoạch; tỷ lệ lao động qua đào tạo đạt 73,5%. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,8% dân số; bình quân có 29,5 giường bệnh/vạn dân.

Hai chỉ tiêu chưa đạt là tỷ lệ đô thị hóa, ước đạt 38,6% (kế hoạch 40%), và tỷ lệ trường học đạt chuẩn quốc gia, ước đạt 78,5% (kế hoạch 80%).

Số vụ phạm pháp hình sự giảm 11,4% so với năm 2024; tỷ lệ điều tra khám phá án đạt 88,6%. Tai nạn giao thông xảy ra 214 vụ, làm chết 162 người, bị thương 121 người; so với năm 2024 giảm 19 vụ, giảm 8 người chết, giảm 6 người bị thương.

Quang cảnh kỳ họp thứ 33, HĐND tỉnh khóa XVII. Ảnh: Thu Hiền

Năm 2026, HĐND tỉnh xem xét, thông qua 25 chỉ tiêu chủ yếu, trong đó phấn đấu tốc độ tăng trưởng GRDP từ 10% trở lên; GRDP bình quân đầu người đạt 130 triệu đồng; thu ngân sách nhà nước trên địa bàn 82.000 tỷ đồng; tỷ lệ hộ nghèo giảm 0,2 - 0,3 điểm phần trăm; tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%.

Kỳ họp diễn ra trong 2 ngày (9 - 10/12), xem xét 36 tờ trình, dự thảo nghị quyết.

Nguyễn Thu Hiền

Tin liên quan
- Hưng Yên: 11 tháng thu ngân sách đạt 126% dự toán (02/12/2025)
- Khánh thành cầu Hiệp 2 trên Quốc lộ 39 (28/11/2025)
- 35 doanh nghiệp được vinh danh Thương hiệu mạnh năm 2025 (25/11/2025)

Giấy phép số 52/GP-BTTTT. Tòa soạn: 274 đường Nguyễn Văn Linh. Điện thoại: 0221.3862.402
'''
META = {'published': '2025-12-09', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
B24 = {'base': '2024'}
RT = {'indicator': 'resolution_targets'}
G = {'indicator': 'grdp_growth'}
SS = {'indicator': 'sector_share'}
BR = {'indicator': 'budget_revenue'}
TB = {'locality': 'tỉnh Thái Bình'}
N26 = {'period': '2026', 'modality': 'target'}
FIGS = [
 ('XVII: Năm 2025, 24/26', '24/26', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('năm 2025 có 24/26 chỉ tiêu', '24/26', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 9,2%', '9,2%', 'level', '%', d(E, G)),
 ('(8,4%)', '8,4%', 'level', '%', d(G, period='2024')),
 ('tăng 9,8%', '9,8%', 'change', '%', d(E, G, U, TB)),
 ('tăng 8,7%', '8,7%', 'change', '%', d(E, G, U)),
 ('ước đạt 285.600 tỷ đồng', '285.600 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('đạt 118,5 triệu đồng', '118,5 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita')),
 ('tăng 11,3 triệu đồng', '11,3 triệu đồng', 'change', 'VND/người/năm', d(U, B24, indicator='grdp_per_capita')),
 ('chiếm 57,2%', '57,2%', 'level', '%', d(SS)),
 ('chiếm 28,4%', '28,4%', 'level', '%', d(SS)),
 ('chiếm 9,1%', '9,1%', 'level', '%', d(SS)),
 ('chiếm 5,3%', '5,3%', 'level', '%', d(SS)),
 ('ước đạt 78.450 tỷ đồng', '78.450 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 131,4% dự toán', '131,4%', 'attainment', '%', d(E, BR, T)),
 ('tăng 18,2% so với năm 2024', '18,2%', 'change', '%', d(E, BR, U, B24)),
 ('nội địa 61.200 tỷ đồng', '61.200 tỷ đồng', 'level', 'VND', d(BR)),
 ('khẩu 17.250 tỷ đồng', '17.250 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước đạt 16,8 tỷ USD', '16,8 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 12,5%', '12,5%', 'change', '%', d(E, U, indicator='export_value')),
 ('khẩu 12,1 tỷ USD', '12,1 tỷ USD', 'level', 'USD', d(indicator='import_value')),
 ('tăng 9,7%', '9,7%', 'change', '%', d(U, indicator='import_value')),
 ('đạt 1,92 tỷ USD', '1,92 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(U, B24, indicator='fdi')),
 ('thủy sản tăng 3,1%', '3,1%', 'change', '%', d(U, indicator='agricultural_output_value')),
 ('đạt 2,05 triệu tấn', '2,05 triệu tấn', 'level', 'tấn', d(indicator='food_output')),
 ('có 815 sản phẩm', '815', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('giảm còn 0,91%', '0,91%', 'level', '%', d(DN, indicator='poverty_rate')),
 ('còn 1,47%', '1,47%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 52.600 lao động', '52.600', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 105,2% kế hoạch', '105,2%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('đạt 73,5%', '73,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đạt 93,8% dân số', '93,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('có 29,5 giường', '29,5', 'level', 'giường bệnh/vạn dân', d(indicator='hospital_beds_per_10k')),
 ('Hai chỉ tiêu chưa đạt', 'Hai', 'level', 'chỉ tiêu', d(RT, value=2, status='not_achieved')),
 ('ước đạt 38,6%', '38,6%', 'level', '%', d(E, indicator='urbanization_rate')),
 ('(kế hoạch 40%)', '40%', 'level', '%', d(indicator='urbanization_rate', modality='target')),
 ('ước đạt 78,5%', '78,5%', 'level', '%', d(E, indicator='national_standard_schools')),
 ('(kế hoạch 80%)', '80%', 'level', '%', d(indicator='national_standard_schools', modality='target')),
 ('giảm 11,4% so với năm 2024', '11,4%', 'change', '%', d(DN, B24, indicator='crime')),
 ('đạt 88,6%', '88,6%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('ra 214 vụ', '214', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 162 người', '162', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 121 người', '121', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 19 vụ', '19', 'change', 'vụ', d(DN, B24, indicator='traffic_accidents')),
 ('giảm 8 người', '8', 'change', 'người', d(DN, B24, indicator='traffic_deaths')),
 ('giảm 6 người', '6', 'change', 'người', d(DN, B24, indicator='traffic_injuries')),
 ('thông qua 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', d(RT, N26)),
 ('từ 10% trở lên', '10%', 'level', '%', d(G, N26, bound='at_least')),
 ('đạt 130 triệu đồng', '130 triệu đồng', 'level', 'VND/người/năm', d(N26, indicator='grdp_per_capita')),
 ('bàn 82.000 tỷ đồng', '82.000 tỷ đồng', 'level', 'VND', d(BR, N26)),
 ('0,2 - 0,3 điểm phần trăm', '0,2 - 0,3 điểm phần trăm', 'change', 'điểm %', d(N26, DN, indicator='poverty_rate')),
 ('trên 95%', '95%', 'level', '%', d(N26, indicator='health_insurance_coverage', bound='over')),
 ('xem xét 36 tờ trình', '36', 'level', 'tờ trình', dict(optional=True)),
]
