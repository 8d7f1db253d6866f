NFD = True
TEXT = '''
Báo Cần Thơ Online
Thứ Ba, 08/10/2024, 15:32 (GMT+7)
Kinh tế | Tài chính - Thuế

Thu nội địa 9 tháng đạt 79,3% dự toán, nợ thuế vẫn ở mức cao

Tính đến ngày 30/9/2024, tổng thu nội địa do ngành Thuế TP Cần Thơ quản lý đạt 8.215 tỷ đồng, bằng 79,3% dự toán pháp lệnh, tăng 11,8% so với cùng kỳ. Tuy nhiên, tổng nợ thuế trên địa bàn vẫn ở mức cao, tiềm ẩn nguy cơ thất thu.

Theo Cục Thuế TP Cần Thơ, nếu loại trừ tiền sử dụng đất và xổ số kiến thiết, thu nội địa 9 tháng đạt 6.640 tỷ đồng, bằng 74,2% dự toán, tăng 9,4% so với cùng kỳ. Có 9/16 khoản thu, sắc thuế đạt trên 75% dự toán.

Cụ thể, thu từ khu vực doanh nghiệp nhà nước đạt 642 tỷ đồng, bằng 68,5% dự toán; khu vực doanh nghiệp có vốn đầu tư nước ngoài 1.048 tỷ đồng, đạt 81,2%; khu vực công thương nghiệp ngoài quốc doanh 2.310 tỷ đồng, đạt 76,4%; thuế thu nhập cá nhân 865 tỷ đồng, đạt 83,1%. Thu tiền sử dụng đất chỉ đạt 910 tỷ đồng, bằng 65% dự toán, giảm 14,2% so với cùng kỳ do nhiều dự án khu dân cư chưa hoàn tất thủ tục giao đất. Thu từ hoạt động xổ số kiến thiết đạt 665 tỷ đồng, bằng 95% dự toán và tăng 7,6% so với cùng kỳ.

Cán bộ Chi cục Thuế khu vực Ninh Kiều - Phong Điền hướng dẫn người nộp thuế sử dụng ứng dụng eTax Mobile. Ảnh: Bích Ngọc

Đáng lo ngại, tổng nợ thuế đến ngày 30/9/2024 là 1.476 tỷ đồng, tăng 18,2% so với thời điểm 31/12/2023; trong đó nợ có khả năng thu 782 tỷ đồng, nợ khó thu và nợ đang xử lý 694 tỷ đồng. Số nợ tập trung ở các doanh nghiệp kinh doanh bất động sản, xây dựng và vận tải. Từ đầu năm đến nay, ngành Thuế đã ban hành 4.215 quyết định cưỡng chế nợ thuế, thu hồi được 386 tỷ đồng tiền nợ đọng; công khai thông tin 112 doanh nghiệp nợ thuế lớn trên Cổng thông tin điện tử của Cục Thuế.

Cùng với đó, cơ quan thuế đã giải quyết hoàn thuế giá trị gia tăng cho 132 hồ sơ với số tiền 412 tỷ đồng, bảo đảm đúng đối tượng, đúng thời hạn.

Để hoàn thành dự toán năm 2024 là 10.360 tỷ đồng, trong quý IV ngành Thuế phải thu thêm khoảng 2.145 tỷ đồng. Ông Lê Văn Tài, Phó Cục trưởng Cục Thuế TP Cần Thơ, cho biết ngành sẽ rà soát từng nguồn thu, phấn đấu đến ngày 31/12/2024 giảm tổng số nợ thuế xuống dưới 8% so với tổng thu ngân sách.

Minh Huyền

Tin liên quan
- Cần Thơ: 6 tháng đầu năm thu ngân sách đạt 54% dự toán
- Hơn 1.200 doanh nghiệp được gia hạn tiền thuế đất

Địa chỉ: 93 Nguyễn Trãi, phường Thới Bình, quận Ninh Kiều, TP Cần Thơ. Đường dây nóng: 0292.3820.551
'''
META = {'published': '2024-10-08', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2024-9M', 'modality': 'actual', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
S = {'base': 'same_period'}
NOI = {'indicator': None}
ARR = {'indicator': None, 'period': '2024-M09'}
FIGS = [
 ('9 tháng đạt 79,3% dự toán', '79,3%', 'attainment', '%', d(T)),
 ('đạt 8.215 tỷ đồng', '8.215 tỷ đồng', 'level', 'VND', d()),
 ('bằng 79,3% dự toán pháp lệnh', '79,3%', 'attainment', '%', d(T)),
 ('tăng 11,8% so với cùng kỳ', '11,8%', 'change', '%', d(U, S)),
 ('đạt 6.640 tỷ đồng', '6.640 tỷ đồng', 'level', 'VND', d()),
 ('bằng 74,2% dự toán', '74,2%', 'attainment', '%', d(T)),
 ('tăng 9,4% so với cùng kỳ', '9,4%', 'change', '%', d(U, S)),
 ('Có 9/16 khoản thu', '9/16', 'ratio', 'khoản thu', d(NOI)),
 ('đạt 642 tỷ đồng', '642 tỷ đồng', 'level', 'VND', d()),
 ('bằng 68,5% dự toán', '68,5%', 'attainment', '%', d(T)),
 ('ngoài 1.048 tỷ đồng', '1.048 tỷ đồng', 'level', 'VND', d()),
 ('đạt 81,2%', '81,2%', 'attainment', '%', d(T)),
 ('doanh 2.310 tỷ đồng', '2.310 tỷ đồng', 'level', 'VND', d()),
 ('đạt 76,4%', '76,4%', 'attainment', '%', d(T)),
 ('cá nhân 865 tỷ đồng', '865 tỷ đồng', 'level', 'VND', d()),
 ('đạt 83,1%', '83,1%', 'attainment', '%', d(T)),
 ('chỉ đạt 910 tỷ đồng', '910 tỷ đồng', 'level', 'VND', d()),
 ('bằng 65% dự toán', '65%', 'attainment', '%', d(T)),
 ('giảm 14,2% so với cùng kỳ', '14,2%', 'change', '%', d(D, S)),
 ('đạt 665 tỷ đồng', '665 tỷ đồng', 'level', 'VND', d()),
 ('bằng 95% dự toán', '95%', 'attainment', '%', d(T)),
 ('tăng 7,6% so với cùng kỳ', '7,6%', 'change', '%', d(U, S)),
 ('là 1.476 tỷ đồng', '1.476 tỷ đồng', 'level', 'VND', d(ARR)),
 ('tăng 18,2% so với thời điểm', '18,2%', 'change', '%', d(ARR, U, base='2023')),
 ('thu 782 tỷ đồng', '782 tỷ đồng', 'level', 'VND', d(ARR)),
 ('lý 694 tỷ đồng', '694 tỷ đồng', 'level', 'VND', d(ARR)),
 ('ban hành 4.215 quyết định', '4.215', 'level', 'quyết định', dict(optional=True)),
 ('được 386 tỷ đồng', '386 tỷ đồng', 'level', 'VND', d(NOI)),
 ('thông tin 112 doanh nghiệp', '112', 'level', 'doanh nghiệp', dict(optional=True)),
 ('cho 132 hồ sơ', '132', 'level', 'hồ sơ', dict(optional=True)),
 ('tiền 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d(NOI)),
 ('năm 2024 là 10.360 tỷ đồng', '10.360 tỷ đồng', 'level', 'VND', d(period='2024', modality='target')),
 ('khoảng 2.145 tỷ đồng', '2.145 tỷ đồng', 'level', 'VND', d(period='2024-Q4', modality='target', bound='about')),
 ('dưới 8% so với tổng thu', '8%', 'level', '%', d(NOI, period='2024', modality='target', direction='down', bound='under')),
]
