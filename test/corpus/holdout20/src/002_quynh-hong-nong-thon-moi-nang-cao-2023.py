TEXT = '''
BÁO THÁI BÌNH ĐIỆN TỬ
Thời sự | Kinh tế | Nông nghiệp - Nông thôn | Văn hoá | Thể thao | Bạn đọc
Thứ Tư, 08/11/2023 - 09:20

Nông nghiệp - Nông thôn

Quỳnh Hồng “thay áo mới” trên hành trình nông thôn mới nâng cao

Từ một xã thuần nông có thu nhập bình quân đầu người năm 2015 chỉ khoảng 28 triệu đồng, sau 8 năm xây dựng nông thôn mới, Quỳnh Hồng (Quỳnh Phụ) đã hoàn thành 19/19 tiêu chí xã nông thôn mới nâng cao và đang chờ tỉnh thẩm định, công nhận.

Con đường trục xã rộng 7 m, hai bên trồng hoa giấy, đưa chúng tôi về thôn Đại Đồng vào một sáng đầu đông. Những ngôi nhà cao tầng mọc lên san sát, sân nhà văn hoá thôn rợp bóng cây, tiếng loa truyền thanh đọc tin đúng 6 giờ sáng.

Ông Nguyễn Văn Thuỷ, Chủ tịch UBND xã Quỳnh Hồng, cho biết xã có 7 thôn với 2.856 hộ, hơn 10.400 nhân khẩu. Giai đoạn 2019 - 2023, xã huy động hơn 126 tỷ đồng để xây dựng nông thôn mới nâng cao, trong đó nhân dân đóng góp 31,5 tỷ đồng và hiến hơn 9.600 m2 đất làm đường, mở rộng khuôn viên nhà văn hoá.

Đến nay, 100% đường trục xã, trục thôn đã được cứng hoá, 42 km đường có điện chiếu sáng; tỷ lệ hộ dân sử dụng nước sạch đạt 100%; 98,5% người dân tham gia bảo hiểm y tế. Năm 2022, thu nhập bình quân đầu người của xã đạt 68,6 triệu đồng, gấp 2,4 lần năm 2015; tỷ lệ hộ nghèo còn 0,91%, tương ứng 26 hộ.

Đường trục thôn Đại Đồng được mở rộng lên 6 m, trồng 1,5 km hàng hoa. Ảnh: Ngọc Lan

Ba tầng nhà mới từ ruộng trũng

Trong câu chuyện đổi thay của quê hương, nhiều người nhắc đến gia đình anh Vũ Đức Thắng (46 tuổi) ở thôn Đại Đồng. Năm 2016, anh mạnh dạn thuê 3,2 ha ruộng trũng của 40 hộ để đào ao thả cá, trồng 600 gốc bưởi diễn trên bờ. Đến nay, trang trại của anh có 18 con bò sinh sản, 4 ao cá với diện tích mặt nước 1,8 ha.

“Năm ngoái, trừ hết chi phí, gia đình tôi lãi khoảng 420 triệu đồng. Trang trại còn tạo việc làm thường xuyên cho 6 lao động trong thôn, mỗi người được trả 7 triệu đồng/tháng”, anh Thắng nói, tay chỉ ra dãy chuồng bò mới xây.

Con gái lớn của anh đang học năm thứ 3 Đại học Y Dược Thái Bình, cậu con trai út vừa sang Nhật Bản làm việc theo hợp đồng 3 năm. Căn nhà 3 tầng khang trang của gia đình được xây xong hồi tháng 4, trị giá gần 2 tỷ đồng.

Anh Vũ Đức Thắng chăm sóc đàn bò 18 con của gia đình. Ảnh: Ngọc Lan

Theo ông Thuỷ, cũng như gia đình anh Thắng, toàn xã hiện có 14 trang trại và 52 gia trại chăn nuôi, thuỷ sản, thu hút khoảng 350 lao động. Cơ cấu kinh tế của xã chuyển dịch tích cực: tỷ trọng nông nghiệp còn 24,8%, công nghiệp - xây dựng 43,6%, thương mại - dịch vụ 31,6%. Xã có 2 sản phẩm OCOP 3 sao là bánh đa vừng và mật ong hoa nhãn.

Cánh đồng lớn và hợp tác xã kiểu mới

Vụ mùa năm 2023, Quỳnh Hồng gieo cấy 412 ha lúa, trong đó 265 ha lúa chất lượng cao liên kết bao tiêu; năng suất ước đạt 61,5 tạ/ha, tăng 1,2 tạ/ha so với vụ mùa năm trước. Cánh đồng mẫu lớn ở xứ đồng Cửa Chùa rộng 55 ha, do Hợp tác xã Dịch vụ nông nghiệp Quỳnh Hồng đứng ra ký hợp đồng với doanh nghiệp.

Ông Bùi Văn Lực, Giám đốc hợp tác xã, cho biết hợp tác xã có 1.940 thành viên, năm 2022 doanh thu đạt 3,6 tỷ đồng, lãi 410 triệu đồng, chia lãi cho thành viên theo mức sử dụng dịch vụ. “Riêng dịch vụ làm đất và gieo mạ khay, năm nay hợp tác xã làm cho 180 ha, giá rẻ hơn thuê ngoài khoảng 15%”, ông Lực nói.

Nâng chất từng tiêu chí

Bà Trần Thị Hoà, Bí thư Đảng uỷ xã, cho biết khó nhất là tiêu chí môi trường, bởi nó phụ thuộc vào ý thức của từng người dân. Năm 2023, xã vận động 100% hộ phân loại rác tại nguồn, xây 3 điểm tập kết rác đạt chuẩn; tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 98%. Trường Mầm non, Tiểu học và THCS của xã đều đạt chuẩn quốc gia mức độ 2.

Ở thôn An Ninh, các cụ cao tuổi lập đội tình nguyện 15 người, chiều thứ Bảy hằng tuần quét dọn 2 km đường làng. Cụ Đặng Văn Khoẻ, 78 tuổi, đội trưởng, cười bảo: “Già rồi, làm được gì cho làng thì làm”.

Toàn tỉnh Thái Bình hiện có 260/260 xã đạt chuẩn nông thôn mới, 96 xã đạt chuẩn nông thôn mới nâng cao và 14 xã đạt chuẩn nông thôn mới kiểu mẫu. Tỉnh phấn đấu đến năm 2025 có 50% số xã đạt chuẩn nông thôn mới nâng cao.

“Đạt chuẩn chỉ là điểm khởi đầu. Mục tiêu của xã đến năm 2025 là thu nhập bình quân đầu người đạt 80 triệu đồng, sau đó phấn đấu trở thành xã nông thôn mới kiểu mẫu”, ông Thuỷ chia sẻ.

Ngọc Lan

Bài viết liên quan
› Quỳnh Phụ: 10 tháng thu ngân sách đạt 312 tỷ đồng
› Thêm 4 xã của huyện Vũ Thư đạt chuẩn nông thôn mới nâng cao
› Giá lúa Bắc Thơm số 7 tăng 500 đồng/kg

Bình luận (0) | Chia sẻ | In
'''
META = {'published': '2023-11-08', 'locality': 'xã Quỳnh Hồng'}
DEFAULTS = {'locality': 'xã Quỳnh Hồng', 'period': '2023', 'modality': 'actual'}
G = {'period': '2019/2023'}
Y22 = {'period': '2022'}
TB = {'locality': 'tỉnh Thái Bình'}
FIGS = [
 ('chỉ khoảng 28 triệu đồng', '28 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2015', bound='about')),
 ('hoàn thành 19/19 tiêu chí', '19/19', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', status='achieved')),
 ('có 7 thôn', '7', 'level', 'thôn', dict(optional=True)),
 ('với 2.856 hộ', '2.856', 'level', 'hộ', dict(optional=True)),
 ('hơn 10.400 nhân khẩu', '10.400', 'level', 'nhân khẩu', dict(optional=True)),
 ('hơn 126 tỷ đồng', '126 tỷ đồng', 'level', 'VND', dict(G, bound='over')),
 ('góp 31,5 tỷ đồng', '31,5 tỷ đồng', 'level', 'VND', dict(G)),
 ('hơn 9.600 m2', '9.600 m2', 'level', 'm2', dict(G, bound='over')),
 ('Đến nay, 100% đường', '100%', 'level', '%', dict()),
 ('42 km đường', '42 km', 'level', 'km', dict()),
 ('nước sạch đạt 100%', '100%', 'level', '%', dict(indicator='clean_water_rate')),
 ('98,5% người dân', '98,5%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('đạt 68,6 triệu đồng', '68,6 triệu đồng', 'level', 'VND/người/năm', dict(Y22, indicator='income_per_capita')),
 ('gấp 2,4 lần', '2,4', 'change', 'lần', dict(Y22, indicator='income_per_capita', direction='up', base='2015')),
 ('còn 0,91%', '0,91%', 'level', '%', dict(Y22, indicator='poverty_rate')),
 ('tương ứng 26 hộ', '26', 'level', 'hộ', dict(Y22, indicator='poor_households')),
 ('có 14 trang trại', '14', 'level', 'trang trại', dict()),
 ('và 52 gia trại', '52', 'level', 'gia trại', dict()),
 ('khoảng 350 lao động', '350', 'level', 'lao động', dict(bound='about')),
 ('nông nghiệp còn 24,8%', '24,8%', 'level', '%', dict(indicator='sector_share')),
 ('xây dựng 43,6%', '43,6%', 'level', '%', dict(indicator='sector_share')),
 ('dịch vụ 31,6%', '31,6%', 'level', '%', dict(indicator='sector_share')),
 ('có 2 sản phẩm OCOP', '2', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('gieo cấy 412 ha', '412 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('trong đó 265 ha', '265 ha', 'level', 'ha', dict()),
 ('ước đạt 61,5 tạ/ha', '61,5 tạ/ha', 'level', 'tạ/ha', dict(modality='estimate')),
 ('tăng 1,2 tạ/ha', '1,2 tạ/ha', 'change', 'tạ/ha', dict(modality='estimate', direction='up', base='same_period')),
 ('động 100% hộ', '100%', 'level', '%', dict()),
 ('xây 3 điểm tập kết', '3', 'level', 'điểm tập kết', dict(optional=True)),
 ('xử lý đạt 98%', '98%', 'level', '%', dict()),
 ('có 260/260 xã', '260/260', 'ratio', 'xã', dict(TB, indicator='new_rural_communes')),
 ('96 xã đạt chuẩn', '96', 'level', 'xã', dict(TB, indicator='new_rural_communes_advanced')),
 ('và 14 xã đạt chuẩn', '14', 'level', 'xã', dict(TB, indicator='new_rural_communes_model')),
 ('có 50% số xã', '50%', 'level', '%', dict(TB, indicator='new_rural_communes_advanced', period='2025', modality='target')),
 ('đạt 80 triệu đồng', '80 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2025', modality='target')),
]
