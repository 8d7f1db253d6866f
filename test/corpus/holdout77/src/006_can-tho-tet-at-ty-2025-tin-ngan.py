TEXT = '''
CẦN THƠ ONLINE
Cập nhật: 03-02-2025 17:40

Cần Thơ: 9 ngày nghỉ Tết Ất Tỵ, tai nạn giao thông giảm cả 3 tiêu chí

(CT) - Theo Ban An toàn giao thông TP Cần Thơ, trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ ngày 25/1 đến 2/2/2025), trật tự an toàn giao thông trên địa bàn thành phố được giữ vững. Cụ thể (so với Tết Giáp Thìn 2024):
+ Xảy ra 4 vụ tai nạn giao thông, giảm 3 vụ;
+ Làm chết 3 người, giảm 2 người; bị thương 2 người, giảm 4 người;
+ Lực lượng CSGT kiểm tra, xử lý 1.236 trường hợp vi phạm, phạt tiền hơn 2,1 tỷ đồng; tạm giữ 412 xe mô tô.

Riêng vi phạm nồng độ cồn có 618 trường hợp, chiếm 50% tổng số vi phạm.

Ngành y tế thành phố tiếp nhận khám, cấp cứu 9.850 lượt người, tăng 6,5%; trong đó cấp cứu do tai nạn giao thông 186 ca. Các bến xe phục vụ 68.400 lượt hành khách, tăng 11%.

CSGT Công an TP Cần Thơ kiểm tra nồng độ cồn trên đường 30/4. Ảnh: CT

GIA BẢO

Đường dây nóng: 0292.3830.669 - 0918.338.588
'''
META = {'published': '2025-02-03', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
FIGS = [
 ('ra 4 vụ', '4', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('chết 3 người', '3', 'level', 'người', d(indicator='traffic_deaths')),
 ('giảm 2 người', '2', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('thương 2 người', '2', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 4 người', '4', 'change', 'người', d(D, SP, indicator='traffic_injuries')),
 ('lý 1.236 trường hợp', '1.236', 'level', 'trường hợp', d()),
 ('hơn 2,1 tỷ đồng', '2,1 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('giữ 412 xe', '412', 'level', 'xe mô tô', d()),
 ('có 618 trường hợp', '618', 'level', 'trường hợp', d()),
 ('chiếm 50%', '50%', 'level', '%', d()),
 ('cứu 9.850 lượt người', '9.850', 'level', 'lượt người', d()),
 ('tăng 6,5%', '6,5%', 'change', '%', d(U)),
 ('thông 186 ca', '186', 'level', 'ca', d()),
 ('vụ 68.400 lượt hành khách', '68.400', 'level', 'lượt hành khách', d()),
 ('tăng 11%', '11%', 'change', '%', d(U)),
]
