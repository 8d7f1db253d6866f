TEXT = '''
BÁO CÀ MAU ĐIỆN TỬ
Thứ Sáu, 10/10/2025 | 15:20
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Xã, phường | Văn hóa | Thể thao

Xã, phường

Phường Bạc Liêu: Quý đầu tiên vận hành, thu ngân sách đạt 38,6% dự toán

(CMO) - Chiều 9/10, UBND phường Bạc Liêu tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội quý III và 9 tháng năm 2025, triển khai nhiệm vụ quý IV. Đây là quý đầu tiên phường hoạt động theo mô hình chính quyền địa phương hai cấp.

Phường Bạc Liêu được thành lập trên cơ sở sắp xếp Phường 1, Phường 2, Phường 3 và Phường 5 của thành phố Bạc Liêu (cũ), có diện tích tự nhiên 24,6 km2, dân số hơn 98.000 người.

Báo cáo cho biết, từ ngày 1/7 đến ngày 30/9/2025, thu ngân sách nhà nước trên địa bàn phường đạt 42,7 tỷ đồng, bằng 38,6% dự toán tỉnh giao cho 6 tháng cuối năm. Tính chung 9 tháng (tính gộp các phường cũ), thu ngân sách đạt 118,3 tỷ đồng, tăng 6,4% so với cùng kỳ.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trên địa bàn quý III ước đạt 3.215 tỷ đồng, tăng 10,2%. Khu du lịch Nhà Công tử Bạc Liêu và Quảng trường Hùng Vương đón gần 286.000 lượt khách trong quý III, tăng 18,5% so với quý II; doanh thu du lịch đạt hơn 94 tỷ đồng. Trong quý, phường có 38 doanh nghiệp thành lập mới và 215 hộ kinh doanh đăng ký mới.

Theo kết quả rà soát, toàn phường còn 71 hộ nghèo và 120 hộ cận nghèo, tỷ lệ lần lượt là 0,52% và 0,88%. Phường đã trao 15 suất học bổng và vận động xây dựng 6 căn nhà đại đoàn kết, tổng kinh phí 360 triệu đồng. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,1%.

Công an phường Bạc Liêu tuần tra bảo đảm an ninh trật tự khu vực chợ Bạc Liêu. Ảnh: HỮU NGHĨA

Trong quý III, trên địa bàn xảy ra 7 vụ phạm pháp hình sự, lực lượng Công an phường làm rõ 6/7 vụ; xử lý 412 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền hơn 680 triệu đồng.

Quý IV, phường tập trung chỉ đạo thu ngân sách; phấn đấu đến cuối năm 2025 thu ngân sách đạt 100% dự toán trở lên, tỷ lệ hộ nghèo giảm còn dưới 0,4%, tỷ lệ tham gia bảo hiểm y tế đạt 95%.

Chủ tịch UBND phường Bạc Liêu Lâm Thanh Sơn đề nghị các khóm, các ngành rà soát từng nguồn thu, nhất là thu từ đất. "Phường có 12 khóm, mỗi khóm phải nắm chắc từng hộ kinh doanh", ông nói.

NGỌC HÂN

Tin cùng chuyên mục
- Xã Đất Mũi đón 25.000 lượt khách dịp lễ 2/9 (08/10/2025)
- Phường Giá Rai khởi công 2 tuyến đường liên khóm (06/10/2025)

Báo Cà Mau - Cơ quan của Đảng bộ tỉnh Cà Mau. Địa chỉ: 133 Phan Ngọc Hiển, phường Tân Thành, tỉnh Cà Mau. ĐT: 0290.3831.448
'''
META = {'published': '2025-10-10', 'locality': 'phường Bạc Liêu'}
DEFAULTS = {'locality': 'phường Bạc Liêu', 'period': '2025-Q3', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
P = {'base': 'target'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('đạt 38,6% dự toán\n', '38,6%', 'attainment', '%', d(P, BR)),
 ('diện tích tự nhiên 24,6 km2', '24,6 km2', 'level', 'km2', {'optional': True}),
 ('hơn 98.000 người', '98.000', 'level', 'người', {'optional': True}),
 ('đạt 42,7 tỷ đồng', '42,7 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 38,6% dự toán', '38,6%', 'attainment', '%', d(P, BR)),
 ('đạt 118,3 tỷ đồng', '118,3 tỷ đồng', 'level', 'VND', d(BR, period='2025-9M')),
 ('tăng 6,4%', '6,4%', 'change', '%', d(U, SP, BR, period='2025-9M')),
 ('ước đạt 3.215 tỷ đồng', '3.215 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 10,2%', '10,2%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('gần 286.000 lượt khách', '286.000', 'level', 'lượt khách', d(indicator='tourist_arrivals', bound='nearly')),
 ('tăng 18,5%', '18,5%', 'change', '%', d(U, PP, indicator='tourist_arrivals')),
 ('hơn 94 tỷ đồng', '94 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue', bound='over')),
 ('có 38 doanh nghiệp', '38', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('và 215 hộ kinh doanh', '215', 'level', 'hộ kinh doanh', d()),
 ('còn 71 hộ nghèo', '71', 'level', 'hộ', d(indicator='poor_households')),
 ('và 120 hộ cận nghèo', '120', 'level', 'hộ', d()),
 ('lần lượt là 0,52%', '0,52%', 'level', '%', d(indicator='poverty_rate')),
 ('và 0,88%', '0,88%', 'level', '%', d(indicator='near_poverty_rate')),
 ('trao 15 suất', '15', 'level', 'suất', {'optional': True}),
 ('xây dựng 6 căn nhà', '6', 'level', 'căn nhà', d()),
 ('kinh phí 360 triệu đồng', '360 triệu đồng', 'level', 'VND', d()),
 ('đạt 94,1%', '94,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('xảy ra 7 vụ', '7', 'level', 'vụ', d(indicator='crime')),
 ('rõ 6/7 vụ', '6/7', 'ratio', 'vụ', d(indicator='crime_clearance_rate')),
 ('xử lý 412 trường hợp', '412', 'level', 'trường hợp', d()),
 ('hơn 680 triệu đồng', '680 triệu đồng', 'level', 'VND', d(bound='over')),
 ('đạt 100% dự toán trở lên', '100%', 'attainment', '%', d(K, P, BR, bound='at_least')),
 ('có 12 khóm', '12', 'level', 'khóm', {'optional': True}),
 ('dưới 0,4%', '0,4%', 'level', '%', d(K, D, indicator='poverty_rate', bound='under')),
 ('y tế đạt 95%', '95%', 'level', '%', d(K, indicator='health_insurance_coverage')),
]
