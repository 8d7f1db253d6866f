TEXT = '''
BÁO HÀ TĨNH
Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Thời sự
Thứ Sáu, 27/06/2025 - 10:05

Quý II, giá trị sản xuất nông nghiệp Hà Tĩnh tăng 4,2%

(Baohatinh.vn) - Quý II/2025, giá trị sản xuất nông, lâm nghiệp và thuỷ sản của tỉnh ước tăng 4,2% so với cùng kỳ, cao hơn mức tăng của quý I (2,7%); tính chung 6 tháng, toàn ngành tăng 3,5%, đạt kế hoạch đề ra.

Theo Sở Nông nghiệp và Môi trường, vụ Xuân 2025 toàn tỉnh gieo cấy 57.850 ha lúa, bằng 100,6% kế hoạch; năng suất bình quân ước đạt 61,2 tạ/ha, tăng 1,8 tạ/ha so với vụ Xuân năm trước; sản lượng ước đạt 354.000 tấn, cao nhất từ trước đến nay. Riêng huyện Đức Thọ năng suất đạt 66,5 tạ/ha, đứng đầu toàn tỉnh.

Chăn nuôi ổn định. Tại thời điểm cuối tháng 6, tổng đàn lợn ước đạt 362.000 con, tăng 2,4% so với cùng thời điểm năm trước; đàn gia cầm 10,6 triệu con, tăng 3,1%. Sản lượng thịt hơi xuất chuồng quý II ước đạt 38.400 tấn, tăng 4,6% so với quý I; 6 tháng đạt 74.200 tấn, tăng 5,2% so với cùng kỳ.

Sản lượng thuỷ sản tháng 6 ước đạt 6.120 tấn, giảm 2,1% so với tháng trước do mưa bão đầu mùa; quý II đạt 17.860 tấn; luỹ kế 6 tháng đạt 32.450 tấn, tăng 3,9% so với cùng kỳ, bằng 52,3% kế hoạch năm. Trong đó, khai thác 21.300 tấn, nuôi trồng 11.150 tấn.

Trồng rừng tập trung 6 tháng đạt 4.850 ha, bằng 65% kế hoạch; riêng tháng 6 trồng được 620 ha. Tỷ lệ che phủ rừng duy trì 52,7%.

Về nông thôn mới, đến ngày 20/6/2025, toàn tỉnh có 181/181 xã đạt chuẩn nông thôn mới, 78 xã đạt chuẩn nâng cao và 21 xã đạt chuẩn kiểu mẫu; 13/13 huyện, thành phố, thị xã hoàn thành nhiệm vụ xây dựng nông thôn mới.

Ước cả năm 2025, giá trị sản xuất toàn ngành tăng 3,8 - 4%; sản lượng lương thực đạt trên 560.000 tấn.

Nông dân xã Thạch Kênh (huyện Thạch Hà) thu hoạch lúa Xuân. Ảnh: Hoàng Anh

Thu Phương

Tin liên quan
- Hà Tĩnh: Hoà giải thành 92% vụ việc ở cơ sở (25/6/2025)
- Uỷ ban MTTQ tỉnh phát động ủng hộ người nghèo (20/6/2025)

Giấy phép hoạt động báo điện tử số 451/GP-BTTTT. Điện thoại: 0239.3855.262
'''
META = {'published': '2025-06-27', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2025-Q2', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
P = {'base': 'target'}
H1 = {'period': '2025-H1'}
M06 = {'period': '2025-M06'}
Y = {'period': '2025'}
AO = {'indicator': 'agricultural_output_value'}
AQ = {'indicator': 'aquaculture_output'}
FIGS = [
 ('nghiệp Hà Tĩnh tăng 4,2%', '4,2%', 'change', '%', d(AO, U)),
 ('ước tăng 4,2%', '4,2%', 'change', '%', d(AO, E, U, SP)),
 ('(2,7%)', '2,7%', 'change', '%', d(AO, U, period='2025-Q1')),
 ('ngành tăng 3,5%', '3,5%', 'change', '%', d(AO, H1, U)),
 ('cấy 57.850 ha', '57.850 ha', 'level', 'ha', d(Y, indicator='crop_area')),
 ('bằng 100,6%', '100,6%', 'attainment', '%', d(Y, P, indicator='crop_area')),
 ('đạt 61,2 tạ/ha', '61,2 tạ/ha', 'level', 'tạ/ha', d(Y, E)),
 ('tăng 1,8 tạ/ha', '1,8 tạ/ha', 'change', 'tạ/ha', d(Y, E, U, SP)),
 ('đạt 354.000 tấn', '354.000 tấn', 'level', 'tấn', d(Y, E, indicator='rice_output')),
 ('đạt 66,5 tạ/ha', '66,5 tạ/ha', 'level', 'tạ/ha', d(Y, locality='huyện Đức Thọ')),
 ('đạt 362.000 con', '362.000', 'level', 'con', d(M06, E)),
 ('tăng 2,4%', '2,4%', 'change', '%', d(M06, E, U, SP)),
 ('cầm 10,6 triệu con', '10,6 triệu', 'level', 'con', d(M06)),
 ('tăng 3,1%', '3,1%', 'change', '%', d(M06, U)),
 ('đạt 38.400 tấn', '38.400 tấn', 'level', 'tấn', d(E)),
 ('tăng 4,6%', '4,6%', 'change', '%', d(E, U, PP)),
 ('đạt 74.200 tấn', '74.200 tấn', 'level', 'tấn', d(H1)),
 ('tăng 5,2%', '5,2%', 'change', '%', d(H1, U, SP)),
 ('đạt 6.120 tấn', '6.120 tấn', 'level', 'tấn', d(AQ, M06, E)),
 ('giảm 2,1%', '2,1%', 'change', '%', d(AQ, M06, E, D, PP)),
 ('đạt 17.860 tấn', '17.860 tấn', 'level', 'tấn', d(AQ)),
 ('đạt 32.450 tấn', '32.450 tấn', 'level', 'tấn', d(AQ, H1)),
 ('tăng 3,9%', '3,9%', 'change', '%', d(AQ, H1, U, SP)),
 ('bằng 52,3%', '52,3%', 'attainment', '%', d(AQ, H1, P)),
 ('thác 21.300 tấn', '21.300 tấn', 'level', 'tấn', d(AQ, H1)),
 ('trồng 11.150 tấn', '11.150 tấn', 'level', 'tấn', d(AQ, H1)),
 ('đạt 4.850 ha', '4.850 ha', 'level', 'ha', d(H1)),
 ('bằng 65%', '65%', 'attainment', '%', d(H1, P)),
 ('được 620 ha', '620 ha', 'level', 'ha', d(M06)),
 ('duy trì 52,7%', '52,7%', 'level', '%', d(H1, indicator='forest_cover')),
 ('có 181/181 xã', '181/181', 'ratio', 'xã', d(M06, indicator='new_rural_communes')),
 ('78 xã', '78', 'level', 'xã', d(M06, indicator='new_rural_communes_advanced')),
 ('21 xã', '21', 'level', 'xã', d(M06, indicator='new_rural_communes_model')),
 ('13/13 huyện', '13/13', 'ratio', 'huyện', d(M06)),
 ('tăng 3,8 - 4%', '3,8 - 4%', 'change', '%', d(AO, Y, E, U)),
 ('trên 560.000 tấn', '560.000 tấn', 'level', 'tấn', d(Y, E, bound='over', indicator='food_output')),
]
