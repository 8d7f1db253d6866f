TEXT = '''
Y tế - Giáo dục

Hà Tĩnh: Đạt 13,5 bác sỹ/vạn dân, 96,2% trẻ được tiêm chủng đầy đủ

30/12/2024 - 09:30

(Baohatinh.vn) - Năm 2024, ngành y tế Hà Tĩnh tiếp tục nâng cao chất lượng khám, chữa bệnh; công tác chăm sóc sức khoẻ nhân dân có nhiều chuyển biến tích cực.

Theo Sở Y tế, đến nay toàn tỉnh đạt 13,5 bác sỹ/vạn dân, vượt kế hoạch đề ra (13 bác sỹ); 36,8 giường bệnh/vạn dân. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,2%; tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm còn 17,9%. Tỷ lệ dân số tham gia BHYT đạt 94,1%, tăng 1,3 điểm phần trăm so với năm 2023.

Trong năm, toàn tỉnh ghi nhận 312 ca thuỷ đậu, giảm 40,5% so với năm 2023; không để xảy ra dịch bệnh lớn. Riêng huyện Hương Khê, Trung tâm Y tế huyện đã khám, chữa bệnh cho hơn 185.000 lượt người, tăng 12% so với năm trước; Phòng khám đa khoa khu vực Hoà Hải tiếp nhận 2.300 ca điều trị nội trú.

Về giáo dục, năm học 2023 - 2024 toàn tỉnh có 521/650 trường đạt chuẩn quốc gia, đạt tỷ lệ 80,2%; tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,9%. Huyện Đức Thọ và thị xã Hồng Lĩnh có tỷ lệ trường chuẩn cao nhất, lần lượt đạt 95,6% và 93,3%.

Kỳ thi tốt nghiệp THPT năm 2024, Hà Tĩnh có tỷ lệ đỗ 99,5%, điểm trung bình các môn xếp thứ 5 toàn quốc; 38 học sinh đạt giải học sinh giỏi quốc gia.

Năm 2025, ngành y tế phấn đấu đạt 14 bác sỹ/vạn dân, 37 giường bệnh/vạn dân; tỷ lệ tham gia BHYT đạt 95% trở lên. Tuỳ điều kiện từng địa phương, tỉnh sẽ hỗ trợ kinh phí để các trạm y tế xã mua sắm trang thiết bị.

Thuỷ Hoà
'''
META = {'published': '2024-12-30', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2024', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2025'}
SY = {'period': '2023/2024'}
FIGS = [
 ('Đạt 13,5 bác sỹ/vạn dân', '13,5 bác sỹ/vạn dân', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 (', 96,2% trẻ', '96,2%', 'level', '%', dict()),
 ('toàn tỉnh đạt 13,5 bác sỹ', '13,5 bác sỹ', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('(13 bác sỹ)', '13 bác sỹ', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k', modality='target')),
 ('36,8 giường bệnh/vạn dân', '36,8 giường bệnh/vạn dân', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('đầy đủ đạt 96,2%', '96,2%', 'level', '%', dict()),
 ('giảm còn 17,9%', '17,9%', 'level', '%', dict(indicator='child_malnutrition_rate', direction='down')),
 ('đạt 94,1%', '94,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('tăng 1,3 điểm phần trăm', '1,3 điểm phần trăm', 'change', 'điểm %', dict(indicator='health_insurance_coverage', direction='up', base='2023')),
 ('312 ca', '312', 'level', 'ca', dict()),
 ('giảm 40,5%', '40,5%', 'change', '%', dict(direction='down', base='2023')),
 ('hơn 185.000 lượt người', '185.000', 'level', 'lượt người', dict(locality='huyện Hương Khê', bound='over')),
 ('tăng 12% so với năm trước', '12%', 'change', '%', dict(locality='huyện Hương Khê', direction='up', base='2023')),
 ('nhận 2.300 ca', '2.300', 'level', 'ca', dict(locality='huyện Hương Khê')),
 ('có 521/650 trường', '521/650', 'ratio', 'trường', dict(indicator='national_standard_schools', **SY)),
 ('tỷ lệ 80,2%', '80,2%', 'level', '%', dict(indicator='national_standard_schools', **SY)),
 ('ra lớp đạt 99,9%', '99,9%', 'level', '%', dict(indicator='school_enrollment_rate', **SY)),
 ('đạt 95,6%', '95,6%', 'level', '%', dict(indicator='national_standard_schools', locality='huyện Đức Thọ', **SY)),
 ('và 93,3%', '93,3%', 'level', '%', dict(indicator='national_standard_schools', locality='thị xã Hồng Lĩnh', **SY)),
 ('đỗ 99,5%', '99,5%', 'level', '%', dict()),
 ('38 học sinh', '38', 'level', 'học sinh', dict()),
 ('đạt 14 bác sỹ/vạn dân', '14 bác sỹ/vạn dân', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k', **T)),
 ('37 giường bệnh/vạn dân', '37 giường bệnh/vạn dân', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k', **T)),
 ('đạt 95% trở lên', '95%', 'level', '%', dict(indicator='health_insurance_coverage', bound='at_least', **T)),
]
