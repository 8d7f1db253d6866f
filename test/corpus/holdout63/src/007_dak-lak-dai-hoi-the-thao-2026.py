# Báo và Phát thanh, Truyền hình Đắk Lắk (the province formed in July 2025 from Đắk Lắk and Phú Yên), 21/09/2026: the
# closing of the provincial sports games, the first after the merger. Medals (the table and the prose), athletes, teams,
# events and sports entered are optional (holdout55, holdout16, holdout49); the grassroots games held by communes
# ("102/102 xã, phường", its attainment) and participation rates are figures with no id; "so với năm 2022 (Đại hội lần thứ
# IX)" is base 2022 (the bracket names the games, no figure); levels "đến năm 2030" are targets of 2030. Former provinces
# named as parts own their clause; the games' own cost and its private share are one event's, optional (as a plan's cost,
# holdout53); ("khu vực Phú Yên cũ"). "lần thứ X", ages and the closing day's date are no figures.
TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Video

Thể thao

Bế mạc Đại hội Thể dục thể thao tỉnh Đắk Lắk lần thứ X năm 2026

Thứ Hai, 21/09/2026 - 20:40

Tối 20/9, tại phường Buôn Ma Thuột, UBND tỉnh tổ chức bế mạc Đại hội Thể dục thể thao (TDTT) tỉnh lần thứ X năm 2026. Đại hội có 3.420 vận động viên của 102 xã, phường và 16 sở, ngành tranh tài ở 28 môn thể thao.

Đây là kỳ đại hội đầu tiên sau khi tỉnh Đắk Lắk và tỉnh Phú Yên hợp nhất. Trước đó, 102/102 xã, phường đã tổ chức đại hội TDTT cấp cơ sở, đạt 100% kế hoạch; khu vực Phú Yên cũ có 38 xã, phường tổ chức.

Phường Buôn Ma Thuột dẫn đầu toàn đoàn

Kết quả, phường Buôn Ma Thuột dẫn đầu toàn đoàn với 42 huy chương vàng. Bảng tổng sắp huy chương của 3 đơn vị dẫn đầu như sau:

Đơn vị | Vàng | Bạc | Đồng | Tổng
Phường Buôn Ma Thuột | 42 | 35 | 30 | 107
Phường Tuy Hòa | 38 | 31 | 36 | 105
Xã Ea Kar | 21 | 18 | 25 | 64

Tại đại hội, có 14 vận động viên phá 9 kỷ lục đại hội.

Vận động viên phường Tuy Hòa tranh tài môn điền kinh. Ảnh: Hoàng Gia

Phong trào tập luyện lan rộng

Theo Sở Văn hóa, Thể thao và Du lịch, đến nay, tỷ lệ người dân tập luyện TDTT thường xuyên toàn tỉnh đạt 38,6%, tăng 6,2 điểm phần trăm so với năm 2022 (Đại hội lần thứ IX); số gia đình thể thao chiếm 25,4% tổng số hộ. Toàn tỉnh có 1.860 câu lạc bộ TDTT cơ sở, tăng 340 câu lạc bộ. Riêng khu vực Phú Yên cũ, tỷ lệ người tập luyện thường xuyên đạt 41,2%.

Kinh phí tổ chức Đại hội cấp tỉnh là 12,5 tỷ đồng, trong đó nguồn xã hội hóa 4,2 tỷ đồng, chiếm 33,6%.

Phát biểu bế mạc, Phó Chủ tịch UBND tỉnh cho biết, đến năm 2030, tỉnh phấn đấu tỷ lệ người tập luyện TDTT thường xuyên đạt 42% trở lên, gia đình thể thao đạt 30%, mỗi xã, phường có ít nhất 1 sân thể thao đạt chuẩn.

Hoàng Gia

Tin liên quan
- Đắk Lắk giành 12 huy chương tại Giải Vô địch điền kinh quốc gia 2026
- Khai mạc Giải Marathon Buôn Ma Thuột lần thứ 5
- Đường dây nóng: 0262.3852.405
'''
META = {'published': '2026-09-21', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2026', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
TB = {'base': 'target'}
PY = {'locality': 'tỉnh Phú Yên'}
BMT = {'locality': 'phường Buôn Ma Thuột'}
TH = {'locality': 'phường Tuy Hòa'}
EK = {'locality': 'xã Ea Kar'}
T = {'modality': 'target', 'period': '2030'}
OPT = {'optional': True}
FIGS = [
 ('có 3.420 vận động viên', '3.420', 'level', 'vận động viên', d(OPT)),
 ('của 102 xã', '102', 'level', 'xã', d(OPT)),
 ('và 16 sở', '16', 'level', 'sở', d(OPT)),
 ('ở 28 môn', '28', 'level', 'môn', d(OPT)),
 ('102/102 xã', '102/102', 'ratio', 'xã', d()),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(TB)),
 ('có 38 xã', '38', 'level', 'xã', d(PY)),
 ('với 42 huy chương', '42', 'level', 'huy chương', d(OPT)),
 ('Thuột | 42 |', '42', 'level', 'huy chương', d(OPT)),
 ('| 35 |', '35', 'level', 'huy chương', d(OPT)),
 ('| 30 |', '30', 'level', 'huy chương', d(OPT)),
 ('| 107', '107', 'level', 'huy chương', d(OPT)),
 ('Hòa | 38 |', '38', 'level', 'huy chương', d(OPT)),
 ('| 31 |', '31', 'level', 'huy chương', d(OPT)),
 ('| 36 |', '36', 'level', 'huy chương', d(OPT)),
 ('| 105', '105', 'level', 'huy chương', d(OPT)),
 ('Kar | 21 |', '21', 'level', 'huy chương', d(OPT)),
 ('| 18 |', '18', 'level', 'huy chương', d(OPT)),
 ('| 25 |', '25', 'level', 'huy chương', d(OPT)),
 ('| 64', '64', 'level', 'huy chương', d(OPT)),
 ('có 14 vận động viên', '14', 'level', 'vận động viên', d(OPT)),
 ('phá 9 kỷ lục', '9', 'level', 'kỷ lục', d(OPT)),
 ('đạt 38,6%', '38,6%', 'level', '%', d()),
 ('tăng 6,2 điểm phần trăm', '6,2 điểm phần trăm', 'change', 'điểm %', d(U, base='2022')),
 ('chiếm 25,4%', '25,4%', 'level', '%', d()),
 ('có 1.860 câu lạc bộ', '1.860', 'level', 'câu lạc bộ', d()),
 ('tăng 340 câu lạc bộ', '340', 'change', 'câu lạc bộ', d(U)),
 ('đạt 41,2%', '41,2%', 'level', '%', d(PY)),
 ('là 12,5 tỷ đồng', '12,5 tỷ đồng', 'level', 'VND', d(OPT)),
 ('hóa 4,2 tỷ đồng', '4,2 tỷ đồng', 'level', 'VND', d(OPT)),
 ('chiếm 33,6%', '33,6%', 'level', '%', d(OPT)),
 ('đạt 42% trở lên', '42%', 'level', '%', d(T, bound='at_least')),
 ('đạt 30%', '30%', 'level', '%', d(T)),
 ('ít nhất 1 sân', '1', 'level', 'sân thể thao', d(T, OPT)),
]
