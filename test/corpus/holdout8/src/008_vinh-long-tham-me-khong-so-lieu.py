TEXT = '''
Thời sự

Lãnh đạo tỉnh Vĩnh Long thăm, tặng quà gia đình chính sách nhân ngày 27/7

Thứ Năm, 24/07/2025 - 15:47 | 0 bình luận

VLO - Sáng 24/7, nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025), đoàn công tác của Tỉnh ủy, UBND tỉnh Vĩnh Long do đồng chí Bí thư Tỉnh ủy dẫn đầu đã đến thăm, tặng quà các gia đình chính sách tại Phường 1 và xã Long Hồ.

Bí thư Tỉnh ủy thăm hỏi sức khỏe Mẹ Việt Nam Anh hùng. Ảnh: Thảo Ly
Bí thư Tỉnh ủy thăm hỏi sức khỏe Mẹ Việt Nam Anh hùng. Ảnh: Thảo Ly

Đoàn đã đến thăm Mẹ Việt Nam Anh hùng Nguyễn Thị Út, năm nay 96 tuổi, có chồng và 2 người con là liệt sĩ. Mẹ hiện sống cùng người con út tại khóm 3, gần cầu Mỹ Thuận 2 và Quốc lộ 57.

Tại buổi thăm, đồng chí Bí thư Tỉnh ủy ân cần hỏi thăm sức khỏe, gửi lời chúc mẹ sống vui, sống khỏe cùng con cháu. Đồng chí khẳng định: “Đền ơn đáp nghĩa là trách nhiệm, là tình cảm của cấp ủy, chính quyền và Nhân dân; tỉnh sẽ tiếp tục chăm lo chu đáo cho các gia đình chính sách, người có công”.

Đoàn cũng đến dâng hương tại Nghĩa trang liệt sĩ tỉnh vào lúc 9 giờ 30 phút. Hoạt động nằm trong Kế hoạch số 215-KH/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 12-HD/BTGTU về tổ chức các hoạt động kỷ niệm giai đoạn 2021 - 2025.

Trước đó, ngày 22/7, Hội Cựu chiến binh tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 5, khóa VIII, quán triệt Chỉ thị số 14-CT/TW của Ban Bí thư về tiếp tục tăng cường công tác thương binh, liệt sĩ.

Người cao tuổi đón đoàn công tác tại khóm 3, Phường 1. Ảnh: Thảo Ly

Thảo Ly

Xem thêm:
- Khai mạc Hội thi tiếng hát "Khúc tráng ca" lần thứ 2
- Đường dây nóng Báo Vĩnh Long: 0270.3822.xxx
'''
META = {'published': '2025-07-24', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'modality': 'actual'}
FIGS = []
