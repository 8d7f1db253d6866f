TEXT = '''
GIA LAI ONLINE
Thứ Hai, 06/04/2026 | 10:12
Trang chủ > Kinh tế > Nông nghiệp

Xã Ia Grai: Thu ngân sách quý I đạt 31% dự toán

(GLO) - Theo UBND xã Ia Grai, quý I/2026, thu ngân sách trên địa bàn xã đạt 14,6 tỷ đồng, bằng 31% dự toán năm, tăng 18,7% so với cùng kỳ năm 2025 (tính theo địa giới các xã cũ). Toàn xã đã xuống giống vụ Đông Xuân 2025 - 2026 được 3.280 ha, đạt 102,5% kế hoạch, trong đó lúa nước 1.140 ha.

Xã hiện có 9.860 ha cà phê, 4.250 ha cao su và 1.320 ha sầu riêng; giá cà phê nhân đầu tháng 4 ở mức 96.500 đồng/kg, giảm khoảng 8.000 đồng/kg so với cuối tháng 3. Riêng tháng 3, xã có thêm 12 hộ thoát nghèo, nâng tổng số hộ thoát nghèo trong quý I lên 27 hộ; tỷ lệ hộ nghèo hiện còn 3,94%.

Nông dân xã Ia Grai thu hoạch cà phê vụ 2025 - 2026. Ảnh: Vũ Chi

VŨ CHI

Tin mới
- Ia Grai: Tập huấn chuyển đổi số cho 450 cán bộ thôn, làng (05/04/2026)
- Chư Păh đón Bằng công nhận di tích quốc gia (04/04/2026)

Báo và Phát thanh, Truyền hình Gia Lai. Giấy phép số 465/GP-BTTTT. Điện thoại: 0269.3824.175. Lượt xem: 812
'''
META = {'published': '2026-04-06', 'locality': 'xã Ia Grai'}
DEFAULTS = {'locality': 'xã Ia Grai', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
BR = {'indicator': 'budget_revenue'}
WS = {'period': '2025/2026'}
FIGS = [
 ('quý I đạt 31% dự toán', '31%', 'attainment', '%', d(P, BR)),
 ('đạt 14,6 tỷ đồng', '14,6 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 31% dự toán năm', '31%', 'attainment', '%', d(P, BR)),
 ('tăng 18,7%', '18,7%', 'change', '%', d(U, BR, base='same_period')),
 ('được 3.280 ha', '3.280 ha', 'level', 'ha', d(WS, indicator='crop_area')),
 ('đạt 102,5% kế hoạch', '102,5%', 'attainment', '%', d(WS, P, indicator='crop_area')),
 ('nước 1.140 ha', '1.140 ha', 'level', 'ha', d(WS, indicator='crop_area')),
 ('có 9.860 ha', '9.860 ha', 'level', 'ha', d()),
 ('4.250 ha', '4.250 ha', 'level', 'ha', d()),
 ('1.320 ha', '1.320 ha', 'level', 'ha', d()),
 ('mức 96.500 đồng/kg', '96.500 đồng/kg', 'level', 'VND/kg', d(period='2026-M04')),
 ('khoảng 8.000 đồng/kg', '8.000 đồng/kg', 'change', 'VND/kg', d(D, period='2026-M04', base='previous_period', bound='about')),
 ('thêm 12 hộ', '12', 'level', 'hộ', d(indicator='households_out_of_poverty', period='2026-M03')),
 ('lên 27 hộ', '27', 'level', 'hộ', d(U, indicator='households_out_of_poverty')),
 ('còn 3,94%', '3,94%', 'level', '%', d(indicator='poverty_rate')),
]
