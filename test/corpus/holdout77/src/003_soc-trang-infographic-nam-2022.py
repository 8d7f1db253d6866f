TEXT = '''
SÓC TRĂNG ONLINE
Cập nhật lúc 15:20, Thứ Sáu, 30/12/2022 (GMT+7)
Thời sự | Kinh tế | Nông nghiệp | Xã hội | Multimedia | Infographic

[Infographic] Bức tranh kinh tế - xã hội tỉnh Sóc Trăng năm 2022

(STO) - Năm 2022, kinh tế tỉnh Sóc Trăng phục hồi mạnh sau dịch COVID-19; có 20/24 chỉ tiêu chủ yếu đạt và vượt Nghị quyết HĐND tỉnh.

KINH TẾ - XÃ HỘI SÓC TRĂNG NĂM 2022
(Số liệu ước thực hiện cả năm. Nguồn: UBND tỉnh Sóc Trăng)

TĂNG TRƯỞNG GRDP
7,35%
(Kế hoạch: 7%)

GRDP BÌNH QUÂN ĐẦU NGƯỜI
61,05 triệu đồng
Tăng 6,4 triệu đồng so với năm 2021

CƠ CẤU KINH TẾ
Nông - lâm - thủy sản: 32,47%
Công nghiệp - xây dựng: 20,59%
Dịch vụ: 41,9%

KIM NGẠCH XUẤT KHẨU
1,264 tỷ USD
Đạt 105,3% kế hoạch | Tăng 12,8%

THU NGÂN SÁCH NHÀ NƯỚC
6.028 tỷ đồng
Bằng 137,5% dự toán Trung ương giao

VỐN ĐẦU TƯ TOÀN XÃ HỘI
21.350 tỷ đồng (tăng 9,6%)

SẢN LƯỢNG LÚA
2,05 triệu tấn
Diện tích gieo trồng: 323.786 ha

THỦY SẢN
Tổng sản lượng: 319.000 tấn
Tôm nuôi: 52.800 ha, sản lượng 205.040 tấn

DU LỊCH
1,72 triệu lượt khách
Tổng thu: 1.050 tỷ đồng

XÃ HỘI
• Tỷ lệ hộ nghèo: 2,93% (giảm 2,49 điểm % so với năm 2021)
• Giải quyết việc làm: 21.500 lao động
• Bảo hiểm y tế: 91,8% dân số
• 87/108 xã đạt chuẩn nông thôn mới

Theo Chủ tịch UBND tỉnh Trần Văn Lâu, năm 2023 tỉnh phấn đấu tốc độ tăng trưởng GRDP từ 7,5% trở lên, kim ngạch xuất khẩu đạt 1,35 tỷ USD, tỷ lệ hộ nghèo giảm 1,5 - 2%. Hiện nay, giá lúa ST24, ST25 tại ruộng dao động từ 7.200 - 7.500 đồng/kg, cao hơn cùng kỳ khoảng 600 đồng/kg.

Thu hoạch lúa ST25 ở huyện Mỹ Xuyên. Ảnh: STO

Thiết kế: MINH THÔNG - Nội dung: HỮU TRỌNG

Tin liên quan
» Sóc Trăng: 11 tháng xuất khẩu đạt 1,15 tỷ USD
» Hội nghị Tỉnh ủy lần thứ 12 (khóa XIV)
» Lễ hội Oóc Om Bóc - Đua ghe Ngo lần thứ IV

Lượt xem: 1.846
Copyright © 2022 Báo Sóc Trăng. Giấy phép số 32/GP-TTĐT ngày 15/4/2019. ĐT: (0299) 3822 530
'''
META = {'published': '2022-12-30', 'locality': 'tỉnh Sóc Trăng'}
DEFAULTS = {'locality': 'tỉnh Sóc Trăng', 'period': '2022', 'modality': 'estimate'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'modality': 'actual'}
K = {'modality': 'target', 'period': '2023'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
B21 = {'base': '2021'}
FIGS = [
 ('20/24 chỉ tiêu', '20/24', 'ratio', 'chỉ tiêu', d(A, indicator='resolution_targets', status='achieved')),
 ('GRDP\n7,35%', '7,35%', 'level', '%', d(indicator='grdp_growth')),
 ('(Kế hoạch: 7%)', '7%', 'level', '%', d(indicator='grdp_growth', modality='target')),
 ('61,05 triệu đồng', '61,05 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita')),
 ('Tăng 6,4 triệu đồng', '6,4 triệu đồng', 'change', 'VND/người/năm', d(U, B21, indicator='grdp_per_capita')),
 ('sản: 32,47%', '32,47%', 'level', '%', d(indicator='sector_share')),
 ('dựng: 20,59%', '20,59%', 'level', '%', d(indicator='sector_share')),
 ('vụ: 41,9%', '41,9%', 'level', '%', d(indicator='sector_share')),
 ('KHẨU\n1,264 tỷ USD', '1,264 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('Đạt 105,3% kế hoạch', '105,3%', 'attainment', '%', d(P, indicator='export_value')),
 ('Tăng 12,8%', '12,8%', 'change', '%', d(U, indicator='export_value')),
 ('NƯỚC\n6.028 tỷ đồng', '6.028 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('Bằng 137,5% dự toán', '137,5%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('21.350 tỷ đồng', '21.350 tỷ đồng', 'level', 'VND', d(indicator='social_investment')),
 ('(tăng 9,6%)', '9,6%', 'change', '%', d(U, indicator='social_investment')),
 ('2,05 triệu tấn', '2,05 triệu tấn', 'level', 'tấn', d(indicator='rice_output')),
 ('trồng: 323.786 ha', '323.786 ha', 'level', 'ha', d(indicator='crop_area')),
 ('lượng: 319.000 tấn', '319.000 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('nuôi: 52.800 ha', '52.800 ha', 'level', 'ha', d()),
 ('lượng 205.040 tấn', '205.040 tấn', 'level', 'tấn', d()),
 ('1,72 triệu lượt khách', '1,72 triệu', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('thu: 1.050 tỷ đồng', '1.050 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('nghèo: 2,93%', '2,93%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 2,49 điểm %', '2,49 điểm %', 'change', 'điểm %', d(D, B21, indicator='poverty_rate')),
 ('làm: 21.500 lao động', '21.500', 'level', 'lao động', d(indicator='jobs_created')),
 ('tế: 91,8% dân số', '91,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('87/108 xã', '87/108', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('từ 7,5% trở lên', '7,5%', 'level', '%', d(K, indicator='grdp_growth', bound='at_least')),
 ('đạt 1,35 tỷ USD', '1,35 tỷ USD', 'level', 'USD', d(K, indicator='export_value')),
 ('giảm 1,5 - 2%', '1,5 - 2%', 'change', '%', d(K, D, indicator='poverty_rate')),
 ('từ 7.200 - 7.500 đồng/kg', '7.200 - 7.500 đồng/kg', 'level', 'VND/kg', d(A)),
 ('khoảng 600 đồng/kg', '600 đồng/kg', 'change', 'VND/kg', d(A, U, bound='about', base='same_period')),
]
