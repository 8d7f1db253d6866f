TEXT = '''
BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ
Thứ Ba, 9/1/2024 | Đường dây nóng: 0254.3852.346 | Email: toasoan@baobariavungtau.com.vn
Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Biển đảo | Bạn đọc

KINH TẾ

Thu ngân sách năm 2023 vượt dự toán, tiền sử dụng đất chỉ đạt 52,6%

Cập nhật: 06:15, 09/01/2024

BR-VT - Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 113.400 tỷ đồng, bằng 104,6% dự toán Trung ương giao và 102,1% dự toán HĐND tỉnh giao, giảm 6,2% so với năm 2022 do giá dầu thô giảm.

Theo Sở Tài chính, thu nội địa ước đạt 41.850 tỷ đồng, bằng 112% dự toán HĐND tỉnh giao, tăng 15% so với cùng kỳ; thu từ dầu thô ước 28.200 tỷ đồng, bằng 94,3% dự toán, giảm 21,5%; thu từ hoạt động xuất nhập khẩu ước 43.350 tỷ đồng, bằng 98,7% dự toán.

Đáng chú ý, thu tiền sử dụng đất chỉ đạt 2.104 tỷ đồng, bằng 52,6% dự toán (dự toán 4.000 tỷ đồng), thấp nhất trong 5 năm gần đây. Nhiều dự án khu dân cư tại TP. Bà Rịa, huyện Đất Đỏ chưa hoàn thành thủ tục giao đất nên chưa thu được tiền.

Số thu ngân sách một số địa phương năm 2023:
- TP. Vũng Tàu: 4.215 tỷ đồng, đạt 108,3% dự toán;
- Thị xã Phú Mỹ: 2.960 tỷ đồng, đạt 121,5% dự toán;
- TP. Bà Rịa: 1.384 tỷ đồng, đạt 91,2% dự toán;
- Huyện Xuyên Mộc: 712 tỷ đồng, đạt 86,4% dự toán.

Tổng chi ngân sách địa phương năm 2023 ước 27.640 tỷ đồng, bằng 91,5% dự toán; trong đó chi đầu tư phát triển ước 10.930 tỷ đồng.

Cảng Cái Mép - Thị Vải, nơi đóng góp phần lớn nguồn thu từ hoạt động xuất nhập khẩu của tỉnh. Ảnh: Quang Vũ

Giải ngân kéo dài đến 31/1/2024

Về đầu tư công, đến ngày 31/12/2023, tỉnh giải ngân 6.734 tỷ đồng, đạt 73,5% kế hoạch vốn HĐND tỉnh giao (9.162 tỷ đồng). Thời gian giải ngân kế hoạch vốn năm 2023 được kéo dài đến ngày 31/1/2024; dự kiến đến thời điểm này tỉnh giải ngân khoảng 85 - 88% kế hoạch.

Năm 2024, HĐND tỉnh giao dự toán thu ngân sách 113.000 tỷ đồng, trong đó thu nội địa 42.480 tỷ đồng; kế hoạch vốn đầu tư công 14.960 tỷ đồng, gấp hơn 1,6 lần kế hoạch năm 2023. UBND tỉnh đặt mục tiêu giải ngân trên 95% kế hoạch vốn năm 2024 và yêu cầu chủ đầu tư các dự án trọng điểm như cao tốc Biên Hòa - Vũng Tàu, đường ven biển Vũng Tàu - Bình Thuận hoàn tất giải phóng mặt bằng trong quý I.

KHÁNH CHI

Tin liên quan
- Thông qua 15 nghị quyết tại kỳ họp thứ 14 HĐND tỉnh khóa VII
- BR-VT dẫn đầu cả nước về thu nhập bình quân đầu người

Báo Bà Rịa - Vũng Tàu | Giấy phép số 220/GP-BTTTT | 89 Trương Công Định, phường 3, TP. Vũng Tàu
'''
META = {'published': '2024-01-09', 'locality': 'tỉnh Bà Rịa - Vũng Tàu'}
DEFAULTS = {'locality': 'tỉnh Bà Rịa - Vũng Tàu', 'period': '2023', 'modality': 'actual', 'indicator': 'budget_revenue'}
T = {'base': 'target'}
E = {'modality': 'estimate'}
EX = {'indicator': 'budget_expenditure'}
PI = {'indicator': 'public_investment_disbursement'}
FIGS = [
 # headline
 ('chỉ đạt 52,6%\n', '52,6%', 'attainment', '%', dict(T)),
 # sapo
 ('ước đạt 113.400 tỷ đồng', '113.400 tỷ đồng', 'level', 'VND', dict(E)),
 ('bằng 104,6% dự toán', '104,6%', 'attainment', '%', dict(T, **E)),
 ('và 102,1% dự toán', '102,1%', 'attainment', '%', dict(T, **E)),
 ('giảm 6,2% so với năm 2022', '6,2%', 'change', '%', dict(E, direction='down', base='2022')),
 # components
 ('ước đạt 41.850 tỷ đồng', '41.850 tỷ đồng', 'level', 'VND', dict(E)),
 ('bằng 112% dự toán', '112%', 'attainment', '%', dict(T, **E)),
 ('tăng 15% so với cùng kỳ', '15%', 'change', '%', dict(E, direction='up', base='same_period')),
 ('ước 28.200 tỷ đồng', '28.200 tỷ đồng', 'level', 'VND', dict(E)),
 ('bằng 94,3% dự toán', '94,3%', 'attainment', '%', dict(T, **E)),
 ('giảm 21,5%', '21,5%', 'change', '%', dict(E, direction='down')),
 ('ước 43.350 tỷ đồng', '43.350 tỷ đồng', 'level', 'VND', dict(E)),
 ('bằng 98,7% dự toán', '98,7%', 'attainment', '%', dict(T, **E)),
 # land fees
 ('đạt 2.104 tỷ đồng', '2.104 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 52,6% dự toán', '52,6%', 'attainment', '%', dict(T)),
 ('(dự toán 4.000 tỷ đồng)', '4.000 tỷ đồng', 'level', 'VND', dict(modality='target')),
 # districts
 ('Vũng Tàu: 4.215 tỷ đồng', '4.215 tỷ đồng', 'level', 'VND', dict(locality='thành phố Vũng Tàu')),
 ('đạt 108,3% dự toán', '108,3%', 'attainment', '%', dict(T, locality='thành phố Vũng Tàu')),
 ('Phú Mỹ: 2.960 tỷ đồng', '2.960 tỷ đồng', 'level', 'VND', dict(locality='thị xã Phú Mỹ')),
 ('đạt 121,5% dự toán', '121,5%', 'attainment', '%', dict(T, locality='thị xã Phú Mỹ')),
 ('Bà Rịa: 1.384 tỷ đồng', '1.384 tỷ đồng', 'level', 'VND', dict(locality='thành phố Bà Rịa')),
 ('đạt 91,2% dự toán', '91,2%', 'attainment', '%', dict(T, locality='thành phố Bà Rịa')),
 ('Mộc: 712 tỷ đồng', '712 tỷ đồng', 'level', 'VND', dict(locality='huyện Xuyên Mộc')),
 ('đạt 86,4% dự toán', '86,4%', 'attainment', '%', dict(T, locality='huyện Xuyên Mộc')),
 # spending
 ('ước 27.640 tỷ đồng', '27.640 tỷ đồng', 'level', 'VND', dict(E, **EX)),
 ('bằng 91,5% dự toán', '91,5%', 'attainment', '%', dict(T, **E, **EX)),
 ('ước 10.930 tỷ đồng', '10.930 tỷ đồng', 'level', 'VND', dict(E, **EX)),
 # disbursement
 ('giải ngân 6.734 tỷ đồng', '6.734 tỷ đồng', 'level', 'VND', dict(PI)),
 ('đạt 73,5% kế hoạch', '73,5%', 'attainment', '%', dict(T, **PI)),
 ('(9.162 tỷ đồng)', '9.162 tỷ đồng', 'level', 'VND', dict(modality='target', **PI)),
 ('khoảng 85 - 88%', '85 - 88%', 'attainment', '%', dict(T, **E, bound='about', **PI)),
 # 2024
 ('ngân sách 113.000 tỷ đồng', '113.000 tỷ đồng', 'level', 'VND', dict(modality='target', period='2024')),
 ('nội địa 42.480 tỷ đồng', '42.480 tỷ đồng', 'level', 'VND', dict(modality='target', period='2024')),
 ('công 14.960 tỷ đồng', '14.960 tỷ đồng', 'level', 'VND', dict(modality='target', period='2024', **PI)),
 ('gấp hơn 1,6 lần', '1,6 lần', 'change', 'lần', dict(modality='target', period='2024', direction='up', base='2023', bound='over', **PI)),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', dict(T, modality='target', period='2024', bound='over', **PI)),
]
