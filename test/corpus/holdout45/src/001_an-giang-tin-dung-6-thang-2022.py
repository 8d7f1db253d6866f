TEXT = '''
BÁO AN GIANG ONLINE
Thứ Sáu, 15/07/2022 - 08:12 (GMT+7)

Trang chủ | Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Ảnh | Video

Kinh tế

Dư nợ tín dụng trên địa bàn An Giang tăng 7,1% so với đầu năm

(BAG) - Theo Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh An Giang, đến cuối tháng 6/2022, tổng dư nợ cho vay của các tổ chức tín dụng trên địa bàn tỉnh đạt 91.420 tỷ đồng, tăng 7,1% so với đầu năm; tổng nguồn vốn huy động đạt 72.850 tỷ đồng, tăng 3,4%.

Sáng 14/7, Ngân hàng Nhà nước Chi nhánh tỉnh An Giang tổ chức hội nghị sơ kết hoạt động ngân hàng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Dự hội nghị có Phó Chủ tịch UBND tỉnh Trần Anh Thư và lãnh đạo 42 tổ chức tín dụng, chi nhánh tổ chức tín dụng trên địa bàn.

Báo cáo tại hội nghị cho biết, vốn huy động tăng chậm do cạnh tranh lãi suất giữa các ngân hàng và một bộ phận người dân chuyển sang kênh đầu tư khác. Trong tổng nguồn vốn huy động, tiền gửi tiết kiệm chiếm 78,6%, tiền gửi thanh toán 21,4%. Huy động bằng ngoại tệ quy đổi khoảng 1.240 tỷ đồng, giảm 5,8% so với cuối năm 2021.

Trong 6 tháng đầu năm, doanh số cho vay đạt 68.940 tỷ đồng, tăng 9,2% so với cùng kỳ; doanh số thu nợ 62.780 tỷ đồng.

Tín dụng tiếp tục tập trung vào các lĩnh vực ưu tiên. Dư nợ cho vay nông nghiệp, nông thôn đạt 52.360 tỷ đồng, chiếm 57,3% tổng dư nợ; dư nợ cho vay doanh nghiệp nhỏ và vừa 14.870 tỷ đồng; cho vay xuất khẩu 6.215 tỷ đồng, tăng 12,6%. Riêng chương trình hỗ trợ lãi suất 2%/năm theo Nghị định số 31/2022/NĐ-CP của Chính phủ, đến nay các ngân hàng mới giải ngân 18,5 tỷ đồng cho 3 khách hàng.

Chất lượng tín dụng được kiểm soát. Nợ xấu của các tổ chức tín dụng trên địa bàn là 1.006 tỷ đồng, chiếm 1,1% tổng dư nợ, giảm 0,15 điểm phần trăm so với cuối năm 2021.

Ảnh: Khách hàng giao dịch tại một chi nhánh ngân hàng trên đường Hai Bà Trưng, phường Mỹ Long, TP. Long Xuyên. Ảnh: HỮU HUYNH

Lãi suất cho vay bằng đồng Việt Nam phổ biến ở mức 6 - 9%/năm đối với ngắn hạn và 9 - 11%/năm đối với trung, dài hạn. Lãi suất huy động kỳ hạn dưới 6 tháng từ 3,1 - 4%/năm; kỳ hạn từ 12 tháng trở lên từ 5,6 - 7,1%/năm.

Ông Nguyễn Hoàng Nam, Giám đốc Ngân hàng Nhà nước Chi nhánh tỉnh An Giang cho biết, tốc độ tăng trưởng tín dụng của tỉnh thấp hơn mức bình quân cả nước (9,35%), do nhu cầu vốn của doanh nghiệp chế biến thủy sản, lương thực chưa phục hồi hoàn toàn sau dịch Covid-19.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Trần Anh Thư đề nghị ngành ngân hàng đẩy mạnh giải ngân chương trình phục hồi, phát triển kinh tế - xã hội, phấn đấu tăng trưởng tín dụng cả năm 2022 đạt khoảng 12%, tỷ lệ nợ xấu dưới 2%.

HỮU HUYNH

Tin liên quan
- An Giang: Thu ngân sách 6 tháng đạt 62% dự toán (12/07/2022)
- Agribank An Giang dành 2.000 tỷ đồng cho vay ưu đãi nông dân (08/07/2022)
- Giá lúa tăng 200 đồng/kg sau 2 tuần (05/07/2022)

Báo An Giang - Tòa soạn: 316 Hùng Vương, phường Mỹ Long, TP. Long Xuyên. ĐT: (0296) 3852 404. Giấy phép số 459/GP-BTTTT.
'''
META = {'published': '2022-07-15', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2022-M06', 'modality': 'actual'}
H1 = {'period': '2022-H1'}
T = {'period': '2022', 'modality': 'target'}
FIGS = [
 ('An Giang tăng 7,1% so với đầu năm', '7,1%', 'change', '%', dict(direction='up', base='previous_period')),
 ('đạt 91.420 tỷ đồng', '91.420 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 7,1% so với đầu năm;', '7,1%', 'change', '%', dict(direction='up', base='previous_period')),
 ('đạt 72.850 tỷ đồng', '72.850 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 3,4%', '3,4%', 'change', '%', dict(direction='up')),
 ('lãnh đạo 42 tổ chức', '42', 'level', 'tổ chức tín dụng', dict(optional=True)),
 ('chiếm 78,6%', '78,6%', 'level', '%', dict()),
 ('thanh toán 21,4%', '21,4%', 'level', '%', dict()),
 ('khoảng 1.240 tỷ đồng', '1.240 tỷ đồng', 'level', 'VND', dict(bound='about')),
 ('giảm 5,8% so với cuối năm 2021', '5,8%', 'change', '%', dict(direction='down', base='2021')),
 ('đạt 68.940 tỷ đồng', '68.940 tỷ đồng', 'level', 'VND', dict(H1)),
 ('tăng 9,2% so với cùng kỳ', '9,2%', 'change', '%', dict(H1, direction='up', base='same_period')),
 ('nợ 62.780 tỷ đồng', '62.780 tỷ đồng', 'level', 'VND', dict(H1)),
 ('đạt 52.360 tỷ đồng', '52.360 tỷ đồng', 'level', 'VND', dict(H1)),
 ('chiếm 57,3%', '57,3%', 'level', '%', dict(H1)),
 ('vừa 14.870 tỷ đồng', '14.870 tỷ đồng', 'level', 'VND', dict(H1)),
 ('khẩu 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', dict(H1)),
 ('tăng 12,6%', '12,6%', 'change', '%', dict(H1, direction='up')),
 ('lãi suất 2%/năm', '2%', 'level', '%', dict(optional=True)),
 ('giải ngân 18,5 tỷ đồng', '18,5 tỷ đồng', 'level', 'VND', dict(H1)),
 ('cho 3 khách hàng', '3', 'level', 'khách hàng', dict(H1)),
 ('là 1.006 tỷ đồng', '1.006 tỷ đồng', 'level', 'VND', dict(H1)),
 ('chiếm 1,1%', '1,1%', 'level', '%', dict(H1)),
 ('giảm 0,15 điểm phần trăm', '0,15 điểm phần trăm', 'change', 'điểm %', dict(H1, direction='down', base='2021')),
 ('mức 6 - 9%/năm', '6 - 9%', 'level', '%', dict(H1)),
 ('và 9 - 11%/năm', '9 - 11%', 'level', '%', dict(H1)),
 ('từ 3,1 - 4%/năm', '3,1 - 4%', 'level', '%', dict(H1)),
 ('từ 5,6 - 7,1%/năm', '5,6 - 7,1%', 'level', '%', dict(H1)),
 ('cả nước (9,35%)', '9,35%', 'level', '%', dict(H1, locality='cả nước')),
 ('khoảng 12%', '12%', 'level', '%', dict(T, bound='about')),
 ('dưới 2%', '2%', 'level', '%', dict(T, bound='under')),
]
