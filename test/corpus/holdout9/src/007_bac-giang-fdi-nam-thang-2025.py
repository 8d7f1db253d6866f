TEXT = '''
Đầu tư

Bắc Giang: 5 tháng thu hút hơn 1,1 tỷ USD vốn FDI

03/06/2025 14:37

BBG - Theo Ban Quản lý các khu công nghiệp tỉnh, 5 tháng đầu năm 2025, tỉnh Bắc Giang thu hút 1,12 tỷ USD vốn đầu tư trực tiếp nước ngoài (FDI), tăng 35,8% so với cùng kỳ năm 2024 và đạt 74,7% kế hoạch năm (1,5 tỷ USD). Trong đó, cấp mới 41 dự án với tổng vốn 684 triệu USD; điều chỉnh tăng vốn 28 lượt dự án với 436 triệu USD.

Dây chuyền sản xuất linh kiện điện tử tại KCN Quang Châu. Ảnh: Đức Thắng

Trung Quốc, Hàn Quốc và Singapore là ba nhà đầu tư dẫn đầu với số vốn lần lượt 392 triệu USD, 287 triệu USD và 154 triệu USD, chiếm tổng cộng 74,4% vốn đăng ký.

Riêng thị xã Việt Yên thu hút 620 triệu USD, chiếm 55,4% tổng vốn FDI của tỉnh. Huyện Lạng Giang có 6 dự án mới với 85 triệu USD, gấp 3 lần cùng kỳ.

Về đầu tư trong nước, tỉnh cấp mới và điều chỉnh 18 dự án với tổng vốn 5.120 tỷ đồng, giảm 12,4%. Lũy kế đến nay, toàn tỉnh có 1.486 dự án FDI còn hiệu lực với tổng vốn đăng ký 13,2 tỷ USD, trong đó khoảng 72% dự án đã đi vào hoạt động.

Nhờ dòng vốn FDI, chỉ số sản xuất công nghiệp (IIP) 5 tháng tăng 24,6% so với cùng kỳ; kim ngạch xuất khẩu ước đạt 14,8 tỷ USD, tăng 21,3%; nhập khẩu ước 13,9 tỷ USD. Các khu công nghiệp giải quyết việc làm mới cho khoảng 12.500 lao động, nâng tổng số lao động làm việc trong KCN lên gần 200.000 người.

Năm 2025, tỉnh đặt mục tiêu thu hút 1,5 tỷ USD vốn FDI; tăng trưởng GRDP từ 13% trở lên. Tỉnh đang hoàn thiện hạ tầng 4 khu công nghiệp mới với tổng diện tích khoảng 1.200 ha.

Đức Thắng

Xem thêm:
- Bắc Giang: Khởi công KCN Hòa Phú mở rộng
- Hội nghị xúc tiến đầu tư năm 2025 tại Seoul thu hút 500 doanh nghiệp
'''
META = {'published': '2025-06-03', 'locality': 'tỉnh Bắc Giang'}
DEFAULTS = {'locality': 'tỉnh Bắc Giang', 'period': '2025-5M', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('hơn 1,1 tỷ USD', '1,1 tỷ USD', 'level', 'USD', dict(indicator='fdi', bound='over')),
 ('hút 1,12 tỷ USD', '1,12 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('tăng 35,8%', '35,8%', 'change', '%', dict(indicator='fdi', direction='up', base='same_period')),
 ('đạt 74,7% kế hoạch', '74,7%', 'attainment', '%', dict(indicator='fdi', base='target')),
 ('(1,5 tỷ USD)', '1,5 tỷ USD', 'level', 'USD', dict(indicator='fdi', **T)),
 ('mới 41 dự án', '41', 'level', 'dự án', dict()),
 ('vốn 684 triệu USD', '684 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('vốn 28 lượt', '28', 'level', 'lượt dự án', dict()),
 ('với 436 triệu USD', '436 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('là ba nhà đầu tư', 'ba', 'level', 'nhà đầu tư', dict(value=3, optional=True)),
 ('lần lượt 392 triệu USD', '392 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 (' 287 triệu USD', '287 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('và 154 triệu USD', '154 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('chiếm tổng cộng 74,4%', '74,4%', 'level', '%', dict()),
 ('hút 620 triệu USD', '620 triệu USD', 'level', 'USD', dict(indicator='fdi', locality='thị xã Việt Yên')),
 ('chiếm 55,4%', '55,4%', 'level', '%', dict(locality='thị xã Việt Yên')),
 ('có 6 dự án', '6', 'level', 'dự án', dict(locality='huyện Lạng Giang')),
 ('với 85 triệu USD', '85 triệu USD', 'level', 'USD', dict(indicator='fdi', locality='huyện Lạng Giang')),
 ('gấp 3 lần', '3 lần', 'change', 'lần', dict(indicator='fdi', direction='up', base='same_period', locality='huyện Lạng Giang')),
 ('chỉnh 18 dự án', '18', 'level', 'dự án', dict()),
 ('vốn 5.120 tỷ đồng', '5.120 tỷ đồng', 'level', 'VND', dict()),
 ('giảm 12,4%', '12,4%', 'change', '%', dict(direction='down')),
 ('có 1.486 dự án', '1.486', 'level', 'dự án', dict()),
 ('ký 13,2 tỷ USD', '13,2 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('khoảng 72% dự án', '72%', 'level', '%', dict(bound='about')),
 ('tăng 24,6%', '24,6%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='same_period')),
 ('ước đạt 14,8 tỷ USD', '14,8 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 21,3%', '21,3%', 'change', '%', dict(indicator='export_value', direction='up', **E)),
 ('ước 13,9 tỷ USD', '13,9 tỷ USD', 'level', 'USD', dict(indicator='import_value', **E)),
 ('khoảng 12.500 lao động', '12.500', 'level', 'lao động', dict(indicator='new_jobs', bound='about')),
 ('gần 200.000 người', '200.000', 'level', 'người', dict(direction='up', bound='nearly')),
 ('thu hút 1,5 tỷ USD vốn FDI', '1,5 tỷ USD', 'level', 'USD', dict(indicator='fdi', **T)),
 ('từ 13% trở lên', '13%', 'level', '%', dict(indicator='grdp_growth', bound='at_least', **T)),
 ('hạ tầng 4 khu', '4', 'level', 'khu công nghiệp', dict(optional=True)),
 ('khoảng 1.200 ha', '1.200 ha', 'level', 'ha', dict(optional=True)),
 ('thu hút 500 doanh nghiệp', '500', 'level', 'doanh nghiệp', dict(optional=True)),
]
