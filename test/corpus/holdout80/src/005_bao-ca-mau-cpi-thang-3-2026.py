TEXT = '''
BÁO CÀ MAU
Thời sự | Kinh tế | Xã hội | Pháp luật | Đất Mũi
Thứ Hai, 06/04/2026 | 14:30 GMT+7

CPI tháng 3 giảm 0,42% so với tháng trước

(CMO) Theo Thống kê tỉnh Cà Mau, chỉ số giá tiêu dùng (CPI) tháng 3/2026 trên địa bàn tỉnh giảm 0,42% so với tháng trước, tăng 1,86% so với tháng 12/2025 và tăng 3,12% so với cùng kỳ năm trước. Bình quân quý I/2026, CPI tăng 3,05% so với cùng kỳ, thấp hơn mức tăng chung của cả nước (3,21%).

Trong 11 nhóm hàng hóa và dịch vụ chính, có 3 nhóm giảm giá so với tháng trước, trong đó nhóm giao thông giảm mạnh nhất với 2,85% do giá xăng dầu điều chỉnh giảm; nhóm hàng ăn và dịch vụ ăn uống giảm 0,37% sau Tết. Ngược lại, nhóm thuốc và dịch vụ y tế tăng 0,64%.

Giá vàng 9999 trên thị trường bình quân tháng 3 ở mức 17,2 triệu đồng/chỉ, tăng 4,8% so với tháng trước; chỉ số giá đô la Mỹ tăng 0,21%.

Tại chợ Phường 5 (khu vực Bạc Liêu cũ), giá tôm thẻ loại 40 con/kg dao động 145.000 - 155.000 đồng/kg, giảm khoảng 10.000 đồng/kg so với tháng trước.

Người dân mua sắm tại chợ Cà Mau. Ảnh: Minh Khôi

Minh Khôi

Tin cùng chuyên mục
- Cà Mau: Quý I thu ngân sách đạt 31,5% dự toán (02/4/2026)
- Giá xăng giảm hơn 600 đồng/lít từ 15 giờ chiều nay (26/3/2026)
- Khai mạc Hội chợ hàng Việt tại phường Bạc Liêu (20/3/2026)

Lượt xem: 864 | Đường dây nóng: 0290.3831.234 | Giấy phép số 91/GP-BTTTT
'''
META = {'published': '2026-04-06', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2026-M03', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
CPI = {'indicator': 'cpi'}
Q1 = {'period': '2026-Q1'}
BL = {'locality': 'tỉnh Bạc Liêu'}
FIGS = [
 ('giảm 0,42% so với tháng trước\n', '0,42%', 'change', '%', d(CPI, D, PP)),
 ('giảm 0,42% so với tháng trước,', '0,42%', 'change', '%', d(CPI, D, PP)),
 ('tăng 1,86%', '1,86%', 'change', '%', d(CPI, U, base='2025')),
 ('tăng 3,12%', '3,12%', 'change', '%', d(CPI, U, SP)),
 ('tăng 3,05%', '3,05%', 'change', '%', d(CPI, Q1, U, SP)),
 ('(3,21%)', '3,21%', 'change', '%', d(CPI, Q1, U, SP, locality='cả nước')),
 ('Trong 11 nhóm', '11', 'level', 'nhóm', d(optional=True)),
 ('có 3 nhóm', '3', 'level', 'nhóm', d(optional=True)),
 ('với 2,85%', '2,85%', 'change', '%', d(CPI, D)),
 ('giảm 0,37%', '0,37%', 'change', '%', d(CPI, D)),
 ('tăng 0,64%', '0,64%', 'change', '%', d(CPI, U)),
 ('mức 17,2 triệu đồng/chỉ', '17,2 triệu đồng/chỉ', 'level', 'VND/chỉ', d()),
 ('tăng 4,8%', '4,8%', 'change', '%', d(U, PP)),
 ('tăng 0,21%', '0,21%', 'change', '%', d(U)),
 ('động 145.000 - 155.000 đồng/kg', '145.000 - 155.000 đồng/kg', 'level', 'VND/kg', d(BL)),
 ('khoảng 10.000 đồng/kg', '10.000 đồng/kg', 'change', 'VND/kg', d(BL, D, PP, bound='about')),
]
