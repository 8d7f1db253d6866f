TEXT = '''
THỜI BÁO TÀI CHÍNH VIỆT NAM
Thứ Năm, 18/01/2024 14:20
Tài chính | Thuế - Hải quan | Kinh tế | Ngân hàng | Chứng khoán | Địa phương | Multimedia

Ngân sách

Thu ngân sách năm 2023: 16 địa phương thu trên 20.000 tỷ đồng

(TBTCVN) - Năm 2023, tổng thu ngân sách nhà nước của cả nước ước đạt 1.752.150 tỷ đồng, vượt 8,1% dự toán. Số thu ở các địa phương phân hóa rõ rệt: 16 địa phương có số thu trên 20.000 tỷ đồng, trong khi 22 địa phương thu dưới 5.000 tỷ đồng.

Theo số liệu của Bộ Tài chính, TP. Hồ Chí Minh tiếp tục dẫn đầu với số thu 481.000 tỷ đồng, đạt 101,5% dự toán, chiếm hơn 27% tổng thu ngân sách cả nước. Đứng thứ hai là Hà Nội với 431.210 tỷ đồng, bằng 115,6% dự toán; tiếp theo là Bà Rịa - Vũng Tàu 108.200 tỷ đồng, Hải Phòng 98.500 tỷ đồng, Bình Dương 68.400 tỷ đồng và Đồng Nai 59.800 tỷ đồng.

Các vị trí từ thứ 7 đến thứ 10 lần lượt là Quảng Ninh, Thanh Hóa, Bắc Ninh và Quảng Ngãi, với số thu 56.180 tỷ đồng, 50.780 tỷ đồng, 40.300 tỷ đồng và 31.600 tỷ đồng.

Năm địa phương có số thu ngân sách lớn nhất năm 2023 (đơn vị: tỷ đồng):
STT | Địa phương | Dự toán | Thực hiện | So dự toán (%)
1 | TP. Hồ Chí Minh | 474.000 | 481.000 | 101,5
2 | Hà Nội | 373.000 | 431.210 | 115,6
3 | Bà Rịa - Vũng Tàu | 101.000 | 108.200 | 107,1
4 | Hải Phòng | 101.500 | 98.500 | 97,0
5 | Bình Dương | 82.200 | 68.400 | 83,2
Nguồn: Bộ Tài chính

Về tiến độ so với dự toán, có 48/63 địa phương thu nội địa đạt và vượt dự toán Thủ tướng Chính phủ giao. Thanh Hóa có mức vượt cao nhất với 32,4%; Quảng Ngãi vượt 18,7%. Ngược lại, 15 địa phương không đạt dự toán, chủ yếu do thu tiền sử dụng đất sụt giảm; thấp nhất là Bình Dương chỉ đạt 83,2% và Long An đạt 86,5%.

Cán bộ thuế hướng dẫn người nộp thuế tại Chi cục Thuế khu vực 1. Ảnh: TL

Đáng chú ý, chỉ có 18 địa phương tự cân đối được ngân sách và có điều tiết về Trung ương; 45 địa phương còn lại vẫn nhận bổ sung cân đối từ ngân sách Trung ương. Xét theo vùng, Đông Nam Bộ đóng góp 38,6% tổng thu ngân sách cả nước, Đồng bằng sông Hồng 35,2%, trong khi Tây Nguyên chỉ chiếm 1,9%.

Năm 2024, dự toán thu ngân sách nhà nước được Quốc hội giao là 1.700.988 tỷ đồng. Bộ Tài chính yêu cầu các địa phương phấn đấu thu vượt ít nhất 5% dự toán, không để phát sinh nợ đọng thuế mới.

Minh Anh

Tin cùng chuyên mục
- Hà Nội thu ngân sách vượt 15,6% dự toán
- Hoàn thuế giá trị gia tăng năm 2023 đạt 162.000 tỷ đồng

Thời báo Tài chính Việt Nam | Giấy phép số 115/GP-BTTTT | Tòa soạn: 8 Phan Huy Chú, Hoàn Kiếm, Hà Nội
'''
META = {'published': '2024-01-18', 'locality': 'cả nước'}
DEFAULTS = {'locality': 'cả nước', 'period': '2023', 'modality': 'actual', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
E = {'modality': 'estimate'}
T = {'base': 'target'}
NOI = {'indicator': None}
def L(name): return {'locality': name}
HCM, HN, BR, HP, BD = (L('thành phố Hồ Chí Minh'), L('thành phố Hà Nội'), L('tỉnh Bà Rịa - Vũng Tàu'),
                       L('thành phố Hải Phòng'), L('tỉnh Bình Dương'))
B = 1e9
def row(place, loc, plan, done, pct):
    return [
     (place + ' | ' + plan + ' |', plan, 'level', 'VND', d(loc, modality='target', value=float(round(float(plan.replace('.', '')) * B)))),
     ('| ' + plan + ' | ' + done + ' |', done, 'level', 'VND', d(loc, value=float(round(float(done.replace('.', '')) * B)))),
     ('| ' + done + ' | ' + pct + '\n', pct, 'attainment', '%', d(loc, T)),
    ]
FIGS = [
 ('2023: 16 địa phương', '16', 'level', 'địa phương', d(NOI)),
 ('ước đạt 1.752.150 tỷ đồng', '1.752.150 tỷ đồng', 'level', 'VND', d(E, value=1.75215e15)),
 ('vượt 8,1% dự toán', '8,1%', 'change', '%', d(E, U, T, status='exceeded')),
 ('rệt: 16 địa phương', '16', 'level', 'địa phương', d(NOI)),
 ('khi 22 địa phương', '22', 'level', 'địa phương', d(NOI)),
 ('số thu 481.000 tỷ đồng', '481.000 tỷ đồng', 'level', 'VND', d(HCM)),
 ('đạt 101,5% dự toán', '101,5%', 'attainment', '%', d(HCM, T)),
 ('hơn 27% tổng thu', '27%', 'level', '%', d(HCM, bound='over')),
 ('với 431.210 tỷ đồng', '431.210 tỷ đồng', 'level', 'VND', d(HN)),
 ('bằng 115,6% dự toán', '115,6%', 'attainment', '%', d(HN, T)),
 ('Tàu 108.200 tỷ đồng', '108.200 tỷ đồng', 'level', 'VND', d(BR)),
 ('Phòng 98.500 tỷ đồng', '98.500 tỷ đồng', 'level', 'VND', d(HP)),
 ('Dương 68.400 tỷ đồng', '68.400 tỷ đồng', 'level', 'VND', d(BD)),
 ('Nai 59.800 tỷ đồng', '59.800 tỷ đồng', 'level', 'VND', d(L('tỉnh Đồng Nai'))),
 ('thu 56.180 tỷ đồng', '56.180 tỷ đồng', 'level', 'VND', d(L('tỉnh Quảng Ninh'))),
 ('50.780 tỷ đồng', '50.780 tỷ đồng', 'level', 'VND', d(L('tỉnh Thanh Hóa'))),
 ('40.300 tỷ đồng', '40.300 tỷ đồng', 'level', 'VND', d(L('tỉnh Bắc Ninh'))),
 ('31.600 tỷ đồng', '31.600 tỷ đồng', 'level', 'VND', d(L('tỉnh Quảng Ngãi'))),
]
FIGS += row('TP. Hồ Chí Minh', HCM, '474.000', '481.000', '101,5')
FIGS += row('Hà Nội', HN, '373.000', '431.210', '115,6')
FIGS += row('Bà Rịa - Vũng Tàu', BR, '101.000', '108.200', '107,1')
FIGS += row('Hải Phòng', HP, '101.500', '98.500', '97,0')
FIGS += row('Bình Dương', BD, '82.200', '68.400', '83,2')
FIGS += [
 ('có 48/63 địa phương', '48/63', 'ratio', 'địa phương', d(NOI)),
 ('cao nhất với 32,4%', '32,4%', 'change', '%', d(U, T, L('tỉnh Thanh Hóa'), status='exceeded')),
 ('vượt 18,7%', '18,7%', 'change', '%', d(U, T, L('tỉnh Quảng Ngãi'), status='exceeded')),
 ('lại, 15 địa phương', '15', 'level', 'địa phương', d(NOI)),
 ('chỉ đạt 83,2%', '83,2%', 'attainment', '%', d(BD, T)),
 ('đạt 86,5%', '86,5%', 'attainment', '%', d(L('tỉnh Long An'), T)),
 ('có 18 địa phương', '18', 'level', 'địa phương', d(NOI)),
 ('; 45 địa phương', '45', 'level', 'địa phương', d(NOI)),
 ('góp 38,6%', '38,6%', 'level', '%', d(L(None))),
 ('Hồng 35,2%', '35,2%', 'level', '%', d(L(None))),
 ('chiếm 1,9%', '1,9%', 'level', '%', d(L(None))),
 ('là 1.700.988 tỷ đồng', '1.700.988 tỷ đồng', 'level', 'VND', d(period='2024', modality='target', value=1.700988e15)),
 ('ít nhất 5% dự toán', '5%', 'change', '%', d(U, T, period='2024', modality='target', bound='at_least', status='exceeded')),
]
