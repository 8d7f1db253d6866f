# Báo Nghệ An, 5/1/2024: the provincial traffic-safety board's review of 2023 (the police year 15/12/2022 -
# 14/12/2023 is the reporting year 2023). A page of early January reviewing last year: every figure is 2023 unless
# the sentence names another year. A pipe table of districts with change columns under a heading that names the
# base (2022). One crash told as a story (time, Km marker, plate, its dead and injured) gives no figure.
TEXT = '''
BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Giao thông | Văn hóa | Thể thao

Giao thông

Năm 2023, Nghệ An giảm 21 người chết vì tai nạn giao thông

Thứ Sáu, 05/01/2024 - 10:15

(Baonghean.vn) - Sáng 4/1, Ban An toàn giao thông tỉnh tổ chức hội nghị tổng kết công tác bảo đảm trật tự, an toàn giao thông năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh chủ trì hội nghị.

Giảm số vụ, số người chết

Theo báo cáo, năm 2023 (từ ngày 15/12/2022 đến ngày 14/12/2023), toàn tỉnh xảy ra 326 vụ tai nạn giao thông, làm chết 248 người, bị thương 187 người. So với năm 2022, giảm 19 vụ (-5,5%), giảm 21 người chết (-7,8%), tăng 9 người bị thương (+5,1%).

Tai nạn giao thông đường bộ vẫn chiếm 98,2% số vụ; trên tuyến đường sắt xảy ra 5 vụ, làm chết 4 người. Các vụ tai nạn tập trung trên Quốc lộ 1A, Quốc lộ 7, Quốc lộ 46 và đường tỉnh 534; nguyên nhân chủ yếu do đi không đúng phần đường, chạy quá tốc độ và sử dụng rượu bia khi điều khiển phương tiện.

Các địa phương xảy ra nhiều vụ tai nạn nhất năm 2023 (tăng, giảm so với năm 2022):

Địa phương | Số vụ | Tăng, giảm (vụ) | Số người chết | Tăng, giảm (người)
Thành phố Vinh | 41 | -6 | 22 | -4
Huyện Diễn Châu | 28 | +2 | 24 | +1
Huyện Quỳnh Lưu | 25 | -3 | 21 | -5
Huyện Nghi Lộc | 23 | -2 | 19 | +3

Đáng lo ngại, tai nạn giao thông liên quan đến học sinh xảy ra 23 vụ, làm chết 14 học sinh, tăng 4 vụ so với năm 2022; phần lớn là học sinh chưa đủ tuổi điều khiển xe mô tô, xe máy điện. Trên các tuyến đường thủy nội địa, lực lượng chức năng kiểm tra 1.124 lượt phương tiện, xử lý 386 trường hợp vi phạm.

Vụ tai nạn nghiêm trọng nhất xảy ra lúc 3h20 ngày 12/8/2023 tại Km 416+600 Quốc lộ 1A (xã Diễn An, huyện Diễn Châu), xe khách biển kiểm soát 37B-021.58 va chạm với xe đầu kéo làm 3 người chết, 14 người bị thương.

Lực lượng CSGT Công an tỉnh kiểm tra nồng độ cồn trên Quốc lộ 1A đoạn qua huyện Diễn Châu. Ảnh: Đức Vũ

Xử phạt hơn 152 tỷ đồng

Năm 2023, lực lượng Cảnh sát giao thông toàn tỉnh đã kiểm tra, xử lý 186.420 trường hợp vi phạm, phạt tiền 152,6 tỷ đồng, tăng 18,3% so với năm 2022; tước 14.870 giấy phép lái xe, tạm giữ 9.612 phương tiện. Bình quân mỗi ngày xử lý khoảng 510 trường hợp. Riêng vi phạm nồng độ cồn xử lý 31.250 trường hợp, gấp 2,1 lần năm 2022.

Đến ngày 14/12/2023, toàn tỉnh có hơn 2,36 triệu xe mô tô và 124.500 ô tô đang lưu hành; số ô tô tăng 9,4% so với cùng thời điểm năm 2022, gây áp lực lớn lên hạ tầng giao thông đô thị.

Ngành Giao thông vận tải phối hợp rà soát, xử lý 46 điểm đen về tai nạn giao thông; lắp đặt, bổ sung 1.250 biển báo hiệu đường bộ. Công tác tuyên truyền được đẩy mạnh với 2.136 buổi tuyên truyền tại trường học, khu dân cư.

Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Nguyễn Văn Đệ đề nghị các ngành, địa phương không chủ quan khi số người bị thương vẫn tăng. Năm 2024, Ban An toàn giao thông tỉnh đặt mục tiêu kéo giảm từ 5 - 10% trên cả 3 tiêu chí về số vụ, số người chết và số người bị thương so với năm 2023; không để xảy ra ùn tắc giao thông kéo dài trên các tuyến trọng điểm.

Nguyễn Tuấn

Tin liên quan
- Nghệ An ra quân cao điểm bảo đảm trật tự an toàn giao thông dịp Tết Giáp Thìn 2024
- Xe khách lật trên Quốc lộ 48, 12 người bị thương
- Công an huyện Quỳ Hợp xử phạt 86 trường hợp vi phạm nồng độ cồn

Báo Nghệ An - Số 2 Nguyễn Thị Minh Khai, TP. Vinh. Điện thoại: 0238.3844.557
'''
META = {'published': '2024-01-05', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
B22 = {'base': '2022'}
TA = {'indicator': 'traffic_accidents'}
TD = {'indicator': 'traffic_deaths'}
TI = {'indicator': 'traffic_injuries'}
VI = {'locality': 'thành phố Vinh'}
DC = {'locality': 'huyện Diễn Châu'}
QL = {'locality': 'huyện Quỳnh Lưu'}
NL = {'locality': 'huyện Nghi Lộc'}
OPT = {'optional': True}
M12 = {'period': '2023-M12'}
SP = {'base': 'same_period'}
FIGS = [
 ('An giảm 21 người chết', '21', 'change', 'người', d(TD, D)),
 ('xảy ra 326 vụ', '326', 'level', 'vụ', d(TA)),
 ('làm chết 248 người', '248', 'level', 'người', d(TD)),
 ('bị thương 187 người', '187', 'level', 'người', d(TI)),
 ('giảm 19 vụ', '19', 'change', 'vụ', d(TA, D, B22)),
 ('(-5,5%)', '5,5%', 'change', '%', d(TA, D, B22)),
 ('giảm 21 người chết (', '21', 'change', 'người', d(TD, D, B22)),
 ('(-7,8%)', '7,8%', 'change', '%', d(TD, D, B22)),
 ('tăng 9 người bị thương', '9', 'change', 'người', d(TI, U, B22)),
 ('(+5,1%)', '5,1%', 'change', '%', d(TI, U, B22)),
 ('chiếm 98,2% số vụ', '98,2%', 'level', '%', d()),
 ('xảy ra 5 vụ', '5', 'level', 'vụ', d(TA)),
 ('làm chết 4 người', '4', 'level', 'người', d(TD)),
 ('ra 23 vụ', '23', 'level', 'vụ', d(TA)),
 ('chết 14 học sinh', '14', 'level', 'học sinh', d(TD)),
 ('tăng 4 vụ', '4', 'change', 'vụ', d(TA, U, B22)),
 ('tra 1.124 lượt', '1.124', 'level', 'lượt phương tiện', d()),
 ('xử lý 386 trường hợp', '386', 'level', 'trường hợp', d()),
 ('Vinh | 41 |', '41', 'level', 'vụ', d(TA, VI)),
 ('| -6 |', '6', 'change', 'vụ', d(TA, VI, D, B22)),
 ('| -6 | 22 |', '22', 'level', 'người', d(TD, VI)),
 ('| 22 | -4', '4', 'change', 'người', d(TD, VI, D, B22)),
 ('Châu | 28 |', '28', 'level', 'vụ', d(TA, DC)),
 ('| +2 |', '2', 'change', 'vụ', d(TA, DC, U, B22)),
 ('| +2 | 24 |', '24', 'level', 'người', d(TD, DC)),
 ('| 24 | +1', '1', 'change', 'người', d(TD, DC, U, B22)),
 ('Lưu | 25 |', '25', 'level', 'vụ', d(TA, QL)),
 ('| -3 |', '3', 'change', 'vụ', d(TA, QL, D, B22)),
 ('| -3 | 21 |', '21', 'level', 'người', d(TD, QL)),
 ('| 21 | -5', '5', 'change', 'người', d(TD, QL, D, B22)),
 ('Lộc | 23 |', '23', 'level', 'vụ', d(TA, NL)),
 ('| -2 |', '2', 'change', 'vụ', d(TA, NL, D, B22)),
 ('| -2 | 19 |', '19', 'level', 'người', d(TD, NL)),
 ('| 19 | +3', '3', 'change', 'người', d(TD, NL, U, B22)),
 ('Xử phạt hơn 152 tỷ đồng', '152 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('xử lý 186.420 trường hợp', '186.420', 'level', 'trường hợp', d()),
 ('phạt tiền 152,6 tỷ đồng', '152,6 tỷ đồng', 'level', 'VND', d()),
 ('tăng 18,3%', '18,3%', 'change', '%', d(U, B22)),
 ('tước 14.870 giấy phép', '14.870', 'level', 'giấy phép lái xe', d()),
 ('giữ 9.612 phương tiện', '9.612', 'level', 'phương tiện', d()),
 ('khoảng 510 trường hợp', '510', 'level', 'trường hợp/ngày', d(bound='about')),
 ('lý 31.250 trường hợp', '31.250', 'level', 'trường hợp', d()),
 ('gấp 2,1 lần', '2,1', 'change', 'lần', d(U, B22)),
 ('hơn 2,36 triệu xe', '2,36 triệu', 'level', 'xe mô tô', d(M12, bound='over')),
 ('và 124.500 ô tô', '124.500', 'level', 'ô tô', d(M12)),
 ('tăng 9,4%', '9,4%', 'change', '%', d(M12, U, SP)),
 ('xử lý 46 điểm đen', '46', 'level', 'điểm đen', d()),
 ('bổ sung 1.250 biển báo', '1.250', 'level', 'biển báo', d()),
 ('với 2.136 buổi', '2.136', 'level', 'buổi', d(OPT)),
 ('từ 5 - 10%', '5 - 10%', 'change', '%', d(D, period='2024', modality='target', base='2023')),
 ('cả 3 tiêu chí', '3', 'level', 'tiêu chí', d(OPT)),
]
