TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP
Trang chủ | Chính trị | Xây dựng Đảng
Thứ Năm, 14/08/2025, 15:42 (GMT+7)

Đại hội Đảng bộ xã Chợ Gạo lần thứ I: Phấn đấu thu nhập bình quân đầu người đạt 120 triệu đồng vào năm 2030

(ĐT) - Trong 2 ngày 13 và 14/8, Đảng bộ xã Chợ Gạo, tỉnh Đồng Tháp tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có 150 đại biểu chính thức, đại diện cho 1.248 đảng viên của 42 tổ chức cơ sở đảng trực thuộc.

Xã Chợ Gạo được thành lập trên cơ sở sắp xếp thị trấn Chợ Gạo, xã Long Bình Điền và xã Song Bình thuộc huyện Chợ Gạo (cũ), có diện tích tự nhiên 38,6 km2, dân số hơn 41.200 người.

NHIỆM KỲ 2020 - 2025: KINH TẾ TĂNG TRƯỞNG KHÁ

Báo cáo chính trị trình đại hội nêu rõ, trong nhiệm kỳ qua, Đảng bộ các đơn vị cũ đã lãnh đạo thực hiện đạt và vượt 17/19 chỉ tiêu Nghị quyết; 2 chỉ tiêu không đạt là tốc độ tăng tổng giá trị sản xuất và tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ.

Tổng giá trị sản xuất tăng bình quân 7,4%/năm (Nghị quyết đề ra 8 - 8,5%/năm). Cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng thương mại - dịch vụ năm 2025 ước chiếm 46,8%, tăng 9,3 điểm phần trăm so với đầu nhiệm kỳ. Thu nhập bình quân đầu người năm 2025 ước đạt 78,5 triệu đồng, gấp 1,5 lần năm 2020.

Nông nghiệp chuyển đổi mạnh sang cây ăn trái; diện tích thanh long ruột đỏ và sầu riêng đạt 2.860 ha, trong đó 1.120 ha được cấp mã số vùng trồng. Thu ngân sách nhà nước trên địa bàn 5 năm đạt 186,4 tỷ đồng, tăng bình quân 11,5%/năm. Toàn xã có 9 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.

Về xã hội, tỷ lệ hộ nghèo giảm từ 2,86% năm 2020 xuống còn 0,72% năm 2025. Đến nay, tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,6%; hai xã Long Bình Điền và Song Bình (cũ) đã đạt chuẩn nông thôn mới nâng cao.

Công tác xây dựng Đảng được chú trọng; trong nhiệm kỳ kết nạp 214 đảng viên, đạt 118,9% chỉ tiêu Nghị quyết; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Ông Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy Đồng Tháp phát biểu chỉ đạo đại hội. Ảnh: MINH TRÍ

MỤC TIÊU ĐẾN NĂM 2030

Đại hội thống nhất mục tiêu xây dựng xã Chợ Gạo phát triển theo hướng đô thị, đạt tiêu chí đô thị loại IV trước năm 2030, với 20 chỉ tiêu chủ yếu, trong đó:
- Tổng giá trị sản xuất tăng bình quân 8,5 - 9%/năm;
- Thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng;
- Tỷ trọng thương mại - dịch vụ chiếm trên 55%;
- Thu ngân sách trên địa bàn tăng bình quân từ 10%/năm trở lên;
- Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026 - 2030) giảm bình quân 0,5 điểm phần trăm/năm;
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 97%;
- 100% trường công lập đạt chuẩn quốc gia;
- Mỗi năm kết nạp ít nhất 45 đảng viên mới.

Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí; bầu 12 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ I. Đồng chí Lê Văn Tâm được bầu giữ chức Bí thư Đảng ủy xã với 100% số phiếu.

THANH TÂM

Tin cùng chuyên mục
- Đại hội Đảng bộ phường Mỹ Tho lần thứ I thành công tốt đẹp (12/08/2025)
- Xã Tân Phước 1: 15/17 chỉ tiêu nhiệm kỳ đạt và vượt (11/08/2025)
- Xã Gò Công Đông bầu 31 đồng chí vào Ban Chấp hành (10/08/2025)

Đường dây nóng: 0277.3851.469 - Email: toasoan@baodongthap.vn
'''
META = {'published': '2025-08-14', 'locality': 'xã Chợ Gạo'}
DEFAULTS = {'locality': 'xã Chợ Gạo', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E25 = {'modality': 'estimate', 'period': '2025'}
T30 = {'modality': 'target', 'period': '2030'}
TT = {'modality': 'target', 'period': '2025/2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TOV = {'indicator': 'total_output_value'}
INC = {'indicator': 'income_per_capita'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
SS = {'indicator': 'sector_share'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('đạt 120 triệu đồng vào năm 2030', '120 triệu đồng', 'level', 'VND/người/năm', d(T30, INC)),
 ('có 150 đại biểu', '150', 'level', 'đại biểu', d(optional=True)),
 ('1.248 đảng viên', '1.248', 'level', 'đảng viên', d(optional=True)),
 ('42 tổ chức', '42', 'level', 'tổ chức cơ sở đảng', d(optional=True)),
 ('38,6 km2', '38,6 km2', 'level', 'km2', d(optional=True)),
 ('hơn 41.200 người', '41.200', 'level', 'người', d(optional=True, bound='over')),
 ('vượt 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('; 2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('tăng bình quân 7,4%/năm', '7,4%', 'change', '%', d(U, TOV)),
 ('đề ra 8 - 8,5%/năm', '8 - 8,5%', 'level', '%', d(TOV, modality='target')),
 ('ước chiếm 46,8%', '46,8%', 'level', '%', d(E25, SS)),
 ('tăng 9,3 điểm phần trăm', '9,3 điểm phần trăm', 'change', 'điểm %', d(E25, SS, U, base='2020')),
 ('ước đạt 78,5 triệu đồng', '78,5 triệu đồng', 'level', 'VND/người/năm', d(E25, INC)),
 ('gấp 1,5 lần', '1,5', 'change', 'lần', d(E25, INC, U, base='2020')),
 ('đạt 2.860 ha', '2.860 ha', 'level', 'ha', d()),
 ('1.120 ha', '1.120 ha', 'level', 'ha', d()),
 ('5 năm đạt 186,4 tỷ đồng', '186,4 tỷ đồng', 'level', 'VND', d(BR)),
 ('tăng bình quân 11,5%/năm', '11,5%', 'change', '%', d(BR, U)),
 ('có 9 sản phẩm', '9', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('từ 2,86% năm 2020', '2,86%', 'level', '%', d(PR, period='2020')),
 ('còn 0,72% năm 2025', '0,72%', 'level', '%', d(PR, D, period='2025')),
 ('đạt 95,6%', '95,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('hai xã Long Bình Điền', 'hai', 'level', 'xã', d(indicator='new_rural_communes_advanced', value=2)),
 ('kết nạp 214 đảng viên', '214', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 118,9% chỉ tiêu', '118,9%', 'attainment', '%', d(indicator='new_party_members', base='target')),
 ('trên 90% tổ chức', '90%', 'level', '%', d(bound='over')),
 ('với 20 chỉ tiêu chủ yếu', '20', 'level', 'chỉ tiêu', d(TT, RT)),
 ('tăng bình quân 8,5 - 9%/năm', '8,5 - 9%', 'change', '%', d(TT, U, TOV)),
 ('năm 2030 đạt 120 triệu đồng;', '120 triệu đồng', 'level', 'VND/người/năm', d(T30, INC)),
 ('chiếm trên 55%', '55%', 'level', '%', d(T30, SS, bound='over')),
 ('từ 10%/năm trở lên', '10%', 'change', '%', d(TT, U, BR, bound='at_least')),
 ('0,5 điểm phần trăm/năm', '0,5 điểm phần trăm', 'change', 'điểm %', d(TT, D, PR)),
 ('đạt trên 97%', '97%', 'level', '%', d(T30, indicator='health_insurance_coverage', bound='over')),
 ('- 100% trường công lập', '100%', 'level', '%', d(T30, indicator='national_standard_schools')),
 ('ít nhất 45 đảng viên', '45', 'level', 'đảng viên', d(TT, indicator='new_party_members', bound='at_least')),
 ('gồm 33 đồng chí', '33', 'level', 'đồng chí', d(optional=True)),
 ('bầu 12 đại biểu', '12', 'level', 'đại biểu', d(optional=True)),
]
