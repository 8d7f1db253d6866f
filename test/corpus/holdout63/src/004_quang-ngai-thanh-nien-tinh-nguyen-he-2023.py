# Báo Quảng Ngãi, 24/08/2023: the provincial Youth Union's summer volunteer campaign of 2023. The campaign's results are
# 2023 actuals (the summer months span no code); a plan's value in brackets "(kế hoạch 1.080 công trình)" is the year's
# target (holdout53). "trị giá" totals are figures; blood units `đơn vị máu`; counts as written (`công trình`, `km`, `cây
# xanh`, `lượt đoàn viên, thanh niên` → `lượt đoàn viên`). Three districts "lần lượt" own their items; one volunteer's story (age,
# the number of summers) is no figure. The 2024 aims in the secretary's quote are targets.
TEXT = '''
BÁO QUẢNG NGÃI ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Đoàn - Hội | Văn hóa | Thể thao | Quốc phòng - An ninh

Đoàn - Hội

Chiến dịch Thanh niên tình nguyện hè 2023: Hơn 1.200 công trình, phần việc thanh niên

Thứ Năm, 24/08/2023 - 16:20

(Baoquangngai.vn)- Chiến dịch Thanh niên tình nguyện hè năm 2023 đã thu hút hơn 68.000 lượt đoàn viên, thanh niên tham gia, thực hiện 1.245 công trình, phần việc thanh niên với tổng trị giá hơn 38,6 tỷ đồng, vượt 15% so với kế hoạch.

Sáng 23/8, Tỉnh đoàn tổ chức tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2023. Theo đánh giá, chiến dịch năm nay diễn ra sôi nổi, các phần việc thiết thực, hướng về cơ sở, nhất là các xã miền núi, hải đảo.

Kết quả nổi bật của chiến dịch như sau:
- Công trình, phần việc thanh niên: 1.245 công trình (kế hoạch 1.080 công trình);
- Làm mới, sửa chữa 86 km đường giao thông nông thôn, tăng 12 km so với năm 2022;
- Trồng 125.400 cây xanh, đạt 125,4% kế hoạch;
- Hiến 4.820 đơn vị máu, tăng 12,3% so với năm 2022;
- Xây dựng, sửa chữa 12 căn nhà nhân ái cho đoàn viên, thanh niên khó khăn.

Đoàn viên, thanh niên huyện Bình Sơn làm đường giao thông tại thôn Phú Long. Ảnh: Thanh Nhị

Các huyện Bình Sơn, Sơn Tịnh và thị xã Đức Phổ là những đơn vị dẫn đầu với số công trình lần lượt là 142, 118 và 105 công trình. Riêng huyện đảo Lý Sơn, đoàn viên, thanh niên ra quân thu gom 18 tấn rác thải nhựa trên các bãi biển.

Anh Nguyễn Văn Tài (22 tuổi, sinh viên Trường Đại học Phạm Văn Đồng), đã 3 mùa hè tham gia chiến dịch, chia sẻ: "Mỗi mùa hè tình nguyện là một kỷ niệm đáng nhớ".

Các đội hình tình nguyện còn tổ chức 214 lớp học tiếng Anh, kỹ năng sống cho 6.350 thiếu nhi; tặng 3.100 suất quà cho học sinh nghèo, tổng trị giá gần 1,8 tỷ đồng.

Phát biểu tại buổi tổng kết, Bí thư Tỉnh đoàn Phạm Thị Thanh Hiền cho biết, năm 2024, Tỉnh đoàn phấn đấu thực hiện ít nhất 1.300 công trình, phần việc thanh niên và vận động hiến 5.000 đơn vị máu trở lên. Tỉnh đoàn cũng khen thưởng 25 tập thể, 40 cá nhân có thành tích xuất sắc.

Thanh Nhị

Tin liên quan
- Tuổi trẻ Quảng Ngãi ra quân Ngày Chủ nhật xanh lần thứ 3
- Đức Phổ: Khánh thành công trình thanh niên "Thắp sáng đường quê" dài 2,5 km
'''
META = {'published': '2023-08-24', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
TB = {'base': 'target'}
B22 = {'base': '2022'}
T = {'modality': 'target'}
T24 = {'modality': 'target', 'period': '2024'}
OPT = {'optional': True}
FIGS = [
 ('Hơn 1.200 công trình', '1.200', 'level', 'công trình', d(bound='over')),
 ('hơn 68.000 lượt', '68.000', 'level', 'lượt đoàn viên', d(bound='over')),
 ('thực hiện 1.245 công trình', '1.245', 'level', 'công trình', d()),
 ('hơn 38,6 tỷ đồng', '38,6 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('vượt 15% so với kế hoạch', '15%', 'change', '%', d(U, TB, status='exceeded')),
 ('thanh niên: 1.245 công trình', '1.245', 'level', 'công trình', d()),
 ('hoạch 1.080 công trình', '1.080', 'level', 'công trình', d(T)),
 ('chữa 86 km', '86 km', 'level', 'km', d()),
 ('tăng 12 km', '12 km', 'change', 'km', d(U, B22)),
 ('Trồng 125.400 cây', '125.400', 'level', 'cây xanh', d()),
 ('đạt 125,4% kế hoạch', '125,4%', 'attainment', '%', d(TB)),
 ('Hiến 4.820 đơn vị', '4.820', 'level', 'đơn vị máu', d()),
 ('tăng 12,3%', '12,3%', 'change', '%', d(U, B22)),
 ('chữa 12 căn', '12', 'level', 'căn nhà', d()),
 ('là 142,', '142', 'level', 'công trình', d(locality='huyện Bình Sơn')),
 (' 118 và', '118', 'level', 'công trình', d(locality='huyện Sơn Tịnh')),
 ('và 105 công trình', '105', 'level', 'công trình', d(locality='thị xã Đức Phổ')),
 ('gom 18 tấn', '18 tấn', 'level', 'tấn', d(locality='huyện Lý Sơn')),
 ('chức 214 lớp', '214', 'level', 'lớp học', d()),
 ('cho 6.350 thiếu nhi', '6.350', 'level', 'thiếu nhi', d()),
 ('tặng 3.100 suất', '3.100', 'level', 'suất quà', d()),
 ('gần 1,8 tỷ đồng', '1,8 tỷ đồng', 'level', 'VND', d(bound='nearly')),
 ('ít nhất 1.300 công trình', '1.300', 'level', 'công trình', d(T24, bound='at_least')),
 ('hiến 5.000 đơn vị', '5.000', 'level', 'đơn vị máu', d(T24, bound='at_least')),
 ('thưởng 25 tập thể', '25', 'level', 'tập thể', d(OPT)),
 ('40 cá nhân', '40', 'level', 'cá nhân', d(OPT)),
]
