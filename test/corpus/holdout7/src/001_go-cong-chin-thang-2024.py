TEXT = '''
Thị xã Gò Công: Thu ngân sách 9 tháng đạt 81,4% dự toán

Cập nhật: 14:20, 08/10/2024 (GMT+7)

(ABO) Sáng 7-10, UBND thị xã Gò Công (tỉnh Tiền Giang) tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm 2024 và triển khai nhiệm vụ trọng tâm quý IV/2024. Dự hội nghị có Phó Chủ tịch UBND tỉnh Phạm Văn Trọng.

Quang cảnh hội nghị. Ảnh: Thanh Thảo
Quang cảnh hội nghị. Ảnh: Thanh Thảo

Theo báo cáo, 9 tháng năm 2024, tổng giá trị sản xuất các ngành ước đạt 7.215 tỷ đồng, tăng 7,36% so với cùng kỳ, đạt 73,8% kế hoạch năm. Trong đó, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 2.948 tỷ đồng, tăng 9,12%; thương mại - dịch vụ đạt 3.106 tỷ đồng, tăng 8,05%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 4.870 tỷ đồng, tăng 11,2% so với cùng kỳ. Thu ngân sách trên địa bàn đạt 162,8 tỷ đồng, bằng 81,4% dự toán tỉnh giao và tăng 5,3% so với cùng kỳ; chi ngân sách 214,6 tỷ đồng, đạt 68,9% dự toán.

Sản xuất nông nghiệp (tăng, giảm so với cùng kỳ):
- Diện tích lúa xuống giống: 2.615 ha (-4,2%);
- Sản lượng thủy sản: 5.940 tấn (+6,85%);
- Tổng đàn heo: 18.420 con/KH 19.000 con.

Giải ngân vốn đầu tư công đến ngày 30/9 đạt 96,7 tỷ đồng, tỷ lệ 58,3% kế hoạch vốn. Trong 9 tháng, thị xã cấp giấy chứng nhận đăng ký cho 64 doanh nghiệp thành lập mới, vốn đăng ký 312 tỷ đồng.

Về văn hóa - xã hội, thị xã giải quyết việc làm cho 1.730 lao động, đạt 86,5% kế hoạch; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6%. Toàn thị xã hiện còn 162 hộ nghèo, chiếm 0,71% tổng số hộ.

Phát biểu chỉ đạo, ông Phạm Văn Trọng đề nghị: "Quý IV, thị xã phải tập trung thu ngân sách, phấn đấu vượt từ 5 - 7% dự toán, và giải ngân 100% vốn đầu tư công được giao".

Thanh Thảo

Tin liên quan
- Tiền Giang: 9 tháng, thu hút 12 dự án đầu tư mới
- Gò Công Đông kỷ niệm 45 năm ngày giải phóng
- Xã Long Chánh đón nhận danh hiệu xã văn hóa lần thứ 2
'''
META = {'published': '2024-10-08', 'locality': 'thị xã Gò Công'}
DEFAULTS = {'locality': 'thị xã Gò Công', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('9 tháng đạt 81,4% dự toán', '81,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('ước đạt 7.215 tỷ đồng', '7.215 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **E)),
 ('tăng 7,36% so với cùng kỳ', '7,36%', 'change', '%', dict(indicator='total_output_value', direction='up', base='same_period', **E)),
 ('đạt 73,8% kế hoạch năm', '73,8%', 'attainment', '%', dict(indicator='total_output_value', base='target', **E)),
 ('ước đạt 2.948 tỷ đồng', '2.948 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('tăng 9,12%', '9,12%', 'change', '%', dict(indicator='industrial_output_value', direction='up', **E)),
 ('đạt 3.106 tỷ đồng', '3.106 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 8,05%', '8,05%', 'change', '%', dict(direction='up')),
 ('đạt 4.870 tỷ đồng', '4.870 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 11,2% so với cùng kỳ', '11,2%', 'change', '%', dict(indicator='retail_sales', direction='up', base='same_period')),
 ('đạt 162,8 tỷ đồng', '162,8 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 81,4% dự toán', '81,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 5,3% so với cùng kỳ', '5,3%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='same_period')),
 ('chi ngân sách 214,6 tỷ đồng', '214,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 68,9% dự toán', '68,9%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('xuống giống: 2.615 ha', '2.615 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('(-4,2%)', '4,2%', 'change', '%', dict(indicator='crop_area', direction='down', base='same_period')),
 ('thủy sản: 5.940 tấn', '5.940 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('(+6,85%)', '6,85%', 'change', '%', dict(indicator='aquaculture_output', direction='up', base='same_period')),
 ('heo: 18.420 con', '18.420', 'level', 'con', dict()),
 ('KH 19.000 con', '19.000', 'level', 'con', dict(modality='target', period='2024')),
 ('đạt 96,7 tỷ đồng', '96,7 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('tỷ lệ 58,3% kế hoạch vốn', '58,3%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('cho 64 doanh nghiệp', '64', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('vốn đăng ký 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', dict()),
 ('cho 1.730 lao động', '1.730', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 86,5% kế hoạch', '86,5%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('y tế đạt 93,6%', '93,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('còn 162 hộ nghèo', '162', 'level', 'hộ', dict(indicator='poor_households')),
 ('chiếm 0,71%', '0,71%', 'level', '%', dict(indicator='poverty_rate')),
 ('vượt từ 5 - 7% dự toán', '5 - 7%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='target', status='exceeded', period='2024-Q4', modality='target')),
 ('giải ngân 100% vốn', '100%', 'level', '%', dict(indicator='public_investment_disbursement', period='2024-Q4', modality='target')),
 ('thu hút 12 dự án', '12', 'level', 'dự án', dict(optional=True)),
]
