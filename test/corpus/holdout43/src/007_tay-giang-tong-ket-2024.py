TEXT = '''
BÁO QUẢNG NAM
Thời sự | Kinh tế | Xã hội | Miền núi | Văn hoá | Thể thao
18/12/2024 09:05

Miền núi

Tây Giang: Năm 2024 tỷ lệ hộ nghèo giảm 7,8%

(QNO) - Sáng 17/12, Huyện uỷ Tây Giang tổ chức hội nghị tổng kết công tác năm 2024. Năm qua, huyện đạt và vượt 15/17 chỉ tiêu Nghị quyết; tỷ lệ hộ nghèo giảm 7,8%, từ 36,42% (cuối năm 2023) xuống còn 28,62%, có 412 hộ thoát nghèo.

Thu ngân sách trên địa bàn đạt 32,6 tỷ đồng, bằng 136% dự toán. Từ nguồn các chương trình mục tiêu quốc gia, huyện hỗ trợ xoá 186 nhà tạm, nhà dột nát cho hộ nghèo người Cơ Tu; tỷ lệ hộ dùng nước sinh hoạt hợp vệ sinh đạt 96,5%.

Đến nay, toàn huyện có 3/10 xã đạt chuẩn nông thôn mới, các xã còn lại bình quân đạt 12,3 tiêu chí/xã; 9/10 xã đạt Bộ tiêu chí quốc gia về y tế xã; 14/24 trường học đạt chuẩn quốc gia. Hai chỉ tiêu không đạt là trồng rừng gỗ lớn và tỷ lệ lao động qua đào tạo.

Năm 2025, Tây Giang phấn đấu giảm tỷ lệ hộ nghèo từ 6 - 7%, có thêm 1 xã đạt chuẩn nông thôn mới và giải quyết việc làm cho 350 lao động.

Ảnh: Nhà mới của hộ nghèo ở thôn Agrí, xã Atiêng. Ảnh: A.Đ

ALĂNG ĐỨC

Tin liên quan:
- Nam Trà My: Thu hoạch sâm Ngọc Linh mùa thứ 5 (16/12/2024)
- Đông Giang đón Bằng công nhận 2 xã nông thôn mới (14/12/2024)

Báo Quảng Nam - 5 Trần Hưng Đạo, Tam Kỳ. ĐT: 0235.3812.324
'''
META = {'published': '2024-12-18', 'locality': 'huyện Tây Giang'}
DEFAULTS = {'locality': 'huyện Tây Giang', 'period': '2024', 'modality': 'actual'}
PR = {'indicator': 'poverty_rate'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('nghèo giảm 7,8%\n', '7,8%', 'change', '%', dict(PR, direction='down')),
 ('vượt 15/17 chỉ tiêu', '15/17', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('nghèo giảm 7,8%,', '7,8%', 'change', '%', dict(PR, direction='down')),
 ('từ 36,42%', '36,42%', 'level', '%', dict(PR, period='2023')),
 ('xuống còn 28,62%', '28,62%', 'level', '%', dict(PR, direction='down')),
 ('có 412 hộ', '412', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('đạt 32,6 tỷ đồng', '32,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 136% dự toán', '136%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('xoá 186 nhà tạm', '186', 'level', 'nhà', dict()),
 ('đạt 96,5%', '96,5%', 'level', '%', dict(indicator='clean_water_rate')),
 ('có 3/10 xã', '3/10', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('đạt 12,3 tiêu chí/xã', '12,3', 'level', 'tiêu chí/xã', dict(indicator='new_rural_criteria')),
 ('9/10 xã', '9/10', 'ratio', 'xã', dict()),
 ('14/24 trường', '14/24', 'ratio', 'trường học', dict(indicator='national_standard_schools')),
 ('Hai chỉ tiêu không đạt', 'Hai', 'level', 'chỉ tiêu', dict(value=2, indicator='resolution_targets', status='not_achieved')),
 ('từ 6 - 7%', '6 - 7%', 'change', '%', dict(T, **PR, direction='down')),
 ('thêm 1 xã', '1', 'level', 'xã', dict(T, indicator='new_rural_communes')),
 ('cho 350 lao động', '350', 'level', 'lao động', dict(T, indicator='jobs_created')),
]
