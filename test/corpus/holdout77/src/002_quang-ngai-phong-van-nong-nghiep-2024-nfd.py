NFD = True
TEXT = '''
BÁO QUẢNG NGÃI ĐIỆN TỬ
Thứ bảy, 28/12/2024, 07:30 (GMT+7)
Trang chủ > Kinh tế > Nông nghiệp

Nông nghiệp Quảng Ngãi năm 2024: Giá trị sản xuất tăng 3,2%

(Baoquangngai.vn) - Năm 2024, dù chịu ảnh hưởng của nắng hạn đầu năm và mưa lũ cuối năm, ngành nông nghiệp tỉnh vẫn duy trì đà tăng trưởng. Phóng viên Báo Quảng Ngãi có cuộc trao đổi với Giám đốc Sở NN&PTNT Trần Phước Hiền xung quanh nội dung này.

PV: Thưa ông, ông đánh giá thế nào về kết quả sản xuất nông nghiệp năm 2024?

Ông Trần Phước Hiền: Năm 2024, giá trị sản xuất nông, lâm nghiệp và thủy sản (giá so sánh 2010) ước đạt 16.240 tỷ đồng, tăng 3,2% so với năm 2023, đạt kế hoạch đề ra (tăng 3 - 3,5%). Tổng sản lượng lương thực có hạt ước đạt 475.600 tấn, giảm 1,4%; riêng sản lượng lúa 431.200 tấn. Sản lượng thủy sản đạt 276.800 tấn, tăng 2,6%, trong đó khai thác 265.300 tấn. Tỷ lệ che phủ rừng duy trì ở mức 52,5%.

PV: Chương trình xây dựng nông thôn mới trên địa bàn tỉnh đạt kết quả ra sao, thưa ông?

Ông Trần Phước Hiền: Đến nay, toàn tỉnh có 102/164 xã đạt chuẩn nông thôn mới, chiếm 62,2%; 18 xã đạt chuẩn nông thôn mới nâng cao và 3 xã đạt chuẩn nông thôn mới kiểu mẫu. Bình quân mỗi xã đạt 16,4 tiêu chí. Chương trình OCOP có 253 sản phẩm được công nhận từ 3 sao trở lên, trong đó 29 sản phẩm đạt 4 sao.

Riêng huyện Mộ Đức, 13/13 xã đã đạt chuẩn nông thôn mới, trong đó 6 xã đạt chuẩn nâng cao; huyện đang hoàn thiện hồ sơ đề nghị công nhận huyện nông thôn mới nâng cao.

Giai đoạn 2021 - 2025, tỉnh đặt mục tiêu có 120 xã đạt chuẩn; đến nay đã đạt 85% mục tiêu.

PV: Những khó khăn nào ngành đang gặp phải?

Ông Trần Phước Hiền: Khó khăn lớn nhất vẫn là thiên tai. Đợt mưa lũ cuối tháng 10 vừa qua làm ngập, hư hại khoảng 1.250 ha hoa màu, ước giá trị thiệt hại hơn 320 tỷ đồng. Tôi nhớ có hộ ở xã Nghĩa Sơn mất trắng 2 sào rau, hơn 15 triệu đồng tiền vốn. Bên cạnh đó, tiêu chí thu nhập ở các xã miền núi còn khó: thu nhập bình quân đầu người khu vực nông thôn năm 2024 ước đạt 48,6 triệu đồng/người/năm, trong khi bình quân toàn tỉnh là 67,3 triệu đồng.

PV: Năm 2025, ngành đặt ra những mục tiêu gì?

Ông Trần Phước Hiền: Năm 2025, ngành phấn đấu:
- Giá trị sản xuất toàn ngành tăng 3,5 - 4%;
- Tổng sản lượng lương thực đạt trên 480.000 tấn;
- Có thêm ít nhất 12 xã đạt chuẩn nông thôn mới, 8 xã đạt chuẩn nông thôn mới nâng cao;
- Tỷ lệ che phủ rừng đạt 53%;
- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 65%.

PV: Xin cảm ơn ông!

Nông dân xã Đức Lợi (Mộ Đức) thu hoạch lúa vụ Hè Thu 2024. Ảnh: THANH NHỊ

MINH HIẾU (thực hiện)

Tin cùng chuyên mục:
- Quảng Ngãi: Hơn 2.000 ha lúa bị ngập úng sau mưa lớn
- Tư Nghĩa có thêm 12 sản phẩm OCOP 3 sao
- Bình Sơn: Hỗ trợ 500 con bò giống cho hộ nghèo

Cơ quan chủ quản: Tỉnh ủy Quảng Ngãi. Giấy phép số 423/GP-BTTTT ngày 23/7/2021. Đường dây nóng: 0255.3822.519
'''
META = {'published': '2024-12-28', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
B23 = {'base': '2023'}
AOV = {'indicator': 'agricultural_output_value'}
FIGS = [
 ('sản xuất tăng 3,2%', '3,2%', 'change', '%', d(U, AOV)),
 ('ước đạt 16.240 tỷ đồng', '16.240 tỷ đồng', 'level', 'VND', d(E, AOV)),
 ('tăng 3,2% so với năm 2023', '3,2%', 'change', '%', d(E, U, B23, AOV)),
 ('(tăng 3 - 3,5%)', '3 - 3,5%', 'change', '%', d(U, AOV, modality='target')),
 ('ước đạt 475.600 tấn', '475.600 tấn', 'level', 'tấn', d(E, indicator='food_output')),
 ('giảm 1,4%', '1,4%', 'change', '%', d(E, D, indicator='food_output')),
 ('lúa 431.200 tấn', '431.200 tấn', 'level', 'tấn', d(indicator='rice_output')),
 ('đạt 276.800 tấn', '276.800 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 2,6%', '2,6%', 'change', '%', d(U, indicator='aquaculture_output')),
 ('khai thác 265.300 tấn', '265.300 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('mức 52,5%', '52,5%', 'level', '%', d(indicator='forest_cover')),
 ('102/164 xã', '102/164', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('chiếm 62,2%', '62,2%', 'level', '%', d(indicator='new_rural_communes')),
 ('; 18 xã', '18', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('và 3 xã', '3', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('đạt 16,4 tiêu chí', '16,4', 'level', 'tiêu chí', d(indicator='new_rural_criteria')),
 ('có 253 sản phẩm', '253', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('đó 29 sản phẩm', '29', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('13/13 xã', '13/13', 'ratio', 'xã', d(indicator='new_rural_communes', locality='huyện Mộ Đức')),
 ('đó 6 xã', '6', 'level', 'xã', d(indicator='new_rural_communes_advanced', locality='huyện Mộ Đức')),
 ('có 120 xã', '120', 'level', 'xã', d(indicator='new_rural_communes', modality='target', period='2021/2025')),
 ('đạt 85% mục tiêu', '85%', 'attainment', '%', d(P, indicator='new_rural_communes')),
 ('khoảng 1.250 ha', '1.250 ha', 'level', 'ha', d(bound='about', period='2024-M10')),
 ('hơn 320 tỷ đồng', '320 tỷ đồng', 'level', 'VND', d(E, bound='over', period='2024-M10')),
 ('ước đạt 48,6 triệu đồng/người/năm', '48,6 triệu đồng/người/năm', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('là 67,3 triệu đồng', '67,3 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('tăng 3,5 - 4%', '3,5 - 4%', 'change', '%', d(K, U, AOV)),
 ('trên 480.000 tấn', '480.000 tấn', 'level', 'tấn', d(K, indicator='food_output', bound='over')),
 ('ít nhất 12 xã', '12', 'level', 'xã', d(K, indicator='new_rural_communes', bound='at_least')),
 (', 8 xã', '8', 'level', 'xã', d(K, indicator='new_rural_communes_advanced')),
 ('đạt 53%', '53%', 'level', '%', d(K, indicator='forest_cover')),
 ('đạt 65%', '65%', 'level', '%', d(K, indicator='clean_water_rate')),
]
