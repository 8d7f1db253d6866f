TEXT = '''
TRANG THÔNG TIN ĐIỆN TỬ XÃ CAM LỘ - TỈNH QUẢNG TRỊ
Trang chủ | Giới thiệu chung | Tin hoạt động | Văn bản chỉ đạo | Thủ tục hành chính | Hỏi đáp

Tin hoạt động
19/12/2025 08:45 | Lượt xem: 412

Kỳ họp thứ Tư HĐND xã Cam Lộ khóa I: Thống nhất 20 chỉ tiêu phát triển kinh tế - xã hội năm 2026

Ngày 18/12/2025, HĐND xã Cam Lộ khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ Tư (kỳ họp thường lệ cuối năm 2025). Xã Cam Lộ được thành lập trên cơ sở sáp nhập thị trấn Cam Lộ và các xã lân cận thuộc huyện Cam Lộ (cũ).

Theo báo cáo của UBND xã, từ ngày 1/7 đến ngày 15/12/2025, thu ngân sách trên địa bàn đạt 24,6 tỷ đồng, bằng 131% dự toán tỉnh giao; chi ngân sách 19,8 tỷ đồng. Tính cả năm 2025 (tính gộp các đơn vị cũ), tổng giá trị sản xuất ước đạt 3.120 tỷ đồng, tăng 8,1% so với năm 2024.

Sản xuất nông nghiệp cơ bản ổn định. Diện tích lúa cả năm 2.850 ha, năng suất bình quân 58,6 tạ/ha; diện tích hồ tiêu duy trì 310 ha. Tổng đàn lợn 21.400 con, giảm 6,3% do ảnh hưởng của dịch tả lợn châu Phi.

Tỷ lệ hộ nghèo cuối năm giảm còn 1,86% (giảm 0,74 điểm phần trăm so với cuối năm 2024); thu nhập bình quân đầu người ước đạt 58,2 triệu đồng/người/năm. Xã có 9/11 thôn, khu phố đạt chuẩn khu dân cư văn hóa; 2 trường học được công nhận đạt chuẩn quốc gia trong năm.

Kỳ họp đã thống nhất 20 chỉ tiêu chủ yếu năm 2026, trong đó một số chỉ tiêu cụ thể:

Chỉ tiêu | Ước TH 2025 | KH 2026
Tổng giá trị sản xuất (tỷ đồng) | 3.120 | 3.390
Thu nhập bình quân đầu người (triệu đồng) | 58,2 | 63
Thu ngân sách trên địa bàn (tỷ đồng) | 41,5 | 38
Tỷ lệ hộ nghèo (%) | 1,86 | 1,4
Tỷ lệ tham gia BHYT (%) | 93,1 | 95

Trả lời chất vấn của đại biểu về tiến độ xây dựng cầu dân sinh thôn Cam Hiếu, Chủ tịch UBND xã cho biết công trình dài 36 m, sẽ hoàn thành trước ngày 30/4/2026.

Kỳ họp thông qua 9 nghị quyết.

Đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Văn phòng HĐND - UBND xã

Hồng Nhung

Tin cùng chuyên mục
- Xã Cam Lộ ra quân chuyển đổi số năm 2026
- Tổng kết mô hình trồng ớt theo hướng hữu cơ tại thôn Phước Tuyền

Cơ quan chủ quản: UBND xã Cam Lộ, tỉnh Quảng Trị. Điện thoại: 0233.3871.345
'''
META = {'published': '2025-12-19', 'locality': 'xã Cam Lộ'}
DEFAULTS = {'locality': 'xã Cam Lộ', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
H2 = {'period': '2025-H2'}
K = {'modality': 'target', 'period': '2026'}
B = 1e9
FIGS = [
 ('Thống nhất 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', d(K, indicator='resolution_targets')),
 ('đạt 24,6 tỷ đồng', '24,6 tỷ đồng', 'level', 'VND', d(H2, indicator='budget_revenue')),
 ('bằng 131% dự toán', '131%', 'attainment', '%', d(H2, T, indicator='budget_revenue')),
 ('chi ngân sách 19,8 tỷ đồng', '19,8 tỷ đồng', 'level', 'VND', d(H2, indicator='budget_expenditure')),
 ('ước đạt 3.120 tỷ đồng', '3.120 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('tăng 8,1%', '8,1%', 'change', '%', d(E, U, indicator='total_output_value', base='2024')),
 ('cả năm 2.850 ha', '2.850 ha', 'level', 'ha', d(indicator='crop_area')),
 ('bình quân 58,6 tạ/ha', '58,6 tạ/ha', 'level', 'tạ/ha', d()),
 ('duy trì 310 ha', '310 ha', 'level', 'ha', d()),
 ('đàn lợn 21.400 con', '21.400', 'level', 'con', d()),
 ('giảm 6,3%', '6,3%', 'change', '%', d(D)),
 ('giảm còn 1,86%', '1,86%', 'level', '%', d(D, indicator='poverty_rate')),
 ('giảm 0,74 điểm phần trăm', '0,74 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate', base='2024')),
 ('ước đạt 58,2 triệu đồng/người/năm', '58,2 triệu đồng/người/năm', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('có 9/11 thôn', '9/11', 'ratio', 'thôn', d()),
 ('2 trường học', '2', 'level', 'trường học', d(indicator='national_standard_schools')),
 ('thống nhất 20 chỉ tiêu chủ yếu', '20', 'level', 'chỉ tiêu', d(K, indicator='resolution_targets')),
 ('(tỷ đồng) | 3.120 |', '3.120', 'level', 'VND', d(E, indicator='total_output_value', value=3120*B)),
 ('| 3.390', '3.390', 'level', 'VND', d(K, indicator='total_output_value', value=3390*B)),
 ('(triệu đồng) | 58,2 |', '58,2', 'level', 'VND/người/năm', d(E, indicator='income_per_capita', value=58.2e6)),
 ('| 63\n', '63', 'level', 'VND/người/năm', d(K, indicator='income_per_capita', value=63e6)),
 ('(tỷ đồng) | 41,5 |', '41,5', 'level', 'VND', d(E, indicator='budget_revenue', value=41.5*B)),
 ('| 38\n', '38', 'level', 'VND', d(K, indicator='budget_revenue', value=38*B)),
 ('(%) | 1,86 |', '1,86', 'level', '%', d(E, indicator='poverty_rate')),
 ('| 1,4\n', '1,4', 'level', '%', d(K, indicator='poverty_rate')),
 ('(%) | 93,1 |', '93,1', 'level', '%', d(E, indicator='health_insurance_coverage')),
 ('| 95\n', '95', 'level', '%', d(K, indicator='health_insurance_coverage')),
 ('thông qua 9 nghị quyết', '9', 'level', 'nghị quyết', {'optional': True}),
]
