TEXT = '''
BÁO CÀ MAU
Thứ Sáu, ngày 10/4/2026 | 14:30 GMT+7
Kinh tế | Nông nghiệp | Thủy sản

Xuất khẩu thủy sản quý I: số liệu của tỉnh và của VASEP chênh nhau 43 triệu USD

(CMO) - Kim ngạch xuất khẩu thủy sản của tỉnh quý I/2026 ước đạt 412 triệu USD, tăng 8,6% so với cùng kỳ, theo báo cáo của Sở Công Thương. Tuy nhiên, số liệu của Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) cho thấy các doanh nghiệp đóng trên địa bàn tỉnh đã xuất khẩu khoảng 455 triệu USD.

Lý giải sự chênh lệch, lãnh đạo Sở Công Thương cho biết số liệu của tỉnh chỉ tính hàng hóa có tờ khai xuất khẩu tại tỉnh, trong khi VASEP tính theo trụ sở doanh nghiệp. Trong quý I, tôm chiếm 86,4% kim ngạch thủy sản của tỉnh; riêng tháng 3/2026 xuất khẩu thủy sản đạt 158 triệu USD, tăng 21,3% so với tháng 2/2026.

Tổng kim ngạch xuất khẩu hàng hóa của tỉnh quý I ước đạt 436 triệu USD, bằng 23,6% kế hoạch năm; kim ngạch nhập khẩu 61 triệu USD, giảm 4,5% so với cùng kỳ.

Cả nước, theo VASEP, xuất khẩu thủy sản quý I/2026 đạt 2,28 tỷ USD, tăng 6,2% so với cùng kỳ năm 2025; riêng tôm đạt 870 triệu USD, tăng 12%.

Về sản xuất, Sở Nông nghiệp và Môi trường cho biết diện tích nuôi tôm toàn tỉnh đạt 440.000 ha, sản lượng tôm thu hoạch quý I ước 96.500 tấn, bằng 17,2% kế hoạch năm; tổng sản lượng thủy sản ước 142.300 tấn, tăng 5,1% so với cùng kỳ. Khu vực Bạc Liêu cũ có 5.850 ha tôm siêu thâm canh, chiếm 62% diện tích siêu thâm canh của tỉnh.

Theo khảo sát của phóng viên Báo Cà Mau sáng 9/4 tại xã Tân Thành, giá tôm thẻ loại 100 con/kg được thương lái mua 112.000 đồng/kg, tăng 8.000 đồng/kg so với đầu tháng 3; tôm sú loại 30 con/kg giá 245.000 đồng/kg.

Năm 2026, tỉnh phấn đấu kim ngạch xuất khẩu đạt 1,85 tỷ USD, trong đó thủy sản 1,78 tỷ USD; sản lượng tôm 560.000 tấn.

[Ảnh] Chế biến tôm xuất khẩu tại Khu công nghiệp Khánh An. Ảnh: Hữu Nghĩa

Hữu Nghĩa

Tin cùng chuyên mục:
- Giá tôm tăng mạnh đầu vụ nuôi 2026 (02/4/2026)
- Đường dây nóng: 0290.3831.424 | Giấy phép số 109/GP-BVHTTDL
'''
META = {'published': '2026-04-10', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = dict(modality='estimate')
CN = dict(locality='cả nước')
BL = dict(locality='tỉnh Bạc Liêu')
TT = dict(locality='xã Tân Thành', period='2026-M04')
AQ = dict(indicator='aquaculture_output')
T26 = dict(period='2026', modality='target')
FIGS = [
 ('chênh nhau 43 triệu USD', '43 triệu USD', 'change', 'USD', d(optional=True, direction='up')),
 ('ước đạt 412 triệu USD', '412 triệu USD', 'level', 'USD', d(E)),
 ('tăng 8,6%', '8,6%', 'change', '%', d(E, direction='up', base='same_period')),
 ('khoảng 455 triệu USD', '455 triệu USD', 'level', 'USD', d(bound='about')),
 ('chiếm 86,4%', '86,4%', 'level', '%', d()),
 ('158 triệu USD', '158 triệu USD', 'level', 'USD', d(period='2026-M03')),
 ('tăng 21,3%', '21,3%', 'change', '%', d(period='2026-M03', direction='up', base='previous_period')),
 ('436 triệu USD', '436 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('bằng 23,6% kế hoạch năm', '23,6%', 'attainment', '%', d(E, indicator='export_value', base='target')),
 ('61 triệu USD', '61 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('giảm 4,5%', '4,5%', 'change', '%', d(indicator='import_value', direction='down', base='same_period')),
 ('đạt 2,28 tỷ USD', '2,28 tỷ USD', 'level', 'USD', d(CN)),
 ('tăng 6,2%', '6,2%', 'change', '%', d(CN, direction='up', base='same_period')),
 ('870 triệu USD', '870 triệu USD', 'level', 'USD', d(CN)),
 ('tăng 12%', '12%', 'change', '%', d(CN, direction='up')),
 ('440.000 ha', '440.000 ha', 'level', 'ha', d()),
 ('ước 96.500 tấn', '96.500 tấn', 'level', 'tấn', d(AQ, E)),
 ('bằng 17,2% kế hoạch năm', '17,2%', 'attainment', '%', d(AQ, E, base='target')),
 ('ước 142.300 tấn', '142.300 tấn', 'level', 'tấn', d(AQ, E)),
 ('tăng 5,1%', '5,1%', 'change', '%', d(AQ, E, direction='up', base='same_period')),
 ('5.850 ha', '5.850 ha', 'level', 'ha', d(BL)),
 ('chiếm 62%', '62%', 'level', '%', d(BL)),
 ('112.000 đồng/kg', '112.000 đồng/kg', 'level', 'VND/kg', d(TT)),
 ('tăng 8.000 đồng/kg', '8.000 đồng/kg', 'change', 'VND/kg', d(TT, direction='up', base='previous_period')),
 ('245.000 đồng/kg', '245.000 đồng/kg', 'level', 'VND/kg', d(TT)),
 ('đạt 1,85 tỷ USD', '1,85 tỷ USD', 'level', 'USD', d(T26, indicator='export_value')),
 ('thủy sản 1,78 tỷ USD', '1,78 tỷ USD', 'level', 'USD', d(T26)),
 ('560.000 tấn', '560.000 tấn', 'level', 'tấn', d(T26, indicator='aquaculture_output')),
]
