NFD = True
TEXT = '''
BÁO NINH BÌNH
Thời sự | Chính trị | Kinh tế | Xã hội | Du lịch | Văn hóa | Thể thao | Pháp luật

Cập nhật: 14:25, 06/10/2025

Phường Hoa Lư: Doanh thu du lịch 9 tháng tăng 18,6%

Ngày 5/10, Ban Chấp hành Đảng bộ phường Hoa Lư tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ trọng tâm quý IV năm 2025. Đây là hội nghị thường kỳ đầu tiên của Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030.

Phường Hoa Lư được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường Đông Thành, Tân Thành, Vân Giang, Thanh Bình và Nam Thành của thành phố Hoa Lư (cũ), là trung tâm chính trị - hành chính của tỉnh Ninh Bình sau khi hợp nhất với Hà Nam và Nam Định. Phường có diện tích 18,7 km2, dân số hơn 98.000 người.

Theo báo cáo, 9 tháng năm 2025, tổng giá trị sản xuất trên địa bàn phường ước đạt 11.240 tỷ đồng, tăng 9,3% so với cùng kỳ, đạt 73,5% kế hoạch năm.

Du lịch tiếp tục là điểm sáng: phường đón 1,28 triệu lượt khách, tăng 21,4%; trong đó khách quốc tế 212.000 lượt; doanh thu du lịch đạt 1.536 tỷ đồng, tăng 18,6% so với cùng kỳ.

Du khách tham quan phố cổ Hoa Lư. Ảnh: Minh Đường

Thu ngân sách trên địa bàn đạt 386,5 tỷ đồng, bằng 81,2% dự toán; riêng từ ngày 1/7 đến 30/9, phường thu 112,7 tỷ đồng. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 99,2%.

Tỷ lệ hộ nghèo của phường còn 0,41% (42 hộ); tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,8%. Trong 9 tháng, Đảng bộ phường kết nạp 38 đảng viên mới, đạt 63,3% chỉ tiêu năm.

Quý IV, phường phấn đấu: thu ngân sách vượt 5% dự toán; đón trên 1,7 triệu lượt khách cả năm; kết nạp thêm ít nhất 22 đảng viên.

Đồng chí Bí thư Đảng ủy phường phát biểu kết luận hội nghị.

Minh Đường

Tin cùng chuyên mục
- Xã Gia Viễn: 9 tháng thu ngân sách đạt 92% dự toán
- Phường Nam Định đón 350 nghìn lượt khách dịp Festival
- Tỉnh Ninh Bình có 129 xã, phường sau sắp xếp

Báo Ninh Bình - Số 2 Tràng An, phường Hoa Lư, tỉnh Ninh Bình | ĐT: 0229.3871.089
'''
META = {'published': '2025-10-06', 'locality': 'phường Hoa Lư'}
DEFAULTS = {'locality': 'phường Hoa Lư', 'period': '2025-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
TR = {'indicator': 'tourism_revenue'}
TA = {'indicator': 'tourist_arrivals'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('9 tháng tăng 18,6%', '18,6%', 'change', '%', dict(TR, direction='up')),
 ('diện tích 18,7 km2', '18,7 km2', 'level', 'km2', dict(optional=True)),
 ('hơn 98.000 người', '98.000', 'level', 'người', dict(optional=True)),
 ('ước đạt 11.240 tỷ đồng', '11.240 tỷ đồng', 'level', 'VND', dict(E, indicator='total_output_value')),
 ('tăng 9,3% so với cùng kỳ', '9,3%', 'change', '%', dict(E, indicator='total_output_value', direction='up', base='same_period')),
 ('đạt 73,5% kế hoạch năm', '73,5%', 'attainment', '%', dict(E, indicator='total_output_value', base='target')),
 ('đón 1,28 triệu lượt khách', '1,28 triệu lượt khách', 'level', 'lượt khách', dict(TA, value=1280000)),
 ('tăng 21,4%', '21,4%', 'change', '%', dict(TA, direction='up')),
 ('tế 212.000 lượt', '212.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('đạt 1.536 tỷ đồng', '1.536 tỷ đồng', 'level', 'VND', dict(TR)),
 ('tăng 18,6% so với cùng kỳ', '18,6%', 'change', '%', dict(TR, direction='up', base='same_period')),
 ('đạt 386,5 tỷ đồng', '386,5 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 81,2% dự toán', '81,2%', 'attainment', '%', dict(BR, base='target')),
 ('thu 112,7 tỷ đồng', '112,7 tỷ đồng', 'level', 'VND', dict(BR, period='2025-Q3')),
 ('hạn đạt 99,2%', '99,2%', 'level', '%', dict()),
 ('còn 0,41%', '0,41%', 'level', '%', dict(indicator='poverty_rate')),
 ('(42 hộ)', '42', 'level', 'hộ', dict(indicator='poor_households')),
 ('y tế đạt 96,8%', '96,8%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('kết nạp 38 đảng viên', '38', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 63,3% chỉ tiêu năm', '63,3%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('vượt 5% dự toán', '5%', 'change', '%', dict(T, **BR, direction='up', base='target', status='exceeded')),
 ('trên 1,7 triệu lượt khách', '1,7 triệu lượt khách', 'level', 'lượt khách', dict(T, **TA, value=1700000, bound='over')),
 ('ít nhất 22 đảng viên', '22', 'level', 'đảng viên', dict(T, indicator='new_party_members', period='2025-Q4', bound='at_least')),
]
