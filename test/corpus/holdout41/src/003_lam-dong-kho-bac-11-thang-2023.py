TEXT = '''
LÂM ĐỒNG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LÂM ĐỒNG
Thời sự | Kinh tế | Xã hội | Du lịch | Truyền hình | Phát thanh | Lịch phát sóng

Kho bạc Nhà nước Lâm Đồng: Giải ngân vốn đầu tư công đạt 71,4% kế hoạch

Cập nhật lúc 16:40, Thứ Ba, 05/12/2023

(LĐ) - Tính đến ngày 30/11/2023, Kho bạc Nhà nước Lâm Đồng đã kiểm soát, thanh toán vốn đầu tư công 3.512 tỷ đồng, đạt 71,4% kế hoạch vốn năm 2023, thấp hơn cùng kỳ năm 2022 (74,1%).

Theo Kho bạc Nhà nước Lâm Đồng, tổng kế hoạch vốn đầu tư công năm 2023 giao qua hệ thống Kho bạc là 4.919 tỷ đồng. Trong đó, vốn ngân sách tỉnh giải ngân 2.406 tỷ đồng, đạt 76,8%; vốn ngân sách trung ương 1.106 tỷ đồng, đạt 61,9%. Thành phố Đà Lạt và huyện Đức Trọng có tỷ lệ giải ngân cao nhất, lần lượt đạt 86,2% và 83,5%; huyện Đam Rông thấp nhất, mới đạt 42,7%.

Cũng trong 11 tháng, tổng thu ngân sách nhà nước qua Kho bạc đạt 11.840 tỷ đồng; chi ngân sách địa phương 14.206 tỷ đồng, tăng 8,6% so với cùng kỳ. Qua công tác kiểm soát chi, Kho bạc đã phát hiện và từ chối thanh toán 126 khoản chi với số tiền gần 1,9 tỷ đồng. Tỷ lệ giao dịch qua dịch vụ công trực tuyến của Kho bạc đạt 100%.

Giám đốc Kho bạc Nhà nước Lâm Đồng cho biết, đơn vị tổ chức trực thanh toán đến 20 giờ các ngày làm việc và cả ngày thứ Bảy trong tháng 12; dự kiến đến hết thời gian thực hiện kế hoạch năm 2023 (ngày 31/1/2024), vốn đầu tư công giải ngân qua Kho bạc đạt khoảng 95%.

Phương Thảo - Lâm Đồng TV

Video: Toàn cảnh bản tin Thời sự 19h ngày 5/12/2023 (thời lượng 28:15)

Tin khác:
» Lâm Đồng: Thu ngân sách 10 tháng đạt 84% dự toán
» Khởi công cao tốc Tân Phú - Bảo Lộc vào cuối năm
'''
META = {'published': '2023-12-05', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2023-11M', 'modality': 'actual', 'indicator': 'public_investment_disbursement'}
T = {'base': 'target'}
FIGS = [
 ('công đạt 71,4% kế hoạch\n', '71,4%', 'attainment', '%', dict(T)),
 ('công 3.512 tỷ đồng', '3.512 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 71,4% kế hoạch vốn năm 2023', '71,4%', 'attainment', '%', dict(T)),
 ('(74,1%)', '74,1%', 'attainment', '%', dict(T, period='2022-11M')),
 ('là 4.919 tỷ đồng', '4.919 tỷ đồng', 'level', 'VND', dict(modality='target', period='2023')),
 ('giải ngân 2.406 tỷ đồng', '2.406 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 76,8%', '76,8%', 'attainment', '%', dict(T)),
 ('ương 1.106 tỷ đồng', '1.106 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 61,9%', '61,9%', 'attainment', '%', dict(T)),
 ('lần lượt đạt 86,2%', '86,2%', 'attainment', '%', dict(T, locality='thành phố Đà Lạt')),
 ('và 83,5%', '83,5%', 'attainment', '%', dict(T, locality='huyện Đức Trọng')),
 ('mới đạt 42,7%', '42,7%', 'attainment', '%', dict(T, locality='huyện Đam Rông')),
 ('đạt 11.840 tỷ đồng', '11.840 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('phương 14.206 tỷ đồng', '14.206 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('tăng 8,6% so với cùng kỳ', '8,6%', 'change', '%', dict(indicator='budget_expenditure', direction='up', base='same_period')),
 ('thanh toán 126 khoản chi', '126', 'level', 'khoản chi', dict(indicator=None)),
 ('gần 1,9 tỷ đồng', '1,9 tỷ đồng', 'level', 'VND', dict(indicator=None, bound='nearly')),
 ('Kho bạc đạt 100%', '100%', 'level', '%', dict(indicator=None)),
 ('đạt khoảng 95%', '95%', 'attainment', '%', dict(T, period='2023', modality='estimate', bound='about')),
]
