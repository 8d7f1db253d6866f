TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Biển đảo | Video | Podcast

Thứ Sáu, 03/04/2026, 15:20 | Lượt xem: 1.207

Phường Đồng Hới: Quý I/2026 thu ngân sách đạt 31,6% dự toán

(QTO) - Ngày 2/4, UBND phường Đồng Hới tổ chức hội nghị đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh quý I và triển khai nhiệm vụ quý II/2026.

Quý I/2026, tình hình kinh tế - xã hội trên địa bàn phường tiếp tục ổn định và phát triển. Thu ngân sách nhà nước trên địa bàn ước đạt 168,4 tỷ đồng, bằng 31,6% dự toán năm, tăng 12,5% so với cùng kỳ.

Các ngành dịch vụ phục hồi mạnh trong dịp Tết Nguyên đán Bính Ngọ. Lượng khách đến phường trong quý ước đạt 245.000 lượt (+16,2%); tổng thu từ du lịch đạt 386 tỷ đồng (+19,8%). Tháng 3, phường cấp mới giấy chứng nhận đăng ký kinh doanh cho 86 hộ kinh doanh; lũy kế quý I có 27 doanh nghiệp thành lập mới với tổng vốn đăng ký 214 tỷ đồng.

Trên lĩnh vực nông nghiệp, phường gieo cấy 412 ha lúa vụ Đông Xuân 2025 - 2026, đạt 100% kế hoạch; sản lượng đánh bắt thủy sản quý I đạt 3.150 tấn, tăng 4,6% so với cùng kỳ. Giải ngân vốn đầu tư công đến ngày 31/3 đạt 52,3 tỷ đồng, bằng 14,8% kế hoạch vốn giao.

Du khách tham quan bãi biển Bảo Ninh. Ảnh: P.V

Trong quý, phường đã chi trả trợ cấp cho 3.460 đối tượng bảo trợ xã hội với tổng kinh phí 5,9 tỷ đồng; tặng 1.240 suất quà Tết trị giá 620 triệu đồng. Tỷ lệ bao phủ bảo hiểm y tế toàn phường đạt 95,4%.

Trong quý, trên địa bàn xảy ra 7 vụ phạm pháp hình sự, giảm 3 vụ so với cùng kỳ; điều tra làm rõ 6/7 vụ, đạt 85,7%.

Quý II, phường phấn đấu đến hết quý II lũy kế thu ngân sách đạt trên 55% dự toán năm; giải ngân vốn đầu tư công đạt ít nhất 40% kế hoạch trước ngày 30/6/2026.

PHAN VŨ

Tin liên quan
- Xã Lệ Thủy: Hơn 1.000 ha lúa Đông Xuân bị ảnh hưởng rét đậm
- Phường Đông Hà: 3 tháng thu hút 5 dự án đầu tư
- Xã Bố Trạch triển khai 15 công trình giao thông nông thôn

Báo và Phát thanh, Truyền hình Quảng Trị - 02 Hải Dương, phường Đồng Hới, tỉnh Quảng Trị | Đường dây nóng: 0232.3822.611
'''
META = {'published': '2026-04-03', 'locality': 'phường Đồng Hới'}
DEFAULTS = {'locality': 'phường Đồng Hới', 'period': '2026-Q1', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026-H1'}
BR = {'indicator': 'budget_revenue'}
PI = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('đạt 31,6% dự toán\n', '31,6%', 'attainment', '%', dict(BR, base='target')),
 ('ước đạt 168,4 tỷ đồng', '168,4 tỷ đồng', 'level', 'VND', dict(E, **BR)),
 ('bằng 31,6% dự toán năm', '31,6%', 'attainment', '%', dict(E, **BR, base='target')),
 ('tăng 12,5%', '12,5%', 'change', '%', dict(E, **BR, direction='up', base='same_period')),
 ('ước đạt 245.000 lượt', '245.000', 'level', 'lượt', dict(E, indicator='tourist_arrivals')),
 ('(+16,2%)', '16,2%', 'change', '%', dict(E, indicator='tourist_arrivals', direction='up')),
 ('đạt 386 tỷ đồng', '386 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('(+19,8%)', '19,8%', 'change', '%', dict(indicator='tourism_revenue', direction='up')),
 ('cho 86 hộ kinh doanh', '86', 'level', 'hộ kinh doanh', dict(period='2026-M03')),
 ('có 27 doanh nghiệp', '27', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('ký 214 tỷ đồng', '214 tỷ đồng', 'level', 'VND', dict()),
 ('gieo cấy 412 ha', '412 ha', 'level', 'ha', dict(indicator='crop_area', period='2025/2026')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', dict(indicator='crop_area', period='2025/2026', base='target')),
 ('đạt 3.150 tấn', '3.150 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('tăng 4,6%', '4,6%', 'change', '%', dict(indicator='aquaculture_output', direction='up', base='same_period')),
 ('đạt 52,3 tỷ đồng', '52,3 tỷ đồng', 'level', 'VND', dict(PI)),
 ('bằng 14,8% kế hoạch', '14,8%', 'attainment', '%', dict(PI, base='target')),
 ('cho 3.460 đối tượng', '3.460', 'level', 'đối tượng', dict()),
 ('phí 5,9 tỷ đồng', '5,9 tỷ đồng', 'level', 'VND', dict()),
 ('tặng 1.240 suất', '1.240', 'level', 'suất quà', dict()),
 ('trị giá 620 triệu đồng', '620 triệu đồng', 'level', 'VND', dict()),
 ('phường đạt 95,4%', '95,4%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('xảy ra 7 vụ', '7', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(indicator='crime', direction='down', base='same_period')),
 ('rõ 6/7 vụ', '6/7', 'ratio', 'vụ', dict(indicator='crime_clearance_rate')),
 ('đạt 85,7%', '85,7%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('trên 55% dự toán năm', '55%', 'attainment', '%', dict(T, **BR, base='target', bound='over')),
 ('ít nhất 40% kế hoạch', '40%', 'attainment', '%', dict(T, **PI, base='target', bound='at_least')),
]
