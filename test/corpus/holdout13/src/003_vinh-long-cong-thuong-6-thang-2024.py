TEXT = '''
Vĩnh Long: Công nghiệp, thương mại 6 tháng phục hồi rõ nét

05/07/2024 | 06:40

(VLO) Sở Công Thương vừa có báo cáo tình hình hoạt động của ngành 6 tháng đầu năm 2024. Theo đó, chỉ số sản xuất công nghiệp (IIP) của tỉnh tăng 8,12% so với cùng kỳ; riêng ngành chế biến, chế tạo tăng 9,05%, ngành sản xuất và phân phối điện giảm 3,4%.

Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 16.840 tỷ đồng, bằng 47,9% kế hoạch năm.

Một số sản phẩm chủ yếu (tăng, giảm so với cùng kỳ):
- Thủy sản đông lạnh: 21.730 tấn, +12,6%;
- Gạo xay xát: 318.400 tấn, +4,9%;
- Gạch nung các loại: 402 triệu viên, (-15,2%);
- Giày da: 9,8 triệu đôi, +21,3%;
- Thức ăn gia súc: 96.500 tấn, -2,1%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 31.562 tỷ đồng, tăng 10,4% so với cùng kỳ, đạt 49,6% kế hoạch. Kim ngạch xuất khẩu ước thực hiện 583,6 triệu USD, tăng 17,2%; kim ngạch nhập khẩu 201,3 triệu USD, giảm 5,8%. Xuất khẩu gạo tiếp tục là điểm sáng, với gần 115.000 tấn, gấp 1,4 lần cùng kỳ.

Chỉ số giá tiêu dùng (CPI) bình quân 6 tháng tăng 3,86% so với bình quân cùng kỳ năm 2023, trong đó nhóm giáo dục tăng cao nhất, 9,1%.

Dù vậy, ngành cũng thừa nhận còn khó khăn: 2 trong 9 cụm công nghiệp theo quy hoạch chưa có nhà đầu tư hạ tầng; tỷ lệ lấp đầy Khu công nghiệp Hòa Phú mới đạt 62%.

Ông Lê Văn Thạnh, Giám đốc Sở Công Thương cho biết, 6 tháng cuối năm, ngành phấn đấu đưa kim ngạch xuất khẩu cả năm đạt 1,25 tỷ USD và tổng mức bán lẻ đạt khoảng 64.000 tỷ đồng.

MINH THÁI
'''
META = {'published': '2024-07-05', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2024-H1', 'modality': 'actual'}
S = dict(direction='up', base='same_period')
D = dict(direction='down', base='same_period')
Y = {'modality': 'target', 'period': '2024'}
FIGS = [
 ('(IIP) của tỉnh tăng 8,12%', '8,12%', 'change', '%', dict(S, indicator='industrial_production_index')),
 ('tạo tăng 9,05%', '9,05%', 'change', '%', dict(direction='up', indicator='industrial_production_index')),
 ('điện giảm 3,4%', '3,4%', 'change', '%', dict(direction='down', indicator='industrial_production_index')),
 ('ước đạt 16.840 tỷ đồng', '16.840 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', modality='estimate')),
 ('bằng 47,9% kế hoạch năm', '47,9%', 'attainment', '%', dict(indicator='industrial_output_value', modality='estimate', base='target')),
 ('21.730 tấn', '21.730 tấn', 'level', 'tấn', dict()),
 ('+12,6%', '12,6%', 'change', '%', dict(S)),
 ('318.400 tấn', '318.400 tấn', 'level', 'tấn', dict()),
 ('+4,9%', '4,9%', 'change', '%', dict(S)),
 ('402 triệu viên', '402 triệu', 'level', 'viên', dict(value=402000000.0)),
 ('(-15,2%)', '15,2%', 'change', '%', dict(D)),
 ('9,8 triệu đôi', '9,8 triệu', 'level', 'đôi', dict(value=9800000)),
 ('+21,3%', '21,3%', 'change', '%', dict(S)),
 ('96.500 tấn', '96.500 tấn', 'level', 'tấn', dict()),
 ('-2,1%', '2,1%', 'change', '%', dict(D)),
 ('đạt 31.562 tỷ đồng', '31.562 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 10,4% so với cùng kỳ', '10,4%', 'change', '%', dict(S, indicator='retail_sales')),
 ('đạt 49,6% kế hoạch', '49,6%', 'attainment', '%', dict(indicator='retail_sales', base='target')),
 ('thực hiện 583,6 triệu USD', '583,6 triệu USD', 'level', 'USD', dict(indicator='export_value', modality='estimate')),
 ('tăng 17,2%', '17,2%', 'change', '%', dict(indicator='export_value', modality='estimate', direction='up')),
 ('nhập khẩu 201,3 triệu USD', '201,3 triệu USD', 'level', 'USD', dict(indicator='import_value')),
 ('giảm 5,8%', '5,8%', 'change', '%', dict(indicator='import_value', direction='down')),
 ('gần 115.000 tấn', '115.000 tấn', 'level', 'tấn', dict(bound='nearly')),
 ('gấp 1,4 lần cùng kỳ', '1,4 lần', 'change', 'lần', dict(direction='up', base='same_period')),
 ('tăng 3,86%', '3,86%', 'change', '%', dict(S, indicator='cpi')),
 ('cao nhất, 9,1%', '9,1%', 'change', '%', dict(direction='up', indicator='cpi')),
 ('2 trong 9 cụm công nghiệp', '2', 'level', 'cụm công nghiệp', dict(optional=True)),
 ('trong 9 cụm', '9', 'level', 'cụm công nghiệp', dict(optional=True)),
 ('mới đạt 62%', '62%', 'level', '%', dict()),
 ('đạt 1,25 tỷ USD', '1,25 tỷ USD', 'level', 'USD', dict(Y, indicator='export_value')),
 ('khoảng 64.000 tỷ đồng', '64.000 tỷ đồng', 'level', 'VND', dict(Y, indicator='retail_sales', bound='about')),
]
