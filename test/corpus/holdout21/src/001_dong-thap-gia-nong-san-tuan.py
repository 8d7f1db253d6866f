TEXT = '''
Báo Đồng Tháp điện tử
Trang chủ | Kinh tế | Nông nghiệp | Thị trường | Xã hội | Pháp luật

Giá lúa nhích lên, sầu riêng Ri6 quay đầu giảm mạnh

Chủ nhật, 14/09/2025 - 07:45

(ĐT) - Tuần qua (từ ngày 8 đến 13/9), giá lúa tươi mua tại ruộng trên địa bàn tỉnh nhích lên 100 - 200 đồng/kg so với tuần trước, giá heo hơi đi ngang, còn giá sầu riêng giảm sâu vì nguồn hàng về nhiều trong khi các kho đóng gói chậm nhập.

Lúa Thu Đông sớm được giá

Theo ghi nhận của Sở Nông nghiệp và Môi trường, lúa Đài Thơm 8 và OM 18 vụ Thu Đông sớm được thương lái mua tại ruộng với giá từ 6.800 - 7.200 đồng/kg, tăng 200 đồng/kg; lúa IR 50404 dao động 6.200 - 6.400 đồng/kg; lúa Nàng Hoa 9 đứng ở mức 7.300 đồng/kg. Riêng giống ST25 được doanh nghiệp bao tiêu theo hợp đồng liên kết với giá 8.500 đồng/kg, cao hơn giá ngoài thị trường khoảng 700 - 900 đồng/kg.

Tại các kho ven sông Tiền, gạo nguyên liệu IR 50404 loại 1 được chào ở mức 8.950 - 9.050 đồng/kg, giảm 100 đồng/kg so với tuần trước; gạo thành phẩm xuất khẩu loại 5% tấm vào khoảng 11.400 đồng/kg. Tấm 1/2 và cám khô giữ giá, lần lượt quanh 7.600 đồng/kg và 6.900 đồng/kg.

Ông Nguyễn Văn Tư, thương lái ở xã Phú Thành, cho biết: “Mấy bữa nay tôi mua chừng 40 tấn lúa mỗi ngày, ghe 25 tấn chạy hai chuyến. Lúa khô, hạt đẹp thì tôi trả thêm 100 - 150 đồng/kg cho bà con”. Gia đình ông Lê Văn Sáu (58 tuổi, ấp 3) vừa cắt xong 2,5 ha, năng suất 7,2 tấn/ha, trừ chi phí còn lời khoảng 25 triệu đồng/ha.

Hiện toàn tỉnh đã xuống giống lúa Thu Đông 2025 được 98.540 ha, đạt 86,3% kế hoạch; đã thu hoạch 12.300 ha, năng suất bình quân ước đạt 5,8 tấn/ha.

Giá heo hơi đi ngang

Giá heo hơi tuần này ổn định ở mức 58.000 - 61.000 đồng/kg, không đổi so với tuần trước nhưng thấp hơn khoảng 4.000 đồng/kg so với cùng kỳ năm 2024. Heo con giống loại 10 kg có giá 1,3 - 1,5 triệu đồng/con.

Tổng đàn heo của tỉnh hiện khoảng 412.000 con, giảm 2,1% so với cùng kỳ, do nhiều hộ nuôi nhỏ lẻ chưa tái đàn sau đợt dịch tả heo châu Phi hồi tháng 6. Giá gà ta thả vườn 75.000 - 80.000 đồng/kg; gà công nghiệp lông trắng chỉ còn 28.000 đồng/kg, giảm 3.000 đồng/kg so với tuần trước.

Sầu riêng rớt giá vì hàng dồn về

Giá sầu riêng Ri6 loại 1 mua tại vườn giảm còn 52.000 - 55.000 đồng/kg, giảm 8.000 đồng/kg so với tuần trước; sầu riêng Thái (Monthong) loại 1 giữ ở mức 78.000 - 82.000 đồng/kg. Hàng loại 2 thấp hơn loại 1 từ 10.000 - 15.000 đồng/kg.

Chị Trần Thị Hồng, chủ vựa ở xã Ngũ Hiệp, kể mỗi ngày vựa chỉ gom được 8 - 10 tấn, “bằng phân nửa tháng trước, vì kho lạnh của đối tác ở Cái Bè đầy hàng”.

Toàn tỉnh có 21.600 ha sầu riêng, trong đó khu vực Tiền Giang cũ chiếm hơn 19.000 ha; 312 mã số vùng trồng đã được cấp để xuất khẩu. Sản lượng sầu riêng thu hoạch từ đầu năm ước đạt 265.000 tấn.

Cá tra, xoài nhích giá

Cá tra nguyên liệu loại 1 (cỡ 0,8 - 1 kg/con) được các nhà máy chế biến thu mua với giá 27.500 - 28.000 đồng/kg, tăng 500 đồng/kg so với tuần trước; cá tra giống cỡ 30 con/kg có giá 32.000 đồng/kg. Diện tích nuôi cá tra toàn tỉnh khoảng 2.150 ha, sản lượng thu hoạch 8 tháng ước đạt 398.000 tấn, tăng 4,6% so với cùng kỳ.

Tại xã Mỹ Xương, xoài cát Hòa Lộc loại 1 được thương lái mua 45.000 - 50.000 đồng/kg, tăng 5.000 đồng/kg so với đầu tháng; xoài cát Chu loại 1 khoảng 22.000 đồng/kg. Anh Phạm Văn Út (xã Mỹ Xương) có 1,2 ha xoài cho biết vườn nhà anh vừa bán 3 tấn, thu về hơn 140 triệu đồng.

Vật tư nông nghiệp ổn định

(Ảnh: Thương lái cân lúa Thu Đông sớm tại xã Phú Thành - M.K)

Giá phân bón tại các đại lý cấp 1 không đổi: urê 10.500 - 11.000 đồng/kg, DAP 19.000 - 20.500 đồng/kg, NPK 16-16-8 khoảng 14.200 đồng/kg.

Giá một số mặt hàng tại chợ Cao Lãnh (phường Cao Lãnh) ngày 13/9 (đồng/kg; tăng, giảm so với tuần trước):
- Gạo thường: 15.000 - 16.000
- Gạo thơm Jasmine: 20.000 - 22.000
- Thịt heo đùi: 95.000 (tăng 5.000)
- Cá lóc đồng: 85.000 - 90.000
- Trứng gà (đồng/chục): 32.000

Dự báo tuần tới, giá lúa có thể tăng thêm 100 - 200 đồng/kg khi các doanh nghiệp đẩy mạnh thu mua cho các đơn hàng cuối năm.

(*) Giá mang tính tham khảo, có thể thay đổi theo từng thời điểm và chất lượng hàng.

Minh Khang

Xem thêm:
- Giá gạo xuất khẩu tăng 5 USD/tấn trong phiên đầu tuần
- Đồng Tháp: 3 hợp tác xã ký liên kết tiêu thụ 1.200 ha lúa chất lượng cao
- Sầu riêng đông lạnh: mở cửa thị trường mới cho trái cây miền Tây

Đường dây nóng: 0277 3851 262 | Lượt xem: 1.248
'''
META = {'published': '2025-09-14', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2025-M09', 'modality': 'actual'}
Y = dict(period='2025')
K = 'VND/kg'
PREV = dict(base='previous_period')
FIGS = [
 ('nhích lên 100 - 200 đồng/kg so', '100 - 200 đồng/kg', 'change', K, dict(PREV, direction='up')),
 ('giá từ 6.800 - 7.200 đồng/kg', '6.800 - 7.200 đồng/kg', 'level', K, dict()),
 ('tăng 200 đồng/kg;', '200 đồng/kg', 'change', K, dict(direction='up')),
 ('dao động 6.200 - 6.400 đồng/kg', '6.200 - 6.400 đồng/kg', 'level', K, dict()),
 ('mức 7.300 đồng/kg', '7.300 đồng/kg', 'level', K, dict()),
 ('giá 8.500 đồng/kg', '8.500 đồng/kg', 'level', K, dict()),
 ('khoảng 700 - 900 đồng/kg', '700 - 900 đồng/kg', 'change', K, dict(direction='up', bound='about')),
 ('mức 8.950 - 9.050 đồng/kg', '8.950 - 9.050 đồng/kg', 'level', K, dict()),
 ('giảm 100 đồng/kg so', '100 đồng/kg', 'change', K, dict(PREV, direction='down')),
 ('khoảng 11.400 đồng/kg', '11.400 đồng/kg', 'level', K, dict(bound='about')),
 ('quanh 7.600 đồng/kg', '7.600 đồng/kg', 'level', K, dict(bound='about')),
 ('và 6.900 đồng/kg', '6.900 đồng/kg', 'level', K, dict()),
 ('được 98.540 ha', '98.540 ha', 'level', 'ha', dict(**Y, indicator='crop_area')),
 ('đạt 86,3% kế hoạch', '86,3%', 'attainment', '%', dict(**Y, indicator='crop_area', base='target')),
 ('thu hoạch 12.300 ha', '12.300 ha', 'level', 'ha', dict(**Y)),
 ('ước đạt 5,8 tấn/ha', '5,8 tấn/ha', 'level', 'tấn/ha', dict(**Y, modality='estimate')),
 ('mức 58.000 - 61.000 đồng/kg', '58.000 - 61.000 đồng/kg', 'level', K, dict()),
 ('khoảng 4.000 đồng/kg', '4.000 đồng/kg', 'change', K, dict(direction='down', base='same_period', bound='about')),
 ('giá 1,3 - 1,5 triệu đồng/con', '1,3 - 1,5 triệu đồng/con', 'level', 'VND/con', dict()),
 ('khoảng 412.000 con', '412.000', 'level', 'con', dict(bound='about')),
 ('giảm 2,1%', '2,1%', 'change', '%', dict(direction='down', base='same_period')),
 ('vườn 75.000 - 80.000 đồng/kg', '75.000 - 80.000 đồng/kg', 'level', K, dict()),
 ('còn 28.000 đồng/kg', '28.000 đồng/kg', 'level', K, dict()),
 ('giảm 3.000 đồng/kg', '3.000 đồng/kg', 'change', K, dict(PREV, direction='down')),
 ('giảm còn 52.000 - 55.000 đồng/kg', '52.000 - 55.000 đồng/kg', 'level', K, dict(direction='down')),
 ('giảm 8.000 đồng/kg', '8.000 đồng/kg', 'change', K, dict(PREV, direction='down')),
 ('mức 78.000 - 82.000 đồng/kg', '78.000 - 82.000 đồng/kg', 'level', K, dict()),
 ('từ 10.000 - 15.000 đồng/kg', '10.000 - 15.000 đồng/kg', 'change', K, dict(optional=True, direction='down')),
 ('có 21.600 ha', '21.600 ha', 'level', 'ha', dict()),
 ('hơn 19.000 ha', '19.000 ha', 'level', 'ha', dict(locality='tỉnh Tiền Giang', bound='over')),
 ('312 mã số', '312', 'level', 'mã số vùng trồng', dict(optional=True)),
 ('ước đạt 265.000 tấn', '265.000 tấn', 'level', 'tấn', dict(**Y, modality='estimate')),
 ('giá 27.500 - 28.000 đồng/kg', '27.500 - 28.000 đồng/kg', 'level', K, dict()),
 ('tăng 500 đồng/kg so', '500 đồng/kg', 'change', K, dict(PREV, direction='up')),
 ('giá 32.000 đồng/kg', '32.000 đồng/kg', 'level', K, dict()),
 ('khoảng 2.150 ha', '2.150 ha', 'level', 'ha', dict(bound='about')),
 ('ước đạt 398.000 tấn', '398.000 tấn', 'level', 'tấn', dict(period='2025-8M', modality='estimate')),
 ('tăng 4,6%', '4,6%', 'change', '%', dict(period='2025-8M', modality='estimate', direction='up', base='same_period')),
 ('mua 45.000 - 50.000 đồng/kg', '45.000 - 50.000 đồng/kg', 'level', K, dict(locality='xã Mỹ Xương')),
 ('tăng 5.000 đồng/kg so với đầu tháng', '5.000 đồng/kg', 'change', K, dict(locality='xã Mỹ Xương', direction='up', base='previous_period')),
 ('khoảng 22.000 đồng/kg', '22.000 đồng/kg', 'level', K, dict(locality='xã Mỹ Xương', bound='about')),
 ('urê 10.500 - 11.000 đồng/kg', '10.500 - 11.000 đồng/kg', 'level', K, dict()),
 ('DAP 19.000 - 20.500 đồng/kg', '19.000 - 20.500 đồng/kg', 'level', K, dict()),
 ('khoảng 14.200 đồng/kg', '14.200 đồng/kg', 'level', K, dict(bound='about')),
 ('thường: 15.000 - 16.000', '15.000 - 16.000', 'level', K, dict(locality='phường Cao Lãnh')),
 ('Jasmine: 20.000 - 22.000', '20.000 - 22.000', 'level', K, dict(locality='phường Cao Lãnh')),
 ('đùi: 95.000', '95.000', 'level', K, dict(locality='phường Cao Lãnh')),
 ('(tăng 5.000)', '5.000', 'change', K, dict(PREV, locality='phường Cao Lãnh', direction='up')),
 ('đồng: 85.000 - 90.000', '85.000 - 90.000', 'level', K, dict(locality='phường Cao Lãnh')),
 ('chục): 32.000', '32.000', 'level', 'VND/chục', dict(locality='phường Cao Lãnh')),
 ('thêm 100 - 200 đồng/kg', '100 - 200 đồng/kg', 'change', K, dict(optional=True, direction='up', modality='estimate')),
]
