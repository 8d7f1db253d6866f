TEXT = '''
Thời sự

Thị xã Long Mỹ: 6 tháng đầu năm có 9/21 chỉ tiêu đạt trên 50%

Cập nhật: 03-07-2024 | 16:40

(HG) - Sáng 2-7, Thị ủy Long Mỹ tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2024 và triển khai nhiệm vụ 6 tháng cuối năm.

Quang cảnh hội nghị. Ảnh: Thúy Liễu
Quang cảnh hội nghị. Ảnh: Thúy Liễu

Theo báo cáo, trong 6 tháng đầu năm, thị xã có 9/21 chỉ tiêu chủ yếu đạt trên 50% kế hoạch, 12 chỉ tiêu còn lại sẽ đánh giá vào cuối năm. Giá trị sản xuất các ngành kinh tế (giá so sánh 2010) ước đạt 3.142 tỷ đồng, tăng 6,85% so với cùng kỳ. Thu ngân sách trên địa bàn đạt 46,7 tỷ đồng, bằng 61,4% dự toán HĐND thị xã giao; chi ngân sách 152,3 tỷ đồng.

Trong sản xuất nông nghiệp, vụ Hè Thu 2024 nông dân xuống giống 11.620 ha lúa/KH 11.500 ha, năng suất ước 5,9 tấn/ha.

Diện tích khóm (dứa) đạt 1.030 ha, tăng 85 ha so với cùng kỳ. Tổng đàn heo 9.860 con, đàn gia cầm khoảng 312 nghìn con.

Về thương mại - dịch vụ, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 2.215 tỷ đồng, tăng 9,3%. Thị xã có thêm 18 doanh nghiệp thành lập mới, vốn đăng ký 64 tỷ đồng.

Lĩnh vực văn hóa - xã hội tiếp tục được quan tâm. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,2%; toàn thị xã có 17/26 trường đạt chuẩn quốc gia. Tỷ lệ bao phủ BHYT đạt 91,06%. Thị xã giải quyết việc làm cho 1.140 lao động, đạt 57% kế hoạch năm.

Phát biểu chỉ đạo, bà Nguyễn Thị Kim Đang, Bí thư Thị ủy nêu rõ: “Phải tập trung giải ngân vốn đầu tư công, đến ngày 30/9 phải đạt ít nhất 75% kế hoạch vốn”. Hiện thị xã mới giải ngân 38,2 tỷ đồng, đạt 41,6%.

Thúy Liễu

Xem thêm:
- Hậu Giang: 6 tháng, GRDP tăng 7,12%
- Khai mạc Hội thao Thị xã Long Mỹ lần thứ X
'''
META = {'published': '2024-07-03', 'locality': 'thị xã Long Mỹ'}
DEFAULTS = {'locality': 'thị xã Long Mỹ', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('có 9/21 chỉ tiêu đạt trên 50%\n', '9/21', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('đạt trên 50%\n', '50%', 'attainment', '%', dict(base='target', bound='over', optional=True)),
 ('thị xã có 9/21 chỉ tiêu', '9/21', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('đạt trên 50% kế hoạch,', '50%', 'attainment', '%', dict(base='target', bound='over', optional=True)),
 ('12 chỉ tiêu còn lại', '12', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='pending')),
 ('ước đạt 3.142 tỷ đồng', '3.142 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', **E)),
 ('tăng 6,85% so với cùng kỳ', '6,85%', 'change', '%', dict(indicator='total_output_value', direction='up', base='same_period', **E)),
 ('đạt 46,7 tỷ đồng', '46,7 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 61,4% dự toán', '61,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('chi ngân sách 152,3 tỷ đồng', '152,3 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('giống 11.620 ha', '11.620 ha', 'level', 'ha', dict(indicator='crop_area', period='2024')),
 ('KH 11.500 ha', '11.500 ha', 'level', 'ha', dict(indicator='crop_area', modality='target', period='2024')),
 ('năng suất ước 5,9 tấn/ha', '5,9 tấn/ha', 'level', 'tấn/ha', dict(period='2024', **E)),
 ('đạt 1.030 ha', '1.030 ha', 'level', 'ha', dict()),
 ('tăng 85 ha', '85 ha', 'change', 'ha', dict(direction='up', base='same_period')),
 ('heo 9.860 con', '9.860', 'level', 'con', dict()),
 ('khoảng 312 nghìn con', '312 nghìn', 'level', 'con', dict(bound='about')),
 ('ước đạt 2.215 tỷ đồng', '2.215 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 9,3%', '9,3%', 'change', '%', dict(indicator='retail_sales', direction='up', **E)),
 ('thêm 18 doanh nghiệp', '18', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('vốn đăng ký 64 tỷ đồng', '64 tỷ đồng', 'level', 'VND', dict()),
 ('ra lớp đạt 99,2%', '99,2%', 'level', '%', dict(indicator='school_enrollment_rate')),
 ('có 17/26 trường', '17/26', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('BHYT đạt 91,06%', '91,06%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('cho 1.140 lao động', '1.140', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 57% kế hoạch năm', '57%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('ít nhất 75% kế hoạch vốn', '75%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', bound='at_least', modality='target', period='2024-9M')),
 ('giải ngân 38,2 tỷ đồng', '38,2 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 41,6%.', '41,6%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('GRDP tăng 7,12%', '7,12%', 'change', '%', dict(direction='up', optional=True)),
]
