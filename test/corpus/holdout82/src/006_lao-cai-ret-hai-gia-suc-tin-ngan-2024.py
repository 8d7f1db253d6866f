TEXT = '''
Báo Lào Cai điện tử
25/01/2024 - 18:10

Nông nghiệp

Rét hại làm chết 347 con gia súc

Trong 4 ngày từ 22 đến 25/1, rét đậm, rét hại kéo dài đã làm chết 347 con trâu, bò, ngựa trên địa bàn tỉnh, gấp 2,5 lần đợt rét cuối tháng 12/2023. Nhiệt độ thấp nhất tại Sa Pa xuống -1,5 độ C, tại Y Tý -2 độ C.

Huyện Bát Xát thiệt hại nhiều nhất với 126 con, tiếp đến huyện Bắc Hà 84 con. Ngoài ra, 420 ha lúa xuân mới gieo cấy và 185 ha rau màu bị hại, trong đó 62 ha mất trắng. Tính từ đầu mùa rét (tháng 12/2023) đến nay, toàn tỉnh có 512 con gia súc bị chết.

Sở Nông nghiệp và PTNT đề nghị các địa phương hỗ trợ người dân 2.400 tấm bạt che chuồng; tỉnh đã cấp 12 tấn thức ăn tinh dự trữ cho các xã vùng cao.

Đường dây nóng: 0214.3840.136

Tin khác
- Sa Pa: Hơn 20.000 lượt khách ngắm băng tuyết (24/01/2024)
- Bát Xát chủ động chống rét cho đàn gia súc (22/01/2024)
'''
META = {'published': '2024-01-25', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2024-M01', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
OPT = {'optional': True}
FIGS = [
 ('chết 347 con gia súc', '347', 'level', 'con', d()),
 ('chết 347 con trâu', '347', 'level', 'con', d()),
 ('gấp 2,5 lần', '2,5 lần', 'change', 'lần', d(U)),
 ('với 126 con', '126', 'level', 'con', d(locality='huyện Bát Xát')),
 ('Hà 84 con', '84', 'level', 'con', d(locality='huyện Bắc Hà')),
 ('420 ha', '420 ha', 'level', 'ha', d()),
 ('185 ha', '185 ha', 'level', 'ha', d()),
 ('62 ha', '62 ha', 'level', 'ha', d()),
 ('có 512 con', '512', 'level', 'con', d()),
 ('2.400 tấm', '2.400', 'level', 'tấm', OPT),
 ('cấp 12 tấn', '12 tấn', 'level', 'tấn', d()),
]
