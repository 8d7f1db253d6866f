TEXT = '''
BÁO LONG AN ONLINE
Thứ hai, 06/01/2025, 10:15
Thời sự | Kinh tế | Nông nghiệp nông thôn | Xã hội | Pháp luật | Thể thao

Đức Hòa: Thu ngân sách năm 2024 vượt 18,6% dự toán

Năm 2024, huyện Đức Hòa thực hiện đạt và vượt 21/23 chỉ tiêu chủ yếu theo Nghị quyết HĐND huyện. Tổng thu ngân sách nhà nước trên địa bàn đạt 2.846 tỉ đồng, vượt 18,6% dự toán, tăng 9,4% so với năm 2023.

Theo báo cáo tại Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 22 (mở rộng), giá trị sản xuất công nghiệp năm 2024 ước đạt 142.600 tỉ đồng, tăng 10,8% so với năm 2023. Trong năm, huyện thu hút 38 dự án đầu tư trong nước với vốn đăng ký 6.420 tỉ đồng và 27 dự án FDI với vốn đăng ký 395 triệu USD, gấp 1,6 lần năm 2023. Lũy kế đến nay, trên địa bàn có 1.026 dự án FDI còn hiệu lực với tổng vốn 8,9 tỉ USD. Tỷ lệ lấp đầy các khu công nghiệp đạt 78,5%.

Kim ngạch xuất khẩu ước đạt 4,72 tỉ USD, tăng 12,3%; nhập khẩu 3,95 tỉ USD. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 24.180 tỉ đồng, tăng 13,6%.

Nông nghiệp chuyển dịch theo hướng công nghệ cao. Diện tích gieo trồng lúa cả năm 14.250ha, giảm 820ha; năng suất bình quân 5,6 - 5,8 tấn/ha. Tổng đàn bò 16.400 con, đàn heo 92.000 con. Thị trấn Hậu Nghĩa và thị trấn Hiệp Hòa có tỷ lệ hộ dân sử dụng nước sạch lần lượt đạt 98,2% và 96,4%.

Sản xuất tại Khu công nghiệp Hựu Thạnh, huyện Đức Hòa. Ảnh: PHƯƠNG THẢO

Thu nhập bình quân đầu người đạt 96,8 triệu đồng/người/năm. Tỷ lệ hộ nghèo theo chuẩn của tỉnh giảm còn 0,36%, hộ cận nghèo 0,71%. Huyện giải quyết việc làm cho 9.540 lao động, vượt 6% kế hoạch. Tỷ lệ lao động qua đào tạo đạt 78,2%. Tỷ lệ tham gia BHYT đạt 93,6%; tỷ lệ tham gia BHXH đạt 52,4% lực lượng lao động. Đến cuối năm 2024, huyện có 15/17 xã đạt chuẩn nông thôn mới, 6 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn nông thôn mới kiểu mẫu.

Xã Đức Hòa Hạ, nơi có Khu công nghiệp Đức Hòa 1, năm 2024 thu ngân sách 186 tỉ đồng; thu nhập bình quân đầu người 102 triệu đồng/người/năm.

Năm 2025, huyện đặt mục tiêu giá trị sản xuất công nghiệp tăng 10 - 11%; thu ngân sách 3.000 tỉ đồng; thu nhập bình quân đầu người 105 triệu đồng; có thêm 2 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo dưới 0,3%.

PHƯƠNG THẢO

Tin liên quan
- Đức Hòa: Khởi công đường tỉnh 823D (28/12/2024)
- Khánh thành cầu Hựu Thạnh sau 18 tháng thi công (20/12/2024)
Báo Long An. Giấy phép số 479/GP-BTTTT. Đường dây nóng: 0272.3826.361
'''
META = {'published': '2025-01-06', 'locality': 'huyện Đức Hòa'}
DEFAULTS = {'locality': 'huyện Đức Hòa', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
B23 = {'base': '2023'}
BR = {'indicator': 'budget_revenue'}
IO = {'indicator': 'industrial_output_value'}
INC = {'indicator': 'income_per_capita'}
X = {'status': 'exceeded'}
DH = {'locality': 'xã Đức Hòa Hạ'}
FIGS = [
 ('năm 2024 vượt 18,6% dự toán', '18,6%', 'change', '%', d(U, P, X, BR)),
 ('vượt 21/23 chỉ tiêu', '21/23', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('đạt 2.846 tỉ đồng', '2.846 tỉ đồng', 'level', 'VND', d(BR)),
 ('đồng, vượt 18,6% dự toán', '18,6%', 'change', '%', d(U, P, X, BR)),
 ('tăng 9,4%', '9,4%', 'change', '%', d(U, B23, BR)),
 ('ước đạt 142.600 tỉ đồng', '142.600 tỉ đồng', 'level', 'VND', d(E, IO)),
 ('tăng 10,8%', '10,8%', 'change', '%', d(E, U, B23, IO)),
 ('hút 38 dự án', '38', 'level', 'dự án', d(optional=True)),
 ('ký 6.420 tỉ đồng', '6.420 tỉ đồng', 'level', 'VND', d()),
 ('và 27 dự án', '27', 'level', 'dự án', d(optional=True)),
 ('ký 395 triệu USD', '395 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(U, B23, indicator='fdi')),
 ('có 1.026 dự án', '1.026', 'level', 'dự án', d(optional=True)),
 ('vốn 8,9 tỉ USD', '8,9 tỉ USD', 'level', 'USD', d(indicator='fdi')),
 ('đạt 78,5%', '78,5%', 'level', '%', d()),
 ('ước đạt 4,72 tỉ USD', '4,72 tỉ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 12,3%', '12,3%', 'change', '%', d(E, U, indicator='export_value')),
 ('khẩu 3,95 tỉ USD', '3,95 tỉ USD', 'level', 'USD', d(indicator='import_value')),
 ('đạt 24.180 tỉ đồng', '24.180 tỉ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 13,6%', '13,6%', 'change', '%', d(U, indicator='retail_sales')),
 ('năm 14.250ha', '14.250ha', 'level', 'ha', d(indicator='crop_area')),
 ('giảm 820ha', '820ha', 'change', 'ha', d(D, indicator='crop_area')),
 ('5,6 - 5,8 tấn/ha', '5,6 - 5,8 tấn/ha', 'level', 'tấn/ha', d()),
 ('bò 16.400 con', '16.400', 'level', 'con', d()),
 ('heo 92.000 con', '92.000', 'level', 'con', d()),
 ('đạt 98,2%', '98,2%', 'level', '%', d(indicator='clean_water_rate', locality='thị trấn Hậu Nghĩa')),
 ('và 96,4%', '96,4%', 'level', '%', d(indicator='clean_water_rate', locality='thị trấn Hiệp Hòa')),
 ('đạt 96,8 triệu đồng', '96,8 triệu đồng', 'level', 'VND/người/năm', d(INC)),
 ('giảm còn 0,36%', '0,36%', 'level', '%', d(D, indicator='poverty_rate')),
 ('nghèo 0,71%', '0,71%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 9.540 lao động', '9.540', 'level', 'lao động', d(indicator='jobs_created')),
 ('vượt 6% kế hoạch', '6%', 'change', '%', d(U, P, X, indicator='jobs_created')),
 ('đạt 78,2%', '78,2%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đạt 93,6%', '93,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đạt 52,4%', '52,4%', 'level', '%', d(indicator='social_insurance_coverage')),
 ('có 15/17 xã', '15/17', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('6 xã đạt', '6', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('2 xã đạt chuẩn nông thôn mới kiểu', '2', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('sách 186 tỉ đồng', '186 tỉ đồng', 'level', 'VND', d(DH, BR)),
 ('người 102 triệu đồng', '102 triệu đồng', 'level', 'VND/người/năm', d(DH, INC)),
 ('tăng 10 - 11%', '10 - 11%', 'change', '%', d(K, U, IO)),
 ('sách 3.000 tỉ đồng', '3.000 tỉ đồng', 'level', 'VND', d(K, BR)),
 ('người 105 triệu đồng', '105 triệu đồng', 'level', 'VND/người/năm', d(K, INC)),
 ('thêm 2 xã', '2', 'level', 'xã', d(K, indicator='new_rural_communes')),
 ('dưới 0,3%', '0,3%', 'level', '%', d(K, indicator='poverty_rate', bound='under')),
]
