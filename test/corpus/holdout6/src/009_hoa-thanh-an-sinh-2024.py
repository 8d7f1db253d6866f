TEXT = '''
Xã hội

Hòa Thành: Hộ nghèo giảm còn 0,41%, trao 112 căn nhà đại đoàn kết

26/12/2024 | 07:30

TN - Năm 2024, công tác giảm nghèo, chăm lo an sinh xã hội trên địa bàn thị xã Hòa Thành, tỉnh Tây Ninh tiếp tục đạt kết quả tích cực; nhiều chỉ tiêu vượt kế hoạch đề ra.

Trao nhà đại đoàn kết cho hộ nghèo ở phường Long Thành Bắc.
Trao nhà đại đoàn kết cho hộ nghèo ở phường Long Thành Bắc.

Theo Phòng Lao động - Thương binh và Xã hội thị xã, kết quả thực hiện một số chỉ tiêu an sinh năm 2024 như sau:

Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ
Giảm hộ nghèo (hộ) | 90 | 104 | 115,6%
Giải quyết việc làm (lao động) | 2.000 | 2.186 | 109,3%
Nhà đại đoàn kết (căn) | 100 | 112 | 112%

Đến cuối năm 2024, toàn thị xã còn 172 hộ nghèo, chiếm 0,41% tổng số hộ, giảm 0,25 điểm phần trăm so với cuối năm 2023; hộ cận nghèo còn 298 hộ, tỷ lệ 0,71%. Thu nhập bình quân đầu người ước đạt 86,4 triệu đồng/người/năm, tăng 7,8% so với năm trước.

Trong năm, Ủy ban MTTQ Việt Nam thị xã đã vận động Quỹ "Vì người nghèo" được hơn 4,6 tỷ đồng, tăng 12% so với năm 2023; xây mới và sửa chữa 112 căn nhà đại đoàn kết/KH 100 - 120 căn, mỗi căn được hỗ trợ từ 50 - 60 triệu đồng. Ngân hàng Chính sách xã hội thị xã giải ngân 86,5 tỷ đồng cho 1.720 lượt hộ vay vốn, tổng dư nợ đến 30/11/2024 đạt 512,3 tỷ đồng.

Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,8%, trong đó 100% người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ BHYT miễn phí. Tỷ lệ lao động tham gia bảo hiểm xã hội trong độ tuổi đạt 42,6%, vượt 2,6 điểm phần trăm so với chỉ tiêu tỉnh giao.

Đáng chú ý, ba phường Long Hoa, Hiệp Tân và Long Thành Trung không còn hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025. Phường Long Thành Bắc có tỷ lệ hộ nghèo cao nhất thị xã với 0,68%.

Bà Lê Thị Ngọc (78 tuổi, khu phố 4, phường Long Hoa) xúc động khi nhận căn nhà mới rộng 48 m2: "Sống hơn 70 năm, giờ tui mới có căn nhà kiên cố."

Năm 2025, thị xã phấn đấu giảm 0,15 - 0,2 điểm phần trăm hộ nghèo, xây dựng 80 căn nhà đại đoàn kết, tỷ lệ tham gia BHYT đạt 95,5% trở lên.

Phương châm "Không để ai bị bỏ lại phía sau" tiếp tục được thị xã quán triệt trong toàn hệ thống chính trị.

Xem thêm:
Tây Ninh dành 20 tỷ đồng chăm lo Tết cho hộ nghèo
Hòa Thành: 9 mô hình giảm nghèo hiệu quả

Minh Hiếu

Chia sẻ
'''
META = {'published': '2024-12-26', 'locality': 'thị xã Hòa Thành'}
DEFAULTS = {'locality': 'thị xã Hòa Thành', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('Hộ nghèo giảm còn 0,41%', '0,41%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('trao 112 căn nhà đại đoàn kết\n', '112', 'level', 'căn nhà', dict()),
 ('| 90 | 104 | 115,6%', '90', 'level', 'hộ', dict(indicator='households_out_of_poverty', modality='target')),
 ('| 90 | 104 | 115,6%', '104', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('| 90 | 104 | 115,6%', '115,6%', 'attainment', '%', dict(indicator='households_out_of_poverty', base='target')),
 ('| 2.000 | 2.186 | 109,3%', '2.000', 'level', 'lao động', dict(indicator='jobs_created', modality='target')),
 ('| 2.000 | 2.186 | 109,3%', '2.186', 'level', 'lao động', dict(indicator='jobs_created')),
 ('| 2.000 | 2.186 | 109,3%', '109,3%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('| 100 | 112 | 112%', '100', 'level', 'căn', dict(modality='target')),
 ('| 100 | 112 |', '112', 'level', 'căn', dict()),
 ('| 100 | 112 | 112%', '112%', 'attainment', '%', dict(base='target')),
 ('còn 172 hộ nghèo', '172', 'level', 'hộ', dict(indicator='poor_households')),
 ('chiếm 0,41%', '0,41%', 'level', '%', dict(indicator='poverty_rate')),
 ('giảm 0,25 điểm phần trăm', '0,25 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', base='2023')),
 ('còn 298 hộ', '298', 'level', 'hộ', dict()),
 ('tỷ lệ 0,71%', '0,71%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('ước đạt 86,4 triệu đồng/người/năm', '86,4 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **E)),
 ('tăng 7,8% so với năm trước', '7,8%', 'change', '%', dict(indicator='income_per_capita', direction='up', base='2023', **E)),
 ('hơn 4,6 tỷ đồng', '4,6 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('tăng 12% so với năm 2023', '12%', 'change', '%', dict(direction='up', base='2023')),
 ('sửa chữa 112 căn nhà', '112', 'level', 'căn nhà', dict()),
 ('KH 100 - 120 căn', '100 - 120', 'level', 'căn', dict(modality='target')),
 ('từ 50 - 60 triệu đồng', '50 - 60 triệu đồng', 'level', 'VND/căn', dict()),
 ('giải ngân 86,5 tỷ đồng', '86,5 tỷ đồng', 'level', 'VND', dict(period='2024-11M')),
 ('cho 1.720 lượt hộ', '1.720', 'level', 'lượt hộ', dict(period='2024-11M')),
 ('đạt 512,3 tỷ đồng', '512,3 tỷ đồng', 'level', 'VND', dict(period='2024-M11')),
 ('đạt 94,8%', '94,8%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('trong đó 100% người', '100%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('đạt 42,6%', '42,6%', 'level', '%', dict(indicator='social_insurance_coverage')),
 ('vượt 2,6 điểm phần trăm', '2,6 điểm phần trăm', 'change', 'điểm %', dict(indicator='social_insurance_coverage', direction='up', base='target', status='exceeded')),
 ('ba phường Long Hoa', 'ba', 'level', 'phường', dict(value=3, optional=True)),
 ('với 0,68%', '0,68%', 'level', '%', dict(indicator='poverty_rate', locality='phường Long Thành Bắc')),
 ('giảm 0,15 - 0,2 điểm phần trăm', '0,15 - 0,2 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', **T)),
 ('xây dựng 80 căn', '80', 'level', 'căn nhà', dict(**T)),
 ('đạt 95,5% trở lên', '95,5%', 'level', '%', dict(indicator='health_insurance_coverage', bound='at_least', **T)),
]
