# Báo Gia Lai (the province formed in July 2025 with Bình Định), 3/7/2026, short news: the market-control office's
# first half of 2026. Money collected for the budget against the year's plan is an attainment (base target); its parts
# (fines, goods sold, taxes recovered) are levels with no indicator. "khu vực Bình Định cũ" owns its clause.
TEXT = '''
BÁO GIA LAI ĐIỆN TỬ
Trang chủ › Kinh tế › Thị trường

Quản lý thị trường Gia Lai thu nộp ngân sách hơn 7,4 tỷ đồng trong 6 tháng

03/07/2026 09:12 | Lượt xem: 2.146

(GLO) - Theo Chi cục Quản lý thị trường tỉnh, 6 tháng đầu năm 2026, lực lượng quản lý thị trường đã kiểm tra 1.148 vụ, phát hiện, xử lý 962 vụ vi phạm, giảm 4,6% so với cùng kỳ năm 2025.

Tổng số tiền thu nộp ngân sách nhà nước hơn 7,4 tỷ đồng, đạt 61,7% kế hoạch năm, trong đó tiền phạt vi phạm hành chính 5,36 tỷ đồng, tiền bán hàng tịch thu 1,12 tỷ đồng, truy thu thuế 940 triệu đồng; trị giá hàng tịch thu chưa bán khoảng 2,8 tỷ đồng.

Vi phạm về hàng cấm, hàng nhập lậu; hàng giả, xâm phạm quyền sở hữu trí tuệ và gian lận thương mại lần lượt là 186 vụ, 142 vụ và 634 vụ. Riêng khu vực Bình Định cũ xử lý 574 vụ. Đáng chú ý, vi phạm trong thương mại điện tử có 48 vụ, gấp 2,4 lần cùng kỳ.

6 tháng cuối năm, Chi cục phấn đấu số thu nộp ngân sách cả năm đạt tối thiểu 12 tỷ đồng.

Trần Dung

Tin khác
- Phường Quy Nhơn: Tạm giữ 1.500 sản phẩm mỹ phẩm không rõ nguồn gốc
- Xã Ia Grai: Xử phạt 2 cửa hàng xăng dầu 60 triệu đồng

Báo Gia Lai - 39 Quang Trung, phường Pleiku. Đường dây nóng: 0269.3824.455
'''
META = {'published': '2026-07-03', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
FIGS = [
 ('sách hơn 7,4 tỷ đồng trong', '7,4 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('kiểm tra 1.148 vụ', '1.148', 'level', 'vụ', d()),
 ('xử lý 962 vụ', '962', 'level', 'vụ', d()),
 ('giảm 4,6%', '4,6%', 'change', '%', d(D, SP)),
 ('nước hơn 7,4 tỷ đồng,', '7,4 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('đạt 61,7% kế hoạch', '61,7%', 'attainment', '%', d(base='target')),
 ('chính 5,36 tỷ đồng', '5,36 tỷ đồng', 'level', 'VND', d()),
 ('thu 1,12 tỷ đồng', '1,12 tỷ đồng', 'level', 'VND', d()),
 ('thuế 940 triệu đồng', '940 triệu đồng', 'level', 'VND', d()),
 ('khoảng 2,8 tỷ đồng', '2,8 tỷ đồng', 'level', 'VND', d(bound='about')),
 ('là 186 vụ', '186', 'level', 'vụ', d()),
 ('142 vụ', '142', 'level', 'vụ', d()),
 ('và 634 vụ', '634', 'level', 'vụ', d()),
 ('xử lý 574 vụ', '574', 'level', 'vụ', d(locality='tỉnh Bình Định')),
 ('có 48 vụ', '48', 'level', 'vụ', d()),
 ('gấp 2,4 lần', '2,4', 'change', 'lần', d(U, SP)),
 ('tối thiểu 12 tỷ đồng', '12 tỷ đồng', 'level', 'VND', d(period='2026', modality='target', bound='at_least')),
]
