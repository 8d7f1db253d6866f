TEXT = '''
BÁO THANH HÓA
Thứ Năm, 21/12/2023
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật | Xứ Thanh

Chính trị
21/12/2023 09:42

Thị xã Nghi Sơn xác định năm 2024 là năm “nước rút” thực hiện Nghị quyết Đại hội

Ngày 20/12, Ban Chấp hành Đảng bộ thị xã Nghi Sơn tổ chức hội nghị lần thứ 19 đánh giá kết quả thực hiện nhiệm vụ năm 2023, triển khai nhiệm vụ năm 2024. Năm 2023, thị xã có 22/25 chỉ tiêu chủ yếu đạt và vượt kế hoạch.

Theo báo cáo của Ban Thường vụ Thị ủy, năm 2023, dù Nhà máy Lọc hóa dầu Nghi Sơn dừng hoạt động 55 ngày để bảo dưỡng tổng thể, kinh tế thị xã vẫn duy trì tăng trưởng. Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 268.450 tỷ đồng, tăng 8,7% so với năm 2022.

Thu ngân sách nhà nước trên địa bàn ước đạt 26.830 tỷ đồng, bằng 94,1% dự toán, giảm 12,6% so với năm 2022, chủ yếu do thu thuế nhập khẩu dầu thô giảm; thu ngân sách do thị xã quản lý đạt 1.245 tỷ đồng, vượt 38,3% dự toán. Vốn đầu tư toàn xã hội ước đạt 21.600 tỷ đồng. Khu kinh tế Nghi Sơn thu hút 14 dự án mới với tổng vốn đăng ký hơn 19.300 tỷ đồng.

Sản lượng lương thực đạt 96.400 tấn. Thị xã có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 6 xã. Tỷ lệ hộ nghèo giảm còn 1,96%, giảm 0,84 điểm phần trăm so với năm 2022.

Ba chỉ tiêu chưa đạt gồm: thu ngân sách nhà nước trên địa bàn; tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ (ước đạt 31,5%, kế hoạch 33%) và số xã đạt chuẩn nông thôn mới kiểu mẫu (đạt 1/2 xã theo kế hoạch).

Quang cảnh Cảng Nghi Sơn. Ảnh: Tư liệu

Năm 2024 là năm thứ tư thực hiện Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV, nhiệm kỳ 2020 - 2025, có ý nghĩa “nước rút” để hoàn thành các mục tiêu của nhiệm kỳ. Hội nghị thống nhất 25 chỉ tiêu chủ yếu năm 2024, trong đó:
- Tốc độ tăng tổng giá trị sản xuất từ 10% trở lên;
- Thu ngân sách nhà nước trên địa bàn 30.500 tỷ đồng; thu ngân sách do thị xã quản lý 1.300 tỷ đồng;
- Tổng vốn đầu tư toàn xã hội 23.000 - 24.000 tỷ đồng;
- Sản lượng lương thực 95.000 tấn trở lên;
- Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ 34%;
- Tỷ lệ hộ nghèo giảm 0,5 điểm phần trăm trở lên;
- Có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, 1 xã nông thôn mới kiểu mẫu;
- Kết nạp 250 đảng viên mới.

Kết luận hội nghị, Bí thư Thị ủy yêu cầu các cấp ủy, chính quyền tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng cho 3 dự án trọng điểm, trong đó có dự án đường bộ ven biển đoạn qua thị xã dài 27 km; quyết liệt thu hồi nợ đọng thuế, phấn đấu hoàn thành ở mức cao nhất các chỉ tiêu còn lại của nhiệm kỳ.

Minh Hằng

Tin liên quan:
- Huyện Quảng Xương: 21/24 chỉ tiêu năm 2023 đạt và vượt kế hoạch
- Thành phố Sầm Sơn đón 6,5 triệu lượt khách trong năm 2023

Giấy phép số 233/GP-BTTTT. Tòa soạn: 29 Phan Chu Trinh, phường Điện Biên, TP Thanh Hóa. Điện thoại: 0237.3852.388
'''
META = {'published': '2023-12-21', 'locality': 'thị xã Nghi Sơn'}
DEFAULTS = {'locality': 'thị xã Nghi Sơn', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2024'}
RT = {'indicator': 'resolution_targets'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('có 22/25 chỉ tiêu', '22/25', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('ước đạt 268.450 tỷ đồng', '268.450 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('tăng 8,7% so với năm 2022', '8,7%', 'change', '%', d(E, U, indicator='total_output_value', base='2022')),
 ('ước đạt 26.830 tỷ đồng', '26.830 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 94,1% dự toán', '94,1%', 'attainment', '%', d(E, indicator='budget_revenue', base='target')),
 ('giảm 12,6% so với năm 2022', '12,6%', 'change', '%', d(E, D, indicator='budget_revenue', base='2022')),
 ('đạt 1.245 tỷ đồng', '1.245 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('vượt 38,3% dự toán', '38,3%', 'change', '%', d(U, indicator='budget_revenue', base='target', status='exceeded')),
 ('ước đạt 21.600 tỷ đồng', '21.600 tỷ đồng', 'level', 'VND', d(E, indicator='social_investment')),
 ('thu hút 14 dự án', '14', 'level', 'dự án', d()),
 ('hơn 19.300 tỷ đồng', '19.300 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('đạt 96.400 tấn', '96.400 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng', '2', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('lên 6 xã', '6', 'level', 'xã', d(U, indicator='new_rural_communes_advanced')),
 ('giảm còn 1,96%', '1,96%', 'level', '%', d(D, indicator='poverty_rate')),
 ('giảm 0,84 điểm phần trăm', '0,84 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate', base='2022')),
 ('Ba chỉ tiêu chưa đạt', 'Ba', 'level', 'chỉ tiêu', d(RT, status='not_achieved', value=3)),
 ('ước đạt 31,5%', '31,5%', 'level', '%', d(E, indicator='trained_labour_rate')),
 ('kế hoạch 33%', '33%', 'level', '%', d(indicator='trained_labour_rate', modality='target')),
 ('đạt 1/2 xã', '1/2', 'ratio', 'xã', d(indicator='new_rural_communes_model')),
 ('thống nhất 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', d(T, RT)),
 ('từ 10% trở lên', '10%', 'level', '%', d(T, indicator='total_output_value', bound='at_least')),
 ('bàn 30.500 tỷ đồng', '30.500 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue')),
 ('quản lý 1.300 tỷ đồng', '1.300 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue')),
 ('23.000 - 24.000 tỷ đồng', '23.000 - 24.000 tỷ đồng', 'level', 'VND', d(T, indicator='social_investment')),
 ('95.000 tấn trở lên', '95.000 tấn', 'level', 'tấn', d(T, indicator='food_output', bound='at_least')),
 ('chứng chỉ 34%', '34%', 'level', '%', d(T, indicator='trained_labour_rate')),
 ('giảm 0,5 điểm phần trăm trở lên', '0,5 điểm phần trăm', 'change', 'điểm %', d(T, D, indicator='poverty_rate', bound='at_least')),
 ('Có thêm 2 xã', '2', 'level', 'xã', d(T, indicator='new_rural_communes_advanced')),
 ('1 xã nông thôn mới kiểu mẫu', '1', 'level', 'xã', d(T, indicator='new_rural_communes_model')),
 ('Kết nạp 250 đảng viên', '250', 'level', 'đảng viên', d(T, indicator='new_party_members')),
 ('cho 3 dự án trọng điểm', '3', 'level', 'dự án', d(optional=True)),
]
