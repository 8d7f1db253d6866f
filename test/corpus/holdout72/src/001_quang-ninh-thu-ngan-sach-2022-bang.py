TEXT = '''
BÁO QUẢNG NINH
Thứ Sáu, 06/01/2023 | 07:15
Trang chủ > Kinh tế > Tài chính - Ngân hàng

Thu ngân sách năm 2022 đạt 55.134 tỷ đồng, vượt 14,6% dự toán Trung ương giao

(BQN) - Năm 2022, tổng thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh đạt 55.134 tỷ đồng, bằng 114,6% dự toán Trung ương giao và 106,2% dự toán HĐND tỉnh giao, tăng 8,9% so với năm 2021. Quảng Ninh tiếp tục nằm trong tốp 5 địa phương có số thu ngân sách lớn nhất cả nước.

Cảng Cái Lân (TP Hạ Long), nơi đóng góp phần lớn số thu từ hoạt động xuất nhập khẩu của tỉnh. Ảnh: Thu Chung

Theo báo cáo của Sở Tài chính, thu nội địa năm 2022 đạt 38.420 tỷ đồng, bằng 112,8% dự toán Trung ương giao, tăng 10,2% so với năm trước; thu từ hoạt động xuất nhập khẩu đạt 16.714 tỷ đồng, bằng 118,9% dự toán, tăng 6,3% so với năm 2021. Số thu xuất nhập khẩu tăng chủ yếu nhờ kim ngạch nhập khẩu than, xăng dầu và máy móc thiết bị qua các cửa khẩu tăng mạnh trong 6 tháng cuối năm.

Trong thu nội địa, khu vực doanh nghiệp nhà nước trung ương vẫn là nguồn thu lớn nhất với 14.260 tỷ đồng, chiếm 37,1%. Thu tiền sử dụng đất đạt 6.820 tỷ đồng, chỉ bằng 85,3% dự toán do thị trường bất động sản trầm lắng, nhiều phiên đấu giá đất phải lùi thời gian tổ chức. Thu từ hoạt động xổ số kiến thiết đạt 96 tỷ đồng, vượt 20% dự toán.

Kết quả thu ngân sách năm 2022 theo một số nguồn thu chủ yếu (đơn vị: tỷ đồng):

Nguồn thu | Dự toán TW giao | Thực hiện | So với dự toán (%) | So với năm 2021 (%)
Thu nội địa | 34.060 | 38.420 | 112,8 | 110,2
Thu từ hoạt động xuất nhập khẩu | 14.057 | 16.714 | 118,9 | 106,3
Thu tiền sử dụng đất | 8.000 | 6.820 | 85,3 | 72,4
Thu xổ số kiến thiết | 80 | 96 | 120,0 | 104,3

Ở cấp huyện, có 10/13 địa phương thu đạt và vượt dự toán. Dẫn đầu là TP Hạ Long với 9.845 tỷ đồng; TP Cẩm Phả và TP Móng Cái lần lượt đạt 2.460 tỷ đồng và 1.987 tỷ đồng. Thị xã Quảng Yên và huyện Vân Đồn chưa đạt dự toán do số thu tiền sử dụng đất thấp, lần lượt chỉ bằng 71,2% và 78,5%. Theo Sở Tài chính, nếu không tính tiền sử dụng đất, cả 13 địa phương đều hoàn thành dự toán thu năm 2022, cho thấy nguồn thu thường xuyên của tỉnh ngày càng bền vững.

Về chi, tổng chi ngân sách địa phương năm 2022 đạt 31.870 tỷ đồng, bằng 97,4% dự toán; trong đó chi đầu tư phát triển 15.240 tỷ đồng, chi thường xuyên 14.980 tỷ đồng. Tỉnh đã đảm bảo kinh phí cho các nhiệm vụ an sinh xã hội, phòng chống dịch và các công trình trọng điểm như đường bao biển Hạ Long - Cẩm Phả, cầu Cửa Lục 1.

Giải ngân vốn đầu tư công đến hết ngày 31/12/2022 đạt 9.842 tỷ đồng, bằng 81,6% kế hoạch vốn năm 2022, cao hơn bình quân cả nước (khoảng 75%).

Năm 2023, dự toán thu ngân sách nhà nước trên địa bàn được HĐND tỉnh giao là 51.900 tỷ đồng, trong đó thu nội địa 36.400 tỷ đồng, thu từ hoạt động xuất nhập khẩu 15.500 tỷ đồng. Ông Nguyễn Văn Thắng, Giám đốc Sở Tài chính, cho biết ngành Tài chính, Thuế, Hải quan đã được giao nhiệm vụ ngay từ đầu năm, phấn đấu thu vượt từ 5 - 7% dự toán.

Hoàng Quỳnh

Tin cùng chuyên mục
- Quảng Ninh giao dự toán ngân sách năm 2023 cho 13 địa phương
- 9 tháng, thu ngân sách đạt 41.600 tỷ đồng
- Hải quan Quảng Ninh thu vượt 18% chỉ tiêu

Cơ quan chủ quản: Tỉnh ủy Quảng Ninh | Giấy phép số 63/GP-BTTTT | Điện thoại: 0203.3835.446
'''
META = {'published': '2023-01-06', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2022', 'modality': 'actual', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
T = {'base': 'target'}
P = {'period': '2023', 'modality': 'target'}
EXP = {'indicator': 'budget_expenditure'}
PID = {'indicator': 'public_investment_disbursement'}
B = 1e9
def row(label, plan, done, pct, yoy):
    v = lambda s: float(round(float(s.replace('.', '')) * B))
    return [
     (label + ' | ' + plan + ' |', plan, 'level', 'VND', d(modality='target', value=v(plan))),
     ('| ' + plan + ' | ' + done + ' |', done, 'level', 'VND', d(value=v(done))),
     ('| ' + done + ' | ' + pct + ' |', pct, 'attainment', '%', d(T)),
     ('| ' + pct + ' | ' + yoy + '\n', yoy, 'attainment', '%', d(base='2021')),
    ]
FIGS = [
 ('năm 2022 đạt 55.134 tỷ đồng, vượt', '55.134 tỷ đồng', 'level', 'VND', d()),
 ('vượt 14,6% dự toán', '14,6%', 'change', '%', d(U, T, status='exceeded')),
 ('tỉnh Quảng Ninh đạt 55.134 tỷ đồng', '55.134 tỷ đồng', 'level', 'VND', d()),
 ('bằng 114,6% dự toán', '114,6%', 'attainment', '%', d(T)),
 ('và 106,2% dự toán', '106,2%', 'attainment', '%', d(T)),
 ('tăng 8,9% so với năm 2021', '8,9%', 'change', '%', d(U, base='2021')),
 ('đạt 38.420 tỷ đồng', '38.420 tỷ đồng', 'level', 'VND', d()),
 ('bằng 112,8% dự toán', '112,8%', 'attainment', '%', d(T)),
 ('tăng 10,2% so với năm trước', '10,2%', 'change', '%', d(U, base='2021')),
 ('đạt 16.714 tỷ đồng', '16.714 tỷ đồng', 'level', 'VND', d()),
 ('bằng 118,9% dự toán', '118,9%', 'attainment', '%', d(T)),
 ('tăng 6,3% so với năm 2021', '6,3%', 'change', '%', d(U, base='2021')),
 ('với 14.260 tỷ đồng', '14.260 tỷ đồng', 'level', 'VND', d()),
 ('chiếm 37,1%', '37,1%', 'level', '%', d()),
 ('đất đạt 6.820 tỷ đồng', '6.820 tỷ đồng', 'level', 'VND', d()),
 ('chỉ bằng 85,3% dự toán', '85,3%', 'attainment', '%', d(T)),
 ('đạt 96 tỷ đồng', '96 tỷ đồng', 'level', 'VND', d()),
 ('vượt 20% dự toán', '20%', 'change', '%', d(U, T, status='exceeded')),
]
FIGS += row('Thu nội địa', '34.060', '38.420', '112,8', '110,2')
FIGS += row('Thu từ hoạt động xuất nhập khẩu', '14.057', '16.714', '118,9', '106,3')
FIGS += row('Thu tiền sử dụng đất', '8.000', '6.820', '85,3', '72,4')
FIGS += row('Thu xổ số kiến thiết', '80', '96', '120,0', '104,3')
FIGS += [
 ('có 10/13 địa phương', '10/13', 'ratio', 'địa phương', d(indicator=None)),
 ('với 9.845 tỷ đồng', '9.845 tỷ đồng', 'level', 'VND', d(locality='thành phố Hạ Long')),
 ('đạt 2.460 tỷ đồng', '2.460 tỷ đồng', 'level', 'VND', d(locality='thành phố Cẩm Phả')),
 ('và 1.987 tỷ đồng', '1.987 tỷ đồng', 'level', 'VND', d(locality='thành phố Móng Cái')),
 ('chỉ bằng 71,2%', '71,2%', 'attainment', '%', d(T, locality='thị xã Quảng Yên')),
 ('và 78,5%', '78,5%', 'attainment', '%', d(T, locality='huyện Vân Đồn')),
 ('cả 13 địa phương', '13', 'level', 'địa phương', dict(optional=True)),
 ('đạt 31.870 tỷ đồng', '31.870 tỷ đồng', 'level', 'VND', d(EXP)),
 ('bằng 97,4% dự toán', '97,4%', 'attainment', '%', d(EXP, T)),
 ('phát triển 15.240 tỷ đồng', '15.240 tỷ đồng', 'level', 'VND', d(EXP)),
 ('thường xuyên 14.980 tỷ đồng', '14.980 tỷ đồng', 'level', 'VND', d(EXP)),
 ('đạt 9.842 tỷ đồng', '9.842 tỷ đồng', 'level', 'VND', d(PID)),
 ('bằng 81,6% kế hoạch', '81,6%', 'attainment', '%', d(PID, T)),
 ('(khoảng 75%)', '75%', 'attainment', '%', d(PID, T, locality='cả nước', bound='about')),
 ('giao là 51.900 tỷ đồng', '51.900 tỷ đồng', 'level', 'VND', d(P)),
 ('thu nội địa 36.400 tỷ đồng', '36.400 tỷ đồng', 'level', 'VND', d(P)),
 ('khẩu 15.500 tỷ đồng', '15.500 tỷ đồng', 'level', 'VND', d(P)),
 ('vượt từ 5 - 7% dự toán', '5 - 7%', 'change', '%', d(P, U, T, status='exceeded')),
]
