TEXT = '''
Cần Thơ đặt mục tiêu tăng trưởng GRDP bình quân 10%/năm giai đoạn 2026 - 2030

12/12/2025 - 18:05

CT - Ngày 11/12, HĐND thành phố Cần Thơ khóa X tổ chức kỳ họp thường lệ cuối năm, thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030. Đây là kế hoạch 5 năm đầu tiên của thành phố Cần Thơ (mới), được hợp nhất từ thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang.

Theo báo cáo của UBND thành phố, giai đoạn 2021 - 2025, tốc độ tăng trưởng GRDP bình quân trên địa bàn thành phố mới ước đạt 6,8%/năm; quy mô GRDP năm 2025 ước đạt 335.000 tỷ đồng; GRDP bình quân đầu người đạt 84,6 triệu đồng. Tỷ lệ hộ nghèo cuối năm 2025 còn 1,62%, trong đó khu vực Sóc Trăng cũ còn 3,15%, khu vực Hậu Giang cũ 1,94%.

Mục tiêu giai đoạn 2026 - 2030

Nghị quyết đề ra 22 chỉ tiêu chủ yếu. Về kinh tế: tốc độ tăng trưởng GRDP bình quân đạt 10%/năm trở lên; đến năm 2030, GRDP bình quân đầu người đạt 165 triệu đồng; tỷ trọng khu vực dịch vụ chiếm 45% GRDP; tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 780.000 tỷ đồng; tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 125.000 tỷ đồng; kim ngạch xuất khẩu năm 2030 đạt 5,5 tỷ USD.

Về xã hội: tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 0,5 - 0,7%/năm; tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 40%; đạt 14 bác sĩ và 38 giường bệnh trên 1 vạn dân; tỷ lệ đô thị hóa đạt 52%.

Về môi trường: 100% chất thải rắn sinh hoạt đô thị được thu gom, xử lý; tỷ lệ dân số nông thôn sử dụng nước sạch đạt 85%.

Tại kỳ họp, HĐND thành phố cũng thông qua dự toán thu ngân sách nhà nước năm 2026 là 24.500 tỷ đồng, tăng 12% so với ước thực hiện năm 2025, và kế hoạch vốn đầu tư công năm 2026 là 18.760 tỷ đồng.

Phát biểu bế mạc, Chủ tịch HĐND thành phố đề nghị các sở, ngành và 103 xã, phường cụ thể hóa nghị quyết thành chương trình hành động ngay từ quý I/2026.

Gia Bảo
'''
META = {'published': '2025-12-12', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2026/2030', 'modality': 'target'}
A25 = {'modality': 'actual', 'period': '2025'}
Y30 = {'period': '2030'}
FIGS = [
 ('bình quân 10%/năm giai', '10%', 'level', '%', dict(indicator='grdp_growth')),
 ('ước đạt 6,8%/năm', '6,8%', 'level', '%', dict(indicator='grdp_growth', modality='estimate', period='2021/2025')),
 ('335.000 tỷ đồng', '335.000 tỷ đồng', 'level', 'VND', dict(indicator='grdp', modality='estimate', period='2025')),
 ('84,6 triệu đồng', '84,6 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', **A25)),
 ('còn 1,62%', '1,62%', 'level', '%', dict(indicator='poverty_rate', **A25)),
 ('còn 3,15%', '3,15%', 'level', '%', dict(indicator='poverty_rate', locality='tỉnh Sóc Trăng', **A25)),
 ('1,94%', '1,94%', 'level', '%', dict(indicator='poverty_rate', locality='tỉnh Hậu Giang', **A25)),
 ('22 chỉ tiêu', '22', 'level', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('đạt 10%/năm trở lên', '10%', 'level', '%', dict(indicator='grdp_growth', bound='at_least')),
 ('165 triệu đồng', '165 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', **Y30)),
 ('chiếm 45%', '45%', 'level', '%', dict(indicator='sector_share', **Y30)),
 ('khoảng 780.000 tỷ đồng', '780.000 tỷ đồng', 'level', 'VND', dict(indicator='social_investment', bound='about')),
 ('125.000 tỷ đồng', '125.000 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('5,5 tỷ USD', '5,5 tỷ USD', 'level', 'USD', dict(indicator='export_value', **Y30)),
 ('0,5 - 0,7%/năm', '0,5 - 0,7%', 'change', '%', dict(indicator='poverty_rate', direction='down')),
 ('đạt 40%', '40%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('14 bác sĩ', '14', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('38 giường bệnh', '38', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('đạt 52%', '52%', 'level', '%', dict(indicator='urbanization_rate')),
 ('100% chất thải', '100%', 'level', '%', dict()),
 ('đạt 85%', '85%', 'level', '%', dict(indicator='clean_water_rate')),
 ('là 24.500 tỷ đồng', '24.500 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', period='2026')),
 ('tăng 12%', '12%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2025', period='2026')),
 ('là 18.760 tỷ đồng', '18.760 tỷ đồng', 'level', 'VND', dict(period='2026')),
 ('103 xã, phường', '103', 'level', 'xã', dict(optional=True)),
]
