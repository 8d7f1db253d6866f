NFD = True
TEXT = '''
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Bến Tre - Trà Vinh 24h
19/12/2025 - 16:20

HĐND xã Mỏ Cày thông qua 18 chỉ tiêu phát triển kinh tế - xã hội năm 2026

(VL) - Ngày 18/12, HĐND xã Mỏ Cày khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ tư (kỳ họp thường lệ cuối năm 2025) nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2025, quyết định kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách năm 2026.

Xã Mỏ Cày (tỉnh Vĩnh Long) được sắp xếp từ thị trấn Mỏ Cày, xã An Thạnh và xã Tân Hội của huyện Mỏ Cày Nam (cũ). Theo báo cáo của UBND xã, năm 2025 (số liệu tính gộp các đơn vị trước sắp xếp), có 15/17 chỉ tiêu Nghị quyết đạt và vượt, 2 chỉ tiêu xấp xỉ đạt. Tổng giá trị sản xuất ước đạt 4.286 tỷ đồng, tăng 7,1% so với năm 2024, đạt 98,9% kế hoạch. Trong đó, giá trị sản xuất nông nghiệp ước đạt 1.540 tỷ đồng, tăng 2,8%; công nghiệp - tiểu thủ công nghiệp ước đạt 1.215 tỷ đồng, tăng 9,6%.

Dừa vẫn là cây trồng chủ lực với 3.460 ha. Giá dừa khô cuối năm dao động 95.000 - 110.000 đồng/chục, cao hơn cùng kỳ khoảng 35.000 đồng/chục, giúp nhiều hộ có lãi khá.

Từ ngày 1/7 đến ngày 15/12/2025, thu ngân sách nhà nước trên địa bàn xã đạt 14,8 tỷ đồng, bằng 112,6% dự toán tỉnh giao cho 6 tháng cuối năm; chi ngân sách 21,3 tỷ đồng.

Toàn xã còn 182 hộ nghèo, chiếm 1,21%, và 264 hộ cận nghèo. Trong năm, xã giải quyết việc làm cho 1.350 lao động, trong đó đưa 38 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2% (Nghị quyết 95%).

Đại biểu HĐND xã biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: HOÀNG VŨ

Một số chỉ tiêu chủ yếu (nguồn: UBND xã Mỏ Cày):
Chỉ tiêu | NQ 2025 | Ước TH 2025 | KH 2026
Tổng giá trị sản xuất (tỷ đồng) | 4.335 | 4.286 | 4.620
Thu nhập bình quân đầu người (triệu đồng) | 70 | 71,5 | 78
Thu ngân sách trên địa bàn (tỷ đồng) | 26 | 28,4 | 30
Tỷ lệ hộ nghèo (%) | 1,1 | 1,21 | 0,9
Tỷ lệ tham gia BHYT (%) | 95 | 94,2 | 96

Năm 2026, HĐND xã thống nhất 18 chỉ tiêu chủ yếu, trong đó tổng giá trị sản xuất tăng 7,5 - 8%; giải quyết việc làm cho 1.400 lao động; có thêm 2 ấp đạt chuẩn khu dân cư nông thôn mới kiểu mẫu; tỷ lệ hộ nghèo giảm còn dưới 0,9%.

Tại kỳ họp, các đại biểu đã thảo luận, thông qua 9 nghị quyết quan trọng. Trả lời chất vấn của đại biểu Trần Thị Mỹ (Tổ đại biểu ấp An Thạnh 3) về tuyến đường liên ấp xuống cấp, Chủ tịch UBND xã Phan Văn Lợi cho biết xã sẽ bố trí vốn sửa chữa trong quý I/2026.

HOÀNG VŨ

Tin liên quan
- Phường Phú Khương: Thu ngân sách 6 tháng cuối năm vượt 20% dự toán (17/12/2025)
- Xã Tiểu Cần thông qua 17 chỉ tiêu năm 2026 (16/12/2025)

BÁO VĨNH LONG - Cơ quan của Đảng bộ tỉnh Vĩnh Long. Địa chỉ: 38 đường 2 Tháng 9, phường Long Châu. ĐT: 0270.3822.435
'''
META = {'published': '2025-12-19', 'locality': 'xã Mỏ Cày'}
DEFAULTS = {'locality': 'xã Mỏ Cày', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T25 = {'modality': 'target', 'period': '2025'}
T = {'modality': 'target', 'period': '2026'}
H2 = {'period': '2025-H2'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TOV = {'indicator': 'total_output_value'}
INC = {'indicator': 'income_per_capita'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
HI = {'indicator': 'health_insurance_coverage'}
RT = {'indicator': 'resolution_targets'}
B = 1e9
FIGS = [
 ('thông qua 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(T, RT)),
 ('có 15/17 chỉ tiêu', '15/17', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu xấp xỉ', '2', 'level', 'chỉ tiêu', d(RT, status='nearly')),
 ('ước đạt 4.286 tỷ đồng', '4.286 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('tăng 7,1% so với năm 2024', '7,1%', 'change', '%', d(E, U, TOV, base='2024')),
 ('đạt 98,9% kế hoạch', '98,9%', 'attainment', '%', d(E, TOV, base='target')),
 ('ước đạt 1.540 tỷ đồng', '1.540 tỷ đồng', 'level', 'VND', d(E, indicator='agricultural_output_value')),
 ('tăng 2,8%', '2,8%', 'change', '%', d(E, U, indicator='agricultural_output_value')),
 ('ước đạt 1.215 tỷ đồng', '1.215 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('tăng 9,6%', '9,6%', 'change', '%', d(E, U, indicator='industrial_output_value')),
 ('với 3.460 ha', '3.460 ha', 'level', 'ha', d()),
 ('95.000 - 110.000 đồng/chục', '95.000 - 110.000 đồng/chục', 'level', 'VND/chục', d()),
 ('khoảng 35.000 đồng/chục', '35.000 đồng/chục', 'change', 'VND/chục', d(U, base='same_period', bound='about')),
 ('đạt 14,8 tỷ đồng', '14,8 tỷ đồng', 'level', 'VND', d(H2, BR)),
 ('bằng 112,6% dự toán', '112,6%', 'attainment', '%', d(H2, BR, base='target')),
 ('chi ngân sách 21,3 tỷ đồng', '21,3 tỷ đồng', 'level', 'VND', d(H2, indicator='budget_expenditure')),
 ('còn 182 hộ nghèo', '182', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 1,21%', '1,21%', 'level', '%', d(PR)),
 ('264 hộ cận nghèo', '264', 'level', 'hộ', d()),
 ('cho 1.350 lao động', '1.350', 'level', 'lao động', d(indicator='jobs_created')),
 ('đưa 38 người', '38', 'level', 'người', d(indicator='labour_export')),
 ('đạt 94,2%', '94,2%', 'level', '%', d(HI)),
 ('(Nghị quyết 95%)', '95%', 'level', '%', d(T25, HI)),
 ('| 4.335 |', '4.335', 'level', 'VND', d(T25, TOV, value=4335*B)),
 ('| 4.286 |', '4.286', 'level', 'VND', d(E, TOV, value=4286*B)),
 ('| 4.620', '4.620', 'level', 'VND', d(T, TOV, value=4620*B)),
 ('| 70 |', '70', 'level', 'VND/người/năm', d(T25, INC, value=70e6)),
 ('| 71,5 |', '71,5', 'level', 'VND/người/năm', d(E, INC, value=71.5e6)),
 ('| 78\n', '78', 'level', 'VND/người/năm', d(T, INC, value=78e6)),
 ('| 26 |', '26', 'level', 'VND', d(T25, BR, value=26*B)),
 ('| 28,4 |', '28,4', 'level', 'VND', d(E, BR, value=28.4*B)),
 ('| 30\n', '30', 'level', 'VND', d(T, BR, value=30*B)),
 ('| 1,1 |', '1,1', 'level', '%', d(T25, PR)),
 ('| 1,21 |', '1,21', 'level', '%', d(E, PR)),
 ('| 0,9\n', '0,9', 'level', '%', d(T, PR)),
 ('| 95 |', '95', 'level', '%', d(T25, HI)),
 ('| 94,2 |', '94,2', 'level', '%', d(E, HI)),
 ('| 96\n', '96', 'level', '%', d(T, HI)),
 ('thống nhất 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(T, RT)),
 ('tăng 7,5 - 8%', '7,5 - 8%', 'change', '%', d(T, U, TOV)),
 ('cho 1.400 lao động', '1.400', 'level', 'lao động', d(T, indicator='jobs_created')),
 ('thêm 2 ấp', '2', 'level', 'ấp', d(T)),
 ('dưới 0,9%', '0,9%', 'level', '%', d(T, PR, D, bound='under')),
 ('qua 9 nghị quyết', '9', 'level', 'nghị quyết', d(optional=True)),
]
