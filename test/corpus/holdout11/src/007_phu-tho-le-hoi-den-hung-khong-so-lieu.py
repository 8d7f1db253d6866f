TEXT = '''
Văn hóa - Xã hội

Phú Thọ ban hành kế hoạch tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Ất Tỵ 2025

20/10/2024 14:05

(PTĐT) - Ngày 18/10/2024, UBND tỉnh Phú Thọ ban hành Quyết định số 1234/QĐ-UBND về việc thành lập Ban Tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Ất Tỵ 2025, thực hiện Kết luận số 42-KL/TU của Ban Thường vụ Tỉnh ủy.

Theo kế hoạch, lễ hội diễn ra từ ngày 1/4 đến 7/4/2025 (tức từ ngày mùng 4 đến mùng 10 tháng 3 năm Ất Tỵ), tại Khu di tích lịch sử Đền Hùng, thành phố Việt Trì. Lễ dâng hương tưởng niệm các Vua Hùng bắt đầu lúc 6h30 ngày 10/3 âm lịch.

Trong khuôn khổ lễ hội có Hội thi "Tuổi 18 với Đảng" lần thứ 3, Giải bóng đá thiếu niên U13 cúp Hùng Vương, chương trình "Vì trẻ em dưới 6 tuổi" và Hội thi gói, nấu bánh chưng, giã bánh giầy lần thứ nhất. Đoàn xe tham gia rước kiệu đi theo Quốc lộ 32C và đường Hùng Vương, qua Phường Gia Cẩm.

Cụ Nguyễn Văn Thân, 87 tuổi, ở xã Hy Cương, người đã có hơn 40 năm trông coi đền Thượng, chia sẻ niềm vui khi lễ hội năm nay được tổ chức quy mô hơn.

Mọi thông tin phản ánh về giá cả, an ninh trật tự trong dịp lễ hội xin gọi đường dây nóng 0210.3860.026 hoặc tổng đài 1022. Hướng dẫn đầy đủ được đăng tại mục 2.3 của Kế hoạch 437/KH-BTC.

Thanh Nga

Tin cùng chuyên mục:
- Việt Trì: Khai mạc Tuần Văn hóa - Du lịch Đất Tổ lần thứ 5
'''
META = {'published': '2024-10-20', 'locality': 'tỉnh Phú Thọ'}
DEFAULTS = {'locality': 'tỉnh Phú Thọ', 'period': '2024', 'modality': 'actual'}
FIGS = [
 ('hơn 40 năm', '40', 'level', 'năm', dict(optional=True)),
]
