TEXT = '''
BÁO LONG AN
Thứ Hai, 09/01/2023 - 10:25
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa - Văn nghệ | Thể thao | Long An xưa & nay

Kinh tế

Thu ngân sách các huyện, thị xã, thành phố năm 2022: Đức Hòa tiếp tục dẫn đầu

LA - Năm 2022, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 20.480 tỷ đồng, bằng 112,3% dự toán. Trong 15 huyện, thị xã, thành phố, có 11 đơn vị đạt và vượt dự toán tỉnh giao, 4 đơn vị chưa đạt do nguồn thu tiền sử dụng đất giảm mạnh.

Theo Sở Tài chính, huyện Đức Hòa thu 3.215 tỷ đồng, đạt 118,6% dự toán, tăng 9,4% so với năm 2021, tiếp tục đứng đầu tỉnh. Đứng thứ hai là huyện Bến Lức với 2.684 tỷ đồng, đạt 105,2%; tiếp theo là huyện Cần Giuộc 1.926 tỷ đồng và thành phố Tân An 1.540 tỷ đồng.

Các huyện Cần Đước, Thủ Thừa và Châu Thành lần lượt thu 812 tỷ đồng, 645 tỷ đồng và 398 tỷ đồng, đều vượt dự toán được giao. Riêng huyện Thủ Thừa có mức tăng cao nhất tỉnh, tăng 27,3% so với năm trước nhờ nguồn thu từ các dự án khu dân cư.

Ở chiều ngược lại, thị xã Kiến Tường chỉ đạt 78,4% dự toán, huyện Tân Hưng đạt 84,2%, huyện Vĩnh Hưng đạt 88,9% và huyện Mộc Hóa đạt 91,5%. Theo lãnh đạo thị xã Kiến Tường, nguyên nhân chính là thu tiền sử dụng đất chỉ đạt 35 tỷ đồng, bằng 41% dự toán.

Thu ngân sách một số địa phương năm 2022 (đơn vị: tỷ đồng):
Địa phương | Dự toán | Thực hiện | Tỷ lệ (%)
Huyện Đức Hòa | 2.711 | 3.215 | 118,6
Huyện Bến Lức | 2.551 | 2.684 | 105,2
Huyện Cần Giuộc | 1.820 | 1.926 | 105,8
Thành phố Tân An | 1.480 | 1.540 | 104,1
Thị xã Kiến Tường | 264 | 207 | 78,4

Khu công nghiệp Hựu Thạnh (huyện Đức Hòa) thu hút nhiều doanh nghiệp đến đầu tư. Ảnh: Thanh Mỹ

Về thu hút đầu tư, năm 2022 huyện Đức Hòa thu hút 52 dự án trong nước với vốn đăng ký 8.640 tỷ đồng; huyện Cần Giuộc 31 dự án, vốn 5.120 tỷ đồng. Toàn tỉnh thu hút 61 dự án FDI với tổng vốn 698 triệu USD, trong đó huyện Bến Lức chiếm phần lớn.

Năm 2023, UBND tỉnh giao dự toán thu ngân sách nhà nước 19.500 tỷ đồng, trong đó huyện Đức Hòa 2.980 tỷ đồng. Giám đốc Sở Tài chính đề nghị các địa phương có nguồn thu tiền sử dụng đất lớn chủ động rà soát quỹ đất, tổ chức đấu giá sớm ngay từ quý I.

Thanh Mỹ

Tin liên quan
- Đức Hòa: 3 xã đạt chuẩn nông thôn mới nâng cao
- Cần Giuộc khởi công đường tỉnh 826E

Tòa soạn: 10 Trương Định, Phường 1, TP. Tân An, tỉnh Long An | ĐT: 0272.3826.228
'''
META = {'published': '2023-01-09', 'locality': 'tỉnh Long An'}
DEFAULTS = {'locality': 'tỉnh Long An', 'period': '2022', 'modality': 'actual', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
T = {'base': 'target'}
NOI = {'indicator': None}
def L(name): return {'locality': name}
DH, BL, CG, TA, KT = L('huyện Đức Hòa'), L('huyện Bến Lức'), L('huyện Cần Giuộc'), L('thành phố Tân An'), L('thị xã Kiến Tường')
B = 1e9
def row(place, loc, plan, done, pct):
    return [
     (place + ' | ' + plan + ' |', plan, 'level', 'VND', d(loc, modality='target', value=float(round(float(plan.replace('.', '')) * B)))),
     ('| ' + plan + ' | ' + done + ' |', done, 'level', 'VND', d(loc, value=float(round(float(done.replace('.', '')) * B)))),
     ('| ' + done + ' | ' + pct + '\n', pct, 'attainment', '%', d(loc, T)),
    ]
FIGS = [
 ('đạt 20.480 tỷ đồng', '20.480 tỷ đồng', 'level', 'VND', d()),
 ('bằng 112,3% dự toán', '112,3%', 'attainment', '%', d(T)),
 ('Trong 15 huyện', '15', 'level', 'huyện', dict(optional=True)),
 ('có 11 đơn vị', '11', 'level', 'đơn vị', d(NOI)),
 ('giao, 4 đơn vị', '4', 'level', 'đơn vị', d(NOI)),
 ('thu 3.215 tỷ đồng', '3.215 tỷ đồng', 'level', 'VND', d(DH)),
 ('đạt 118,6% dự toán', '118,6%', 'attainment', '%', d(DH, T)),
 ('tăng 9,4%', '9,4%', 'change', '%', d(DH, U, base='2021')),
 ('với 2.684 tỷ đồng', '2.684 tỷ đồng', 'level', 'VND', d(BL)),
 ('đạt 105,2%;', '105,2%', 'attainment', '%', d(BL, T)),
 ('Giuộc 1.926 tỷ đồng', '1.926 tỷ đồng', 'level', 'VND', d(CG)),
 ('An 1.540 tỷ đồng', '1.540 tỷ đồng', 'level', 'VND', d(TA)),
 ('thu 812 tỷ đồng', '812 tỷ đồng', 'level', 'VND', d(L('huyện Cần Đước'))),
 ('645 tỷ đồng', '645 tỷ đồng', 'level', 'VND', d(L('huyện Thủ Thừa'))),
 ('398 tỷ đồng', '398 tỷ đồng', 'level', 'VND', d(L('huyện Châu Thành'))),
 ('tăng 27,3%', '27,3%', 'change', '%', d(L('huyện Thủ Thừa'), U, base='2021')),
 ('chỉ đạt 78,4% dự toán', '78,4%', 'attainment', '%', d(KT, T)),
 ('đạt 84,2%', '84,2%', 'attainment', '%', d(L('huyện Tân Hưng'), T)),
 ('đạt 88,9%', '88,9%', 'attainment', '%', d(L('huyện Vĩnh Hưng'), T)),
 ('đạt 91,5%', '91,5%', 'attainment', '%', d(L('huyện Mộc Hóa'), T)),
 ('đạt 35 tỷ đồng', '35 tỷ đồng', 'level', 'VND', d(KT)),
 ('bằng 41% dự toán', '41%', 'attainment', '%', d(KT, T)),
]
FIGS += row('Huyện Đức Hòa', DH, '2.711', '3.215', '118,6')
FIGS += row('Huyện Bến Lức', BL, '2.551', '2.684', '105,2')
FIGS += row('Huyện Cần Giuộc', CG, '1.820', '1.926', '105,8')
FIGS += row('Thành phố Tân An', TA, '1.480', '1.540', '104,1')
FIGS += row('Thị xã Kiến Tường', KT, '264', '207', '78,4')
FIGS += [
 ('hút 52 dự án', '52', 'level', 'dự án', d(DH, NOI)),
 ('ký 8.640 tỷ đồng', '8.640 tỷ đồng', 'level', 'VND', d(DH, NOI)),
 ('Giuộc 31 dự án', '31', 'level', 'dự án', d(CG, NOI)),
 ('vốn 5.120 tỷ đồng', '5.120 tỷ đồng', 'level', 'VND', d(CG, NOI)),
 ('hút 61 dự án', '61', 'level', 'dự án', d(NOI)),
 ('vốn 698 triệu USD', '698 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('nước 19.500 tỷ đồng', '19.500 tỷ đồng', 'level', 'VND', d(period='2023', modality='target')),
 ('Hòa 2.980 tỷ đồng', '2.980 tỷ đồng', 'level', 'VND', d(DH, period='2023', modality='target')),
]
