# Báo Sóc Trăng, 9/1/2025: the Thị ủy Vĩnh Châu's conference reviewing 2024, the year before the term's last. An early
# January page whose first year named is last year: figures with no period are 2024 (last-year-reviewed-early-in-year).
# A plan-slash line; a sign list under "(tăng, giảm so với năm 2023):" that governs its base; the 2025 targets after
# "Thị ủy đề ra các chỉ tiêu chủ yếu năm 2025:"; the term's expected verdict "Dự kiến đến cuối nhiệm kỳ, có 26/28 …"
# is a 2020/2025 estimate. Shrimp output (a species) and its change carry no id (holdout48); a peak price is optional.
TEXT = '''
BÁO SÓC TRĂNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ | Thời sự | Chính trị | Kinh tế | Văn hóa - Xã hội | Pháp luật | Khmer

Cập nhật lúc: 08:45 - 09/01/2025

TX. Vĩnh Châu: Đạt và vượt 18/20 chỉ tiêu Nghị quyết

Ngày 8-1, Ban Chấp hành Đảng bộ thị xã Vĩnh Châu tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lâm Thị Sang, Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.

Theo báo cáo, trong 20 chỉ tiêu chủ yếu Nghị quyết Thị ủy đề ra, thị xã thực hiện đạt và vượt 18 chỉ tiêu; 2 chỉ tiêu không đạt là tổng giá trị sản xuất và thu nhập bình quân đầu người. Tổng giá trị sản xuất (giá so sánh 2010) đạt 15.642 tỷ đồng/KH 16.100 tỷ đồng, tăng 5,42% so với năm 2023.

Ngành hàng tôm tiếp tục là mũi nhọn: sản lượng tôm nuôi đạt 58.760 tấn, tăng 6,1%. Diện tích gieo trồng hành tím 6.850 ha, năng suất bình quân 15,2 tấn/ha, giá bán có thời điểm lên tới 45.000 đồng/kg, nông dân phấn khởi.

Thu hoạch hành tím ở phường Vĩnh Phước. Ảnh: NGỌC BẢO

Thu ngân sách trên địa bàn đạt 168,4 tỷ đồng, vượt 12,3% dự toán; chi ngân sách 712,5 tỷ đồng. Thu nhập bình quân đầu người đạt 61,5 triệu đồng, bằng 96,1% chỉ tiêu Nghị quyết. Tỷ lệ hộ nghèo giảm còn 2,96%, hộ cận nghèo còn 3,84%; riêng hộ nghèo dân tộc Khmer giảm còn 3,72%. Toàn thị xã có 6/6 xã đạt chuẩn nông thôn mới, trong đó xã Vĩnh Hải đạt chuẩn nông thôn mới nâng cao. Đảng bộ kết nạp 96 đảng viên mới, đạt 106,7% chỉ tiêu.

Về trật tự an toàn giao thông, năm 2024 (tăng, giảm so với năm 2023):
- Số vụ tai nạn: 9 vụ (-3 vụ);
- Số người chết: 7 người (-2 người);
- Số người bị thương: 5 người (+1 người).

Năm 2025 là năm cuối thực hiện Nghị quyết Đại hội Đảng bộ thị xã lần thứ XII, nhiệm kỳ 2020 - 2025. Dự kiến đến cuối nhiệm kỳ, có 26/28 chỉ tiêu Nghị quyết Đại hội đạt và vượt. Thị ủy đề ra các chỉ tiêu chủ yếu năm 2025: tổng giá trị sản xuất tăng 8% trở lên; thu ngân sách trên địa bàn 175 tỷ đồng; thu nhập bình quân đầu người 66 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm 1 - 1,5%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,5%; kết nạp từ 90 đảng viên trở lên.

Phát biểu chỉ đạo, đồng chí Lâm Thị Sang đề nghị thị xã tập trung phát triển vùng nuôi tôm công nghệ cao, phấn đấu sản lượng tôm nuôi năm 2025 đạt trên 60.000 tấn; chuẩn bị chu đáo đại hội đảng bộ cơ sở, tiến tới Đại hội Đảng bộ thị xã lần thứ XIII.

NGỌC BẢO

Tin liên quan
- Vĩnh Châu: 120 hộ Khmer được hỗ trợ nhà ở
- Sóc Trăng xuất khẩu tôm đạt 1,05 tỷ USD
- Lễ hội Oóc Om Bóc năm 2024 thu hút hơn 300.000 lượt khách

Báo Sóc Trăng - Số 08 Hai Bà Trưng, Phường 1, TP. Sóc Trăng. ĐT: 0299.3822.207
'''
META = {'published': '2025-01-09', 'locality': 'thị xã Vĩnh Châu'}
DEFAULTS = {'locality': 'thị xã Vĩnh Châu', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
T = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
B23 = {'base': '2023'}
RT = {'indicator': 'resolution_targets'}
TO = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
IN = {'indicator': 'income_per_capita'}
PV = {'indicator': 'poverty_rate'}
PM = {'indicator': 'new_party_members'}
TA = {'indicator': 'traffic_accidents'}
TD = {'indicator': 'traffic_deaths'}
TI = {'indicator': 'traffic_injuries'}
FIGS = [
 ('Đạt và vượt 18/20 chỉ tiêu', '18/20', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', d(RT)),
 ('vượt 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(RT, status='achieved', of_optional=20)),
 ('2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('đạt 15.642 tỷ đồng', '15.642 tỷ đồng', 'level', 'VND', d(TO)),
 ('KH 16.100 tỷ đồng', '16.100 tỷ đồng', 'level', 'VND', d(TO, modality='target')),
 ('tăng 5,42%', '5,42%', 'change', '%', d(TO, U, B23)),
 ('đạt 58.760 tấn', '58.760 tấn', 'level', 'tấn', d()),
 ('tăng 6,1%', '6,1%', 'change', '%', d(U)),
 ('hành tím 6.850 ha', '6.850 ha', 'level', 'ha', d(indicator='crop_area')),
 ('bình quân 15,2 tấn/ha', '15,2 tấn/ha', 'level', 'tấn/ha', d()),
 ('lên tới 45.000 đồng/kg', '45.000 đồng/kg', 'level', 'VND/kg', d(OPT)),
 ('đạt 168,4 tỷ đồng', '168,4 tỷ đồng', 'level', 'VND', d(BR)),
 ('vượt 12,3% dự toán', '12,3%', 'change', '%', d(BR, U, TB, status='exceeded')),
 ('chi ngân sách 712,5 tỷ đồng', '712,5 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 61,5 triệu đồng', '61,5 triệu đồng', 'level', 'VND/người/năm', d(IN)),
 ('bằng 96,1% chỉ tiêu', '96,1%', 'attainment', '%', d(IN, TB)),
 ('giảm còn 2,96%', '2,96%', 'level', '%', d(PV, D)),
 ('còn 3,84%', '3,84%', 'level', '%', d(indicator='near_poverty_rate')),
 ('giảm còn 3,72%', '3,72%', 'level', '%', d(PV, D)),
 ('có 6/6 xã', '6/6', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('kết nạp 96 đảng viên', '96', 'level', 'đảng viên', d(PM)),
 ('đạt 106,7% chỉ tiêu', '106,7%', 'attainment', '%', d(PM, TB)),
 ('nạn: 9 vụ', '9', 'level', 'vụ', d(TA)),
 ('(-3 vụ)', '3', 'change', 'vụ', d(TA, D, B23)),
 ('chết: 7 người', '7', 'level', 'người', d(TD)),
 ('(-2 người)', '2', 'change', 'người', d(TD, D, B23)),
 ('thương: 5 người', '5', 'level', 'người', d(TI)),
 ('(+1 người)', '1', 'change', 'người', d(TI, U, B23)),
 ('có 26/28 chỉ tiêu', '26/28', 'ratio', 'chỉ tiêu', d(RT, status='achieved', period='2020/2025', modality='estimate')),
 ('tăng 8% trở lên', '8%', 'change', '%', d(T, TO, U, bound='at_least')),
 ('địa bàn 175 tỷ đồng', '175 tỷ đồng', 'level', 'VND', d(T, BR)),
 ('người 66 triệu đồng/người/năm', '66 triệu đồng/người/năm', 'level', 'VND/người/năm', d(T, IN)),
 ('giảm 1 - 1,5%', '1 - 1,5%', 'change', '%', d(T, PV, D)),
 ('đạt 94,5%', '94,5%', 'level', '%', d(T, indicator='health_insurance_coverage')),
 ('từ 90 đảng viên trở lên', '90', 'level', 'đảng viên', d(T, PM, bound='at_least')),
 ('trên 60.000 tấn', '60.000 tấn', 'level', 'tấn', d(T, bound='over')),
]
