TEXT = '''
TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH CAO BẰNG
Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng | Chỉ đạo - Điều hành | Văn bản | Tư liệu | Học tập và làm theo Bác
Cập nhật lúc: 10:25 - 15/09/2023

Tin tức - Sự kiện

Sơ kết 2 năm thực hiện Nghị quyết của Tỉnh uỷ về phát triển nông nghiệp hàng hoá

Ngày 14/9, Ban Thường vụ Tỉnh uỷ tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết số 06-NQ/TU ngày 12/8/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp hàng hoá gắn với xây dựng nông thôn mới giai đoạn 2021 - 2025, định hướng đến năm 2030. Đồng chí Phó Bí thư Thường trực Tỉnh uỷ chủ trì hội nghị.

Nghị quyết đề ra 9 chỉ tiêu chủ yếu, trong đó đến năm 2025:
- Tốc độ tăng giá trị sản xuất nông, lâm nghiệp, thuỷ sản bình quân đạt 3 - 3,5%/năm;
- Giá trị sản phẩm thu được trên 1 ha đất trồng trọt đạt 60 triệu đồng trở lên;
- Có ít nhất 40 sản phẩm OCOP đạt từ 3 sao trở lên;
- Tỷ lệ xã đạt chuẩn nông thôn mới đạt 40%, các xã còn lại bình quân đạt 15 tiêu chí/xã trở lên;
- Tỷ lệ che phủ rừng duy trì ổn định ở mức 56%.

Theo báo cáo của Ban cán sự đảng UBND tỉnh, tốc độ tăng giá trị sản xuất nông, lâm nghiệp, thuỷ sản bình quân 2 năm 2021 - 2022 đạt 3,1%/năm. Năm 2022, giá trị sản xuất toàn ngành đạt 5.318 tỷ đồng; giá trị sản phẩm thu được trên 1 ha đất trồng trọt đạt 52,6 triệu đồng, tăng 4,8 triệu đồng so với năm 2020. Năng suất một số cây trồng chủ lực như thuốc lá, mía, dong riềng lần lượt đạt 25,5 tạ/ha, 640 tạ/ha và 410 tạ/ha.

Đến tháng 8/2023, toàn tỉnh hình thành 21 vùng sản xuất hàng hoá tập trung với tổng diện tích 8.640 ha; có 52 sản phẩm OCOP đạt từ 3 sao trở lên, vượt chỉ tiêu Nghị quyết đề ra. Các huyện Trùng Khánh, Hoà An, Quảng Hoà là những địa phương dẫn đầu với số sản phẩm OCOP lần lượt là 9, 8 và 7 sản phẩm. Toàn tỉnh có 25/139 xã đạt chuẩn nông thôn mới (chiếm 18%), bằng 45% mục tiêu Nghị quyết; bình quân đạt 13,6 tiêu chí/xã.

Quang cảnh hội nghị sơ kết 2 năm thực hiện Nghị quyết số 06-NQ/TU. Ảnh: Bế Hằng

Đánh giá chung, trong 9 chỉ tiêu của Nghị quyết, có 6 chỉ tiêu có khả năng đạt và vượt vào năm 2025; 3/9 chỉ tiêu khó đạt, gồm: tỷ lệ xã đạt chuẩn nông thôn mới, giá trị sản phẩm trên 1 ha đất trồng trọt và tỷ lệ lao động nông nghiệp qua đào tạo. Việc thu hút doanh nghiệp đầu tư vào nông nghiệp còn hạn chế; liên kết chuỗi giá trị chưa bền vững, chủ yếu ở quy mô hộ gia đình.

Phát biểu kết luận, đồng chí Phó Bí thư Thường trực Tỉnh uỷ đề nghị các cấp uỷ, chính quyền tập trung tháo gỡ khó khăn, phấn đấu trong năm 2023 có thêm 7 xã đạt chuẩn nông thôn mới; tăng cường ứng dụng khoa học kỹ thuật, cơ giới hoá trong sản xuất; quan tâm đào tạo nghề cho lao động nông thôn, nhất là đồng bào dân tộc thiểu số ở các xã vùng cao, biên giới.

Bế Hằng (Ban Tuyên giáo Tỉnh uỷ)

Các tin khác
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, khoá XIX (08/09/2023)
- Hoà An: Sơ kết 3 năm thực hiện Chương trình hành động số 05 của Huyện uỷ (06/09/2023)

Trang thông tin điện tử Đảng bộ tỉnh Cao Bằng - Cơ quan chủ quản: Ban Tuyên giáo Tỉnh uỷ Cao Bằng
Địa chỉ: Số 018, phố Xuân Trường, phường Hợp Giang, thành phố Cao Bằng. ĐT: 0206.3852.143
'''
META = {'published': '2023-09-15', 'locality': 'tỉnh Cao Bằng'}
DEFAULTS = {'locality': 'tỉnh Cao Bằng', 'period': '2023-M08', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2025', 'modality': 'target'}
TT = {'period': '2021/2025', 'modality': 'target'}
Y = {'period': '2022'}
U = {'direction': 'up'}
RT = {'indicator': 'resolution_targets', 'period': '2021/2025'}
AO = {'indicator': 'agricultural_output_value'}
FIGS = [
 ('đề ra 9 chỉ tiêu', '9', 'level', 'chỉ tiêu', d(RT)),
 ('đạt 3 - 3,5%/năm', '3 - 3,5%', 'level', '%', d(TT, AO)),
 ('đạt 60 triệu đồng', '60 triệu đồng', 'level', 'VND/ha', d(T, bound='at_least')),
 ('ít nhất 40 sản phẩm', '40', 'level', 'sản phẩm', d(T, indicator='ocop_products', bound='at_least')),
 ('đạt 40%', '40%', 'level', '%', d(T, indicator='new_rural_communes')),
 ('đạt 15 tiêu chí/xã', '15 tiêu chí/xã', 'level', 'tiêu chí/xã', d(T, indicator='new_rural_criteria', bound='at_least')),
 ('ở mức 56%', '56%', 'level', '%', d(T, indicator='forest_cover')),
 ('đạt 3,1%/năm', '3,1%', 'level', '%', d(AO, period='2021/2022')),
 ('đạt 5.318 tỷ đồng', '5.318 tỷ đồng', 'level', 'VND', d(Y, AO)),
 ('đạt 52,6 triệu đồng', '52,6 triệu đồng', 'level', 'VND/ha', d(Y)),
 ('tăng 4,8 triệu đồng', '4,8 triệu đồng', 'change', 'VND/ha', d(Y, U, base='2020')),
 ('đạt 25,5 tạ/ha', '25,5 tạ/ha', 'level', 'tạ/ha', d(Y)),
 (', 640 tạ/ha', '640 tạ/ha', 'level', 'tạ/ha', d(Y)),
 ('và 410 tạ/ha', '410 tạ/ha', 'level', 'tạ/ha', d(Y)),
 ('thành 21 vùng', '21', 'level', 'vùng', d(optional=True)),
 ('diện tích 8.640 ha', '8.640 ha', 'level', 'ha', d()),
 ('có 52 sản phẩm', '52', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('lần lượt là 9,', '9', 'level', 'sản phẩm', d(indicator='ocop_products', locality='huyện Trùng Khánh')),
 (' 8 và 7 sản phẩm', '8', 'level', 'sản phẩm', d(indicator='ocop_products', locality='huyện Hòa An')),
 ('và 7 sản phẩm', '7', 'level', 'sản phẩm', d(indicator='ocop_products', locality='huyện Quảng Hòa')),
 ('có 25/139 xã', '25/139', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('(chiếm 18%)', '18%', 'level', '%', d(indicator='new_rural_communes')),
 ('bằng 45% mục tiêu', '45%', 'attainment', '%', d(indicator='new_rural_communes', base='target')),
 ('đạt 13,6 tiêu chí/xã', '13,6 tiêu chí/xã', 'level', 'tiêu chí/xã', d(indicator='new_rural_criteria')),
 ('trong 9 chỉ tiêu', '9', 'level', 'chỉ tiêu', d(RT)),
 ('có 6 chỉ tiêu', '6', 'level', 'chỉ tiêu', d(RT, status='pending')),
 ('3/9 chỉ tiêu', '3/9', 'ratio', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('thêm 7 xã', '7', 'level', 'xã', d(indicator='new_rural_communes', period='2023', modality='target')),
]
