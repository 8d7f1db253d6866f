TEXT = '''
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ | Thời sự | Kinh tế | Xã hội | Biên giới | Du lịch | Văn hóa | Ảnh | Video
Thứ Sáu, 22/12/2023 | 07:48 GMT+7

KINH TẾ

Mèo Vạc: Hoàn thành 18/21 chỉ tiêu năm 2023, tỷ lệ hộ nghèo giảm 6,25%

(BHG) - Ngày 20/12, HĐND huyện Mèo Vạc khóa XXI tổ chức kỳ họp thứ 12 (kỳ họp thường lệ cuối năm 2023). Năm 2023, huyện đạt và vượt 18/21 chỉ tiêu Nghị quyết HĐND huyện giao; tỷ lệ hộ nghèo giảm 6,25%, vượt 1,25% so với chỉ tiêu giao.

Theo báo cáo của UBND huyện, tổng giá trị sản xuất trên địa bàn năm 2023 ước đạt 2.415 tỷ đồng, tăng 8,7% so với năm 2022; thu nhập bình quân đầu người đạt 21,6 triệu đồng/năm, tăng 2,1 triệu đồng so với năm trước. Thu ngân sách nhà nước trên địa bàn đạt 58,4 tỷ đồng, bằng 124,3% dự toán tỉnh giao. Ba chỉ tiêu chưa đạt là số xã đạt chuẩn nông thôn mới, tỷ lệ trường đạt chuẩn quốc gia và tỷ lệ dân số tham gia bảo hiểm y tế.

Toàn huyện gieo trồng 15.820 ha cây lương thực có hạt, sản lượng lương thực đạt 38.650 tấn; tổng đàn gia súc 61.200 con, trong đó đàn bò 36.450 con. Mùa hoa tam giác mạch và Chợ tình Khâu Vai giúp huyện đón 468.000 lượt khách du lịch, doanh thu từ du lịch đạt 312 tỷ đồng.

Giảm nghèo vượt chỉ tiêu

Thực hiện 3 chương trình mục tiêu quốc gia, năm 2023 huyện được giao 286,7 tỷ đồng; đến hết tháng 11/2023 đã giải ngân 231,4 tỷ đồng, đạt 80,7%. Cuối năm 2023, toàn huyện còn 7.012 hộ nghèo; tỷ lệ hộ nghèo giảm từ 47,8% cuối năm 2022 xuống còn 41,55%. Trong năm có 1.268 hộ thoát nghèo, trong đó 1.120 hộ là đồng bào Mông. Số hộ cận nghèo là 2.356 hộ, chiếm 13,9%.

Huyện đã hỗ trợ xóa 415 căn nhà tạm, nhà dột nát cho hộ nghèo với mức 40 triệu đồng/căn từ nguồn Chương trình 1719 và Quỹ "Vì người nghèo". Tỷ lệ hộ dân được sử dụng nước sinh hoạt hợp vệ sinh đạt 91,5%, tăng 2,3 điểm phần trăm so với năm 2022.

Ảnh: Đại biểu HĐND huyện Mèo Vạc biểu quyết thông qua các nghị quyết tại kỳ họp thứ 12. Ảnh: Mạnh Hùng

Nông thôn mới còn chậm

Đến nay, huyện có 2/17 xã đạt chuẩn nông thôn mới là Pả Vi và Tả Lủng, chưa đạt chỉ tiêu đề ra; bình quân các xã đạt 11,6 tiêu chí/xã, tăng 0,8 tiêu chí so với năm 2022. Xã Lũng Pù mới đạt 8/19 tiêu chí. Toàn huyện có 21/56 trường đạt chuẩn quốc gia (37,5%); 15/18 trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã; tỷ lệ bao phủ bảo hiểm y tế đạt 96,2%.

Phát biểu tại kỳ họp, Bí thư Huyện ủy Mèo Vạc đề nghị tập trung nguồn lực cho xã Lũng Pù, Sơn Vĩ, đồng thời đẩy nhanh tiến độ các công trình nước sinh hoạt trên cao nguyên đá.

Kỳ họp đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2024 với 21 chỉ tiêu chủ yếu. Trong đó: tổng giá trị sản xuất tăng 8 - 8,5%; thu ngân sách trên địa bàn 62 tỷ đồng; tỷ lệ hộ nghèo giảm từ 5 - 6%; có thêm 1 xã đạt chuẩn nông thôn mới; bình quân đạt 12,5 tiêu chí/xã; xóa 350 căn nhà tạm; tỷ lệ dân số tham gia bảo hiểm y tế đạt 97%.

Mạnh Hùng

Tin liên quan
- Đồng Văn: Hơn 1.000 hộ thoát nghèo trong năm 2023 (19/12/2023)
- Yên Minh đón nhận xã đạt chuẩn nông thôn mới đầu tiên (15/12/2023)
- Quản Bạ: 9/13 xã có đường ô tô đến trung tâm được cứng hóa (12/12/2023)

Cơ quan chủ quản: Tỉnh ủy Hà Giang. Giấy phép số 48/GP-BTTTT ngày 7/2/2022. Điện thoại: 0219.3862.093
'''
META = {'published': '2023-12-22', 'locality': 'huyện Mèo Vạc'}
DEFAULTS = {'locality': 'huyện Mèo Vạc', 'period': '2023', 'modality': 'actual'}
PR = {'indicator': 'poverty_rate'}
RT = {'indicator': 'resolution_targets'}
NTM = {'indicator': 'new_rural_communes'}
CR = {'indicator': 'new_rural_criteria'}
T = {'modality': 'target', 'period': '2024'}
FIGS = [
 ('Hoàn thành 18/21 chỉ tiêu', '18/21', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('nghèo giảm 6,25%\n', '6,25%', 'change', '%', dict(PR, direction='down')),
 ('vượt 18/21 chỉ tiêu', '18/21', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('nghèo giảm 6,25%, vượt', '6,25%', 'change', '%', dict(PR, direction='down')),
 ('vượt 1,25% so với chỉ tiêu', '1,25%', 'change', '%', dict(PR, direction='up', base='target', status='exceeded')),
 ('ước đạt 2.415 tỷ đồng', '2.415 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', modality='estimate')),
 ('tăng 8,7% so với năm 2022', '8,7%', 'change', '%', dict(indicator='total_output_value', modality='estimate', direction='up', base='2022')),
 ('đạt 21,6 triệu đồng/năm', '21,6 triệu đồng/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('tăng 2,1 triệu đồng', '2,1 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2022')),
 ('đạt 58,4 tỷ đồng', '58,4 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 124,3% dự toán', '124,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('Ba chỉ tiêu chưa đạt', 'Ba', 'level', 'chỉ tiêu', dict(RT, value=3, status='not_achieved')),
 ('trồng 15.820 ha', '15.820 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 38.650 tấn', '38.650 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('gia súc 61.200 con', '61.200', 'level', 'con', dict()),
 ('đàn bò 36.450 con', '36.450', 'level', 'con', dict()),
 ('đón 468.000 lượt khách', '468.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('đạt 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('Thực hiện 3 chương trình', '3', 'level', 'chương trình', dict(optional=True)),
 ('giao 286,7 tỷ đồng', '286,7 tỷ đồng', 'level', 'VND', dict()),
 ('giải ngân 231,4 tỷ đồng', '231,4 tỷ đồng', 'level', 'VND', dict(period='2023-11M')),
 ('đạt 80,7%', '80,7%', 'attainment', '%', dict(period='2023-11M', base='target')),
 ('còn 7.012 hộ nghèo', '7.012', 'level', 'hộ', dict(indicator='poor_households')),
 ('từ 47,8%', '47,8%', 'level', '%', dict(PR, period='2022')),
 ('xuống còn 41,55%', '41,55%', 'level', '%', dict(PR, direction='down')),
 ('có 1.268 hộ', '1.268', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('đó 1.120 hộ', '1.120', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('là 2.356 hộ', '2.356', 'level', 'hộ', dict()),
 ('chiếm 13,9%', '13,9%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('xóa 415 căn nhà', '415', 'level', 'căn nhà', dict()),
 ('mức 40 triệu đồng/căn', '40 triệu đồng/căn', 'level', 'VND/căn', dict(optional=True)),
 ('đạt 91,5%', '91,5%', 'level', '%', dict(indicator='clean_water_rate')),
 ('tăng 2,3 điểm phần trăm', '2,3 điểm phần trăm', 'change', 'điểm %', dict(indicator='clean_water_rate', direction='up', base='2022')),
 ('có 2/17 xã', '2/17', 'ratio', 'xã', dict(NTM)),
 ('đạt 11,6 tiêu chí/xã', '11,6', 'level', 'tiêu chí/xã', dict(CR)),
 ('tăng 0,8 tiêu chí', '0,8', 'change', 'tiêu chí', dict(CR, direction='up', base='2022')),
 ('đạt 8/19 tiêu chí', '8/19', 'ratio', 'tiêu chí', dict(CR, locality='xã Lũng Pù', status='achieved')),
 ('có 21/56 trường', '21/56', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('(37,5%)', '37,5%', 'level', '%', dict(indicator='national_standard_schools')),
 ('15/18 trạm y tế', '15/18', 'ratio', 'trạm y tế', dict()),
 ('đạt 96,2%', '96,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('với 21 chỉ tiêu chủ yếu', '21', 'level', 'chỉ tiêu', dict(optional=True)),
 ('tăng 8 - 8,5%', '8 - 8,5%', 'change', '%', dict(T, indicator='total_output_value', direction='up')),
 ('địa bàn 62 tỷ đồng', '62 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('từ 5 - 6%', '5 - 6%', 'change', '%', dict(T, **PR, direction='down')),
 ('thêm 1 xã', '1', 'level', 'xã', dict(T, **NTM)),
 ('đạt 12,5 tiêu chí/xã', '12,5', 'level', 'tiêu chí/xã', dict(T, **CR)),
 ('xóa 350 căn nhà', '350', 'level', 'căn nhà', dict(T)),
 ('đạt 97%', '97%', 'level', '%', dict(T, indicator='health_insurance_coverage')),
]
