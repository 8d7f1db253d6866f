TEXT = '''
ĐỒNG NAI ĐIỆN TỬ
Thứ Ba, 20/01/2026 | 15:40
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | 95 xã, phường

Kinh tế

Thu ngân sách cấp xã 6 tháng cuối năm 2025: phường Trấn Biên dẫn đầu

ĐN - Sau 6 tháng vận hành chính quyền địa phương 2 cấp (từ ngày 1/7 đến 31/12/2025), tổng thu ngân sách do cấp xã quản lý trên địa bàn tỉnh đạt 4.862 tỷ đồng, bằng 126,5% dự toán tỉnh giao.

Theo Sở Tài chính, trong 95 xã, phường, có 71 đơn vị đạt và vượt dự toán, 24 đơn vị chưa đạt. Phường Trấn Biên dẫn đầu với số thu 412 tỷ đồng, bằng 138,2% dự toán; đứng thứ hai là phường Biên Hòa với 365 tỷ đồng; tiếp theo lần lượt là xã Long Thành, phường Tam Hiệp và xã Nhơn Trạch, với 298 tỷ đồng, 251 tỷ đồng và 236 tỷ đồng.

Ở khu vực Bình Phước cũ, phường Đồng Xoài có số thu cao nhất với 184 tỷ đồng, vượt 60,5% dự toán; phường Bình Long đạt 92 tỷ đồng. Các xã vùng sâu như Bù Gia Mập, Đăk Ơ, Phú Nghĩa có số thu thấp, chủ yếu từ thuế, phí và lệ phí.

Năm 2026, tỉnh đặt mục tiêu tổng thu ngân sách cấp xã đạt 10.200 tỷ đồng; 100% xã, phường hoàn thành dự toán được giao.

Bộ phận một cửa phường Trấn Biên phục vụ người dân. Ảnh: Hải Quân

Hải Quân

Bài liên quan
- Đồng Nai: 95 đảng bộ xã, phường hoàn thành đại hội nhiệm kỳ 2025 - 2030
- Phường Long Bình khánh thành trường mầm non 18 phòng học

Số lượt xem: 1.245
Báo Đồng Nai - Cơ quan của Đảng bộ tỉnh Đồng Nai | ĐT: 0251.3822.307
'''
META = {'published': '2026-01-20', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2025-H2', 'modality': 'actual', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'base': 'target'}
NOI = {'indicator': None}
def L(name): return {'locality': name}
FIGS = [
 ('đạt 4.862 tỷ đồng', '4.862 tỷ đồng', 'level', 'VND', d()),
 ('bằng 126,5% dự toán', '126,5%', 'attainment', '%', d(T)),
 ('trong 95 xã', '95', 'level', 'xã', dict(optional=True)),
 ('có 71 đơn vị', '71', 'level', 'đơn vị', d(NOI)),
 ('24 đơn vị', '24', 'level', 'đơn vị', d(NOI)),
 ('thu 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d(L('phường Trấn Biên'))),
 ('bằng 138,2% dự toán', '138,2%', 'attainment', '%', d(L('phường Trấn Biên'), T)),
 ('với 365 tỷ đồng', '365 tỷ đồng', 'level', 'VND', d(L('phường Biên Hòa'))),
 ('với 298 tỷ đồng', '298 tỷ đồng', 'level', 'VND', d(L('xã Long Thành'))),
 ('251 tỷ đồng', '251 tỷ đồng', 'level', 'VND', d(L('phường Tam Hiệp'))),
 ('236 tỷ đồng', '236 tỷ đồng', 'level', 'VND', d(L('xã Nhơn Trạch'))),
 ('với 184 tỷ đồng', '184 tỷ đồng', 'level', 'VND', d(L('phường Đồng Xoài'))),
 ('vượt 60,5% dự toán', '60,5%', 'change', '%', d(L('phường Đồng Xoài'), T, direction='up', status='exceeded')),
 ('đạt 92 tỷ đồng', '92 tỷ đồng', 'level', 'VND', d(L('phường Bình Long'))),
 ('đạt 10.200 tỷ đồng', '10.200 tỷ đồng', 'level', 'VND', d(period='2026', modality='target')),
 ('100% xã', '100%', 'level', '%', d(NOI, period='2026', modality='target')),
]
