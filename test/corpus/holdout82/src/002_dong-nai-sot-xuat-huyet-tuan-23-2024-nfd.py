NFD = True
TEXT = '''
ĐỒNG NAI ĐIỆN TỬ
Thứ Ba, 11/06/2024, 09:15 (GMT+7)
Trang chủ > Xã hội > Y tế

Tuần 23/2024: Đồng Nai ghi nhận 214 ca sốt xuất huyết, tăng 18% so với tuần trước

ĐNO - Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, trong tuần 23/2024 (từ ngày 3 đến 9/6), toàn tỉnh ghi nhận 214 ca mắc sốt xuất huyết, tăng 18% so với tuần trước; không có ca tử vong.

Cộng dồn từ đầu năm đến nay, toàn tỉnh có 2.386 ca mắc sốt xuất huyết, giảm 35,4% so với cùng kỳ năm 2023; 1 ca tử vong. Số ca mắc tập trung ở thành phố Biên Hòa với 712 ca, chiếm 29,8% số ca của tỉnh; kế đến là huyện Trảng Bom 348 ca và huyện Long Thành 296 ca.

Ngành Y tế ghi nhận 46 ổ dịch trong tuần, cộng dồn 412 ổ dịch; đã xử lý 100% ổ dịch được phát hiện.

Tay chân miệng tăng nhanh

Trong tuần, toàn tỉnh có 167 ca mắc tay chân miệng, gấp 1,6 lần tuần trước. Cộng dồn từ đầu năm có 1.952 ca, tăng 2,3 lần so với cùng kỳ; trẻ dưới 5 tuổi chiếm khoảng 92%. Riêng huyện Nhơn Trạch trong tuần có 38 ca, là địa phương có số ca tăng cao nhất.

Bệnh sởi chưa ghi nhận ca mắc mới trong tuần. Từ đầu năm, tỉnh ghi nhận 7 ca sởi, đều đã xuất viện.

Cán bộ y tế phường Tân Phong, thành phố Biên Hòa phun hóa chất diệt muỗi tại khu dân cư. Ảnh: Hải Quân

Theo CDC tỉnh, dự báo trong các tuần tới số ca sốt xuất huyết sẽ tiếp tục tăng do mùa mưa. Ngành Y tế phấn đấu năm 2024 giảm ít nhất 10% số ca mắc sốt xuất huyết so với trung bình 5 năm; tỷ lệ tử vong do sốt xuất huyết dưới 0,09%.

Tại thành phố Long Khánh, trong tuần có 21 ca sốt xuất huyết, giảm 4 ca so với tuần trước. Thành phố đã tổ chức 3 đợt chiến dịch diệt lăng quăng tại 15/15 phường, xã.

Hải Quân

Tin cùng chuyên mục
- Biên Hòa: Ra quân diệt lăng quăng tại 30 phường (08/06/2024)
- Khuyến cáo phòng bệnh tay chân miệng mùa tựu trường (05/06/2024)

Báo Đồng Nai. Giấy phép số 113/GP-BTTTT. Tòa soạn: 81 Hà Huy Giáp, phường Quyết Thắng, TP.Biên Hòa. Điện thoại: (0251) 3822.636
'''
META = {'published': '2024-06-11', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2024-M06', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
PP = {'base': 'previous_period'}
SP = {'base': 'same_period'}
Y = {'period': '2024'}
BH = {'locality': 'thành phố Biên Hòa'}
LK = {'locality': 'thành phố Long Khánh'}
NT = {'locality': 'huyện Nhơn Trạch'}
OPT = {'optional': True}
FIGS = [
 ('ghi nhận 214 ca sốt', '214', 'level', 'ca sốt xuất huyết', d()),
 ('tăng 18% so với tuần trước\n', '18%', 'change', '%', d(U, PP)),
 ('nhận 214 ca mắc', '214', 'level', 'ca mắc', d()),
 ('tăng 18% so với tuần trước;', '18%', 'change', '%', d(U, PP)),
 ('có 2.386 ca', '2.386', 'level', 'ca mắc', d(Y)),
 ('giảm 35,4%', '35,4%', 'change', '%', d(Y, D, SP)),
 ('1 ca tử vong', '1', 'level', 'ca tử vong', d(Y)),
 ('với 712 ca', '712', 'level', 'ca', d(Y, BH)),
 ('chiếm 29,8%', '29,8%', 'level', '%', d(Y, BH)),
 ('Bom 348 ca', '348', 'level', 'ca', d(Y, locality='huyện Trảng Bom')),
 ('Thành 296 ca', '296', 'level', 'ca', d(Y, locality='huyện Long Thành')),
 ('nhận 46 ổ dịch', '46', 'level', 'ổ dịch', OPT),
 ('dồn 412 ổ dịch', '412', 'level', 'ổ dịch', OPT),
 ('xử lý 100%', '100%', 'level', '%', OPT),
 ('có 167 ca', '167', 'level', 'ca mắc', d()),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(U, PP)),
 ('có 1.952 ca', '1.952', 'level', 'ca', d(Y)),
 ('tăng 2,3 lần', '2,3 lần', 'change', 'lần', d(Y, U, SP)),
 ('khoảng 92%', '92%', 'level', '%', d(Y, bound='about')),
 ('có 38 ca', '38', 'level', 'ca', d(NT)),
 ('nhận 7 ca sởi', '7', 'level', 'ca sởi', d(Y)),
 ('ít nhất 10%', '10%', 'change', '%', d(D, modality='target', period='2024', bound='at_least')),
 ('dưới 0,09%', '0,09%', 'level', '%', d(modality='target', period='2024', bound='under')),
 ('có 21 ca', '21', 'level', 'ca sốt xuất huyết', d(LK)),
 ('giảm 4 ca', '4', 'change', 'ca', d(LK, D, PP)),
 ('3 đợt', '3', 'level', 'đợt', OPT),
 ('15/15 phường', '15/15', 'ratio', 'phường', OPT),
]
