TEXT = '''
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LẠNG SƠN
Trang chủ > Thời sự > Tin trong tỉnh
15/10/2024 09:47

Điều chỉnh giảm 186 tỷ đồng kế hoạch vốn đầu tư công năm 2024

LSTV - Chiều 14/10, tại kỳ họp chuyên đề, HĐND tỉnh đã thông qua nghị quyết điều chỉnh kế hoạch đầu tư công năm 2024. Theo đó, tổng kế hoạch vốn sau điều chỉnh là 4.327 tỷ đồng, giảm 186 tỷ đồng so với kế hoạch đầu năm (4.513 tỷ đồng).

Số vốn điều chỉnh giảm tập trung ở 17 dự án chậm giải phóng mặt bằng; điều chuyển 94 tỷ đồng cho 8 dự án có khối lượng hoàn thành. Đến hết tháng 9/2024, toàn tỉnh giải ngân 2.206 tỷ đồng, đạt 51% kế hoạch, thấp hơn cùng kỳ năm 2023 (55,7%).

Theo UBND tỉnh, với kế hoạch sau điều chỉnh, ước cả năm giải ngân đạt khoảng 4.110 tỷ đồng, bằng 95% kế hoạch; trong đó vốn ngân sách địa phương 2.350 tỷ đồng, vốn ngân sách trung ương 1.760 tỷ đồng.

Tin, ảnh: Hoàng Lan

Hotline: 0205.3812.345 | Lượt xem: 812
'''
META = {'published': '2024-10-15', 'locality': 'tỉnh Lạng Sơn'}
DEFAULTS = {'locality': 'tỉnh Lạng Sơn', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
PID = dict(indicator='public_investment_disbursement')
FIGS = [
 ('Điều chỉnh giảm 186 tỷ đồng', '186 tỷ đồng', 'change', 'VND', d(modality='target', direction='down')),
 ('là 4.327 tỷ đồng', '4.327 tỷ đồng', 'level', 'VND', d(modality='target')),
 ('giảm 186 tỷ đồng so với', '186 tỷ đồng', 'change', 'VND', d(modality='target', direction='down', base='target')),
 ('(4.513 tỷ đồng)', '4.513 tỷ đồng', 'level', 'VND', d(modality='target')),
 ('17 dự án', '17', 'level', 'dự án', d()),
 ('điều chuyển 94 tỷ đồng', '94 tỷ đồng', 'level', 'VND', d()),
 ('8 dự án', '8', 'level', 'dự án', d()),
 ('giải ngân 2.206 tỷ đồng', '2.206 tỷ đồng', 'level', 'VND', d(PID, period='2024-9M')),
 ('đạt 51% kế hoạch', '51%', 'attainment', '%', d(PID, period='2024-9M', base='target')),
 ('(55,7%)', '55,7%', 'attainment', '%', d(PID, period='2023-9M', base='target')),
 ('khoảng 4.110 tỷ đồng', '4.110 tỷ đồng', 'level', 'VND', d(PID, modality='estimate', bound='about')),
 ('bằng 95% kế hoạch', '95%', 'attainment', '%', d(PID, modality='estimate', base='target')),
 ('phương 2.350 tỷ đồng', '2.350 tỷ đồng', 'level', 'VND', d(PID)),
 ('ương 1.760 tỷ đồng', '1.760 tỷ đồng', 'level', 'VND', d(PID)),
]
