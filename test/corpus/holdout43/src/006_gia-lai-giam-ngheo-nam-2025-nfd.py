NFD = True
TEXT = '''
BÁO GIA LAI ĐIỆN TỬ
Thứ Năm, 08/01/2026 - 10:25

Thời sự | Chính trị | Kinh tế | Xã hội | Dân tộc - Miền núi | Văn hóa | Thể thao | Bạn đọc

Gia Lai: Năm 2025 có 14.260 hộ thoát nghèo, tỷ lệ hộ nghèo giảm 1,62%

(GLO) - Năm đầu tiên vận hành chính quyền địa phương hai cấp sau hợp nhất, công tác giảm nghèo của tỉnh Gia Lai vẫn đạt kết quả tích cực: tỷ lệ hộ nghèo đa chiều giảm 1,62%, vượt chỉ tiêu giao (giảm 1,5%); 3 chương trình mục tiêu quốc gia giải ngân đạt 84%.

Theo Sở Nông nghiệp và Môi trường, cơ quan thường trực Chương trình MTQG giảm nghèo bền vững, kết quả rà soát cuối năm 2025 toàn tỉnh còn 26.870 hộ nghèo, chiếm 2,98%; hộ cận nghèo 31.450 hộ, chiếm 3,49%. Trong năm có 14.260 hộ thoát nghèo.

Mức giảm không đồng đều giữa hai khu vực. Khu vực Gia Lai cũ (phía Tây) còn 19.640 hộ nghèo, tỷ lệ 4,62%, giảm 2,35%; khu vực Bình Định cũ (phía Đông) còn 7.230 hộ nghèo, tỷ lệ 1,51%, giảm 0,91%. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 9,86%, giảm 4,12% so với cuối năm 2024 nhưng vẫn cao gấp hơn 3 lần mức chung của tỉnh.

Tổng vốn 3 chương trình mục tiêu quốc gia năm 2025 giao cho tỉnh là 2.846 tỷ đồng. Đến ngày 31/12/2025, toàn tỉnh giải ngân 2.391 tỷ đồng, đạt 84%; trong đó Chương trình MTQG giảm nghèo bền vững giải ngân 612 tỷ đồng, đạt 88,6%; Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đạt 83,1%; Chương trình MTQG xây dựng nông thôn mới đạt 81,4%.

Năm 2025, tỉnh hoàn thành chương trình xóa nhà tạm, nhà dột nát với 11.624 căn (xây mới 8.932 căn, sửa chữa 2.692 căn), tổng kinh phí hơn 640 tỷ đồng.

Ảnh: Ngôi nhà mới của một hộ nghèo ở xã Ia Grai được hỗ trợ từ chương trình xóa nhà tạm. Ảnh: Đinh Yến

Về xây dựng nông thôn mới, trước khi sắp xếp đơn vị hành chính, toàn tỉnh có 186/286 xã đạt chuẩn nông thôn mới, 52 xã đạt chuẩn nâng cao và 9 xã đạt chuẩn kiểu mẫu. Sau sắp xếp, tỉnh có 135 xã, phường, đặc khu. Tỷ lệ dân cư nông thôn sử dụng nước sạch đạt 91,2%; toàn tỉnh có 712/1.186 trường đạt chuẩn quốc gia, đạt 60%; 100% trạm y tế xã có bác sĩ làm việc.

Năm 2026, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 1 - 1,5%, riêng hộ nghèo đồng bào dân tộc thiểu số giảm trên 3%; có thêm 15 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030; tỷ lệ dân cư nông thôn sử dụng nước sạch đạt 93%.

Đinh Yến

Tin liên quan
- Xã Ia Pa hoàn thành bàn giao 120 căn nhà cho hộ nghèo (05/01/2026)
- Gia Lai: 95% học sinh vùng khó được hỗ trợ gạo (02/01/2026)
- Quy Nhơn: Dạy nghề miễn phí cho 500 lao động nông thôn (28/12/2025)

Cơ quan chủ quản: Tỉnh ủy Gia Lai. Tổng Biên tập: Nguyễn Thanh Hải. Đường dây nóng: 0269.3824.545
'''
META = {'published': '2026-01-08', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2025', 'modality': 'actual'}
PR = {'indicator': 'poverty_rate'}
GL = {'locality': 'tỉnh Gia Lai'}
BD = {'locality': 'tỉnh Bình Định'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('có 14.260 hộ thoát nghèo, tỷ lệ', '14.260', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('nghèo giảm 1,62%\n', '1,62%', 'change', '%', dict(PR, direction='down')),
 ('chiều giảm 1,62%', '1,62%', 'change', '%', dict(PR, direction='down')),
 ('(giảm 1,5%)', '1,5%', 'change', '%', dict(PR, direction='down', modality='target')),
 ('giải ngân đạt 84%', '84%', 'attainment', '%', dict(base='target')),
 ('còn 26.870 hộ', '26.870', 'level', 'hộ', dict(indicator='poor_households')),
 ('chiếm 2,98%', '2,98%', 'level', '%', dict(PR)),
 ('nghèo 31.450 hộ', '31.450', 'level', 'hộ', dict()),
 ('chiếm 3,49%', '3,49%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('có 14.260 hộ thoát nghèo.', '14.260', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('còn 19.640 hộ', '19.640', 'level', 'hộ', dict(GL, indicator='poor_households')),
 ('tỷ lệ 4,62%', '4,62%', 'level', '%', dict(GL, **PR)),
 ('giảm 2,35%', '2,35%', 'change', '%', dict(GL, **PR, direction='down')),
 ('còn 7.230 hộ', '7.230', 'level', 'hộ', dict(BD, indicator='poor_households')),
 ('tỷ lệ 1,51%', '1,51%', 'level', '%', dict(BD, **PR)),
 ('giảm 0,91%', '0,91%', 'change', '%', dict(BD, **PR, direction='down')),
 ('còn 9,86%', '9,86%', 'level', '%', dict(PR, direction='down')),
 ('giảm 4,12%', '4,12%', 'change', '%', dict(PR, direction='down', base='2024')),
 ('hơn 3 lần', '3 lần', 'change', 'lần', dict(optional=True, direction='up', bound='over')),
 ('Tổng vốn 3 chương trình', '3', 'level', 'chương trình', dict(optional=True)),
 ('là 2.846 tỷ đồng', '2.846 tỷ đồng', 'level', 'VND', dict()),
 ('giải ngân 2.391 tỷ đồng', '2.391 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 84%;', '84%', 'attainment', '%', dict(base='target')),
 ('giải ngân 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 88,6%', '88,6%', 'attainment', '%', dict(base='target')),
 ('đạt 83,1%', '83,1%', 'attainment', '%', dict(base='target')),
 ('đạt 81,4%', '81,4%', 'attainment', '%', dict(base='target')),
 ('với 11.624 căn', '11.624', 'level', 'căn', dict()),
 ('xây mới 8.932 căn', '8.932', 'level', 'căn', dict()),
 ('sửa chữa 2.692 căn', '2.692', 'level', 'căn', dict()),
 ('hơn 640 tỷ đồng', '640 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('có 186/286 xã', '186/286', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('52 xã đạt chuẩn nâng cao', '52', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('và 9 xã', '9', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('có 135 xã', '135', 'level', 'xã', dict(optional=True)),
 ('đạt 91,2%', '91,2%', 'level', '%', dict(indicator='clean_water_rate')),
 ('có 712/1.186 trường', '712/1.186', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('đạt 60%', '60%', 'level', '%', dict(indicator='national_standard_schools')),
 ('100% trạm y tế', '100%', 'level', '%', dict()),
 ('từ 1 - 1,5%', '1 - 1,5%', 'change', '%', dict(T, **PR, direction='down')),
 ('giảm trên 3%', '3%', 'change', '%', dict(T, **PR, direction='down', bound='over')),
 ('thêm 15 xã', '15', 'level', 'xã', dict(T, indicator='new_rural_communes')),
 ('đạt 93%', '93%', 'level', '%', dict(T, indicator='clean_water_rate')),
]
