TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ
Chủ nhật, 04/05/2026 | 07:48
Chính trị | Kinh tế | Xã hội | An ninh - Quốc phòng | Du lịch | Phú Yên xưa và nay

An ninh - Trật tự

4 ngày nghỉ lễ, tai nạn giao thông giảm cả 3 tiêu chí

Trong 4 ngày nghỉ lễ 30/4 - 1/5 (từ ngày 30/4 đến 3/5/2026), trên địa bàn tỉnh xảy ra 5 vụ tai nạn giao thông, làm chết 4 người, bị thương 3 người; so với kỳ nghỉ lễ năm 2025 giảm 2 vụ, giảm 1 người chết, giảm 4 người bị thương.

Theo Phòng Cảnh sát giao thông Công an tỉnh, trong dịp lễ, lực lượng chức năng đã kiểm tra, xử lý 1.426 trường hợp vi phạm, phạt tiền 2,35 tỷ đồng, tăng 18,6% so với dịp lễ năm trước; tước 176 giấy phép lái xe. Riêng ngày 1/5, lực lượng CSGT xử lý 428 trường hợp, cao nhất trong kỳ nghỉ.

Khu vực Phú Yên cũ xảy ra 2 vụ tai nạn giao thông, làm chết 2 người; phường Tuy Hoà xử lý 312 trường hợp vi phạm nồng độ cồn.

Trật tự xã hội được giữ vững

Trong 4 ngày nghỉ lễ, toàn tỉnh xảy ra 7 vụ phạm pháp hình sự, đã điều tra làm rõ 6/7 vụ, bắt 9 đối tượng. Không xảy ra cháy, nổ lớn.

Về du lịch, các điểm đến trên địa bàn tỉnh đón khoảng 186.000 lượt khách, tăng 42% so với dịp lễ năm 2025, doanh thu ước đạt 412 tỷ đồng. Riêng phường Tuy Hoà và xã Ô Loan đón 98.000 lượt khách, chiếm 52,7%; phường Buôn Ma Thuột đón 54.000 lượt. Công suất phòng tại khu vực biển đạt 85 - 90%.

Cảnh sát giao thông hướng dẫn người dân tại Quốc lộ 26 đoạn qua xã Ea Kar chiều 2/5. Ảnh: Minh Thuận

Tính chung tháng 4/2026, toàn tỉnh xảy ra 38 vụ tai nạn giao thông, làm chết 29 người, bị thương 21 người, so với tháng 3 giảm 6 vụ, giảm 3 người chết. Từ đầu năm đến nay, toàn tỉnh xảy ra 161 vụ, làm chết 124 người, so với cùng kỳ giảm 9,6% số vụ, giảm 7,5% số người chết.

Công an tỉnh phấn đấu năm 2026 kéo giảm từ 5 - 10% số người chết vì tai nạn giao thông so với năm 2025.

Minh Thuận

Tin liên quan
- Công an tỉnh ra quân bảo đảm trật tự dịp lễ 30/4 (28/04/2026)
- Tuần 17/2026: Xử lý hơn 2.100 trường hợp vi phạm (27/04/2026)

Báo Đắk Lắk. Giấy phép số 48/GP-BTTTT. Tổng biên tập: ... Điện thoại: 0262.3852.622 | Lượt xem: 2.041
'''
META = {'published': '2026-05-04', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2026-Q2', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
TA = {'indicator': 'traffic_accidents'}
TD = {'indicator': 'traffic_deaths'}
TI = {'indicator': 'traffic_injuries'}
TR = {'indicator': 'tourist_arrivals'}
PY = {'locality': 'tỉnh Phú Yên'}
TH = {'locality': 'phường Tuy Hòa'}
M4 = {'period': '2026-M04'}
F4 = {'period': '2026'}
OPT = {'optional': True}
FIGS = [
 ('ra 5 vụ', '5', 'level', 'vụ', d(TA)),
 ('chết 4 người', '4', 'level', 'người', d(TD)),
 ('thương 3 người', '3', 'level', 'người', d(TI)),
 ('giảm 2 vụ', '2', 'change', 'vụ', d(TA, D, SP)),
 ('giảm 1 người chết', '1', 'change', 'người', d(TD, D, SP)),
 ('giảm 4 người bị thương', '4', 'change', 'người', d(TI, D, SP)),
 ('xử lý 1.426 trường hợp', '1.426', 'level', 'trường hợp', d()),
 ('phạt tiền 2,35 tỷ đồng', '2,35 tỷ đồng', 'level', 'VND', d()),
 ('tăng 18,6%', '18,6%', 'change', '%', d(U, SP)),
 ('tước 176 giấy phép', '176', 'level', 'giấy phép lái xe', d()),
 ('lý 428 trường hợp', '428', 'level', 'trường hợp', d(period='2026-M05')),
 ('xảy ra 2 vụ', '2', 'level', 'vụ', d(TA, PY)),
 ('chết 2 người', '2', 'level', 'người', d(TD, PY)),
 ('lý 312 trường hợp', '312', 'level', 'trường hợp', d(TH)),
 ('ra 7 vụ', '7', 'level', 'vụ', d(indicator='crime')),
 ('6/7 vụ', '6/7', 'ratio', 'vụ', d()),
 ('bắt 9 đối tượng', '9', 'level', 'đối tượng', d()),
 ('khoảng 186.000 lượt', '186.000', 'level', 'lượt khách', d(TR, bound='about')),
 ('tăng 42%', '42%', 'change', '%', d(TR, U, SP)),
 ('ước đạt 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue', modality='estimate')),
 ('đón 98.000 lượt', '98.000', 'level', 'lượt khách', d(TR)),
 ('chiếm 52,7%', '52,7%', 'level', '%', d(TR)),
 ('đón 54.000 lượt', '54.000', 'level', 'lượt', d(TR, locality='phường Buôn Ma Thuột')),
 ('85 - 90%', '85 - 90%', 'level', '%', d()),
 ('ra 38 vụ', '38', 'level', 'vụ', d(TA, M4)),
 ('chết 29 người', '29', 'level', 'người', d(TD, M4)),
 ('thương 21 người', '21', 'level', 'người', d(TI, M4)),
 ('giảm 6 vụ', '6', 'change', 'vụ', d(TA, M4, D, PP)),
 ('giảm 3 người chết', '3', 'change', 'người', d(TD, M4, D, PP)),
 ('ra 161 vụ', '161', 'level', 'vụ', d(TA, F4)),
 ('chết 124 người', '124', 'level', 'người', d(TD, F4)),
 ('giảm 9,6%', '9,6%', 'change', '%', d(TA, F4, D, SP)),
 ('giảm 7,5%', '7,5%', 'change', '%', d(TD, F4, D, SP)),
 ('5 - 10%', '5 - 10%', 'change', '%', d(TD, D, modality='target', period='2026', base='2025')),
]
