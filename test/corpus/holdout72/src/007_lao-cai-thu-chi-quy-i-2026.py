TEXT = '''
BÁO LÀO CAI
Thứ Ba, ngày 07/4/2026 | Lượt xem: 1.024
Kinh tế | Tài chính

Quý I/2026: Thu ngân sách đạt 31,2% dự toán, tăng 12,6% so với cùng kỳ

Quý I/2026, tổng thu ngân sách nhà nước trên địa bàn tỉnh Lào Cai đạt 4.867 tỷ đồng, bằng 31,2% dự toán HĐND tỉnh giao, tăng 12,6% so với cùng kỳ năm 2025 (tính gộp hai tỉnh Lào Cai và Yên Bái cũ).

Trong đó, thu nội địa đạt 4.448 tỷ đồng, chiếm 91,4% tổng thu, tăng 2,3 điểm phần trăm so với cùng kỳ; thu từ hoạt động xuất nhập khẩu qua các cửa khẩu đạt 419 tỷ đồng, giảm 10,5% do lượng hàng nông sản xuất khẩu qua cửa khẩu Kim Thành giảm.

So với cùng kỳ, nhiều khoản thu tăng khá: thu từ khu vực doanh nghiệp nhà nước 1.126 tỷ đồng (+15,2%); thuế thu nhập cá nhân 186 tỷ đồng (+21,4%); thu tiền cấp quyền khai thác khoáng sản 342 tỷ đồng (+8,7%); thu xổ số kiến thiết 21 tỷ đồng (+4,9%). Ngược lại, một số khoản thu giảm so với cùng kỳ: thu tiền sử dụng đất 612 tỷ đồng (-22,4%); thu tiền thuê đất 95 tỷ đồng (-6,1%).

Xe hàng làm thủ tục xuất khẩu tại cửa khẩu quốc tế đường bộ số II Kim Thành. Ảnh: Hồng Duyên

Ở cấp xã, thu ngân sách quý I bình quân đạt 2,6 tỷ đồng/xã. Có 38/99 xã, phường thu đạt từ 25% dự toán trở lên; 17 xã thu đạt dưới 15% dự toán, chủ yếu là các xã vùng cao của khu vực Yên Bái cũ.

Tổng chi ngân sách địa phương quý I đạt 6.215 tỷ đồng, bằng 20,8% dự toán; trong đó chi thường xuyên 4.870 tỷ đồng, bằng 24,6% dự toán. Đến ngày 31/3/2026, giải ngân vốn đầu tư công đạt 1.684 tỷ đồng, bằng 14,8% kế hoạch Thủ tướng Chính phủ giao (11.380 tỷ đồng), cao hơn cùng kỳ năm 2025 (11,2%).

Dự toán thu ngân sách năm 2026 HĐND tỉnh giao là 15.600 tỷ đồng. Quý II/2026, tỉnh phấn đấu thu ngân sách khoảng 4.300 tỷ đồng, lũy kế 6 tháng đạt trên 55% dự toán; giải ngân vốn đầu tư công đến ngày 30/6/2026 đạt trên 40% kế hoạch.

Hồng Duyên

Tin cùng chuyên mục
- Lào Cai giao kế hoạch vốn đầu tư công năm 2026 cho 99 xã, phường
- Cửa khẩu Kim Thành thông quan hơn 1.500 xe hàng mỗi ngày

Báo Lào Cai - Cơ quan của Đảng bộ tỉnh Lào Cai. Giấy phép số 478/GP-BTTTT. Điện thoại: 0214.3840.286
'''
META = {'published': '2026-04-07', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2026-Q1', 'modality': 'actual', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
S = {'base': 'same_period'}
EXP = {'indicator': 'budget_expenditure'}
PID = {'indicator': 'public_investment_disbursement'}
NOI = {'indicator': None}
FIGS = [
 ('đạt 31,2% dự toán, tăng', '31,2%', 'attainment', '%', d(T)),
 ('tăng 12,6% so với cùng kỳ\n', '12,6%', 'change', '%', d(U, S)),
 ('đạt 4.867 tỷ đồng', '4.867 tỷ đồng', 'level', 'VND', d()),
 ('bằng 31,2% dự toán HĐND', '31,2%', 'attainment', '%', d(T)),
 ('tăng 12,6% so với cùng kỳ năm 2025', '12,6%', 'change', '%', d(U, S)),
 ('đạt 4.448 tỷ đồng', '4.448 tỷ đồng', 'level', 'VND', d()),
 ('chiếm 91,4%', '91,4%', 'level', '%', d()),
 ('2,3 điểm phần trăm', '2,3 điểm phần trăm', 'change', 'điểm %', d(U, S)),
 ('đạt 419 tỷ đồng', '419 tỷ đồng', 'level', 'VND', d()),
 ('giảm 10,5%', '10,5%', 'change', '%', d(D)),
 ('nước 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', d()),
 ('(+15,2%)', '15,2%', 'change', '%', d(U, S)),
 ('cá nhân 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', d()),
 ('(+21,4%)', '21,4%', 'change', '%', d(U, S)),
 ('sản 342 tỷ đồng', '342 tỷ đồng', 'level', 'VND', d()),
 ('(+8,7%)', '8,7%', 'change', '%', d(U, S)),
 ('thiết 21 tỷ đồng', '21 tỷ đồng', 'level', 'VND', d()),
 ('(+4,9%)', '4,9%', 'change', '%', d(U, S)),
 ('đất 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', d()),
 ('(-22,4%)', '22,4%', 'change', '%', d(D, S)),
 ('đất 95 tỷ đồng', '95 tỷ đồng', 'level', 'VND', d()),
 ('(-6,1%)', '6,1%', 'change', '%', d(D, S)),
 ('2,6 tỷ đồng/xã', '2,6 tỷ đồng/xã', 'level', 'VND/xã', d(value=2600000000)),
 ('38/99 xã', '38/99', 'ratio', 'xã', d(NOI)),
 ('; 17 xã', '17', 'level', 'xã', d(NOI)),
 ('đạt 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', d(EXP)),
 ('bằng 20,8% dự toán', '20,8%', 'attainment', '%', d(EXP, T)),
 ('xuyên 4.870 tỷ đồng', '4.870 tỷ đồng', 'level', 'VND', d(EXP)),
 ('bằng 24,6% dự toán', '24,6%', 'attainment', '%', d(EXP, T)),
 ('đạt 1.684 tỷ đồng', '1.684 tỷ đồng', 'level', 'VND', d(PID)),
 ('bằng 14,8% kế hoạch', '14,8%', 'attainment', '%', d(PID, T)),
 ('(11.380 tỷ đồng)', '11.380 tỷ đồng', 'level', 'VND', d(PID, period='2026', modality='target')),
 ('(11,2%)', '11,2%', 'attainment', '%', d(PID, T, period='2025-Q1')),
 ('là 15.600 tỷ đồng', '15.600 tỷ đồng', 'level', 'VND', d(period='2026', modality='target')),
 ('khoảng 4.300 tỷ đồng', '4.300 tỷ đồng', 'level', 'VND', d(period='2026-Q2', modality='target', bound='about')),
 ('trên 55% dự toán', '55%', 'attainment', '%', d(T, period='2026-H1', modality='target', bound='over')),
 ('trên 40% kế hoạch', '40%', 'attainment', '%', d(PID, T, period='2026-H1', modality='target', bound='over')),
]
