TEXT = '''
BÁO BẮC GIANG ĐIỆN TỬ
Thứ Năm, 05/10/2023 - 16:42
Thời sự | Kinh tế | Chính trị | Xã hội | Nông nghiệp - Nông thôn | Văn hóa | Thể thao

Bắc Giang: 9 tháng, tăng trưởng kinh tế ước đạt 4,77%

BGĐT - Chiều 4/10, UBND tỉnh tổ chức phiên họp thường kỳ tháng 10 đánh giá tình hình kinh tế - xã hội 9 tháng năm 2023. Tăng trưởng thấp hơn cùng kỳ nhưng nhiều chỉ tiêu vẫn bám sát kế hoạch.

Theo báo cáo của UBND tỉnh, 9 tháng, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 4,77%, thấp hơn nhiều so với cùng kỳ năm 2022 (tăng 22,4%); quy mô nền kinh tế ước đạt 103.500 tỷ đồng.

Một số chỉ tiêu chủ yếu 9 tháng năm 2023 (tăng, giảm so với cùng kỳ):
- Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 282.600 tỷ đồng, tăng 1,8%, bằng 63,9% kế hoạch năm;
- Kim ngạch xuất khẩu ước đạt 14,2 tỷ USD, giảm 5,6%; nhập khẩu 12,9 tỷ USD, giảm 8,1%;
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 34.210 tỷ đồng, tăng 12,4%;
- Thu ngân sách nhà nước trên địa bàn 7.856 tỷ đồng, bằng 61,2% dự toán, giảm 14,3%;
- Thu hút đầu tư: cấp mới 47 dự án FDI với tổng vốn đăng ký 812 triệu USD; 29 dự án trong nước, vốn đăng ký 11.420 tỷ đồng;
- Thành lập mới 742 doanh nghiệp, tăng 3,6%.

Về nông nghiệp, vụ Chiêm Xuân toàn tỉnh gieo cấy 49.300 ha lúa, năng suất ước đạt 62,1 tạ/ha. Sản lượng vải thiều đạt 192.000 tấn, trong đó huyện Lục Ngạn chiếm khoảng 52%. Tổng đàn lợn hiện có 1,13 triệu con.

Tính đến ngày 30/9, giải ngân vốn đầu tư công đạt 5.134 tỷ đồng, bằng 61,7% kế hoạch vốn, cao hơn bình quân cả nước (51,4%).

Lĩnh vực văn hóa - xã hội:
+ Giải quyết việc làm cho 24.650 lao động, đạt 82,2% kế hoạch năm, trong đó xuất khẩu lao động 5.120 người;
+ Tỷ lệ bao phủ bảo hiểm y tế đạt 94,1%;
+ Toàn tỉnh có thêm 11 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 71 xã; 9 xã đạt chuẩn nông thôn mới kiểu mẫu.

Về an ninh trật tự, xảy ra 81 vụ tai nạn giao thông, làm chết 58 người, bị thương 46 người; so với cùng kỳ giảm 12 vụ, giảm 9 người chết.

Phát biểu kết luận, Chủ tịch UBND tỉnh Lê Ánh Dương yêu cầu các ngành tập trung tháo gỡ khó khăn cho doanh nghiệp, phấn đấu cả năm tăng trưởng GRDP đạt từ 6 - 7%, thu ngân sách đạt 100% dự toán (12.835 tỷ đồng).

Sản xuất linh kiện điện tử tại Khu công nghiệp Quang Châu (Việt Yên). Ảnh: Khánh Linh

Thu Hà

Tin liên quan:
- Bắc Giang: 8 tháng thu hút hơn 1,2 tỷ USD vốn đầu tư
- Lục Ngạn: Giá vải thiều sớm 35.000 đồng/kg
- Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh khóa XIX

Lượt xem: 2.318
Giấy phép số 75/GP-BTTTT cấp ngày 22/02/2021. Điện thoại: 0204.3854.462 - Fax: 0204.3855.312
'''
META = {'published': '2023-10-05', 'locality': 'tỉnh Bắc Giang'}
DEFAULTS = {'locality': 'tỉnh Bắc Giang', 'period': '2023-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2023'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
FIGS = [
 ('kinh tế ước đạt 4,77%', '4,77%', 'level', '%', d(E, indicator='grdp_growth')),
 ('(GRDP) của tỉnh ước đạt 4,77%', '4,77%', 'level', '%', d(E, indicator='grdp_growth')),
 ('(tăng 22,4%)', '22,4%', 'change', '%', d(U, indicator='grdp_growth', period='2022-9M')),
 ('ước đạt 103.500 tỷ đồng', '103.500 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('ước đạt 282.600 tỷ đồng', '282.600 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('tăng 1,8%', '1,8%', 'change', '%', d(E, U, SP, indicator='industrial_output_value')),
 ('bằng 63,9% kế hoạch', '63,9%', 'attainment', '%', d(E, P, indicator='industrial_output_value')),
 ('ước đạt 14,2 tỷ USD', '14,2 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('giảm 5,6%', '5,6%', 'change', '%', d(E, D, SP, indicator='export_value')),
 ('nhập khẩu 12,9 tỷ USD', '12,9 tỷ USD', 'level', 'USD', d(indicator='import_value')),
 ('giảm 8,1%', '8,1%', 'change', '%', d(D, SP, indicator='import_value')),
 ('tiêu dùng 34.210 tỷ đồng', '34.210 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 12,4%', '12,4%', 'change', '%', d(U, SP, indicator='retail_sales')),
 ('địa bàn 7.856 tỷ đồng', '7.856 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 61,2% dự toán', '61,2%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('giảm 14,3%', '14,3%', 'change', '%', d(D, SP, indicator='budget_revenue')),
 ('cấp mới 47 dự án', '47', 'level', 'dự án', d(optional=True)),
 ('đăng ký 812 triệu USD', '812 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('; 29 dự án', '29', 'level', 'dự án', d(optional=True)),
 ('đăng ký 11.420 tỷ đồng', '11.420 tỷ đồng', 'level', 'VND', d()),
 ('mới 742 doanh nghiệp', '742', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 3,6%', '3,6%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('cấy 49.300 ha', '49.300 ha', 'level', 'ha', d(indicator='crop_area', period='2023')),
 ('đạt 62,1 tạ/ha', '62,1 tạ/ha', 'level', 'tạ/ha', d(E, period='2023')),
 ('đạt 192.000 tấn', '192.000 tấn', 'level', 'tấn', d(period='2023')),
 ('chiếm khoảng 52%', '52%', 'level', '%', d(locality='huyện Lục Ngạn', bound='about', period='2023')),
 ('có 1,13 triệu con', '1,13 triệu', 'level', 'con', d()),
 ('đạt 5.134 tỷ đồng', '5.134 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 61,7% kế hoạch', '61,7%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('(51,4%)', '51,4%', 'attainment', '%', d(P, indicator='public_investment_disbursement', locality='cả nước')),
 ('cho 24.650 lao động', '24.650', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 82,2% kế hoạch', '82,2%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('lao động 5.120 người', '5.120', 'level', 'người', d(indicator='labour_export')),
 ('đạt 94,1%', '94,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('thêm 11 xã', '11', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('lên 71 xã', '71', 'level', 'xã', d(U, indicator='new_rural_communes_advanced')),
 ('; 9 xã', '9', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('ra 81 vụ', '81', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 58 người', '58', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 46 người', '46', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 12 vụ', '12', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 9 người', '9', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('từ 6 - 7%', '6 - 7%', 'level', '%', d(K, indicator='grdp_growth')),
 ('đạt 100% dự toán', '100%', 'attainment', '%', d(K, P, indicator='budget_revenue')),
 ('(12.835 tỷ đồng)', '12.835 tỷ đồng', 'level', 'VND', d(K, indicator='budget_revenue')),
]
