TEXT = '''
HÀ TĨNH TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ TĨNH
Trang chủ | Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình | Lịch phát sóng

Sản xuất công nghiệp 7 tháng tăng 3,6%, xuất khẩu giảm sâu

Thứ Ba, 01/08/2023 - 16:40 | 418 lượt xem

HTTV - Theo Cục Thống kê Hà Tĩnh, giá trị sản xuất công nghiệp 7 tháng năm 2023 (giá so sánh 2010) ước đạt 56.340 tỷ đồng, tăng 3,6% so với cùng kỳ, bằng 53,8% kế hoạch năm.

Riêng tháng 7, chỉ số sản xuất công nghiệp (IIP) ước giảm 2,4% so với tháng trước nhưng tăng 5,1% so với tháng 7/2022, do Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh vận hành trở lại lò cao số 2 sau thời gian bảo dưỡng.

Tính chung 7 tháng, một số sản phẩm chủ yếu: thép các loại 3,98 triệu tấn, giảm 5,4%; điện sản xuất 4.120 triệu kWh, tăng 2,7%; bia các loại 27,6 triệu lít, tăng 11,8%.

Kim ngạch xuất khẩu 7 tháng ước đạt 1.160 triệu USD, giảm 18,7% so với cùng kỳ, chỉ đạt 43% kế hoạch; trong đó thép chiếm gần 82%. Kim ngạch nhập khẩu ước đạt 2.270 triệu USD, giảm 21,3%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 29.415 tỷ đồng, tăng 14,6%.

CPI tháng 7/2023 tăng 0,28% so với tháng trước; bình quân 7 tháng tăng 3,16% so với cùng kỳ, cao hơn mức tăng chung của cả nước (3,12%).

Hà Tĩnh đặt mục tiêu năm 2023 giá trị sản xuất công nghiệp đạt 104.700 tỷ đồng, kim ngạch xuất khẩu 2,7 tỷ USD.

Hoài Nam

Tin cùng chuyên mục
- Hội nghị giao ban kinh tế - xã hội tháng 7 năm 2023
- Cảng Sơn Dương đón tàu 300.000 tấn

Hotline: 0239 3855 999 | Địa chỉ: 54 Phan Đình Phùng, TP. Hà Tĩnh
'''
META = {'published': '2023-08-01', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2023-7M', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M7 = {'period': '2023-M07'}
IO = {'indicator': 'industrial_output_value'}
IIP = {'indicator': 'industrial_production_index'}
EX = {'indicator': 'export_value'}
IM = {'indicator': 'import_value'}
R = {'indicator': 'retail_sales'}
C = {'indicator': 'cpi'}
T = {'modality': 'target', 'period': '2023'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('7 tháng tăng 3,6%', '3,6%', 'change', '%', d(IO, U)),
 ('ước đạt 56.340 tỷ đồng', '56.340 tỷ đồng', 'level', 'VND', d(IO, E)),
 ('tăng 3,6% so với cùng kỳ', '3,6%', 'change', '%', d(IO, E, U, S)),
 ('bằng 53,8% kế hoạch năm', '53,8%', 'attainment', '%', d(IO, E, base='target')),
 ('ước giảm 2,4%', '2,4%', 'change', '%', d(IIP, E, M7, D, P)),
 ('tăng 5,1% so với tháng 7/2022', '5,1%', 'change', '%', d(IIP, E, M7, U, S)),
 ('thép các loại 3,98 triệu tấn', '3,98 triệu tấn', 'level', 'tấn', d()),
 ('giảm 5,4%', '5,4%', 'change', '%', d(D)),
 ('4.120 triệu kWh', '4.120 triệu kWh', 'level', 'kWh', d()),
 ('tăng 2,7%', '2,7%', 'change', '%', d(U)),
 ('27,6 triệu lít', '27,6 triệu lít', 'level', 'lít', d()),
 ('tăng 11,8%', '11,8%', 'change', '%', d(U)),
 ('ước đạt 1.160 triệu USD', '1.160 triệu USD', 'level', 'USD', d(EX, E)),
 ('giảm 18,7% so với cùng kỳ', '18,7%', 'change', '%', d(EX, E, D, S)),
 ('chỉ đạt 43% kế hoạch', '43%', 'attainment', '%', d(EX, E, base='target')),
 ('gần 82%', '82%', 'level', '%', d(EX, bound='nearly')),
 ('ước đạt 2.270 triệu USD', '2.270 triệu USD', 'level', 'USD', d(IM, E)),
 ('giảm 21,3%', '21,3%', 'change', '%', d(IM, E, D)),
 ('ước đạt 29.415 tỷ đồng', '29.415 tỷ đồng', 'level', 'VND', d(R, E)),
 ('tăng 14,6%', '14,6%', 'change', '%', d(R, E, U)),
 ('tăng 0,28%', '0,28%', 'change', '%', d(C, M7, U, P)),
 ('tăng 3,16% so với cùng kỳ', '3,16%', 'change', '%', d(C, U, S)),
 ('(3,12%)', '3,12%', 'change', '%', d(C, U, S, locality='cả nước')),
 ('đạt 104.700 tỷ đồng', '104.700 tỷ đồng', 'level', 'VND', d(IO, T)),
 ('khẩu 2,7 tỷ USD', '2,7 tỷ USD', 'level', 'USD', d(EX, T)),
]
