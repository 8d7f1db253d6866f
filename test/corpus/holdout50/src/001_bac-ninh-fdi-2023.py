TEXT = '''
BÁO BẮC NINH
Thứ Tư, 27/12/2023 - 16:42

Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc | Ảnh

Năm 2023: Bắc Ninh thu hút gần 4,7 tỷ USD vốn FDI, dẫn đầu cả nước

(BNP) - Năm 2023, tổng vốn đầu tư trực tiếp nước ngoài (FDI) thu hút vào tỉnh Bắc Ninh ước đạt gần 4,7 tỷ USD, gấp 2,8 lần năm 2022 và bằng 313% kế hoạch năm; đây là lần đầu tiên tỉnh dẫn đầu cả nước về thu hút FDI.

Theo Sở Kế hoạch và Đầu tư, trong năm 2023, toàn tỉnh cấp mới 426 dự án FDI với tổng vốn đăng ký 2,98 tỷ USD; điều chỉnh tăng vốn cho 167 lượt dự án với số vốn tăng thêm 1,33 tỷ USD; góp vốn, mua cổ phần 176 lượt với giá trị 384,6 triệu USD. Số dự án cấp mới tăng 31,5% so với năm 2022, nhưng quy mô vốn bình quân một dự án đạt khoảng 7 triệu USD, cao hơn nhiều so với giai đoạn trước.

Nhà đầu tư đến từ 22 quốc gia và vùng lãnh thổ. Trung Quốc, Hồng Kông (Trung Quốc) và Hàn Quốc là ba đối tác dẫn đầu với số vốn lần lượt là 1,84 tỷ USD, 962 triệu USD và 715 triệu USD, chiếm tổng cộng 74,8% vốn đăng ký. Đáng chú ý, Tập đoàn Amkor Technology (Mỹ) điều chỉnh tăng vốn dự án tại KCN Yên Phong II-C thêm 1,07 tỷ USD, nâng tổng vốn đầu tư lên 1,6 tỷ USD.

Dây chuyền sản xuất linh kiện điện tử tại KCN Quế Võ. Ảnh: Việt Hùng

Cùng với FDI, thu hút đầu tư trong nước cũng khởi sắc. Năm 2023, tỉnh cấp mới và điều chỉnh tăng vốn cho 112 dự án đầu tư trong nước với tổng vốn đăng ký 28.640 tỷ đồng, tăng 12,6% so với năm trước; trong đó có 9 dự án hạ tầng khu, cụm công nghiệp với tổng vốn gần 11.200 tỷ đồng.

Lũy kế đến nay, trên địa bàn tỉnh có 2.102 dự án FDI còn hiệu lực với tổng vốn đăng ký trên 24,3 tỷ USD, đứng thứ 4 cả nước; 1.738 dự án đầu tư trong nước với tổng vốn khoảng 291.000 tỷ đồng.

Quỹ đất công nghiệp được mở rộng

Bắc Ninh hiện có 16 KCN được Thủ tướng Chính phủ phê duyệt với tổng diện tích 7.570 ha, trong đó 10 KCN đã đi vào hoạt động. Tỷ lệ lấp đầy bình quân các KCN đang hoạt động đạt 75,4%, tăng 3,2 điểm phần trăm so với cuối năm 2022; riêng KCN Yên Phong và KCN Quế Võ đạt trên 95%. Giá thuê đất công nghiệp dao động 120 - 180 USD/m2 cho cả chu kỳ thuê.

Các doanh nghiệp trong KCN năm 2023 đạt doanh thu khoảng 107 tỷ USD, giảm 9,3% so với năm 2022; kim ngạch xuất khẩu ước đạt 39,6 tỷ USD, chiếm 86,2% kim ngạch xuất khẩu toàn tỉnh; nộp ngân sách 8.420 tỷ đồng. Số lao động đang làm việc tại các KCN là 306.450 người, thu nhập bình quân 9,1 triệu đồng/người/tháng.

Theo ông Nguyễn Văn Phong, Phó Giám đốc Sở Kế hoạch và Đầu tư, kết quả trên có được nhờ tỉnh tập trung cải cách thủ tục hành chính, rút ngắn thời gian cấp giấy chứng nhận đăng ký đầu tư xuống còn 3 - 5 ngày làm việc. "Chúng tôi không chạy theo số lượng mà ưu tiên các dự án công nghệ cao, suất đầu tư từ 5 triệu USD/ha trở lên", ông Phong nói.

Năm 2024, tỉnh phấn đấu thu hút từ 1,5 - 2 tỷ USD vốn FDI và khoảng 20.000 tỷ đồng vốn đầu tư trong nước; nâng tỷ lệ lấp đầy các KCN đang hoạt động lên ít nhất 80%.

Thanh Hà - Việt Hùng

Tin liên quan:
- Khánh thành nhà máy thứ 3 của Foxconn tại KCN Quang Châu (20/12/2023)
- 11 tháng, xuất khẩu đạt 46,5 tỷ USD (05/12/2023)
- Hội nghị xúc tiến đầu tư vào Bắc Ninh tại Hàn Quốc thu hút 12 doanh nghiệp ký kết (18/10/2023)

Cơ quan chủ quản: Tỉnh ủy Bắc Ninh. Giấy phép số 163/GP-BTTTT. Địa chỉ: số 11 Nguyễn Đăng Đạo, TP. Bắc Ninh. ĐT: 0222.3822.494
'''
META = {'published': '2023-12-27', 'locality': 'tỉnh Bắc Ninh'}
DEFAULTS = {'locality': 'tỉnh Bắc Ninh', 'period': '2023', 'modality': 'actual'}
E = dict(modality='estimate')
F = dict(indicator='fdi')
T = dict(modality='target', period='2024')
FIGS = [
 ('thu hút gần 4,7 tỷ USD vốn FDI, dẫn', '4,7 tỷ USD', 'level', 'USD', dict(F, bound='nearly')),
 ('ước đạt gần 4,7 tỷ USD', '4,7 tỷ USD', 'level', 'USD', dict(F, **E, bound='nearly')),
 ('gấp 2,8 lần năm 2022', '2,8', 'change', 'lần', dict(F, **E, direction='up', base='2022')),
 ('bằng 313% kế hoạch', '313%', 'attainment', '%', dict(F, **E, base='target')),
 ('mới 426 dự án', '426', 'level', 'dự án', dict()),
 ('ký 2,98 tỷ USD', '2,98 tỷ USD', 'level', 'USD', dict(F)),
 ('cho 167 lượt dự án', '167', 'level', 'lượt dự án', dict()),
 ('thêm 1,33 tỷ USD', '1,33 tỷ USD', 'level', 'USD', dict(F)),
 ('phần 176 lượt', '176', 'level', 'lượt', dict()),
 ('trị 384,6 triệu USD', '384,6 triệu USD', 'level', 'USD', dict(F)),
 ('tăng 31,5% so với năm 2022', '31,5%', 'change', '%', dict(direction='up', base='2022')),
 ('khoảng 7 triệu USD', '7 triệu USD', 'level', 'USD', dict(bound='about')),
 ('từ 22 quốc gia', '22', 'level', 'quốc gia', dict(optional=True)),
 ('là 1,84 tỷ USD', '1,84 tỷ USD', 'level', 'USD', dict(F)),
 ('USD, 962 triệu USD', '962 triệu USD', 'level', 'USD', dict(F)),
 ('và 715 triệu USD', '715 triệu USD', 'level', 'USD', dict(F)),
 ('chiếm tổng cộng 74,8%', '74,8%', 'level', '%', dict(F)),
 ('3 - 5 ngày', '3 - 5', 'level', 'ngày', dict(optional=True)),
 ('cho 112 dự án', '112', 'level', 'dự án', dict()),
 ('ký 28.640 tỷ đồng', '28.640 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 12,6% so với năm trước', '12,6%', 'change', '%', dict(direction='up', base='2022')),
 ('có 9 dự án hạ tầng', '9', 'level', 'dự án', dict(optional=True)),
 ('gần 11.200 tỷ đồng', '11.200 tỷ đồng', 'level', 'VND', dict(bound='nearly')),
 ('có 2.102 dự án', '2.102', 'level', 'dự án', dict()),
 ('trên 24,3 tỷ USD', '24,3 tỷ USD', 'level', 'USD', dict(F, bound='over')),
 ('1.738 dự án', '1.738', 'level', 'dự án', dict()),
 ('khoảng 291.000 tỷ đồng', '291.000 tỷ đồng', 'level', 'VND', dict(bound='about')),
 ('có 16 KCN', '16', 'level', 'khu công nghiệp', dict(optional=True)),
 ('tích 7.570 ha', '7.570 ha', 'level', 'ha', dict(optional=True)),
 ('đó 10 KCN', '10', 'level', 'khu công nghiệp', dict(optional=True)),
 ('đạt 75,4%', '75,4%', 'level', '%', dict()),
 ('tăng 3,2 điểm phần trăm', '3,2 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='2022')),
 ('đạt trên 95%', '95%', 'level', '%', dict(bound='over')),
 ('120 - 180 USD/m2', '120 - 180 USD/m2', 'level', 'USD/m2', dict()),
 ('khoảng 107 tỷ USD', '107 tỷ USD', 'level', 'USD', dict(bound='about')),
 ('giảm 9,3% so với năm 2022', '9,3%', 'change', '%', dict(direction='down', base='2022')),
 ('ước đạt 39,6 tỷ USD', '39,6 tỷ USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('chiếm 86,2%', '86,2%', 'level', '%', dict(E, indicator='export_value')),
 ('sách 8.420 tỷ đồng', '8.420 tỷ đồng', 'level', 'VND', dict()),
 ('là 306.450 người', '306.450', 'level', 'người', dict()),
 ('9,1 triệu đồng/người/tháng', '9,1 triệu đồng/người/tháng', 'level', 'VND/người/tháng', dict()),
 ('từ 1,5 - 2 tỷ USD', '1,5 - 2 tỷ USD', 'level', 'USD', dict(F, **T)),
 ('khoảng 20.000 tỷ đồng', '20.000 tỷ đồng', 'level', 'VND', dict(T, bound='about')),
 ('ít nhất 80%', '80%', 'level', '%', dict(T, direction='up', bound='at_least')),
]
