TEXT = '''
Kinh tế

Bến Tre: Xuất khẩu sản phẩm dừa 9 tháng đạt 412 triệu USD

Thứ Ba, 08/10/2024 - 14:20

(BĐK) - Theo Sở Công Thương, 9 tháng năm 2024, kim ngạch xuất khẩu các sản phẩm từ dừa của tỉnh Bến Tre ước đạt 412 triệu USD, tăng 18,6% so với cùng kỳ, bằng 78,5% kế hoạch năm.

Chế biến cơm dừa nạo sấy tại một doanh nghiệp ở huyện Giồng Trôm. Ảnh: Hữu Hiệp
Chế biến cơm dừa nạo sấy tại một doanh nghiệp ở huyện Giồng Trôm. Ảnh: Hữu Hiệp

Toàn tỉnh hiện có 80.450 ha dừa, trong đó khoảng 25.000 ha đạt chứng nhận hữu cơ. Sản lượng dừa ước đạt 540 triệu trái, tăng 2,1%. Giá dừa khô tại vườn dao động 9.000 - 11.000 đồng/trái, gấp đôi cùng kỳ. Thị trường Mỹ, Trung Quốc và EU lần lượt chiếm 24%, 19% và 15% kim ngạch xuất khẩu dừa.

Nước mặn xâm nhập sâu 65 - 70 km vào các sông chính trong mùa khô 2023 - 2024. Nhờ chủ động ứng phó, chỉ có 2.180 ha dừa bị ảnh hưởng, giảm 61% so với năm 2020. Tỉnh đã đưa vào vận hành thêm ba cống ngăn mặn trên sông Hàm Luông và hỗ trợ 3.200 bồn trữ nước cho hộ dân vùng ven biển.

Toàn tỉnh có 68 doanh nghiệp chế biến dừa, trong đó 12 doanh nghiệp có vốn đầu tư nước ngoài. Ông Nguyễn Văn Bé, Giám đốc Sở Công Thương cho biết: “Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu sản phẩm dừa đạt 525 triệu USD trở lên, chiếm trên 40% kim ngạch xuất khẩu toàn tỉnh”.

Các doanh nghiệp đã ký hợp đồng bao tiêu với 14 hợp tác xã, giúp thu nhập của nông dân trồng dừa tăng 15 - 20% so với canh tác truyền thống.

Công nhân phân loại trái dừa xiêm xanh xuất khẩu. Ảnh: Hữu Hiệp

Hữu Hiệp

Xem thêm:
- Giá dừa khô tăng lên 110.000 đồng/chục
- Bến Tre: 9 tháng, thu hút 5 dự án đầu tư mới
'''
META = {'published': '2024-10-08', 'locality': 'tỉnh Bến Tre'}
DEFAULTS = {'locality': 'tỉnh Bến Tre', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('dừa 9 tháng đạt 412 triệu USD', '412 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('ước đạt 412 triệu USD', '412 triệu USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 18,6% so với cùng kỳ', '18,6%', 'change', '%', dict(indicator='export_value', direction='up', base='same_period', **E)),
 ('bằng 78,5% kế hoạch năm', '78,5%', 'attainment', '%', dict(indicator='export_value', base='target', **E)),
 ('có 80.450 ha dừa', '80.450 ha', 'level', 'ha', dict()),
 ('khoảng 25.000 ha', '25.000 ha', 'level', 'ha', dict(bound='about')),
 ('ước đạt 540 triệu trái', '540 triệu', 'level', 'trái', dict(**E)),
 ('tăng 2,1%.', '2,1%', 'change', '%', dict(direction='up', **E)),
 ('dao động 9.000 - 11.000 đồng/trái', '9.000 - 11.000 đồng/trái', 'level', 'VND/trái', dict()),
 ('gấp đôi cùng kỳ', 'gấp đôi', 'change', 'lần', dict(value=2, direction='up', base='same_period')),
 ('lần lượt chiếm 24%', '24%', 'level', '%', dict()),
 (' 19% và', '19%', 'level', '%', dict()),
 ('và 15% kim ngạch', '15%', 'level', '%', dict()),
 ('sâu 65 - 70 km', '65 - 70 km', 'level', 'km', dict(period='2023/2024')),
 ('có 2.180 ha dừa', '2.180 ha', 'level', 'ha', dict(period='2023/2024')),
 ('giảm 61% so với năm 2020', '61%', 'change', '%', dict(direction='down', base='2020', period='2023/2024')),
 ('thêm ba cống', 'ba', 'level', 'cống', dict(value=3, optional=True)),
 ('hỗ trợ 3.200 bồn', '3.200', 'level', 'bồn', dict()),
 ('có 68 doanh nghiệp', '68', 'level', 'doanh nghiệp', dict()),
 ('trong đó 12 doanh nghiệp', '12', 'level', 'doanh nghiệp', dict()),
 ('đạt 525 triệu USD trở lên', '525 triệu USD', 'level', 'USD', dict(indicator='export_value', period='2024', modality='target', bound='at_least')),
 ('chiếm trên 40%', '40%', 'level', '%', dict(period='2024', modality='target', bound='over')),
 ('với 14 hợp tác xã', '14', 'level', 'hợp tác xã', dict(optional=True)),
 ('tăng 15 - 20% so với', '15 - 20%', 'change', '%', dict(direction='up')),
 ('lên 110.000 đồng/chục', '110.000 đồng/chục', 'level', 'VND/chục', dict(optional=True)),
 ('thu hút 5 dự án', '5', 'level', 'dự án', dict(optional=True)),
]
