TEXT = '''
BÁO HÀ TĨNH
Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Hà Tĩnh
Trang nhất | Chính trị | Kinh tế | Xã hội | Nông thôn mới | Văn hoá - Giải trí | Thể thao | Bạn đọc
Thứ Năm, 28/12/2023 - 09:12

Nông thôn mới

Hà Tĩnh có thêm 12 xã đạt chuẩn nông thôn mới nâng cao trong năm 2023

Năm 2023, Hà Tĩnh có thêm 12 xã đạt chuẩn nông thôn mới (NTM) nâng cao và 6 xã đạt chuẩn NTM kiểu mẫu, nâng tổng số lên 79 xã nâng cao và 26 xã kiểu mẫu; các xã chưa về đích bình quân đạt 15,4 tiêu chí/xã.

Chiều 27/12, Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị tổng kết Chương trình MTQG xây dựng NTM năm 2023, triển khai nhiệm vụ năm 2024. Hội nghị được kết nối trực tuyến đến 13 huyện, thành phố, thị xã.

Vượt kế hoạch về xã nâng cao

Theo báo cáo của Văn phòng Điều phối NTM tỉnh, trong năm 2023 toàn tỉnh có thêm 12 xã đạt chuẩn NTM nâng cao, vượt 2 xã so với kế hoạch; 6 xã đạt chuẩn NTM kiểu mẫu, bằng kế hoạch đề ra. Đến nay, Hà Tĩnh có 173/181 xã đạt chuẩn NTM, chiếm 95,6%, cao hơn nhiều so với bình quân cả nước (khoảng 78%); trong đó 79 xã đạt chuẩn NTM nâng cao và 26 xã đạt chuẩn NTM kiểu mẫu.

Ở cấp huyện, đến nay có 7/13 đơn vị cấp huyện đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng NTM; riêng huyện Can Lộc được Thủ tướng Chính phủ công nhận đạt chuẩn huyện NTM nâng cao theo Quyết định số 1565/QĐ-TTg. Với kết quả này, Hà Tĩnh tiếp tục nằm trong nhóm 5 tỉnh dẫn đầu cả nước về xây dựng NTM.

8 xã chưa đạt chuẩn đều thuộc các huyện miền núi Hương Khê, Vũ Quang và Kỳ Anh, bình quân đạt 15,4 tiêu chí/xã. Xã Kỳ Tây (huyện Kỳ Anh) đạt 17/19 tiêu chí, còn thiếu tiêu chí thu nhập và hộ nghèo; xã Hương Liên (huyện Hương Khê) mới đạt 13/19 tiêu chí.

Kết quả một số tiêu chí khó ở 8 xã chưa đạt chuẩn:
- Tiêu chí thu nhập: 3/8 xã đạt;
- Tiêu chí hộ nghèo: 5/8 xã đạt;
- Tiêu chí môi trường và an toàn thực phẩm: 4/8 xã đạt.

Ảnh: Đường làng ở thôn 3, xã Thạch Ngọc, huyện Thạch Hà, đạt chuẩn khu dân cư NTM kiểu mẫu năm 2023.

Thu nhập nông thôn tiếp tục tăng

Cũng theo báo cáo, thu nhập bình quân đầu người khu vực nông thôn năm 2023 đạt 52,6 triệu đồng, tăng 3,8 triệu đồng so với năm 2022. Tỷ lệ hộ nghèo khu vực nông thôn còn 2,95%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,2%.

Năm 2023, toàn tỉnh huy động 6.142 tỷ đồng cho xây dựng NTM, trong đó ngân sách nhà nước 1.650 tỷ đồng, chiếm 26,9%; nhân dân đóng góp 412 tỷ đồng và hiến 86.500 m2 đất làm đường, kênh mương. Chương trình mỗi xã một sản phẩm (OCOP) có thêm 47 sản phẩm được công nhận, nâng tổng số lên 312 sản phẩm, trong đó 5 sản phẩm đạt 4 sao tiềm năng 5 sao. Toàn tỉnh có 1.012 khu dân cư NTM kiểu mẫu và 2.850 vườn mẫu.

Bà Phan Thị Lài (thôn Trung Tiến, xã Thạch Ngọc), 67 tuổi, đã hiến 300 m2 đất vườn để mở rộng đường thôn. Bà kể năm 2019 gia đình phải đi vòng gần 2 km mới ra được đường tỉnh 2.

Mục tiêu năm 2024

Năm 2024, tỉnh phấn đấu có thêm 2 huyện đạt chuẩn NTM, 10 xã đạt chuẩn NTM nâng cao và 5 xã đạt chuẩn NTM kiểu mẫu; các xã chưa đạt chuẩn bình quân đạt 17 tiêu chí/xã; thu nhập bình quân khu vực nông thôn đạt 56 triệu đồng/người/năm.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo đề nghị các địa phương chuẩn bị hồ sơ xét công nhận theo Bộ tiêu chí quốc gia giai đoạn 2021 - 2025 (gồm 19 tiêu chí), tập trung cho các tiêu chí khó như thu nhập, môi trường và hộ nghèo.

Tại hội nghị, UBND tỉnh tặng Bằng khen cho 28 tập thể và 35 cá nhân có thành tích xuất sắc.

Thu Hà

BÀI LIÊN QUAN
- Can Lộc đón nhận danh hiệu huyện NTM nâng cao
- Hương Khê phấn đấu có thêm 3 xã đạt chuẩn NTM năm 2024
- Hà Tĩnh: 11 tháng thu ngân sách đạt 7.215 tỷ đồng

Báo Hà Tĩnh điện tử. Tổng biên tập: Lê Văn Tân. Địa chỉ: 94 Phan Đình Phùng, TP Hà Tĩnh. ĐT: 0239.3855.766
'''
META = {'published': '2023-12-28', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2023', 'modality': 'actual'}
ADV = {'indicator': 'new_rural_communes_advanced'}
MOD = {'indicator': 'new_rural_communes_model'}
NTM = {'indicator': 'new_rural_communes'}
CR = {'indicator': 'new_rural_criteria'}
T = {'modality': 'target', 'period': '2024'}
FIGS = [
 ('có thêm 12 xã đạt chuẩn nông thôn mới nâng cao trong', '12', 'level', 'xã', dict(ADV)),
 ('có thêm 12 xã đạt chuẩn nông thôn mới (NTM)', '12', 'level', 'xã', dict(ADV)),
 ('và 6 xã đạt chuẩn NTM kiểu mẫu, nâng', '6', 'level', 'xã', dict(MOD)),
 ('lên 79 xã', '79', 'level', 'xã', dict(ADV, direction='up')),
 ('và 26 xã kiểu mẫu', '26', 'level', 'xã', dict(MOD, direction='up')),
 ('về đích bình quân đạt 15,4 tiêu chí/xã', '15,4', 'level', 'tiêu chí/xã', dict(CR)),
 ('đến 13 huyện', '13', 'level', 'huyện', dict(optional=True)),
 ('toàn tỉnh có thêm 12 xã', '12', 'level', 'xã', dict(ADV)),
 ('vượt 2 xã', '2', 'change', 'xã', dict(ADV, direction='up', base='target', status='exceeded')),
 ('; 6 xã đạt chuẩn NTM kiểu mẫu, bằng', '6', 'level', 'xã', dict(MOD)),
 ('có 173/181 xã', '173/181', 'ratio', 'xã', dict(NTM)),
 ('chiếm 95,6%', '95,6%', 'level', '%', dict(NTM)),
 ('khoảng 78%', '78%', 'level', '%', dict(NTM, locality='cả nước', bound='about')),
 ('trong đó 79 xã', '79', 'level', 'xã', dict(ADV)),
 ('và 26 xã đạt chuẩn NTM kiểu mẫu.', '26', 'level', 'xã', dict(MOD)),
 ('có 7/13 đơn vị cấp huyện', '7/13', 'ratio', 'đơn vị cấp huyện', dict()),
 ('8 xã chưa đạt chuẩn đều', '8', 'level', 'xã', dict()),
 ('Kỳ Anh, bình quân đạt 15,4 tiêu chí/xã', '15,4', 'level', 'tiêu chí/xã', dict(CR)),
 ('đạt 17/19 tiêu chí', '17/19', 'ratio', 'tiêu chí', dict(CR, locality='xã Kỳ Tây', status='achieved')),
 ('đạt 13/19 tiêu chí', '13/19', 'ratio', 'tiêu chí', dict(CR, locality='xã Hương Liên', status='achieved')),
 ('đạt 52,6 triệu đồng', '52,6 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('tăng 3,8 triệu đồng', '3,8 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2022')),
 ('còn 2,95%', '2,95%', 'level', '%', dict(indicator='poverty_rate')),
 ('đạt 93,2%', '93,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('huy động 6.142 tỷ đồng', '6.142 tỷ đồng', 'level', 'VND', dict()),
 ('nước 1.650 tỷ đồng', '1.650 tỷ đồng', 'level', 'VND', dict()),
 ('chiếm 26,9%', '26,9%', 'level', '%', dict()),
 ('góp 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', dict()),
 ('hiến 86.500 m2', '86.500 m2', 'level', 'm2', dict()),
 ('thêm 47 sản phẩm', '47', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('lên 312 sản phẩm', '312', 'level', 'sản phẩm', dict(indicator='ocop_products', direction='up')),
 ('trong đó 5 sản phẩm', '5', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('có 1.012 khu dân cư', '1.012', 'level', 'khu dân cư', dict()),
 ('và 2.850 vườn mẫu', '2.850', 'level', 'vườn mẫu', dict()),
 ('thêm 2 huyện', '2', 'level', 'huyện', dict(T)),
 ('10 xã đạt chuẩn NTM nâng cao', '10', 'level', 'xã', dict(T, **ADV)),
 ('và 5 xã đạt chuẩn NTM kiểu mẫu;', '5', 'level', 'xã', dict(T, **MOD)),
 ('đạt 17 tiêu chí/xã', '17', 'level', 'tiêu chí/xã', dict(T, **CR)),
 ('đạt 56 triệu đồng/người/năm', '56 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(T, indicator='income_per_capita')),
 ('(gồm 19 tiêu chí)', '19', 'level', 'tiêu chí', dict(optional=True)),
 ('cho 28 tập thể', '28', 'level', 'tập thể', dict(optional=True)),
 ('và 35 cá nhân', '35', 'level', 'cá nhân', dict(optional=True)),
 ('ở 8 xã chưa đạt chuẩn:', '8', 'level', 'xã', dict()),
 ('thu nhập: 3/8 xã', '3/8', 'ratio', 'xã', dict()),
 ('hộ nghèo: 5/8 xã', '5/8', 'ratio', 'xã', dict()),
 ('phẩm: 4/8 xã', '4/8', 'ratio', 'xã', dict()),
]
