TEXT = '''
Báo Cao Bằng điện tử
Trang chủ / Xây dựng Đảng
08/01/2025 07:45

Huyện ủy Bảo Lâm: Năm 2024 hoàn thành 16/18 chỉ tiêu chủ yếu

(CBO) - Ngày 6/1, Ban Chấp hành Đảng bộ huyện Bảo Lâm tổ chức hội nghị lần thứ 19 tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Nông Thanh Tùng, Bí thư Huyện ủy chủ trì hội nghị.

Năm 2024, huyện thực hiện hoàn thành 16/18 chỉ tiêu chủ yếu theo Nghị quyết Huyện ủy, trong đó 5 chỉ tiêu vượt kế hoạch; 2 chỉ tiêu không đạt là thu ngân sách và tỷ lệ trường đạt chuẩn quốc gia. Tổng giá trị sản xuất trên địa bàn ước đạt 2.186 tỷ đồng, tăng 7,4% so với năm 2023. Thu ngân sách trên địa bàn 41,6 tỷ đồng, bằng 92,4% dự toán tỉnh giao. Thu nhập bình quân đầu người đạt 27,8 triệu đồng/năm.

Bảo Lâm là huyện nghèo thuộc Chương trình 30a, có 91,5% dân số là người dân tộc Mông, Dao, Tày, Nùng. Trong năm, toàn huyện có 1.162 hộ thoát nghèo/KH 1.000 hộ, trong đó hộ người Mông chiếm 61%. Tỷ lệ hộ nghèo đa chiều giảm còn 38,9%, giảm 6,2 điểm phần trăm so với cuối năm 2023; tỷ lệ hộ cận nghèo 9,7%. Xã Thạch Lâm, xã Lý Bôn giảm mạnh nhất, lần lượt giảm 9,1 và 8,4 điểm phần trăm.

Nguồn vốn Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2024 được giao 186,3 tỷ đồng, đến ngày 31/12/2024 giải ngân 162,8 tỷ đồng, đạt 87,4%. Từ nguồn vốn này, huyện đã xóa 342 nhà tạm, hỗ trợ 1.026 hộ chuyển đổi nghề; làm mới 12 công trình nước sinh hoạt tập trung cho các xóm Nà Pậu, Khuổi Lìn, Cốc Phường.

Toàn huyện trồng mới 820 ha rừng, đưa tỷ lệ che phủ rừng lên 62,3%. Có 3/12 xã đạt chuẩn nông thôn mới; bình quân đạt 11,8 tiêu chí/xã, tăng 0,6 tiêu chí so với năm trước. Huyện có thêm 2 sản phẩm OCOP là miến dong Bảo Lâm và mật ong bạc hà, nâng tổng số lên 6 sản phẩm.

Công tác xây dựng Đảng được chú trọng. Năm 2024, toàn Đảng bộ kết nạp 168 đảng viên, đạt 112% chỉ tiêu; 100% tổ chức cơ sở đảng được kiểm điểm, đánh giá xếp loại theo quy định. Huyện có 98/98 xóm có chi bộ.

Năm 2025, Huyện ủy đề ra 18 chỉ tiêu, trong đó: tổng giá trị sản xuất tăng 7 - 7,5%; thu ngân sách trên địa bàn đạt trên 45 tỷ đồng; tỷ lệ hộ nghèo giảm 5 - 6 điểm phần trăm; tỷ lệ che phủ rừng đạt 62,5%; kết nạp từ 150 đảng viên trở lên.

Ảnh: Bí thư Huyện ủy Nông Thanh Tùng kết luận hội nghị. Ảnh: Việt Dũng

Việt Dũng

Bài viết cùng chủ đề:
- Bảo Lâm: Trao 120 suất quà Tết cho hộ nghèo
- Huyện Bảo Lạc đạt 15/17 chỉ tiêu năm 2024
'''
META = {'published': '2025-01-08', 'locality': 'huyện Bảo Lâm'}
DEFAULTS = {'locality': 'huyện Bảo Lâm', 'period': '2024', 'modality': 'actual'}
T = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('Năm 2024 hoàn thành 16/18 chỉ tiêu', '16/18', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('thành 16/18 chỉ tiêu chủ yếu theo', '16/18', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('đó 5 chỉ tiêu', '5', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='exceeded')),
 ('; 2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 2.186 tỷ đồng', '2.186 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', modality='estimate')),
 ('tăng 7,4%', '7,4%', 'change', '%', dict(indicator='total_output_value', modality='estimate', direction='up', base='2023')),
 ('bàn 41,6 tỷ đồng', '41,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 92,4% dự toán', '92,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('đạt 27,8 triệu đồng/năm', '27,8 triệu đồng/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('có 91,5% dân số', '91,5%', 'level', '%', dict(optional=True)),
 ('có 1.162 hộ', '1.162', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('KH 1.000 hộ', '1.000', 'level', 'hộ', dict(indicator='households_out_of_poverty', modality='target')),
 ('chiếm 61%', '61%', 'level', '%', dict(indicator='households_out_of_poverty')),
 ('giảm còn 38,9%', '38,9%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('giảm 6,2 điểm phần trăm', '6,2 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', base='2023')),
 ('cận nghèo 9,7%', '9,7%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('giảm 9,1', '9,1', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', locality='xã Thạch Lâm')),
 ('và 8,4 điểm phần trăm', '8,4 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', locality='xã Lý Bôn')),
 ('giao 186,3 tỷ đồng', '186,3 tỷ đồng', 'level', 'VND', dict()),
 ('giải ngân 162,8 tỷ đồng', '162,8 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 87,4%', '87,4%', 'attainment', '%', dict(base='target')),
 ('xóa 342 nhà tạm', '342', 'level', 'nhà tạm', dict()),
 ('hỗ trợ 1.026 hộ', '1.026', 'level', 'hộ', dict()),
 ('mới 12 công trình', '12', 'level', 'công trình', dict()),
 ('trồng mới 820 ha', '820 ha', 'level', 'ha', dict()),
 ('lên 62,3%', '62,3%', 'level', '%', dict(indicator='forest_cover', direction='up')),
 ('Có 3/12 xã', '3/12', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('đạt 11,8 tiêu chí/xã', '11,8', 'level', 'tiêu chí/xã', dict(indicator='new_rural_criteria')),
 ('tăng 0,6 tiêu chí', '0,6', 'change', 'tiêu chí', dict(indicator='new_rural_criteria', direction='up', base='2023')),
 ('thêm 2 sản phẩm', '2', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('lên 6 sản phẩm', '6', 'level', 'sản phẩm', dict(indicator='ocop_products', direction='up')),
 ('kết nạp 168 đảng viên', '168', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 112% chỉ tiêu', '112%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('; 100% tổ chức', '100%', 'level', '%', dict()),
 ('có 98/98 xóm', '98/98', 'ratio', 'xóm', dict(optional=True)),
 ('đề ra 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', dict(T, indicator='resolution_targets')),
 ('tăng 7 - 7,5%', '7 - 7,5%', 'change', '%', dict(T, indicator='total_output_value', direction='up')),
 ('trên 45 tỷ đồng', '45 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue', bound='over')),
 ('giảm 5 - 6 điểm phần trăm', '5 - 6 điểm phần trăm', 'change', 'điểm %', dict(T, indicator='poverty_rate', direction='down')),
 ('đạt 62,5%', '62,5%', 'level', '%', dict(T, indicator='forest_cover')),
 ('từ 150 đảng viên', '150', 'level', 'đảng viên', dict(T, indicator='new_party_members', bound='at_least')),
]
