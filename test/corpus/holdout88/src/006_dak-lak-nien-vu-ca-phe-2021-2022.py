TEXT = '''
Báo Đắk Lắk điện tử
Kinh tế | 12/10/2022, 14:05 [GMT+7]

Niên vụ cà phê 2021 - 2022: Kim ngạch xuất khẩu đạt 1,08 tỷ USD

Niên vụ cà phê 2021 - 2022 (từ ngày 1/10/2021 đến 30/9/2022), các doanh nghiệp trên địa bàn tỉnh đã xuất khẩu 254.600 tấn cà phê nhân, tăng 6,8% so với niên vụ trước; kim ngạch đạt 1,08 tỷ USD, tăng 21,3%. Đây là lần đầu tiên kim ngạch xuất khẩu cà phê của tỉnh vượt mốc 1 tỷ USD.

Theo Sở Công Thương, giá xuất khẩu bình quân đạt 2.240 USD/tấn, cao hơn niên vụ 2020 - 2021 khoảng 310 USD/tấn. Cà phê chế biến sâu (rang xay, hòa tan) chiếm 9,6% sản lượng xuất khẩu, tăng 1,8 điểm phần trăm.

Thị trường xuất khẩu chính niên vụ 2021 - 2022 (so với niên vụ trước):
- Đức: 38.500 tấn (+12,4%);
- Bỉ: 27.900 tấn (-4,1%);
- Nhật Bản: 21.300 tấn (+9%);
- Hoa Kỳ: 19.800 tấn (+15,2%).

Toàn tỉnh hiện có 213.000 ha cà phê, trong đó 186.000 ha đang cho thu hoạch; sản lượng niên vụ 2021 - 2022 đạt 558.000 tấn, năng suất bình quân 30 tạ/ha. Diện tích tái canh giai đoạn 2016 - 2022 đạt 38.000 ha. Huyện Cư M'gar có diện tích lớn nhất với 36.500 ha, năng suất 32,5 tạ/ha; huyện Krông Năng có 11.200 ha cà phê đạt chứng nhận bền vững, chiếm 42% diện tích của huyện.

Trong niên vụ 2021 - 2022, tại huyện Krông Pắc, giá thuê nhân công hái cà phê lên 300.000 - 350.000 đồng/người/ngày, tăng 50.000 đồng so với vụ trước. Thị xã Buôn Hồ có 2.650 ha cà phê tái canh, năng suất bình quân 35 tạ/ha, cao hơn vườn cũ 8 - 10 tạ/ha.

Giá cà phê nhân xô tại thị trường nội địa đầu tháng 10/2022 dao động 46.000 - 47.200 đồng/kg, tăng 8.000 đồng/kg so với cùng thời điểm năm trước.

Niên vụ 2022 - 2023, dự báo sản lượng cà phê toàn tỉnh giảm 5 - 7% do thời tiết bất lợi; tỉnh phấn đấu kim ngạch xuất khẩu cà phê đạt ít nhất 1,1 tỷ USD.

[Ảnh] Nông dân xã Ea Tul (huyện Cư M'gar) phơi cà phê đầu vụ. Ảnh: Hoàng Gia

Hoàng Gia

Xem thêm:
- Ngày hội cà phê lần thứ 8 diễn ra từ 10 đến 14/3/2023
- Hotline Ban Biên tập: 0262.3852.xxx
'''
META = {'published': '2022-10-12', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2021/2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
EX = {'indicator': 'export_value'}
UP = {'direction': 'up', 'base': 'previous_period'}
DN = {'direction': 'down', 'base': 'previous_period'}
CM = {'locality': "huyện Cư M'gar"}
KN = {'locality': 'huyện Krông Năng'}
N23 = {'period': '2022/2023'}
FIGS = [
 ('đạt 1,08 tỷ USD\n', '1,08 tỷ USD', 'level', 'USD', d(EX)),
 ('khẩu 254.600 tấn', '254.600 tấn', 'level', 'tấn', d()),
 ('tăng 6,8%', '6,8%', 'change', '%', d(UP)),
 ('kim ngạch đạt 1,08 tỷ USD, tăng', '1,08 tỷ USD', 'level', 'USD', d(EX)),
 ('tăng 21,3%', '21,3%', 'change', '%', d(EX, direction='up')),
 ('vượt mốc 1 tỷ USD', '1 tỷ USD', 'level', 'USD', d(optional=True)),
 ('đạt 2.240 USD/tấn', '2.240 USD/tấn', 'level', 'USD/tấn', d()),
 ('khoảng 310 USD/tấn', '310 USD/tấn', 'change', 'USD/tấn', d(direction='up', base='previous_period', bound='about')),
 ('chiếm 9,6%', '9,6%', 'level', '%', d()),
 ('tăng 1,8 điểm phần trăm', '1,8 điểm phần trăm', 'change', 'điểm %', d(direction='up')),
 ('Đức: 38.500 tấn', '38.500 tấn', 'level', 'tấn', d()),
 ('(+12,4%)', '12,4%', 'change', '%', d(UP)),
 ('Bỉ: 27.900 tấn', '27.900 tấn', 'level', 'tấn', d()),
 ('(-4,1%)', '4,1%', 'change', '%', d(DN)),
 ('Nhật Bản: 21.300 tấn', '21.300 tấn', 'level', 'tấn', d()),
 ('(+9%)', '9%', 'change', '%', d(UP)),
 ('Hoa Kỳ: 19.800 tấn', '19.800 tấn', 'level', 'tấn', d()),
 ('(+15,2%)', '15,2%', 'change', '%', d(UP)),
 ('có 213.000 ha', '213.000 ha', 'level', 'ha', d()),
 ('186.000 ha', '186.000 ha', 'level', 'ha', d()),
 ('đạt 558.000 tấn', '558.000 tấn', 'level', 'tấn', d()),
 ('quân 30 tạ/ha', '30 tạ/ha', 'level', 'tạ/ha', d()),
 ('đạt 38.000 ha', '38.000 ha', 'level', 'ha', d(period='2016/2022')),
 ('với 36.500 ha', '36.500 ha', 'level', 'ha', d(CM)),
 ('suất 32,5 tạ/ha', '32,5 tạ/ha', 'level', 'tạ/ha', d(CM)),
 ('có 11.200 ha', '11.200 ha', 'level', 'ha', d(KN)),
 ('chiếm 42%', '42%', 'level', '%', d(KN)),
 ('46.000 - 47.200 đồng/kg', '46.000 - 47.200 đồng/kg', 'level', 'VND/kg', d(period='2022-M10')),
 ('tăng 8.000 đồng/kg', '8.000 đồng/kg', 'change', 'VND/kg', d(period='2022-M10', direction='up', base='same_period')),
 ('giảm 5 - 7%', '5 - 7%', 'change', '%', d(N23, modality='estimate', direction='down')),
 ('ít nhất 1,1 tỷ USD', '1,1 tỷ USD', 'level', 'USD', d(EX, N23, modality='target', bound='at_least')),
 ('300.000 - 350.000 đồng/người/ngày', '300.000 - 350.000 đồng/người/ngày', 'level', 'VND/người/ngày', d(locality='huyện Krông Pắc', direction='up')),
 ('tăng 50.000 đồng', '50.000 đồng', 'change', 'VND', d(locality='huyện Krông Pắc', direction='up', base='previous_period')),
 ('có 2.650 ha', '2.650 ha', 'level', 'ha', d(locality='thị xã Buôn Hồ')),
 ('quân 35 tạ/ha', '35 tạ/ha', 'level', 'tạ/ha', d(locality='thị xã Buôn Hồ')),
 ('8 - 10 tạ/ha', '8 - 10 tạ/ha', 'change', 'tạ/ha', d(locality='thị xã Buôn Hồ', direction='up')),
]
