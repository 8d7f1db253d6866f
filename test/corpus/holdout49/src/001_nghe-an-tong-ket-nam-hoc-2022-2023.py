TEXT = '''
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự | Xã hội | Giáo dục | Sức khoẻ | Văn hoá | Thể thao
Thứ Sáu, 18/08/2023 - 16:05

Nghệ An: 1.096 trường đạt chuẩn quốc gia, tỷ lệ đỗ tốt nghiệp THPT đạt 98,43%

(Baonghean.vn) - Chiều 18/8, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết năm học 2022 - 2023, triển khai nhiệm vụ năm học 2023 - 2024. Năm học qua, ngành giáo dục tỉnh hoàn thành 14/16 chỉ tiêu kế hoạch đề ra; chất lượng giáo dục mũi nhọn tiếp tục giữ vững trong tốp đầu cả nước.

Năm học 2022 - 2023, toàn tỉnh có 1.543 cơ sở giáo dục mầm non và phổ thông với 823.410 học sinh, tăng 12.860 học sinh so với năm học trước. Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 39,6%, mẫu giáo đạt 97,8%, riêng trẻ 5 tuổi đạt 99,9%; tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%.

Công tác xây dựng trường chuẩn quốc gia có nhiều chuyển biến. Trong năm học, toàn tỉnh có thêm 62 trường được công nhận mới và 71 trường được công nhận lại, nâng tổng số trường đạt chuẩn quốc gia lên 1.096/1.478 trường, đạt tỷ lệ 74,2%, vượt 1,2% kế hoạch. Trong đó, mầm non 352 trường, tiểu học 418 trường, THCS 291 trường và THPT 35 trường. Các huyện Yên Thành, Diễn Châu, Đô Lương có tỷ lệ trường chuẩn cao, lần lượt là 92,1%, 89,7% và 88,4%; thấp nhất là huyện Kỳ Sơn với 38,5%.

Ảnh: Học sinh Trường THPT chuyên Phan Bội Châu trong giờ học thực hành. Ảnh: Mỹ Hà

Về chất lượng giáo dục, kỳ thi tốt nghiệp THPT năm 2023 toàn tỉnh có 33.978 thí sinh dự thi, tỷ lệ đỗ tốt nghiệp đạt 98,43%, tăng 0,12 điểm phần trăm so với năm 2022. Điểm trung bình các bài thi của tỉnh đạt 6,42 điểm, xếp thứ 19/63 tỉnh, thành phố. Tại kỳ thi chọn học sinh giỏi quốc gia, Nghệ An có 84/104 học sinh đạt giải (chiếm 80,8%), trong đó có 7 giải Nhất, 25 giải Nhì; tại các kỳ thi Olympic quốc tế và khu vực, học sinh của tỉnh giành 3 huy chương Vàng, 2 huy chương Bạc.

Giáo dục thể chất, chăm sóc sức khoẻ học đường và xã hội hoá giáo dục tiếp tục được quan tâm. Năm học qua, các địa phương huy động được 486 tỷ đồng từ xã hội hoá để mua sắm thiết bị, sửa chữa phòng học.

Bên cạnh kết quả đạt được, ngành giáo dục còn nhiều khó khăn. Toàn tỉnh hiện thiếu 2.145 giáo viên so với định mức, chủ yếu ở bậc mầm non và tiểu học; còn 986 phòng học tạm, phòng học mượn, tập trung ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong. Tỷ lệ phòng học kiên cố mới đạt 86,4%, thấp hơn mục tiêu đề ra cho năm học (90%).

Phát biểu chỉ đạo hội nghị, đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh đề nghị ngành tập trung khắc phục tình trạng thiếu giáo viên, ưu tiên nguồn lực cho vùng khó. Năm học 2023 - 2024, ngành phấn đấu: tỷ lệ huy động trẻ mẫu giáo ra lớp đạt trên 98%; có thêm ít nhất 50 trường đạt chuẩn quốc gia; tỷ lệ phòng học kiên cố đạt 88 - 90%; tỷ lệ học sinh đỗ tốt nghiệp THPT từ 98,5% trở lên.

Mỹ Hà

Lượt xem: 2.315

TIN LIÊN QUAN
- Nghệ An có 7 học sinh vào đội tuyển dự thi Olympic quốc tế (12/08/2023)
- Thanh Chương: Khánh thành Trường Tiểu học Thanh Hoà với 18 phòng học (09/08/2023)
- Tuyển sinh lớp 10: 142 thí sinh đạt điểm 10 môn Ngữ văn (05/08/2023)

Cơ quan chủ quản: Tỉnh uỷ Nghệ An. Toà soạn: Số 1 Lê Hồng Phong, TP. Vinh. ĐT: 0238.3844.570
'''
META = {'published': '2023-08-18', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2022/2023', 'modality': 'actual'}
E = {'indicator': 'school_enrollment_rate'}
S = {'indicator': 'national_standard_schools'}
Y = {'period': '2023'}
T = {'period': '2023/2024', 'modality': 'target'}
FIGS = [
 ('Nghệ An: 1.096 trường', '1.096', 'level', 'trường', dict(S)),
 ('đạt 98,43%\n', '98,43%', 'level', '%', dict(Y)),
 ('hoàn thành 14/16 chỉ tiêu', '14/16', 'ratio', 'chỉ tiêu', dict(status='achieved')),
 ('có 1.543 cơ sở', '1.543', 'level', 'cơ sở giáo dục', dict()),
 ('với 823.410 học sinh', '823.410', 'level', 'học sinh', dict()),
 ('tăng 12.860 học sinh', '12.860', 'change', 'học sinh', dict(direction='up', base='previous_period')),
 ('đạt 39,6%', '39,6%', 'level', '%', dict(E)),
 ('đạt 97,8%', '97,8%', 'level', '%', dict(E)),
 ('đạt 99,9%', '99,9%', 'level', '%', dict(E)),
 ('đạt 100%', '100%', 'level', '%', dict(E)),
 ('thêm 62 trường', '62', 'level', 'trường', dict(S)),
 ('và 71 trường', '71', 'level', 'trường', dict(S)),
 ('lên 1.096/1.478 trường', '1.096/1.478', 'ratio', 'trường', dict(S, direction='up')),
 ('tỷ lệ 74,2%', '74,2%', 'level', '%', dict(S)),
 ('vượt 1,2% kế hoạch', '1,2%', 'change', '%', dict(S, direction='up', base='target', status='exceeded')),
 ('non 352 trường', '352', 'level', 'trường', dict(S)),
 ('học 418 trường', '418', 'level', 'trường', dict(S)),
 ('THCS 291 trường', '291', 'level', 'trường', dict(S)),
 ('THPT 35 trường', '35', 'level', 'trường', dict(S)),
 ('là 92,1%', '92,1%', 'level', '%', dict(S, locality='huyện Yên Thành')),
 ('89,7%', '89,7%', 'level', '%', dict(S, locality='huyện Diễn Châu')),
 ('và 88,4%', '88,4%', 'level', '%', dict(S, locality='huyện Đô Lương')),
 ('với 38,5%', '38,5%', 'level', '%', dict(S, locality='huyện Kỳ Sơn')),
 ('có 33.978 thí sinh', '33.978', 'level', 'thí sinh', dict(Y)),
 ('nghiệp đạt 98,43%,', '98,43%', 'level', '%', dict(Y)),
 ('tăng 0,12 điểm phần trăm', '0,12 điểm phần trăm', 'change', 'điểm %', dict(Y, direction='up', base='2022')),
 ('đạt 6,42 điểm', '6,42 điểm', 'level', 'điểm', dict(Y)),
 ('có 84/104 học sinh', '84/104', 'ratio', 'học sinh', dict(Y)),
 ('(chiếm 80,8%)', '80,8%', 'level', '%', dict(Y)),
 ('có 7 giải Nhất', '7', 'level', 'giải', dict(optional=True)),
 ('25 giải Nhì', '25', 'level', 'giải', dict(optional=True)),
 ('giành 3 huy chương', '3', 'level', 'huy chương', dict(optional=True)),
 ('2 huy chương Bạc', '2', 'level', 'huy chương', dict(optional=True)),
 ('được 486 tỷ đồng', '486 tỷ đồng', 'level', 'VND', dict()),
 ('thiếu 2.145 giáo viên', '2.145', 'level', 'giáo viên', dict()),
 ('còn 986 phòng học', '986', 'level', 'phòng học', dict()),
 ('đạt 86,4%', '86,4%', 'level', '%', dict()),
 ('(90%)', '90%', 'level', '%', dict(modality='target')),
 ('trên 98%', '98%', 'level', '%', dict(T, **E, bound='over')),
 ('ít nhất 50 trường', '50', 'level', 'trường', dict(T, **S, bound='at_least')),
 ('đạt 88 - 90%', '88 - 90%', 'level', '%', dict(T)),
 ('từ 98,5% trở lên', '98,5%', 'level', '%', dict(T, bound='at_least')),
]
