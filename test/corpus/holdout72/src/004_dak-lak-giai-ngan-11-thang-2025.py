TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Thứ Sáu, 05/12/2025 - 16:48
Kinh tế > Đầu tư

Giải ngân vốn đầu tư công 11 tháng đạt 68,4% kế hoạch Thủ tướng giao

Tính đến ngày 30/11/2025, toàn tỉnh Đắk Lắk đã giải ngân 8.126 tỷ đồng vốn đầu tư công, đạt 68,4% kế hoạch Thủ tướng Chính phủ giao, cao hơn mức bình quân cả nước (60,6%). Dù vậy, còn nhiều chủ đầu tư giải ngân chậm, nguy cơ không hoàn thành mục tiêu cả năm.

Kế hoạch vốn đầu tư công năm 2025 của tỉnh (tính gộp hai tỉnh Đắk Lắk và Phú Yên cũ) được Thủ tướng Chính phủ giao là 11.880 tỷ đồng; tỉnh giao chi tiết 12.634 tỷ đồng do bổ sung nguồn thu tiền sử dụng đất và vốn kết dư ngân sách. So với kế hoạch tỉnh giao, tỷ lệ giải ngân đạt 64,3%. Riêng tháng 11, toàn tỉnh giải ngân được 1.154 tỷ đồng, gấp 1,4 lần tháng 10.

Theo nguồn vốn, vốn ngân sách địa phương giải ngân 4.372 tỷ đồng, đạt 71,5%; vốn ngân sách Trung ương 3.754 tỷ đồng, đạt 65,1%, trong đó vốn thực hiện các chương trình mục tiêu quốc gia mới đạt 48,6%. Theo địa bàn, khu vực Đắk Lắk cũ giải ngân 5.214 tỷ đồng, đạt 70,2%; khu vực Phú Yên cũ giải ngân 2.912 tỷ đồng, đạt 65,4%.

Thi công tuyến cao tốc Khánh Hòa - Buôn Ma Thuột đoạn qua xã Ea Kar. Ảnh: Hoàng Gia

Toàn tỉnh có 96 chủ đầu tư được giao kế hoạch vốn năm 2025. Đến nay, 31/96 chủ đầu tư có tỷ lệ giải ngân cao hơn mức bình quân chung của tỉnh; 22 chủ đầu tư giải ngân dưới 50%. Một số chủ đầu tư có tỷ lệ giải ngân cao là: Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh đạt 89,7%; UBND phường Buôn Ma Thuột đạt 86,2%; UBND xã Ea Kar đạt 84,5%. Ngược lại, một số đơn vị giải ngân thấp như Sở Y tế (32,4%), UBND phường Tuy Hòa (35,8%), UBND xã Sông Hinh (38,1%).

Với các dự án trọng điểm, dự án đường bộ cao tốc Khánh Hòa - Buôn Ma Thuột (đoạn qua tỉnh) có kế hoạch vốn năm 2025 là 1.450 tỷ đồng, đến nay đã giải ngân 1.105 tỷ đồng, đạt 76,2%. Dự án hồ chứa nước Krông Pách Thượng giải ngân 312 tỷ đồng trên tổng số 405 tỷ đồng kế hoạch, đạt 77%.

Nguyên nhân giải ngân chậm được chỉ ra là vướng mắc trong bồi thường, giải phóng mặt bằng ở 27 dự án; giá vật liệu xây dựng, nhất là cát và đất đắp, tăng cao; một số dự án khởi công mới năm 2025 còn chậm hoàn thiện thủ tục đầu tư. Sau khi sắp xếp đơn vị hành chính, nhiều dự án do UBND cấp huyện (cũ) làm chủ đầu tư được bàn giao cho các xã, phường mới, việc điều chỉnh chủ đầu tư, mở tài khoản tại Kho bạc Nhà nước mất thêm thời gian. Với 3 chương trình mục tiêu quốc gia, kế hoạch vốn năm 2025 là 1.286 tỷ đồng, đến nay mới giải ngân 625 tỷ đồng; nhiều xã vùng đồng bào dân tộc thiểu số giải ngân rất thấp do chưa quen với nhiệm vụ chủ đầu tư.

Tại cuộc họp chiều 4/12, ông Tạ Anh Tuấn, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu đến ngày 31/12/2025 giải ngân đạt trên 85% và đến hết ngày 31/1/2026 giải ngân 100% kế hoạch vốn được giao. Chủ đầu tư nào có tỷ lệ giải ngân dưới 60% đến ngày 15/12 sẽ bị điều chuyển vốn cho các dự án có khả năng giải ngân tốt hơn. Với kết quả hiện nay, Đắk Lắk xếp thứ 12/34 tỉnh, thành phố về tỷ lệ giải ngân.

Hoàng Gia

Tin khác
- Đắk Lắk điều chuyển 320 tỷ đồng vốn đầu tư công năm 2025
- Khởi công 3 dự án giao thông kết nối vùng

Giấy phép số 312/GP-BTTTT. Trụ sở: 126 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk. Hotline: 0262.3852.249
'''
META = {'published': '2025-12-05', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2025-11M', 'modality': 'actual', 'indicator': 'public_investment_disbursement'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
T = {'base': 'target'}
P = {'period': '2025', 'modality': 'target'}
NOI = {'indicator': None}
STOCK = {'indicator': None, 'period': '2025-M11'}
PY = {'locality': 'tỉnh Phú Yên'}
def L(n): return {'locality': n}
FIGS = [
 ('11 tháng đạt 68,4% kế hoạch', '68,4%', 'attainment', '%', d(T)),
 ('giải ngân 8.126 tỷ đồng', '8.126 tỷ đồng', 'level', 'VND', d()),
 ('đạt 68,4% kế hoạch Thủ tướng Chính phủ', '68,4%', 'attainment', '%', d(T)),
 ('(60,6%)', '60,6%', 'attainment', '%', d(T, locality='cả nước')),
 ('giao là 11.880 tỷ đồng', '11.880 tỷ đồng', 'level', 'VND', d(P)),
 ('chi tiết 12.634 tỷ đồng', '12.634 tỷ đồng', 'level', 'VND', d(P)),
 ('đạt 64,3%', '64,3%', 'attainment', '%', d(T)),
 ('được 1.154 tỷ đồng', '1.154 tỷ đồng', 'level', 'VND', d(period='2025-M11')),
 ('gấp 1,4 lần tháng 10', '1,4', 'change', 'lần', d(U, period='2025-M11', base='previous_period')),
 ('giải ngân 4.372 tỷ đồng', '4.372 tỷ đồng', 'level', 'VND', d()),
 ('đạt 71,5%', '71,5%', 'attainment', '%', d(T)),
 ('Trung ương 3.754 tỷ đồng', '3.754 tỷ đồng', 'level', 'VND', d()),
 ('đạt 65,1%', '65,1%', 'attainment', '%', d(T)),
 ('mới đạt 48,6%', '48,6%', 'attainment', '%', d(T)),
 ('giải ngân 5.214 tỷ đồng', '5.214 tỷ đồng', 'level', 'VND', d()),
 ('đạt 70,2%', '70,2%', 'attainment', '%', d(T)),
 ('giải ngân 2.912 tỷ đồng', '2.912 tỷ đồng', 'level', 'VND', d(PY)),
 ('đạt 65,4%', '65,4%', 'attainment', '%', d(PY, T)),
 ('có 96 chủ đầu tư', '96', 'level', 'chủ đầu tư', d(STOCK)),
 ('31/96 chủ đầu tư', '31/96', 'ratio', 'chủ đầu tư', d(STOCK)),
 ('; 22 chủ đầu tư', '22', 'level', 'chủ đầu tư', d(STOCK)),
 ('tỉnh đạt 89,7%', '89,7%', 'attainment', '%', d(T)),
 ('Thuột đạt 86,2%', '86,2%', 'attainment', '%', d(T, L('phường Buôn Ma Thuột'))),
 ('Kar đạt 84,5%', '84,5%', 'attainment', '%', d(T, L('xã Ea Kar'))),
 ('(32,4%)', '32,4%', 'attainment', '%', d(T)),
 ('(35,8%)', '35,8%', 'attainment', '%', d(T, L('phường Tuy Hòa'))),
 ('(38,1%)', '38,1%', 'attainment', '%', d(T, L('xã Sông Hinh'))),
 ('năm 2025 là 1.450 tỷ đồng', '1.450 tỷ đồng', 'level', 'VND', d(P)),
 ('giải ngân 1.105 tỷ đồng', '1.105 tỷ đồng', 'level', 'VND', d()),
 ('đạt 76,2%', '76,2%', 'attainment', '%', d(T)),
 ('giải ngân 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', d()),
 ('số 405 tỷ đồng', '405 tỷ đồng', 'level', 'VND', d(P)),
 ('đạt 77%', '77%', 'attainment', '%', d(T)),
 ('ở 27 dự án', '27', 'level', 'dự án', dict(optional=True)),
 ('Với 3 chương trình', '3', 'level', 'chương trình', dict(optional=True)),
 ('năm 2025 là 1.286 tỷ đồng', '1.286 tỷ đồng', 'level', 'VND', d(P)),
 ('giải ngân 625 tỷ đồng', '625 tỷ đồng', 'level', 'VND', d()),
 ('đạt trên 85%', '85%', 'attainment', '%', d(P, T, bound='over')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(P, T)),
]
