TEXT = '''
Huyện Hòa Bình: Năm 2024 phấn đấu thu ngân sách 420 tỷ đồng

20/01/2024 - 07:05

BL - Nhân dịp đầu năm mới, phóng viên Báo Bạc Liêu có cuộc trò chuyện với ông Lê Văn Nhàn, Chủ tịch UBND huyện Hòa Bình, về kết quả năm 2023 và nhiệm vụ năm 2024.

- Thưa ông, năm 2023 kinh tế của huyện Hòa Bình đạt được những kết quả nổi bật nào?

- Ông Lê Văn Nhàn: “Năm 2023 dù còn nhiều khó khăn, huyện đã hoàn thành 21/23 chỉ tiêu Nghị quyết HĐND huyện đề ra. Tổng thu ngân sách trên địa bàn đạt 386,2 tỷ đồng, vượt 12,4% dự toán. Sản lượng tôm nuôi đạt hơn 52.800 tấn, tăng 7,6% so với năm 2022. Điện gió là điểm sáng, trên địa bàn huyện có 9 nhà máy điện gió đã vận hành thương mại với tổng công suất 468 MW”.

- Ông có thể cho biết về công tác an sinh xã hội?

- Ông Lê Văn Nhàn: “Huyện đã hỗ trợ xây dựng, sửa chữa 215 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn với tổng kinh phí hơn 10,7 tỷ đồng. Tỷ lệ hộ nghèo giảm từ 2,86% xuống còn 1,94%. Toàn huyện có 115 nghìn 788 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,1%”.

- Năm 2024, huyện đặt mục tiêu gì, thưa ông?

- Ông Lê Văn Nhàn: “Năm 2024, huyện phấn đấu thu ngân sách 420 tỷ đồng; giá trị sản xuất tăng từ 8 - 9%; giải quyết việc làm cho ít nhất 3.000 lao động; giảm tỷ lệ hộ nghèo thêm 0,5 điểm phần trăm. Huyện cũng phấn đấu có thêm hai xã đạt chuẩn nông thôn mới nâng cao”.

- Xin cảm ơn ông!

Trúc Linh (thực hiện)
'''
META = {'published': '2024-01-20', 'locality': 'huyện Hòa Bình'}
DEFAULTS = {'locality': 'huyện Hòa Bình', 'period': '2023', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2024'}
FIGS = [
 ('ngân sách 420 tỷ đồng\n', '420 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('thành 21/23 chỉ tiêu', '21/23', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('đạt 386,2 tỷ đồng', '386,2 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('vượt 12,4% dự toán', '12,4%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='target', status='exceeded')),
 ('hơn 52.800 tấn', '52.800 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', bound='over')),
 ('tăng 7,6%', '7,6%', 'change', '%', dict(indicator='aquaculture_output', direction='up', base='2022')),
 ('có 9 nhà máy', '9', 'level', 'nhà máy', dict(optional=True)),
 ('suất 468 MW', '468 MW', 'level', 'MW', dict()),
 ('chữa 215 căn nhà', '215', 'level', 'căn nhà', dict()),
 ('hơn 10,7 tỷ đồng', '10,7 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('từ 2,86%', '2,86%', 'level', '%', dict(indicator='poverty_rate', period=None)),
 ('xuống còn 1,94%', '1,94%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('115 nghìn 788 người', '115 nghìn 788', 'level', 'người', dict(value=115788)),
 ('bao phủ 93,1%', '93,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('ngân sách 420 tỷ đồng;', '420 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('tăng từ 8 - 9%', '8 - 9%', 'change', '%', dict(indicator='total_output_value', direction='up', **T)),
 ('ít nhất 3.000 lao động', '3.000', 'level', 'lao động', dict(indicator='jobs_created', bound='at_least', **T)),
 ('thêm 0,5 điểm phần trăm', '0,5 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', **T)),
 ('thêm hai xã', 'hai', 'level', 'xã', dict(value=2, indicator='new_rural_communes_advanced', **T)),
]
