TEXT = '''
BÁO ĐÀ NẴNG
12/04/2024 07:05 | Lượt xem: 1.205

Thị trường bất động sản quý I: Giao dịch căn hộ tăng, đất nền vẫn trầm lắng

(ĐN) - Theo Sở Xây dựng, quý I/2024, trên địa bàn thành phố Đà Nẵng có 1.284 giao dịch căn hộ chung cư thành công, tăng 18,2% so với quý IV/2023 và gấp 1,6 lần cùng kỳ năm 2023. Ngược lại, giao dịch đất nền chỉ đạt 2.310 giao dịch, giảm 9,4% so với cùng kỳ.

Giá căn hộ tại các dự án ven biển quận Sơn Trà, Ngũ Hành Sơn dao động 45 - 60 triệu đồng/m2; căn hộ khu vực trung tâm quận Hải Châu khoảng 38 - 45 triệu đồng/m2. Lượng hàng tồn kho còn khoảng 4.600 sản phẩm, chủ yếu là đất nền và nhà phố liền kề.

Trong quý, thành phố chấp thuận chủ trương đầu tư 3 dự án nhà ở thương mại với 1.860 căn hộ; dự án nhà ở xã hội tại phường Hòa Hiệp Nam (quận Liên Chiểu) được khởi công với quy mô 1.012 căn, tổng mức đầu tư 812 tỷ đồng.

Năm 2024, thành phố phấn đấu hoàn thành 2.160 căn nhà ở xã hội, gấp đôi năm 2023.

Một dự án căn hộ ven biển trên đường Võ Nguyên Giáp. Ảnh: Hoàng Hiệp

HOÀNG HIỆP

Tin cùng chuyên mục:
- Đà Nẵng công bố 6 dự án nhà ở xã hội đủ điều kiện bán
- Lãi suất cho vay mua nhà giảm còn 7,5%/năm

Đường dây nóng: 0236.3888.555
'''
META = {'published': '2024-04-12', 'locality': 'thành phố Đà Nẵng'}
DEFAULTS = {'locality': 'thành phố Đà Nẵng', 'period': '2024-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
FIGS = [
 ('có 1.284 giao dịch', '1.284', 'level', 'giao dịch', d()),
 ('tăng 18,2%', '18,2%', 'change', '%', d(direction='up', base='previous_period')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(direction='up', base='same_period')),
 ('đạt 2.310 giao dịch', '2.310', 'level', 'giao dịch', d()),
 ('giảm 9,4%', '9,4%', 'change', '%', d(direction='down', base='same_period')),
 ('dao động 45 - 60 triệu đồng/m2', '45 - 60 triệu đồng/m2', 'level', 'VND/m2', d()),
 ('khoảng 38 - 45 triệu đồng/m2', '38 - 45 triệu đồng/m2', 'level', 'VND/m2', d(locality='quận Hải Châu', bound='about')),
 ('khoảng 4.600 sản phẩm', '4.600', 'level', 'sản phẩm', d(bound='about')),
 ('tư 3 dự án', '3', 'level', 'dự án', d(OPT)),
 ('với 1.860 căn hộ', '1.860', 'level', 'căn hộ', d()),
 ('quy mô 1.012 căn', '1.012', 'level', 'căn', d(OPT)),
 ('tư 812 tỷ đồng', '812 tỷ đồng', 'level', 'VND', d(OPT)),
 ('hoàn thành 2.160 căn', '2.160', 'level', 'căn nhà', d(modality='target', period='2024')),
 ('gấp đôi', 'gấp đôi', 'change', 'lần', d(modality='target', period='2024', direction='up', base='2023', value=2)),
]
