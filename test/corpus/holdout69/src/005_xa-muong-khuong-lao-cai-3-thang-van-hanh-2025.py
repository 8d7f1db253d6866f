TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI
Thứ Tư, 08/10/2025 | 19:05 GMT+7
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Biên giới | Truyền hình | Phát thanh

Chính trị

Xã Mường Khương: 3 tháng vận hành chính quyền hai cấp, thu ngân sách quý III đạt 78% dự toán

LCT - Ngày 7/10, Đảng ủy xã Mường Khương tổ chức hội nghị đánh giá kết quả 3 tháng vận hành mô hình chính quyền địa phương hai cấp và tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2025, triển khai nhiệm vụ quý IV.

Xã Mường Khương được thành lập trên cơ sở sáp nhập thị trấn Mường Khương và các xã lân cận, có diện tích tự nhiên hơn 150 km2, dân số trên 21.000 người, chủ yếu là đồng bào các dân tộc Mông, Nùng, Phù Lá. Sau 3 tháng đi vào hoạt động, bộ máy của xã cơ bản vận hành thông suốt. Trung tâm Phục vụ hành chính công xã đã tiếp nhận 2.146 hồ sơ, trong đó 98,6% hồ sơ được giải quyết đúng và trước hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt 72,4%.

Theo báo cáo, 9 tháng năm 2025, tổng giá trị sản xuất trên địa bàn xã (tính theo địa giới các đơn vị cũ) ước đạt 1.268 tỷ đồng, tăng 8,1% so với cùng kỳ. Tổng diện tích gieo trồng cây hằng năm đạt 3.420 ha; sản lượng lương thực ước 9.850 tấn, đạt 101,5% kế hoạch. Xã duy trì ổn định các vùng nguyên liệu chủ lực: chè 850 ha, quế 1.240 ha, dứa 310 ha. Giá dứa quả tại vườn hiện dao động 5.000 - 6.000 đồng/kg, tăng 15 - 20% so với cùng kỳ.

Riêng quý III, thu ngân sách trên địa bàn xã đạt 6,24 tỷ đồng, bằng 78% dự toán 6 tháng cuối năm được giao. Chi ngân sách xã 18,7 tỷ đồng, đảm bảo chi lương và hoạt động thường xuyên.

Cán bộ Trung tâm Phục vụ hành chính công xã Mường Khương hướng dẫn người dân làm thủ tục. Ảnh: Tuấn Anh

Toàn xã hiện còn 612 hộ nghèo, chiếm 9,86%; hộ cận nghèo 418 hộ, chiếm 6,73%. Trong 9 tháng, xã phối hợp giải quyết việc làm cho 245 lao động; hoàn thành xóa 36 nhà tạm, nhà dột nát cho hộ nghèo, hộ có hoàn cảnh khó khăn. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 98,2%.

Đồng chí Bí thư Đảng ủy xã cho biết, quý IV, xã tập trung thu hoạch vụ Mùa, chuẩn bị sản xuất vụ Đông; phấn đấu đến cuối năm 2025 giảm ít nhất 60 hộ nghèo, trồng mới 150 ha quế và có thêm 1 thôn đạt chuẩn nông thôn mới kiểu mẫu. "Việc sắp xếp ổn định nơi làm việc cho hơn 40 cán bộ, công chức ở trụ sở cũ của các xã là việc phải làm ngay trong tháng 10", đồng chí Bí thư nhấn mạnh.

Tuấn Anh - Hoàng Thu

Tin cùng chuyên mục
- Xã Bắc Hà tổ chức kỳ họp thứ hai HĐND xã khóa I (07/10/2025)
- Xã Pha Long: Hoàn thành đường bê tông đến 5 thôn vùng cao (06/10/2025)

Báo và Phát thanh, Truyền hình Lào Cai. Địa chỉ: Số 1 đường Hoàng Liên, phường Lào Cai, tỉnh Lào Cai. Đường dây nóng: 0214.3820.868
'''
META = {'published': '2025-10-08', 'locality': 'xã Mường Khương'}
DEFAULTS = {'locality': 'xã Mường Khương', 'period': '2025-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'period': '2025', 'modality': 'target'}
Q3 = {'period': '2025-Q3'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
SP = {'base': 'same_period'}
FIGS = [
 ('quý III đạt 78% dự toán', '78%', 'attainment', '%', d(Q3, P, indicator='budget_revenue')),
 ('hơn 150 km2', '150 km2', 'level', 'km2', d(optional=True, bound='over')),
 ('trên 21.000 người', '21.000', 'level', 'người', d(optional=True, bound='over')),
 ('tiếp nhận 2.146 hồ sơ', '2.146', 'level', 'hồ sơ', d(Q3)),
 ('98,6% hồ sơ', '98,6%', 'level', '%', d(Q3)),
 ('đạt 72,4%', '72,4%', 'level', '%', d(Q3)),
 ('ước đạt 1.268 tỷ đồng', '1.268 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('tăng 8,1% so với cùng kỳ', '8,1%', 'change', '%', d(E, U, SP, indicator='total_output_value')),
 ('đạt 3.420 ha', '3.420 ha', 'level', 'ha', d(indicator='crop_area')),
 ('ước 9.850 tấn', '9.850 tấn', 'level', 'tấn', d(E, indicator='food_output')),
 ('đạt 101,5% kế hoạch', '101,5%', 'attainment', '%', d(E, P, indicator='food_output')),
 ('chè 850 ha', '850 ha', 'level', 'ha', d()),
 ('quế 1.240 ha', '1.240 ha', 'level', 'ha', d()),
 ('dứa 310 ha', '310 ha', 'level', 'ha', d()),
 ('động 5.000 - 6.000 đồng/kg', '5.000 - 6.000 đồng/kg', 'level', 'VND/kg', d()),
 ('tăng 15 - 20%', '15 - 20%', 'change', '%', d(U, SP)),
 ('đạt 6,24 tỷ đồng', '6,24 tỷ đồng', 'level', 'VND', d(Q3, indicator='budget_revenue')),
 ('bằng 78% dự toán 6 tháng', '78%', 'attainment', '%', d(Q3, P, indicator='budget_revenue')),
 ('xã 18,7 tỷ đồng', '18,7 tỷ đồng', 'level', 'VND', d(Q3, indicator='budget_expenditure')),
 ('còn 612 hộ', '612', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 9,86%', '9,86%', 'level', '%', d(indicator='poverty_rate')),
 ('nghèo 418 hộ', '418', 'level', 'hộ', d()),
 ('chiếm 6,73%', '6,73%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 245 lao động', '245', 'level', 'lao động', d(indicator='jobs_created')),
 ('xóa 36 nhà', '36', 'level', 'nhà', d()),
 ('đạt 98,2%', '98,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('ít nhất 60 hộ', '60', 'change', 'hộ', d(K, D, indicator='poor_households', bound='at_least')),
 ('trồng mới 150 ha', '150 ha', 'level', 'ha', d(K)),
 ('thêm 1 thôn', '1', 'level', 'thôn', d(K)),
 ('hơn 40 cán bộ', '40', 'level', 'cán bộ', d(optional=True, bound='over')),
]
