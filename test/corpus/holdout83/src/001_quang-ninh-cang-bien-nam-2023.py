TEXT = '''
BÁO QUẢNG NINH
Thứ Sáu, 05/01/2024 - 08:15 | Kinh tế
Đường dây nóng: 0203.3835.556

Sản lượng hàng hóa qua cảng biển Quảng Ninh vượt 11% kế hoạch năm 2023

(BQN) - Năm 2023, tổng sản lượng hàng hóa thông qua các cảng biển trên địa bàn tỉnh đạt 164,2 triệu tấn, vượt 11% kế hoạch, tăng 15,8% so với năm 2022. Hàng container đạt 1,12 triệu TEU, gấp 1,4 lần năm trước.

Theo Cảng vụ Hàng hải Quảng Ninh, trong năm có 14.860 lượt tàu ra, vào các cảng, tăng 9,2% so với cùng kỳ, trong đó 3.215 lượt tàu nước ngoài.

Một số chỉ tiêu chủ yếu năm 2023 (so với cùng kỳ):
- Hàng xuất khẩu: 38,4 triệu tấn (+12,6%);
- Hàng nhập khẩu: 51,2 triệu tấn (-3,4%);
- Hàng nội địa: 74,6 triệu tấn (+31,5%).

Các cảng thuộc thành phố Cẩm Phả đạt 92,5 triệu tấn, chiếm 56,3% tổng sản lượng toàn tỉnh, chủ yếu là than, clinker và xi măng. Khu vực cảng Hòn Gai (thành phố Hạ Long) đạt 48,7 triệu tấn, tăng 21,4%. Cảng Vạn Gia thuộc thành phố Móng Cái chỉ đạt 9,3 triệu tấn, giảm 4,1% do hàng sang mạn giảm mạnh.

Riêng Công ty CP Cảng Quảng Ninh (cảng Cái Lân), sản lượng xếp dỡ đạt 9,6 triệu tấn, bằng 104,3% kế hoạch năm; doanh thu 815 tỷ đồng, tăng 6,8%; nộp ngân sách nhà nước 96 tỷ đồng. Năng suất xếp dỡ bình quân đạt 38 container/giờ/cẩu.

Hiện toàn tỉnh có 31 bến cảng với 88 cầu cảng, tổng chiều dài hơn 9.800 m. Lượng hàng qua cảng cạn (ICD) và kho bãi ngoài cảng 11 tháng năm 2023 mới đạt 2,1 triệu tấn, bằng 70% cùng kỳ.

Ở lĩnh vực hàng không, Cảng hàng không quốc tế Vân Đồn (huyện Vân Đồn) năm 2023 phục vụ 452.000 lượt hành khách, gấp 3,2 lần năm 2022, với 3.180 chuyến bay cất, hạ cánh.

[Ảnh] Tàu container làm hàng tại bến số 5, cảng Cái Lân, thành phố Hạ Long. Ảnh: Mạnh Trường

Năm 2024, ngành hàng hải phấn đấu sản lượng hàng hóa thông qua cảng đạt 170 triệu tấn, trong đó container khoảng 1,3 triệu TEU; lượt tàu ra, vào tăng 5 - 7%.

Thu Chung

Tin liên quan:
- Quảng Ninh đón 17,8 triệu lượt khách năm 2023 (04/01/2024)
- Khởi công bến cảng số 7, số 8 Cái Lân (28/12/2023)

Giấy phép số 90/GP-BTTTT ngày 12/3/2021. Tòa soạn: 71 Nguyễn Văn Cừ, Hạ Long.
'''
META = {'published': '2024-01-05', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
DN = {'direction': 'down'}
SP = {'base': 'same_period'}
T24 = {'modality': 'target', 'period': '2024'}
CP = {'locality': 'thành phố Cẩm Phả'}
HL = {'locality': 'thành phố Hạ Long'}
MC = {'locality': 'thành phố Móng Cái'}
FIGS = [
 ('vượt 11% kế hoạch năm 2023', '11%', 'change', '%', d(U, base='target', status='exceeded')),
 ('đạt 164,2 triệu tấn', '164,2 triệu tấn', 'level', 'tấn', d()),
 ('tấn, vượt 11% kế hoạch,', '11%', 'change', '%', d(U, base='target', status='exceeded')),
 ('tăng 15,8% so với năm 2022', '15,8%', 'change', '%', d(U, base='2022')),
 ('đạt 1,12 triệu TEU', '1,12 triệu TEU', 'level', 'TEU', d()),
 ('gấp 1,4 lần năm trước', '1,4 lần', 'change', 'lần', d(U, base='2022')),
 ('có 14.860 lượt tàu', '14.860', 'level', 'lượt tàu', d()),
 ('tăng 9,2% so với cùng kỳ', '9,2%', 'change', '%', d(U, SP)),
 ('3.215 lượt tàu nước ngoài', '3.215', 'level', 'lượt tàu', d()),
 ('khẩu: 38,4 triệu tấn', '38,4 triệu tấn', 'level', 'tấn', d()),
 ('(+12,6%)', '12,6%', 'change', '%', d(U, SP)),
 ('khẩu: 51,2 triệu tấn', '51,2 triệu tấn', 'level', 'tấn', d()),
 ('(-3,4%)', '3,4%', 'change', '%', d(DN, SP)),
 ('địa: 74,6 triệu tấn', '74,6 triệu tấn', 'level', 'tấn', d()),
 ('(+31,5%)', '31,5%', 'change', '%', d(U, SP)),
 ('đạt 92,5 triệu tấn', '92,5 triệu tấn', 'level', 'tấn', d(CP)),
 ('chiếm 56,3%', '56,3%', 'level', '%', d(CP)),
 ('đạt 48,7 triệu tấn', '48,7 triệu tấn', 'level', 'tấn', d(HL)),
 ('tăng 21,4%', '21,4%', 'change', '%', d(U, HL)),
 ('đạt 9,3 triệu tấn', '9,3 triệu tấn', 'level', 'tấn', d(MC)),
 ('giảm 4,1%', '4,1%', 'change', '%', d(DN, MC)),
 ('đạt 9,6 triệu tấn', '9,6 triệu tấn', 'level', 'tấn', d()),
 ('bằng 104,3% kế hoạch', '104,3%', 'attainment', '%', d(base='target')),
 ('thu 815 tỷ đồng', '815 tỷ đồng', 'level', 'VND', d()),
 ('tăng 6,8%', '6,8%', 'change', '%', d(U)),
 ('nước 96 tỷ đồng', '96 tỷ đồng', 'level', 'VND', d()),
 ('đạt 38 container/giờ/cẩu', '38', 'level', 'container/giờ/cẩu', d(optional=True)),
 ('có 31 bến cảng', '31', 'level', 'bến cảng', d()),
 ('với 88 cầu cảng', '88', 'level', 'cầu cảng', d()),
 ('hơn 9.800 m', '9.800 m', 'level', 'm', d(bound='over', optional=True)),
 ('đạt 2,1 triệu tấn', '2,1 triệu tấn', 'level', 'tấn', d(period='2023-11M')),
 ('bằng 70% cùng kỳ', '70%', 'attainment', '%', d(SP, period='2023-11M')),
 ('đạt 170 triệu tấn', '170 triệu tấn', 'level', 'tấn', d(T24)),
 ('khoảng 1,3 triệu TEU', '1,3 triệu TEU', 'level', 'TEU', d(T24, bound='about')),
 ('tăng 5 - 7%', '5 - 7%', 'change', '%', d(T24, U)),
 ('phục vụ 452.000', '452.000', 'level', 'lượt hành khách', d(locality='huyện Vân Đồn')),
 ('gấp 3,2 lần năm 2022', '3,2 lần', 'change', 'lần', d(U, locality='huyện Vân Đồn', base='2022')),
 ('với 3.180 chuyến bay', '3.180', 'level', 'chuyến bay', d(locality='huyện Vân Đồn')),
]
