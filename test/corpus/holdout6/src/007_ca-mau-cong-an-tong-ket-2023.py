TEXT = '''
An ninh - Trật tự

Cà Mau: Tai nạn giao thông năm 2023 giảm trên cả 3 tiêu chí, số người chết giảm 18,67%

09/01/2024 - 16:20

(CMO) Chiều 8/1, Công an tỉnh Cà Mau tổ chức Hội nghị tổng kết công tác công an năm 2023, triển khai nhiệm vụ năm 2024. Dự và chỉ đạo hội nghị có Thiếu tướng Nguyễn Văn Lâm, Phó Cục trưởng Cục C06, Bộ Công an.

Thiếu tướng Nguyễn Văn Lâm phát biểu chỉ đạo hội nghị.
Thiếu tướng Nguyễn Văn Lâm phát biểu chỉ đạo hội nghị.

Kết quả nổi bật

Năm 2023, lực lượng Công an tỉnh đã thực hiện đồng bộ các giải pháp, kéo giảm tội phạm và tai nạn giao thông. Các chỉ tiêu chủ yếu (tăng, giảm so với năm 2022):
- Phạm pháp hình sự: 412 vụ, -6,36%;
- Số vụ đã điều tra làm rõ: 378 vụ, đạt tỷ lệ 91,75%;
- Tội phạm về ma túy phát hiện: 186 vụ, +10,70%;
- Tai nạn giao thông: 98 vụ (-12,50%), làm chết 61 người (-18,67%), bị thương 54 người (-10%).

Trong đó, các vụ án đặc biệt nghiêm trọng điều tra làm rõ 100%, vượt 10% chỉ tiêu Bộ Công an giao (90%). Tỷ lệ thu hồi tài sản trong các vụ án kinh tế, tham nhũng đạt 68,3%.

Công tác cấp căn cước công dân gắn chíp và tài khoản định danh điện tử được đẩy mạnh: toàn tỉnh thu nhận hồ sơ định danh điện tử mức 2 cho 642.530 công dân, đạt 104,2% chỉ tiêu Bộ Công an giao. Phòng Cảnh sát giao thông đã lập biên bản xử lý 52.460 trường hợp vi phạm, phạt tiền 38,6 tỷ đồng, tăng gấp 2,3 lần so với năm 2022.

Tại địa phương

Huyện Đầm Dơi là địa bàn có số vụ phạm pháp hình sự giảm mạnh nhất, với 31 vụ, giảm 11 vụ so với năm 2022. Ở thành phố Cà Mau, tai nạn giao thông xảy ra 21 vụ, làm chết 12 người, tăng 2 người so với năm trước.

Phát biểu chỉ đạo, Thiếu tướng Nguyễn Văn Lâm đề nghị Công an tỉnh tiếp tục nâng tỷ lệ điều tra khám phá án hình sự đạt trên 85%, án rất nghiêm trọng và đặc biệt nghiêm trọng trên 95%, kéo giảm tai nạn giao thông từ 5 - 10% trên cả 3 tiêu chí trong năm 2024.

Nhân dịp này, 14 tập thể và 27 cá nhân được nhận Bằng khen của Bộ Công an và UBND tỉnh. Đại tá Trần Văn Hiểu (54 tuổi), Trưởng Công an huyện Năm Căn, được tặng Huân chương Bảo vệ Tổ quốc hạng Ba.

Người dân phát hiện tội phạm liên hệ số điện thoại 0290.3838.114 hoặc đường dây nóng 113.

Tin liên quan
Cà Mau: Bắt 2 đối tượng vận chuyển 1,5 kg ma túy
Xử lý 120 trường hợp vi phạm nồng độ cồn dịp Tết

Thành Đạt

BÌNH LUẬN
'''
META = {'published': '2024-01-09', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2023', 'modality': 'actual'}
T = {'period': '2024', 'modality': 'target'}
B = {'base': '2022'}
FIGS = [
 ('số người chết giảm 18,67%', '18,67%', 'change', '%', dict(indicator='traffic_deaths', direction='down')),
 ('hình sự: 412 vụ', '412', 'level', 'vụ', dict(indicator='crime')),
 ('-6,36%', '6,36%', 'change', '%', dict(indicator='crime', direction='down', **B)),
 ('rõ: 378 vụ', '378', 'level', 'vụ', dict(indicator='crime_clearance_rate')),
 ('tỷ lệ 91,75%', '91,75%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('hiện: 186 vụ', '186', 'level', 'vụ', dict(indicator='crime')),
 ('+10,70%', '10,70%', 'change', '%', dict(indicator='crime', direction='up', **B)),
 ('thông: 98 vụ', '98', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('(-12,50%)', '12,50%', 'change', '%', dict(indicator='traffic_accidents', direction='down', **B)),
 ('làm chết 61 người', '61', 'level', 'người', dict(indicator='traffic_deaths')),
 ('(-18,67%)', '18,67%', 'change', '%', dict(indicator='traffic_deaths', direction='down', **B)),
 ('bị thương 54 người', '54', 'level', 'người', dict(indicator='traffic_injuries')),
 ('(-10%)', '10%', 'change', '%', dict(indicator='traffic_injuries', direction='down', **B)),
 ('làm rõ 100%', '100%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('vượt 10% chỉ tiêu', '10%', 'change', '%', dict(indicator='crime_clearance_rate', direction='up', base='target', status='exceeded')),
 ('giao (90%)', '90%', 'level', '%', dict(indicator='crime_clearance_rate', modality='target')),
 ('đạt 68,3%', '68,3%', 'level', '%', dict()),
 ('cho 642.530 công dân', '642.530', 'level', 'công dân', dict()),
 ('đạt 104,2% chỉ tiêu', '104,2%', 'attainment', '%', dict(base='target')),
 ('xử lý 52.460 trường hợp', '52.460', 'level', 'trường hợp', dict()),
 ('phạt tiền 38,6 tỷ đồng', '38,6 tỷ đồng', 'level', 'VND', dict()),
 ('gấp 2,3 lần', '2,3 lần', 'change', 'lần', dict(direction='up', base='2022')),
 ('với 31 vụ', '31', 'level', 'vụ', dict(indicator='crime', locality='huyện Đầm Dơi')),
 ('giảm 11 vụ', '11', 'change', 'vụ', dict(indicator='crime', direction='down', base='2022', locality='huyện Đầm Dơi')),
 ('xảy ra 21 vụ', '21', 'level', 'vụ', dict(indicator='traffic_accidents', locality='thành phố Cà Mau')),
 ('làm chết 12 người', '12', 'level', 'người', dict(indicator='traffic_deaths', locality='thành phố Cà Mau')),
 ('tăng 2 người', '2', 'change', 'người', dict(indicator='traffic_deaths', direction='up', base='2022', locality='thành phố Cà Mau')),
 ('đạt trên 85%', '85%', 'level', '%', dict(indicator='crime_clearance_rate', bound='over', **T)),
 ('nghiêm trọng trên 95%', '95%', 'level', '%', dict(indicator='crime_clearance_rate', bound='over', **T)),
 ('từ 5 - 10%', '5 - 10%', 'change', '%', dict(indicator='traffic_accidents', direction='down', **T)),
 ('14 tập thể', '14', 'level', 'tập thể', dict(optional=True)),
 ('27 cá nhân', '27', 'level', 'cá nhân', dict(optional=True)),
]
