TEXT = '''
BÁO CÀ MAU
Thứ Tư, 08/04/2026 15:20
Chính trị | Kinh tế | Xã hội | Du lịch | Bạc Liêu xưa và nay

Đất Mũi: Quý I/2026 đón hơn 142.000 lượt du khách

(CMO) Chiều 7/4, Đảng uỷ xã Đất Mũi tổ chức hội nghị đánh giá tình hình kinh tế - xã hội quý I, triển khai nhiệm vụ quý II năm 2026. Quý I, du lịch tiếp tục là điểm sáng của xã cực Nam Tổ quốc.

Theo báo cáo, trong quý I, Khu du lịch Quốc gia Mũi Cà Mau và các điểm du lịch trên địa bàn xã đón hơn 142.000 lượt du khách, tăng 23,5% so với cùng kỳ, trong đó khách quốc tế khoảng 3.100 lượt; tổng doanh thu du lịch ước đạt 86 tỷ đồng, gấp đôi cùng kỳ. Riêng dịp Tết Nguyên đán Bính Ngọ, xã đón 61.500 lượt khách.

Sản lượng thuỷ sản khai thác và nuôi trồng ước đạt 4.860 tấn, đạt 26,3% kế hoạch năm, tăng 5,2% so với cùng kỳ; trong đó tôm 1.420 tấn, cua 385 tấn. Diện tích nuôi tôm - rừng toàn xã hiện có 8.920ha, năng suất tôm bình quân 350 - 400 kg/ha/năm. Giá cua thịt loại 1 hiện ở mức 380.000 đồng/kg.

Thu ngân sách trên địa bàn được 9,84 tỷ đồng, bằng 32,8% dự toán; giải ngân vốn đầu tư công được 12,6 tỷ đồng, đạt 18,4% kế hoạch vốn.

Du khách tham quan cột mốc toạ độ quốc gia GPS 0001 tại Mũi Cà Mau. Ảnh: HOÀNG VŨ

Về an sinh xã hội, xã còn 214 hộ nghèo, chiếm 3,86%, giảm 0,42 điểm phần trăm so với cuối năm 2025; 100% hộ dân được sử dụng điện lưới quốc gia. Trong quý, xã giải quyết việc làm cho 185 lao động, đạt 30,8% kế hoạch.

Toàn tỉnh Cà Mau quý I đón 1,46 triệu lượt khách, tăng 18,2%; xã Đất Mũi chiếm gần 10% số khách của tỉnh.

Quý II, xã phấn đấu đón 150.000 lượt khách; cả năm 2026 thu hút 600.000 lượt du khách, doanh thu du lịch 320 tỷ đồng trở lên; tỷ lệ hộ nghèo giảm còn dưới 3%.

HOÀNG VŨ

Tin khác
- Đất Mũi ra mắt mô hình "Ngư dân an toàn" (05/4/2026)
- Lễ hội Nghinh Ông Sông Đốc năm 2026 (02/4/2026)
Báo Cà Mau - Giấy phép số 52/GP-BTTTT. Điện thoại: 0290.3831.542. Lượt xem: 3.217
'''
META = {'published': '2026-04-08', 'locality': 'xã Đất Mũi'}
DEFAULTS = {'locality': 'xã Đất Mũi', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
TA = {'indicator': 'tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
AQ = {'indicator': 'aquaculture_output'}
CM = {'locality': 'tỉnh Cà Mau'}
FIGS = [
 ('đón hơn 142.000 lượt du khách\n', '142.000', 'level', 'lượt du khách', d(TA, bound='over')),
 ('xã đón hơn 142.000', '142.000', 'level', 'lượt du khách', d(TA, bound='over')),
 ('tăng 23,5%', '23,5%', 'change', '%', d(U, SP, TA)),
 ('khoảng 3.100 lượt', '3.100', 'level', 'lượt', d(indicator='international_tourist_arrivals', bound='about')),
 ('ước đạt 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', d(E, TR)),
 ('gấp đôi', 'gấp đôi', 'change', 'lần', d(E, U, SP, TR, value=2)),
 ('đón 61.500 lượt khách', '61.500', 'level', 'lượt khách', d(TA)),
 ('ước đạt 4.860 tấn', '4.860 tấn', 'level', 'tấn', d(E, AQ)),
 ('đạt 26,3% kế hoạch', '26,3%', 'attainment', '%', d(E, P, AQ)),
 ('tăng 5,2%', '5,2%', 'change', '%', d(E, U, SP, AQ)),
 ('tôm 1.420 tấn', '1.420 tấn', 'level', 'tấn', d(AQ)),
 ('cua 385 tấn', '385 tấn', 'level', 'tấn', d(AQ)),
 ('có 8.920ha', '8.920ha', 'level', 'ha', d()),
 ('350 - 400 kg/ha/năm', '350 - 400 kg/ha/năm', 'level', 'kg/ha/năm', d()),
 ('380.000 đồng/kg', '380.000 đồng/kg', 'level', 'VND/kg', d()),
 ('được 9,84 tỷ đồng', '9,84 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 32,8% dự toán', '32,8%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('được 12,6 tỷ đồng', '12,6 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('đạt 18,4% kế hoạch', '18,4%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('còn 214 hộ nghèo', '214', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 3,86%', '3,86%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 0,42 điểm phần trăm', '0,42 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate', base='2025')),
 ('100% hộ dân', '100%', 'level', '%', d()),
 ('cho 185 lao động', '185', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 30,8% kế hoạch', '30,8%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('đón 1,46 triệu lượt khách', '1,46 triệu', 'level', 'lượt khách', d(CM, TA)),
 ('tăng 18,2%', '18,2%', 'change', '%', d(CM, U, TA)),
 ('gần 10%', '10%', 'level', '%', d(bound='nearly')),
 ('đón 150.000 lượt khách', '150.000', 'level', 'lượt khách', d(K, TA, period='2026-Q2')),
 ('hút 600.000 lượt du khách', '600.000', 'level', 'lượt du khách', d(K, TA)),
 ('lịch 320 tỷ đồng trở lên', '320 tỷ đồng', 'level', 'VND', d(K, TR, bound='at_least')),
 ('dưới 3%', '3%', 'level', '%', d(K, D, indicator='poverty_rate', bound='under')),
]
