# Salinity and drought (Báo Kiên Giang style): readings in ‰ and g/l, an isohaline ("ranh mặn 4‰") that is part of
# a name and not a figure, damaged hectares split "lần lượt" between two districts, a multiple, money per hectare.
TEXT = '''
Nông nghiệp

Kiên Giang: Độ mặn trên sông Cái Lớn vượt 10‰, hơn 2.300 ha lúa bị thiệt hại

05/04/2024 10:20

(BKG) - Mùa khô 2023 - 2024, xâm nhập mặn trên địa bàn tỉnh Kiên Giang đến sớm và sâu hơn trung bình nhiều năm. Theo Đài Khí tượng Thủy văn tỉnh, hiện nay ranh mặn 4‰ trên sông Cái Lớn đã vào sâu 58 km, sâu hơn cùng kỳ năm 2023 khoảng 12 km.

Độ mặn cao nhất đo được trong tháng 3/2024 tại cống Cái Bé là 14,2 g/l, cao hơn cùng kỳ 3,5 g/l; tại cửa sông Cái Lớn, độ mặn cao nhất đạt 18,6‰.

Toàn tỉnh có 2.365 ha lúa Đông Xuân muộn bị thiệt hại do mặn, trong đó 1.120 ha thiệt hại trên 70%, tập trung ở huyện An Biên và huyện U Minh Thượng với diện tích lần lượt là 1.240 ha và 785 ha. Diện tích thiệt hại giảm gần 81% so với mùa khô năm 2020. Số hộ thiếu nước sinh hoạt là 3.450 hộ, gấp 1,5 lần năm 2023.

Tỉnh đã hỗ trợ 2 triệu đồng/ha cho diện tích lúa thiệt hại từ 70% trở lên, tổng kinh phí 2,24 tỷ đồng; cấp 1.250 bồn chứa nước cho hộ nghèo vùng ven biển. Hiện 9/12 cống đầu mối vùng U Minh Thượng đã đóng để ngăn mặn.

Dự báo trong tháng 4/2024, độ mặn trên các sông chính có thể tăng thêm 2 - 3‰. Ngành nông nghiệp khuyến cáo người dân trữ nước ngọt, không xuống giống lúa vụ 3, theo dõi bản tin mặn trên kênh Zalo “Nông nghiệp Kiên Giang” và tổng đài 1900.9008.

Thiện Minh
'''
META = {'published': '2024-04-05', 'locality': 'tỉnh Kiên Giang'}
DEFAULTS = {'locality': 'tỉnh Kiên Giang', 'period': '2023/2024', 'modality': 'actual'}
M3 = dict(period='2024-M03')
FIGS = [
 ('vượt 10‰', '10‰', 'level', '‰', dict(bound='over')),
 ('hơn 2.300 ha', '2.300 ha', 'level', 'ha', dict(bound='over')),
 ('sâu 58 km', '58 km', 'level', 'km', dict()),
 ('khoảng 12 km', '12 km', 'change', 'km', dict(direction='up', base='same_period', bound='about')),
 ('là 14,2 g/l', '14,2 g/l', 'level', 'g/l', dict(**M3)),
 ('cùng kỳ 3,5 g/l', '3,5 g/l', 'change', 'g/l', dict(direction='up', base='same_period', **M3)),
 ('đạt 18,6‰', '18,6‰', 'level', '‰', dict(**M3)),
 ('có 2.365 ha', '2.365 ha', 'level', 'ha', dict()),
 ('trong đó 1.120 ha', '1.120 ha', 'level', 'ha', dict()),
 ('hại trên 70%', '70%', 'level', '%', dict(optional=True)),
 ('là 1.240 ha', '1.240 ha', 'level', 'ha', dict(locality='huyện An Biên')),
 ('và 785 ha', '785 ha', 'level', 'ha', dict(locality='huyện U Minh Thượng')),
 ('gần 81%', '81%', 'change', '%', dict(direction='down', base='2020', bound='nearly')),
 ('là 3.450 hộ', '3.450', 'level', 'hộ', dict()),
 ('gấp 1,5 lần', '1,5 lần', 'change', 'lần', dict(direction='up', base='2023')),
 ('trợ 2 triệu đồng/ha', '2 triệu đồng/ha', 'level', 'VND/ha', dict()),
 ('từ 70% trở lên', '70%', 'level', '%', dict(optional=True)),
 ('phí 2,24 tỷ đồng', '2,24 tỷ đồng', 'level', 'VND', dict()),
 ('cấp 1.250 bồn', '1.250', 'level', 'bồn', dict()),
 ('Hiện 9/12 cống', '9/12', 'ratio', 'cống', dict()),
 ('thêm 2 - 3‰', '2 - 3‰', 'change', '‰', dict(direction='up', period='2024-M04', modality='estimate')),
]
