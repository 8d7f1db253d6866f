TEXT = '''
BÁO CÀ MAU
Cập nhật lúc: 14:20, 07/07/2023

Họp báo cung cấp thông tin kinh tế - xã hội 6 tháng đầu năm 2023

Thu ngân sách 6 tháng chỉ đạt 41,8% dự toán

(CMO) Sáng 7/7, UBND tỉnh Cà Mau tổ chức họp báo định kỳ cung cấp thông tin về tình hình kinh tế - xã hội 6 tháng đầu năm 2023. Đồng chí Lâm Văn Bi, Phó Chủ tịch UBND tỉnh chủ trì buổi họp báo.

Theo báo cáo tại buổi họp báo, tốc độ tăng trưởng kinh tế (GRDP) 6 tháng đầu năm ước đạt 6,02%, thấp hơn cùng kỳ năm 2022 (7,15%). Tổng sản lượng thủy sản ước đạt 283.600 tấn/KH 620.000 tấn, tăng 3,4% so với cùng kỳ; trong đó sản lượng tôm 101.500 tấn. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 42.380 tỷ đồng, tăng 13,6%.

Trả lời câu hỏi của phóng viên về tình hình thu ngân sách, ông Trần Văn Khải, Giám đốc Sở Tài chính cho biết, 6 tháng đầu năm tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.580 tỷ đồng, đạt 41,8% dự toán, giảm 8,3% so với cùng kỳ. "Nguyên nhân chủ yếu là thu tiền sử dụng đất chỉ đạt 128 tỷ đồng, bằng 18,3% dự toán năm. Nếu không tính tiền sử dụng đất thì thu nội địa vẫn đạt 48,2%", ông Khải nói.

Về câu hỏi giá tôm giảm sâu ảnh hưởng đến người nuôi, theo ông Lê Văn Sử, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, hiện giá tôm thẻ cỡ 100 con/kg chỉ còn 75.000 - 80.000 đồng/kg, thấp hơn cùng kỳ năm 2022 khoảng 20.000 đồng/kg. Kim ngạch xuất khẩu 6 tháng ước đạt 480 triệu USD, đạt 40% kế hoạch, giảm 21,5% so với cùng kỳ.

Quang cảnh buổi họp báo. Ảnh: Hữu Nghĩa

Phóng viên đặt câu hỏi: Với mức tăng trưởng 6,02% của 6 tháng đầu năm, tỉnh có đạt mục tiêu 6,5% cả năm hay không? Đồng chí Lâm Văn Bi cho biết, để đạt mục tiêu tăng trưởng 6,5%, 6 tháng cuối năm GRDP phải tăng khoảng 6,9%. "Đây là thách thức rất lớn, nhưng tỉnh sẽ không điều chỉnh chỉ tiêu", đồng chí khẳng định.

Một số chỉ tiêu 6 tháng đầu năm 2023:
- Giải ngân vốn đầu tư công: 1.620 tỷ đồng, đạt 38,6% kế hoạch;
- Giải quyết việc làm: 21.400 lao động, đạt 53,5% kế hoạch;
- Tỷ lệ dân số tham gia BHYT: 92,8%.

Buổi họp báo có 42 cơ quan báo chí tham dự.

Hồng Nhung

Tin liên quan
- Cà Mau: 5 tháng, thu ngân sách đạt 35,2% dự toán
- Hội nghị Tỉnh ủy sơ kết 6 tháng đầu năm 2023

Đường dây nóng: 0290.3834.666 | Lượt xem: 986
'''
META = {'published': '2023-07-07', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2023-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2023', 'modality': 'target'}
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('chỉ đạt 41,8% dự toán\n', '41,8%', 'attainment', '%', d(BR, base='target')),
 ('ước đạt 6,02%', '6,02%', 'level', '%', d(E, indicator='grdp_growth')),
 ('(7,15%)', '7,15%', 'level', '%', d(indicator='grdp_growth', period='2022-H1')),
 ('ước đạt 283.600 tấn', '283.600 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('KH 620.000 tấn', '620.000 tấn', 'level', 'tấn', d(T, indicator='aquaculture_output')),
 ('tăng 3,4% so với cùng kỳ', '3,4%', 'change', '%', d(E, U, indicator='aquaculture_output', base='same_period')),
 ('sản lượng tôm 101.500 tấn', '101.500 tấn', 'level', 'tấn', d()),
 ('ước đạt 42.380 tỷ đồng', '42.380 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 13,6%', '13,6%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('ước đạt 2.580 tỷ đồng', '2.580 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('đạt 41,8% dự toán,', '41,8%', 'attainment', '%', d(E, BR, base='target')),
 ('giảm 8,3% so với cùng kỳ', '8,3%', 'change', '%', d(E, D, BR, base='same_period')),
 ('đạt 128 tỷ đồng', '128 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 18,3% dự toán', '18,3%', 'attainment', '%', d(BR, base='target')),
 ('vẫn đạt 48,2%', '48,2%', 'attainment', '%', d(BR, base='target')),
 ('75.000 - 80.000 đồng/kg', '75.000 - 80.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 20.000 đồng/kg', '20.000 đồng/kg', 'change', 'VND/kg', d(D, base='same_period', bound='about')),
 ('ước đạt 480 triệu USD', '480 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('đạt 40% kế hoạch', '40%', 'attainment', '%', d(E, indicator='export_value', base='target')),
 ('giảm 21,5% so với cùng kỳ', '21,5%', 'change', '%', d(E, D, indicator='export_value', base='same_period')),
 ('mức tăng trưởng 6,02%', '6,02%', 'level', '%', d(indicator='grdp_growth')),
 ('mục tiêu 6,5% cả năm', '6,5%', 'level', '%', d(T, indicator='grdp_growth')),
 ('tăng trưởng 6,5%,', '6,5%', 'level', '%', d(T, indicator='grdp_growth')),
 ('khoảng 6,9%', '6,9%', 'change', '%', d(U, indicator='grdp_growth', period='2023-H2', modality='target', bound='about')),
 ('công: 1.620 tỷ đồng', '1.620 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('đạt 38,6% kế hoạch', '38,6%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('làm: 21.400 lao động', '21.400', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 53,5% kế hoạch', '53,5%', 'attainment', '%', d(indicator='jobs_created', base='target')),
 ('BHYT: 92,8%', '92,8%', 'level', '%', d(indicator='health_insurance_coverage')),
]
