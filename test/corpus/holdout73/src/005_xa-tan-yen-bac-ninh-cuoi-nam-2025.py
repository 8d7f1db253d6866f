TEXT = '''
BÁO BẮC NINH
Thời sự | Kinh tế | Xã hội | Cơ sở
Thứ Ba, 23/12/2025 10:05

Xã Tân Yên: Thu ngân sách 6 tháng cuối năm đạt 214% dự toán

Ngày 22/12, HĐND xã Tân Yên khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ năm, đánh giá tình hình kinh tế - xã hội năm 2025 và quyết định nhiệm vụ năm 2026.

Xã Tân Yên được thành lập trên cơ sở sáp nhập thị trấn Cao Thượng và các xã Cao Xá, Liên Sơn, Ngọc Châu, Ngọc Vân; có diện tích tự nhiên 52,3 km2, dân số hơn 61.000 người.

Theo báo cáo của UBND xã, năm 2025 (tính gộp số liệu các xã, thị trấn cũ), tổng giá trị sản xuất trên địa bàn ước đạt 6.480 tỷ đồng, tăng 11,2% so với năm 2024. Trong đó, giá trị sản xuất nông nghiệp ước 1.120 tỷ đồng, công nghiệp - tiểu thủ công nghiệp và xây dựng 3.460 tỷ đồng, thương mại - dịch vụ 1.900 tỷ đồng. Thu nhập bình quân đầu người đạt 72,5 triệu đồng.

Sáu tháng cuối năm 2025, kể từ khi vận hành chính quyền địa phương hai cấp, thu ngân sách nhà nước trên địa bàn xã đạt 48,6 tỷ đồng, bằng 214% dự toán tỉnh giao; trong đó thu tiền sử dụng đất 39,2 tỷ đồng. Chi ngân sách xã 21,4 tỷ đồng, bằng 88,5% dự toán.

Năm 2025, toàn xã có 6 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp đang hoạt động lên 87 doanh nghiệp; 3 sản phẩm được công nhận OCOP 3 sao, nâng tổng số sản phẩm OCOP của xã lên 14 sản phẩm. Diện tích gieo trồng cả năm đạt 7.420 ha, đạt 100,3% kế hoạch; năng suất lúa bình quân 61,8 tạ/ha; tổng đàn lợn 38.600 con. Diện tích vải thiều sớm 680 ha, sản lượng 5.900 tấn.

Thu hoạch vải thiều sớm tại thôn Đồng Điều. Ảnh: Ngọc Thúy

Tỷ lệ hộ nghèo của xã giảm còn 0,92% (giảm 0,46 điểm phần trăm so với năm 2024); tỷ lệ tham gia bảo hiểm y tế đạt 95,7%; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn 8,1%. Xã đã giải quyết việc làm cho 1.240 lao động, trong đó 165 người đi làm việc ở nước ngoài theo hợp đồng.

Tình hình an ninh trật tự được giữ vững; Công an xã đã điều tra, làm rõ 23/25 vụ phạm pháp hình sự, đạt 92%.

Năm 2026, HĐND xã đề ra 18 chỉ tiêu chủ yếu, trong đó: tổng giá trị sản xuất tăng 12% trở lên; thu ngân sách nhà nước trên địa bàn 65 tỷ đồng; tỷ lệ hộ nghèo giảm 0,3 điểm phần trăm; 100% thôn, tổ dân phố đạt danh hiệu văn hóa.

Lan Anh

Tin cùng chuyên mục
- Phường Bắc Giang tổng kết năm 2025: 21/22 chỉ tiêu đạt và vượt
- Xã Lục Ngạn thu hoạch hơn 40.000 tấn vải (21/12/2025)

Đường dây nóng: 0222.3822.409 | Giấy phép số 480/GP-BTTTT ngày 02/7/2025
'''
META = {'published': '2025-12-23', 'locality': 'xã Tân Yên'}
DEFAULTS = {'locality': 'xã Tân Yên', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
H2 = {'period': '2025-H2'}
TOV = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
PR = {'indicator': 'poverty_rate'}
OC = {'indicator': 'ocop_products'}
N26 = {'period': '2026', 'modality': 'target'}
FIGS = [
 ('đạt 214% dự toán\n', '214%', 'attainment', '%', d(BR, T, H2)),
 ('nhiên 52,3 km2', '52,3 km2', 'level', 'km2', dict(optional=True)),
 ('hơn 61.000 người', '61.000', 'level', 'người', dict(optional=True)),
 ('ước đạt 6.480 tỷ đồng', '6.480 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('tăng 11,2% so với năm 2024', '11,2%', 'change', '%', d(E, TOV, U, base='2024')),
 ('ước 1.120 tỷ đồng', '1.120 tỷ đồng', 'level', 'VND', d(E, indicator='agricultural_output_value')),
 ('dựng 3.460 tỷ đồng', '3.460 tỷ đồng', 'level', 'VND', d(E)),
 ('vụ 1.900 tỷ đồng', '1.900 tỷ đồng', 'level', 'VND', d(E)),
 ('đạt 72,5 triệu đồng', '72,5 triệu đồng', 'level', 'VND/người/năm', d(indicator='income_per_capita')),
 ('đạt 48,6 tỷ đồng', '48,6 tỷ đồng', 'level', 'VND', d(BR, H2)),
 ('bằng 214% dự toán', '214%', 'attainment', '%', d(BR, T, H2)),
 ('đất 39,2 tỷ đồng', '39,2 tỷ đồng', 'level', 'VND', d(BR, H2)),
 ('xã 21,4 tỷ đồng', '21,4 tỷ đồng', 'level', 'VND', d(BE, H2)),
 ('bằng 88,5% dự toán', '88,5%', 'attainment', '%', d(BE, T, H2)),
 ('có 6 doanh nghiệp', '6', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('lên 87 doanh nghiệp', '87', 'level', 'doanh nghiệp', d(U)),
 ('3 sản phẩm được', '3', 'level', 'sản phẩm', d(OC)),
 ('lên 14 sản phẩm', '14', 'level', 'sản phẩm', d(OC, U)),
 ('đạt 7.420 ha', '7.420 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 100,3% kế hoạch', '100,3%', 'attainment', '%', d(T, indicator='crop_area')),
 ('quân 61,8 tạ/ha', '61,8 tạ/ha', 'level', 'tạ/ha', d()),
 ('lợn 38.600 con', '38.600 con', 'level', 'con', d()),
 ('sớm 680 ha', '680 ha', 'level', 'ha', d()),
 ('lượng 5.900 tấn', '5.900 tấn', 'level', 'tấn', d()),
 ('giảm còn 0,92%', '0,92%', 'level', '%', d(PR, DN)),
 ('(giảm 0,46 điểm phần trăm', '0,46 điểm phần trăm', 'change', 'điểm %', d(PR, DN, base='2024')),
 ('y tế đạt 95,7%', '95,7%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('còi còn 8,1%', '8,1%', 'level', '%', d(indicator='child_malnutrition_rate')),
 ('cho 1.240 lao động', '1.240', 'level', 'lao động', d(indicator='jobs_created')),
 ('đó 165 người', '165', 'level', 'người', d(indicator='labour_export')),
 ('rõ 23/25 vụ', '23/25', 'ratio', 'vụ', d(indicator='crime_clearance_rate')),
 ('đạt 92%', '92%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('ra 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(N26, indicator='resolution_targets')),
 ('tăng 12% trở lên', '12%', 'change', '%', d(N26, TOV, U, bound='at_least')),
 ('bàn 65 tỷ đồng', '65 tỷ đồng', 'level', 'VND', d(N26, BR)),
 ('giảm 0,3 điểm phần trăm', '0,3 điểm phần trăm', 'change', 'điểm %', d(N26, PR, DN)),
 ('100% thôn', '100%', 'level', '%', d(N26)),
]
