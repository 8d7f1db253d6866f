TEXT = '''
LÂM ĐỒNG TV - Đài Phát thanh và Truyền hình Lâm Đồng
Tin tức > Du lịch
23/02/2026 - 18:30

Lâm Đồng đón gần 1,9 triệu lượt khách dịp Tết Bính Ngọ

LĐTV - Trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ (từ 14/2 - 22/2/2026), toàn tỉnh Lâm Đồng đón khoảng 1,87 triệu lượt khách, tăng 21% so với Tết Ất Tỵ năm 2025 tính gộp ba tỉnh cũ; doanh thu du lịch ước đạt 5.420 tỷ đồng.

Trong đó, khu vực Bình Thuận (cũ) đón 812.000 lượt khách, chủ yếu tại phường Mũi Né và phường Phan Thiết; khu vực Lâm Đồng (cũ) 946.000 lượt, riêng phường Xuân Hương - Đà Lạt hơn 520.000 lượt; khu vực Đắk Nông (cũ) khoảng 112.000 lượt. Công suất phòng bình quân đạt 78%, có thời điểm các khách sạn trung tâm Đà Lạt kín 95 - 100% phòng. Giá phòng homestay phổ biến từ 0,8 - 1,5 triệu đồng/đêm.

Khách quốc tế đạt 96.500 lượt, gấp 1,4 lần cùng kỳ.

Du khách tham quan Quảng trường Lâm Viên ngày mùng 3 Tết. Ảnh: LĐTV

Quốc Hưng

Xem thêm: Đà Lạt: Tạm dừng cáp treo Robin Hill từ 14h ngày 24/2 | Đường dây nóng du lịch: 1900.6063
'''
META = {'published': '2026-02-23', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2026-M02', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
TA = {'indicator': 'tourist_arrivals'}
FIGS = [
 ('gần 1,9 triệu lượt khách', '1,9 triệu lượt', 'level', 'lượt khách', d(TA, bound='nearly')),
 ('khoảng 1,87 triệu lượt', '1,87 triệu lượt', 'level', 'lượt khách', d(TA, bound='about')),
 ('tăng 21%', '21%', 'change', '%', d(TA, direction='up', base='same_period')),
 ('ước đạt 5.420 tỷ đồng', '5.420 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue', modality='estimate')),
 ('đón 812.000 lượt', '812.000 lượt', 'level', 'lượt khách', d(TA, locality='tỉnh Bình Thuận')),
 ('(cũ) 946.000 lượt', '946.000 lượt', 'level', 'lượt', d(TA)),
 ('hơn 520.000 lượt', '520.000 lượt', 'level', 'lượt', d(TA, locality='phường Xuân Hương - Đà Lạt', bound='over')),
 ('khoảng 112.000 lượt', '112.000 lượt', 'level', 'lượt', d(TA, locality='tỉnh Đắk Nông', bound='about')),
 ('đạt 78%', '78%', 'level', '%', d()),
 ('kín 95 - 100%', '95 - 100%', 'level', '%', d(optional=True)),
 ('0,8 - 1,5 triệu đồng/đêm', '0,8 - 1,5 triệu đồng/đêm', 'level', 'VND/đêm', d()),
 ('đạt 96.500 lượt', '96.500 lượt', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('gấp 1,4 lần', '1,4 lần', 'change', 'lần', d(indicator='international_tourist_arrivals', direction='up', base='same_period')),
]
