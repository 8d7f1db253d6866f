TEXT = '''
QUẢNG TRỊ TV - Đài Phát thanh và Truyền hình Quảng Trị
Cập nhật: 06/04/2026 18:20 | Lượt xem: 1.126

Quý I/2026, Quảng Trị cấp mới 23 dự án đầu tư

Quý I/2026, tỉnh Quảng Trị cấp mới 23 dự án đầu tư với tổng vốn đăng ký 12.860 tỷ đồng, tăng 27,8% về số dự án so với cùng kỳ năm 2025 (tính gộp hai tỉnh cũ); trong đó khu vực Quảng Bình cũ có 14 dự án với tổng vốn 8.930 tỷ đồng. Có 2 dự án FDI với tổng vốn đăng ký 36,5 triệu USD.

Hiện toàn tỉnh có 41 cụm công nghiệp đã thành lập với tổng diện tích 1.786 ha; 26 cụm đã đi vào hoạt động, thu hút 318 dự án, tỷ lệ lấp đầy bình quân 61,4%. Riêng cụm công nghiệp Lệ Ninh đạt 92%.

Trong quý, toàn tỉnh có 264 doanh nghiệp thành lập mới, giảm 3,3% so với cùng kỳ; 198 doanh nghiệp quay trở lại hoạt động; 87 doanh nghiệp giải thể.

Năm 2026, tỉnh phấn đấu thu hút từ 80 - 100 dự án đầu tư, trong đó có ít nhất 8 dự án FDI; thành lập mới 1.300 doanh nghiệp.

Theo Sở Tài chính, để cải thiện môi trường đầu tư sau hợp nhất, tỉnh đã rút ngắn thời gian giải quyết thủ tục chấp thuận chủ trương đầu tư, đồng thời tổ chức đối thoại định kỳ hằng quý với doanh nghiệp tại phường Đồng Hới và phường Đông Hà.

Minh Hải - Thu Trang

Tin khác:
- Đồng Hới: Khởi công cụm công nghiệp Bắc Nghĩa 2 (03/04/2026)
- Cảng Hòn La đón 45 lượt tàu trong quý I (02/04/2026)

QRTV. Địa chỉ: 33 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị. Hotline: 0233.3852.999
'''
META = {'published': '2026-04-06', 'locality': 'tỉnh Quảng Trị'}
DEFAULTS = {'locality': 'tỉnh Quảng Trị', 'period': '2026-Q1', 'modality': 'actual'}
QB = dict(locality='tỉnh Quảng Bình')
T = dict(modality='target', period='2026')
FIGS = [
 ('mới 23 dự án đầu tư\n', '23', 'level', 'dự án', dict()),
 ('mới 23 dự án đầu tư với', '23', 'level', 'dự án', dict()),
 ('ký 12.860 tỷ đồng', '12.860 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 27,8%', '27,8%', 'change', '%', dict(direction='up', base='same_period')),
 ('có 14 dự án', '14', 'level', 'dự án', dict(QB)),
 ('vốn 8.930 tỷ đồng', '8.930 tỷ đồng', 'level', 'VND', dict(QB)),
 ('Có 2 dự án', '2', 'level', 'dự án', dict()),
 ('ký 36,5 triệu USD', '36,5 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('có 41 cụm', '41', 'level', 'cụm công nghiệp', dict(optional=True)),
 ('tích 1.786 ha', '1.786 ha', 'level', 'ha', dict(optional=True)),
 ('; 26 cụm', '26', 'level', 'cụm', dict(optional=True)),
 ('hút 318 dự án', '318', 'level', 'dự án', dict()),
 ('quân 61,4%', '61,4%', 'level', '%', dict()),
 ('đạt 92%', '92%', 'level', '%', dict()),
 ('có 264 doanh nghiệp', '264', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('giảm 3,3%', '3,3%', 'change', '%', dict(indicator='new_enterprises', direction='down', base='same_period')),
 ('198 doanh nghiệp', '198', 'level', 'doanh nghiệp', dict()),
 ('87 doanh nghiệp', '87', 'level', 'doanh nghiệp', dict()),
 ('từ 80 - 100 dự án', '80 - 100', 'level', 'dự án', dict(T)),
 ('ít nhất 8 dự án', '8', 'level', 'dự án', dict(T, bound='at_least')),
 ('mới 1.300 doanh nghiệp', '1.300', 'level', 'doanh nghiệp', dict(T, indicator='new_enterprises')),
]
