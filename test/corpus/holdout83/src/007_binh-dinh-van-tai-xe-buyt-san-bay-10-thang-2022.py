TEXT = '''
BÁO BÌNH ĐỊNH
Kinh tế | 18/11/2022 | 09:10 | Lượt xem: 2.364

Hoạt động vận tải phục hồi mạnh: Xe buýt nội tỉnh đạt 86% kế hoạch năm

(BĐ) - 10 tháng năm 2022, sản lượng vận chuyển hành khách toàn tỉnh ước đạt 24,6 triệu lượt hành khách, tăng 35,2% so với cùng kỳ; luân chuyển 1.786 triệu lượt khách.km. Vận tải hàng hóa ước đạt 12,4 triệu tấn, luân chuyển 1.320 triệu tấn.km, tăng 18,6%.

Theo Sở Giao thông vận tải, doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải 10 tháng ước đạt 4.860 tỷ đồng, tăng 28,7% so với cùng kỳ. Riêng tháng 10/2022, sản lượng vận chuyển hành khách tăng 4,2% so với tháng trước.

7 tuyến xe buýt nội tỉnh vận chuyển 1,48 triệu lượt hành khách, gấp 2,1 lần cùng kỳ năm 2021, đạt 86% kế hoạch năm; tỷ lệ lấp đầy bình quân khoảng 55%. Ngân sách tỉnh trợ giá 18,5 tỷ đồng, bình quân 12.500 đồng/lượt hành khách. Tuyến số 3 (Quy Nhơn - Tam Quan) có sản lượng cao nhất với 412.000 lượt. Bến xe khách trung tâm Quy Nhơn có 96.500 chuyến xe xuất bến, tăng 41% so với cùng kỳ, đưa đón 1,05 triệu lượt hành khách.

Cảng hàng không Phù Cát (huyện Phù Cát) 10 tháng đón 1,32 triệu lượt hành khách, tăng 74% so với cùng kỳ, với 9.140 lượt chuyến bay cất, hạ cánh; hiện có 6 đường bay nội địa.

Cảng Quy Nhơn (thành phố Quy Nhơn) 10 tháng đạt 11,2 triệu tấn hàng hóa thông qua, giảm 5,6% so với cùng kỳ, bằng 80% kế hoạch năm; trong đó hàng container đạt 186.000 TEU, tăng 9,4%. Hàng xuất khẩu qua cảng chiếm khoảng 45%, chủ yếu là dăm gỗ và gạo.

[Ảnh] Xe buýt tuyến số 5 đón khách tại Quảng trường Nguyễn Tất Thành, TP Quy Nhơn. Ảnh: Hoài Thu

Năm 2023, tỉnh phấn đấu mở thêm 3 tuyến xe buýt, nâng tổng số lên 10 tuyến; sản lượng hàng hóa qua cảng Quy Nhơn đạt 14,5 triệu tấn; sân bay Phù Cát đón trên 1,8 triệu lượt hành khách.

Hoài Thu

Tin cùng chuyên mục:
- Khai trương tuyến xe buýt số 10 Quy Nhơn - Cát Tiến (15/11/2022)
- Vietjet mở đường bay Phù Cát - Đà Lạt từ ngày 1/12 (12/11/2022)

Báo Bình Định. Giấy phép số 33/GP-BTTTT. Điện thoại tòa soạn: 0256.3822.582
'''
META = {'published': '2022-11-18', 'locality': 'tỉnh Bình Định'}
DEFAULTS = {'locality': 'tỉnh Bình Định', 'period': '2022-10M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
DN = {'direction': 'down'}
SP = {'base': 'same_period'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2023'}
PC = {'locality': 'huyện Phù Cát'}
QN = {'locality': 'thành phố Quy Nhơn'}
FIGS = [
 ('Xe buýt nội tỉnh đạt 86% kế hoạch năm', '86%', 'attainment', '%', d(base='target')),
 ('ước đạt 24,6 triệu', '24,6 triệu', 'level', 'lượt hành khách', d(E)),
 ('tăng 35,2%', '35,2%', 'change', '%', d(E, U, SP)),
 ('luân chuyển 1.786 triệu', '1.786 triệu', 'level', 'lượt khách.km', d(E)),
 ('ước đạt 12,4 triệu tấn', '12,4 triệu tấn', 'level', 'tấn', d(E)),
 ('luân chuyển 1.320 triệu tấn.km', '1.320 triệu', 'level', 'tấn.km', d(E)),
 ('tăng 18,6%', '18,6%', 'change', '%', d(E, U)),
 ('đạt 4.860 tỷ đồng', '4.860 tỷ đồng', 'level', 'VND', d(E)),
 ('tăng 28,7%', '28,7%', 'change', '%', d(E, U, SP)),
 ('tăng 4,2% so với tháng trước', '4,2%', 'change', '%', d(U, period='2022-M10', base='previous_period')),
 ('7 tuyến xe buýt nội tỉnh vận', '7', 'level', 'tuyến', d()),
 ('chuyển 1,48 triệu', '1,48 triệu', 'level', 'lượt hành khách', d()),
 ('gấp 2,1 lần', '2,1 lần', 'change', 'lần', d(U, SP)),
 ('năm 2021, đạt 86% kế hoạch năm', '86%', 'attainment', '%', d(base='target')),
 ('khoảng 55%', '55%', 'level', '%', d(bound='about')),
 ('trợ giá 18,5 tỷ đồng', '18,5 tỷ đồng', 'level', 'VND', d()),
 ('12.500 đồng/lượt hành khách', '12.500 đồng/lượt hành khách', 'level', 'VND/lượt hành khách', d()),
 ('với 412.000 lượt', '412.000', 'level', 'lượt', d()),
 ('đón 1,32 triệu', '1,32 triệu', 'level', 'lượt hành khách', d(PC)),
 ('tăng 74%', '74%', 'change', '%', d(PC, U, SP)),
 ('9.140 lượt chuyến bay', '9.140', 'level', 'lượt chuyến bay', d(PC)),
 ('có 6 đường bay', '6', 'level', 'đường bay', d(PC)),
 ('đạt 11,2 triệu tấn', '11,2 triệu tấn', 'level', 'tấn', d(QN)),
 ('giảm 5,6%', '5,6%', 'change', '%', d(QN, DN, SP)),
 ('bằng 80% kế hoạch năm', '80%', 'attainment', '%', d(QN, base='target')),
 ('đạt 186.000 TEU', '186.000 TEU', 'level', 'TEU', d(QN)),
 ('tăng 9,4%', '9,4%', 'change', '%', d(QN, U)),
 ('khoảng 45%', '45%', 'level', '%', d(QN, bound='about')),
 ('thêm 3 tuyến', '3', 'level', 'tuyến', d(T)),
 ('lên 10 tuyến', '10', 'level', 'tuyến', d(T, U)),
 ('đạt 14,5 triệu tấn', '14,5 triệu tấn', 'level', 'tấn', d(T)),
 ('trên 1,8 triệu', '1,8 triệu', 'level', 'lượt hành khách', d(T, bound='over')),
 ('có 96.500 chuyến xe', '96.500', 'level', 'chuyến xe', d(QN)),
 ('tăng 41%', '41%', 'change', '%', d(QN, U, SP)),
 ('đón 1,05 triệu', '1,05 triệu', 'level', 'lượt hành khách', d(QN)),
]
