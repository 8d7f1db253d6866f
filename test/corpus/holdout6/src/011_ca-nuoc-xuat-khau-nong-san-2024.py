TEXT = '''
Kinh tế

Xuất khẩu nông lâm thủy sản cán mốc 62,5 tỉ USD, sầu riêng vượt 3 tỉ USD

29/12/2024 10:05 GMT+7

TTO - Năm 2024, kim ngạch xuất khẩu nông lâm thủy sản của cả nước đạt 62,5 tỉ USD, tăng 18,7% so với năm 2023 và vượt xa mục tiêu 54 - 55 tỉ USD đầu năm. Đây là mức cao nhất từ trước đến nay.

Thu hoạch sầu riêng ở Tiền Giang - Ảnh: MẬU TRƯỜNG
Thu hoạch sầu riêng ở Tiền Giang - Ảnh: MẬU TRƯỜNG

Thặng dư thương mại tăng mạnh

Theo Bộ Nông nghiệp và Phát triển nông thôn, thặng dư thương mại toàn ngành năm 2024 đạt 18,6 tỉ USD, tăng 54,6% so với năm trước. Tốc độ tăng trưởng GDP ngành nông lâm thủy sản đạt 3,27%; tỉ trọng nông lâm thủy sản trong GDP chiếm 11,86%, giảm 0,1 điểm phần trăm.

Kim ngạch một số nhóm hàng chủ lực năm 2024 (so với năm 2023):
- Rau quả: 7,2 tỉ USD (+29,1%)
- Gạo: 5,7 tỉ USD (+23%)
- Cà phê: 5,6 tỉ USD (+33%)
- Thủy sản: 10 tỉ USD (+12,7%)
- Gỗ và sản phẩm gỗ: 16,3 tỉ USD (+20,5%)

Riêng sầu riêng, kim ngạch xuất khẩu đạt khoảng 3,3 tỉ USD, chiếm gần một nửa kim ngạch rau quả. Trung Quốc, Mỹ và Nhật Bản là ba thị trường lớn nhất, chiếm lần lượt 20,9%, 20,4% và 6,8% tổng kim ngạch.

Khối lượng gạo xuất khẩu đạt 9 triệu tấn, lần đầu tiên vượt mốc 9 triệu tấn. Giá gạo xuất khẩu bình quân ở mức 627 USD/tấn, tăng 12,8%. "Gạo Việt được giá nhờ chúng ta xuất khẩu nhiều gạo thơm, gạo chất lượng cao như ST25, chiếm trên 60% lượng xuất khẩu", ông Đỗ Hà Nam, phó chủ tịch Hiệp hội Lương thực Việt Nam, nói.

Các tỉnh Đồng bằng sông Cửu Long đóng góp khoảng 90% lượng gạo xuất khẩu. Riêng tỉnh Tiền Giang, kim ngạch xuất khẩu trái cây đạt 1,25 tỉ USD, tăng 31%.

Mục tiêu 2025: 65 tỉ USD

Bộ trưởng Lê Minh Hoan cho biết năm 2025 ngành đặt mục tiêu tăng trưởng GDP nông nghiệp 3 - 3,5%, kim ngạch xuất khẩu nông lâm thủy sản đạt khoảng 65 tỉ USD. Tuy vậy, ông lưu ý rủi ro từ việc thị trường Trung Quốc siết kiểm soát dư lượng cadimi và vàng O trên sầu riêng.

Đọc thêm:
Giá sầu riêng hôm nay: Ri6 giảm 5.000 đồng/kg
Gạo Việt vượt Thái Lan, xếp thứ 2 thế giới về lượng xuất khẩu

CHÍ TUỆ

Chia sẻ
'''
META = {'published': '2024-12-29', 'locality': 'cả nước'}
DEFAULTS = {'locality': 'cả nước', 'period': '2024', 'modality': 'actual'}
T = {'period': '2025', 'modality': 'target'}
B = {'base': '2023'}
X = {'indicator': 'export_value'}
FIGS = [
 ('cán mốc 62,5 tỉ USD', '62,5 tỉ USD', 'level', 'USD', dict(**X)),
 ('vượt 3 tỉ USD', '3 tỉ USD', 'level', 'USD', dict(bound='over', **X)),
 ('nước đạt 62,5 tỉ USD', '62,5 tỉ USD', 'level', 'USD', dict(**X)),
 ('tăng 18,7% so với năm 2023', '18,7%', 'change', '%', dict(direction='up', **B, **X)),
 ('mục tiêu 54 - 55 tỉ USD', '54 - 55 tỉ USD', 'level', 'USD', dict(modality='target', **X)),
 ('đạt 18,6 tỉ USD', '18,6 tỉ USD', 'level', 'USD', dict()),
 ('tăng 54,6% so với năm trước', '54,6%', 'change', '%', dict(direction='up', **B)),
 ('đạt 3,27%', '3,27%', 'level', '%', dict()),
 ('chiếm 11,86%', '11,86%', 'level', '%', dict(indicator='sector_share')),
 ('giảm 0,1 điểm phần trăm', '0,1 điểm phần trăm', 'change', 'điểm %', dict(indicator='sector_share', direction='down')),
 ('Rau quả: 7,2 tỉ USD', '7,2 tỉ USD', 'level', 'USD', dict(**X)),
 ('(+29,1%)', '29,1%', 'change', '%', dict(direction='up', **B, **X)),
 ('Gạo: 5,7 tỉ USD', '5,7 tỉ USD', 'level', 'USD', dict(**X)),
 ('(+23%)', '23%', 'change', '%', dict(direction='up', **B, **X)),
 ('Cà phê: 5,6 tỉ USD', '5,6 tỉ USD', 'level', 'USD', dict(**X)),
 ('(+33%)', '33%', 'change', '%', dict(direction='up', **B, **X)),
 ('Thủy sản: 10 tỉ USD', '10 tỉ USD', 'level', 'USD', dict(**X)),
 ('(+12,7%)', '12,7%', 'change', '%', dict(direction='up', **B, **X)),
 ('gỗ: 16,3 tỉ USD', '16,3 tỉ USD', 'level', 'USD', dict(**X)),
 ('(+20,5%)', '20,5%', 'change', '%', dict(direction='up', **B, **X)),
 ('khoảng 3,3 tỉ USD', '3,3 tỉ USD', 'level', 'USD', dict(bound='about', **X)),
 ('gần một nửa', 'một nửa', 'level', '%', dict(value=50, optional=True)),
 ('lần lượt 20,9%', '20,9%', 'level', '%', dict()),
 ('20,4% và', '20,4%', 'level', '%', dict()),
 ('và 6,8% tổng', '6,8%', 'level', '%', dict()),
 ('đạt 9 triệu tấn', '9 triệu tấn', 'level', 'tấn', dict()),
 ('vượt mốc 9 triệu tấn', '9 triệu tấn', 'level', 'tấn', dict(optional=True)),
 ('ở mức 627 USD/tấn', '627 USD/tấn', 'level', 'USD/tấn', dict()),
 ('tăng 12,8%', '12,8%', 'change', '%', dict(direction='up')),
 ('trên 60% lượng', '60%', 'level', '%', dict(bound='over')),
 ('khoảng 90% lượng', '90%', 'level', '%', dict(bound='about', locality=None)),
 ('đạt 1,25 tỉ USD', '1,25 tỉ USD', 'level', 'USD', dict(locality='tỉnh Tiền Giang', **X)),
 ('tăng 31%', '31%', 'change', '%', dict(direction='up', locality='tỉnh Tiền Giang', **X)),
 ('nghiệp 3 - 3,5%', '3 - 3,5%', 'level', '%', dict(**T)),
 ('khoảng 65 tỉ USD', '65 tỉ USD', 'level', 'USD', dict(bound='about', **T, **X)),
 ('Mục tiêu 2025: 65 tỉ USD', '65 tỉ USD', 'level', 'USD', dict(**T, **X)),
]
