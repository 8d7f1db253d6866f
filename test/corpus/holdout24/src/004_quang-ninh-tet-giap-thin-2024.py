NFD = True
TEXT = '''
BÁO QUẢNG NINH ĐIỆN TỬ
Thời sự | Kinh tế | Du lịch | Xã hội | Văn hóa | Thể thao | Media
Thứ Năm, 15/02/2024 - 09:12 (GMT+7)

Quảng Ninh đón 686.000 lượt khách dịp Tết Giáp Thìn

Trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến hết ngày 14/2/2024), toàn tỉnh đón khoảng 686.000 lượt khách, tăng 21% so với Tết Quý Mão 2023; tổng doanh thu từ du lịch ước đạt 1.320 tỷ đồng.

Du khách tham quan vịnh Hạ Long ngày mùng 3 Tết. Ảnh: Minh Hà

Theo Sở Du lịch, ngay từ chiều 30 Tết, lượng khách đến các điểm du lịch trên địa bàn tỉnh đã tăng mạnh. Thời tiết ấm, nắng nhẹ, cùng chuỗi sự kiện đón năm mới như bắn pháo hoa tầm thấp tại 13 điểm, Lễ hội Xuân Yên Tử lần thứ 22 khai mạc ngày 10 tháng Giêng, đã thu hút đông đảo người dân, du khách.

Kết quả phục vụ khách dịp Tết (so với Tết Quý Mão 2023):
Tổng lượt khách: 686.000 (+21%)
Khách quốc tế: 52.400 (+48%)
Khách lưu trú: 214.000 (+17%)
Công suất buồng phòng bình quân: 58%
Tổng thu từ du lịch: 1.320 tỷ đồng (+26%)

Tại vịnh Hạ Long, Ban Quản lý vịnh đón 61.200 lượt khách tham quan, trong đó khách quốc tế chiếm 35%. Khu di tích và danh thắng Yên Tử đón hơn 120.000 lượt khách hành hương, gấp 1,6 lần cùng kỳ. Riêng ngày mùng 4 Tết, công suất phòng tại các khách sạn 4 - 5 sao ở Hạ Long đạt 72%.

Ngày mùng 5 Tết, hơn 15.000 du khách đổ về Yên Tử trẩy hội. Ảnh: Thu Chung

Tại thành phố Móng Cái, cửa khẩu quốc tế Bắc Luân II làm thủ tục xuất nhập cảnh cho 18.650 lượt người, trong đó khách Trung Quốc vào Quảng Ninh theo đường du lịch đạt 9.200 lượt, gấp 3 lần Tết năm trước. Ông Vũ Văn Diện, Giám đốc Sở Du lịch, cho biết: "Ngay sau Tết, ngành du lịch tập trung cho mùa lễ hội xuân với mục tiêu cả năm 2024 đón 19 triệu lượt khách, trong đó 3,5 triệu lượt khách quốc tế".

Về thị trường, hàng hóa phục vụ Tết dồi dào, giá cả cơ bản ổn định. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 2/2024 ước đạt 9.860 tỷ đồng, tăng 12,6% so với cùng kỳ. Trong những ngày cận Tết, giá thịt lợn dao động 140.000 - 160.000 đồng/kg; thịt bò 280.000 - 320.000 đồng/kg, tăng 10 - 15% so với trước Tết; rau xanh tăng 20 - 30% vào ngày mùng 1 và mùng 2. Từ mùng 6 Tết, giá các mặt hàng đã trở lại mức bình thường.

Về trật tự an toàn giao thông, trong 7 ngày nghỉ Tết, toàn tỉnh xảy ra 3 vụ tai nạn giao thông, làm chết 2 người, bị thương 2 người; so với Tết năm trước giảm 2 vụ, giảm 1 người chết. Lực lượng chức năng xử lý 1.146 trường hợp vi phạm nồng độ cồn, tước giấy phép lái xe 212 trường hợp. Công an tỉnh thu giữ 148 kg pháo nổ các loại. Trong dịp Tết xảy ra 2 vụ cháy nhà dân, không thiệt hại về người, thiệt hại tài sản khoảng 350 triệu đồng.

Ngành Y tế bố trí trực 4 cấp tại 100% cơ sở. Các bệnh viện trong tỉnh tiếp nhận 6.820 lượt khám, cấp cứu, giảm 8,4% so với Tết năm trước; điều trị cho 312 ca tai nạn sinh hoạt. Tại Bệnh viện Sản Nhi, đêm giao thừa có 14 em bé chào đời.

Công tác an sinh được chăm lo chu đáo: toàn tỉnh trao 42.600 suất quà Tết cho hộ nghèo, gia đình chính sách với tổng trị giá 38,5 tỷ đồng; mỗi suất trị giá từ 500.000 đồng đến 1 triệu đồng. Bà Phạm Thị Lan (68 tuổi, khu 5, phường Hà Tu) chia sẻ: "Năm nay được nhận quà sớm, cả nhà đón Tết đầy đủ hơn".

Đường dây nóng du lịch: 0888.911.599. Tổng đài hỗ trợ du khách hoạt động 24/7 trong suốt 7 ngày Tết, tiếp nhận 126 cuộc gọi, không có phản ánh về chặt chém giá.

Minh Hà - Thu Chung

Tin cùng chuyên mục:
• Quảng Ninh phấn đấu đón 19 triệu lượt khách năm 2024
• Hạ Long: khai trương tuyến du thuyền thứ 6 (12/02/2024)
• Bắn pháo hoa tại 13 điểm đêm Giao thừa
'''
META = {'published': '2024-02-15', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2024-M02', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
E = {'modality': 'estimate'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
FIGS = [
 ('đón 686.000 lượt khách dịp', '686.000', 'level', 'lượt khách', dict(TA)),
 ('khoảng 686.000 lượt khách', '686.000', 'level', 'lượt khách', dict(TA, bound='about')),
 ('tăng 21%', '21%', 'change', '%', dict(TA, **U, **S)),
 ('ước đạt 1.320 tỷ đồng', '1.320 tỷ đồng', 'level', 'VND', dict(TR, **E)),
 ('tại 13 điểm, Lễ', '13', 'level', 'điểm', dict(optional=True)),
 ('Tổng lượt khách: 686.000', '686.000', 'level', 'lượt khách', dict(TA)),
 ('(+21%)', '21%', 'change', '%', dict(TA, **U, **S)),
 ('Khách quốc tế: 52.400', '52.400', 'level', 'lượt khách', dict(ITA)),
 ('(+48%)', '48%', 'change', '%', dict(ITA, **U, **S)),
 ('Khách lưu trú: 214.000', '214.000', 'level', 'lượt khách', dict()),
 ('(+17%)', '17%', 'change', '%', dict(U, **S)),
 ('bình quân: 58%', '58%', 'level', '%', dict()),
 ('du lịch: 1.320 tỷ đồng', '1.320 tỷ đồng', 'level', 'VND', dict(TR)),
 ('(+26%)', '26%', 'change', '%', dict(TR, **U, **S)),
 ('đón 61.200 lượt khách', '61.200', 'level', 'lượt khách', dict(TA)),
 ('chiếm 35%', '35%', 'level', '%', dict()),
 ('tại 100% cơ sở', '100%', 'level', '%', dict(optional=True)),
 ('hơn 120.000 lượt khách', '120.000', 'level', 'lượt khách', dict(TA, bound='over')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(TA, **U, **S)),
 ('đạt 72%', '72%', 'level', '%', dict(locality='thành phố Hạ Long')),
 ('hơn 15.000 du khách', '15.000', 'level', 'du khách', dict(bound='over')),
 ('ước đạt 9.860 tỷ đồng', '9.860 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 12,6%', '12,6%', 'change', '%', dict(E, indicator='retail_sales', **U, **S)),
 ('động 140.000 - 160.000 đồng/kg', '140.000 - 160.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('bò 280.000 - 320.000 đồng/kg', '280.000 - 320.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('tăng 10 - 15%', '10 - 15%', 'change', '%', dict(U, **P)),
 ('tăng 20 - 30%', '20 - 30%', 'change', '%', dict(U)),
 ('xảy ra 3 vụ', '3', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 2 người', '2', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 2 người', '2', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 2 vụ', '2', 'change', 'vụ', dict(indicator='traffic_accidents', **D, **S)),
 ('giảm 1 người', '1', 'change', 'người', dict(indicator='traffic_deaths', **D, **S)),
 ('xử lý 1.146 trường hợp', '1.146', 'level', 'trường hợp', dict()),
 ('xe 212 trường hợp', '212', 'level', 'trường hợp', dict()),
 ('giữ 148 kg', '148 kg', 'level', 'kg', dict()),
 ('xảy ra 2 vụ cháy', '2', 'level', 'vụ', dict()),
 ('khoảng 350 triệu đồng', '350 triệu đồng', 'level', 'VND', dict(bound='about')),
 ('nhận 6.820 lượt', '6.820', 'level', 'lượt khám', dict()),
 ('giảm 8,4%', '8,4%', 'change', '%', dict(**D, **S)),
 ('cho 312 ca', '312', 'level', 'ca', dict()),
 ('có 14 em bé', '14', 'level', 'em bé', dict(optional=True)),
 ('trao 42.600 suất', '42.600', 'level', 'suất quà', dict()),
 ('giá 38,5 tỷ đồng', '38,5 tỷ đồng', 'level', 'VND', dict()),
]
FIGS += [
 ('cho 18.650 lượt người', '18.650', 'level', 'lượt người', dict(locality='thành phố Móng Cái')),
 ('đạt 9.200 lượt', '9.200', 'level', 'lượt', dict(ITA, locality='thành phố Móng Cái')),
 ('gấp 3 lần', '3 lần', 'change', 'lần', dict(ITA, locality='thành phố Móng Cái', **U, **S)),
 ('đón 19 triệu lượt khách, trong', '19 triệu', 'level', 'lượt khách', dict(TA, modality='target', period='2024')),
 ('đó 3,5 triệu lượt khách', '3,5 triệu', 'level', 'lượt khách', dict(ITA, modality='target', period='2024')),
 ('nhận 126 cuộc gọi', '126', 'level', 'cuộc gọi', dict(optional=True)),
]
