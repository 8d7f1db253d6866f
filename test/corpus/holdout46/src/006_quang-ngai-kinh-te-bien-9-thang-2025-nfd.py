NFD = True
TEXT = '''
BÁO QUẢNG NGÃI
Thời sự | Kinh tế | Biển đảo | Du lịch | Xã hội | Văn hóa | Miền núi
Thứ Tư, 08/10/2025, 07:45 [GMT+7]

Kinh tế biển

Kinh tế biển tạo đà tăng trưởng cho tỉnh Quảng Ngãi

(Baoquangngai.vn) - 9 tháng năm 2025, kinh tế biển tiếp tục là động lực tăng trưởng của tỉnh Quảng Ngãi (mới): hàng hóa qua cảng biển Dung Quất ước đạt 33,6 triệu tấn; tổng sản lượng thủy sản đạt 208.400 tấn; đặc khu Lý Sơn đón hơn 402.000 lượt khách.

Cảng biển Dung Quất tăng trưởng ổn định

Theo Sở Xây dựng, 9 tháng, sản lượng hàng hóa thông qua cảng biển Dung Quất ước đạt 33,6 triệu tấn, tăng 7,4% so với cùng kỳ năm 2024, bằng 78,1% kế hoạch năm; các bến cảng đã đón 3.980 lượt tàu đến và rời cảng. Trong đó, hàng lỏng (chủ yếu là dầu thô và xăng dầu) chiếm 52,6%, hàng rời và bách hóa chiếm 39,1%, còn lại là hàng container với 58.300 TEU.

Tại bến cảng tổng hợp - container Hòa Phát Dung Quất, tàu có trọng tải đến 200.000 DWT đã cập bến an toàn. Quý IV, tỉnh phấn đấu hàng hóa qua cảng đạt khoảng 9,4 triệu tấn, đưa cả năm đạt 43 triệu tấn trở lên.

Thủy sản tăng cả khai thác và nuôi trồng

Tổng sản lượng thủy sản 9 tháng ước đạt 208.400 tấn, tăng 3,6% so với cùng kỳ, đạt 79,5% kế hoạch năm; trong đó khai thác 196.750 tấn, nuôi trồng 11.650 tấn (khu vực Kon Tum cũ đóng góp 1.420 tấn cá nước ngọt). Sản lượng cá ngừ đại dương đạt 7.860 tấn.

Toàn tỉnh hiện có 4.912 tàu cá, trong đó 2.486 tàu có chiều dài từ 15 m trở lên; 100% tàu thuộc diện phải lắp đặt đã lắp thiết bị giám sát hành trình. Từ đầu năm đến ngày 30/9, lực lượng chức năng kiểm tra 21.640 lượt tàu cá xuất, nhập bến, xử phạt 94 vụ vi phạm với số tiền 3,15 tỷ đồng, gấp 2,3 lần cùng kỳ. Đặc khu Lý Sơn có 386 tàu cá, đều đã được cấp giấy phép khai thác.

Ông Trần Văn Phú, Giám đốc Sở Nông nghiệp và Môi trường, cho biết: "Chúng tôi phấn đấu cả năm sản lượng thủy sản đạt 262.000 tấn, không để phát sinh tàu cá vi phạm vùng biển nước ngoài".

Tàu cá của ngư dân đặc khu Lý Sơn neo đậu tại cảng Lý Sơn. Ảnh: BÁ SƠN

Du lịch biển đảo hút khách

Sở Văn hóa, Thể thao và Du lịch cho biết, 9 tháng năm 2025 toàn tỉnh đón 3,05 triệu lượt khách, tăng 14,2% so với cùng kỳ (tính gộp hai tỉnh cũ), trong đó khách quốc tế 186.000 lượt; doanh thu du lịch ước đạt 3.920 tỷ đồng, đạt 72,6% kế hoạch.

Riêng đặc khu Lý Sơn đón hơn 402.000 lượt khách, tăng 9,8%; khu vực Kon Tum cũ (Măng Đen và Khu du lịch ngã ba Đông Dương) đón khoảng 1,1 triệu lượt.

Tuyến tàu cao tốc Sa Kỳ - Lý Sơn vận chuyển 512.600 lượt hành khách, tăng 11,3%. Công suất phòng của các cơ sở lưu trú tại đặc khu Lý Sơn vào cuối tuần đạt 85 - 90%.

Chế biến, xuất khẩu khởi sắc

Kim ngạch xuất khẩu thủy sản 9 tháng ước đạt 52,4 triệu USD, tăng 6,8% so với cùng kỳ, chủ yếu là cá ngừ, mực và cá cơm sấy. Toàn tỉnh hiện có 18 cơ sở chế biến thủy sản đủ điều kiện xuất khẩu sang thị trường EU; cảng cá Sa Huỳnh, Tịnh Kỳ và Lý Sơn đã được nâng cấp để bảo đảm truy xuất nguồn gốc sản phẩm khai thác.

BÁ SƠN

Tin liên quan:
- Quảng Ngãi: 9 tháng thu ngân sách đạt 27.800 tỷ đồng (06/10/2025)
- Lý Sơn: Lễ Khao lề thế lính Hoàng Sa lần thứ 2 sau sáp nhập (02/10/2025)
- Xã Măng Đen đón 12.000 khách dịp Quốc khánh 2/9 (04/9/2025)

Lượt xem: 3.418
Báo Quảng Ngãi - 19 Phan Đình Phùng, phường Cẩm Thành, tỉnh Quảng Ngãi. ĐT: 0255.3822.402
'''
META = {'published': '2025-10-08', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2025-9M', 'modality': 'actual'}
A = {'indicator': 'aquaculture_output'}
TA = {'indicator': 'tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
E = {'modality': 'estimate'}
UP = {'direction': 'up'}
S = {'base': 'same_period'}
M9 = {'period': '2025-M09'}
LS = {'locality': 'đặc khu Lý Sơn'}
KT = {'locality': 'tỉnh Kon Tum'}
FIGS = [
 ('Dung Quất ước đạt 33,6 triệu tấn;', '33,6 triệu tấn', 'level', 'tấn', dict(E)),
 ('đạt 208.400 tấn;', '208.400 tấn', 'level', 'tấn', dict(A)),
 ('đón hơn 402.000 lượt khách.', '402.000', 'level', 'lượt khách', dict(TA, **LS, bound='over')),
 ('Dung Quất ước đạt 33,6 triệu tấn,', '33,6 triệu tấn', 'level', 'tấn', dict(E)),
 ('tăng 7,4% so với cùng kỳ năm 2024', '7,4%', 'change', '%', dict(E, **UP, **S)),
 ('bằng 78,1% kế hoạch năm', '78,1%', 'attainment', '%', dict(E, base='target')),
 ('đón 3.980 lượt tàu', '3.980', 'level', 'lượt tàu', dict()),
 ('chiếm 52,6%', '52,6%', 'level', '%', dict()),
 ('chiếm 39,1%', '39,1%', 'level', '%', dict()),
 ('với 58.300 TEU', '58.300 TEU', 'level', 'TEU', dict()),
 ('khoảng 9,4 triệu tấn', '9,4 triệu tấn', 'level', 'tấn', dict(modality='target', period='2025-Q4', bound='about')),
 ('đạt 43 triệu tấn trở lên', '43 triệu tấn', 'level', 'tấn', dict(modality='target', period='2025', bound='at_least')),
 ('ước đạt 208.400 tấn', '208.400 tấn', 'level', 'tấn', dict(A, **E)),
 ('tăng 3,6% so với cùng kỳ', '3,6%', 'change', '%', dict(A, **E, **UP, **S)),
 ('đạt 79,5% kế hoạch năm', '79,5%', 'attainment', '%', dict(A, **E, base='target')),
 ('khai thác 196.750 tấn', '196.750 tấn', 'level', 'tấn', dict(A)),
 ('nuôi trồng 11.650 tấn', '11.650 tấn', 'level', 'tấn', dict(A)),
 ('góp 1.420 tấn', '1.420 tấn', 'level', 'tấn', dict(A, **KT)),
 ('đạt 7.860 tấn', '7.860 tấn', 'level', 'tấn', dict()),
 ('có 4.912 tàu cá', '4.912', 'level', 'tàu cá', dict()),
 ('đó 2.486 tàu', '2.486', 'level', 'tàu', dict()),
 ('; 100% tàu', '100%', 'level', '%', dict()),
 ('kiểm tra 21.640 lượt', '21.640', 'level', 'lượt tàu cá', dict()),
 ('phạt 94 vụ', '94', 'level', 'vụ', dict()),
 ('tiền 3,15 tỷ đồng', '3,15 tỷ đồng', 'level', 'VND', dict()),
 ('gấp 2,3 lần cùng kỳ', '2,3 lần', 'change', 'lần', dict(UP, **S)),
 ('có 386 tàu cá', '386', 'level', 'tàu cá', dict(LS)),
 ('đạt 262.000 tấn', '262.000 tấn', 'level', 'tấn', dict(A, modality='target', period='2025')),
 ('đón 3,05 triệu lượt khách', '3,05 triệu', 'level', 'lượt khách', dict(TA)),
 ('tăng 14,2% so với cùng kỳ', '14,2%', 'change', '%', dict(TA, **UP, **S)),
 ('tế 186.000 lượt', '186.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('ước đạt 3.920 tỷ đồng', '3.920 tỷ đồng', 'level', 'VND', dict(TR, **E)),
 ('đạt 72,6% kế hoạch', '72,6%', 'attainment', '%', dict(TR, **E, base='target')),
 ('đón hơn 402.000 lượt khách,', '402.000', 'level', 'lượt khách', dict(TA, **LS, bound='over')),
 ('tăng 9,8%', '9,8%', 'change', '%', dict(TA, **LS, **UP)),
 ('khoảng 1,1 triệu lượt', '1,1 triệu', 'level', 'lượt', dict(TA, **KT, bound='about')),
 ('vận chuyển 512.600 lượt', '512.600', 'level', 'lượt hành khách', dict()),
 ('tăng 11,3%', '11,3%', 'change', '%', dict(UP)),
 ('ước đạt 52,4 triệu USD', '52,4 triệu USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('tăng 6,8% so với cùng kỳ', '6,8%', 'change', '%', dict(E, indicator='export_value', **UP, **S)),
 ('có 18 cơ sở', '18', 'level', 'cơ sở', dict(optional=True)),
 ('đạt 85 - 90%', '85 - 90%', 'level', '%', dict(LS)),
]
