TEXT = '''
BÁO HẢI DƯƠNG ĐIỆN TỬ
Thứ Hai, ngày 18/12/2023 | Hải Dương 14°C | English

Kinh tế > Thương mại

Bế mạc Hội chợ Thương mại - Công nghiệp Hải Dương 2023: doanh thu khoảng 16 tỷ đồng

18/12/2023 17:20

Sau 7 ngày diễn ra (từ ngày 12 đến 18/12), Hội chợ Thương mại - Công nghiệp Hải Dương 2023 đã thu hút hơn 85.000 lượt khách tham quan, mua sắm; doanh thu bán hàng ước đạt khoảng 16 tỷ đồng.

Hội chợ do Sở Công Thương tổ chức tại Trung tâm Hội chợ triển lãm tỉnh (đường Thanh Niên, TP. Hải Dương) với 320 gian hàng của gần 200 doanh nghiệp, hợp tác xã trong và ngoài tỉnh. Đây là năm thứ 5 liên tiếp hội chợ được tổ chức vào dịp cuối năm.

Khách tham quan lựa chọn sản phẩm OCOP tại hội chợ. Ảnh: Thành Chung

Tại hội chợ, các doanh nghiệp đã ký kết 36 hợp đồng, biên bản ghi nhớ với tổng giá trị trên 120 tỷ đồng, chủ yếu là các đơn hàng linh kiện điện tử, cơ khí và nông sản chế biến. Doanh thu bán hàng tăng khoảng 23% so với hội chợ năm 2022. Khu trưng bày sản phẩm OCOP giới thiệu 182 sản phẩm đạt 3 sao trở lên của 12 huyện, thị xã, thành phố.

Bà Nguyễn Thị Lan (62 tuổi, phường Ngọc Châu) cho biết đã mua 3 hộp bánh gai Ninh Giang và 2 kg vải sấy Thanh Hà, giá chỉ 45.000 đồng/hộp, rẻ hơn ngoài cửa hàng.

Theo Sở Công Thương, năm 2023 kim ngạch xuất khẩu của tỉnh ước đạt 9,3 tỷ USD, tăng 2,1% so với năm 2022; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 49.850 tỷ đồng, tăng 12,6%. Năm 2024, ngành Công Thương phấn đấu kim ngạch xuất khẩu tăng 8 - 10%.

Bế mạc hội chợ, Ban Tổ chức trao 12 giải gian hàng đẹp và 20 giải sản phẩm được người tiêu dùng yêu thích.

Thành Chung

Cùng chuyên mục
- Hải Dương: 11 tháng thu hút hơn 1,2 tỷ USD vốn FDI
- Phiên chợ hàng Việt tại huyện Thanh Miện thu hút 3.000 lượt khách

Báo Hải Dương | Số 18 Thanh Niên, TP. Hải Dương | ĐT: 0220 3852 615 | Giấy phép số 88/GP-BTTTT
'''
META = {'published': '2023-12-18', 'locality': 'tỉnh Hải Dương'}
DEFAULTS = {'locality': 'tỉnh Hải Dương', 'period': '2023-M12', 'modality': 'actual'}
E = {'modality': 'estimate'}
Y = {'period': '2023'}
EX = {'indicator': 'export_value'}
R = {'indicator': 'retail_sales'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('thu khoảng 16 tỷ đồng\n', '16 tỷ đồng', 'level', 'VND', d(bound='about')),
 ('hơn 85.000 lượt khách', '85.000', 'level', 'lượt khách', d(bound='over')),
 ('ước đạt khoảng 16 tỷ đồng', '16 tỷ đồng', 'level', 'VND', d(E, bound='about')),
 ('với 320 gian hàng', '320', 'level', 'gian hàng', d(optional=True)),
 ('gần 200 doanh nghiệp', '200', 'level', 'doanh nghiệp', d(optional=True, bound='nearly')),
 ('ký kết 36 hợp đồng', '36', 'level', 'hợp đồng', d(optional=True)),
 ('trên 120 tỷ đồng', '120 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('tăng khoảng 23%', '23%', 'change', '%', d(direction='up', base='same_period', bound='about')),
 ('giới thiệu 182 sản phẩm', '182', 'level', 'sản phẩm', d(optional=True)),
 ('ước đạt 9,3 tỷ USD', '9,3 tỷ USD', 'level', 'USD', d(EX, E, Y)),
 ('tăng 2,1% so với năm 2022', '2,1%', 'change', '%', d(EX, E, Y, direction='up', base='2022')),
 ('ước đạt 49.850 tỷ đồng', '49.850 tỷ đồng', 'level', 'VND', d(R, E, Y)),
 ('tăng 12,6%', '12,6%', 'change', '%', d(R, E, Y, direction='up')),
 ('tăng 8 - 10%', '8 - 10%', 'change', '%', d(EX, direction='up', modality='target', period='2024')),
 ('của 12 huyện', '12', 'level', 'huyện', d(optional=True)),
 ('trao 12 giải', '12', 'level', 'giải', d(optional=True)),
 ('và 20 giải', '20', 'level', 'giải', d(optional=True)),
]
