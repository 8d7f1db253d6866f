TEXT = '''
TTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TÂY NINH
Tin tức | Thời sự | Kinh tế | Xã hội | Video | Phát thanh | Lịch phát sóng

Thời sự

Xã Hậu Nghĩa: 5 tháng đầu năm thu ngân sách đạt 47,3% dự toán

Cập nhật lúc 17:45 ngày 04/06/2026 | Lượt xem: 862

TTV - Chiều 3/6, UBND xã Hậu Nghĩa (trước đây thuộc huyện Đức Hòa, tỉnh Long An) họp đánh giá tình hình kinh tế - xã hội tháng 5, 5 tháng đầu năm và triển khai nhiệm vụ tháng 6 năm 2026.

Tháng 5, nhờ kỳ nghỉ lễ 30/4 - 1/5 kéo dài, sức mua trên địa bàn tăng mạnh; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 612 tỷ đồng, tăng 4,3% so với tháng trước. Lũy kế 5 tháng ước đạt 2.948 tỷ đồng, tăng 10,9% so với cùng kỳ.

Các doanh nghiệp trong cụm công nghiệp Đức Hòa Hạ sớm mở rộng sản xuất; 5 tháng có 7 doanh nghiệp đăng ký thành lập mới, tổng vốn 86 tỷ đồng.

Thu ngân sách nhà nước 5 tháng đạt 73,5 tỷ đồng, bằng 47,3% dự toán năm, tăng 6,1% so với cùng kỳ. Giải ngân vốn đầu tư công đạt 28,7% kế hoạch vốn năm 2026, cao hơn mức bình quân chung của tỉnh (24,2%).

Hưởng ứng Tháng Công nhân, xã trao 1.840 phần quà cho công nhân, người lao động khó khăn, tổng trị giá hơn 1,2 tỷ đồng.

Tình hình trật tự an toàn giao thông được đảm bảo; 5 tháng xảy ra 2 vụ tai nạn giao thông, làm chết 1 người, giảm 1 vụ, giảm 2 người chết so với cùng kỳ.

Tháng 6, xã tập trung chi trả bồi thường cho 46 hộ dân bị ảnh hưởng bởi dự án đường Vành đai 4; phấn đấu đến cuối quý II thu ngân sách đạt trên 50% dự toán.

Phóng viên: Minh Quân - Hoàng Long
Thời lượng: 02:08

Tin cùng chuyên mục
- Xã Đức Hòa ra quân chỉnh trang đô thị
- Phường Tân An: Thu ngân sách 5 tháng đạt 45% dự toán
- Xã Mỹ Hạnh ra mắt mô hình camera an ninh

Đài Phát thanh và Truyền hình Tây Ninh - 365 đường 30/4, phường Tân Ninh, tỉnh Tây Ninh. ĐT: 0276.3822.636
'''
META = {'published': '2026-06-04', 'locality': 'xã Hậu Nghĩa'}
DEFAULTS = {'locality': 'xã Hậu Nghĩa', 'period': '2026-5M', 'modality': 'actual'}
E = {'modality': 'estimate'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('5 tháng đầu năm thu ngân sách đạt 47,3% dự toán', '47,3%', 'attainment', '%', dict(BR, base='target')),
 ('ước đạt 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales', period='2026-M05')),
 ('tăng 4,3% so với tháng trước', '4,3%', 'change', '%', dict(E, indicator='retail_sales', period='2026-M05', direction='up', base='previous_period')),
 ('ước đạt 2.948 tỷ đồng', '2.948 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 10,9% so với cùng kỳ', '10,9%', 'change', '%', dict(E, indicator='retail_sales', direction='up', base='same_period')),
 ('có 7 doanh nghiệp', '7', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('vốn 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 73,5 tỷ đồng', '73,5 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 47,3% dự toán năm', '47,3%', 'attainment', '%', dict(BR, base='target')),
 ('tăng 6,1% so với cùng kỳ', '6,1%', 'change', '%', dict(BR, direction='up', base='same_period')),
 ('đạt 28,7% kế hoạch vốn', '28,7%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('(24,2%)', '24,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', locality='tỉnh Tây Ninh')),
 ('trao 1.840 phần quà', '1.840', 'level', 'phần quà', dict(period='2026-M05')),
 ('hơn 1,2 tỷ đồng', '1,2 tỷ đồng', 'level', 'VND', dict(period='2026-M05', bound='over')),
 ('xảy ra 2 vụ', '2', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 1 người', '1', 'level', 'người', dict(indicator='traffic_deaths')),
 ('giảm 1 vụ', '1', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='same_period')),
 ('giảm 2 người chết', '2', 'change', 'người', dict(indicator='traffic_deaths', direction='down', base='same_period')),
 ('cho 46 hộ dân', '46', 'level', 'hộ', dict(modality='target', period='2026-M06')),
 ('đạt trên 50% dự toán', '50%', 'attainment', '%', dict(BR, modality='target', period='2026-H1', base='target', bound='over')),
]
