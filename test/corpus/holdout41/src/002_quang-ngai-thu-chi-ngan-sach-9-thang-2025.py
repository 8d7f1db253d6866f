TEXT = '''
UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI
SỞ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Giới thiệu | Tin tức - Sự kiện | Ngân sách nhà nước | Quản lý giá | Công khai tài chính | Văn bản | Hỏi đáp

Trang chủ » Tin tức - Sự kiện » Ngân sách nhà nước

Thu ngân sách nhà nước 9 tháng năm 2025 đạt 78,4% dự toán HĐND tỉnh giao

Ngày đăng: 08/10/2025 14:20 | Lượt xem: 1.356 | Cỡ chữ: A- A+

Luỹ kế đến ngày 30/9/2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 26.482 tỷ đồng, bằng 81,2% dự toán Trung ương giao, 78,4% dự toán HĐND tỉnh giao và tăng 12,4% so với cùng kỳ năm 2024 (số liệu cộng gộp hai tỉnh Quảng Ngãi và Kon Tum cũ).

Đây là quý đầu tiên ngành Tài chính tỉnh thực hiện nhiệm vụ thu, chi ngân sách theo mô hình chính quyền địa phương hai cấp sau khi hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum theo Nghị quyết số 202/2025/QH15 của Quốc hội.

Riêng quý III, thu ngân sách đạt 9.126 tỷ đồng, tăng 18,9% so với quý II và tăng 9,7% so với cùng kỳ. Nguồn thu từ Nhà máy Lọc dầu Dung Quất tiếp tục giữ vai trò chủ lực với 11.245 tỷ đồng sau 9 tháng, chiếm 42,5% tổng thu ngân sách trên địa bàn. Riêng khu vực tỉnh Kon Tum (cũ), 9 tháng thu 2.918 tỷ đồng, bằng 71,3% dự toán, tăng 6,8% so với cùng kỳ.

Kết quả thu, chi ngân sách chủ yếu đến ngày 30/9/2025 (đơn vị tính: tỷ đồng):

Chỉ tiêu | Dự toán HĐND tỉnh giao | Thực hiện 9 tháng | So với dự toán (%) | So với cùng kỳ (%)
Tổng thu NSNN trên địa bàn | 33.780 | 26.482 | 78,4 | 112,4
Thu nội địa | 31.080 | 24.106 | 77,6 | 113,8
Thu tiền sử dụng đất | 3.200 | 1.184 | 37,0 | 74,6
Thu từ hoạt động xuất nhập khẩu | 2.700 | 2.161 | 80,0 | 101,2
Tổng chi ngân sách địa phương | 36.450 | 22.305 | 61,2 | 108,9
Chi đầu tư phát triển | 11.860 | 5.742 | 48,4 | 104,7
Chi thường xuyên | 19.930 | 14.860 | 74,6 | 109,3

Nguồn: Sở Tài chính tỉnh Quảng Ngãi

Khoản thu đáng lo ngại nhất là thu tiền sử dụng đất, mới đạt 37% dự toán và giảm 25,4% so với cùng kỳ do thị trường bất động sản trầm lắng; trong 9 tháng có 11/24 khu đất đưa ra đấu giá không có người tham gia. Một số khoản thu khác (tăng, giảm so với cùng kỳ): thu từ khu vực doanh nghiệp ngoài quốc doanh 2.845 tỷ đồng (+21,6%); thuế thu nhập cá nhân 1.012 tỷ đồng (+17,3%); lệ phí trước bạ 684 tỷ đồng (-4,2%).

Về chi ngân sách, các khoản chi lương, phụ cấp, chính sách an sinh xã hội và kinh phí thực hiện chế độ cho cán bộ, công chức nghỉ việc theo Nghị định số 178/2024/NĐ-CP được bảo đảm kịp thời. Qua kiểm soát chi, Kho bạc Nhà nước khu vực XIV đã từ chối thanh toán 37 khoản chi chưa đủ điều kiện với số tiền 1,26 tỷ đồng.

Giải ngân vốn đầu tư công

Từ ngày 1/7/2025, Sở Tài chính (sau khi hợp nhất với Sở Kế hoạch và Đầu tư) là cơ quan tổng hợp tình hình giải ngân vốn đầu tư công của tỉnh. Đến ngày 30/9/2025, toàn tỉnh giải ngân 6.415 tỷ đồng, đạt 54,3% kế hoạch vốn Thủ tướng Chính phủ giao (11.814 tỷ đồng), cao hơn cùng kỳ 3,2 điểm phần trăm. Trong đó, khu vực tỉnh Kon Tum (cũ) giải ngân 2.036 tỷ đồng, đạt 49,8%. Hiện còn 13 chủ đầu tư có tỷ lệ giải ngân dưới 30%, trong đó có 8 xã mới được giao làm chủ đầu tư sau khi kết thúc hoạt động cấp huyện.

Sở Tài chính dự báo cả năm 2025 thu ngân sách nhà nước trên địa bàn ước đạt 35.600 tỷ đồng, vượt 5,4% dự toán HĐND tỉnh giao. Để hoàn thành nhiệm vụ, Sở đề nghị UBND tỉnh chỉ đạo các ngành, địa phương phấn đấu thu ngân sách quý IV đạt trên 9.100 tỷ đồng; đẩy nhanh tiến độ đấu giá quyền sử dụng đất, chống thất thu thuế trong lĩnh vực thương mại điện tử, hoá đơn điện tử và kinh doanh vận tải; tập trung thu hồi nợ thuế của các nhà máy thuỷ điện; rà soát, cắt giảm các khoản chi thường xuyên chưa thật sự cần thiết để tạo nguồn cải cách tiền lương.

Phòng Quản lý ngân sách

Văn bản liên quan:
- Quyết định số 1524/QĐ-UBND ngày 25/9/2025 về điều hành ngân sách 3 tháng cuối năm
- Công văn số 2217/STC-QLNS về công khai số liệu dự toán năm 2026

Bản quyền thuộc Sở Tài chính tỉnh Quảng Ngãi | Địa chỉ: 96 Nguyễn Chánh, phường Cẩm Thành, tỉnh Quảng Ngãi | Điện thoại: 0255.3822.591
'''
META = {'published': '2025-10-08', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2025-9M', 'modality': 'actual', 'indicator': 'budget_revenue'}
T = {'base': 'target'}
S = {'base': 'same_period'}
PLAN = {'modality': 'target', 'period': '2025'}
EX = {'indicator': 'budget_expenditure'}
KT = {'locality': 'tỉnh Kon Tum'}
PI = {'indicator': 'public_investment_disbursement'}
B = 1e9
def row(label, plan, done, pct, idx, extra):
    return [
     (label + ' | ' + plan + ' |', plan, 'level', 'VND', dict(PLAN, value=float(round(float(plan.replace('.', '')) * B)), **extra)),
     ('| ' + plan + ' | ' + done + ' |', done, 'level', 'VND', dict(value=float(round(float(done.replace('.', '')) * B)), **extra)),
     ('| ' + done + ' | ' + pct + ' |', pct, 'attainment', '%', dict(T, **extra)),
     ('| ' + pct + ' | ' + idx + '\n', idx, 'attainment', '%', dict(S, **extra)),
    ]
FIGS = [
 # headline
 ('9 tháng năm 2025 đạt 78,4% dự toán', '78,4%', 'attainment', '%', dict(T)),
 # lead
 ('đạt 26.482 tỷ đồng', '26.482 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 81,2% dự toán Trung ương giao', '81,2%', 'attainment', '%', dict(T)),
 (', 78,4% dự toán HĐND tỉnh giao và', '78,4%', 'attainment', '%', dict(T)),
 ('tăng 12,4% so với cùng kỳ năm 2024', '12,4%', 'change', '%', dict(S, direction='up')),
 # quarter III
 ('đạt 9.126 tỷ đồng', '9.126 tỷ đồng', 'level', 'VND', dict(period='2025-Q3')),
 ('tăng 18,9% so với quý II', '18,9%', 'change', '%', dict(period='2025-Q3', direction='up', base='previous_period')),
 ('tăng 9,7% so với cùng kỳ', '9,7%', 'change', '%', dict(S, period='2025-Q3', direction='up')),
 ('với 11.245 tỷ đồng', '11.245 tỷ đồng', 'level', 'VND', dict()),
 ('chiếm 42,5%', '42,5%', 'level', '%', dict()),
 ('thu 2.918 tỷ đồng', '2.918 tỷ đồng', 'level', 'VND', dict(KT)),
 ('bằng 71,3% dự toán', '71,3%', 'attainment', '%', dict(T, **KT)),
 ('tăng 6,8% so với cùng kỳ', '6,8%', 'change', '%', dict(S, direction='up', **KT)),
]
FIGS += row('Tổng thu NSNN trên địa bàn', '33.780', '26.482', '78,4', '112,4', {})
FIGS += row('Thu nội địa', '31.080', '24.106', '77,6', '113,8', {})
FIGS += row('Thu tiền sử dụng đất', '3.200', '1.184', '37,0', '74,6', {})
FIGS += row('Thu từ hoạt động xuất nhập khẩu', '2.700', '2.161', '80,0', '101,2', {})
FIGS += row('Tổng chi ngân sách địa phương', '36.450', '22.305', '61,2', '108,9', EX)
FIGS += row('Chi đầu tư phát triển', '11.860', '5.742', '48,4', '104,7', EX)
FIGS += row('Chi thường xuyên', '19.930', '14.860', '74,6', '109,3', EX)
FIGS += [
 # land fees and other revenue
 ('mới đạt 37% dự toán', '37%', 'attainment', '%', dict(T)),
 ('giảm 25,4% so với cùng kỳ', '25,4%', 'change', '%', dict(S, direction='down')),
 ('có 11/24 khu đất', '11/24', 'ratio', 'khu đất', dict(indicator=None)),
 ('doanh 2.845 tỷ đồng', '2.845 tỷ đồng', 'level', 'VND', dict()),
 ('(+21,6%)', '21,6%', 'change', '%', dict(S, direction='up')),
 ('nhân 1.012 tỷ đồng', '1.012 tỷ đồng', 'level', 'VND', dict()),
 ('(+17,3%)', '17,3%', 'change', '%', dict(S, direction='up')),
 ('bạ 684 tỷ đồng', '684 tỷ đồng', 'level', 'VND', dict()),
 ('(-4,2%)', '4,2%', 'change', '%', dict(S, direction='down')),
 # treasury control
 ('thanh toán 37 khoản chi', '37', 'level', 'khoản chi', dict(indicator=None)),
 ('số tiền 1,26 tỷ đồng', '1,26 tỷ đồng', 'level', 'VND', dict(indicator=None)),
 # disbursement
 ('giải ngân 6.415 tỷ đồng', '6.415 tỷ đồng', 'level', 'VND', dict(PI)),
 ('đạt 54,3% kế hoạch', '54,3%', 'attainment', '%', dict(T, **PI)),
 ('(11.814 tỷ đồng)', '11.814 tỷ đồng', 'level', 'VND', dict(PLAN, **PI)),
 ('cao hơn cùng kỳ 3,2 điểm phần trăm', '3,2 điểm phần trăm', 'change', 'điểm %', dict(S, direction='up', **PI)),
 ('giải ngân 2.036 tỷ đồng', '2.036 tỷ đồng', 'level', 'VND', dict(PI, **KT)),
 ('đạt 49,8%', '49,8%', 'attainment', '%', dict(T, **PI, **KT)),
 ('còn 13 chủ đầu tư', '13', 'level', 'chủ đầu tư', dict(indicator=None, period='2025-M09')),
 ('có 8 xã', '8', 'level', 'xã', dict(indicator=None, period='2025-M09')),
 # year estimate and Q4 target
 ('ước đạt 35.600 tỷ đồng', '35.600 tỷ đồng', 'level', 'VND', dict(period='2025', modality='estimate')),
 ('vượt 5,4% dự toán', '5,4%', 'change', '%', dict(T, period='2025', modality='estimate', direction='up', status='exceeded')),
 ('quý IV đạt trên 9.100 tỷ đồng', '9.100 tỷ đồng', 'level', 'VND', dict(period='2025-Q4', modality='target', bound='over')),
]
