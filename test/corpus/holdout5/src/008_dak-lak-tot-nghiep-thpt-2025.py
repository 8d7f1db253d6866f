TEXT = '''
Đắk Lắk: Tỷ lệ tốt nghiệp THPT năm 2025 đạt 98,93%

17/07/2025 - 10:05

(BĐL) - Ngày 16/7, Sở Giáo dục và Đào tạo tỉnh Đắk Lắk cho biết, kỳ thi tốt nghiệp THPT năm 2025 toàn tỉnh có 38.426 thí sinh đăng ký dự thi, trong đó 37.958 thí sinh thuộc diện xét công nhận tốt nghiệp. Đây là năm đầu tiên thi theo Chương trình giáo dục phổ thông 2018; kết quả được tổng hợp chung cho tỉnh Đắk Lắk mới, sau khi hợp nhất với tỉnh Phú Yên từ ngày 01/7/2025.

Sau khi xét, toàn tỉnh có 37.553 thí sinh đủ điều kiện công nhận tốt nghiệp, đạt tỷ lệ 98,93%, thấp hơn tỷ lệ chung của cả nước (99,2%) 0,27 điểm phần trăm. Trong đó, tỷ lệ tốt nghiệp khu vực Phú Yên cũ đạt 99,35%. Có 46/118 trường THPT đạt tỷ lệ tốt nghiệp 100%.

Điểm trung bình các môn thi của tỉnh đạt 6,21 điểm; môn Toán 4,68 điểm, môn Ngữ văn 6,89 điểm. Toàn tỉnh có 1.152 bài thi đạt điểm 10, gấp 3 lần so với năm 2024, nhiều nhất ở môn Lịch sử (412 bài) và Địa lí (385 bài). Em Nguyễn Thị Thu H. (Trường THPT chuyên Lương Văn Chánh, 18 tuổi) đạt tổng điểm 29,75 ở tổ hợp A00, là thủ khoa toàn tỉnh.

Năm học 2024 - 2025, tỷ lệ huy động trẻ 5 tuổi đến trường đạt 99,6%; tỷ lệ học sinh tiểu học đi học đúng độ tuổi đạt 99,8%, trung học cơ sở đạt 96,3%. Số trường đạt chuẩn quốc gia hiện là 712/1.086, đạt tỷ lệ 65,6%, tăng 58 trường. Tỷ lệ phòng học kiên cố đạt 84,2%. Toàn ngành còn thiếu khoảng 2.100 giáo viên, chủ yếu ở bậc mầm non và tiểu học tại các xã vùng sâu.

Năm học 2025 - 2026, ngành giáo dục phấn đấu có thêm ít nhất 40 trường đạt chuẩn quốc gia; duy trì tỷ lệ tốt nghiệp THPT trên 98%. Thông tin tuyển sinh đầu cấp xem tại Cổng thông tin của Sở, số 8 Nguyễn Tất Thành, hoặc gọi đường dây nóng 0262.3852.134.

Hoài Thu

Xem thêm:
Đắk Lắk: 32 thí sinh đạt điểm 10 môn Ngữ văn
'''
META = {'published': '2025-07-17', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2025', 'modality': 'actual'}
SY = {'period': '2024/2025'}
FIGS = [
 ('năm 2025 đạt 98,93%', '98,93%', 'level', '%', {}),
 ('có 38.426 thí sinh', '38.426', 'level', 'thí sinh', {}),
 ('37.958 thí sinh', '37.958', 'level', 'thí sinh', {}),
 ('có 37.553 thí sinh', '37.553', 'level', 'thí sinh', {}),
 ('tỷ lệ 98,93%', '98,93%', 'level', '%', {}),
 ('(99,2%)', '99,2%', 'level', '%', dict(locality='cả nước')),
 ('0,27 điểm phần trăm', '0,27 điểm phần trăm', 'change', 'điểm %', dict(direction='down')),
 ('đạt 99,35%', '99,35%', 'level', '%', dict(locality='tỉnh Phú Yên')),
 ('Có 46/118 trường', '46/118', 'ratio', 'trường', {}),
 ('tốt nghiệp 100%', '100%', 'level', '%', dict(optional=True)),
 ('đạt 6,21 điểm', '6,21 điểm', 'level', 'điểm', {}),
 ('Toán 4,68 điểm', '4,68 điểm', 'level', 'điểm', {}),
 ('văn 6,89 điểm', '6,89 điểm', 'level', 'điểm', {}),
 ('có 1.152 bài thi', '1.152', 'level', 'bài thi', {}),
 ('gấp 3 lần', '3 lần', 'change', 'lần', dict(direction='up', base='2024')),
 ('(412 bài)', '412', 'level', 'bài', {}),
 ('(385 bài)', '385', 'level', 'bài', {}),
 ('trường đạt 99,6%', '99,6%', 'level', '%', dict(indicator='school_enrollment_rate', **SY)),
 ('độ tuổi đạt 99,8%', '99,8%', 'level', '%', dict(indicator='school_enrollment_rate', **SY)),
 ('cơ sở đạt 96,3%', '96,3%', 'level', '%', dict(indicator='school_enrollment_rate', **SY)),
 ('hiện là 712/1.086', '712/1.086', 'ratio', 'trường', dict(indicator='national_standard_schools', **SY)),
 ('tỷ lệ 65,6%', '65,6%', 'level', '%', dict(indicator='national_standard_schools', **SY)),
 ('tăng 58 trường', '58', 'change', 'trường', dict(indicator='national_standard_schools', direction='up', **SY)),
 ('kiên cố đạt 84,2%', '84,2%', 'level', '%', dict(**SY)),
 ('khoảng 2.100 giáo viên', '2.100', 'level', 'giáo viên', dict(bound='about', **SY)),
 ('ít nhất 40 trường', '40', 'level', 'trường', dict(indicator='national_standard_schools', bound='at_least', period='2025/2026', modality='target')),
 ('trên 98%', '98%', 'level', '%', dict(bound='over', period='2025/2026', modality='target')),
]
