TEXT = '''
BÁO ĐIỆN BIÊN PHỦ
Kinh tế
Thứ Hai, 06/06/2022, 10:24 [GMT+7]

Thu ngân sách 5 tháng đạt 47,3% dự toán

ĐBP - Theo Sở Tài chính, tính đến hết tháng 5/2022, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 658,2 tỷ đồng, bằng 47,3% dự toán Trung ương giao, tăng 18,6% so với cùng kỳ năm 2021. Trong đó, thu nội địa 612,4 tỷ đồng; thu tiền sử dụng đất 196,7 tỷ đồng, chiếm 29,9% tổng thu.

Chi ngân sách địa phương 5 tháng đạt 3.915 tỷ đồng, bằng 38,2% dự toán. Giải ngân vốn đầu tư công đạt 812 tỷ đồng, bằng 22,4% kế hoạch vốn giao.

Riêng thành phố Điện Biên Phủ thu ngân sách đạt 214,5 tỷ đồng, vượt 6,8% dự toán năm; huyện Mường Chà mới đạt 21,3% dự toán.

Cán bộ Chi cục Thuế khu vực TP. Điện Biên Phủ - Điện Biên hướng dẫn người nộp thuế. Ảnh: Q.H

Quang Hưng

Tin cùng chuyên mục
- Điện Biên: 4 tháng đón 215.000 lượt khách (28/05/2022)
- Khởi công dự án đường 60m giai đoạn 2 (25/05/2022)

Giấy phép xuất bản số 122/GP-BTTTT. Điện thoại: 0215.3825.161
'''
META = {'published': '2022-06-06', 'locality': 'tỉnh Điện Biên'}
DEFAULTS = {'locality': 'tỉnh Điện Biên', 'period': '2022-5M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
PD = {'indicator': 'public_investment_disbursement'}
DBP = {'locality': 'thành phố Điện Biên Phủ'}
FIGS = [
 ('5 tháng đạt 47,3%', '47,3%', 'attainment', '%', d(BR, T)),
 ('đạt 658,2 tỷ đồng', '658,2 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 47,3% dự toán', '47,3%', 'attainment', '%', d(BR, T)),
 ('tăng 18,6% so với cùng kỳ', '18,6%', 'change', '%', d(BR, U, SP)),
 ('nội địa 612,4 tỷ đồng', '612,4 tỷ đồng', 'level', 'VND', d(BR)),
 ('đất 196,7 tỷ đồng', '196,7 tỷ đồng', 'level', 'VND', d(BR)),
 ('chiếm 29,9%', '29,9%', 'level', '%', d(BR)),
 ('đạt 3.915 tỷ đồng', '3.915 tỷ đồng', 'level', 'VND', d(BE)),
 ('bằng 38,2% dự toán', '38,2%', 'attainment', '%', d(BE, T)),
 ('đạt 812 tỷ đồng', '812 tỷ đồng', 'level', 'VND', d(PD)),
 ('bằng 22,4% kế hoạch', '22,4%', 'attainment', '%', d(PD, T)),
 ('đạt 214,5 tỷ đồng', '214,5 tỷ đồng', 'level', 'VND', d(BR, DBP)),
 ('vượt 6,8% dự toán', '6,8%', 'change', '%', d(BR, DBP, U, T, status='exceeded')),
 ('đạt 21,3% dự toán', '21,3%', 'attainment', '%', d(BR, T, locality='huyện Mường Chà')),
]
