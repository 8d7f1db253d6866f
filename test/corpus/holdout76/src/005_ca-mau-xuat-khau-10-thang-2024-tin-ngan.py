TEXT = '''
BÁO CÀ MAU
Kinh tế
Cập nhật ngày: 06/11/2024 - 07:45

Xuất khẩu 10 tháng đạt hơn 1,05 tỷ USD

(CMO) Theo Cục Thống kê tỉnh Cà Mau, tháng 10/2024, kim ngạch xuất khẩu của tỉnh ước đạt 118,6 triệu USD, tăng 4,8% so với tháng trước và tăng 12,3% so với cùng kỳ. Lũy kế 10 tháng, kim ngạch xuất khẩu ước đạt 1,052 tỷ USD, bằng 83,5% kế hoạch năm, tăng 7,6% so với cùng kỳ; trong đó xuất khẩu tôm chiếm trên 90%.

Sản lượng thủy sản 10 tháng ước đạt 521.800 tấn, đạt 86,4% kế hoạch; trong đó sản lượng tôm 215.300 tấn, tăng 3,5%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 10 tháng đạt 58.230 tỷ đồng, tăng 9,2% so với cùng kỳ. Du lịch tiếp tục khởi sắc, tổng lượt khách 10 tháng ước đạt 1,62 triệu lượt, tăng 8,6% so với cùng kỳ; tổng thu từ du lịch ước 2.140 tỷ đồng.

Chỉ số giá tiêu dùng (CPI) tháng 10 giảm 0,12% so với tháng trước; bình quân 10 tháng tăng 3,41% so với cùng kỳ.

Chế biến tôm xuất khẩu tại Công ty CP Thực phẩm Năm Căn. Ảnh: HOÀNG VŨ

HOÀNG VŨ

Lượt xem: 845
Tin khác
- Cà Mau: Khởi công tuyến đê biển Tây đoạn qua huyện Trần Văn Thời (04/11/2024)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 25 (31/10/2024)
Tòa soạn: 62 Phan Ngọc Hiển, phường 5, TP Cà Mau. ĐT: 0290.3831.366
'''
META = {'published': '2024-11-06', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2024-10M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
EX = {'indicator': 'export_value'}
M10 = {'period': '2024-M10'}
FIGS = [
 ('hơn 1,05 tỷ USD', '1,05 tỷ USD', 'level', 'USD', d(EX, bound='over')),
 ('ước đạt 118,6 triệu USD', '118,6 triệu USD', 'level', 'USD', d(E, EX, M10)),
 ('tăng 4,8% so với tháng trước', '4,8%', 'change', '%', d(E, EX, M10, U, base='previous_period')),
 ('tăng 12,3% so với cùng kỳ', '12,3%', 'change', '%', d(E, EX, M10, U, SP)),
 ('ước đạt 1,052 tỷ USD', '1,052 tỷ USD', 'level', 'USD', d(E, EX)),
 ('bằng 83,5% kế hoạch', '83,5%', 'attainment', '%', d(E, EX, T)),
 ('tăng 7,6% so với cùng kỳ', '7,6%', 'change', '%', d(E, EX, U, SP)),
 ('chiếm trên 90%', '90%', 'level', '%', d(EX, bound='over')),
 ('ước đạt 521.800 tấn', '521.800 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('đạt 86,4% kế hoạch', '86,4%', 'attainment', '%', d(E, T, indicator='aquaculture_output')),
 ('tôm 215.300 tấn', '215.300 tấn', 'level', 'tấn', d()),
 ('tăng 3,5%', '3,5%', 'change', '%', d(U)),
 ('đạt 58.230 tỷ đồng', '58.230 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 9,2% so với cùng kỳ', '9,2%', 'change', '%', d(U, SP, indicator='retail_sales')),
 ('ước đạt 1,62 triệu', '1,62 triệu', 'level', 'lượt', d(E, indicator='tourist_arrivals')),
 ('tăng 8,6% so với cùng kỳ', '8,6%', 'change', '%', d(E, U, SP, indicator='tourist_arrivals')),
 ('ước 2.140 tỷ đồng', '2.140 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('giảm 0,12% so với tháng trước', '0,12%', 'change', '%', d(DN, M10, base='previous_period', indicator='cpi')),
 ('tăng 3,41% so với cùng kỳ', '3,41%', 'change', '%', d(U, SP, indicator='cpi')),
]
