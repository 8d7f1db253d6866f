NFD = True
TEXT = '''
BÁO HẢI DƯƠNG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Bạn đọc

Pháp luật

Tháng 5, tai nạn giao thông giảm trên cả 3 tiêu chí

27/05/2023 15:40

(BHD) - Sáng 26/5, Ban Chỉ đạo 138 tỉnh tổ chức hội nghị giao ban công tác bảo đảm an ninh, trật tự tháng 5/2023. Đại tá Vũ Quang Minh, Phó Giám đốc Công an tỉnh chủ trì hội nghị.

Theo báo cáo của Công an tỉnh, trong tháng (từ ngày 15/4 đến 14/5), toàn tỉnh xảy ra 48 vụ phạm pháp hình sự, giảm 7 vụ so với tháng trước; làm chết 2 người, bị thương 9 người, thiệt hại tài sản khoảng 1,8 tỷ đồng. Lực lượng công an đã điều tra làm rõ 41 vụ, bắt giữ 63 đối tượng, đạt tỷ lệ 85,4%.

Các lực lượng chức năng phát hiện, bắt giữ 57 vụ, 74 đối tượng phạm tội về ma túy, thu giữ 312 gam heroin và 1.450 viên ma túy tổng hợp; phát hiện 36 vụ vi phạm về kinh tế, buôn lậu, gian lận thương mại, xử phạt hành chính 1,26 tỷ đồng.

Điển hình, ngày 9/5, Phòng Cảnh sát điều tra tội phạm về ma túy bắt quả tang Trần Văn T. (32 tuổi, trú tại phường Ngọc Châu, thành phố Hải Dương) đang vận chuyển 2 bánh heroin trên xe ô tô biển kiểm soát 34A-512.68.

Tai nạn giao thông giảm cả số vụ, số người chết

Trong tháng, toàn tỉnh xảy ra 12 vụ tai nạn giao thông, làm chết 9 người, bị thương 7 người; so với tháng trước giảm 3 vụ, giảm 2 người chết, giảm 4 người bị thương. So với cùng kỳ năm 2022, giảm 5 vụ, giảm 3 người chết, tăng 1 người bị thương. Các địa phương xảy ra nhiều vụ nhất là thành phố Chí Linh (3 vụ) và huyện Gia Lộc (2 vụ).

Vụ nghiêm trọng nhất xảy ra lúc 22h10 ngày 3/5 tại Km 52+300 Quốc lộ 5, đoạn qua xã Cẩm Điền, huyện Cẩm Giàng: xe tải biển kiểm soát 34C-123.45 va chạm với xe máy làm 2 người tử vong tại chỗ.

Lực lượng cảnh sát giao thông đã kiểm tra, phát hiện 4.216 trường hợp vi phạm, phạt tiền 5,3 tỷ đồng, tước giấy phép lái xe 612 trường hợp, tạm giữ 1.035 phương tiện; trong đó vi phạm nồng độ cồn 1.480 trường hợp, tăng 38% so với tháng trước.

Tính chung 5 tháng đầu năm, toàn tỉnh xảy ra 61 vụ tai nạn giao thông, làm chết 47 người, bị thương 32 người; so với cùng kỳ giảm 9 vụ (-12,9%), giảm 6 người chết (-11,3%).

Tòa án, Viện kiểm sát, Thi hành án

Trong 5 tháng đầu năm, Tòa án nhân dân hai cấp thụ lý 1.126 vụ, việc các loại, đã giải quyết 842 vụ, việc, đạt 74,8%; trong đó án hình sự thụ lý 215 vụ/386 bị cáo, đã xét xử 171 vụ/298 bị cáo. Viện kiểm sát nhân dân hai cấp thụ lý, kiểm sát giải quyết 264 tin báo, tố giác về tội phạm, đã giải quyết 229 tin, đạt 86,7%.

Cơ quan thi hành án dân sự hai cấp thu được 48,6 tỷ đồng, đạt 52,3% chỉ tiêu được giao.

Tháng 6, Công an tỉnh phấn đấu tỷ lệ điều tra khám phá án hình sự đạt trên 80%, án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 95%; tập trung cao điểm tấn công, trấn áp tội phạm dịp Tháng hành động vì trẻ em và kỳ thi tốt nghiệp THPT năm 2023.

Người dân phát hiện hành vi vi phạm pháp luật có thể báo qua số điện thoại 0220 3852 113 hoặc ứng dụng VNeID.

Thành Chung

Tin cùng chuyên mục
- Khởi tố 5 bị can trong đường dây đánh bạc qua mạng 20 tỷ đồng
- Quý I/2023, Hải Dương giảm 11 người chết vì tai nạn giao thông
- Xử phạt 217 trường hợp không đội mũ bảo hiểm
'''
META = {'published': '2023-05-27', 'locality': 'tỉnh Hải Dương'}
DEFAULTS = {'locality': 'tỉnh Hải Dương', 'period': '2023-M05', 'modality': 'actual'}
C = dict(indicator='crime')
TA, TD, TI = dict(indicator='traffic_accidents'), dict(indicator='traffic_deaths'), dict(indicator='traffic_injuries')
PREV = dict(base='previous_period')
SAME = dict(base='same_period')
M5 = dict(period='2023-5M')
OPT = dict(optional=True)
FIGS = [
 ('cả 3 tiêu chí', '3', 'level', 'tiêu chí', dict(**OPT)),
 ('xảy ra 48 vụ', '48', 'level', 'vụ', dict(**C)),
 ('giảm 7 vụ', '7', 'change', 'vụ', dict(**C, **PREV, direction='down')),
 ('làm chết 2 người', '2', 'level', 'người', dict()),
 ('bị thương 9 người', '9', 'level', 'người', dict()),
 ('khoảng 1,8 tỷ đồng', '1,8 tỷ đồng', 'level', 'VND', dict(bound='about')),
 ('làm rõ 41 vụ', '41', 'level', 'vụ', dict()),
 ('bắt giữ 63 đối tượng', '63', 'level', 'đối tượng', dict()),
 ('đạt tỷ lệ 85,4%', '85,4%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('bắt giữ 57 vụ', '57', 'level', 'vụ', dict()),
 ('74 đối tượng', '74', 'level', 'đối tượng', dict()),
 ('thu giữ 312 gam', '312 gam', 'level', 'gam', dict()),
 ('1.450 viên', '1.450', 'level', 'viên', dict()),
 ('phát hiện 36 vụ', '36', 'level', 'vụ', dict()),
 ('chính 1,26 tỷ đồng', '1,26 tỷ đồng', 'level', 'VND', dict()),
 ('xảy ra 12 vụ', '12', 'level', 'vụ', dict(**TA)),
 ('làm chết 9 người', '9', 'level', 'người', dict(**TD)),
 ('bị thương 7 người', '7', 'level', 'người', dict(**TI)),
 ('trước giảm 3 vụ', '3', 'change', 'vụ', dict(**TA, **PREV, direction='down')),
 ('giảm 2 người chết', '2', 'change', 'người', dict(**TD, **PREV, direction='down')),
 ('giảm 4 người bị thương', '4', 'change', 'người', dict(**TI, **PREV, direction='down')),
 ('giảm 5 vụ', '5', 'change', 'vụ', dict(**TA, **SAME, direction='down')),
 ('giảm 3 người chết', '3', 'change', 'người', dict(**TD, **SAME, direction='down')),
 ('tăng 1 người bị thương', '1', 'change', 'người', dict(**TI, **SAME, direction='up')),
 ('Chí Linh (3 vụ)', '3', 'level', 'vụ', dict(**TA, locality='thành phố Chí Linh')),
 ('Gia Lộc (2 vụ)', '2', 'level', 'vụ', dict(**TA, locality='huyện Gia Lộc')),
 ('phát hiện 4.216 trường hợp', '4.216', 'level', 'trường hợp', dict()),
 ('phạt tiền 5,3 tỷ đồng', '5,3 tỷ đồng', 'level', 'VND', dict()),
 ('xe 612 trường hợp', '612', 'level', 'trường hợp', dict()),
 ('tạm giữ 1.035 phương tiện', '1.035', 'level', 'phương tiện', dict()),
 ('cồn 1.480 trường hợp', '1.480', 'level', 'trường hợp', dict()),
 ('tăng 38%', '38%', 'change', '%', dict(**PREV, direction='up')),
 ('xảy ra 61 vụ', '61', 'level', 'vụ', dict(**TA, **M5)),
 ('làm chết 47 người', '47', 'level', 'người', dict(**TD, **M5)),
 ('bị thương 32 người', '32', 'level', 'người', dict(**TI, **M5)),
 ('giảm 9 vụ', '9', 'change', 'vụ', dict(**TA, **M5, **SAME, direction='down')),
 ('(-12,9%)', '12,9%', 'change', '%', dict(**TA, **M5, **SAME, direction='down')),
 ('giảm 6 người chết', '6', 'change', 'người', dict(**TD, **M5, **SAME, direction='down')),
 ('(-11,3%)', '11,3%', 'change', '%', dict(**TD, **M5, **SAME, direction='down')),
 ('thụ lý 1.126 vụ', '1.126', 'level', 'vụ', dict(**M5)),
 ('giải quyết 842 vụ', '842', 'level', 'vụ', dict(**M5)),
 ('đạt 74,8%', '74,8%', 'level', '%', dict(**M5)),
 ('thụ lý 215 vụ', '215', 'level', 'vụ', dict(**M5)),
 ('/386 bị cáo', '386', 'level', 'bị cáo', dict(**M5)),
 ('xử 171 vụ', '171', 'level', 'vụ', dict(**M5)),
 ('/298 bị cáo', '298', 'level', 'bị cáo', dict(**M5)),
 ('giải quyết 264 tin', '264', 'level', 'tin báo', dict(**M5)),
 ('giải quyết 229 tin', '229', 'level', 'tin', dict(**M5)),
 ('đạt 86,7%', '86,7%', 'level', '%', dict(**M5)),
 ('thu được 48,6 tỷ đồng', '48,6 tỷ đồng', 'level', 'VND', dict(**M5)),
 ('đạt 52,3% chỉ tiêu', '52,3%', 'attainment', '%', dict(**M5, base='target')),
 ('đạt trên 80%', '80%', 'level', '%', dict(indicator='crime_clearance_rate', period='2023-M06', modality='target', bound='over')),
 ('đạt trên 95%', '95%', 'level', '%', dict(period='2023-M06', modality='target', bound='over')),
]
