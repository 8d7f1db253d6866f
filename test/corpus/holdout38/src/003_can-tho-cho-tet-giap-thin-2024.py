# Thành phố Cần Thơ (before the 2025 merger), the market a week before Tết Giáp Thìn (published 22 tháng Chạp,
# 1/2/2024). The lead names the Tết by its year and gives no stretch of days, so figures without a month of their
# own take '2024'. The top bar, "ST25", "23 tháng Chạp", the seller's story and the flower fair's edition are
# no figures. Stored in NFD, as some sites serve it.
NFD = True
TEXT = '''
CẦN THƠ ONLINE - BÁO CỦA ĐẢNG BỘ THÀNH PHỐ CẦN THƠ
Giá vàng SJC: 78,2 triệu đồng/lượng | USD: 24.520 đồng | Thời tiết Cần Thơ: 24 - 32°C
Thời sự | Kinh tế | Xã hội | Đô thị | Văn hóa | Thể thao | Tết Giáp Thìn

Thứ Năm, 01/02/2024 - 06:30

KINH TẾ

Chợ Tết Cần Thơ: hàng về nhiều, giá thịt heo và rau củ bắt đầu nhích

Còn hơn một tuần nữa là đến Tết Nguyên đán Giáp Thìn 2024, sức mua tại các chợ, siêu thị trên địa bàn thành phố tăng rõ rệt. Nguồn cung dồi dào, giá nhiều mặt hàng thực phẩm tươi sống tăng 5 - 10% so với đầu tháng, riêng rau củ có loại tăng 20 - 30%.

Theo Sở Công Thương, thị trường Tết năm nay dự kiến cần khoảng 48.000 tấn thịt gia súc, gia cầm, tăng 6% so với Tết năm trước; khoảng 120.000 tấn rau, củ, quả và 9.600 tấn thủy sản. Các doanh nghiệp tham gia chương trình bình ổn thị trường đăng ký dự trữ hàng hóa với tổng trị giá 2.860 tỷ đồng, tăng 8,5% so với năm 2023.

Tiểu thương chợ Tân An sắp xếp hàng hóa đón khách sáng 31/1. Ảnh: Ngọc Trâm

Thịt heo, gà vịt tăng nhẹ

Khảo sát tại chợ Tân An (quận Ninh Kiều) sáng 31/1, giá thịt heo đùi dao động 110.000 - 120.000 đồng/kg, thịt ba rọi 130.000 - 140.000 đồng/kg, tăng khoảng 10.000 đồng/kg so với tuần trước. Gà ta làm sẵn có giá 120.000 - 135.000 đồng/kg; vịt xiêm 85.000 - 95.000 đồng/kg. Lượng hàng về chợ tăng 20 - 30% so với ngày thường.

Giá heo hơi tại các trại ở huyện Thới Lai phổ biến 52.000 - 55.000 đồng/kg, tăng 3.000 - 5.000 đồng/kg so với đầu tháng 1/2024. Ông Lê Văn Hậu, chủ trại nuôi 300 con heo ở xã Trường Xuân, cho biết trại ông đã xuất bán 120 con cho thương lái trong tuần qua.

Bà Trần Thị Út (61 tuổi), tiểu thương bán thịt 30 năm ở chợ Xuân Khánh, nói: "Năm nay mỗi ngày tôi bán được chừng 50 kg thịt, ngày 23 tháng Chạp chắc còn đông hơn".

Rau củ, trái cây biến động theo thời tiết

Các loại rau ăn lá như cải xanh, xà lách có giá 25.000 - 30.000 đồng/kg; củ kiệu 60.000 - 70.000 đồng/kg, tăng 15% so với năm trước do diện tích trồng giảm. Gạo thơm ST25 giữ giá 26.000 - 28.000 đồng/kg. Dưa hấu Tết được thương lái thu mua tại ruộng 9.000 - 11.000 đồng/kg, cao hơn Tết năm trước 2.000 đồng/kg.

Bánh tét, lạp xưởng, củ kiệu muối đã bày bán khắp các chợ; bánh tét nhân đậu xanh thịt mỡ có giá 80.000 - 150.000 đồng/đòn.

Chương trình bình ổn: 1.260 điểm bán

Năm nay có 47 doanh nghiệp tham gia chương trình bình ổn thị trường với 1.260 điểm bán trên toàn thành phố; giá hàng bình ổn thấp hơn giá thị trường 5 - 10%. Hệ thống siêu thị Co.opmart, GO!, MM Mega Market kéo dài giờ mở cửa đến 22h từ ngày 3/2 (tức 24 tháng Chạp) đến hết ngày 9/2 (30 Tết).

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 1/2024 ước đạt 14.860 tỷ đồng, tăng 11,2% so với cùng kỳ. Chỉ số giá tiêu dùng (CPI) tháng 1/2024 tăng 0,42% so với tháng trước, chủ yếu do nhóm thực phẩm và dịch vụ ăn uống.

Chợ hoa Xuân mở cửa từ 24 tháng Chạp

Hội hoa Xuân Cần Thơ lần thứ 15 sẽ khai mạc lúc 19h ngày 3/2 tại bến Ninh Kiều và kéo dài đến 16h ngày 9/2. Mai vàng bonsai có giá từ 300.000 đồng đến 5 triệu đồng/chậu, cúc mâm xôi 120.000 - 180.000 đồng/cặp, tương đương Tết năm trước.

Đường dây nóng của Sở Công Thương tiếp nhận phản ánh về giá cả, hàng giả dịp Tết: 0292.3830.214.

NGỌC TRÂM

Tin liên quan:
› Cần Thơ chi 95 tỷ đồng tặng quà Tết cho người có công
› Giá vé xe khách về quê ăn Tết tăng tối đa 40%
› Ninh Kiều: 5 tuyến đường hoa đón Tết
'''
META = {'published': '2024-02-01', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2024', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
E = {'modality': 'estimate'}
NK = {'locality': 'quận Ninh Kiều'}
TL = {'locality': 'huyện Thới Lai'}
M1 = {'period': '2024-M01'}
FIGS = [
 ('tăng 5 - 10%', '5 - 10%', 'change', '%', dict(U, **P)),
 ('tăng 20 - 30%.', '20 - 30%', 'change', '%', dict(U)),
 ('khoảng 48.000 tấn', '48.000 tấn', 'level', 'tấn', dict(E, bound='about')),
 ('tăng 6%', '6%', 'change', '%', dict(E, **U, **S)),
 ('khoảng 120.000 tấn', '120.000 tấn', 'level', 'tấn', dict(bound='about')),
 ('và 9.600 tấn', '9.600 tấn', 'level', 'tấn', dict()),
 ('giá 2.860 tỷ đồng', '2.860 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 8,5%', '8,5%', 'change', '%', dict(U, base='2023')),
 ('110.000 - 120.000 đồng/kg', '110.000 - 120.000 đồng/kg', 'level', 'VND/kg', dict(NK)),
 ('130.000 - 140.000 đồng/kg', '130.000 - 140.000 đồng/kg', 'level', 'VND/kg', dict(NK)),
 ('khoảng 10.000 đồng/kg', '10.000 đồng/kg', 'change', 'VND/kg', dict(NK, **U, **P, bound='about')),
 ('120.000 - 135.000 đồng/kg', '120.000 - 135.000 đồng/kg', 'level', 'VND/kg', dict(NK)),
 ('85.000 - 95.000 đồng/kg', '85.000 - 95.000 đồng/kg', 'level', 'VND/kg', dict(NK)),
 ('tăng 20 - 30% so với ngày', '20 - 30%', 'change', '%', dict(NK, **U)),
 ('52.000 - 55.000 đồng/kg', '52.000 - 55.000 đồng/kg', 'level', 'VND/kg', dict(TL)),
 ('tăng 3.000 - 5.000 đồng/kg', '3.000 - 5.000 đồng/kg', 'change', 'VND/kg', dict(TL, **U, **P)),
 ('25.000 - 30.000 đồng/kg', '25.000 - 30.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('60.000 - 70.000 đồng/kg', '60.000 - 70.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('tăng 15%', '15%', 'change', '%', dict(U, base='2023')),
 ('26.000 - 28.000 đồng/kg', '26.000 - 28.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('9.000 - 11.000 đồng/kg', '9.000 - 11.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('năm trước 2.000 đồng/kg', '2.000 đồng/kg', 'change', 'VND/kg', dict(U, **S)),
 ('80.000 - 150.000 đồng/đòn', '80.000 - 150.000 đồng/đòn', 'level', 'VND/đòn', dict()),
 ('Chương trình bình ổn: 1.260 điểm bán', '1.260', 'level', 'điểm bán', dict(optional=True)),
 ('có 47 doanh nghiệp', '47', 'level', 'doanh nghiệp', dict()),
 ('với 1.260 điểm bán', '1.260', 'level', 'điểm bán', dict(optional=True)),
 ('trường 5 - 10%', '5 - 10%', 'change', '%', dict(D)),
 ('đạt 14.860 tỷ đồng', '14.860 tỷ đồng', 'level', 'VND', dict(E, **M1, indicator='retail_sales')),
 ('tăng 11,2%', '11,2%', 'change', '%', dict(E, **M1, **U, **S, indicator='retail_sales')),
 ('tăng 0,42%', '0,42%', 'change', '%', dict(M1, **U, **P, indicator='cpi')),
 ('300.000 đồng đến 5 triệu đồng/chậu', '300.000 đồng đến 5 triệu đồng/chậu', 'level', 'VND/chậu', dict(value=300000, high=5000000)),
 ('120.000 - 180.000 đồng/cặp', '120.000 - 180.000 đồng/cặp', 'level', 'VND/cặp', dict()),
]
