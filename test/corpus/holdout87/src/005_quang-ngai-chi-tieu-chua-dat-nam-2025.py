TEXT = '''
BÁO QUẢNG NGÃI
Thứ Tư, 10/12/2025 - 07:05 | Chính trị

Năm 2025: Còn 5 chỉ tiêu chưa đạt kế hoạch

Tại Kỳ họp thứ Năm, HĐND tỉnh khóa XIII khai mạc sáng 9/12, UBND tỉnh báo cáo năm 2025 ước có 17/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch; 5 chỉ tiêu chưa đạt, trong đó thu ngân sách nhà nước còn thiếu khoảng 1.850 tỷ đồng so với dự toán.

Tốc độ tăng trưởng GRDP năm 2025 ước đạt 7,4%, không đạt mục tiêu 8% Nghị quyết đề ra nhưng cao hơn năm 2024 (6,9%). Quy mô kinh tế ước đạt 198.600 tỷ đồng; GRDP bình quân đầu người khoảng 82,3 triệu đồng.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 34.150 tỷ đồng, chỉ bằng 94,9% dự toán, giảm 4,2% so với năm 2024, chủ yếu do Nhà máy lọc dầu Dung Quất bảo dưỡng tổng thể 52 ngày. Thu nội địa không kể dầu thô đạt 21.760 tỷ đồng, vượt 3,6% dự toán. Khu vực Kon Tum cũ thu 4.120 tỷ đồng, đạt 101,2% dự toán.

Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 9.486 tỷ đồng, mới đạt 61,3% kế hoạch vốn giao; dự kiến đến ngày 31/1/2026 đạt khoảng 92%, không đạt yêu cầu giải ngân 100% của Chính phủ.

Kim ngạch xuất khẩu ước đạt 3,82 tỷ USD, tăng 11,5% so với năm trước, vượt 6,1% kế hoạch. Tổng lượt khách du lịch đạt 3,96 triệu lượt, chỉ đạt 88% kế hoạch; doanh thu du lịch 9.870 tỷ đồng, bằng 91,4% kế hoạch.

Các chỉ tiêu xã hội cơ bản đạt: tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 5,12%, giảm 1,86 điểm phần trăm; tỷ lệ bao phủ BHYT đạt 94,1%, thấp hơn kế hoạch 0,9 điểm phần trăm. Toàn tỉnh có 52/96 xã đạt chuẩn nông thôn mới; còn thiếu 4 xã so với mục tiêu năm.

Thảo luận tại tổ, đại biểu Đinh Thị Hồng Minh cho rằng số xã đạt chuẩn nông thôn mới thực chất chỉ 49 xã vì 3 xã chưa có quyết định công nhận.

Tại xã Sơn Tịnh, Chủ tịch UBND xã cho biết thu ngân sách xã năm 2025 chỉ đạt 67% dự toán, còn thiếu 3,4 tỷ đồng.

Năm 2026, tỉnh đặt mục tiêu tăng trưởng GRDP từ 10% trở lên, thu ngân sách 38.500 tỷ đồng, giảm tỷ lệ hộ nghèo 1,5 điểm phần trăm.

[Ảnh] Quang cảnh kỳ họp. Ảnh: Thanh Nhị

Thanh Nhị

Xem thêm:
- Quảng Ngãi: 11 tháng thu hút 64 dự án đầu tư (01/12/2025)
- Đường dây nóng: 0255.3822.389
- Lượt xem: 4.071
'''
META = {'published': '2025-12-10', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
RT = dict(indicator='resolution_targets')
BR = dict(indicator='budget_revenue')
G = dict(indicator='grdp_growth')
E = dict(modality='estimate')
T26 = dict(period='2026', modality='target')
KT = dict(locality='tỉnh Kon Tum')
ST = dict(locality='xã Sơn Tịnh')
PID = dict(indicator='public_investment_disbursement')
NR = dict(indicator='new_rural_communes')
FIGS = [
 ('Còn 5 chỉ tiêu', '5', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('17/22 chỉ tiêu', '17/22', 'ratio', 'chỉ tiêu', d(RT, E, status='achieved')),
 ('; 5 chỉ tiêu chưa đạt', '5', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('khoảng 1.850 tỷ đồng', '1.850 tỷ đồng', 'change', 'VND', d(BR, direction='down', base='target', bound='about')),
 ('ước đạt 7,4%', '7,4%', 'level', '%', d(G, E)),
 ('mục tiêu 8%', '8%', 'level', '%', d(G, modality='target')),
 ('(6,9%)', '6,9%', 'level', '%', d(G, period='2024')),
 ('198.600 tỷ đồng', '198.600 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('82,3 triệu đồng', '82,3 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita', bound='about')),
 ('34.150 tỷ đồng', '34.150 tỷ đồng', 'level', 'VND', d(BR, E)),
 ('bằng 94,9% dự toán', '94,9%', 'attainment', '%', d(BR, E, base='target')),
 ('giảm 4,2%', '4,2%', 'change', '%', d(BR, E, direction='down', base='2024')),
 ('21.760 tỷ đồng', '21.760 tỷ đồng', 'level', 'VND', d(BR)),
 ('vượt 3,6% dự toán', '3,6%', 'change', '%', d(BR, direction='up', base='target', status='exceeded')),
 ('thu 4.120 tỷ đồng', '4.120 tỷ đồng', 'level', 'VND', d(BR, KT)),
 ('đạt 101,2% dự toán', '101,2%', 'attainment', '%', d(BR, KT, base='target')),
 ('đạt 9.486 tỷ đồng', '9.486 tỷ đồng', 'level', 'VND', d(PID, period='2025-11M')),
 ('mới đạt 61,3% kế hoạch', '61,3%', 'attainment', '%', d(PID, period='2025-11M', base='target')),
 ('đạt khoảng 92%', '92%', 'attainment', '%', d(PID, E, base='target', bound='about')),
 ('giải ngân 100%', '100%', 'attainment', '%', d(PID, optional=True, modality='target', base='target')),
 ('3,82 tỷ USD', '3,82 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 11,5%', '11,5%', 'change', '%', d(E, indicator='export_value', direction='up', base='2024')),
 ('vượt 6,1% kế hoạch', '6,1%', 'change', '%', d(E, indicator='export_value', direction='up', base='target', status='exceeded')),
 ('3,96 triệu lượt', '3,96 triệu lượt', 'level', 'lượt', d(indicator='tourist_arrivals')),
 ('chỉ đạt 88% kế hoạch', '88%', 'attainment', '%', d(indicator='tourist_arrivals', base='target')),
 ('9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('bằng 91,4% kế hoạch', '91,4%', 'attainment', '%', d(indicator='tourism_revenue', base='target')),
 ('giảm còn 5,12%', '5,12%', 'level', '%', d(indicator='poverty_rate', direction='down')),
 ('giảm 1,86 điểm phần trăm', '1,86 điểm phần trăm', 'change', 'điểm %', d(indicator='poverty_rate', direction='down')),
 ('đạt 94,1%', '94,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('kế hoạch 0,9 điểm phần trăm', '0,9 điểm phần trăm', 'change', 'điểm %', d(indicator='health_insurance_coverage', direction='down', base='target')),
 ('52/96 xã', '52/96', 'ratio', 'xã', d(NR)),
 ('thiếu 4 xã', '4', 'change', 'xã', d(NR, direction='down', base='target')),
 ('chỉ 49 xã', '49', 'level', 'xã', d(NR)),
 ('vì 3 xã', '3', 'level', 'xã', d(NR)),
 ('chỉ đạt 67% dự toán', '67%', 'attainment', '%', d(BR, ST, base='target')),
 ('thiếu 3,4 tỷ đồng', '3,4 tỷ đồng', 'change', 'VND', d(BR, ST, direction='down')),
 ('từ 10% trở lên', '10%', 'level', '%', d(G, T26, bound='at_least')),
 ('38.500 tỷ đồng', '38.500 tỷ đồng', 'level', 'VND', d(BR, T26)),
 ('giảm tỷ lệ hộ nghèo 1,5 điểm phần trăm', '1,5 điểm phần trăm', 'change', 'điểm %', d(T26, indicator='poverty_rate', direction='down')),
]
