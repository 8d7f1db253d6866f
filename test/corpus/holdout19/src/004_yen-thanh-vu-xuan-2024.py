TEXT = '''
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Nông nghiệp - Nông thôn

Vụ Xuân 2024: Năng suất lúa toàn huyện đạt 68,2 tạ/ha

Cập nhật: 28/06/2024 15:40

Theo báo cáo tổng kết của Phòng Nông nghiệp và Phát triển nông thôn huyện, vụ Xuân 2024 toàn huyện gieo cấy 12.450 ha lúa, đạt 100,4% kế hoạch; năng suất bình quân 68,2 tạ/ha, tăng 2,6 tạ/ha so với vụ Xuân 2023; sản lượng ước đạt 84.909 tấn, tăng 4,1%.

Các xã có diện tích lúa lớn nhất là Công Thành, Đô Thành và Phúc Thành, lần lượt 620 ha, 585 ha và 540 ha. Năng suất cao nhất thuộc về xã Nam Thành và xã Bảo Thành, lần lượt đạt 74,5 tạ/ha và 73,8 tạ/ha.

Diện tích lúa chất lượng cao đạt 7.850 ha, chiếm 63,1% diện tích lúa (tăng 5,4 điểm phần trăm). Đầu vụ, đợt rét đậm, rét hại kéo dài làm 85 ha mạ bị chết, các xã đã kịp thời gieo bù.

Kết quả một số cây trồng chính vụ Xuân 2024:
Cây trồng | Diện tích | Năng suất | Sản lượng
Ngô | 2.180 ha | 52,4 tạ/ha | 11.423 tấn
Lạc | 1.960 ha | 31,2 tạ/ha | 6.115 tấn
Rau các loại | 1.340 ha | 178 tạ/ha | 23.852 tấn

Tổng sản lượng lương thực vụ Xuân ước đạt 96.332 tấn, bằng 101,2% kế hoạch. Giá lúa tươi tại ruộng dao động 7.200 - 7.500 đồng/kg, cao hơn vụ trước khoảng 500 đồng/kg.

Ông Phan Văn Tám ở xóm 5, xã Đô Thành cho biết gia đình ông cấy 1,2 ha giống lúa Bắc Thịnh, thu được gần 9 tấn thóc.

Vụ Hè Thu 2024, huyện phấn đấu gieo cấy 9.500 - 9.800 ha lúa, năng suất từ 55 tạ/ha trở lên; 100% diện tích sử dụng giống lúa xác nhận.

Phòng NN&PTNT huyện Yên Thành
'''
META = {'published': '2024-06-28', 'locality': 'huyện Yên Thành'}
DEFAULTS = {'locality': 'huyện Yên Thành', 'period': '2024', 'modality': 'actual'}
T = {'modality': 'target'}
FIGS = [
 ('đạt 68,2 tạ/ha', '68,2 tạ/ha', 'level', 'tạ/ha', dict()),
 ('cấy 12.450 ha', '12.450 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 100,4% kế hoạch', '100,4%', 'attainment', '%', dict(indicator='crop_area', base='target')),
 ('quân 68,2 tạ/ha', '68,2 tạ/ha', 'level', 'tạ/ha', dict()),
 ('tăng 2,6 tạ/ha', '2,6 tạ/ha', 'change', 'tạ/ha', dict(direction='up', base='same_period')),
 ('đạt 84.909 tấn', '84.909 tấn', 'level', 'tấn', dict(indicator='rice_output', modality='estimate')),
 ('tăng 4,1%', '4,1%', 'change', '%', dict(indicator='rice_output', modality='estimate', direction='up')),
 ('lần lượt 620 ha', '620 ha', 'level', 'ha', dict(indicator='crop_area', locality='xã Công Thành')),
 ('ha, 585 ha', '585 ha', 'level', 'ha', dict(indicator='crop_area', locality='xã Đô Thành')),
 ('và 540 ha', '540 ha', 'level', 'ha', dict(indicator='crop_area', locality='xã Phúc Thành')),
 ('đạt 74,5 tạ/ha', '74,5 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Nam Thành')),
 ('và 73,8 tạ/ha', '73,8 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Bảo Thành')),
 ('đạt 7.850 ha', '7.850 ha', 'level', 'ha', dict()),
 ('chiếm 63,1%', '63,1%', 'level', '%', dict()),
 ('(tăng 5,4 điểm phần trăm)', '5,4 điểm phần trăm', 'change', 'điểm %', dict(direction='up')),
 ('làm 85 ha', '85 ha', 'level', 'ha', dict()),
 ('| 2.180 ha', '2.180 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('| 52,4 tạ/ha', '52,4 tạ/ha', 'level', 'tạ/ha', dict()),
 ('| 11.423 tấn', '11.423 tấn', 'level', 'tấn', dict()),
 ('| 1.960 ha', '1.960 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('| 31,2 tạ/ha', '31,2 tạ/ha', 'level', 'tạ/ha', dict()),
 ('| 6.115 tấn', '6.115 tấn', 'level', 'tấn', dict()),
 ('| 1.340 ha', '1.340 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('| 178 tạ/ha', '178 tạ/ha', 'level', 'tạ/ha', dict()),
 ('| 23.852 tấn', '23.852 tấn', 'level', 'tấn', dict()),
 ('đạt 96.332 tấn', '96.332 tấn', 'level', 'tấn', dict(indicator='food_output', modality='estimate')),
 ('bằng 101,2% kế hoạch', '101,2%', 'attainment', '%', dict(indicator='food_output', modality='estimate', base='target')),
 ('động 7.200 - 7.500 đồng/kg', '7.200 - 7.500 đồng/kg', 'level', 'VND/kg', dict()),
 ('khoảng 500 đồng/kg', '500 đồng/kg', 'change', 'VND/kg', dict(direction='up', base='previous_period', bound='about')),
 ('cấy 9.500 - 9.800 ha', '9.500 - 9.800 ha', 'level', 'ha', dict(T, indicator='crop_area')),
 ('từ 55 tạ/ha', '55 tạ/ha', 'level', 'tạ/ha', dict(T, bound='at_least')),
 ('; 100% diện tích', '100%', 'level', '%', dict(T)),
]
