TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ
Trang chủ | Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Biển đảo
Cập nhật lúc 07:05, Thứ Sáu, 03/10/2025

Kinh tế Quảng Trị 9 tháng tăng trưởng 7,12%

QTO - Chiều 2/10, UBND tỉnh họp phiên thường kỳ tháng 9 nhằm đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm 2025 và triển khai nhiệm vụ quý IV. Đây là kỳ đánh giá 9 tháng đầu tiên sau khi tỉnh Quảng Bình và tỉnh Quảng Trị hợp nhất thành tỉnh Quảng Trị (mới).

Theo báo cáo, tốc độ tăng trưởng kinh tế (GRDP) 9 tháng ước tăng 7,12% so với cùng kỳ (số liệu tính gộp hai tỉnh trước hợp nhất), trong đó khu vực Quảng Bình cũ tăng 7,45%, khu vực Quảng Trị cũ tăng 6,71%. Quy mô GRDP ước đạt 94.620 tỷ đồng.

Chỉ số sản xuất công nghiệp 9 tháng tăng 10,3%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 62.480 tỷ đồng, tăng 12,7% so với cùng kỳ. Kim ngạch xuất khẩu ước đạt 712 triệu USD, bằng 78,2% kế hoạch năm.

Tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 9.845 tỷ đồng, bằng 81,6% dự toán, tăng 21,4% so với cùng kỳ; trong đó khu vực Quảng Bình cũ thu 5.930 tỷ đồng, khu vực Quảng Trị cũ thu 3.915 tỷ đồng. Đến ngày 30/9/2025, toàn tỉnh giải ngân vốn đầu tư công 6.280 tỷ đồng, đạt 58,9% kế hoạch, cao hơn bình quân cả nước (50,7%).

Ngành du lịch đón khoảng 6,85 triệu lượt khách, tăng 15,2%, trong đó khách quốc tế 512.000 lượt khách; doanh thu du lịch đạt 12.400 tỷ đồng. Riêng phường Đồng Hới đón 1,46 triệu lượt khách.

Sản xuất nông nghiệp cơ bản thuận lợi; tổng sản lượng lương thực 9 tháng đạt 612.500 tấn, tăng 2,4%; sản lượng thủy sản ước đạt 98.700 tấn, tăng 4,1% so với cùng kỳ.

Toàn tỉnh giải quyết việc làm cho 24.800 lao động, đạt 82,7% kế hoạch năm. Tỷ lệ hộ nghèo ước cuối năm giảm còn 3,52%; tỷ lệ bao phủ bảo hiểm y tế đạt 94,6% dân số.

Tai nạn giao thông 9 tháng xảy ra 146 vụ, làm chết 98 người, bị thương 87 người; so với cùng kỳ giảm 12 vụ, giảm 7 người chết, tăng 5 người bị thương.

Toàn cảnh phiên họp thường kỳ tháng 9 của UBND tỉnh. Ảnh: L.A

Đối với quý IV, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và 78 xã, phường phấn đấu tăng trưởng GRDP cả năm đạt 8% trở lên, thu ngân sách đạt 12.100 tỷ đồng và giải ngân 100% kế hoạch vốn đầu tư công trước ngày 31/1/2026.

LÊ AN

Tin cùng chuyên mục
- Quảng Trị: Thu hút 12 dự án đầu tư trong tháng 8 (29/08/2025)
- Hội nghị triển khai Nghị quyết 57 về chuyển đổi số (25/09/2025)

Giấy phép số 210/GP-BTTTT. Đường dây nóng: 0232.3822.131
'''
META = {'published': '2025-10-03', 'locality': 'tỉnh Quảng Trị'}
DEFAULTS = {'locality': 'tỉnh Quảng Trị', 'period': '2025-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
TA = {'indicator': 'tourist_arrivals'}
QB = {'locality': 'tỉnh Quảng Bình'}
Y25 = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('tăng trưởng 7,12%', '7,12%', 'level', '%', d(G)),
 ('ước tăng 7,12%', '7,12%', 'change', '%', d(E, G, U, SP)),
 ('tăng 7,45%', '7,45%', 'change', '%', d(E, G, U, QB)),
 ('tăng 6,71%', '6,71%', 'change', '%', d(E, G, U)),
 ('ước đạt 94.620 tỷ đồng', '94.620 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('tăng 10,3%', '10,3%', 'change', '%', d(U, indicator='industrial_production_index')),
 ('ước đạt 62.480 tỷ đồng', '62.480 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 12,7% so với cùng kỳ', '12,7%', 'change', '%', d(E, U, SP, indicator='retail_sales')),
 ('ước đạt 712 triệu USD', '712 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('bằng 78,2% kế hoạch', '78,2%', 'attainment', '%', d(E, T, indicator='export_value')),
 ('ước đạt 9.845 tỷ đồng', '9.845 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 81,6% dự toán', '81,6%', 'attainment', '%', d(E, BR, T)),
 ('tăng 21,4% so với cùng kỳ', '21,4%', 'change', '%', d(E, BR, U, SP)),
 ('thu 5.930 tỷ đồng', '5.930 tỷ đồng', 'level', 'VND', d(BR, QB)),
 ('thu 3.915 tỷ đồng', '3.915 tỷ đồng', 'level', 'VND', d(BR)),
 ('công 6.280 tỷ đồng', '6.280 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 58,9% kế hoạch', '58,9%', 'attainment', '%', d(PD, T)),
 ('(50,7%)', '50,7%', 'attainment', '%', d(PD, T, locality='cả nước')),
 ('khoảng 6,85 triệu', '6,85 triệu', 'level', 'lượt khách', d(TA, bound='about')),
 ('tăng 15,2%', '15,2%', 'change', '%', d(TA, U)),
 ('tế 512.000 lượt khách', '512.000', 'level', 'lượt khách', d(indicator='international_tourist_arrivals')),
 ('đạt 12.400 tỷ đồng', '12.400 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('đón 1,46 triệu', '1,46 triệu', 'level', 'lượt khách', d(TA, locality='phường Đồng Hới')),
 ('đạt 612.500 tấn', '612.500 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('tăng 2,4%', '2,4%', 'change', '%', d(U, indicator='food_output')),
 ('ước đạt 98.700 tấn', '98.700 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 4,1% so với cùng kỳ', '4,1%', 'change', '%', d(E, U, SP, indicator='aquaculture_output')),
 ('cho 24.800 lao động', '24.800', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 82,7% kế hoạch', '82,7%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('giảm còn 3,52%', '3,52%', 'level', '%', d(E, DN, indicator='poverty_rate', period='2025')),
 ('đạt 94,6%', '94,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('ra 146 vụ', '146', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 98 người', '98', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 87 người', '87', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 12 vụ', '12', 'change', 'vụ', d(DN, SP, indicator='traffic_accidents')),
 ('giảm 7 người', '7', 'change', 'người', d(DN, SP, indicator='traffic_deaths')),
 ('tăng 5 người', '5', 'change', 'người', d(U, SP, indicator='traffic_injuries')),
 ('và 78 xã, phường', '78', 'level', 'xã', dict(optional=True)),
 ('đạt 8% trở lên', '8%', 'level', '%', d(G, Y25, bound='at_least')),
 ('đạt 12.100 tỷ đồng', '12.100 tỷ đồng', 'level', 'VND', d(BR, Y25)),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(PD, T, Y25)),
]
