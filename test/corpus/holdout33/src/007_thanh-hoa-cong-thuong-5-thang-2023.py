TEXT = '''
SỞ CÔNG THƯƠNG THANH HÓA
Cổng thông tin điện tử
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Xúc tiến thương mại | Văn bản pháp quy | Dịch vụ công

Tin tức - Sự kiện

Thanh Hóa: Chỉ số sản xuất công nghiệp 5 tháng tăng 14,6%

Cập nhật: 05/06/2023 15:20 | Người đăng: Văn phòng Sở

5 tháng đầu năm 2023, chỉ số sản xuất công nghiệp (IIP) trên địa bàn tỉnh ước tăng 14,6% so với cùng kỳ, trong khi cả nước giảm 2% so với cùng kỳ; kim ngạch xuất khẩu đạt 1.620 triệu USD, bằng 33,1% kế hoạch năm.

Theo báo cáo của Sở Công Thương, tháng 5/2023, IIP ước tăng 4,2% so với tháng trước và tăng 21,3% so với cùng kỳ, nhờ Nhà máy Lọc hóa dầu Nghi Sơn vận hành ổn định trở lại sau đợt bảo dưỡng. Lũy kế từ đầu năm, IIP tăng 14,6%, cao hơn nhiều so với bình quân cả nước; Thanh Hóa đứng thứ 3 cả nước về tốc độ tăng IIP, sau Bắc Giang và Hà Tĩnh.

Một số chỉ tiêu chủ yếu 5 tháng năm 2023:
- Giá trị sản xuất công nghiệp (giá so sánh 2010): 78.540 tỷ đồng, bằng 38,6% KH, tăng 13,9% CK;
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: 58.210 tỷ đồng, bằng 41,2% KH, tăng 18,4% CK;
- Kim ngạch xuất khẩu: 1.620 triệu USD, bằng 33,1% KH, giảm 6,8% CK;
- Kim ngạch nhập khẩu: 2.950 triệu USD, bằng 40,4% KH, tăng 2,1% CK.

Sản lượng một số sản phẩm chủ yếu 5 tháng (so với cùng kỳ): xăng dầu các loại 3,52 triệu tấn (+19,6%); xi măng 6,15 triệu tấn (-8,7%); giày, dép 82,4 triệu đôi (+5,3%); quần áo may sẵn 110 triệu sản phẩm (-12,3%).

Chỉ số tiêu thụ toàn ngành công nghiệp chế biến, chế tạo 5 tháng tăng 9,8% so với cùng kỳ; chỉ số tồn kho tại thời điểm 31/5/2023 tăng 24,7% so với cùng thời điểm năm trước, chủ yếu ở xi măng và sắt thép.

Xuất khẩu gặp khó

Kim ngạch xuất khẩu giảm do đơn hàng dệt may, giày da sụt giảm mạnh. Riêng tháng 5, kim ngạch xuất khẩu đạt 356 triệu USD, tăng 5,4% so với tháng 4 nhưng giảm 9,1% so với cùng kỳ. Tính chung 5 tháng, có 12/20 nhóm hàng xuất khẩu chủ lực giảm so với cùng kỳ, trong đó hàng dệt may giảm 18,2%, giày da giảm 11,6%. Đến nay, hàng hóa của tỉnh đã có mặt tại 120 quốc gia và vùng lãnh thổ.

Thương mại nội địa tăng trưởng khá nhờ du lịch biển Sầm Sơn vào mùa. Riêng tháng 5, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 12.480 tỷ đồng, tăng 2,6% so với tháng trước. Trên địa bàn tỉnh hiện có 46 siêu thị, 14 trung tâm thương mại và 428 chợ.

Ảnh: Sản xuất giày xuất khẩu tại Công ty TNHH Giày Annora Việt Nam (huyện Nông Cống). Ảnh: Lê Hợi

Mục tiêu cả năm

Năm 2023, tỉnh phấn đấu chỉ số sản xuất công nghiệp tăng 15%; kim ngạch xuất khẩu đạt 4,9 tỷ USD; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 141.300 tỷ đồng. Để hoàn thành kế hoạch, Sở Công Thương đề nghị UBND tỉnh triển khai Kế hoạch số 112/KH-UBND ngày 12/4/2023 về tháo gỡ khó khăn cho doanh nghiệp; tổ chức Hội chợ thương mại quốc tế Việt - Lào - Thái Lan với khoảng 300 gian hàng vào tháng 9.

Văn phòng Sở Công Thương

Tin khác
- Thanh Hóa: 4 tháng, kim ngạch xuất khẩu đạt 1.264 triệu USD
- Hội nghị kết nối cung cầu hàng hóa năm 2023
- Kiểm tra an toàn thực phẩm dịp Tháng hành động

Sở Công Thương Thanh Hóa | Địa chỉ: 45B Nguyễn Trãi, phường Ba Đình, TP Thanh Hóa | ĐT: 0237.3852.364 | Đang truy cập: 38
'''
META = {'published': '2023-06-05', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2023-5M', 'modality': 'actual'}
E = {'modality': 'estimate'}
IIP = {'indicator': 'industrial_production_index'}
RS = {'indicator': 'retail_sales'}
EX = {'indicator': 'export_value'}
IM = {'indicator': 'import_value'}
IO = {'indicator': 'industrial_output_value'}
UP = {'direction': 'up', 'base': 'same_period'}
DN = {'direction': 'down', 'base': 'same_period'}
A = {'base': 'target'}
M5 = {'period': '2023-M05'}
T = {'modality': 'target', 'period': '2023'}
FIGS = [
 ('5 tháng tăng 14,6%\n', '14,6%', 'change', '%', dict(IIP, direction='up')),
 ('ước tăng 14,6% so với cùng kỳ', '14,6%', 'change', '%', dict(**IIP, **E, **UP)),
 ('cả nước giảm 2% so với cùng kỳ', '2%', 'change', '%', dict(**IIP, **E, locality='cả nước', **DN)),
 ('đạt 1.620 triệu USD, bằng 33,1% kế hoạch năm', '1.620 triệu USD', 'level', 'USD', dict(EX)),
 ('bằng 33,1% kế hoạch năm', '33,1%', 'attainment', '%', dict(EX, **A)),
 ('ước tăng 4,2% so với tháng trước', '4,2%', 'change', '%', dict(**IIP, **E, **M5, direction='up', base='previous_period')),
 ('tăng 21,3% so với cùng kỳ', '21,3%', 'change', '%', dict(**IIP, **E, **M5, **UP)),
 ('IIP tăng 14,6%, cao', '14,6%', 'change', '%', dict(IIP, direction='up')),
 ('2010): 78.540 tỷ đồng', '78.540 tỷ đồng', 'level', 'VND', dict(IO)),
 ('bằng 38,6% KH', '38,6%', 'attainment', '%', dict(IO, **A)),
 ('tăng 13,9% CK', '13,9%', 'change', '%', dict(IO, **UP)),
 ('vụ: 58.210 tỷ đồng', '58.210 tỷ đồng', 'level', 'VND', dict(RS)),
 ('bằng 41,2% KH', '41,2%', 'attainment', '%', dict(RS, **A)),
 ('tăng 18,4% CK', '18,4%', 'change', '%', dict(RS, **UP)),
 ('xuất khẩu: 1.620 triệu USD', '1.620 triệu USD', 'level', 'USD', dict(EX)),
 ('bằng 33,1% KH', '33,1%', 'attainment', '%', dict(EX, **A)),
 ('giảm 6,8% CK', '6,8%', 'change', '%', dict(EX, **DN)),
 ('khẩu: 2.950 triệu USD', '2.950 triệu USD', 'level', 'USD', dict(IM)),
 ('bằng 40,4% KH', '40,4%', 'attainment', '%', dict(IM, **A)),
 ('tăng 2,1% CK', '2,1%', 'change', '%', dict(IM, **UP)),
 ('loại 3,52 triệu tấn', '3,52 triệu tấn', 'level', 'tấn', dict()),
 ('(+19,6%)', '19,6%', 'change', '%', dict(UP)),
 ('măng 6,15 triệu tấn', '6,15 triệu tấn', 'level', 'tấn', dict()),
 ('(-8,7%)', '8,7%', 'change', '%', dict(DN)),
 ('dép 82,4 triệu đôi', '82,4 triệu đôi', 'level', 'đôi', dict()),
 ('(+5,3%)', '5,3%', 'change', '%', dict(UP)),
 ('sẵn 110 triệu sản phẩm', '110 triệu sản phẩm', 'level', 'sản phẩm', dict()),
 ('(-12,3%)', '12,3%', 'change', '%', dict(DN)),
 ('5 tháng tăng 9,8% so với cùng kỳ', '9,8%', 'change', '%', dict(UP)),
 ('tăng 24,7% so với cùng thời điểm', '24,7%', 'change', '%', dict(M5, **UP)),
 ('đạt 356 triệu USD', '356 triệu USD', 'level', 'USD', dict(EX, **M5)),
 ('tăng 5,4% so với tháng 4', '5,4%', 'change', '%', dict(**EX, **M5, direction='up', base='previous_period')),
 ('giảm 9,1% so với cùng kỳ', '9,1%', 'change', '%', dict(**EX, **M5, **DN)),
 ('có 12/20 nhóm hàng', '12/20', 'ratio', 'nhóm hàng', dict()),
 ('dệt may giảm 18,2%', '18,2%', 'change', '%', dict(**EX, direction='down')),
 ('giày da giảm 11,6%', '11,6%', 'change', '%', dict(**EX, direction='down')),
 ('tại 120 quốc gia', '120', 'level', 'quốc gia', dict(optional=True)),
 ('ước đạt 12.480 tỷ đồng', '12.480 tỷ đồng', 'level', 'VND', dict(**RS, **E, **M5)),
 ('tăng 2,6% so với tháng trước', '2,6%', 'change', '%', dict(**RS, **E, **M5, direction='up', base='previous_period')),
 ('có 46 siêu thị', '46', 'level', 'siêu thị', dict(M5)),
 ('14 trung tâm thương mại', '14', 'level', 'trung tâm thương mại', dict(M5)),
 ('và 428 chợ', '428', 'level', 'chợ', dict(M5)),
 ('nghiệp tăng 15%', '15%', 'change', '%', dict(**IIP, **T, direction='up')),
 ('đạt 4,9 tỷ USD', '4,9 tỷ USD', 'level', 'USD', dict(EX, **T)),
 ('đạt 141.300 tỷ đồng', '141.300 tỷ đồng', 'level', 'VND', dict(RS, **T)),
 ('khoảng 300 gian hàng', '300', 'level', 'gian hàng', dict(optional=True)),
]
