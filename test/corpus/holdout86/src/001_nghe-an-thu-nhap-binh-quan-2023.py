TEXT = '''
BÁO NGHỆ AN
Thứ Ba, 16/01/2024 - 08:45 (GMT+7)
Thời sự | Kinh tế | Xã hội | Nông nghiệp | Pháp luật | Thể thao | Video

Kinh tế

Thu nhập bình quân đầu người ở Nghệ An năm 2023 ước đạt 50,2 triệu đồng

(Baonghean.vn) - Theo kết quả khảo sát mức sống dân cư của Cục Thống kê, thu nhập bình quân đầu người năm 2023 của tỉnh Nghệ An ước đạt 50,2 triệu đồng, tăng 4,6 triệu đồng so với năm 2022; GRDP bình quân đầu người đạt 54,9 triệu đồng, tương đương khoảng 2.310 USD.

Cụ thể, thu nhập bình quân một người một tháng năm 2023 đạt 4,18 triệu đồng, tăng 9,9% so với năm 2022. Trong đó, khu vực thành thị đạt 5,62 triệu đồng/người/tháng, khu vực nông thôn đạt 3,79 triệu đồng/người/tháng; chênh lệch giữa thành thị và nông thôn là 1,48 lần. Chi tiêu bình quân một người một tháng là 3,26 triệu đồng, tăng 7,4% so với năm trước.

Tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người năm 2023 ước đạt 54,9 triệu đồng, tăng 3,8 triệu đồng so với năm trước. Mức này mới bằng khoảng 55% bình quân chung của cả nước (99,2 triệu đồng).

Giữa các địa phương vẫn còn khoảng cách lớn. Thành phố Vinh dẫn đầu với thu nhập bình quân đầu người 78,6 triệu đồng/năm; thị xã Hoàng Mai đạt 61,4 triệu đồng; trong khi huyện Kỳ Sơn chỉ đạt 22,3 triệu đồng, huyện Tương Dương 24,1 triệu đồng.

Người dân xã Nghi Phong (huyện Nghi Lộc) thu hoạch rau màu vụ Đông. Ảnh: Thành Cường

Năm 2023, tỷ lệ hộ nghèo đa chiều toàn tỉnh giảm còn 3,75%, giảm 1,04 điểm phần trăm so với cuối năm 2022; riêng 11 huyện miền núi còn 9,26%. Tỷ lệ lao động qua đào tạo đạt 69,5%, trong đó có bằng cấp, chứng chỉ đạt 29,3%. Tỷ lệ hộ có nhà ở kiên cố đạt 87,2%; diện tích nhà ở bình quân đạt 26,5 m2/người.

Mục tiêu năm 2024

Năm 2024, tỉnh phấn đấu thu nhập bình quân đầu người đạt 54 - 55 triệu đồng, GRDP bình quân đầu người đạt trên 60 triệu đồng; tỷ lệ hộ nghèo giảm 1 - 1,5%. Đến năm 2025, thu nhập bình quân đầu người ở khu vực nông thôn đạt 55 triệu đồng trở lên.

Thu Huyền

Tin liên quan
- Nghệ An: Thu ngân sách năm 2023 vượt 17.000 tỷ đồng (10/01/2024)
- GRDP năm 2023 của Nghệ An tăng 6,4% (29/12/2023)
- Giá lợn hơi tăng 2.000 đồng/kg (14/01/2024)

Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An. Giấy phép số 56/GP-BTTTT. Đường dây nóng: 0238.3598.456
'''
META = {'published': '2024-01-16', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2024'}
U = {'direction': 'up'}
D = {'direction': 'down'}
INC = {'indicator': 'income_per_capita'}
GPC = {'indicator': 'grdp_per_capita'}
PR = {'indicator': 'poverty_rate'}
TL = {'indicator': 'trained_labour_rate'}
Y = 'VND/người/năm'
M = 'VND/người/tháng'
FIGS = [
 ('Nghệ An năm 2023 ước đạt 50,2 triệu đồng', '50,2 triệu đồng', 'level', Y, d(E, INC)),
 ('Nghệ An ước đạt 50,2 triệu đồng', '50,2 triệu đồng', 'level', Y, d(E, INC)),
 ('tăng 4,6 triệu đồng', '4,6 triệu đồng', 'change', Y, d(E, INC, U, base='2022')),
 ('người đạt 54,9 triệu đồng', '54,9 triệu đồng', 'level', Y, d(GPC)),
 ('khoảng 2.310 USD', '2.310 USD', 'level', 'USD/người/năm', d(GPC, bound='about')),
 ('đạt 4,18 triệu đồng', '4,18 triệu đồng', 'level', M, d(INC)),
 ('tăng 9,9%', '9,9%', 'change', '%', d(INC, U, base='2022')),
 ('5,62 triệu đồng/người/tháng', '5,62 triệu đồng/người/tháng', 'level', M, d(INC)),
 ('3,79 triệu đồng/người/tháng', '3,79 triệu đồng/người/tháng', 'level', M, d(INC)),
 ('là 1,48 lần', '1,48 lần', 'level', 'lần', d(optional=True)),
 ('là 3,26 triệu đồng', '3,26 triệu đồng', 'level', M, d()),
 ('tăng 7,4%', '7,4%', 'change', '%', d(U, base='2022')),
 ('ước đạt 54,9 triệu đồng', '54,9 triệu đồng', 'level', Y, d(E, GPC)),
 ('tăng 3,8 triệu đồng', '3,8 triệu đồng', 'change', Y, d(E, GPC, U, base='2022')),
 ('khoảng 55%', '55%', 'level', '%', d(optional=True)),
 ('(99,2 triệu đồng)', '99,2 triệu đồng', 'level', Y, d(GPC, locality='cả nước')),
 ('người 78,6 triệu đồng/năm', '78,6 triệu đồng/năm', 'level', Y, d(INC, locality='thành phố Vinh')),
 ('đạt 61,4 triệu đồng', '61,4 triệu đồng', 'level', Y, d(INC, locality='thị xã Hoàng Mai')),
 ('đạt 22,3 triệu đồng', '22,3 triệu đồng', 'level', Y, d(INC, locality='huyện Kỳ Sơn')),
 ('24,1 triệu đồng', '24,1 triệu đồng', 'level', Y, d(INC, locality='huyện Tương Dương')),
 ('giảm còn 3,75%', '3,75%', 'level', '%', d(PR, D)),
 ('giảm 1,04 điểm phần trăm', '1,04 điểm phần trăm', 'change', 'điểm %', d(PR, D, base='2022')),
 ('riêng 11 huyện', '11', 'level', 'huyện', d(optional=True)),
 ('còn 9,26%', '9,26%', 'level', '%', d(PR)),
 ('đạt 69,5%', '69,5%', 'level', '%', d(TL)),
 ('đạt 29,3%', '29,3%', 'level', '%', d(TL)),
 ('đạt 87,2%', '87,2%', 'level', '%', d()),
 ('26,5 m2/người', '26,5 m2/người', 'level', 'm2/người', d()),
 ('đạt 54 - 55 triệu đồng', '54 - 55 triệu đồng', 'level', Y, d(K, INC)),
 ('trên 60 triệu đồng', '60 triệu đồng', 'level', Y, d(K, GPC, bound='over')),
 ('giảm 1 - 1,5%', '1 - 1,5%', 'change', '%', d(K, PR, D)),
 ('55 triệu đồng trở lên', '55 triệu đồng', 'level', Y, d(INC, modality='target', period='2025', bound='at_least')),
]
