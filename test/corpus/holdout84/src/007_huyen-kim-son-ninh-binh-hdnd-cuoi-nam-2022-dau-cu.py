TEXT = '''
BÁO NINH BÌNH ĐIỆN TỬ
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Bình - Tiếng nói của Đảng bộ, Chính quyền và Nhân dân
Chính trị | Kinh tế | Văn hoá - Xã hội | Du lịch | Quốc phòng - An ninh
Cập nhật: 21/12/2022 09:12

HĐND huyện Kim Sơn: Năm 2022 có 19/21 chỉ tiêu đạt và vượt kế hoạch

Ngày 20/12, HĐND huyện Kim Sơn khoá XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 9. Báo cáo của UBND huyện cho thấy, năm 2022 kinh tế của huyện tiếp tục tăng trưởng khá; có 19/21 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu chưa đạt.

Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 12.860 tỷ đồng, tăng 9,4% so với năm 2021, vượt 1,2% kế hoạch. Cơ cấu kinh tế chuyển dịch tích cực: nông, lâm nghiệp, thuỷ sản 21,5%; công nghiệp - xây dựng 45,2%; dịch vụ 33,3%.

Tổng thu ngân sách trên địa bàn ước đạt 486,5 tỷ đồng, bằng 138,2% dự toán tỉnh giao, bằng 121,6% dự toán HĐND huyện giao; trong đó thu tiền sử dụng đất 312 tỷ đồng. Tổng chi ngân sách huyện 912,4 tỷ đồng.

Sản lượng lương thực cả năm đạt 108.650 tấn; năng suất lúa cả năm đạt 130,8 tạ/ha. Sản lượng thuỷ sản ước đạt 27.400 tấn, tăng 6,3%, trong đó nuôi trồng 21.850 tấn. Diện tích nuôi trồng thuỷ sản 4.120 ha.

Năm 2022, huyện có thêm 3 xã đạt chuẩn nông thôn mới nâng cao (Kim Chính, Yên Lộc, Tân Thành), nâng tổng số lên 10/25 xã; xã Kim Mỹ được công nhận đạt chuẩn nông thôn mới kiểu mẫu. Huyện có thêm 9 sản phẩm OCOP, nâng tổng số lên 34 sản phẩm.

Đại biểu HĐND huyện Kim Sơn biểu quyết thông qua các nghị quyết. Ảnh: Anh Tuấn

Tỷ lệ hộ nghèo giảm còn 1,85%, giảm 0,62 điểm phần trăm so với năm 2021; tỷ lệ hộ cận nghèo 3,12%. Giải quyết việc làm mới cho 2.650 lao động; xuất khẩu lao động 312 người. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,6%. Toàn huyện có 58/79 trường đạt chuẩn quốc gia, đạt 73,4%.

Tội phạm về trật tự xã hội giảm 8,5% so với năm 2021; trên địa bàn xảy ra 12 vụ tai nạn giao thông, làm chết 9 người.

Hai chỉ tiêu chưa đạt là thu nhập bình quân đầu người (ước 58,2 triệu đồng/người/năm, kế hoạch 60 triệu đồng) và tỷ lệ dân số đô thị.

Kỳ họp thống nhất 21 chỉ tiêu chủ yếu năm 2023, trong đó: tổng giá trị sản xuất tăng 9 - 10%; thu ngân sách trên địa bàn 420 tỷ đồng; thu nhập bình quân đầu người đạt 62 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 1,5%; có thêm 3 xã đạt chuẩn nông thôn mới nâng cao. Kỳ họp đã thông qua 12 nghị quyết.

Mai Lan

Tin cùng chuyên mục
- Kim Sơn: Khánh thành cầu Cồn Thoi 2 (15/12/2022)
- Yên Khánh: 11 tháng thu ngân sách đạt 95% dự toán (08/12/2022)

Báo Ninh Bình điện tử. Giấy phép số 160/GP-BTTTT. Điện thoại: 0229.3871.154
'''
META = {'published': '2022-12-21', 'locality': 'huyện Kim Sơn'}
DEFAULTS = {'locality': 'huyện Kim Sơn', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
B21 = {'base': '2021'}
RT = {'indicator': 'resolution_targets'}
TO = {'indicator': 'total_output_value'}
SS = {'indicator': 'sector_share'}
BR = {'indicator': 'budget_revenue'}
AQ = {'indicator': 'aquaculture_output'}
NA = {'indicator': 'new_rural_communes_advanced'}
PR = {'indicator': 'poverty_rate'}
N23 = {'period': '2023', 'modality': 'target'}
FIGS = [
 ('Năm 2022 có 19/21', '19/21', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('khá; có 19/21', '19/21', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 12.860 tỷ đồng', '12.860 tỷ đồng', 'level', 'VND', d(E, TO)),
 ('tăng 9,4%', '9,4%', 'change', '%', d(E, U, B21, TO)),
 ('vượt 1,2% kế hoạch', '1,2%', 'change', '%', d(E, U, T, TO, status='exceeded')),
 ('sản 21,5%', '21,5%', 'level', '%', d(SS)),
 ('dựng 45,2%', '45,2%', 'level', '%', d(SS)),
 ('vụ 33,3%', '33,3%', 'level', '%', d(SS)),
 ('ước đạt 486,5 tỷ đồng', '486,5 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 138,2% dự toán', '138,2%', 'attainment', '%', d(E, BR, T)),
 ('bằng 121,6% dự toán', '121,6%', 'attainment', '%', d(E, BR, T)),
 ('đất 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', d(BR)),
 ('huyện 912,4 tỷ đồng', '912,4 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 108.650 tấn', '108.650 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('đạt 130,8 tạ/ha', '130,8 tạ/ha', 'level', 'tạ/ha', d()),
 ('ước đạt 27.400 tấn', '27.400 tấn', 'level', 'tấn', d(E, AQ)),
 ('tăng 6,3%', '6,3%', 'change', '%', d(E, U, AQ)),
 ('trồng 21.850 tấn', '21.850 tấn', 'level', 'tấn', d(E, AQ)),
 ('sản 4.120 ha', '4.120 ha', 'level', 'ha', d()),
 ('thêm 3 xã đạt chuẩn nông thôn mới nâng cao (', '3', 'level', 'xã', d(NA)),
 ('lên 10/25 xã', '10/25', 'ratio', 'xã', d(NA, U)),
 ('thêm 9 sản phẩm', '9', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('lên 34 sản phẩm', '34', 'level', 'sản phẩm', d(U, indicator='ocop_products')),
 ('giảm còn 1,85%', '1,85%', 'level', '%', d(PR, DN)),
 ('0,62 điểm phần trăm', '0,62 điểm phần trăm', 'change', 'điểm %', d(PR, DN, B21)),
 ('nghèo 3,12%', '3,12%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 2.650 lao động', '2.650', 'level', 'lao động', d(indicator='new_jobs')),
 ('động 312 người', '312', 'level', 'người', d(indicator='labour_export')),
 ('đạt 92,6%', '92,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('có 58/79 trường', '58/79', 'ratio', 'trường', d(indicator='national_standard_schools')),
 ('đạt 73,4%', '73,4%', 'level', '%', d(indicator='national_standard_schools')),
 ('giảm 8,5%', '8,5%', 'change', '%', d(DN, B21, indicator='crime')),
 ('ra 12 vụ', '12', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 9 người', '9', 'level', 'người', d(indicator='traffic_deaths')),
 ('Hai chỉ tiêu chưa đạt', 'Hai', 'level', 'chỉ tiêu', d(RT, value=2, status='not_achieved')),
 ('ước 58,2 triệu đồng', '58,2 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('hoạch 60 triệu đồng', '60 triệu đồng', 'level', 'VND/người/năm', d(indicator='income_per_capita', modality='target')),
 ('thống nhất 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(RT, N23)),
 ('tăng 9 - 10%', '9 - 10%', 'change', '%', d(TO, N23, U)),
 ('bàn 420 tỷ đồng', '420 tỷ đồng', 'level', 'VND', d(BR, N23)),
 ('đạt 62 triệu đồng', '62 triệu đồng', 'level', 'VND/người/năm', d(N23, indicator='income_per_capita')),
 ('dưới 1,5%', '1,5%', 'level', '%', d(PR, N23, DN, bound='under')),
 ('thêm 3 xã đạt chuẩn nông thôn mới nâng cao.', '3', 'level', 'xã', d(NA, N23)),
 ('thông qua 12 nghị quyết', '12', 'level', 'nghị quyết', dict(optional=True)),
]
