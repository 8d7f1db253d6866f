TEXT = '''
BÁO AN GIANG ĐIỆN TỬ
Trang chủ > Kinh tế > Nông nghiệp
Thứ Sáu, 22/03/2024 - 06:15

An Giang thu hoạch xong lúa Đông Xuân 2023 - 2024, năng suất bình quân 7,62 tấn/ha

(BAG) - Đến giữa tháng 3/2024, nông dân trong tỉnh đã thu hoạch dứt điểm lúa vụ Đông Xuân 2023 - 2024. Năng suất bình quân ước đạt 7,62 tấn/ha, tăng 0,21 tấn/ha so với vụ Đông Xuân năm trước; sản lượng ước đạt hơn 1,76 triệu tấn, cao nhất từ trước đến nay.

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ Đông Xuân 2023 - 2024 toàn tỉnh xuống giống 231.480 ha, vượt 1,4% kế hoạch, giảm 1.120 ha so với vụ cùng kỳ do chuyển đổi sang cây màu. Trong đó, diện tích sử dụng giống xác nhận chiếm 78,5%; diện tích áp dụng "1 phải 5 giảm" đạt 62.300 ha, tăng 9.800 ha.

Các địa phương có năng suất cao là huyện Thoại Sơn 8,05 tấn/ha, huyện Châu Thành 7,94 tấn/ha; thấp nhất là thị xã Tân Châu với 6,9 tấn/ha do ảnh hưởng của rầy nâu ở cuối vụ.

Giá lúa tươi tại ruộng dao động từ 7.800 - 8.400 đồng/kg, cao hơn vụ Đông Xuân 2022 - 2023 khoảng 1.500 đồng/kg. Với giá thành sản xuất bình quân 3.950 đồng/kg, nông dân lãi từ 26 - 31 triệu đồng/ha, mức lãi cao nhất trong nhiều năm.

Diện tích gieo trồng một số cây màu vụ Đông Xuân 2023 - 2024 (so với cùng vụ năm trước):
+ Bắp: 5.620 ha (+3,1%);
+ Rau màu các loại: 14.870 ha (-2,4%);
+ Mè: 1.230 ha (+18,6%).
Riêng huyện Chợ Mới, nông dân chuyển 1.450 ha đất lúa sang trồng màu, lợi nhuận cao hơn trồng lúa từ 1,5 - 2 lần.

Trước đó, vụ Thu Đông 2023 toàn tỉnh xuống giống 168.200 ha, năng suất bình quân 5,98 tấn/ha.

Ngay sau thu hoạch, ngành nông nghiệp chỉ đạo xuống giống vụ Hè Thu 2024 theo lịch né rầy. Kế hoạch vụ Hè Thu năm nay, toàn tỉnh gieo sạ 228.000 ha, sản lượng phấn đấu đạt 1,38 triệu tấn. Hiện nông dân đã xuống giống được 41.650 ha, đạt 18,3% kế hoạch.

[Ảnh] Nông dân xã Vĩnh Trạch (huyện Thoại Sơn) thu hoạch lúa Đông Xuân. Ảnh: HỮU HUYNH

HỮU HUYNH

Tin liên quan:
- Giá lúa tăng mạnh đầu vụ (15/03/2024)
- Chia 5 đợt xuống giống lúa Hè Thu 2024 (10/03/2024)

Báo An Giang - Giấy phép số 38/GP-BTTTT. Điện thoại: 0296.3852.311
'''
META = {'published': '2024-03-22', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2023/2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T24 = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('năng suất bình quân 7,62 tấn/ha', '7,62 tấn/ha', 'level', 'tấn/ha', d()),
 ('ước đạt 7,62 tấn/ha', '7,62 tấn/ha', 'level', 'tấn/ha', d(E)),
 ('tăng 0,21 tấn/ha', '0,21 tấn/ha', 'change', 'tấn/ha', d(E, direction='up', base='same_period')),
 ('hơn 1,76 triệu tấn', '1,76 triệu tấn', 'level', 'tấn', d(E, indicator='rice_output', bound='over')),
 ('giống 231.480 ha', '231.480 ha', 'level', 'ha', d(indicator='crop_area')),
 ('vượt 1,4% kế hoạch', '1,4%', 'change', '%', d(indicator='crop_area', direction='up', base='target', status='exceeded')),
 ('giảm 1.120 ha', '1.120 ha', 'change', 'ha', d(indicator='crop_area', direction='down', base='same_period')),
 ('chiếm 78,5%', '78,5%', 'level', '%', d()),
 ('đạt 62.300 ha', '62.300 ha', 'level', 'ha', d()),
 ('tăng 9.800 ha', '9.800 ha', 'change', 'ha', d(direction='up')),
 ('Thoại Sơn 8,05 tấn/ha', '8,05 tấn/ha', 'level', 'tấn/ha', d(locality='huyện Thoại Sơn')),
 ('Châu Thành 7,94 tấn/ha', '7,94 tấn/ha', 'level', 'tấn/ha', d(locality='huyện Châu Thành')),
 ('với 6,9 tấn/ha', '6,9 tấn/ha', 'level', 'tấn/ha', d(locality='thị xã Tân Châu')),
 ('7.800 - 8.400 đồng/kg', '7.800 - 8.400 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 1.500 đồng/kg', '1.500 đồng/kg', 'change', 'VND/kg', d(direction='up', base='same_period', bound='about')),
 ('quân 3.950 đồng/kg', '3.950 đồng/kg', 'level', 'VND/kg', d()),
 ('26 - 31 triệu đồng/ha', '26 - 31 triệu đồng/ha', 'level', 'VND/ha', d()),
 ('gieo sạ 228.000 ha', '228.000 ha', 'level', 'ha', d(T24, indicator='crop_area')),
 ('đạt 1,38 triệu tấn', '1,38 triệu tấn', 'level', 'tấn', d(T24, indicator='rice_output')),
 ('được 41.650 ha', '41.650 ha', 'level', 'ha', d(indicator='crop_area', period='2024')),
 ('đạt 18,3% kế hoạch', '18,3%', 'attainment', '%', d(indicator='crop_area', period='2024', base='target')),
 ('Bắp: 5.620 ha', '5.620 ha', 'level', 'ha', d(indicator='crop_area')),
 ('(+3,1%)', '3,1%', 'change', '%', d(indicator='crop_area', direction='up', base='same_period')),
 ('loại: 14.870 ha', '14.870 ha', 'level', 'ha', d(indicator='crop_area')),
 ('(-2,4%)', '2,4%', 'change', '%', d(indicator='crop_area', direction='down', base='same_period')),
 ('Mè: 1.230 ha', '1.230 ha', 'level', 'ha', d(indicator='crop_area')),
 ('(+18,6%)', '18,6%', 'change', '%', d(indicator='crop_area', direction='up', base='same_period')),
 ('chuyển 1.450 ha', '1.450 ha', 'level', 'ha', d(locality='huyện Chợ Mới')),
 ('1,5 - 2 lần', '1,5 - 2 lần', 'change', 'lần', d(locality='huyện Chợ Mới', direction='up')),
 ('giống 168.200 ha', '168.200 ha', 'level', 'ha', d(indicator='crop_area', period='2023')),
 ('quân 5,98 tấn/ha', '5,98 tấn/ha', 'level', 'tấn/ha', d(period='2023')),
]
