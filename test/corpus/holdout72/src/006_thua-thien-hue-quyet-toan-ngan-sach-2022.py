TEXT = '''
Báo Thừa Thiên Huế Online
Chính trị | Kinh tế | Văn hóa | Xã hội | Thế giới
Thứ Ba, 12/12/2023 - 10:24

Phê chuẩn quyết toán ngân sách năm 2022: tổng thu trên địa bàn đạt 10.912 tỷ đồng

(TTH.VN) - Chiều 11/12, tại kỳ họp thứ 12, HĐND tỉnh khóa VIII đã thông qua Nghị quyết phê chuẩn quyết toán ngân sách địa phương năm 2022. Kết quả quyết toán cho thấy số thu vượt xa dự toán, nhưng một số khoản chi chuyển nguồn còn lớn.

Theo báo cáo quyết toán do UBND tỉnh trình, tổng thu ngân sách nhà nước trên địa bàn tỉnh năm 2022 là 10.912 tỷ đồng, bằng 125,4% dự toán Trung ương giao và 116,7% dự toán HĐND tỉnh giao. Trong đó, thu nội địa 10.358 tỷ đồng; thu từ hoạt động xuất nhập khẩu 554 tỷ đồng.

Tổng thu ngân sách địa phương là 23.846 tỷ đồng (bao gồm thu bổ sung từ ngân sách Trung ương 6.924 tỷ đồng, thu chuyển nguồn từ năm 2021 sang 4.118 tỷ đồng, thu kết dư 512 tỷ đồng). Tổng chi ngân sách địa phương là 22.790 tỷ đồng, trong đó chi đầu tư phát triển 8.436 tỷ đồng, chi thường xuyên 9.874 tỷ đồng, chi chuyển nguồn sang năm 2023 là 4.406 tỷ đồng.

Kết dư ngân sách địa phương năm 2022 là 1.056 tỷ đồng, trong đó ngân sách cấp tỉnh 412 tỷ đồng, ngân sách cấp huyện 521 tỷ đồng và ngân sách cấp xã 123 tỷ đồng.

Ở cấp huyện, ba địa phương có số thu ngân sách lớn nhất là thành phố Huế, thị xã Hương Thủy và thị xã Hương Trà với số thu lần lượt là 2.865 tỷ đồng, 1.124 tỷ đồng và 796 tỷ đồng.

Đại biểu HĐND tỉnh biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Bảo Phước

Thẩm tra báo cáo, Ban Kinh tế - Ngân sách HĐND tỉnh cho rằng số chi chuyển nguồn chiếm tỷ lệ cao, phản ánh tình trạng giải ngân chậm ở nhiều dự án. Qua kiểm toán, Kiểm toán nhà nước khu vực II đã kiến nghị xử lý tài chính 286 tỷ đồng; đến nay các đơn vị đã thực hiện xong phần lớn kiến nghị.

Cũng tại kỳ họp, UBND tỉnh cho biết năm 2023, thu ngân sách trên địa bàn ước đạt 9.560 tỷ đồng, bằng 97,1% dự toán, giảm 12,4% so với năm 2022 do số thu tiền sử dụng đất giảm mạnh.

Hoài Thương

Bài liên quan
- Thừa Thiên Huế: 11 tháng thu ngân sách đạt 8.400 tỷ đồng
- Kỳ họp thứ 12 HĐND tỉnh khóa VIII thông qua 24 nghị quyết

Tòa soạn: 02 Kim Long, TP Huế. ĐT: 0234.3823.324
'''
META = {'published': '2023-12-12', 'locality': 'tỉnh Thừa Thiên Huế'}
DEFAULTS = {'locality': 'tỉnh Thừa Thiên Huế', 'period': '2022', 'modality': 'actual', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'base': 'target'}
EXP = {'indicator': 'budget_expenditure'}
NOI = {'indicator': None}
E = {'period': '2023', 'modality': 'estimate'}
def L(n): return {'locality': n}
FIGS = [
 ('đạt 10.912 tỷ đồng', '10.912 tỷ đồng', 'level', 'VND', d()),
 ('là 10.912 tỷ đồng', '10.912 tỷ đồng', 'level', 'VND', d()),
 ('bằng 125,4% dự toán', '125,4%', 'attainment', '%', d(T)),
 ('và 116,7% dự toán', '116,7%', 'attainment', '%', d(T)),
 ('thu nội địa 10.358 tỷ đồng', '10.358 tỷ đồng', 'level', 'VND', d()),
 ('khẩu 554 tỷ đồng', '554 tỷ đồng', 'level', 'VND', d()),
 ('là 23.846 tỷ đồng', '23.846 tỷ đồng', 'level', 'VND', d()),
 ('Trung ương 6.924 tỷ đồng', '6.924 tỷ đồng', 'level', 'VND', d()),
 ('sang 4.118 tỷ đồng', '4.118 tỷ đồng', 'level', 'VND', d()),
 ('kết dư 512 tỷ đồng', '512 tỷ đồng', 'level', 'VND', d()),
 ('là 22.790 tỷ đồng', '22.790 tỷ đồng', 'level', 'VND', d(EXP)),
 ('phát triển 8.436 tỷ đồng', '8.436 tỷ đồng', 'level', 'VND', d(EXP)),
 ('thường xuyên 9.874 tỷ đồng', '9.874 tỷ đồng', 'level', 'VND', d(EXP)),
 ('là 4.406 tỷ đồng', '4.406 tỷ đồng', 'level', 'VND', d(EXP)),
 ('là 1.056 tỷ đồng', '1.056 tỷ đồng', 'level', 'VND', d(NOI)),
 ('cấp tỉnh 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d(NOI)),
 ('cấp huyện 521 tỷ đồng', '521 tỷ đồng', 'level', 'VND', d(NOI)),
 ('cấp xã 123 tỷ đồng', '123 tỷ đồng', 'level', 'VND', d(NOI)),
 ('là 2.865 tỷ đồng', '2.865 tỷ đồng', 'level', 'VND', d(L('thành phố Huế'))),
 ('1.124 tỷ đồng', '1.124 tỷ đồng', 'level', 'VND', d(L('thị xã Hương Thủy'))),
 ('và 796 tỷ đồng', '796 tỷ đồng', 'level', 'VND', d(L('thị xã Hương Trà'))),
 ('chính 286 tỷ đồng', '286 tỷ đồng', 'level', 'VND', d(NOI)),
 ('ước đạt 9.560 tỷ đồng', '9.560 tỷ đồng', 'level', 'VND', d(E)),
 ('bằng 97,1% dự toán', '97,1%', 'attainment', '%', d(E, T)),
 ('giảm 12,4% so với năm 2022', '12,4%', 'change', '%', d(E, direction='down', base='2022')),
]
