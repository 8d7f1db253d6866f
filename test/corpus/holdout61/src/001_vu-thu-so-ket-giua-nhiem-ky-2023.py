TEXT = '''
BÁO THÁI BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc

Chính trị
Thứ Sáu, 19/05/2023 | 08:15

Vũ Thư: 14/19 chỉ tiêu Nghị quyết đạt và vượt tiến độ sau nửa nhiệm kỳ

(Baothaibinh.com.vn) - Ngày 18/5, Ban Chấp hành Đảng bộ huyện Vũ Thư tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 - 2025. Đồng chí Phạm Văn Xuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự và chỉ đạo hội nghị.

Các đại biểu dự hội nghị tại Trung tâm Chính trị huyện.

Báo cáo sơ kết cho thấy, sau hai năm rưỡi thực hiện Nghị quyết, trong 19 chỉ tiêu chủ yếu Đại hội đề ra, có 14 chỉ tiêu đạt và vượt tiến độ; 3 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ; 2 chỉ tiêu khó đạt là tốc độ tăng tổng giá trị sản xuất và tỷ lệ đô thị hóa.

Tổng giá trị sản xuất (giá so sánh 2010) giai đoạn 2021 - 2022 tăng bình quân 7,8%/năm, thấp hơn mục tiêu Nghị quyết (9 - 10%/năm). Cơ cấu kinh tế chuyển dịch đúng hướng: tỷ trọng công nghiệp - xây dựng tăng từ 45,2% năm 2020 lên 51,6% năm 2022, nông nghiệp giảm còn 17,3%. Giá trị thu được trên 1 ha đất canh tác năm 2022 đạt 182 triệu đồng, tăng 14 triệu đồng so với năm 2020.

Thu ngân sách trên địa bàn năm 2022 đạt 1.126 tỷ đồng, gấp 1,6 lần năm 2020 và vượt 42% dự toán tỉnh giao. Trong 2 năm 2021 - 2022, huyện có thêm 86 doanh nghiệp thành lập mới; cụm công nghiệp Tam Quang thu hút 11 dự án với tổng vốn đăng ký gần 2.300 tỷ đồng.

Xây dựng nông thôn mới tiếp tục là điểm sáng của huyện. Đến nay, Vũ Thư có 21/28 xã đạt chuẩn nông thôn mới nâng cao, vượt mục tiêu cả nhiệm kỳ (Nghị quyết đề ra 15 xã), và 4 xã đạt chuẩn nông thôn mới kiểu mẫu. Tỷ lệ hộ nghèo giảm từ 2,86% năm 2020 xuống còn 1,42% năm 2022. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,4%, 100% trường học đạt chuẩn quốc gia.

Công tác xây dựng Đảng được chú trọng. Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ kết nạp 428 đảng viên, đạt 53,5% chỉ tiêu Nghị quyết; hằng năm có trên 88% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.

Đồng chí Phạm Văn Xuyên phát biểu chỉ đạo hội nghị.

Phát biểu chỉ đạo, đồng chí Phạm Văn Xuyên đề nghị huyện tập trung tháo gỡ vướng mắc về mặt bằng cho Khu công nghiệp Hồng Hà, có giải pháp cụ thể với 2 chỉ tiêu khó đạt. Năm 2023, huyện phấn đấu tổng giá trị sản xuất tăng 10,5%; thu ngân sách trên địa bàn 1.250 tỷ đồng trở lên; có thêm 3 xã đạt chuẩn nông thôn mới nâng cao; kết nạp 180 đảng viên mới. Đến năm 2025, tỷ lệ đô thị hóa của huyện đạt 25%.

Minh Hương

Tin cùng chuyên mục
- Kiến Xương sơ kết giữa nhiệm kỳ: 16/21 chỉ tiêu đạt tiến độ (17/05/2023)
- Thái Thụy: Đẩy nhanh tiến độ Khu kinh tế Thái Bình (16/05/2023)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 13 (12/05/2023)

Tòa soạn: Số 1 Lý Thường Kiệt, TP. Thái Bình. Điện thoại: 0227.3831.443
'''
META = {'published': '2023-05-19', 'locality': 'huyện Vũ Thư'}
DEFAULTS = {'locality': 'huyện Vũ Thư', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'modality': 'target'}
T23 = {'modality': 'target', 'period': '2023'}
Y22 = {'period': '2022'}
RT = {'indicator': 'resolution_targets'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('Vũ Thư: 14/19 chỉ tiêu', '14/19', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', d(RT)),
 ('có 14 chỉ tiêu', '14', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('; 3 chỉ tiêu có khả năng', '3', 'level', 'chỉ tiêu', d(RT, status='pending')),
 ('; 2 chỉ tiêu khó đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('tăng bình quân 7,8%/năm', '7,8%', 'change', '%', d(U, indicator='total_output_value', period='2021/2022')),
 ('(9 - 10%/năm)', '9 - 10%', 'level', '%', d(T, indicator='total_output_value')),
 ('từ 45,2% năm 2020', '45,2%', 'level', '%', d(indicator='sector_share', period='2020')),
 ('lên 51,6% năm 2022', '51,6%', 'level', '%', d(Y22, U, indicator='sector_share')),
 ('giảm còn 17,3%', '17,3%', 'level', '%', d(Y22, D, indicator='sector_share')),
 ('đạt 182 triệu đồng', '182 triệu đồng', 'level', 'VND/ha', d(Y22)),
 ('tăng 14 triệu đồng', '14 triệu đồng', 'change', 'VND/ha', d(Y22, U, base='2020')),
 ('đạt 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', d(Y22, indicator='budget_revenue')),
 ('gấp 1,6 lần năm 2020', '1,6 lần', 'change', 'lần', d(Y22, U, indicator='budget_revenue', base='2020')),
 ('vượt 42% dự toán', '42%', 'change', '%', d(Y22, U, indicator='budget_revenue', base='target', status='exceeded')),
 ('thêm 86 doanh nghiệp', '86', 'level', 'doanh nghiệp', d(indicator='new_enterprises', period='2021/2022')),
 ('thu hút 11 dự án', '11', 'level', 'dự án', d(period='2021/2022')),
 ('gần 2.300 tỷ đồng', '2.300 tỷ đồng', 'level', 'VND', d(period='2021/2022', bound='nearly')),
 ('có 21/28 xã', '21/28', 'ratio', 'xã', d(indicator='new_rural_communes_advanced')),
 ('đề ra 15 xã', '15', 'level', 'xã', d(T, indicator='new_rural_communes_advanced')),
 ('và 4 xã đạt chuẩn', '4', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('từ 2,86% năm 2020', '2,86%', 'level', '%', d(indicator='poverty_rate', period='2020')),
 ('còn 1,42% năm 2022', '1,42%', 'level', '%', d(Y22, D, indicator='poverty_rate')),
 ('đạt 92,4%', '92,4%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('100% trường học', '100%', 'level', '%', d(indicator='national_standard_schools')),
 ('kết nạp 428 đảng viên', '428', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 53,5% chỉ tiêu', '53,5%', 'attainment', '%', d(indicator='new_party_members', base='target')),
 ('trên 88% tổ chức', '88%', 'level', '%', d(bound='over')),
 ('với 2 chỉ tiêu khó đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('tăng 10,5%', '10,5%', 'change', '%', d(T23, U, indicator='total_output_value')),
 ('bàn 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', d(T23, indicator='budget_revenue', bound='at_least')),
 ('thêm 3 xã', '3', 'level', 'xã', d(T23, indicator='new_rural_communes_advanced')),
 ('kết nạp 180 đảng viên', '180', 'level', 'đảng viên', d(T23, indicator='new_party_members')),
 ('đạt 25%', '25%', 'level', '%', d(T, indicator='urbanization_rate', period='2025')),
]
