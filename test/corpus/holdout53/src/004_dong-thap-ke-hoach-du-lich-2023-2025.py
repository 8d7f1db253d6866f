TEXT = '''
Báo Đồng Tháp Online
Thứ tư, ngày 08/03/2023 - 14:20

KINH TẾ

Đồng Tháp đặt mục tiêu đón 4,5 triệu lượt khách du lịch vào năm 2025

(ĐTO) - UBND tỉnh Đồng Tháp vừa ban hành Kế hoạch số 76/KH-UBND về phát triển du lịch giai đoạn 2023 - 2025, trong đó xác định các chỉ tiêu cụ thể cho từng năm. Mục tiêu đến năm 2025, du lịch đóng góp khoảng 5% vào GRDP của tỉnh.

Theo Sở Văn hóa, Thể thao và Du lịch, năm 2022 ngành du lịch tỉnh phục hồi mạnh sau dịch Covid-19, đón 3,12 triệu lượt khách, gấp 2,4 lần năm 2021 và vượt 4% kế hoạch; trong đó khách quốc tế đạt 21.500 lượt. Tổng thu từ du lịch đạt 1.465 tỷ đồng, tăng 152% so với năm 2021. Khu di tích Gò Tháp, Vườn quốc gia Tràm Chim và Làng hoa Sa Đéc là ba điểm đến thu hút đông khách nhất, lần lượt đón 412.000 lượt, 285.000 lượt và 640.000 lượt.

Kế hoạch đặt ra lộ trình cụ thể cho từng năm như sau:
- Năm 2023: đón 3,5 triệu lượt khách, trong đó khách quốc tế 30.000 lượt; tổng thu từ du lịch 1.750 tỷ đồng.
- Năm 2024: đón 4 triệu lượt khách, khách quốc tế 40.000 lượt; tổng thu 2.050 tỷ đồng.
- Năm 2025: đón 4,5 triệu lượt khách, khách quốc tế 55.000 lượt; tổng thu 2.400 tỷ đồng.

Bên cạnh đó, tỉnh phấn đấu số lượt khách lưu trú tăng bình quân 12%/năm; thời gian lưu trú bình quân đạt 1,6 ngày/khách vào năm 2025; thu hút thêm 3 - 5 dự án đầu tư vào lĩnh vực du lịch; mỗi năm đào tạo, bồi dưỡng cho khoảng 500 lao động trong ngành.

Du khách tham quan Làng hoa Sa Đéc dịp Tết Quý Mão 2023. Ảnh: Hữu Nghĩa

Theo ông Nguyễn Văn Vũ Minh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, để đạt được chỉ tiêu, ngành sẽ tập trung xây dựng 4 sản phẩm du lịch đặc trưng là du lịch sinh thái mùa nước nổi, du lịch làng nghề, du lịch văn hóa - tâm linh và du lịch nông nghiệp. "Năm 2023 tỉnh phải tăng thêm ít nhất 380.000 lượt khách so với năm 2022, đây là con số không nhỏ", ông Minh nói.

Được biết, tổng kinh phí thực hiện kế hoạch dự kiến khoảng 186 tỷ đồng, trong đó ngân sách tỉnh 64 tỷ đồng, còn lại huy động từ doanh nghiệp và xã hội hóa.

Hữu Nghĩa

TIN KHÁC
- Tháp Mười: Lễ hội Sen Đồng Tháp lần thứ 2 năm 2023 dự kiến diễn ra từ 25 - 27/5 (07/03/2023)
- Hơn 12.000 lượt khách tham quan Làng hoa Sa Đéc trong ngày 8/3 (06/03/2023)

Báo Đồng Tháp - 12 Trần Hưng Đạo, phường 1, TP Cao Lãnh. ĐT: (0277) 3851.362
'''
META = {'published': '2023-03-08', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T23 = {'period': '2023', 'modality': 'target'}
T24 = {'period': '2024', 'modality': 'target'}
T25 = {'period': '2025', 'modality': 'target'}
TT = {'period': '2023/2025', 'modality': 'target'}
U = {'direction': 'up'}
TA = {'indicator': 'tourist_arrivals'}
IA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
FIGS = [
 ('đón 4,5 triệu lượt khách du lịch', '4,5 triệu', 'level', 'lượt khách', d(T25, TA)),
 ('khoảng 5% vào GRDP', '5%', 'level', '%', d(T25, bound='about')),
 ('đón 3,12 triệu lượt khách', '3,12 triệu', 'level', 'lượt khách', d(TA)),
 ('gấp 2,4 lần', '2,4 lần', 'change', 'lần', d(U, TA, base='2021')),
 ('vượt 4% kế hoạch', '4%', 'change', '%', d(U, TA, base='target', status='exceeded')),
 ('đạt 21.500 lượt', '21.500', 'level', 'lượt', d(IA)),
 ('đạt 1.465 tỷ đồng', '1.465 tỷ đồng', 'level', 'VND', d(TR)),
 ('tăng 152%', '152%', 'change', '%', d(U, TR, base='2021')),
 ('đón 412.000 lượt', '412.000', 'level', 'lượt', d(TA)),
 ('285.000 lượt', '285.000', 'level', 'lượt', d(TA)),
 ('640.000 lượt', '640.000', 'level', 'lượt', d(TA)),
 ('2023: đón 3,5 triệu lượt khách', '3,5 triệu', 'level', 'lượt khách', d(T23, TA)),
 ('tế 30.000 lượt', '30.000', 'level', 'lượt', d(T23, IA)),
 ('lịch 1.750 tỷ đồng', '1.750 tỷ đồng', 'level', 'VND', d(T23, TR)),
 ('2024: đón 4 triệu lượt khách', '4 triệu', 'level', 'lượt khách', d(T24, TA)),
 ('tế 40.000 lượt', '40.000', 'level', 'lượt', d(T24, IA)),
 ('thu 2.050 tỷ đồng', '2.050 tỷ đồng', 'level', 'VND', d(T24, TR)),
 ('2025: đón 4,5 triệu lượt khách', '4,5 triệu', 'level', 'lượt khách', d(T25, TA)),
 ('tế 55.000 lượt', '55.000', 'level', 'lượt', d(T25, IA)),
 ('thu 2.400 tỷ đồng', '2.400 tỷ đồng', 'level', 'VND', d(T25, TR)),
 ('quân 12%/năm', '12%', 'change', '%', d(TT, U)),
 ('đạt 1,6 ngày/khách', '1,6', 'level', 'ngày/khách', d(T25)),
 ('thêm 3 - 5 dự án', '3 - 5', 'level', 'dự án', d(TT)),
 ('khoảng 500 lao động', '500', 'level', 'lao động', d(TT, indicator='vocational_training', bound='about')),
 ('xây dựng 4 sản phẩm', '4', 'level', 'sản phẩm', d(optional=True)),
 ('ít nhất 380.000 lượt khách', '380.000', 'change', 'lượt khách', d(T23, U, TA, base='2022', bound='at_least')),
 ('khoảng 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('tỉnh 64 tỷ đồng', '64 tỷ đồng', 'level', 'VND', d(optional=True)),
]
