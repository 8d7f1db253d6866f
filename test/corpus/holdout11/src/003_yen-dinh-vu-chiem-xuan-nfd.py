NFD = True
TEXT = '''
Nông nghiệp - Nông thôn

Yên Định: Năng suất lúa vụ chiêm xuân đạt 76,5 tạ/ha

20/06/2024 08:15

(Baothanhhoa.vn) - Vụ chiêm xuân 2024, toàn huyện Yên Định gieo cấy 9.850 ha lúa, đạt 100,5% kế hoạch. Nhờ thời tiết thuận lợi, năng suất lúa bình quân đạt 76,5 tạ/ha, tăng 2,1 tạ/ha so với vụ chiêm xuân năm 2023; sản lượng đạt 75.350 tấn.

Bên cạnh cây lúa, huyện trồng 1.420 ha ngô, năng suất 62 tạ/ha; 650 ha rau màu các loại. Tổng sản lượng lương thực có hạt đạt 84.150 tấn, vượt 3,2% kế hoạch.

Các xã Định Tân, Định Hòa, Yên Trường có năng suất cao nhất, lần lượt đạt 80,2 tạ/ha, 79,6 tạ/ha và 78,9 tạ/ha. Riêng xã Định Tân có 120 ha lúa chất lượng cao liên kết tiêu thụ với doanh nghiệp, giá trị đạt 135 triệu đồng/ha.

Nông dân xã Định Hòa thu hoạch lúa chiêm xuân. Ảnh: Lê Hợi

Hiện nay, các địa phương đang khẩn trương gieo cấy vụ mùa. Theo kế hoạch, vụ mùa 2024 huyện gieo cấy 8.900 ha lúa, phấn đấu năng suất đạt 60 tạ/ha trở lên. Hiện toàn huyện đã gieo mạ được khoảng 65% diện tích.

Lê Hợi
'''
META = {'published': '2024-06-20', 'locality': 'huyện Yên Định'}
DEFAULTS = {'locality': 'huyện Yên Định', 'period': '2024', 'modality': 'actual'}
T = {'modality': 'target'}
FIGS = [
 ('chiêm xuân đạt 76,5 tạ/ha', '76,5 tạ/ha', 'level', 'tạ/ha', dict()),
 ('gieo cấy 9.850 ha', '9.850 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 100,5% kế hoạch', '100,5%', 'attainment', '%', dict(indicator='crop_area', base='target')),
 ('bình quân đạt 76,5 tạ/ha', '76,5 tạ/ha', 'level', 'tạ/ha', dict()),
 ('tăng 2,1 tạ/ha', '2,1 tạ/ha', 'change', 'tạ/ha', dict(direction='up', base='same_period')),
 ('đạt 75.350 tấn', '75.350 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('trồng 1.420 ha', '1.420 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('năng suất 62 tạ/ha', '62 tạ/ha', 'level', 'tạ/ha', dict()),
 ('650 ha rau', '650 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 84.150 tấn', '84.150 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('vượt 3,2% kế hoạch', '3,2%', 'change', '%', dict(indicator='food_output', direction='up', base='target', status='exceeded')),
 ('đạt 80,2 tạ/ha', '80,2 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Định Tân')),
 ('79,6 tạ/ha', '79,6 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Định Hòa')),
 ('78,9 tạ/ha', '78,9 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Yên Trường')),
 ('có 120 ha', '120 ha', 'level', 'ha', dict(locality='xã Định Tân')),
 ('135 triệu đồng/ha', '135 triệu đồng/ha', 'level', 'VND/ha', dict(locality='xã Định Tân')),
 ('gieo cấy 8.900 ha', '8.900 ha', 'level', 'ha', dict(indicator='crop_area', **T)),
 ('đạt 60 tạ/ha trở lên', '60 tạ/ha', 'level', 'tạ/ha', dict(bound='at_least', **T)),
 ('khoảng 65%', '65%', 'level', '%', dict(bound='about')),
]
