TEXT = '''
BÁO HẢI PHÒNG
Thứ Sáu, ngày 16 tháng 1 năm 2026 | 10:05 (GMT+7)
Kinh tế > Thị trường

Hàng Tết Bính Ngọ 2026: Dự trữ hơn 9.800 tỷ đồng hàng bình ổn, giá bán thấp hơn thị trường 5 - 10%

Hải Phòng - Để phục vụ nhu cầu mua sắm dịp Tết Nguyên đán Bính Ngọ 2026, các doanh nghiệp tham gia chương trình bình ổn thị trường trên địa bàn thành phố đã dự trữ hàng hóa với tổng giá trị hơn 9.800 tỷ đồng, tăng 12,5% so với Tết Ất Tỵ 2025.

Theo Sở Công Thương thành phố, năm nay có 62 doanh nghiệp tham gia chương trình bình ổn thị trường (riêng khu vực Hải Dương cũ 18 doanh nghiệp), tăng 9 doanh nghiệp so với năm trước, với 1.450 điểm bán phủ khắp các xã, phường, đặc khu. Hai hệ thống siêu thị lớn là Co.opmart và WinMart dự trữ hàng Tết lần lượt 520 tỷ đồng và 680 tỷ đồng.

Lượng hàng dự trữ tập trung vào các mặt hàng thiết yếu: gạo khoảng 12.000 tấn, thịt gia súc, gia cầm 8.600 tấn, thực phẩm chế biến 4.200 tấn, trứng gia cầm 36 triệu quả, rau củ quả 15.500 tấn. Giá bán các mặt hàng bình ổn thấp hơn giá thị trường từ 5 - 10%, được giữ ổn định từ ngày 1/1 đến hết ngày 28/2/2026.

Ông Trần Văn Hùng, Phó Giám đốc Sở Công Thương, cho biết nhu cầu tiêu dùng dịp Tết năm nay dự kiến tăng 8 - 10% so với Tết năm trước; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 2/2026 dự kiến đạt khoảng 21.500 tỷ đồng. Năm 2025, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn thành phố (tính gộp hai địa phương cũ) đạt 268.400 tỷ đồng, tăng 10,8% so với năm 2024; riêng tháng 12/2025 đạt 24.650 tỷ đồng, tăng 2,1% so với tháng trước.

Người dân chọn mua hàng Việt tại siêu thị số 10 Lạch Tray. Ảnh: Minh Thu

Khảo sát tại chợ Tam Bạc (phường Hồng Bàng) sáng 15/1, giá thịt lợn ba chỉ 130.000 - 140.000 đồng/kg; gà ta 120.000 - 130.000 đồng/kg, tăng 10.000 đồng/kg so với đầu tháng; gạo tẻ thường ổn định ở mức 14.000 - 16.000 đồng/kg. Bánh chưng loại 1 kg có giá 80.000 - 100.000 đồng/chiếc.

Cùng với bảo đảm nguồn cung, lực lượng quản lý thị trường thành phố triển khai đợt cao điểm chống buôn lậu, gian lận thương mại và hàng giả dịp Tết. Từ đầu tháng 1/2026 đến nay, lực lượng đã kiểm tra 386 vụ, xử lý 312 vụ vi phạm, phạt tiền và tịch thu hàng hóa trị giá 3,8 tỷ đồng; tạm giữ hơn 12.000 sản phẩm bánh kẹo, rượu bia không rõ nguồn gốc.

Cả năm 2025, lực lượng quản lý thị trường thành phố kiểm tra 2.946 vụ, xử lý 2.318 vụ vi phạm, thu nộp ngân sách nhà nước 21,6 tỷ đồng, đạt 135% kế hoạch.

Minh Thu

Tin liên quan
- Hội chợ Xuân 2026 quy tụ 250 gian hàng
- Giá hoa đào Tết tăng 20%
- Các siêu thị mở cửa đến 22 giờ dịp cao điểm Tết

Báo Hải Phòng - Cơ quan của Đảng bộ thành phố Hải Phòng | Tòa soạn: 35 Trần Phú | Hotline: 0225.3842.643
'''
META = {'published': '2026-01-16', 'locality': 'thành phố Hải Phòng'}
DEFAULTS = {'locality': 'thành phố Hải Phòng', 'period': '2026', 'modality': 'actual'}
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
RS = {'indicator': 'retail_sales'}
HB = {'locality': 'phường Hồng Bàng'}
FIGS = [
 ('hơn 9.800 tỷ đồng hàng bình ổn', '9.800 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('thị trường 5 - 10%\n', '5 - 10%', 'change', '%', d(D)),
 ('tổng giá trị hơn 9.800 tỷ đồng', '9.800 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('tăng 12,5% so với Tết Ất Tỵ', '12,5%', 'change', '%', d(U, S)),
 ('có 62 doanh nghiệp', '62', 'level', 'doanh nghiệp', d()),
 ('cũ 18 doanh nghiệp', '18', 'level', 'doanh nghiệp', d(locality='tỉnh Hải Dương')),
 ('tăng 9 doanh nghiệp', '9', 'change', 'doanh nghiệp', d(U, base='2025')),
 ('với 1.450 điểm bán', '1.450', 'level', 'điểm bán', dict(optional=True)),
 ('lần lượt 520 tỷ đồng', '520 tỷ đồng', 'level', 'VND', d()),
 ('và 680 tỷ đồng', '680 tỷ đồng', 'level', 'VND', d()),
 ('gạo khoảng 12.000 tấn', '12.000 tấn', 'level', 'tấn', d(bound='about')),
 ('cầm 8.600 tấn', '8.600 tấn', 'level', 'tấn', d()),
 ('biến 4.200 tấn', '4.200 tấn', 'level', 'tấn', d()),
 ('36 triệu quả', '36 triệu', 'level', 'quả', d()),
 ('quả 15.500 tấn', '15.500 tấn', 'level', 'tấn', d()),
 ('từ 5 - 10%, được', '5 - 10%', 'change', '%', d(D)),
 ('tăng 8 - 10% so với Tết năm trước', '8 - 10%', 'change', '%', d(U, S, E)),
 ('khoảng 21.500 tỷ đồng', '21.500 tỷ đồng', 'level', 'VND', d(RS, E, period='2026-M02', bound='about')),
 ('đạt 268.400 tỷ đồng', '268.400 tỷ đồng', 'level', 'VND', d(RS, period='2025')),
 ('tăng 10,8% so với năm 2024', '10,8%', 'change', '%', d(RS, U, period='2025', base='2024')),
 ('đạt 24.650 tỷ đồng', '24.650 tỷ đồng', 'level', 'VND', d(RS, period='2025-M12')),
 ('tăng 2,1% so với tháng trước', '2,1%', 'change', '%', d(RS, U, PP, period='2025-M12')),
 ('chỉ 130.000 - 140.000 đồng/kg', '130.000 - 140.000 đồng/kg', 'level', 'VND/kg', d(HB, period='2026-M01')),
 ('gà ta 120.000 - 130.000 đồng/kg', '120.000 - 130.000 đồng/kg', 'level', 'VND/kg', d(HB, period='2026-M01')),
 ('tăng 10.000 đồng/kg', '10.000 đồng/kg', 'change', 'VND/kg', d(HB, U, PP, period='2026-M01')),
 ('mức 14.000 - 16.000 đồng/kg', '14.000 - 16.000 đồng/kg', 'level', 'VND/kg', d(HB, period='2026-M01')),
 ('giá 80.000 - 100.000 đồng/chiếc', '80.000 - 100.000 đồng/chiếc', 'level', 'VND/chiếc', d(HB, period='2026-M01')),
 ('kiểm tra 386 vụ', '386', 'level', 'vụ', d()),
 ('xử lý 312 vụ', '312', 'level', 'vụ', d()),
 ('trị giá 3,8 tỷ đồng', '3,8 tỷ đồng', 'level', 'VND', d()),
 ('hơn 12.000 sản phẩm', '12.000', 'level', 'sản phẩm', d(bound='over')),
 ('kiểm tra 2.946 vụ', '2.946', 'level', 'vụ', d(period='2025')),
 ('xử lý 2.318 vụ', '2.318', 'level', 'vụ', d(period='2025')),
 ('nước 21,6 tỷ đồng', '21,6 tỷ đồng', 'level', 'VND', d(period='2025')),
 ('đạt 135% kế hoạch', '135%', 'attainment', '%', d(period='2025', base='target')),
]
