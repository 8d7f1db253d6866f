TEXT = '''
BÁO GIA LAI
Thứ Tư, 08/10/2025 | 07:30 GMT+7

Thời sự | Kinh tế | Xã hội | Văn hóa | Pháp luật | Thể thao | Du lịch

9 tháng năm 2025: Gia Lai thu hút 186 dự án với tổng vốn hơn 68.400 tỷ đồng

(GLO) - Trong 9 tháng năm 2025, tỉnh Gia Lai đã chấp thuận chủ trương đầu tư, cấp mới 186 dự án với tổng vốn đăng ký hơn 68.400 tỷ đồng, tăng 37,2% về số dự án và gấp 2,1 lần về vốn so với cùng kỳ năm 2024 (số liệu tính gộp hai tỉnh cũ).

Theo Sở Tài chính, trong số dự án cấp mới có 179 dự án đầu tư trong nước với tổng vốn 65.920 tỷ đồng và 7 dự án FDI với tổng vốn đăng ký 101,6 triệu USD (khoảng 2.480 tỷ đồng). Ngoài ra, có 64 lượt dự án điều chỉnh tăng vốn thêm 9.750 tỷ đồng.

Khu vực Bình Định cũ thu hút 112 dự án với tổng vốn 49.860 tỷ đồng, chiếm 72,9% tổng vốn đăng ký; khu vực Gia Lai cũ thu hút 74 dự án, tổng vốn 18.540 tỷ đồng, chủ yếu là các dự án năng lượng tái tạo, nông nghiệp công nghệ cao. Riêng xã Phù Cát có 4 dự án với tổng vốn 5.120 tỷ đồng.

Tính đến ngày 30/9/2025, Khu kinh tế Nhơn Hội và 9 KCN trên địa bàn tỉnh có 486 dự án còn hiệu lực với tổng vốn đăng ký 176.300 tỷ đồng và 1,36 tỷ USD. Tỷ lệ lấp đầy bình quân các KCN đã đi vào hoạt động đạt 68,7%; KCN Phú Tài và KCN Long Mỹ đã lấp đầy 100%, KCN Nhơn Hòa đạt 56,2%.

Toàn cảnh Hội nghị xúc tiến đầu tư Gia Lai năm 2025 tại phường Quy Nhơn. Ảnh: Ngọc Minh

Ngày 26/9, UBND tỉnh tổ chức Hội nghị xúc tiến đầu tư Gia Lai năm 2025 với chủ đề "Kết nối đại ngàn - biển xanh". Tại hội nghị, tỉnh trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn 21.650 tỷ đồng và ký 18 biên bản ghi nhớ với tổng vốn dự kiến khoảng 86.000 tỷ đồng.

Về phát triển doanh nghiệp, 9 tháng toàn tỉnh có 1.842 doanh nghiệp thành lập mới, tăng 14,6% so với cùng kỳ, vốn đăng ký 15.260 tỷ đồng. Có 736 doanh nghiệp quay trở lại hoạt động, trong khi 1.415 doanh nghiệp tạm ngừng kinh doanh và 318 doanh nghiệp giải thể.

Quý IV, tỉnh phấn đấu thu hút thêm khoảng 60 - 70 dự án; cả năm 2025 đạt trên 250 dự án với tổng vốn từ 90.000 tỷ đồng trở lên.

Ngọc Minh

Xem thêm
- Gia Lai: Giải ngân vốn đầu tư công 9 tháng đạt 52,6% (05/10/2025)
- Khởi công nhà máy chế biến gỗ 1.200 tỷ đồng tại KCN Nhơn Hòa (02/10/2025)
- Cao tốc Quy Nhơn - Pleiku: Bàn giao 86% mặt bằng (29/09/2025)

Báo và Phát thanh, Truyền hình Gia Lai. Trụ sở: 06 Phan Bội Châu, phường Quy Nhơn, tỉnh Gia Lai. Điện thoại: 0256.3822.133
'''
META = {'published': '2025-10-08', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2025-9M', 'modality': 'actual'}
BD = dict(locality='tỉnh Bình Định')
M9 = dict(period='2025-M09')
T = dict(modality='target')
FIGS = [
 ('thu hút 186 dự án với tổng vốn hơn', '186', 'level', 'dự án', dict()),
 ('hơn 68.400 tỷ đồng\n', '68.400 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('mới 186 dự án', '186', 'level', 'dự án', dict()),
 ('hơn 68.400 tỷ đồng,', '68.400 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('tăng 37,2%', '37,2%', 'change', '%', dict(direction='up', base='same_period')),
 ('gấp 2,1 lần', '2,1', 'change', 'lần', dict(direction='up', base='same_period')),
 ('có 179 dự án', '179', 'level', 'dự án', dict()),
 ('vốn 65.920 tỷ đồng', '65.920 tỷ đồng', 'level', 'VND', dict()),
 ('và 7 dự án FDI', '7', 'level', 'dự án', dict()),
 ('ký 101,6 triệu USD', '101,6 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('(khoảng 2.480 tỷ đồng)', '2.480 tỷ đồng', 'level', 'VND', dict(indicator='fdi', bound='about')),
 ('có 64 lượt', '64', 'level', 'lượt dự án', dict()),
 ('thêm 9.750 tỷ đồng', '9.750 tỷ đồng', 'level', 'VND', dict()),
 ('hút 112 dự án', '112', 'level', 'dự án', dict(BD)),
 ('vốn 49.860 tỷ đồng', '49.860 tỷ đồng', 'level', 'VND', dict(BD)),
 ('chiếm 72,9%', '72,9%', 'level', '%', dict(BD)),
 ('hút 74 dự án', '74', 'level', 'dự án', dict()),
 ('vốn 18.540 tỷ đồng', '18.540 tỷ đồng', 'level', 'VND', dict()),
 ('có 4 dự án', '4', 'level', 'dự án', dict(locality='xã Phù Cát')),
 ('vốn 5.120 tỷ đồng', '5.120 tỷ đồng', 'level', 'VND', dict(locality='xã Phù Cát')),
 ('và 9 KCN', '9', 'level', 'khu công nghiệp', dict(optional=True)),
 ('có 486 dự án', '486', 'level', 'dự án', dict(M9)),
 ('ký 176.300 tỷ đồng', '176.300 tỷ đồng', 'level', 'VND', dict(M9)),
 ('và 1,36 tỷ USD', '1,36 tỷ USD', 'level', 'USD', dict(M9, indicator='fdi')),
 ('đạt 68,7%', '68,7%', 'level', '%', dict(M9)),
 ('lấp đầy 100%', '100%', 'level', '%', dict(M9)),
 ('đạt 56,2%', '56,2%', 'level', '%', dict(M9)),
 ('cho 12 dự án', '12', 'level', 'dự án', dict(optional=True)),
 ('vốn 21.650 tỷ đồng', '21.650 tỷ đồng', 'level', 'VND', dict(M9)),
 ('ký 18 biên bản', '18', 'level', 'biên bản', dict(optional=True)),
 ('khoảng 86.000 tỷ đồng', '86.000 tỷ đồng', 'level', 'VND', dict(M9, modality='estimate', bound='about')),
 ('có 1.842 doanh nghiệp', '1.842', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tăng 14,6%', '14,6%', 'change', '%', dict(indicator='new_enterprises', direction='up', base='same_period')),
 ('ký 15.260 tỷ đồng', '15.260 tỷ đồng', 'level', 'VND', dict()),
 ('Có 736 doanh nghiệp', '736', 'level', 'doanh nghiệp', dict()),
 ('1.415 doanh nghiệp', '1.415', 'level', 'doanh nghiệp', dict()),
 ('318 doanh nghiệp', '318', 'level', 'doanh nghiệp', dict()),
 ('khoảng 60 - 70 dự án', '60 - 70', 'level', 'dự án', dict(T, period='2025-Q4', bound='about')),
 ('trên 250 dự án', '250', 'level', 'dự án', dict(T, period='2025', bound='over')),
 ('từ 90.000 tỷ đồng trở lên', '90.000 tỷ đồng', 'level', 'VND', dict(T, period='2025', bound='at_least')),
]
