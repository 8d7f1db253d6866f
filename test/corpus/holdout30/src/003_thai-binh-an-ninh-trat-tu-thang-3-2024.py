TEXT = '''
TBTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÁI BÌNH
Trang chủ | Thời sự | An ninh - Quốc phòng | Xã hội | Văn hoá | Thể thao | Truyền hình trực tuyến | Lịch phát sóng
Đường dây nóng: 0227.3831.669

An ninh - Quốc phòng

Tháng 3/2024: Tai nạn giao thông giảm 4 vụ, tội phạm về trật tự xã hội giảm 12,5%

Cập nhật: 04/04/2024 16:40

(TBTV) - Ngày 4/4, Công an tỉnh cho biết, trong tháng 3/2024 trên địa bàn tỉnh xảy ra 11 vụ tai nạn giao thông, làm chết 7 người, bị thương 6 người; so với tháng trước giảm 4 vụ, giảm 2 người chết. Tội phạm về trật tự xã hội xảy ra 28 vụ, giảm 12,5% so với cùng kỳ năm 2023.

▶ Bản tin An ninh Thái Bình tháng 3/2024 | 08:26

Lực lượng chức năng đã điều tra, làm rõ 25/28 vụ, đạt tỷ lệ 89,3%; bắt, xử lý 41 đối tượng. Đáng chú ý, Phòng Cảnh sát hình sự phối hợp Công an huyện Kiến Xương triệt phá một đường dây cá độ bóng đá qua mạng với số tiền giao dịch khoảng 3,2 tỷ đồng, bắt giữ 6 đối tượng; người cầm đầu là Phạm Văn H. (SN 1989, trú tại xã Vũ Hoà).

Về ma tuý, Công an toàn tỉnh phát hiện, bắt giữ 19 vụ, 27 đối tượng, thu giữ 46,5 gam heroin và 820 viên ma tuý tổng hợp. Tội phạm về kinh tế, môi trường được phát hiện 14 vụ, tăng 3 vụ so với tháng trước.

Trên các tuyến Quốc lộ 10, Quốc lộ 37 và ĐT.454, lực lượng Cảnh sát giao thông đã lập biên bản 2.316 trường hợp vi phạm, phạt tiền 4,12 tỷ đồng, tạm giữ 318 phương tiện; tước giấy phép lái xe 205 trường hợp. Riêng lỗi vi phạm nồng độ cồn chiếm 41,7% tổng số trường hợp vi phạm. Khoảng 22 giờ 15 ngày 17/3, xe ô tô biển kiểm soát 17A-352.18 do anh Trần Văn T. (32 tuổi, trú tại thị trấn Diêm Điền, huyện Thái Thuỵ) điều khiển va chạm với xe mô tô 17B1-608.72, làm 1 người tử vong tại chỗ.

Tính chung quý I/2024, toàn tỉnh xảy ra 35 vụ tai nạn giao thông, làm chết 24 người, bị thương 19 người; so với cùng kỳ giảm 6 vụ (-14,6%), giảm 5 người chết, tăng 2 người bị thương.

Công an tỉnh đề nghị người dân khi phát hiện hành vi vi phạm pháp luật báo ngay cho cơ quan Công an gần nhất hoặc gọi số 113, đường dây nóng 069.2.925.139. Mục tiêu năm 2024 là kéo giảm tai nạn giao thông trên cả 3 tiêu chí, tỷ lệ điều tra khám phá án đạt trên 80%, án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 95%.

Minh Thuỷ - Hoàng Hoà

Tin khác:
- Thái Bình: Khoẻ mạnh mùa nắng nóng, chủ động phòng chống dịch bệnh | 03:12
- Kiến Xương: Hoà giải thành công 94% vụ việc ở cơ sở

ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÁI BÌNH
Giấy phép số 478/GP-BTTTT ngày 7/9/2021. Địa chỉ: Số 1 Lê Đại Hành, TP Thái Bình. ĐT: 0227.3831.551
'''
META = {'published': '2024-04-04', 'locality': 'tỉnh Thái Bình'}
DEFAULTS = {'locality': 'tỉnh Thái Bình', 'period': '2024-M03', 'modality': 'actual'}
TA, TD, TI = dict(indicator='traffic_accidents'), dict(indicator='traffic_deaths'), dict(indicator='traffic_injuries')
C = dict(indicator='crime')
PREV, SAME = dict(base='previous_period'), dict(base='same_period')
Q1 = dict(period='2024-Q1')
FIGS = [
 ('Tai nạn giao thông giảm 4 vụ', '4', 'change', 'vụ', dict(TA, direction='down')),
 ('trật tự xã hội giảm 12,5%\n', '12,5%', 'change', '%', dict(C, direction='down')),
 ('xảy ra 11 vụ', '11', 'level', 'vụ', dict(TA)),
 ('làm chết 7 người', '7', 'level', 'người', dict(TD)),
 ('bị thương 6 người', '6', 'level', 'người', dict(TI)),
 ('trước giảm 4 vụ', '4', 'change', 'vụ', dict(TA, **PREV, direction='down')),
 ('giảm 2 người chết', '2', 'change', 'người', dict(TD, **PREV, direction='down')),
 ('xảy ra 28 vụ', '28', 'level', 'vụ', dict(C)),
 ('giảm 12,5% so với', '12,5%', 'change', '%', dict(C, **SAME, direction='down')),
 ('làm rõ 25/28 vụ', '25/28', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('đạt tỷ lệ 89,3%', '89,3%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('xử lý 41 đối tượng', '41', 'level', 'đối tượng', dict()),
 ('bắt giữ 19 vụ', '19', 'level', 'vụ', dict()),
 ('19 vụ, 27 đối tượng', '27', 'level', 'đối tượng', dict()),
 ('thu giữ 46,5 gam', '46,5 gam', 'level', 'gam', dict()),
 ('và 820 viên', '820', 'level', 'viên', dict()),
 ('phát hiện 14 vụ', '14', 'level', 'vụ', dict(C)),
 ('tăng 3 vụ', '3', 'change', 'vụ', dict(C, **PREV, direction='up')),
 ('biên bản 2.316 trường hợp', '2.316', 'level', 'trường hợp', dict()),
 ('phạt tiền 4,12 tỷ đồng', '4,12 tỷ đồng', 'level', 'VND', dict()),
 ('tạm giữ 318 phương tiện', '318', 'level', 'phương tiện', dict()),
 ('lái xe 205 trường hợp', '205', 'level', 'trường hợp', dict()),
 ('chiếm 41,7%', '41,7%', 'level', '%', dict()),
 ('xảy ra 35 vụ', '35', 'level', 'vụ', dict(TA, **Q1)),
 ('làm chết 24 người', '24', 'level', 'người', dict(TD, **Q1)),
 ('bị thương 19 người', '19', 'level', 'người', dict(TI, **Q1)),
 ('giảm 6 vụ', '6', 'change', 'vụ', dict(TA, **Q1, **SAME, direction='down')),
 ('(-14,6%)', '14,6%', 'change', '%', dict(TA, **Q1, **SAME, direction='down')),
 ('giảm 5 người chết', '5', 'change', 'người', dict(TD, **Q1, **SAME, direction='down')),
 ('tăng 2 người bị thương', '2', 'change', 'người', dict(TI, **Q1, **SAME, direction='up')),
 ('cả 3 tiêu chí', '3', 'level', 'tiêu chí', dict(optional=True)),
 ('án đạt trên 80%', '80%', 'level', '%', dict(indicator='crime_clearance_rate', period='2024', modality='target', bound='over')),
 ('đạt trên 95%', '95%', 'level', '%', dict(period='2024', modality='target', bound='over')),
]
