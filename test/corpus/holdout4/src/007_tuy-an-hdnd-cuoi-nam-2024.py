TEXT = '''
Tiếng Việt | English

Thứ Sáu, 20/12/2024 - 08:30

HĐND huyện Tuy An khai mạc kỳ họp cuối năm

(PYO) - Chiều 19/12, HĐND huyện Tuy An (tỉnh Phú Yên) khóa XII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 21 (kỳ họp thường lệ cuối năm 2024). Dự kỳ họp có 38/40 đại biểu HĐND huyện.

Các đại biểu dự kỳ họp.
Các đại biểu dự kỳ họp.

Theo báo cáo của UBND huyện, năm 2024, huyện Tuy An có 15/19 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch; bốn chỉ tiêu còn lại không đạt gồm thu ngân sách, giải ngân vốn đầu tư công, sản lượng khai thác thủy sản và số xã đạt chuẩn nông thôn mới nâng cao.

Tổng giá trị sản xuất ước đạt 12.940 tỷ đồng, tăng 8,3% so với năm 2023. Thu nhập bình quân đầu người đạt 62,5 triệu đồng, tăng 4,8 triệu đồng so với năm trước. Sản lượng lương thực đạt 98.500 tấn; tổng sản lượng thủy sản 21.300 tấn, bằng 96,8% kế hoạch, trong đó nuôi trồng đạt 3.450 tấn, tăng 5,2%. Diện tích rừng trồng mới 1.150 ha, tỷ lệ che phủ rừng đạt 38,6%.

Tổng thu ngân sách trên địa bàn ước đạt 246,8 tỷ đồng, bằng 88,1% dự toán HĐND huyện giao. Chi ngân sách địa phương 712 tỷ đồng. Giải ngân vốn đầu tư công đến ngày 15/12/2024 đạt 78,9% kế hoạch. Huyện có thêm 1 xã đạt chuẩn nông thôn mới, nâng tổng số lên 12/14 xã; 6 sản phẩm được công nhận OCOP 3 sao.

Trong lĩnh vực văn hóa - xã hội, huyện đã giải quyết việc làm cho 2.480 lao động; đưa 115 lao động đi làm việc có thời hạn ở nước ngoài. Tỷ lệ hộ nghèo giảm còn 3,86%, giảm 1,12% so với cuối năm 2023; tỷ lệ hộ cận nghèo còn 4,25%. Có 91,8% dân số tham gia bảo hiểm y tế. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm còn 9,4%.

Đại biểu HĐND huyện chất vấn tại kỳ họp.
Đại biểu HĐND huyện chất vấn tại kỳ họp.

Năm 2025, HĐND huyện thống nhất các chỉ tiêu chủ yếu: tổng giá trị sản xuất tăng 8,5 - 9%; thu nhập bình quân đầu người 68 triệu đồng; thu ngân sách trên địa bàn 265 tỷ đồng; sản lượng lương thực 99.000 tấn; tổng sản lượng thủy sản 22.000 tấn; trồng mới 1.200 ha rừng; giải quyết việc làm 2.500 lao động; tỷ lệ hộ nghèo giảm từ 1% trở lên; tỷ lệ tham gia bảo hiểm y tế đạt 93%; có thêm 2 xã đạt chuẩn nông thôn mới, 1 xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 9%.

Tại kỳ họp, các đại biểu dành nhiều thời gian chất vấn về tình trạng sạt lở bờ biển tại xã An Ninh Đông, tiến độ tuyến đường ĐT.649 và việc xử lý rác thải ở khu vực đầm Ô Loan. Kỳ họp kéo dài đến hết ngày 20/12.

DUY PHONG

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2024-12-20', 'locality': 'huyện Tuy An'}
DEFAULTS = {'locality': 'huyện Tuy An', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('có 15/19 chỉ tiêu', '15/19', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('bốn chỉ tiêu còn lại không đạt', 'bốn', 'level', 'chỉ tiêu', dict(value=4, indicator='resolution_targets', status='not_achieved', of_optional=19)),
 ('ước đạt 12.940 tỷ đồng', '12.940 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **E)),
 ('tăng 8,3% so với năm 2023', '8,3%', 'change', '%', dict(indicator='total_output_value', direction='up', base='2023', **E)),
 ('đạt 62,5 triệu đồng', '62,5 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('tăng 4,8 triệu đồng', '4,8 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2023')),
 ('đạt 98.500 tấn', '98.500 tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('thủy sản 21.300 tấn', '21.300 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('bằng 96,8% kế hoạch', '96,8%', 'attainment', '%', dict(indicator='aquaculture_output', base='target')),
 ('nuôi trồng đạt 3.450 tấn', '3.450 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('tăng 5,2%', '5,2%', 'change', '%', dict(indicator='aquaculture_output', direction='up')),
 ('trồng mới 1.150 ha', '1.150 ha', 'level', 'ha', {}),
 ('che phủ rừng đạt 38,6%', '38,6%', 'level', '%', dict(indicator='forest_cover')),
 ('ước đạt 246,8 tỷ đồng', '246,8 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('bằng 88,1% dự toán', '88,1%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('ngân sách địa phương 712 tỷ đồng', '712 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 78,9% kế hoạch', '78,9%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('thêm 1 xã đạt chuẩn nông thôn mới, nâng', '1', 'level', 'xã', dict(indicator='new_rural_communes')),
 ('lên 12/14 xã', '12/14', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('6 sản phẩm được công nhận', '6', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('việc làm cho 2.480 lao động', '2.480', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đưa 115 lao động', '115', 'level', 'lao động', dict(indicator='labour_export')),
 ('giảm còn 3,86%', '3,86%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('giảm 1,12% so với cuối năm 2023', '1,12%', 'change', '%', dict(indicator='poverty_rate', direction='down', base='2023')),
 ('cận nghèo còn 4,25%', '4,25%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('Có 91,8% dân số', '91,8%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('nhẹ cân giảm còn 9,4%', '9,4%', 'level', '%', dict(indicator='child_malnutrition_rate', direction='down')),
 ('tăng 8,5 - 9%', '8,5 - 9%', 'change', '%', dict(indicator='total_output_value', direction='up', **T)),
 ('đầu người 68 triệu đồng', '68 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **T)),
 ('trên địa bàn 265 tỷ đồng', '265 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('lương thực 99.000 tấn', '99.000 tấn', 'level', 'tấn', dict(indicator='food_output', **T)),
 ('thủy sản 22.000 tấn', '22.000 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', **T)),
 ('trồng mới 1.200 ha rừng', '1.200 ha', 'level', 'ha', T),
 ('việc làm 2.500 lao động', '2.500', 'level', 'lao động', dict(indicator='jobs_created', **T)),
 ('giảm từ 1% trở lên', '1%', 'change', '%', dict(indicator='poverty_rate', direction='down', bound='at_least', **T)),
 ('bảo hiểm y tế đạt 93%', '93%', 'level', '%', dict(indicator='health_insurance_coverage', **T)),
 ('có thêm 2 xã đạt chuẩn', '2', 'level', 'xã', dict(indicator='new_rural_communes', **T)),
 ('1 xã đạt chuẩn nông thôn mới nâng cao;', '1', 'level', 'xã', dict(indicator='new_rural_communes_advanced', **T)),
 ('suy dinh dưỡng dưới 9%', '9%', 'level', '%', dict(indicator='child_malnutrition_rate', bound='under', **T)),
]
