TEXT = '''
Giáo dục

Hà Tĩnh: Tỷ lệ tốt nghiệp THPT năm 2024 đạt 99,2%

20/08/2024 - 16:20

(Baohatinh.vn) - Ngày 19/8, Sở GD&ĐT Hà Tĩnh tổ chức hội nghị tổng kết năm học 2023 - 2024, triển khai nhiệm vụ năm học 2024 - 2025.

Giám đốc Sở GD&ĐT phát biểu tại hội nghị. Ảnh: Thu Phương

Năm học 2023 - 2024, toàn tỉnh có 654 trường học với hơn 330.000 học sinh. Tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 98,7%, trẻ 5 tuổi đạt 100%; tỷ lệ học sinh bỏ học giảm còn 0,08%.

Kỳ thi tốt nghiệp THPT năm 2024, Hà Tĩnh có 17.842 thí sinh dự thi, tỷ lệ tốt nghiệp đạt 99,2%, thấp hơn không đáng kể so với mức 99,4% của cả nước. Điểm trung bình các môn thi đạt 6,82 điểm, xếp thứ 12 toàn quốc. Ba môn Toán, Ngữ văn, Tiếng Anh có điểm trung bình lần lượt là 6,91; 7,42 và 5,86 điểm.

Đến nay, toàn tỉnh có 598/654 trường đạt chuẩn quốc gia, tỷ lệ 91,4%, tăng 12 trường so với năm học trước; trong đó 142 trường đạt chuẩn mức độ 2. Riêng huyện Hương Khê, tỷ lệ trường đạt chuẩn mới đạt 78,6%, thấp nhất tỉnh.

Tại kỳ thi chọn học sinh giỏi quốc gia, Hà Tĩnh có 79/90 học sinh đạt giải, trong đó 3 giải Nhất, đứng thứ 4 toàn quốc. Toàn tỉnh còn thiếu 1.124 giáo viên, chủ yếu ở bậc mầm non và tiểu học.

Năm học 2024 - 2025, ngành phấn đấu có thêm ít nhất 15 trường đạt chuẩn quốc gia, nâng tỷ lệ trường đạt chuẩn lên 93% trở lên; 100% trường học có kết nối Internet cáp quang.

Thu Phương

Xem thêm:
- Hà Tĩnh tuyển sinh lớp 10 năm học 2024 - 2025: Điểm chuẩn cao nhất 42,5
- Trường THPT Phan Đình Phùng kỷ niệm 50 năm thành lập
'''
META = {'published': '2024-08-20', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2023/2024', 'modality': 'actual'}
Y = {'period': '2024'}
T = {'period': '2024/2025', 'modality': 'target'}
FIGS = [
 ('năm 2024 đạt 99,2%', '99,2%', 'level', '%', dict(**Y)),
 ('có 654 trường', '654', 'level', 'trường học', dict()),
 ('hơn 330.000 học sinh', '330.000', 'level', 'học sinh', dict(bound='over')),
 ('ra lớp đạt 98,7%', '98,7%', 'level', '%', dict(indicator='school_enrollment_rate')),
 ('tuổi đạt 100%', '100%', 'level', '%', dict(indicator='school_enrollment_rate')),
 ('giảm còn 0,08%', '0,08%', 'level', '%', dict(direction='down')),
 ('có 17.842 thí sinh', '17.842', 'level', 'thí sinh', dict(**Y)),
 ('nghiệp đạt 99,2%', '99,2%', 'level', '%', dict(**Y)),
 ('mức 99,4%', '99,4%', 'level', '%', dict(locality='cả nước', **Y)),
 ('đạt 6,82 điểm', '6,82 điểm', 'level', 'điểm', dict(**Y)),
 ('là 6,91', '6,91', 'level', 'điểm', dict(**Y)),
 ('; 7,42', '7,42', 'level', 'điểm', dict(**Y)),
 ('và 5,86 điểm', '5,86 điểm', 'level', 'điểm', dict(**Y)),
 ('có 598/654 trường', '598/654', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('tỷ lệ 91,4%', '91,4%', 'level', '%', dict(indicator='national_standard_schools')),
 ('tăng 12 trường', '12', 'change', 'trường', dict(indicator='national_standard_schools', direction='up', base='previous_period')),
 ('trong đó 142 trường', '142', 'level', 'trường', dict(indicator='national_standard_schools')),
 ('đạt 78,6%', '78,6%', 'level', '%', dict(indicator='national_standard_schools', locality='huyện Hương Khê')),
 ('có 79/90 học sinh', '79/90', 'ratio', 'học sinh', dict()),
 ('trong đó 3 giải', '3', 'level', 'giải nhất', dict()),
 ('thiếu 1.124 giáo viên', '1.124', 'level', 'giáo viên', dict()),
 ('ít nhất 15 trường', '15', 'level', 'trường', dict(indicator='national_standard_schools', bound='at_least', **T)),
 ('lên 93% trở lên', '93%', 'level', '%', dict(indicator='national_standard_schools', direction='up', bound='at_least', **T)),
 ('; 100% trường học', '100%', 'level', '%', dict(**T)),
 ('cao nhất 42,5', '42,5', 'level', 'điểm', dict(optional=True)),
]
