NFD = True
TEXT = '''
BÁO CÀ MAU ĐIỆN TỬ
Trang chủ | Thời sự | Kinh tế | Xã hội | Đất & Người Cà Mau | Pháp luật | Thể thao
Cập nhật: 18/12/2024 - 10:05

Năm Căn: 16/18 chỉ tiêu Nghị quyết đạt và vượt

(CMO) Ngày 17/12, Ban Chấp hành Đảng bộ huyện Năm Căn tổ chức Hội nghị lần thứ 24 (mở rộng), đánh giá kết quả thực hiện Nghị quyết năm 2024 và triển khai nhiệm vụ năm 2025. Năm 2024, huyện thực hiện đạt và vượt 16/18 chỉ tiêu Nghị quyết; 2 chỉ tiêu không đạt là tổng sản lượng thủy sản và thu ngân sách.

Theo báo cáo, tổng giá trị sản xuất (giá so sánh 2010) ước đạt 6.218 tỷ đồng, tăng 6,3% so với năm 2023. Diện tích nuôi tôm toàn huyện 38.950 ha, trong đó nuôi tôm siêu thâm canh 612 ha (tăng 124 ha so với năm trước), nuôi tôm - rừng 21.300 ha. Tổng sản lượng thủy sản ước đạt 68.420 tấn/KH 70.000 tấn, bằng 97,7% kế hoạch; trong đó tôm 31.260 tấn.

Thu ngân sách nhà nước trên địa bàn ước đạt 132,6 tỷ đồng, bằng 91,4% dự toán tỉnh giao, giảm 3,8% so với năm 2023 do nguồn thu tiền sử dụng đất giảm mạnh. Hai chỉ tiêu không đạt có tỷ lệ thực hiện lần lượt là 97,7% và 91,4%. Giải ngân vốn đầu tư công đến ngày 15/12 đạt 88,2% kế hoạch; riêng thị trấn Năm Căn thu ngân sách được 38,5 tỷ đồng.

Quang cảnh hội nghị. Ảnh: TRÚC GIANG

Năm 2024, huyện giải quyết việc làm cho 2.150 lao động, đạt 107,5% kế hoạch; giảm 186 hộ nghèo, tỷ lệ hộ nghèo còn 2,34% (giảm 1,02 điểm phần trăm). Huyện có thêm xã Hàm Rồng đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã đạt chuẩn nông thôn mới lên 7/7 xã, trong đó 3 xã đạt chuẩn nâng cao. Tỷ lệ hộ sử dụng nước sạch đạt 72,6%; tỷ lệ che phủ rừng 19,8%. Trong năm, Đảng bộ huyện kết nạp 86 đảng viên mới, đạt 114,7% chỉ tiêu.

Năm 2025, Đảng bộ huyện đề ra 18 chỉ tiêu chủ yếu, trong đó phấn đấu: tổng giá trị sản xuất tăng 6,5 - 7%; tổng sản lượng thủy sản 71.000 tấn; thu ngân sách 145 tỷ đồng trở lên; giảm tỷ lệ hộ nghèo từ 0,8 - 1%; thu nhập bình quân đầu người đạt 78 triệu đồng; kết nạp ít nhất 80 đảng viên.

Phát biểu chỉ đạo, Bí thư Huyện ủy Lê Văn Sử yêu cầu các ngành tập trung tháo gỡ khó khăn cho 5 dự án nuôi tôm công nghệ cao, chuẩn bị tốt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.

Trần Nguyên

Tin liên quan:
- Ngọc Hiển: Thu ngân sách đạt 102% dự toán
- Khánh thành cầu Kênh Tắt trên Quốc lộ 1
- Năm Căn: 11 tháng giải ngân đạt 76%

Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau. Số 78 Ngô Quyền, phường 9, TP Cà Mau. ĐT: 0290.3831.436
'''
META = {'published': '2024-12-18', 'locality': 'huyện Năm Căn'}
DEFAULTS = {'locality': 'huyện Năm Căn', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
AQ = {'indicator': 'aquaculture_output'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('Năm Căn: 16/18 chỉ tiêu', '16/18', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('vượt 16/18 chỉ tiêu', '16/18', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('quyết; 2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 6.218 tỷ đồng', '6.218 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('tăng 6,3% so với năm 2023', '6,3%', 'change', '%', d(E, U, indicator='total_output_value', base='2023')),
 ('huyện 38.950 ha', '38.950 ha', 'level', 'ha', d()),
 ('canh 612 ha', '612 ha', 'level', 'ha', d()),
 ('tăng 124 ha', '124 ha', 'change', 'ha', d(U, base='2023')),
 ('rừng 21.300 ha', '21.300 ha', 'level', 'ha', d()),
 ('ước đạt 68.420 tấn', '68.420 tấn', 'level', 'tấn', d(E, AQ)),
 ('/KH 70.000 tấn', '70.000 tấn', 'level', 'tấn', d(AQ, modality='target')),
 ('bằng 97,7% kế hoạch', '97,7%', 'attainment', '%', d(E, TB, AQ)),
 ('tôm 31.260 tấn', '31.260 tấn', 'level', 'tấn', d()),
 ('ước đạt 132,6 tỷ đồng', '132,6 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 91,4% dự toán', '91,4%', 'attainment', '%', d(E, TB, BR)),
 ('giảm 3,8%', '3,8%', 'change', '%', d(E, D, BR, base='2023')),
 ('Hai chỉ tiêu không đạt', 'Hai', 'level', 'chỉ tiêu', d(RT, status='not_achieved', value=2)),
 ('lần lượt là 97,7%', '97,7%', 'attainment', '%', d(TB, AQ)),
 ('và 91,4%.', '91,4%', 'attainment', '%', d(TB, BR)),
 ('đạt 88,2% kế hoạch', '88,2%', 'attainment', '%', d(TB, indicator='public_investment_disbursement')),
 ('được 38,5 tỷ đồng', '38,5 tỷ đồng', 'level', 'VND', d(BR, locality='thị trấn Năm Căn')),
 ('cho 2.150 lao động', '2.150', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 107,5% kế hoạch', '107,5%', 'attainment', '%', d(TB, indicator='jobs_created')),
 ('giảm 186 hộ nghèo', '186', 'change', 'hộ', d(D, indicator='poor_households')),
 ('còn 2,34%', '2,34%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 1,02 điểm phần trăm', '1,02 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate')),
 ('lên 7/7 xã', '7/7', 'ratio', 'xã', d(U, indicator='new_rural_communes')),
 ('trong đó 3 xã', '3', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('đạt 72,6%', '72,6%', 'level', '%', d(indicator='clean_water_rate')),
 ('rừng 19,8%', '19,8%', 'level', '%', d(indicator='forest_cover')),
 ('kết nạp 86 đảng viên', '86', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 114,7% chỉ tiêu', '114,7%', 'attainment', '%', d(TB, indicator='new_party_members')),
 ('đề ra 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(T, RT)),
 ('tăng 6,5 - 7%', '6,5 - 7%', 'change', '%', d(T, U, indicator='total_output_value')),
 ('thủy sản 71.000 tấn', '71.000 tấn', 'level', 'tấn', d(T, AQ)),
 ('sách 145 tỷ đồng', '145 tỷ đồng', 'level', 'VND', d(T, BR, bound='at_least')),
 ('từ 0,8 - 1%', '0,8 - 1%', 'change', '%', d(T, D, indicator='poverty_rate')),
 ('đạt 78 triệu đồng', '78 triệu đồng', 'level', 'VND/người/năm', d(T, indicator='income_per_capita')),
 ('ít nhất 80 đảng viên', '80', 'level', 'đảng viên', d(T, indicator='new_party_members', bound='at_least')),
 ('cho 5 dự án', '5', 'level', 'dự án', d(optional=True)),
]
