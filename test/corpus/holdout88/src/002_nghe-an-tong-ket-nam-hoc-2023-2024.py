TEXT = '''
BÁO NGHỆ AN - Cơ quan của Đảng bộ tỉnh Nghệ An
Giáo dục | 12/08/2024 10:25 GMT+7

Năm học 2023 - 2024: Nghệ An có 86 giải học sinh giỏi quốc gia, đứng tốp đầu cả nước

(Baonghean.vn) - Sáng 12/8, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học 2023 - 2024, triển khai nhiệm vụ năm học 2024 - 2025. Đồng chí Bùi Đình Long - Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.

Năm học 2023 - 2024, toàn tỉnh có 1.614 trường học với hơn 817.000 học sinh, tăng 14.200 học sinh so với năm học trước. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,8%; tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,97%. Toàn tỉnh có thêm 58 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 1.268/1.614 trường, chiếm 78,6%, vượt chỉ tiêu Nghị quyết đề ra.

Ở kỳ thi chọn học sinh giỏi quốc gia, Nghệ An có 86/97 học sinh dự thi đoạt giải, trong đó có 9 giải Nhất. Kỳ thi tốt nghiệp THPT năm 2024, tỷ lệ tốt nghiệp đạt 99,52%, điểm trung bình các môn thi là 6,71 điểm, xếp thứ 27 toàn quốc.

Thành phố Vinh tiếp tục dẫn đầu với tỷ lệ trường chuẩn đạt 92,4%. Huyện Quỳ Hợp, địa bàn miền núi, tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 96,1%, tăng 2,3 điểm phần trăm; tuy nhiên vẫn còn 312 phòng học tạm, mượn. Huyện Kỳ Sơn có 98,2% trẻ 6 tuổi vào lớp 1, nhưng còn 146 điểm trường lẻ.

Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo ở các cấp mầm non, tiểu học, trung học cơ sở lần lượt là 82,4%, 78,9% và 88,1%. Tỷ lệ học sinh bỏ học giảm còn 0,12%, giảm 0,05 điểm phần trăm so với năm học trước; 100% xã, phường, thị trấn duy trì đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.

Toàn ngành hiện thiếu 2.957 giáo viên, chủ yếu ở bậc mầm non và tiểu học. Kinh phí đầu tư cơ sở vật chất trong năm học đạt 1.236 tỷ đồng, bằng 112% so với năm học trước.

Năm học 2024 - 2025, ngành phấn đấu có thêm ít nhất 50 trường đạt chuẩn quốc gia; tỷ lệ huy động trẻ mẫu giáo đạt trên 97%; phấn đấu trong học kỳ I hoàn thành xoá 100 phòng học tạm. Đồng chí Phó Chủ tịch UBND tỉnh đề nghị ngành chủ động phối hợp với Uỷ ban MTTQ, các huyện vùng cao như Kỳ Sơn, Tương Dương bảo đảm đủ chỗ học cho con em đồng bào.

[Ảnh] Phó Chủ tịch UBND tỉnh trao Bằng khen cho 12 tập thể có thành tích xuất sắc trong năm học 2023 - 2024. Ảnh: Thanh Thuỷ

Thanh Thuỷ - Mỹ Hà

Cùng chuyên mục:
- Tuyển sinh lớp 10 năm 2024: 42 trường công bố điểm chuẩn
- Lịch tựu trường năm học 2024 - 2025 (05/08/2024)
Đường dây nóng: 0912.345.xxx | Lượt xem: 3.418
'''
META = {'published': '2024-08-12', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2023/2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2024/2025', 'modality': 'target'}
FIGS = [
 ('có 86 giải', '86', 'level', 'giải', d(optional=True)),
 ('1.614 trường học', '1.614', 'level', 'trường học', d()),
 ('hơn 817.000 học sinh', '817.000', 'level', 'học sinh', d(bound='over')),
 ('tăng 14.200 học sinh', '14.200', 'change', 'học sinh', d(direction='up', base='previous_period')),
 ('ra lớp đạt 99,8%', '99,8%', 'level', '%', d(indicator='school_enrollment_rate')),
 ('đạt 99,97%', '99,97%', 'level', '%', d(indicator='school_enrollment_rate')),
 ('thêm 58 trường', '58', 'level', 'trường', d(indicator='national_standard_schools')),
 ('1.268/1.614 trường', '1.268/1.614', 'ratio', 'trường', d(indicator='national_standard_schools', direction='up')),
 ('chiếm 78,6%', '78,6%', 'level', '%', d(indicator='national_standard_schools')),
 ('có 86/97 học sinh', '86/97', 'ratio', 'học sinh', d(optional=True)),
 ('có 9 giải Nhất', '9', 'level', 'giải', d(optional=True)),
 ('đạt 99,52%', '99,52%', 'level', '%', d(period='2024')),
 ('là 6,71 điểm', '6,71 điểm', 'level', 'điểm', d(period='2024')),
 ('đạt 92,4%', '92,4%', 'level', '%', d(indicator='national_standard_schools', locality='thành phố Vinh')),
 ('ra lớp đạt 96,1%', '96,1%', 'level', '%', d(indicator='school_enrollment_rate', locality='huyện Quỳ Hợp')),
 ('tăng 2,3 điểm phần trăm', '2,3 điểm phần trăm', 'change', 'điểm %', d(indicator='school_enrollment_rate', locality='huyện Quỳ Hợp', direction='up')),
 ('còn 312 phòng', '312', 'level', 'phòng học', d(locality='huyện Quỳ Hợp')),
 ('thiếu 2.957 giáo viên', '2.957', 'level', 'giáo viên', d()),
 ('đạt 1.236 tỷ đồng', '1.236 tỷ đồng', 'level', 'VND', d()),
 ('bằng 112% so với', '112%', 'attainment', '%', d(base='previous_period')),
 ('ít nhất 50 trường', '50', 'level', 'trường', d(T, indicator='national_standard_schools', bound='at_least')),
 ('trên 97%', '97%', 'level', '%', d(T, indicator='school_enrollment_rate', bound='over')),
 ('xoá 100 phòng', '100', 'level', 'phòng học', d(T)),
 ('cho 12 tập thể', '12', 'level', 'tập thể', d(optional=True)),
 ('là 82,4%', '82,4%', 'level', '%', d()),
 ('78,9% và', '78,9%', 'level', '%', d()),
 ('và 88,1%', '88,1%', 'level', '%', d()),
 ('còn 0,12%', '0,12%', 'level', '%', d(direction='down')),
 ('giảm 0,05 điểm phần trăm', '0,05 điểm phần trăm', 'change', 'điểm %', d(direction='down', base='previous_period')),
 ('; 100% xã', '100%', 'level', '%', d()),
 ('có 98,2%', '98,2%', 'level', '%', d(indicator='school_enrollment_rate', locality='huyện Kỳ Sơn')),
 ('còn 146 điểm', '146', 'level', 'điểm trường', d(locality='huyện Kỳ Sơn')),
]
