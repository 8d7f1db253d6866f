TEXT = '''
SỞ TÀI CHÍNH TỈNH NGHỆ AN
Cổng thông tin điện tử
Giới thiệu | Tin tức - Sự kiện | Ngân sách nhà nước | Giá - Công sản | Văn bản | Thủ tục hành chính | Hỏi đáp

Trang chủ > Tin tức - Sự kiện > Ngân sách nhà nước

Thu ngân sách 9 tháng năm 2024 ước đạt 15.102 tỷ đồng, bằng 98,2% dự toán

03/10/2024 | Phòng Quản lý ngân sách | In bài | Cỡ chữ A- A+

Luỹ kế từ đầu năm đến hết tháng 9/2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Nghệ An ước đạt 15.102 tỷ đồng, bằng 98,2% dự toán HĐND tỉnh giao, tăng 21,4% so với cùng kỳ.

Theo báo cáo của Sở Tài chính trình phiên họp thường kỳ tháng 9 của Uỷ ban nhân dân tỉnh, dự toán thu ngân sách năm 2024 Trung ương giao cho tỉnh là 14.322 tỷ đồng; HĐND tỉnh giao 15.380 tỷ đồng theo Nghị quyết số 28/2023/NQ-HĐND ngày 8/12/2023. Như vậy, sau 9 tháng, số thu đã bằng 105,4% dự toán Trung ương giao, về đích dự toán Trung ương sớm hơn năm trước.

Riêng tháng 9/2024, thu ngân sách trên địa bàn ước đạt 1.486 tỷ đồng, giảm 6,3% so với tháng trước do một số khoản thu tiền sử dụng đất dồn vào tháng 8, nhưng vẫn tăng 12,8% so với cùng kỳ năm 2023.

Kết quả thu 9 tháng theo khu vực (tăng, giảm so với cùng kỳ):
- Thu nội địa: 13.690 tỷ đồng, đạt 100,7% dự toán (+23,9%);
- Thu từ hoạt động xuất nhập khẩu: 1.412 tỷ đồng, đạt 78,4% dự toán (-1,6%).

Trong thu nội địa, thu tiền sử dụng đất đạt 4.215 tỷ đồng, bằng 120,4% dự toán (+41,2%), là khoản đóng góp lớn nhất vào mức tăng chung. Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài 1.038 tỷ đồng (+35,7%) nhờ các nhà máy linh kiện điện tử tại Khu công nghiệp VSIP Nghệ An và WHA Industrial Zone 1 mở rộng sản xuất. Ngược lại, thu từ doanh nghiệp nhà nước trung ương chỉ đạt 512 tỷ đồng (-8,5%); thu từ khu vực ngoài quốc doanh 2.964 tỷ đồng, bằng 71,6% dự toán (-3,2%) do nhiều doanh nghiệp xây dựng, vận tải thuỷ gặp khó khăn. Thu thuế bảo vệ môi trường 1.105 tỷ đồng, bằng 88,4% dự toán (+6,1%); thu phí, lệ phí 498 tỷ đồng, vượt 4,2% dự toán năm.

Trong tháng 9, ngành thuế đã hoàn thuế giá trị gia tăng cho 46 doanh nghiệp với số tiền 286 tỷ đồng; luỹ kế từ đầu năm hoàn 1.342 tỷ đồng, tăng 18,7% so với cùng kỳ, chủ yếu cho doanh nghiệp xuất khẩu gỗ, dệt may.

Tốc độ tăng thu của tỉnh cao hơn bình quân cả nước (cả nước tăng 16,8% so với cùng kỳ). Nghệ An tiếp tục đứng thứ ba khu vực Bắc Trung Bộ về quy mô thu ngân sách, sau Thanh Hoá và Hà Tĩnh.

Theo địa bàn, có 17/21 huyện, thành phố, thị xã thu đạt trên 75% dự toán; thành phố Vinh thu 4.862 tỷ đồng, đạt 93,5% dự toán. Còn 4 huyện miền núi gồm Kỳ Sơn, Tương Dương, Quế Phong và Con Cuông thu đạt thấp, chủ yếu do thu tiền sử dụng đất chưa đạt tiến độ.

Về chi ngân sách, tổng chi ngân sách địa phương luỹ kế 9 tháng ước 22.746 tỷ đồng, đạt 68,1% dự toán, tăng 9,3% so với cùng kỳ. Trong đó chi đầu tư phát triển 7.985 tỷ đồng, đạt 61,7%; chi thường xuyên 14.522 tỷ đồng, đạt 72,4% dự toán.

Công tác quản lý nợ thuế được đẩy mạnh: 9 tháng, ngành thuế thu hồi 312 tỷ đồng nợ đọng, giảm tổng nợ thuế xuống còn 1.126 tỷ đồng. Từ đầu năm, tỉnh đã triển khai hoá đơn điện tử khởi tạo từ máy tính tiền cho 3.420 hộ kinh doanh, đạt 114% kế hoạch.

Nhiệm vụ quý IV

Để hoàn thành dự toán năm, Sở Tài chính đề nghị phấn đấu thu ngân sách cả năm 2024 đạt 17.500 tỷ đồng, vượt 13,8% dự toán HĐND tỉnh giao. Trong đó, thu tiền sử dụng đất quý IV phải đạt ít nhất 1.200 tỷ đồng. Các huyện có tỷ lệ thu dưới 60% phải có kế hoạch đấu giá đất cụ thể trước ngày 31/10.

Bà Nguyễn Thị Hoài An, 52 tuổi, chủ hộ kinh doanh trên đường Lê Lợi (phường Hưng Bình), cho biết từ tháng 5 cửa hàng đã dùng hoá đơn điện tử và kê khai nhanh hơn trước.

Phòng Quản lý ngân sách - Sở Tài chính

Các tin khác:
- Hướng dẫn xây dựng dự toán ngân sách năm 2025 (25/9/2024)
- Thu ngân sách 8 tháng đạt 88,5% dự toán (04/9/2024)
- Công khai quyết toán ngân sách địa phương năm 2023 (20/8/2024)

Bản quyền thuộc Sở Tài chính tỉnh Nghệ An. Địa chỉ: số 18 đường Trường Thi, TP. Vinh. Điện thoại: 0238.3844.556 | Số lượt truy cập: 2.481.907
'''
META = {'published': '2024-10-03', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2024-9M', 'modality': 'actual', 'indicator': 'budget_revenue'}
E = {'modality': 'estimate'}
A = {'base': 'target'}
UP = {'direction': 'up', 'base': 'same_period'}
DN = {'direction': 'down', 'base': 'same_period'}
UPX = {'direction': 'up'}
DNX = {'direction': 'down'}
PLAN = {'modality': 'target', 'period': '2024'}
EXP = {'indicator': 'budget_expenditure'}
FIGS = [
 ('ước đạt 15.102 tỷ đồng, bằng 98,2% dự toán\n', '15.102 tỷ đồng', 'level', 'VND', dict(E)),
 ('bằng 98,2% dự toán\n', '98,2%', 'attainment', '%', dict(E, **A)),
 ('ước đạt 15.102 tỷ đồng, bằng 98,2% dự toán HĐND', '15.102 tỷ đồng', 'level', 'VND', dict(E)),
 ('bằng 98,2% dự toán HĐND', '98,2%', 'attainment', '%', dict(E, **A)),
 ('tăng 21,4% so với cùng kỳ', '21,4%', 'change', '%', dict(E, **UP)),
 ('là 14.322 tỷ đồng', '14.322 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('giao 15.380 tỷ đồng', '15.380 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('bằng 105,4% dự toán', '105,4%', 'attainment', '%', dict(A)),
 ('ước đạt 1.486 tỷ đồng', '1.486 tỷ đồng', 'level', 'VND', dict(E, period='2024-M09')),
 ('giảm 6,3% so với tháng trước', '6,3%', 'change', '%', dict(E, period='2024-M09', direction='down', base='previous_period')),
 ('tăng 12,8% so với cùng kỳ', '12,8%', 'change', '%', dict(E, period='2024-M09', **UP)),
 ('Thu nội địa: 13.690 tỷ đồng', '13.690 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 100,7% dự toán', '100,7%', 'attainment', '%', dict(A)),
 ('(+23,9%)', '23,9%', 'change', '%', dict(UP)),
 ('khẩu: 1.412 tỷ đồng', '1.412 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 78,4% dự toán', '78,4%', 'attainment', '%', dict(A)),
 ('(-1,6%)', '1,6%', 'change', '%', dict(DN)),
 ('đạt 4.215 tỷ đồng', '4.215 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 120,4% dự toán', '120,4%', 'attainment', '%', dict(A)),
 ('(+41,2%)', '41,2%', 'change', '%', dict(UPX)),
 ('ngoài 1.038 tỷ đồng', '1.038 tỷ đồng', 'level', 'VND', dict()),
 ('(+35,7%)', '35,7%', 'change', '%', dict(UPX)),
 ('đạt 512 tỷ đồng', '512 tỷ đồng', 'level', 'VND', dict()),
 ('(-8,5%)', '8,5%', 'change', '%', dict(DNX)),
 ('doanh 2.964 tỷ đồng', '2.964 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 71,6% dự toán', '71,6%', 'attainment', '%', dict(A)),
 ('(-3,2%)', '3,2%', 'change', '%', dict(DNX)),
 ('cả nước tăng 16,8%', '16,8%', 'change', '%', dict(UP, locality='cả nước')),
 ('có 17/21 huyện', '17/21', 'ratio', 'huyện', dict(indicator=None)),
 ('Vinh thu 4.862 tỷ đồng', '4.862 tỷ đồng', 'level', 'VND', dict(locality='thành phố Vinh')),
 ('đạt 93,5% dự toán', '93,5%', 'attainment', '%', dict(A, locality='thành phố Vinh')),
 ('Còn 4 huyện', '4', 'level', 'huyện', dict(optional=True)),
 ('ước 22.746 tỷ đồng', '22.746 tỷ đồng', 'level', 'VND', dict(E, **EXP)),
 ('đạt 68,1% dự toán', '68,1%', 'attainment', '%', dict(E, **A, **EXP)),
 ('tăng 9,3% so với cùng kỳ', '9,3%', 'change', '%', dict(E, **UP, **EXP)),
 ('triển 7.985 tỷ đồng', '7.985 tỷ đồng', 'level', 'VND', dict(EXP)),
 ('đạt 61,7%', '61,7%', 'attainment', '%', dict(A, **EXP)),
 ('xuyên 14.522 tỷ đồng', '14.522 tỷ đồng', 'level', 'VND', dict(EXP)),
 ('đạt 72,4% dự toán', '72,4%', 'attainment', '%', dict(A, **EXP)),
 ('thu hồi 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', dict(indicator=None)),
 ('còn 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', dict(indicator=None, direction='down')),
 ('cho 3.420 hộ kinh doanh', '3.420', 'level', 'hộ kinh doanh', dict(indicator=None)),
 ('đạt 114% kế hoạch', '114%', 'attainment', '%', dict(A, indicator=None)),
 ('đạt 17.500 tỷ đồng', '17.500 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('vượt 13,8% dự toán', '13,8%', 'change', '%', dict(PLAN, direction='up', base='target', status='exceeded')),
 ('ít nhất 1.200 tỷ đồng', '1.200 tỷ đồng', 'level', 'VND', dict(modality='target', period='2024-Q4', bound='at_least')),
 ('trường 1.105 tỷ đồng', '1.105 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 88,4% dự toán', '88,4%', 'attainment', '%', dict(A)),
 ('(+6,1%)', '6,1%', 'change', '%', dict(UPX)),
 ('lệ phí 498 tỷ đồng', '498 tỷ đồng', 'level', 'VND', dict()),
 ('vượt 4,2% dự toán năm', '4,2%', 'change', '%', dict(direction='up', base='target', status='exceeded')),
 ('cho 46 doanh nghiệp', '46', 'level', 'doanh nghiệp', dict(indicator=None, period='2024-M09')),
 ('tiền 286 tỷ đồng', '286 tỷ đồng', 'level', 'VND', dict(indicator=None, period='2024-M09')),
 ('hoàn 1.342 tỷ đồng', '1.342 tỷ đồng', 'level', 'VND', dict(indicator=None)),
 ('tăng 18,7% so với cùng kỳ', '18,7%', 'change', '%', dict(indicator=None, **UP)),
]
