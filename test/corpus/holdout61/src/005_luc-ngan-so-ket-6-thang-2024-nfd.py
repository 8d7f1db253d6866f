NFD = True
TEXT = '''
BẮC GIANG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Văn hóa | Pháp luật | Video

Thứ Bảy, 06/07/2024, 10:25 (GMT+7)

Lục Ngạn: 6 tháng đầu năm, giá trị sản xuất đạt 51,2% kế hoạch

BGĐT - Ngày 5/7, Ban Chấp hành Đảng bộ huyện Lục Ngạn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Năm 2024 là năm “nước rút” thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 - 2025.

Theo báo cáo, 6 tháng đầu năm, tổng giá trị sản xuất trên địa bàn huyện ước đạt 6.120 tỷ đồng, bằng 51,2% kế hoạch năm, tăng 8,4% so với cùng kỳ. Vụ vải thiều năm 2024 được mùa, được giá; tổng sản lượng vải thiều ước đạt 95.000 tấn, tăng 15,8% so với năm 2023, trong đó sản lượng vải sớm khoảng 36.000 tấn; tổng doanh thu từ vải thiều và các dịch vụ phụ trợ đạt khoảng 4.650 tỷ đồng.

Thu hoạch vải thiều tại xã Quý Sơn. Ảnh: Vũ Hà

Tại xã Quý Sơn, gia đình ông Hoàng Văn Bình có 2,5 ha vải sớm, vụ này thu về gần 600 triệu đồng, cao hơn năm ngoái khoảng 150 triệu đồng.

Thu ngân sách nhà nước trên địa bàn 6 tháng đạt 312,5 tỷ đồng, bằng 62,4% dự toán tỉnh giao. Giải ngân vốn đầu tư công đến ngày 30/6 đạt 47,8% kế hoạch. Toàn huyện có thêm 46 doanh nghiệp thành lập mới; đón 1,12 triệu lượt khách du lịch, chủ yếu trong mùa vải.

Lĩnh vực văn hóa - xã hội có chuyển biến. Huyện giải quyết việc làm cho 2.150 lao động, đạt 61,4% kế hoạch, trong đó xuất khẩu 285 lao động. Tỷ lệ hộ nghèo dự kiến cuối năm giảm còn 4,2%.

Đánh giá chung, trong 18 chỉ tiêu chủ yếu năm 2024, có 10 chỉ tiêu đạt và vượt tiến độ, 6 chỉ tiêu sẽ đánh giá vào cuối năm; 2 chỉ tiêu khó đạt là thu tiền sử dụng đất và số xã đạt chuẩn nông thôn mới nâng cao (mới đạt 1/4 xã).

Nhiệm vụ 6 tháng cuối năm

Hội nghị thống nhất 6 tháng cuối năm tập trung phòng, chống thiên tai mùa mưa bão; phấn đấu thu ngân sách 6 tháng cuối năm đạt 188 tỷ đồng trở lên, giải ngân 100% kế hoạch vốn đầu tư công năm 2024; hoàn thành xây dựng 3 xã đạt chuẩn nông thôn mới nâng cao; kết nạp 160 đảng viên, nâng tổng số đảng viên kết nạp cả năm lên 310 đồng chí.

Phát biểu kết luận, Bí thư Huyện ủy yêu cầu các cấp ủy, chính quyền bám sát 18 chỉ tiêu, nhất là 2 chỉ tiêu khó đạt, để hoàn thành toàn diện kế hoạch năm 2024, tạo tiền đề tổ chức thành công đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.

Vũ Hà

Tin cùng chuyên mục
- Sơn Động: Thu ngân sách 6 tháng đạt 68% dự toán (05/07/2024)
- Lạng Giang sơ kết công tác xây dựng Đảng 6 tháng đầu năm (04/07/2024)
- Yên Thế phấn đấu có thêm 2 xã nông thôn mới nâng cao (03/07/2024)

Điện thoại: 0204.3855.396 | Email: baobacgiang@gmail.com
'''
META = {'published': '2024-07-06', 'locality': 'huyện Lục Ngạn'}
DEFAULTS = {'locality': 'huyện Lục Ngạn', 'period': '2024-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
Y = {'period': '2024'}
H2 = {'period': '2024-H2', 'modality': 'target'}
RT = {'indicator': 'resolution_targets'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('sản xuất đạt 51,2% kế hoạch', '51,2%', 'attainment', '%', d(indicator='total_output_value', base='target')),
 ('ước đạt 6.120 tỷ đồng', '6.120 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('bằng 51,2% kế hoạch năm', '51,2%', 'attainment', '%', d(E, indicator='total_output_value', base='target')),
 ('tăng 8,4% so với cùng kỳ', '8,4%', 'change', '%', d(E, U, indicator='total_output_value', base='same_period')),
 ('ước đạt 95.000 tấn', '95.000 tấn', 'level', 'tấn', d(E, Y)),
 ('tăng 15,8% so với năm 2023', '15,8%', 'change', '%', d(E, Y, U, base='2023')),
 ('khoảng 36.000 tấn', '36.000 tấn', 'level', 'tấn', d(E, Y, bound='about')),
 ('khoảng 4.650 tỷ đồng', '4.650 tỷ đồng', 'level', 'VND', d(Y, bound='about')),
 ('đạt 312,5 tỷ đồng', '312,5 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 62,4% dự toán', '62,4%', 'attainment', '%', d(indicator='budget_revenue', base='target')),
 ('đạt 47,8% kế hoạch', '47,8%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('thêm 46 doanh nghiệp', '46', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('đón 1,12 triệu lượt', '1,12 triệu', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('cho 2.150 lao động', '2.150', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 61,4% kế hoạch', '61,4%', 'attainment', '%', d(indicator='jobs_created', base='target')),
 ('xuất khẩu 285 lao động', '285', 'level', 'lao động', d(indicator='labour_export')),
 ('giảm còn 4,2%', '4,2%', 'level', '%', d(Y, D, indicator='poverty_rate', modality='estimate')),
 ('trong 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(Y, RT)),
 ('có 10 chỉ tiêu', '10', 'level', 'chỉ tiêu', d(Y, RT, status='achieved')),
 ('6 chỉ tiêu sẽ đánh giá', '6', 'level', 'chỉ tiêu', d(Y, RT, status='pending')),
 ('; 2 chỉ tiêu khó đạt', '2', 'level', 'chỉ tiêu', d(Y, RT, status='not_achieved')),
 ('đạt 1/4 xã', '1/4', 'ratio', 'xã', d(Y, indicator='new_rural_communes_advanced')),
 ('đạt 188 tỷ đồng trở lên', '188 tỷ đồng', 'level', 'VND', d(H2, indicator='budget_revenue', bound='at_least')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target', period='2024', modality='target')),
 ('xây dựng 3 xã', '3', 'level', 'xã', d(H2, indicator='new_rural_communes_advanced')),
 ('kết nạp 160 đảng viên', '160', 'level', 'đảng viên', d(H2, indicator='new_party_members')),
 ('lên 310 đồng chí', '310', 'level', 'đồng chí', d(U, indicator='new_party_members', period='2024', modality='target')),
 ('bám sát 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(Y, RT)),
 ('nhất là 2 chỉ tiêu khó đạt', '2', 'level', 'chỉ tiêu', d(Y, RT, status='not_achieved')),
]
