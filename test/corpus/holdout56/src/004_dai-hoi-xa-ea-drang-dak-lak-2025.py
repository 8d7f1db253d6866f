TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị - Xây dựng Đảng
Thứ Bảy, 26/7/2025 | 18:05 GMT+7

Xã Ea Drăng tổ chức Đại hội Đảng bộ lần thứ I

Sáng 26/7, Đảng bộ xã Ea Drăng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với sự tham dự của 180 đại biểu chính thức. Xã Ea Drăng được thành lập trên cơ sở hợp nhất thị trấn Ea Drăng, xã Ea Ral và xã Dliê Yang của huyện Ea H'Leo (cũ).

Nhiệm kỳ 2020 - 2025, Đảng bộ các xã, thị trấn (cũ) đã hoàn thành 16/18 chỉ tiêu Nghị quyết. Tổng giá trị sản xuất năm 2025 ước đạt 5.120 tỷ đồng, gấp 1,6 lần so với đầu nhiệm kỳ. Diện tích cà phê toàn xã 9.850 ha, năng suất bình quân 3,2 tấn/ha; diện tích sầu riêng tăng nhanh, đến nay đạt 1.420 ha, tăng 930 ha so với năm 2020.

Tỷ lệ hộ nghèo giảm bình quân 1,6%/năm; riêng tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm từ 14,2% năm 2020 xuống còn 5,4% năm 2025. Toàn xã có 11/14 buôn, thôn đạt chuẩn khu dân cư văn hóa; khu vực xã Ea Ral cũ về đích nông thôn mới năm 2023.

Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: H.Gia

Nhiệm kỳ 2025 - 2030, Đại hội đề ra 18 chỉ tiêu chủ yếu, phấn đấu tổng giá trị sản xuất tăng bình quân 9%/năm trở lên; thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm; mỗi năm kết nạp từ 30 đảng viên trở lên.

Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 27 đồng chí. Đồng chí Y Bhin Niê được bầu làm Bí thư Đảng ủy xã.

Hoàng Gia

Tin liên quan:
» Xã Krông Búk: 5 năm kết nạp 210 đảng viên
» Phường Buôn Ma Thuột thông qua 22 chỉ tiêu nhiệm kỳ mới

Bản quyền thuộc Báo Đắk Lắk. Số 01 Lê Duẩn, phường Buôn Ma Thuột. ĐT: 0262.3852.486
'''
META = {'published': '2025-07-26', 'locality': 'xã Ea Drăng'}
DEFAULTS = {'locality': 'xã Ea Drăng', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E25 = {'modality': 'estimate', 'period': '2025'}
TT = {'modality': 'target', 'period': '2025/2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TOV = {'indicator': 'total_output_value'}
PR = {'indicator': 'poverty_rate'}
FIGS = [
 ('của 180 đại biểu', '180', 'level', 'đại biểu', d(optional=True)),
 ('hoàn thành 16/18 chỉ tiêu', '16/18', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('ước đạt 5.120 tỷ đồng', '5.120 tỷ đồng', 'level', 'VND', d(E25, TOV)),
 ('gấp 1,6 lần', '1,6', 'change', 'lần', d(E25, TOV, U, base='2020')),
 ('toàn xã 9.850 ha', '9.850 ha', 'level', 'ha', d()),
 ('3,2 tấn/ha', '3,2 tấn/ha', 'level', 'tấn/ha', d()),
 ('đạt 1.420 ha', '1.420 ha', 'level', 'ha', d()),
 ('tăng 930 ha', '930 ha', 'change', 'ha', d(U, base='2020')),
 ('giảm bình quân 1,6%/năm', '1,6%', 'change', '%', d(PR, D)),
 ('từ 14,2% năm 2020', '14,2%', 'level', '%', d(PR, period='2020')),
 ('còn 5,4% năm 2025', '5,4%', 'level', '%', d(PR, D, period='2025')),
 ('có 11/14 buôn', '11/14', 'ratio', 'buôn', d()),
 ('đề ra 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(TT, indicator='resolution_targets')),
 ('tăng bình quân 9%/năm trở lên', '9%', 'change', '%', d(TT, TOV, U, bound='at_least')),
 ('đạt 95 triệu đồng', '95 triệu đồng', 'level', 'VND/người/năm', d(TT, indicator='income_per_capita', period='2030')),
 ('giảm bình quân 1 - 1,5%/năm', '1 - 1,5%', 'change', '%', d(TT, PR, D)),
 ('từ 30 đảng viên', '30', 'level', 'đảng viên', d(TT, indicator='new_party_members', bound='at_least')),
 ('gồm 27 đồng chí', '27', 'level', 'đồng chí', d(optional=True)),
]
