TEXT = '''
Nông thôn mới

Xã Vĩnh Hậu A đón nhận Bằng công nhận đạt chuẩn nông thôn mới nâng cao

20/12/2024 07:45

(BL) - Sáng 19/12, Đảng ủy, UBND xã Vĩnh Hậu A (huyện Hòa Bình) long trọng tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2024 theo Quyết định số 2105/QĐ-UBND ngày 28/11/2024 của Chủ tịch UBND tỉnh Bạc Liêu.

Lãnh đạo tỉnh trao Bằng công nhận cho xã Vĩnh Hậu A. (Ảnh: Hữu Thọ)

Dự buổi lễ có Phó Chủ tịch UBND tỉnh Lê Thị Ái Nam; đại diện Văn phòng Điều phối nông thôn mới tỉnh, lãnh đạo huyện Hòa Bình cùng đông đảo người dân trong xã.

Xã Vĩnh Hậu A có 7 ấp với 2.986 hộ, 11.420 nhân khẩu, trong đó đồng bào Khmer chiếm hơn 12%. Xã được công nhận đạt chuẩn nông thôn mới năm 2019. Thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XIV, nhiệm kỳ 2020 - 2025, xã tiếp tục xây dựng nông thôn mới nâng cao với cách làm "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng".

Theo báo cáo tại buổi lễ, giai đoạn 2021 - 2024, tổng vốn huy động xây dựng nông thôn mới nâng cao của xã hơn 86 tỷ đồng, trong đó nhân dân đóng góp 12,4 tỷ đồng và hiến hơn 15.000 m2 đất. Xã đã nhựa hóa, bê tông hóa 38 km đường giao thông nông thôn, xây mới 14 cây cầu.

Đến nay, xã đã đạt 19/19 tiêu chí nông thôn mới nâng cao. Thu nhập bình quân đầu người năm 2024 đạt 68,5 triệu đồng, tăng 21,3 triệu đồng so với năm 2020. Tỷ lệ hộ nghèo giảm còn 0,86%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,2%; 100% hộ dân sử dụng nước sạch.

Ông Trần Văn Út, 61 tuổi, ở ấp Vĩnh Lạc, là một trong những người đi đầu hiến đất. Năm 2022, ông hiến 300 m2 đất vườn để mở rộng con đường dài 1,2 km ra đến Quốc lộ 1A. "Đường rộng thì con cháu đi học, chở lúa ra bán đều thuận lợi, mất chút đất có sao", ông Út cười. Gia đình ông hiện nuôi 2 ao tôm thẻ, mỗi năm lãi hơn 200 triệu đồng.

Bà Lâm Thị Sa Ri, 48 tuổi, người Khmer ở ấp Vĩnh Thạnh, nhờ vay 50 triệu đồng vốn Ngân hàng Chính sách xã hội để nuôi bò, đã thoát nghèo từ năm 2021 và nay xây được căn nhà tường.

Những năm trước, Vĩnh Hậu A là vùng đất nhiễm mặn, giao thông cách trở, người dân chủ yếu làm thuê. Từ khi có hệ thống đê bao và cống ngăn mặn, nông dân chuyển sang mô hình tôm - lúa, nuôi tôm công nghệ cao. Ông Nguyễn Văn Thắng, Chủ tịch UBND xã, nhớ lại: "Năm 2011, khi bắt đầu xây dựng nông thôn mới, cả xã mới đạt 5 tiêu chí, đường về các ấp còn là đường đất, mùa mưa lầy lội. Bây giờ xe ô tô vào tới tận nhà dân".

Tại buổi lễ, các đại biểu đã xem phóng sự về quá trình xây dựng nông thôn mới của xã, tham quan mô hình nuôi tôm siêu thâm canh của Hợp tác xã Vĩnh Hậu A ở ấp Vĩnh Thạnh và tuyến đường hoa do Hội Liên hiệp Phụ nữ xã chăm sóc.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Lê Thị Ái Nam biểu dương sự nỗ lực của Đảng bộ, chính quyền và Nhân dân xã Vĩnh Hậu A. Bà đề nghị xã giữ vững các tiêu chí đã đạt, phấn đấu đạt chuẩn nông thôn mới kiểu mẫu vào năm 2026. "Nông thôn mới không có điểm dừng. Điều quan trọng là thu nhập và đời sống của người dân phải ngày càng nâng lên", bà Ái Nam nói.

Nhân dịp này, UBND tỉnh tặng xã công trình phúc lợi trị giá 1 tỷ đồng; UBND huyện Hòa Bình tặng Giấy khen cho 15 tập thể, 32 cá nhân có thành tích tiêu biểu.

Theo Văn phòng Điều phối nông thôn mới tỉnh, đến nay toàn tỉnh có 49/49 xã đạt chuẩn nông thôn mới, 22 xã đạt chuẩn nông thôn mới nâng cao và 5 xã đạt chuẩn nông thôn mới kiểu mẫu. Huyện Hòa Bình có 7/7 xã đạt chuẩn nông thôn mới nâng cao. Năm 2024, tỉnh có 87 sản phẩm OCOP đạt 3 sao trở lên.

Chủ tịch UBND xã Vĩnh Hậu A Nguyễn Văn Thắng, 45 tuổi, cho biết năm 2025 xã phấn đấu thu nhập bình quân đầu người đạt 72 triệu đồng, xây dựng thêm 2 tuyến đường hoa và 1 ấp nông thôn mới kiểu mẫu ở ấp Vĩnh Mẫu. Trụ sở UBND xã đặt tại số 12 Quốc lộ 1A, ấp Vĩnh Lạc.

Tin liên quan:
- Huyện Vĩnh Lợi đạt chuẩn nông thôn mới nâng cao
- Bạc Liêu có thêm 12 sản phẩm OCOP 4 sao
- Giá Rai: Thu nhập bình quân đạt 70 triệu đồng/người/năm

Hữu Thọ
'''
META = {'published': '2024-12-20', 'locality': 'tỉnh Bạc Liêu'}
X = 'xã Vĩnh Hậu A'
DEFAULTS = {'locality': X, 'period': '2024', 'modality': 'actual'}
FIGS = [
 ('với 2.986 hộ', '2.986', 'level', 'hộ', dict(optional=True)),
 ('11.420 nhân khẩu', '11.420', 'level', 'nhân khẩu', dict(optional=True)),
 ('chiếm hơn 12%', '12%', 'level', '%', dict(optional=True)),
 ('xây dựng nông thôn mới nâng cao của xã hơn 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', dict(period='2021/2024', bound='over')),
 ('đóng góp 12,4 tỷ đồng', '12,4 tỷ đồng', 'level', 'VND', dict(period='2021/2024')),
 ('hơn 15.000 m2', '15.000 m2', 'level', 'm2', dict(period='2021/2024', bound='over')),
 ('bê tông hóa 38 km', '38 km', 'level', 'km', dict(period='2021/2024')),
 ('xây mới 14 cây cầu', '14', 'level', 'cây cầu', dict(period='2021/2024')),
 ('đạt 19/19 tiêu chí', '19/19', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', status='achieved')),
 ('đạt 68,5 triệu đồng', '68,5 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('tăng 21,3 triệu đồng', '21,3 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2020')),
 ('giảm còn 0,86%', '0,86%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('đạt 96,2%', '96,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('100% hộ dân', '100%', 'level', '%', dict(indicator='clean_water_rate')),
 ('thêm 2 tuyến đường hoa', '2', 'level', 'tuyến đường', dict(optional=True)),
 ('và 1 ấp', '1', 'level', 'ấp', dict(optional=True)),
 ('mới đạt 5 tiêu chí', '5', 'level', 'tiêu chí', dict(optional=True, period='2011')),
 ('trị giá 1 tỷ đồng', '1 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('cho 15 tập thể', '15', 'level', 'tập thể', dict(optional=True)),
 ('32 cá nhân', '32', 'level', 'cá nhân', dict(optional=True)),
 ('có 49/49 xã', '49/49', 'ratio', 'xã', dict(indicator='new_rural_communes', locality='tỉnh Bạc Liêu')),
 ('22 xã đạt', '22', 'level', 'xã', dict(indicator='new_rural_communes_advanced', locality='tỉnh Bạc Liêu')),
 ('5 xã đạt', '5', 'level', 'xã', dict(indicator='new_rural_communes_model', locality='tỉnh Bạc Liêu')),
 ('có 7/7 xã', '7/7', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced', locality='huyện Hòa Bình')),
 ('có 87 sản phẩm', '87', 'level', 'sản phẩm', dict(indicator='ocop_products', locality='tỉnh Bạc Liêu')),
 ('đạt 72 triệu đồng', '72 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2025', modality='target')),
]
