TEXT = '''
Đầu tư

Tây Ninh thu hút hơn 1 tỷ USD vốn FDI trong 9 tháng

02/10/2024 - 07:30

BTN - Theo Ban Quản lý các khu kinh tế tỉnh Tây Ninh, 9 tháng đầu năm 2024, tỉnh thu hút 23 dự án FDI mới và 17 lượt dự án điều chỉnh tăng vốn, tổng vốn đăng ký đạt 1,024 tỷ USD, tăng 34,7% so với cùng kỳ, vượt 2,4% kế hoạch năm.

Khu công nghiệp Phước Đông, huyện Gò Dầu. Ảnh: Hoàng Yến
Khu công nghiệp Phước Đông, huyện Gò Dầu. Ảnh: Hoàng Yến

Vốn FDI đăng ký riêng trong quý III/2024 đạt 412 triệu USD, tăng 1,8 lần so với quý II.

Lũy kế đến nay, trên địa bàn tỉnh có 376 dự án FDI còn hiệu lực với tổng vốn khoảng 10,6 tỷ USD.

Tỷ lệ lấp đầy bình quân các khu công nghiệp đạt 71,8%; trong đó KCN Thành Thành Công và KCN Phước Đông lần lượt đạt 98% và 64,5%. Các doanh nghiệp trong KCN sử dụng 126.300 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng.

Chỉ số sản xuất công nghiệp (IIP) 9 tháng tăng 10,52%; kim ngạch xuất khẩu đạt 5,37 tỷ USD (+14,6%), nhập khẩu 3,91 tỷ USD (+12,1%). Giải ngân vốn đầu tư công đến ngày 30/9/2024 đạt 2.486 tỷ đồng, bằng 52,3% kế hoạch Thủ tướng giao, cao hơn bình quân cả nước (khoảng 47,3%).

Ông Trần Văn Chiến, Trưởng Ban Quản lý các khu kinh tế nói: “Quý IV, chúng tôi phấn đấu thu hút thêm từ 150 - 200 triệu USD, đưa tổng vốn FDI cả năm lên khoảng 1,2 tỷ USD”.

Hoàng Yến

Xem thêm:
- Tây Ninh: Cổng thông tin có 2 triệu lượt truy cập
- KCN Phước Đông mở rộng giai đoạn 2 (Tin ảnh)
'''
META = {'published': '2024-10-02', 'locality': 'tỉnh Tây Ninh'}
DEFAULTS = {'locality': 'tỉnh Tây Ninh', 'period': '2024-9M', 'modality': 'actual'}
FIGS = [
 ('hơn 1 tỷ USD', '1 tỷ USD', 'level', 'USD', dict(indicator='fdi', bound='over')),
 ('thu hút 23 dự án', '23', 'level', 'dự án', dict()),
 ('và 17 lượt dự án', '17', 'level', 'lượt dự án', dict()),
 ('đạt 1,024 tỷ USD', '1,024 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('tăng 34,7% so với cùng kỳ', '34,7%', 'change', '%', dict(indicator='fdi', direction='up', base='same_period')),
 ('vượt 2,4% kế hoạch năm', '2,4%', 'change', '%', dict(indicator='fdi', direction='up', base='target', status='exceeded')),
 ('đạt 412 triệu USD', '412 triệu USD', 'level', 'USD', dict(indicator='fdi', period='2024-Q3')),
 ('tăng 1,8 lần', '1,8 lần', 'change', 'lần', dict(indicator='fdi', direction='up', base='previous_period', period='2024-Q3')),
 ('có 376 dự án', '376', 'level', 'dự án', dict()),
 ('khoảng 10,6 tỷ USD', '10,6 tỷ USD', 'level', 'USD', dict(indicator='fdi', bound='about')),
 ('đạt 71,8%', '71,8%', 'level', '%', dict()),
 ('lần lượt đạt 98%', '98%', 'level', '%', dict()),
 ('và 64,5%', '64,5%', 'level', '%', dict()),
 ('sử dụng 126.300 lao động', '126.300', 'level', 'lao động', dict()),
 ('bình quân 8,9 triệu đồng/người/tháng', '8,9 triệu đồng/người/tháng', 'level', 'VND/người/tháng', dict()),
 ('tăng 10,52%', '10,52%', 'change', '%', dict(indicator='industrial_production_index', direction='up')),
 ('đạt 5,37 tỷ USD', '5,37 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('(+14,6%)', '14,6%', 'change', '%', dict(indicator='export_value', direction='up')),
 ('nhập khẩu 3,91 tỷ USD', '3,91 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('(+12,1%)', '12,1%', 'change', '%', dict(indicator='import_value', direction='up')),
 ('đạt 2.486 tỷ đồng', '2.486 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('bằng 52,3% kế hoạch', '52,3%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('khoảng 47,3%', '47,3%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', locality='cả nước', bound='about')),
 ('từ 150 - 200 triệu USD', '150 - 200 triệu USD', 'level', 'USD', dict(indicator='fdi', period='2024-Q4', modality='target')),
 ('khoảng 1,2 tỷ USD', '1,2 tỷ USD', 'level', 'USD', dict(indicator='fdi', period='2024', modality='target', bound='about', direction='up')),
 ('có 2 triệu lượt', '2 triệu', 'level', 'lượt truy cập', dict(optional=True)),
]
