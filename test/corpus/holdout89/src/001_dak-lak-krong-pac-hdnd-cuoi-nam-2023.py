TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ
Thứ Sáu, 15/12/2023 - 17:02
Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc | Media

Krông Pắc: 17/19 chỉ tiêu Nghị quyết năm 2023 đạt và vượt kế hoạch

Ngày 14/12, HĐND huyện Krông Pắc khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 9 để đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo của UBND huyện, năm 2023 có 17/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt là thu ngân sách và tỷ lệ giảm hộ nghèo. Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 14.286 tỷ đồng, tăng 6,8% so với năm 2022; thu nhập bình quân đầu người đạt 52,6 triệu đồng/người/năm, tăng 3,1 triệu đồng.

Tổng diện tích gieo trồng cả năm đạt 47.350 ha, đạt 100,8% kế hoạch. Huyện hiện có 22.640 ha cà phê, sản lượng ước đạt 61.800 tấn, năng suất bình quân 29,5 tạ/ha. Giá cà phê nhân xô trong quý IV dao động từ 62.000 - 67.000 đồng/kg, cao hơn cùng kỳ khoảng 20.000 đồng/kg. Tổng đàn heo đạt 98.400 con, tăng 4,2% so với cùng kỳ.

Tổng thu ngân sách trên địa bàn ước đạt 286,4 tỷ đồng, bằng 91,2% dự toán HĐND huyện giao, giảm 7,5% so với năm 2022, chủ yếu do thu tiền sử dụng đất chỉ đạt 38,6 tỷ đồng, bằng 48,3% dự toán. Tổng chi ngân sách địa phương ước thực hiện 812,7 tỷ đồng, bằng 104,6% dự toán. Đến ngày 30/11/2023, huyện giải ngân vốn đầu tư công được 168,3 tỷ đồng, đạt 78,5% kế hoạch vốn.

Đến nay, huyện có 11/15 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nông thôn mới nâng cao; bình quân đạt 17,6 tiêu chí/xã. Riêng xã Ea Kuăng năm nay đã đạt 19/19 tiêu chí và đang hoàn thiện hồ sơ đề nghị công nhận.

Tỷ lệ hộ nghèo cuối năm 2023 còn 5,12% (2.186 hộ), giảm 1,64 điểm phần trăm so với cuối năm 2022, chưa đạt chỉ tiêu Nghị quyết (giảm 2 điểm phần trăm). Toàn huyện giải quyết việc làm cho 2.450 lao động, trong đó đưa 86 lao động đi làm việc ở nước ngoài. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,8%. Có 52/78 trường đạt chuẩn quốc gia, tỷ lệ 66,7%.

Đại biểu HĐND huyện Krông Pắc biểu quyết thông qua các nghị quyết tại kỳ họp thứ 9. Ảnh: Hoàng Lan

Năm 2024, huyện phấn đấu tổng giá trị sản xuất tăng 7 - 7,5%; thu nhập bình quân đầu người đạt 56 triệu đồng; thu ngân sách trên địa bàn 310 tỷ đồng; giảm tỷ lệ hộ nghèo 1,5 - 2 điểm phần trăm; có thêm 1 xã đạt chuẩn nông thôn mới nâng cao.

Kỳ họp đã xem xét, thông qua 14 nghị quyết quan trọng.

Hoàng Lan

Tin liên quan
- Ea Kar tổ chức kỳ họp thứ 10 HĐND huyện khóa XII (13/12/2023)
- Buôn Ma Thuột chuẩn bị Lễ hội Cà phê lần thứ 9 (12/12/2023)

Báo Đắk Lắk. Giấy phép số 48/GP-BTTTT. Địa chỉ: 15 Tô Hiệu, TP. Buôn Ma Thuột. Đường dây nóng: 0262.3852.304
'''
META = {'published': '2023-12-15', 'locality': 'huyện Krông Pắc'}
DEFAULTS = {'locality': 'huyện Krông Pắc', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2024'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
RT = {'indicator': 'resolution_targets', 'unit': 'chỉ tiêu'}
BR = {'indicator': 'budget_revenue'}
TO = {'indicator': 'total_output_value'}
INC = {'indicator': 'income_per_capita'}
PV = {'indicator': 'poverty_rate'}
FIGS = [
 ('Krông Pắc: 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('có 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 14.286 tỷ đồng', '14.286 tỷ đồng', 'level', 'VND', d(E, TO)),
 ('tăng 6,8%', '6,8%', 'change', '%', d(E, U, TO, base='2022')),
 ('đạt 52,6 triệu đồng', '52,6 triệu đồng', 'level', 'VND/người/năm', d(INC)),
 ('tăng 3,1 triệu đồng', '3,1 triệu đồng', 'change', 'VND/người/năm', d(U, INC)),
 ('đạt 47.350 ha', '47.350 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 100,8% kế hoạch', '100,8%', 'attainment', '%', d(P, indicator='crop_area')),
 ('có 22.640 ha', '22.640 ha', 'level', 'ha', d()),
 ('ước đạt 61.800 tấn', '61.800 tấn', 'level', 'tấn', d(E)),
 ('bình quân 29,5 tạ/ha', '29,5 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('từ 62.000 - 67.000 đồng/kg', '62.000 - 67.000 đồng/kg', 'level', 'VND/kg', d(period='2023-Q4')),
 ('khoảng 20.000 đồng/kg', '20.000 đồng/kg', 'change', 'VND/kg', d(U, SP, period='2023-Q4', bound='about')),
 ('đạt 98.400 con', '98.400', 'level', 'con', d(period='2023-Q4')),
 ('tăng 4,2%', '4,2%', 'change', '%', d(U, SP, period='2023-Q4')),
 ('ước đạt 286,4 tỷ đồng', '286,4 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 91,2% dự toán', '91,2%', 'attainment', '%', d(E, P, BR)),
 ('giảm 7,5%', '7,5%', 'change', '%', d(E, D, BR, base='2022')),
 ('đạt 38,6 tỷ đồng', '38,6 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 48,3% dự toán', '48,3%', 'attainment', '%', d(E, P, BR)),
 ('thực hiện 812,7 tỷ đồng', '812,7 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('bằng 104,6% dự toán', '104,6%', 'attainment', '%', d(E, P, indicator='budget_expenditure')),
 ('được 168,3 tỷ đồng', '168,3 tỷ đồng', 'level', 'VND', d(period='2023-11M', indicator='public_investment_disbursement')),
 ('đạt 78,5% kế hoạch', '78,5%', 'attainment', '%', d(P, period='2023-11M', indicator='public_investment_disbursement')),
 ('có 11/15 xã', '11/15', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('2 xã đạt chuẩn', '2', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('đạt 17,6 tiêu chí/xã', '17,6 tiêu chí/xã', 'level', 'tiêu chí/xã', d(indicator='new_rural_criteria')),
 ('đạt 19/19 tiêu chí', '19/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Ea Kuăng', status='achieved')),
 ('còn 5,12%', '5,12%', 'level', '%', d(PV)),
 ('(2.186 hộ)', '2.186', 'level', 'hộ', d(indicator='poor_households')),
 ('giảm 1,64 điểm phần trăm', '1,64 điểm phần trăm', 'change', 'điểm %', d(D, PV, base='2022')),
 ('(giảm 2 điểm phần trăm)', '2 điểm phần trăm', 'change', 'điểm %', d(D, PV, modality='target')),
 ('cho 2.450 lao động', '2.450', 'level', 'lao động', d(indicator='jobs_created')),
 ('đưa 86 lao động', '86', 'level', 'lao động', d(indicator='labour_export')),
 ('đạt 92,8%', '92,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('52/78 trường', '52/78', 'ratio', 'trường', d(indicator='national_standard_schools')),
 ('tỷ lệ 66,7%', '66,7%', 'level', '%', d(indicator='national_standard_schools')),
 ('tăng 7 - 7,5%', '7 - 7,5%', 'change', '%', d(K, U, TO)),
 ('đạt 56 triệu đồng', '56 triệu đồng', 'level', 'VND/người/năm', d(K, INC)),
 ('bàn 310 tỷ đồng', '310 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('nghèo 1,5 - 2 điểm phần trăm', '1,5 - 2 điểm phần trăm', 'change', 'điểm %', d(K, D, PV)),
 ('thêm 1 xã', '1', 'level', 'xã', d(K, indicator='new_rural_communes_advanced')),
 ('qua 14 nghị quyết', '14', 'level', 'nghị quyết', d(optional=True)),
]
