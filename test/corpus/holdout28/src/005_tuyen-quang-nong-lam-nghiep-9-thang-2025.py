TEXT = '''
Báo Tuyên Quang điện tử
Cập nhật: 25-10-2025 08:12
Kinh tế | Nông nghiệp - Nông thôn

Nông nghiệp Tuyên Quang 9 tháng: Giá trị sản xuất tăng 4,1%, sản lượng lương thực vượt kế hoạch

(BTQ) - Dù chịu ảnh hưởng nặng nề của mưa lũ sau bão số 10, giá trị sản xuất nông, lâm nghiệp và thủy sản 9 tháng năm 2025 của tỉnh Tuyên Quang ước đạt 18.450 tỷ đồng, tăng 4,1% so với cùng kỳ, bằng 73,6% kế hoạch năm.

Nông dân xã Hàm Yên thu hoạch cam sành. Ảnh: Thanh Phúc

Theo Sở Nông nghiệp và Môi trường, đây là mùa vụ đầu tiên ngành nông nghiệp vận hành theo mô hình chính quyền địa phương hai cấp sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất. Toàn tỉnh hiện có 124 đơn vị hành chính cấp xã, trong đó 117 xã có sản xuất nông, lâm nghiệp.

Lương thực vượt kế hoạch

Sản lượng lương thực có hạt 9 tháng ước đạt 712.000 tấn, vượt 1,5% kế hoạch, tăng 2,3% so với cùng kỳ năm 2024. Vụ Mùa năm nay, toàn tỉnh gieo cấy 48.600 ha lúa, năng suất ước đạt 54,8 tạ/ha, cao hơn vụ Mùa năm 2024 là 0,9 tạ/ha. Mưa lũ đầu tháng 10 làm 1.250 ha lúa và hoa màu bị ngập úng, trong đó 310 ha mất trắng, ước thiệt hại khoảng 86 tỷ đồng.

Kết quả một số sản phẩm chủ lực 9 tháng (so với kế hoạch năm):
- Chè búp tươi: 98.400 tấn, đạt 78,5%
- Cam, quýt: 62.300 tấn, đạt 56,2%
- Gỗ rừng trồng khai thác: 1,14 triệu m3, đạt 81,7%
- Sản lượng thủy sản: 9.860 tấn, đạt 74,9%

Giá chè búp tươi loại A tại các xã Mỹ Bằng, Yên Sơn dao động 9.000 - 12.000 đồng/kg; chè Shan tuyết cổ thụ tại khu vực Hà Giang cũ được thu mua 80.000 - 120.000 đồng/kg, gấp 8 - 10 lần chè thường. Vụ cam năm 2025, sản lượng cam sành toàn tỉnh dự kiến đạt 95.000 - 100.000 tấn, giá đầu vụ ước 15.000 - 18.000 đồng/kg.

Kim ngạch xuất khẩu chè 9 tháng đạt 18,6 triệu USD, tăng 12,5% so với cùng kỳ; các thị trường Pakistan, Đài Loan (Trung Quốc) và Nga chiếm lần lượt 34%, 21% và 12% kim ngạch xuất khẩu chè. Đến nay, toàn tỉnh có 1.840 ha chè được cấp mã số vùng trồng, tăng gấp đôi so với năm 2023.

Chăn nuôi phục hồi sau dịch tả lợn châu Phi. Tổng đàn trâu, bò, lợn lần lượt là 265.400 con, 198.200 con và 1,12 triệu con; đàn lợn tăng 6,4% so với cùng kỳ. Tổng sản lượng thịt hơi xuất chuồng ước 142.000 tấn.

Kinh tế rừng tiếp tục là thế mạnh

Toàn tỉnh trồng rừng tập trung được 9.860 ha/KH 12.000 ha; tỷ lệ che phủ rừng duy trì 65,2%. Giá trị sản phẩm thu được trên 1 ha đất trồng trọt đạt 92 triệu đồng/năm, gấp 1,2 lần năm 2020. Có 28.500 ha rừng được cấp chứng chỉ quản lý rừng bền vững FSC, tăng 3.200 ha so với cuối năm 2024.

Chương trình OCOP tiếp tục được quan tâm. Đến hết tháng 9/2025, toàn tỉnh có 386 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 4 sản phẩm đạt 5 sao. Toàn tỉnh có 46 xã đạt chuẩn nông thôn mới, 9 xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ hộ nghèo khu vực Hà Giang cũ còn 18,6%, cao gấp 3 lần khu vực Tuyên Quang cũ.

Ông Hoàng Văn Thịnh, một hộ trồng chè ở thôn Khuôn Khán, xã Mỹ Bằng cho biết, gia đình ông có 1,5 ha chè, mỗi năm thu khoảng 22 tấn búp tươi, trừ chi phí lãi 140 triệu đồng.

Mục tiêu quý IV

Để hoàn thành kế hoạch năm 2025, ngành nông nghiệp đặt mục tiêu 3 tháng cuối năm: trồng mới 2.140 ha rừng tập trung; gieo trồng 21.500 ha cây vụ Đông, tăng 8% so với vụ Đông năm trước; có thêm 6 xã đạt chuẩn nông thôn mới. Cả năm 2025, giá trị sản xuất toàn ngành phấn đấu tăng 4,5 - 5%.

Thanh Phúc

Tin khác
• Xã Đồng Văn: 15 hộ dân được hỗ trợ di dời khỏi vùng sạt lở (24/10/2025)
• Tuyên Quang: 1.230 tỷ đồng khắc phục hậu quả bão số 10
• Giá chè hôm nay: chè búp tươi loại A từ 9.500 đồng/kg

Tòa soạn: số 9, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang | ĐT: 0207.3822.156
'''
META = {'published': '2025-10-25', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2025-9M', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
AO = {'indicator': 'agricultural_output_value'}
FIGS = [
 # headline
 ('Giá trị sản xuất tăng 4,1%', '4,1%', 'change', '%', dict(AO, **U)),
 # lead
 ('đạt 18.450 tỷ đồng', '18.450 tỷ đồng', 'level', 'VND', dict(AO, **E)),
 ('tăng 4,1% so với', '4,1%', 'change', '%', dict(AO, **E, **U, **S)),
 ('bằng 73,6% kế hoạch', '73,6%', 'attainment', '%', dict(AO, **E, **T)),
 ('có 124 đơn vị', '124', 'level', 'đơn vị hành chính cấp xã', dict(optional=True)),
 ('trong đó 117 xã', '117', 'level', 'xã', dict(optional=True)),
 # food
 ('đạt 712.000 tấn', '712.000 tấn', 'level', 'tấn', dict(E, indicator='food_output')),
 ('vượt 1,5% kế hoạch', '1,5%', 'change', '%', dict(E, **U, **T, status='exceeded', indicator='food_output')),
 ('tăng 2,3%', '2,3%', 'change', '%', dict(E, **U, **S, indicator='food_output')),
 ('cấy 48.600 ha', '48.600 ha', 'level', 'ha', dict(indicator='crop_area', period='2025')),
 ('đạt 54,8 tạ/ha', '54,8 tạ/ha', 'level', 'tạ/ha', dict(E, period='2025')),
 ('là 0,9 tạ/ha', '0,9 tạ/ha', 'change', 'tạ/ha', dict(E, **U, **S, period='2025')),
 ('làm 1.250 ha', '1.250 ha', 'level', 'ha', dict(period='2025-M10')),
 ('trong đó 310 ha', '310 ha', 'level', 'ha', dict(period='2025-M10')),
 ('khoảng 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', dict(E, bound='about', period='2025-M10')),
 # colon list under "(so với kế hoạch năm)"
 ('tươi: 98.400 tấn', '98.400 tấn', 'level', 'tấn', dict()),
 ('đạt 78,5%', '78,5%', 'attainment', '%', dict(T)),
 ('quýt: 62.300 tấn', '62.300 tấn', 'level', 'tấn', dict()),
 ('đạt 56,2%', '56,2%', 'attainment', '%', dict(T)),
 ('1,14 triệu m3', '1,14 triệu m3', 'level', 'm3', dict()),
 ('đạt 81,7%', '81,7%', 'attainment', '%', dict(T)),
 ('sản: 9.860 tấn', '9.860 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('đạt 74,9%', '74,9%', 'attainment', '%', dict(T, indicator='aquaculture_output')),
 # prices
 ('9.000 - 12.000 đồng/kg', '9.000 - 12.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('80.000 - 120.000 đồng/kg', '80.000 - 120.000 đồng/kg', 'level', 'VND/kg', dict(locality='tỉnh Hà Giang')),
 ('gấp 8 - 10 lần', '8 - 10 lần', 'change', 'lần', dict(U, locality='tỉnh Hà Giang')),
 ('95.000 - 100.000 tấn', '95.000 - 100.000 tấn', 'level', 'tấn', dict(E, period='2025')),
 ('15.000 - 18.000 đồng/kg', '15.000 - 18.000 đồng/kg', 'level', 'VND/kg', dict(E, period='2025')),
 ('đạt 18,6 triệu USD', '18,6 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('tăng 12,5%', '12,5%', 'change', '%', dict(U, **S, indicator='export_value')),
 ('lần lượt 34%', '34%', 'level', '%', dict(indicator='export_value')),
 (', 21%', '21%', 'level', '%', dict(indicator='export_value')),
 ('và 12% kim ngạch', '12%', 'level', '%', dict(indicator='export_value')),
 ('có 1.840 ha', '1.840 ha', 'level', 'ha', dict()),
 ('tăng gấp đôi', 'gấp đôi', 'change', 'lần', dict(U, value=2, base='2023')),
 # livestock
 ('là 265.400 con', '265.400', 'level', 'con', dict()),
 (', 198.200 con', '198.200', 'level', 'con', dict()),
 ('và 1,12 triệu con', '1,12 triệu', 'level', 'con', dict()),
 ('tăng 6,4%', '6,4%', 'change', '%', dict(U, **S)),
 ('ước 142.000 tấn', '142.000 tấn', 'level', 'tấn', dict(E)),
 # forestry
 ('được 9.860 ha', '9.860 ha', 'level', 'ha', dict()),
 ('KH 12.000 ha', '12.000 ha', 'level', 'ha', dict(modality='target', period='2025')),
 ('duy trì 65,2%', '65,2%', 'level', '%', dict(indicator='forest_cover')),
 ('đạt 92 triệu đồng/năm', '92 triệu đồng/năm', 'level', 'VND/ha/năm', dict()),
 ('gấp 1,2 lần', '1,2 lần', 'change', 'lần', dict(U, base='2020')),
 ('Có 28.500 ha', '28.500 ha', 'level', 'ha', dict()),
 ('tăng 3.200 ha', '3.200 ha', 'change', 'ha', dict(U, base='2024')),
 # OCOP, NTM, poverty
 ('có 386 sản phẩm', '386', 'level', 'sản phẩm', dict(indicator='ocop_products', period='2025-M09')),
 ('trong đó 4 sản phẩm', '4', 'level', 'sản phẩm', dict(indicator='ocop_products', period='2025-M09')),
 ('có 46 xã', '46', 'level', 'xã', dict(indicator='new_rural_communes', period='2025-M09')),
 (', 9 xã', '9', 'level', 'xã', dict(indicator='new_rural_communes_advanced', period='2025-M09')),
 ('còn 18,6%', '18,6%', 'level', '%', dict(indicator='poverty_rate', period='2025-M09', locality='tỉnh Hà Giang')),
 ('gấp 3 lần', '3 lần', 'change', 'lần', dict(U, indicator='poverty_rate', period='2025-M09', locality='tỉnh Hà Giang')),
 # Q4 targets
 ('mới 2.140 ha', '2.140 ha', 'level', 'ha', dict(modality='target', period='2025-Q4')),
 ('trồng 21.500 ha', '21.500 ha', 'level', 'ha', dict(indicator='crop_area', modality='target', period='2025-Q4')),
 ('tăng 8%', '8%', 'change', '%', dict(U, base='same_period', indicator='crop_area', modality='target', period='2025-Q4')),
 ('thêm 6 xã', '6', 'level', 'xã', dict(indicator='new_rural_communes', modality='target', period='2025-Q4')),
 ('tăng 4,5 - 5%', '4,5 - 5%', 'change', '%', dict(AO, **U, modality='target', period='2025')),
]
