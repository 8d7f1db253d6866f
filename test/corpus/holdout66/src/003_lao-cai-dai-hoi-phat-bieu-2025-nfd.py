NFD = True
TEXT = '''
BÁO LÀO CAI
Thứ Sáu, 17/10/2025 - 16:05

Trang chủ > Chính trị > Đại hội Đảng

Khai mạc Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I: Phấn đấu tăng trưởng bình quân từ 10%/năm trở lên

Sáng 17/10, tại Trung tâm Hội nghị tỉnh (phường Văn Phú), Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc trọng thể. Dự Đại hội có 350 đại biểu đại diện cho hơn 132.000 đảng viên trong toàn Đảng bộ.

Trình bày Báo cáo chính trị, đồng chí Trịnh Xuân Trường, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy cho biết, nhiệm kỳ 2020 - 2025, kinh tế của hai tỉnh (cũ) duy trì tăng trưởng khá. Tốc độ tăng trưởng GRDP bình quân ước đạt 7,6%/năm, cao hơn mức bình quân cả nước; quy mô kinh tế năm 2025 ước đạt 152.400 tỷ đồng, gấp 1,6 lần năm 2020. Thu ngân sách nhà nước trên địa bàn năm 2025 ước 15.800 tỷ đồng.

"Tỷ lệ hộ nghèo giảm bình quân 3,2%/năm, vượt mục tiêu Nghị quyết. Khu vực Lào Cai cũ và khu vực Yên Bái cũ có tỷ lệ hộ nghèo năm 2025 lần lượt là 3,1% và 4,6%", đồng chí Bí thư Tỉnh ủy nói. Toàn tỉnh hiện có 151 xã đạt chuẩn nông thôn mới (trước sắp xếp), chiếm 54,3% tổng số xã; tỷ lệ che phủ rừng đạt 63%.

Báo cáo chính trị nêu rõ, trong 21 chỉ tiêu chủ yếu Nghị quyết Đại hội hai tỉnh đề ra, có 17 chỉ tiêu đạt và vượt, 3 chỉ tiêu xấp xỉ đạt và 1 chỉ tiêu không đạt. Giai đoạn 2021 - 2025, tổng vốn đầu tư toàn xã hội đạt khoảng 395.000 tỷ đồng, tăng bình quân 11,2%/năm. Du lịch trở thành ngành kinh tế mũi nhọn: năm 2025 toàn tỉnh ước đón 10,2 triệu lượt khách, trong đó khách quốc tế khoảng 1,3 triệu lượt; tổng thu từ du lịch ước đạt 36.500 tỷ đồng.

Về xây dựng Đảng, theo đồng chí Trịnh Xuân Trường, trong nhiệm kỳ toàn Đảng bộ kết nạp được 14.860 đảng viên mới, đạt 112% chỉ tiêu Nghị quyết.

Các đại biểu dự phiên khai mạc Đại hội. Ảnh: Tuấn Ly

Phát biểu chỉ đạo Đại hội, đồng chí Phó Thủ tướng Chính phủ ghi nhận những kết quả Đảng bộ tỉnh đạt được. Đồng chí nhấn mạnh: "Với quy mô kinh tế sau hợp nhất, Lào Cai hoàn toàn có cơ sở để đạt mục tiêu tăng trưởng hai con số. Tuy nhiên, GRDP bình quân đầu người mới đạt khoảng 72 triệu đồng, chỉ bằng 62% mức bình quân cả nước, đó là khoảng cách chúng ta phải thu hẹp".

Tham luận tại Đại hội, đồng chí Hoàng Quốc Khánh, Bí thư Đảng ủy phường Sa Pa cho biết: "Năm 2025, Sa Pa đón khoảng 3,8 triệu lượt khách, gấp 1,5 lần năm 2022; thu nhập bình quân đầu người của phường đạt 98 triệu đồng". Đồng chí đề xuất tỉnh sớm hoàn thành tuyến cao tốc nối Sa Pa với thành phố Lào Cai cũ, dài gần 20 km.

Đại hội thống nhất mục tiêu nhiệm kỳ 2025 - 2030: tốc độ tăng trưởng GRDP bình quân từ 10%/năm trở lên; đến năm 2030 GRDP bình quân đầu người đạt 130 - 140 triệu đồng; thu ngân sách trên địa bàn tăng bình quân 12%/năm; tỷ lệ hộ nghèo giảm bình quân 2 - 2,5%/năm; tỷ lệ che phủ rừng duy trì ổn định trên 63%; đến năm 2030 có ít nhất 80% số xã đạt chuẩn nông thôn mới.

Đại hội diễn ra đến hết ngày 19/10/2025.

Nhóm PV

Bài viết cùng chủ đề:
- Lào Cai: 99 xã, phường tổ chức thành công đại hội nhiệm kỳ 2025 - 2030
- Đại hội Đảng bộ tỉnh Lào Cai lần thứ I sẽ bầu 65 ủy viên Ban Chấp hành

Lượt đọc: 1.209
'''
META = {'published': '2025-10-17', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2025/2030', 'modality': 'target'}
Y30 = {'period': '2030', 'modality': 'target'}
E = {'modality': 'estimate'}
E25 = {'modality': 'estimate', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('từ 10%/năm trở lên\n', '10%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('có 350 đại biểu', '350', 'level', 'đại biểu', d(optional=True)),
 ('hơn 132.000 đảng viên', '132.000', 'level', 'đảng viên', d(optional=True)),
 ('ước đạt 7,6%/năm', '7,6%', 'level', '%', d(E, indicator='grdp_growth')),
 ('ước đạt 152.400 tỷ đồng', '152.400 tỷ đồng', 'level', 'VND', d(E25, indicator='grdp')),
 ('gấp 1,6 lần năm 2020', '1,6 lần', 'change', 'lần', d(E25, U, indicator='grdp', base='2020')),
 ('ước 15.800 tỷ đồng', '15.800 tỷ đồng', 'level', 'VND', d(E25, indicator='budget_revenue')),
 ('bình quân 3,2%/năm', '3,2%', 'change', '%', d(D, indicator='poverty_rate')),
 ('lần lượt là 3,1%', '3,1%', 'level', '%', d(indicator='poverty_rate', period='2025')),
 ('và 4,6%', '4,6%', 'level', '%', d(indicator='poverty_rate', period='2025', locality='tỉnh Yên Bái')),
 ('có 151 xã', '151', 'level', 'xã', d(indicator='new_rural_communes', period='2025')),
 ('chiếm 54,3%', '54,3%', 'level', '%', d(indicator='new_rural_communes', period='2025')),
 ('đạt 63%', '63%', 'level', '%', d(indicator='forest_cover', period='2025')),
 ('trong 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(indicator='resolution_targets')),
 ('có 17 chỉ tiêu', '17', 'level', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('3 chỉ tiêu xấp xỉ', '3', 'level', 'chỉ tiêu', d(indicator='resolution_targets', status='nearly')),
 ('1 chỉ tiêu không đạt', '1', 'level', 'chỉ tiêu', d(indicator='resolution_targets', status='not_achieved')),
 ('khoảng 395.000 tỷ đồng', '395.000 tỷ đồng', 'level', 'VND', d(indicator='social_investment', period='2021/2025', bound='about')),
 ('bình quân 11,2%/năm', '11,2%', 'change', '%', d(U, indicator='social_investment', period='2021/2025')),
 ('ước đón 10,2 triệu lượt khách', '10,2 triệu', 'level', 'lượt khách', d(E25, indicator='tourist_arrivals')),
 ('khoảng 1,3 triệu lượt', '1,3 triệu', 'level', 'lượt', d(E25, indicator='international_tourist_arrivals', bound='about')),
 ('ước đạt 36.500 tỷ đồng', '36.500 tỷ đồng', 'level', 'VND', d(E25, indicator='tourism_revenue')),
 ('khoảng 3,8 triệu lượt khách', '3,8 triệu', 'level', 'lượt khách', d(indicator='tourist_arrivals', locality='phường Sa Pa', period='2025', bound='about')),
 ('gấp 1,5 lần năm 2022', '1,5 lần', 'change', 'lần', d(U, indicator='tourist_arrivals', locality='phường Sa Pa', period='2025', base='2022')),
 ('đạt 98 triệu đồng', '98 triệu đồng', 'level', 'VND/người/năm', d(indicator='income_per_capita', locality='phường Sa Pa', period='2025')),
 ('được 14.860 đảng viên', '14.860', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 112% chỉ tiêu', '112%', 'attainment', '%', d(indicator='new_party_members', base='target')),
 ('khoảng 72 triệu đồng', '72 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita', period='2025', bound='about')),
 ('bằng 62% mức', '62%', 'level', '%', d(indicator='grdp_per_capita', period='2025')),
 ('bình quân từ 10%/năm trở lên;', '10%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('130 - 140 triệu đồng', '130 - 140 triệu đồng', 'level', 'VND/người/năm', d(Y30, indicator='grdp_per_capita')),
 ('bình quân 12%/năm', '12%', 'change', '%', d(T, U, indicator='budget_revenue')),
 ('2 - 2,5%/năm', '2 - 2,5%', 'change', '%', d(T, D, indicator='poverty_rate')),
 ('trên 63%', '63%', 'level', '%', d(Y30, indicator='forest_cover', bound='over')),
 ('ít nhất 80%', '80%', 'level', '%', d(Y30, indicator='new_rural_communes', bound='at_least')),
]
