TEXT = '''
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH BÌNH
Tin tức | 15/02/2024 | 16:30 | Lượt xem: 1.287

Ninh Bình đón 612.000 lượt khách dịp Tết Giáp Thìn

(NTV) - Theo Sở Du lịch, trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến 14/2/2024), toàn tỉnh đón khoảng 612.000 lượt khách, tăng 46% so với Tết Quý Mão 2023; tổng thu từ du lịch ước đạt 410 tỷ đồng, tăng 52%.

Khu du lịch sinh thái Tràng An (huyện Hoa Lư) đón 186.000 lượt khách, riêng ngày mùng 4 Tết đạt kỷ lục 41.000 lượt; chùa Bái Đính (huyện Gia Viễn) đón 240.000 lượt. Giá vé đò Tràng An giữ nguyên 250.000 đồng/người.

Mùa lễ hội Xuân 2024, tỉnh dự kiến đón trên 3 triệu lượt khách, bằng 40% kế hoạch cả năm.

[Ảnh] Du khách xếp hàng lên đò tại bến Tràng An sáng mùng 5 Tết.

Minh Đức - Thu Hà

Tin khác: Khai hội chùa Bái Đính Xuân Giáp Thìn lúc 9 giờ ngày 14/2 (mùng 5 Tết)
Đường dây nóng du lịch: 0229.3880.xxx
'''
META = {'published': '2024-02-15', 'locality': 'tỉnh Ninh Bình'}
DEFAULTS = {'locality': 'tỉnh Ninh Bình', 'period': '2024-M02', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
TA = {'indicator': 'tourist_arrivals'}
FIGS = [
 ('đón 612.000 lượt khách dịp', '612.000', 'level', 'lượt khách', d(TA)),
 ('khoảng 612.000', '612.000', 'level', 'lượt khách', d(TA, bound='about')),
 ('tăng 46%', '46%', 'change', '%', d(TA, direction='up', base='same_period')),
 ('đạt 410 tỷ đồng', '410 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue', modality='estimate')),
 ('tăng 52%', '52%', 'change', '%', d(indicator='tourism_revenue', modality='estimate', direction='up')),
 ('đón 186.000', '186.000', 'level', 'lượt khách', d(TA, locality='huyện Hoa Lư')),
 ('kỷ lục 41.000', '41.000', 'level', 'lượt', d(TA, locality='huyện Hoa Lư')),
 ('đón 240.000', '240.000', 'level', 'lượt', d(TA, locality='huyện Gia Viễn')),
 ('250.000 đồng/người', '250.000 đồng/người', 'level', 'VND/người', d(optional=True)),
 ('trên 3 triệu', '3 triệu', 'level', 'lượt khách', d(TA, period='2024', modality='estimate', bound='over')),
 ('bằng 40% kế hoạch', '40%', 'attainment', '%', d(TA, period='2024', modality='estimate', base='target')),
]
