TEXT = '''
BÁO HÀ TĨNH
Chính trị | Kinh tế | Xã hội | Nông thôn mới | Pháp luật | Văn hóa | Thể thao | Hà Tĩnh 24h

Thứ Năm, 03/10/2024 - 17:05

Cẩm Xuyên: 9 tháng, thu ngân sách gấp 1,6 lần cùng kỳ

(Baohatinh.vn) - 9 tháng năm 2024, huyện Cẩm Xuyên có 14/19 chỉ tiêu đạt và vượt tiến độ kế hoạch; thu ngân sách ước đạt 486 tỷ đồng, gấp 1,6 lần cùng kỳ.

Sáng 3/10, UBND huyện Cẩm Xuyên tổ chức phiên họp thường kỳ tháng 9, đánh giá tình hình thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ quý IV/2024.

Theo báo cáo, tổng giá trị sản xuất 9 tháng ước đạt 9.265 tỷ đồng, tăng 7,2% so với cùng kỳ. Giá trị sản xuất nông - lâm - thủy sản, công nghiệp - xây dựng và dịch vụ lần lượt tăng 3,1%, 9,8% và 7,5%. Vụ Hè Thu, toàn huyện gieo cấy 7.720 ha lúa, năng suất đạt 51,5 tạ/ha, sản lượng 39.760 tấn.

Thu ngân sách ước đạt 486 tỷ đồng, bằng 118% dự toán năm; trong đó thu tiền sử dụng đất 342 tỷ đồng. Giải ngân vốn đầu tư công đạt 412,6 tỷ đồng, bằng 59,8% kế hoạch vốn giao.

Thu hoạch lúa Hè Thu tại xã Cẩm Bình. Ảnh: Nhật Linh

Trong 9 tháng, huyện có thêm xã Cẩm Thịnh đạt chuẩn nông thôn mới nâng cao và 12 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu; đến nay có 8/21 xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt chuẩn nông thôn mới kiểu mẫu.

Quý IV, huyện phấn đấu thu ngân sách cả năm đạt 600 tỷ đồng trở lên, giải ngân 100% kế hoạch vốn; phối hợp đẩy nhanh tiến độ dự án đường bộ cao tốc Bắc - Nam đoạn qua địa bàn.

Nhật Linh

Tin khác
- Thạch Hà: 9 tháng có thêm 2 xã đạt chuẩn NTM nâng cao
- Kỳ Anh: Giá trị sản xuất công nghiệp tăng 12%
- Hương Sơn đón 180 nghìn lượt khách đến khu du lịch Sơn Kim

Báo Hà Tĩnh - 120 Hà Huy Tập, TP Hà Tĩnh | ĐT: 0239.3855.542
'''
META = {'published': '2024-10-03', 'locality': 'huyện Cẩm Xuyên'}
DEFAULTS = {'locality': 'huyện Cẩm Xuyên', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2024'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('ngân sách gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(BR, direction='up', base='same_period')),
 ('có 14/19 chỉ tiêu', '14/19', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('ước đạt 486 tỷ đồng, gấp', '486 tỷ đồng', 'level', 'VND', dict(E, **BR)),
 ('đồng, gấp 1,6 lần cùng kỳ.\n', '1,6 lần', 'change', 'lần', dict(E, **BR, direction='up', base='same_period')),
 ('ước đạt 9.265 tỷ đồng', '9.265 tỷ đồng', 'level', 'VND', dict(E, indicator='total_output_value')),
 ('tăng 7,2%', '7,2%', 'change', '%', dict(E, indicator='total_output_value', direction='up', base='same_period')),
 ('tăng 3,1%', '3,1%', 'change', '%', dict(indicator='agricultural_output_value', direction='up')),
 ('9,8% và', '9,8%', 'change', '%', dict(indicator='industrial_output_value', direction='up')),
 ('và 7,5%', '7,5%', 'change', '%', dict(direction='up')),
 ('gieo cấy 7.720 ha', '7.720 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 51,5 tạ/ha', '51,5 tạ/ha', 'level', 'tạ/ha', dict()),
 ('sản lượng 39.760 tấn', '39.760 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('ước đạt 486 tỷ đồng, bằng', '486 tỷ đồng', 'level', 'VND', dict(E, **BR)),
 ('bằng 118% dự toán năm', '118%', 'attainment', '%', dict(E, **BR, base='target')),
 ('đất 342 tỷ đồng', '342 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 412,6 tỷ đồng', '412,6 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('bằng 59,8% kế hoạch', '59,8%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('và 12 thôn', '12', 'level', 'thôn', dict()),
 ('có 8/21 xã', '8/21', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('cao, 3 xã đạt chuẩn', '3', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('đạt 600 tỷ đồng trở lên', '600 tỷ đồng', 'level', 'VND', dict(T, **BR, bound='at_least')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', dict(T, indicator='public_investment_disbursement', base='target')),
]
