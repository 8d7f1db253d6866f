NFD = True
TEXT = '''
STV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG
Trang chủ | Tin tức | Chính trị | Kinh tế | Văn hóa - Xã hội | Video | Truyền hình tiếng Khmer | Lịch phát sóng
Hotline: 0299.3822.456

Chính trị | Thứ Hai, 18/12/2023 - 10:05

Đảng bộ xã Hồ Đắc Kiện kết nạp 14 đảng viên mới, vượt 40% chỉ tiêu

(STV) - Năm 2023, Đảng bộ xã Hồ Đắc Kiện (huyện Châu Thành) kết nạp được 14 đảng viên mới, vượt 40% chỉ tiêu huyện giao, nâng tổng số đảng viên của Đảng bộ lên 326 đồng chí, sinh hoạt tại 17 chi bộ.

Đồng chí Lâm Văn Ri (giữa), 78 tuổi, nhận Huy hiệu 55 năm tuổi Đảng tại lễ trao ngày 3/2. Ảnh: STV

Trong số đảng viên mới kết nạp có 9 đồng chí là đoàn viên thanh niên và 3 đồng chí là người dân tộc Khmer. Cuối năm, có 15/17 chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên, đạt 88,2%; 100% chi bộ ấp duy trì sinh hoạt chuyên đề theo Quy định 132-QĐ/TW.

Cùng với công tác xây dựng Đảng, xã tập trung phát triển sản phẩm OCOP. Trong năm, xã có thêm 2 sản phẩm đạt OCOP 3 sao là bánh pía nhân sầu riêng của Cơ sở Tấn Phát và mắm cá lóc của Tổ hợp tác ấp Phụng Sơn, nâng tổng số sản phẩm OCOP của xã lên 6 sản phẩm, trong đó 1 sản phẩm đạt 4 sao. Doanh thu từ các sản phẩm OCOP năm 2023 ước đạt 5,8 tỷ đồng, tăng 1,3 tỷ đồng so với năm 2022. Các cơ sở sản xuất giải quyết việc làm cho 64 lao động địa phương với thu nhập 6 - 7,5 triệu đồng/người/tháng.

▶ Xã Hồ Đắc Kiện nâng chất sản phẩm OCOP | 04:05

Bà Trần Thị Mỹ (56 tuổi), chủ Cơ sở Tấn Phát, chia sẻ: mỗi ngày cơ sở làm khoảng 1.200 cái bánh, dịp Tết tăng gấp đôi; điện thoại đặt hàng 0918.224.517.

Năm 2024, Đảng bộ xã phấn đấu kết nạp từ 12 đảng viên trở lên và có thêm ít nhất 1 sản phẩm OCOP đạt 4 sao.

Hữu Lộc - Sơn Thành

Xem thêm
- Châu Thành: 8/8 xã đạt chuẩn nông thôn mới nâng cao
- Video: Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2023 | 06:40

ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG
Giấy phép số 165/GP-BTTTT ngày 3/4/2019. Địa chỉ: 48 Lê Duẩn, Phường 3, TP Sóc Trăng.
'''
META = {'published': '2023-12-18', 'locality': 'xã Hồ Đắc Kiện'}
DEFAULTS = {'locality': 'xã Hồ Đắc Kiện', 'period': '2023', 'modality': 'actual'}
PM = dict(indicator='new_party_members')
OC = dict(indicator='ocop_products')
T = dict(period='2024', modality='target')
FIGS = [
 ('kết nạp 14 đảng viên mới, vượt 40% chỉ tiêu\n', '14', 'level', 'đảng viên', dict(PM)),
 ('mới, vượt 40% chỉ tiêu\n', '40%', 'change', '%', dict(PM, direction='up', base='target', status='exceeded')),
 ('được 14 đảng viên', '14', 'level', 'đảng viên', dict(PM)),
 ('vượt 40% chỉ tiêu huyện', '40%', 'change', '%', dict(PM, direction='up', base='target', status='exceeded')),
 ('lên 326 đồng chí', '326', 'level', 'đồng chí', dict(direction='up')),
 ('tại 17 chi bộ', '17', 'level', 'chi bộ', dict(optional=True)),
 ('có 9 đồng chí', '9', 'level', 'đồng chí', dict(optional=True)),
 ('và 3 đồng chí', '3', 'level', 'đồng chí', dict(optional=True)),
 ('có 15/17 chi bộ', '15/17', 'ratio', 'chi bộ', dict()),
 ('đạt 88,2%', '88,2%', 'level', '%', dict()),
 ('100% chi bộ', '100%', 'level', '%', dict()),
 ('thêm 2 sản phẩm', '2', 'level', 'sản phẩm', dict(OC)),
 ('lên 6 sản phẩm', '6', 'level', 'sản phẩm', dict(OC, direction='up')),
 ('đó 1 sản phẩm', '1', 'level', 'sản phẩm', dict(OC)),
 ('ước đạt 5,8 tỷ đồng', '5,8 tỷ đồng', 'level', 'VND', dict(modality='estimate')),
 ('tăng 1,3 tỷ đồng', '1,3 tỷ đồng', 'change', 'VND', dict(modality='estimate', direction='up', base='2022')),
 ('cho 64 lao động', '64', 'level', 'lao động', dict(indicator='jobs_created')),
 ('6 - 7,5 triệu đồng/người/tháng', '6 - 7,5 triệu đồng/người/tháng', 'level', 'VND/người/tháng', dict()),
 ('từ 12 đảng viên', '12', 'level', 'đảng viên', dict(PM, **T, bound='at_least')),
 ('ít nhất 1 sản phẩm', '1', 'level', 'sản phẩm', dict(OC, **T, bound='at_least')),
]
