TEXT = '''
Kinh tế

Bạc Liêu: Sản lượng tôm năm 2024 vượt 10% kế hoạch, điện gió hòa lưới thêm 200 MW

Thứ Bảy, 28/12/2024, 10:05 (GMT+7)

BL - Năm 2024, ngành nông nghiệp và năng lượng tái tạo tiếp tục là hai trụ cột tăng trưởng của tỉnh Bạc Liêu. Tăng trưởng GRDP của tỉnh ước đạt 7,65%, cao hơn mức 6,9% của năm 2023.

Cánh đồng điện gió tại xã Vĩnh Trạch Đông, thành phố Bạc Liêu. Ảnh: Nhật Hồ
Cánh đồng điện gió tại xã Vĩnh Trạch Đông, thành phố Bạc Liêu. Ảnh: Nhật Hồ

Theo Sở Nông nghiệp và Phát triển nông thôn, tổng diện tích nuôi tôm toàn tỉnh đạt 147.600 ha, trong đó nuôi siêu thâm canh 2.850 ha. Sản lượng tôm ước đạt 220.500 tấn, vượt 10,25% kế hoạch, tăng 8,4% so với năm 2023. Năng suất tôm siêu thâm canh bình quân 35 - 40 tấn/ha/vụ. Sản lượng thủy sản chung ước đạt 486.000 tấn, bằng 101,3% kế hoạch.

Kim ngạch xuất khẩu ước đạt 1,42 tỷ USD, tăng 11,2%; riêng tôm chiếm khoảng 87%.

Về năng lượng, trong năm có thêm 4 dự án điện gió với tổng công suất 200 MW hòa lưới, nâng tổng công suất điện gió toàn tỉnh lên 1.103 MW. Sản lượng điện thương phẩm năm 2024 đạt 2,97 tỷ kWh, gấp 1,4 lần năm 2022. Thu ngân sách từ các dự án năng lượng đạt 610 tỷ đồng, chiếm 22,5% tổng thu ngân sách.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.711 tỷ đồng, đạt 100,8% dự toán trung ương giao.

Ông Phạm Văn Thiều, Chủ tịch UBND tỉnh cho biết: “Năm 2025, tỉnh phấn đấu sản lượng tôm đạt 230.000 tấn, tăng trưởng GRDP từ 8 - 8,5%”. Đến năm 2030, tỉnh đặt mục tiêu trở thành trung tâm năng lượng tái tạo của cả nước với tổng công suất khoảng 5.000 MW.

Nhật Hồ

Tin khác:
- Bạc Liêu: Festival Nghề muối lần thứ 2
- Quốc lộ 1 đoạn qua Bạc Liêu sẽ mở rộng 4 làn xe
'''
META = {'published': '2024-12-28', 'locality': 'tỉnh Bạc Liêu'}
DEFAULTS = {'locality': 'tỉnh Bạc Liêu', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('vượt 10% kế hoạch', '10%', 'change', '%', dict(indicator='aquaculture_output', direction='up', base='target', status='exceeded')),
 ('thêm 200 MW\n', '200 MW', 'level', 'MW', dict()),
 ('ước đạt 7,65%', '7,65%', 'level', '%', dict(indicator='grdp_growth', **E)),
 ('mức 6,9% của năm 2023', '6,9%', 'level', '%', dict(indicator='grdp_growth', period='2023')),
 ('đạt 147.600 ha', '147.600 ha', 'level', 'ha', dict()),
 ('siêu thâm canh 2.850 ha', '2.850 ha', 'level', 'ha', dict()),
 ('ước đạt 220.500 tấn', '220.500 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', **E)),
 ('vượt 10,25% kế hoạch', '10,25%', 'change', '%', dict(indicator='aquaculture_output', direction='up', base='target', status='exceeded', **E)),
 ('tăng 8,4% so với năm 2023', '8,4%', 'change', '%', dict(indicator='aquaculture_output', direction='up', base='2023', **E)),
 ('bình quân 35 - 40 tấn/ha/vụ', '35 - 40 tấn/ha/vụ', 'level', 'tấn/ha/vụ', dict()),
 ('ước đạt 486.000 tấn', '486.000 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', **E)),
 ('bằng 101,3% kế hoạch', '101,3%', 'attainment', '%', dict(indicator='aquaculture_output', base='target', **E)),
 ('ước đạt 1,42 tỷ USD', '1,42 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 11,2%', '11,2%', 'change', '%', dict(indicator='export_value', direction='up', **E)),
 ('khoảng 87%', '87%', 'level', '%', dict(bound='about')),
 ('thêm 4 dự án', '4', 'level', 'dự án', dict()),
 ('công suất 200 MW hòa', '200 MW', 'level', 'MW', dict()),
 ('lên 1.103 MW', '1.103 MW', 'level', 'MW', dict(direction='up')),
 ('đạt 2,97 tỷ kWh', '2,97 tỷ kWh', 'level', 'kWh', dict()),
 ('gấp 1,4 lần', '1,4 lần', 'change', 'lần', dict(direction='up', base='2022')),
 ('đạt 610 tỷ đồng', '610 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('chiếm 22,5%', '22,5%', 'level', '%', dict()),
 ('ước đạt 2.711 tỷ đồng', '2.711 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('đạt 100,8% dự toán', '100,8%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('đạt 230.000 tấn', '230.000 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', period='2025', modality='target')),
 ('từ 8 - 8,5%', '8 - 8,5%', 'level', '%', dict(indicator='grdp_growth', period='2025', modality='target')),
 ('khoảng 5.000 MW', '5.000 MW', 'level', 'MW', dict(period='2030', modality='target', bound='about')),
 ('mở rộng 4 làn', '4', 'level', 'làn xe', dict(optional=True)),
]
