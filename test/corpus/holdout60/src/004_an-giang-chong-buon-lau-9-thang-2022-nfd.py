NFD = True
# Báo An Giang, 6/10/2022, stored in NFD: the provincial steering committee 389's 9-month review of smuggling, trade
# fraud and counterfeits. Figures of the first nine months are '2022-9M'; a year's aim is '2022' target. A list under
# a heading "(tăng, giảm so với cùng kỳ)" takes same_period for its signed brackets. Seizures are levels in the unit
# written (kg, gói, lít, USD). One seizure told as a story (a border post, two people, 3.500 packs) gives no figure.
TEXT = '''
BÁO AN GIANG
Trang chủ | Chính trị | Kinh tế | Xã hội | Pháp luật | Quốc phòng - An ninh | Biên giới | Video
Cập nhật: 06/10/2022 - 14:05

Pháp luật

9 tháng, An Giang bắt giữ 1.286 vụ buôn lậu, gian lận thương mại

(AGO) - Chiều 5/10, Ban Chỉ đạo 389 tỉnh tổ chức hội nghị sơ kết công tác đấu tranh chống buôn lậu, gian lận thương mại và hàng giả 9 tháng đầu năm 2022. Phó Chủ tịch UBND tỉnh Lê Văn Phước, Trưởng Ban Chỉ đạo 389 tỉnh chủ trì hội nghị.

Theo báo cáo, 9 tháng đầu năm, các lực lượng chức năng trên địa bàn tỉnh đã phát hiện, bắt giữ 1.286 vụ buôn lậu, gian lận thương mại và hàng giả, giảm 94 vụ (-6,8%) so với cùng kỳ năm 2021; trị giá hàng hóa vi phạm ước hơn 58,3 tỷ đồng. Đã xử lý hành chính 1.212 vụ, thu nộp ngân sách nhà nước 42,7 tỷ đồng, tăng 12,4% so với cùng kỳ; khởi tố hình sự 36 vụ, 49 bị can.

Trong đó, lực lượng Công an bắt giữ 512 vụ; Bộ đội Biên phòng 386 vụ; Quản lý thị trường 274 vụ; Hải quan 68 vụ; các lực lượng khác 46 vụ. Các tuyến trọng điểm vẫn là biên giới thuộc thị xã Tân Châu, huyện An Phú và thị xã Tịnh Biên, chiếm 71,5% số vụ.

Kết quả bắt giữ một số mặt hàng chủ yếu (tăng, giảm so với cùng kỳ):
- Đường cát: 412.600 kg (-35,2%);
- Thuốc lá điếu ngoại: 286.450 gói (+18,6%);
- Xăng dầu: 96.800 lít (+41,3%);
- Ngoại tệ: 48.600 USD.

Điển hình, ngày 14/8, Đồn Biên phòng Khánh Bình (huyện An Phú) bắt quả tang 2 đối tượng dùng xuồng máy vận chuyển 3.500 gói thuốc lá ngoại qua biên giới.

Lực lượng Bộ đội Biên phòng tỉnh tuần tra trên tuyến biên giới thuộc huyện An Phú. Ảnh: Hữu Huynh

Theo đánh giá của Ban Chỉ đạo, sau khi biên giới mở cửa trở lại, hàng nhập lậu qua đường mòn, lối mở có xu hướng giảm về số vụ nhưng tăng về trị giá; các đối tượng chuyển sang buôn bán qua mạng xã hội. Hàng giả, hàng kém chất lượng bị phát hiện 58 vụ, gấp 1,6 lần cùng kỳ, chủ yếu là mỹ phẩm, thực phẩm chức năng.

Theo Ban Chỉ đạo 389 quốc gia, 9 tháng năm 2022, các lực lượng chức năng cả nước phát hiện, xử lý 75.612 vụ vi phạm, thu nộp ngân sách 8.456 tỷ đồng.

Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Lê Văn Phước yêu cầu các lực lượng tập trung cao điểm đấu tranh trước, trong và sau Tết Nguyên đán Quý Mão 2023; phấn đấu số thu nộp ngân sách cả năm 2022 đạt trên 55 tỷ đồng.

Hữu Huynh

Tin cùng chuyên mục
- Bắt giữ 1.200 kg đường cát nhập lậu tại xã Phú Hội
- An Giang: Xử phạt 45 cơ sở kinh doanh xăng dầu vi phạm
- Tịnh Biên: Triệt xóa 2 điểm tập kết hàng lậu

Báo An Giang - Số 6 Lê Triệu Kiết, TP. Long Xuyên. Điện thoại: 0296.3841.308
'''
META = {'published': '2022-10-06', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2022-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
CN = {'locality': 'cả nước'}
FIGS = [
 ('giữ 1.286 vụ buôn lậu, gian lận thương mại\n', '1.286', 'level', 'vụ', d()),
 ('bắt giữ 1.286 vụ buôn lậu, gian lận thương mại và', '1.286', 'level', 'vụ', d()),
 ('giảm 94 vụ', '94', 'change', 'vụ', d(D, SP)),
 ('(-6,8%)', '6,8%', 'change', '%', d(D, SP)),
 ('ước hơn 58,3 tỷ đồng', '58,3 tỷ đồng', 'level', 'VND', d(modality='estimate', bound='over')),
 ('chính 1.212 vụ', '1.212', 'level', 'vụ', d()),
 ('nước 42,7 tỷ đồng', '42,7 tỷ đồng', 'level', 'VND', d()),
 ('tăng 12,4%', '12,4%', 'change', '%', d(U, SP)),
 ('hình sự 36 vụ', '36', 'level', 'vụ', d()),
 ('49 bị can', '49', 'level', 'bị can', d()),
 ('bắt giữ 512 vụ', '512', 'level', 'vụ', d()),
 ('phòng 386 vụ', '386', 'level', 'vụ', d()),
 ('trường 274 vụ', '274', 'level', 'vụ', d()),
 ('quan 68 vụ', '68', 'level', 'vụ', d()),
 ('khác 46 vụ', '46', 'level', 'vụ', d()),
 ('chiếm 71,5%', '71,5%', 'level', '%', d()),
 ('412.600 kg', '412.600 kg', 'level', 'kg', d()),
 ('(-35,2%)', '35,2%', 'change', '%', d(D, SP)),
 ('286.450 gói', '286.450', 'level', 'gói', d()),
 ('(+18,6%)', '18,6%', 'change', '%', d(U, SP)),
 ('96.800 lít', '96.800', 'level', 'lít', d()),
 ('(+41,3%)', '41,3%', 'change', '%', d(U, SP)),
 ('48.600 USD', '48.600 USD', 'level', 'USD', d()),
 ('phát hiện 58 vụ', '58', 'level', 'vụ', d()),
 ('gấp 1,6 lần', '1,6', 'change', 'lần', d(U, SP)),
 ('lý 75.612 vụ', '75.612', 'level', 'vụ', d(CN)),
 ('sách 8.456 tỷ đồng', '8.456 tỷ đồng', 'level', 'VND', d(CN)),
 ('trên 55 tỷ đồng', '55 tỷ đồng', 'level', 'VND', d(period='2022', modality='target', bound='over')),
]
