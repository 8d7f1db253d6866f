TEXT = '''
BÁO BÌNH DƯƠNG ONLINE
Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Bình Dương ngày mới | Đô thị

Thứ Ba, 11/04/2023, 17:20

TP.Thuận An: Chỉ số sản xuất công nghiệp quý I tăng 4,2%

(BDO) Chiều 10-4, UBND TP.Thuận An tổ chức phiên họp thường kỳ tháng 4 để đánh giá tình hình kinh tế - xã hội quý I và triển khai nhiệm vụ quý II năm 2023. Ông Nguyễn Thanh Tâm, Phó Bí thư Thành ủy, Chủ tịch UBND TP.Thuận An chủ trì.

Trong bối cảnh nhiều doanh nghiệp thiếu đơn hàng, quý I năm 2023, chỉ số sản xuất công nghiệp (IIP) trên địa bàn thành phố ước tăng 4,2% so với cùng kỳ, thấp hơn mức tăng 7,8% của cùng kỳ năm 2022. Một số chỉ tiêu chủ yếu quý I như sau:

Chỉ tiêu | Kế hoạch năm 2023 | Ước thực hiện quý I | So kế hoạch (%) | So cùng kỳ (%)
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ (tỷ đồng) | 96.500 | 23.870 | 24,7 | 112,6
Kim ngạch xuất khẩu (triệu USD) | 5.200 | 1.064 | 20,5 | 86,3
Kim ngạch nhập khẩu (triệu USD) | 3.900 | 812 | 20,8 | 88,9
Thu ngân sách nhà nước (tỷ đồng) | 7.450 | 1.986 | 26,7 | 104,1

Trong quý, thành phố thu hút 3 dự án đầu tư nước ngoài mới với vốn đăng ký 26,4 triệu USD, điều chỉnh tăng vốn cho 11 lượt dự án với 38,7 triệu USD. Thu hút đầu tư trong nước có 612 doanh nghiệp thành lập mới, tổng vốn đăng ký 2.418 tỷ đồng; lũy kế trên địa bàn hiện có 9.846 doanh nghiệp trong nước và 826 dự án FDI còn hiệu lực.

Do đơn hàng giảm, nhiều doanh nghiệp ngành gỗ, may mặc, giày da phải cắt giảm giờ làm; từ đầu năm đến ngày 31-3, có 4.215 lao động bị chấm dứt hợp đồng, tăng 2,1 lần so với cùng kỳ. Thành phố đã tổ chức 6 phiên giao dịch việc làm, giới thiệu việc làm cho 3.480 lượt người, trong đó 1.925 người có việc làm mới.

Công nhân làm việc tại một doanh nghiệp trong KCN VSIP (phường Bình Hòa).

Các chính sách an sinh xã hội được thực hiện kịp thời. Dịp Tết Nguyên đán Quý Mão 2023, thành phố trao 12.640 phần quà cho người có công, hộ nghèo, công nhân khó khăn với tổng trị giá hơn 8,6 tỷ đồng. Tỷ lệ bao phủ bảo hiểm y tế đạt 89,2% dân số.

Tình hình trật tự an toàn xã hội cơ bản ổn định; phạm pháp hình sự xảy ra 58 vụ, giảm 9 vụ so với cùng kỳ, điều tra làm rõ 49 vụ, đạt 84,5%.

Phát biểu chỉ đạo, ông Nguyễn Thanh Tâm yêu cầu các ngành tập trung tháo gỡ khó khăn cho doanh nghiệp, phấn đấu quý II chỉ số sản xuất công nghiệp tăng từ 5 - 6%; giải ngân vốn đầu tư công đến ngày 30-6 đạt ít nhất 45% kế hoạch năm (hiện mới đạt 12,3%).

Tin, ảnh: NGỌC THANH

Tin cùng chuyên mục:
» Dĩ An: Khởi công đường Nguyễn Tri Phương nối dài
» TX.Tân Uyên công bố quy hoạch phân khu tỷ lệ 1/2000
» Bến Cát: Giải quyết 1.200 hồ sơ hành chính trực tuyến

Báo Bình Dương - 26 Đại lộ Bình Dương, phường Phú Hòa, TP.Thủ Dầu Một. ĐT: (0274) 3822.491
'''
META = {'published': '2023-04-11', 'locality': 'thành phố Thuận An'}
DEFAULTS = {'locality': 'thành phố Thuận An', 'period': '2023-Q1', 'modality': 'actual'}
E = {'modality': 'estimate'}
P = {'modality': 'target', 'period': '2023'}
IIP = {'indicator': 'industrial_production_index'}
RS = {'indicator': 'retail_sales'}
EX = {'indicator': 'export_value'}
IM = {'indicator': 'import_value'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('Chỉ số sản xuất công nghiệp quý I tăng 4,2%', '4,2%', 'change', '%', dict(IIP, direction='up')),
 ('ước tăng 4,2% so với cùng kỳ', '4,2%', 'change', '%', dict(E, **IIP, direction='up', base='same_period')),
 ('mức tăng 7,8%', '7,8%', 'change', '%', dict(IIP, direction='up', period='2022-Q1')),
 ('| 96.500 |', '96.500', 'level', 'VND', dict(P, **RS, value=96500000000000)),
 ('| 23.870 |', '23.870', 'level', 'VND', dict(E, **RS, value=23870000000000)),
 ('| 24,7 |', '24,7', 'attainment', '%', dict(E, **RS, base='target')),
 ('| 112,6', '112,6', 'attainment', '%', dict(E, **RS, base='same_period')),
 ('| 5.200 |', '5.200', 'level', 'USD', dict(P, **EX, value=5200000000)),
 ('| 1.064 |', '1.064', 'level', 'USD', dict(E, **EX, value=1064000000)),
 ('| 20,5 |', '20,5', 'attainment', '%', dict(E, **EX, base='target')),
 ('| 86,3', '86,3', 'attainment', '%', dict(E, **EX, base='same_period')),
 ('| 3.900 |', '3.900', 'level', 'USD', dict(P, **IM, value=3900000000)),
 ('| 812 |', '812', 'level', 'USD', dict(E, **IM, value=812000000)),
 ('| 20,8 |', '20,8', 'attainment', '%', dict(E, **IM, base='target')),
 ('| 88,9', '88,9', 'attainment', '%', dict(E, **IM, base='same_period')),
 ('| 7.450 |', '7.450', 'level', 'VND', dict(P, **BR, value=7450000000000)),
 ('| 1.986 |', '1.986', 'level', 'VND', dict(E, **BR, value=1986000000000)),
 ('| 26,7 |', '26,7', 'attainment', '%', dict(E, **BR, base='target')),
 ('| 104,1', '104,1', 'attainment', '%', dict(E, **BR, base='same_period')),
 ('thu hút 3 dự án', '3', 'level', 'dự án', dict()),
 ('ký 26,4 triệu USD', '26,4 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('cho 11 lượt dự án', '11', 'level', 'lượt dự án', dict()),
 ('với 38,7 triệu USD', '38,7 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('có 612 doanh nghiệp', '612', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('ký 2.418 tỷ đồng', '2.418 tỷ đồng', 'level', 'VND', dict()),
 ('hiện có 9.846 doanh nghiệp', '9.846', 'level', 'doanh nghiệp', dict()),
 ('và 826 dự án FDI', '826', 'level', 'dự án', dict()),
 ('có 4.215 lao động', '4.215', 'level', 'lao động', dict()),
 ('tăng 2,1 lần', '2,1', 'change', 'lần', dict(direction='up', base='same_period')),
 ('tổ chức 6 phiên', '6', 'level', 'phiên', dict(optional=True)),
 ('cho 3.480 lượt người', '3.480', 'level', 'lượt người', dict()),
 ('trong đó 1.925 người', '1.925', 'level', 'người', dict(indicator='new_jobs')),
 ('trao 12.640 phần quà', '12.640', 'level', 'phần quà', dict()),
 ('hơn 8,6 tỷ đồng', '8,6 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('y tế đạt 89,2%', '89,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('xảy ra 58 vụ', '58', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 9 vụ so với cùng kỳ', '9', 'change', 'vụ', dict(indicator='crime', direction='down', base='same_period')),
 ('làm rõ 49 vụ', '49', 'level', 'vụ', dict()),
 ('đạt 84,5%', '84,5%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('từ 5 - 6%', '5 - 6%', 'change', '%', dict(IIP, modality='target', period='2023-Q2', direction='up')),
 ('ít nhất 45% kế hoạch năm', '45%', 'attainment', '%', dict(indicator='public_investment_disbursement', modality='target', period='2023-H1', base='target', bound='at_least')),
 ('mới đạt 12,3%', '12,3%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
]
