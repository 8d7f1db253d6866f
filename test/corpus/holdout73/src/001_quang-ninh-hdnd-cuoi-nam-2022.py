TEXT = '''
BÁO QUẢNG NINH
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa
Thứ Sáu, 09/12/2022 06:45

Kỳ họp thứ 12 HĐND tỉnh khóa XIV: 18/20 chỉ tiêu chủ yếu năm 2022 đạt và vượt kế hoạch

Sáng 8/12, HĐND tỉnh khóa XIV, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 12 (kỳ họp thường lệ cuối năm 2022). Theo báo cáo của UBND tỉnh, tăng trưởng kinh tế năm 2022 của Quảng Ninh ước đạt 10,28%, đứng thứ 4 cả nước.

Báo cáo tình hình kinh tế - xã hội năm 2022 do Phó Chủ tịch UBND tỉnh Cao Tường Huy trình bày cho biết, trong bối cảnh còn nhiều khó khăn, tỉnh đã hoàn thành toàn diện các mục tiêu, nhiệm vụ đề ra. Trong 20 chỉ tiêu chủ yếu HĐND tỉnh giao, có 18 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt là tỷ lệ đô thị hóa và số bác sĩ/vạn dân.

Tốc độ tăng trưởng GRDP ước đạt 10,28%, vượt chỉ tiêu kế hoạch (10%). Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,27%; công nghiệp - xây dựng tăng 12,1%; dịch vụ tăng 13,06%. Quy mô GRDP ước đạt 271.800 tỷ đồng, tăng 36.100 tỷ đồng so với năm 2021; GRDP bình quân đầu người ước đạt 9.970 USD, tăng 1.090 USD so với năm trước. Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2021 của tỉnh đạt 73,02 điểm, dẫn đầu cả nước lần thứ 5 liên tiếp.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 55.000 tỷ đồng, bằng 114% dự toán Trung ương giao, bằng 106% dự toán HĐND tỉnh giao, trong đó thu nội địa 38.200 tỷ đồng, thu từ hoạt động xuất nhập khẩu 16.800 tỷ đồng. Tổng vốn đầu tư toàn xã hội ước đạt 104.500 tỷ đồng, tăng 8,2% so với cùng kỳ nhưng mới bằng 91% kế hoạch. Thu hút 7 dự án FDI với tổng vốn đăng ký 2,43 tỷ USD, đứng thứ 3 cả nước. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 80.000 tỷ đồng, tăng 24% so với cùng kỳ.

Ngành du lịch phục hồi mạnh mẽ, tổng lượt khách ước đạt 11,9 triệu lượt, gấp 2,6 lần năm 2021, trong đó khách quốc tế khoảng 180.000 lượt; tổng doanh thu du lịch ước đạt 25.300 tỷ đồng. Kim ngạch xuất khẩu trên địa bàn ước đạt 2,97 tỷ USD, tăng 5,1% so với năm 2021.

Lĩnh vực văn hóa - xã hội có nhiều chuyển biến. Đến hết năm 2022, toàn tỉnh không còn hộ nghèo theo chuẩn nghèo của tỉnh giai đoạn 2022 - 2025; tỷ lệ lao động qua đào tạo đạt 83,5%; tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%. Năm 2022, toàn tỉnh giải quyết việc làm cho 19.200 lao động, vượt 6,7% kế hoạch. Tỉnh có thêm 12 xã đạt chuẩn nông thôn mới nâng cao và 6 xã đạt chuẩn nông thôn mới kiểu mẫu, nâng tổng số xã đạt chuẩn nông thôn mới nâng cao lên 56 xã.

Quang cảnh kỳ họp thứ 12 HĐND tỉnh khóa XIV. Ảnh: Đỗ Phương

Năm 2023, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 10,5% trở lên; GRDP bình quân đầu người đạt 10.800 USD; thu ngân sách nhà nước trên địa bàn đạt 51.900 tỷ đồng; tỷ lệ đô thị hóa đạt 69,5%; tỷ lệ bao phủ bảo hiểm y tế đạt trên 95,5%.

Kỳ họp diễn ra trong 3 ngày, từ ngày 8 đến 10/12/2022.

Hoàng Quỳnh

Tin liên quan
- Quảng Ninh đón 1,2 triệu lượt khách dịp cuối năm (08/12/2022)
- Thông qua 25 nghị quyết tại kỳ họp thứ 12 (07/12/2022)
- Vân Đồn: 12/12 xã đạt chuẩn nông thôn mới nâng cao

Cơ quan chủ quản: Tỉnh ủy Quảng Ninh. Giấy phép số 215/GP-BTTTT cấp ngày 27/5/2021.
Điện thoại: 0203.3835.148 - Email: baoquangninh@gmail.com
'''
META = {'published': '2022-12-09', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
G = {'indicator': 'grdp_growth'}
GPC = {'indicator': 'grdp_per_capita'}
BR = {'indicator': 'budget_revenue'}
SI = {'indicator': 'social_investment'}
TA = {'indicator': 'tourist_arrivals'}
HI = {'indicator': 'health_insurance_coverage'}
J = {'indicator': 'jobs_created'}
N23 = {'period': '2023', 'modality': 'target'}
FIGS = [
 ('XIV: 18/20 chỉ tiêu', '18/20', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('Quảng Ninh ước đạt 10,28%', '10,28%', 'level', '%', d(G, E)),
 ('Trong 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', d(RT)),
 ('có 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('GRDP ước đạt 10,28%', '10,28%', 'level', '%', d(G, E)),
 ('kế hoạch (10%)', '10%', 'level', '%', d(G, modality='target')),
 ('thủy sản tăng 3,27%', '3,27%', 'change', '%', d(U)),
 ('xây dựng tăng 12,1%', '12,1%', 'change', '%', d(U)),
 ('dịch vụ tăng 13,06%', '13,06%', 'change', '%', d(U)),
 ('ước đạt 271.800 tỷ đồng', '271.800 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('tăng 36.100 tỷ đồng', '36.100 tỷ đồng', 'change', 'VND', d(E, U, indicator='grdp', base='2021')),
 ('ước đạt 9.970 USD', '9.970 USD', 'level', 'USD/người/năm', d(E, GPC)),
 ('tăng 1.090 USD', '1.090 USD', 'change', 'USD/người/năm', d(E, GPC, U, base='2021')),
 ('đạt 73,02 điểm', '73,02 điểm', 'level', 'điểm', d(indicator='pci', period='2021')),
 ('ước đạt 55.000 tỷ đồng', '55.000 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 114% dự toán', '114%', 'attainment', '%', d(E, BR, T)),
 ('bằng 106% dự toán', '106%', 'attainment', '%', d(E, BR, T)),
 ('nội địa 38.200 tỷ đồng', '38.200 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('nhập khẩu 16.800 tỷ đồng', '16.800 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('ước đạt 104.500 tỷ đồng', '104.500 tỷ đồng', 'level', 'VND', d(E, SI)),
 ('tăng 8,2% so với cùng kỳ', '8,2%', 'change', '%', d(E, SI, U, base='same_period')),
 ('bằng 91% kế hoạch', '91%', 'attainment', '%', d(E, SI, T)),
 ('Thu hút 7 dự án', '7', 'level', 'dự án', dict(optional=True)),
 ('ký 2,43 tỷ USD', '2,43 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('ước đạt 80.000 tỷ đồng', '80.000 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 24% so với cùng kỳ', '24%', 'change', '%', d(E, U, indicator='retail_sales', base='same_period')),
 ('ước đạt 11,9 triệu lượt', '11,9 triệu lượt', 'level', 'lượt', d(E, TA)),
 ('gấp 2,6 lần năm 2021', '2,6 lần', 'change', 'lần', d(E, TA, U, base='2021')),
 ('khoảng 180.000 lượt', '180.000', 'level', 'lượt', d(E, indicator='international_tourist_arrivals', bound='about')),
 ('ước đạt 25.300 tỷ đồng', '25.300 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('ước đạt 2,97 tỷ USD', '2,97 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 5,1% so với năm 2021', '5,1%', 'change', '%', d(E, U, indicator='export_value', base='2021')),
 ('đào tạo đạt 83,5%', '83,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('y tế đạt 95,2%', '95,2%', 'level', '%', d(HI)),
 ('cho 19.200 lao động', '19.200', 'level', 'lao động', d(J)),
 ('vượt 6,7% kế hoạch', '6,7%', 'change', '%', d(J, U, T, status='exceeded')),
 ('thêm 12 xã', '12', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('và 6 xã', '6', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('lên 56 xã', '56', 'level', 'xã', d(U, indicator='new_rural_communes_advanced')),
 ('đạt 10,5% trở lên', '10,5%', 'level', '%', d(N23, G, bound='at_least')),
 ('đạt 10.800 USD', '10.800 USD', 'level', 'USD/người/năm', d(N23, GPC)),
 ('đạt 51.900 tỷ đồng', '51.900 tỷ đồng', 'level', 'VND', d(N23, BR)),
 ('đạt 69,5%', '69,5%', 'level', '%', d(N23, indicator='urbanization_rate')),
 ('trên 95,5%', '95,5%', 'level', '%', d(N23, HI, bound='over')),
]
