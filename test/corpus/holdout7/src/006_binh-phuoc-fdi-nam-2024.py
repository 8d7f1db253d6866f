TEXT = '''
Bình Phước thu hút vốn FDI năm 2024 tăng gấp 2,3 lần

Thứ Năm, 26/12/2024 | 15:40

BP - Năm 2024, tỉnh Bình Phước thu hút 96 dự án FDI mới với tổng vốn đăng ký hơn 1,02 tỷ USD, gấp 2,3 lần so với năm 2023 và đạt 104% kế hoạch. Đây là năm thứ hai liên tiếp tỉnh thu hút FDI vượt mốc 1 tỷ USD.

Sản xuất tại một doanh nghiệp FDI ở KCN Minh Hưng III (thị xã Chơn Thành). Ảnh: Nguyễn Hoa
Sản xuất tại một doanh nghiệp FDI ở KCN Minh Hưng III (thị xã Chơn Thành). Ảnh: Nguyễn Hoa

Theo Ban Quản lý Khu kinh tế tỉnh, ngoài dự án mới, có 41 lượt dự án điều chỉnh tăng vốn thêm 218,6 triệu USD. Lũy kế đến nay, toàn tỉnh có 449 dự án FDI còn hiệu lực, tổng vốn đăng ký 5,41 tỷ USD; trong đó 312 dự án đã đi vào hoạt động, chiếm 69,5%.

Tỷ lệ lấp đầy các khu công nghiệp bình quân đạt 62,4%; riêng KCN Becamex - Bình Phước và KCN Minh Hưng - Sikico lần lượt là 71,3% và 96%. Các doanh nghiệp FDI giải quyết việc làm cho khoảng 84.000 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng.

Chỉ số sản xuất công nghiệp (IIP) năm 2024 ước tăng 11,86% so với năm trước. Kim ngạch xuất khẩu ước đạt 4,97 tỷ USD, tăng 18,67%; nhập khẩu 2,64 tỷ USD, tăng 9,4%. Khu vực có vốn đầu tư nước ngoài chiếm 58% kim ngạch xuất khẩu của tỉnh.

Tuy nhiên, nguồn thu ngân sách từ khu vực FDI năm 2024 chỉ đạt khoảng 610 tỷ đồng, bằng 87,1% dự toán, giảm 4,3% so với năm 2023.

"Mục tiêu năm 2025, tỉnh thu hút tối thiểu 1,2 tỷ USD vốn FDI và nâng tỷ lệ lấp đầy khu công nghiệp lên 70%", Phó Chủ tịch UBND tỉnh Trần Tuyết Minh cho biết.

Nguyễn Hoa

BÌNH LUẬN (0)
Chia sẻ | In bài
Đường dây nóng: 0271 3879 117
'''
META = {'published': '2024-12-26', 'locality': 'tỉnh Bình Phước'}
DEFAULTS = {'locality': 'tỉnh Bình Phước', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('tăng gấp 2,3 lần\n', '2,3 lần', 'change', 'lần', dict(indicator='fdi', direction='up')),
 ('thu hút 96 dự án', '96', 'level', 'dự án', dict()),
 ('hơn 1,02 tỷ USD', '1,02 tỷ USD', 'level', 'USD', dict(indicator='fdi', bound='over')),
 ('gấp 2,3 lần so với năm 2023', '2,3 lần', 'change', 'lần', dict(indicator='fdi', direction='up', base='2023')),
 ('đạt 104% kế hoạch', '104%', 'attainment', '%', dict(indicator='fdi', base='target')),
 ('vượt mốc 1 tỷ USD', '1 tỷ USD', 'level', 'USD', dict(indicator='fdi', bound='over', optional=True)),
 ('có 41 lượt dự án', '41', 'level', 'lượt dự án', dict()),
 ('thêm 218,6 triệu USD', '218,6 triệu USD', 'change', 'USD', dict(indicator='fdi', direction='up')),
 ('có 449 dự án', '449', 'level', 'dự án', dict()),
 ('ký 5,41 tỷ USD', '5,41 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('trong đó 312 dự án', '312', 'level', 'dự án', dict()),
 ('chiếm 69,5%', '69,5%', 'level', '%', dict()),
 ('đạt 62,4%', '62,4%', 'level', '%', dict()),
 ('lần lượt là 71,3%', '71,3%', 'level', '%', dict()),
 ('và 96%', '96%', 'level', '%', dict()),
 ('khoảng 84.000 lao động', '84.000', 'level', 'lao động', dict(bound='about')),
 ('bình quân 8,2 triệu đồng/người/tháng', '8,2 triệu đồng/người/tháng', 'level', 'VND/người/tháng', dict()),
 ('ước tăng 11,86%', '11,86%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='2023', **E)),
 ('ước đạt 4,97 tỷ USD', '4,97 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 18,67%', '18,67%', 'change', '%', dict(indicator='export_value', direction='up', **E)),
 ('nhập khẩu 2,64 tỷ USD', '2,64 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('tăng 9,4%', '9,4%', 'change', '%', dict(indicator='import_value', direction='up')),
 ('chiếm 58%', '58%', 'level', '%', dict()),
 ('khoảng 610 tỷ đồng', '610 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', bound='about')),
 ('bằng 87,1% dự toán', '87,1%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('giảm 4,3% so với năm 2023', '4,3%', 'change', '%', dict(indicator='budget_revenue', direction='down', base='2023')),
 ('tối thiểu 1,2 tỷ USD', '1,2 tỷ USD', 'level', 'USD', dict(indicator='fdi', bound='at_least', period='2025', modality='target')),
 ('lên 70%', '70%', 'level', '%', dict(direction='up', period='2025', modality='target')),
]
