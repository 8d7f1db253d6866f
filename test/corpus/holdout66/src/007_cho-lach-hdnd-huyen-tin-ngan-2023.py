TEXT = '''
Báo Đồng Khởi
14/12/2023 - 10:12

HĐND huyện Chợ Lách khóa XII bế mạc kỳ họp thứ 11

BDK - Ngày 13/12/2023, HĐND huyện Chợ Lách khóa XII tổ chức bế mạc kỳ họp thứ 11 (kỳ họp thường lệ cuối năm).

Phát biểu bế mạc, Chủ tịch HĐND huyện Trần Văn Lâm cho biết, năm 2023, huyện có 17/19 chỉ tiêu đạt và vượt Nghị quyết. Giá trị sản xuất nông nghiệp ước đạt 4.215 tỷ đồng, tăng 3,8% so với năm 2022; diện tích cây giống, hoa kiểng đạt 5.860 ha. Thu ngân sách trên địa bàn và chi ngân sách huyện lần lượt đạt 108,6% và 96,4% dự toán. Thu nhập bình quân đầu người đạt 72,5 triệu đồng.

"Hai chỉ tiêu chưa đạt là tỷ lệ hộ nghèo và số xã đạt chuẩn nông thôn mới nâng cao. Tỷ lệ hộ nghèo hiện còn 2,16%, cao hơn chỉ tiêu 0,36 điểm phần trăm; mới có 3/10 xã đạt chuẩn nông thôn mới nâng cao", ông Lâm thẳng thắn nhìn nhận.

Về nhiệm vụ năm 2024, ông Lâm đề nghị UBND huyện tập trung phấn đấu giá trị sản xuất nông nghiệp tăng 3,5 - 4%; thu ngân sách đạt từ 180 tỷ đồng trở lên; giảm tỷ lệ hộ nghèo còn dưới 1,5%; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao.

Kỳ họp đã thông qua 12 nghị quyết quan trọng.

Thanh Đồng

Tin khác:
- Chợ Lách: Đón 52.000 lượt khách tham quan trong năm 2023
- Lễ hội Trái cây ngon - Hoa kiểng đẹp lần thứ 3

Báo Đồng Khởi - Số 03 Đồng Văn Cống, phường An Hội, TP. Bến Tre. Điện thoại: 0275.3822.298
'''
META = {'published': '2023-12-14', 'locality': 'huyện Chợ Lách'}
DEFAULTS = {'locality': 'huyện Chợ Lách', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2024', 'modality': 'target'}
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
AO = {'indicator': 'agricultural_output_value'}
FIGS = [
 ('có 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('ước đạt 4.215 tỷ đồng', '4.215 tỷ đồng', 'level', 'VND', d(E, AO)),
 ('tăng 3,8% so với năm 2022', '3,8%', 'change', '%', d(E, U, AO, base='2022')),
 ('đạt 5.860 ha', '5.860 ha', 'level', 'ha', d()),
 ('lần lượt đạt 108,6%', '108,6%', 'attainment', '%', d(indicator='budget_revenue', base='target')),
 ('và 96,4% dự toán', '96,4%', 'attainment', '%', d(indicator='budget_expenditure', base='target')),
 ('đạt 72,5 triệu đồng', '72,5 triệu đồng', 'level', 'VND/người/năm', d(indicator='income_per_capita')),
 ('"Hai chỉ tiêu chưa đạt', 'Hai', 'level', 'chỉ tiêu', d(indicator='resolution_targets', status='not_achieved', value=2)),
 ('còn 2,16%', '2,16%', 'level', '%', d(indicator='poverty_rate')),
 ('chỉ tiêu 0,36 điểm phần trăm', '0,36 điểm phần trăm', 'change', 'điểm %', d(U, indicator='poverty_rate', base='target')),
 ('có 3/10 xã', '3/10', 'ratio', 'xã', d(indicator='new_rural_communes_advanced')),
 ('tăng 3,5 - 4%', '3,5 - 4%', 'change', '%', d(T, U, AO)),
 ('từ 180 tỷ đồng trở lên', '180 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue', bound='at_least')),
 ('dưới 1,5%', '1,5%', 'level', '%', d(T, D, indicator='poverty_rate', bound='under')),
 ('thêm 2 xã', '2', 'level', 'xã', d(T, indicator='new_rural_communes_advanced')),
 ('thông qua 12 nghị quyết', '12', 'level', 'nghị quyết', d(optional=True)),
]
