TEXT = '''
Đầu tư - Doanh nghiệp

Bình Dương thu hút 1,95 tỷ USD vốn FDI, vượt gần 40% kế hoạch

27/12/2024 10:15

(BDO) Năm 2024, Bình Dương thu hút 1,95 tỷ USD vốn đầu tư trực tiếp nước ngoài (FDI), bằng 139,3% kế hoạch năm, tăng 6,2% so với năm 2023. Trong đó, cấp mới 126 dự án với tổng vốn đăng ký 894 triệu USD; 109 lượt dự án điều chỉnh tăng vốn thêm 721 triệu USD; 248 lượt góp vốn, mua cổ phần trị giá 335 triệu USD.

Lũy kế đến nay, tỉnh có 4.312 dự án FDI còn hiệu lực với tổng vốn đăng ký 41,9 tỷ USD, đứng thứ 3 cả nước sau TP. Hồ Chí Minh và Hà Nội. Các nhà đầu tư dẫn đầu là Đài Loan (Trung Quốc), Singapore, Hàn Quốc và Nhật Bản.

Tình hình các khu công nghiệp đến ngày 30/11/2024:
Số khu công nghiệp đang hoạt động: 29 khu
Tổng diện tích: 12.723 ha
Tỷ lệ lấp đầy bình quân: 88,6%
Số lao động đang làm việc: 472.000 người

Riêng thành phố Bến Cát, các khu công nghiệp thu hút thêm 315 triệu USD vốn FDI trong năm, chiếm 16,2% của toàn tỉnh; tỷ lệ lấp đầy các khu công nghiệp trên địa bàn thành phố đạt trên 92%.

Trong năm, toàn tỉnh có 5.940 doanh nghiệp đăng ký thành lập mới với số vốn hơn 62.000 tỷ đồng. Về xuất khẩu, kim ngạch năm 2024 ước đạt 34,5 tỷ USD, tăng 11,8%; nhập khẩu ước 24,7 tỷ USD, tăng 12,6%; xuất siêu khoảng 9,8 tỷ USD. Chỉ số sản xuất công nghiệp tăng 8,46% so với năm trước.

Ông Nguyễn Thanh Bình, Trưởng Ban Quản lý các khu công nghiệp tỉnh cho biết, năm 2025 tỉnh đặt mục tiêu thu hút 1,6 - 1,8 tỷ USD vốn FDI, ưu tiên dự án công nghệ cao; đồng thời hoàn thiện thủ tục để thành lập thêm 4 khu công nghiệp với diện tích khoảng 2.500 ha.

Minh Duy
'''
META = {'published': '2024-12-27', 'locality': 'tỉnh Bình Dương'}
DEFAULTS = {'locality': 'tỉnh Bình Dương', 'period': '2024', 'modality': 'actual'}
F = {'indicator': 'fdi'}
E = {'modality': 'estimate'}
K = {'period': '2024-M11'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('hút 1,95 tỷ USD vốn FDI', '1,95 tỷ USD', 'level', 'USD', dict(F)),
 ('vượt gần 40% kế hoạch', '40%', 'change', '%', dict(F, direction='up', base='target', status='exceeded', bound='nearly')),
 ('hút 1,95 tỷ USD vốn đầu tư', '1,95 tỷ USD', 'level', 'USD', dict(F)),
 ('bằng 139,3% kế hoạch', '139,3%', 'attainment', '%', dict(F, base='target')),
 ('tăng 6,2%', '6,2%', 'change', '%', dict(F, direction='up', base='2023')),
 ('mới 126 dự án', '126', 'level', 'dự án', dict()),
 ('ký 894 triệu USD', '894 triệu USD', 'level', 'USD', dict(F)),
 ('109 lượt dự án', '109', 'level', 'lượt dự án', dict()),
 ('thêm 721 triệu USD', '721 triệu USD', 'level', 'USD', dict(F)),
 ('248 lượt góp vốn', '248', 'level', 'lượt', dict()),
 ('giá 335 triệu USD', '335 triệu USD', 'level', 'USD', dict(F)),
 ('có 4.312 dự án', '4.312', 'level', 'dự án', dict()),
 ('ký 41,9 tỷ USD', '41,9 tỷ USD', 'level', 'USD', dict(F)),
 ('thứ 3 cả nước', '3', 'level', 'thứ', dict(optional=True)),
 ('động: 29 khu', '29', 'level', 'khu', dict(optional=True)),
 ('tích: 12.723 ha', '12.723 ha', 'level', 'ha', dict(K)),
 ('quân: 88,6%', '88,6%', 'level', '%', dict(K)),
 ('việc: 472.000 người', '472.000', 'level', 'người', dict(K)),
 ('thêm 315 triệu USD', '315 triệu USD', 'level', 'USD', dict(F, locality='thành phố Bến Cát')),
 ('chiếm 16,2%', '16,2%', 'level', '%', dict(locality='thành phố Bến Cát')),
 ('đạt trên 92%', '92%', 'level', '%', dict(locality='thành phố Bến Cát', bound='over')),
 ('có 5.940 doanh nghiệp', '5.940', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('hơn 62.000 tỷ đồng', '62.000 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('ước đạt 34,5 tỷ USD', '34,5 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 11,8%', '11,8%', 'change', '%', dict(indicator='export_value', direction='up', **E)),
 ('ước 24,7 tỷ USD', '24,7 tỷ USD', 'level', 'USD', dict(indicator='import_value', **E)),
 ('tăng 12,6%', '12,6%', 'change', '%', dict(indicator='import_value', direction='up', **E)),
 ('khoảng 9,8 tỷ USD', '9,8 tỷ USD', 'level', 'USD', dict(bound='about')),
 ('tăng 8,46%', '8,46%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='2023')),
 ('hút 1,6 - 1,8 tỷ USD', '1,6 - 1,8 tỷ USD', 'level', 'USD', dict(F, **T)),
 ('thêm 4 khu công nghiệp', '4', 'level', 'khu công nghiệp', dict(optional=True)),
 ('khoảng 2.500 ha', '2.500 ha', 'level', 'ha', dict(T, bound='about')),
]
