NFD = True
TEXT = '''
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Đồng Nai cuối tuần
Thứ Hai, 07/10/2024, 09:15 [GMT+7]

Thu ngân sách 9 tháng đạt 76,4% dự toán

Tháng 9/2024, thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 5.120 tỷ đồng, tăng 24,7% so với tháng trước. Tính chung 9 tháng, tổng thu ước đạt 39.870 tỷ đồng, bằng 76,4% dự toán năm, tăng 11,3% so với cùng kỳ.

Theo Sở Tài chính, số liệu chính thức tháng 8/2024, thu ngân sách đạt 4.105 tỷ đồng, cao hơn 215 tỷ đồng so với số ước tính đã báo cáo (3.890 tỷ đồng). Như vậy, lũy kế 8 tháng thực thu 34.750 tỷ đồng.

Trong tổng thu 9 tháng, thu nội địa ước đạt 28.460 tỷ đồng, bằng 74,9% dự toán, tăng 13,6% so với cùng kỳ; thu từ hoạt động xuất nhập khẩu 11.410 tỷ đồng, bằng 80,4% dự toán, tăng 6,5%. Một số khoản thu lớn: thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài 9.820 tỷ đồng; thuế thu nhập cá nhân 3.150 tỷ đồng; thu tiền sử dụng đất chỉ đạt 1.240 tỷ đồng, bằng 41,3% dự toán, giảm 18,2% so với cùng kỳ.

Chi ngân sách địa phương tháng 9 ước 2.860 tỷ đồng; lũy kế 9 tháng chi 19.540 tỷ đồng, bằng 58,7% dự toán, trong đó chi đầu tư phát triển 6.920 tỷ đồng, chi thường xuyên 12.310 tỷ đồng, bằng 71,5% dự toán.

Tại các địa phương, thành phố Biên Hòa thu 9 tháng ước đạt 6.840 tỷ đồng, bằng 81,2% dự toán, dẫn đầu toàn tỉnh. Huyện Long Thành thu 2.715 tỷ đồng, vượt 8,6% dự toán năm, chủ yếu nhờ thu tiền sử dụng đất từ các dự án tái định cư sân bay. Ngược lại, huyện Nhơn Trạch mới đạt 52,4% dự toán.

Ước cả năm 2024, tổng thu ngân sách trên địa bàn đạt 54.200 tỷ đồng, vượt 3,8% dự toán; trong đó quý IV dự kiến thu 14.330 tỷ đồng.

Cán bộ Cục Thuế tỉnh hướng dẫn doanh nghiệp kê khai thuế điện tử. Ảnh: Hải Quân

Hải Quân

Tin cùng chuyên mục
- Đồng Nai giải ngân vốn đầu tư công đạt 45% (03/10/2024)
- Sân bay Long Thành: hoàn thành 3 gói thầu trước năm 2025 (01/10/2024)

Giấy phép số 183/GP-BTTTT. Tòa soạn: 81 Đồng Khởi, phường Tam Hiệp, TP Biên Hòa. Điện thoại: (0251) 3941.010
'''
META = {'published': '2024-10-07', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2024-9M', 'modality': 'actual', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
P = {'base': 'target'}
M09 = {'period': '2024-M09'}
M08 = {'period': '2024-M08'}
Y = {'period': '2024'}
BE = {'indicator': 'budget_expenditure'}
BH = {'locality': 'thành phố Biên Hòa'}
LT = {'locality': 'huyện Long Thành'}
NT = {'locality': 'huyện Nhơn Trạch'}
FIGS = [
 ('tháng đạt 76,4% dự toán\n', '76,4%', 'attainment', '%', d(P)),
 ('đạt 5.120 tỷ đồng', '5.120 tỷ đồng', 'level', 'VND', d(M09, E)),
 ('tăng 24,7%', '24,7%', 'change', '%', d(M09, E, U, PP)),
 ('đạt 39.870 tỷ đồng', '39.870 tỷ đồng', 'level', 'VND', d(E)),
 ('bằng 76,4% dự toán năm', '76,4%', 'attainment', '%', d(E, P)),
 ('tăng 11,3%', '11,3%', 'change', '%', d(E, U, SP)),
 ('đạt 4.105 tỷ đồng', '4.105 tỷ đồng', 'level', 'VND', d(M08)),
 ('hơn 215 tỷ đồng', '215 tỷ đồng', 'change', 'VND', d(M08, U, optional=True)),
 ('(3.890 tỷ đồng)', '3.890 tỷ đồng', 'level', 'VND', d(M08, optional=True)),
 ('thu 34.750 tỷ đồng', '34.750 tỷ đồng', 'level', 'VND', d(period='2024-8M')),
 ('đạt 28.460 tỷ đồng', '28.460 tỷ đồng', 'level', 'VND', d(E)),
 ('bằng 74,9%', '74,9%', 'attainment', '%', d(E, P)),
 ('tăng 13,6%', '13,6%', 'change', '%', d(E, U, SP)),
 ('khẩu 11.410 tỷ đồng', '11.410 tỷ đồng', 'level', 'VND', d()),
 ('bằng 80,4%', '80,4%', 'attainment', '%', d(P)),
 ('tăng 6,5%', '6,5%', 'change', '%', d(U)),
 ('ngoài 9.820 tỷ đồng', '9.820 tỷ đồng', 'level', 'VND', d()),
 ('nhân 3.150 tỷ đồng', '3.150 tỷ đồng', 'level', 'VND', d()),
 ('đạt 1.240 tỷ đồng', '1.240 tỷ đồng', 'level', 'VND', d()),
 ('bằng 41,3%', '41,3%', 'attainment', '%', d(P)),
 ('giảm 18,2%', '18,2%', 'change', '%', d(D, SP)),
 ('ước 2.860 tỷ đồng', '2.860 tỷ đồng', 'level', 'VND', d(BE, M09, E)),
 ('chi 19.540 tỷ đồng', '19.540 tỷ đồng', 'level', 'VND', d(BE)),
 ('bằng 58,7%', '58,7%', 'attainment', '%', d(BE, P)),
 ('triển 6.920 tỷ đồng', '6.920 tỷ đồng', 'level', 'VND', d(BE)),
 ('xuyên 12.310 tỷ đồng', '12.310 tỷ đồng', 'level', 'VND', d(BE)),
 ('bằng 71,5%', '71,5%', 'attainment', '%', d(BE, P)),
 ('đạt 6.840 tỷ đồng', '6.840 tỷ đồng', 'level', 'VND', d(BH, E)),
 ('bằng 81,2%', '81,2%', 'attainment', '%', d(BH, E, P)),
 ('thu 2.715 tỷ đồng', '2.715 tỷ đồng', 'level', 'VND', d(LT)),
 ('vượt 8,6%', '8,6%', 'change', '%', d(LT, U, P, status='exceeded')),
 ('đạt 52,4%', '52,4%', 'attainment', '%', d(NT, P)),
 ('đạt 54.200 tỷ đồng', '54.200 tỷ đồng', 'level', 'VND', d(Y, E)),
 ('vượt 3,8%', '3,8%', 'change', '%', d(Y, E, U, P, status='exceeded')),
 ('thu 14.330 tỷ đồng', '14.330 tỷ đồng', 'level', 'VND', d(E, period='2024-Q4')),
]
