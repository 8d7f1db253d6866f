NFD = True
TEXT = '''
BÁO HẬU GIANG ĐIỆN TỬ
Thứ Tư, ngày 18/12/2024 | 14:05

Thời sự | Kinh tế | Xã hội | Môi trường | Đô thị | Văn hóa - Thể thao | Điểm đến

Thu gom rác thải sinh hoạt ở nông thôn đạt 78,5%

(HGO) - Năm 2024, tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý ở khu vực đô thị tỉnh Hậu Giang ước đạt 97%, tăng 1,5 điểm phần trăm so với năm 2023; khu vực nông thôn đạt 78,5%, tăng 6,2 điểm phần trăm, vượt chỉ tiêu Nghị quyết đề ra (75%).

Theo Sở Tài nguyên và Môi trường, lượng rác thải sinh hoạt phát sinh trên địa bàn tỉnh khoảng 640 tấn/ngày, trong đó thu gom được 538 tấn mỗi ngày. Toàn bộ rác thu gom được đưa về Nhà máy xử lý chất thải rắn Hậu Giang (công suất 300 tấn/ngày) và 2 khu xử lý tập trung ở TP. Ngã Bảy, huyện Long Mỹ.

Khối lượng rác thải sinh hoạt phát sinh và thu gom năm 2024:
Địa phương | Phát sinh (tấn/ngày) | Thu gom (tấn/ngày) | Tỷ lệ (%)
TP. Vị Thanh | 82 | 80 | 97,6
TP. Ngã Bảy | 64 | 61 | 95,3
Huyện Châu Thành A | 96 | 81 | 84,4
Huyện Long Mỹ | 88 | 62 | 70,5
Toàn tỉnh | 640 | 538 | 84,1
(Nguồn: Sở Tài nguyên và Môi trường)

Việc phân loại rác tại nguồn được triển khai ở 54/75 xã, phường, thị trấn, tăng 12 đơn vị so với năm trước. Ngân sách tỉnh bố trí 126 tỷ đồng cho thu gom, vận chuyển và xử lý, bình quân khoảng 640.000 đồng/tấn. Mức thu giá dịch vụ thu gom đối với hộ gia đình ở nông thôn từ 15.000 - 25.000 đồng/hộ/tháng.

Tại huyện Long Mỹ, nơi có tỷ lệ thu gom thấp nhất tỉnh, nhiều tuyến kênh vẫn còn tình trạng xả rác xuống sông. Huyện đã đầu tư thêm 6 xe ép rác, mở rộng thu gom đến 38/52 ấp, đưa tỷ lệ thu gom từ 61,2% năm 2023 lên 70,5%.

Công nhân thu gom rác trên tuyến đường ở xã Long Trị, huyện Long Mỹ. Ảnh: M.Thư

Năm 2025, tỉnh phấn đấu tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom, xử lý đạt trên 80%, đô thị đạt 98%; 100% xã, phường, thị trấn thực hiện phân loại rác tại nguồn.

Minh Thư

Xem thêm:
• Vị Thanh ra quân "Ngày Chủ nhật xanh" lần thứ 12 (15/12/2024)
• Phụng Hiệp: 3.000 hộ cam kết không xả rác xuống kênh (10/12/2024)

Báo Hậu Giang. Số 2 Lê Quý Đôn, phường V, TP. Vị Thanh. Điện thoại: (0293) 3878.869
'''
META = {'published': '2024-12-18', 'locality': 'tỉnh Hậu Giang'}
DEFAULTS = {'locality': 'tỉnh Hậu Giang', 'period': '2024', 'modality': 'actual'}
E = dict(modality='estimate')
T = dict(modality='target', period='2025')
VT = dict(locality='thành phố Vị Thanh')
NB = dict(locality='thành phố Ngã Bảy')
CT = dict(locality='huyện Châu Thành A')
LM = dict(locality='huyện Long Mỹ')
TN = 'tấn/ngày'
FIGS = [
 ('nông thôn đạt 78,5%\n', '78,5%', 'level', '%', dict()),
 ('ước đạt 97%', '97%', 'level', '%', dict(E)),
 ('tăng 1,5 điểm phần trăm', '1,5 điểm phần trăm', 'change', 'điểm %', dict(E, direction='up', base='2023')),
 ('nông thôn đạt 78,5%,', '78,5%', 'level', '%', dict()),
 ('tăng 6,2 điểm phần trăm', '6,2 điểm phần trăm', 'change', 'điểm %', dict(direction='up')),
 ('(75%)', '75%', 'level', '%', dict(modality='target')),
 ('khoảng 640 tấn/ngày', '640 tấn/ngày', 'level', TN, dict(bound='about')),
 ('được 538 tấn', '538 tấn', 'level', TN, dict()),
 ('(công suất 300 tấn/ngày)', '300 tấn/ngày', 'level', TN, dict(optional=True)),
 ('và 2 khu xử lý', '2', 'level', 'khu xử lý', dict(optional=True)),
 ('Vị Thanh | 82 |', '82', 'level', TN, dict(VT)),
 ('| 80 |', '80', 'level', TN, dict(VT)),
 ('| 97,6', '97,6', 'level', '%', dict(VT)),
 ('| 64 |', '64', 'level', TN, dict(NB)),
 ('| 61 |', '61', 'level', TN, dict(NB)),
 ('| 95,3', '95,3', 'level', '%', dict(NB)),
 ('| 96 |', '96', 'level', TN, dict(CT)),
 ('| 81 |', '81', 'level', TN, dict(CT)),
 ('| 84,4', '84,4', 'level', '%', dict(CT)),
 ('| 88 |', '88', 'level', TN, dict(LM)),
 ('| 62 |', '62', 'level', TN, dict(LM)),
 ('| 70,5\n', '70,5', 'level', '%', dict(LM)),
 ('| 640 |', '640', 'level', TN, dict()),
 ('| 538 |', '538', 'level', TN, dict()),
 ('| 84,1', '84,1', 'level', '%', dict()),
 ('ở 54/75 xã', '54/75', 'ratio', 'xã', dict()),
 ('tăng 12 đơn vị', '12', 'change', 'đơn vị', dict(direction='up', base='2023')),
 ('trí 126 tỷ đồng', '126 tỷ đồng', 'level', 'VND', dict()),
 ('khoảng 640.000 đồng/tấn', '640.000 đồng/tấn', 'level', 'VND/tấn', dict(bound='about')),
 ('từ 15.000 - 25.000 đồng/hộ/tháng', '15.000 - 25.000 đồng/hộ/tháng', 'level', 'VND/hộ/tháng', dict(optional=True)),
 ('thêm 6 xe', '6', 'level', 'xe', dict(LM, optional=True)),
 ('đến 38/52 ấp', '38/52', 'ratio', 'ấp', dict(LM)),
 ('từ 61,2%', '61,2%', 'level', '%', dict(LM, period='2023')),
 ('lên 70,5%', '70,5%', 'level', '%', dict(LM, direction='up')),
 ('trên 80%', '80%', 'level', '%', dict(T, bound='over')),
 ('đô thị đạt 98%', '98%', 'level', '%', dict(T)),
 ('; 100% xã', '100%', 'level', '%', dict(T)),
]
