TEXT = '''
Báo Đồng Nai điện tử
Giáo dục - Thứ Bảy, 05/09/2026, 06:30

Đồng Nai: Gần 1,2 triệu học sinh bước vào năm học 2026 - 2027

ĐNO - Năm học 2026 - 2027, toàn tỉnh có 1.186.540 học sinh, trẻ em các cấp học, tăng 31.720 em (2,7%) so với năm học trước. Đây là năm học thứ hai ngành giáo dục Đồng Nai vận hành sau khi hợp nhất với tỉnh Bình Phước.

Số học sinh theo cấp học năm học 2026 - 2027:

Cấp học | Số học sinh | So với năm học trước (%)
Mầm non | 218.460 | +1,2
Tiểu học | 452.310 | +2,4
Trung học cơ sở | 341.870 | +4,1
Trung học phổ thông | 173.900 | +2,9

Theo Sở GD-ĐT, tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 96,5%, trẻ 5 tuổi đạt 99,7%; khu vực Bình Phước cũ đạt lần lượt 92,8% và 99,1%. Toàn tỉnh hiện có 812/1.315 trường đạt chuẩn quốc gia, chiếm 61,7%, tăng 46 trường so với đầu năm học trước; riêng phường Trấn Biên có 42/47 trường đạt chuẩn.

Tuy nhiên, do dân số cơ học tăng nhanh, nhiều địa bàn thiếu trường lớp. Các phường Tam Hiệp, Long Bình, Hố Nai có sĩ số bình quân lớp tiểu học lần lượt là 44, 43 và 42 học sinh/lớp, vượt quy định (không quá 35 học sinh/lớp). Toàn tỉnh đang thiếu khoảng 3.400 giáo viên, trong đó mầm non thiếu 1.280 người.

Học sinh Trường Tiểu học Trần Quốc Toản (phường Trấn Biên) trong ngày tựu trường. Ảnh: Hải Quân

Năm 2026, tỉnh đầu tư 2.150 tỷ đồng xây dựng mới 68 trường học với 1.940 phòng học; trong đó 36 trường đã đưa vào sử dụng, đạt 52,9% kế hoạch. Các công trình còn lại dự kiến hoàn thành trong quý IV/2026.

Năm học 2026 - 2027, ngành đặt mục tiêu: tỷ lệ huy động trẻ mẫu giáo ra lớp đạt từ 97% trở lên; có thêm ít nhất 40 trường đạt chuẩn quốc gia; phấn đấu đến năm 2030 có 70% trường đạt chuẩn quốc gia.

Hải Quân

Tin liên quan:
- Đồng Nai tuyển dụng 1.250 giáo viên năm 2026 (01/09/2026)
- Xã Bù Đăng khánh thành trường mầm non 12 phòng học (30/08/2026)
- Học sinh lớp 9 Trường THCS Quyết Thắng đạt 3 huy chương Vàng (26/08/2026)

Báo Đồng Nai - 81 Đường 30 Tháng 4, phường Trấn Biên, tỉnh Đồng Nai. Điện thoại: 0251.3822.476
'''
META = {'published': '2026-09-05', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2026/2027', 'modality': 'actual'}
E = {'indicator': 'school_enrollment_rate'}
S = {'indicator': 'national_standard_schools'}
BP = {'locality': 'tỉnh Bình Phước'}
C = {'direction': 'up', 'base': 'previous_period'}
Y = {'period': '2026'}
T = {'modality': 'target'}
FIGS = [
 ('Gần 1,2 triệu học sinh', '1,2 triệu', 'level', 'học sinh', dict(bound='nearly')),
 ('có 1.186.540 học sinh', '1.186.540', 'level', 'học sinh', dict()),
 ('tăng 31.720 em', '31.720', 'change', 'em', dict(C)),
 ('(2,7%)', '2,7%', 'change', '%', dict(C)),
 ('| 218.460 |', '218.460', 'level', 'học sinh', dict()),
 ('+1,2', '1,2', 'change', '%', dict(C)),
 ('| 452.310 |', '452.310', 'level', 'học sinh', dict()),
 ('+2,4', '2,4', 'change', '%', dict(C)),
 ('| 341.870 |', '341.870', 'level', 'học sinh', dict()),
 ('+4,1', '4,1', 'change', '%', dict(C)),
 ('| 173.900 |', '173.900', 'level', 'học sinh', dict()),
 ('+2,9', '2,9', 'change', '%', dict(C)),
 ('đạt 96,5%', '96,5%', 'level', '%', dict(E)),
 ('đạt 99,7%', '99,7%', 'level', '%', dict(E)),
 ('lượt 92,8%', '92,8%', 'level', '%', dict(E, **BP)),
 ('và 99,1%', '99,1%', 'level', '%', dict(E, **BP)),
 ('có 812/1.315 trường', '812/1.315', 'ratio', 'trường', dict(S)),
 ('chiếm 61,7%', '61,7%', 'level', '%', dict(S)),
 ('tăng 46 trường', '46', 'change', 'trường', dict(S, **C)),
 ('có 42/47 trường', '42/47', 'ratio', 'trường', dict(S, locality='phường Trấn Biên')),
 ('là 44, 43', '44', 'level', 'học sinh/lớp', dict(locality='phường Tam Hiệp')),
 ('44, 43 và', '43', 'level', 'học sinh/lớp', dict(locality='phường Long Bình')),
 ('và 42 học sinh/lớp', '42 học sinh/lớp', 'level', 'học sinh/lớp', dict(locality='phường Hố Nai')),
 ('quá 35 học sinh/lớp', '35 học sinh/lớp', 'level', 'học sinh/lớp', dict(optional=True)),
 ('khoảng 3.400 giáo viên', '3.400', 'level', 'giáo viên', dict(bound='about')),
 ('thiếu 1.280 người', '1.280', 'level', 'người', dict()),
 ('tư 2.150 tỷ đồng', '2.150 tỷ đồng', 'level', 'VND', dict(Y)),
 ('mới 68 trường', '68', 'level', 'trường học', dict(Y)),
 ('với 1.940 phòng học', '1.940', 'level', 'phòng học', dict(Y)),
 ('đó 36 trường', '36', 'level', 'trường', dict(Y)),
 ('đạt 52,9% kế hoạch', '52,9%', 'attainment', '%', dict(Y, base='target')),
 ('từ 97% trở lên', '97%', 'level', '%', dict(T, **E, bound='at_least')),
 ('ít nhất 40 trường', '40', 'level', 'trường', dict(T, **S, bound='at_least')),
 ('có 70% trường', '70%', 'level', '%', dict(T, **S, period='2030')),
]
