TEXT = '''
QUẢNG TRỊ ONLINE - BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Quốc phòng - An ninh | Du lịch | Media
Chính trị > Hoạt động HĐND

Thứ Tư, 10/12/2025, 18:45 (GMT+7)

Kỳ họp thứ 5 HĐND tỉnh khoá VIII: Phấn đấu năm 2026 tăng trưởng GRDP từ 10% trở lên

QTO - Sau 3 ngày làm việc khẩn trương, chiều 10/12, kỳ họp thứ 5 (kỳ họp thường lệ cuối năm 2025) HĐND tỉnh Quảng Trị khoá VIII, nhiệm kỳ 2021 - 2026 đã bế mạc. Đây là kỳ họp thường lệ cuối năm đầu tiên của HĐND tỉnh sau khi hợp nhất hai tỉnh Quảng Bình và Quảng Trị.

Các đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Thanh Hoà

Năm 2025: 18/24 chỉ tiêu đạt và vượt

Theo báo cáo của UBND tỉnh, trong bối cảnh vừa vận hành bộ máy chính quyền địa phương hai cấp, vừa khắc phục hậu quả cơn bão số 5, kinh tế - xã hội của tỉnh tiếp tục phát triển. Trong 24 chỉ tiêu chủ yếu, có 18/24 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu xấp xỉ đạt, 4 chỉ tiêu không đạt.

Tốc độ tăng trưởng GRDP năm 2025 ước đạt 7,65%, thấp hơn mục tiêu 8% đề ra; quy mô GRDP đạt khoảng 178.400 tỷ đồng, gấp 1,5 lần năm 2020. GRDP bình quân đầu người ước 93,2 triệu đồng. Cơ cấu các khu vực nông, lâm nghiệp, thuỷ sản - công nghiệp, xây dựng - dịch vụ lần lượt là 19,4%, 31,8% và 41,2%.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 15.820 tỷ đồng, bằng 118,6% dự toán Trung ương giao và 105,3% dự toán HĐND tỉnh giao, tăng 12,4% so với năm 2024. Trong đó, thu nội địa ước 13.050 tỷ đồng; thu từ hoạt động xuất, nhập khẩu ước 1.270 tỷ đồng, vượt 27% dự toán. Tổng chi ngân sách địa phương ước 34.260 tỷ đồng.

Kim ngạch xuất khẩu ước đạt 1,12 tỷ USD, vượt 6,7% kế hoạch. Ngành du lịch đón 7,4 triệu lượt khách, tăng 14% so với năm trước, trong đó hơn 410.000 lượt khách quốc tế; tổng thu từ du lịch đạt 14.600 tỷ đồng. Riêng Vườn quốc gia Phong Nha - Kẻ Bàng đón trên 1,1 triệu lượt.

Sản lượng lương thực cả năm đạt 582.000 tấn; năng suất lúa bình quân 58,6 tạ/ha, cao hơn năm 2024 là 1,4 tạ/ha. Tỷ lệ che phủ rừng đạt 67,8%; tỷ lệ đô thị hoá ước 38,5%; tỷ lệ dân cư nông thôn được sử dụng nước sạch đạt 71%.

Lĩnh vực văn hoá - xã hội có nhiều chuyển biến. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 giảm còn 3,92%, giảm 1,26 điểm phần trăm so với năm 2024; riêng các xã miền núi giảm 3,5 - 4 điểm phần trăm. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,2%; số bác sĩ đạt 13,6 bác sĩ/vạn dân, số giường bệnh đạt 34,5 giường/vạn dân. Toàn tỉnh giải quyết việc làm cho 27.350 lao động, trong đó đưa 3.120 lao động đi làm việc ở nước ngoài.

4 chỉ tiêu không đạt gồm: tăng trưởng GRDP, thu nhập bình quân đầu người, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ và tỷ lệ xã đạt chuẩn nông thôn mới nâng cao.

Chất vấn "nóng" về sạt lở

Tại phiên chất vấn, đại biểu Hồ Văn Khoa (Tổ đại biểu xã Hướng Hoá) nêu tình trạng người dân vùng núi phía tây phải di dời khẩn cấp mỗi mùa mưa bão. Trả lời chất vấn, Giám đốc Sở Nông nghiệp và Môi trường Lê Văn Bảo cho biết, toàn tỉnh hiện còn 1.240 hộ dân sống ở vùng có nguy cơ sạt lở cao; năm 2025 đã bố trí tái định cư cho 386 hộ, đạt 64,3% kế hoạch. Ông Bảo cho biết, gia đình ông Hồ Văn Pả (62 tuổi, bản Ka Tăng) là một trong 12 hộ đầu tiên chuyển đến khu tái định cư mới.

Mục tiêu năm 2026

Kỳ họp đã thông qua 27 nghị quyết quan trọng; các nghị quyết đều được 98/98 đại biểu có mặt biểu quyết tán thành (100%). Trong đó, Nghị quyết số 86/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2026 xác định các chỉ tiêu chủ yếu năm 2026: tốc độ tăng trưởng GRDP từ 10% trở lên; GRDP bình quân đầu người đạt 102 - 105 triệu đồng; tổng thu ngân sách nhà nước trên địa bàn 16.500 tỷ đồng; kim ngạch xuất khẩu 1,3 tỷ USD; tỷ lệ hộ nghèo giảm 1 - 1,5 điểm phần trăm; tỷ lệ che phủ rừng duy trì ở mức 67,8%; tỷ lệ bao phủ bảo hiểm y tế đạt 96%; giải quyết việc làm cho 28.000 lao động.

HĐND tỉnh cũng quyết định dự toán chi ngân sách địa phương năm 2026 là 35.870 tỷ đồng và kế hoạch đầu tư công năm 2026 là 9.680 tỷ đồng, tăng 11,2% so với năm 2025.

Phát biểu bế mạc, Chủ tịch HĐND tỉnh Nguyễn Đăng Quang yêu cầu UBND tỉnh giải ngân 100% kế hoạch vốn đầu tư công năm 2025 trước ngày 31/1/2026, không để các công trình trên Quốc lộ 9 và Quốc lộ 12A kéo dài tiến độ.

Thanh Hoà - Minh Thuỷ

Tin cùng chuyên mục
• Khai mạc kỳ họp thứ 5 HĐND tỉnh khoá VIII (08/12/2025)
• Quảng Trị: 15 xã hoàn thành bố trí tái định cư sau bão số 5 (05/12/2025)
• Đồng Hới đón 1 triệu lượt khách dịp lễ hội hang động

Lượt xem: 2.184 | Bình luận: 0
Đường dây nóng: 0232 3822 612 - Email: toasoan@baoquangtri.vn
'''
META = {'published': '2025-12-10', 'locality': 'tỉnh Quảng Trị'}
DEFAULTS = {'locality': 'tỉnh Quảng Trị', 'period': '2025', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
E = {'modality': 'estimate'}
TG = {'modality': 'target', 'period': '2026'}
RT = {'indicator': 'resolution_targets'}
B = {'indicator': 'budget_revenue'}
FIGS = [
 # headline
 ('Phấn đấu năm 2026 tăng trưởng GRDP từ 10%', '10%', 'level', '%', dict(TG, indicator='grdp_growth', bound='at_least')),
 # results
 ('Năm 2025: 18/24 chỉ tiêu', '18/24', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('Trong 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', dict(optional=True)),
 ('có 18/24 chỉ tiêu', '18/24', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('kế hoạch, 2 chỉ tiêu', '2', 'level', 'chỉ tiêu', dict(RT, status='nearly')),
 ('đạt, 4 chỉ tiêu', '4', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('ước đạt 7,65%', '7,65%', 'level', '%', dict(E, indicator='grdp_growth')),
 ('mục tiêu 8%', '8%', 'level', '%', dict(indicator='grdp_growth', modality='target')),
 ('khoảng 178.400 tỷ đồng', '178.400 tỷ đồng', 'level', 'VND', dict(indicator='grdp', bound='about')),
 ('gấp 1,5 lần', '1,5 lần', 'change', 'lần', dict(U, base='2020', indicator='grdp')),
 ('ước 93,2 triệu đồng', '93,2 triệu đồng', 'level', 'VND/người/năm', dict(E, indicator='grdp_per_capita')),
 ('là 19,4%', '19,4%', 'level', '%', dict(indicator='sector_share')),
 (', 31,8%', '31,8%', 'level', '%', dict(indicator='sector_share')),
 ('và 41,2%', '41,2%', 'level', '%', dict(indicator='sector_share')),
 ('ước đạt 15.820 tỷ đồng', '15.820 tỷ đồng', 'level', 'VND', dict(B, **E)),
 ('bằng 118,6% dự toán', '118,6%', 'attainment', '%', dict(B, **E, **T)),
 ('và 105,3% dự toán', '105,3%', 'attainment', '%', dict(B, **E, **T)),
 ('tăng 12,4%', '12,4%', 'change', '%', dict(B, **E, **U, base='2024')),
 ('ước 13.050 tỷ đồng', '13.050 tỷ đồng', 'level', 'VND', dict(B, **E)),
 ('ước 1.270 tỷ đồng', '1.270 tỷ đồng', 'level', 'VND', dict(B, **E)),
 ('vượt 27% dự toán', '27%', 'change', '%', dict(B, **E, **U, **T, status='exceeded')),
 ('ước 34.260 tỷ đồng', '34.260 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_expenditure')),
 ('đạt 1,12 tỷ USD', '1,12 tỷ USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('vượt 6,7% kế hoạch', '6,7%', 'change', '%', dict(E, **U, **T, indicator='export_value', status='exceeded')),
 ('đón 7,4 triệu lượt khách', '7,4 triệu lượt khách', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('tăng 14%', '14%', 'change', '%', dict(U, base='2024', indicator='tourist_arrivals')),
 ('hơn 410.000 lượt', '410.000', 'level', 'lượt khách', dict(bound='over', indicator='international_tourist_arrivals')),
 ('đạt 14.600 tỷ đồng', '14.600 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('trên 1,1 triệu lượt', '1,1 triệu lượt', 'level', 'lượt', dict(bound='over', indicator='tourist_arrivals')),
 ('đạt 582.000 tấn', '582.000 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('bình quân 58,6 tạ/ha', '58,6 tạ/ha', 'level', 'tạ/ha', dict()),
 ('là 1,4 tạ/ha', '1,4 tạ/ha', 'change', 'tạ/ha', dict(U, base='2024')),
 ('đạt 67,8%', '67,8%', 'level', '%', dict(indicator='forest_cover')),
 ('ước 38,5%', '38,5%', 'level', '%', dict(E, indicator='urbanization_rate')),
 ('đạt 71%', '71%', 'level', '%', dict(indicator='clean_water_rate')),
 ('còn 3,92%', '3,92%', 'level', '%', dict(D, indicator='poverty_rate')),
 ('giảm 1,26 điểm phần trăm', '1,26 điểm phần trăm', 'change', 'điểm %', dict(D, base='2024', indicator='poverty_rate')),
 ('3,5 - 4 điểm phần trăm', '3,5 - 4 điểm phần trăm', 'change', 'điểm %', dict(D, indicator='poverty_rate')),
 ('đạt 95,2%', '95,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('đạt 13,6 bác sĩ/vạn dân', '13,6 bác sĩ/vạn dân', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('đạt 34,5 giường/vạn dân', '34,5 giường/vạn dân', 'level', 'giường/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('cho 27.350 lao động', '27.350', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đưa 3.120 lao động', '3.120', 'level', 'lao động', dict(indicator='labour_export')),
 ('4 chỉ tiêu không đạt gồm', '4', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 # question time
 ('còn 1.240 hộ', '1.240', 'level', 'hộ', dict()),
 ('cho 386 hộ', '386', 'level', 'hộ', dict()),
 ('đạt 64,3% kế hoạch', '64,3%', 'attainment', '%', dict(T)),
 # 2026
 ('thông qua 27 nghị quyết', '27', 'level', 'nghị quyết', dict(optional=True)),
 ('GRDP từ 10% trở lên;', '10%', 'level', '%', dict(TG, indicator='grdp_growth', bound='at_least')),
 ('102 - 105 triệu đồng', '102 - 105 triệu đồng', 'level', 'VND/người/năm', dict(TG, indicator='grdp_per_capita')),
 ('địa bàn 16.500 tỷ đồng', '16.500 tỷ đồng', 'level', 'VND', dict(B, **TG)),
 ('khẩu 1,3 tỷ USD', '1,3 tỷ USD', 'level', 'USD', dict(TG, indicator='export_value')),
 ('giảm 1 - 1,5 điểm phần trăm', '1 - 1,5 điểm phần trăm', 'change', 'điểm %', dict(TG, **D, indicator='poverty_rate')),
 ('mức 67,8%', '67,8%', 'level', '%', dict(TG, indicator='forest_cover')),
 ('đạt 96%', '96%', 'level', '%', dict(TG, indicator='health_insurance_coverage')),
 ('cho 28.000 lao động', '28.000', 'level', 'lao động', dict(TG, indicator='jobs_created')),
 ('là 35.870 tỷ đồng', '35.870 tỷ đồng', 'level', 'VND', dict(TG, indicator='budget_expenditure')),
 ('là 9.680 tỷ đồng', '9.680 tỷ đồng', 'level', 'VND', dict(TG)),
 ('tăng 11,2%', '11,2%', 'change', '%', dict(TG, **U, base='2025')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', dict(T, modality='target', indicator='public_investment_disbursement')),
]
