TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thứ Sáu, 06/11/2026 | Đường dây nóng: 0256 3822 186 | Đăng nhập
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Gia Lai 24h | Video | Podcast

Kinh tế › Thống kê

Kinh tế Gia Lai 10 tháng năm 2026: Xuất khẩu và giải ngân tăng tốc

06/11/2026 - 08:15 | Lượt xem: 2.318 | Bình luận (3)

(GLO) - Theo số liệu Thống kê tỉnh Gia Lai công bố ngày 5/11, tình hình kinh tế - xã hội 10 tháng năm 2026 tiếp tục chuyển biến tích cực; nhiều chỉ tiêu tăng khá, trong đó kim ngạch xuất khẩu hàng hóa ước đạt 2,86 tỷ USD, tăng 18,4% so với cùng kỳ năm trước.

Công nhân chế biến hạt điều xuất khẩu tại Khu công nghiệp Nhơn Hòa. Ảnh: Ngọc Minh

Công nghiệp phục hồi nhờ chế biến, chế tạo

Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 10/2026 ước tăng 2,7% so với tháng trước và tăng 9,8% so với cùng tháng năm trước. Tính chung 10 tháng, IIP ước tăng 10,6% so với cùng kỳ, trong đó ngành công nghiệp chế biến, chế tạo tăng 12,1%, ngành sản xuất và phân phối điện tăng 7,4%, ngành khai khoáng giảm 3,5%.

So với cùng kỳ, một số sản phẩm chủ yếu tăng khá: điện sản xuất ước đạt 9.412 triệu kWh, tăng 8,2%; đường kính ước đạt 268,5 nghìn tấn, tăng 5,6%; tinh bột sắn ước đạt 312 nghìn tấn, giảm 2,1%.

Trong 10 tháng, toàn tỉnh có 1.236 doanh nghiệp thành lập mới, tăng 12,4%, với tổng vốn đăng ký 14.850 tỷ đồng; 418 doanh nghiệp tạm ngừng kinh doanh có thời hạn.

Nông nghiệp vào vụ thu hoạch

Đến cuối tháng 10, toàn tỉnh đã thu hoạch 41.200 ha lúa vụ Mùa, năng suất bình quân 56,8 tạ/ha, cao hơn vụ Mùa năm trước 1,4 tạ/ha. Cà phê niên vụ 2026 - 2027 bắt đầu vào thu hoạch, sản lượng dự kiến 318.000 tấn nhân. Sản lượng thủy sản 10 tháng ước đạt 248.500 tấn, tăng 3,9% so với cùng kỳ, trong đó khai thác biển 196.300 tấn. Đội tàu cá có chiều dài từ 15 m trở lên của tỉnh hiện được lắp đủ thiết bị giám sát hành trình.

Tiêu dùng và du lịch tăng khá

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 9.875 tỷ đồng, tăng 1,9% so với tháng trước. Lũy kế 10 tháng ước đạt 94.260 tỷ đồng, tăng 11,3% so với cùng kỳ, bằng 84,7% kế hoạch năm.

Khách du lịch đến tỉnh trong 10 tháng ước đạt 9,42 triệu lượt, tăng 14,8%, trong đó khách quốc tế 612.000 lượt, tăng 31,2%. Doanh thu du lịch ước đạt 21.640 tỷ đồng. Khu du lịch Kỳ Co - Eo Gió và Quảng trường Đại Đoàn Kết là hai điểm đón khách đông nhất trong dịp Lễ 2/9.

Xuất khẩu về đích sớm

Kim ngạch xuất khẩu hàng hóa tháng 10 ước đạt 301,5 triệu USD, giảm 4,2% so với tháng trước. Lũy kế 10 tháng ước đạt 2,86 tỷ USD, tăng 18,4% so với cùng kỳ, bằng 89,4% kế hoạch. Cà phê, hạt điều, gỗ và sản phẩm gỗ, thủy sản lần lượt ước đạt 1,12 tỷ USD, 486 triệu USD, 402 triệu USD và 168 triệu USD. Kim ngạch nhập khẩu 10 tháng ước đạt 918 triệu USD, tăng 6,7%.

Thu ngân sách vượt tiến độ

Tổng thu ngân sách nhà nước trên địa bàn đến ngày 31/10/2026 đạt 17.384 tỷ đồng, bằng 81,6% dự toán Trung ương giao và 76,2% dự toán HĐND tỉnh giao, tăng 9,1% so với cùng kỳ. Trong đó, thu nội địa 15.902 tỷ đồng; thu từ hoạt động xuất nhập khẩu 1.482 tỷ đồng. Tổng chi ngân sách địa phương ước 24.115 tỷ đồng, bằng 68,5% dự toán.

Kế hoạch vốn đầu tư công năm 2026 của tỉnh là 14.620 tỷ đồng. Đến hết tháng 10, toàn tỉnh giải ngân 9.447 tỷ đồng, đạt 64,6% kế hoạch, cao hơn mức bình quân cả nước (khoảng 60,3%). Trong đó, vốn ngân sách địa phương giải ngân đạt 71,2%; vốn ngân sách Trung ương đạt 55,8%. Hiện còn 23/96 chủ đầu tư có tỷ lệ giải ngân dưới 50%; UBND tỉnh yêu cầu các đơn vị này báo cáo trước ngày 15/11.

Giá cả ổn định

Chỉ số giá tiêu dùng (CPI) tháng 10/2026 tăng 0,38% so với tháng trước, tăng 3,12% so với cùng tháng năm trước và tăng 2,46% so với tháng 12/2025. Bình quân 10 tháng, CPI tăng 2,94% so với cùng kỳ. Trong 11 nhóm hàng hóa và dịch vụ chính, có 8 nhóm tăng giá; riêng nhóm giao thông giảm 1,06% so với tháng trước do giá xăng dầu được điều chỉnh giảm 3 lần trong tháng.

Lao động, an sinh và trật tự

Trong 10 tháng, toàn tỉnh giải quyết việc làm cho 31.460 lao động, đạt 92,5% kế hoạch năm; đưa 2.184 người đi làm việc ở nước ngoài theo hợp đồng. Đến cuối tháng 10, tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,7%.

Tai nạn giao thông 10 tháng xảy ra 214 vụ, làm chết 126 người, bị thương 158 người; so với cùng kỳ giảm 19 vụ, giảm 11 người chết. Tổng đài 113 và đường dây nóng 0269 3823 113 tiếp nhận phản ánh của người dân 24/7.

Ngọc Minh

Tin cùng chuyên mục
• Gia Lai: 9 tháng năm 2026 GRDP tăng 7,9% (08/10/2026)
• Giá cà phê tại Gia Lai lên 118.000 đồng/kg (04/11/2026)
• Quy Nhơn đón 1,2 triệu lượt khách trong quý III (02/10/2026)

Bình luận (3)
Trần Văn Lộc: Mong tỉnh tiếp tục đẩy nhanh đường nối Quốc lộ 19 với Quốc lộ 1. (06/11/2026 09:02)

BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Giấy phép số 62/GP-BVHTTDL ngày 25/7/2025. Tòa soạn: 02 Hùng Vương, phường Quy Nhơn, tỉnh Gia Lai. Điện thoại: 0256 3822 186 - Fax: 0256 3823 599
'''
META = {'published': '2026-11-06', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2026-10M', 'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
T = {'base': 'target'}
A = {'modality': 'actual'}
M10 = {'period': '2026-M10'}
IIP = {'indicator': 'industrial_production_index'}
R = {'indicator': 'retail_sales'}
X = {'indicator': 'export_value'}
B = {'indicator': 'budget_revenue'}
PI = {'indicator': 'public_investment_disbursement'}
C = {'indicator': 'cpi'}
FIGS = [
 ('hàng hóa ước đạt 2,86 tỷ USD, tăng 18,4% so với cùng kỳ năm trước', '2,86 tỷ USD', 'level', 'USD', dict(X)),
 ('tăng 18,4% so với cùng kỳ năm trước', '18,4%', 'change', '%', dict(X, **U, **S)),
 ('ước tăng 2,7%', '2,7%', 'change', '%', dict(IIP, **M10, **U, **P)),
 ('tăng 9,8%', '9,8%', 'change', '%', dict(IIP, **M10, **U, **S)),
 ('ước tăng 10,6%', '10,6%', 'change', '%', dict(IIP, **U, **S)),
 ('chế tạo tăng 12,1%', '12,1%', 'change', '%', dict(IIP, **U, **S)),
 ('điện tăng 7,4%', '7,4%', 'change', '%', dict(IIP, **U, **S)),
 ('khoáng giảm 3,5%', '3,5%', 'change', '%', dict(IIP, **D, **S)),
 ('đạt 9.412 triệu kWh', '9.412 triệu kWh', 'level', 'kWh', dict()),
 ('tăng 8,2%', '8,2%', 'change', '%', dict(U, **S)),
 ('268,5 nghìn tấn', '268,5 nghìn tấn', 'level', 'tấn', dict()),
 ('tăng 5,6%', '5,6%', 'change', '%', dict(U, **S)),
 ('312 nghìn tấn', '312 nghìn tấn', 'level', 'tấn', dict()),
 ('giảm 2,1%', '2,1%', 'change', '%', dict(D, **S)),
 ('có 1.236 doanh nghiệp', '1.236', 'level', 'doanh nghiệp', dict(A, indicator='new_enterprises')),
 ('tăng 12,4%', '12,4%', 'change', '%', dict(A, **U, indicator='new_enterprises')),
 ('ký 14.850 tỷ đồng', '14.850 tỷ đồng', 'level', 'VND', dict(A)),
 ('418 doanh nghiệp', '418', 'level', 'doanh nghiệp', dict(A)),
 ('thu hoạch 41.200 ha', '41.200 ha', 'level', 'ha', dict(A)),
 ('bình quân 56,8 tạ/ha', '56,8 tạ/ha', 'level', 'tạ/ha', dict(A)),
 ('1,4 tạ/ha', '1,4 tạ/ha', 'change', 'tạ/ha', dict(A, **U, **S)),
 ('dự kiến 318.000 tấn', '318.000 tấn', 'level', 'tấn', dict(period='2026/2027')),
 ('đạt 248.500 tấn', '248.500 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('tăng 3,9%', '3,9%', 'change', '%', dict(U, **S, indicator='aquaculture_output')),
 ('biển 196.300 tấn', '196.300 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('đạt 9.875 tỷ đồng', '9.875 tỷ đồng', 'level', 'VND', dict(R, **M10)),
 ('tăng 1,9%', '1,9%', 'change', '%', dict(R, **M10, **U, **P)),
 ('đạt 94.260 tỷ đồng', '94.260 tỷ đồng', 'level', 'VND', dict(R)),
 ('tăng 11,3%', '11,3%', 'change', '%', dict(R, **U, **S)),
 ('bằng 84,7% kế hoạch', '84,7%', 'attainment', '%', dict(R, **T)),
 ('đạt 9,42 triệu lượt', '9,42 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('tăng 14,8%', '14,8%', 'change', '%', dict(U, indicator='tourist_arrivals')),
 ('quốc tế 612.000 lượt', '612.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('tăng 31,2%', '31,2%', 'change', '%', dict(U, indicator='international_tourist_arrivals')),
 ('đạt 21.640 tỷ đồng', '21.640 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('đạt 301,5 triệu USD', '301,5 triệu USD', 'level', 'USD', dict(X, **M10)),
 ('giảm 4,2%', '4,2%', 'change', '%', dict(X, **M10, **D, **P)),
 ('Lũy kế 10 tháng ước đạt 2,86 tỷ USD', '2,86 tỷ USD', 'level', 'USD', dict(X)),
 ('USD, tăng 18,4% so với cùng kỳ, bằng', '18,4%', 'change', '%', dict(X, **U, **S)),
 ('bằng 89,4% kế hoạch', '89,4%', 'attainment', '%', dict(X, **T)),
 ('đạt 1,12 tỷ USD', '1,12 tỷ USD', 'level', 'USD', dict(X)),
 ('486 triệu USD', '486 triệu USD', 'level', 'USD', dict(X)),
 ('402 triệu USD', '402 triệu USD', 'level', 'USD', dict(X)),
 ('168 triệu USD', '168 triệu USD', 'level', 'USD', dict(X)),
 ('đạt 918 triệu USD', '918 triệu USD', 'level', 'USD', dict(indicator='import_value')),
 ('tăng 6,7%', '6,7%', 'change', '%', dict(U, indicator='import_value')),
 ('đạt 17.384 tỷ đồng', '17.384 tỷ đồng', 'level', 'VND', dict(B, **A)),
 ('bằng 81,6% dự toán', '81,6%', 'attainment', '%', dict(B, **A, **T)),
 ('và 76,2% dự toán', '76,2%', 'attainment', '%', dict(B, **A, **T)),
 ('tăng 9,1%', '9,1%', 'change', '%', dict(B, **A, **U, **S)),
 ('nội địa 15.902 tỷ đồng', '15.902 tỷ đồng', 'level', 'VND', dict(B, **A)),
 ('nhập khẩu 1.482 tỷ đồng', '1.482 tỷ đồng', 'level', 'VND', dict(B, **A)),
 ('ước 24.115 tỷ đồng', '24.115 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 68,5% dự toán', '68,5%', 'attainment', '%', dict(T, indicator='budget_expenditure')),
 ('là 14.620 tỷ đồng', '14.620 tỷ đồng', 'level', 'VND', dict(PI, period='2026', modality='target')),
 ('giải ngân 9.447 tỷ đồng', '9.447 tỷ đồng', 'level', 'VND', dict(PI, **A)),
 ('đạt 64,6% kế hoạch', '64,6%', 'attainment', '%', dict(PI, **A, **T)),
 ('(khoảng 60,3%)', '60,3%', 'attainment', '%', dict(PI, **A, **T, locality='cả nước', bound='about')),
 ('giải ngân đạt 71,2%', '71,2%', 'attainment', '%', dict(PI, **A, **T)),
 ('đạt 55,8%', '55,8%', 'attainment', '%', dict(PI, **A, **T)),
 ('còn 23/96 chủ đầu tư', '23/96', 'ratio', 'chủ đầu tư', dict(A, **M10)),
 ('tăng 0,38%', '0,38%', 'change', '%', dict(C, **A, **M10, **U, **P)),
 ('tăng 3,12%', '3,12%', 'change', '%', dict(C, **A, **M10, **U, **S)),
 ('tăng 2,46%', '2,46%', 'change', '%', dict(C, **A, **M10, **U, base='2025')),
 ('CPI tăng 2,94%', '2,94%', 'change', '%', dict(C, **A, **U, **S)),
 ('Trong 11 nhóm', '11', 'level', 'nhóm', dict(optional=True)),
 ('có 8 nhóm', '8', 'level', 'nhóm', dict(optional=True)),
 ('giảm 3 lần trong tháng', '3 lần', 'level', 'lần', dict(optional=True)),
 ('giảm 1,06%', '1,06%', 'change', '%', dict(A, **M10, **D, **P)),
 ('cho 31.460 lao động', '31.460', 'level', 'lao động', dict(A, indicator='jobs_created')),
 ('đạt 92,5% kế hoạch', '92,5%', 'attainment', '%', dict(A, **T, indicator='jobs_created')),
 ('đưa 2.184 người', '2.184', 'level', 'người', dict(A, indicator='labour_export')),
 ('đạt 93,7%', '93,7%', 'level', '%', dict(A, **M10, indicator='health_insurance_coverage')),
 ('xảy ra 214 vụ', '214', 'level', 'vụ', dict(A, indicator='traffic_accidents')),
 ('chết 126 người', '126', 'level', 'người', dict(A, indicator='traffic_deaths')),
 ('thương 158 người', '158', 'level', 'người', dict(A, indicator='traffic_injuries')),
 ('giảm 19 vụ', '19', 'change', 'vụ', dict(A, **D, **S, indicator='traffic_accidents')),
 ('giảm 11 người', '11', 'change', 'người', dict(A, **D, **S, indicator='traffic_deaths')),
]
