TEXT = '''
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ > Kinh tế > Năng lượng
Cập nhật lúc 08:42, Thứ Hai, 08/07/2024 (GMT+7)

PC Đồng Nai: Điện thương phẩm 6 tháng tăng 7,6%

Nắng nóng kéo dài từ cuối tháng 3 khiến phụ tải tăng cao, nhưng Công ty TNHH MTV Điện lực Đồng Nai (PC Đồng Nai) vẫn bảo đảm cung cấp điện ổn định cho sản xuất và sinh hoạt.

Theo PC Đồng Nai, điện thương phẩm 6 tháng đầu năm 2024 đạt 8,92 tỷ kWh, tăng 7,6% so với cùng kỳ, bằng 49,3% kế hoạch năm. Doanh thu tiền điện ước đạt 17.650 tỷ đồng.

Cơ cấu điện thương phẩm 6 tháng (so với cùng kỳ):
+ Công nghiệp - xây dựng: 6,47 tỷ kWh (+8,1%);
+ Quản lý - tiêu dùng dân cư: 1,86 tỷ kWh (+5,2%);
+ Thương mại - dịch vụ: 312 triệu kWh (+11,4%);
+ Nông, lâm, thủy sản: 284 triệu kWh (-2,3%).

Riêng tháng 6/2024, điện thương phẩm đạt 1,58 tỷ kWh, tăng 3,2% so với tháng 5/2024. Công suất cực đại (Pmax) toàn tỉnh ngày 22/4 lên tới 2.480 MW, cao nhất từ trước đến nay. Điện mặt trời mái nhà phát lên lưới trong 6 tháng đạt 146 triệu kWh, chiếm 1,6% sản lượng điện nhận.

Tỷ lệ tổn thất điện năng 6 tháng là 2,86%, giảm 0,21 điểm phần trăm so với cùng kỳ. Chỉ số thời gian mất điện trung bình (SAIDI) là 186 phút, giảm 24,5%; đơn vị thực hiện 1.420 đợt cắt điện có kế hoạch để bảo trì, giảm 180 đợt so với cùng kỳ nhờ áp dụng sửa chữa điện nóng.

Tại thành phố Biên Hòa, điện thương phẩm đạt 2,35 tỷ kWh, chiếm 26,3% toàn tỉnh. Huyện Nhơn Trạch đạt 1,64 tỷ kWh, tăng 12,8% nhờ các khu công nghiệp mở rộng sản xuất; huyện Tân Phú chỉ đạt 96 triệu kWh.

[Ảnh] Công nhân Điện lực Long Khánh thay xà, sứ trên lưới điện 22 kV. Ảnh: Hoàng Lộc

Đến cuối tháng 6/2024, PC Đồng Nai quản lý 1,12 triệu khách hàng sử dụng điện, tăng 32.500 khách hàng so với đầu năm; 100% xã có điện lưới quốc gia, tỷ lệ hộ dân sử dụng điện đạt 99,98%.

6 tháng cuối năm, đơn vị phấn đấu điện thương phẩm cả năm đạt 18,1 tỷ kWh, tỷ lệ tổn thất điện năng dưới 2,9%, SAIDI không quá 420 phút.

Hoàng Lộc

Các bài viết khác:
- Đồng Nai: Điện mặt trời mái nhà tăng 40 MW (05/07/2024)
- Lịch cắt điện ngày 9/7: Tạm ngưng cấp điện từ 7 giờ 30 đến 16 giờ (07/07/2024)

Tổng biên tập: Nguyễn Tôn Hoàng Sơn. Giấy phép số 477/GP-BTTTT. ĐT: 0251.3942.521
'''
META = {'published': '2024-07-08', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2024-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
DN = {'direction': 'down'}
SP = {'base': 'same_period'}
T = {'modality': 'target', 'period': '2024'}
BH = {'locality': 'thành phố Biên Hòa'}
NT = {'locality': 'huyện Nhơn Trạch'}
M6 = {'period': '2024-M06'}
FIGS = [
 ('6 tháng tăng 7,6%', '7,6%', 'change', '%', d(U)),
 ('đạt 8,92 tỷ kWh', '8,92 tỷ kWh', 'level', 'kWh', d()),
 ('tăng 7,6% so với cùng kỳ', '7,6%', 'change', '%', d(U, SP)),
 ('bằng 49,3% kế hoạch', '49,3%', 'attainment', '%', d(base='target')),
 ('đạt 17.650 tỷ đồng', '17.650 tỷ đồng', 'level', 'VND', d(modality='estimate')),
 ('dựng: 6,47 tỷ kWh', '6,47 tỷ kWh', 'level', 'kWh', d()),
 ('(+8,1%)', '8,1%', 'change', '%', d(U, SP)),
 ('cư: 1,86 tỷ kWh', '1,86 tỷ kWh', 'level', 'kWh', d()),
 ('(+5,2%)', '5,2%', 'change', '%', d(U, SP)),
 ('vụ: 312 triệu kWh', '312 triệu kWh', 'level', 'kWh', d()),
 ('(+11,4%)', '11,4%', 'change', '%', d(U, SP)),
 ('sản: 284 triệu kWh', '284 triệu kWh', 'level', 'kWh', d()),
 ('(-2,3%)', '2,3%', 'change', '%', d(DN, SP)),
 ('đạt 1,58 tỷ kWh', '1,58 tỷ kWh', 'level', 'kWh', d(M6)),
 ('tăng 3,2% so với tháng 5/2024', '3,2%', 'change', '%', d(M6, U, base='previous_period')),
 ('lên tới 2.480 MW', '2.480 MW', 'level', 'MW', d(optional=True)),
 ('là 2,86%', '2,86%', 'level', '%', d()),
 ('giảm 0,21 điểm phần trăm', '0,21 điểm phần trăm', 'change', 'điểm %', d(DN, SP)),
 ('là 186 phút', '186 phút', 'level', 'phút', d()),
 ('giảm 24,5%', '24,5%', 'change', '%', d(DN)),
 ('hiện 1.420 đợt', '1.420', 'level', 'đợt', d()),
 ('giảm 180 đợt', '180', 'change', 'đợt', d(DN, SP)),
 ('đạt 2,35 tỷ kWh', '2,35 tỷ kWh', 'level', 'kWh', d(BH)),
 ('chiếm 26,3%', '26,3%', 'level', '%', d(BH)),
 ('đạt 1,64 tỷ kWh', '1,64 tỷ kWh', 'level', 'kWh', d(NT)),
 ('tăng 12,8%', '12,8%', 'change', '%', d(NT, U)),
 ('đạt 96 triệu kWh', '96 triệu kWh', 'level', 'kWh', d(locality='huyện Tân Phú')),
 ('lý 1,12 triệu khách hàng', '1,12 triệu', 'level', 'khách hàng', d(M6)),
 ('tăng 32.500 khách hàng', '32.500', 'change', 'khách hàng', d(M6, U, base='2023')),
 ('100% xã', '100%', 'level', '%', d(M6)),
 ('đạt 99,98%', '99,98%', 'level', '%', d(M6)),
 ('đạt 18,1 tỷ kWh', '18,1 tỷ kWh', 'level', 'kWh', d(T)),
 ('dưới 2,9%', '2,9%', 'level', '%', d(T, bound='under')),
 ('quá 420 phút', '420 phút', 'level', 'phút', d(T, bound='at_most')),
 ('đạt 146 triệu kWh', '146 triệu kWh', 'level', 'kWh', d()),
 ('chiếm 1,6%', '1,6%', 'level', '%', d()),
]
