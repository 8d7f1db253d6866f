TEXT = '''
SGGP
Thời sự | Chính trị | Xã hội | Kinh tế
Thứ Tư, 8/7/2026 11:20 (GMT+7)

Phường Thủ Dầu Một: 11/19 chỉ tiêu đạt và vượt tiến độ 6 tháng đầu năm 2026

SGGPO - Sáng 7/7, HĐND phường Thủ Dầu Một (TPHCM) khóa I tổ chức kỳ họp thứ bảy (kỳ họp thường lệ giữa năm 2026). Kết quả thực hiện 19 chỉ tiêu chủ yếu năm 2026: 11 chỉ tiêu đạt và vượt tiến độ, 5 chỉ tiêu xấp xỉ đạt tiến độ, 3 chỉ tiêu sẽ đánh giá vào cuối năm.

Theo báo cáo của UBND phường, sáu tháng đầu năm 2026, tổng thu ngân sách nhà nước trên địa bàn phường đạt 1.846 tỷ đồng, bằng 58,3% dự toán Thành phố giao, tăng 14,2% so với cùng kỳ (số liệu tính gộp các phường cũ). Chi ngân sách phường 212,6 tỷ đồng, bằng 41,9% dự toán.

Trên địa bàn phường hiện có 9.860 doanh nghiệp đang hoạt động với tổng vốn đăng ký hơn 152.000 tỷ đồng; 6 tháng có 685 doanh nghiệp thành lập mới, tăng 9,8% so với cùng kỳ, và 1.420 hộ kinh doanh đăng ký mới. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 38.450 tỷ đồng, tăng 11,5% so với cùng kỳ, đạt 49,6% kế hoạch năm.

Phường đã giải ngân 318,4 tỷ đồng vốn đầu tư công, đạt 44,2% kế hoạch; riêng dự án nâng cấp, mở rộng đường Yersin và đường 30/4 giải ngân 96 tỷ đồng.

Đường 30/4 đoạn qua trung tâm phường Thủ Dầu Một đang được mở rộng. Ảnh: PHÚ THÀNH

Về an sinh xã hội, phường đã giải quyết việc làm cho 4.650 lượt lao động, đạt 62% kế hoạch năm; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,1%. Toàn phường không còn hộ nghèo theo chuẩn của Thành phố giai đoạn 2026 - 2030; còn 128 hộ cận nghèo, chiếm 0,21% tổng số hộ.

Phạm pháp hình sự xảy ra 46 vụ, giảm 7 vụ (13,2%) so với cùng kỳ; đã điều tra làm rõ 41 vụ, đạt 89,1%.

Để hoàn thành các chỉ tiêu năm 2026, UBND phường đề ra mục tiêu 6 tháng cuối năm thu ngân sách đạt trên 1.320 tỷ đồng, giải quyết việc làm cho 2.850 lượt lao động; giải ngân vốn đầu tư công cả năm đạt trên 95% kế hoạch.

PHÚ THÀNH

Tin cùng chuyên mục
- Phường Dĩ An: Thu ngân sách 6 tháng đạt 62% dự toán
- TPHCM: 168 phường, xã, đặc khu tổ chức kỳ họp HĐND giữa năm

Giấy phép số 457/GP-BTTTT. Tòa soạn: 432 Nam Kỳ Khởi Nghĩa, phường Xuân Hòa, TPHCM. Điện thoại: (028) 3929 8881
'''
META = {'published': '2026-07-08', 'locality': 'phường Thủ Dầu Một'}
DEFAULTS = {'locality': 'phường Thủ Dầu Một', 'period': '2026-H1', 'modality': 'actual'}
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
Y = {'period': '2026'}
RT = {'indicator': 'resolution_targets'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
RS = {'indicator': 'retail_sales'}
PID = {'indicator': 'public_investment_disbursement'}
J = {'indicator': 'jobs_created'}
CR = {'indicator': 'crime'}
CCR = {'indicator': 'crime_clearance_rate'}
TG = {'modality': 'target'}
FIGS = [
 ('Một: 11/19 chỉ tiêu', '11/19', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('thực hiện 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', d(RT, Y)),
 ('2026: 11 chỉ tiêu', '11', 'level', 'chỉ tiêu', d(RT, Y, status='achieved')),
 ('5 chỉ tiêu xấp xỉ', '5', 'level', 'chỉ tiêu', d(RT, Y, status='nearly')),
 ('3 chỉ tiêu sẽ', '3', 'level', 'chỉ tiêu', d(RT, Y, status='pending')),
 ('đạt 1.846 tỷ đồng', '1.846 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 58,3% dự toán', '58,3%', 'attainment', '%', d(BR, T)),
 ('tăng 14,2% so với cùng kỳ', '14,2%', 'change', '%', d(BR, U, SP)),
 ('phường 212,6 tỷ đồng', '212,6 tỷ đồng', 'level', 'VND', d(BE)),
 ('bằng 41,9% dự toán', '41,9%', 'attainment', '%', d(BE, T)),
 ('có 9.860 doanh nghiệp', '9.860', 'level', 'doanh nghiệp', d()),
 ('hơn 152.000 tỷ đồng', '152.000 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('có 685 doanh nghiệp', '685', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 9,8% so với cùng kỳ', '9,8%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('và 1.420 hộ kinh doanh', '1.420', 'level', 'hộ kinh doanh', d()),
 ('ước đạt 38.450 tỷ đồng', '38.450 tỷ đồng', 'level', 'VND', d(E, RS)),
 ('tăng 11,5% so với cùng kỳ', '11,5%', 'change', '%', d(E, RS, U, SP)),
 ('đạt 49,6% kế hoạch', '49,6%', 'attainment', '%', d(E, RS, T)),
 ('ngân 318,4 tỷ đồng', '318,4 tỷ đồng', 'level', 'VND', d(PID)),
 ('đạt 44,2% kế hoạch', '44,2%', 'attainment', '%', d(PID, T)),
 ('ngân 96 tỷ đồng', '96 tỷ đồng', 'level', 'VND', d(PID)),
 ('cho 4.650 lượt lao động', '4.650', 'level', 'lượt lao động', d(J)),
 ('đạt 62% kế hoạch', '62%', 'attainment', '%', d(J, T)),
 ('y tế đạt 94,1%', '94,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('còn 128 hộ', '128', 'level', 'hộ', d()),
 ('chiếm 0,21%', '0,21%', 'level', '%', d(indicator='near_poverty_rate')),
 ('ra 46 vụ', '46', 'level', 'vụ', d(CR)),
 ('giảm 7 vụ', '7', 'change', 'vụ', d(CR, DN, SP)),
 ('(13,2%)', '13,2%', 'change', '%', d(CR, DN, SP)),
 ('rõ 41 vụ', '41', 'level', 'vụ', d(CCR)),
 ('đạt 89,1%', '89,1%', 'level', '%', d(CCR)),
 ('trên 1.320 tỷ đồng', '1.320 tỷ đồng', 'level', 'VND', d(TG, BR, period='2026-H2', bound='over')),
 ('cho 2.850 lượt lao động', '2.850', 'level', 'lượt lao động', d(TG, J, period='2026-H2')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', d(TG, PID, T, Y, bound='over')),
]
