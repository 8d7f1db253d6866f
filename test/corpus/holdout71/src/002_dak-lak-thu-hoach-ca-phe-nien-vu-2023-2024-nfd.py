NFD = True
TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Văn hóa | Bạn đọc | Đắk Lắk 24h
Thứ Ba, 05/12/2023, 16:20 (GMT+7)

Kinh tế

Thu hoạch cà phê niên vụ 2023 - 2024: Được mùa, được giá

ĐTO - Đến ngày 30/11, nông dân trong tỉnh đã thu hoạch khoảng 45% diện tích cà phê kinh doanh. Giá cà phê nhân xô liên tục lập đỉnh mới, có thời điểm vượt 64.000 đồng/kg, giúp người trồng cà phê phấn khởi.

Theo Sở Nông nghiệp và Phát triển nông thôn, niên vụ 2023 - 2024, toàn tỉnh có 213.000 ha cà phê, trong đó diện tích cho thu hoạch 198.600 ha. Năng suất bình quân ước đạt 2,8 tấn nhân/ha; sản lượng ước đạt khoảng 560.000 tấn nhân, tăng 2,3% so với niên vụ trước.

Tính đến ngày 30/11, toàn tỉnh đã thu hoạch được 89.400 ha cà phê. Các huyện Krông Năng, Ea H'leo và Cư M'gar thu hoạch sớm hơn, tỷ lệ diện tích đã thu hoạch lần lượt đạt 62%, 58% và 55%.

Nông dân xã Ea Tóh, huyện Krông Năng phơi cà phê sau thu hoạch. Ảnh: Hoàng Gia

Sáng 5/12, giá cà phê nhân xô tại các đại lý ở TP. Buôn Ma Thuột dao động 63.300 - 63.500 đồng/kg, tăng 800 đồng/kg so với hôm qua và cao hơn khoảng 22.000 đồng/kg so với cùng thời điểm năm 2022. Giá hồ tiêu cũng nhích lên 74.000 đồng/kg.

Giá cao nhưng nhân công hái cà phê khan hiếm. Tiền công hái thuê năm nay tăng lên 250.000 - 300.000 đồng/người/ngày, chưa kể tiền ăn. Gia đình ông Y Khuê Niê (buôn Kmrơng Prông A, phường Ea Tam) có 3 ha cà phê, năm nay thu khoảng 10 tấn nhân, phải thuê 6 nhân công trong 20 ngày.

Bên cạnh cà phê, diện tích sầu riêng toàn tỉnh đã đạt 32.500 ha, gấp 2,6 lần năm 2020. Mười một tháng năm 2023, kim ngạch xuất khẩu cà phê của tỉnh ước đạt 825 triệu USD, đạt 94,8% kế hoạch năm.

Sở Nông nghiệp và Phát triển nông thôn khuyến cáo nông dân chỉ thu hái khi tỷ lệ quả chín trên 90%, không thu hái quả xanh; phơi sấy đúng kỹ thuật để nâng cao chất lượng cà phê nhân.

Hoàng Gia - Thúy Hồng

Đường dây nóng: 0262.3852.880

Cùng chuyên mục
- Hội nghị xúc tiến tiêu thụ cà phê đặc sản lần thứ 2 (02/12/2023)
- Giá sầu riêng Ri6 giảm mạnh cuối vụ (28/11/2023)
- Krông Pắc: Trao 1.200 cây giống sầu riêng cho hộ nghèo (25/11/2023)

Giấy phép số 23/GP-BTTTT. Địa chỉ: 22 Lê Thánh Tông, TP. Buôn Ma Thuột, tỉnh Đắk Lắk
'''
META = {'published': '2023-12-05', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2023/2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M11 = {'period': '2023-11M'}
DAY = {'period': '2023-M12'}
FIGS = [
 ('khoảng 45% diện tích', '45%', 'level', '%', d(M11, bound='about')),
 ('vượt 64.000 đồng/kg', '64.000 đồng/kg', 'level', 'VND/kg', d(M11, bound='over')),
 ('có 213.000 ha', '213.000 ha', 'level', 'ha', d()),
 ('thu hoạch 198.600 ha', '198.600 ha', 'level', 'ha', d()),
 ('ước đạt 2,8 tấn nhân/ha', '2,8 tấn nhân/ha', 'level', 'tấn/ha', d(E)),
 ('khoảng 560.000 tấn', '560.000 tấn', 'level', 'tấn', d(E, bound='about')),
 ('tăng 2,3% so với niên vụ trước', '2,3%', 'change', '%', d(E, U, base='previous_period')),
 ('được 89.400 ha', '89.400 ha', 'level', 'ha', d(M11)),
 ('lần lượt đạt 62%', '62%', 'level', '%', d(M11, locality='huyện Krông Năng')),
 (', 58% và', '58%', 'level', '%', d(M11, locality="huyện Ea H'leo")),
 ('và 55%.', '55%', 'level', '%', d(M11, locality="huyện Cư M'gar")),
 ('dao động 63.300 - 63.500 đồng/kg', '63.300 - 63.500 đồng/kg', 'level', 'VND/kg', d(DAY, locality='thành phố Buôn Ma Thuột')),
 ('tăng 800 đồng/kg', '800 đồng/kg', 'change', 'VND/kg', d(DAY, U, locality='thành phố Buôn Ma Thuột', base='previous_period')),
 ('khoảng 22.000 đồng/kg', '22.000 đồng/kg', 'change', 'VND/kg', d(DAY, U, locality='thành phố Buôn Ma Thuột', base='same_period', bound='about')),
 ('nhích lên 74.000 đồng/kg', '74.000 đồng/kg', 'level', 'VND/kg', d(DAY, U, locality='thành phố Buôn Ma Thuột')),
 ('lên 250.000 - 300.000 đồng/người/ngày', '250.000 - 300.000 đồng/người/ngày', 'level', 'VND/người/ngày', d(period='2023', direction='up')),
 ('đã đạt 32.500 ha', '32.500 ha', 'level', 'ha', d()),
 ('gấp 2,6 lần năm 2020', '2,6 lần', 'change', 'lần', d(U, base='2020')),
 ('ước đạt 825 triệu USD', '825 triệu USD', 'level', 'USD', d(E, period='2023-11M', indicator='export_value')),
 ('đạt 94,8% kế hoạch năm', '94,8%', 'attainment', '%', d(E, period='2023-11M', indicator='export_value', base='target')),
 ('trên 90%', '90%', 'level', '%', d(optional=True)),
]
