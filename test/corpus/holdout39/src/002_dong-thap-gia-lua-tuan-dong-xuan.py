NFD = True
TEXT = '''
BÁO ĐỒNG THÁP ĐIỆN TỬ
Chủ nhật, 17/03/2024
Thời sự  Chính trị  Kinh tế  Nông nghiệp  Văn hóa - Xã hội  Pháp luật  Thể thao

Nông nghiệp

Giá lúa tươi tăng 300 - 500 đồng/kg, nông dân lãi 40 - 50 triệu đồng/ha

Cập nhật lúc 16:20, Chủ nhật, 17/03/2024 (GMT+7)

Tuần qua (từ ngày 11 đến 17/3), giá lúa tươi tại ruộng trên địa bàn tỉnh tăng 300 - 500 đồng/kg so với tuần trước. Đến nay, toàn tỉnh đã thu hoạch 65% diện tích lúa vụ Đông Xuân 2023 - 2024, năng suất bình quân 7,4 tấn/ha.

Theo ghi nhận của phóng viên, thương lái thu mua lúa tươi OM18 và Đài Thơm 8 tại ruộng ở mức 8.200 - 8.400 đồng/kg, tăng 400 đồng/kg; lúa OM 5451 giá 7.900 - 8.000 đồng/kg, tăng 300 đồng/kg; lúa IR 50404 giá 7.500 - 7.600 đồng/kg, tăng 500 đồng/kg so với tuần trước. So với đầu vụ, giá lúa hiện cao hơn 600 - 800 đồng/kg và cao hơn cùng kỳ năm trước khoảng 1.000 đồng/kg.

Tại huyện Tháp Mười và huyện Tam Nông, giá lúa Đài Thơm 8 lần lượt là 8.400 đồng/kg và 8.300 đồng/kg; tại huyện Hồng Ngự, lúa Jasmine 85 được mua 8.600 đồng/kg, cao nhất tỉnh.

Ở các chợ đầu mối và nhà máy xay xát, gạo nguyên liệu IR 50404 giá 12.400 - 12.500 đồng/kg, gạo thành phẩm 14.600 - 14.800 đồng/kg, tăng 200 đồng/kg; tấm 1/2 giá 11.200 đồng/kg, cám khô 6.900 - 7.000 đồng/kg, giảm 100 đồng/kg so với tuần trước.

Phiên giao dịch tại chợ lúa gạo Hồng Ngự mở cửa từ 5 giờ sáng, kết thúc lúc 9 giờ, mỗi phiên có khoảng 40 ghe lúa cập bến.

Năng suất cao, lãi khá

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ Đông Xuân 2023 - 2024 toàn tỉnh xuống giống 189.420 ha lúa, đạt 100,2% kế hoạch. Đến ngày 15/3, nông dân đã thu hoạch 123.120 ha; năng suất bình quân 7,4 tấn/ha, cao hơn cùng vụ năm trước 0,15 tấn/ha. Sản lượng cả vụ ước đạt 1,4 triệu tấn.

Với giá lúa và năng suất hiện nay, sau khi trừ chi phí khoảng 22 - 24 triệu đồng/ha, nông dân lãi 40 - 50 triệu đồng/ha, tỷ suất lợi nhuận trên 60%. Riêng diện tích lúa liên kết tiêu thụ 48.500 ha, chiếm 25,6% diện tích xuống giống, được doanh nghiệp bao tiêu với giá cao hơn giá thị trường 200 - 300 đồng/kg.

Ông Nguyễn Văn Tư (ấp 3, xã Mỹ Hòa, huyện Tháp Mười) cho biết, gia đình sạ 4 ha lúa Đài Thơm 8, năng suất đạt 8,2 tấn/ha, bán tại ruộng 8.400 đồng/kg, trừ chi phí còn lãi gần 230 triệu đồng. Điện thoại liên hệ mua lúa giống của ông: 0913 245 678.

Giá gạo xuất khẩu ổn định

Theo Hiệp hội Lương thực Việt Nam, ngày 15/3, giá gạo 5% tấm xuất khẩu của Việt Nam ở mức 583 - 587 USD/tấn, giảm 5 USD/tấn so với tuần trước; gạo 25% tấm 557 - 561 USD/tấn; gạo Jasmine 650 - 654 USD/tấn.

Sở Nông nghiệp và Phát triển nông thôn khuyến cáo nông dân xuống giống vụ Hè Thu 2024 tập trung theo lịch thời vụ, từ ngày 20/4 đến 15/5, với kế hoạch 180.000 ha; sử dụng giống xác nhận, trong đó nhóm giống chất lượng cao chiếm trên 85%.

Hạnh Nguyên

Tin cùng chuyên mục:
 • Thu hoạch lúa Đông Xuân bằng máy gặt đạt 98% diện tích
 • Đồng Tháp có 32 sản phẩm OCOP 4 sao năm 2023
 • Giá cá tra nguyên liệu dao động 26.500 - 27.000 đồng/kg

Đường dây nóng: 0277 3851 359 | Email: baodongthap@gmail.com
© Bản quyền thuộc Báo Đồng Tháp. Giấy phép số 389/GP-BTTTT.
'''
META = {'published': '2024-03-17', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2024-M03', 'modality': 'actual'}
K = 'VND/kg'
P = {'base': 'previous_period'}
S = {'base': 'same_period'}
DX = {'period': '2023/2024'}
FIGS = [
 ('Giá lúa tươi tăng 300 - 500 đồng/kg, nông', '300 - 500 đồng/kg', 'change', K, dict(direction='up')),
 ('500 đồng/kg, nông dân lãi 40 - 50 triệu đồng/ha', '40 - 50 triệu đồng/ha', 'level', 'VND/ha', dict()),
 ('tăng 300 - 500 đồng/kg so với tuần trước', '300 - 500 đồng/kg', 'change', K, dict(**P, direction='up')),
 ('thu hoạch 65% diện tích', '65%', 'level', '%', dict(**DX)),
 ('bình quân 7,4 tấn/ha.', '7,4 tấn/ha', 'level', 'tấn/ha', dict(**DX)),
 ('mức 8.200 - 8.400 đồng/kg', '8.200 - 8.400 đồng/kg', 'level', K, dict()),
 ('tăng 400 đồng/kg; lúa', '400 đồng/kg', 'change', K, dict(direction='up')),
 ('giá 7.900 - 8.000 đồng/kg', '7.900 - 8.000 đồng/kg', 'level', K, dict()),
 ('tăng 300 đồng/kg; lúa', '300 đồng/kg', 'change', K, dict(direction='up')),
 ('giá 7.500 - 7.600 đồng/kg', '7.500 - 7.600 đồng/kg', 'level', K, dict()),
 ('tăng 500 đồng/kg so với tuần trước. So', '500 đồng/kg', 'change', K, dict(**P, direction='up')),
 ('cao hơn 600 - 800 đồng/kg', '600 - 800 đồng/kg', 'change', K, dict(**P, direction='up')),
 ('khoảng 1.000 đồng/kg', '1.000 đồng/kg', 'change', K, dict(**S, direction='up', bound='about')),
 ('lần lượt là 8.400 đồng/kg', '8.400 đồng/kg', 'level', K, dict(locality='huyện Tháp Mười')),
 ('và 8.300 đồng/kg', '8.300 đồng/kg', 'level', K, dict(locality='huyện Tam Nông')),
 ('mua 8.600 đồng/kg', '8.600 đồng/kg', 'level', K, dict(locality='huyện Hồng Ngự')),
 ('giá 12.400 - 12.500 đồng/kg', '12.400 - 12.500 đồng/kg', 'level', K, dict()),
 ('phẩm 14.600 - 14.800 đồng/kg', '14.600 - 14.800 đồng/kg', 'level', K, dict()),
 ('tăng 200 đồng/kg; tấm', '200 đồng/kg', 'change', K, dict(direction='up')),
 ('giá 11.200 đồng/kg', '11.200 đồng/kg', 'level', K, dict()),
 ('khô 6.900 - 7.000 đồng/kg', '6.900 - 7.000 đồng/kg', 'level', K, dict()),
 ('giảm 100 đồng/kg so với tuần trước', '100 đồng/kg', 'change', K, dict(**P, direction='down')),
 ('khoảng 40 ghe lúa', '40', 'level', 'ghe lúa', dict(optional=True)),
 ('giống 189.420 ha', '189.420 ha', 'level', 'ha', dict(**DX, indicator='crop_area')),
 ('đạt 100,2% kế hoạch', '100,2%', 'attainment', '%', dict(**DX, indicator='crop_area', base='target')),
 ('thu hoạch 123.120 ha', '123.120 ha', 'level', 'ha', dict()),
 ('quân 7,4 tấn/ha, cao', '7,4 tấn/ha', 'level', 'tấn/ha', dict()),
 ('trước 0,15 tấn/ha', '0,15 tấn/ha', 'change', 'tấn/ha', dict(**S, direction='up')),
 ('đạt 1,4 triệu tấn', '1,4 triệu tấn', 'level', 'tấn', dict(**DX, indicator='rice_output', modality='estimate')),
 ('khoảng 22 - 24 triệu đồng/ha', '22 - 24 triệu đồng/ha', 'level', 'VND/ha', dict(bound='about')),
 ('lãi 40 - 50 triệu đồng/ha, tỷ', '40 - 50 triệu đồng/ha', 'level', 'VND/ha', dict()),
 ('trên 60%', '60%', 'level', '%', dict(bound='over')),
 ('thụ 48.500 ha', '48.500 ha', 'level', 'ha', dict()),
 ('chiếm 25,6%', '25,6%', 'level', '%', dict()),
 ('trường 200 - 300 đồng/kg', '200 - 300 đồng/kg', 'change', K, dict(direction='up')),
 ('mức 583 - 587 USD/tấn', '583 - 587 USD/tấn', 'level', 'USD/tấn', dict(locality='cả nước')),
 ('giảm 5 USD/tấn', '5 USD/tấn', 'change', 'USD/tấn', dict(**P, locality='cả nước', direction='down')),
 ('tấm 557 - 561 USD/tấn', '557 - 561 USD/tấn', 'level', 'USD/tấn', dict(locality='cả nước')),
 ('Jasmine 650 - 654 USD/tấn', '650 - 654 USD/tấn', 'level', 'USD/tấn', dict(locality='cả nước')),
 ('hoạch 180.000 ha', '180.000 ha', 'level', 'ha', dict(period='2024', modality='target', indicator='crop_area')),
 ('chiếm trên 85%', '85%', 'level', '%', dict(period='2024', modality='target', bound='over')),
]
