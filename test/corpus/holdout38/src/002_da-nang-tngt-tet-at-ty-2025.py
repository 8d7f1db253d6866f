# Thành phố Đà Nẵng (before the 2025 merger), police tally over the Tết Ất Tỵ stretch 22/1 - 2/2/2025
# (23 tháng Chạp to mùng 5 Tết). The stretch runs across January and February, inside the first quarter:
# '2025-Q1'. The lunar dates, the decree and its fines, the one crash told as a story, plates, birth
# years, hotlines and "Km 929+500" are no figures.
TEXT = '''
CÔNG AN THÀNH PHỐ ĐÀ NẴNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ › Tin tức - Sự kiện › An toàn giao thông

Tết Ất Tỵ 2025: Đà Nẵng giảm 3 vụ tai nạn giao thông, không xảy ra ùn tắc kéo dài

Đăng ngày: 03/02/2025 16:20 | Cỡ chữ: A- A A+

Từ ngày 22/1 đến hết ngày 2/2/2025 (tức từ 23 tháng Chạp năm Giáp Thìn đến mùng 5 Tết Ất Tỵ), trên địa bàn thành phố xảy ra 6 vụ tai nạn giao thông, làm chết 4 người, bị thương 5 người. So với cùng kỳ Tết Giáp Thìn 2024, giảm 3 vụ (-33,3%), giảm 1 người chết (-20%), tăng 2 người bị thương.

Đây là năm đầu tiên lực lượng chức năng thực hiện mức xử phạt mới theo Nghị định 168/2024/NĐ-CP có hiệu lực từ ngày 1/1/2025, trong đó người điều khiển xe máy vi phạm nồng độ cồn bị phạt từ 2 - 10 triệu đồng và trừ điểm giấy phép lái xe.

Cán bộ Phòng CSGT kiểm tra nồng độ cồn trên đường Võ Nguyên Giáp lúc 22h ngày mùng 2 Tết. Ảnh: CTV

Trong các vụ tai nạn, huyện Hòa Vang xảy ra 3 vụ, làm chết 2 người; quận Liên Chiểu 2 vụ, làm chết 1 người; quận Sơn Trà 1 vụ. Nguyên nhân chủ yếu là điều khiển xe sau khi uống rượu bia, chạy quá tốc độ và đi không đúng phần đường. Ngoài ra, xảy ra 14 vụ va chạm giao thông, làm bị thương 17 người, giảm 5 vụ so với cùng kỳ.

Điển hình, khoảng 23h15 ngày 29/1 (tức mùng 1 Tết), trên đường Nguyễn Tất Thành, xe máy biển kiểm soát 43D1-568.90 do N.V.T. (SN 2006, trú phường Hòa Minh) điều khiển tông vào dải phân cách, khiến T. và người ngồi sau tử vong tại chỗ. Trước đó, lúc 14h30 ngày 27/1, tại Km 929+500 Quốc lộ 1A đoạn qua xã Hòa Phước, một xe ô tô 7 chỗ va chạm với 2 xe máy làm 3 người bị thương.

Xử lý gần 3.900 trường hợp vi phạm

Trong đợt cao điểm, Phòng CSGT và Công an các quận, huyện đã phát hiện, xử lý 3.862 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền hơn 9,4 tỷ đồng; tước giấy phép lái xe 742 trường hợp, tạm giữ 615 phương tiện. Riêng vi phạm nồng độ cồn có 2.104 trường hợp, chiếm 54,5% tổng số vi phạm, tăng 37,8% so với cùng kỳ.

Các tổ công tác làm việc 24/24 giờ tại 12 chốt cố định, tập trung vào khung giờ từ 18h đến 2h sáng hôm sau. Sau Tết, lưu lượng xe qua hầm Hải Vân tăng mạnh vào chiều mùng 5, lực lượng chức năng phân luồng từ 15h đến 21h, không để xảy ra ùn tắc kéo dài.

Về trật tự xã hội, phạm pháp hình sự xảy ra 9 vụ, giảm 4 vụ so với Tết năm trước; đã điều tra làm rõ 8/9 vụ, đạt 88,9%. Công an thành phố thu giữ 86,5 kg pháo nổ và 1.240 quả pháo hoa các loại, khởi tố 3 vụ tàng trữ, mua bán trái phép pháo nổ. Xảy ra 2 vụ cháy nhỏ, không có thiệt hại về người, thiệt hại tài sản khoảng 120 triệu đồng.

Đêm Giao thừa, chương trình bắn pháo hoa tại 3 điểm (công viên Biển Đông, bờ Đông cầu Rồng và xã Hòa Tiến) thu hút khoảng 120.000 lượt người đến xem; lực lượng Công an huy động 1.150 cán bộ, chiến sĩ bảo đảm an ninh.

Theo thống kê của Sở Y tế, các bệnh viện tuyến thành phố và Bệnh viện 199 tiếp nhận 1.036 lượt cấp cứu liên quan đến tai nạn giao thông, tăng 4,2% so với Tết năm trước.

Trên phạm vi cả nước, theo Cục Cảnh sát giao thông, 9 ngày nghỉ Tết Nguyên đán Ất Tỵ xảy ra 346 vụ tai nạn giao thông, làm chết 201 người, bị thương 248 người; so với cùng kỳ giảm 9,4% số vụ.

Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng Phòng CSGT: 0236.3822.466 hoặc tổng đài 113, 1022.

Phòng Tham mưu

Tin khác
- Đà Nẵng: ra quân cao điểm bảo đảm trật tự giao thông 45 ngày đêm
- Tạm giữ 26 xe máy vi phạm nồng độ cồn trong đêm 28 Tết
- Khởi tố 2 đối tượng buôn bán 40 kg pháo nổ
'''
META = {'published': '2025-02-03', 'locality': 'thành phố Đà Nẵng'}
DEFAULTS = {'locality': 'thành phố Đà Nẵng', 'period': '2025-Q1', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
TA = {'indicator': 'traffic_accidents'}
TD = {'indicator': 'traffic_deaths'}
TI = {'indicator': 'traffic_injuries'}
HV = {'locality': 'huyện Hòa Vang'}
LC = {'locality': 'quận Liên Chiểu'}
CN = {'locality': 'cả nước'}
FIGS = [
 ('Đà Nẵng giảm 3 vụ', '3', 'change', 'vụ', dict(TA, **D)),
 ('xảy ra 6 vụ', '6', 'level', 'vụ', dict(TA)),
 ('làm chết 4 người', '4', 'level', 'người', dict(TD)),
 ('bị thương 5 người', '5', 'level', 'người', dict(TI)),
 ('2024, giảm 3 vụ', '3', 'change', 'vụ', dict(TA, **D, **S)),
 ('(-33,3%)', '33,3%', 'change', '%', dict(TA, **D, **S)),
 ('giảm 1 người chết', '1', 'change', 'người', dict(TD, **D, **S)),
 ('(-20%)', '20%', 'change', '%', dict(TD, **D, **S)),
 ('tăng 2 người bị thương', '2', 'change', 'người', dict(TI, **U, **S)),
 ('từ 2 - 10 triệu đồng', '2 - 10 triệu đồng', 'level', 'VND', dict(optional=True)),
 ('xảy ra 3 vụ, làm', '3', 'level', 'vụ', dict(TA, **HV)),
 ('làm chết 2 người', '2', 'level', 'người', dict(TD, **HV)),
 ('Chiểu 2 vụ', '2', 'level', 'vụ', dict(TA, **LC)),
 ('làm chết 1 người', '1', 'level', 'người', dict(TD, **LC)),
 ('Trà 1 vụ', '1', 'level', 'vụ', dict(TA, locality='quận Sơn Trà')),
 ('ra 14 vụ va chạm', '14', 'level', 'vụ', dict()),
 ('thương 17 người', '17', 'level', 'người', dict()),
 ('giảm 5 vụ', '5', 'change', 'vụ', dict(**D, **S)),
 ('gần 3.900 trường hợp', '3.900', 'level', 'trường hợp', dict(bound='nearly')),
 ('xử lý 3.862 trường hợp', '3.862', 'level', 'trường hợp', dict()),
 ('hơn 9,4 tỷ đồng', '9,4 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('xe 742 trường hợp', '742', 'level', 'trường hợp', dict()),
 ('giữ 615 phương tiện', '615', 'level', 'phương tiện', dict()),
 ('có 2.104 trường hợp', '2.104', 'level', 'trường hợp', dict()),
 ('chiếm 54,5%', '54,5%', 'level', '%', dict()),
 ('tăng 37,8%', '37,8%', 'change', '%', dict(**U, **S)),
 ('tại 12 chốt', '12', 'level', 'chốt', dict(optional=True)),
 ('xảy ra 9 vụ', '9', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 4 vụ', '4', 'change', 'vụ', dict(indicator='crime', **D, **S)),
 ('rõ 8/9 vụ', '8/9', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('đạt 88,9%', '88,9%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('giữ 86,5 kg', '86,5 kg', 'level', 'kg', dict()),
 ('và 1.240 quả', '1.240', 'level', 'quả', dict()),
 ('khởi tố 3 vụ', '3', 'level', 'vụ', dict()),
 ('ra 2 vụ cháy', '2', 'level', 'vụ', dict()),
 ('khoảng 120 triệu đồng', '120 triệu đồng', 'level', 'VND', dict(bound='about')),
 ('tại 3 điểm', '3', 'level', 'điểm', dict(optional=True)),
 ('khoảng 120.000 lượt người', '120.000', 'level', 'lượt người', dict(optional=True)),
 ('động 1.150 cán bộ', '1.150', 'level', 'cán bộ', dict(optional=True)),
 ('nhận 1.036 lượt', '1.036', 'level', 'lượt cấp cứu', dict()),
 ('tăng 4,2%', '4,2%', 'change', '%', dict(**U, **S)),
 ('xảy ra 346 vụ', '346', 'level', 'vụ', dict(TA, **CN)),
 ('chết 201 người', '201', 'level', 'người', dict(TD, **CN)),
 ('thương 248 người', '248', 'level', 'người', dict(TI, **CN)),
 ('giảm 9,4%', '9,4%', 'change', '%', dict(TA, **CN, **D, **S)),
]
