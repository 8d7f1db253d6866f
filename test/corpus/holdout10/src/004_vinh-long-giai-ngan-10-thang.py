# Public investment disbursement to a date (Báo Vĩnh Long style): a flow summed to 31/10 takes ten months; rates
# given "lần lượt" for a department and two districts; two districts contrasted in one paragraph; a national average.
TEXT = '''
Thời sự

Vĩnh Long: Giải ngân vốn đầu tư công 10 tháng đạt 61,8% kế hoạch

12/11/2024 | 06:30

(VLO) Theo Sở Tài chính, kế hoạch vốn đầu tư công năm 2024 của tỉnh Vĩnh Long là 5.872,4 tỷ đồng. Đến ngày 31/10/2024, toàn tỉnh đã giải ngân 3.629 tỷ đồng, đạt 61,8% kế hoạch, thấp hơn bình quân chung cả nước (63,2%). Cùng kỳ năm 2023, tỷ lệ giải ngân của tỉnh đạt 57,4%.

Trong đó, vốn ngân sách Trung ương giải ngân 1.214 tỷ đồng, đạt 58,3% kế hoạch; vốn ngân sách địa phương giải ngân 2.415 tỷ đồng, đạt 63,7% kế hoạch. Một số chủ đầu tư có tỷ lệ giải ngân cao như Sở Giao thông vận tải, UBND huyện Mang Thít và UBND thị xã Bình Minh với tỷ lệ lần lượt là 82,4%, 79,6% và 76,1%.

Tại huyện Long Hồ, đến nay đã giải ngân 186,5 tỷ đồng, đạt 71,2% kế hoạch; trong khi huyện Trà Ôn mới giải ngân 94,3 tỷ đồng, đạt 42,8% kế hoạch, là địa phương có tỷ lệ giải ngân thấp nhất tỉnh.

Toàn tỉnh còn 23 dự án có tỷ lệ giải ngân dưới 30%, chủ yếu do vướng mắc giải phóng mặt bằng tại các dự án Quốc lộ 53, đường tỉnh 907 và cầu Cái Cam 2. Nguyên nhân còn do giá vật liệu san lấp tăng, nhiều nhà thầu thi công cầm chừng.

Để hoàn thành kế hoạch, UBND tỉnh yêu cầu các chủ đầu tư đẩy nhanh tiến độ, phấn đấu đến ngày 31/12/2024 giải ngân đạt trên 95% kế hoạch vốn. Chủ tịch UBND tỉnh Lữ Quang Ngời đề nghị người đứng đầu các đơn vị chịu trách nhiệm nếu tỷ lệ giải ngân không đạt theo Chỉ thị số 02/CT-UBND ngày 15/3/2024.

Thanh Thúy
'''
META = {'published': '2024-11-12', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2024-10M', 'modality': 'actual'}
PID = dict(indicator='public_investment_disbursement')
FIGS = [
 ('10 tháng đạt 61,8% kế hoạch', '61,8%', 'attainment', '%', dict(base='target', **PID)),
 ('là 5.872,4 tỷ đồng', '5.872,4 tỷ đồng', 'level', 'VND', dict(period='2024', modality='target', **PID)),
 ('giải ngân 3.629 tỷ đồng', '3.629 tỷ đồng', 'level', 'VND', dict(**PID)),
 ('đạt 61,8% kế hoạch,', '61,8%', 'attainment', '%', dict(base='target', **PID)),
 ('(63,2%)', '63,2%', 'attainment', '%', dict(locality='cả nước', base='target', **PID)),
 ('đạt 57,4%', '57,4%', 'level', '%', dict(period='2023-10M', **PID)),
 ('giải ngân 1.214 tỷ đồng', '1.214 tỷ đồng', 'level', 'VND', dict(**PID)),
 ('đạt 58,3% kế hoạch', '58,3%', 'attainment', '%', dict(base='target', **PID)),
 ('giải ngân 2.415 tỷ đồng', '2.415 tỷ đồng', 'level', 'VND', dict(**PID)),
 ('đạt 63,7% kế hoạch', '63,7%', 'attainment', '%', dict(base='target', **PID)),
 ('là 82,4%', '82,4%', 'level', '%', dict(**PID)),
 ('79,6%', '79,6%', 'level', '%', dict(locality='huyện Mang Thít', **PID)),
 ('76,1%', '76,1%', 'level', '%', dict(locality='thị xã Bình Minh', **PID)),
 ('giải ngân 186,5 tỷ đồng', '186,5 tỷ đồng', 'level', 'VND', dict(locality='huyện Long Hồ', **PID)),
 ('đạt 71,2% kế hoạch', '71,2%', 'attainment', '%', dict(locality='huyện Long Hồ', base='target', **PID)),
 ('giải ngân 94,3 tỷ đồng', '94,3 tỷ đồng', 'level', 'VND', dict(locality='huyện Trà Ôn', **PID)),
 ('đạt 42,8% kế hoạch', '42,8%', 'attainment', '%', dict(locality='huyện Trà Ôn', base='target', **PID)),
 ('còn 23 dự án', '23', 'level', 'dự án', dict()),
 ('dưới 30%', '30%', 'level', '%', dict(optional=True)),
 ('trên 95% kế hoạch vốn', '95%', 'attainment', '%', dict(base='target', bound='over', period='2024', modality='target', **PID)),
]
