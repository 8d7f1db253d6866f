TEXT = '''
NÔNG NGHIỆP

Đồng Tháp: Vụ lúa Đông Xuân 2024 - 2025 thắng lợi, lãi từ 25 - 30 triệu đồng/ha

Thứ Hai, 24/03/2025 - 10:15

ĐTO - Đến ngày 20-3, nông dân trong tỉnh đã thu hoạch được 171.800 ha lúa Đông Xuân 2024 - 2025, đạt gần 92% diện tích xuống giống. Năng suất bình quân ước đạt 73,5 tạ/ha, tăng 1,2 tạ/ha so với vụ Đông Xuân năm trước.

Nông dân xã Phú Thành A (huyện Tam Nông) thu hoạch lúa. Ảnh: Minh Thiện
Nông dân xã Phú Thành A (huyện Tam Nông) thu hoạch lúa. Ảnh: Minh Thiện

Theo Sở Nông nghiệp và Môi trường, toàn tỉnh xuống giống 186.950 ha/KH 187.000 ha, giảm 0,6% so với cùng vụ. Sản lượng ước đạt 1,374 triệu tấn. Giá thành sản xuất bình quân khoảng 4.200 đồng/kg, trong khi giá lúa tươi tại ruộng dao động 6.200 - 6.800 đồng/kg.

Diện tích lúa chất lượng cao chiếm 82,5%; diện tích liên kết tiêu thụ với doanh nghiệp đạt 64.300 ha, tăng 12.100 ha. Riêng mô hình 1 triệu ha lúa chất lượng cao, phát thải thấp, tỉnh thực hiện 38.200 ha tại 4 huyện: Tam Nông, Tháp Mười, Tân Hồng, Thanh Bình.

Ông Nguyễn Văn Vũ Minh, Giám đốc Sở Nông nghiệp và Môi trường cho biết: "Chi phí giảm khoảng 15% nhờ giảm lượng giống gieo sạ xuống còn 80 - 100 kg/ha, lợi nhuận tăng 3 - 5 triệu đồng/ha so với ruộng đối chứng".

Cây ăn trái cũng cho kết quả khả quan. Hiện diện tích xoài toàn tỉnh 12.450 ha. Sản lượng quý I ước 52.000 tấn, tăng 8,3% so với cùng kỳ. Sầu riêng được cấp 27 mã số vùng trồng, nâng tổng số lên 146 mã.

Về thủy sản, sản lượng cá tra thu hoạch quý I/2025 ước đạt 123.500 tấn, tăng 5,1%; giá cá tra nguyên liệu loại 1 ở mức 27.000 - 28.000 đồng/kg.

Kế hoạch vụ Hè Thu 2025, tỉnh dự kiến xuống giống 181.000 ha, trong đó diện tích sản xuất theo quy trình giảm phát thải khoảng 45.000 ha.

MINH THIỆN

Xem thêm:
1. Tam Nông: Nông dân trúng mùa lúa nếp
2. Đồng Tháp tổ chức Festival Hoa - Kiểng Sa Đéc lần thứ II
3. Hội thi "Nhà nông đua tài" năm 2025 tại huyện Lai Vung
'''
META = {'published': '2025-03-24', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2024/2025', 'modality': 'actual'}
E = {'modality': 'estimate'}
Q = {'period': '2025-Q1'}
FIGS = [
 ('lãi từ 25 - 30 triệu đồng/ha', '25 - 30 triệu đồng/ha', 'level', 'VND/ha', dict()),
 ('được 171.800 ha', '171.800 ha', 'level', 'ha', dict()),
 ('gần 92%', '92%', 'level', '%', dict(bound='nearly')),
 ('ước đạt 73,5 tạ/ha', '73,5 tạ/ha', 'level', 'tạ/ha', dict(**E)),
 ('tăng 1,2 tạ/ha', '1,2 tạ/ha', 'change', 'tạ/ha', dict(direction='up', base='same_period', **E)),
 ('giống 186.950 ha', '186.950 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('KH 187.000 ha', '187.000 ha', 'level', 'ha', dict(indicator='crop_area', modality='target')),
 ('giảm 0,6%', '0,6%', 'change', '%', dict(indicator='crop_area', direction='down', base='same_period')),
 ('ước đạt 1,374 triệu tấn', '1,374 triệu tấn', 'level', 'tấn', dict(indicator='rice_output', **E)),
 ('khoảng 4.200 đồng/kg', '4.200 đồng/kg', 'level', 'VND/kg', dict(bound='about')),
 ('động 6.200 - 6.800 đồng/kg', '6.200 - 6.800 đồng/kg', 'level', 'VND/kg', dict()),
 ('chiếm 82,5%', '82,5%', 'level', '%', dict()),
 ('đạt 64.300 ha', '64.300 ha', 'level', 'ha', dict()),
 ('tăng 12.100 ha', '12.100 ha', 'change', 'ha', dict(direction='up')),
 ('hiện 38.200 ha', '38.200 ha', 'level', 'ha', dict()),
 ('tại 4 huyện', '4', 'level', 'huyện', dict(optional=True)),
 ('giảm khoảng 15%', '15%', 'change', '%', dict(direction='down', bound='about')),
 ('còn 80 - 100 kg/ha', '80 - 100 kg/ha', 'level', 'kg/ha', dict(direction='down')),
 ('tăng 3 - 5 triệu đồng/ha', '3 - 5 triệu đồng/ha', 'change', 'VND/ha', dict(direction='up')),
 ('xoài toàn tỉnh 12.450 ha', '12.450 ha', 'level', 'ha', dict()),
 ('ước 52.000 tấn', '52.000 tấn', 'level', 'tấn', dict(modality='estimate', **Q)),
 ('tăng 8,3% so với cùng kỳ', '8,3%', 'change', '%', dict(direction='up', base='same_period', modality='estimate', **Q)),
 ('cấp 27 mã', '27', 'level', 'mã số vùng trồng', dict(**Q)),
 ('lên 146 mã', '146', 'level', 'mã', dict(direction='up', **Q)),
 ('ước đạt 123.500 tấn', '123.500 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', modality='estimate', **Q)),
 ('tăng 5,1%', '5,1%', 'change', '%', dict(indicator='aquaculture_output', direction='up', modality='estimate', **Q)),
 ('mức 27.000 - 28.000 đồng/kg', '27.000 - 28.000 đồng/kg', 'level', 'VND/kg', dict(**Q)),
 ('giống 181.000 ha', '181.000 ha', 'level', 'ha', dict(indicator='crop_area', period='2025', modality='target')),
 ('khoảng 45.000 ha', '45.000 ha', 'level', 'ha', dict(bound='about', period='2025', modality='target')),
]
