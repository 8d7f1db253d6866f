TEXT = '''
Kinh tế

Cái Bè: Sầu riêng thành cây chủ lực, giá trị sản xuất nông nghiệp tăng 5,6%

Cập nhật: 10:33, 31/01/2024 (GMT+7)

(ABO) Năm 2023, dù chịu ảnh hưởng của hạn mặn đầu năm và giá vật tư đầu vào ở mức cao, ngành nông nghiệp huyện Cái Bè (tỉnh Tiền Giang) vẫn giữ được đà tăng trưởng, với sầu riêng tiếp tục là cây trồng mang lại thu nhập cao nhất.

Nông dân xã Hậu Thành thu hoạch sầu riêng. Ảnh: Hữu Chí
Nông dân xã Hậu Thành thu hoạch sầu riêng. Ảnh: Hữu Chí

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, giá trị sản xuất nông nghiệp năm 2023 đạt 11.480 tỷ đồng, tăng 5,6% so với năm 2022. Diện tích cây ăn trái toàn huyện đạt 24.650 ha, chiếm 68,3% diện tích đất nông nghiệp; trong đó sầu riêng 9.820 ha, gấp 1,8 lần so với năm 2018. Sản lượng sầu riêng ước đạt 176.000 tấn, năng suất bình quân 22 tấn/ha.

Diện tích lúa tiếp tục giảm do chuyển đổi sang cây ăn trái: cả năm gieo trồng 14.280 ha, giảm 1.150 ha (-7,45%); năng suất bình quân đạt 61,2 tạ/ha, sản lượng lúa đạt 87.400 tấn. Vụ Đông Xuân 2023 - 2024, huyện xuống giống 5.960 ha, tập trung ở các xã phía Bắc Quốc lộ 1.

Hạn mặn mùa khô năm 2023 đến sớm. Độ mặn đo được tại cống Cái Cối có lúc lên 4 g/l, ba xã ven sông Tiền bị ảnh hưởng. Nhờ hệ thống đê bao và các cống ngăn mặn, thiệt hại được hạn chế: chỉ có 85 ha cây ăn trái bị ảnh hưởng, giảm 92% so với mùa khô năm 2020.

Về chăn nuôi, tổng đàn heo đạt 41.200 con/KH 43.000 con; đàn gia cầm 1,26 triệu con. Sản lượng thủy sản nuôi trồng đạt 12.960 tấn, tăng 3,2%.

Giá sầu riêng Ri6 và Monthong đầu vụ lần lượt là 75.000 đồng/kg và 110.000 đồng/kg, cao hơn cùng kỳ từ 15 - 20%. Lợi nhuận bình quân của vườn sầu riêng đạt 600 - 800 triệu đồng/ha/năm, gấp 4 - 5 lần trồng lúa.

Ông Trần Văn Tám (62 tuổi, ấp 4, xã Hòa Khánh) cho biết, năm nay gia đình thu hoạch 18 tấn sầu riêng trên 1,2 ha, lãi hơn 1,5 tỷ đồng.

Năm 2024, huyện phấn đấu giá trị sản xuất nông nghiệp tăng 4 - 4,5%, có thêm 1.500 ha cây ăn trái được cấp mã số vùng trồng, nâng tổng số lên 6.000 ha.

Xem thêm:
Tiền Giang: Xuất khẩu 1,2 tỷ USD trái cây năm 2023
Sầu riêng Cái Bè - 3 điều cần biết khi trồng

Hữu Chí

Chia sẻ
'''
META = {'published': '2024-01-31', 'locality': 'huyện Cái Bè'}
DEFAULTS = {'locality': 'huyện Cái Bè', 'period': '2023', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('nông nghiệp tăng 5,6%\n', '5,6%', 'change', '%', dict(indicator='agricultural_output_value', direction='up')),
 ('đạt 11.480 tỷ đồng', '11.480 tỷ đồng', 'level', 'VND', dict(indicator='agricultural_output_value')),
 ('tăng 5,6% so với năm 2022', '5,6%', 'change', '%', dict(indicator='agricultural_output_value', direction='up', base='2022')),
 ('đạt 24.650 ha', '24.650 ha', 'level', 'ha', dict()),
 ('chiếm 68,3%', '68,3%', 'level', '%', dict()),
 ('sầu riêng 9.820 ha', '9.820 ha', 'level', 'ha', dict()),
 ('gấp 1,8 lần', '1,8 lần', 'change', 'lần', dict(direction='up', base='2018')),
 ('ước đạt 176.000 tấn', '176.000 tấn', 'level', 'tấn', dict(**E)),
 ('bình quân 22 tấn/ha', '22 tấn/ha', 'level', 'tấn/ha', dict(**E)),
 ('gieo trồng 14.280 ha', '14.280 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('giảm 1.150 ha', '1.150 ha', 'change', 'ha', dict(indicator='crop_area', direction='down')),
 ('(-7,45%)', '7,45%', 'change', '%', dict(indicator='crop_area', direction='down')),
 ('đạt 61,2 tạ/ha', '61,2 tạ/ha', 'level', 'tạ/ha', dict()),
 ('đạt 87.400 tấn', '87.400 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('xuống giống 5.960 ha', '5.960 ha', 'level', 'ha', dict(indicator='crop_area', period='2023/2024')),
 ('lên 4 g/l', '4 g/l', 'level', 'g/l', dict(optional=True)),
 ('ba xã ven sông Tiền', 'ba', 'level', 'xã', dict(value=3, optional=True)),
 ('chỉ có 85 ha', '85 ha', 'level', 'ha', dict()),
 ('giảm 92%', '92%', 'change', '%', dict(direction='down', base='2020')),
 ('đạt 41.200 con', '41.200', 'level', 'con', dict()),
 ('KH 43.000 con', '43.000', 'level', 'con', dict(modality='target')),
 ('1,26 triệu con', '1,26 triệu', 'level', 'con', dict()),
 ('đạt 12.960 tấn', '12.960 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('tăng 3,2%', '3,2%', 'change', '%', dict(indicator='aquaculture_output', direction='up')),
 ('là 75.000 đồng/kg', '75.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('và 110.000 đồng/kg', '110.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('từ 15 - 20%', '15 - 20%', 'change', '%', dict(direction='up', base='same_period')),
 ('đạt 600 - 800 triệu đồng/ha/năm', '600 - 800 triệu đồng/ha/năm', 'level', 'VND/ha/năm', dict()),
 ('gấp 4 - 5 lần', '4 - 5 lần', 'change', 'lần', dict(direction='up')),
 ('tăng 4 - 4,5%', '4 - 4,5%', 'change', '%', dict(indicator='agricultural_output_value', direction='up', **T)),
 ('thêm 1.500 ha', '1.500 ha', 'level', 'ha', dict(**T)),
 ('lên 6.000 ha', '6.000 ha', 'level', 'ha', dict(direction='up', **T)),
]
