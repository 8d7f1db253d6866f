TEXT = '''
BÁO VĨNH LONG ONLINE
Trang chủ > Kinh tế > Nông nghiệp
Cập nhật: 10/10/2022 - 06:02

Thị xã Bình Minh: 9 tháng, thu ngân sách đạt 86,4% dự toán

Trong 9 tháng năm 2022, kinh tế thị xã Bình Minh duy trì đà phục hồi sau dịch COVID-19. Tổng giá trị sản xuất ước đạt 6.215 tỷ đồng, tăng 8,05% so với cùng kỳ, bằng 74,6% kế hoạch năm.

Theo báo cáo của UBND thị xã tại kỳ họp chuyên đề HĐND thị xã (ngày 7/10), sản xuất nông nghiệp tiếp tục chuyển dịch theo hướng hiệu quả. Diện tích gieo trồng lúa cả 3 vụ đạt 12.684ha, giảm 1.216ha so với cùng kỳ do nông dân chuyển sang trồng màu và cây ăn trái; năng suất bình quân 6,1 tấn/ha. Diện tích khoai lang toàn thị xã hiện còn 2.950ha, giảm mạnh so với mức 4.800ha năm 2020. Giá khoai lang tím Nhật có thời điểm chỉ còn 120.000 đồng/tạ. Sản lượng thuỷ sản nuôi trồng ước đạt 3.420 tấn, tăng 4,6%.

Công nghiệp - tiểu thủ công nghiệp phát triển khá; giá trị sản xuất ước đạt 2.780 tỷ đồng, tăng 11,3% so với cùng kỳ. Khu công nghiệp Bình Minh thu hút thêm 2 dự án, nâng tổng số lên 14 dự án đầu tư với tổng vốn đăng ký 5.200 tỷ đồng, thu hút khoảng 4.600 lao động làm việc. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ ước đạt 3.960 tỷ đồng, gấp 1,3 lần cùng kỳ năm 2021.

Tổng thu ngân sách nhà nước trên địa bàn đạt 162,5 tỷ đồng, đạt 86,4% dự toán, tăng 14,2% so với cùng kỳ; chi ngân sách 284 tỷ đồng, đạt 70,3% dự toán.

Về xây dựng nông thôn mới, đến nay thị xã có 5/5 xã đạt chuẩn nông thôn mới, trong đó xã Đông Thành và xã Đông Thạnh đạt chuẩn nông thôn mới nâng cao. Riêng xã Mỹ Hoà đã đạt 16/19 tiêu chí nông thôn mới nâng cao, phấn đấu về đích trong quý IV.

Nông dân xã Đông Thành thu hoạch khoai lang. Ảnh: THANH THUỶ

Trên lĩnh vực xã hội, thị xã giải quyết việc làm cho 2.214 lao động, đạt 88,6% kế hoạch năm; đào tạo nghề cho 620 lao động. Tỷ lệ hộ nghèo còn 1,12% (341 hộ), hộ cận nghèo còn 2,35% (716 hộ). Tỷ lệ tham gia bảo hiểm y tế đạt 91,4%; Uỷ ban MTTQ thị xã vận động xây dựng 32 căn nhà Đại đoàn kết cho hộ nghèo.

Từ nay đến cuối năm, thị xã tập trung phấn đấu thu ngân sách đạt 188 tỷ đồng, vượt dự toán 7 - 10%; giải quyết việc làm cho 2.500 lao động.

THANH THUỶ

Tin khác:
- Bình Minh: Lễ hội Nghinh Ông năm 2022 (28/9/2022)
- Đưa vào sử dụng cầu Cái Vồn nhỏ (22/9/2022)
Báo Vĩnh Long. Giấy phép số 140/GP-BTTTT. ĐT: 0270.3822.335
'''
META = {'published': '2022-10-10', 'locality': 'thị xã Bình Minh'}
DEFAULTS = {'locality': 'thị xã Bình Minh', 'period': '2022-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2022'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
BR = {'indicator': 'budget_revenue'}
TO = {'indicator': 'total_output_value'}
FIGS = [
 ('ngân sách đạt 86,4% dự toán', '86,4%', 'attainment', '%', d(P, BR)),
 ('ước đạt 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', d(E, TO)),
 ('tăng 8,05%', '8,05%', 'change', '%', d(E, U, SP, TO)),
 ('bằng 74,6% kế hoạch', '74,6%', 'attainment', '%', d(E, P, TO)),
 ('đạt 12.684ha', '12.684ha', 'level', 'ha', d(indicator='crop_area')),
 ('giảm 1.216ha', '1.216ha', 'change', 'ha', d(D, SP, indicator='crop_area')),
 ('6,1 tấn/ha', '6,1 tấn/ha', 'level', 'tấn/ha', d()),
 ('còn 2.950ha', '2.950ha', 'level', 'ha', d()),
 ('mức 4.800ha', '4.800ha', 'level', 'ha', d(period='2020')),
 ('120.000 đồng/tạ', '120.000 đồng/tạ', 'level', 'VND/tạ', d()),
 ('ước đạt 3.420 tấn', '3.420 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 4,6%', '4,6%', 'change', '%', d(E, U, indicator='aquaculture_output')),
 ('ước đạt 2.780 tỷ đồng', '2.780 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('tăng 11,3%', '11,3%', 'change', '%', d(E, U, SP, indicator='industrial_output_value')),
 ('thêm 2 dự án', '2', 'level', 'dự án', d(optional=True)),
 ('lên 14 dự án', '14', 'level', 'dự án', d(optional=True)),
 ('ký 5.200 tỷ đồng', '5.200 tỷ đồng', 'level', 'VND', d()),
 ('khoảng 4.600 lao động', '4.600', 'level', 'lao động', d(bound='about')),
 ('ước đạt 3.960 tỷ đồng', '3.960 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', d(E, U, SP, indicator='retail_sales')),
 ('đạt 162,5 tỷ đồng', '162,5 tỷ đồng', 'level', 'VND', d(BR)),
 ('đồng, đạt 86,4% dự toán', '86,4%', 'attainment', '%', d(P, BR)),
 ('tăng 14,2%', '14,2%', 'change', '%', d(U, SP, BR)),
 ('sách 284 tỷ đồng', '284 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 70,3% dự toán', '70,3%', 'attainment', '%', d(P, indicator='budget_expenditure')),
 ('có 5/5 xã', '5/5', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('đạt 16/19 tiêu chí', '16/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Mỹ Hòa', status='achieved')),
 ('cho 2.214 lao động', '2.214', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 88,6% kế hoạch', '88,6%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('cho 620 lao động', '620', 'level', 'lao động', d(indicator='vocational_training')),
 ('còn 1,12%', '1,12%', 'level', '%', d(indicator='poverty_rate')),
 ('(341 hộ)', '341', 'level', 'hộ', d(indicator='poor_households')),
 ('còn 2,35%', '2,35%', 'level', '%', d(indicator='near_poverty_rate')),
 ('(716 hộ)', '716', 'level', 'hộ', d()),
 ('đạt 91,4%', '91,4%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('32 căn nhà', '32', 'level', 'căn nhà', d()),
 ('đạt 188 tỷ đồng', '188 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('dự toán 7 - 10%', '7 - 10%', 'change', '%', d(K, U, P, BR, status='exceeded')),
 ('cho 2.500 lao động', '2.500', 'level', 'lao động', d(K, indicator='jobs_created')),
]
