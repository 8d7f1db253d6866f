TEXT = '''
Đại hội Đảng bộ xã Tân Phú Thạnh nhiệm kỳ 2025 - 2030

Cập nhật ngày: 16/04/2025 07:12

(HG) - Ngày 15-4, Đảng bộ xã Tân Phú Thạnh, huyện Châu Thành A tổ chức Đại hội đại biểu lần thứ XIV, nhiệm kỳ 2025 - 2030. Dự đại hội có 120 đại biểu đại diện cho 412 đảng viên của 19 chi bộ trực thuộc.

Đại biểu bỏ phiếu bầu Ban Chấp hành khóa mới. Ảnh: HOÀNG VŨ
Đại biểu bỏ phiếu bầu Ban Chấp hành khóa mới. Ảnh: HOÀNG VŨ

Nhìn lại nhiệm kỳ 2020 - 2025, Đảng bộ xã đã lãnh đạo thực hiện đạt và vượt 17/19 chỉ tiêu Nghị quyết đề ra. Thu nhập bình quân đầu người năm 2024 đạt 72 triệu đồng/người/năm, tăng 26,5 triệu đồng so với năm 2020. Tổng thu ngân sách trên địa bàn 5 năm đạt 58,6 tỉ đồng, bằng 118% chỉ tiêu Nghị quyết.

Xã có 2.150 ha đất nông nghiệp, trong đó diện tích trồng mít Thái và bưởi chiếm khoảng 65%. Năng suất lúa bình quân đạt 68 tạ/ha/vụ. Toàn xã có 6 hợp tác xã, 21 tổ hợp tác; xây dựng được 4 sản phẩm OCOP.

Xã được công nhận đạt chuẩn nông thôn mới nâng cao năm 2022, đạt 19/19 tiêu chí. Đến cuối năm 2024, tỷ lệ hộ nghèo còn 0,48%; tỷ lệ người dân tham gia BHYT đạt 95,2%; 100% hộ dân sử dụng nước sạch. Nhiệm kỳ qua, Đảng bộ kết nạp 68 đảng viên, vượt 13,3% chỉ tiêu.

Tuy nhiên, vẫn còn hai chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo và số doanh nghiệp thành lập mới.

Mục tiêu nhiệm kỳ 2025 - 2030
- Thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng/người/năm trở lên;
- Giữ vững tỷ lệ hộ nghèo dưới 0,5%;
- Tỷ lệ tham gia BHYT đạt trên 96%;
- Mỗi năm kết nạp từ 12 - 15 đảng viên;
- Phấn đấu có thêm 2 sản phẩm OCOP đạt 4 sao; xã đạt chuẩn nông thôn mới kiểu mẫu trước năm 2028.

Phát biểu tại đại hội, đồng chí Bí thư Huyện ủy Châu Thành A nhấn mạnh khẩu hiệu "3 quyết tâm, 5 đồng lòng" và đề nghị xã chú trọng phát triển kinh tế vườn.

Đại hội đã bầu Ban Chấp hành Đảng bộ khóa XIV gồm 15 đồng chí; bầu 8 đại biểu đi dự Đại hội Đảng bộ huyện.

HOÀNG VŨ

Tin liên quan:
- Châu Thành A: 100% chi bộ tổ chức đại hội điểm
- Hậu Giang có 51/51 xã đạt chuẩn nông thôn mới
'''
META = {'published': '2025-04-16', 'locality': 'xã Tân Phú Thạnh'}
DEFAULTS = {'locality': 'xã Tân Phú Thạnh', 'period': '2020/2025', 'modality': 'actual'}
T = {'period': '2025/2030', 'modality': 'target'}
T30 = {'period': '2030', 'modality': 'target'}
Y = {'period': '2024'}
FIGS = [
 ('có 120 đại biểu', '120', 'level', 'đại biểu', dict(optional=True)),
 ('cho 412 đảng viên', '412', 'level', 'đảng viên', dict(optional=True)),
 ('của 19 chi bộ', '19', 'level', 'chi bộ', dict(optional=True)),
 ('vượt 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('đạt 72 triệu đồng/người/năm', '72 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **Y)),
 ('tăng 26,5 triệu đồng', '26,5 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2020', **Y)),
 ('đạt 58,6 tỉ đồng', '58,6 tỉ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 118% chỉ tiêu', '118%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('có 2.150 ha', '2.150 ha', 'level', 'ha', dict(optional=True)),
 ('chiếm khoảng 65%', '65%', 'level', '%', dict(bound='about')),
 ('đạt 68 tạ/ha/vụ', '68 tạ/ha/vụ', 'level', 'tạ/ha/vụ', dict()),
 ('có 6 hợp tác xã', '6', 'level', 'hợp tác xã', dict(optional=True)),
 ('21 tổ hợp tác', '21', 'level', 'tổ hợp tác', dict(optional=True)),
 ('được 4 sản phẩm', '4', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('đạt 19/19 tiêu chí', '19/19', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', status='achieved', period='2022')),
 ('còn 0,48%', '0,48%', 'level', '%', dict(indicator='poverty_rate', **Y)),
 ('BHYT đạt 95,2%', '95,2%', 'level', '%', dict(indicator='health_insurance_coverage', **Y)),
 ('100% hộ dân', '100%', 'level', '%', dict(indicator='clean_water_rate', **Y)),
 ('kết nạp 68 đảng viên', '68', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('vượt 13,3% chỉ tiêu', '13,3%', 'change', '%', dict(indicator='new_party_members', direction='up', base='target', status='exceeded')),
 ('còn hai chỉ tiêu chưa đạt', 'hai', 'level', 'chỉ tiêu', dict(value=2, indicator='resolution_targets', status='not_achieved')),
 ('120 triệu đồng/người/năm trở lên', '120 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', bound='at_least', **T30)),
 ('dưới 0,5%', '0,5%', 'level', '%', dict(indicator='poverty_rate', bound='under', **T)),
 ('trên 96%', '96%', 'level', '%', dict(indicator='health_insurance_coverage', bound='over', **T)),
 ('từ 12 - 15 đảng viên', '12 - 15', 'level', 'đảng viên', dict(indicator='new_party_members', **T)),
 ('thêm 2 sản phẩm OCOP', '2', 'level', 'sản phẩm', dict(indicator='ocop_products', **T)),
 ('gồm 15 đồng chí', '15', 'level', 'đồng chí', dict(optional=True)),
 ('bầu 8 đại biểu', '8', 'level', 'đại biểu', dict(optional=True)),
 ('Châu Thành A: 100% chi bộ', '100%', 'level', '%', dict(optional=True)),
 ('có 51/51 xã', '51/51', 'ratio', 'xã', dict(optional=True)),
]
