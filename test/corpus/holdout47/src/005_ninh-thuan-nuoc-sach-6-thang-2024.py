TEXT = '''
NINH THUẬN ONLINE
09/07/2024 - 09:47 | Lượt xem: 736

Kinh tế | Nông nghiệp - Nông thôn | Tài nguyên - Môi trường

Ninh Thuận: 98,2% dân cư nông thôn dùng nước hợp vệ sinh

(NTO) Sáu tháng đầu năm 2024, dù chịu ảnh hưởng của đợt nắng nóng, khô hạn kéo dài, tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh của tỉnh đạt 98,2%; trong đó tỷ lệ sử dụng nước sạch đáp ứng quy chuẩn đạt 61,5%, tăng 2,3 điểm phần trăm so với cuối năm 2023.

Theo Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, toàn tỉnh hiện có 41 công trình cấp nước tập trung nông thôn với tổng công suất thiết kế 58.400 m3/ngày đêm, cung cấp nước cho khoảng 92.000 hộ. Trong 6 tháng, Trung tâm lắp đặt mới 1.860 đồng hồ nước, đạt 62% kế hoạch năm; sản lượng nước thương phẩm 4,6 triệu m3, tăng 9,8% so với cùng kỳ.

Tỷ lệ hộ dùng nước sạch chênh lệch lớn giữa các địa phương. Huyện Ninh Hải, Ninh Phước và Thuận Nam có tỷ lệ lần lượt là 78,2%, 71,6% và 64,3%; trong khi huyện Bác Ái mới đạt 32,4%, thấp hơn bình quân chung của tỉnh gần 30 điểm phần trăm.

Trạm cấp nước Phước Trung (xã Phước Trung, huyện Bác Ái) được nâng cấp, cấp nước cho 650 hộ đồng bào Raglai. Ảnh: Văn Nỷ

Đợt khô hạn từ tháng 3 đến tháng 5 khiến khoảng 3.200 hộ với 12.800 nhân khẩu ở các huyện Thuận Bắc, Bác Ái, Ninh Sơn thiếu nước sinh hoạt, giảm khoảng 40% so với mùa khô năm 2023 nhờ các công trình mới. Các địa phương đã chở 8.650 m3 nước phục vụ người dân, kinh phí gần 1,1 tỷ đồng.

Nguồn vốn Chương trình MTQG xây dựng nông thôn mới năm 2024 bố trí cho lĩnh vực cấp nước 46,8 tỷ đồng; đến ngày 30/6 đã giải ngân 15,2 tỷ đồng, đạt 32,5%.

Theo kế hoạch, đến cuối năm 2024 tỷ lệ dân cư nông thôn sử dụng nước sạch đáp ứng quy chuẩn đạt 63 - 64%; đến năm 2025 đạt ít nhất 65% và đến năm 2030 là 80%.

Văn Nỷ

BÀI LIÊN QUAN
1. Thuận Bắc: Khánh thành công trình cấp nước 28 tỷ đồng (02/07/2024)
2. Ninh Sơn hỗ trợ 500 bồn chứa nước cho hộ nghèo (25/06/2024)
3. Tập huấn sử dụng nước an toàn cho 120 học viên (20/06/2024)

Báo Ninh Thuận - 56 đường 16 Tháng 4, phường Mỹ Hương, TP. Phan Rang - Tháp Chàm. ĐT: (0259) 3822.658
'''
META = {'published': '2024-07-09', 'locality': 'tỉnh Ninh Thuận'}
DEFAULTS = {'locality': 'tỉnh Ninh Thuận', 'period': '2024-H1', 'modality': 'actual'}
W = dict(indicator='clean_water_rate')
M6 = dict(period='2024-M06')
FIGS = [
 ('Thuận: 98,2%', '98,2%', 'level', '%', dict(W)),
 ('tỉnh đạt 98,2%', '98,2%', 'level', '%', dict(W)),
 ('quy chuẩn đạt 61,5%', '61,5%', 'level', '%', dict(W)),
 ('tăng 2,3 điểm phần trăm', '2,3 điểm phần trăm', 'change', 'điểm %', dict(W, direction='up', base='2023')),
 ('có 41 công trình', '41', 'level', 'công trình', dict(optional=True)),
 ('kế 58.400 m3/ngày đêm', '58.400 m3/ngày đêm', 'level', 'm3/ngày đêm', dict(optional=True)),
 ('khoảng 92.000 hộ', '92.000', 'level', 'hộ', dict(bound='about')),
 ('mới 1.860 đồng hồ', '1.860', 'level', 'đồng hồ', dict()),
 ('đạt 62% kế hoạch', '62%', 'attainment', '%', dict(base='target')),
 ('phẩm 4,6 triệu m3', '4,6 triệu m3', 'level', 'm3', dict()),
 ('tăng 9,8%', '9,8%', 'change', '%', dict(direction='up', base='same_period')),
 ('là 78,2%', '78,2%', 'level', '%', dict(W, locality='huyện Ninh Hải')),
 ('71,6%', '71,6%', 'level', '%', dict(W, locality='huyện Ninh Phước')),
 ('và 64,3%', '64,3%', 'level', '%', dict(W, locality='huyện Thuận Nam')),
 ('mới đạt 32,4%', '32,4%', 'level', '%', dict(W, locality='huyện Bác Ái')),
 ('gần 30 điểm phần trăm', '30 điểm phần trăm', 'change', 'điểm %', dict(W, locality='huyện Bác Ái', direction='down', bound='nearly')),
 ('cho 650 hộ', '650', 'level', 'hộ', dict(optional=True)),
 ('khoảng 3.200 hộ', '3.200', 'level', 'hộ', dict(bound='about')),
 ('12.800 nhân khẩu', '12.800', 'level', 'nhân khẩu', dict()),
 ('khoảng 40%', '40%', 'change', '%', dict(direction='down', base='same_period', bound='about')),
 ('chở 8.650 m3', '8.650 m3', 'level', 'm3', dict()),
 ('gần 1,1 tỷ đồng', '1,1 tỷ đồng', 'level', 'VND', dict(bound='nearly')),
 ('nước 46,8 tỷ đồng', '46,8 tỷ đồng', 'level', 'VND', dict(period='2024')),
 ('giải ngân 15,2 tỷ đồng', '15,2 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 32,5%', '32,5%', 'attainment', '%', dict(base='target')),
 ('đạt 63 - 64%', '63 - 64%', 'level', '%', dict(W, modality='target', period='2024')),
 ('ít nhất 65%', '65%', 'level', '%', dict(W, modality='target', period='2025', bound='at_least')),
 ('là 80%', '80%', 'level', '%', dict(W, modality='target', period='2030')),
]
