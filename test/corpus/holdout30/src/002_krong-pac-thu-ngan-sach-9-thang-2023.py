TEXT = '''
DRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐẮK LẮK
Trang chủ | Tin tức | Chính trị | Kinh tế | Xã hội | Truyền hình | Phát thanh | Podcast | Lịch phát sóng
Hotline: 0262.3852.777

Kinh tế | 05/10/2023 09:12 | Lượt xem: 842

Krông Pắc: Thu ngân sách 9 tháng đạt 82% dự toán

(DRT) - Tính đến hết tháng 9/2023, tổng thu ngân sách nhà nước trên địa bàn huyện Krông Pắc đạt 158,6 tỷ đồng, bằng 82% dự toán tỉnh giao, tăng 9,4% so với cùng kỳ năm 2022.

▶ Krông Pắc đẩy mạnh thu hồi nợ thuế cuối năm | 02:18

Theo Chi cục Thuế khu vực Krông Pắc - Ea Kar, trong tổng thu, thu từ khu vực công thương nghiệp ngoài quốc doanh đạt 46,2 tỷ đồng, tăng 12% so với cùng kỳ; lệ phí trước bạ 18,7 tỷ đồng; thuế thu nhập cá nhân 11,4 tỷ đồng. Có 9/14 khoản thu đạt trên 75% dự toán. Riêng thu tiền sử dụng đất mới được 21,3 tỷ đồng, chỉ bằng 42,6% dự toán do thị trường bất động sản trầm lắng, nhiều lô đất tại thị trấn Phước An và dọc Quốc lộ 26 đấu giá không thành.

Đến ngày 30/9/2023, tổng số nợ thuế trên địa bàn là 7,85 tỷ đồng, giảm 1,2 tỷ đồng so với thời điểm 31/12/2022. Thực hiện Nghị định 126/2020/NĐ-CP, Chi cục đã ban hành 1.260 thông báo tiền chậm nộp và cưỡng chế 12 doanh nghiệp nợ đọng kéo dài.

Ông Lê Văn Thành, Chi cục trưởng Chi cục Thuế khu vực, cho biết: "Quý IV, huyện cần thu thêm khoảng 35 tỷ đồng mới hoàn thành dự toán 193,4 tỷ đồng năm 2023. Chúng tôi đã giao chỉ tiêu đến từng đội thuế, phấn đấu thu vượt 5% dự toán".

Người nộp thuế cần hỗ trợ có thể liên hệ số điện thoại 0262.3521.368 trong giờ hành chính (7 giờ 30 - 11 giờ 30, 13 giờ 30 - 17 giờ) các ngày từ thứ Hai đến thứ Sáu.

Quang Nhật - Hà Vy (Đài TT-TH Krông Pắc)

Xem thêm
- Ea Kar: Thu hoạch hơn 9.000 ha lúa vụ Hè Thu
- Buôn Ma Thuột khai mạc Lễ hội Cà phê lần thứ 8 | 04:30

Lịch phát sóng DRT1 - Thứ Năm, 05/10/2023
05:55 Chào ngày mới | 11:00 Thời sự | 18:30 Thời sự tiếng Ê Đê | 19:45 Thời sự Đắk Lắk | 21:00 Phim tài liệu

ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐẮK LẮK
Giấy phép số 211/GP-BTTTT ngày 20/5/2021. Địa chỉ: 16 Nguyễn Tất Thành, TP Buôn Ma Thuột.
'''
META = {'published': '2023-10-05', 'locality': 'huyện Krông Pắc'}
DEFAULTS = {'locality': 'huyện Krông Pắc', 'period': '2023-9M', 'modality': 'actual'}
BR = dict(indicator='budget_revenue')
FIGS = [
 ('tháng đạt 82% dự toán', '82%', 'attainment', '%', dict(BR, base='target')),
 ('đạt 158,6 tỷ đồng', '158,6 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 82% dự toán tỉnh', '82%', 'attainment', '%', dict(BR, base='target')),
 ('tăng 9,4% so với', '9,4%', 'change', '%', dict(BR, direction='up', base='same_period')),
 ('đạt 46,2 tỷ đồng', '46,2 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 12% so với cùng kỳ', '12%', 'change', '%', dict(direction='up', base='same_period')),
 ('bạ 18,7 tỷ đồng', '18,7 tỷ đồng', 'level', 'VND', dict()),
 ('nhân 11,4 tỷ đồng', '11,4 tỷ đồng', 'level', 'VND', dict()),
 ('Có 9/14 khoản thu', '9/14', 'ratio', 'khoản thu', dict()),
 ('được 21,3 tỷ đồng', '21,3 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 42,6% dự toán', '42,6%', 'attainment', '%', dict(base='target')),
 ('là 7,85 tỷ đồng', '7,85 tỷ đồng', 'level', 'VND', dict(period='2023-M09')),
 ('giảm 1,2 tỷ đồng', '1,2 tỷ đồng', 'change', 'VND', dict(period='2023-M09', direction='down', base='2022')),
 ('ban hành 1.260 thông báo', '1.260', 'level', 'thông báo', dict(optional=True)),
 ('cưỡng chế 12 doanh nghiệp', '12', 'level', 'doanh nghiệp', dict()),
 ('khoảng 35 tỷ đồng', '35 tỷ đồng', 'level', 'VND', dict(BR, period='2023-Q4', modality='target', bound='about')),
 ('dự toán 193,4 tỷ đồng', '193,4 tỷ đồng', 'level', 'VND', dict(BR, period='2023', modality='target')),
 ('thu vượt 5% dự toán', '5%', 'change', '%', dict(BR, period='2023', modality='target', direction='up', base='target', status='exceeded')),
]
