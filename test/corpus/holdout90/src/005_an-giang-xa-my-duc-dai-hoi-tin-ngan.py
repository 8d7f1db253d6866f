TEXT = '''
BÁO AN GIANG ONLINE
05/08/2025 - 16:20
Tin tức | Xây dựng Đảng

Xã Mỹ Đức hoàn thành 17/19 chỉ tiêu nhiệm kỳ 2020 - 2025

Ngày 5/8, Đảng bộ xã Mỹ Đức tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Nhiệm kỳ qua, Đảng bộ xã (gồm các xã Mỹ Đức, Mỹ Phú cũ) lãnh đạo hoàn thành 17/19 chỉ tiêu Nghị quyết. Sản lượng lúa bình quân hằng năm đạt 96.000 tấn; thu nhập bình quân đầu người năm 2024 đạt 58 triệu đồng, gấp 1,5 lần đầu nhiệm kỳ. Tỷ lệ hộ nghèo còn 1,05%, giảm 2,3% so với năm 2020.

Tổng vốn đầu tư toàn xã hội 5 năm qua đạt 1.250 tỷ đồng; toàn xã có 9/12 ấp đạt chuẩn ấp văn hóa, 3 sản phẩm đạt chuẩn OCOP 3 sao.

Nhiệm kỳ 2025 - 2030, xã phấn đấu tốc độ tăng trưởng kinh tế bình quân 8 - 9%/năm; đến năm 2030, thu nhập bình quân đầu người đạt 90 triệu đồng; tỷ lệ hộ nghèo mỗi năm giảm 0,3 - 0,5%.

Hồng Nhung

Tin khác
- Xã Châu Phú tổ chức Đại hội Đảng bộ lần thứ I (04/08/2025)
- Phường Long Xuyên: 100% chi bộ hoàn thành đại hội (01/08/2025)

Lượt xem: 1.085
Báo An Giang. Đường dây nóng: 0296.3841.339
'''
META = {'published': '2025-08-05', 'locality': 'xã Mỹ Đức'}
DEFAULTS = {'locality': 'xã Mỹ Đức', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
RT = {'indicator': 'resolution_targets'}
INC = {'indicator': 'income_per_capita'}
Y24 = {'period': '2024'}
FIGS = [
 ('thành 17/19 chỉ tiêu nhiệm', '17/19', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('thành 17/19 chỉ tiêu Nghị', '17/19', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('đạt 96.000 tấn', '96.000 tấn', 'level', 'tấn', d(indicator='rice_output')),
 ('đạt 58 triệu đồng', '58 triệu đồng', 'level', 'VND/người/năm', d(INC, Y24)),
 ('gấp 1,5 lần', '1,5 lần', 'change', 'lần', d(INC, Y24, direction='up', base='2020')),
 ('còn 1,05%', '1,05%', 'level', '%', d(Y24, indicator='poverty_rate')),
 ('giảm 2,3%', '2,3%', 'change', '%', d(Y24, indicator='poverty_rate', direction='down', base='2020')),
 ('đạt 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', d(indicator='social_investment')),
 ('có 9/12 ấp', '9/12', 'ratio', 'ấp', d()),
 ('3 sản phẩm', '3', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('giảm 0,3 - 0,5%', '0,3 - 0,5%', 'change', '%', d(indicator='poverty_rate', direction='down', modality='target', period='2025/2030')),
 ('bình quân 8 - 9%/năm', '8 - 9%', 'level', '%', d(indicator='grdp_growth', modality='target', period='2025/2030')),
 ('đạt 90 triệu đồng', '90 triệu đồng', 'level', 'VND/người/năm', d(INC, modality='target', period='2030')),
]
