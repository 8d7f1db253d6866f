TEXT = '''
BÁO NINH BÌNH ĐIỆN TỬ
Thứ Bảy, ngày 27/12/2025 | Đường dây nóng: 0229 3871 224
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Xây dựng Đảng | Văn hóa - Du lịch | Thể thao | Bạn đọc

Chính trị › Chính quyền cơ sở

Xã Xuân Trường hoàn thành 21/23 chỉ tiêu năm 2025, đặt mục tiêu thu ngân sách năm 2026 trên 96 tỷ đồng

27/12/2025 07:45

(BNB) - Ngày 26/12, HĐND xã Xuân Trường khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 4 (kỳ họp thường lệ cuối năm 2025). Đây là kỳ họp cuối năm đầu tiên của xã kể từ khi chính quyền địa phương hai cấp đi vào hoạt động ngày 1/7/2025.

Đồng chí Phạm Văn Toản, Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu khai mạc kỳ họp. Ảnh: Hải Yến

Xã Xuân Trường được thành lập trên cơ sở sắp xếp 4 đơn vị hành chính là thị trấn Xuân Trường và các xã Xuân Ngọc, Xuân Hồng, Xuân Thủy (huyện Xuân Trường cũ), có diện tích tự nhiên 38,6 km2, dân số hơn 52.000 người, sinh sống ở 41 thôn, tổ dân phố.

Kinh tế tăng trưởng khá

Báo cáo của UBND xã tại kỳ họp cho biết, năm 2025, dù vừa sắp xếp tổ chức bộ máy, xã đã hoàn thành và hoàn thành vượt mức 21/23 chỉ tiêu Nghị quyết HĐND xã đề ra; 2 chỉ tiêu chưa đạt là thu nhập bình quân đầu người và tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ.

Tổng giá trị sản xuất trên địa bàn ước đạt 6.284 tỷ đồng, tăng 8,9% so với năm 2024, trong đó nông, lâm nghiệp, thủy sản 1.126 tỷ đồng, công nghiệp - xây dựng 3.418 tỷ đồng, thương mại - dịch vụ 1.740 tỷ đồng. Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng: nông nghiệp chiếm 17,9%, công nghiệp - xây dựng 54,4%, dịch vụ 27,7%.

Tổng sản lượng lương thực cả năm đạt 31.250 tấn; năng suất lúa bình quân 64,8 tạ/ha. Diện tích gieo trồng cây hằng năm 4.930 ha, trong đó có 620 ha lúa chất lượng cao liên kết tiêu thụ với doanh nghiệp. Thu nhập bình quân đầu người ước đạt 67,5 triệu đồng, bằng 96,4% chỉ tiêu Nghị quyết.

Thu ngân sách nhà nước trên địa bàn ước đạt 112,6 tỷ đồng, bằng 148,2% dự toán tỉnh giao và 131,5% dự toán HĐND xã giao; chi ngân sách xã ước 84,3 tỷ đồng, bằng 102,7% dự toán.

Văn hóa - xã hội có nhiều chuyển biến

Năm 2025, toàn xã giải quyết việc làm cho 1.140 lao động; tỷ lệ hộ nghèo giảm còn 0,84%, giảm 0,41 điểm phần trăm so với năm 2024; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,1%; 98,2% hộ gia đình đạt danh hiệu gia đình văn hóa. Xã đã hỗ trợ xóa 27 nhà tạm, nhà dột nát cho hộ nghèo, hộ có hoàn cảnh khó khăn với tổng kinh phí 1,62 tỷ đồng.

Đảng bộ xã hiện có 86 chi bộ với 2.430 đảng viên; trong năm kết nạp 52 đảng viên mới, đạt 115,6% chỉ tiêu. Cụ bà Trần Thị Nụ, 92 tuổi, thôn Xuân Bảng, nhận Huy hiệu 70 năm tuổi Đảng tại lễ trao huy hiệu đợt 7/11.

Thảo luận tại kỳ họp, đại biểu Vũ Văn Hưng (thôn Hành Thiện) đề nghị làm rõ tiến độ tuyến đường trục xã nối Quốc lộ 21 với đê biển dài 4,2 km. Trả lời, Phó Chủ tịch UBND xã Đỗ Thị Thu cho biết dự án có tổng mức đầu tư 38 tỷ đồng, đến nay đã giải ngân 21,5 tỷ đồng, đạt 56,6% kế hoạch vốn; xã phấn đấu thông tuyến trước ngày 30/4/2026.

Quang cảnh kỳ họp thứ 4, HĐND xã Xuân Trường khóa I. Ảnh: Hải Yến

22 chỉ tiêu cho năm 2026

Tại kỳ họp, HĐND xã đã thông qua 9 nghị quyết, trong đó có Nghị quyết số 28/NQ-HĐND về nhiệm vụ phát triển kinh tế - xã hội năm 2026 và Nghị quyết số 31/NQ-HĐND về dự toán ngân sách xã năm 2026. Các nghị quyết đều được 100% đại biểu có mặt biểu quyết tán thành (37/37 đại biểu).

Năm 2026, HĐND xã đề ra 22 chỉ tiêu chủ yếu, trong đó:
- Tổng giá trị sản xuất tăng 9 - 9,5%;
- Thu ngân sách nhà nước trên địa bàn từ 96 tỷ đồng trở lên;
- Thu nhập bình quân đầu người đạt 72 triệu đồng;
- Tỷ lệ hộ nghèo giảm xuống dưới 0,6%;
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên;
- Giải quyết việc làm cho 1.150 lao động;
- Kết nạp 45 đảng viên mới;
- Có thêm 3 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.

Phát biểu bế mạc, đồng chí Phạm Văn Toản đề nghị UBND xã sớm cụ thể hóa các nghị quyết, tập trung thu hút đầu tư vào Cụm công nghiệp Xuân Tiến và hoàn thành số hóa 100% hồ sơ hộ tịch trong quý I/2026.

Hải Yến - Minh Đức

Tin liên quan
• Xã Xuân Trường tổ chức Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030 (18/8/2025)
• Ninh Bình: 129 xã, phường hoàn thành kỳ họp cuối năm (25/12/2025)
• Thu ngân sách toàn tỉnh năm 2025 ước vượt 50.000 tỷ đồng (20/12/2025)

Đọc nhiều
1. Giá lúa gạo hôm nay 27/12: gạo tẻ thường 13.500 đồng/kg
2. 5 điểm du lịch Tràng An đón khách dịp Noel

BÁO NINH BÌNH - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Ninh Bình
Giấy phép số 104/GP-BVHTTDL. Địa chỉ: số 1 đường Trần Hưng Đạo, phường Hoa Lư, tỉnh Ninh Bình. Điện thoại: 0229 3871 224
'''
META = {'published': '2025-12-27', 'locality': 'xã Xuân Trường'}
DEFAULTS = {'locality': 'xã Xuân Trường', 'period': '2025', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
E = {'modality': 'estimate'}
TG = {'modality': 'target', 'period': '2026'}
RT = {'indicator': 'resolution_targets'}
B = {'indicator': 'budget_revenue'}
FIGS = [
 ('thành 21/23 chỉ tiêu năm 2025', '21/23', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('năm 2026 trên 96 tỷ đồng', '96 tỷ đồng', 'level', 'VND', dict(B, **TG, bound='over')),
 ('sắp xếp 4 đơn vị', '4', 'level', 'đơn vị hành chính', dict(optional=True)),
 ('38,6 km2', '38,6 km2', 'level', 'km2', dict(optional=True)),
 ('hơn 52.000 người', '52.000', 'level', 'người', dict(optional=True)),
 ('ở 41 thôn', '41', 'level', 'thôn', dict(optional=True)),
 ('vượt mức 21/23 chỉ tiêu', '21/23', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('; 2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('đạt 6.284 tỷ đồng', '6.284 tỷ đồng', 'level', 'VND', dict(E, indicator='total_output_value')),
 ('tăng 8,9%', '8,9%', 'change', '%', dict(E, **U, base='2024', indicator='total_output_value')),
 ('thủy sản 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', dict(E, indicator='agricultural_output_value')),
 ('xây dựng 3.418 tỷ đồng', '3.418 tỷ đồng', 'level', 'VND', dict(E, indicator='industrial_output_value')),
 ('dịch vụ 1.740 tỷ đồng', '1.740 tỷ đồng', 'level', 'VND', dict(E)),
 ('chiếm 17,9%', '17,9%', 'level', '%', dict(indicator='sector_share')),
 ('xây dựng 54,4%', '54,4%', 'level', '%', dict(indicator='sector_share')),
 ('dịch vụ 27,7%', '27,7%', 'level', '%', dict(indicator='sector_share')),
 ('đạt 31.250 tấn', '31.250 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('bình quân 64,8 tạ/ha', '64,8 tạ/ha', 'level', 'tạ/ha', dict()),
 ('năm 4.930 ha', '4.930 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('có 620 ha', '620 ha', 'level', 'ha', dict()),
 ('đạt 67,5 triệu đồng', '67,5 triệu đồng', 'level', 'VND/người/năm', dict(E, indicator='income_per_capita')),
 ('bằng 96,4% chỉ tiêu', '96,4%', 'attainment', '%', dict(E, **T, indicator='income_per_capita')),
 ('đạt 112,6 tỷ đồng', '112,6 tỷ đồng', 'level', 'VND', dict(B, **E)),
 ('bằng 148,2% dự toán', '148,2%', 'attainment', '%', dict(B, **E, **T)),
 ('và 131,5% dự toán', '131,5%', 'attainment', '%', dict(B, **E, **T)),
 ('ước 84,3 tỷ đồng', '84,3 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_expenditure')),
 ('bằng 102,7% dự toán', '102,7%', 'attainment', '%', dict(E, **T, indicator='budget_expenditure')),
 ('cho 1.140 lao động', '1.140', 'level', 'lao động', dict(indicator='jobs_created')),
 ('còn 0,84%', '0,84%', 'level', '%', dict(D, indicator='poverty_rate')),
 ('giảm 0,41 điểm phần trăm', '0,41 điểm phần trăm', 'change', 'điểm %', dict(D, base='2024', indicator='poverty_rate')),
 ('đạt 94,1%', '94,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('; 98,2% hộ gia đình', '98,2%', 'level', '%', dict()),
 ('xóa 27 nhà tạm', '27', 'level', 'nhà', dict()),
 ('kinh phí 1,62 tỷ đồng', '1,62 tỷ đồng', 'level', 'VND', dict()),
 ('có 86 chi bộ', '86', 'level', 'chi bộ', dict(optional=True)),
 ('với 2.430 đảng viên', '2.430', 'level', 'đảng viên', dict()),
 ('kết nạp 52 đảng viên', '52', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 115,6% chỉ tiêu', '115,6%', 'attainment', '%', dict(T, indicator='new_party_members')),
 ('đầu tư 38 tỷ đồng', '38 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('giải ngân 21,5 tỷ đồng', '21,5 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('đạt 56,6% kế hoạch', '56,6%', 'attainment', '%', dict(optional=True)),
 ('số hóa 100% hồ sơ', '100%', 'level', '%', dict(modality='target', period='2026-Q1')),
 ('22 chỉ tiêu cho năm 2026', '22', 'level', 'chỉ tiêu', dict(RT, **TG)),
 ('thông qua 9 nghị quyết', '9', 'level', 'nghị quyết', dict(optional=True)),
 ('đề ra 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', dict(RT, **TG)),
 ('tăng 9 - 9,5%', '9 - 9,5%', 'change', '%', dict(TG, **U, indicator='total_output_value')),
 ('từ 96 tỷ đồng trở lên', '96 tỷ đồng', 'level', 'VND', dict(B, **TG, bound='at_least')),
 ('đạt 72 triệu đồng', '72 triệu đồng', 'level', 'VND/người/năm', dict(TG, indicator='income_per_capita')),
 ('dưới 0,6%', '0,6%', 'level', '%', dict(TG, **D, bound='under', indicator='poverty_rate')),
 ('đạt 95% trở lên', '95%', 'level', '%', dict(TG, bound='at_least', indicator='health_insurance_coverage')),
 ('cho 1.150 lao động', '1.150', 'level', 'lao động', dict(TG, indicator='jobs_created')),
 ('nạp 45 đảng viên', '45', 'level', 'đảng viên', dict(TG, indicator='new_party_members')),
 ('thêm 3 thôn', '3', 'level', 'thôn', dict(TG)),
]
