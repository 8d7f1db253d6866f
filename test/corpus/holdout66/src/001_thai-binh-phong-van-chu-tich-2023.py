TEXT = '''
BÁO THÁI BÌNH ĐIỆN TỬ
Thứ Tư, 18/01/2023 | 07:15 GMT+7
Thời sự | Kinh tế | Xã hội | Phỏng vấn | Media

Chủ tịch UBND tỉnh Nguyễn Khắc Thận: "Năm 2023, Thái Bình phấn đấu tăng trưởng GRDP từ 10% trở lên"

(BTB) - Năm 2022, kinh tế Thái Bình tăng trưởng 9,14%, thuộc nhóm cao của vùng đồng bằng sông Hồng; thu ngân sách trên địa bàn lần đầu vượt mốc 10 nghìn tỷ đồng. Nhân dịp đầu xuân Quý Mão, phóng viên Báo Thái Bình có cuộc trao đổi với đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.

PV: Thưa đồng chí, năm 2022 tỉnh ta vừa khắc phục hậu quả dịch Covid-19 vừa phát triển kinh tế. Đồng chí đánh giá thế nào về những kết quả đã đạt được?

Đồng chí Nguyễn Khắc Thận: Năm 2022 là năm có nhiều dấu ấn. Trong 20 chỉ tiêu chủ yếu HĐND tỉnh giao, tỉnh đã hoàn thành 18 chỉ tiêu, trong đó 12 chỉ tiêu vượt kế hoạch; còn 2 chỉ tiêu chưa đạt là tổng vốn đầu tư toàn xã hội và tỷ lệ đô thị hóa. Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh tăng 9,14%, quy mô GRDP đạt khoảng 78.600 tỷ đồng.

Điều tôi muốn nhấn mạnh là thu ngân sách. Năm 2022, thu ngân sách trên địa bàn đạt 10.820 tỷ đồng, bằng 135% dự toán Trung ương giao và tăng 18,6% so với năm 2021; trong đó thu nội địa 9.310 tỷ đồng. Nếu như năm 2015 tỉnh mới thu được khoảng 4.000 tỷ đồng thì đến nay con số này đã gấp hơn 2,5 lần.

Cùng với đó, tỉnh đã thu hút 56 dự án đầu tư mới, trong đó có 9 dự án FDI với tổng vốn đăng ký 405 triệu USD. Kim ngạch xuất khẩu ước đạt 2,3 tỷ USD, tăng 11,4%. Thu nhập bình quân đầu người đạt 62,3 triệu đồng, gấp 1,4 lần năm 2020. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 1,98%.

Đồng chí Nguyễn Khắc Thận kiểm tra tiến độ dự án đường bộ ven biển đoạn qua huyện Tiền Hải (ảnh chụp ngày 12/10/2022). Ảnh: Thanh Thủy

PV: Năm 2023 tỉnh đặt mục tiêu tăng trưởng từ 10% trở lên, cao hơn kết quả năm 2022 gần 1 điểm phần trăm. Đâu là cơ sở để tỉnh đặt ra mục tiêu này, thưa đồng chí?

Đồng chí Nguyễn Khắc Thận: Cơ sở quan trọng nhất là Khu kinh tế Thái Bình đã đi vào hoạt động, hạ tầng giao thông được kết nối. Theo Nghị quyết HĐND tỉnh, năm 2023 thu ngân sách trên địa bàn phấn đấu đạt 11.500 tỷ đồng; tổng vốn đầu tư toàn xã hội khoảng 40.000 tỷ đồng; kim ngạch xuất khẩu từ 2,6 tỷ USD trở lên; thu nhập bình quân đầu người 68 - 70 triệu đồng; tỷ lệ hộ nghèo giảm xuống dưới 1,5%.

Chúng tôi cũng xác định nông thôn mới là nền tảng. Năm 2022, toàn tỉnh có thêm 26 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 129 xã; 21 xã đạt chuẩn nông thôn mới kiểu mẫu. Năm 2023 phấn đấu có thêm ít nhất 30 xã đạt chuẩn nâng cao và 15 xã đạt chuẩn kiểu mẫu.

PV: Xin cảm ơn đồng chí!

Thu Hằng (thực hiện)

Lượt xem: 2.415

TIN LIÊN QUAN
- Thái Bình: Thu ngân sách năm 2022 đạt 10.820 tỷ đồng
- Khai mạc Kỳ họp thứ 11, HĐND tỉnh khóa XVII
- Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh

Báo Thái Bình - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Bình
Giấy phép số 321/GP-BTTTT. Đường dây nóng: 0227.3831.888
'''
META = {'published': '2023-01-18', 'locality': 'tỉnh Thái Bình'}
DEFAULTS = {'locality': 'tỉnh Thái Bình', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2023', 'modality': 'target'}
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
RT = {'indicator': 'resolution_targets'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('GRDP từ 10% trở lên"', '10%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('tăng trưởng 9,14%, thuộc', '9,14%', 'level', '%', d(indicator='grdp_growth')),
 ('vượt mốc 10 nghìn tỷ đồng', '10 nghìn tỷ đồng', 'level', 'VND', d(BR, optional=True, value=10000000000000)),
 ('Trong 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', d(RT)),
 ('hoàn thành 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong đó 12 chỉ tiêu', '12', 'level', 'chỉ tiêu', d(RT, status='exceeded')),
 ('còn 2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('so sánh tăng 9,14%', '9,14%', 'change', '%', d(U, indicator='grdp_growth')),
 ('khoảng 78.600 tỷ đồng', '78.600 tỷ đồng', 'level', 'VND', d(indicator='grdp', bound='about')),
 ('đạt 10.820 tỷ đồng, bằng', '10.820 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 135% dự toán', '135%', 'attainment', '%', d(BR, base='target')),
 ('tăng 18,6% so với năm 2021', '18,6%', 'change', '%', d(BR, U, base='2021')),
 ('thu nội địa 9.310 tỷ đồng', '9.310 tỷ đồng', 'level', 'VND', d(BR)),
 ('khoảng 4.000 tỷ đồng', '4.000 tỷ đồng', 'level', 'VND', d(BR, period='2015', bound='about')),
 ('gấp hơn 2,5 lần', '2,5 lần', 'change', 'lần', d(BR, U, base='2015', bound='over')),
 ('thu hút 56 dự án', '56', 'level', 'dự án', d()),
 ('có 9 dự án FDI', '9', 'level', 'dự án', d(indicator='fdi')),
 ('đăng ký 405 triệu USD', '405 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('ước đạt 2,3 tỷ USD', '2,3 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 11,4%', '11,4%', 'change', '%', d(E, U, indicator='export_value')),
 ('đạt 62,3 triệu đồng', '62,3 triệu đồng', 'level', 'VND/người/năm', d(indicator='income_per_capita')),
 ('gấp 1,4 lần năm 2020', '1,4 lần', 'change', 'lần', d(U, indicator='income_per_capita', base='2020')),
 ('giảm còn 1,98%', '1,98%', 'level', '%', d(D, indicator='poverty_rate')),
 ('tăng trưởng từ 10% trở lên, cao', '10%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('gần 1 điểm phần trăm', '1 điểm phần trăm', 'change', 'điểm %', d(T, U, indicator='grdp_growth', base='2022', bound='nearly')),
 ('phấn đấu đạt 11.500 tỷ đồng', '11.500 tỷ đồng', 'level', 'VND', d(T, BR)),
 ('khoảng 40.000 tỷ đồng', '40.000 tỷ đồng', 'level', 'VND', d(T, indicator='social_investment', bound='about')),
 ('từ 2,6 tỷ USD trở lên', '2,6 tỷ USD', 'level', 'USD', d(T, indicator='export_value', bound='at_least')),
 ('68 - 70 triệu đồng', '68 - 70 triệu đồng', 'level', 'VND/người/năm', d(T, indicator='income_per_capita')),
 ('dưới 1,5%', '1,5%', 'level', '%', d(T, D, indicator='poverty_rate', bound='under')),
 ('thêm 26 xã', '26', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('lên 129 xã', '129', 'level', 'xã', d(U, indicator='new_rural_communes_advanced')),
 ('; 21 xã', '21', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('ít nhất 30 xã', '30', 'level', 'xã', d(T, indicator='new_rural_communes_advanced', bound='at_least')),
 ('và 15 xã', '15', 'level', 'xã', d(T, indicator='new_rural_communes_model')),
]
