TEXT = '''
BÁO THANH HOÁ
Thứ Ba, 10/12/2024 - 09:14
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Bạn đọc

Kỳ họp thứ 23 HĐND tỉnh khoá XVIII: 28/30 chỉ tiêu chủ yếu năm 2024 đạt và vượt kế hoạch

(Baothanhhoa.vn) - Sáng 9/12, HĐND tỉnh khoá XVIII khai mạc kỳ họp thứ 23. Theo báo cáo của UBND tỉnh, tốc độ tăng trưởng kinh tế năm 2024 ước đạt 11,2%, đứng thứ 4 cả nước; có 28/30 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 2 chỉ tiêu không đạt.

Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2024 (Nguồn: UBND tỉnh):
Chỉ tiêu | ĐVT | KH 2024 | Ước TH 2024 | So KH (%)
Tốc độ tăng trưởng GRDP | % | 11 | 11,2 | -
GRDP bình quân đầu người | USD | 4.800 | 4.950 | 103,1
Thu ngân sách nhà nước | Tỷ đồng | 44.115 | 54.240 | 122,9
Kim ngạch xuất khẩu | Triệu USD | 9.000 | 9.680 | 107,6
Vốn đầu tư toàn xã hội | Tỷ đồng | 225.000 | 231.400 | 102,8
Tỷ lệ lao động qua đào tạo | % | 75 | 75,5 | -
Tỷ lệ hộ nghèo (chuẩn đa chiều) | % | 1,8 | 2,03 | -

Hai chỉ tiêu không đạt là tỷ lệ hộ nghèo và số xã đạt chuẩn nông thôn mới nâng cao (đạt 28/40 xã theo kế hoạch). Riêng thị xã Nghi Sơn, thu ngân sách năm 2024 ước đạt 33.400 tỷ đồng, chiếm khoảng 61% tổng thu ngân sách của tỉnh. Sản lượng lương thực toàn tỉnh ước đạt 1,52 triệu tấn, bằng 98,7% kế hoạch; sản lượng thuỷ sản 232.000 tấn, tăng 3,4% so với năm 2023.

Về văn hoá - xã hội, toàn tỉnh giải quyết việc làm cho 68.500 lao động, trong đó xuất khẩu lao động 13.200 người; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6%. Tỷ lệ trường học đạt chuẩn quốc gia đạt 84,2%.

Một số chỉ tiêu chủ yếu năm 2025:
- Tốc độ tăng trưởng GRDP từ 11% trở lên;
- GRDP bình quân đầu người 5.400 USD;
- Thu ngân sách nhà nước 47.000 tỷ đồng;
- Kim ngạch xuất khẩu 10.500 triệu USD;
- Tỷ lệ lao động qua đào tạo 76,5%;
- Tỷ lệ hộ nghèo giảm 0,5 - 0,7%;
- Có thêm 25 xã đạt chuẩn nông thôn mới nâng cao, 10 xã nông thôn mới kiểu mẫu.

Kỳ họp diễn ra trong 3 ngày, xem xét, quyết định 39 nội dung quan trọng.

Các đại biểu HĐND tỉnh biểu quyết thông qua nghị quyết tại kỳ họp. Ảnh: Minh Hiếu

Minh Hằng

Tin khác:
- Thanh Hoá: 11 tháng thu ngân sách đạt 50.120 tỷ đồng
- Khánh thành cầu Hoằng Hoá - Sầm Sơn
- Uỷ ban MTTQ tỉnh trao 300 suất quà Tết

Tổng Biên tập: Lê Ngọc Tùng. Giấy phép số 427/GP-BTTTT. Điện thoại: 0237.3852.350 - 0237.3858.127
'''
META = {'published': '2024-12-10', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2024', 'modality': 'estimate'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'modality': 'actual'}
T = {'modality': 'target'}
K = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
FIGS = [
 ('28/30 chỉ tiêu chủ yếu năm 2024', '28/30', 'ratio', 'chỉ tiêu', d(A, indicator='resolution_targets', status='achieved')),
 ('ước đạt 11,2%', '11,2%', 'level', '%', d(indicator='grdp_growth')),
 ('có 28/30 chỉ tiêu', '28/30', 'ratio', 'chỉ tiêu', d(A, indicator='resolution_targets', status='achieved')),
 (', 2 chỉ tiêu', '2', 'level', 'chỉ tiêu', d(A, indicator='resolution_targets', status='not_achieved')),
 ('% | 11 |', '11', 'level', '%', d(T, indicator='grdp_growth')),
 ('11,2 | -', '11,2', 'level', '%', d(indicator='grdp_growth')),
 ('| 4.800 |', '4.800', 'level', 'USD/người/năm', d(T, indicator='grdp_per_capita')),
 ('| 4.950 |', '4.950', 'level', 'USD/người/năm', d(indicator='grdp_per_capita')),
 ('| 103,1', '103,1', 'attainment', '%', d(P, indicator='grdp_per_capita')),
 ('| 44.115 |', '44.115', 'level', 'VND', d(T, indicator='budget_revenue', value=44115000000000)),
 ('| 54.240 |', '54.240', 'level', 'VND', d(indicator='budget_revenue', value=54240000000000)),
 ('| 122,9', '122,9', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('| 9.000 |', '9.000', 'level', 'USD', d(T, indicator='export_value', value=9000000000)),
 ('| 9.680 |', '9.680', 'level', 'USD', d(indicator='export_value', value=9680000000)),
 ('| 107,6', '107,6', 'attainment', '%', d(P, indicator='export_value')),
 ('| 225.000 |', '225.000', 'level', 'VND', d(T, indicator='social_investment', value=225000000000000)),
 ('| 231.400 |', '231.400', 'level', 'VND', d(indicator='social_investment', value=231400000000000)),
 ('| 102,8', '102,8', 'attainment', '%', d(P, indicator='social_investment')),
 ('% | 75 |', '75', 'level', '%', d(T, indicator='trained_labour_rate')),
 ('75,5 | -', '75,5', 'level', '%', d(indicator='trained_labour_rate')),
 ('| 1,8 |', '1,8', 'level', '%', d(T, indicator='poverty_rate')),
 ('| 2,03 |', '2,03', 'level', '%', d(indicator='poverty_rate')),
 ('Hai chỉ tiêu không đạt', 'Hai', 'level', 'chỉ tiêu', d(A, indicator='resolution_targets', status='not_achieved', value=2)),
 ('28/40 xã', '28/40', 'ratio', 'xã', d(A, indicator='new_rural_communes_advanced')),
 ('ước đạt 33.400 tỷ đồng', '33.400 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='thị xã Nghi Sơn')),
 ('khoảng 61%', '61%', 'level', '%', d(locality='thị xã Nghi Sơn', bound='about')),
 ('ước đạt 1,52 triệu tấn', '1,52 triệu tấn', 'level', 'tấn', d(indicator='food_output')),
 ('bằng 98,7% kế hoạch', '98,7%', 'attainment', '%', d(P, indicator='food_output')),
 ('thuỷ sản 232.000 tấn', '232.000 tấn', 'level', 'tấn', d(A, indicator='aquaculture_output')),
 ('tăng 3,4%', '3,4%', 'change', '%', d(A, U, base='2023', indicator='aquaculture_output')),
 ('cho 68.500 lao động', '68.500', 'level', 'lao động', d(A, indicator='jobs_created')),
 ('lao động 13.200 người', '13.200', 'level', 'người', d(A, indicator='labour_export')),
 ('đạt 93,6%', '93,6%', 'level', '%', d(A, indicator='health_insurance_coverage')),
 ('đạt 84,2%', '84,2%', 'level', '%', d(A, indicator='national_standard_schools')),
 ('từ 11% trở lên', '11%', 'level', '%', d(K, indicator='grdp_growth', bound='at_least')),
 ('người 5.400 USD', '5.400 USD', 'level', 'USD/người/năm', d(K, indicator='grdp_per_capita')),
 ('nước 47.000 tỷ đồng', '47.000 tỷ đồng', 'level', 'VND', d(K, indicator='budget_revenue')),
 ('khẩu 10.500 triệu USD', '10.500 triệu USD', 'level', 'USD', d(K, indicator='export_value')),
 ('tạo 76,5%', '76,5%', 'level', '%', d(K, indicator='trained_labour_rate')),
 ('giảm 0,5 - 0,7%', '0,5 - 0,7%', 'change', '%', d(K, D, indicator='poverty_rate')),
 ('thêm 25 xã', '25', 'level', 'xã', d(K, indicator='new_rural_communes_advanced')),
 (', 10 xã', '10', 'level', 'xã', d(K, indicator='new_rural_communes_model')),
 ('định 39 nội dung', '39', 'level', 'nội dung', d(optional=True)),
]
