TEXT = '''
Xã hội

Trà Vinh: Tỷ lệ hộ nghèo đồng bào Khmer giảm còn 2,86%

20/12/2024 08:15 | Lượt xem: 1.245

TVO - Năm 2024, nhờ triển khai đồng bộ các chương trình mục tiêu quốc gia, công tác giảm nghèo vùng đồng bào dân tộc Khmer của tỉnh Trà Vinh đạt nhiều kết quả tích cực.

Người dân xã Lương Hòa, huyện Châu Thành chăm sóc bò được hỗ trợ từ Chương trình 135. Ảnh: Minh Trí
Người dân xã Lương Hòa, huyện Châu Thành chăm sóc bò được hỗ trợ từ Chương trình 135. Ảnh: Minh Trí

Theo Ban Dân tộc tỉnh, đến cuối năm 2024, toàn tỉnh còn 3.912 hộ nghèo Khmer; tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 2,86%, giảm 1,74 điểm phần trăm so với năm 2023. Tỷ lệ hộ nghèo chung của tỉnh ước còn 1,12%, vượt chỉ tiêu Nghị quyết đề ra.

Trong năm, tỉnh hỗ trợ xây dựng 1.056 căn nhà cho hộ nghèo, hộ cận nghèo với tổng kinh phí gần 52 tỷ đồng; cấp 118.420 thẻ BHYT cho người dân tộc thiểu số. Tỷ lệ người dân tham gia BHYT đạt 94,3%.

Các chỉ tiêu về giảm nghèo đa chiều:
- Số hộ thoát nghèo: 2.348 hộ/KH 2.000 hộ;
- Đào tạo nghề cho lao động nông thôn: 8.730 người, đạt 109,1% kế hoạch;
- Giải quyết việc làm: 21.500 lao động, trong đó xuất khẩu lao động 1.120 người.

Hiện có 27/48 xã, ấp đặc biệt khó khăn vùng đồng bào dân tộc thiểu số đã thoát khỏi diện đặc biệt khó khăn. Thu nhập bình quân đầu người ở các xã có đông đồng bào Khmer đạt 58,4 triệu đồng, tăng 6,2 triệu đồng so với năm trước.

Tại huyện Trà Cú, nơi có hơn 60% dân số là người Khmer, số hộ nghèo giảm từ 2.104 hộ xuống còn 1.287 hộ.

Ông Thạch Dư, Trưởng Ban Dân tộc tỉnh nhấn mạnh: “Năm 2025, tỉnh phấn đấu giảm tỷ lệ hộ nghèo đồng bào Khmer từ 0,8 - 1% và không để hộ thoát nghèo tái nghèo”.

Minh Trí

Tin liên quan:
- Trà Vinh: 15 sản phẩm được công nhận OCOP 4 sao
- Đường dây nóng: 0294.3862.xxx
'''
META = {'published': '2024-12-20', 'locality': 'tỉnh Trà Vinh'}
DEFAULTS = {'locality': 'tỉnh Trà Vinh', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('Khmer giảm còn 2,86%\n', '2,86%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 3.912 hộ nghèo', '3.912', 'level', 'hộ', dict(indicator='poor_households')),
 ('Khmer giảm còn 2,86%,', '2,86%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('giảm 1,74 điểm phần trăm', '1,74 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', base='2023')),
 ('ước còn 1,12%', '1,12%', 'level', '%', dict(indicator='poverty_rate', **E)),
 ('xây dựng 1.056 căn nhà', '1.056', 'level', 'căn nhà', dict()),
 ('gần 52 tỷ đồng', '52 tỷ đồng', 'level', 'VND', dict(bound='nearly')),
 ('cấp 118.420 thẻ', '118.420', 'level', 'thẻ', dict()),
 ('BHYT đạt 94,3%', '94,3%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('nghèo: 2.348 hộ', '2.348', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('KH 2.000 hộ', '2.000', 'level', 'hộ', dict(indicator='households_out_of_poverty', modality='target')),
 ('thôn: 8.730 người', '8.730', 'level', 'người', dict(indicator='vocational_training')),
 ('đạt 109,1% kế hoạch', '109,1%', 'attainment', '%', dict(indicator='vocational_training', base='target')),
 ('làm: 21.500 lao động', '21.500', 'level', 'lao động', dict(indicator='jobs_created')),
 ('lao động 1.120 người', '1.120', 'level', 'người', dict(indicator='labour_export')),
 ('có 27/48 xã', '27/48', 'ratio', 'xã', dict()),
 ('đạt 58,4 triệu đồng', '58,4 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('tăng 6,2 triệu đồng', '6,2 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2023')),
 ('hơn 60% dân số', '60%', 'level', '%', dict(optional=True)),
 ('từ 2.104 hộ', '2.104', 'level', 'hộ', dict(indicator='poor_households', locality='huyện Trà Cú', period=None)),
 ('xuống còn 1.287 hộ', '1.287', 'level', 'hộ', dict(indicator='poor_households', locality='huyện Trà Cú', direction='down')),
 ('từ 0,8 - 1%', '0,8 - 1%', 'change', '%', dict(indicator='poverty_rate', direction='down', period='2025', modality='target')),
 ('Trà Vinh: 15 sản phẩm', '15', 'level', 'sản phẩm', dict(optional=True)),
]
