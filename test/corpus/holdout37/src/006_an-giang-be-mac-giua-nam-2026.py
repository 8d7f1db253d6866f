TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự | Chính trị | Kinh tế | Phú Quốc | Xã hội | Pháp luật | Thể thao | Podcast
Long Xuyên 33°C - Rạch Giá 32°C

Thời sự

Bế mạc Kỳ họp thứ 3 HĐND tỉnh khóa XI: thông qua 21 nghị quyết, phấn đấu cả năm tăng trưởng từ 8,5% trở lên

Thứ Sáu, 10/07/2026 - 06:10

Chiều 9/7, sau 3 ngày làm việc, Kỳ họp thứ 3 (kỳ họp thường lệ giữa năm 2026) HĐND tỉnh An Giang khóa XI, nhiệm kỳ 2026 - 2031 bế mạc. Kỳ họp đã xem xét báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, chất vấn 4 thành viên UBND tỉnh và thông qua 21 nghị quyết.

Tăng trưởng chưa đạt kịch bản

Theo báo cáo của UBND tỉnh, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2026 ước tăng 7,64% so với cùng kỳ, thấp hơn 0,36 điểm phần trăm so với kịch bản 6 tháng (8%). Nông nghiệp tiếp tục là bệ đỡ: vụ Hè Thu toàn tỉnh xuống giống 612.000 ha lúa, đạt 101,2% kế hoạch.

Vụ Đông Xuân 2025 - 2026, sản lượng lúa toàn tỉnh đạt 4,86 triệu tấn, năng suất bình quân 7,42 tấn/ha, cao hơn vụ trước 0,18 tấn/ha. Trong 6 tháng, toàn tỉnh xuất khẩu 1,32 triệu tấn gạo.

Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 11.284 tỷ đồng, bằng 53,6% dự toán HĐND tỉnh giao; riêng đặc khu Phú Quốc thu 3.920 tỷ đồng. Kim ngạch xuất khẩu ước đạt 2,12 tỷ USD, tăng 14,8% so với cùng kỳ. Toàn tỉnh đón 13,6 triệu lượt khách du lịch; trong đó đặc khu Phú Quốc đón 4,7 triệu lượt, riêng khách quốc tế đến Phú Quốc đạt 1,05 triệu lượt.

Giải ngân vốn đầu tư công đến ngày 30/6/2026 đạt 38,4% kế hoạch vốn Thủ tướng Chính phủ giao (19.560 tỷ đồng), cao hơn cùng kỳ năm 2025 (31,2%).

Tại phiên chất vấn, trả lời đại biểu Chau Sóc Kha (Tổ đại biểu số 2), Giám đốc Sở Xây dựng cho biết, tuyến cao tốc Châu Đốc - Cần Thơ - Sóc Trăng đoạn qua tỉnh đã đạt 62% khối lượng, phấn đấu thông xe kỹ thuật trước ngày 30/12/2026. Trả lời đại biểu Nguyễn Thị Kim Loan (Tổ đại biểu số 8) về nhà ở xã hội, Giám đốc Sở cho biết toàn tỉnh mới hoàn thành 1.860 căn, bằng 37,2% chỉ tiêu Thủ tướng giao đến năm 2026 (5.000 căn).

Về trật tự an toàn giao thông, Giám đốc Công an tỉnh cho biết 6 tháng xảy ra 214 vụ tai nạn, làm chết 131 người, so với cùng kỳ giảm 12 vụ, giảm 9 người chết; lực lượng chức năng đã xử phạt 48.600 trường hợp vi phạm, nộp ngân sách 86,4 tỷ đồng.

Giám đốc Sở Y tế thông tin, tỷ lệ bao phủ bảo hiểm y tế của tỉnh đến 30/6 đạt 91,3%, còn thấp hơn mục tiêu 95% của năm 2026; toàn tỉnh có 14.900 thẻ bảo hiểm y tế hết hạn chưa gia hạn.

Điều chỉnh dự toán, tăng chi đầu tư

Trong 21 nghị quyết được thông qua, đáng chú ý có nghị quyết điều chỉnh, bổ sung dự toán ngân sách năm 2026, bổ sung 1.250 tỷ đồng chi đầu tư phát triển từ nguồn tăng thu tiền sử dụng đất năm 2025. Nghị quyết số 48/2026/NQ-HĐND quy định mức hỗ trợ 1,5 triệu đồng/người/tháng cho nhân viên y tế ấp, khóm. HĐND tỉnh cũng thông qua Nghị quyết đặt tên 17 tuyến đường tại phường Long Xuyên và phường Rạch Giá.

Phát biểu bế mạc, Chủ tịch HĐND tỉnh Lê Hồng Quang đề nghị UBND tỉnh tập trung chỉ đạo để 6 tháng cuối năm GRDP tăng khoảng 9,2%. Cả năm 2026, tỉnh phấn đấu giải ngân vốn đầu tư công trên 95% kế hoạch và hoàn thành 22/22 chỉ tiêu Nghị quyết.

Ngay sau kỳ họp, các tổ đại biểu sẽ tiếp xúc cử tri tại 102 xã, phường, đặc khu để báo cáo kết quả.

HẠNH CHÂU

Đường dây nóng: 0296.3841.555 - 0297.3862.345

Tin cùng chuyên mục
- Phú Quốc: Khởi công khu tái định cư 42 ha phục vụ APEC 2027
- Kỳ họp thứ 3: Chất vấn về sạt lở bờ sông Hậu
- An Giang xuất khẩu 1 triệu tấn gạo trong 5 tháng
'''
META = {'published': '2026-07-10', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
TB = {'base': 'target'}
Y = {'period': '2026', 'modality': 'target'}
PQ = {'locality': 'đặc khu Phú Quốc'}
PI = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('thông qua 21 nghị quyết,', '21', 'level', 'nghị quyết', d(optional=True)),
 ('từ 8,5% trở lên', '8,5%', 'level', '%', d(Y, indicator='grdp_growth', bound='at_least')),
 ('chất vấn 4 thành viên', '4', 'level', 'thành viên', d(optional=True)),
 ('thông qua 21 nghị quyết.', '21', 'level', 'nghị quyết', d(optional=True)),
 ('ước tăng 7,64%', '7,64%', 'change', '%', d(E, U, S, indicator='grdp_growth')),
 ('thấp hơn 0,36 điểm phần trăm', '0,36 điểm phần trăm', 'change', 'điểm %', d(E, D, TB, indicator='grdp_growth')),
 ('tháng (8%)', '8%', 'level', '%', d(indicator='grdp_growth', modality='target')),
 ('giống 612.000 ha', '612.000 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 101,2% kế hoạch', '101,2%', 'attainment', '%', d(TB, indicator='crop_area')),
 ('đạt 11.284 tỷ đồng', '11.284 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 53,6% dự toán', '53,6%', 'attainment', '%', d(TB, indicator='budget_revenue')),
 ('thu 3.920 tỷ đồng', '3.920 tỷ đồng', 'level', 'VND', d(PQ, indicator='budget_revenue')),
 ('ước đạt 2,12 tỷ USD', '2,12 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 14,8%', '14,8%', 'change', '%', d(E, U, S, indicator='export_value')),
 ('đón 13,6 triệu lượt', '13,6 triệu', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('đón 4,7 triệu lượt', '4,7 triệu', 'level', 'lượt', d(PQ, indicator='tourist_arrivals')),
 ('Phú Quốc đạt 1,05 triệu lượt', '1,05 triệu', 'level', 'lượt', d(PQ, indicator='international_tourist_arrivals')),
 ('đạt 38,4% kế hoạch', '38,4%', 'attainment', '%', d(PI, TB)),
 ('(19.560 tỷ đồng)', '19.560 tỷ đồng', 'level', 'VND', d(PI, period='2026', modality='target')),
 ('(31,2%)', '31,2%', 'attainment', '%', d(PI, TB, period='2025-H1')),
 ('đạt 62% khối lượng', '62%', 'level', '%', d(optional=True)),
 ('thành 1.860 căn', '1.860', 'level', 'căn', d()),
 ('bằng 37,2% chỉ tiêu', '37,2%', 'attainment', '%', d(TB)),
 ('(5.000 căn)', '5.000', 'level', 'căn', d(period='2026', modality='target')),
 ('đạt 91,3%', '91,3%', 'level', '%', d(indicator='health_insurance_coverage', period='2026-M06')),
 ('mục tiêu 95%', '95%', 'level', '%', d(Y, indicator='health_insurance_coverage')),
 ('có 14.900 thẻ', '14.900', 'level', 'thẻ', d(period='2026-M06')),
 ('Trong 21 nghị quyết', '21', 'level', 'nghị quyết', d(optional=True)),
 ('bổ sung 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', d(Y, indicator='budget_expenditure')),
 ('hỗ trợ 1,5 triệu đồng/người/tháng', '1,5 triệu đồng/người/tháng', 'level', 'VND/người/tháng', d(optional=True)),
 ('tên 17 tuyến đường', '17', 'level', 'tuyến đường', d(optional=True)),
 ('tăng khoảng 9,2%', '9,2%', 'change', '%', d(U, indicator='grdp_growth', period='2026-H2', modality='target', bound='about')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', d(PI, TB, Y, bound='over')),
 ('hoàn thành 22/22 chỉ tiêu', '22/22', 'ratio', 'chỉ tiêu', d(Y, indicator='resolution_targets')),
 ('tại 102 xã', '102', 'level', 'xã', d(optional=True)),
 ('đạt 4,86 triệu tấn', '4,86 triệu tấn', 'level', 'tấn', d(indicator='rice_output', period='2025/2026')),
 ('quân 7,42 tấn/ha', '7,42 tấn/ha', 'level', 'tấn/ha', d(period='2025/2026')),
 ('trước 0,18 tấn/ha', '0,18 tấn/ha', 'change', 'tấn/ha', d(U, period='2025/2026', base='previous_period')),
 ('khẩu 1,32 triệu tấn', '1,32 triệu tấn', 'level', 'tấn', d()),
 ('xảy ra 214 vụ', '214', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 131 người', '131', 'level', 'người', d(indicator='traffic_deaths')),
 ('giảm 12 vụ', '12', 'change', 'vụ', d(D, S, indicator='traffic_accidents')),
 ('giảm 9 người', '9', 'change', 'người', d(D, S, indicator='traffic_deaths')),
 ('phạt 48.600 trường hợp', '48.600', 'level', 'trường hợp', d()),
 ('sách 86,4 tỷ đồng', '86,4 tỷ đồng', 'level', 'VND', d()),
]
