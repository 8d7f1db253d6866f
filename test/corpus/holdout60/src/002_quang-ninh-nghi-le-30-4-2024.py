# Báo Quảng Ninh, 2/5/2024: the provincial police's tally of the five-day holiday 27/4 - 1/5/2024. The stretch runs
# across April and May, inside the second quarter: '2024-Q2' (holdout38). "so với cùng kỳ năm 2023" is the same
# holiday a year earlier: same_period. Boats and visitors on the bay (a sight) are the province's.
TEXT = '''
BÁO QUẢNG NINH ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Du lịch | Quốc phòng - An ninh

Thứ Năm, 02/05/2024 | 08:45 GMT+7

Quốc phòng - An ninh

Nghỉ lễ 30/4 - 1/5: Quảng Ninh giảm 2 vụ tai nạn giao thông so với cùng kỳ

Trong 5 ngày nghỉ lễ Giỗ Tổ Hùng Vương, 30/4 và 1/5, tình hình an ninh, trật tự trên địa bàn tỉnh được giữ vững, không xảy ra vụ việc phức tạp; tai nạn giao thông giảm so với cùng kỳ.

Theo Công an tỉnh, từ ngày 27/4 đến hết ngày 1/5/2024, trên địa bàn tỉnh xảy ra 4 vụ tai nạn giao thông, làm chết 2 người, bị thương 3 người. So với cùng kỳ năm 2023, giảm 2 vụ, giảm 1 người chết, bằng về số người bị thương. Các vụ tai nạn đều xảy ra trên tuyến Quốc lộ 18 và đường bao biển Hạ Long - Cẩm Phả, chủ yếu do người điều khiển xe mô tô chạy quá tốc độ.

Lực lượng Cảnh sát giao thông đã kiểm tra, phát hiện và xử lý 1.846 trường hợp vi phạm, phạt tiền hơn 2,7 tỷ đồng; trong đó vi phạm nồng độ cồn 612 trường hợp, chiếm 33,2%, tạm giữ 287 phương tiện. Trên tuyến cao tốc Hạ Long - Vân Đồn, lực lượng chức năng xử lý 214 trường hợp chạy quá tốc độ.

Cán bộ Phòng CSGT Công an tỉnh hướng dẫn phương tiện lưu thông trên Quốc lộ 18, đoạn qua phường Đại Yên, TP Hạ Long, chiều 30/4. Ảnh: Mạnh Trường

Về trật tự xã hội, xảy ra 3 vụ phạm pháp hình sự, đã điều tra làm rõ 3/3 vụ, bắt giữ 5 đối tượng. Lực lượng Công an phát hiện, bắt giữ 7 vụ, 11 đối tượng phạm tội về ma túy, thu giữ 18,6 gam heroin và 45 viên ma túy tổng hợp. Toàn tỉnh xảy ra 1 vụ cháy nhỏ, không thiệt hại về người, thiệt hại tài sản khoảng 60 triệu đồng.

Tại các bãi tắm Bãi Cháy, Trà Cổ, Quan Lạn, lực lượng cứu hộ đã kịp thời cứu 9 người gặp nạn khi tắm biển. Trên vịnh Hạ Long, Cảng vụ đường thủy nội địa cấp phép cho 5.420 lượt tàu đưa đón 186.300 lượt khách tham quan, tăng 8,6% so với cùng kỳ năm 2023; không xảy ra tai nạn giao thông đường thủy.

Trong dịp lễ, Công an tỉnh huy động 1.200 cán bộ, chiến sĩ tham gia bảo đảm an ninh, trật tự tại 32 điểm du lịch, lễ hội.

Hoàng Giang

Tin cùng chuyên mục
- Quảng Ninh: Khởi tố 3 đối tượng mua bán 2 bánh heroin
- Công an TP Móng Cái bắt giữ 12 tấn hàng nhập lậu
- Ra quân tổng kiểm soát phương tiện giao thông đường thủy năm 2024

Đường dây nóng: 0203.3835.111 | Tòa soạn: Số 71 Lê Thánh Tông, phường Hồng Gai, TP Hạ Long
'''
META = {'published': '2024-05-02', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2024-Q2', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
TA = {'indicator': 'traffic_accidents'}
TD = {'indicator': 'traffic_deaths'}
TI = {'indicator': 'traffic_injuries'}
OPT = {'optional': True}
FIGS = [
 ('Ninh giảm 2 vụ', '2', 'change', 'vụ', d(TA, D, SP)),
 ('xảy ra 4 vụ', '4', 'level', 'vụ', d(TA)),
 ('làm chết 2 người', '2', 'level', 'người', d(TD)),
 ('bị thương 3 người', '3', 'level', 'người', d(TI)),
 (', giảm 2 vụ, giảm 1', '2', 'change', 'vụ', d(TA, D, SP)),
 ('giảm 1 người chết', '1', 'change', 'người', d(TD, D, SP)),
 ('xử lý 1.846 trường hợp', '1.846', 'level', 'trường hợp', d()),
 ('hơn 2,7 tỷ đồng', '2,7 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('cồn 612 trường hợp', '612', 'level', 'trường hợp', d()),
 ('chiếm 33,2%', '33,2%', 'level', '%', d()),
 ('giữ 287 phương tiện', '287', 'level', 'phương tiện', d()),
 ('xử lý 214 trường hợp', '214', 'level', 'trường hợp', d()),
 ('xảy ra 3 vụ', '3', 'level', 'vụ', d(indicator='crime')),
 ('rõ 3/3 vụ', '3/3', 'ratio', 'vụ', d(indicator='crime_clearance_rate')),
 ('bắt giữ 5 đối tượng', '5', 'level', 'đối tượng', d()),
 ('bắt giữ 7 vụ', '7', 'level', 'vụ', d()),
 ('11 đối tượng', '11', 'level', 'đối tượng', d()),
 ('thu giữ 18,6 gam', '18,6 gam', 'level', 'gam', d()),
 ('và 45 viên', '45', 'level', 'viên', d()),
 ('ra 1 vụ cháy', '1', 'level', 'vụ', d()),
 ('khoảng 60 triệu đồng', '60 triệu đồng', 'level', 'VND', d(bound='about')),
 ('cứu 9 người', '9', 'level', 'người', d()),
 ('cho 5.420 lượt tàu', '5.420', 'level', 'lượt tàu', d()),
 ('đón 186.300 lượt khách', '186.300', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 8,6%', '8,6%', 'change', '%', d(U, SP, indicator='tourist_arrivals')),
 ('huy động 1.200 cán bộ', '1.200', 'level', 'cán bộ', d(OPT)),
 ('tại 32 điểm', '32', 'level', 'điểm', d(OPT)),
]
