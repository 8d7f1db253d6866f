# Báo Cần Thơ (new, with Sóc Trăng and Hậu Giang), 15/8/2025: the first congress of the Party committee of phường
# Ninh Kiều (2025 - 2030), formed on 1/7/2025 from three former wards. The review of the term just run: figures naming
# no year are 2020/2025 actual (holdout29, holdout56); "năm 2025 ước …" 2025 estimates; "năm 2020" its own year. Under
# "Mục tiêu đến năm 2030" with "Đại hội thống nhất 18 chỉ tiêu chủ yếu, trong đó:" the count, yearly rates and
# "Mỗi năm" take the term 2025/2030, level targets 2030. Delegates, members and organisations represented, and members
# elected are optional.
TEXT = '''
BÁO CẦN THƠ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ CẦN THƠ
Chính trị | Kinh tế | Xã hội | Đô thị | Đại hội Đảng các cấp | Thế giới

Đại hội Đảng các cấp nhiệm kỳ 2025 - 2030

Cập nhật: 15-08-2025 09:24:00

Phường Ninh Kiều phấn đấu thu nhập bình quân đầu người trên 180 triệu đồng vào năm 2030

(CT) - Ngày 14-8, Đảng bộ phường Ninh Kiều tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có 250 đại biểu, đại diện cho 2.146 đảng viên của 58 tổ chức cơ sở đảng trực thuộc. Phường Ninh Kiều được thành lập trên cơ sở sắp xếp nguyên trạng các phường Tân An, Thới Bình và Xuân Khánh của quận Ninh Kiều (cũ).

Nhìn lại nhiệm kỳ 2020 - 2025

Báo cáo chính trị trình đại hội nêu rõ, nhiệm kỳ qua, dù chịu ảnh hưởng nặng nề của dịch COVID-19 trong những năm đầu nhiệm kỳ, Đảng bộ các phường (cũ) đã lãnh đạo thực hiện đạt và vượt 19/21 chỉ tiêu Nghị quyết đại hội đề ra; 2 chỉ tiêu chưa đạt là tỷ lệ hộ dân sử dụng nước sạch đạt chuẩn và số tuyến hẻm được chỉnh trang.

Là trung tâm thương mại - dịch vụ của thành phố, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trên địa bàn tăng bình quân 9,8%/năm; năm 2025 ước đạt 28.640 tỷ đồng, gấp 1,6 lần năm 2020. Thu ngân sách trên địa bàn 5 năm đạt 3.215 tỷ đồng, bằng 118,2% chỉ tiêu Nghị quyết. Thu nhập bình quân đầu người năm 2025 ước đạt 112 triệu đồng/người/năm.

Bến Ninh Kiều về đêm thu hút đông du khách. Ảnh: DUY KHÔI

Công tác an sinh xã hội được thực hiện tốt; tỷ lệ hộ nghèo giảm từ 0,82% năm 2020 xuống còn 0,11%, toàn phường hiện còn 14 hộ nghèo và 39 hộ cận nghèo. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,6%, vượt 1,6 điểm phần trăm so với Nghị quyết. Trong nhiệm kỳ, Đảng bộ kết nạp 214 đảng viên, đạt 107% chỉ tiêu; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Mục tiêu đến năm 2030

Đại hội thống nhất 18 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030, trong đó:

- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng bình quân 10 - 11%/năm;
- Thu ngân sách trên địa bàn tăng bình quân từ 8%/năm trở lên;
- Thu nhập bình quân đầu người đạt trên 180 triệu đồng/người/năm;
- Giữ tỷ lệ hộ nghèo dưới 0,1% (theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030);
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 97% trở lên;
- 100% khu vực đạt chuẩn "Khu vực văn minh đô thị";
- Mỗi năm kết nạp từ 40 đảng viên trở lên.

Đại hội xác định 3 khâu đột phá: chỉnh trang đô thị, phát triển kinh tế đêm gắn với Bến Ninh Kiều và chuyển đổi số trong quản lý phường.

Phát biểu chỉ đạo, Phó Bí thư Thành ủy Cần Thơ đề nghị phường phát huy lợi thế trung tâm, sớm hoàn thành tuyến đường Hai Bà Trưng kéo dài và khu phố đi bộ. Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa I gồm 33 đồng chí và 11 đại biểu dự Đại hội đại biểu Đảng bộ thành phố lần thứ I.

Tin, ảnh: KHÁNH NAM

Bài liên quan
- Phường Cái Khế: Thu ngân sách nhiệm kỳ qua vượt 25% chỉ tiêu
- Xã Phong Điền đại hội điểm cấp xã
- 103 đảng bộ cấp xã hoàn thành đại hội trước ngày 31-8

Báo Cần Thơ - Số 64 đường 30 Tháng 4, phường Ninh Kiều, TP Cần Thơ. ĐT: 0292.3820.262
'''
META = {'published': '2025-08-15', 'locality': 'phường Ninh Kiều'}
DEFAULTS = {'locality': 'phường Ninh Kiều', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
E25 = {'modality': 'estimate', 'period': '2025'}
T = {'modality': 'target', 'period': '2025/2030'}
T30 = {'modality': 'target', 'period': '2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
RS = {'indicator': 'retail_sales'}
BR = {'indicator': 'budget_revenue'}
IN = {'indicator': 'income_per_capita'}
PV = {'indicator': 'poverty_rate'}
HI = {'indicator': 'health_insurance_coverage'}
PM = {'indicator': 'new_party_members'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('trên 180 triệu đồng vào năm 2030', '180 triệu đồng', 'level', 'VND/người/năm', d(T30, IN, bound='over')),
 ('có 250 đại biểu', '250', 'level', 'đại biểu', d(OPT)),
 ('cho 2.146 đảng viên', '2.146', 'level', 'đảng viên', d(OPT)),
 ('của 58 tổ chức', '58', 'level', 'tổ chức cơ sở đảng', d(OPT)),
 ('vượt 19/21 chỉ tiêu', '19/21', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('bình quân 9,8%/năm', '9,8%', 'change', '%', d(RS, U)),
 ('ước đạt 28.640 tỷ đồng', '28.640 tỷ đồng', 'level', 'VND', d(E25, RS)),
 ('gấp 1,6 lần', '1,6', 'change', 'lần', d(E25, RS, U, base='2020')),
 ('5 năm đạt 3.215 tỷ đồng', '3.215 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 118,2% chỉ tiêu', '118,2%', 'attainment', '%', d(BR, TB)),
 ('ước đạt 112 triệu đồng/người/năm', '112 triệu đồng/người/năm', 'level', 'VND/người/năm', d(E25, IN)),
 ('từ 0,82% năm 2020', '0,82%', 'level', '%', d(PV, period='2020')),
 ('xuống còn 0,11%', '0,11%', 'level', '%', d(PV, D)),
 ('còn 14 hộ nghèo', '14', 'level', 'hộ', d(indicator='poor_households')),
 ('39 hộ cận nghèo', '39', 'level', 'hộ', d()),
 ('đạt 95,6%', '95,6%', 'level', '%', d(HI)),
 ('vượt 1,6 điểm phần trăm', '1,6 điểm phần trăm', 'change', 'điểm %', d(HI, U, TB, status='exceeded')),
 ('kết nạp 214 đảng viên', '214', 'level', 'đảng viên', d(PM)),
 ('đạt 107% chỉ tiêu', '107%', 'attainment', '%', d(PM, TB)),
 ('trên 90% tổ chức', '90%', 'level', '%', d(bound='over')),
 ('thống nhất 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(T, RT)),
 ('bình quân 10 - 11%/năm', '10 - 11%', 'change', '%', d(T, RS, U)),
 ('từ 8%/năm trở lên', '8%', 'change', '%', d(T, BR, U, bound='at_least')),
 ('đạt trên 180 triệu đồng/người/năm', '180 triệu đồng/người/năm', 'level', 'VND/người/năm', d(T30, IN, bound='over')),
 ('dưới 0,1%', '0,1%', 'level', '%', d(T30, PV, bound='under')),
 ('từ 97% trở lên', '97%', 'level', '%', d(T30, HI, bound='at_least')),
 ('- 100% khu vực', '100%', 'level', '%', d(T30)),
 ('từ 40 đảng viên trở lên', '40', 'level', 'đảng viên', d(T, PM, bound='at_least')),
 ('xác định 3 khâu đột phá', '3', 'level', 'khâu đột phá', d(OPT)),
 ('gồm 33 đồng chí', '33', 'level', 'đồng chí', d(OPT)),
 ('và 11 đại biểu', '11', 'level', 'đại biểu', d(OPT)),
]
