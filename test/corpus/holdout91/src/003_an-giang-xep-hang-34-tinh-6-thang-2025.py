TEXT = '''
BÁO AN GIANG ONLINE
Thời sự    Chính trị    Kinh tế    Xã hội    Pháp luật    Biển đảo
Cập nhật: 14:05 - 08/07/2025

Tăng trưởng 6 tháng: An Giang xếp thứ 19/34 tỉnh, thành phố

Theo số liệu của Cục Thống kê (Bộ Tài chính) công bố ngày 6/7, tính theo 34 đơn vị hành chính cấp tỉnh mới, tăng trưởng GRDP 6 tháng đầu năm 2025 của tỉnh An Giang đạt 7,21%, đứng thứ 19 cả nước và thứ 3 vùng Đồng bằng sông Cửu Long.

So với cùng kỳ năm 2024 (tính gộp hai tỉnh An Giang và Kiên Giang cũ), tốc độ tăng trưởng cao hơn 0,85 điểm phần trăm. Quy mô GRDP 6 tháng của tỉnh mới ước đạt 121.300 tỷ đồng, xếp thứ 12 cả nước.

Dẫn đầu cả nước về tăng trưởng là tỉnh Quảng Ninh với 11,03%, tiếp theo là thành phố Hải Phòng (10,86%) và tỉnh Bắc Ninh (10,2%). Trong vùng, thành phố Cần Thơ tăng 7,85%, tỉnh Đồng Tháp tăng 7,36%; tỉnh Cà Mau thấp nhất vùng với 5,94%. Tăng trưởng GDP cả nước 6 tháng ước đạt 7,52%.

Trước sắp xếp, tỉnh Kiên Giang 6 tháng đầu năm 2024 chỉ tăng 6,11% còn tỉnh An Giang tăng 6,49%. Sau hợp nhất, khu vực Kiên Giang cũ có quy mô kinh tế khoảng 68.900 tỷ đồng, chiếm hơn một nửa GRDP của tỉnh; riêng đặc khu Phú Quốc đón 4,2 triệu lượt khách, tăng 22,5%.

Ở lĩnh vực nông nghiệp, An Giang mới là địa phương có diện tích gieo trồng lúa lớn nhất cả nước, với 1,24 triệu ha mỗi năm, sản lượng lúa 6 tháng ước đạt 4,36 triệu tấn, chiếm gần 17% sản lượng lúa cả nước. Kim ngạch xuất khẩu 6 tháng ước đạt 1,58 tỷ USD, tăng 14,8%.

Thu ngân sách 6 tháng đạt 12.640 tỷ đồng, bằng 56% dự toán, đứng thứ 2 vùng sau thành phố Cần Thơ (13.870 tỷ đồng).

Cánh đồng lúa tại xã Vĩnh Bình. Ảnh: Thanh Tiến

Phát biểu tại hội nghị sơ kết, Chủ tịch UBND tỉnh cho biết tỉnh phấn đấu cả năm 2025 tăng trưởng 8,5%, để vươn lên nhóm 15 tỉnh, thành phố dẫn đầu.

THANH TIẾN

Xem thêm:
• Giá lúa hôm nay 8/7: lúa IR 50404 giữ mức 6.200 đồng/kg
• Phú Quốc: 6 tháng thu hút 43 dự án (07/07/2025)
• Khai mạc kỳ họp thứ 2 HĐND tỉnh khóa X (09/07/2025)

Báo An Giang - Giấy phép số 150/GP-BTTTT. Đường dây nóng: 0296.3841.371
'''
META = {'published': '2025-07-08', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2025-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
GG = {'indicator': 'grdp_growth'}
G = {'indicator': 'grdp'}
FIGS = [
 ('theo 34 đơn vị hành chính', '34', 'level', 'đơn vị hành chính', d(optional=True)),
 ('An Giang đạt 7,21%', '7,21%', 'level', '%', d(GG)),
 ('cao hơn 0,85 điểm phần trăm', '0,85 điểm phần trăm', 'change', 'điểm %', d(GG, U, base='same_period')),
 ('ước đạt 121.300 tỷ đồng', '121.300 tỷ đồng', 'level', 'VND', d(E, G)),
 ('với 11,03%', '11,03%', 'level', '%', d(GG, locality='tỉnh Quảng Ninh')),
 ('(10,86%)', '10,86%', 'level', '%', d(GG, locality='thành phố Hải Phòng')),
 ('(10,2%)', '10,2%', 'level', '%', d(GG, locality='tỉnh Bắc Ninh')),
 ('tăng 7,85%', '7,85%', 'change', '%', d(GG, U, locality='thành phố Cần Thơ')),
 ('tăng 7,36%', '7,36%', 'change', '%', d(GG, U, locality='tỉnh Đồng Tháp')),
 ('với 5,94%', '5,94%', 'level', '%', d(GG, locality='tỉnh Cà Mau')),
 ('ước đạt 7,52%', '7,52%', 'level', '%', d(E, GG, locality='cả nước')),
 ('tăng 6,11%', '6,11%', 'change', '%', d(GG, U, locality='tỉnh Kiên Giang', period='2024-H1')),
 ('tăng 6,49%', '6,49%', 'change', '%', d(GG, U, period='2024-H1')),
 ('khoảng 68.900 tỷ đồng', '68.900 tỷ đồng', 'level', 'VND', d(G, locality='tỉnh Kiên Giang', bound='about')),
 ('đón 4,2 triệu lượt khách', '4,2 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals', locality='đặc khu Phú Quốc')),
 ('tăng 22,5%', '22,5%', 'change', '%', d(U, indicator='tourist_arrivals', locality='đặc khu Phú Quốc')),
 ('với 1,24 triệu ha', '1,24 triệu ha', 'level', 'ha', d(indicator='crop_area', period='2025')),
 ('ước đạt 4,36 triệu tấn', '4,36 triệu tấn', 'level', 'tấn', d(E, indicator='rice_output')),
 ('gần 17%', '17%', 'level', '%', d(E, indicator='rice_output', bound='nearly')),
 ('ước đạt 1,58 tỷ USD', '1,58 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 14,8%', '14,8%', 'change', '%', d(E, U, indicator='export_value')),
 ('đạt 12.640 tỷ đồng', '12.640 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 56% dự toán', '56%', 'attainment', '%', d(indicator='budget_revenue', base='target')),
 ('(13.870 tỷ đồng)', '13.870 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='thành phố Cần Thơ')),
 ('tăng trưởng 8,5%', '8,5%', 'level', '%', d(GG, modality='target', period='2025')),
]
