TEXT = '''
Gia Nghĩa: 9 tháng, thu ngân sách vượt dự toán cả năm

Thứ Tư, 02/10/2024, 10:15 (GMT+7)

Ngày 2/10, Thành ủy Gia Nghĩa (Đắk Nông) tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2024.

Đồng chí Bí thư Thành ủy Gia Nghĩa phát biểu tại hội nghị
Đồng chí Bí thư Thành ủy Gia Nghĩa phát biểu tại hội nghị

Báo cáo của Thành ủy cho biết, 9 tháng qua, thu ngân sách nhà nước trên địa bàn thành phố đạt 742 tỷ đồng, đạt 106,3% dự toán tỉnh giao và bằng 118% so với cùng kỳ năm 2023, chủ yếu nhờ nguồn thu từ đấu giá quyền sử dụng đất tại khu đô thị mới. Chi ngân sách địa phương 415,6 tỷ đồng, đạt 64,9% dự toán.

Giá trị sản xuất công nghiệp ước đạt 1.286 tỷ đồng, tăng 6,4% so với cùng kỳ, bằng 72,5% kế hoạch năm. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 3.940 tỷ đồng, tăng 10,2%. Lượng khách đến tham quan, lưu trú trên địa bàn đạt hơn 186.000 lượt, tăng 15,7% so với cùng kỳ; doanh thu du lịch ước đạt 142 tỷ đồng.

Trong sản xuất nông nghiệp, tổng diện tích gieo trồng đạt 5.120 ha, bằng 99,6% kế hoạch; diện tích cà phê được tái canh, ghép cải tạo thêm 180 ha. Thành phố có 23 sản phẩm OCOP, trong đó 4 sản phẩm được công nhận mới trong năm.

Đến ngày 30/9/2024, thành phố giải ngân được 287,4 tỷ đồng vốn đầu tư công, đạt 49,1% kế hoạch vốn, thấp hơn mức trung bình của tỉnh (55,8%).

Về văn hóa - xã hội, thành phố đã giải quyết việc làm mới cho 1.240 lao động, đạt 82,7% kế hoạch năm; tỷ lệ bao phủ bảo hiểm y tế đạt 91,2%. Đến nay, thành phố còn 176 hộ nghèo, chiếm 1,02%, trong đó 61 hộ là đồng bào dân tộc thiểu số tại chỗ. Ngành y tế đạt tỷ lệ 12,4 bác sĩ/vạn dân và 41 giường bệnh/vạn dân.

Tình hình an ninh chính trị được giữ vững. Phạm pháp hình sự xảy ra 46 vụ, tăng 3 vụ so với cùng kỳ; tỷ lệ điều tra, khám phá đạt 91,3%. Tai nạn giao thông xảy ra 9 vụ, làm chết 7 người.

Về công tác xây dựng Đảng, 9 tháng qua, các tổ chức cơ sở đảng đã kết nạp 98 đảng viên, đạt 65,3% kế hoạch; Ủy ban Kiểm tra Thành ủy kiểm tra khi có dấu hiệu vi phạm đối với 4 đảng viên.

Hội nghị thống nhất trong 3 tháng cuối năm tập trung hoàn thành 100% kế hoạch giải ngân vốn đầu tư công, phấn đấu thu ngân sách cả năm đạt 820 tỷ đồng, kết nạp thêm ít nhất 52 đảng viên để hoàn thành chỉ tiêu 150 đảng viên năm 2024.

Mai Hoa

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2024-10-02', 'locality': 'thành phố Gia Nghĩa'}
DEFAULTS = {'locality': 'thành phố Gia Nghĩa', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('đạt 742 tỷ đồng', '742 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 106,3% dự toán', '106,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('bằng 118% so với cùng kỳ', '118%', 'attainment', '%', dict(indicator='budget_revenue', base='same_period')),
 ('ngân sách địa phương 415,6 tỷ đồng', '415,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 64,9% dự toán', '64,9%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('ước đạt 1.286 tỷ đồng', '1.286 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('tăng 6,4% so với cùng kỳ', '6,4%', 'change', '%', dict(indicator='industrial_output_value', direction='up', base='same_period', **E)),
 ('bằng 72,5% kế hoạch năm', '72,5%', 'attainment', '%', dict(indicator='industrial_output_value', base='target', **E)),
 ('đạt 3.940 tỷ đồng', '3.940 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 10,2%', '10,2%', 'change', '%', dict(indicator='retail_sales', direction='up')),
 ('hơn 186.000 lượt', '186.000', 'level', 'lượt', dict(indicator='tourist_arrivals', bound='over')),
 ('tăng 15,7% so với cùng kỳ', '15,7%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='same_period')),
 ('ước đạt 142 tỷ đồng', '142 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', **E)),
 ('đạt 5.120 ha', '5.120 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('bằng 99,6% kế hoạch', '99,6%', 'attainment', '%', dict(indicator='crop_area', base='target')),
 ('thêm 180 ha', '180 ha', 'level', 'ha', {}),
 ('có 23 sản phẩm OCOP', '23', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('4 sản phẩm được công nhận mới', '4', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('được 287,4 tỷ đồng', '287,4 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 49,1% kế hoạch vốn', '49,1%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('(55,8%)', '55,8%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', locality='tỉnh Đắk Nông')),
 ('cho 1.240 lao động', '1.240', 'level', 'lao động', dict(indicator='new_jobs')),
 ('đạt 82,7% kế hoạch năm', '82,7%', 'attainment', '%', dict(indicator='new_jobs', base='target')),
 ('bảo hiểm y tế đạt 91,2%', '91,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('còn 176 hộ nghèo', '176', 'level', 'hộ', dict(indicator='poor_households')),
 ('chiếm 1,02%', '1,02%', 'level', '%', dict(indicator='poverty_rate')),
 ('61 hộ là đồng bào', '61', 'level', 'hộ', dict(indicator='poor_households')),
 ('12,4 bác sĩ/vạn dân', '12,4', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('41 giường bệnh/vạn dân', '41', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('xảy ra 46 vụ', '46', 'level', 'vụ', dict(indicator='crime')),
 ('tăng 3 vụ so với cùng kỳ', '3', 'change', 'vụ', dict(indicator='crime', direction='up', base='same_period')),
 ('khám phá đạt 91,3%', '91,3%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('xảy ra 9 vụ', '9', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 7 người', '7', 'level', 'người', dict(indicator='traffic_deaths')),
 ('kết nạp 98 đảng viên', '98', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 65,3% kế hoạch', '65,3%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('đối với 4 đảng viên', '4', 'level', 'đảng viên', {}),
 ('hoàn thành 100% kế hoạch', '100%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', **T)),
 ('cả năm đạt 820 tỷ đồng', '820 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('ít nhất 52 đảng viên', '52', 'level', 'đảng viên', dict(indicator='new_party_members', bound='at_least', period='2024', modality='target')),
 ('chỉ tiêu 150 đảng viên', '150', 'level', 'đảng viên', dict(indicator='new_party_members', **T)),
]
