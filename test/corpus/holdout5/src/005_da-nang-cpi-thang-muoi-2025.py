TEXT = '''
Chỉ số giá tiêu dùng tháng 10/2025 của TP. Đà Nẵng tăng 0,42%

06/11/2025 08:00

Theo Thống kê thành phố Đà Nẵng, chỉ số giá tiêu dùng (CPI) tháng 10/2025 trên địa bàn thành phố tăng 0,42% so với tháng trước, tăng 1,58% so với tháng 12/2024 và tăng 3,06% so với cùng kỳ năm trước. Bình quân 10 tháng năm 2025, CPI tăng 2,87% so với cùng kỳ năm 2024.

Trong 11 nhóm hàng hóa và dịch vụ tiêu dùng chính, có 8 nhóm có chỉ số giá tăng, 2 nhóm giảm và nhóm đồ uống và thuốc lá giữ ổn định so với tháng trước. Cụ thể (so với tháng trước):
- Hàng ăn và dịch vụ ăn uống: +0,61%, trong đó lương thực +0,25%, thực phẩm +0,88%;
- Nhà ở, điện, nước, chất đốt và vật liệu xây dựng: +1,12%;
- Thuốc và dịch vụ y tế: +0,05%;
- Giáo dục: +0,74%;
- Giao thông: -0,86%;
- Bưu chính, viễn thông: -0,02%.

Nguyên nhân chủ yếu làm CPI tháng 10 tăng là giá nhà ở thuê tăng 2,4% do nhu cầu thuê trọ của sinh viên, người lao động tăng sau khi sắp xếp các phường, xã; giá điện sinh hoạt tăng 4,8% do thời tiết nắng nóng kéo dài và tác động của lần điều chỉnh giá bán lẻ điện bình quân từ ngày 10/5/2025 theo Quyết định số 1279/QĐ-BCT. Ngược lại, giá xăng giảm 2,96%, giá dầu diesel giảm 3,41% theo các kỳ điều hành của liên Bộ Công Thương - Tài chính; giá vé máy bay giảm 6,5% do đã qua mùa du lịch hè.

Chỉ số giá vàng tháng 10/2025 tăng 7,25% so với tháng trước và tăng 58,4% so với cùng kỳ; chỉ số giá đô la Mỹ tăng 0,31% so với tháng trước, tăng 3,8% so với cùng kỳ. Tại các cửa hàng trên đường 2 Tháng 9 và đường Nguyễn Văn Linh (phường Hải Châu), giá vàng nhẫn 9999 được niêm yết ở mức cao kỷ lục.

Theo đại diện Thống kê thành phố, CPI bình quân năm 2025 của Đà Nẵng dự báo tăng khoảng 3 - 3,3%, nằm trong mục tiêu kiểm soát lạm phát dưới 4,5% mà Quốc hội đề ra. Thành phố tiếp tục theo dõi sát diễn biến giá các mặt hàng thiết yếu, nhất là dịp cuối năm và Tết Nguyên đán Bính Ngọ 2026.

Xem thêm:
Đà Nẵng: CPI tháng 9 tăng 0,18%
Kinh tế Đà Nẵng 9 tháng tăng trưởng 8,65%
'''
META = {'published': '2025-11-06', 'locality': 'thành phố Đà Nẵng'}
DEFAULTS = {'locality': 'thành phố Đà Nẵng', 'period': '2025-M10', 'modality': 'actual'}
C = dict(indicator='cpi')
P = dict(indicator='cpi', base='previous_period')
FIGS = [
 ('Đà Nẵng tăng 0,42%\n', '0,42%', 'change', '%', dict(**C, direction='up')),
 ('tăng 0,42% so với tháng trước', '0,42%', 'change', '%', dict(**P, direction='up')),
 ('tăng 1,58% so với tháng 12/2024', '1,58%', 'change', '%', dict(**C, direction='up', base='2024')),
 ('tăng 3,06% so với cùng kỳ', '3,06%', 'change', '%', dict(**C, direction='up', base='same_period')),
 ('CPI tăng 2,87%', '2,87%', 'change', '%', dict(**C, direction='up', base='same_period', period='2025-10M')),
 ('Trong 11 nhóm', '11', 'level', 'nhóm', dict(optional=True)),
 ('có 8 nhóm', '8', 'level', 'nhóm', dict(optional=True)),
 ('2 nhóm giảm', '2', 'level', 'nhóm', dict(optional=True)),
 ('ăn uống: +0,61%', '0,61%', 'change', '%', dict(**P, direction='up')),
 ('lương thực +0,25%', '0,25%', 'change', '%', dict(**P, direction='up')),
 ('thực phẩm +0,88%', '0,88%', 'change', '%', dict(**P, direction='up')),
 ('xây dựng: +1,12%', '1,12%', 'change', '%', dict(**P, direction='up')),
 ('y tế: +0,05%', '0,05%', 'change', '%', dict(**P, direction='up')),
 ('Giáo dục: +0,74%', '0,74%', 'change', '%', dict(**P, direction='up')),
 ('Giao thông: -0,86%', '0,86%', 'change', '%', dict(**P, direction='down')),
 ('viễn thông: -0,02%', '0,02%', 'change', '%', dict(**P, direction='down')),
 ('thuê tăng 2,4%', '2,4%', 'change', '%', dict(direction='up')),
 ('sinh hoạt tăng 4,8%', '4,8%', 'change', '%', dict(direction='up')),
 ('xăng giảm 2,96%', '2,96%', 'change', '%', dict(direction='down')),
 ('diesel giảm 3,41%', '3,41%', 'change', '%', dict(direction='down')),
 ('bay giảm 6,5%', '6,5%', 'change', '%', dict(direction='down')),
 ('tăng 7,25% so với tháng trước', '7,25%', 'change', '%', dict(direction='up', base='previous_period')),
 ('tăng 58,4% so với cùng kỳ', '58,4%', 'change', '%', dict(direction='up', base='same_period')),
 ('tăng 0,31% so với tháng trước', '0,31%', 'change', '%', dict(direction='up', base='previous_period')),
 ('tăng 3,8% so với cùng kỳ', '3,8%', 'change', '%', dict(direction='up', base='same_period')),
 ('khoảng 3 - 3,3%', '3 - 3,3%', 'change', '%', dict(**C, direction='up', bound='about', period='2025', modality='estimate')),
 ('dưới 4,5%', '4,5%', 'level', '%', dict(**C, bound='under', period='2025', modality='target', locality='cả nước')),
]
