TEXT = '''
BÁO ĐỒNG NAI ĐIỆN TỬ
08:35, 20/06/2023
Kinh tế | Nông nghiệp

Xuân Lộc: Thu ngân sách 6 tháng ước đạt 61% dự toán

(ĐN) - Theo UBND huyện Xuân Lộc, 6 tháng đầu năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt 412 tỷ đồng, bằng 61% dự toán năm, tăng 7,8% so với cùng kỳ năm 2022. Trong đó, thu nội địa (không kể tiền sử dụng đất) 296 tỷ đồng.

Giá trị sản xuất nông nghiệp ước đạt 6.350 tỷ đồng, tăng 3,2%. Huyện hiện có 21.400ha cây ăn trái, trong đó 9.800ha sầu riêng; giá sầu riêng Ri6 tại vườn dao động 55.000 - 65.000 đồng/kg, cao hơn cùng kỳ khoảng 20.000 đồng/kg.

Giải ngân vốn đầu tư công đến ngày 15/6 đạt 38,5% kế hoạch. Huyện phấn đấu đến hết năm 2023 giải ngân đạt trên 95% kế hoạch vốn.

Xã Xuân Bắc là địa phương có tỷ lệ thu ngân sách cao nhất huyện với 78,2% dự toán.

Nông dân xã Xuân Định thu hoạch sầu riêng. Ảnh: VĂN GIA

Văn Gia

Tin liên quan
- Xuân Lộc: Khai mạc Hội chợ trái cây năm 2023 (18/06/2023)
- Long Khánh tổ chức Ngày hội việc làm lần 3 (15/06/2023)
Báo Đồng Nai. Đường dây nóng: 0251.3842.111. Lượt xem: 862
'''
META = {'published': '2023-06-20', 'locality': 'huyện Xuân Lộc'}
DEFAULTS = {'locality': 'huyện Xuân Lộc', 'period': '2023-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('tháng ước đạt 61% dự toán', '61%', 'attainment', '%', d(E, P, BR)),
 ('ước đạt 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 61% dự toán', '61%', 'attainment', '%', d(E, P, BR)),
 ('tăng 7,8%', '7,8%', 'change', '%', d(E, U, SP, BR)),
 ('đất) 296 tỷ đồng', '296 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước đạt 6.350 tỷ đồng', '6.350 tỷ đồng', 'level', 'VND', d(E, indicator='agricultural_output_value')),
 ('tăng 3,2%', '3,2%', 'change', '%', d(E, U, indicator='agricultural_output_value')),
 ('có 21.400ha', '21.400ha', 'level', 'ha', d()),
 ('đó 9.800ha', '9.800ha', 'level', 'ha', d()),
 ('55.000 - 65.000 đồng/kg', '55.000 - 65.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 20.000 đồng/kg', '20.000 đồng/kg', 'change', 'VND/kg', d(U, SP, bound='about')),
 ('đạt 38,5% kế hoạch', '38,5%', 'attainment', '%', d(P, PD)),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', d(P, PD, modality='target', period='2023', bound='over')),
 ('với 78,2% dự toán', '78,2%', 'attainment', '%', d(P, BR, locality='xã Xuân Bắc')),
]
