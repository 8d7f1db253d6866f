TEXT = '''
Xã Tân Phú (mới) phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 120 triệu đồng

14/08/2025 08:05

ĐN - Ngày 13/8, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Tân Phú (mới) được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp thị trấn Tân Phú, xã Phú Thanh và xã Phú Xuân thuộc huyện Tân Phú cũ, có diện tích tự nhiên 98,6 km2.

Dự đại hội có 150 đại biểu chính thức, đại diện cho hơn 1.150 đảng viên của 42 tổ chức cơ sở đảng trực thuộc.

Nhìn lại nhiệm kỳ 2020 - 2025, Đảng bộ và nhân dân ba địa phương cũ đã hoàn thành và vượt 19/21 chỉ tiêu Nghị quyết đề ra. Giá trị sản xuất trên địa bàn tăng bình quân 8,4%/năm; thu nhập bình quân đầu người năm 2025 ước đạt 78 triệu đồng, gấp 1,5 lần so với năm 2020. Tỷ lệ hộ nghèo giảm còn 0,8%. Thu ngân sách trên địa bàn năm 2025 ước đạt 86 tỷ đồng. Trong nhiệm kỳ, các đảng bộ xã, thị trấn cũ đã kết nạp 168 đảng viên mới.

Đến cuối năm 2024, khu vực xã Phú Thanh cũ có 2.150 ha cây ăn trái, trong đó 640 ha sầu riêng; khu vực thị trấn Tân Phú cũ có 1.250 hộ kinh doanh cá thể, là trung tâm thương mại - dịch vụ của xã mới.

Mục tiêu nhiệm kỳ 2025 - 2030

Đại hội thống nhất đề ra 18 chỉ tiêu chủ yếu, trong đó:

Giá trị sản xuất tăng bình quân 9%/năm trở lên.

Thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng.

Thu ngân sách trên địa bàn tăng bình quân 10%/năm.

Tỷ lệ hộ nghèo theo chuẩn đa chiều dưới 0,5%.

Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 96%.

Tỷ lệ trường đạt chuẩn quốc gia đạt 100%.

Hằng năm kết nạp từ 40 đảng viên trở lên.

Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí; đồng chí Trần Văn Hùng được bầu giữ chức Bí thư Đảng ủy xã.

Bài, ảnh: Hoàng Lộc
'''
META = {'published': '2025-08-14', 'locality': 'xã Tân Phú'}
DEFAULTS = {'locality': 'xã Tân Phú', 'period': '2025/2030', 'modality': 'target'}
A = {'modality': 'actual', 'period': '2020/2025'}
Y25 = {'modality': 'actual', 'period': '2025'}
E25 = {'modality': 'estimate', 'period': '2025'}
Y24 = {'modality': 'actual', 'period': '2024'}
FIGS = [
 ('người đạt 120 triệu đồng\n', '120 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2030')),
 ('98,6 km2', '98,6 km2', 'level', 'km2', dict(optional=True)),
 ('có 150 đại biểu', '150', 'level', 'đại biểu', dict(optional=True)),
 ('hơn 1.150 đảng viên', '1.150', 'level', 'đảng viên', dict(optional=True)),
 ('42 tổ chức', '42', 'level', 'tổ chức cơ sở đảng', dict(optional=True)),
 ('19/21 chỉ tiêu', '19/21', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved', **A)),
 ('bình quân 8,4%/năm', '8,4%', 'change', '%', dict(indicator='total_output_value', direction='up', **A)),
 ('78 triệu đồng', '78 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **E25)),
 ('gấp 1,5 lần', '1,5', 'change', 'lần', dict(indicator='income_per_capita', direction='up', base='2020', **E25)),
 ('còn 0,8%', '0,8%', 'level', '%', dict(indicator='poverty_rate', direction='down', **Y25)),
 ('86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E25)),
 ('168 đảng viên', '168', 'level', 'đảng viên', dict(indicator='new_party_members', **A)),
 ('2.150 ha', '2.150 ha', 'level', 'ha', dict(locality='xã Phú Thanh', **Y24)),
 ('640 ha', '640 ha', 'level', 'ha', dict(locality='xã Phú Thanh', **Y24)),
 ('1.250 hộ', '1.250', 'level', 'hộ kinh doanh', dict(locality='thị trấn Tân Phú', **Y24)),
 ('đề ra 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('bình quân 9%/năm', '9%', 'change', '%', dict(indicator='total_output_value', direction='up', bound='at_least')),
 ('2030 đạt 120 triệu đồng.', '120 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2030')),
 ('bình quân 10%/năm', '10%', 'change', '%', dict(indicator='budget_revenue', direction='up')),
 ('dưới 0,5%', '0,5%', 'level', '%', dict(indicator='poverty_rate', bound='under')),
 ('trên 96%', '96%', 'level', '%', dict(indicator='health_insurance_coverage', bound='over')),
 ('đạt 100%', '100%', 'level', '%', dict(indicator='national_standard_schools')),
 ('từ 40 đảng viên', '40', 'level', 'đảng viên', dict(indicator='new_party_members', bound='at_least')),
 ('gồm 33 đồng chí', '33', 'level', 'đồng chí', dict(optional=True)),
]
