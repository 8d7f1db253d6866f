# Old-style tone marks (hoà, hoá, thuỷ, khoẻ, uỷ) as the paper's CMS serves them.
TEXT = '''
BÁO NAM ĐỊNH ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xây dựng nông thôn mới | Văn hoá - Xã hội | Pháp luật | Thể thao
Thứ Sáu, 24/11/2023 - 07:30

Xây dựng nông thôn mới

Yên Lộc - xã nông thôn mới kiểu mẫu với 19/19 tiêu chí nâng cao

Sau gần 3 năm nỗ lực, xã Yên Lộc (Ý Yên) đã hoàn thành 19/19 tiêu chí xã nông thôn mới nâng cao và các tiêu chí kiểu mẫu theo lĩnh vực văn hoá, được UBND tỉnh công nhận đạt chuẩn nông thôn mới kiểu mẫu năm 2023. Diện mạo làng quê đổi thay rõ rệt, đời sống người dân ngày càng khấm khá.

Về Yên Lộc những ngày cuối thu, con đường trục xã rộng 7 m rợp bóng cây xanh, hai bên là hàng rào hoa dâm bụt được cắt tỉa gọn gàng. Xã có 3.950 hộ với hơn 14.200 nhân khẩu sinh sống ở 12 thôn.

Đồng chí Trần Văn Hoà, Bí thư Đảng uỷ xã cho biết: Xác định xây dựng nông thôn mới kiểu mẫu là nhiệm vụ trọng tâm, Đảng uỷ xã ban hành Nghị quyết chuyên đề số 09-NQ/ĐU; Uỷ ban nhân dân xã thành lập 12 tổ giám sát ở các thôn. Giai đoạn 2021 - 2023, tổng nguồn lực huy động xây dựng nông thôn mới kiểu mẫu đạt 186,4 tỷ đồng, trong đó nhân dân đóng góp 42,7 tỷ đồng, chiếm 22,9%. Nhân dân tự nguyện hiến 12.600 m2 đất để mở rộng đường làng, ngõ xóm.

Hạ tầng đồng bộ, kinh tế khởi sắc

Đến nay, toàn xã đã cứng hoá 46,8 km đường giao thông; 100% đường trục xã, liên thôn được nhựa hoá, bê tông hoá; lắp đặt 18,5 km đường điện chiếu sáng. Hệ thống thuỷ lợi nội đồng được kiên cố hoá 21,3 km kênh mương. Tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn đạt 100%.

Sản xuất nông nghiệp chuyển mạnh sang hàng hoá. Năm 2023, xã có 520 ha lúa chất lượng cao, chiếm 78% diện tích gieo cấy; giá trị thu được trên 1 ha đất canh tác đạt 168 triệu đồng/ha/năm. Toàn xã có 3 sản phẩm được công nhận đạt chuẩn OCOP 3 sao, trong đó có bánh nhãn và mộc mỹ nghệ.

Thu nhập bình quân đầu người năm 2023 ước đạt 72,5 triệu đồng/người/năm, tăng 16,3 triệu đồng so với năm 2020. Tỷ lệ hộ nghèo giảm còn 0,48% (còn 19 hộ); hộ cận nghèo còn 1,12%. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,4%; 100% trẻ em trong độ tuổi được tiêm chủng đầy đủ, chăm sóc sức khoẻ ban đầu.

Gia đình ông Vũ Văn Hùng (68 tuổi, xóm 4, thôn Đồng Lạc) là một trong những hộ đầu tiên hiến đất. Ông kể: "Nhà tôi hiến 120 m2 vườn, chuyển 2 sào ruộng sang trồng cây ăn quả, mỗi năm thu hơn 45 triệu đồng, khoẻ hơn cấy lúa nhiều". Bà Phạm Thị Thuỷ, chủ cơ sở mộc ở số nhà 36 thôn Yên Thịnh (điện thoại 0912.458.736), cho biết cơ sở giải quyết việc làm cho 25 lao động địa phương với mức lương 7 - 9 triệu đồng/tháng.

Cảnh quan sáng - xanh - sạch - đẹp

Xã có 5/12 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu; 92% số hộ phân loại rác thải tại nguồn. Trường Mầm non, Tiểu học và THCS Yên Lộc đều đạt chuẩn quốc gia mức độ 2. Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hoá" năm 2023 đạt 95,6%.

Hiện toàn huyện Ý Yên có 8/29 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu.

Năm 2024, xã Yên Lộc phấn đấu thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm, giảm tỷ lệ hộ nghèo xuống dưới 0,3%, và có thêm 3 thôn đạt chuẩn khu dân cư kiểu mẫu.

Bài và ảnh: Ngọc Thuỷ

Tin cùng chuyên mục
- Huyện Hải Hậu có 35/35 xã đạt chuẩn nông thôn mới nâng cao
- Nghĩa Hưng: Thu nhập bình quân đạt 68 triệu đồng/người/năm
- Xuân Trường hoàn thành 100% kế hoạch cứng hoá đường trục xã

Bình luận (2)
Nguyễn Văn Tuấn - 24/11/2023 09:12: Quê mình đẹp quá, chúc mừng Yên Lộc!

Báo Nam Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nam Định. Giấy phép số 35/GP-BTTTT. Số 68 đường Trần Hưng Đạo, thành phố Nam Định. Điện thoại: 0228.3849.220
'''
META = {'published': '2023-11-24', 'locality': 'xã Yên Lộc'}
DEFAULTS = {'locality': 'xã Yên Lộc', 'period': '2023', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2024'}
C = {'indicator': 'new_rural_criteria'}
FIGS = [
 ('kiểu mẫu với 19/19 tiêu chí', '19/19', 'ratio', 'tiêu chí', dict(C)),
 ('hoàn thành 19/19 tiêu chí', '19/19', 'ratio', 'tiêu chí', dict(C, status='achieved')),
 ('rộng 7 m', '7 m', 'level', 'm', dict(optional=True)),
 ('ở 12 thôn', '12', 'level', 'thôn', dict(optional=True)),
 ('lập 12 tổ', '12', 'level', 'tổ', dict(optional=True)),
 ('có 3.950 hộ', '3.950', 'level', 'hộ', dict(optional=True)),
 ('hơn 14.200 nhân khẩu', '14.200', 'level', 'nhân khẩu', dict(optional=True, bound='over')),
 ('đạt 186,4 tỷ đồng', '186,4 tỷ đồng', 'level', 'VND', dict(period='2021/2023')),
 ('góp 42,7 tỷ đồng', '42,7 tỷ đồng', 'level', 'VND', dict(period='2021/2023')),
 ('chiếm 22,9%', '22,9%', 'level', '%', dict(period='2021/2023')),
 ('hiến 12.600 m2', '12.600 m2', 'level', 'm2', dict(period='2021/2023')),
 ('cứng hoá 46,8 km', '46,8 km', 'level', 'km', dict()),
 ('; 100% đường', '100%', 'level', '%', dict()),
 ('đặt 18,5 km', '18,5 km', 'level', 'km', dict()),
 ('hoá 21,3 km', '21,3 km', 'level', 'km', dict()),
 ('quy chuẩn đạt 100%', '100%', 'level', '%', dict(indicator='clean_water_rate')),
 ('có 520 ha', '520 ha', 'level', 'ha', dict()),
 ('chiếm 78%', '78%', 'level', '%', dict()),
 ('đạt 168 triệu đồng/ha/năm', '168 triệu đồng/ha/năm', 'level', 'VND/ha/năm', dict()),
 ('có 3 sản phẩm', '3', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('đạt 72,5 triệu đồng/người/năm', '72,5 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', modality='estimate')),
 ('tăng 16,3 triệu đồng', '16,3 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', modality='estimate', direction='up', base='2020')),
 ('còn 0,48%', '0,48%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('(còn 19 hộ)', '19', 'level', 'hộ', dict(indicator='poor_households')),
 ('còn 1,12%', '1,12%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('đạt 96,4%', '96,4%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('; 100% trẻ em', '100%', 'level', '%', dict()),
 ('có 5/12 thôn', '5/12', 'ratio', 'thôn', dict()),
 ('; 92% số hộ', '92%', 'level', '%', dict()),
 ('đạt 95,6%', '95,6%', 'level', '%', dict()),
 ('có 8/29 xã', '8/29', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced', locality='huyện Ý Yên')),
 ('và 2 xã đạt', '2', 'level', 'xã', dict(indicator='new_rural_communes_model', locality='huyện Ý Yên')),
 ('đạt 78 triệu đồng/người/năm', '78 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(T, indicator='income_per_capita')),
 ('dưới 0,3%', '0,3%', 'level', '%', dict(T, indicator='poverty_rate', direction='down', bound='under')),
 ('thêm 3 thôn', '3', 'level', 'thôn', dict(T)),
]
