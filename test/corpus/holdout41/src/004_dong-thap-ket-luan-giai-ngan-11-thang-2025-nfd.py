# Stored in NFD, as some CMS exports do.
NFD = True
TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP
Thứ Tư, 03/12/2025 - 06:30 (GMT+7)
Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp | Pháp luật | Thể thao | Video

Đồng Tháp phấn đấu giải ngân 100% vốn đầu tư công năm 2025

ĐTO - Chiều 2/12, Chủ tịch UBND tỉnh Đồng Tháp chủ trì cuộc họp về tình hình giải ngân vốn đầu tư công năm 2025. Đến ngày 30/11/2025, toàn tỉnh giải ngân 7.215 tỷ đồng, đạt 62,7% kế hoạch vốn Thủ tướng Chính phủ giao, thấp hơn bình quân cả nước (khoảng 66,1%).

Theo báo cáo của Sở Tài chính, tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 12.640 tỷ đồng, trong đó kế hoạch vốn Thủ tướng Chính phủ giao 11.508 tỷ đồng (khu vực Tiền Giang cũ 6.214 tỷ đồng, khu vực Đồng Tháp cũ 5.294 tỷ đồng). Tính theo kế hoạch tỉnh giao, tỷ lệ giải ngân mới đạt 57,1%. Riêng trong tháng 11, toàn tỉnh giải ngân 1.186 tỷ đồng, gấp 1,6 lần tháng 10.

Theo khu vực, khu vực Tiền Giang cũ giải ngân 4.064 tỷ đồng, đạt 65,4%; khu vực Đồng Tháp cũ giải ngân 3.151 tỷ đồng, đạt 59,5%.

Thi công cầu Rạch Miễu 2 nối tỉnh Đồng Tháp và tỉnh Vĩnh Long. Ảnh: Hữu Nghĩa

Đến nay, còn 17/54 chủ đầu tư có tỷ lệ giải ngân dưới 50%, trong đó 6 chủ đầu tư dưới 30%, gồm: UBND xã Tân Hồng (18,4%), UBND xã Thường Phước (21,7%), UBND phường Gò Công (24,9%), Ban Quản lý dự án đầu tư xây dựng khu vực Cao Lãnh (26,3%), Trung tâm Y tế khu vực Tân Phước (27,8%) và Sở Giáo dục và Đào tạo (29,2%). Nguyên nhân chủ yếu do vướng mặt bằng, thiếu cát san lấp và việc bàn giao dự án từ cấp huyện (cũ) về cấp xã còn chậm.

Cũng tại cuộc họp, Sở Tài chính cho biết thu ngân sách nhà nước 11 tháng ước đạt 19.840 tỷ đồng, bằng 96,3% dự toán HĐND tỉnh giao, tăng 12,4% so với cùng kỳ (tính gộp hai tỉnh cũ), trong đó thu tiền sử dụng đất ước 2.615 tỷ đồng, vượt 8,9% dự toán.

Theo quy định, thời gian thực hiện và giải ngân kế hoạch vốn năm 2025 được kéo dài đến hết ngày 31/1/2026.

Kết luận cuộc họp, Chủ tịch UBND tỉnh yêu cầu:
- Các chủ đầu tư phấn đấu đến ngày 31/12/2025 giải ngân đạt tối thiểu 85% kế hoạch vốn Thủ tướng Chính phủ giao; đến hết ngày 31/1/2026 giải ngân 100% kế hoạch.
- Chủ đầu tư có tỷ lệ giải ngân đến ngày 15/12 dưới 60% thì điều chuyển vốn cho dự án có nhu cầu; trong tháng 12, UBND tỉnh sẽ điều chuyển khoảng 420 tỷ đồng từ 23 dự án chậm tiến độ.
- Sở Tài chính tham mưu phân bổ kế hoạch vốn năm 2026 dự kiến khoảng 13.200 tỷ đồng, ưu tiên dự án chuyển tiếp, dự án liên kết vùng và hạ tầng phòng, chống sạt lở.

Minh Tâm

Tin liên quan:
- Đồng Tháp: Khởi công đường ĐT.864 nối dài
- Thu ngân sách 10 tháng vượt 85% dự toán

Báo và Phát thanh, Truyền hình Đồng Tháp | Giấy phép số 12/GP-BVHTTDL | Điện thoại: 0277.3851.233
'''
META = {'published': '2025-12-03', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2025-11M', 'modality': 'actual', 'indicator': 'public_investment_disbursement'}
T = {'base': 'target'}
PLAN = {'modality': 'target', 'period': '2025'}
TG = {'locality': 'tỉnh Tiền Giang'}
DT = {'locality': 'tỉnh Đồng Tháp'}
M11 = {'period': '2025-M11', 'indicator': None}
BR = {'indicator': 'budget_revenue', 'modality': 'estimate'}
FIGS = [
 # headline: the year's aim
 ('giải ngân 100% vốn đầu tư công năm 2025\n', '100%', 'attainment', '%', dict(T, modality='target', period='2025')),
 # sapo
 ('toàn tỉnh giải ngân 7.215 tỷ đồng', '7.215 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 62,7% kế hoạch', '62,7%', 'attainment', '%', dict(T)),
 ('(khoảng 66,1%)', '66,1%', 'attainment', '%', dict(T, locality='cả nước', bound='about')),
 # plan
 ('là 12.640 tỷ đồng', '12.640 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('giao 11.508 tỷ đồng', '11.508 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('cũ 6.214 tỷ đồng', '6.214 tỷ đồng', 'level', 'VND', dict(PLAN, **TG)),
 ('cũ 5.294 tỷ đồng', '5.294 tỷ đồng', 'level', 'VND', dict(PLAN, **DT)),
 ('mới đạt 57,1%', '57,1%', 'attainment', '%', dict(T)),
 ('giải ngân 1.186 tỷ đồng', '1.186 tỷ đồng', 'level', 'VND', dict(period='2025-M11')),
 ('gấp 1,6 lần tháng 10', '1,6 lần', 'change', 'lần', dict(period='2025-M11', direction='up', base='previous_period')),
 # parts
 ('giải ngân 4.064 tỷ đồng', '4.064 tỷ đồng', 'level', 'VND', dict(TG)),
 ('đạt 65,4%', '65,4%', 'attainment', '%', dict(T, **TG)),
 ('giải ngân 3.151 tỷ đồng', '3.151 tỷ đồng', 'level', 'VND', dict(DT)),
 ('đạt 59,5%', '59,5%', 'attainment', '%', dict(T, **DT)),
 # slow investors
 ('17/54 chủ đầu tư', '17/54', 'ratio', 'chủ đầu tư', dict(M11)),
 ('6 chủ đầu tư dưới', '6', 'level', 'chủ đầu tư', dict(M11)),
 ('(18,4%)', '18,4%', 'attainment', '%', dict(T, locality='xã Tân Hồng')),
 ('(21,7%)', '21,7%', 'attainment', '%', dict(T, locality='xã Thường Phước')),
 ('(24,9%)', '24,9%', 'attainment', '%', dict(T, locality='phường Gò Công')),
 ('(26,3%)', '26,3%', 'attainment', '%', dict(T)),
 ('(27,8%)', '27,8%', 'attainment', '%', dict(T)),
 ('(29,2%)', '29,2%', 'attainment', '%', dict(T)),
 # budget
 ('ước đạt 19.840 tỷ đồng', '19.840 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 96,3% dự toán', '96,3%', 'attainment', '%', dict(BR, **T)),
 ('tăng 12,4% so với cùng kỳ', '12,4%', 'change', '%', dict(BR, direction='up', base='same_period')),
 ('ước 2.615 tỷ đồng', '2.615 tỷ đồng', 'level', 'VND', dict(BR)),
 ('vượt 8,9% dự toán', '8,9%', 'change', '%', dict(BR, **T, direction='up', status='exceeded')),
 # conclusions
 ('tối thiểu 85%', '85%', 'attainment', '%', dict(T, modality='target', period='2025', bound='at_least')),
 ('giải ngân 100% kế hoạch.', '100%', 'attainment', '%', dict(T, modality='target', period='2025')),
 ('khoảng 420 tỷ đồng', '420 tỷ đồng', 'level', 'VND', dict(indicator=None, modality='target', period='2025-M12', bound='about')),
 ('từ 23 dự án', '23', 'level', 'dự án', dict(optional=True, indicator=None)),
 ('khoảng 13.200 tỷ đồng', '13.200 tỷ đồng', 'level', 'VND', dict(modality='target', period='2026', bound='about')),
]
