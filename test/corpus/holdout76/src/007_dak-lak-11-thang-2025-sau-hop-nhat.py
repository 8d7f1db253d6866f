TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Phú Yên | Buôn Ma Thuột
08/12/2025 09:14

11 tháng, thu ngân sách Đắk Lắk ước đạt 18.460 tỷ đồng

Chiều 5-12, UBND tỉnh tổ chức phiên họp thường kỳ tháng 11 năm 2025, đánh giá tình hình kinh tế - xã hội tháng 11, 11 tháng và triển khai nhiệm vụ tháng 12.

Theo báo cáo, tháng 11/2025, chỉ số sản xuất công nghiệp (IIP) của tỉnh tăng 4,6% so với tháng trước; tính chung 11 tháng, IIP tăng 12,8% so với cùng kỳ, trong đó khu vực Phú Yên cũ tăng 9,5%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng ước đạt 142.300 tỷ đồng, tăng 14,2% so với cùng kỳ. Kim ngạch xuất khẩu ước đạt 2,68 tỷ USD, tăng 38,5%, vượt 7,2% kế hoạch năm; riêng cà phê nhân đạt 1,95 tỷ USD.

Thu ngân sách nhà nước trên địa bàn 11 tháng ước đạt 18.460 tỷ đồng, bằng 104,3% dự toán Trung ương giao; trong đó khu vực Đắk Lắk cũ 11.920 tỷ đồng, khu vực Phú Yên cũ 6.540 tỷ đồng. Tổng chi ngân sách địa phương ước 31.780 tỷ đồng, bằng 78,6% dự toán. Đến ngày 30/11/2025, toàn tỉnh giải ngân vốn đầu tư công 9.415 tỷ đồng, đạt 61,3% kế hoạch vốn.

Niên vụ 2025 - 2026, diện tích cà phê toàn tỉnh 216.500 ha, sản lượng ước đạt 585.000 tấn; giá cà phê nhân xô dao động 112.000 - 116.000 đồng/kg. Sản lượng thủy sản 11 tháng ước đạt 98.600 tấn, tăng 3,2%, chủ yếu ở khu vực Phú Yên cũ.

Trong 11 tháng, có 1.684 doanh nghiệp thành lập mới, tăng 21,4% so với cùng kỳ; 512 doanh nghiệp tạm ngừng kinh doanh. Tổng lượt khách du lịch ước đạt 4,82 triệu lượt, tăng 16,5%; doanh thu du lịch ước 9.870 tỷ đồng.

Nông dân xã Cư M'gar thu hoạch cà phê. Ảnh: HOÀNG GIA

Toàn tỉnh giải quyết việc làm cho 41.260 lao động, đạt 98,2% kế hoạch năm. Tỷ lệ hộ nghèo ước cuối năm giảm còn 4,85%, giảm 1,12 điểm phần trăm so với năm 2024.

Kết luận phiên họp, Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương đẩy nhanh tiến độ cao tốc Khánh Hòa - Buôn Ma Thuột giai đoạn 1, tập trung giải ngân, phấn đấu đến ngày 31/12/2025 đạt 100% kế hoạch vốn; cả năm thu ngân sách đạt 20.000 tỷ đồng trở lên.

HOÀNG GIA

Lượt xem: 3.406
Tin liên quan
- Tuy Hòa: Khánh thành cảng cá Đông Tác (02/12/2025)
- Buôn Ma Thuột chuẩn bị Lễ hội Cà phê lần thứ 10 (28/11/2025)
Tòa soạn: 14 Nơ Trang Long, phường Buôn Ma Thuột. ĐT: 0262.3852.416
'''
META = {'published': '2025-12-08', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2025-11M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
TG = {'modality': 'target'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
IIP = {'indicator': 'industrial_production_index'}
EX = {'indicator': 'export_value'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
PD = {'indicator': 'public_investment_disbursement'}
PR = {'indicator': 'poverty_rate'}
PY = {'locality': 'tỉnh Phú Yên'}
NV = {'period': '2025/2026'}
Y = {'period': '2025'}
FIGS = [
 ('Lắk ước đạt 18.460 tỷ đồng', '18.460 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('tăng 4,6% so với tháng trước', '4,6%', 'change', '%', d(IIP, U, period='2025-M11', base='previous_period')),
 ('tăng 12,8% so với cùng kỳ', '12,8%', 'change', '%', d(IIP, U, SP)),
 ('tăng 9,5%', '9,5%', 'change', '%', d(IIP, U, PY)),
 ('ước đạt 142.300 tỷ đồng', '142.300 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 14,2% so với cùng kỳ', '14,2%', 'change', '%', d(E, U, SP, indicator='retail_sales')),
 ('ước đạt 2,68 tỷ USD', '2,68 tỷ USD', 'level', 'USD', d(E, EX)),
 ('tăng 38,5%', '38,5%', 'change', '%', d(E, EX, U)),
 ('vượt 7,2% kế hoạch', '7,2%', 'change', '%', d(E, EX, U, T, status='exceeded')),
 ('đạt 1,95 tỷ USD', '1,95 tỷ USD', 'level', 'USD', d(EX)),
 ('tháng ước đạt 18.460 tỷ đồng', '18.460 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 104,3% dự toán', '104,3%', 'attainment', '%', d(E, BR, T)),
 ('cũ 11.920 tỷ đồng', '11.920 tỷ đồng', 'level', 'VND', d(BR)),
 ('cũ 6.540 tỷ đồng', '6.540 tỷ đồng', 'level', 'VND', d(BR, PY)),
 ('ước 31.780 tỷ đồng', '31.780 tỷ đồng', 'level', 'VND', d(E, BE)),
 ('bằng 78,6% dự toán', '78,6%', 'attainment', '%', d(E, BE, T)),
 ('công 9.415 tỷ đồng', '9.415 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 61,3% kế hoạch', '61,3%', 'attainment', '%', d(PD, T)),
 ('tỉnh 216.500 ha', '216.500 ha', 'level', 'ha', d(NV)),
 ('ước đạt 585.000 tấn', '585.000 tấn', 'level', 'tấn', d(E, NV)),
 ('112.000 - 116.000 đồng', '112.000 - 116.000 đồng', 'level', 'VND/kg', d(NV)),
 ('ước đạt 98.600 tấn', '98.600 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 3,2%', '3,2%', 'change', '%', d(E, U, indicator='aquaculture_output')),
 ('có 1.684 doanh nghiệp', '1.684', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 21,4% so với cùng kỳ', '21,4%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('512 doanh nghiệp', '512', 'level', 'doanh nghiệp', d()),
 ('ước đạt 4,82 triệu', '4,82 triệu', 'level', 'lượt', d(E, indicator='tourist_arrivals')),
 ('tăng 16,5%', '16,5%', 'change', '%', d(E, U, indicator='tourist_arrivals')),
 ('ước 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('cho 41.260 lao động', '41.260', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 98,2% kế hoạch', '98,2%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('giảm còn 4,85%', '4,85%', 'level', '%', d(E, PR, DN, Y)),
 ('giảm 1,12 điểm phần trăm', '1,12 điểm phần trăm', 'change', 'điểm %', d(E, PR, DN, Y, base='2024')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(TG, PD, T, Y)),
 ('đạt 20.000 tỷ đồng trở lên', '20.000 tỷ đồng', 'level', 'VND', d(TG, BR, Y, bound='at_least')),
]
