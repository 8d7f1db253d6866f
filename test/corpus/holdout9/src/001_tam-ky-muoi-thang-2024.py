TEXT = '''
Kinh tế - Xã hội

Tam Kỳ: 10 tháng, thu ngân sách ước đạt 1.126 tỷ đồng

06/11/2024 08:15 | Lượt xem: 1.284

(QNO) - Sáng 5/11, UBND thành phố Tam Kỳ tổ chức phiên họp thường kỳ tháng 10 để đánh giá tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2024, triển khai nhiệm vụ 2 tháng cuối năm.

Quang cảnh phiên họp. Ảnh: X.H
Quang cảnh phiên họp. Ảnh: X.H

Theo báo cáo, 10 tháng năm 2024, tổng thu ngân sách trên địa bàn thành phố ước đạt 1.126 tỷ đồng, đạt 84,7% dự toán HĐND thành phố giao, tăng 11,2% so với cùng kỳ; trong đó thu tiền sử dụng đất 412 tỷ đồng, bằng 68,7% dự toán. Tổng chi ngân sách địa phương 968 tỷ đồng.

Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (giá so sánh 2010) ước đạt 6.840 tỷ đồng, tăng 8,9%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 9.215 tỷ đồng, tăng 12,6% so với cùng kỳ năm 2023. Thành phố thu hút 11 dự án đầu tư mới với tổng vốn đăng ký 1.480 tỷ đồng; có 236 doanh nghiệp thành lập mới, đạt 94,4% kế hoạch.

Giải ngân vốn đầu tư công đến ngày 31/10 đạt 356,8 tỷ đồng, bằng 61,2% kế hoạch vốn, thấp hơn mức bình quân chung của tỉnh (khoảng 64%).

Trên lĩnh vực văn hóa - xã hội, tỷ lệ người dân tham gia BHYT đạt 95,6%, vượt 0,6 điểm phần trăm so với chỉ tiêu Nghị quyết. Toàn thành phố hiện có 14,2 bác sĩ/vạn dân và 52 giường bệnh/vạn dân. Trong 10 tháng, đã giải quyết việc làm cho 2.950 lao động, trong đó đưa 84 người đi làm việc ở nước ngoài theo hợp đồng.

Tại xã Tam Phú, xã đã đạt 9/9 tiêu chí xã NTM kiểu mẫu, thu nhập bình quân đầu người đạt 71,5 triệu đồng. Xã Tam Ngọc hiện đạt 7/9 tiêu chí, còn 2 tiêu chí về thu nhập và môi trường chưa đạt.

Riêng tháng 10, thu ngân sách trên địa bàn đạt 98,4 tỷ đồng; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 952 tỷ đồng, tăng 1,8% so với tháng trước. Chỉ số giá tiêu dùng tháng 10 tăng 0,21% so với tháng trước.

Chủ tịch UBND thành phố Nguyễn Minh Nam yêu cầu các ngành phấn đấu trong 2 tháng cuối năm thu ngân sách đạt trên 1.330 tỷ đồng, giải ngân vốn đầu tư công đạt 95% kế hoạch trở lên.

XUÂN HIỀN

Xem thêm:
- Quảng Nam: Kim ngạch xuất khẩu 10 tháng tăng 16,5%
- Tam Kỳ tổ chức Lễ hội Cầu ngư lần thứ 5
- Đường dây nóng phản ánh: 0235.3851.300
'''
META = {'published': '2024-11-06', 'locality': 'thành phố Tam Kỳ'}
DEFAULTS = {'locality': 'thành phố Tam Kỳ', 'period': '2024-10M', 'modality': 'actual'}
E = {'modality': 'estimate'}
M10 = {'period': '2024-M10'}
FIGS = [
 ('thu ngân sách ước đạt 1.126 tỷ đồng\n', '1.126 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('thành phố ước đạt 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('đạt 84,7% dự toán', '84,7%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('tăng 11,2% so với cùng kỳ', '11,2%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='same_period', **E)),
 ('đất 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 68,7% dự toán', '68,7%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('phương 968 tỷ đồng', '968 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('ước đạt 6.840 tỷ đồng', '6.840 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('tăng 8,9%', '8,9%', 'change', '%', dict(indicator='industrial_output_value', direction='up', **E)),
 ('ước đạt 9.215 tỷ đồng', '9.215 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 12,6% so với cùng kỳ năm 2023', '12,6%', 'change', '%', dict(indicator='retail_sales', direction='up', base='same_period', **E)),
 ('hút 11 dự án', '11', 'level', 'dự án', dict()),
 ('ký 1.480 tỷ đồng', '1.480 tỷ đồng', 'level', 'VND', dict()),
 ('có 236 doanh nghiệp', '236', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('đạt 94,4% kế hoạch', '94,4%', 'attainment', '%', dict(indicator='new_enterprises', base='target')),
 ('đạt 356,8 tỷ đồng', '356,8 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('bằng 61,2% kế hoạch vốn', '61,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('khoảng 64%', '64%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', bound='about', locality='tỉnh Quảng Nam')),
 ('BHYT đạt 95,6%', '95,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('vượt 0,6 điểm phần trăm', '0,6 điểm phần trăm', 'change', 'điểm %', dict(indicator='health_insurance_coverage', direction='up', base='target', status='exceeded')),
 ('có 14,2 bác sĩ/vạn dân', '14,2', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('và 52 giường bệnh/vạn dân', '52', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('cho 2.950 lao động', '2.950', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đưa 84 người', '84', 'level', 'người', dict(indicator='labour_export')),
 ('đạt 9/9 tiêu chí', '9/9', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', locality='xã Tam Phú', status='achieved')),
 ('đạt 71,5 triệu đồng', '71,5 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', locality='xã Tam Phú')),
 ('đạt 7/9 tiêu chí', '7/9', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', locality='xã Tam Ngọc', status='achieved')),
 ('còn 2 tiêu chí', '2', 'level', 'tiêu chí', dict(indicator='new_rural_criteria', locality='xã Tam Ngọc', status='not_achieved')),
 ('đạt 98,4 tỷ đồng', '98,4 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **M10)),
 ('ước đạt 952 tỷ đồng', '952 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **M10, **E)),
 ('tăng 1,8% so với tháng trước', '1,8%', 'change', '%', dict(indicator='retail_sales', direction='up', base='previous_period', **M10, **E)),
 ('tăng 0,21% so với tháng trước', '0,21%', 'change', '%', dict(indicator='cpi', direction='up', base='previous_period', **M10)),
 ('đạt trên 1.330 tỷ đồng', '1.330 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', period='2024', modality='target', bound='over')),
 ('đạt 95% kế hoạch trở lên', '95%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', period='2024', modality='target', bound='at_least')),
 ('khẩu 10 tháng tăng 16,5%', '16,5%', 'change', '%', dict(direction='up', optional=True)),
]
