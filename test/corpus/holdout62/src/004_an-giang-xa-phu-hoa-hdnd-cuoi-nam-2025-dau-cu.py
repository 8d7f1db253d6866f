# Báo và Phát thanh, Truyền hình An Giang (new, with Kiên Giang), 23/12/2025, old tone marks (hoà, uỷ, khoá, thuỷ,
# khoẻ): the year-end session of the council of xã Phú Hoà, formed on 1/7/2025. "Từ ngày 1/7 đến ngày 15/12/2025" is
# 2025-H2 for its sentence (holdout56); "Cả năm (tính gộp 3 đơn vị cũ)" and the sentences after are the year 2025.
# Seasons date their own figures. "so với đầu năm" is the year before (start-of-month-base). The 2026 targets follow
# "Năm 2026, HĐND xã thống nhất các chỉ tiêu chủ yếu:".
TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp | Đất và người An Giang | Video

Thứ Ba, 23/12/2025 - 09:12

HĐND xã Phú Hoà thông qua 12 nghị quyết tại kỳ họp cuối năm

(AGO) - Ngày 22/12, HĐND xã Phú Hoà khoá I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ tư, đánh giá kết quả thực hiện nhiệm vụ năm 2025 và quyết định kế hoạch phát triển kinh tế - xã hội năm 2026. Xã Phú Hoà được thành lập trên cơ sở hợp nhất thị trấn Phú Hoà và hai xã Phú Thuận, Vĩnh Chánh của huyện Thoại Sơn (cũ).

Theo báo cáo của Uỷ ban nhân dân xã, từ ngày 1/7 đến ngày 15/12/2025, tổng thu ngân sách trên địa bàn xã đạt 14,86 tỷ đồng, bằng 108,4% dự toán tỉnh giao cho 6 tháng cuối năm. Cả năm (tính gộp 3 đơn vị cũ), thu ngân sách đạt 27,3 tỷ đồng; tổng chi ngân sách 41,5 tỷ đồng, đạt 96,2% dự toán.

Sản xuất nông nghiệp tiếp tục là thế mạnh của xã. Vụ lúa Thu Đông 2025 xuống giống 9.840 ha, năng suất bình quân 6,1 tấn/ha, giá lúa tươi tại ruộng từ 5.800 - 6.200 đồng/kg, nông dân có lãi khoảng 12 triệu đồng/ha. Hiện nông dân đã xuống giống vụ Đông Xuân 2025 - 2026 được 11.260 ha, đạt 96,7% kế hoạch.

Nông dân xã Phú Hoà thu hoạch lúa Thu Đông. Ảnh: HỮU HUY

Toàn xã hiện có 11 sản phẩm OCOP, trong đó 2 sản phẩm đạt 4 sao. Chăn nuôi bò theo hướng thương phẩm được duy trì với tổng đàn khoảng 3.200 con. Tỷ lệ hộ nghèo cuối năm 2025 còn 0,98%, giảm 0,41 điểm phần trăm so với đầu năm; tỷ lệ tham gia bảo hiểm y tế đạt 93,2%; 100% trường học được kiểm định chất lượng, bảo đảm chăm sóc sức khoẻ học sinh. Công tác tuyển quân được thực hiện tốt, giao 38 thanh niên nhập ngũ, đạt 100% chỉ tiêu.

Năm 2026, HĐND xã thống nhất các chỉ tiêu chủ yếu: tổng thu ngân sách trên địa bàn từ 29,5 tỷ đồng trở lên; diện tích gieo trồng lúa cả năm 31.200 ha, sản lượng lúa trên 198.000 tấn; tỷ lệ hộ nghèo giảm 0,2 - 0,3%; tỷ lệ bao phủ bảo hiểm y tế đạt 95%; xây dựng 1 ấp đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.

Tại kỳ họp, đại biểu tập trung chất vấn về tiến độ nạo vét kênh Ba Thê Mới, việc sửa chữa cầu Vĩnh Chánh 2 và giải pháp tiêu thụ lúa cho nông dân. Kỳ họp đã xem xét, thông qua 12 nghị quyết, trong đó có nghị quyết về dự toán thu, chi ngân sách năm 2026.

HỮU HUY

Tin cùng chuyên mục
- An Giang: 102 xã, phường hoàn thành kỳ họp HĐND cuối năm
- Thoại Sơn: Lúa Đông Xuân sớm trúng mùa, giá 6.500 đồng/kg
- Tri Tôn tặng 500 phần quà Tết cho đồng bào Khmer

Địa chỉ: 316 Hùng Vương, phường Long Xuyên, tỉnh An Giang. Điện thoại: 0296.3841.262
'''
META = {'published': '2025-12-23', 'locality': 'xã Phú Hòa'}
DEFAULTS = {'locality': 'xã Phú Hòa', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
T = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
BR = {'indicator': 'budget_revenue'}
BX = {'indicator': 'budget_expenditure'}
CA = {'indicator': 'crop_area'}
PV = {'indicator': 'poverty_rate'}
HI = {'indicator': 'health_insurance_coverage'}
H2 = {'period': '2025-H2'}
DX = {'period': '2025/2026'}
FIGS = [
 ('thông qua 12 nghị quyết tại', '12', 'level', 'nghị quyết', d(OPT)),
 ('đạt 14,86 tỷ đồng', '14,86 tỷ đồng', 'level', 'VND', d(H2, BR)),
 ('bằng 108,4% dự toán', '108,4%', 'attainment', '%', d(H2, BR, TB)),
 ('đạt 27,3 tỷ đồng', '27,3 tỷ đồng', 'level', 'VND', d(BR)),
 ('ngân sách 41,5 tỷ đồng', '41,5 tỷ đồng', 'level', 'VND', d(BX)),
 ('đạt 96,2% dự toán', '96,2%', 'attainment', '%', d(BX, TB)),
 ('giống 9.840 ha', '9.840 ha', 'level', 'ha', d(CA)),
 ('bình quân 6,1 tấn/ha', '6,1 tấn/ha', 'level', 'tấn/ha', d()),
 ('từ 5.800 - 6.200 đồng/kg', '5.800 - 6.200 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 12 triệu đồng/ha', '12 triệu đồng/ha', 'level', 'VND/ha', d(bound='about')),
 ('được 11.260 ha', '11.260 ha', 'level', 'ha', d(DX, CA)),
 ('đạt 96,7% kế hoạch', '96,7%', 'attainment', '%', d(DX, CA, TB)),
 ('có 11 sản phẩm OCOP', '11', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('2 sản phẩm đạt 4 sao', '2', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('khoảng 3.200 con', '3.200', 'level', 'con', d(bound='about')),
 ('còn 0,98%', '0,98%', 'level', '%', d(PV)),
 ('giảm 0,41 điểm phần trăm', '0,41 điểm phần trăm', 'change', 'điểm %', d(PV, D, base='2024')),
 ('đạt 93,2%', '93,2%', 'level', '%', d(HI)),
 ('100% trường học', '100%', 'level', '%', d()),
 ('giao 38 thanh niên', '38', 'level', 'thanh niên', d()),
 ('đạt 100% chỉ tiêu', '100%', 'attainment', '%', d(TB)),
 ('từ 29,5 tỷ đồng trở lên', '29,5 tỷ đồng', 'level', 'VND', d(T, BR, bound='at_least')),
 ('cả năm 31.200 ha', '31.200 ha', 'level', 'ha', d(T, CA)),
 ('trên 198.000 tấn', '198.000 tấn', 'level', 'tấn', d(T, bound='over', indicator='rice_output')),
 ('giảm 0,2 - 0,3%', '0,2 - 0,3%', 'change', '%', d(T, PV, D)),
 ('đạt 95%', '95%', 'level', '%', d(T, HI)),
 ('xây dựng 1 ấp', '1', 'level', 'ấp', d(T)),
 ('thông qua 12 nghị quyết, trong', '12', 'level', 'nghị quyết', d(OPT)),
]
