TEXT = '''
BÁO HÀ TĨNH
Thời sự | Chính trị | Kinh tế | Xã hội | Nông thôn mới | Pháp luật | Thể thao
10/02/2026 - 16:45

HĐND tỉnh Hà Tĩnh nhiệm kỳ 2021 - 2026: Góp phần đưa GRDP tăng bình quân 6,5%/năm

(Baohatinh.vn) - Chiều 10/2, HĐND tỉnh khóa XVIII tổ chức kỳ họp thứ 32 - kỳ họp tổng kết nhiệm kỳ 2021 - 2026, thông qua kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030.

Báo cáo tổng kết nêu rõ, trong nhiệm kỳ, HĐND tỉnh đã tổ chức 32 kỳ họp, ban hành 486 nghị quyết, trong đó có 142 nghị quyết quy phạm pháp luật; tổ chức 24 cuộc giám sát chuyên đề.

Các nghị quyết của HĐND tỉnh đã góp phần để kinh tế duy trì tăng trưởng khá; tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 đạt 6,5%/năm. Năm 2025, quy mô GRDP (giá hiện hành) đạt 142.800 tỷ đồng, gấp 1,6 lần năm 2020; GRDP bình quân đầu người đạt 104 triệu đồng. Thu ngân sách 5 năm đạt 93.200 tỷ đồng, trong đó năm 2025 đạt 22.860 tỷ đồng, vượt 31,2% dự toán Trung ương giao.

Chương trình xây dựng nông thôn mới tiếp tục là điểm sáng. Đến hết năm 2025, toàn tỉnh (tính theo địa giới trước sắp xếp) có 181/181 xã đạt chuẩn nông thôn mới, trong đó 92 xã đạt chuẩn nâng cao, 32 xã đạt chuẩn kiểu mẫu.

Tỷ lệ hộ nghèo từ 4,05% năm 2021 giảm còn 1,62% năm 2025. Hằng năm, toàn tỉnh giải quyết việc làm cho trên 20.000 lao động, trong đó trên 8.000 người đi làm việc ở nước ngoài. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,1%.

Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp thứ 32. Ảnh: Phan Trâm

Tại kỳ họp, HĐND tỉnh thông qua nghị quyết về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 với mục tiêu: tốc độ tăng trưởng GRDP bình quân đạt 10 - 10,5%/năm; đến năm 2030, GRDP bình quân đầu người đạt trên 185 triệu đồng, thu ngân sách đạt 40.000 tỷ đồng, tỷ lệ đô thị hóa đạt 45%. HĐND tỉnh cũng đặt mục tiêu phấn đấu đến cuối nhiệm kỳ 2026 - 2031, tỷ lệ hộ nghèo dưới 1%.

Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị các cấp, ngành chuẩn bị tốt cho cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 vào ngày 15/3/2026.

Phan Trâm - Thu Phương

Tin liên quan
- Hà Tĩnh: 69 xã, phường hoàn thành kỳ họp cuối năm (25/12/2025)
- Thu ngân sách Hà Tĩnh vượt 31% dự toán (05/01/2026)

Báo Hà Tĩnh điện tử. Giấy phép số 122/GP-BTTTT. Điện thoại: 0239.3855.467
'''
META = {'published': '2026-02-10', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2021/2026', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'modality': 'target', 'period': '2026/2030'}
Y30 = {'modality': 'target', 'period': '2030'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
Y25 = {'period': '2025'}
FIGS = [
 ('tăng bình quân 6,5%/năm', '6,5%', 'change', '%', d(U, G)),
 ('tổ chức 32 kỳ họp', '32', 'level', 'kỳ họp', d(optional=True)),
 ('hành 486 nghị quyết', '486', 'level', 'nghị quyết', d(optional=True)),
 ('có 142 nghị quyết', '142', 'level', 'nghị quyết', d(optional=True)),
 ('chức 24 cuộc', '24', 'level', 'cuộc giám sát', d(optional=True)),
 ('đạt 6,5%/năm', '6,5%', 'level', '%', d(G, period='2021/2025')),
 ('đạt 142.800 tỷ đồng', '142.800 tỷ đồng', 'level', 'VND', d(Y25, indicator='grdp')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(Y25, U, indicator='grdp', base='2020')),
 ('đạt 104 triệu đồng', '104 triệu đồng', 'level', 'VND/người/năm', d(Y25, indicator='grdp_per_capita')),
 ('đạt 93.200 tỷ đồng', '93.200 tỷ đồng', 'level', 'VND', d(BR, period='2021/2025')),
 ('đạt 22.860 tỷ đồng', '22.860 tỷ đồng', 'level', 'VND', d(BR, Y25)),
 ('vượt 31,2%', '31,2%', 'change', '%', d(BR, Y25, U, P, status='exceeded')),
 ('có 181/181 xã', '181/181', 'ratio', 'xã', d(Y25, indicator='new_rural_communes')),
 ('92 xã', '92', 'level', 'xã', d(Y25, indicator='new_rural_communes_advanced')),
 ('32 xã', '32', 'level', 'xã', d(Y25, indicator='new_rural_communes_model')),
 ('từ 4,05%', '4,05%', 'level', '%', d(PR, period='2021')),
 ('còn 1,62%', '1,62%', 'level', '%', d(PR, Y25, D)),
 ('trên 20.000 lao động', '20.000', 'level', 'lao động', d(indicator='jobs_created', bound='over')),
 ('trên 8.000 người', '8.000', 'level', 'người', d(indicator='labour_export', bound='over')),
 ('đạt 96,1%', '96,1%', 'level', '%', d(Y25, indicator='health_insurance_coverage')),
 ('10 - 10,5%/năm', '10 - 10,5%', 'level', '%', d(T, G)),
 ('trên 185 triệu đồng', '185 triệu đồng', 'level', 'VND/người/năm', d(Y30, indicator='grdp_per_capita', bound='over')),
 ('đạt 40.000 tỷ đồng', '40.000 tỷ đồng', 'level', 'VND', d(Y30, BR)),
 ('đạt 45%', '45%', 'level', '%', d(Y30, indicator='urbanization_rate')),
 ('dưới 1%', '1%', 'level', '%', d(PR, modality='target', period='2026/2031', bound='under')),
]
