TEXT = '''
BÁO KON TUM ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá - Thể thao | Quốc phòng - An ninh
Thứ sáu, 08/12/2023

Khai mạc Kỳ họp thứ 6, HĐND tỉnh khoá XII: năm 2023 có 19/23 chỉ tiêu đạt và vượt kế hoạch

08/12/2023 09:15

(BKT) - Sáng 7/12, HĐND tỉnh khoá XII, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 6 (kỳ họp thường lệ cuối năm 2023). Đồng chí Dương Văn Trang, Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh chủ trì kỳ họp. Dự khai mạc có lãnh đạo Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh và các sở, ngành.

Trình bày báo cáo tình hình kinh tế - xã hội năm 2023, đồng chí Phó Chủ tịch UBND tỉnh cho biết, năm 2023 tỉnh thực hiện 23 chỉ tiêu chủ yếu; ước cả năm có 19 chỉ tiêu đạt và vượt kế hoạch, 4 chỉ tiêu không đạt.

Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,2%, thấp hơn 2,3 điểm phần trăm so với kế hoạch (8,5%) nhưng vẫn ở nhóm khá của vùng Tây Nguyên. GRDP bình quân đầu người ước đạt 58,6 triệu đồng, tăng 4,9 triệu đồng so với năm 2022. Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng: tỷ trọng nông, lâm nghiệp và thuỷ sản còn 30,4%, công nghiệp - xây dựng 25,9%, dịch vụ 35,7%.

Tổng thu ngân sách nhà nước trên địa bàn ước cả năm đạt 3.420 tỷ đồng, đạt 102% dự toán HĐND tỉnh giao, bằng 93,5% so với năm 2022, trong đó thu nội địa 3.050 tỷ đồng. Chi ngân sách địa phương ước thực hiện 9.870 tỷ đồng. Giải ngân vốn đầu tư công đến ngày 30/11/2023 đạt 64,8% kế hoạch; ước cả năm giải ngân trên 92% kế hoạch vốn.

Sản xuất nông nghiệp được mùa; tổng diện tích gieo trồng ước đạt 88.640 ha, đạt 100,6% kế hoạch. Diện tích sâm Ngọc Linh trồng mới trong năm 186 ha, luỹ kế toàn tỉnh khoảng 2.500 ha. Công tác bảo vệ rừng được tăng cường, tỷ lệ che phủ rừng đạt 63,1%.

Đến nay, thành phố Kon Tum, huyện Đắk Hà và huyện Ngọc Hồi lần lượt có 10/10, 8/8 và 5/6 xã đạt chuẩn nông thôn mới; toàn tỉnh có 50/86 xã đạt chuẩn, tăng 5 xã so với cuối năm 2022.

Tỷ lệ hộ nghèo ước giảm còn 8,92%, giảm 3,16 điểm phần trăm so với cuối năm 2022; trong năm giải quyết việc làm mới cho 7.860 lao động, đạt 104,8% kế hoạch. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%, thấp hơn chỉ tiêu 0,4 điểm phần trăm.

Tuy vậy, một số chỉ tiêu không đạt như tăng trưởng kinh tế, thu hút khách du lịch (ước 1,05 triệu lượt, đạt 87,5% kế hoạch) và số doanh nghiệp thành lập mới (ước 320 doanh nghiệp, bằng 80% kế hoạch).

Các chỉ tiêu chủ yếu năm 2024: tốc độ tăng trưởng GRDP 8 - 8,5%; GRDP bình quân đầu người 65 - 66 triệu đồng; tổng thu ngân sách nhà nước trên địa bàn 3.650 tỷ đồng; tổng vốn đầu tư toàn xã hội tăng 12 - 15%; tỷ lệ hộ nghèo giảm 3 - 3,5% (riêng hộ nghèo dân tộc thiểu số giảm 4 - 5%); trồng mới 6.000 ha rừng; tỷ lệ che phủ rừng đạt 63,2%; giải quyết việc làm mới cho 7.500 lao động; có thêm 8 xã đạt chuẩn nông thôn mới; tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,3%.

Tại phiên thảo luận, đại biểu Y Hiếu (Tổ đại biểu huyện Kon Plông, 52 tuổi) phản ánh việc nâng cấp Quốc lộ 24 đoạn qua đèo Măng Đen chậm tiến độ; đại biểu đề nghị UBND tỉnh sớm có giải pháp bảo đảm an toàn giao thông trong mùa mưa. Kỳ họp dự kiến diễn ra trong 3 ngày, xem xét thông qua 28 nghị quyết, trong đó có Nghị quyết về dự toán ngân sách năm 2024.

Hoàng Hoà - Thuỳ Dương

Tin liên quan:
- Kon Tum: Thu ngân sách 11 tháng đạt 3.118 tỷ đồng
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14, khoá XVI

Báo Kon Tum - Cơ quan của Đảng bộ tỉnh Kon Tum. Toà soạn: 155 Bà Triệu, TP. Kon Tum. Điện thoại: 0260 3862 424.
'''
META = {'published': '2023-12-08', 'locality': 'tỉnh Kon Tum'}
DEFAULTS = {'locality': 'tỉnh Kon Tum', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P24 = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('có 19/23 chỉ tiêu', '19/23', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('hiện 23 chỉ tiêu', '23', 'level', 'chỉ tiêu', d(indicator='resolution_targets')),
 ('có 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', d(E, indicator='resolution_targets', status='achieved')),
 ('4 chỉ tiêu không đạt', '4', 'level', 'chỉ tiêu', d(E, indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 6,2%', '6,2%', 'level', '%', d(E, indicator='grdp_growth')),
 ('thấp hơn 2,3 điểm phần trăm', '2,3 điểm phần trăm', 'change', 'điểm %', d(E, D, indicator='grdp_growth', base='target')),
 ('(8,5%)', '8,5%', 'level', '%', d(T, indicator='grdp_growth')),
 ('ước đạt 58,6 triệu đồng', '58,6 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita')),
 ('tăng 4,9 triệu đồng', '4,9 triệu đồng', 'change', 'VND/người/năm', d(E, U, indicator='grdp_per_capita', base='2022')),
 ('còn 30,4%', '30,4%', 'level', '%', d(indicator='sector_share')),
 ('xây dựng 25,9%', '25,9%', 'level', '%', d(indicator='sector_share')),
 ('dịch vụ 35,7%', '35,7%', 'level', '%', d(indicator='sector_share')),
 ('đạt 3.420 tỷ đồng', '3.420 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('đạt 102% dự toán', '102%', 'attainment', '%', d(E, indicator='budget_revenue', base='target')),
 ('bằng 93,5% so với năm 2022', '93,5%', 'attainment', '%', d(E, indicator='budget_revenue', base='2022')),
 ('nội địa 3.050 tỷ đồng', '3.050 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('ước thực hiện 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('đạt 64,8% kế hoạch', '64,8%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target', period='2023-11M')),
 ('trên 92% kế hoạch', '92%', 'attainment', '%', d(E, indicator='public_investment_disbursement', base='target', bound='over')),
 ('ước đạt 88.640 ha', '88.640 ha', 'level', 'ha', d(E, indicator='crop_area')),
 ('đạt 100,6% kế hoạch', '100,6%', 'attainment', '%', d(E, indicator='crop_area', base='target')),
 ('năm 186 ha', '186 ha', 'level', 'ha', d()),
 ('khoảng 2.500 ha', '2.500 ha', 'level', 'ha', d(bound='about')),
 ('đạt 63,1%', '63,1%', 'level', '%', d(indicator='forest_cover')),
 ('có 10/10', '10/10', 'ratio', 'xã', d(indicator='new_rural_communes', locality='thành phố Kon Tum')),
 ('8/8 và', '8/8', 'ratio', 'xã', d(indicator='new_rural_communes', locality='huyện Đắk Hà')),
 ('5/6 xã', '5/6', 'ratio', 'xã', d(indicator='new_rural_communes', locality='huyện Ngọc Hồi')),
 ('có 50/86 xã', '50/86', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('tăng 5 xã', '5', 'change', 'xã', d(U, indicator='new_rural_communes', base='2022')),
 ('giảm còn 8,92%', '8,92%', 'level', '%', d(E, D, indicator='poverty_rate')),
 ('giảm 3,16 điểm phần trăm', '3,16 điểm phần trăm', 'change', 'điểm %', d(E, D, indicator='poverty_rate', base='2022')),
 ('cho 7.860 lao động', '7.860', 'level', 'lao động', d(indicator='new_jobs')),
 ('đạt 104,8% kế hoạch', '104,8%', 'attainment', '%', d(indicator='new_jobs', base='target')),
 ('đạt 94,6%', '94,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('chỉ tiêu 0,4 điểm phần trăm', '0,4 điểm phần trăm', 'change', 'điểm %', d(D, indicator='health_insurance_coverage', base='target')),
 ('ước 1,05 triệu lượt', '1,05 triệu', 'level', 'lượt', d(E, indicator='tourist_arrivals')),
 ('đạt 87,5% kế hoạch', '87,5%', 'attainment', '%', d(E, indicator='tourist_arrivals', base='target')),
 ('ước 320 doanh nghiệp', '320', 'level', 'doanh nghiệp', d(E, indicator='new_enterprises')),
 ('bằng 80% kế hoạch', '80%', 'attainment', '%', d(E, indicator='new_enterprises', base='target')),
 ('GRDP 8 - 8,5%', '8 - 8,5%', 'level', '%', d(P24, indicator='grdp_growth')),
 ('người 65 - 66 triệu đồng', '65 - 66 triệu đồng', 'level', 'VND/người/năm', d(P24, indicator='grdp_per_capita')),
 ('địa bàn 3.650 tỷ đồng', '3.650 tỷ đồng', 'level', 'VND', d(P24, indicator='budget_revenue')),
 ('tăng 12 - 15%', '12 - 15%', 'change', '%', d(P24, U, indicator='social_investment')),
 ('giảm 3 - 3,5%', '3 - 3,5%', 'change', '%', d(P24, D, indicator='poverty_rate')),
 ('giảm 4 - 5%', '4 - 5%', 'change', '%', d(P24, D, indicator='poverty_rate')),
 ('trồng mới 6.000 ha', '6.000 ha', 'level', 'ha', d(P24)),
 ('đạt 63,2%', '63,2%', 'level', '%', d(P24, indicator='forest_cover')),
 ('cho 7.500 lao động', '7.500', 'level', 'lao động', d(P24, indicator='new_jobs')),
 ('thêm 8 xã', '8', 'level', 'xã', d(P24, indicator='new_rural_communes')),
 ('đạt 95,3%', '95,3%', 'level', '%', d(P24, indicator='health_insurance_coverage')),
 ('thông qua 28 nghị quyết', '28', 'level', 'nghị quyết', d(optional=True)),
]
