TEXT = '''
Thời sự

HĐND huyện Thanh Miện tổ chức kỳ họp thứ 21, thông qua dự toán ngân sách năm 2025

12/12/2024 16:40

(BHD) - Ngày 11/12, HĐND huyện Thanh Miện (Hải Dương) khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 21 (kỳ họp thường lệ cuối năm 2024). Kỳ họp đã xem xét, thông qua 14 nghị quyết.

Năm 2024, kinh tế của huyện tiếp tục tăng trưởng khá; có 18/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 2 chỉ tiêu không đạt. Tổng giá trị sản xuất ước đạt 16.480 tỷ đồng, tăng 9,3% so với năm 2023. Thu nhập bình quân đầu người ước đạt 72 triệu đồng. Tỷ lệ hộ nghèo giảm còn 0,85%.

Thu ngân sách nhà nước trên địa bàn năm 2024 ước đạt 612,5 tỷ đồng, bằng 145,8% dự toán tỉnh giao, trong đó thu tiền sử dụng đất 402 tỷ đồng. Thị trấn Thanh Miện và xã Ngũ Hùng thu ngân sách cao nhất, lần lượt đạt 86 tỷ đồng và 41,2 tỷ đồng.

Kỳ họp đã thông qua dự toán ngân sách năm 2025 như sau (đơn vị: triệu đồng):
Nội dung | Ước thực hiện 2024 | Dự toán 2025
Thu ngân sách trên địa bàn | 612.500 | 455.300
Chi ngân sách địa phương | 798.600 | 701.200

Tổng vốn đầu tư công năm 2025 của huyện là 356,8 tỷ đồng, giảm 12,4% so với năm 2024.

Năm 2025, huyện phấn đấu tổng giá trị sản xuất tăng 9,5% trở lên; thu nhập bình quân đầu người đạt 78 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 0,7%; có thêm 3 xã đạt chuẩn nông thôn mới nâng cao, 1 xã đạt chuẩn nông thôn mới kiểu mẫu.

Tại phiên chất vấn, 6 đại biểu đã nêu câu hỏi về quản lý đất đai và ô nhiễm môi trường làng nghề.

Thành Chung
'''
META = {'published': '2024-12-12', 'locality': 'huyện Thanh Miện'}
DEFAULTS = {'locality': 'huyện Thanh Miện', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('thông qua 14 nghị quyết', '14', 'level', 'nghị quyết', dict(optional=True)),
 ('có 18/20 chỉ tiêu', '18/20', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 16.480 tỷ đồng', '16.480 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **E)),
 ('tăng 9,3% so với năm 2023', '9,3%', 'change', '%', dict(indicator='total_output_value', direction='up', base='2023', **E)),
 ('ước đạt 72 triệu đồng', '72 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **E)),
 ('giảm còn 0,85%', '0,85%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('ước đạt 612,5 tỷ đồng', '612,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('bằng 145,8% dự toán', '145,8%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('đất 402 tỷ đồng', '402 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('đạt 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', locality='thị trấn Thanh Miện')),
 ('và 41,2 tỷ đồng', '41,2 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', locality='xã Ngũ Hùng')),
 ('| 612.500 |', '612.500', 'level', 'VND', dict(value=612500000000, indicator='budget_revenue', **E)),
 ('| 455.300\n', '455.300', 'level', 'VND', dict(value=455300000000, indicator='budget_revenue', **T)),
 ('| 798.600 |', '798.600', 'level', 'VND', dict(value=798600000000, indicator='budget_expenditure', **E)),
 ('| 701.200\n', '701.200', 'level', 'VND', dict(value=701200000000, indicator='budget_expenditure', **T)),
 ('là 356,8 tỷ đồng', '356,8 tỷ đồng', 'level', 'VND', dict(**T)),
 ('giảm 12,4%', '12,4%', 'change', '%', dict(direction='down', base='2024', **T)),
 ('tăng 9,5% trở lên', '9,5%', 'change', '%', dict(indicator='total_output_value', direction='up', bound='at_least', **T)),
 ('đạt 78 triệu đồng', '78 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **T)),
 ('dưới 0,7%', '0,7%', 'level', '%', dict(indicator='poverty_rate', direction='down', bound='under', **T)),
 ('thêm 3 xã', '3', 'level', 'xã', dict(indicator='new_rural_communes_advanced', **T)),
 ('1 xã đạt', '1', 'level', 'xã', dict(indicator='new_rural_communes_model', **T)),
 ('6 đại biểu', '6', 'level', 'đại biểu', dict(optional=True)),
]
