TEXT = '''
HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN
Trang chủ | Giới thiệu | Hoạt động HĐND | Kỳ họp | Tiếp xúc cử tri | Văn bản
Tìm kiếm...

Hoạt động HĐND > Kỳ họp thứ 22

Dự toán thu ngân sách năm 2025 đạt 6.480 tỷ đồng, cao hơn dự toán Trung ương giao

13/12/2024

Chiều 12/12, tiếp tục Kỳ họp thứ 22, HĐND tỉnh khóa VIII, nhiệm kỳ 2021 - 2026 đã thảo luận và biểu quyết thông qua Nghị quyết về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương và phương án phân bổ ngân sách cấp tỉnh năm 2025.

Năm 2024 thu vượt dự toán nhờ tiền sử dụng đất

Theo báo cáo của UBND tỉnh do Giám đốc Sở Tài chính Đoàn Văn Hưng trình bày, ước thực hiện thu ngân sách nhà nước trên địa bàn năm 2024 là 6.215 tỷ đồng, đạt 121,7% dự toán Trung ương giao, 108,3% dự toán HĐND tỉnh giao tại Nghị quyết số 86/NQ-HĐND ngày 8/12/2023, tăng 12,4% so với thực hiện năm 2023. Trong đó, thu tiền sử dụng đất ước 1.460 tỷ đồng, vượt 46% dự toán; thu xổ số kiến thiết ước 142 tỷ đồng.

Tổng chi ngân sách địa phương ước thực hiện 11.940 tỷ đồng, bằng 102,5% dự toán. Chi đầu tư phát triển chưa đạt do một số dự án giao thông, thủy lợi vướng mặt bằng.

Kết quả thực hiện một số khoản thu, chi chủ yếu năm 2024 (đơn vị tính: tỷ đồng):

Chỉ tiêu | Dự toán HĐND tỉnh giao | Ước thực hiện | So với dự toán (%)
Thu nội địa | 5.320 | 5.780 | 108,6
Thu từ hoạt động xuất nhập khẩu | 420 | 435 | 103,6
Chi đầu tư phát triển | 3.410 | 3.268 | 95,8

(Nguồn: Sở Tài chính tỉnh Phú Yên)

Dự toán năm 2025: thu 6.480 tỷ đồng, chi 12.356 tỷ đồng

Theo Nghị quyết vừa được thông qua, dự toán thu ngân sách nhà nước trên địa bàn năm 2025 là 6.480 tỷ đồng (Trung ương giao 5.650 tỷ đồng), tăng 4,3% so với ước thực hiện năm 2024. Trong đó, thu nội địa 6.030 tỷ đồng (thu tiền sử dụng đất 1.500 tỷ đồng), thu từ hoạt động xuất nhập khẩu 450 tỷ đồng.

Tổng chi ngân sách địa phương năm 2025 là 12.356 tỷ đồng, gồm chi đầu tư phát triển 3.905 tỷ đồng, chi thường xuyên 7.820 tỷ đồng, dự phòng ngân sách 236 tỷ đồng. Bội chi ngân sách địa phương 118 tỷ đồng, bằng 10% số thu ngân sách địa phương được hưởng theo phân cấp, trong giới hạn luật cho phép.

Về phân bổ, ngân sách cấp tỉnh được bố trí 7.905 tỷ đồng, ngân sách các huyện, thị xã, thành phố 4.451 tỷ đồng. Ngân sách tỉnh bổ sung có mục tiêu 186 tỷ đồng cho các huyện miền núi Sơn Hòa, Sông Hinh, Đồng Xuân để thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Chi sự nghiệp giáo dục - đào tạo chiếm 38,2% chi thường xuyên, chi sự nghiệp khoa học và công nghệ 42 tỷ đồng.

Băn khoăn về khoản thu từ đất

Thảo luận tại hội trường, đại biểu Nguyễn Thị Bích Thủy (Tổ đại biểu huyện Tây Hòa) cho rằng dự toán thu tiền sử dụng đất 1.500 tỷ đồng là cao, trong khi năm 2023 tỉnh chỉ thu được 812 tỷ đồng, bằng 54,1% dự toán. "Nếu không đạt, nhiều công trình đã bố trí vốn từ nguồn này sẽ phải giãn, hoãn", đại biểu nói.

Giải trình, ông Đoàn Văn Hưng cho biết, lũy kế 11 tháng năm 2024 tỉnh đã thu 1.395 tỷ đồng tiền sử dụng đất, bằng 95,5% ước cả năm. Năm 2025, tỉnh có 27 khu đất dự kiến đấu giá với tổng diện tích khoảng 96 ha, chủ yếu ở TP. Tuy Hòa, thị xã Đông Hòa và huyện Tuy An. "Dự toán được xây dựng trên danh mục cụ thể, không phải ước đoán", ông Hưng khẳng định.

Đại biểu Lê Văn Tám (Tổ đại biểu thị xã Sông Cầu, 58 tuổi) đề nghị ưu tiên vốn sửa chữa 11 tuyến đường ĐT bị hư hỏng sau mưa lũ tháng 11, trong đó có ĐT 644 và ĐT 650.

Nghị quyết về dự toán ngân sách năm 2025 được 46/48 đại biểu có mặt biểu quyết tán thành. Cùng ngày, HĐND tỉnh cũng thông qua Nghị quyết về kế hoạch đầu tư công năm 2025 với tổng vốn 4.126 tỷ đồng.

Kỳ họp thứ 22 bế mạc vào sáng 13/12.

Văn phòng Đoàn ĐBQH và HĐND tỉnh

Số lượt truy cập: 3.428.117
Địa chỉ: 18 Trần Hưng Đạo, TP. Tuy Hòa, tỉnh Phú Yên - ĐT: 0257.3823.654
'''
META = {'published': '2024-12-13', 'locality': 'tỉnh Phú Yên'}
DEFAULTS = {'locality': 'tỉnh Phú Yên', 'period': '2024', 'modality': 'estimate'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'modality': 'actual'}
TG = {'modality': 'target'}
T25 = {'period': '2025', 'modality': 'target'}
U = {'direction': 'up'}
TB = {'base': 'target'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
FIGS = [
 ('năm 2025 đạt 6.480 tỷ đồng', '6.480 tỷ đồng', 'level', 'VND', d(T25, BR)),
 ('là 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', d(BR)),
 ('đạt 121,7% dự toán', '121,7%', 'attainment', '%', d(BR, TB)),
 ('108,3% dự toán', '108,3%', 'attainment', '%', d(BR, TB)),
 ('tăng 12,4%', '12,4%', 'change', '%', d(BR, U, base='2023')),
 ('ước 1.460 tỷ đồng', '1.460 tỷ đồng', 'level', 'VND', d(BR)),
 ('vượt 46% dự toán', '46%', 'change', '%', d(BR, U, TB, status='exceeded')),
 ('thiết ước 142 tỷ đồng', '142 tỷ đồng', 'level', 'VND', d(BR)),
 ('thực hiện 11.940 tỷ đồng', '11.940 tỷ đồng', 'level', 'VND', d(BE)),
 ('bằng 102,5% dự toán', '102,5%', 'attainment', '%', d(BE, TB)),
 ('| 5.320 |', '5.320', 'level', 'VND', d(BR, TG, value=5320000000000.0)),
 ('| 5.780 |', '5.780', 'level', 'VND', d(BR, value=5780000000000.0)),
 ('| 108,6', '108,6', 'attainment', '%', d(BR, TB)),
 ('| 420 |', '420', 'level', 'VND', d(BR, TG, value=420000000000.0)),
 ('| 435 |', '435', 'level', 'VND', d(BR, value=435000000000.0)),
 ('| 103,6', '103,6', 'attainment', '%', d(BR, TB)),
 ('| 3.410 |', '3.410', 'level', 'VND', d(BE, TG, value=3410000000000.0)),
 ('| 3.268 |', '3.268', 'level', 'VND', d(BE, value=3268000000000.0)),
 ('| 95,8', '95,8', 'attainment', '%', d(BE, TB)),
 ('2025: thu 6.480 tỷ đồng', '6.480 tỷ đồng', 'level', 'VND', d(T25, BR)),
 ('chi 12.356 tỷ đồng\n', '12.356 tỷ đồng', 'level', 'VND', d(T25, BE)),
 ('là 6.480 tỷ đồng', '6.480 tỷ đồng', 'level', 'VND', d(T25, BR)),
 ('giao 5.650 tỷ đồng', '5.650 tỷ đồng', 'level', 'VND', d(T25, BR)),
 ('tăng 4,3%', '4,3%', 'change', '%', d(T25, BR, U, base='2024')),
 ('nội địa 6.030 tỷ đồng', '6.030 tỷ đồng', 'level', 'VND', d(T25, BR)),
 ('(thu tiền sử dụng đất 1.500 tỷ đồng)', '1.500 tỷ đồng', 'level', 'VND', d(T25, BR)),
 ('khẩu 450 tỷ đồng', '450 tỷ đồng', 'level', 'VND', d(T25, BR)),
 ('là 12.356 tỷ đồng', '12.356 tỷ đồng', 'level', 'VND', d(T25, BE)),
 ('phát triển 3.905 tỷ đồng', '3.905 tỷ đồng', 'level', 'VND', d(T25, BE)),
 ('xuyên 7.820 tỷ đồng', '7.820 tỷ đồng', 'level', 'VND', d(T25, BE)),
 ('sách 236 tỷ đồng', '236 tỷ đồng', 'level', 'VND', d(T25, BE)),
 ('phương 118 tỷ đồng', '118 tỷ đồng', 'level', 'VND', d(T25)),
 ('bằng 10% số thu', '10%', 'level', '%', d(T25)),
 ('đất 1.500 tỷ đồng là cao', '1.500 tỷ đồng', 'level', 'VND', d(T25, BR)),
 ('thu được 812 tỷ đồng', '812 tỷ đồng', 'level', 'VND', d(A, BR, period='2023')),
 ('bằng 54,1% dự toán', '54,1%', 'attainment', '%', d(A, BR, TB, period='2023')),
 ('thu 1.395 tỷ đồng', '1.395 tỷ đồng', 'level', 'VND', d(A, BR, period='2024-11M')),
 ('bằng 95,5% ước cả năm', '95,5%', 'level', '%', d(A, BR, period='2024-11M')),
 ('có 27 khu đất', '27', 'level', 'khu đất', d(optional=True)),
 ('khoảng 96 ha', '96 ha', 'level', 'ha', d(optional=True)),
 ('sửa chữa 11 tuyến', '11', 'level', 'tuyến đường', d(optional=True)),
 ('được 46/48 đại biểu', '46/48', 'ratio', 'đại biểu', d(optional=True)),
 ('vốn 4.126 tỷ đồng', '4.126 tỷ đồng', 'level', 'VND', d(T25, indicator='public_investment_disbursement')),
 ('bố trí 7.905 tỷ đồng', '7.905 tỷ đồng', 'level', 'VND', d(T25, BE)),
 ('phố 4.451 tỷ đồng', '4.451 tỷ đồng', 'level', 'VND', d(T25, BE)),
 ('tiêu 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', d(T25, BE)),
 ('chiếm 38,2%', '38,2%', 'level', '%', d(T25)),
 ('nghệ 42 tỷ đồng', '42 tỷ đồng', 'level', 'VND', d(T25, BE)),
]
