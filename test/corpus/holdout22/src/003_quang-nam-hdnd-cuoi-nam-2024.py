TEXT = '''
BÁO QUẢNG NAM ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Quốc phòng - An ninh | Quảng Nam 24h
Chính trị

Kỳ họp thứ 28 HĐND tỉnh khoá X: thu ngân sách năm 2024 ước đạt 112% dự toán Trung ương giao

Thứ Năm, 12/12/2024 | 16:05

(QNO) - Sáng 10/12, HĐND tỉnh Quảng Nam khoá X tổ chức kỳ họp thứ 28 - kỳ họp thường lệ cuối năm 2024. Kỳ họp diễn ra trong 3 ngày, xem xét, thông qua 35 nghị quyết quan trọng về kinh tế - xã hội, ngân sách và đầu tư công.

Toàn cảnh kỳ họp. Ảnh: N.Đ

Kinh tế phục hồi rõ nét

Báo cáo của UBND tỉnh cho biết, năm 2024 tốc độ tăng trưởng GRDP của tỉnh ước đạt 7,1%, cao hơn nhiều so với mức 2,9% của năm 2023. Có 17/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch; 3 chỉ tiêu không đạt gồm tăng trưởng giá trị sản xuất công nghiệp, kim ngạch xuất khẩu và tỷ lệ đô thị hoá.

Tổng thu ngân sách nhà nước trên địa bàn năm 2024 ước đạt 24.860 tỷ đồng, đạt 112% dự toán Trung ương giao và 104,6% dự toán HĐND tỉnh giao, tăng 18,2% so với năm 2023. Trong đó, thu nội địa ước 20.150 tỷ đồng, đạt 108,9% dự toán; thu từ hoạt động xuất nhập khẩu ước 4.710 tỷ đồng, vượt 27,3% dự toán. Tổng chi ngân sách địa phương ước thực hiện 31.420 tỷ đồng, bằng 96,8% dự toán.

Giải ngân vốn đầu tư công đến ngày 30/11/2024 đạt 71,5% kế hoạch, cao hơn bình quân cả nước (60,9%). Tuy vậy, một số dự án lớn như đường cao tốc nối Quốc lộ 14E và tuyến ven biển 129 vẫn vướng mặt bằng.

Thu nhập bình quân đầu người ước đạt 62,5 triệu đồng; tỷ lệ hộ nghèo giảm 1,12 điểm phần trăm, còn 3,86%. Toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới, nâng tổng số lên 125/193 xã. Lượng khách tham quan, lưu trú ước đạt 8,2 triệu lượt, tăng 17%; trong đó khách quốc tế ước 4,6 triệu lượt. Sản lượng thuỷ sản khai thác và nuôi trồng đạt 138.500 tấn.

Đại biểu Nguyễn Thị Hoà (Tổ đại biểu huyện Thăng Bình) phản ánh 120 hộ dân ở thôn 5, xã Bình Dương chưa được cấp nước sạch, đề nghị tỉnh sớm đầu tư tuyến ống dài 6 km.

Tại phiên chất vấn chiều 11/12, 14 đại biểu đã đặt câu hỏi với Giám đốc các sở Nông nghiệp và Phát triển nông thôn, Giao thông vận tải về tiến độ tái định cư hồ chứa nước Đông Tiễn, việc khắc phục hậu quả bão số 4 năm 2023 và sạt lở bờ biển Hội An. Giám đốc Sở Giao thông vận tải cho biết tuyến Quốc lộ 40B đoạn qua huyện Tiên Phước sẽ thông xe trong quý II/2025.

Chủ tịch UBND tỉnh Lê Văn Dũng giải trình ý kiến đại biểu tại kỳ họp. Ảnh: T.Đ

Mục tiêu năm 2025

Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025 được thông qua với 58/60 đại biểu có mặt tán thành, đặt 22 chỉ tiêu chủ yếu, trong đó:
- Tốc độ tăng trưởng GRDP từ 8 - 10%;
- GRDP bình quân đầu người đạt 86 - 88 triệu đồng;
- Tổng thu ngân sách nhà nước trên địa bàn 26.450 tỷ đồng, trong đó thu nội địa 22.100 tỷ đồng;
- Kim ngạch xuất khẩu hàng hoá tăng 8% trở lên;
- Tỷ lệ hộ nghèo giảm 1 - 1,5%;
- Tạo việc làm mới cho 17.000 lao động;
- Tỷ lệ che phủ rừng duy trì 59,1%;
- Có thêm 15 xã đạt chuẩn nông thôn mới.

HĐND tỉnh cũng quyết định dự toán chi ngân sách địa phương năm 2025 là 30.985 tỷ đồng, trong đó chi đầu tư phát triển 9.870 tỷ đồng; bội chi ngân sách địa phương 312 tỷ đồng (Nghị quyết số 58/NQ-HĐND ngày 12/12/2024).

Bế mạc kỳ họp, Chủ tịch HĐND tỉnh Nguyễn Đức Dũng đề nghị các cấp, ngành sớm cụ thể hoá nghị quyết, chuẩn bị tốt cho việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025.

NGUYÊN ĐOAN

Bài liên quan:
› Quảng Nam: 11 tháng thu ngân sách đạt 22.400 tỷ đồng
› Kỳ họp thứ 27 HĐND tỉnh thông qua 14 nghị quyết
› Đón 7,3 triệu lượt khách trong 10 tháng

Toà soạn: 07 Trần Hưng Đạo, TP. Tam Kỳ | ĐT: 0235 3852 218
'''
META = {'published': '2024-12-12', 'locality': 'tỉnh Quảng Nam'}
DEFAULTS = {'locality': 'tỉnh Quảng Nam', 'period': '2024', 'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
A = {'modality': 'actual'}
FIGS = [
 ('ước đạt 112% dự toán', '112%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('thông qua 35 nghị quyết', '35', 'level', 'nghị quyết', dict(optional=True)),
 ('ước đạt 7,1%', '7,1%', 'level', '%', dict(indicator='grdp_growth')),
 ('mức 2,9%', '2,9%', 'level', '%', dict(indicator='grdp_growth', period='2023', modality='actual')),
 ('Có 17/20 chỉ tiêu', '17/20', 'ratio', 'chỉ tiêu', dict(A, indicator='resolution_targets', status='achieved')),
 ('3 chỉ tiêu không đạt', '3', 'level', 'chỉ tiêu', dict(A, indicator='resolution_targets', status='not_achieved', of_optional=20)),
 ('ước đạt 24.860 tỷ đồng', '24.860 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('tỷ đồng, đạt 112%', '112%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('và 104,6% dự toán', '104,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 18,2% so với năm 2023', '18,2%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2023')),
 ('ước 20.150 tỷ đồng', '20.150 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 108,9% dự toán', '108,9%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('ước 4.710 tỷ đồng', '4.710 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('vượt 27,3% dự toán', '27,3%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='target', status='exceeded')),
 ('thực hiện 31.420 tỷ đồng', '31.420 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 96,8% dự toán', '96,8%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('đạt 71,5% kế hoạch', '71,5%', 'attainment', '%', dict(A, indicator='public_investment_disbursement', base='target', period='2024-11M')),
 ('(60,9%)', '60,9%', 'attainment', '%', dict(A, indicator='public_investment_disbursement', base='target', period='2024-11M', locality='cả nước')),
 ('ước đạt 62,5 triệu đồng', '62,5 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('giảm 1,12 điểm phần trăm', '1,12 điểm phần trăm', 'change', 'điểm %', dict(A, indicator='poverty_rate', direction='down')),
 ('còn 3,86%', '3,86%', 'level', '%', dict(A, indicator='poverty_rate', direction='down')),
 ('thêm 9 xã', '9', 'level', 'xã', dict(A, indicator='new_rural_communes')),
 ('lên 125/193 xã', '125/193', 'ratio', 'xã', dict(A, indicator='new_rural_communes', direction='up')),
 ('ước đạt 8,2 triệu lượt', '8,2 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals', value=8200000)),
 ('tăng 17%', '17%', 'change', '%', dict(indicator='tourist_arrivals', direction='up')),
 ('ước 4,6 triệu lượt', '4,6 triệu', 'level', 'lượt', dict(indicator='international_tourist_arrivals', value=4600000)),
 ('đạt 138.500 tấn', '138.500 tấn', 'level', 'tấn', dict(A, indicator='aquaculture_output')),
 ('ánh 120 hộ dân', '120', 'level', 'hộ dân', dict(optional=True)),
 ('dài 6 km', '6 km', 'level', 'km', dict(optional=True)),
 ('đặt 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', dict(T, indicator='resolution_targets')),
 ('từ 8 - 10%', '8 - 10%', 'level', '%', dict(T, indicator='grdp_growth')),
 ('đạt 86 - 88 triệu đồng', '86 - 88 triệu đồng', 'level', 'VND/người/năm', dict(T, indicator='grdp_per_capita')),
 ('địa bàn 26.450 tỷ đồng', '26.450 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('nội địa 22.100 tỷ đồng', '22.100 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('tăng 8% trở lên', '8%', 'change', '%', dict(T, indicator='export_value', direction='up', bound='at_least')),
 ('giảm 1 - 1,5%', '1 - 1,5%', 'change', '%', dict(T, indicator='poverty_rate', direction='down')),
 ('cho 17.000 lao động', '17.000', 'level', 'lao động', dict(T, indicator='new_jobs')),
 ('duy trì 59,1%', '59,1%', 'level', '%', dict(T, indicator='forest_cover')),
 ('thêm 15 xã', '15', 'level', 'xã', dict(T, indicator='new_rural_communes')),
 ('là 30.985 tỷ đồng', '30.985 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_expenditure')),
 ('phát triển 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_expenditure')),
 ('bội chi ngân sách địa phương 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', dict(T)),
 ('chiều 11/12, 14 đại biểu', '14', 'level', 'đại biểu', dict(optional=True)),
]
