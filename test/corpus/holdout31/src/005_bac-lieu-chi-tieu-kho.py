TEXT = '''
Tiếng Việt | English | ខ្មែរ

BÁO BẠC LIÊU

05/03/2024 - 06:12

Tháo gỡ những "chỉ tiêu khó" để về đích Nghị quyết

Bước vào năm 2024 - năm "nước rút" của nhiệm kỳ 2020 - 2025, các đảng bộ huyện, thị xã trong tỉnh đã rà soát từng chỉ tiêu Nghị quyết, nhận diện những chỉ tiêu khó và đề ra giải pháp riêng cho từng việc.

Hồng Dân: Thu nhập bình quân còn là "điểm nghẽn"

Năm 2023, huyện Hồng Dân thực hiện đạt và vượt 16/19 chỉ tiêu Nghị quyết. Giá trị sản xuất ngành nông nghiệp tăng 4,6% so với năm 2022; sản lượng lúa đạt 372.800 tấn; diện tích mô hình lúa - tôm đạt 27.100 ha. Đến cuối năm 2023, huyện có 7/8 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nông thôn mới nâng cao.

Theo đồng chí Trần Văn Nhã, Bí thư Huyện ủy Hồng Dân, ba chỉ tiêu chưa đạt đều là chỉ tiêu khó. Thu nhập bình quân đầu người năm 2023 đạt 56,2 triệu đồng, chỉ bằng 93,7% Nghị quyết năm; tỷ lệ lao động qua đào tạo đạt 61,5% (Nghị quyết 65%); thu ngân sách trên địa bàn đạt 96,1 tỷ đồng, bằng 89,4% Nghị quyết do nguồn thu từ đất sụt giảm.

"Huyện sẽ đẩy mạnh mô hình lúa - tôm gắn với bao tiêu sản phẩm, phấn đấu năm 2024 thu nhập bình quân đầu người đạt 61 triệu đồng", ông Nhã cho biết.

Nông dân xã Ninh Quới A (huyện Hồng Dân) thu hoạch lúa ST24 trên nền đất nuôi tôm. Ảnh: HỮU THỌ

Phước Long: Khó về xã nông thôn mới nâng cao

Với huyện Phước Long, năm 2023 có 20/22 chỉ tiêu đạt và vượt, 2/22 chỉ tiêu chưa đạt. Tổng giá trị sản xuất ước đạt 14.860 tỷ đồng, tăng 8,1%; tỷ lệ hộ nghèo giảm còn 1,42%, giảm 0,86 điểm phần trăm so với năm 2022.

Hai chỉ tiêu chưa đạt là xây dựng xã nông thôn mới nâng cao (mới đạt 1/3 xã, bằng 33,3% Nghị quyết) và tỷ lệ dân số tham gia bảo hiểm y tế (đạt 89,6%, Nghị quyết 92%). Nguyên nhân là các xã còn thiếu nguồn lực đầu tư các công trình giao thông, trường học; nhiều lao động đi làm ăn xa ở Thành phố Hồ Chí Minh và Bình Dương nên khó vận động tham gia bảo hiểm.

Năm 2024, huyện đặt mục tiêu có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, tỷ lệ bao phủ bảo hiểm y tế đạt 93% trở lên.

Giá Rai: Tập trung cho thu ngân sách

Tại thị xã Giá Rai, năm 2023 thị xã đạt 18/21 chỉ tiêu Nghị quyết; 3 chỉ tiêu xấp xỉ đạt. Thu ngân sách trên địa bàn đạt 312 tỷ đồng, bằng 94,5% dự toán, giảm 8,2% so với cùng kỳ. Sản lượng thủy sản đạt 84.600 tấn, tăng 3,5%; kim ngạch xuất khẩu của các doanh nghiệp trên địa bàn đạt 168 triệu USD.

Phó Bí thư Thường trực Thị ủy Giá Rai Lê Thị Kim Hồng (SĐT liên hệ Văn phòng Thị ủy: 0291.3849.145) cho biết, thị xã chọn thu ngân sách là khâu cần tập trung trong năm 2024 với chỉ tiêu 330 tỷ đồng, đồng thời phấn đấu kết nạp 120 đảng viên mới. Thị xã cũng đang hoàn thiện hồ sơ đề nghị công nhận phường Hộ Phòng, phường 1 đạt chuẩn văn minh đô thị.

Đông Hải: Kiên trì với chỉ tiêu giảm nghèo

Năm 2023, huyện Đông Hải đạt và vượt 15/18 chỉ tiêu Nghị quyết. Tỷ lệ hộ nghèo giảm từ 3,45% (cuối năm 2022) xuống còn 2,38%, nhưng vẫn cao hơn bình quân chung của tỉnh. Huyện giải quyết việc làm cho 2.150 lao động, trong đó đưa 64 người đi làm việc ở nước ngoài theo hợp đồng.

Huyện ủy Đông Hải xác định năm 2024 giảm tỷ lệ hộ nghèo từ 1 - 1,2%, giải quyết việc làm cho 2.200 lao động và hoàn thành dứt điểm tuyến đường Gành Hào - Định Thành, cầu Kênh Xáng 2.

Theo số liệu của Ban Tuyên giáo Tỉnh ủy, năm 2023 toàn tỉnh có 4/7 huyện, thị xã, thành phố thực hiện đạt và vượt trên 85% chỉ tiêu Nghị quyết năm. Đến cuối năm 2023, toàn tỉnh có 43/49 xã đạt chuẩn nông thôn mới, 14 xã đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân đầu người của tỉnh đạt 68,9 triệu đồng, tăng 6,3% so với năm 2022. Văn bản số 1274-CV/TU ngày 15/1/2024 của Ban Thường vụ Tỉnh ủy yêu cầu các địa phương báo cáo tiến độ các chỉ tiêu khó định kỳ hằng quý.

Đánh giá chung, Phó Trưởng Ban Tuyên giáo Tỉnh ủy cho rằng: từ đầu nhiệm kỳ đến nay, các địa phương đã nỗ lực rất lớn; tuy nhiên những chỉ tiêu khó như thu nhập, nông thôn mới nâng cao, lao động qua đào tạo và bảo hiểm y tế cần được tập trung hơn nữa trong 2 năm còn lại của nhiệm kỳ.

Ngọc Hân

Chia sẻ bài viết

Tin khác
- Bạc Liêu: Năm 2023 GRDP tăng 7,2%, xếp thứ 4/13 tỉnh, thành ĐBSCL (02/03/2024)
- Vĩnh Lợi kết nạp 105 đảng viên (01/03/2024)
- Hòa Bình: 6/7 xã đạt chuẩn nông thôn mới nâng cao (29/02/2024)
'''
META = {'published': '2024-03-05', 'locality': 'tỉnh Bạc Liêu'}
DEFAULTS = {'period': '2023', 'modality': 'actual'}
T = {'modality': 'target'}
T24 = {'modality': 'target', 'period': '2024'}
RT = {'indicator': 'resolution_targets'}
HD = {'locality': 'huyện Hồng Dân'}
PL = {'locality': 'huyện Phước Long'}
GR = {'locality': 'thị xã Giá Rai'}
DH = {'locality': 'huyện Đông Hải'}
FIGS = [
 ('vượt 16/19 chỉ tiêu', '16/19', 'ratio', 'chỉ tiêu', dict(HD, **RT, status='achieved')),
 ('tăng 4,6% so với năm 2022', '4,6%', 'change', '%', dict(HD, indicator='agricultural_output_value', direction='up', base='2022')),
 ('đạt 372.800 tấn', '372.800 tấn', 'level', 'tấn', dict(HD, indicator='rice_output')),
 ('tôm đạt 27.100 ha', '27.100 ha', 'level', 'ha', dict(HD)),
 ('có 7/8 xã', '7/8', 'ratio', 'xã', dict(HD, indicator='new_rural_communes')),
 (', 2 xã đạt chuẩn', '2', 'level', 'xã', dict(HD, indicator='new_rural_communes_advanced')),
 ('ba chỉ tiêu chưa đạt', 'ba', 'level', 'chỉ tiêu', dict(HD, **RT, status='not_achieved', value=3)),
 ('đạt 56,2 triệu đồng', '56,2 triệu đồng', 'level', 'VND/người/năm', dict(HD, indicator='income_per_capita')),
 ('bằng 93,7% Nghị quyết', '93,7%', 'attainment', '%', dict(HD, indicator='income_per_capita', base='target')),
 ('đạt 61,5%', '61,5%', 'level', '%', dict(HD, indicator='trained_labour_rate')),
 ('(Nghị quyết 65%)', '65%', 'level', '%', dict(HD, **T, indicator='trained_labour_rate')),
 ('đạt 96,1 tỷ đồng', '96,1 tỷ đồng', 'level', 'VND', dict(HD, indicator='budget_revenue')),
 ('bằng 89,4% Nghị quyết', '89,4%', 'attainment', '%', dict(HD, indicator='budget_revenue', base='target')),
 ('đạt 61 triệu đồng', '61 triệu đồng', 'level', 'VND/người/năm', dict(HD, **T24, indicator='income_per_capita')),
 ('có 20/22 chỉ tiêu', '20/22', 'ratio', 'chỉ tiêu', dict(PL, **RT, status='achieved')),
 ('2/22 chỉ tiêu chưa đạt', '2/22', 'ratio', 'chỉ tiêu', dict(PL, **RT, status='not_achieved')),
 ('ước đạt 14.860 tỷ đồng', '14.860 tỷ đồng', 'level', 'VND', dict(PL, indicator='total_output_value', modality='estimate')),
 ('tăng 8,1%', '8,1%', 'change', '%', dict(PL, indicator='total_output_value', direction='up', modality='estimate')),
 ('giảm còn 1,42%', '1,42%', 'level', '%', dict(PL, indicator='poverty_rate', direction='down')),
 ('giảm 0,86 điểm phần trăm', '0,86 điểm phần trăm', 'change', 'điểm %', dict(PL, indicator='poverty_rate', direction='down', base='2022')),
 ('Hai chỉ tiêu chưa đạt', 'Hai', 'level', 'chỉ tiêu', dict(PL, **RT, status='not_achieved', value=2)),
 ('đạt 1/3 xã', '1/3', 'ratio', 'xã', dict(PL, indicator='new_rural_communes_advanced')),
 ('bằng 33,3% Nghị quyết', '33,3%', 'attainment', '%', dict(PL, indicator='new_rural_communes_advanced', base='target')),
 ('(đạt 89,6%', '89,6%', 'level', '%', dict(PL, indicator='health_insurance_coverage')),
 ('Nghị quyết 92%)', '92%', 'level', '%', dict(PL, **T, indicator='health_insurance_coverage')),
 ('thêm 2 xã', '2', 'level', 'xã', dict(PL, **T24, indicator='new_rural_communes_advanced')),
 ('đạt 93% trở lên', '93%', 'level', '%', dict(PL, **T24, indicator='health_insurance_coverage', bound='at_least')),
 ('đạt 18/21 chỉ tiêu', '18/21', 'ratio', 'chỉ tiêu', dict(GR, **RT, status='achieved')),
 ('3 chỉ tiêu xấp xỉ đạt', '3', 'level', 'chỉ tiêu', dict(GR, **RT, status='nearly')),
 ('đạt 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', dict(GR, indicator='budget_revenue')),
 ('bằng 94,5% dự toán', '94,5%', 'attainment', '%', dict(GR, indicator='budget_revenue', base='target')),
 ('giảm 8,2% so với cùng kỳ', '8,2%', 'change', '%', dict(GR, indicator='budget_revenue', direction='down', base='same_period')),
 ('đạt 84.600 tấn', '84.600 tấn', 'level', 'tấn', dict(GR, indicator='aquaculture_output')),
 ('tăng 3,5%', '3,5%', 'change', '%', dict(GR, indicator='aquaculture_output', direction='up')),
 ('đạt 168 triệu USD', '168 triệu USD', 'level', 'USD', dict(GR, indicator='export_value')),
 ('chỉ tiêu 330 tỷ đồng', '330 tỷ đồng', 'level', 'VND', dict(GR, **T24, indicator='budget_revenue')),
 ('kết nạp 120 đảng viên', '120', 'level', 'đảng viên', dict(GR, **T24, indicator='new_party_members')),
 ('vượt 15/18 chỉ tiêu', '15/18', 'ratio', 'chỉ tiêu', dict(DH, **RT, status='achieved')),
 ('từ 3,45%', '3,45%', 'level', '%', dict(DH, indicator='poverty_rate', period='2022')),
 ('còn 2,38%', '2,38%', 'level', '%', dict(DH, indicator='poverty_rate', direction='down')),
 ('cho 2.150 lao động', '2.150', 'level', 'lao động', dict(DH, indicator='jobs_created')),
 ('đưa 64 người', '64', 'level', 'người', dict(DH, indicator='labour_export')),
 ('từ 1 - 1,2%', '1 - 1,2%', 'change', '%', dict(DH, **T24, indicator='poverty_rate', direction='down')),
 ('cho 2.200 lao động', '2.200', 'level', 'lao động', dict(DH, **T24, indicator='jobs_created')),
 ('có 4/7 huyện', '4/7', 'ratio', 'huyện', dict(locality='tỉnh Bạc Liêu')),
 ('trên 85% chỉ tiêu', '85%', 'level', '%', dict(optional=True)),
 ('có 43/49 xã', '43/49', 'ratio', 'xã', dict(locality='tỉnh Bạc Liêu', indicator='new_rural_communes')),
 ('14 xã đạt chuẩn', '14', 'level', 'xã', dict(locality='tỉnh Bạc Liêu', indicator='new_rural_communes_advanced')),
 ('đạt 68,9 triệu đồng', '68,9 triệu đồng', 'level', 'VND/người/năm', dict(locality='tỉnh Bạc Liêu', indicator='income_per_capita')),
 ('tăng 6,3% so với năm 2022', '6,3%', 'change', '%', dict(locality='tỉnh Bạc Liêu', indicator='income_per_capita', direction='up', base='2022')),
]
