TEXT = '''
BÁO LÀO CAI
Thứ Ba, 20/12/2022 | 09:41 GMT+7

Chính trị - Xây dựng Đảng

Bát Xát: Phấn đấu năm 2023 thu ngân sách trên địa bàn đạt 185 tỷ đồng

LCĐT - Ngày 19/12, HĐND huyện Bát Xát khoá XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ mười để đánh giá kết quả thực hiện nhiệm vụ năm 2022, quyết định kế hoạch phát triển kinh tế - xã hội năm 2023. Năm 2022, huyện thực hiện đạt và vượt 21/24 chỉ tiêu Nghị quyết, 3 chỉ tiêu chưa đạt.

Báo cáo của Uỷ ban nhân dân huyện cho thấy, tổng giá trị sản xuất trên địa bàn ước đạt 6.940 tỷ đồng, tăng 11,3% so với năm 2021. Thu nhập bình quân đầu người đạt 38,5 triệu đồng/năm, tăng 3,2 triệu đồng. Sản xuất nông, lâm nghiệp ổn định, tổng sản lượng lương thực có hạt ước 31.120 tấn; trồng mới 1.350 ha rừng, tỷ lệ che phủ rừng đạt 55,8%. Tỷ lệ hộ nghèo giảm 6,2%, còn 17,4%; số hộ thoát nghèo trong năm là 1.046 hộ.

Ba chỉ tiêu chưa đạt gồm: số xã đạt chuẩn nông thôn mới (đạt 7/9 xã theo kế hoạch), tỷ lệ trường đạt chuẩn quốc gia và tỷ lệ dân số tham gia bảo hiểm y tế (đạt 96,1%, kế hoạch 98%).

Một số chỉ tiêu chủ yếu năm 2022 và kế hoạch năm 2023:

Chỉ tiêu | KH 2022 | Ước TH 2022 | KH 2023
Tổng giá trị sản xuất (tỷ đồng) | 6.800 | 6.940 | 7.650
Thu ngân sách trên địa bàn (tỷ đồng) | 160 | 172,5 | 185
Sản lượng lương thực có hạt (tấn) | 30.500 | 31.120 | 31.500
Trồng rừng mới (ha) | 1.200 | 1.350 | 1.000
Tỷ lệ hộ nghèo (%) | 18 | 17,4 | 12,5

Kỳ họp thứ mười HĐND huyện Bát Xát khoá XX. Ảnh: Minh Hoà

Năm 2023, huyện đặt mục tiêu tổng giá trị sản xuất tăng 10,2%; thu nhập bình quân đầu người đạt 42 triệu đồng trở lên; xây dựng thêm 2 xã đạt chuẩn nông thôn mới, nâng tổng số lên 9/21 xã; tỷ lệ hộ nghèo giảm 4 - 5%; tỷ lệ che phủ rừng đạt 56,5%; 100% thôn có đường ô tô đến trung tâm được cứng hoá.

Thảo luận tại kỳ họp, đại biểu Vàng A Dìn (xã Y Tý) đề nghị huyện quan tâm đầu tư tuyến đường từ thôn Choản Thèn đi Lao Chải dài 12 km đã xuống cấp sau mùa mưa. Đại biểu Lý Thị Mai (xã Mường Hum) kiến nghị hỗ trợ giống cây dược liệu cho các hộ đồng bào Dao.

Kỳ họp đã biểu quyết thông qua 12 nghị quyết quan trọng, trong đó có Nghị quyết về dự toán ngân sách năm 2023 với tổng chi ngân sách huyện 812,6 tỷ đồng.

Minh Hoà

Tin cùng chuyên mục
- Sa Pa: Thông qua 14 nghị quyết tại kỳ họp cuối năm (19/12/2022)
- Bảo Thắng phấn đấu có thêm 3 xã nông thôn mới nâng cao (18/12/2022)

© Báo Lào Cai - Số 1 đường Hoàng Liên, phường Cốc Lếu, TP Lào Cai. ĐT: 0214.3820.868
'''
META = {'published': '2022-12-20', 'locality': 'huyện Bát Xát'}
DEFAULTS = {'locality': 'huyện Bát Xát', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T22 = {'modality': 'target'}
T = {'period': '2023', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('đạt 185 tỷ đồng', '185 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue')),
 ('vượt 21/24 chỉ tiêu', '21/24', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 (', 3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 6.940 tỷ đồng', '6.940 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('tăng 11,3% so với năm 2021', '11,3%', 'change', '%', d(E, U, indicator='total_output_value', base='2021')),
 ('đạt 38,5 triệu đồng/năm', '38,5 triệu đồng/năm', 'level', 'VND/người/năm', d(indicator='income_per_capita')),
 ('tăng 3,2 triệu đồng', '3,2 triệu đồng', 'change', 'VND/người/năm', d(U, indicator='income_per_capita')),
 ('ước 31.120 tấn', '31.120 tấn', 'level', 'tấn', d(E, indicator='food_output')),
 ('trồng mới 1.350 ha', '1.350 ha', 'level', 'ha', d()),
 ('đạt 55,8%', '55,8%', 'level', '%', d(indicator='forest_cover')),
 ('giảm 6,2%', '6,2%', 'change', '%', d(D, indicator='poverty_rate')),
 ('còn 17,4%', '17,4%', 'level', '%', d(D, indicator='poverty_rate')),
 ('là 1.046 hộ', '1.046', 'level', 'hộ', d(indicator='households_out_of_poverty')),
 ('Ba chỉ tiêu chưa đạt', 'Ba', 'level', 'chỉ tiêu', d(RT, status='not_achieved', value=3)),
 ('đạt 7/9 xã', '7/9', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('đạt 96,1%', '96,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('kế hoạch 98%', '98%', 'level', '%', d(T22, indicator='health_insurance_coverage')),
 ('(tỷ đồng) | 6.800 |', '6.800', 'level', 'VND', d(T22, indicator='total_output_value', value=6800000000000.0)),
 ('| 6.940 |', '6.940', 'level', 'VND', d(E, indicator='total_output_value', value=6940000000000.0)),
 ('| 7.650', '7.650', 'level', 'VND', d(T, indicator='total_output_value', value=7650000000000.0)),
 ('(tỷ đồng) | 160 |', '160', 'level', 'VND', d(T22, indicator='budget_revenue', value=160000000000.0)),
 ('| 172,5 |', '172,5', 'level', 'VND', d(E, indicator='budget_revenue', value=172500000000.0)),
 ('| 185\n', '185', 'level', 'VND', d(T, indicator='budget_revenue', value=185000000000.0)),
 ('| 30.500 |', '30.500', 'level', 'tấn', d(T22, indicator='food_output')),
 ('| 31.120 |', '31.120', 'level', 'tấn', d(E, indicator='food_output')),
 ('| 31.500', '31.500', 'level', 'tấn', d(T, indicator='food_output')),
 ('| 1.200 |', '1.200', 'level', 'ha', d(T22)),
 ('| 1.350 |', '1.350', 'level', 'ha', d(E)),
 ('| 1.000', '1.000', 'level', 'ha', d(T)),
 ('(%) | 18 |', '18', 'level', '%', d(T22, indicator='poverty_rate')),
 ('| 17,4 |', '17,4', 'level', '%', d(E, indicator='poverty_rate')),
 ('| 12,5', '12,5', 'level', '%', d(T, indicator='poverty_rate')),
 ('tăng 10,2%', '10,2%', 'change', '%', d(T, U, indicator='total_output_value')),
 ('đạt 42 triệu đồng', '42 triệu đồng', 'level', 'VND/người/năm', d(T, indicator='income_per_capita', bound='at_least')),
 ('thêm 2 xã', '2', 'level', 'xã', d(T, indicator='new_rural_communes')),
 ('lên 9/21 xã', '9/21', 'ratio', 'xã', d(T, U, indicator='new_rural_communes')),
 ('giảm 4 - 5%', '4 - 5%', 'change', '%', d(T, D, indicator='poverty_rate')),
 ('đạt 56,5%', '56,5%', 'level', '%', d(T, indicator='forest_cover')),
 ('; 100% thôn', '100%', 'level', '%', d(T)),
 ('qua 12 nghị quyết', '12', 'level', 'nghị quyết', d(optional=True)),
 ('huyện 812,6 tỷ đồng', '812,6 tỷ đồng', 'level', 'VND', d(T, indicator='budget_expenditure')),
]
