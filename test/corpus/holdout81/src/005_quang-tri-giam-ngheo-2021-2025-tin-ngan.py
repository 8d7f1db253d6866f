TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Tin tức - Sự kiện > Kinh tế - Xã hội
Ngày đăng: 09/01/2026 | Lượt xem: 1.204

Giai đoạn 2021 - 2025: Quảng Trị giảm 4,6% tỷ lệ hộ nghèo

Ngày 8/1, Sở Nông nghiệp và Môi trường tổ chức hội nghị tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 trên địa bàn tỉnh (tính gộp tỉnh Quảng Bình cũ).

Sau 5 năm, tỷ lệ hộ nghèo toàn tỉnh giảm từ 7,9% (cuối năm 2021) xuống còn 3,3% (cuối năm 2025), bình quân mỗi năm giảm 0,92%, vượt mục tiêu Nghị quyết đề ra (giảm 0,8 - 1%/năm). Tổng nguồn vốn thực hiện Chương trình đạt 2.146 tỷ đồng; đã hỗ trợ xây mới, sửa chữa 6.380 căn nhà cho hộ nghèo, hộ cận nghèo. Riêng năm 2025, toàn tỉnh có 3.215 hộ thoát nghèo; tỷ lệ hộ cận nghèo cuối năm còn 4,12%.

Giai đoạn 2026 - 2030, tỉnh phấn đấu tỷ lệ hộ nghèo theo chuẩn mới giảm bình quân 1 - 1,5%/năm; đến năm 2030, 100% hộ nghèo có nhu cầu được vay vốn ưu đãi.

Minh Hoà

Các tin khác:
- Hội nghị tổng kết công tác năm 2025 của Sở Tài chính (08/01/2026 16:20)
- Quảng Trị đón 5 triệu lượt khách năm 2025 (07/01/2026 09:05)
- Triển khai Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030 (06/01/2026 14:30)

Bản quyền thuộc Văn phòng UBND tỉnh Quảng Trị. Điện thoại: 0233.3852.316
'''
META = {'published': '2026-01-09', 'locality': 'tỉnh Quảng Trị'}
DEFAULTS = {'locality': 'tỉnh Quảng Trị', 'period': '2021/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'modality': 'target', 'period': '2026/2030'}
D = {'direction': 'down'}
PR = {'indicator': 'poverty_rate'}
FIGS = [
 ('giảm 4,6%', '4,6%', 'change', '%', d(D, PR)),
 ('từ 7,9%', '7,9%', 'level', '%', d(PR, period='2021')),
 ('còn 3,3%', '3,3%', 'level', '%', d(PR, D, period='2025')),
 ('giảm 0,92%', '0,92%', 'change', '%', d(D, PR)),
 ('giảm 0,8 - 1%/năm', '0,8 - 1%', 'change', '%', d(D, PR, modality='target')),
 ('đạt 2.146 tỷ đồng', '2.146 tỷ đồng', 'level', 'VND', d()),
 ('chữa 6.380 căn nhà', '6.380', 'level', 'căn nhà', d()),
 ('có 3.215 hộ', '3.215', 'level', 'hộ', d(indicator='households_out_of_poverty', period='2025')),
 ('còn 4,12%', '4,12%', 'level', '%', d(indicator='near_poverty_rate', period='2025')),
 ('1 - 1,5%/năm', '1 - 1,5%', 'change', '%', d(T, D, PR)),
 ('100% hộ nghèo', '100%', 'level', '%', d(modality='target', period='2030')),
]
