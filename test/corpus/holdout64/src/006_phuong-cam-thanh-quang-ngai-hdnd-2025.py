TEXT = '''
BÁO QUẢNG NGÃI ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Măng Đen
Thứ Tư, 24/12/2025 - 17:40

Phường Cẩm Thành: Thu ngân sách năm 2025 ước đạt 168% dự toán

(Baoquangngai.vn) - Ngày 23/12, HĐND phường Cẩm Thành (tỉnh Quảng Ngãi) khóa I tổ chức kỳ họp thứ 4 đánh giá kết quả thực hiện nhiệm vụ năm 2025 và quyết định nhiệm vụ năm 2026. Đây là kỳ họp cuối năm đầu tiên kể từ khi phường vận hành mô hình chính quyền địa phương hai cấp.

Theo báo cáo của UBND phường, năm 2025, thu ngân sách nhà nước trên địa bàn phường ước đạt 412,6 tỷ đồng, bằng 168% dự toán giao; trong đó thu tiền sử dụng đất 265 tỷ đồng. Chi ngân sách phường năm 2025 ước 38,2 tỷ đồng, đạt 96,4% dự toán.

Giá trị sản xuất thương mại - dịch vụ trên địa bàn ước đạt 9.860 tỷ đồng, tăng 10,5% so với năm 2024 (tính theo địa giới các phường cũ). Toàn phường hiện có 1.245 doanh nghiệp và 4.380 hộ kinh doanh đang hoạt động; trong năm có 86 doanh nghiệp thành lập mới.

Tỷ lệ hộ nghèo giảm còn 0,42% (còn 68 hộ); tỷ lệ hộ cận nghèo 0,91%. Phường giải quyết việc làm cho 1.150 lao động; tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,8%. Phường đã hỗ trợ xây mới 25 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn; mỗi căn được hỗ trợ 60 triệu đồng từ nguồn Quỹ "Vì người nghèo".

Tình hình an ninh trật tự ổn định; trong năm xảy ra 14 vụ phạm pháp hình sự, giảm 5 vụ so với năm 2024; điều tra làm rõ 13/14 vụ, đạt 92,86%.

Đại biểu HĐND phường Cẩm Thành thảo luận tại kỳ họp. Ảnh: Thanh Nhị

Kỳ họp thông qua 8 nghị quyết, trong đó có Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu | Ước thực hiện 2025 | Kế hoạch 2026
Thu ngân sách trên địa bàn (tỷ đồng) | 412,6 | 285
Giải quyết việc làm (lao động) | 1.150 | 1.200
Tỷ lệ hộ nghèo (%) | 0,42 | 0,3
Tỷ lệ tham gia bảo hiểm y tế (%) | 96,8 | 97,5

Phát biểu bế mạc, ông Nguyễn Văn Thành, Bí thư Đảng ủy, Chủ tịch HĐND phường đề nghị UBND phường tập trung chỉnh trang đô thị, phấn đấu năm 2026 có thêm 2 tổ dân phố đạt chuẩn văn minh đô thị.

Thanh Nhị

Tin liên quan
- Xã Măng Đen đón hơn 50.000 lượt khách dịp Noel
- Phường Trương Quang Trọng tổng kết năm 2025

Giấy phép số 18/GP-BVHTTDL. Địa chỉ: 1 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi. ĐT: 0255.3822.370
'''
META = {'published': '2025-12-24', 'locality': 'phường Cẩm Thành'}
DEFAULTS = {'locality': 'phường Cẩm Thành', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
FIGS = [
 ('ước đạt 168% dự toán', '168%', 'attainment', '%', d(E, P, indicator='budget_revenue')),
 ('ước đạt 412,6 tỷ đồng', '412,6 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 168% dự toán', '168%', 'attainment', '%', d(E, P, indicator='budget_revenue')),
 ('đất 265 tỷ đồng', '265 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('ước 38,2 tỷ đồng', '38,2 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('đạt 96,4% dự toán', '96,4%', 'attainment', '%', d(E, P, indicator='budget_expenditure')),
 ('ước đạt 9.860 tỷ đồng', '9.860 tỷ đồng', 'level', 'VND', d(E)),
 ('tăng 10,5%', '10,5%', 'change', '%', d(E, U, base='2024')),
 ('có 1.245 doanh nghiệp', '1.245', 'level', 'doanh nghiệp', d()),
 ('4.380 hộ kinh doanh', '4.380', 'level', 'hộ kinh doanh', d()),
 ('có 86 doanh nghiệp', '86', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('giảm còn 0,42%', '0,42%', 'level', '%', d(D, indicator='poverty_rate')),
 ('(còn 68 hộ)', '68', 'level', 'hộ', d(indicator='poor_households')),
 ('nghèo 0,91%', '0,91%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 1.150 lao động', '1.150', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 96,8%', '96,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('xây mới 25 căn nhà', '25', 'level', 'căn nhà', d()),
 ('hỗ trợ 60 triệu đồng', '60 triệu đồng', 'level', 'VND', d()),
 ('xảy ra 14 vụ', '14', 'level', 'vụ', d(indicator='crime')),
 ('giảm 5 vụ', '5', 'change', 'vụ', d(D, indicator='crime', base='2024')),
 ('rõ 13/14 vụ', '13/14', 'ratio', 'vụ', d(indicator='crime_clearance_rate')),
 ('đạt 92,86%', '92,86%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('thông qua 8 nghị quyết', '8', 'level', 'nghị quyết', d(optional=True)),
 ('(tỷ đồng) | 412,6 |', '412,6', 'level', 'VND', d(E, indicator='budget_revenue', value=412.6e9)),
 ('| 285\n', '285', 'level', 'VND', d(K, indicator='budget_revenue', value=285e9)),
 ('(lao động) | 1.150 |', '1.150', 'level', 'lao động', d(E, indicator='jobs_created')),
 ('| 1.200', '1.200', 'level', 'lao động', d(K, indicator='jobs_created')),
 ('(%) | 0,42 |', '0,42', 'level', '%', d(E, indicator='poverty_rate')),
 ('| 0,3\n', '0,3', 'level', '%', d(K, indicator='poverty_rate')),
 ('(%) | 96,8 |', '96,8', 'level', '%', d(E, indicator='health_insurance_coverage')),
 ('| 97,5', '97,5', 'level', '%', d(K, indicator='health_insurance_coverage')),
 ('thêm 2 tổ dân phố', '2', 'level', 'tổ dân phố', d(K, optional=True)),
]
