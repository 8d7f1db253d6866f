TEXT = '''
Báo Gia Lai điện tử
Giáo dục | 16/07/2025 11:20

Tỷ lệ tốt nghiệp THPT năm 2025 của tỉnh Gia Lai đạt 98,67%

(GLO) - Sáng 16/7, Sở Giáo dục và Đào tạo tỉnh Gia Lai cho biết, kỳ thi tốt nghiệp THPT năm 2025, toàn tỉnh có 38.912 thí sinh dự thi tại 67 điểm thi; tỷ lệ tốt nghiệp đạt 98,67%, giảm 0,21 điểm phần trăm so với năm 2024 (tính gộp hai tỉnh Gia Lai và Bình Định cũ).

Trong đó, khu vực Bình Định cũ có 20.416 thí sinh, tỷ lệ tốt nghiệp 99,12%; khu vực Gia Lai cũ có 18.496 thí sinh, tỷ lệ tốt nghiệp 98,17%.

Điểm trung bình môn Toán của tỉnh đạt 4,93 điểm, môn Ngữ văn 7,02 điểm, xếp thứ 27/34 tỉnh, thành phố. Toàn tỉnh có 1.126 bài thi đạt điểm 10, tăng 214 bài so với năm trước, chủ yếu ở các môn Giáo dục kinh tế và pháp luật, Lịch sử; có 4 bài thi bị điểm liệt, giảm 9 bài.

Thủ khoa khối A00 của tỉnh là em Trần Minh Khang, học sinh lớp 12A1 Trường THPT chuyên Lê Quý Đôn (phường Quy Nhơn), với tổng điểm 29,35.

Năm học 2025 - 2026, tỉnh dự kiến tuyển sinh vào lớp 10 công lập khoảng 41.500 học sinh, tăng khoảng 2.300 em so với năm học trước.

Thí sinh dự thi tại điểm thi Trường THPT Pleiku, phường Pleiku. Ảnh: Đức Thụy

Đức Thụy

Tin cùng chuyên mục
- 6 học sinh Gia Lai đạt điểm 10 môn Lịch sử (15/07/2025)
- Công bố đường dây nóng tuyển sinh đầu cấp: 0269.3824.115
- Xã Ia Grai bàn giao 12 phòng học mới trước năm học 2025 - 2026

© Báo Gia Lai. Giấy phép số 467/GP-BTTTT. Địa chỉ: 09 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai
'''
META = {'published': '2025-07-16', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2025', 'modality': 'actual'}
BD = {'locality': 'tỉnh Bình Định'}
E = {'period': '2025/2026', 'modality': 'estimate', 'bound': 'about'}
FIGS = [
 ('đạt 98,67%\n', '98,67%', 'level', '%', dict()),
 ('có 38.912 thí sinh', '38.912', 'level', 'thí sinh', dict()),
 ('tại 67 điểm thi', '67', 'level', 'điểm thi', dict(optional=True)),
 ('nghiệp đạt 98,67%,', '98,67%', 'level', '%', dict()),
 ('giảm 0,21 điểm phần trăm', '0,21 điểm phần trăm', 'change', 'điểm %', dict(direction='down', base='2024')),
 ('có 20.416 thí sinh', '20.416', 'level', 'thí sinh', dict(BD)),
 ('nghiệp 99,12%', '99,12%', 'level', '%', dict(BD)),
 ('có 18.496 thí sinh', '18.496', 'level', 'thí sinh', dict()),
 ('nghiệp 98,17%', '98,17%', 'level', '%', dict()),
 ('đạt 4,93 điểm', '4,93 điểm', 'level', 'điểm', dict()),
 ('văn 7,02 điểm', '7,02 điểm', 'level', 'điểm', dict()),
 ('có 1.126 bài thi', '1.126', 'level', 'bài thi', dict()),
 ('tăng 214 bài', '214', 'change', 'bài', dict(direction='up', base='2024')),
 ('có 4 bài thi', '4', 'level', 'bài thi', dict()),
 ('giảm 9 bài', '9', 'change', 'bài', dict(direction='down')),
 ('khoảng 41.500 học sinh', '41.500', 'level', 'học sinh', dict(E)),
 ('khoảng 2.300 em', '2.300', 'change', 'em', dict(E, direction='up', base='previous_period')),
]
