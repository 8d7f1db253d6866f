NFD = True
TEXT = '''
NÔNG NGHIỆP

Phù Mỹ: Lúa Đông Xuân đạt năng suất 68,5 tạ/ha

18/04/2025 09:30

BĐ - Vụ Đông Xuân 2024 - 2025, nông dân huyện Phù Mỹ gieo sạ 10.420 ha lúa, đạt 100,2% kế hoạch. Đến nay, toàn huyện đã thu hoạch xong, năng suất bình quân đạt 68,5 tạ/ha, tăng 2,3 tạ/ha so với vụ Đông Xuân năm trước; sản lượng đạt 71.377 tấn.

Nông dân xã Mỹ Lợi thu hoạch lúa Đông Xuân. Ảnh: NGỌC NHUẬN

Theo Phòng Nông nghiệp và Môi trường huyện, kết quả một số cây trồng chính vụ Đông Xuân (tăng, giảm so với cùng vụ năm trước):
- Lúa: diện tích 10.420 ha (+1,2%), sản lượng 71.377 tấn (+4,6%);
- Ngô: diện tích 1.260 ha (+3,1%), năng suất 72,4 tạ/ha;
- Lạc: diện tích 1.845 ha (-4,5%), năng suất 28,6 tạ/ha.

Năng suất lúa ở các xã Mỹ Thọ, Mỹ Lợi và Mỹ Chánh lần lượt đạt 74,2 tạ/ha, 72,8 tạ/ha và 71,5 tạ/ha, cao nhất huyện. Xã Mỹ Châu bị ảnh hưởng của hạn cục bộ nên năng suất chỉ đạt 58 - 60 tạ/ha.

Giá lúa tươi tại ruộng dao động từ 7.200 đến 7.600 đồng/kg, cao hơn cùng kỳ khoảng 800 đồng/kg. Sau khi trừ chi phí, nông dân lãi bình quân 28 - 32 triệu đồng/ha, có nơi trên 35 triệu đồng/ha.

Huyện đã xây dựng 12 cánh đồng lớn với tổng diện tích 1.150 ha, chiếm 11% diện tích lúa; 85% diện tích sử dụng giống xác nhận. Hệ thống thuỷ lợi được duy tu, nạo vét 46 km kênh mương, bảo đảm nước tưới cho 9.800 ha. Riêng xã Mỹ Hoà có 3 hồ chứa bị cạn, phải bơm tát chống hạn cho gần 240 ha.

Kế hoạch vụ Hè Thu 2025, huyện gieo sạ 9.600 ha lúa, giảm 820 ha so với vụ Đông Xuân, chuyển khoảng 500 ha đất thiếu nước sang trồng cây màu. Lịch xuống giống tập trung từ ngày 5 đến 25/5/2025; huyện phấn đấu năng suất lúa đạt ít nhất 60 tạ/ha, sản lượng từ 57.000 tấn trở lên.

NGỌC NHUẬN

Xem thêm:
- Bình Định: Lúa Đông Xuân được mùa, được giá
- Phù Mỹ ra mắt HTX nông nghiệp số 2
'''
META = {'published': '2025-04-18', 'locality': 'huyện Phù Mỹ'}
DEFAULTS = {'locality': 'huyện Phù Mỹ', 'period': '2024/2025', 'modality': 'actual'}
T = {'period': '2025', 'modality': 'target'}
S = {'base': 'same_period'}
FIGS = [
 ('đạt năng suất 68,5 tạ/ha', '68,5 tạ/ha', 'level', 'tạ/ha', dict()),
 ('gieo sạ 10.420 ha', '10.420 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 100,2% kế hoạch', '100,2%', 'attainment', '%', dict(indicator='crop_area', base='target')),
 ('quân đạt 68,5 tạ/ha', '68,5 tạ/ha', 'level', 'tạ/ha', dict()),
 ('tăng 2,3 tạ/ha', '2,3 tạ/ha', 'change', 'tạ/ha', dict(direction='up', **S)),
 ('lượng đạt 71.377 tấn', '71.377 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('Lúa: diện tích 10.420 ha', '10.420 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('(+1,2%)', '1,2%', 'change', '%', dict(indicator='crop_area', direction='up', **S)),
 ('sản lượng 71.377 tấn', '71.377 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('(+4,6%)', '4,6%', 'change', '%', dict(indicator='rice_output', direction='up', **S)),
 ('diện tích 1.260 ha', '1.260 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('(+3,1%)', '3,1%', 'change', '%', dict(indicator='crop_area', direction='up', **S)),
 ('năng suất 72,4 tạ/ha', '72,4 tạ/ha', 'level', 'tạ/ha', dict()),
 ('diện tích 1.845 ha', '1.845 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('(-4,5%)', '4,5%', 'change', '%', dict(indicator='crop_area', direction='down', **S)),
 ('năng suất 28,6 tạ/ha', '28,6 tạ/ha', 'level', 'tạ/ha', dict()),
 ('đạt 74,2 tạ/ha', '74,2 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Mỹ Thọ')),
 (' 72,8 tạ/ha', '72,8 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Mỹ Lợi')),
 ('và 71,5 tạ/ha', '71,5 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Mỹ Chánh')),
 ('đạt 58 - 60 tạ/ha', '58 - 60 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Mỹ Châu')),
 ('từ 7.200 đến 7.600 đồng/kg', '7.200 đến 7.600 đồng/kg', 'level', 'VND/kg', dict()),
 ('khoảng 800 đồng/kg', '800 đồng/kg', 'change', 'VND/kg', dict(direction='up', bound='about', **S)),
 ('quân 28 - 32 triệu đồng/ha', '28 - 32 triệu đồng/ha', 'level', 'VND/ha', dict()),
 ('trên 35 triệu đồng/ha', '35 triệu đồng/ha', 'level', 'VND/ha', dict(bound='over')),
 ('xây dựng 12 cánh đồng', '12', 'level', 'cánh đồng', dict()),
 ('tích 1.150 ha', '1.150 ha', 'level', 'ha', dict()),
 ('chiếm 11%', '11%', 'level', '%', dict()),
 ('; 85% diện tích', '85%', 'level', '%', dict()),
 ('vét 46 km', '46 km', 'level', 'km', dict()),
 ('cho 9.800 ha', '9.800 ha', 'level', 'ha', dict()),
 ('có 3 hồ chứa', '3', 'level', 'hồ chứa', dict(locality='xã Mỹ Hòa', optional=True)),
 ('gần 240 ha', '240 ha', 'level', 'ha', dict(locality='xã Mỹ Hòa', bound='nearly')),
 ('sạ 9.600 ha', '9.600 ha', 'level', 'ha', dict(indicator='crop_area', **T)),
 ('giảm 820 ha', '820 ha', 'change', 'ha', dict(indicator='crop_area', direction='down', base='previous_period', **T)),
 ('khoảng 500 ha', '500 ha', 'level', 'ha', dict(bound='about', **T)),
 ('ít nhất 60 tạ/ha', '60 tạ/ha', 'level', 'tạ/ha', dict(bound='at_least', **T)),
 ('từ 57.000 tấn trở lên', '57.000 tấn', 'level', 'tấn', dict(indicator='rice_output', bound='at_least', **T)),
]
