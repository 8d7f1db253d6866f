TEXT = '''
THP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Trang chủ | Thời sự | Kinh tế | Xã hội | Thể thao | Phát thanh | Truyền hình

Kinh tế
Thứ Sáu, 06/11/2026 - 20:15

Hải Phòng: 10 tháng, chỉ số sản xuất công nghiệp tăng 15,2%

THP - Theo Thống kê thành phố, tháng 10/2026, chỉ số sản xuất toàn ngành công nghiệp (IIP) của Hải Phòng tăng 3,4% so với tháng trước và tăng 16,8% so với cùng kỳ; tính chung 10 tháng tăng 15,2% (số liệu tính gộp khu vực Hải Dương cũ).

Kim ngạch xuất khẩu 10 tháng ước đạt 46,3 tỷ USD, tăng 13,1%, bằng 84,2% kế hoạch năm. Thu ngân sách nhà nước trên địa bàn đạt 132.480 tỷ đồng, bằng 88,6% dự toán, trong đó thu nội địa 71.250 tỷ đồng, thu từ hoạt động xuất nhập khẩu 61.230 tỷ đồng.

Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,32% so với tháng trước; bình quân 10 tháng, CPI tăng 3,08% so với cùng kỳ. Lượng khách du lịch đến thành phố 10 tháng đạt khoảng 12,6 triệu lượt, tăng 9,4%; sản lượng hàng hóa thông qua cảng biển đạt 171,5 triệu tấn, tăng 8,7%.

Tàu container cập cảng quốc tế Lạch Huyện. Ảnh: THP

Minh Thu - Văn Long

Tin khác
- Khánh thành cầu Nguyễn Trãi nối hai bờ sông Cấm
- Đặc khu Cát Hải đón 1,2 triệu lượt khách
- Hải Phòng đối thoại với 150 doanh nghiệp FDI

Đài Phát thanh và Truyền hình Hải Phòng. Địa chỉ: số 1 Ngô Quyền, phường Ngô Quyền, thành phố Hải Phòng. Đường dây nóng: 0225.3842.366
'''
META = {'published': '2026-11-06', 'locality': 'thành phố Hải Phòng'}
DEFAULTS = {'locality': 'thành phố Hải Phòng', 'period': '2026-10M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
T = {'base': 'target'}
M = {'period': '2026-M10'}
IIP = {'indicator': 'industrial_production_index'}
FIGS = [
 ('chỉ số sản xuất công nghiệp tăng 15,2%', '15,2%', 'change', '%', d(U, IIP)),
 ('tăng 3,4%', '3,4%', 'change', '%', d(U, PP, M, IIP)),
 ('tăng 16,8%', '16,8%', 'change', '%', d(U, SP, M, IIP)),
 ('10 tháng tăng 15,2%', '15,2%', 'change', '%', d(U, IIP)),
 ('ước đạt 46,3 tỷ USD', '46,3 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 13,1%', '13,1%', 'change', '%', d(E, U, indicator='export_value')),
 ('bằng 84,2% kế hoạch năm', '84,2%', 'attainment', '%', d(E, T, indicator='export_value')),
 ('đạt 132.480 tỷ đồng', '132.480 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 88,6% dự toán', '88,6%', 'attainment', '%', d(T, indicator='budget_revenue')),
 ('thu nội địa 71.250 tỷ đồng', '71.250 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('xuất nhập khẩu 61.230 tỷ đồng', '61.230 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('tăng 0,32%', '0,32%', 'change', '%', d(U, PP, M, indicator='cpi')),
 ('tăng 3,08%', '3,08%', 'change', '%', d(U, SP, indicator='cpi')),
 ('khoảng 12,6 triệu lượt', '12,6 triệu lượt', 'level', 'lượt', d(indicator='tourist_arrivals', bound='about')),
 ('tăng 9,4%', '9,4%', 'change', '%', d(U, indicator='tourist_arrivals')),
 ('đạt 171,5 triệu tấn', '171,5 triệu tấn', 'level', 'tấn', d()),
 ('tăng 8,7%', '8,7%', 'change', '%', d(U)),
]
