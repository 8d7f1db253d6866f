TEXT = '''
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao
Thứ Bảy, 29/11/2025 - 08:42

Kinh tế

CPI tháng 11 tăng 0,46%, nhóm nhà ở và vật liệu xây dựng dẫn đầu

(ĐN) - Theo Thống kê tỉnh Đồng Nai, chỉ số giá tiêu dùng (CPI) tháng 11/2025 trên địa bàn tỉnh tăng 0,46% so với tháng trước, tăng 3,12% so với tháng 12/2024 và tăng 3,58% so với cùng kỳ năm trước. Bình quân 11 tháng năm 2025, CPI tăng 3,41% so với cùng kỳ.

Trong tháng, có 9/11 nhóm hàng hóa và dịch vụ chính tăng giá so với tháng trước, 2 nhóm giảm giá. So với tháng trước, nhóm nhà ở, điện, nước, chất đốt và vật liệu xây dựng tăng cao nhất với 1,52% do giá xi măng, sắt thép, cát xây dựng tăng theo nhu cầu sửa chữa, xây mới nhà cửa dịp cuối năm; nhóm hàng ăn và dịch vụ ăn uống tăng 0,62%; nhóm may mặc, mũ nón và giày dép tăng 0,35%; nhóm giáo dục tăng 0,12%; ở chiều ngược lại, nhóm giao thông giảm 0,85%, nhóm bưu chính, viễn thông giảm 0,04%.

Trong nhóm hàng ăn và dịch vụ ăn uống, lương thực tăng 0,85%, thực phẩm tăng 0,71%, ăn uống ngoài gia đình tăng 0,18%. Giá thịt heo hơi trên địa bàn dao động 60.000 - 64.000 đồng/kg, tăng khoảng 3.000 đồng/kg so với cuối tháng 10 do nhu cầu tiêu dùng cuối năm tăng. Tại chợ Biên Hòa (phường Trấn Biên), gạo thường có giá 15.000 - 16.000 đồng/kg, thịt heo đùi 110.000 - 120.000 đồng/kg; rau xanh tăng 10 - 15% so với tuần trước do mưa kéo dài.

Nhóm giao thông giảm chủ yếu do giá xăng dầu trong nước được điều chỉnh giảm qua 4 kỳ điều hành; bình quân trong tháng, giá xăng E5 RON 92 giảm 2,14% và dầu diesel 0,05S giảm 3,05% so với tháng trước.

Người dân mua sắm tại một siêu thị ở phường Trấn Biên. Ảnh: Hải Quân

Chỉ số giá vàng tháng 11 tăng 2,86% so với tháng trước và tăng 58,4% so với cùng kỳ; chỉ số giá đô la Mỹ giảm 0,21% so với tháng trước, tăng 3,65% so với cùng kỳ. Giá vàng nhẫn 9999 tại các doanh nghiệp kinh doanh vàng trên địa bàn phổ biến ở mức 148 - 151 triệu đồng/lượng (bán ra).

Lạm phát cơ bản bình quân 11 tháng tăng 3,05% so với cùng kỳ, thấp hơn mức tăng của CPI bình quân. Trên phạm vi cả nước, CPI bình quân 11 tháng năm 2025 tăng 3,29% so với cùng kỳ, thấp hơn mục tiêu khoảng 4,5% mà Quốc hội đề ra.

Thống kê tỉnh dự báo tháng 12, nhu cầu mua sắm phục vụ Tết Dương lịch và chuẩn bị Tết Nguyên đán sẽ đẩy giá một số mặt hàng thực phẩm tăng nhẹ; CPI bình quân cả năm 2025 của tỉnh dự kiến tăng khoảng 3,4 - 3,6%.

Hải Quân

Tin cùng chuyên mục
- Đồng Nai: 10 tháng, tổng mức bán lẻ hàng hóa đạt gần 290.000 tỷ đồng
- Giá heo hơi tăng 3 tuần liên tiếp
- Xăng giảm hơn 300 đồng/lít từ 15 giờ chiều nay

Báo Đồng Nai điện tử | Giấy phép số 95/GP-BTTTT | Tòa soạn: 81 Đường 30/4, phường Trấn Biên | ĐT: 0251.3822.585
'''
META = {'published': '2025-11-29', 'locality': 'tỉnh Đồng Nai'}
DEFAULTS = {'locality': 'tỉnh Đồng Nai', 'period': '2025-M11', 'modality': 'actual', 'indicator': 'cpi'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
PP = {'base': 'previous_period'}
S = {'base': 'same_period'}
NO = {'indicator': None}
TB = {'locality': 'phường Trấn Biên'}
M11 = {'period': '2025-11M'}
FIGS = [
 ('CPI tháng 11 tăng 0,46%,', '0,46%', 'change', '%', d(U)),
 ('trên địa bàn tỉnh tăng 0,46%', '0,46%', 'change', '%', d(U, PP)),
 ('tăng 3,12% so với tháng 12/2024', '3,12%', 'change', '%', d(U, base='2024')),
 ('tăng 3,58% so với cùng kỳ', '3,58%', 'change', '%', d(U, S)),
 ('CPI tăng 3,41%', '3,41%', 'change', '%', d(U, S, M11)),
 ('có 9/11 nhóm', '9/11', 'ratio', 'nhóm', dict(optional=True)),
 ('2 nhóm giảm giá', '2', 'level', 'nhóm', dict(optional=True)),
 ('cao nhất với 1,52%', '1,52%', 'change', '%', d(U, PP)),
 ('ăn uống tăng 0,62%', '0,62%', 'change', '%', d(U, PP)),
 ('giày dép tăng 0,35%', '0,35%', 'change', '%', d(U, PP)),
 ('giáo dục tăng 0,12%', '0,12%', 'change', '%', d(U, PP)),
 ('giao thông giảm 0,85%', '0,85%', 'change', '%', d(D, PP)),
 ('viễn thông giảm 0,04%', '0,04%', 'change', '%', d(D, PP)),
 ('lương thực tăng 0,85%', '0,85%', 'change', '%', d(U)),
 ('thực phẩm tăng 0,71%', '0,71%', 'change', '%', d(U)),
 ('gia đình tăng 0,18%', '0,18%', 'change', '%', d(U)),
 ('dao động 60.000 - 64.000 đồng/kg', '60.000 - 64.000 đồng/kg', 'level', 'VND/kg', d(NO)),
 ('khoảng 3.000 đồng/kg', '3.000 đồng/kg', 'change', 'VND/kg', d(NO, U, PP, bound='about')),
 ('giá 15.000 - 16.000 đồng/kg', '15.000 - 16.000 đồng/kg', 'level', 'VND/kg', d(NO, TB)),
 ('đùi 110.000 - 120.000 đồng/kg', '110.000 - 120.000 đồng/kg', 'level', 'VND/kg', d(NO, TB)),
 ('tăng 10 - 15% so với tuần trước', '10 - 15%', 'change', '%', d(NO, TB, U, PP)),
 ('qua 4 kỳ điều hành', '4', 'level', 'kỳ điều hành', dict(optional=True)),
 ('RON 92 giảm 2,14%', '2,14%', 'change', '%', d(NO, D, PP)),
 ('0,05S giảm 3,05%', '3,05%', 'change', '%', d(NO, D, PP)),
 ('tháng 11 tăng 2,86%', '2,86%', 'change', '%', d(NO, U, PP)),
 ('tăng 58,4% so với cùng kỳ', '58,4%', 'change', '%', d(NO, U, S)),
 ('giảm 0,21%', '0,21%', 'change', '%', d(NO, D, PP)),
 ('tăng 3,65% so với cùng kỳ', '3,65%', 'change', '%', d(NO, U, S)),
 ('mức 148 - 151 triệu đồng/lượng', '148 - 151 triệu đồng/lượng', 'level', 'VND/lượng', d(NO)),
 ('tháng tăng 3,05%', '3,05%', 'change', '%', d(NO, U, S, M11)),
 ('năm 2025 tăng 3,29%', '3,29%', 'change', '%', d(U, S, M11, locality='cả nước')),
 ('mục tiêu khoảng 4,5%', '4,5%', 'level', '%', d(locality='cả nước', period='2025', modality='target', bound='about')),
 ('khoảng 3,4 - 3,6%', '3,4 - 3,6%', 'change', '%', d(U, period='2025', modality='estimate', bound='about')),
]
