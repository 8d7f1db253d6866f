TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG THỦ DẦU MỘT
Thành phố Hồ Chí Minh

Trang chủ » Tin tức - Sự kiện » Hoạt động của phường

Phường Thủ Dầu Một: 6 tháng vận hành chính quyền hai cấp, thu ngân sách vượt dự toán

24/12/2025 | Văn phòng HĐND và UBND phường

Sáng 23/12, HĐND phường Thủ Dầu Một khoá I tổ chức kỳ họp thứ tư (kỳ họp thường lệ cuối năm) đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh 6 tháng cuối năm 2025 (từ ngày 1/7 đến 31/12/2025) và quyết định nhiệm vụ năm 2026. Phường Thủ Dầu Một được thành lập trên cơ sở sắp xếp phường Phú Cường, phường Hiệp Thành, phường Chánh Nghĩa và một phần phường Phú Thọ của thành phố Thủ Dầu Một (tỉnh Bình Dương cũ), có diện tích 16,4 km2, 58 khu phố với 126.300 nhân khẩu.

Ông Trần Văn Nam, Chủ tịch UBND phường trình bày báo cáo tại kỳ họp.

Thu ngân sách vượt dự toán

Theo báo cáo của UBND phường, tổng thu ngân sách nhà nước trên địa bàn 6 tháng cuối năm ước đạt 428,6 tỷ đồng, đạt 104,3% dự toán Thành phố giao, tăng 12,4% so với cùng kỳ (số liệu cộng gộp của các phường cũ). Riêng khu vực phường Phú Cường cũ thu 131,2 tỷ đồng, chiếm 30,6% tổng thu. Chi ngân sách phường ước thực hiện 96,8 tỷ đồng, đạt 88,7% dự toán.

Trong 6 tháng, trên địa bàn có 486 doanh nghiệp thành lập mới với tổng vốn đăng ký 3.120 tỷ đồng và 1.240 hộ kinh doanh đăng ký mới. Các trung tâm thương mại, chợ Thủ Dầu Một và phố đi bộ Bạch Đằng hoạt động sôi động; doanh thu thương mại - dịch vụ ước tăng 9,6%.

Phường triển khai 14 công trình đầu tư công với kế hoạch vốn 142,5 tỷ đồng; đến ngày 20/12 đã giải ngân 118,3 tỷ đồng, đạt 83% kế hoạch. UBND phường cam kết giải ngân 100% vốn được giao trong năm 2025.

An sinh xã hội được chăm lo

Phường đã giải quyết việc làm cho 3.860 lượt lao động, tổ chức 6 phiên giao dịch việc làm tại Trung tâm Hành chính công phường. Số người tham gia bảo hiểm xã hội tự nguyện phát triển mới là 1.215 người; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%, tăng 1,2 điểm phần trăm so với 6 tháng đầu năm.

Theo chuẩn nghèo của Thành phố giai đoạn 2025 - 2030, toàn phường còn 38 hộ nghèo và 112 hộ cận nghèo, chủ yếu ở khu vực phường Hiệp Thành cũ. Dịp cuối năm, phường vận động trao 520 phần quà cho hộ khó khăn, mỗi phần gồm tiền mặt và nhu yếu phẩm; thăm cụ bà Lê Thị Hoà (95 tuổi, khu phố 7) là thân nhân liệt sỹ.

Bộ phận một cửa phường tiếp nhận 12.460 hồ sơ thủ tục hành chính, giải quyết đúng và trước hạn 99,3%; tỷ lệ hồ sơ nộp trực tuyến đạt 78,5%. Công tác hoà giải ở cơ sở giải quyết thành công 42/47 vụ việc.

Tình hình an ninh trật tự được giữ vững. Công an phường phát hiện 46 vụ phạm pháp hình sự, giảm 9 vụ so với cùng kỳ; tỷ lệ điều tra khám phá đạt 91,3%. Trên địa bàn xảy ra 5 vụ tai nạn giao thông, làm chết 2 người. Đoàn kiểm tra liên ngành do Phó Chủ tịch UBND phường làm trưởng đoàn đã kiểm tra 27 cơ sở kinh doanh, xử phạt 4 cơ sở theo Nghị định 100/2019/NĐ-CP. Người dân có thể phản ánh qua đường dây nóng 0274.3855.114 hoặc ứng dụng Bình Dương Số.

Chỉ tiêu năm 2026

Kỳ họp thông qua 5 nghị quyết, trong đó Nghị quyết về nhiệm vụ năm 2026 xác định 18 chỉ tiêu chủ yếu: thu ngân sách trên địa bàn 860 tỷ đồng; giải quyết việc làm cho 7.500 lao động; tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 95%; tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội đạt 48%; giảm 50% số hộ nghèo theo chuẩn Thành phố.

Phát biểu bế mạc, bà Nguyễn Thị Thuỷ, Bí thư Đảng uỷ, Chủ tịch HĐND phường đề nghị tập trung chỉnh trang đô thị dọc sông Sài Gòn, hoàn thành Đại lộ Bình Dương đoạn qua phường và xây dựng phường văn minh, hiện đại.

Tin cùng chuyên mục:
• Phường Thủ Dầu Một ra mắt mô hình "Khu phố không rác thải nhựa" (18/12/2025)
• Trao 300 suất học bổng cho học sinh vượt khó (12/12/2025)
• Hội nghị đối thoại với doanh nghiệp trên địa bàn phường (05/12/2025)

UBND phường Thủ Dầu Một - Số 1 Quang Trung, phường Thủ Dầu Một, TP.HCM. Điện thoại: 0274.3822.156
'''
META = {'published': '2025-12-24', 'locality': 'phường Thủ Dầu Một'}
DEFAULTS = {'locality': 'phường Thủ Dầu Một', 'period': '2025-H2', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
B = {'indicator': 'budget_revenue'}
FIGS = [
 ('tích 16,4 km2', '16,4 km2', 'level', 'km2', dict(optional=True)),
 ('58 khu phố', '58', 'level', 'khu phố', dict(optional=True)),
 ('126.300 nhân khẩu', '126.300', 'level', 'nhân khẩu', dict(optional=True)),
 ('ước đạt 428,6 tỷ đồng', '428,6 tỷ đồng', 'level', 'VND', dict(E, **B)),
 ('đạt 104,3% dự toán', '104,3%', 'attainment', '%', dict(E, **B, base='target')),
 ('tăng 12,4% so với cùng kỳ', '12,4%', 'change', '%', dict(E, **B, direction='up', base='same_period')),
 ('thu 131,2 tỷ đồng', '131,2 tỷ đồng', 'level', 'VND', dict(B, locality='phường Phú Cường')),
 ('chiếm 30,6%', '30,6%', 'level', '%', dict(B, locality='phường Phú Cường')),
 ('hiện 96,8 tỷ đồng', '96,8 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_expenditure')),
 ('đạt 88,7% dự toán', '88,7%', 'attainment', '%', dict(E, indicator='budget_expenditure', base='target')),
 ('có 486 doanh nghiệp', '486', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('ký 3.120 tỷ đồng', '3.120 tỷ đồng', 'level', 'VND', dict()),
 ('1.240 hộ kinh doanh', '1.240', 'level', 'hộ kinh doanh', dict()),
 ('ước tăng 9,6%', '9,6%', 'change', '%', dict(E, direction='up')),
 ('triển khai 14 công trình', '14', 'level', 'công trình', dict(optional=True)),
 ('vốn 142,5 tỷ đồng', '142,5 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement', modality='target')),
 ('ngân 118,3 tỷ đồng', '118,3 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 83% kế hoạch', '83%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('ngân 100% vốn', '100%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', modality='target', period='2025')),
 ('cho 3.860 lượt lao động', '3.860', 'level', 'lượt lao động', dict(indicator='jobs_created')),
 ('chức 6 phiên', '6', 'level', 'phiên', dict(optional=True)),
 ('là 1.215 người', '1.215', 'level', 'người', dict(indicator='social_insurance_coverage')),
 ('đạt 94,6%', '94,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('tăng 1,2 điểm phần trăm', '1,2 điểm phần trăm', 'change', 'điểm %', dict(indicator='health_insurance_coverage', direction='up', base='previous_period')),
 ('còn 38 hộ nghèo', '38', 'level', 'hộ', dict(indicator='poor_households')),
 ('và 112 hộ cận nghèo', '112', 'level', 'hộ', dict()),
 ('trao 520 phần quà', '520', 'level', 'phần quà', dict(optional=True)),
 ('nhận 12.460 hồ sơ', '12.460', 'level', 'hồ sơ', dict()),
 ('hạn 99,3%', '99,3%', 'level', '%', dict()),
 ('đạt 78,5%', '78,5%', 'level', '%', dict()),
 ('công 42/47 vụ việc', '42/47', 'ratio', 'vụ việc', dict()),
 ('phát hiện 46 vụ', '46', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 9 vụ', '9', 'change', 'vụ', dict(indicator='crime', direction='down', base='same_period')),
 ('đạt 91,3%', '91,3%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('ra 5 vụ tai nạn', '5', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 2 người', '2', 'level', 'người', dict(indicator='traffic_deaths')),
 ('kiểm tra 27 cơ sở', '27', 'level', 'cơ sở', dict(optional=True)),
 ('phạt 4 cơ sở', '4', 'level', 'cơ sở', dict(optional=True)),
 ('thông qua 5 nghị quyết', '5', 'level', 'nghị quyết', dict(optional=True)),
 ('định 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', dict(T, indicator='resolution_targets')),
 ('bàn 860 tỷ đồng', '860 tỷ đồng', 'level', 'VND', dict(T, **B)),
 ('cho 7.500 lao động', '7.500', 'level', 'lao động', dict(T, indicator='jobs_created')),
 ('đạt trên 95%', '95%', 'level', '%', dict(T, indicator='health_insurance_coverage', bound='over')),
 ('đạt 48%', '48%', 'level', '%', dict(T, indicator='social_insurance_coverage')),
 ('giảm 50% số hộ nghèo', '50%', 'change', '%', dict(T, indicator='poor_households', direction='down')),
]
