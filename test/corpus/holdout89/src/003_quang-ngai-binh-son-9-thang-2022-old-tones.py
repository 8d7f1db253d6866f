TEXT = '''
BÁO QUẢNG NGÃI ĐIỆN TỬ
Thứ năm, 06/10/2022 | 08:40 GMT+7
Thời sự | Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Miền Tây | Dung Quất

Bình Sơn: Thu ngân sách 9 tháng đạt 118,6% dự toán

(Baoquangngai.vn) - Chiều 5/10, Uỷ ban nhân dân huyện Bình Sơn tổ chức phiên họp thường kỳ tháng 9, đánh giá tình hình kinh tế - xã hội 9 tháng năm 2022. Nhờ Nhà máy Lọc dầu Dung Quất vận hành ổn định, thu ngân sách trên địa bàn huyện 9 tháng ước đạt 1.284 tỷ đồng, đạt 118,6% dự toán HĐND huyện giao, tăng 21,4% so với cùng kỳ năm 2021.

Trong 9 tháng, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (không kể công nghiệp Trung ương) ước đạt 3.465 tỷ đồng, tăng 9,7% so với cùng kỳ, đạt 74,2% kế hoạch năm. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ đạt 5.912 tỷ đồng, tăng 16,3%.

Sản xuất nông nghiệp gặp khó do mưa trái mùa; tổng diện tích gieo trồng 2 vụ đạt 19.480 ha, bằng 97,4% kế hoạch. Năng suất lúa vụ Hè Thu đạt 56,4 tạ/ha, giảm 2,1 tạ/ha so với vụ Hè Thu năm 2021. Sản lượng thuỷ sản khai thác 9 tháng đạt 42.150 tấn, tăng 5,6%; toàn huyện hiện có 1.126 tàu cá, trong đó 548 tàu có chiều dài từ 15 m trở lên.

Chủ tịch UBND huyện Bình Sơn phát biểu tại phiên họp. Ảnh: Thanh Hoà

Công tác giải ngân vốn đầu tư công còn chậm: đến ngày 30/9, huyện mới giải ngân 142,8 tỷ đồng, đạt 51,6% kế hoạch vốn, thấp hơn bình quân chung của tỉnh (58,3%). Xây dựng nông thôn mới có 15/22 xã đạt chuẩn; xã Bình Chánh đạt 16/19 tiêu chí, còn thiếu 3 tiêu chí.

Về văn hoá - xã hội, trong 9 tháng huyện đã giải quyết việc làm cho 3.260 lao động, đạt 93,1% kế hoạch năm, trong đó có 214 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ hộ nghèo dự kiến đến cuối năm giảm còn 3,86%. Tai nạn giao thông xảy ra 21 vụ, làm chết 17 người, bị thương 9 người; so với cùng kỳ giảm 5 vụ, tăng 2 người chết.

Quý IV, huyện phấn đấu thu ngân sách cả năm đạt 1.600 tỷ đồng; tỷ lệ hộ nghèo giảm từ 1,5% trở lên; có thêm 2 xã đạt chuẩn nông thôn mới.

THANH HOÀ

Tin khác:
- Tư Nghĩa: Khánh thành cầu Sông Vệ 2 (05/10/2022)
- Lý Sơn: Ngư dân trúng đậm mùa cá chuồn (04/10/2022)
- Hotline: 0255.3822.567 - Email: baoquangngai@gmail.com

© Báo Quảng Ngãi. Giấy phép số 356/GP-BTTTT. Số lượt truy cập: 45.618.203
'''
META = {'published': '2022-10-06', 'locality': 'huyện Bình Sơn'}
DEFAULTS = {'locality': 'huyện Bình Sơn', 'period': '2022-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2022'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
IO = {'indicator': 'industrial_output_value'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
PV = {'indicator': 'poverty_rate'}
SU = {'period': '2022'}
FIGS = [
 ('9 tháng đạt 118,6% dự toán', '118,6%', 'attainment', '%', d(P, BR)),
 ('ước đạt 1.284 tỷ đồng', '1.284 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('đạt 118,6% dự toán HĐND', '118,6%', 'attainment', '%', d(E, P, BR)),
 ('tăng 21,4%', '21,4%', 'change', '%', d(E, U, SP, BR)),
 ('ước đạt 3.465 tỷ đồng', '3.465 tỷ đồng', 'level', 'VND', d(E, IO)),
 ('tăng 9,7%', '9,7%', 'change', '%', d(E, U, SP, IO)),
 ('đạt 74,2% kế hoạch', '74,2%', 'attainment', '%', d(E, P, IO)),
 ('đạt 5.912 tỷ đồng', '5.912 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 16,3%', '16,3%', 'change', '%', d(U, indicator='retail_sales')),
 ('đạt 19.480 ha', '19.480 ha', 'level', 'ha', d(indicator='crop_area')),
 ('bằng 97,4% kế hoạch', '97,4%', 'attainment', '%', d(P, indicator='crop_area')),
 ('đạt 56,4 tạ/ha', '56,4 tạ/ha', 'level', 'tạ/ha', d()),
 ('giảm 2,1 tạ/ha', '2,1 tạ/ha', 'change', 'tạ/ha', d(D, SP)),
 ('đạt 42.150 tấn', '42.150 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 5,6%', '5,6%', 'change', '%', d(U, indicator='aquaculture_output')),
 ('có 1.126 tàu cá', '1.126', 'level', 'tàu cá', d()),
 ('548 tàu', '548', 'level', 'tàu', d()),
 ('giải ngân 142,8 tỷ đồng', '142,8 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 51,6% kế hoạch', '51,6%', 'attainment', '%', d(P, PD)),
 ('(58,3%)', '58,3%', 'attainment', '%', d(P, PD, locality='tỉnh Quảng Ngãi')),
 ('có 15/22 xã', '15/22', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('đạt 16/19 tiêu chí', '16/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Bình Chánh', status='achieved')),
 ('thiếu 3 tiêu chí', '3', 'level', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Bình Chánh', status='not_achieved')),
 ('cho 3.260 lao động', '3.260', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 93,1% kế hoạch', '93,1%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('có 214 người', '214', 'level', 'người', d(indicator='labour_export')),
 ('giảm còn 3,86%', '3,86%', 'level', '%', d(D, PV, period='2022', modality='estimate')),
 ('ra 21 vụ', '21', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 17 người', '17', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 9 người', '9', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 5 vụ', '5', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('tăng 2 người', '2', 'change', 'người', d(U, SP, indicator='traffic_deaths')),
 ('đạt 1.600 tỷ đồng', '1.600 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('từ 1,5% trở lên', '1,5%', 'change', '%', d(K, D, PV, bound='at_least')),
 ('thêm 2 xã', '2', 'level', 'xã', d(K, indicator='new_rural_communes')),
]
