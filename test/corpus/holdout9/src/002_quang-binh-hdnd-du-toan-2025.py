TEXT = '''
Trang chủ > Thời sự > Chính trị

HĐND tỉnh Quảng Bình thông qua dự toán thu ngân sách năm 2025 hơn 7.200 tỷ đồng

Thứ tư, 11/12/2024, 17:42 (GMT+7)

Chiều 11/12, kỳ họp thứ 21, HĐND tỉnh Quảng Bình khóa XVIII bế mạc sau 3 ngày làm việc. Kỳ họp đã thông qua 28 nghị quyết, trong đó có Nghị quyết về dự toán thu, chi ngân sách nhà nước năm 2025.

Các đại biểu biểu quyết thông qua nghị quyết. Ảnh: Đức Thịnh

Theo báo cáo của UBND tỉnh, năm 2024 tổng thu ngân sách nhà nước trên địa bàn ước đạt 6.850 tỷ đồng, bằng 104,6% dự toán Trung ương giao và 98,2% dự toán HĐND tỉnh giao, tăng 7,5% so với năm 2023. Trong đó thu nội địa ước 6.120 tỷ đồng; thu từ hoạt động xuất nhập khẩu ước 730 tỷ đồng, vượt 21,7% dự toán.

Tổng chi ngân sách địa phương năm 2024 ước thực hiện 14.936 tỷ đồng, bằng 112,3% dự toán. Cụ thể (tỷ đồng):

Nội dung | Dự toán 2024 | Ước thực hiện 2024 | So dự toán (%)
Chi đầu tư phát triển | 4.210 | 4.865 | 115,6
Chi thường xuyên | 7.482 | 7.905 | 105,7
Chi trả nợ lãi | 18 | 14 | 77,8

Nghị quyết giao dự toán thu ngân sách nhà nước trên địa bàn năm 2025 là 7.236 tỷ đồng, tăng 5,6% so với ước thực hiện năm 2024; trong đó thu nội địa 6.436 tỷ đồng, thu từ hoạt động xuất nhập khẩu 800 tỷ đồng. Tổng chi ngân sách địa phương năm 2025 là 13.952,5 tỷ đồng, gồm chi đầu tư phát triển 4.318 tỷ đồng, chi thường xuyên 8.127 tỷ đồng, dự phòng ngân sách khoảng 2% tổng chi.

Tại kỳ họp, HĐND tỉnh cũng thông qua mức chi hỗ trợ 1,5 triệu đồng/người/tháng cho nhân viên y tế thôn bản và kế hoạch vốn đầu tư công năm 2025 với tổng số vốn 3.945 tỷ đồng, phân bổ cho 312 dự án.

Phát biểu bế mạc, Chủ tịch HĐND tỉnh Trần Hải Châu đề nghị tập trung chỉ đạo để tăng trưởng GRDP năm 2025 đạt từ 8 - 8,5%, phấn đấu giải ngân 100% kế hoạch vốn đầu tư công.

Minh Phong

Tin liên quan:
- Thành phố Đồng Hới: Thu ngân sách năm 2024 vượt dự toán
- Kỳ họp thứ 20 HĐND tỉnh khóa XVIII: Thông qua 12 nghị quyết
'''
META = {'published': '2024-12-11', 'locality': 'tỉnh Quảng Bình'}
DEFAULTS = {'locality': 'tỉnh Quảng Bình', 'period': '2024', 'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
A = {'modality': 'actual'}
FIGS = [
 ('năm 2025 hơn 7.200 tỷ đồng', '7.200 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', bound='over', **T)),
 ('thông qua 28 nghị quyết', '28', 'level', 'nghị quyết', dict(optional=True)),
 ('ước đạt 6.850 tỷ đồng', '6.850 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 104,6% dự toán', '104,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('và 98,2% dự toán', '98,2%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 7,5% so với năm 2023', '7,5%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2023')),
 ('nội địa ước 6.120 tỷ đồng', '6.120 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('khẩu ước 730 tỷ đồng', '730 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('vượt 21,7% dự toán', '21,7%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='target', status='exceeded')),
 ('thực hiện 14.936 tỷ đồng', '14.936 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 112,3% dự toán', '112,3%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('| 4.210 |', '4.210', 'level', 'VND', dict(value=4210000000000, indicator='budget_expenditure', modality='target')),
 ('| 4.865 |', '4.865', 'level', 'VND', dict(value=4865000000000, indicator='budget_expenditure')),
 ('| 115,6\n', '115,6', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('| 7.482 |', '7.482', 'level', 'VND', dict(value=7482000000000, indicator='budget_expenditure', modality='target')),
 ('| 7.905 |', '7.905', 'level', 'VND', dict(value=7905000000000, indicator='budget_expenditure')),
 ('| 105,7\n', '105,7', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('| 18 |', '18', 'level', 'VND', dict(value=18000000000, indicator='budget_expenditure', modality='target')),
 ('| 14 |', '14', 'level', 'VND', dict(value=14000000000, indicator='budget_expenditure')),
 ('| 77,8\n', '77,8', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('là 7.236 tỷ đồng', '7.236 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('tăng 5,6% so với ước', '5,6%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2024', **T)),
 ('nội địa 6.436 tỷ đồng', '6.436 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('khẩu 800 tỷ đồng', '800 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('là 13.952,5 tỷ đồng', '13.952,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **T)),
 ('phát triển 4.318 tỷ đồng', '4.318 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **T)),
 ('xuyên 8.127 tỷ đồng', '8.127 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **T)),
 ('khoảng 2% tổng chi', '2%', 'level', '%', dict(bound='about', **T)),
 ('trợ 1,5 triệu đồng/người/tháng', '1,5 triệu đồng/người/tháng', 'level', 'VND/người/tháng', dict(optional=True)),
 ('vốn 3.945 tỷ đồng', '3.945 tỷ đồng', 'level', 'VND', dict(**T)),
 ('cho 312 dự án', '312', 'level', 'dự án', dict(**T)),
 ('từ 8 - 8,5%', '8 - 8,5%', 'level', '%', dict(indicator='grdp_growth', **T)),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', **T)),
]
