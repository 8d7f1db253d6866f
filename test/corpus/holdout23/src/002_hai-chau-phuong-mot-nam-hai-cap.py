# Phường Hải Châu (Đà Nẵng), first year of two-level local government: 1/7/2025 - 30/6/2026.
# The year of operation is written as a span across two calendar years; figures of that span take '2025/2026'
# (like a school year), the ward's half of 2025 is '2025-H2', the first half of 2026 is '2026-H1'.
TEXT = '''
ĐÀ NẴNG ONLINE
Thời sự   Kinh tế   Đô thị   Xã hội   Văn hóa - Giải trí   Thể thao   Quốc tế   Video
Thứ Sáu, 03/07/2026

Thời sự > Chính quyền

Phường Hải Châu sau một năm vận hành chính quyền hai cấp: 99,6% hồ sơ giải quyết đúng hạn

03/07/2026 08:40

ĐNO - Chiều 2/7, Đảng ủy, HĐND, UBND phường Hải Châu tổ chức hội nghị sơ kết một năm thực hiện mô hình chính quyền địa phương hai cấp (từ ngày 1/7/2025 đến ngày 30/6/2026). Phường Hải Châu được thành lập trên cơ sở sắp xếp các phường Thạch Thang, Hải Châu I, Hải Châu II, Phước Ninh và một phần phường Bình Hiên, có diện tích tự nhiên 4,1 km2, dân số hơn 93.000 người.

Chủ tịch UBND phường Hải Châu Trần Thị Bích Ngọc (đứng giữa) trao giấy khen cho các tập thể. Ảnh: H.L

Theo báo cáo, sau một năm, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 41.260 hồ sơ thủ tục hành chính, trong đó 36.905 hồ sơ nộp trực tuyến, chiếm 89,4%. Phường đã giải quyết 40.870 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,6%; chỉ còn 12 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai do phải chờ kết quả đo đạc. Chỉ số hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 98,2%.

Toàn bộ 100% thủ tục hành chính thuộc thẩm quyền cấp xã được cung cấp dưới dạng dịch vụ công trực tuyến; tỷ lệ hồ sơ được thanh toán phí, lệ phí trực tuyến đạt 72,5%. Phường đã số hóa 38.140 kết quả giải quyết thủ tục hành chính còn hiệu lực của các phường cũ, đưa vào kho dữ liệu dùng chung của thành phố.

Thu ngân sách vượt dự toán ngay năm đầu

Trong 6 tháng cuối năm 2025, thu ngân sách nhà nước trên địa bàn phường đạt 412,6 tỷ đồng, đạt 108,4% dự toán thành phố giao cho phường. Sang 6 tháng đầu năm 2026, thu ngân sách đạt 398 tỷ đồng, bằng 52,3% dự toán năm 2026, tăng 9,1% so với cùng kỳ (tính trên địa bàn các phường cũ). Chi ngân sách phường 6 tháng đầu năm 2026 là 146,2 tỷ đồng, trong đó chi thường xuyên 118,7 tỷ đồng.

Bộ máy của phường hiện có 74 cán bộ, công chức, ít hơn 61 người so với tổng biên chế của các phường trước sắp xếp. Trụ sở làm việc chính đặt tại số 270 Trưng Nữ Vương; hai điểm tiếp nhận hồ sơ phụ được duy trì tại trụ sở cũ của phường Thạch Thang và phường Phước Ninh.

An sinh xã hội, trật tự đô thị

Trong một năm, phường chi trả trợ cấp thường xuyên cho 1.830 đối tượng bảo trợ xã hội với tổng số tiền 19,4 tỷ đồng; dịp Tết Nguyên đán Bính Ngọ trao 2.460 suất quà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, mỗi suất 500.000 đồng. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,1%. Đến nay, phường không còn hộ nghèo theo chuẩn của thành phố; còn 37 hộ cận nghèo.

Tai nạn giao thông trên địa bàn xảy ra 9 vụ, làm chết 3 người, bị thương 7 người; so với cùng kỳ giảm 2 vụ. Lực lượng chức năng xử lý 1.152 trường hợp lấn chiếm vỉa hè, lòng đường.

Bà Nguyễn Thị Lan, 67 tuổi, ở tổ dân phố 21 cho biết trước đây làm giấy tờ đất phải lên quận, nay chỉ cần đến phường hoặc nộp qua điện thoại, khoảng 5 ngày đã có kết quả.

Phát biểu chỉ đạo, Bí thư Đảng ủy phường Lê Văn Thành đề nghị trong 6 tháng cuối năm 2026, phường phấn đấu thu ngân sách cả năm đạt 780 tỷ đồng; nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 80%; hoàn thành số hóa 100% hồ sơ đất đai trước ngày 31/12/2026.

Người dân cần hỗ trợ thủ tục có thể gọi đường dây nóng của phường: 0236 3821 157 hoặc Zalo 0905 112 468.

HOÀNG LINH

TIN LIÊN QUAN
- Đà Nẵng: 94 xã, phường, đặc khu sơ kết một năm chính quyền hai cấp
- Phường Hòa Cường ra mắt "Tổ công nghệ số cộng đồng"
- Thành phố giao dự toán ngân sách năm 2026 cho cấp xã

Báo và Phát thanh, Truyền hình Đà Nẵng - Số 34 Lê Lợi, phường Hải Châu, thành phố Đà Nẵng
'''
META = {'published': '2026-07-03', 'locality': 'phường Hải Châu'}
DEFAULTS = {'locality': 'phường Hải Châu', 'period': '2025/2026', 'modality': 'actual'}
H2 = {'period': '2025-H2'}
H1 = {'period': '2026-H1'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('hai cấp: 99,6%', '99,6%', 'level', '%', dict()),
 ('diện tích tự nhiên 4,1 km2', '4,1 km2', 'level', 'km2', dict(optional=True)),
 ('hơn 93.000 người', '93.000', 'level', 'người', dict(bound='over', optional=True)),
 ('41.260 hồ sơ', '41.260', 'level', 'hồ sơ', dict()),
 ('36.905 hồ sơ', '36.905', 'level', 'hồ sơ', dict()),
 ('chiếm 89,4%', '89,4%', 'level', '%', dict()),
 ('40.870 hồ sơ', '40.870', 'level', 'hồ sơ', dict()),
 ('đúng hạn đạt 99,6%', '99,6%', 'level', '%', dict()),
 ('12 hồ sơ', '12', 'level', 'hồ sơ', dict()),
 ('đạt 98,2%', '98,2%', 'level', '%', dict()),
 ('Toàn bộ 100%', '100%', 'level', '%', dict()),
 ('đạt 72,5%', '72,5%', 'level', '%', dict()),
 ('38.140 kết quả', '38.140', 'level', 'kết quả', dict()),
 ('412,6 tỷ đồng', '412,6 tỷ đồng', 'level', 'VND', dict(BR, **H2)),
 ('đạt 108,4%', '108,4%', 'attainment', '%', dict(BR, base='target', **H2)),
 ('398 tỷ đồng', '398 tỷ đồng', 'level', 'VND', dict(BR, **H1)),
 ('bằng 52,3%', '52,3%', 'attainment', '%', dict(BR, base='target', **H1)),
 ('tăng 9,1%', '9,1%', 'change', '%', dict(BR, direction='up', base='same_period', **H1)),
 ('146,2 tỷ đồng', '146,2 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **H1)),
 ('118,7 tỷ đồng', '118,7 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **H1)),
 ('có 74 cán bộ', '74', 'level', 'cán bộ', dict()),
 ('hơn 61 người', '61', 'change', 'người', dict(direction='down')),
 ('1.830 đối tượng', '1.830', 'level', 'đối tượng', dict()),
 ('19,4 tỷ đồng', '19,4 tỷ đồng', 'level', 'VND', dict()),
 ('2.460 suất quà', '2.460', 'level', 'suất quà', dict()),
 ('đạt 96,1%', '96,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('còn 37 hộ', '37', 'level', 'hộ', dict()),
 ('xảy ra 9 vụ', '9', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 3 người', '3', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 7 người', '7', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 2 vụ', '2', 'change', 'vụ', dict(indicator='traffic_accidents', direction='down', base='same_period')),
 ('1.152 trường hợp', '1.152', 'level', 'trường hợp', dict()),
 ('đạt 780 tỷ đồng', '780 tỷ đồng', 'level', 'VND', dict(BR, modality='target', period='2026')),
 ('lên trên 80%', '80%', 'level', '%', dict(modality='target', period='2026-H2', direction='up', bound='over')),
 ('hóa 100% hồ sơ', '100%', 'level', '%', dict(modality='target', period='2026')),
]
