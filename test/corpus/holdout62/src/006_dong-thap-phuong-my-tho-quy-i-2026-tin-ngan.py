# Báo và Phát thanh, Truyền hình Đồng Tháp (new, with Tiền Giang), 6/4/2026: a short item on phường Mỹ Tho's first
# quarter of 2026 (2026-Q1). "Riêng tháng 3" is 2026-M03 and "so với tháng 2" previous_period; Tết gifts in a Q1 report
# are 2026-Q1 (holdout48); the quarter-II aims and "đến ngày 30/6" are 2026-H1 targets (holdout48, holdout58); the
# year's revenue plan is a 2026 target. "so với cùng kỳ năm 2025 (tính gộp các phường cũ)" is same_period.
TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP
Tin tức | Thời sự | Kinh tế | Xã hội | Video | Podcast

Cập nhật: 06/04/2026 - 17:35 | Lượt xem: 731

Phường Mỹ Tho: Thu ngân sách quý I đạt 27,8% dự toán năm

(THDT) - Theo UBND phường Mỹ Tho, quý I/2026, tổng thu ngân sách trên địa bàn phường đạt 50,2 tỷ đồng, bằng 27,8% dự toán năm, tăng 9,3% so với cùng kỳ năm 2025 (tính gộp các phường cũ). Năm 2026, phường được giao dự toán thu 180,5 tỷ đồng.

Riêng tháng 3, thu ngân sách đạt 19,6 tỷ đồng, tăng 21,7% so với tháng 2 khi hoạt động kinh doanh sau Tết Nguyên đán Bính Ngọ sôi động trở lại.

Trong dịp Tết, phường đã thăm, tặng 2.840 phần quà cho gia đình chính sách, hộ nghèo, hộ cận nghèo với tổng trị giá hơn 1,42 tỷ đồng. Lượng khách đến tham quan các điểm du lịch trên địa bàn phường trong quý ước đạt 126.000 lượt, tăng 18% so với cùng kỳ; doanh thu du lịch ước đạt 42 tỷ đồng.

Quý II, phường phấn đấu đến ngày 30/6 thu ngân sách đạt trên 55% dự toán năm, giải ngân vốn đầu tư công đạt ít nhất 45% kế hoạch; tập trung hoàn thành chỉnh trang khu vực chợ Mỹ Tho và công viên Tết Mậu Thân.

Bảo Trân - Minh Khoa

Tin khác
- Xã Cái Bè thu hút 3 dự án đầu tư mới
- Đồng Tháp: Quý I, GRDP tăng 8,12%
- Phường Sa Đéc ra mắt mô hình "Khu phố thông minh"
'''
META = {'published': '2026-04-06', 'locality': 'phường Mỹ Tho'}
DEFAULTS = {'locality': 'phường Mỹ Tho', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
H1T = {'modality': 'target', 'period': '2026-H1'}
U = {'direction': 'up'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('quý I đạt 27,8% dự toán', '27,8%', 'attainment', '%', d(BR, TB)),
 ('đạt 50,2 tỷ đồng', '50,2 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 27,8% dự toán năm, tăng', '27,8%', 'attainment', '%', d(BR, TB)),
 ('tăng 9,3%', '9,3%', 'change', '%', d(BR, U, SP)),
 ('thu 180,5 tỷ đồng', '180,5 tỷ đồng', 'level', 'VND', d(BR, period='2026', modality='target')),
 ('đạt 19,6 tỷ đồng', '19,6 tỷ đồng', 'level', 'VND', d(BR, period='2026-M03')),
 ('tăng 21,7%', '21,7%', 'change', '%', d(BR, U, period='2026-M03', base='previous_period')),
 ('tặng 2.840 phần quà', '2.840', 'level', 'phần quà', d()),
 ('hơn 1,42 tỷ đồng', '1,42 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('ước đạt 126.000 lượt', '126.000', 'level', 'lượt', d(E, indicator='tourist_arrivals')),
 ('tăng 18%', '18%', 'change', '%', d(E, U, SP, indicator='tourist_arrivals')),
 ('ước đạt 42 tỷ đồng', '42 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('trên 55% dự toán', '55%', 'attainment', '%', d(H1T, BR, TB, bound='over')),
 ('ít nhất 45% kế hoạch', '45%', 'attainment', '%', d(H1T, TB, bound='at_least', indicator='public_investment_disbursement')),
]
