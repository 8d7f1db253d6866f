TEXT = '''
BÁO KHÁNH HÒA
Thứ Tư, 03/09/2025, 09:40
Chính trị - Xây dựng Đảng

Phường Nha Trang: Tổng thu ngân sách nhiệm kỳ 2020 - 2025 đạt hơn 5.600 tỷ đồng

(BKH) - Ngày 2/9, Đảng bộ phường Nha Trang tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Tham dự có 250 đại biểu đại diện cho 4.680 đảng viên của 96 chi, đảng bộ cơ sở.

Theo báo cáo chính trị, nhiệm kỳ qua, dù chịu ảnh hưởng nặng nề của dịch Covid-19 trong 2 năm đầu, kinh tế trên địa bàn vẫn phục hồi nhanh. Tổng thu ngân sách nhiệm kỳ 2020 - 2025 đạt hơn 5.600 tỷ đồng, tăng bình quân 11,6%/năm. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2025 ước đạt 38.500 tỷ đồng, gấp 2,1 lần năm 2021.

Du lịch - dịch vụ tiếp tục là động lực tăng trưởng. Trên địa bàn hiện có 1.120 cơ sở lưu trú với gần 38.000 phòng; riêng năm 2024, phường đón 7,8 triệu lượt khách lưu trú, trong đó khách quốc tế 2,9 triệu lượt, tăng 32% so với năm 2023.

Công tác chỉnh trang đô thị được đẩy mạnh; nhiệm kỳ qua, phường triển khai 128 công trình, dự án với tổng vốn trên 1.950 tỷ đồng. Toàn phường có 87/94 tổ dân phố đạt danh hiệu tổ dân phố văn hóa; tỷ lệ hộ gia đình văn hóa đạt 96,5%.

Riêng khu vực phường Vĩnh Hòa cũ, giai đoạn 2021 - 2025 đã giải tỏa, bàn giao 42 ha mặt bằng cho các dự án lớn.

Các chính sách an sinh xã hội được thực hiện đầy đủ. Tỷ lệ hộ nghèo toàn phường giảm còn 0,12%; 100% người cao tuổi được cấp thẻ bảo hiểm y tế; mỗi năm giải quyết việc làm cho khoảng 2.200 lao động.

Đại biểu dự Đại hội Đảng bộ phường Nha Trang lần thứ I. Ảnh: Xuân Thành

Nhiệm kỳ 2025 - 2030, Đại hội đề ra mục tiêu xây dựng phường Nha Trang trở thành trung tâm du lịch, dịch vụ chất lượng cao. Trong đó, tổng thu ngân sách trên địa bàn tăng bình quân từ 10%/năm trở lên; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng bình quân 12 - 13%/năm; đến năm 2030, đón 12 triệu lượt khách lưu trú, trong đó khách quốc tế chiếm 45%; tỷ lệ hộ nghèo dưới 0,1%.

Đại hội đã bầu 39 đồng chí vào Ban Chấp hành Đảng bộ phường khóa I.

XUÂN THÀNH

Bài liên quan
- Phường Bắc Nha Trang tổ chức Đại hội Đảng bộ lần thứ I (30/8/2025)
- Khánh Hòa: Hoàn thành đại hội đảng bộ cấp xã trước ngày 31/8 (01/9/2025)

Báo Khánh Hòa điện tử. Tòa soạn: 03 Lê Thánh Tôn, phường Nha Trang. Điện thoại: 0258.3822.013. Giấy phép số 78/GP-BTTTT
'''
META = {'published': '2025-09-03', 'locality': 'phường Nha Trang'}
DEFAULTS = {'locality': 'phường Nha Trang', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
E25 = {'modality': 'estimate', 'period': '2025'}
T = {'modality': 'target', 'period': '2025/2030'}
Y30 = {'modality': 'target', 'period': '2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
BR = {'indicator': 'budget_revenue'}
RS = {'indicator': 'retail_sales'}
PR = {'indicator': 'poverty_rate'}
Y24 = {'period': '2024'}
FIGS = [
 ('2025 đạt hơn 5.600 tỷ đồng\n', '5.600 tỷ đồng', 'level', 'VND', d(BR, bound='over')),
 ('có 250 đại biểu', '250', 'level', 'đại biểu', d(OPT)),
 ('cho 4.680 đảng viên', '4.680', 'level', 'đảng viên', d(OPT)),
 ('của 96 chi', '96', 'level', 'chi bộ', d(OPT)),
 ('đạt hơn 5.600 tỷ đồng, tăng', '5.600 tỷ đồng', 'level', 'VND', d(BR, bound='over')),
 ('bình quân 11,6%/năm', '11,6%', 'change', '%', d(BR, U)),
 ('ước đạt 38.500 tỷ đồng', '38.500 tỷ đồng', 'level', 'VND', d(RS, E25)),
 ('gấp 2,1 lần', '2,1 lần', 'change', 'lần', d(RS, E25, U, base='2021')),
 ('có 1.120 cơ sở', '1.120', 'level', 'cơ sở lưu trú', d()),
 ('gần 38.000 phòng', '38.000', 'level', 'phòng', d(bound='nearly')),
 ('đón 7,8 triệu lượt', '7,8 triệu lượt', 'level', 'lượt khách', d(Y24, indicator='tourist_arrivals')),
 ('quốc tế 2,9 triệu lượt', '2,9 triệu lượt', 'level', 'lượt', d(Y24, indicator='international_tourist_arrivals')),
 ('tăng 32%', '32%', 'change', '%', d(Y24, U, indicator='international_tourist_arrivals', base='2023')),
 ('khai 128 công trình', '128', 'level', 'công trình', d()),
 ('trên 1.950 tỷ đồng', '1.950 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('có 87/94 tổ dân phố', '87/94', 'ratio', 'tổ dân phố', d()),
 ('đạt 96,5%', '96,5%', 'level', '%', d()),
 ('giao 42 ha', '42 ha', 'level', 'ha', d(locality='phường Vĩnh Hòa', period='2021/2025')),
 ('còn 0,12%', '0,12%', 'level', '%', d(PR, D)),
 ('100% người cao tuổi', '100%', 'level', '%', d()),
 ('khoảng 2.200 lao động', '2.200', 'level', 'lao động', d(indicator='jobs_created', bound='about')),
 ('từ 10%/năm', '10%', 'change', '%', d(BR, T, U, bound='at_least')),
 ('bình quân 12 - 13%/năm', '12 - 13%', 'change', '%', d(RS, T, U)),
 ('đón 12 triệu lượt', '12 triệu lượt', 'level', 'lượt khách', d(Y30, indicator='tourist_arrivals')),
 ('chiếm 45%', '45%', 'level', '%', d(Y30)),
 ('dưới 0,1%', '0,1%', 'level', '%', d(PR, Y30, bound='under')),
 ('bầu 39 đồng chí', '39', 'level', 'đồng chí', d(OPT)),
]
