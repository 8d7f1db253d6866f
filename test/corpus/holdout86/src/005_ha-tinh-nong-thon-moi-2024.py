TEXT = '''
BÁO HÀ TĨNH
Thứ Hai, 23/12/2024 - 14:05
Thời sự | Chính trị | Kinh tế | Nông thôn mới | Xã hội | Pháp luật

Nông thôn mới

Hà Tĩnh: 100% xã đạt chuẩn nông thôn mới, bình quân 19 tiêu chí/xã

(Baohatinh.vn) - Sau 14 năm triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới, đến nay Hà Tĩnh có 181/181 xã đạt chuẩn nông thôn mới; 71 xã đạt chuẩn nông thôn mới nâng cao, 19 xã đạt chuẩn nông thôn mới kiểu mẫu; 9/13 đơn vị cấp huyện hoàn thành nhiệm vụ, đạt chuẩn nông thôn mới.

Bình quân toàn tỉnh đạt 19 tiêu chí/xã, tăng 1,2 tiêu chí so với cuối năm 2020. Thu nhập bình quân đầu người khu vực nông thôn năm 2024 ước đạt 52,6 triệu đồng, gấp 1,6 lần năm 2020; tỷ lệ hộ nghèo khu vực nông thôn giảm còn 2,1%.

Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%; tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 72,3%, trong đó nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung mới đạt 41,5%.

Huyện Cẩm Xuyên có 20/20 xã đạt chuẩn, trong đó 9 xã đạt chuẩn nâng cao; thu nhập bình quân đầu người đạt 58,4 triệu đồng/năm. Trong khi đó, huyện Hương Khê mới có 5/20 xã đạt chuẩn nông thôn mới nâng cao, thu nhập bình quân đầu người mới đạt 41,2 triệu đồng/năm, thấp hơn bình quân toàn tỉnh 11,4 triệu đồng.

Một góc xã Thạch Châu (huyện Lộc Hà), xã đạt chuẩn nông thôn mới kiểu mẫu năm 2022. Ảnh: Thu Hà

Toàn tỉnh có 5.260 vườn mẫu, 1.120 khu dân cư nông thôn mới kiểu mẫu; 298 sản phẩm OCOP đạt từ 3 sao trở lên, tăng 36 sản phẩm so với năm 2023. Tổng nguồn lực huy động xây dựng nông thôn mới năm 2024 đạt 3.120 tỷ đồng, bình quân 17,2 tỷ đồng/xã.

Năm 2025, Hà Tĩnh phấn đấu có thêm 15 xã đạt chuẩn nông thôn mới nâng cao, 5 xã đạt chuẩn kiểu mẫu; thu nhập bình quân đầu người khu vực nông thôn đạt 58 triệu đồng trở lên; tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 75%.

Thu Hà

Tin liên quan
- Lộc Hà đón nhận Bằng công nhận huyện nông thôn mới (12/12/2024)
- Hà Tĩnh có thêm 42 sản phẩm OCOP 3 sao (02/12/2024)
Lượt xem: 1.245

Báo Hà Tĩnh - Giấy phép số 483/GP-BTTTT. Điện thoại: 0239.3855.632
'''
META = {'published': '2024-12-23', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
NR = {'indicator': 'new_rural_communes'}
NA = {'indicator': 'new_rural_communes_advanced'}
NM = {'indicator': 'new_rural_communes_model'}
CR = {'indicator': 'new_rural_criteria'}
INC = {'indicator': 'income_per_capita'}
CW = {'indicator': 'clean_water_rate'}
CX = {'locality': 'huyện Cẩm Xuyên'}
HK = {'locality': 'huyện Hương Khê'}
Y = 'VND/người/năm'
FIGS = [
 ('Hà Tĩnh: 100% xã', '100%', 'level', '%', d(NR)),
 ('bình quân 19 tiêu chí/xã', '19 tiêu chí/xã', 'level', 'tiêu chí/xã', d(CR)),
 ('181/181 xã', '181/181', 'ratio', 'xã', d(NR)),
 ('71 xã', '71', 'level', 'xã', d(NA)),
 ('19 xã đạt', '19', 'level', 'xã', d(NM)),
 ('9/13 đơn vị', '9/13', 'ratio', 'đơn vị cấp huyện', d()),
 ('đạt 19 tiêu chí/xã', '19 tiêu chí/xã', 'level', 'tiêu chí/xã', d(CR)),
 ('tăng 1,2 tiêu chí', '1,2', 'change', 'tiêu chí', d(CR, U, base='2020')),
 ('ước đạt 52,6 triệu đồng', '52,6 triệu đồng', 'level', Y, d(E, INC)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(E, INC, U, base='2020')),
 ('giảm còn 2,1%', '2,1%', 'level', '%', d(D, indicator='poverty_rate')),
 ('đạt 94,6%', '94,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đạt 72,3%', '72,3%', 'level', '%', d(CW)),
 ('đạt 41,5%', '41,5%', 'level', '%', d(CW)),
 ('20/20 xã', '20/20', 'ratio', 'xã', d(NR, CX)),
 ('trong đó 9 xã đạt', '9', 'level', 'xã', d(NA, CX)),
 ('đạt 58,4 triệu đồng/năm', '58,4 triệu đồng/năm', 'level', Y, d(INC, CX)),
 ('5/20 xã', '5/20', 'ratio', 'xã', d(NA, HK)),
 ('đạt 41,2 triệu đồng/năm', '41,2 triệu đồng/năm', 'level', Y, d(INC, HK)),
 ('11,4 triệu đồng', '11,4 triệu đồng', 'change', Y, d(INC, HK, D)),
 ('5.260 vườn mẫu', '5.260', 'level', 'vườn mẫu', d()),
 ('1.120 khu dân cư', '1.120', 'level', 'khu dân cư', d()),
 ('298 sản phẩm', '298', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('tăng 36 sản phẩm', '36', 'change', 'sản phẩm', d(U, base='2023', indicator='ocop_products')),
 ('đạt 3.120 tỷ đồng', '3.120 tỷ đồng', 'level', 'VND', d()),
 ('17,2 tỷ đồng/xã', '17,2 tỷ đồng/xã', 'level', 'VND/xã', d()),
 ('thêm 15 xã', '15', 'level', 'xã', d(K, NA)),
 ('5 xã đạt chuẩn kiểu mẫu', '5', 'level', 'xã', d(K, NM)),
 ('58 triệu đồng trở lên', '58 triệu đồng', 'level', Y, d(K, INC, bound='at_least')),
 ('đạt 75%', '75%', 'level', '%', d(K, CW)),
]
