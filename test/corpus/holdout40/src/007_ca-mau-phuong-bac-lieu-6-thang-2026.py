TEXT = '''
BÁO CÀ MAU ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Pháp luật

Phường Bạc Liêu: Thu ngân sách 6 tháng đạt 57,2% dự toán

Cập nhật ngày: 09/07/2026 14:30 | Lượt xem: 865

(CMO) Ngày 8/7, HĐND phường Bạc Liêu khóa I, nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ hai để đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm và quyết định nhiệm vụ những tháng cuối năm 2026.

Phường Bạc Liêu được thành lập từ Phường 1, Phường 2, Phường 3, Phường 5 và Phường 7 của thành phố Bạc Liêu (cũ), là trung tâm hành chính, thương mại của khu vực Bạc Liêu cũ.

Theo báo cáo của UBND phường, 6 tháng đầu năm 2026, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 6.840 tỷ đồng, tăng 11,3% so với cùng kỳ, bằng 51,6% kế hoạch năm. Hoạt động thương mại, du lịch sôi động, nhất là tại khu vực chợ Bạc Liêu và tuyến đường Hai Bà Trưng.

Kết quả một số chỉ tiêu chủ yếu 6 tháng đầu năm 2026:

Chỉ tiêu | Kế hoạch năm | Thực hiện 6 tháng | Đạt (%) | So cùng kỳ (%)
Thu ngân sách (tỷ đồng) | 212 | 121,3 | 57,2 | +8,4
Chi ngân sách (tỷ đồng) | 186,5 | 84,9 | 45,5 | +3,1
Đón khách du lịch (lượt) | 1.150.000 | 642.000 | 55,8 | +16,9
Doanh thu du lịch (tỷ đồng) | 520 | 298 | 57,3 | +21,4

Du khách tham quan Nhà Công tử Bạc Liêu.

Riêng dịp lễ 30/4 - 1/5, phường đón 86.400 lượt khách, doanh thu du lịch ước 41,5 tỷ đồng. Các điểm Quảng trường Hùng Vương, Khu lưu niệm nghệ thuật Đờn ca tài tử Nam Bộ và Nhà Công tử Bạc Liêu thu hút đông du khách.

Giải ngân vốn đầu tư công đến ngày 30/6/2026 đạt 38,7 tỷ đồng, bằng 42,1% kế hoạch vốn, cao hơn bình quân chung của tỉnh (36,5%).

Đến cuối tháng 6/2026, tỷ lệ hộ nghèo của phường còn 0,38% (48 hộ). Trong 6 tháng, phường giải quyết việc làm cho 1.240 lao động, đạt 62% kế hoạch; tỷ lệ tham gia bảo hiểm y tế đạt 95,6%. Phạm pháp hình sự xảy ra 12 vụ, giảm 5 vụ so với cùng kỳ; tai nạn giao thông xảy ra 4 vụ, làm chết 3 người.

Để hoàn thành kế hoạch năm 2026, phường phấn đấu:
- Thu ngân sách: đạt từ 105% dự toán trở lên;
- Giải ngân vốn đầu tư công: đạt 100% kế hoạch vốn;
- Đón khách du lịch: trên 1,2 triệu lượt;
- Tỷ lệ hộ nghèo: giảm còn 0,3%.

Kỳ họp đã thông qua 6 nghị quyết, trong đó có nghị quyết điều chỉnh dự toán ngân sách phường năm 2026.

HỮU NGHĨA

Tin cùng chuyên mục
- Xã Vĩnh Lợi giải ngân vốn đầu tư công đạt 51%
- Phường Hiệp Thành: 6 tháng thu hút 12 doanh nghiệp mới

Báo Cà Mau - 83 Lý Thường Kiệt, phường An Xuyên, tỉnh Cà Mau | ĐT: 0290.3831.428
'''
META = {'published': '2026-07-09', 'locality': 'phường Bạc Liêu'}
DEFAULTS = {'locality': 'phường Bạc Liêu', 'period': '2026-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
PLAN = {'modality': 'target', 'period': '2026'}
UP = {'direction': 'up', 'base': 'same_period'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
TA = {'indicator': 'tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('tháng đạt 57,2% dự toán', '57,2%', 'attainment', '%', dict(BR, base='target')),
 ('ước đạt 6.840 tỷ đồng', '6.840 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 11,3% so với cùng kỳ', '11,3%', 'change', '%', dict(E, **UP, indicator='retail_sales')),
 ('bằng 51,6% kế hoạch năm', '51,6%', 'attainment', '%', dict(E, indicator='retail_sales', base='target')),
 ('| 212 |', '212', 'level', 'VND', dict(PLAN, **BR, value=212000000000.0)),
 ('| 121,3 |', '121,3', 'level', 'VND', dict(BR, value=121300000000.0)),
 ('| 57,2 |', '57,2', 'attainment', '%', dict(BR, base='target')),
 ('| +8,4', '8,4', 'change', '%', dict(BR, **UP)),
 ('| 186,5 |', '186,5', 'level', 'VND', dict(PLAN, **BE, value=186500000000.0)),
 ('| 84,9 |', '84,9', 'level', 'VND', dict(BE, value=84900000000.0)),
 ('| 45,5 |', '45,5', 'attainment', '%', dict(BE, base='target')),
 ('| +3,1', '3,1', 'change', '%', dict(BE, **UP)),
 ('| 1.150.000 |', '1.150.000', 'level', 'lượt', dict(PLAN, **TA)),
 ('| 642.000 |', '642.000', 'level', 'lượt', dict(TA)),
 ('| 55,8 |', '55,8', 'attainment', '%', dict(TA, base='target')),
 ('| +16,9', '16,9', 'change', '%', dict(TA, **UP)),
 ('| 520 |', '520', 'level', 'VND', dict(PLAN, **TR, value=520000000000.0)),
 ('| 298 |', '298', 'level', 'VND', dict(TR, value=298000000000.0)),
 ('| 57,3 |', '57,3', 'attainment', '%', dict(TR, base='target')),
 ('| +21,4', '21,4', 'change', '%', dict(TR, **UP)),
 ('đón 86.400 lượt khách', '86.400', 'level', 'lượt khách', dict(TA, period='2026-Q2')),
 ('ước 41,5 tỷ đồng', '41,5 tỷ đồng', 'level', 'VND', dict(TR, **E, period='2026-Q2')),
 ('đạt 38,7 tỷ đồng', '38,7 tỷ đồng', 'level', 'VND', dict(PD)),
 ('bằng 42,1% kế hoạch vốn', '42,1%', 'attainment', '%', dict(PD, base='target')),
 ('(36,5%)', '36,5%', 'attainment', '%', dict(PD, base='target', locality='tỉnh Cà Mau')),
 ('còn 0,38%', '0,38%', 'level', '%', dict(indicator='poverty_rate', period='2026-M06')),
 ('(48 hộ)', '48', 'level', 'hộ', dict(indicator='poor_households', period='2026-M06')),
 ('cho 1.240 lao động', '1.240', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 62% kế hoạch', '62%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('tế đạt 95,6%', '95,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('ra 12 vụ', '12', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 5 vụ', '5', 'change', 'vụ', dict(indicator='crime', direction='down', base='same_period')),
 ('ra 4 vụ', '4', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 3 người', '3', 'level', 'người', dict(indicator='traffic_deaths')),
 ('từ 105% dự toán', '105%', 'attainment', '%', dict(PLAN, **BR, base='target', bound='at_least')),
 ('đạt 100% kế hoạch vốn', '100%', 'attainment', '%', dict(PLAN, **PD, base='target')),
 ('trên 1,2 triệu lượt', '1,2 triệu lượt', 'level', 'lượt', dict(PLAN, **TA, bound='over')),
 ('giảm còn 0,3%', '0,3%', 'level', '%', dict(PLAN, indicator='poverty_rate', direction='down')),
 ('thông qua 6 nghị quyết', '6', 'level', 'nghị quyết', dict(optional=True)),
]
