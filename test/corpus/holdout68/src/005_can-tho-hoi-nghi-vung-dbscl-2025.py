TEXT = '''
BÁO CẦN THƠ
Thứ năm, 16/04/2026, 06:10
Thời sự | Chính trị | Kinh tế | Xã hội | Đồng bằng | Văn hoá - Giải trí | Thể thao | Quốc tế

Đồng bằng

Kinh tế vùng Đồng bằng sông Cửu Long năm 2025 tăng 7,9%, cao nhất trong 10 năm

Ngày 15-4, tại TP Cần Thơ, Hội đồng điều phối vùng Đồng bằng sông Cửu Long tổ chức hội nghị đánh giá kết quả thực hiện năm 2025 và triển khai nhiệm vụ năm 2026. Dự hội nghị có lãnh đạo các bộ, ngành Trung ương và Uỷ ban nhân dân các tỉnh, thành phố trong vùng.

Theo báo cáo của Bộ Tài chính, năm 2025, tốc độ tăng trưởng GRDP của vùng ước đạt 7,9%, thấp hơn mức tăng 8,02% của cả nước nhưng là mức cao nhất của vùng kể từ năm 2015. Quy mô kinh tế vùng đạt khoảng 1,52 triệu tỷ đồng, chiếm 11,8% GDP cả nước.

Trong các địa phương của vùng, An Giang có mức tăng trưởng cao nhất, đạt 8,72%; tiếp theo là Cần Thơ 8,45%, Đồng Tháp 8,1%, Vĩnh Long 7,6%; Cà Mau thấp nhất với 6,84%. Về quy mô, An Giang dẫn đầu vùng với GRDP hơn 346.000 tỷ đồng, Cần Thơ đứng thứ hai với 334.500 tỷ đồng.

Thu ngân sách nhà nước toàn vùng năm 2025 đạt hơn 133.300 tỷ đồng, vượt 18,4% dự toán, tăng 21,2% so với năm 2024. Kim ngạch xuất khẩu đạt hơn 21,2 tỷ USD, tăng 9,6%; trong đó thuỷ sản chiếm khoảng 38%, gạo chiếm 21,5%.

Đáng chú ý, vùng thu hút 98 dự án FDI mới với tổng vốn đăng ký 3,15 tỷ USD, gấp 2,4 lần năm 2024; riêng Cần Thơ thu hút 1,2 tỷ USD nhờ dự án Nhà máy nhiệt điện Ô Môn IV.

Một số chỉ tiêu năm 2025 của các địa phương trong vùng:
Địa phương | Tăng trưởng GRDP (%) | Thu ngân sách (tỷ đồng) | Xuất khẩu (triệu USD)
An Giang | 8,72 | 28.450 | 5.820
Cần Thơ | 8,45 | 33.100 | 3.960
Đồng Tháp | 8,1 | 27.600 | 4.450
Vĩnh Long | 7,6 | 26.300 | 4.180
Cà Mau | 6,84 | 17.900 | 2.870
Nguồn: Bộ Tài chính

Quang cảnh hội nghị. Ảnh: Duy Khôi

Về xã hội, tỷ lệ hộ nghèo toàn vùng cuối năm 2025 còn 1,96%, giảm 0,58 điểm phần trăm so với năm 2024; Cà Mau còn 2,71%, cao nhất vùng. Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ của vùng mới đạt 16,9%, thấp nhất trong 6 vùng kinh tế - xã hội.

Phát biểu chỉ đạo, Phó Thủ tướng Chính phủ đề nghị các địa phương khẩn trương hoàn thiện hạ tầng giao thông, nhất là các tuyến cao tốc Cần Thơ - Cà Mau, Châu Đốc - Cần Thơ - Sóc Trăng. Hội nghị thống nhất mục tiêu năm 2026 toàn vùng tăng trưởng từ 10% trở lên, kim ngạch xuất khẩu đạt 25 tỷ USD, tỷ lệ đô thị hoá đạt 35%.

Hà Văn

Tin liên quan
- Cần Thơ: Khởi công cầu Ô Môn 2 trên Quốc lộ 91
- Vùng Đồng bằng sông Cửu Long xuất khẩu gạo vượt 8 triệu tấn

Toà soạn: 126 đường 3 Tháng 2, phường Ninh Kiều, TP Cần Thơ | ĐT: 0292.3820.545
'''
META = {'published': '2026-04-16'}
DEFAULTS = {'locality': None, 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
G = {'indicator': 'grdp_growth'}
U = {'direction': 'up'}
E = {'modality': 'estimate'}
BUD = {'indicator': 'budget_revenue'}
X = {'indicator': 'export_value'}
TG = {'period': '2026', 'modality': 'target'}
def L(name): return {'locality': name}
AG, CT, DT, VL, CM = L('tỉnh An Giang'), L('thành phố Cần Thơ'), L('tỉnh Đồng Tháp'), L('tỉnh Vĩnh Long'), L('tỉnh Cà Mau')
B, M = 1e9, 1e6
def row(place, loc, g, bud, exp):
    return [
     (place + ' | ' + g + ' |', g, 'level', '%', d(G, loc)),
     ('| ' + g + ' | ' + bud + ' |', bud, 'level', 'VND', d(BUD, loc, value=float(round(float(bud.replace('.', '')) * B)))),
     ('| ' + bud + ' | ' + exp + '\n', exp, 'level', 'USD', d(X, loc, value=float(round(float(exp.replace('.', '')) * M)))),
    ]
FIGS = [
 ('năm 2025 tăng 7,9%', '7,9%', 'change', '%', d(G, U)),
 ('ước đạt 7,9%', '7,9%', 'level', '%', d(G, E)),
 ('mức tăng 8,02%', '8,02%', 'change', '%', d(G, E, U, L('cả nước'))),
 ('khoảng 1,52 triệu tỷ đồng', '1,52 triệu tỷ đồng', 'level', 'VND', d(indicator='grdp', bound='about', value=1.52e15)),
 ('chiếm 11,8% GDP', '11,8%', 'level', '%', d()),
 ('đạt 8,72%', '8,72%', 'level', '%', d(G, AG)),
 ('Cần Thơ 8,45%', '8,45%', 'level', '%', d(G, CT)),
 ('Đồng Tháp 8,1%', '8,1%', 'level', '%', d(G, DT)),
 ('Vĩnh Long 7,6%', '7,6%', 'level', '%', d(G, VL)),
 ('với 6,84%', '6,84%', 'level', '%', d(G, CM)),
 ('hơn 346.000 tỷ đồng', '346.000 tỷ đồng', 'level', 'VND', d(AG, indicator='grdp', bound='over')),
 ('với 334.500 tỷ đồng', '334.500 tỷ đồng', 'level', 'VND', d(CT, indicator='grdp')),
 ('hơn 133.300 tỷ đồng', '133.300 tỷ đồng', 'level', 'VND', d(BUD, bound='over')),
 ('vượt 18,4% dự toán', '18,4%', 'change', '%', d(BUD, U, base='target', status='exceeded')),
 ('tăng 21,2%', '21,2%', 'change', '%', d(BUD, U, base='2024')),
 ('hơn 21,2 tỷ USD', '21,2 tỷ USD', 'level', 'USD', d(X, bound='over')),
 ('tăng 9,6%', '9,6%', 'change', '%', d(X, U)),
 ('khoảng 38%', '38%', 'level', '%', d(X, bound='about')),
 ('chiếm 21,5%', '21,5%', 'level', '%', d(X)),
 ('thu hút 98 dự án', '98', 'level', 'dự án', d()),
 ('ký 3,15 tỷ USD', '3,15 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('gấp 2,4 lần', '2,4 lần', 'change', 'lần', d(U, indicator='fdi', base='2024')),
 ('hút 1,2 tỷ USD', '1,2 tỷ USD', 'level', 'USD', d(CT, indicator='fdi')),
]
FIGS += row('An Giang', AG, '8,72', '28.450', '5.820')
FIGS += row('Cần Thơ', CT, '8,45', '33.100', '3.960')
FIGS += row('Đồng Tháp', DT, '8,1', '27.600', '4.450')
FIGS += row('Vĩnh Long', VL, '7,6', '26.300', '4.180')
FIGS += row('Cà Mau', CM, '6,84', '17.900', '2.870')
FIGS += [
 ('còn 1,96%', '1,96%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 0,58 điểm phần trăm', '0,58 điểm phần trăm', 'change', 'điểm %', d(indicator='poverty_rate', direction='down', base='2024')),
 ('còn 2,71%', '2,71%', 'level', '%', d(CM, indicator='poverty_rate')),
 ('đạt 16,9%', '16,9%', 'level', '%', d(indicator='trained_labour_rate')),
 ('từ 10% trở lên', '10%', 'level', '%', d(G, TG, bound='at_least')),
 ('đạt 25 tỷ USD', '25 tỷ USD', 'level', 'USD', d(X, TG)),
 ('đạt 35%', '35%', 'level', '%', d(TG, indicator='urbanization_rate')),
]
