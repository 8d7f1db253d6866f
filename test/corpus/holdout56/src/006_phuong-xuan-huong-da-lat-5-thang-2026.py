TEXT = '''
LÂM ĐỒNG TV - BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự | Kinh tế | Du lịch | Video
Cập nhật lúc 18:10 ngày 03/06/2026 | Lượt xem: 1.204

Phường Xuân Hương - Đà Lạt đón 1,86 triệu lượt khách trong 5 tháng

(LĐTV) - 5 tháng đầu năm 2026, phường Xuân Hương - Đà Lạt đón khoảng 1,86 triệu lượt khách du lịch, tăng 11,2% so với cùng kỳ, trong đó khách quốc tế đạt 214.000 lượt, tăng 26,5%. Doanh thu từ du lịch ước đạt 6.420 tỷ đồng.

Riêng tháng 5, nhờ kỳ nghỉ lễ 30/4 - 1/5 kéo dài 5 ngày, lượng khách đến phường đạt 486.000 lượt, tăng 8,7% so với tháng trước. Công suất sử dụng phòng bình quân của các cơ sở lưu trú đạt 68%, có thời điểm trên 90%.

Thu ngân sách trên địa bàn 5 tháng đạt 312,6 tỷ đồng, bằng 46,8% dự toán năm, tăng 9,1% so với cùng kỳ (số liệu cùng kỳ tính gộp các phường 1, 2, 3, 4 và 10 của thành phố Đà Lạt cũ). Giải ngân vốn đầu tư công đạt 31,4% kế hoạch, cao hơn mức bình quân của tỉnh (27,9%).

Trong tháng 6, phường tập trung chuẩn bị Festival Hoa Đà Lạt lần thứ XI; phấn đấu đến hết tháng 6, thu ngân sách đạt trên 55% dự toán.

Du khách tham quan quảng trường Lâm Viên, phường Xuân Hương - Đà Lạt. Ảnh: LĐTV

Phóng viên: MINH ĐẠO - Biên tập: THU HÀ
Thời lượng: 02:31

Xem thêm:
- Khu vực Bình Thuận cũ đón 3,2 triệu lượt khách 5 tháng đầu năm
- Xã Đức Trọng thu hoạch 1.200 ha rau vụ Xuân Hè

Đài PT-TH Lâm Đồng | Đường dây nóng: 0263.3822.979
'''
META = {'published': '2026-06-03', 'locality': 'phường Xuân Hương - Đà Lạt'}
DEFAULTS = {'locality': 'phường Xuân Hương - Đà Lạt', 'period': '2026-5M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
M05 = {'period': '2026-M05'}
U = {'direction': 'up'}
TA = {'indicator': 'tourist_arrivals'}
BR = {'indicator': 'budget_revenue'}
PID = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('đón 1,86 triệu lượt khách trong', '1,86 triệu lượt khách', 'level', 'lượt khách', d(TA, value=1860000)),
 ('khoảng 1,86 triệu lượt khách du lịch', '1,86 triệu lượt khách', 'level', 'lượt khách', d(TA, value=1860000, bound='about')),
 ('tăng 11,2% so với cùng kỳ', '11,2%', 'change', '%', d(TA, U, base='same_period')),
 ('đạt 214.000 lượt', '214.000', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('tăng 26,5%', '26,5%', 'change', '%', d(U, indicator='international_tourist_arrivals')),
 ('ước đạt 6.420 tỷ đồng', '6.420 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('đạt 486.000 lượt', '486.000', 'level', 'lượt', d(M05, TA)),
 ('tăng 8,7% so với tháng trước', '8,7%', 'change', '%', d(M05, TA, U, base='previous_period')),
 ('đạt 68%', '68%', 'level', '%', d(M05)),
 ('trên 90%', '90%', 'level', '%', d(M05, bound='over', optional=True)),
 ('đạt 312,6 tỷ đồng', '312,6 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 46,8% dự toán năm', '46,8%', 'attainment', '%', d(BR, base='target')),
 ('tăng 9,1% so với cùng kỳ', '9,1%', 'change', '%', d(BR, U, base='same_period')),
 ('đạt 31,4% kế hoạch', '31,4%', 'attainment', '%', d(PID, base='target')),
 ('(27,9%)', '27,9%', 'attainment', '%', d(PID, base='target', locality='tỉnh Lâm Đồng')),
 ('trên 55% dự toán', '55%', 'attainment', '%', d(BR, base='target', bound='over', modality='target', period='2026-H1')),
]
