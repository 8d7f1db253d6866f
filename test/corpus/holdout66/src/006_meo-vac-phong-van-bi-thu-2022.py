TEXT = '''
BÁO HÀ GIANG ĐIỆN TỬ
Cập nhật: 20/12/2022 | 8:35:12 AM

Xây dựng Đảng | Kinh tế | Văn hoá - Xã hội | Trao đổi - Phỏng vấn

Mèo Vạc: Giảm nghèo bền vững từ những việc làm cụ thể

HGĐT- Năm 2022, huyện Mèo Vạc đạt và vượt 19/22 chỉ tiêu Nghị quyết; tỷ lệ hộ nghèo giảm 6,35%. Phóng viên Báo Hà Giang đã có cuộc trao đổi với đồng chí Nguyễn Mạnh Dũng, Bí thư Huyện uỷ Mèo Vạc xung quanh kết quả này.

PV: Thưa đồng chí, năm 2022 là năm đầu tiên huyện thực hiện chuẩn nghèo đa chiều mới. Đồng chí cho biết kết quả giảm nghèo của huyện?

Đồng chí Nguyễn Mạnh Dũng: Năm 2022, huyện đã tập trung mọi nguồn lực cho giảm nghèo. Đến nay, toàn huyện giảm được 1.176 hộ nghèo, tỷ lệ hộ nghèo giảm từ 51,27% xuống còn 44,92%; hộ cận nghèo còn 1.985 hộ, chiếm 12,1%. Thu nhập bình quân đầu người đạt 22,8 triệu đồng/năm, tăng 2,1 triệu đồng so với năm 2021. Chúng tôi đã hoàn thành xoá 312 nhà tạm, nhà dột nát cho hộ nghèo, vượt kế hoạch 62 nhà.

PV: Tỷ lệ hộ nghèo của huyện vẫn ở mức trên 44%, cao nhất tỉnh. Theo đồng chí, đâu là nguyên nhân?

Đồng chí Nguyễn Mạnh Dũng: Mèo Vạc có 92% diện tích là núi đá, thiếu đất sản xuất, thiếu nước sinh hoạt về mùa khô. Điểm xuất phát của chúng tôi thấp: năm 2015, tỷ lệ hộ nghèo theo chuẩn cũ còn trên 70%. Tuy vậy, cơ cấu kinh tế đã chuyển dịch: tổng thu ngân sách trên địa bàn năm 2022 ước đạt 46,5 tỷ đồng, bằng 116,3% dự toán tỉnh giao; du lịch đón 385.000 lượt khách, gấp 2,3 lần năm 2021, doanh thu du lịch ước đạt 210 tỷ đồng.

Bí thư Huyện uỷ Nguyễn Mạnh Dũng (thứ 2 từ trái) kiểm tra mô hình nuôi bò vỗ béo tại xã Pả Vi. Ảnh: Hoàng Thuỷ

PV: Năm 2023, huyện đặt ra những mục tiêu gì, thưa đồng chí?

Đồng chí Nguyễn Mạnh Dũng: Năm 2023, huyện phấn đấu giảm tỷ lệ hộ nghèo từ 5 - 6%; thu nhập bình quân đầu người đạt trên 25 triệu đồng; thu ngân sách trên địa bàn 50 tỷ đồng trở lên; có thêm 2 xã đạt chuẩn nông thôn mới, nâng tổng số lên 4/17 xã. Cùng với đó, huyện sẽ đón khoảng 450.000 lượt khách.

Chúng tôi xác định không có con đường nào khác ngoài việc thay đổi tư duy sản xuất của đồng bào, từ "trồng cây gì, nuôi con gì" đến "bán cho ai".

PV: Xin trân trọng cảm ơn đồng chí!

Hoàng Thuỷ (thực hiện)

Các tin khác:
- Mèo Vạc tổ chức Lễ hội Chợ tình Khâu Vai năm 2023
- Đường Hạnh Phúc: 63 năm một con đường

Toà soạn: Số 1, đường Đội Cấn, TP Hà Giang | ĐT: 0219.3866.234
'''
META = {'published': '2022-12-20', 'locality': 'huyện Mèo Vạc'}
DEFAULTS = {'locality': 'huyện Mèo Vạc', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2023', 'modality': 'target'}
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
FIGS = [
 ('vượt 19/22 chỉ tiêu', '19/22', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('giảm 6,35%', '6,35%', 'change', '%', d(D, PR)),
 ('được 1.176 hộ nghèo', '1.176', 'change', 'hộ', d(D, indicator='poor_households')),
 ('từ 51,27%', '51,27%', 'level', '%', d(PR, period='2021')),
 ('xuống còn 44,92%', '44,92%', 'level', '%', d(D, PR)),
 ('còn 1.985 hộ', '1.985', 'level', 'hộ', d()),
 ('chiếm 12,1%', '12,1%', 'level', '%', d(indicator='near_poverty_rate')),
 ('đạt 22,8 triệu đồng/năm', '22,8 triệu đồng/năm', 'level', 'VND/người/năm', d(indicator='income_per_capita')),
 ('tăng 2,1 triệu đồng', '2,1 triệu đồng', 'change', 'VND/người/năm', d(U, indicator='income_per_capita', base='2021')),
 ('xoá 312 nhà tạm', '312', 'level', 'nhà tạm', d()),
 ('vượt kế hoạch 62 nhà', '62', 'change', 'nhà', d(U, base='target', status='exceeded')),
 ('mức trên 44%', '44%', 'level', '%', d(PR, bound='over')),
 ('có 92% diện tích', '92%', 'level', '%', d(optional=True)),
 ('còn trên 70%', '70%', 'level', '%', d(PR, period='2015', bound='over')),
 ('ước đạt 46,5 tỷ đồng', '46,5 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 116,3% dự toán', '116,3%', 'attainment', '%', d(E, BR, base='target')),
 ('đón 385.000 lượt khách', '385.000', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('gấp 2,3 lần năm 2021', '2,3 lần', 'change', 'lần', d(U, indicator='tourist_arrivals', base='2021')),
 ('ước đạt 210 tỷ đồng', '210 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('từ 5 - 6%', '5 - 6%', 'change', '%', d(T, D, PR)),
 ('đạt trên 25 triệu đồng', '25 triệu đồng', 'level', 'VND/người/năm', d(T, indicator='income_per_capita', bound='over')),
 ('bàn 50 tỷ đồng trở lên', '50 tỷ đồng', 'level', 'VND', d(T, BR, bound='at_least')),
 ('thêm 2 xã', '2', 'level', 'xã', d(T, indicator='new_rural_communes')),
 ('lên 4/17 xã', '4/17', 'ratio', 'xã', d(T, U, indicator='new_rural_communes')),
 ('khoảng 450.000 lượt khách', '450.000', 'level', 'lượt khách', d(T, indicator='tourist_arrivals', bound='about')),
]
