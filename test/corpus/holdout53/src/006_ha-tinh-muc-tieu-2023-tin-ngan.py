TEXT = '''
Báo Hà Tĩnh
09/12/2022 - 15:47

Hà Tĩnh phấn đấu năm 2023 tăng trưởng GRDP 7 - 7,5%

(Baohatinh.vn) - Chiều 9/12, HĐND tỉnh Hà Tĩnh khóa XVIII biểu quyết thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2023 với 24 chỉ tiêu chủ yếu.

Năm 2022, tốc độ tăng trưởng GRDP của tỉnh ước đạt 7,52%, cao nhất 5 năm trở lại đây; thu ngân sách nhà nước đạt 13.520 tỷ đồng, tăng 31% so với dự toán Trung ương giao. Có 22/24 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt là tổng vốn đầu tư toàn xã hội và tỷ lệ lao động qua đào tạo.

Theo Nghị quyết, năm 2023 tỉnh phấn đấu thu nhập bình quân đầu người đạt 60 - 62 triệu đồng; tổng vốn đầu tư toàn xã hội khoảng 48.000 tỷ đồng; thu ngân sách trên địa bàn 14.100 tỷ đồng; tỷ lệ hộ nghèo giảm 1 - 1,2% và có thêm 15 xã đạt chuẩn nông thôn mới nâng cao, 10 xã đạt chuẩn kiểu mẫu. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5% trở lên; tạo việc làm mới cho 18.000 lao động, trong đó đưa 8.000 lao động đi làm việc ở nước ngoài.

Lãnh đạo tỉnh và các đại biểu HĐND bấm nút thông qua nghị quyết. Ảnh: Đình Nhất

Thu Hà

Tin liên quan:
- Hà Tĩnh dự kiến thu ngân sách năm 2023 đạt trên 14.000 tỷ đồng
- Khai mạc kỳ họp thứ 11, HĐND tỉnh khóa XVIII

Hotline: 0912.377.377 - 02393.855.679
'''
META = {'published': '2022-12-09', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2023', 'modality': 'target'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'period': '2022', 'modality': 'actual'}
E = {'period': '2022', 'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('GRDP 7 - 7,5%', '7 - 7,5%', 'level', '%', d(indicator='grdp_growth')),
 ('với 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(indicator='resolution_targets')),
 ('ước đạt 7,52%', '7,52%', 'level', '%', d(E, indicator='grdp_growth')),
 ('đạt 13.520 tỷ đồng', '13.520 tỷ đồng', 'level', 'VND', d(A, indicator='budget_revenue')),
 ('tăng 31% so với dự toán', '31%', 'change', '%', d(A, U, indicator='budget_revenue', base='target', status='exceeded')),
 ('Có 22/24 chỉ tiêu', '22/24', 'ratio', 'chỉ tiêu', d(A, indicator='resolution_targets', status='achieved')),
 ('; 2 chỉ tiêu', '2', 'level', 'chỉ tiêu', d(A, indicator='resolution_targets', status='not_achieved')),
 ('đạt 60 - 62 triệu đồng', '60 - 62 triệu đồng', 'level', 'VND/người/năm', d(indicator='income_per_capita')),
 ('khoảng 48.000 tỷ đồng', '48.000 tỷ đồng', 'level', 'VND', d(indicator='social_investment', bound='about')),
 ('bàn 14.100 tỷ đồng', '14.100 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('giảm 1 - 1,2%', '1 - 1,2%', 'change', '%', d(D, indicator='poverty_rate')),
 ('thêm 15 xã', '15', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('10 xã đạt chuẩn kiểu mẫu', '10', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('đạt 93,5% trở lên', '93,5%', 'level', '%', d(indicator='health_insurance_coverage', bound='at_least')),
 ('cho 18.000 lao động', '18.000', 'level', 'lao động', d(indicator='new_jobs')),
 ('đưa 8.000 lao động', '8.000', 'level', 'lao động', d(indicator='labour_export')),
]
