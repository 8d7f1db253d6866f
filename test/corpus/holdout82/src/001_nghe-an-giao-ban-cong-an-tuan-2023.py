TEXT = '''
BÁO NGHỆ AN
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thứ Năm, 15/06/2023 - 16:42
Thời sự | Chính trị | Pháp luật | Kinh tế | Xã hội | Nghệ An 24h

Pháp luật

Tuần qua, Nghệ An xảy ra 9 vụ tai nạn giao thông, làm chết 7 người

(Baonghean.vn) - Trong tuần qua (từ ngày 8 đến 14/6), trên địa bàn tỉnh xảy ra 9 vụ tai nạn giao thông, làm chết 7 người, bị thương 6 người; so với tuần trước tăng 2 vụ, tăng 3 người chết.

Chiều 15/6, Công an tỉnh Nghệ An tổ chức giao ban trực tuyến đánh giá tình hình an ninh, trật tự tuần qua, triển khai nhiệm vụ tuần tới.

Phạm pháp hình sự giảm

Theo báo cáo, trong tuần toàn tỉnh xảy ra 14 vụ phạm pháp hình sự, giảm 5 vụ so với tuần trước; lực lượng công an đã điều tra làm rõ 12 vụ, bắt giữ 21 đối tượng, đạt tỷ lệ 85,7%. Thiệt hại tài sản ước khoảng 640 triệu đồng.

Lực lượng chức năng phát hiện, bắt giữ 38 vụ, 52 đối tượng phạm tội về ma túy, thu giữ 1,2 kg heroin, 4.600 viên ma túy tổng hợp; riêng huyện Kỳ Sơn bắt 11 vụ, 14 đối tượng. Từ đầu năm đến nay, Công an tỉnh đã bắt 1.146 vụ, 1.598 đối tượng phạm tội về ma túy, số vụ tăng 8,3% so với cùng kỳ năm 2022.

Siết chặt xử lý vi phạm nồng độ cồn

Trong tuần, lực lượng Cảnh sát giao thông toàn tỉnh kiểm tra, xử lý 2.436 trường hợp vi phạm, phạt tiền hơn 3,1 tỷ đồng, tăng 12% so với tuần trước; tước 214 giấy phép lái xe, tạm giữ 386 xe mô tô. Riêng vi phạm nồng độ cồn xử lý 742 trường hợp, chiếm 30,5% tổng số trường hợp vi phạm.

Tại thành phố Vinh, trong tuần xảy ra 2 vụ tai nạn giao thông, làm chết 1 người; Công an thành phố xử lý 418 trường hợp vi phạm. Huyện Diễn Châu xảy ra 3 vụ, làm chết 2 người, là địa phương có số vụ cao nhất tỉnh.

Lực lượng CSGT kiểm tra nồng độ cồn trên Quốc lộ 1A đoạn qua huyện Diễn Châu tối 12/6. Ảnh: Đức Vũ

Tính từ đầu năm đến ngày 14/6/2023, toàn tỉnh xảy ra 142 vụ tai nạn giao thông, làm chết 118 người, bị thương 79 người; so với cùng kỳ năm 2022 giảm 11 vụ, giảm 9 người chết, tăng 4 người bị thương.

Phát biểu chỉ đạo, Đại tá Giám đốc Công an tỉnh yêu cầu các đơn vị tăng cường tuần tra dịp cao điểm hè, phấn đấu kéo giảm ít nhất 5% số vụ tai nạn giao thông so với năm 2022 trên cả 3 tiêu chí.

Đức Vũ

Tin liên quan
- Nghệ An: Bắt 3 đối tượng vận chuyển 6 bánh heroin (12/06/2023)
- Tuần từ 1 đến 7/6: Tai nạn giao thông giảm 4 vụ (08/06/2023)
- Quỳnh Lưu ra quân cao điểm hè 2023 (05/06/2023)

Lượt xem: 2.318
Giấy phép số 153/GP-BTTTT. Đường dây nóng: 0238.3844.562
'''
META = {'published': '2023-06-15', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2023-M06', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
PP = {'base': 'previous_period'}
SP = {'base': 'same_period'}
TA = {'indicator': 'traffic_accidents'}
TD = {'indicator': 'traffic_deaths'}
TI = {'indicator': 'traffic_injuries'}
CR = {'indicator': 'crime'}
Y = {'period': '2023'}
KS = {'locality': 'huyện Kỳ Sơn'}
VI = {'locality': 'thành phố Vinh'}
DC = {'locality': 'huyện Diễn Châu'}
FIGS = [
 ('Nghệ An xảy ra 9 vụ', '9', 'level', 'vụ', d(TA)),
 ('làm chết 7 người\n', '7', 'level', 'người', d(TD)),
 ('tỉnh xảy ra 9 vụ', '9', 'level', 'vụ', d(TA)),
 ('làm chết 7 người, bị', '7', 'level', 'người', d(TD)),
 ('bị thương 6 người', '6', 'level', 'người', d(TI)),
 ('tăng 2 vụ', '2', 'change', 'vụ', d(TA, U, PP)),
 ('tăng 3 người chết', '3', 'change', 'người', d(TD, U, PP)),
 ('ra 14 vụ phạm pháp', '14', 'level', 'vụ', d(CR)),
 ('giảm 5 vụ so với tuần', '5', 'change', 'vụ', d(CR, D, PP)),
 ('làm rõ 12 vụ', '12', 'level', 'vụ', d()),
 ('bắt giữ 21 đối tượng', '21', 'level', 'đối tượng', d()),
 ('đạt tỷ lệ 85,7%', '85,7%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('khoảng 640 triệu đồng', '640 triệu đồng', 'level', 'VND', d(modality='estimate', bound='about')),
 ('bắt giữ 38 vụ', '38', 'level', 'vụ', d()),
 ('52 đối tượng', '52', 'level', 'đối tượng', d()),
 ('1,2 kg heroin', '1,2 kg', 'level', 'kg', d()),
 ('4.600 viên', '4.600', 'level', 'viên', d()),
 ('bắt 11 vụ', '11', 'level', 'vụ', d(KS)),
 ('14 đối tượng.', '14', 'level', 'đối tượng', d(KS)),
 ('bắt 1.146 vụ', '1.146', 'level', 'vụ', d(Y)),
 ('1.598 đối tượng', '1.598', 'level', 'đối tượng', d(Y)),
 ('tăng 8,3%', '8,3%', 'change', '%', d(Y, U, SP)),
 ('xử lý 2.436 trường hợp', '2.436', 'level', 'trường hợp', d()),
 ('hơn 3,1 tỷ đồng', '3,1 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('tăng 12% so với tuần', '12%', 'change', '%', d(U, PP)),
 ('tước 214 giấy phép', '214', 'level', 'giấy phép lái xe', d()),
 ('giữ 386 xe mô tô', '386', 'level', 'xe mô tô', d()),
 ('lý 742 trường hợp', '742', 'level', 'trường hợp', d()),
 ('chiếm 30,5%', '30,5%', 'level', '%', d()),
 ('xảy ra 2 vụ tai nạn', '2', 'level', 'vụ', d(TA, VI)),
 ('làm chết 1 người', '1', 'level', 'người', d(TD, VI)),
 ('xử lý 418 trường hợp', '418', 'level', 'trường hợp', d(VI)),
 ('xảy ra 3 vụ, làm', '3', 'level', 'vụ', d(TA, DC)),
 ('làm chết 2 người, là', '2', 'level', 'người', d(TD, DC)),
 ('ra 142 vụ', '142', 'level', 'vụ', d(TA, Y)),
 ('chết 118 người', '118', 'level', 'người', d(TD, Y)),
 ('thương 79 người', '79', 'level', 'người', d(TI, Y)),
 ('giảm 11 vụ', '11', 'change', 'vụ', d(TA, Y, D, SP)),
 ('giảm 9 người chết', '9', 'change', 'người', d(TD, Y, D, SP)),
 ('tăng 4 người bị thương', '4', 'change', 'người', d(TI, Y, U, SP)),
 ('ít nhất 5%', '5%', 'change', '%', d(TA, D, modality='target', period='2023', base='2022', bound='at_least')),
]
