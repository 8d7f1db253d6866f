TEXT = '''
BÁO QUẢNG BÌNH ĐIỆN TỬ
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Bình

Chính trị

Cập nhật: 15/12/2023 08:30

Thị xã Ba Đồn: 19/21 chỉ tiêu chủ yếu năm 2023 đạt và vượt kế hoạch

(QBĐT) - Ngày 14/12, Ban Chấp hành Đảng bộ thị xã Ba Đồn khoá XXII tổ chức hội nghị lần thứ 17 để đánh giá kết quả thực hiện nhiệm vụ năm 2023 và triển khai phương hướng, nhiệm vụ năm 2024. Đồng chí Trần Xuân Đồng, Tỉnh uỷ viên, Bí thư Thị uỷ chủ trì hội nghị.

Năm 2023, dù còn nhiều khó khăn nhưng kinh tế của thị xã tiếp tục tăng trưởng khá; trong 21 chỉ tiêu chủ yếu, có 19 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu chưa đạt là thu hút đầu tư và tỷ lệ đô thị hoá.

Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 8.620 tỷ đồng, tăng 9,4% so với năm 2022. Tốc độ tăng giá trị sản xuất các ngành nông - lâm - thuỷ sản, công nghiệp - xây dựng và dịch vụ lần lượt là 3,1%, 10,8% và 11,2%. Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng: công nghiệp - xây dựng 38,6%, dịch vụ 49,1%, nông - lâm - thuỷ sản 12,3%.

Thu nhập bình quân đầu người ước đạt 62,5 triệu đồng, tăng 5,3 triệu đồng so với năm trước. Sản lượng thuỷ sản đạt 11.260 tấn, trong đó khai thác 9.840 tấn. Thu ngân sách trên địa bàn đạt 236,8 tỷ đồng, vượt 18,4% dự toán tỉnh giao; riêng thu tiền sử dụng đất 128,5 tỷ đồng.

Một góc phường Ba Đồn nhìn từ cầu Quảng Hải. Ảnh: Phan Phương

Văn hoá - xã hội có nhiều chuyển biến. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 giảm còn 2,41% (giảm 0,52 điểm %); tỷ lệ hộ cận nghèo còn 3,86%. Toàn thị xã có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 6 xã; tỷ lệ trường đạt chuẩn quốc gia đạt 88,2%. Công tác xây dựng Đảng được chú trọng, cả năm kết nạp 148 đảng viên mới, đạt 123,3% kế hoạch.

Năm 2024, Đảng bộ thị xã đề ra một số chỉ tiêu chủ yếu: tốc độ tăng tổng giá trị sản xuất 10 - 11%; thu nhập bình quân đầu người đạt trên 67 triệu đồng; thu ngân sách trên địa bàn 210 tỷ đồng trở lên; tỷ lệ hộ nghèo giảm 0,3 - 0,5%; có thêm 1 xã đạt chuẩn nông thôn mới kiểu mẫu; kết nạp ít nhất 120 đảng viên.

Phát biểu kết luận hội nghị, Bí thư Thị uỷ Trần Xuân Đồng đề nghị các cấp uỷ, chính quyền tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng các dự án trọng điểm như đường bộ cao tốc Bắc - Nam đoạn qua địa bàn, Khu đô thị Quảng Thọ; phấn đấu sớm đưa thị xã Ba Đồn đạt tiêu chí đô thị loại III.

Phan Phương

Tin cùng chuyên mục:
- Tuyên Hoá: Đảng bộ huyện hoàn thành 18/20 chỉ tiêu năm 2023 (14/12/2023)
- Quảng Trạch: Thu ngân sách vượt 25% dự toán (13/12/2023)

Báo Quảng Bình - Số 6, đường Trần Hưng Đạo, TP. Đồng Hới. Điện thoại: 0232.3822.580
'''
META = {'published': '2023-12-15', 'locality': 'thị xã Ba Đồn'}
DEFAULTS = {'locality': 'thị xã Ba Đồn', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2024'}
U = {'direction': 'up'}
D = {'direction': 'down'}
RT = {'indicator': 'resolution_targets'}
BR = {'indicator': 'budget_revenue'}
TOV = {'indicator': 'total_output_value'}
INC = {'indicator': 'income_per_capita'}
FIGS = [
 ('Ba Đồn: 19/21 chỉ tiêu', '19/21', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(RT)),
 ('có 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 8.620 tỷ đồng', '8.620 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('tăng 9,4%', '9,4%', 'change', '%', d(E, U, TOV, base='2022')),
 ('là 3,1%', '3,1%', 'level', '%', d(indicator='agricultural_output_value')),
 (', 10,8%', '10,8%', 'level', '%', d(indicator='industrial_output_value')),
 ('và 11,2%', '11,2%', 'level', '%', d()),
 ('dựng 38,6%', '38,6%', 'level', '%', d(indicator='sector_share')),
 ('vụ 49,1%', '49,1%', 'level', '%', d(indicator='sector_share')),
 ('sản 12,3%', '12,3%', 'level', '%', d(indicator='sector_share')),
 ('đạt 62,5 triệu đồng', '62,5 triệu đồng', 'level', 'VND/người/năm', d(E, INC)),
 ('tăng 5,3 triệu đồng', '5,3 triệu đồng', 'change', 'VND/người/năm', d(E, U, INC, base='2022')),
 ('đạt 11.260 tấn', '11.260 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('thác 9.840 tấn', '9.840 tấn', 'level', 'tấn', d()),
 ('đạt 236,8 tỷ đồng', '236,8 tỷ đồng', 'level', 'VND', d(BR)),
 ('vượt 18,4% dự toán', '18,4%', 'change', '%', d(BR, U, base='target', status='exceeded')),
 ('đất 128,5 tỷ đồng', '128,5 tỷ đồng', 'level', 'VND', d(BR)),
 ('còn 2,41%', '2,41%', 'level', '%', d(D, indicator='poverty_rate')),
 ('giảm 0,52 điểm %', '0,52 điểm %', 'change', 'điểm %', d(D, indicator='poverty_rate')),
 ('còn 3,86%', '3,86%', 'level', '%', d(indicator='near_poverty_rate')),
 ('thêm 2 xã', '2', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('lên 6 xã', '6', 'level', 'xã', d(U, indicator='new_rural_communes_advanced')),
 ('đạt 88,2%', '88,2%', 'level', '%', d(indicator='national_standard_schools')),
 ('nạp 148 đảng viên', '148', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 123,3% kế hoạch', '123,3%', 'attainment', '%', d(indicator='new_party_members', base='target')),
 ('xuất 10 - 11%', '10 - 11%', 'level', '%', d(T, TOV)),
 ('trên 67 triệu đồng', '67 triệu đồng', 'level', 'VND/người/năm', d(T, INC, bound='over')),
 ('bàn 210 tỷ đồng', '210 tỷ đồng', 'level', 'VND', d(T, BR, bound='at_least')),
 ('giảm 0,3 - 0,5%', '0,3 - 0,5%', 'change', '%', d(T, D, indicator='poverty_rate')),
 ('thêm 1 xã', '1', 'level', 'xã', d(T, indicator='new_rural_communes_model')),
 ('ít nhất 120 đảng viên', '120', 'level', 'đảng viên', d(T, indicator='new_party_members', bound='at_least')),
]
