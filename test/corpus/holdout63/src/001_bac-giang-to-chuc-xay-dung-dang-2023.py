# Báo Bắc Giang (before the July 2025 merger with Bắc Ninh), 12/01/2024: the Party Organisation Board's review of party
# building in 2023. A January page reviewing last year: undated figures are 2023. The membership counted "Đến ngày
# 31/12/2023" is a stock at its month (M12), with its change against the year before at the same moment; the admitted
# members are a flow of the year. The rating table's rows are levels of 2023 in the column's unit, its signed column the
# change in points against 2022 (the caption's base). The whole membership, disciplined and removed members are not new
# members; breakdowns of the admitted members ("trong đó có 1.086 đảng viên nữ") are new members too (a count of admitted
# members of one kind), and so is the districts' attainment of their admission plans. "so với cùng thời điểm năm 2022"
# is same_period (holdout60). Cadres moved, classes and learners are levels in the noun as written. Giấy khen at one
# ceremony optional. The reader's comment has no figure.
TEXT = '''
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ | Thời sự | Xây dựng Đảng | Kinh tế | Xã hội | Văn hóa - Thể thao | Pháp luật | Bạn đọc

Xây dựng Đảng

Bắc Giang: Kết nạp 2.316 đảng viên năm 2023, vượt 5,3% kế hoạch

Cập nhật lúc 15:42, Thứ Sáu, 12/01/2024 (GMT+7)

BGĐT - Sáng 12/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024. Năm qua, toàn Đảng bộ tỉnh kết nạp 2.316 đảng viên, đạt 105,3% kế hoạch; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 91,2%.

Quang cảnh hội nghị. Ảnh: Thu Hương

Theo báo cáo tại hội nghị, đến ngày 31/12/2023, Đảng bộ tỉnh có 1.124 tổ chức cơ sở đảng với 91.870 đảng viên, tăng 1.412 đảng viên so với cùng thời điểm năm 2022.

Công tác phát triển đảng viên được các cấp ủy quan tâm chỉ đạo quyết liệt. Trong năm, toàn tỉnh kết nạp 2.316 đảng viên, tăng 8,7% so với năm 2022; trong đó có 1.086 đảng viên nữ, 1.672 đảng viên là đoàn viên thanh niên, chiếm 72,2%. Đáng chú ý, các chi bộ, đảng bộ trong doanh nghiệp ngoài khu vực nhà nước kết nạp 148 đảng viên, gấp 1,6 lần năm trước. Toàn tỉnh thành lập mới 12 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước, nâng tổng số lên 86 tổ chức cơ sở đảng.

Cấp ủy các huyện Lục Ngạn, Yên Thế, Sơn Động là những đơn vị có tỷ lệ kết nạp cao so với kế hoạch giao, lần lượt đạt 118,4%, 112,6% và 110,3%. Tuy nhiên, vẫn còn 3 thôn chưa có đảng viên, giảm 4 thôn so với năm 2022.

91,2% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên

Việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên cuối năm được thực hiện thực chất hơn. Kết quả xếp loại tổ chức cơ sở đảng năm 2023 (tăng, giảm so với năm 2022) như sau:

Mức xếp loại | Số tổ chức | Tỷ lệ (%) | Tăng, giảm (điểm %)
Hoàn thành xuất sắc nhiệm vụ | 213 | 19,0 | +1,4
Hoàn thành tốt nhiệm vụ | 812 | 72,2 | -0,6
Hoàn thành nhiệm vụ | 91 | 8,1 | -0,5
Không hoàn thành nhiệm vụ | 8 | 0,7 | -0,3

Đối với đảng viên, có 14,6% đảng viên hoàn thành xuất sắc nhiệm vụ, 78,9% hoàn thành tốt nhiệm vụ; 0,4% đảng viên không hoàn thành nhiệm vụ. Ủy ban Kiểm tra các cấp đã thi hành kỷ luật 186 đảng viên, giảm 23 trường hợp so với năm 2022; các chi bộ xóa tên, cho ra khỏi Đảng 64 đảng viên. Thu đảng phí toàn Đảng bộ đạt 38,6 tỷ đồng.

Về công tác cán bộ, năm 2023, Ban Thường vụ Tỉnh ủy đã điều động, luân chuyển 48 cán bộ; bổ nhiệm, giới thiệu ứng cử 126 lượt cán bộ diện Ban Thường vụ Tỉnh ủy quản lý. Toàn tỉnh mở 186 lớp bồi dưỡng lý luận chính trị cho 14.320 lượt học viên, đạt 108,5% kế hoạch; trong đó có 2.416 quần chúng ưu tú học lớp nhận thức về Đảng, tăng 6,1%.

Đồng chí Trưởng Ban Tổ chức Tỉnh ủy trao Giấy khen cho các tập thể có thành tích xuất sắc. Ảnh: Thu Hương

Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị năm 2024, các cấp ủy tập trung củng cố tổ chức cơ sở đảng, nâng cao chất lượng đảng viên. Tại hội nghị, Ban Tổ chức Tỉnh ủy tặng Giấy khen cho 15 tập thể và 20 cá nhân.

Các chỉ tiêu chủ yếu năm 2024:
- Kết nạp từ 2.200 đảng viên trở lên;
- Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 90% trở lên;
- Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt trên 90%;
- 100% thôn, tổ dân phố có chi bộ đảng, không còn thôn chưa có đảng viên.

Thu Hương

Ý kiến bạn đọc (1)
Nguyễn Văn Hùng - 12/01/2024 17:05: Mong tỉnh quan tâm hơn nữa đến phát triển đảng viên ở vùng đồng bào dân tộc thiểu số, nhất là các thôn đặc biệt khó khăn.

Tin liên quan
- Lục Ngạn: 96% chi bộ thôn có chi ủy viên phụ trách
- Yên Thế tổng kết 10 năm thực hiện Chỉ thị 28-CT/TU
- Việt Yên: Kết nạp đảng viên trong doanh nghiệp FDI

Cơ quan chủ quản: Tỉnh ủy Bắc Giang. Giấy phép số 86/GP-BTTTT. Điện thoại: 0204.3855.448
'''
META = {'published': '2024-01-12', 'locality': 'tỉnh Bắc Giang'}
DEFAULTS = {'locality': 'tỉnh Bắc Giang', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
NP = {'indicator': 'new_party_members'}
U = {'direction': 'up'}
D = {'direction': 'down'}
B22 = {'base': '2022'}
TB = {'base': 'target'}
M12 = {'period': '2023-M12'}
T = {'modality': 'target', 'period': '2024'}
OPT = {'optional': True}
FIGS = [
 ('Kết nạp 2.316 đảng viên năm', '2.316', 'level', 'đảng viên', d(NP)),
 ('vượt 5,3% kế hoạch', '5,3%', 'change', '%', d(NP, U, TB, status='exceeded')),
 ('tỉnh kết nạp 2.316 đảng viên, đạt', '2.316', 'level', 'đảng viên', d(NP)),
 ('đạt 105,3% kế hoạch', '105,3%', 'attainment', '%', d(NP, TB)),
 ('trở lên đạt 91,2%', '91,2%', 'level', '%', d()),
 ('có 1.124 tổ chức', '1.124', 'level', 'tổ chức cơ sở đảng', d(M12)),
 ('với 91.870 đảng viên', '91.870', 'level', 'đảng viên', d(M12)),
 ('tăng 1.412 đảng viên', '1.412', 'change', 'đảng viên', d(M12, U, base='same_period')),
 ('tỉnh kết nạp 2.316 đảng viên, tăng', '2.316', 'level', 'đảng viên', d(NP)),
 ('tăng 8,7% so với', '8,7%', 'change', '%', d(NP, U, B22)),
 ('có 1.086 đảng viên', '1.086', 'level', 'đảng viên', d(NP)),
 ('1.672 đảng viên', '1.672', 'level', 'đảng viên', d(NP)),
 ('chiếm 72,2%', '72,2%', 'level', '%', d()),
 ('kết nạp 148 đảng viên', '148', 'level', 'đảng viên', d(NP)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(NP, U, B22)),
 ('mới 12 tổ chức', '12', 'level', 'tổ chức cơ sở đảng', d()),
 ('lên 86 tổ chức', '86', 'level', 'tổ chức cơ sở đảng', d(U)),
 ('đạt 118,4%', '118,4%', 'attainment', '%', d(NP, TB, locality='huyện Lục Ngạn')),
 ('112,6%', '112,6%', 'attainment', '%', d(NP, TB, locality='huyện Yên Thế')),
 ('và 110,3%', '110,3%', 'attainment', '%', d(NP, TB, locality='huyện Sơn Động')),
 ('còn 3 thôn', '3', 'level', 'thôn', d()),
 ('giảm 4 thôn', '4', 'change', 'thôn', d(D, B22)),
 ('91,2% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên\n', '91,2%', 'level', '%', d()),
 ('vụ | 213 |', '213', 'level', 'tổ chức', d()),
 ('| 19,0 |', '19,0', 'level', '%', d()),
 ('| +1,4', '1,4', 'change', 'điểm %', d(U, B22)),
 ('| 812 |', '812', 'level', 'tổ chức', d()),
 ('| 72,2 |', '72,2', 'level', '%', d()),
 ('| -0,6', '0,6', 'change', 'điểm %', d(D, B22)),
 ('| 91 |', '91', 'level', 'tổ chức', d()),
 ('| 8,1 |', '8,1', 'level', '%', d()),
 ('| -0,5', '0,5', 'change', 'điểm %', d(D, B22)),
 ('| 8 |', '8', 'level', 'tổ chức', d()),
 ('| 0,7 |', '0,7', 'level', '%', d()),
 ('| -0,3', '0,3', 'change', 'điểm %', d(D, B22)),
 ('có 14,6%', '14,6%', 'level', '%', d()),
 ('78,9% hoàn thành', '78,9%', 'level', '%', d()),
 ('; 0,4% đảng viên', '0,4%', 'level', '%', d()),
 ('kỷ luật 186 đảng viên', '186', 'level', 'đảng viên', d()),
 ('giảm 23 trường hợp', '23', 'change', 'trường hợp', d(D, B22)),
 ('Đảng 64 đảng viên', '64', 'level', 'đảng viên', d()),
 ('đạt 38,6 tỷ đồng', '38,6 tỷ đồng', 'level', 'VND', d()),
 ('chuyển 48 cán bộ', '48', 'level', 'cán bộ', d()),
 ('cử 126 lượt', '126', 'level', 'lượt cán bộ', d()),
 ('mở 186 lớp', '186', 'level', 'lớp', d()),
 ('cho 14.320 lượt', '14.320', 'level', 'lượt học viên', d()),
 ('đạt 108,5% kế hoạch', '108,5%', 'attainment', '%', d(TB)),
 ('có 2.416 quần chúng', '2.416', 'level', 'quần chúng', d()),
 ('tăng 6,1%', '6,1%', 'change', '%', d(U)),
 ('cho 15 tập thể', '15', 'level', 'tập thể', d(OPT)),
 ('và 20 cá nhân', '20', 'level', 'cá nhân', d(OPT)),
 ('từ 2.200 đảng viên', '2.200', 'level', 'đảng viên', d(NP, T, bound='at_least')),
 ('đạt 90% trở lên', '90%', 'level', '%', d(T, bound='at_least')),
 ('đạt trên 90%', '90%', 'level', '%', d(T, bound='over')),
 ('- 100% thôn', '100%', 'level', '%', d(T)),
]
