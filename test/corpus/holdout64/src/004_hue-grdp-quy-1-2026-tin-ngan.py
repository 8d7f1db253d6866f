TEXT = '''
BÁO HUẾ
Thứ Sáu, 03/04/2026 09:15 (GMT+07:00)
Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Di sản | Thể thao

Kinh tế

Quý I/2026, GRDP thành phố Huế ước tăng 8,62%

(Baohue.vn) - Theo Thống kê thành phố Huế, tăng trưởng kinh tế quý I/2026 của thành phố ước đạt 8,62%, xếp thứ 12/34 tỉnh, thành phố; mục tiêu cả năm là 10,5% trở lên.

Thu ngân sách nhà nước trên địa bàn quý I ước đạt 3.215 tỷ đồng, bằng 27,3% dự toán năm, tăng 11,8% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 14.860 tỷ đồng, tăng 10,2%. Chỉ số giá tiêu dùng (CPI) bình quân quý I tăng 3,12% so với cùng kỳ.

Lượng khách đến Huế tăng mạnh nhờ chuỗi sự kiện của Festival Huế 2026: trong quý, thành phố đón 1,46 triệu lượt khách, tăng 16,5%; khách quốc tế 612.000 lượt, chiếm 41,9%. Doanh thu từ du lịch đạt 2.940 tỷ đồng.

Giải ngân vốn đầu tư công đến ngày 31/3 đạt 1.086 tỷ đồng, bằng 14,8% kế hoạch, cao hơn cùng kỳ 3,6 điểm phần trăm.

Lễ hội Áo dài tại Đại Nội Huế thu hút đông du khách. Ảnh: Phan Thành

Hải Minh
Lượt xem: 2.104

Tin liên quan
- Huế đặt mục tiêu đón 6 triệu lượt khách năm 2026
- Phường Thuận Hóa khởi công 3 công trình chào mừng Đại hội

Cơ quan chủ quản: Thành ủy Huế. Địa chỉ: 27 Hùng Vương, phường Thuận Hóa, thành phố Huế. ĐT: 0234.3822.153
'''
META = {'published': '2026-04-03', 'locality': 'thành phố Huế'}
DEFAULTS = {'locality': 'thành phố Huế', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
FIGS = [
 ('ước tăng 8,62%', '8,62%', 'change', '%', d(E, U, indicator='grdp_growth')),
 ('ước đạt 8,62%', '8,62%', 'level', '%', d(E, indicator='grdp_growth')),
 ('là 10,5% trở lên', '10,5%', 'level', '%', d(indicator='grdp_growth', modality='target', period='2026', bound='at_least')),
 ('ước đạt 3.215 tỷ đồng', '3.215 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 27,3% dự toán', '27,3%', 'attainment', '%', d(E, indicator='budget_revenue', base='target')),
 ('tăng 11,8%', '11,8%', 'change', '%', d(E, U, SP, indicator='budget_revenue')),
 ('đạt 14.860 tỷ đồng', '14.860 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 10,2%', '10,2%', 'change', '%', d(U, indicator='retail_sales')),
 ('tăng 3,12%', '3,12%', 'change', '%', d(U, SP, indicator='cpi')),
 ('đón 1,46 triệu lượt', '1,46 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 16,5%', '16,5%', 'change', '%', d(U, indicator='tourist_arrivals')),
 ('quốc tế 612.000 lượt', '612.000', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('chiếm 41,9%', '41,9%', 'level', '%', d()),
 ('đạt 2.940 tỷ đồng', '2.940 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('đạt 1.086 tỷ đồng', '1.086 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 14,8% kế hoạch', '14,8%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('3,6 điểm phần trăm', '3,6 điểm phần trăm', 'change', 'điểm %', d(U, SP, indicator='public_investment_disbursement')),
]
