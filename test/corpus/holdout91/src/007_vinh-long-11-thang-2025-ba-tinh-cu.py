TEXT = '''
BÁO VĨNH LONG ĐIỆN TỬ
Thứ Sáu, 05/12/2025 - 09:15
Trang chủ › Kinh tế › Công nghiệp - Thương mại

11 tháng, xuất khẩu của tỉnh Vĩnh Long đạt gần 3,2 tỷ USD

Cộng gộp số liệu của ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh (cũ), kim ngạch xuất khẩu 11 tháng năm 2025 của tỉnh Vĩnh Long mới ước đạt 3,18 tỷ USD, tăng 13,6% so với cùng kỳ, đạt 91,4% kế hoạch năm.

Theo Sở Công Thương, khu vực Bến Tre (cũ) vẫn giữ vai trò đầu tàu với 1,52 tỷ USD, chiếm 47,8% kim ngạch toàn tỉnh; khu vực Vĩnh Long (cũ) và Trà Vinh (cũ) lần lượt đạt 0,98 tỷ USD và 0,68 tỷ USD.

Một số mặt hàng xuất khẩu chủ lực 11 tháng (so với cùng kỳ):
Mặt hàng | Giá trị (triệu USD) | Tăng/giảm (%)
Dừa và sản phẩm từ dừa | 612 | +28,4
Gạo | 243 | -6,1
Thủy sản | 318 | +9,7

Dừa tiếp tục là mặt hàng có mức tăng cao nhất. Giá dừa khô tại các xã Mỏ Cày, Giồng Trôm hiện ở mức 180.000 - 200.000 đồng/chục (12 trái), gấp đôi đầu năm. Toàn tỉnh có khoảng 118.000 ha dừa, trong đó khu vực Bến Tre (cũ) chiếm 79.600 ha; diện tích dừa hữu cơ đạt chứng nhận là 26.800 ha.

Nhập khẩu 11 tháng ước đạt 1,46 tỷ USD, tăng 8,2%; xuất siêu khoảng 1,72 tỷ USD.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng đạt 186.250 tỷ đồng, tăng 10,9%. Riêng tháng 11, doanh thu đạt 17.640 tỷ đồng, tăng 1,6% so với tháng trước.

Chỉ số sản xuất công nghiệp 11 tháng tăng 11,2%; trong đó ngành sản xuất và phân phối điện (chủ yếu điện gió ven biển khu vực Trà Vinh cũ) tăng 19,8%.

Tỷ lệ hộ nghèo của tỉnh mới (tính lại theo địa giới mới) ước còn 1,46% cuối năm 2025; số hộ nghèo còn 13.280 hộ, giảm 4.910 hộ so với đầu năm. Riêng xã Long Hòa (khu vực Trà Vinh cũ) còn 7,8% hộ nghèo.

Chế biến cơm dừa xuất khẩu tại một doanh nghiệp ở xã Châu Thành. Ảnh: Thảo Ly

Tháng 12, tỉnh phấn đấu kim ngạch xuất khẩu đạt 300 triệu USD để cả năm đạt khoảng 3,48 tỷ USD, vượt kế hoạch 0,6%.

Thảo Ly

Cùng chuyên mục
- Vĩnh Long: Hội chợ OCOP 2025 với 200 gian hàng (03/12/2025)
- Cầu Rạch Miễu 2 thông xe kỹ thuật (30/11/2025)
- Xem nhiều nhất: 15.236 lượt

Báo Vĩnh Long. Giấy phép số 108/GP-BTTTT ngày 05/4/2023. ĐT: 0270.3822.418 - Fax: 0270.3823.488
'''
META = {'published': '2025-12-05', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2025-11M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
BT = {'locality': 'tỉnh Bến Tre'}
TV = {'locality': 'tỉnh Trà Vinh'}
EX = {'indicator': 'export_value'}
PR = {'indicator': 'poverty_rate'}
FIGS = [
 ('gần 3,2 tỷ USD', '3,2 tỷ USD', 'level', 'USD', d(EX, bound='nearly')),
 ('ước đạt 3,18 tỷ USD', '3,18 tỷ USD', 'level', 'USD', d(E, EX)),
 ('tăng 13,6%', '13,6%', 'change', '%', d(E, U, SP, EX)),
 ('đạt 91,4% kế hoạch', '91,4%', 'attainment', '%', d(E, P, EX)),
 ('với 1,52 tỷ USD', '1,52 tỷ USD', 'level', 'USD', d(BT, EX)),
 ('chiếm 47,8%', '47,8%', 'level', '%', d(BT, EX)),
 ('đạt 0,98 tỷ USD', '0,98 tỷ USD', 'level', 'USD', d(EX)),
 ('và 0,68 tỷ USD', '0,68 tỷ USD', 'level', 'USD', d(TV, EX)),
 ('dừa | 612', '612', 'level', 'USD', d(value=612000000)),
 ('| +28,4', '28,4', 'change', '%', d(U, SP)),
 ('Gạo | 243', '243', 'level', 'USD', d(value=243000000)),
 ('| -6,1', '6,1', 'change', '%', d(D, SP)),
 ('sản | 318', '318', 'level', 'USD', d(value=318000000)),
 ('| +9,7', '9,7', 'change', '%', d(U, SP)),
 ('180.000 - 200.000 đồng/chục', '180.000 - 200.000 đồng/chục', 'level', 'VND/chục', d()),
 ('gấp đôi', 'đôi', 'change', 'lần', d(U, value=2, optional=True)),
 ('khoảng 118.000 ha', '118.000 ha', 'level', 'ha', d(bound='about')),
 ('chiếm 79.600 ha', '79.600 ha', 'level', 'ha', d(BT)),
 ('là 26.800 ha', '26.800 ha', 'level', 'ha', d()),
 ('ước đạt 1,46 tỷ USD', '1,46 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('tăng 8,2%', '8,2%', 'change', '%', d(E, U, indicator='import_value')),
 ('khoảng 1,72 tỷ USD', '1,72 tỷ USD', 'level', 'USD', d(bound='about')),
 ('đạt 186.250 tỷ đồng', '186.250 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 10,9%', '10,9%', 'change', '%', d(U, indicator='retail_sales')),
 ('đạt 17.640 tỷ đồng', '17.640 tỷ đồng', 'level', 'VND', d(indicator='retail_sales', period='2025-M11')),
 ('tăng 1,6%', '1,6%', 'change', '%', d(U, indicator='retail_sales', period='2025-M11', base='previous_period')),
 ('tăng 11,2%', '11,2%', 'change', '%', d(U, indicator='industrial_production_index')),
 ('tăng 19,8%', '19,8%', 'change', '%', d(U, indicator='industrial_production_index')),
 ('ước còn 1,46%', '1,46%', 'level', '%', d(E, PR, period='2025')),
 ('còn 13.280 hộ', '13.280', 'level', 'hộ', d(indicator='poor_households', period='2025')),
 ('giảm 4.910 hộ', '4.910', 'change', 'hộ', d(D, indicator='poor_households', period='2025')),
 ('còn 7,8%', '7,8%', 'level', '%', d(PR, locality='xã Long Hòa', period='2025')),
 ('đạt 300 triệu USD', '300 triệu USD', 'level', 'USD', d(EX, modality='target', period='2025-M12')),
 ('khoảng 3,48 tỷ USD', '3,48 tỷ USD', 'level', 'USD', d(EX, modality='target', period='2025', bound='about')),
 ('vượt kế hoạch 0,6%', '0,6%', 'change', '%', d(EX, U, P, modality='target', period='2025', status='exceeded')),
]
