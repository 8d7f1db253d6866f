TEXT = '''
BÁO BẮC NINH ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC NINH
Thứ Ba, 14/10/2025 - 08:15

Kinh tế | Xây dựng - Đô thị

Bắc Ninh hoàn thành 6.120 căn nhà ở xã hội trong 9 tháng

(BNO) - 9 tháng năm 2025, toàn tỉnh Bắc Ninh hoàn thành 6.120 căn nhà ở xã hội với tổng diện tích sàn khoảng 372.000 m2, đạt 61,2% chỉ tiêu năm Chính phủ giao (10.000 căn). Giá bán phổ biến từ 14 - 17 triệu đồng/m2, phù hợp với thu nhập của công nhân, người lao động tại các khu công nghiệp.

Theo Sở Xây dựng, tính đến ngày 30/9/2025, trên địa bàn tỉnh có 42 dự án nhà ở xã hội đang triển khai với quy mô khoảng 38.500 căn; trong đó 14 dự án đã hoàn thành toàn bộ hoặc một phần, 28 dự án đang thi công. Riêng khu vực Bắc Giang cũ hoàn thành 2.340 căn, tập trung tại phường Việt Yên và phường Bắc Giang.

Dự án nhà ở xã hội tại phường Kinh Bắc đang hoàn thiện 4 block cao 15 tầng. Ảnh: Quang Thế

Theo Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội giai đoạn 2021 - 2030, tỉnh Bắc Ninh (sau hợp nhất) được giao chỉ tiêu 96.000 căn, lần lượt là 44.500 căn giai đoạn 2021 - 2025 và 51.500 căn giai đoạn 2026 - 2030. Lũy kế từ năm 2021 đến nay, toàn tỉnh đã hoàn thành 21.860 căn, đạt 49,1% chỉ tiêu giai đoạn 2021 - 2025.

Nhu cầu mua nhà ở xã hội trên địa bàn rất lớn. Từ đầu năm đến nay, các chủ đầu tư đã tiếp nhận 18.400 hồ sơ đăng ký mua, thuê mua, gấp 3 lần số căn hoàn thành. Tại dự án ở phường Kinh Bắc, 960 căn hộ mở bán trong 5 ngày đã nhận 2.870 hồ sơ.

Ngân hàng Chính sách xã hội chi nhánh tỉnh đã giải ngân 486 tỷ đồng cho 1.152 khách hàng vay mua, thuê mua nhà ở xã hội. Hiện nay, diện tích nhà ở bình quân toàn tỉnh đạt 29,6 m2 sàn/người; mục tiêu đến năm 2030 đạt 32 m2 sàn/người.

Năm 2025, tỉnh phấn đấu hoàn thành 10.000 căn; 3 tháng cuối năm cần hoàn thành thêm khoảng 3.880 căn. Để đạt mục tiêu, tỉnh đã bố trí 312 ha đất trong các khu đô thị, khu nhà ở thương mại để phát triển nhà ở xã hội, đồng thời rút ngắn thời gian thẩm định hồ sơ dự án xuống còn 15 ngày.

Minh Hương

Tin cùng chuyên mục:
- Khởi công 2 dự án nhà ở xã hội với 1.800 căn hộ tại phường Từ Sơn
- Bắc Ninh: 9 tháng giải ngân vốn đầu tư công đạt 58%
- Quy hoạch chung đô thị Bắc Ninh đến năm 2045
'''
META = {'published': '2025-10-14', 'locality': 'tỉnh Bắc Ninh'}
DEFAULTS = {'locality': 'tỉnh Bắc Ninh', 'period': '2025-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
STK = {'period': '2025-M09'}
T = {'modality': 'target'}
FIGS = [
 ('hoàn thành 6.120 căn nhà ở xã hội trong', '6.120', 'level', 'căn nhà', d()),
 ('tỉnh Bắc Ninh hoàn thành 6.120 căn', '6.120', 'level', 'căn nhà', d()),
 ('khoảng 372.000 m2', '372.000 m2', 'level', 'm2', d(bound='about')),
 ('đạt 61,2% chỉ tiêu', '61,2%', 'attainment', '%', d(base='target')),
 ('(10.000 căn)', '10.000', 'level', 'căn', d(T, period='2025')),
 ('từ 14 - 17 triệu đồng/m2', '14 - 17 triệu đồng/m2', 'level', 'VND/m2', d()),
 ('có 42 dự án', '42', 'level', 'dự án', d(OPT)),
 ('khoảng 38.500 căn', '38.500', 'level', 'căn', d(STK, bound='about')),
 ('trong đó 14 dự án', '14', 'level', 'dự án', d(OPT)),
 ('28 dự án đang', '28', 'level', 'dự án', d(OPT)),
 ('hoàn thành 2.340 căn', '2.340', 'level', 'căn', d(locality='tỉnh Bắc Giang')),
 ('chỉ tiêu 96.000 căn', '96.000', 'level', 'căn', d(T, period='2021/2030')),
 ('là 44.500 căn', '44.500', 'level', 'căn', d(T, period='2021/2025')),
 ('và 51.500 căn', '51.500', 'level', 'căn', d(T, period='2026/2030')),
 ('hoàn thành 21.860 căn', '21.860', 'level', 'căn', d(period='2021/2025')),
 ('đạt 49,1% chỉ tiêu', '49,1%', 'attainment', '%', d(period='2021/2025', base='target')),
 ('hoàn thành 10.000 căn;', '10.000', 'level', 'căn', d(T, period='2025')),
 ('khoảng 3.880 căn', '3.880', 'level', 'căn', d(T, period='2025-Q4', bound='about')),
 ('bố trí 312 ha', '312 ha', 'level', 'ha', d(period='2025')),
 ('xuống còn 15 ngày', '15', 'level', 'ngày', d(OPT, period='2025')),
 ('tiếp nhận 18.400 hồ sơ', '18.400', 'level', 'hồ sơ', d()),
 ('gấp 3 lần', '3 lần', 'change', 'lần', d(direction='up')),
 ('960 căn hộ mở bán', '960', 'level', 'căn hộ', d(OPT)),
 ('nhận 2.870 hồ sơ', '2.870', 'level', 'hồ sơ', d(OPT)),
 ('giải ngân 486 tỷ đồng', '486 tỷ đồng', 'level', 'VND', d()),
 ('cho 1.152 khách hàng', '1.152', 'level', 'khách hàng', d()),
 ('đạt 29,6 m2 sàn/người', '29,6 m2 sàn/người', 'level', 'm2/người', d()),
 ('đạt 32 m2 sàn/người', '32 m2 sàn/người', 'level', 'm2/người', d(T, period='2030')),
]
