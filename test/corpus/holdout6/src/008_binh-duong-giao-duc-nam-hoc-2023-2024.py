TEXT = '''
Giáo dục

Bình Dương: Tỷ lệ tốt nghiệp THPT năm 2024 đạt 99,47%

Cập nhật: 14:12, 22/08/2024 (GMT+7)

(BDO) Sáng 21/8, Sở Giáo dục và Đào tạo (GD-ĐT) tỉnh Bình Dương tổ chức hội nghị tổng kết năm học 2023 - 2024, triển khai nhiệm vụ năm học 2024 - 2025.

Học sinh Trường THPT chuyên Hùng Vương trong giờ học.
Học sinh Trường THPT chuyên Hùng Vương trong giờ học.

Quy mô tăng nhanh

Năm học 2023 - 2024, toàn tỉnh có 528.640 học sinh các cấp, tăng 21.350 em so với năm học trước. Bình Dương là địa phương có tốc độ tăng học sinh cơ học thuộc nhóm cao nhất cả nước; bình quân mỗi năm tăng khoảng 20.000 học sinh. Tỷ lệ huy động trẻ mẫu giáo 5 tuổi ra lớp đạt 99,8%; tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,9%.

Toàn tỉnh hiện có 312/492 trường công lập đạt chuẩn quốc gia, chiếm 63,4%; riêng trong năm học có thêm bốn trường được công nhận mới và 18 trường được công nhận lại. Thành phố Thuận An có 100% trường THPT công lập đạt chuẩn quốc gia. Tuy vậy, sĩ số bình quân ở bậc tiểu học vẫn ở mức 42 học sinh/lớp, vượt quy định 35 học sinh/lớp; ngành còn thiếu khoảng 1.600 giáo viên.

Kết quả thi tốt nghiệp THPT

Kỳ thi tốt nghiệp THPT năm 2024, Bình Dương có 19.846 thí sinh dự thi, tỷ lệ tốt nghiệp đạt 99,47%, tăng 0,3 điểm phần trăm so với năm 2023 và cao hơn bình quân cả nước (99,4%). Điểm trung bình các môn toán, ngữ văn, tiếng Anh lần lượt là 6,58 điểm, 7,31 điểm và 5,96 điểm. Số bài thi đạt điểm 10 tăng gấp đôi so với năm trước. Thành phố Thủ Dầu Một tiếp tục dẫn đầu với tỷ lệ tốt nghiệp 99,86%.

Em Nguyễn Ngọc Bảo Trân (Trường THPT chuyên Hùng Vương) đạt 29,5 điểm khối A00, thủ khoa của tỉnh.

Nhiệm vụ năm học mới

Năm học 2024 - 2025, ngành GD-ĐT phấn đấu:
+ Tỷ lệ trường công lập đạt chuẩn quốc gia đạt từ 66% trở lên;
+ Xây mới, đưa vào sử dụng 25 trường học với khoảng 1.200 phòng học;
+ Tỷ lệ tốt nghiệp THPT đạt trên 99,5%.

Giám đốc Sở GD-ĐT Nguyễn Văn Lộc cho biết: "Tổng vốn đầu tư xây dựng trường lớp năm 2024 của tỉnh là 3.250 tỷ đồng, gấp 1,5 lần năm 2023. Dù vậy, với tốc độ tăng dân số cơ học như hiện nay, nhu cầu phòng học vẫn rất lớn."

Nhân dịp này, UBND tỉnh tặng bằng khen cho 36 tập thể và 85 cá nhân có thành tích xuất sắc.

Xem thêm:
Bình Dương cần thêm 10.000 phòng học đến năm 2030
Tuyển sinh lớp 10: 8 trường có điểm chuẩn trên 40

Thanh Thảo

Chia sẻ bài viết
'''
META = {'published': '2024-08-22', 'locality': 'tỉnh Bình Dương'}
DEFAULTS = {'locality': 'tỉnh Bình Dương', 'period': '2023/2024', 'modality': 'actual'}
T = {'period': '2024/2025', 'modality': 'target'}
Y = {'period': '2024'}
FIGS = [
 ('năm 2024 đạt 99,47%', '99,47%', 'level', '%', dict(**Y)),
 ('có 528.640 học sinh', '528.640', 'level', 'học sinh', dict()),
 ('tăng 21.350 em', '21.350', 'change', 'học sinh', dict(direction='up', base='previous_period')),
 ('khoảng 20.000 học sinh', '20.000', 'change', 'học sinh', dict(direction='up', bound='about', period=None)),
 ('ra lớp đạt 99,8%', '99,8%', 'level', '%', dict(indicator='school_enrollment_rate')),
 ('đạt 99,9%', '99,9%', 'level', '%', dict()),
 ('có 312/492 trường', '312/492', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('chiếm 63,4%', '63,4%', 'level', '%', dict(indicator='national_standard_schools')),
 ('thêm bốn trường', 'bốn', 'level', 'trường', dict(value=4, indicator='national_standard_schools')),
 ('và 18 trường', '18', 'level', 'trường', dict(indicator='national_standard_schools')),
 ('mức 42 học sinh/lớp', '42 học sinh/lớp', 'level', 'học sinh/lớp', dict()),
 ('quy định 35 học sinh/lớp', '35 học sinh/lớp', 'level', 'học sinh/lớp', dict(optional=True)),
 ('khoảng 1.600 giáo viên', '1.600', 'level', 'giáo viên', dict(bound='about')),
 ('có 19.846 thí sinh', '19.846', 'level', 'thí sinh', dict(**Y)),
 ('tốt nghiệp đạt 99,47%', '99,47%', 'level', '%', dict(**Y)),
 ('tăng 0,3 điểm phần trăm', '0,3 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='2023', **Y)),
 ('(99,4%)', '99,4%', 'level', '%', dict(locality='cả nước', **Y)),
 ('lần lượt là 6,58 điểm', '6,58 điểm', 'level', 'điểm', dict(**Y)),
 ('7,31 điểm', '7,31 điểm', 'level', 'điểm', dict(**Y)),
 ('5,96 điểm', '5,96 điểm', 'level', 'điểm', dict(**Y)),
 ('tăng gấp đôi', 'gấp đôi', 'change', 'lần', dict(value=2, direction='up', base='2023', **Y)),
 ('nghiệp 99,86%', '99,86%', 'level', '%', dict(locality='thành phố Thủ Dầu Một', **Y)),
 ('có 100% trường', '100%', 'level', '%', dict(indicator='national_standard_schools', locality='thành phố Thuận An')),
 ('từ 66% trở lên', '66%', 'level', '%', dict(indicator='national_standard_schools', bound='at_least', **T)),
 ('sử dụng 25 trường', '25', 'level', 'trường học', dict(**T)),
 ('khoảng 1.200 phòng', '1.200', 'level', 'phòng học', dict(bound='about', **T)),
 ('đạt trên 99,5%', '99,5%', 'level', '%', dict(bound='over', **T)),
 ('là 3.250 tỷ đồng', '3.250 tỷ đồng', 'level', 'VND', dict(**Y)),
 ('gấp 1,5 lần', '1,5 lần', 'change', 'lần', dict(direction='up', base='2023', **Y)),
 ('36 tập thể', '36', 'level', 'tập thể', dict(optional=True)),
 ('85 cá nhân', '85', 'level', 'cá nhân', dict(optional=True)),
]
