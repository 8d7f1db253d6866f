TEXT = '''
BÁO KHÁNH HÒA
Thứ Tư, 10/12/2025 - 18:32
Thời sự | Chính trị | Kinh tế | Xã hội | Du lịch | Văn hóa | Thể thao | Biển đảo

Thời sự

Khánh Hòa phấn đấu năm 2026 tăng trưởng GRDP từ 10% trở lên

(BKH) - Sáng 10/12, HĐND tỉnh Khánh Hòa khai mạc kỳ họp thường lệ cuối năm 2025, kỳ họp đầu tiên xem xét kết quả cả năm của tỉnh sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận.

Trình bày báo cáo tại kỳ họp, Phó Chủ tịch UBND tỉnh Trịnh Minh Hoàng cho biết, năm 2025 tốc độ tăng trưởng GRDP của tỉnh ước đạt 9,1% (số liệu tính gộp hai tỉnh cũ), trong đó khu vực Khánh Hòa cũ tăng 8,7%, khu vực Ninh Thuận cũ tăng 10,4%. Quy mô GRDP theo giá hiện hành ước đạt 181.250 tỷ đồng; GRDP bình quân đầu người ước đạt 93,8 triệu đồng, tăng 8,4 triệu đồng so với năm 2024. Có 20/25 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 5 chỉ tiêu không đạt.

Thu ngân sách nhà nước trên địa bàn ước đạt 28.640 tỷ đồng, vượt 12,6% dự toán Trung ương giao và tăng 9,3% so với năm 2024. Kim ngạch xuất khẩu ước đạt 2,95 tỷ USD, tăng 15,2%; tổng vốn đầu tư toàn xã hội khoảng 92.400 tỷ đồng.

Ngành du lịch đón khoảng 11,2 triệu lượt khách, gấp 1,2 lần năm 2024; trong đó khách quốc tế 3,8 triệu lượt, chủ yếu đến từ Hàn Quốc, Trung Quốc và Nga. Doanh thu du lịch tại khu vực Khánh Hòa cũ và khu vực Ninh Thuận cũ lần lượt là 52.300 tỷ đồng và 6.150 tỷ đồng.

Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 1,12%, giảm 0,68 điểm phần trăm so với cuối năm 2024; riêng khu vực Ninh Thuận cũ còn 2,35%. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,8%; tỷ lệ lao động qua đào tạo 72,5%; giải quyết việc làm cho 42.300 lao động.

Quang cảnh kỳ họp. Ảnh: Xuân Thành

Năm 2026, UBND tỉnh trình HĐND tỉnh 24 chỉ tiêu chủ yếu. Cụ thể:
- Tốc độ tăng trưởng GRDP: từ 10% trở lên.
- GRDP bình quân đầu người: 103 - 105 triệu đồng.
- Thu ngân sách nhà nước trên địa bàn: 30.500 tỷ đồng.
- Kim ngạch xuất khẩu: 3,3 tỷ USD.
- Đón 12,5 triệu lượt khách, trong đó 4,5 triệu lượt khách quốc tế.
- Tỷ lệ hộ nghèo giảm 0,3 - 0,5 điểm phần trăm.
- Tỷ lệ dân số tham gia bảo hiểm y tế: 95,5%.

Tại phiên thảo luận tổ, nhiều đại biểu cho rằng một số chỉ tiêu không đạt có nguyên nhân chủ quan, nhất là giải ngân vốn đầu tư công: đến ngày 30/11/2025 mới đạt 61,4% kế hoạch, thấp hơn bình quân cả nước. Kỳ họp diễn ra đến hết ngày 12/12.

Văn Kỳ

Tin khác
- Khánh Hòa đón 1 triệu lượt khách quốc tế trong tháng 11 (08/12/2025)
- Đặc khu Trường Sa tổ chức Đại hội Đảng bộ lần thứ I (05/12/2025)

Báo Khánh Hòa - Cơ quan của Đảng bộ tỉnh Khánh Hòa. Địa chỉ: 3 Lê Thánh Tôn, phường Nha Trang. ĐT: 0258.3822.447
'''
META = {'published': '2025-12-10', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
NT = {'locality': 'tỉnh Ninh Thuận'}
FIGS = [
 ('GRDP từ 10% trở lên\n\n', '10%', 'level', '%', d(K, indicator='grdp_growth', bound='at_least')),
 ('ước đạt 9,1%', '9,1%', 'level', '%', d(E, indicator='grdp_growth')),
 ('tăng 8,7%', '8,7%', 'change', '%', d(E, U, indicator='grdp_growth')),
 ('tăng 10,4%', '10,4%', 'change', '%', d(E, U, NT, indicator='grdp_growth')),
 ('ước đạt 181.250 tỷ đồng', '181.250 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('ước đạt 93,8 triệu đồng', '93,8 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita')),
 ('tăng 8,4 triệu đồng', '8,4 triệu đồng', 'change', 'VND/người/năm', d(E, U, indicator='grdp_per_capita', base='2024')),
 ('Có 20/25 chỉ tiêu', '20/25', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('5 chỉ tiêu không đạt.', '5', 'level', 'chỉ tiêu', d(indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 28.640 tỷ đồng', '28.640 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('vượt 12,6% dự toán', '12,6%', 'change', '%', d(E, U, indicator='budget_revenue', base='target', status='exceeded')),
 ('tăng 9,3%', '9,3%', 'change', '%', d(E, U, indicator='budget_revenue', base='2024')),
 ('ước đạt 2,95 tỷ USD', '2,95 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 15,2%', '15,2%', 'change', '%', d(E, U, indicator='export_value')),
 ('khoảng 92.400 tỷ đồng', '92.400 tỷ đồng', 'level', 'VND', d(indicator='social_investment', bound='about')),
 ('khoảng 11,2 triệu lượt', '11,2 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals', bound='about')),
 ('gấp 1,2 lần', '1,2 lần', 'change', 'lần', d(U, indicator='tourist_arrivals', base='2024')),
 ('quốc tế 3,8 triệu lượt', '3,8 triệu lượt', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('lần lượt là 52.300 tỷ đồng', '52.300 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('và 6.150 tỷ đồng', '6.150 tỷ đồng', 'level', 'VND', d(NT, indicator='tourism_revenue')),
 ('giảm còn 1,12%', '1,12%', 'level', '%', d(D, indicator='poverty_rate')),
 ('giảm 0,68 điểm phần trăm', '0,68 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate', base='2024')),
 ('còn 2,35%', '2,35%', 'level', '%', d(NT, indicator='poverty_rate')),
 ('đạt 94,8%', '94,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đào tạo 72,5%', '72,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('cho 42.300 lao động', '42.300', 'level', 'lao động', d(indicator='jobs_created')),
 ('tỉnh 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(K, indicator='resolution_targets')),
 ('GRDP: từ 10% trở lên', '10%', 'level', '%', d(K, indicator='grdp_growth', bound='at_least')),
 ('103 - 105 triệu đồng', '103 - 105 triệu đồng', 'level', 'VND/người/năm', d(K, indicator='grdp_per_capita')),
 ('bàn: 30.500 tỷ đồng', '30.500 tỷ đồng', 'level', 'VND', d(K, indicator='budget_revenue')),
 ('khẩu: 3,3 tỷ USD', '3,3 tỷ USD', 'level', 'USD', d(K, indicator='export_value')),
 ('Đón 12,5 triệu lượt', '12,5 triệu lượt', 'level', 'lượt khách', d(K, indicator='tourist_arrivals')),
 ('đó 4,5 triệu lượt', '4,5 triệu lượt', 'level', 'lượt khách', d(K, indicator='international_tourist_arrivals')),
 ('giảm 0,3 - 0,5 điểm phần trăm', '0,3 - 0,5 điểm phần trăm', 'change', 'điểm %', d(K, D, indicator='poverty_rate')),
 ('tế: 95,5%', '95,5%', 'level', '%', d(K, indicator='health_insurance_coverage')),
 ('mới đạt 61,4% kế hoạch', '61,4%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target', period='2025-11M')),
]
