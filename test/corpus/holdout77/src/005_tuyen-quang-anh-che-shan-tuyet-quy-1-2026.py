TEXT = '''
BÁO TUYÊN QUANG ĐIỆN TỬ
Thứ Hai, 06/04/2026 - 10:05 (GMT+7)
Trang chủ / Kinh tế / Phóng sự ảnh

Phóng sự ảnh: Mùa xuân trên vùng chè Shan tuyết

(BTQ) - Quý I/2026, ngành chè tỉnh Tuyên Quang thu hoạch lứa xuân trên diện tích gần 29.600 ha; sản lượng chè búp tươi ước đạt 38.500 tấn, tăng 6,2% so với cùng kỳ năm 2025. Chè Shan tuyết đang trở thành sản phẩm chủ lực của nhiều xã vùng cao.

Toàn tỉnh hiện có 29.600 ha chè, trong đó khu vực Hà Giang cũ chiếm hơn 21.000 ha, chủ yếu là chè Shan tuyết cổ thụ trên 100 năm tuổi.

Người dân xã Cao Bồ hái chè Shan tuyết; mỗi ha chè cổ thụ ở đây cho thu nhập 80 - 100 triệu đồng/năm.

Xã Cao Bồ có 4 sản phẩm OCOP từ chè đạt 4 sao, giá chè thành phẩm từ 600.000 - 1.200.000 đồng/kg.

Hợp tác xã chè Phìn Hồ mỗi ngày chế biến khoảng 2 tấn chè búp tươi, tạo việc làm cho 35 lao động.

Quý I/2026, kim ngạch xuất khẩu chè của tỉnh đạt 6,8 triệu USD, tăng 12% so với cùng kỳ; thị trường chính là Trung Đông và châu Âu.

Đồi chè Hùng An (xã Hùng An) thu hút đông du khách dịp đầu xuân. Quý I, toàn tỉnh đón 2,86 triệu lượt khách, tăng 18,4%; tổng thu từ du lịch đạt 3.950 tỷ đồng.

Tại phường Minh Xuân, 12 cửa hàng giới thiệu sản phẩm chè đặc sản đạt doanh thu bình quân 150 triệu đồng/tháng.

Theo Sở Nông nghiệp và Môi trường, tỉnh đặt mục tiêu đến năm 2030 có 32.000 ha chè, trong đó ít nhất 40% diện tích được cấp chứng nhận hữu cơ hoặc VietGAP; giá trị sản phẩm chè đạt 5.000 tỷ đồng/năm. Năm 2026, toàn tỉnh phấn đấu trồng mới và trồng thay thế 800 ha chè.

Ảnh: Đức Anh - Thanh Phúc
Bài: Hồng Nhung

Xem thêm:
- Tuyên Quang: Quý I thu ngân sách đạt 1.860 tỷ đồng
- Lễ hội Trà Shan tuyết lần thứ 3 năm 2026
- Quốc lộ 2 đoạn qua xã Vị Xuyên được nâng cấp

Lượt xem: 904 | Đường dây nóng: 0207.3822.105
Giấy phép số 68/GP-BTTTT ngày 25/02/2026 - Cơ quan chủ quản: Tỉnh ủy Tuyên Quang
'''
META = {'published': '2026-04-06', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
CB = {'locality': 'xã Cao Bồ'}
FIGS = [
 ('gần 29.600 ha', '29.600 ha', 'level', 'ha', d(bound='nearly')),
 ('ước đạt 38.500 tấn', '38.500 tấn', 'level', 'tấn', d(E)),
 ('tăng 6,2%', '6,2%', 'change', '%', d(E, U, SP)),
 ('có 29.600 ha', '29.600 ha', 'level', 'ha', d()),
 ('hơn 21.000 ha', '21.000 ha', 'level', 'ha', d(locality='tỉnh Hà Giang', bound='over')),
 ('80 - 100 triệu đồng/năm', '80 - 100 triệu đồng', 'level', 'VND/ha/năm', d(CB)),
 ('có 4 sản phẩm', '4', 'level', 'sản phẩm', d(CB, indicator='ocop_products')),
 ('600.000 - 1.200.000 đồng/kg', '600.000 - 1.200.000 đồng/kg', 'level', 'VND/kg', d(CB)),
 ('khoảng 2 tấn', '2 tấn', 'level', 'tấn', d(optional=True)),
 ('cho 35 lao động', '35', 'level', 'lao động', d(optional=True)),
 ('đạt 6,8 triệu USD', '6,8 triệu USD', 'level', 'USD', d()),
 ('tăng 12%', '12%', 'change', '%', d(U, SP)),
 ('đón 2,86 triệu lượt khách', '2,86 triệu', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 18,4%', '18,4%', 'change', '%', d(U, indicator='tourist_arrivals')),
 ('đạt 3.950 tỷ đồng', '3.950 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('Xuân, 12 cửa hàng', '12', 'level', 'cửa hàng', d(locality='phường Minh Xuân')),
 ('bình quân 150 triệu đồng/tháng', '150 triệu đồng', 'level', 'VND/tháng', d(locality='phường Minh Xuân')),
 ('có 32.000 ha', '32.000 ha', 'level', 'ha', d(modality='target', period='2030')),
 ('ít nhất 40%', '40%', 'level', '%', d(modality='target', period='2030', bound='at_least')),
 ('đạt 5.000 tỷ đồng/năm', '5.000 tỷ đồng', 'level', 'VND/năm', d(modality='target', period='2030')),
 ('thế 800 ha', '800 ha', 'level', 'ha', d(modality='target', period='2026')),
]
