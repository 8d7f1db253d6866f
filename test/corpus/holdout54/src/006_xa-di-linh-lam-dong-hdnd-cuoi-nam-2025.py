TEXT = '''
BÁO LÂM ĐỒNG
Thứ Sáu, 19/12/2025 | 14:05

Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch

Xã Di Linh: Thu ngân sách 6 tháng cuối năm vượt 12,5% dự toán

Ngày 18/12, HĐND xã Di Linh khóa I, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ tư (kỳ họp thường lệ cuối năm 2025) để đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025, quyết định phương hướng, nhiệm vụ năm 2026. Đây là kỳ họp thường lệ đầu tiên kể từ khi xã vận hành chính quyền địa phương hai cấp.

Xã Di Linh được thành lập trên cơ sở hợp nhất thị trấn Di Linh (cũ) và hai xã Liên Đầm, Tân Châu, có diện tích tự nhiên 186,4 km2 với hơn 52.000 nhân khẩu, trong đó đồng bào K’Ho chiếm gần 30%.

Theo báo cáo của UBND xã, trong 14 chỉ tiêu HĐND xã giao cho 6 tháng cuối năm, có 12 chỉ tiêu đạt và vượt, 2 chỉ tiêu xấp xỉ đạt là thu hút đầu tư và tỷ lệ thu gom, xử lý rác thải. Từ ngày 1/7 đến ngày 15/12/2025, thu ngân sách trên địa bàn đạt 38,6 tỷ đồng, bằng 112,5% dự toán tỉnh giao cho 6 tháng cuối năm; chi ngân sách 61,2 tỷ đồng.

Tính gộp cả năm (số liệu của các đơn vị cũ), tổng giá trị sản xuất trên địa bàn ước đạt 5.460 tỷ đồng, tăng 7,8% so với năm 2024; thu nhập bình quân đầu người ước đạt 72,4 triệu đồng/người/năm.

Nông nghiệp vẫn là thế mạnh của địa phương. Diện tích chè còn 1.850 ha, giảm 120 ha so với năm 2024 do người dân chuyển sang trồng sầu riêng; toàn xã hiện có 14.200 ha cà phê. Sản lượng cà phê niên vụ 2025 - 2026 dự kiến đạt 48.000 tấn, năng suất bình quân 3,4 tấn/ha; giá cà phê nhân xô dao động 110.000 - 118.000 đồng/kg.

Người dân xã Di Linh thu hoạch cà phê niên vụ 2025 - 2026. Ảnh: Văn Long

Toàn xã còn 186 hộ nghèo, chiếm 1,35%, và 240 hộ cận nghèo, chiếm 1,74%. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2%. Chương trình xóa nhà tạm, nhà dột nát đã hoàn thành 94 căn nhà cho hộ nghèo, gia đình chính sách, đạt 100% kế hoạch.

Năm 2026, HĐND xã thống nhất 16 chỉ tiêu chủ yếu, trong đó: tổng giá trị sản xuất tăng 8 - 8,5%; thu nhập bình quân đầu người đạt 78 triệu đồng trở lên; thu ngân sách trên địa bàn 85 tỷ đồng; tỷ lệ hộ nghèo giảm 0,3 - 0,5 điểm phần trăm; 100% thôn, tổ dân phố có nhà văn hóa đạt chuẩn.

Tại kỳ họp, đại biểu K’ Brếu (thôn Liên Châu) đề nghị sửa chữa tuyến đường liên thôn Đồng Lạc - Gia Bắc dài 3,2 km đã xuống cấp. Trả lời chất vấn, Chủ tịch UBND xã Lê Văn Tâm cho biết xã đã bố trí 4,5 tỷ đồng để sửa chữa tuyến đường trong quý I/2026. Kỳ họp đã thông qua 9 nghị quyết quan trọng.

Văn Long

Tin liên quan
- Phường Bảo Lộc 1: Giải ngân đầu tư công đạt 85% kế hoạch (17/12/2025)
- Xã Đinh Trang Thượng đón nhận Bằng công nhận làng văn hóa (16/12/2025)

Báo Lâm Đồng - Số 38 Quang Trung, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng. ĐT: 0263.3822.470
'''
META = {'published': '2025-12-19', 'locality': 'xã Di Linh'}
DEFAULTS = {'locality': 'xã Di Linh', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
H2 = {'period': '2025-H2'}
S = {'period': '2025/2026'}
RT = {'indicator': 'resolution_targets'}
BR = {'indicator': 'budget_revenue'}
TOV = {'indicator': 'total_output_value'}
INC = {'indicator': 'income_per_capita'}
FIGS = [
 ('vượt 12,5% dự toán', '12,5%', 'change', '%', d(H2, BR, U, base='target', status='exceeded')),
 ('diện tích tự nhiên 186,4 km2', '186,4 km2', 'level', 'km2', d(optional=True)),
 ('hơn 52.000 nhân khẩu', '52.000', 'level', 'nhân khẩu', d(optional=True)),
 ('gần 30%', '30%', 'level', '%', d(optional=True)),
 ('trong 14 chỉ tiêu', '14', 'level', 'chỉ tiêu', d(H2, RT)),
 ('có 12 chỉ tiêu', '12', 'level', 'chỉ tiêu', d(H2, RT, status='achieved')),
 ('2 chỉ tiêu xấp xỉ đạt', '2', 'level', 'chỉ tiêu', d(H2, RT, status='nearly')),
 ('đạt 38,6 tỷ đồng', '38,6 tỷ đồng', 'level', 'VND', d(H2, BR)),
 ('bằng 112,5% dự toán', '112,5%', 'attainment', '%', d(H2, BR, base='target')),
 ('sách 61,2 tỷ đồng', '61,2 tỷ đồng', 'level', 'VND', d(H2, indicator='budget_expenditure')),
 ('ước đạt 5.460 tỷ đồng', '5.460 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('tăng 7,8%', '7,8%', 'change', '%', d(E, U, TOV, base='2024')),
 ('đạt 72,4 triệu đồng/người/năm', '72,4 triệu đồng/người/năm', 'level', 'VND/người/năm', d(E, INC)),
 ('có 14.200 ha', '14.200 ha', 'level', 'ha', d()),
 ('đạt 48.000 tấn', '48.000 tấn', 'level', 'tấn', d(S, E)),
 ('quân 3,4 tấn/ha', '3,4 tấn/ha', 'level', 'tấn/ha', d(S, E)),
 ('110.000 - 118.000 đồng/kg', '110.000 - 118.000 đồng/kg', 'level', 'VND/kg', d(S)),
 ('còn 1.850 ha', '1.850 ha', 'level', 'ha', d()),
 ('giảm 120 ha', '120 ha', 'change', 'ha', d(D, base='2024')),
 ('còn 186 hộ', '186', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 1,35%', '1,35%', 'level', '%', d(indicator='poverty_rate')),
 ('240 hộ cận nghèo', '240', 'level', 'hộ', d()),
 ('chiếm 1,74%', '1,74%', 'level', '%', d(indicator='near_poverty_rate')),
 ('đạt 94,2%', '94,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('thành 94 căn', '94', 'level', 'căn nhà', d()),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(base='target')),
 ('thống nhất 16 chỉ tiêu', '16', 'level', 'chỉ tiêu', d(T, RT)),
 ('tăng 8 - 8,5%', '8 - 8,5%', 'change', '%', d(T, U, TOV)),
 ('đạt 78 triệu đồng', '78 triệu đồng', 'level', 'VND/người/năm', d(T, INC, bound='at_least')),
 ('bàn 85 tỷ đồng', '85 tỷ đồng', 'level', 'VND', d(T, BR)),
 ('giảm 0,3 - 0,5 điểm phần trăm', '0,3 - 0,5 điểm phần trăm', 'change', 'điểm %', d(T, D, indicator='poverty_rate')),
 ('; 100% thôn', '100%', 'level', '%', d(T)),
 ('bố trí 4,5 tỷ đồng', '4,5 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('qua 9 nghị quyết', '9', 'level', 'nghị quyết', d(optional=True)),
]
