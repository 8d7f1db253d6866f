# Traffic safety and crime year review (Báo Cà Mau style): counts with bracketed signed changes, a clearance ratio,
# two districts contrasted in one sentence, "Ð" look-alike opening a sentence, road names and hotlines.
TEXT = '''
An ninh - Trật tự

Cà Mau: Tai nạn giao thông năm 2024 giảm cả 3 tiêu chí

16/12/2024 - 14:05

(CMO) Ngày 15-12, Ban An toàn giao thông tỉnh Cà Mau tổ chức hội nghị tổng kết công tác bảo đảm trật tự an toàn giao thông năm 2024, triển khai nhiệm vụ năm 2025.

Theo báo cáo, năm 2024 (từ ngày 15/12/2023 đến ngày 14/12/2024), trên địa bàn tỉnh xảy ra 112 vụ tai nạn giao thông, làm chết 78 người, bị thương 64 người; so với cùng kỳ giảm 17 vụ (-13,18%), giảm 9 người chết (-10,34%), giảm 12 người bị thương (-15,79%).

Lực lượng chức năng đã kiểm tra, xử lý 48.562 trường hợp vi phạm, phạt tiền hơn 52,3 tỷ đồng, tạm giữ 3.215 phương tiện. Riêng tuyến Quốc lộ 1 đoạn qua thành phố Cà Mau xảy ra 21 vụ, làm chết 15 người.

Huyện Trần Văn Thời giảm 6 vụ so với cùng kỳ và không có người chết do tai nạn giao thông; ngược lại, tại huyện Cái Nước, tai nạn giao thông tăng 3 vụ, số người chết tăng 2 người so với cùng kỳ.

Về tình hình tội phạm, năm 2024 toàn tỉnh xảy ra 386 vụ phạm pháp hình sự, giảm 4,2% so với năm 2023; đã điều tra làm rõ 351/386 vụ, đạt tỷ lệ 90,93%. \u00d0iều tra khám phá các vụ án rất nghiêm trọng, đặc biệt nghiêm trọng đạt 100%.

Năm 2025, tỉnh phấn đấu kéo giảm từ 5 - 10% số vụ, số người chết và số người bị thương do tai nạn giao thông. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0290.3831.113 hoặc gọi số 113.

Hoàng Vũ
'''
META = {'published': '2024-12-16', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2024', 'modality': 'actual'}
SP = dict(direction='down', base='same_period')
TA, TD, TI = dict(indicator='traffic_accidents'), dict(indicator='traffic_deaths'), dict(indicator='traffic_injuries')
CM = dict(locality='thành phố Cà Mau')
FIGS = [
 ('cả 3 tiêu chí', '3', 'level', 'tiêu chí', dict(optional=True)),
 ('xảy ra 112 vụ', '112', 'level', 'vụ', dict(**TA)),
 ('làm chết 78 người', '78', 'level', 'người', dict(**TD)),
 ('bị thương 64 người', '64', 'level', 'người', dict(**TI)),
 ('giảm 17 vụ', '17', 'change', 'vụ', dict(**SP, **TA)),
 ('(-13,18%)', '13,18%', 'change', '%', dict(**SP, **TA)),
 ('giảm 9 người', '9', 'change', 'người', dict(**SP, **TD)),
 ('(-10,34%)', '10,34%', 'change', '%', dict(**SP, **TD)),
 ('giảm 12 người', '12', 'change', 'người', dict(**SP, **TI)),
 ('(-15,79%)', '15,79%', 'change', '%', dict(**SP, **TI)),
 ('lý 48.562 trường hợp', '48.562', 'level', 'trường hợp', dict()),
 ('hơn 52,3 tỷ đồng', '52,3 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('giữ 3.215 phương tiện', '3.215', 'level', 'phương tiện', dict()),
 ('xảy ra 21 vụ', '21', 'level', 'vụ', dict(**TA, **CM)),
 ('chết 15 người', '15', 'level', 'người', dict(**TD, **CM)),
 ('giảm 6 vụ', '6', 'change', 'vụ', dict(**SP, **TA, locality='huyện Trần Văn Thời')),
 ('tăng 3 vụ', '3', 'change', 'vụ', dict(direction='up', base='same_period', **TA, locality='huyện Cái Nước')),
 ('tăng 2 người', '2', 'change', 'người', dict(direction='up', base='same_period', **TD, locality='huyện Cái Nước')),
 ('xảy ra 386 vụ', '386', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 4,2%', '4,2%', 'change', '%', dict(indicator='crime', direction='down', base='2023')),
 ('làm rõ 351/386 vụ', '351/386', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('tỷ lệ 90,93%', '90,93%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('đạt 100%', '100%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('từ 5 - 10%', '5 - 10%', 'change', '%', dict(direction='down', modality='target', period='2025')),
]
