# Báo Huế (the centrally-run city since 1/1/2025), 06/01/2026, a short item: the heritage sites' visitors and ticket
# revenue in 2025. A January page reviewing last year: 2025. The sites' visitors are the city's tourist_arrivals, the
# foreign visitors international_tourist_arrivals and their share of all visitors no id (holdout53: a sight's visitors are the place's), the ticket revenue tourism_revenue
# (arguable: a sight's revenue as its visitors). December's tally is M12; 2026 aims are targets.
TEXT = '''
BÁO HUẾ ĐIỆN TỬ
Thời sự | Kinh tế | Văn hóa | Di sản | Du lịch | Thể thao

Di sản

Di tích Huế đón hơn 3,1 triệu lượt khách năm 2025

06/01/2026 08:30 | Lượt xem: 1.386

Năm 2025, các điểm di tích do Trung tâm Bảo tồn Di tích Cố đô Huế quản lý đã đón 3,12 triệu lượt khách, tăng 18,6% so với năm 2024, đạt 104% kế hoạch; trong đó khách quốc tế 1,86 triệu lượt, chiếm 59,6%. Doanh thu bán vé tham quan đạt 612 tỷ đồng, vượt 12% kế hoạch.

Các điểm Hoàng thành Huế, lăng Tự Đức và lăng Khải Định lần lượt đón 1,62 triệu lượt, 486.000 lượt và 412.000 lượt khách. Riêng tháng 12/2025, các điểm di tích đón 186.000 lượt khách, tăng 9,4% so với cùng kỳ.

Du khách tham quan Ngọ Môn, phường Thuận Hóa. Ảnh: Phan Thành

Theo Giám đốc Trung tâm Bảo tồn Di tích Cố đô Huế, kết quả trên có được nhờ các sản phẩm mới như chương trình tham quan Đại Nội về đêm, tái hiện nghi lễ cung đình và các lễ hội được tổ chức xuyên suốt năm. Riêng chương trình tham quan Đại Nội về đêm đã đón 124.000 lượt khách, gấp đôi năm 2024.

Năm 2026, Trung tâm phấn đấu đón 3,5 triệu lượt khách, doanh thu bán vé khoảng 700 tỷ đồng.

Phan Thành

Bài liên quan
- Mở cửa Đại Nội về đêm từ ngày 1/2 đến 30/4
- Festival Huế 2026 diễn ra từ 10 - 15/6

BÁO HUẾ - 51 Hoàng Hoa Thám, phường Thuận Hóa, TP Huế. Điện thoại: 0234.3823.237
'''
META = {'published': '2026-01-06', 'locality': 'thành phố Huế'}
DEFAULTS = {'locality': 'thành phố Huế', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
TB = {'base': 'target'}
TA = {'indicator': 'tourist_arrivals'}
IA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('hơn 3,1 triệu lượt', '3,1 triệu', 'level', 'lượt khách', d(TA, bound='over')),
 ('đón 3,12 triệu lượt', '3,12 triệu', 'level', 'lượt khách', d(TA)),
 ('tăng 18,6%', '18,6%', 'change', '%', d(TA, U, base='2024')),
 ('đạt 104% kế hoạch', '104%', 'attainment', '%', d(TA, TB)),
 ('tế 1,86 triệu lượt', '1,86 triệu', 'level', 'lượt', d(IA)),
 ('chiếm 59,6%', '59,6%', 'level', '%', d()),
 ('đạt 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', d(TR)),
 ('vượt 12% kế hoạch', '12%', 'change', '%', d(TR, U, TB, status='exceeded')),
 ('đón 1,62 triệu lượt', '1,62 triệu', 'level', 'lượt', d(TA)),
 ('486.000 lượt', '486.000', 'level', 'lượt', d(TA)),
 ('412.000 lượt', '412.000', 'level', 'lượt khách', d(TA)),
 ('đón 124.000 lượt', '124.000', 'level', 'lượt khách', d(TA)),
 ('gấp đôi', 'gấp đôi', 'change', 'lần', d(TA, U, base='2024', value=2)),
 ('đón 186.000 lượt', '186.000', 'level', 'lượt khách', d(TA, period='2025-M12')),
 ('tăng 9,4%', '9,4%', 'change', '%', d(TA, U, base='same_period', period='2025-M12')),
 ('đón 3,5 triệu lượt', '3,5 triệu', 'level', 'lượt khách', d(TA, T)),
 ('khoảng 700 tỷ đồng', '700 tỷ đồng', 'level', 'VND', d(TR, T, bound='about')),
]
