TEXT = '''
BÁO CẦN THƠ
Thứ Năm, 14/12/2023, 21:15 (GMT+7)
Thời sự | Kinh tế | Xã hội | Đô thị | Nông nghiệp | Thể thao

HĐND huyện Phong Điền khai mạc kỳ họp thứ 12: Thu nhập bình quân đầu người đạt 72,5 triệu đồng

(CT) - Ngày 14-12, HĐND huyện Phong Điền khóa XII, nhiệm kỳ 2021-2026 khai mạc kỳ họp thứ 12 (kỳ họp thường lệ cuối năm 2023). Năm 2023, huyện đạt và vượt 18/20 chỉ tiêu Nghị quyết HĐND huyện đề ra; 2 chỉ tiêu không đạt là thu ngân sách và giá trị sản xuất công nghiệp.

Theo báo cáo của UBND huyện, tổng giá trị sản xuất các ngành kinh tế năm 2023 ước đạt 9.846 tỉ đồng, tăng 7,12% so với năm 2022. Cơ cấu kinh tế: khu vực nông nghiệp chiếm 38,4%, công nghiệp - xây dựng chiếm 21,7%, thương mại - dịch vụ chiếm 39,9%. Thu nhập bình quân đầu người năm 2023 là 72,5 triệu đồng/người/năm, tăng 4,3 triệu đồng so với năm trước.

Toàn huyện xuống giống 3 vụ lúa được 31.460ha, đạt 101,2% kế hoạch; năng suất bình quân 6,4 tấn/ha; sản lượng lúa đạt 201.344 tấn. Diện tích cây ăn trái 9.850ha, trong đó có 1.200ha đạt chuẩn VietGAP. Huyện có thêm 9 sản phẩm OCOP được công nhận, nâng tổng số lên 31 sản phẩm OCOP đạt 3 sao trở lên. Du lịch sinh thái miệt vườn thu hút 412.000 lượt khách, tăng 28,6% so với năm 2022; doanh thu du lịch ước đạt 96 tỉ đồng.

Tổng thu ngân sách nhà nước trên địa bàn đạt 218,6 tỉ đồng, bằng 94,3% dự toán HĐND huyện giao; tổng chi ngân sách địa phương 612,4 tỉ đồng, đạt 102,1% dự toán. Giải ngân vốn đầu tư công đến ngày 30-11-2023 đạt 86,7% kế hoạch vốn.

Quang cảnh kỳ họp thứ 12 HĐND huyện Phong Điền. Ảnh: MỸ THANH

Lĩnh vực văn hóa - xã hội có chuyển biến. Tỷ lệ hộ nghèo giảm còn 0,82%, giảm 0,46 điểm phần trăm so với cuối năm 2022; hộ cận nghèo còn 1,94%. Huyện giải quyết việc làm cho 3.120 lao động, trong đó đưa 42 lao động đi làm việc ở nước ngoài. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,8%. Toàn huyện có 38/52 trường đạt chuẩn quốc gia, tỷ lệ 73,1%.

Xã Nhơn Ái được công nhận đạt chuẩn nông thôn mới kiểu mẫu năm 2023; xã Tân Thới đạt 17/19 tiêu chí nông thôn mới nâng cao. Đến nay, huyện có 6/6 xã đạt chuẩn nông thôn mới nâng cao.

Tình hình an ninh trật tự ổn định; phạm pháp hình sự xảy ra 24 vụ, giảm 5 vụ so với cùng kỳ, điều tra làm rõ 22 vụ, đạt 91,67%. Tai nạn giao thông xảy ra 7 vụ, làm chết 6 người.

Năm 2024, huyện phấn đấu tổng giá trị sản xuất tăng 7,5% trở lên; thu nhập bình quân đầu người đạt 78 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 0,6%; tỷ lệ bao phủ bảo hiểm y tế đạt trên 94%; giải quyết việc làm cho 3.000 lao động.

MỸ THANH

Tin liên quan:
- Phong Điền ra mắt mô hình "Dân vận khéo" (12-12-2023)
- Lễ hội Bánh dân gian Nam Bộ lần thứ 10 khai mạc tối 8-12 (08-12-2023)
Đường dây nóng: 0292.3822.444 | Lượt xem: 1.536
'''
META = {'published': '2023-12-14', 'locality': 'huyện Phong Điền'}
DEFAULTS = {'locality': 'huyện Phong Điền', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2024'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
B22 = {'base': '2022'}
RT = {'indicator': 'resolution_targets'}
TO = {'indicator': 'total_output_value'}
INC = {'indicator': 'income_per_capita'}
FIGS = [
 ('người đạt 72,5 triệu đồng', '72,5 triệu đồng', 'level', 'VND/người/năm', d(INC)),
 ('vượt 18/20 chỉ tiêu', '18/20', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 9.846 tỉ đồng', '9.846 tỉ đồng', 'level', 'VND', d(E, TO)),
 ('tăng 7,12%', '7,12%', 'change', '%', d(E, U, B22, TO)),
 ('chiếm 38,4%', '38,4%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 21,7%', '21,7%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 39,9%', '39,9%', 'level', '%', d(indicator='sector_share')),
 ('là 72,5 triệu đồng', '72,5 triệu đồng', 'level', 'VND/người/năm', d(INC)),
 ('tăng 4,3 triệu đồng', '4,3 triệu đồng', 'change', 'VND/người/năm', d(U, B22, INC)),
 ('được 31.460ha', '31.460ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 101,2% kế hoạch', '101,2%', 'attainment', '%', d(P, indicator='crop_area')),
 ('6,4 tấn/ha', '6,4 tấn/ha', 'level', 'tấn/ha', d()),
 ('đạt 201.344 tấn', '201.344 tấn', 'level', 'tấn', d(indicator='rice_output')),
 ('trái 9.850ha', '9.850ha', 'level', 'ha', d()),
 ('có 1.200ha', '1.200ha', 'level', 'ha', d()),
 ('thêm 9 sản phẩm', '9', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('lên 31 sản phẩm', '31', 'level', 'sản phẩm', d(U, indicator='ocop_products')),
 ('hút 412.000 lượt khách', '412.000', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 28,6%', '28,6%', 'change', '%', d(U, B22, indicator='tourist_arrivals')),
 ('ước đạt 96 tỉ đồng', '96 tỉ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('đạt 218,6 tỉ đồng', '218,6 tỉ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 94,3% dự toán', '94,3%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('phương 612,4 tỉ đồng', '612,4 tỉ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 102,1% dự toán', '102,1%', 'attainment', '%', d(P, indicator='budget_expenditure')),
 ('đạt 86,7% kế hoạch', '86,7%', 'attainment', '%', d(P, indicator='public_investment_disbursement', period='2023-11M')),
 ('giảm còn 0,82%', '0,82%', 'level', '%', d(D, indicator='poverty_rate')),
 ('giảm 0,46 điểm phần trăm', '0,46 điểm phần trăm', 'change', 'điểm %', d(D, B22, indicator='poverty_rate')),
 ('còn 1,94%', '1,94%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 3.120 lao động', '3.120', 'level', 'lao động', d(indicator='jobs_created')),
 ('đưa 42 lao động', '42', 'level', 'lao động', d(indicator='labour_export')),
 ('đạt 93,8%', '93,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('có 38/52 trường', '38/52', 'ratio', 'trường', d(indicator='national_standard_schools')),
 ('tỷ lệ 73,1%', '73,1%', 'level', '%', d(indicator='national_standard_schools')),
 ('đạt 17/19 tiêu chí', '17/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Tân Thới', status='achieved')),
 ('có 6/6 xã', '6/6', 'ratio', 'xã', d(indicator='new_rural_communes_advanced')),
 ('ra 24 vụ', '24', 'level', 'vụ', d(indicator='crime')),
 ('giảm 5 vụ', '5', 'change', 'vụ', d(D, SP, indicator='crime')),
 ('làm rõ 22 vụ', '22', 'level', 'vụ', d()),
 ('đạt 91,67%', '91,67%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('ra 7 vụ', '7', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 6 người', '6', 'level', 'người', d(indicator='traffic_deaths')),
 ('tăng 7,5% trở lên', '7,5%', 'change', '%', d(K, U, TO, bound='at_least')),
 ('đạt 78 triệu đồng', '78 triệu đồng', 'level', 'VND/người/năm', d(K, INC)),
 ('dưới 0,6%', '0,6%', 'level', '%', d(K, D, indicator='poverty_rate', bound='under')),
 ('trên 94%', '94%', 'level', '%', d(K, indicator='health_insurance_coverage', bound='over')),
 ('cho 3.000 lao động', '3.000', 'level', 'lao động', d(K, indicator='jobs_created')),
]
