TEXT = '''
BÁO CAO BẰNG
Thứ Ba, 07/01/2025 - 16:05
Thời sự - Chính trị | Kinh tế | Văn hóa - Xã hội | Quốc phòng - An ninh | Tiếng dân tộc

Thành phố Cao Bằng: 19/22 chỉ tiêu năm 2024 đạt và vượt kế hoạch

Ngày 6/1, UBND thành phố Cao Bằng tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, thành phố thực hiện đạt và vượt 19/22 chỉ tiêu kinh tế - xã hội chủ yếu; 3 chỉ tiêu không đạt. Tổng thu ngân sách trên địa bàn đạt 523,6 tỷ đồng, bằng 108,4% dự toán tỉnh giao, tăng 6,2% so với năm 2023. Thu từ khu vực công thương nghiệp ngoài quốc doanh, thuế thu nhập cá nhân và lệ phí trước bạ lần lượt đạt 112%, 104% và 96,5% dự toán. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 7.480 tỷ đồng (+9,6%). Thành phố đón 485.000 lượt khách du lịch, tăng 12,7%; doanh thu du lịch đạt 392 tỷ đồng.

Tỷ lệ hộ nghèo còn 0,79%, hộ cận nghèo 1,35%; 3/3 xã duy trì đạt chuẩn nông thôn mới, trong đó 2 xã đạt chuẩn nông thôn mới nâng cao.

Năm 2025 là năm cuối thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XX, nhiệm kỳ 2020 - 2025. Thành phố phấn đấu thu ngân sách trên địa bàn 545 tỷ đồng; đón 530.000 lượt khách; tỷ lệ hộ nghèo giảm 0,2 - 0,3%; tỷ lệ đô thị hóa đạt 75% trở lên.

Thanh Thúy

Tin liên quan
- Hòa An: 17/20 chỉ tiêu năm 2024 đạt và vượt
- Trùng Khánh đón hơn 1 triệu lượt khách tham quan thác Bản Giốc

Báo Cao Bằng - Số 030 Hoàng Đình Giong, phường Hợp Giang, thành phố Cao Bằng. ĐT: 0206.3852.153
'''
META = {'published': '2025-01-07', 'locality': 'thành phố Cao Bằng'}
DEFAULTS = {'locality': 'thành phố Cao Bằng', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2025', 'modality': 'target'}
RT = {'indicator': 'resolution_targets'}
U = {'direction': 'up'}
D = {'direction': 'down'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('Cao Bằng: 19/22 chỉ tiêu', '19/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('vượt 19/22 chỉ tiêu', '19/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('; 3 chỉ tiêu không đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('đạt 523,6 tỷ đồng', '523,6 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 108,4% dự toán', '108,4%', 'attainment', '%', d(BR, base='target')),
 ('tăng 6,2% so với năm 2023', '6,2%', 'change', '%', d(BR, U, base='2023')),
 ('đạt 112%', '112%', 'attainment', '%', d(BR, base='target')),
 ('104% và', '104%', 'attainment', '%', d(BR, base='target')),
 ('96,5% dự toán', '96,5%', 'attainment', '%', d(BR, base='target')),
 ('đạt 7.480 tỷ đồng', '7.480 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('(+9,6%)', '9,6%', 'change', '%', d(U, indicator='retail_sales')),
 ('đón 485.000 lượt', '485.000', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 12,7%', '12,7%', 'change', '%', d(U, indicator='tourist_arrivals')),
 ('đạt 392 tỷ đồng', '392 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('còn 0,79%', '0,79%', 'level', '%', d(indicator='poverty_rate')),
 ('cận nghèo 1,35%', '1,35%', 'level', '%', d(indicator='near_poverty_rate')),
 ('3/3 xã', '3/3', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('trong đó 2 xã', '2', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('bàn 545 tỷ đồng', '545 tỷ đồng', 'level', 'VND', d(T, BR)),
 ('đón 530.000 lượt', '530.000', 'level', 'lượt khách', d(T, indicator='tourist_arrivals')),
 ('giảm 0,2 - 0,3%', '0,2 - 0,3%', 'change', '%', d(T, D, indicator='poverty_rate')),
 ('đạt 75% trở lên', '75%', 'level', '%', d(T, indicator='urbanization_rate', bound='at_least')),
]
