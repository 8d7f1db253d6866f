TEXT = '''
BÁO BẮC GIANG
Thứ Tư, 08/01/2025 - 06:30

Nông nghiệp - Nông thôn

Yên Thế: Phấn đấu năm 2025 đạt chuẩn huyện nông thôn mới

BBG - Năm 2024, huyện Yên Thế có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số lên 16/17 xã; 4 xã đạt chuẩn nông thôn mới nâng cao. Tỷ lệ che phủ rừng của huyện đạt 46,8%, cao nhất vùng đồi núi thấp của tỉnh.

Theo UBND huyện Yên Thế, tổng nguồn vốn thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2024 là 386,4 tỷ đồng, gấp 1,7 lần năm 2023. Bình quân toàn huyện đạt 18,6 tiêu chí/xã, tăng 0,9 tiêu chí so với năm 2023. Xã Canh Nậu là xã duy nhất chưa về đích, hiện đạt 15/19 tiêu chí; các tiêu chí chưa đạt là thu nhập, nghèo đa chiều, môi trường và quy hoạch.

Một số chỉ tiêu chủ yếu của huyện năm 2024 (so với năm 2023):
- Thu nhập bình quân đầu người khu vực nông thôn: 58,2 triệu đồng (+6,1%);
- Tỷ lệ hộ nghèo: 3,12% (-1,46 điểm %);
- Tỷ lệ dân cư nông thôn sử dụng nước sạch: 72,5% (+8,3 điểm %);
- Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom, xử lý: 81%;
- Diện tích rừng trồng mới: 1.240 ha.

Lãnh đạo huyện Yên Thế kiểm tra mô hình trồng rừng gỗ lớn tại xã Tiến Thắng. Ảnh: Hải Yến

Về Chương trình OCOP, năm 2024 huyện có thêm 7 sản phẩm được công nhận, nâng tổng số lên 32 sản phẩm, trong đó có 6 sản phẩm 4 sao. Gà đồi Yên Thế tiếp tục là sản phẩm chủ lực với tổng đàn thường xuyên khoảng 5,8 triệu con, sản lượng xuất chuồng 14.500 tấn, giá trị đạt gần 1.100 tỷ đồng.

Trả lời phóng viên, ông Hoàng Văn Nam, Phó Chủ tịch UBND huyện cho biết: Khó nhất hiện nay là tiêu chí thu nhập ở xã Canh Nậu, mới đạt 44 triệu đồng/người/năm trong khi yêu cầu tối thiểu là 52 triệu đồng. Huyện đã phân công 9 cơ quan đỡ đầu, hỗ trợ xã phát triển cây ăn quả và chăn nuôi.

Năm 2025, huyện phấn đấu 17/17 xã đạt chuẩn nông thôn mới, trong đó có thêm 2 xã nâng cao và 1 xã kiểu mẫu; thị trấn Bố Hạ và thị trấn Phồn Xương đạt chuẩn văn minh đô thị; tỷ lệ che phủ rừng duy trì trên 46%; tỷ lệ hộ nghèo giảm 0,8 - 1 điểm %.

Hải Yến - Trung Kiên

Bài viết liên quan
- Tân Yên về đích huyện nông thôn mới nâng cao (06/01/2025)
- Lục Ngạn: Vải thiều đạt doanh thu 6.000 tỷ đồng (04/01/2025)

Báo Bắc Giang - Số 50 Nguyễn Văn Cừ, TP Bắc Giang. Hotline: 0204.3854.336
'''
META = {'published': '2025-01-08', 'locality': 'huyện Yên Thế'}
DEFAULTS = {'locality': 'huyện Yên Thế', 'period': '2024', 'modality': 'actual'}
NR = dict(indicator='new_rural_communes')
OC = dict(indicator='ocop_products')
B23 = dict(base='2023')
T = dict(modality='target', period='2025')
CN = dict(locality='xã Canh Nậu')
FIGS = [
 ('thêm 3 xã', '3', 'level', 'xã', dict(NR)),
 ('lên 16/17 xã', '16/17', 'ratio', 'xã', dict(NR, direction='up')),
 ('; 4 xã', '4', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('đạt 46,8%', '46,8%', 'level', '%', dict(indicator='forest_cover')),
 ('là 386,4 tỷ đồng', '386,4 tỷ đồng', 'level', 'VND', dict()),
 ('gấp 1,7 lần', '1,7 lần', 'change', 'lần', dict(direction='up', base='2023')),
 ('đạt 18,6 tiêu chí/xã', '18,6 tiêu chí/xã', 'level', 'tiêu chí/xã', dict(indicator='new_rural_criteria')),
 ('tăng 0,9 tiêu chí', '0,9', 'change', 'tiêu chí', dict(indicator='new_rural_criteria', direction='up', base='2023')),
 ('đạt 15/19 tiêu chí', '15/19', 'ratio', 'tiêu chí', dict(CN, indicator='new_rural_criteria', status='achieved')),
 ('thôn: 58,2 triệu đồng', '58,2 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('(+6,1%)', '6,1%', 'change', '%', dict(B23, indicator='income_per_capita', direction='up')),
 ('nghèo: 3,12%', '3,12%', 'level', '%', dict(indicator='poverty_rate')),
 ('(-1,46 điểm %)', '1,46 điểm %', 'change', 'điểm %', dict(B23, indicator='poverty_rate', direction='down')),
 ('sạch: 72,5%', '72,5%', 'level', '%', dict(indicator='clean_water_rate')),
 ('(+8,3 điểm %)', '8,3 điểm %', 'change', 'điểm %', dict(B23, indicator='clean_water_rate', direction='up')),
 ('lý: 81%', '81%', 'level', '%', dict()),
 ('mới: 1.240 ha', '1.240 ha', 'level', 'ha', dict()),
 ('thêm 7 sản phẩm', '7', 'level', 'sản phẩm', dict(OC)),
 ('lên 32 sản phẩm', '32', 'level', 'sản phẩm', dict(OC, direction='up')),
 ('có 6 sản phẩm', '6', 'level', 'sản phẩm', dict(OC)),
 ('khoảng 5,8 triệu con', '5,8 triệu', 'level', 'con', dict(bound='about')),
 ('chuồng 14.500 tấn', '14.500 tấn', 'level', 'tấn', dict()),
 ('gần 1.100 tỷ đồng', '1.100 tỷ đồng', 'level', 'VND', dict(bound='nearly')),
 ('đạt 44 triệu đồng/người/năm', '44 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(CN, indicator='income_per_capita')),
 ('là 52 triệu đồng', '52 triệu đồng', 'level', 'VND/người/năm', dict(optional=True)),
 ('công 9 cơ quan', '9', 'level', 'cơ quan', dict(optional=True)),
 ('đấu 17/17 xã', '17/17', 'ratio', 'xã', dict(T, **NR)),
 ('thêm 2 xã', '2', 'level', 'xã', dict(T, indicator='new_rural_communes_advanced')),
 ('và 1 xã kiểu mẫu', '1', 'level', 'xã', dict(T, indicator='new_rural_communes_model')),
 ('trên 46%', '46%', 'level', '%', dict(T, indicator='forest_cover', bound='over')),
 ('giảm 0,8 - 1 điểm %', '0,8 - 1 điểm %', 'change', 'điểm %', dict(T, indicator='poverty_rate', direction='down')),
]
