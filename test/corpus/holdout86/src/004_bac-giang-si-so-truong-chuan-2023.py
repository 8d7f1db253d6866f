TEXT = '''
BÁO BẮC GIANG
Thứ Tư, 06/09/2023, 10:32 [GMT+7]
Trang chủ › Giáo dục - Đào tạo

Thành phố Bắc Giang: Bình quân 42 học sinh/lớp ở cấp tiểu học

BGĐT - Năm học 2023 - 2024, toàn tỉnh có hơn 463.000 học sinh từ mầm non đến THPT, tăng 12.600 học sinh so với năm học trước. Do dân số cơ học tăng nhanh, ở thành phố Bắc Giang, sĩ số bình quân cấp tiểu học là 42 học sinh/lớp, vượt quy định 7 học sinh/lớp.

Toàn tỉnh hiện có 752 trường học, trong đó 638/752 trường đạt chuẩn quốc gia, đạt tỷ lệ 84,8%, tăng 2,1 điểm phần trăm so với năm học trước. Cấp tiểu học có 228/231 trường đạt chuẩn; cấp THCS 210/224 trường; cấp THPT 29/38 trường.

Tỷ lệ huy động trẻ nhà trẻ đạt 36,2%, mẫu giáo đạt 98,7%; 100% trẻ 6 tuổi vào lớp 1. Tỷ lệ học sinh tiểu học được học 2 buổi/ngày đạt 99,1%.

Sĩ số bình quân toàn tỉnh: mầm non 28,5 trẻ/lớp; tiểu học 36,4 học sinh/lớp; THCS 40,2 học sinh/lớp; THPT 41,6 học sinh/lớp. Tỷ lệ giáo viên/lớp cấp tiểu học đạt 1,32, thấp hơn định mức 1,5 giáo viên/lớp.

Toàn ngành hiện thiếu 1.246 giáo viên so với định mức, trong đó cấp mầm non thiếu 512 người, tiểu học thiếu 487 người. Năm học này, tỉnh được giao tuyển bổ sung 620 biên chế.

Tại huyện Việt Yên, năm học này tăng thêm 2.140 học sinh do lao động nhập cư đưa con theo học; bình quân 45 học sinh/lớp ở nhiều trường tiểu học, có trường như Tiểu học Hoàng Ninh lên tới 47 học sinh/lớp.

Học sinh Trường Tiểu học Dĩnh Kế (thành phố Bắc Giang) trong ngày khai giảng năm học mới.

Năm học 2023 - 2024, ngành phấn đấu có thêm 20 trường đạt chuẩn quốc gia; đến năm 2025, tỷ lệ trường đạt chuẩn quốc gia đạt 88% trở lên, sĩ số tiểu học không quá 35 học sinh/lớp.

Ngọc Phượng

Bài liên quan
- Bắc Giang: Hơn 26.000 thí sinh dự thi vào lớp 10 (05/06/2023)
- Khai giảng năm học mới lúc 7 giờ 30 phút ngày 5/9 (30/08/2023)

Báo Bắc Giang điện tử. Giấy phép số 25/GP-BTTTT. Đường dây nóng: 0204.3855.486
'''
META = {'published': '2023-09-06', 'locality': 'tỉnh Bắc Giang'}
DEFAULTS = {'locality': 'tỉnh Bắc Giang', 'period': '2023/2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
NS = {'indicator': 'national_standard_schools'}
EN = {'indicator': 'school_enrollment_rate'}
T25 = {'modality': 'target', 'period': '2025'}
BG = {'locality': 'thành phố Bắc Giang'}
VY = {'locality': 'huyện Việt Yên'}
HL = 'học sinh/lớp'
FIGS = [
 ('Bình quân 42 học sinh/lớp', '42 học sinh/lớp', 'level', HL, d(BG)),
 ('hơn 463.000 học sinh', '463.000', 'level', 'học sinh', d(bound='over')),
 ('tăng 12.600 học sinh', '12.600', 'change', 'học sinh', d(U, base='previous_period')),
 ('là 42 học sinh/lớp', '42 học sinh/lớp', 'level', HL, d(BG)),
 ('vượt quy định 7 học sinh/lớp', '7 học sinh/lớp', 'change', HL, d(optional=True, direction='up')),
 ('có 752 trường học', '752', 'level', 'trường học', d()),
 ('638/752 trường', '638/752', 'ratio', 'trường', d(NS)),
 ('tỷ lệ 84,8%', '84,8%', 'level', '%', d(NS)),
 ('2,1 điểm phần trăm', '2,1 điểm phần trăm', 'change', 'điểm %', d(NS, U, base='previous_period')),
 ('228/231 trường', '228/231', 'ratio', 'trường', d(NS)),
 ('210/224 trường', '210/224', 'ratio', 'trường', d(NS)),
 ('29/38 trường', '29/38', 'ratio', 'trường', d(NS)),
 ('đạt 36,2%', '36,2%', 'level', '%', d(EN)),
 ('đạt 98,7%', '98,7%', 'level', '%', d(EN)),
 ('100% trẻ', '100%', 'level', '%', d(EN)),
 ('đạt 99,1%', '99,1%', 'level', '%', d()),
 ('28,5 trẻ/lớp', '28,5 trẻ/lớp', 'level', 'trẻ/lớp', d()),
 ('36,4 học sinh/lớp', '36,4 học sinh/lớp', 'level', HL, d()),
 ('40,2 học sinh/lớp', '40,2 học sinh/lớp', 'level', HL, d()),
 ('41,6 học sinh/lớp', '41,6 học sinh/lớp', 'level', HL, d()),
 ('đạt 1,32', '1,32', 'level', 'giáo viên/lớp', d()),
 ('1,5 giáo viên/lớp', '1,5 giáo viên/lớp', 'level', 'giáo viên/lớp', d(optional=True)),
 ('thiếu 1.246 giáo viên', '1.246', 'level', 'giáo viên', d()),
 ('thiếu 512 người', '512', 'level', 'người', d()),
 ('thiếu 487 người', '487', 'level', 'người', d()),
 ('620 biên chế', '620', 'level', 'biên chế', d()),
 ('thêm 2.140 học sinh', '2.140', 'change', 'học sinh', d(VY, U)),
 ('bình quân 45 học sinh/lớp', '45 học sinh/lớp', 'level', HL, d(VY)),
 ('lên tới 47 học sinh/lớp', '47 học sinh/lớp', 'level', HL, d(optional=True)),
 ('thêm 20 trường', '20', 'level', 'trường', d(NS, modality='target')),
 ('đạt 88% trở lên', '88%', 'level', '%', d(T25, NS, bound='at_least')),
 ('không quá 35 học sinh/lớp', '35 học sinh/lớp', 'level', HL, d(T25, bound='at_most')),
]
