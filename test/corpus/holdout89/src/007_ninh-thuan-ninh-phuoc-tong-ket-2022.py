TEXT = '''
BÁO NINH THUẬN
Cập nhật ngày: 06/01/2023 - 16:05
Trang chủ | Thời sự | Kinh tế | Văn hoá - Xã hội | Quốc phòng - An ninh | Thể thao | Ảnh

Ninh Phước tổng kết năm 2022: Tốc độ tăng trưởng giá trị sản xuất đạt 9,2%

Ngày 5/1, Huyện uỷ Ninh Phước tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023. Trong năm, tốc độ tăng trưởng giá trị sản xuất của huyện đạt 9,2%, vượt chỉ tiêu Nghị quyết đề ra (8,5 - 9%); 15/17 chỉ tiêu chủ yếu đạt và vượt kế hoạch.

Năm 2022, tổng giá trị sản xuất (giá so sánh 2010) đạt 11.428 tỷ đồng. Cơ cấu kinh tế chuyển dịch đúng hướng: nông, lâm, thủy sản chiếm 38,6%; công nghiệp - xây dựng chiếm 34,1%; thương mại - dịch vụ chiếm 27,3%. Thu nhập bình quân đầu người đạt 48,7 triệu đồng, tăng 4,2 triệu đồng so với năm 2021.

Tổng diện tích gieo trồng đạt 22.640 ha, tăng 3,1%; diện tích nho hiện có 1.050 ha, năng suất bình quân 25 - 28 tấn/ha/năm. Nghề làm muối tại xã Phước Hải và xã An Hải được mùa, sản lượng lần lượt đạt 42.000 tấn và 27.500 tấn. Sản lượng thủy sản đạt 18.630 tấn, giảm 2,4% so với năm trước.

Thu ngân sách trên địa bàn đạt 158,3 tỷ đồng, vượt 26,6% dự toán; chi ngân sách 612,8 tỷ đồng. Toàn huyện có 8/8 xã đạt chuẩn nông thôn mới; xã Phước Hậu đạt chuẩn nông thôn mới nâng cao. Tỷ lệ hộ nghèo giảm còn 2,97%, giảm 1,42 điểm phần trăm; tỷ lệ hộ nghèo đồng bào Chăm còn 4,15%. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,2%; tỷ lệ hộ sử dụng nước sạch đạt 98,5%.

Trong năm, huyện kết nạp 126 đảng viên mới, đạt 105% chỉ tiêu; 96,8% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.

Lãnh đạo Tỉnh uỷ trao Cờ thi đua cho Đảng bộ huyện Ninh Phước. Ảnh: Văn Nỷ

Năm 2023, huyện phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt từ 9% đến 9,5%; thu nhập bình quân đầu người 53 triệu đồng; thu ngân sách tăng 10% so với dự toán tỉnh giao; tỷ lệ hộ nghèo giảm từ 1,3% đến 1,5%; kết nạp ít nhất 120 đảng viên.

VĂN NỶ

Tin liên quan:
- Ninh Sơn: Tổng kết công tác Đảng năm 2022 (05/01/2023)
- Thuận Nam: Khởi công đường ven biển đoạn 2 (04/01/2023)

Báo Ninh Thuận. Giấy phép số 67/GP-BTTTT. Địa chỉ: 507 Thống Nhất, TP Phan Rang - Tháp Chàm. Điện thoại: 0259.3822.563
'''
META = {'published': '2023-01-06', 'locality': 'huyện Ninh Phước'}
DEFAULTS = {'locality': 'huyện Ninh Phước', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
K = {'modality': 'target', 'period': '2023'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
G = {'indicator': 'total_output_value'}
INC = {'indicator': 'income_per_capita'}
BR = {'indicator': 'budget_revenue'}
PV = {'indicator': 'poverty_rate'}
NP = {'indicator': 'new_party_members'}
FIGS = [
 ('năm 2022: Tốc độ tăng trưởng giá trị sản xuất đạt 9,2%', '9,2%', 'level', '%', d(G)),
 ('của huyện đạt 9,2%', '9,2%', 'level', '%', d(G)),
 ('(8,5 - 9%)', '8,5 - 9%', 'level', '%', d(G, modality='target')),
 ('15/17 chỉ tiêu', '15/17', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('đạt 11.428 tỷ đồng', '11.428 tỷ đồng', 'level', 'VND', d(indicator='total_output_value')),
 ('chiếm 38,6%', '38,6%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 34,1%', '34,1%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 27,3%', '27,3%', 'level', '%', d(indicator='sector_share')),
 ('đạt 48,7 triệu đồng', '48,7 triệu đồng', 'level', 'VND/người/năm', d(INC)),
 ('tăng 4,2 triệu đồng', '4,2 triệu đồng', 'change', 'VND/người/năm', d(U, INC, base='2021')),
 ('đạt 22.640 ha', '22.640 ha', 'level', 'ha', d(indicator='crop_area')),
 ('tăng 3,1%', '3,1%', 'change', '%', d(U, indicator='crop_area')),
 ('có 1.050 ha', '1.050 ha', 'level', 'ha', d()),
 ('25 - 28 tấn/ha/năm', '25 - 28 tấn/ha/năm', 'level', 'tấn/ha/năm', d()),
 ('đạt 42.000 tấn', '42.000 tấn', 'level', 'tấn', d(locality='xã Phước Hải')),
 ('và 27.500 tấn', '27.500 tấn', 'level', 'tấn', d(locality='xã An Hải')),
 ('đạt 18.630 tấn', '18.630 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('giảm 2,4%', '2,4%', 'change', '%', d(D, indicator='aquaculture_output', base='2021')),
 ('đạt 158,3 tỷ đồng', '158,3 tỷ đồng', 'level', 'VND', d(BR)),
 ('vượt 26,6% dự toán', '26,6%', 'change', '%', d(U, P, BR, status='exceeded')),
 ('sách 612,8 tỷ đồng', '612,8 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('có 8/8 xã', '8/8', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('giảm còn 2,97%', '2,97%', 'level', '%', d(D, PV)),
 ('giảm 1,42 điểm phần trăm', '1,42 điểm phần trăm', 'change', 'điểm %', d(D, PV)),
 ('còn 4,15%', '4,15%', 'level', '%', d(PV)),
 ('đạt 93,2%', '93,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đạt 98,5%', '98,5%', 'level', '%', d(indicator='clean_water_rate')),
 ('nạp 126 đảng viên', '126', 'level', 'đảng viên', d(NP)),
 ('đạt 105% chỉ tiêu', '105%', 'attainment', '%', d(P, NP)),
 ('96,8% tổ chức', '96,8%', 'level', '%', d()),
 ('đạt từ 9% đến 9,5%', '9% đến 9,5%', 'level', '%', d(K, G)),
 ('người 53 triệu đồng', '53 triệu đồng', 'level', 'VND/người/năm', d(K, INC)),
 ('tăng 10% so với dự toán', '10%', 'change', '%', d(K, U, P, BR, status='exceeded')),
 ('giảm từ 1,3% đến 1,5%', '1,3% đến 1,5%', 'change', '%', d(K, D, PV)),
 ('ít nhất 120 đảng viên', '120', 'level', 'đảng viên', d(K, NP, bound='at_least')),
]
