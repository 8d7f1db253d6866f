NFD = True
TEXT = '''
BÁO QUẢNG NINH
Thứ Sáu, 08/11/2024, 16:05 [GMT+7]
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Quốc tế | Media

Kinh tế

Quảng Ninh vào tốp 5 địa phương thu hút FDI lớn nhất cả nước

Theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), tính đến ngày 31/10/2024, tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam đạt 27,26 tỷ USD, tăng 1,9% so với cùng kỳ năm 2023. Quảng Ninh là một trong 5 địa phương dẫn đầu cả nước về thu hút FDI.

Trong 10 tháng, đã có 42 tỉnh, thành phố có dự án đầu tư nước ngoài. Bắc Ninh dẫn đầu với tổng vốn đăng ký hơn 4,5 tỷ USD, chiếm 16,5% tổng vốn đầu tư nước ngoài; Hà Nội đứng thứ hai với gần 2,8 tỷ USD; TP. Hồ Chí Minh đứng thứ ba với khoảng 2,5 tỷ USD. Quảng Ninh xếp thứ tư với 2,26 tỷ USD, gấp 1,8 lần cùng kỳ năm 2023, tiếp theo là Hải Phòng với 2,08 tỷ USD.

Riêng Quảng Ninh, 10 tháng năm 2024 tỉnh cấp mới 18 dự án FDI với tổng vốn 1,65 tỷ USD và điều chỉnh tăng vốn cho 9 lượt dự án với 610 triệu USD. Lũy kế đến nay, toàn tỉnh có 176 dự án FDI còn hiệu lực với tổng vốn đăng ký 15,4 tỷ USD, đứng thứ 11 cả nước.

Tình hình thu hút FDI 10 tháng của một số địa phương vùng Đồng bằng sông Hồng (tăng, giảm so với cùng kỳ):
- Bắc Ninh: 4,52 tỷ USD (+21,4%);
- Quảng Ninh: 2,26 tỷ USD (+80,3%);
- Hải Phòng: 2,08 tỷ USD (-12,6%);
- Hưng Yên: 1,05 tỷ USD (+35,1%);
- Hải Dương: 842 triệu USD (-8,7%).

Khu công nghiệp Sông Khoai (TX Quảng Yên) thu hút nhiều dự án lớn. Ảnh: Minh Hà

Cũng trong 10 tháng, vốn FDI thực hiện của cả nước ước đạt 19,58 tỷ USD, tăng 8,8% so với cùng kỳ, mức cao nhất trong 5 năm qua. Khu vực có vốn đầu tư nước ngoài xuất khẩu 234,6 tỷ USD, chiếm 72,6% kim ngạch xuất khẩu.

Năm 2024, Quảng Ninh phấn đấu thu hút khoảng 2,5 tỷ USD vốn FDI. Theo Ban Quản lý Khu kinh tế tỉnh, hiện còn 4 dự án quy mô trên 100 triệu USD đang hoàn thiện thủ tục, dự kiến cấp phép trong quý IV.

Hoàng Quỳnh

Tin liên quan
- Quảng Ninh: Đón 17,8 triệu lượt khách du lịch trong 10 tháng
- Khởi công nhà máy 200 triệu USD tại KCN Texhong Hải Hà

Cơ quan chủ quản: Tỉnh ủy Quảng Ninh | Tổng đài: 0203.3835.006 | Địa chỉ: Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
'''
META = {'published': '2024-11-08', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2024-10M', 'modality': 'actual', 'indicator': 'fdi'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
DN = {'direction': 'down'}
SP = {'base': 'same_period'}
CN = {'locality': 'cả nước'}
NOI = {'indicator': None}
def L(name): return {'locality': name}
FIGS = [
 ('đạt 27,26 tỷ USD', '27,26 tỷ USD', 'level', 'USD', d(CN)),
 ('tăng 1,9%', '1,9%', 'change', '%', d(CN, U, SP)),
 ('có 42 tỉnh', '42', 'level', 'tỉnh', d(CN, NOI)),
 ('hơn 4,5 tỷ USD', '4,5 tỷ USD', 'level', 'USD', d(L('tỉnh Bắc Ninh'), bound='over')),
 ('chiếm 16,5%', '16,5%', 'level', '%', d(L('tỉnh Bắc Ninh'))),
 ('gần 2,8 tỷ USD', '2,8 tỷ USD', 'level', 'USD', d(L('thành phố Hà Nội'), bound='nearly')),
 ('khoảng 2,5 tỷ USD.', '2,5 tỷ USD', 'level', 'USD', d(L('thành phố Hồ Chí Minh'), bound='about')),
 ('với 2,26 tỷ USD', '2,26 tỷ USD', 'level', 'USD', d()),
 ('gấp 1,8 lần', '1,8 lần', 'change', 'lần', d(U, SP)),
 ('với 2,08 tỷ USD', '2,08 tỷ USD', 'level', 'USD', d(L('thành phố Hải Phòng'))),
 ('mới 18 dự án', '18', 'level', 'dự án', d(NOI)),
 ('vốn 1,65 tỷ USD', '1,65 tỷ USD', 'level', 'USD', d()),
 ('cho 9 lượt dự án', '9', 'level', 'lượt dự án', d(NOI)),
 ('với 610 triệu USD', '610 triệu USD', 'level', 'USD', d()),
 ('có 176 dự án', '176', 'level', 'dự án', d(NOI)),
 ('ký 15,4 tỷ USD', '15,4 tỷ USD', 'level', 'USD', d()),
 ('Ninh: 4,52 tỷ USD', '4,52 tỷ USD', 'level', 'USD', d(L('tỉnh Bắc Ninh'))),
 ('(+21,4%)', '21,4%', 'change', '%', d(L('tỉnh Bắc Ninh'), U, SP)),
 ('Ninh: 2,26 tỷ USD', '2,26 tỷ USD', 'level', 'USD', d()),
 ('(+80,3%)', '80,3%', 'change', '%', d(U, SP)),
 ('Phòng: 2,08 tỷ USD', '2,08 tỷ USD', 'level', 'USD', d(L('thành phố Hải Phòng'))),
 ('(-12,6%)', '12,6%', 'change', '%', d(L('thành phố Hải Phòng'), DN, SP)),
 ('Yên: 1,05 tỷ USD', '1,05 tỷ USD', 'level', 'USD', d(L('tỉnh Hưng Yên'))),
 ('(+35,1%)', '35,1%', 'change', '%', d(L('tỉnh Hưng Yên'), U, SP)),
 ('Dương: 842 triệu USD', '842 triệu USD', 'level', 'USD', d(L('tỉnh Hải Dương'))),
 ('(-8,7%)', '8,7%', 'change', '%', d(L('tỉnh Hải Dương'), DN, SP)),
 ('ước đạt 19,58 tỷ USD', '19,58 tỷ USD', 'level', 'USD', d(CN, modality='estimate')),
 ('tăng 8,8%', '8,8%', 'change', '%', d(CN, U, SP, modality='estimate')),
 ('khẩu 234,6 tỷ USD', '234,6 tỷ USD', 'level', 'USD', d(CN, indicator='export_value')),
 ('chiếm 72,6%', '72,6%', 'level', '%', d(CN, indicator='export_value')),
 ('khoảng 2,5 tỷ USD vốn', '2,5 tỷ USD', 'level', 'USD', d(period='2024', modality='target', bound='about')),
 ('còn 4 dự án', '4', 'level', 'dự án', dict(optional=True)),
]
