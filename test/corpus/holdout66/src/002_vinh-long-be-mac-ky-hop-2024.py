TEXT = '''
Báo Vĩnh Long Online
Cập nhật: 11/12/2024 - 17:42

Chính trị | Kinh tế | Văn hóa - Xã hội | Pháp luật | Quốc phòng - An ninh

Bế mạc kỳ họp thứ 23, HĐND tỉnh khóa X: Năm 2025 phấn đấu tăng trưởng GRDP đạt 8% trở lên

(VLO) - Chiều 11/12, sau 3 ngày làm việc, Kỳ họp thứ 23 (kỳ họp thường lệ cuối năm 2024) HĐND tỉnh Vĩnh Long khóa X đã bế mạc. Kỳ họp đã thông qua 27 nghị quyết, trong đó có Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025.

Phát biểu bế mạc kỳ họp, đồng chí Bùi Văn Nghiêm - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh cho biết, năm 2024, trong bối cảnh còn nhiều khó khăn, tỉnh đã đạt và vượt 18/22 chỉ tiêu chủ yếu; 4 chỉ tiêu chưa đạt. Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,72%, đứng thứ 6 trong 13 tỉnh, thành phố vùng đồng bằng sông Cửu Long. Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, tỷ trọng khu vực nông nghiệp, công nghiệp - xây dựng và dịch vụ lần lượt là 31,6%, 22,4% và 41,5%.

Theo đồng chí Bùi Văn Nghiêm, thu ngân sách trên địa bàn năm 2024 ước đạt 7.150 tỷ đồng, vượt 9,2% dự toán; giải ngân vốn đầu tư công đến ngày 30/11/2024 đạt 78,4% kế hoạch. Thu nhập bình quân đầu người ước đạt 73,8 triệu đồng, tăng 6,1 triệu đồng so với năm 2023. Tỷ lệ hộ nghèo giảm còn 1,21%; có thêm 9 xã đạt chuẩn nông thôn mới nâng cao và 4 xã đạt chuẩn nông thôn mới kiểu mẫu.

"Nhìn lại 4 năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, tăng trưởng bình quân chỉ đạt khoảng 5,9%/năm, chưa đạt mục tiêu 6,5 - 7%/năm mà Nghị quyết đề ra. Năm 2025 là năm cuối nhiệm kỳ, chúng ta không còn đường lùi", đồng chí Bí thư Tỉnh ủy nhấn mạnh.

Đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Thảo Ly

Theo Nghị quyết được thông qua, một số chỉ tiêu chủ yếu năm 2025 như sau:

Chỉ tiêu | Ước thực hiện 2024 | Kế hoạch 2025
Tốc độ tăng trưởng GRDP (%) | 6,72 | 8 trở lên
GRDP bình quân đầu người (triệu đồng) | 76,5 | 84
Thu ngân sách trên địa bàn (tỷ đồng) | 7.150 | 7.450
Tổng vốn đầu tư toàn xã hội (tỷ đồng) | 27.900 | 31.000
Tỷ lệ hộ nghèo (%) | 1,21 | dưới 1

Đồng chí Bùi Văn Nghiêm đề nghị các cấp, các ngành tập trung tháo gỡ vướng mắc để giải ngân hết 100% kế hoạch vốn đầu tư công năm 2025; phấn đấu có thêm ít nhất 10 xã đạt chuẩn nông thôn mới nâng cao. "Mỗi đại biểu phải là một tuyên truyền viên, đưa nghị quyết vào cuộc sống", đồng chí nói.

Thảo Ly - Minh Thái

Tin cùng chuyên mục:
- Khai mạc Kỳ họp thứ 23, HĐND tỉnh khóa X (09/12/2024)
- Chất vấn về giải ngân vốn đầu tư công tại Quốc lộ 53 (10/12/2024)
- Vĩnh Long: 2 xã về đích nông thôn mới kiểu mẫu (05/12/2024)

BÁO VĨNH LONG - Số 38, đường 2 Tháng 9, Phường 1, TP Vĩnh Long. ĐT: 0270.3822.224
'''
META = {'published': '2024-12-11', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2025', 'modality': 'target'}
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
RT = {'indicator': 'resolution_targets'}
BR = {'indicator': 'budget_revenue'}
SS = {'indicator': 'sector_share'}
FIGS = [
 ('GRDP đạt 8% trở lên', '8%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('thông qua 27 nghị quyết', '27', 'level', 'nghị quyết', d(optional=True)),
 ('vượt 18/22 chỉ tiêu', '18/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('; 4 chỉ tiêu chưa đạt', '4', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 6,72%', '6,72%', 'level', '%', d(E, indicator='grdp_growth')),
 ('lần lượt là 31,6%', '31,6%', 'level', '%', d(SS)),
 (', 22,4% và', '22,4%', 'level', '%', d(SS)),
 ('và 41,5%', '41,5%', 'level', '%', d(SS)),
 ('ước đạt 7.150 tỷ đồng', '7.150 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('vượt 9,2% dự toán', '9,2%', 'change', '%', d(E, U, BR, base='target', status='exceeded')),
 ('đạt 78,4% kế hoạch', '78,4%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target', period='2024-11M')),
 ('ước đạt 73,8 triệu đồng', '73,8 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('tăng 6,1 triệu đồng', '6,1 triệu đồng', 'change', 'VND/người/năm', d(E, U, indicator='income_per_capita', base='2023')),
 ('giảm còn 1,21%', '1,21%', 'level', '%', d(D, indicator='poverty_rate')),
 ('thêm 9 xã', '9', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('và 4 xã', '4', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('khoảng 5,9%/năm', '5,9%', 'level', '%', d(indicator='grdp_growth', period='2020/2025', bound='about')),
 ('mục tiêu 6,5 - 7%/năm', '6,5 - 7%', 'level', '%', d(indicator='grdp_growth', period='2020/2025', modality='target')),
 ('(%) | 6,72 |', '6,72', 'level', '%', d(E, indicator='grdp_growth')),
 ('| 8 trở lên', '8', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('| 76,5 |', '76,5', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita', value=76500000)),
 ('| 84\n', '84', 'level', 'VND/người/năm', d(T, indicator='grdp_per_capita', value=84000000)),
 ('(tỷ đồng) | 7.150 |', '7.150', 'level', 'VND', d(E, BR, value=7150000000000)),
 ('| 7.450', '7.450', 'level', 'VND', d(T, BR, value=7450000000000)),
 ('| 27.900 |', '27.900', 'level', 'VND', d(E, indicator='social_investment', value=27900000000000)),
 ('| 31.000', '31.000', 'level', 'VND', d(T, indicator='social_investment', value=31000000000000)),
 ('(%) | 1,21 |', '1,21', 'level', '%', d(E, indicator='poverty_rate')),
 ('| dưới 1\n', '1', 'level', '%', d(T, indicator='poverty_rate', bound='under')),
 ('hết 100% kế hoạch', '100%', 'attainment', '%', d(T, indicator='public_investment_disbursement', base='target')),
 ('ít nhất 10 xã', '10', 'level', 'xã', d(T, indicator='new_rural_communes_advanced', bound='at_least')),
]
