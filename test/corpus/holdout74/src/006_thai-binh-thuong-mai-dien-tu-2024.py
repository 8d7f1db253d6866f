TEXT = '''
BÁO THÁI BÌNH
Thứ Tư, 25/12/2024 | 09:10
Kinh tế | Thương mại - Dịch vụ | Chuyển đổi số

Thái Bình: Doanh thu thương mại điện tử năm 2024 ước tăng 32%

(TB) - Năm 2024, doanh thu bán lẻ hàng hóa qua thương mại điện tử trên địa bàn tỉnh ước đạt 3.250 tỷ đồng, tăng 32% so với năm 2023, chiếm khoảng 6,8% tổng mức bán lẻ hàng hóa.

Theo Sở Công Thương, đến nay toàn tỉnh có 1.286 cơ sở kinh doanh bán hàng trên các sàn thương mại điện tử, tăng 412 cơ sở so với cuối năm 2023; trong đó 214 hợp tác xã và 96 doanh nghiệp có gian hàng riêng trên Shopee, Lazada, TikTok Shop. Huyện Hưng Hà dẫn đầu với 218 cơ sở, tiếp đến là thành phố Thái Bình 196 cơ sở.

Trong năm, Sở phối hợp tổ chức 18 lớp tập huấn kỹ năng bán hàng trực tuyến cho hơn 1.500 học viên; hỗ trợ 120 cơ sở xây dựng gian hàng, mỗi cơ sở được hỗ trợ tối đa 15 triệu đồng. Nhiều phiên livestream bán gạo nếp cái hoa vàng, bánh cáy, dưa hấu đạt doanh số 200 - 300 triệu đồng/phiên.

Livestream giới thiệu sản phẩm bánh cáy làng Nguyễn (huyện Đông Hưng). Ảnh: Ngọc Anh

Sản lượng bưu gửi thương mại điện tử qua các doanh nghiệp bưu chính trên địa bàn đạt khoảng 14,2 triệu bưu gửi, gấp 1,5 lần năm 2023. Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại các siêu thị, trung tâm thương mại đạt 68%, tăng 9 điểm phần trăm so với năm trước.

Cùng với sự phát triển của kênh bán hàng trực tuyến, tình trạng kinh doanh hàng giả, hàng không rõ nguồn gốc trên mạng cũng gia tăng. Năm 2024, lực lượng quản lý thị trường tỉnh phát hiện, xử lý 27 vụ vi phạm trong thương mại điện tử, phạt hơn 380 triệu đồng. Sở Công Thương tiếp nhận 46 đơn phản ánh của người tiêu dùng về mua bán trực tuyến, đã giải quyết 44/46 đơn, đạt 95,7%.

Năm 2025, tỉnh phấn đấu doanh thu thương mại điện tử tăng 25 - 30%, 50% hộ kinh doanh trên địa bàn ứng dụng bán hàng đa kênh.

Ngọc Anh

Bài viết liên quan
- Thái Bình xếp thứ 32/63 về chỉ số thương mại điện tử
- Hội nghị kết nối cung cầu hàng hóa năm 2024 thu hút 150 doanh nghiệp

Giấy phép xuất bản số 466/GP-BTTTT | ĐT: 0227.3831.589 | Lượt truy cập: 12.846.370
'''
META = {'published': '2024-12-25', 'locality': 'tỉnh Thái Bình'}
DEFAULTS = {'locality': 'tỉnh Thái Bình', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
E = {'modality': 'estimate'}
P = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('ước tăng 32%', '32%', 'change', '%', d(U, E)),
 ('ước đạt 3.250 tỷ đồng', '3.250 tỷ đồng', 'level', 'VND', d(E)),
 ('tăng 32% so với năm 2023', '32%', 'change', '%', d(U, E, base='2023')),
 ('khoảng 6,8%', '6,8%', 'level', '%', d(E, bound='about')),
 ('có 1.286 cơ sở', '1.286', 'level', 'cơ sở kinh doanh', d()),
 ('tăng 412 cơ sở', '412', 'change', 'cơ sở', d(U, base='2023')),
 ('214 hợp tác xã', '214', 'level', 'hợp tác xã', d()),
 ('và 96 doanh nghiệp', '96', 'level', 'doanh nghiệp', d()),
 ('với 218 cơ sở', '218', 'level', 'cơ sở', d(locality='huyện Hưng Hà')),
 ('Thái Bình 196 cơ sở', '196', 'level', 'cơ sở', d(locality='thành phố Thái Bình')),
 ('tổ chức 18 lớp', '18', 'level', 'lớp', dict(optional=True)),
 ('hơn 1.500 học viên', '1.500', 'level', 'học viên', d(bound='over')),
 ('hỗ trợ 120 cơ sở', '120', 'level', 'cơ sở', d()),
 ('tối đa 15 triệu đồng', '15 triệu đồng', 'level', 'VND', dict(optional=True)),
 ('số 200 - 300 triệu đồng/phiên', '200 - 300 triệu đồng/phiên', 'level', 'VND/phiên', dict(optional=True)),
 ('khoảng 14,2 triệu bưu gửi', '14,2 triệu', 'level', 'bưu gửi', d(bound='about')),
 ('gấp 1,5 lần năm 2023', '1,5 lần', 'change', 'lần', d(U, base='2023')),
 ('đạt 68%', '68%', 'level', '%', d()),
 ('tăng 9 điểm phần trăm', '9 điểm phần trăm', 'change', 'điểm %', d(U, base='2023')),
 ('xử lý 27 vụ', '27', 'level', 'vụ', d()),
 ('hơn 380 triệu đồng', '380 triệu đồng', 'level', 'VND', d(bound='over')),
 ('tiếp nhận 46 đơn', '46', 'level', 'đơn', dict(optional=True)),
 ('44/46 đơn', '44/46', 'ratio', 'đơn', d()),
 ('đạt 95,7%', '95,7%', 'level', '%', d()),
 ('tăng 25 - 30%', '25 - 30%', 'change', '%', d(U, P)),
 ('50% hộ kinh doanh', '50%', 'level', '%', d(P)),
]
