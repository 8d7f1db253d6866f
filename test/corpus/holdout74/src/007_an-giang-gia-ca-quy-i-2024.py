TEXT = '''
BÁO AN GIANG
Thứ Bảy, 30/3/2024 - 07:30
Kinh tế | Thị trường

Quý I/2024: CPI An Giang tăng 4,12%, giá lúa gạo ở mức cao

(AG) - Theo Cục Thống kê tỉnh, chỉ số giá tiêu dùng (CPI) bình quân quý I/2024 trên địa bàn tỉnh tăng 4,12% so với cùng kỳ, cao hơn mức tăng chung của cả nước (3,77%); riêng CPI tháng 3 giảm 0,31% so với tháng trước.

Một số nhóm hàng có chỉ số giá bình quân quý I tăng cao so với cùng kỳ:
- Nhóm hàng ăn và dịch vụ ăn uống: +6,85% (trong đó lương thực +18,62%);
- Nhóm giáo dục: +8,14%;
- Nhóm nhà ở, điện, nước, chất đốt và vật liệu xây dựng: +5,02%;
- Nhóm thuốc và dịch vụ y tế: +4,36%.
Ở chiều ngược lại, nhóm giao thông giảm 1,26% so với cùng kỳ do giá xăng dầu bình quân thấp hơn.

Giá lúa tươi vụ Đông Xuân 2023 - 2024 tại ruộng dao động 7.200 - 7.800 đồng/kg (lúa IR 50404) và 7.800 - 8.400 đồng/kg (lúa OM 5451, Đài Thơm 8), cao hơn cùng kỳ năm trước 1.000 - 1.500 đồng/kg. Với năng suất bình quân 7,1 tấn/ha, nông dân lãi 25 - 30 triệu đồng/ha.

Cuối tháng 3, tại chợ Long Xuyên (TP. Long Xuyên), gạo thường có giá 16.000 - 18.000 đồng/kg, tăng khoảng 2.000 đồng/kg so với cùng kỳ. Giá heo hơi 52.000 - 55.000 đồng/kg, giảm 3.000 đồng/kg so với tháng trước do sức mua sau Tết giảm.

Người dân mua lương thực tại chợ Long Xuyên. Ảnh: HỮU HUYNH

Giá vàng nhẫn 9999 tại các tiệm vàng ngày 29/3 được niêm yết ở mức 68,9 triệu đồng/lượng (bán ra), tăng 5,6 triệu đồng/lượng so với cuối năm 2023. Chỉ số giá vàng bình quân quý I tăng 19,65% và chỉ số giá đô la Mỹ tăng 4,33% so với cùng kỳ.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý I ước đạt 38.560 tỷ đồng, tăng 9,8% so với cùng kỳ, đạt 24,6% kế hoạch năm (kế hoạch 156.700 tỷ đồng). Riêng tháng 2, tháng cao điểm Tết Giáp Thìn, tổng mức bán lẻ đạt 13.420 tỷ đồng, tăng 11,2% so với cùng kỳ. Chương trình bình ổn thị trường dịp Tết có 12 doanh nghiệp tham gia với tổng giá trị hàng hóa 1.250 tỷ đồng.

Trong quý I, Cục Quản lý thị trường tỉnh kiểm tra 412 vụ, xử lý 356 vụ vi phạm, thu nộp ngân sách 2,86 tỷ đồng, tăng 18,4% so với cùng kỳ; tịch thu 8.650 gói thuốc lá điếu nhập lậu và 1.320 kg đường cát ngoại.

Năm 2024, tỉnh phấn đấu kiểm soát CPI bình quân tăng dưới 4,5%.

HỮU HUYNH

TIN LIÊN QUAN
- Giá lúa Đông Xuân giảm 200 - 300 đồng/kg
- An Giang: Xuất khẩu gạo quý I đạt 186.000 tấn

Báo An Giang | Giấy phép số 110/GP-BTTTT | Đường dây nóng: 0296.3841.284 | Lượt xem: 1.253
'''
META = {'published': '2024-03-30', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2024-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
PP = {'base': 'previous_period'}
S = {'base': 'same_period'}
E = {'modality': 'estimate'}
C = {'indicator': 'cpi'}
RS = {'indicator': 'retail_sales'}
DX = {'period': '2023/2024'}
LX = {'locality': 'thành phố Long Xuyên', 'period': '2024-M03'}
M3 = {'period': '2024-M03'}
FIGS = [
 ('CPI An Giang tăng 4,12%', '4,12%', 'change', '%', d(C, U)),
 ('trên địa bàn tỉnh tăng 4,12%', '4,12%', 'change', '%', d(C, U, S)),
 ('(3,77%)', '3,77%', 'change', '%', d(C, U, S, locality='cả nước')),
 ('giảm 0,31%', '0,31%', 'change', '%', d(C, D, PP, M3)),
 ('+6,85%', '6,85%', 'change', '%', d(C, U, S)),
 ('+18,62%', '18,62%', 'change', '%', d(C, U, S)),
 ('+8,14%', '8,14%', 'change', '%', d(C, U, S)),
 ('+5,02%', '5,02%', 'change', '%', d(C, U, S)),
 ('+4,36%', '4,36%', 'change', '%', d(C, U, S)),
 ('giảm 1,26%', '1,26%', 'change', '%', d(C, D, S)),
 ('động 7.200 - 7.800 đồng/kg', '7.200 - 7.800 đồng/kg', 'level', 'VND/kg', d(DX)),
 ('và 7.800 - 8.400 đồng/kg', '7.800 - 8.400 đồng/kg', 'level', 'VND/kg', d(DX)),
 ('trước 1.000 - 1.500 đồng/kg', '1.000 - 1.500 đồng/kg', 'change', 'VND/kg', d(DX, U, S)),
 ('bình quân 7,1 tấn/ha', '7,1 tấn/ha', 'level', 'tấn/ha', d(DX)),
 ('lãi 25 - 30 triệu đồng/ha', '25 - 30 triệu đồng/ha', 'level', 'VND/ha', d(DX)),
 ('giá 16.000 - 18.000 đồng/kg', '16.000 - 18.000 đồng/kg', 'level', 'VND/kg', d(LX)),
 ('khoảng 2.000 đồng/kg', '2.000 đồng/kg', 'change', 'VND/kg', d(LX, U, S, bound='about')),
 ('hơi 52.000 - 55.000 đồng/kg', '52.000 - 55.000 đồng/kg', 'level', 'VND/kg', d(LX)),
 ('giảm 3.000 đồng/kg', '3.000 đồng/kg', 'change', 'VND/kg', d(LX, D, PP)),
 ('mức 68,9 triệu đồng/lượng', '68,9 triệu đồng/lượng', 'level', 'VND/lượng', d(M3)),
 ('tăng 5,6 triệu đồng/lượng', '5,6 triệu đồng/lượng', 'change', 'VND/lượng', d(M3, U, base='2023')),
 ('tăng 19,65%', '19,65%', 'change', '%', d(U, S)),
 ('tăng 4,33%', '4,33%', 'change', '%', d(U, S)),
 ('ước đạt 38.560 tỷ đồng', '38.560 tỷ đồng', 'level', 'VND', d(RS, E)),
 ('tăng 9,8% so với cùng kỳ', '9,8%', 'change', '%', d(RS, E, U, S)),
 ('đạt 24,6% kế hoạch', '24,6%', 'attainment', '%', d(RS, E, base='target')),
 ('(kế hoạch 156.700 tỷ đồng)', '156.700 tỷ đồng', 'level', 'VND', d(RS, period='2024', modality='target')),
 ('đạt 13.420 tỷ đồng', '13.420 tỷ đồng', 'level', 'VND', d(RS, period='2024-M02')),
 ('tăng 11,2% so với cùng kỳ', '11,2%', 'change', '%', d(RS, U, S, period='2024-M02')),
 ('có 12 doanh nghiệp', '12', 'level', 'doanh nghiệp', d()),
 ('hàng hóa 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', d()),
 ('kiểm tra 412 vụ', '412', 'level', 'vụ', d()),
 ('xử lý 356 vụ', '356', 'level', 'vụ', d()),
 ('ngân sách 2,86 tỷ đồng', '2,86 tỷ đồng', 'level', 'VND', d()),
 ('tăng 18,4% so với cùng kỳ', '18,4%', 'change', '%', d(U, S)),
 ('tịch thu 8.650 gói', '8.650', 'level', 'gói', d()),
 ('và 1.320 kg', '1.320 kg', 'level', 'kg', d()),
 ('tăng dưới 4,5%', '4,5%', 'change', '%', d(C, U, period='2024', modality='target', bound='under')),
]
