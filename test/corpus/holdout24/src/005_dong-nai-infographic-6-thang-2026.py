TEXT = '''
BÁO ĐỒNG NAI
Chính trị | Kinh tế | Xã hội | Infographic | Video | E-paper
Thứ Tư, 08/07/2026 - 15:40

[Infographic] Kinh tế - xã hội Đồng Nai 6 tháng đầu năm 2026

(Báo Đồng Nai) - Sáu tháng đầu năm 2026, kinh tế tỉnh Đồng Nai duy trì đà tăng trưởng khá, thu ngân sách và xuất khẩu đều tăng hai con số. Báo Đồng Nai giới thiệu một số chỉ tiêu chủ yếu qua đồ họa dưới đây.

[Ảnh đồ họa 1 - nội dung chữ trong ảnh]
ƯỚC TÍNH 6 THÁNG ĐẦU NĂM 2026
(▲▼: tăng, giảm so với cùng kỳ năm 2025)

TĂNG TRƯỞNG GRDP
8,92%
Cao nhất trong 5 năm gần đây | Xếp thứ 6/34 tỉnh, thành phố

THU NGÂN SÁCH NHÀ NƯỚC
34.560 tỷ đồng
▲ 18,6% | Đạt 57,2% dự toán

XUẤT KHẨU
13,42 tỷ USD ▲ 14,1%
NHẬP KHẨU
9,86 tỷ USD ▲ 9,7%
XUẤT SIÊU 3,56 tỷ USD

THU HÚT FDI
1,18 tỷ USD
Cấp mới 62 dự án | Điều chỉnh vốn 58 lượt dự án

KHÁCH DU LỊCH
2,4 triệu lượt ▼ 3,2%

CPI BÌNH QUÂN ▲ 3,48%

[Ảnh đồ họa 2 - nội dung chữ trong ảnh]
ĐẦU TƯ - DOANH NGHIỆP
Vốn đầu tư toàn xã hội: 68.900 tỷ đồng ▲ 11,2%
Doanh nghiệp thành lập mới: 3.260 doanh nghiệp | Vốn đăng ký: 41.700 tỷ đồng
Doanh nghiệp quay trở lại hoạt động: 1.180

NÔNG NGHIỆP
Tổng đàn heo: 2,54 triệu con
Đàn gia cầm: 26,8 triệu con
Diện tích cây lâu năm: 318.400 ha

AN SINH XÃ HỘI
Giải quyết việc làm: 52.300 lao động - đạt 58,1% kế hoạch năm
Tỷ lệ hộ nghèo: 0,21%
Cấp 1,02 triệu thẻ bảo hiểm y tế miễn phí

Theo Thống kê tỉnh, tăng trưởng 6 tháng chủ yếu nhờ khu vực công nghiệp - xây dựng tăng 10,6% và sân bay Long Thành bắt đầu khai thác thương mại. Riêng khu vực Bình Phước (cũ), thu ngân sách đạt 4.120 tỷ đồng, bằng 52,8% dự toán. Giải ngân vốn đầu tư công đến ngày 30/6/2026 đạt 41,3% kế hoạch, cao hơn bình quân cả nước (khoảng 32%).

Về đầu tư nước ngoài, vốn FDI 6 tháng chủ yếu đổ vào các khu công nghiệp Nhơn Trạch 6, Long Đức 3 và Becamex Bình Phước; 4 dự án có vốn trên 100 triệu USD. Trong tháng 6/2026, tỉnh cấp mới 14 dự án với 212 triệu USD.

Lượng khách du lịch giảm nhẹ do các khu du lịch lớn ở Biên Hòa và Bửu Long đang nâng cấp. Tỉnh đặt mục tiêu cả năm 2026 tăng trưởng GRDP 10,5% và thu ngân sách 61.000 tỷ đồng.

Thực hiện: Thanh Hải | Đồ họa: Minh Tú
Nguồn số liệu: Thống kê tỉnh Đồng Nai

Bình luận (0) | Chia sẻ | In bài

Tin mới:
» [Infographic] Đồng Nai: 5 tháng thu hút 980 triệu USD vốn FDI
» Sân bay Long Thành đón chuyến bay thương mại thứ 1.000
» Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ tỉnh khóa I
'''
META = {'published': '2026-07-08', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2026-H1', 'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
A = {'modality': 'actual'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('GRDP\n8,92%', '8,92%', 'level', '%', dict(indicator='grdp_growth')),
 ('34.560 tỷ đồng', '34.560 tỷ đồng', 'level', 'VND', dict(BR)),
 ('▲ 18,6%', '18,6%', 'change', '%', dict(BR, **U, **S)),
 ('Đạt 57,2%', '57,2%', 'attainment', '%', dict(BR, base='target')),
 ('13,42 tỷ USD', '13,42 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('▲ 14,1%', '14,1%', 'change', '%', dict(indicator='export_value', **U, **S)),
 ('9,86 tỷ USD', '9,86 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('▲ 9,7%', '9,7%', 'change', '%', dict(indicator='import_value', **U, **S)),
 ('SIÊU 3,56 tỷ USD', '3,56 tỷ USD', 'level', 'USD', dict()),
 ('FDI\n1,18 tỷ USD', '1,18 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('Cấp mới 62 dự án', '62', 'level', 'dự án', dict(indicator='fdi')),
 ('vốn 58 lượt', '58', 'level', 'lượt dự án', dict(indicator='fdi')),
 ('2,4 triệu lượt', '2,4 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('▼ 3,2%', '3,2%', 'change', '%', dict(indicator='tourist_arrivals', **D, **S)),
 ('▲ 3,48%', '3,48%', 'change', '%', dict(indicator='cpi', **U, **S)),
 ('heo: 2,54 triệu con', '2,54 triệu', 'level', 'con', dict()),
 ('cầm: 26,8 triệu con', '26,8 triệu', 'level', 'con', dict()),
 ('năm: 318.400 ha', '318.400 ha', 'level', 'ha', dict()),
 ('làm: 52.300 lao động', '52.300', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 58,1%', '58,1%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('nghèo: 0,21%', '0,21%', 'level', '%', dict(indicator='poverty_rate')),
 ('Cấp 1,02 triệu thẻ', '1,02 triệu', 'level', 'thẻ', dict()),
 ('xây dựng tăng 10,6%', '10,6%', 'change', '%', dict(A, **U)),
 ('đạt 4.120 tỷ đồng', '4.120 tỷ đồng', 'level', 'VND', dict(A, **BR, locality='tỉnh Bình Phước')),
 ('bằng 52,8%', '52,8%', 'attainment', '%', dict(A, **BR, locality='tỉnh Bình Phước', base='target')),
 ('đạt 41,3%', '41,3%', 'attainment', '%', dict(A, indicator='public_investment_disbursement', base='target', period='2026-H1')),
 ('(khoảng 32%)', '32%', 'attainment', '%', dict(A, indicator='public_investment_disbursement', locality='cả nước', bound='about', base='target', period='2026-H1')),
 ('GRDP 10,5%', '10,5%', 'level', '%', dict(modality='target', period='2026', indicator='grdp_growth')),
 ('sách 61.000 tỷ đồng', '61.000 tỷ đồng', 'level', 'VND', dict(modality='target', period='2026', **BR)),
]
FIGS += [
 ('hội: 68.900 tỷ đồng', '68.900 tỷ đồng', 'level', 'VND', dict(indicator='social_investment')),
 ('▲ 11,2%', '11,2%', 'change', '%', dict(indicator='social_investment', **U, **S)),
 ('mới: 3.260 doanh nghiệp', '3.260', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('ký: 41.700 tỷ đồng', '41.700 tỷ đồng', 'level', 'VND', dict()),
 ('động: 1.180', '1.180', 'level', 'doanh nghiệp', dict()),
 ('; 4 dự án', '4', 'level', 'dự án', dict(A, indicator='fdi')),
 ('mới 14 dự án', '14', 'level', 'dự án', dict(A, indicator='fdi', period='2026-M06')),
 ('với 212 triệu USD', '212 triệu USD', 'level', 'USD', dict(A, indicator='fdi', period='2026-M06')),
]
