TEXT = '''
BÁO THÁI BÌNH ĐIỆN TỬ
Thứ Tư, 28/12/2022 - 16:40

Chính trị | Kinh tế | Nông nghiệp - Nông thôn | Văn hoá - Xã hội | Pháp luật | Thể thao

Thái Bình: 136 xã đạt chuẩn nông thôn mới nâng cao, 18 xã kiểu mẫu

Chiều 27/12, Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Phó Chủ tịch Uỷ ban nhân dân tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì hội nghị.

Theo báo cáo, năm 2022 toàn tỉnh có thêm 38 xã được công nhận đạt chuẩn nông thôn mới nâng cao, vượt 8 xã so với kế hoạch; 11 xã đạt chuẩn nông thôn mới kiểu mẫu, gấp 2,2 lần năm 2021. Đến nay, toàn tỉnh có 136/232 xã đạt chuẩn nông thôn mới nâng cao, chiếm 58,6%; 18 xã đạt chuẩn kiểu mẫu; 7/8 huyện, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới. Huyện Vũ Thư và huyện Kiến Xương đã hoàn thiện hồ sơ đề nghị Trung ương thẩm định, công nhận đạt chuẩn nông thôn mới nâng cao.

Tổng nguồn lực huy động cho xây dựng nông thôn mới trong năm đạt 4.216 tỷ đồng, trong đó vốn ngân sách nhà nước 2.380 tỷ đồng, chiếm 56,5%; nhân dân đóng góp 612 tỷ đồng và hiến 86.500 m2 đất để mở rộng đường giao thông, thuỷ lợi nội đồng.

Đời sống người dân nông thôn tiếp tục được nâng lên. Thu nhập bình quân đầu người khu vực nông thôn đạt 62,8 triệu đồng/người/năm, tăng 4,3 triệu đồng so với năm 2021; tỷ lệ hộ nghèo còn 1,38%. Tỷ lệ dân cư nông thôn được sử dụng nước sạch theo quy chuẩn đạt 99,2%; tỷ lệ rác thải sinh hoạt nông thôn được thu gom, xử lý đạt 92%.

Một góc khu dân cư kiểu mẫu thôn Đông, xã Vũ Hoà, huyện Kiến Xương. Ảnh: Ngọc Hoà

OCOP tạo sức bật cho kinh tế nông thôn

Về Chương trình mỗi xã một sản phẩm (OCOP), năm 2022 tỉnh đánh giá, phân hạng thêm 74 sản phẩm, nâng tổng số sản phẩm OCOP lên 212 sản phẩm; trong đó có 2 sản phẩm tiềm năng 5 sao, 41 sản phẩm đạt 4 sao và 169 sản phẩm đạt 3 sao. Doanh thu của các chủ thể OCOP tăng bình quân 15 - 20% sau khi được công nhận.

Kết quả chủ yếu năm 2022:
- Xã đạt chuẩn nông thôn mới nâng cao: 136/232 xã;
- Xã đạt chuẩn nông thôn mới kiểu mẫu: 18 xã;
- Sản phẩm OCOP: 212 sản phẩm;
- Bình quân tiêu chí nông thôn mới nâng cao: 17,6 tiêu chí/xã.

Phát biểu kết luận, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các địa phương tránh chạy theo thành tích, chú trọng chất lượng tiêu chí môi trường, cảnh quan. Năm 2023, tỉnh phấn đấu có thêm ít nhất 30 xã đạt chuẩn nông thôn mới nâng cao, 10 xã đạt chuẩn kiểu mẫu; 2 huyện đạt chuẩn nông thôn mới nâng cao; công nhận mới từ 50 sản phẩm OCOP trở lên.

Ngọc Hoà

Tin liên quan:
› Kiến Xương: Xây dựng 25 khu dân cư kiểu mẫu (22/12/2022)
› Quỳnh Phụ có thêm 9 sản phẩm OCOP (19/12/2022)
› Hưng Hà: Hoàn thành 11/11 xã nông thôn mới nâng cao (15/12/2022)

Toà soạn: Số 75, phố Lê Lợi, TP Thái Bình. Điện thoại: 0227.3831.441. Giấy phép số 469/GP-BTTTT.
'''
META = {'published': '2022-12-28', 'locality': 'tỉnh Thái Bình'}
DEFAULTS = {'locality': 'tỉnh Thái Bình', 'period': '2022', 'modality': 'actual'}
ADV = dict(indicator='new_rural_communes_advanced')
MOD = dict(indicator='new_rural_communes_model')
OC = dict(indicator='ocop_products')
T = dict(modality='target', period='2023')
FIGS = [
 ('Bình: 136 xã', '136', 'level', 'xã', dict(ADV)),
 ('cao, 18 xã kiểu mẫu', '18', 'level', 'xã', dict(MOD)),
 ('thêm 38 xã', '38', 'level', 'xã', dict(ADV)),
 ('vượt 8 xã', '8', 'change', 'xã', dict(ADV, direction='up', base='target', status='exceeded')),
 ('; 11 xã đạt', '11', 'level', 'xã', dict(MOD)),
 ('gấp 2,2 lần', '2,2 lần', 'change', 'lần', dict(MOD, direction='up', base='2021')),
 ('có 136/232 xã', '136/232', 'ratio', 'xã', dict(ADV)),
 ('chiếm 58,6%', '58,6%', 'level', '%', dict(ADV)),
 ('; 18 xã đạt chuẩn kiểu mẫu', '18', 'level', 'xã', dict(MOD)),
 ('7/8 huyện', '7/8', 'ratio', 'huyện', dict()),
 ('đạt 4.216 tỷ đồng', '4.216 tỷ đồng', 'level', 'VND', dict()),
 ('nước 2.380 tỷ đồng', '2.380 tỷ đồng', 'level', 'VND', dict()),
 ('chiếm 56,5%', '56,5%', 'level', '%', dict()),
 ('góp 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', dict()),
 ('hiến 86.500 m2', '86.500 m2', 'level', 'm2', dict()),
 ('đạt 62,8 triệu đồng/người/năm', '62,8 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('tăng 4,3 triệu đồng', '4,3 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2021')),
 ('còn 1,38%', '1,38%', 'level', '%', dict(indicator='poverty_rate')),
 ('đạt 99,2%', '99,2%', 'level', '%', dict(indicator='clean_water_rate')),
 ('xử lý đạt 92%', '92%', 'level', '%', dict()),
 ('thêm 74 sản phẩm', '74', 'level', 'sản phẩm', dict(OC)),
 ('lên 212 sản phẩm;', '212', 'level', 'sản phẩm', dict(OC, direction='up')),
 ('có 2 sản phẩm', '2', 'level', 'sản phẩm', dict(OC)),
 ('41 sản phẩm', '41', 'level', 'sản phẩm', dict(OC)),
 ('169 sản phẩm', '169', 'level', 'sản phẩm', dict(OC)),
 ('bình quân 15 - 20%', '15 - 20%', 'change', '%', dict(direction='up')),
 ('cao: 136/232 xã', '136/232', 'ratio', 'xã', dict(ADV)),
 ('mẫu: 18 xã', '18', 'level', 'xã', dict(MOD)),
 ('OCOP: 212 sản phẩm', '212', 'level', 'sản phẩm', dict(OC)),
 ('17,6 tiêu chí/xã', '17,6 tiêu chí/xã', 'level', 'tiêu chí/xã', dict(indicator='new_rural_criteria')),
 ('ít nhất 30 xã', '30', 'level', 'xã', dict(T, **ADV, bound='at_least')),
 (', 10 xã', '10', 'level', 'xã', dict(T, **MOD)),
 ('; 2 huyện', '2', 'level', 'huyện', dict(T)),
 ('từ 50 sản phẩm', '50', 'level', 'sản phẩm', dict(T, **OC, bound='at_least')),
]
