TEXT = '''
Chính trị

Chợ Lách: Năm 2024 đạt và vượt 22/25 chỉ tiêu Nghị quyết

18/12/2024 - 07:15

BDK - Ngày 17-12, Ban Chấp hành Đảng bộ huyện Chợ Lách khóa XI tổ chức hội nghị lần thứ 24 đánh giá kết quả thực hiện Nghị quyết năm 2024, bàn phương hướng, nhiệm vụ năm 2025.

Theo báo cáo, trong 25 chỉ tiêu Nghị quyết Huyện ủy đề ra, huyện thực hiện đạt và vượt 22 chỉ tiêu; 2 chỉ tiêu xấp xỉ đạt và 1 chỉ tiêu không đạt là thu tiền sử dụng đất.

Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 12.356 tỷ đồng, tăng 6,8% so với năm 2023, đạt 100,4% kế hoạch. Cơ cấu kinh tế tiếp tục chuyển dịch, tỷ trọng khu vực nông nghiệp còn chiếm 58,2%. Diện tích vườn cây giống, hoa kiểng của huyện khoảng 4.100 ha, tập trung ở các xã dọc Quốc lộ 57.

Thu ngân sách nhà nước trên địa bàn cả năm ước đạt 168,5 tỷ đồng, bằng 91,7% dự toán tỉnh giao; riêng thu tiền sử dụng đất chỉ đạt 38% dự toán. Toàn huyện giải quyết việc làm cho 2.150 lao động, đạt 107,5% kế hoạch, trong đó có 46 lao động đi làm việc ở nước ngoài theo hợp đồng.

Đến cuối năm, tỷ lệ hộ nghèo của huyện còn 0,92%, giảm 0,41 điểm % so với năm 2023; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,1%. Xã Hưng Khánh Trung A được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã đạt chuẩn nâng cao của huyện lên 6/10 xã.

Công tác xây dựng Đảng có chuyển biến. Trong năm, các tổ chức cơ sở đảng kết nạp 112 đảng viên mới, đạt 101,8% chỉ tiêu.

Năm 2025, Đảng bộ huyện phấn đấu tổng giá trị sản xuất tăng 7% trở lên; thu ngân sách trên địa bàn đạt 175 tỷ đồng; giảm tỷ lệ hộ nghèo 0,3%; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao và 1 xã nông thôn mới kiểu mẫu.

Phát biểu chỉ đạo, Bí thư Huyện ủy đề nghị các cấp ủy chuẩn bị chu đáo cho đại hội đảng bộ các cấp, nhiệm kỳ 2025 - 2030, gắn với việc sắp xếp tổ chức bộ máy theo tinh thần Nghị quyết số 18-NQ/TW.

Thanh Đồng
'''
META = {'published': '2024-12-18', 'locality': 'huyện Chợ Lách'}
DEFAULTS = {'locality': 'huyện Chợ Lách', 'period': '2024', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('vượt 22/25 chỉ tiêu', '22/25', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('trong 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('đạt và vượt 22 chỉ tiêu;', '22', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved', of_optional=25)),
 ('2 chỉ tiêu xấp xỉ đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='nearly', of_optional=25)),
 ('1 chỉ tiêu không đạt', '1', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=25)),
 ('ước đạt 12.356 tỷ đồng', '12.356 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', modality='estimate')),
 ('tăng 6,8% so với năm 2023', '6,8%', 'change', '%', dict(indicator='total_output_value', modality='estimate', direction='up', base='2023')),
 ('đạt 100,4% kế hoạch', '100,4%', 'attainment', '%', dict(indicator='total_output_value', modality='estimate', base='target')),
 ('còn chiếm 58,2%', '58,2%', 'level', '%', dict(indicator='sector_share')),
 ('khoảng 4.100 ha', '4.100 ha', 'level', 'ha', dict(bound='about')),
 ('ước đạt 168,5 tỷ đồng', '168,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', modality='estimate')),
 ('bằng 91,7% dự toán', '91,7%', 'attainment', '%', dict(indicator='budget_revenue', modality='estimate', base='target')),
 ('chỉ đạt 38% dự toán', '38%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('cho 2.150 lao động', '2.150', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 107,5% kế hoạch', '107,5%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('có 46 lao động', '46', 'level', 'lao động', dict(indicator='labour_export')),
 ('còn 0,92%', '0,92%', 'level', '%', dict(indicator='poverty_rate')),
 ('giảm 0,41 điểm %', '0,41 điểm %', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', base='2023')),
 ('y tế đạt 94,1%', '94,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('lên 6/10 xã', '6/10', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced', direction='up')),
 ('kết nạp 112 đảng viên', '112', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 101,8% chỉ tiêu', '101,8%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('tăng 7% trở lên', '7%', 'change', '%', dict(T, indicator='total_output_value', direction='up', bound='at_least')),
 ('đạt 175 tỷ đồng', '175 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('giảm tỷ lệ hộ nghèo 0,3%', '0,3%', 'change', '%', dict(T, indicator='poverty_rate', direction='down')),
 ('thêm 2 xã đạt chuẩn', '2', 'level', 'xã', dict(T, indicator='new_rural_communes_advanced')),
 ('và 1 xã nông thôn mới kiểu mẫu', '1', 'level', 'xã', dict(T, indicator='new_rural_communes_model')),
]
