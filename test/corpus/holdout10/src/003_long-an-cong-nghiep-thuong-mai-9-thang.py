# Industry and trade over nine months (Báo Long An style): headings that say how changes are measured, colon lines,
# signed changes with and without brackets, a non-breaking space between a number and its scale.
TEXT = '''
Kinh tế

Long An: 9 tháng năm 2024, chỉ số sản xuất công nghiệp tăng 8,6%

02/10/2024 - 09:10

(LA) - Theo Cục Thống kê tỉnh, 9 tháng năm 2024, sản xuất công nghiệp và thương mại của tỉnh Long An tiếp tục phục hồi, nhiều chỉ tiêu tăng khá so với cùng kỳ.

Chỉ số sản xuất công nghiệp (IIP) 9 tháng ước tăng 8,6% so với cùng kỳ năm 2023, trong đó ngành chế biến, chế tạo tăng 9,1%; ngành sản xuất và phân phối điện giảm 2,3%. Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 312.450 tỷ đồng, bằng 74,2% kế hoạch năm.

Một số sản phẩm công nghiệp chủ yếu 9 tháng (tăng, giảm so với cùng kỳ):
- Thức ăn gia súc: 1,86 triệu tấn, +6,4%;
- Sắt thép các loại: 742 nghìn tấn (-3,8%);
- Giày dép da: 58,3 triệu đôi, +12,1%;
- Điện thương phẩm: 7.960 triệu kWh, +9,7%.

Lĩnh vực thương mại, dịch vụ 9 tháng (so với cùng kỳ):
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng: 98.740\u00a0tỷ đồng, + 10,70%;
- Kim ngạch xuất khẩu: 6,12 tỷ USD, + 14,2%, đạt 76,5% kế hoạch;
- Kim ngạch nhập khẩu: 4,35 tỷ USD, + 9,8%;
- Thu ngân sách nhà nước: 15.600 tỷ đồng, bằng 80,4% dự toán (+ 6,3%).

Về thu hút đầu tư, 9 tháng, tỉnh cấp mới 68 dự án FDI với tổng vốn đăng ký 612 triệu USD, gấp 1,4 lần cùng kỳ; có 1.085 doanh nghiệp thành lập mới, giảm 5,2%. Hiện tỉnh có 37 khu, cụm công nghiệp đang hoạt động, tỷ lệ lấp đầy bình quân 73%.

Dự kiến cả năm 2024, giá trị sản xuất công nghiệp đạt khoảng 420.000 tỷ đồng, vượt 0,5% kế hoạch. Ngành Công Thương tỉnh đang phối hợp tổ chức Hội chợ Xúc tiến thương mại Long An lần thứ 12 tại Khu công nghiệp Thuận Đạo; thông tin chi tiết liên hệ số điện thoại 0272.3826.214.

Minh Thư
'''
META = {'published': '2024-10-02', 'locality': 'tỉnh Long An'}
DEFAULTS = {'locality': 'tỉnh Long An', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
SP = dict(direction='up', base='same_period')
IIP = dict(indicator='industrial_production_index')
FIGS = [
 ('nghiệp tăng 8,6%', '8,6%', 'change', '%', dict(direction='up', **IIP)),
 ('ước tăng 8,6%', '8,6%', 'change', '%', dict(**SP, **IIP, **E)),
 ('chế tạo tăng 9,1%', '9,1%', 'change', '%', dict(direction='up', **IIP, **E)),
 ('điện giảm 2,3%', '2,3%', 'change', '%', dict(direction='down', **IIP)),
 ('ước đạt 312.450 tỷ đồng', '312.450 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('bằng 74,2% kế hoạch', '74,2%', 'attainment', '%', dict(indicator='industrial_output_value', base='target', **E)),
 ('súc: 1,86 triệu tấn', '1,86 triệu tấn', 'level', 'tấn', dict()),
 ('+6,4%', '6,4%', 'change', '%', dict(**SP)),
 ('742 nghìn tấn', '742 nghìn tấn', 'level', 'tấn', dict()),
 ('(-3,8%)', '3,8%', 'change', '%', dict(direction='down', base='same_period')),
 ('58,3 triệu đôi', '58,3 triệu', 'level', 'đôi', dict()),
 ('+12,1%', '12,1%', 'change', '%', dict(**SP)),
 ('7.960 triệu kWh', '7.960 triệu kWh', 'level', 'kWh', dict()),
 ('+9,7%', '9,7%', 'change', '%', dict(**SP)),
 ('98.740\u00a0tỷ đồng', '98.740\u00a0tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('+ 10,70%', '10,70%', 'change', '%', dict(indicator='retail_sales', **SP)),
 ('6,12 tỷ USD', '6,12 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('+ 14,2%', '14,2%', 'change', '%', dict(indicator='export_value', **SP)),
 ('đạt 76,5% kế hoạch', '76,5%', 'attainment', '%', dict(indicator='export_value', base='target')),
 ('4,35 tỷ USD', '4,35 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('+ 9,8%', '9,8%', 'change', '%', dict(indicator='import_value', **SP)),
 ('nước: 15.600 tỷ đồng', '15.600 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 80,4% dự toán', '80,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('(+ 6,3%)', '6,3%', 'change', '%', dict(indicator='budget_revenue', **SP)),
 ('cấp mới 68 dự án', '68', 'level', 'dự án', dict()),
 ('ký 612 triệu USD', '612 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('gấp 1,4 lần cùng kỳ', '1,4 lần', 'change', 'lần', dict(indicator='fdi', **SP)),
 ('có 1.085 doanh nghiệp', '1.085', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('giảm 5,2%', '5,2%', 'change', '%', dict(indicator='new_enterprises', direction='down')),
 ('có 37 khu', '37', 'level', 'khu', dict(optional=True)),
 ('bình quân 73%', '73%', 'level', '%', dict()),
 ('khoảng 420.000 tỷ đồng', '420.000 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', period='2024', bound='about', **E)),
 ('vượt 0,5% kế hoạch', '0,5%', 'change', '%', dict(indicator='industrial_output_value', period='2024', direction='up', base='target', status='exceeded', **E)),
]
