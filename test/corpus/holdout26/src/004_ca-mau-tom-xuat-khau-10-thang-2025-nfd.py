NFD = True
TEXT = '''
Vietnam+ (VietnamPlus)
Thời sự | Thế giới | Kinh tế | Xã hội | Đời sống | Văn hóa | Thể thao | Khoa học | Địa phương | Multimedia

Kinh tế › Nông nghiệp

Cà Mau: Giá tôm tăng cao, xuất khẩu thủy sản 10 tháng vượt 1,3 tỷ USD

Thứ Ba, 18/11/2025 - 10:42

Trong 10 tháng năm 2025, sản lượng thủy sản của tỉnh Cà Mau ước đạt 1,05 triệu tấn, tăng 4,3% so với cùng kỳ; giá tôm nguyên liệu tăng mạnh từ cuối quý III giúp người nuôi có lãi cao.

Thu hoạch tôm thẻ chân trắng tại một hộ nuôi ở xã Tân Thuận, tỉnh Cà Mau. (Ảnh: Huỳnh Anh/TTXVN)

Theo Sở Nông nghiệp và Môi trường tỉnh Cà Mau, sau khi hợp nhất với tỉnh Bạc Liêu từ ngày 1/7/2025, Cà Mau trở thành địa phương có diện tích nuôi tôm lớn nhất cả nước. Toàn tỉnh hiện có khoảng 438.000 ha nuôi trồng thủy sản, trong đó diện tích nuôi tôm 392.500 ha, chiếm gần 40% diện tích nuôi tôm của cả nước.

Trong 10 tháng, sản lượng tôm toàn tỉnh ước đạt 452.000 tấn, tăng 6,8%; cua biển 38.600 tấn, tăng 2,4%. Riêng khu vực Bạc Liêu (cũ), sản lượng tôm đạt 186.000 tấn, tăng 9,1% so với cùng kỳ nhờ mở rộng mô hình nuôi siêu thâm canh.

Diện tích nuôi tôm siêu thâm canh và thâm canh lần lượt đạt 2.150 ha và 13.840 ha, năng suất bình quân lần lượt 35 - 40 tấn/ha/vụ và 8 - 10 tấn/ha/vụ; nuôi tôm quảng canh cải tiến chỉ đạt 550 - 700 kg/ha/năm. Tỉnh khuyến cáo nuôi tôm siêu thâm canh ở mật độ 250 - 300 con/m2 và không thả nuôi khi độ mặn vượt 35‰.

Giá tôm lên cao nhất trong 3 năm

Trong tháng 10, tôm sú cỡ 20 con/kg được thương lái thu mua với giá 265.000 - 280.000 đồng/kg, tăng 30.000 - 35.000 đồng/kg so với cùng kỳ; tôm thẻ chân trắng cỡ 100 con/kg có giá 98.000 - 102.000 đồng/kg, tăng khoảng 12%. Với giá này, tôm thâm canh cho lợi nhuận 350 - 450 triệu đồng/ha/vụ.

Ông Lê Văn Tám ở xã Tân Thuận cho biết, ao nuôi 0,6 ha của gia đình ông vừa thu 7,2 tấn tôm thẻ cỡ 60 con/kg, lãi hơn 400 triệu đồng sau 85 ngày nuôi. "Mười mấy năm nuôi tôm, đây là vụ tôm trúng giá nhất", ông Tám nói.

Mô hình tôm - lúa cũng cho thu nhập ổn định. Năm 2025, vụ lúa trên nền đất nuôi tôm xuống giống 41.500 ha, năng suất bình quân 4,8 tấn/ha; lúa ST24, ST25 được thương lái mua tại ruộng 9.500 - 10.000 đồng/kg, cao hơn lúa thường 1.500 - 2.000 đồng/kg. Các xã Phước Long, Hồng Dân và Thới Bình có diện tích tôm - lúa lớn nhất, lần lượt 9.800 ha, 8.450 ha và 7.900 ha.

Xuất khẩu tăng ở hầu hết thị trường

Kim ngạch xuất khẩu thủy sản của tỉnh 10 tháng ước đạt 1,34 tỷ USD, tăng 11,6% so với cùng kỳ, bằng 87,1% kế hoạch năm. Các thị trường Mỹ, Nhật Bản, Trung Quốc và EU lần lượt chiếm 28%, 19,5%, 17,2% và 12,4% tổng kim ngạch. Riêng xuất khẩu sang Trung Quốc tăng 34,7%, chủ yếu là tôm sú sống và tôm hùm đất.

Toàn tỉnh có 42 nhà máy chế biến thủy sản xuất khẩu với tổng công suất khoảng 520.000 tấn thành phẩm/năm; các nhà máy hiện hoạt động 75 - 80% công suất. Năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu thủy sản đạt 1,55 tỷ USD.

Phó Giám đốc Sở Nông nghiệp và Môi trường Trần Hoàng Phương cho biết, để giữ đà tăng trưởng, tỉnh sẽ hỗ trợ cấp mã số vùng nuôi cho thêm 12.000 ha tôm - lúa và tôm - rừng trong năm 2026, nâng diện tích được cấp mã lên 45.000 ha. Theo Quyết định số 1846/QĐ-UBND, đến năm 2030 toàn tỉnh có 20.000 ha nuôi tôm ứng dụng công nghệ cao.

(TTXVN/Vietnam+)

Tin liên quan
• Xuất khẩu tôm cả nước 10 tháng đạt 3,8 tỷ USD
• Bạc Liêu cũ: Hơn 5.000 ha tôm - lúa được cấp mã số vùng nuôi
• Cà Mau thả nuôi 3 triệu con giống cua biển

Từ khóa: #Cà Mau #tôm #xuất khẩu thủy sản #TTXVN

Bản quyền thuộc về Thông tấn xã Việt Nam (TTXVN). Giấy phép số 1374/GP-BTTTT. Điện thoại: 024 3941 1349
'''
META = {'published': '2025-11-18', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2025-10M', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
E = {'modality': 'estimate'}
M10 = {'period': '2025-M10'}
X = {'indicator': 'export_value'}
FIGS = [
 ('10 tháng vượt 1,3 tỷ USD', '1,3 tỷ USD', 'level', 'USD', dict(X, bound='over')),
 ('ước đạt 1,05 triệu tấn', '1,05 triệu tấn', 'level', 'tấn', dict(E, indicator='aquaculture_output')),
 ('tăng 4,3%', '4,3%', 'change', '%', dict(E, **U, **S, indicator='aquaculture_output')),
 ('khoảng 438.000 ha', '438.000 ha', 'level', 'ha', dict(bound='about')),
 ('tôm 392.500 ha', '392.500 ha', 'level', 'ha', dict()),
 ('gần 40%', '40%', 'level', '%', dict(bound='nearly')),
 ('ước đạt 452.000 tấn', '452.000 tấn', 'level', 'tấn', dict(E)),
 ('tăng 6,8%', '6,8%', 'change', '%', dict(E, **U)),
 ('biển 38.600 tấn', '38.600 tấn', 'level', 'tấn', dict()),
 ('tăng 2,4%', '2,4%', 'change', '%', dict(U)),
 ('đạt 186.000 tấn', '186.000 tấn', 'level', 'tấn', dict(locality='tỉnh Bạc Liêu')),
 ('tăng 9,1%', '9,1%', 'change', '%', dict(U, **S, locality='tỉnh Bạc Liêu')),
 ('đạt 2.150 ha', '2.150 ha', 'level', 'ha', dict()),
 ('và 13.840 ha', '13.840 ha', 'level', 'ha', dict()),
 ('35 - 40 tấn/ha/vụ', '35 - 40 tấn/ha/vụ', 'level', 'tấn/ha/vụ', dict()),
 ('8 - 10 tấn/ha/vụ', '8 - 10 tấn/ha/vụ', 'level', 'tấn/ha/vụ', dict()),
 ('550 - 700 kg/ha/năm', '550 - 700 kg/ha/năm', 'level', 'kg/ha/năm', dict()),
 ('giá 265.000 - 280.000 đồng/kg', '265.000 - 280.000 đồng/kg', 'level', 'VND/kg', dict(M10)),
 ('30.000 - 35.000 đồng/kg', '30.000 - 35.000 đồng/kg', 'change', 'VND/kg', dict(M10, **U, **S)),
 ('98.000 - 102.000 đồng/kg', '98.000 - 102.000 đồng/kg', 'level', 'VND/kg', dict(M10)),
 ('khoảng 12%', '12%', 'change', '%', dict(M10, **U, bound='about')),
 ('350 - 450 triệu đồng/ha/vụ', '350 - 450 triệu đồng/ha/vụ', 'level', 'VND/ha/vụ', dict(M10)),
 ('giống 41.500 ha', '41.500 ha', 'level', 'ha', dict(period='2025', indicator='crop_area')),
 ('bình quân 4,8 tấn/ha', '4,8 tấn/ha', 'level', 'tấn/ha', dict(period='2025')),
 ('9.500 - 10.000 đồng/kg', '9.500 - 10.000 đồng/kg', 'level', 'VND/kg', dict(period='2025')),
 ('1.500 - 2.000 đồng/kg', '1.500 - 2.000 đồng/kg', 'change', 'VND/kg', dict(period='2025', **U)),
 ('lần lượt 9.800 ha', '9.800 ha', 'level', 'ha', dict(period='2025', locality='xã Phước Long')),
 ('8.450 ha', '8.450 ha', 'level', 'ha', dict(period='2025', locality='xã Hồng Dân')),
 ('7.900 ha', '7.900 ha', 'level', 'ha', dict(period='2025', locality='xã Thới Bình')),
 ('đạt 1,34 tỷ USD', '1,34 tỷ USD', 'level', 'USD', dict(X, **E)),
 ('tăng 11,6%', '11,6%', 'change', '%', dict(X, **E, **U, **S)),
 ('bằng 87,1% kế hoạch', '87,1%', 'attainment', '%', dict(X, **E, base='target')),
 ('chiếm 28%', '28%', 'level', '%', dict(X)),
 ('19,5%', '19,5%', 'level', '%', dict(X)),
 ('17,2%', '17,2%', 'level', '%', dict(X)),
 ('12,4% tổng', '12,4%', 'level', '%', dict(X)),
 ('tăng 34,7%', '34,7%', 'change', '%', dict(X, **U)),
 ('có 42 nhà máy', '42', 'level', 'nhà máy', dict()),
 ('khoảng 520.000 tấn thành phẩm/năm', '520.000 tấn', 'level', 'tấn/năm', dict(bound='about')),
 ('75 - 80% công suất', '75 - 80%', 'level', '%', dict()),
 ('đạt 1,55 tỷ USD', '1,55 tỷ USD', 'level', 'USD', dict(X, modality='target', period='2025')),
 ('thêm 12.000 ha', '12.000 ha', 'level', 'ha', dict(modality='target', period='2026')),
 ('lên 45.000 ha', '45.000 ha', 'level', 'ha', dict(modality='target', period='2026', direction='up')),
 ('có 20.000 ha', '20.000 ha', 'level', 'ha', dict(modality='target', period='2030')),
]
