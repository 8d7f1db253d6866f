TEXT = '''
BÁO SƠN LA ĐIỆN TỬ
Thứ Tư, ngày 05/6/2024 | Đường dây nóng: 0212.3852.415
Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa - Thể thao | Quốc phòng - An ninh | Tây Bắc

Kinh tế > Đầu tư

Sơn La: Giải ngân vốn đầu tư công 5 tháng đạt 31,8% kế hoạch Thủ tướng giao

05/06/2024 07:12 | Lượt xem: 2.047

SLO - Đến hết ngày 31/5/2024, toàn tỉnh đã giải ngân 1.302,6 tỷ đồng vốn đầu tư công, đạt 31,8% kế hoạch vốn Thủ tướng Chính phủ giao và 29,4% kế hoạch tỉnh giao, cao hơn bình quân cả nước (cả nước đạt 22,3%).

Chiều 4/6, đồng chí Phó Chủ tịch Thường trực UBND tỉnh chủ trì hội nghị kiểm điểm tiến độ giải ngân vốn đầu tư công 5 tháng đầu năm với 12 huyện, thành phố và các chủ đầu tư.

Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng kế hoạch vốn đầu tư công năm 2024 tỉnh giao là 4.431 tỷ đồng, trong đó kế hoạch Thủ tướng Chính phủ giao 4.096 tỷ đồng. Riêng trong tháng 5, các chủ đầu tư giải ngân được 286,4 tỷ đồng, tăng 41,2% so với tháng 4. So với cùng kỳ năm 2023, tỷ lệ giải ngân cao hơn 6,5 điểm phần trăm. Với kết quả này, Sơn La xếp thứ 9/63 tỉnh, thành phố và đứng đầu các tỉnh vùng Tây Bắc.

Cụ thể theo từng nguồn vốn:
- Vốn ngân sách địa phương: giải ngân 652,3 tỷ đồng, đạt 34,6% kế hoạch;
- Vốn ngân sách trung ương (vốn trong nước): 561,7 tỷ đồng, đạt 30,2%;
- Vốn nước ngoài (ODA): 14,1 tỷ đồng, đạt 9,8%;
- Vốn thực hiện 3 chương trình mục tiêu quốc gia: 74,5 tỷ đồng, đạt 16,1% kế hoạch.

Thi công Dự án đường nối Quốc lộ 279D - Quốc lộ 6, đoạn qua xã Chiềng Mung, huyện Mai Sơn. Ảnh: Quàng Thắng

Đối với các dự án trọng điểm, Dự án đường cao tốc Hòa Bình - Mộc Châu (đoạn qua tỉnh Sơn La) có kế hoạch vốn năm 2024 là 1.000 tỷ đồng, đến nay đã giải ngân 402,7 tỷ đồng, đạt 40,3%. Dự án cải tạo, nâng cấp Quốc lộ 4G mới giải ngân 38,6 tỷ đồng trên tổng số 215 tỷ đồng kế hoạch.

Nhiều chủ đầu tư giải ngân chậm

Toàn tỉnh có 62 chủ đầu tư được giao kế hoạch vốn. Trong đó, 21/62 chủ đầu tư có tỷ lệ giải ngân cao hơn mức bình quân chung của tỉnh; 27 chủ đầu tư giải ngân dưới 30% và 9 chủ đầu tư chưa giải ngân được đồng vốn nào. Một số đơn vị có tỷ lệ giải ngân thấp như: Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh đạt 12,4%; UBND huyện Sốp Cộp đạt 14,7%; UBND huyện Vân Hồ đạt 18,2%; Sở Y tế đạt 19,5%.

Nguyên nhân chủ yếu là vướng mắc trong giải phóng mặt bằng, thiếu đất đắp nền đường, giá vật liệu xây dựng biến động; một số dự án khởi công mới còn chậm hoàn thiện thủ tục đầu tư.

Kết luận hội nghị, Phó Chủ tịch Thường trực UBND tỉnh yêu cầu các chủ đầu tư phấn đấu đến ngày 30/6/2024 giải ngân đạt trên 45% và đến hết năm 2024 giải ngân 100% kế hoạch vốn Thủ tướng Chính phủ giao. Chủ đầu tư nào đến ngày 30/6 có tỷ lệ giải ngân dưới 30% phải giải trình với Thường trực UBND tỉnh; người đứng đầu chịu trách nhiệm nếu để chậm tiến độ.

Cầm Thanh

Tin cùng chuyên mục
- Thu ngân sách 5 tháng ước đạt 2.016 tỷ đồng
- Mộc Châu: 3 dự án du lịch được chấp thuận chủ trương đầu tư
- Sơn La xuất khẩu 12.000 tấn xoài trong vụ thu hoạch 2024

Báo Sơn La - Cơ quan của Đảng bộ, Chính quyền, Nhân dân các dân tộc tỉnh Sơn La
Giấy phép số 55/GP-BTTTT | Địa chỉ: Số 8, đường Tô Hiệu, thành phố Sơn La
'''
META = {'published': '2024-06-05', 'locality': 'tỉnh Sơn La'}
DEFAULTS = {'locality': 'tỉnh Sơn La', 'period': '2024-5M', 'modality': 'actual', 'indicator': 'public_investment_disbursement'}
A = {'base': 'target'}
PLAN = {'modality': 'target', 'period': '2024'}
CDT = {'indicator': None, 'period': '2024-M05'}
FIGS = [
 # headline
 ('5 tháng đạt 31,8% kế hoạch Thủ tướng giao', '31,8%', 'attainment', '%', dict(A)),
 # lead
 ('đã giải ngân 1.302,6 tỷ đồng', '1.302,6 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 31,8% kế hoạch vốn Thủ tướng Chính phủ giao', '31,8%', 'attainment', '%', dict(A)),
 ('và 29,4% kế hoạch tỉnh giao', '29,4%', 'attainment', '%', dict(A)),
 ('(cả nước đạt 22,3%)', '22,3%', 'attainment', '%', dict(A, locality='cả nước')),
 # meeting with districts: optional count
 ('với 12 huyện, thành phố', '12', 'level', 'huyện', dict(optional=True, indicator=None)),
 # plan
 ('tỉnh giao là 4.431 tỷ đồng', '4.431 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('Chính phủ giao 4.096 tỷ đồng', '4.096 tỷ đồng', 'level', 'VND', dict(PLAN)),
 # month
 ('giải ngân được 286,4 tỷ đồng', '286,4 tỷ đồng', 'level', 'VND', dict(period='2024-M05')),
 ('tăng 41,2% so với tháng 4', '41,2%', 'change', '%', dict(period='2024-M05', direction='up', base='previous_period')),
 ('cao hơn 6,5 điểm phần trăm', '6,5 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='same_period')),
 # sources
 ('giải ngân 652,3 tỷ đồng', '652,3 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 34,6% kế hoạch;', '34,6%', 'attainment', '%', dict(A)),
 (': 561,7 tỷ đồng', '561,7 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 30,2%;', '30,2%', 'attainment', '%', dict(A)),
 (': 14,1 tỷ đồng', '14,1 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 9,8%;', '9,8%', 'attainment', '%', dict(A)),
 (': 74,5 tỷ đồng', '74,5 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 16,1% kế hoạch.', '16,1%', 'attainment', '%', dict(A)),
 ('thực hiện 3 chương trình', '3', 'level', 'chương trình', dict(optional=True, indicator=None)),
 # key projects
 ('là 1.000 tỷ đồng', '1.000 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('đã giải ngân 402,7 tỷ đồng', '402,7 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 40,3%', '40,3%', 'attainment', '%', dict(A)),
 ('mới giải ngân 38,6 tỷ đồng', '38,6 tỷ đồng', 'level', 'VND', dict()),
 ('tổng số 215 tỷ đồng kế hoạch', '215 tỷ đồng', 'level', 'VND', dict(PLAN)),
 # investors
 ('có 62 chủ đầu tư', '62', 'level', 'chủ đầu tư', dict(CDT)),
 ('21/62 chủ đầu tư', '21/62', 'ratio', 'chủ đầu tư', dict(CDT)),
 ('; 27 chủ đầu tư', '27', 'level', 'chủ đầu tư', dict(CDT)),
 ('và 9 chủ đầu tư', '9', 'level', 'chủ đầu tư', dict(CDT)),
 ('tỉnh đạt 12,4%', '12,4%', 'attainment', '%', dict(A)),
 ('Sốp Cộp đạt 14,7%', '14,7%', 'attainment', '%', dict(A, locality='huyện Sốp Cộp')),
 ('Vân Hồ đạt 18,2%', '18,2%', 'attainment', '%', dict(A, locality='huyện Vân Hồ')),
 ('Y tế đạt 19,5%', '19,5%', 'attainment', '%', dict(A)),
 # conclusions: targets
 ('đạt trên 45%', '45%', 'attainment', '%', dict(A, modality='target', period='2024-H1', bound='over')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', dict(A, modality='target', period='2024')),
]
