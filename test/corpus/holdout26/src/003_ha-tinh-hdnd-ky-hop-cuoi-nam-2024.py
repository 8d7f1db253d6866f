TEXT = '''
Báo Hà Tĩnh
Thứ Năm, 12/12/2024 | Hà Tĩnh 17°C | Liên hệ quảng cáo: 0239 3856 123
Chính trị | Kinh tế | Xã hội | Văn hoá | Giáo dục | Thể thao | Hà Tĩnh 24h | Bạn đọc | Media

Chính trị › Hội đồng nhân dân

Kỳ họp thứ 24, HĐND tỉnh khoá XVIII: Năm 2024 có 25/26 chỉ tiêu đạt và vượt kế hoạch

12/12/2024 - 06:30

Sáng 11/12, HĐND tỉnh Hà Tĩnh khoá XVIII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 24 - kỳ họp thường lệ cuối năm 2024. Kỳ họp diễn ra trong 3 ngày, xem xét 48 báo cáo, tờ trình và dự thảo nghị quyết.

Chủ tịch HĐND tỉnh Hoàng Trung Dũng phát biểu khai mạc kỳ họp. Ảnh: Đình Nhất

Kinh tế duy trì đà tăng trưởng

Trình bày báo cáo tại kỳ họp, Phó Chủ tịch UBND tỉnh cho biết, năm 2024 tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 6,8%; GRDP bình quân đầu người ước đạt 74,2 triệu đồng. Trong 26 chỉ tiêu chủ yếu, có 25/26 chỉ tiêu đạt và vượt kế hoạch; chỉ tiêu chưa đạt là tăng trưởng GRDP (kế hoạch 8 - 8,5%), do Nhà máy thép Formosa giảm công suất trong quý II và quý III.

Tổng vốn đầu tư toàn xã hội ước thực hiện 52.400 tỷ đồng, tăng 8,1% so với năm 2023. Kim ngạch xuất khẩu ước đạt 1,08 tỷ USD, tăng 21,6%; nhập khẩu ước đạt 3,96 tỷ USD. Toàn tỉnh có thêm 720 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp đang hoạt động lên 5.940 doanh nghiệp.

Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 22.150 tỷ đồng, đạt 107,8% dự toán Trung ương giao và 101,4% dự toán HĐND tỉnh giao; trong đó thu nội địa ước 11.620 tỷ đồng, đạt 112,3% dự toán, thu từ hoạt động xuất nhập khẩu 10.530 tỷ đồng. Tổng chi ngân sách địa phương ước thực hiện 24.870 tỷ đồng, đạt 96,3% dự toán.

Giải ngân vốn đầu tư công đến ngày 30/11/2024 đạt 5.214 tỷ đồng, bằng 72,8% kế hoạch; ước cả năm giải ngân đạt trên 95% kế hoạch vốn được giao.

Trong lĩnh vực xã hội, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 2,32%; tỷ lệ lao động qua đào tạo đạt 72,5%; tỷ lệ bao phủ bảo hiểm y tế đạt 92,6%. Trong năm, có thêm 19 xã đạt chuẩn nông thôn mới nâng cao và 7 xã đạt chuẩn nông thôn mới kiểu mẫu. Tỷ lệ che phủ rừng duy trì ở mức 52,4%.

Đại biểu chất vấn về đất lúa bỏ hoang và nhân lực y tế

Tại phiên chất vấn chiều 11/12, 9 đại biểu đã đặt câu hỏi với Giám đốc các sở Nông nghiệp và Phát triển nông thôn, Y tế.

Đại biểu Phan Thị Nguyên Thư (Tổ đại biểu huyện Hương Khê) dẫn báo cáo của Sở Nông nghiệp và PTNT: tính đến tháng 11/2024, toàn tỉnh còn 3.460 ha đất lúa bị bỏ hoang, tăng 820 ha so với năm 2023, tập trung ở các huyện ven biển. Trả lời, Giám đốc Sở Nông nghiệp và PTNT Nguyễn Văn Việt cho biết nguyên nhân chính là thiếu lao động và thuỷ lợi nội đồng xuống cấp; năm 2025, ngành phấn đấu phục hoá ít nhất 1.200 ha.

Đại biểu Trần Đình Gia (Tổ đại biểu thành phố Hà Tĩnh) nêu lo ngại về tình trạng bác sĩ nghỉ việc. Giám đốc Sở Y tế Nguyễn Tuấn Hoà cho biết năm 2024 toàn tỉnh có 1.486 bác sĩ, đạt 11,6 bác sĩ/vạn dân; riêng 6 tháng đầu năm có 37 bác sĩ nghỉ việc, chuyển công tác ra ngoài tỉnh. Sở đang tham mưu chính sách thu hút với mức hỗ trợ một lần 200 triệu đồng cho mỗi bác sĩ về công tác tại tuyến xã.

Bà Lê Thị Hương, 64 tuổi, cử tri xã Thạch Kim (huyện Lộc Hà) theo dõi phiên chất vấn qua sóng truyền hình, cho biết gia đình bà có 2 sào ruộng bỏ hoang đã 3 năm.

Thông qua 25 chỉ tiêu chủ yếu năm 2025

Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025 được thông qua với 51/51 đại biểu có mặt tán thành, đặt 25 chỉ tiêu chủ yếu, trong đó:
- Tốc độ tăng trưởng GRDP đạt 8,5 - 9%;
- GRDP bình quân đầu người đạt 82 triệu đồng;
- Thu ngân sách nhà nước trên địa bàn 22.400 tỷ đồng, trong đó thu nội địa 12.200 tỷ đồng;
- Tổng vốn đầu tư toàn xã hội 55.000 - 57.000 tỷ đồng;
- Tỷ lệ hộ nghèo giảm 0,8 - 1%;
- Tỷ lệ lao động qua đào tạo đạt 74%;
- Tỷ lệ che phủ rừng duy trì 52,5%;
- Có thêm 15 xã đạt chuẩn nông thôn mới nâng cao, 5 xã đạt chuẩn nông thôn mới kiểu mẫu.

Kỳ họp cũng thông qua Nghị quyết số 91/NQ-HĐND về dự toán ngân sách năm 2025 và Nghị quyết về kế hoạch đầu tư công năm 2025 với tổng vốn 6.850 tỷ đồng. Bế mạc kỳ họp, Chủ tịch HĐND tỉnh đề nghị các ngành tập trung hoàn thành dự án đường ven biển Xuân Hội - Thạch Khê - Vũng Áng và nâng cấp Quốc lộ 8A.

Đình Nhất - Thuỳ Dung

Tin liên quan
• Hà Tĩnh: 11 tháng thu ngân sách đạt 20.340 tỷ đồng (03/12/2024)
• Cử tri 13 huyện, thị xã, thành phố gửi 412 ý kiến tới kỳ họp (05/12/2024)
• Kỳ họp thứ 23: Thông qua 12 nghị quyết quan trọng (18/10/2024)

Lượt xem: 1.957

BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Giấy phép số 475/GP-BTTTT. Toà soạn: 48 Trần Phú, thành phố Hà Tĩnh. Điện thoại: 0239 3855 502
'''
META = {'published': '2024-12-12', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2024', 'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
A = {'modality': 'actual'}
TG = {'modality': 'target', 'period': '2025'}
B = {'indicator': 'budget_revenue'}
PI = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('có 25/26 chỉ tiêu đạt và vượt kế hoạch\n', '25/26', 'ratio', 'chỉ tiêu', dict(A, indicator='resolution_targets', status='achieved')),
 ('xem xét 48 báo cáo', '48', 'level', 'báo cáo', dict(optional=True)),
 ('ước đạt 6,8%', '6,8%', 'level', '%', dict(indicator='grdp_growth')),
 ('ước đạt 74,2 triệu đồng', '74,2 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita')),
 ('Trong 26 chỉ tiêu', '26', 'level', 'chỉ tiêu', dict(A, indicator='resolution_targets')),
 ('có 25/26 chỉ tiêu đạt và vượt kế hoạch;', '25/26', 'ratio', 'chỉ tiêu', dict(A, indicator='resolution_targets', status='achieved')),
 ('(kế hoạch 8 - 8,5%)', '8 - 8,5%', 'level', '%', dict(modality='target', indicator='grdp_growth')),
 ('thực hiện 52.400 tỷ đồng', '52.400 tỷ đồng', 'level', 'VND', dict(indicator='social_investment')),
 ('tăng 8,1%', '8,1%', 'change', '%', dict(U, base='2023', indicator='social_investment')),
 ('đạt 1,08 tỷ USD', '1,08 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('tăng 21,6%', '21,6%', 'change', '%', dict(U, indicator='export_value')),
 ('đạt 3,96 tỷ USD', '3,96 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('thêm 720 doanh nghiệp', '720', 'level', 'doanh nghiệp', dict(A, indicator='new_enterprises')),
 ('lên 5.940 doanh nghiệp', '5.940', 'level', 'doanh nghiệp', dict(A, **U)),
 ('thực hiện 22.150 tỷ đồng', '22.150 tỷ đồng', 'level', 'VND', dict(B)),
 ('đạt 107,8% dự toán', '107,8%', 'attainment', '%', dict(B, **T)),
 ('và 101,4% dự toán', '101,4%', 'attainment', '%', dict(B, **T)),
 ('ước 11.620 tỷ đồng', '11.620 tỷ đồng', 'level', 'VND', dict(B)),
 ('đạt 112,3% dự toán', '112,3%', 'attainment', '%', dict(B, **T)),
 ('khẩu 10.530 tỷ đồng', '10.530 tỷ đồng', 'level', 'VND', dict(B)),
 ('thực hiện 24.870 tỷ đồng', '24.870 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 96,3% dự toán', '96,3%', 'attainment', '%', dict(T, indicator='budget_expenditure')),
 ('đạt 5.214 tỷ đồng', '5.214 tỷ đồng', 'level', 'VND', dict(PI, **A, period='2024-11M')),
 ('bằng 72,8% kế hoạch', '72,8%', 'attainment', '%', dict(PI, **A, **T, period='2024-11M')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', dict(PI, **T, bound='over')),
 ('còn 2,32%', '2,32%', 'level', '%', dict(A, **D, indicator='poverty_rate')),
 ('đạt 72,5%', '72,5%', 'level', '%', dict(A, indicator='trained_labour_rate')),
 ('đạt 92,6%', '92,6%', 'level', '%', dict(A, indicator='health_insurance_coverage')),
 ('thêm 19 xã', '19', 'level', 'xã', dict(A, indicator='new_rural_communes_advanced')),
 ('và 7 xã', '7', 'level', 'xã', dict(A, indicator='new_rural_communes_model')),
 ('mức 52,4%', '52,4%', 'level', '%', dict(A, indicator='forest_cover')),
 ('11/12, 9 đại biểu', '9', 'level', 'đại biểu', dict(optional=True)),
 ('còn 3.460 ha', '3.460 ha', 'level', 'ha', dict(A, period='2024-M11')),
 ('tăng 820 ha', '820 ha', 'change', 'ha', dict(A, **U, base='2023', period='2024-M11')),
 ('ít nhất 1.200 ha', '1.200 ha', 'level', 'ha', dict(TG, bound='at_least')),
 ('có 1.486 bác sĩ', '1.486', 'level', 'bác sĩ', dict(A)),
 ('11,6 bác sĩ/vạn dân', '11,6 bác sĩ/vạn dân', 'level', 'bác sĩ/vạn dân', dict(A, indicator='doctors_per_10k')),
 ('có 37 bác sĩ', '37', 'level', 'bác sĩ', dict(A, period='2024-H1')),
 ('một lần 200 triệu đồng', '200 triệu đồng', 'level', 'VND', dict(optional=True)),
 ('Thông qua 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', dict(TG, indicator='resolution_targets')),
 ('đặt 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', dict(TG, indicator='resolution_targets')),
 ('đạt 8,5 - 9%', '8,5 - 9%', 'level', '%', dict(TG, indicator='grdp_growth')),
 ('đạt 82 triệu đồng', '82 triệu đồng', 'level', 'VND/người/năm', dict(TG, indicator='grdp_per_capita')),
 ('bàn 22.400 tỷ đồng', '22.400 tỷ đồng', 'level', 'VND', dict(B, **TG)),
 ('thu nội địa 12.200 tỷ đồng', '12.200 tỷ đồng', 'level', 'VND', dict(B, **TG)),
 ('55.000 - 57.000 tỷ đồng', '55.000 - 57.000 tỷ đồng', 'level', 'VND', dict(TG, indicator='social_investment')),
 ('giảm 0,8 - 1%', '0,8 - 1%', 'change', '%', dict(TG, **D, indicator='poverty_rate')),
 ('đạt 74%', '74%', 'level', '%', dict(TG, indicator='trained_labour_rate')),
 ('duy trì 52,5%', '52,5%', 'level', '%', dict(TG, indicator='forest_cover')),
 ('thêm 15 xã', '15', 'level', 'xã', dict(TG, indicator='new_rural_communes_advanced')),
 (', 5 xã', '5', 'level', 'xã', dict(TG, indicator='new_rural_communes_model')),
 ('tổng vốn 6.850 tỷ đồng', '6.850 tỷ đồng', 'level', 'VND', dict(TG, indicator='public_investment_disbursement')),
]
