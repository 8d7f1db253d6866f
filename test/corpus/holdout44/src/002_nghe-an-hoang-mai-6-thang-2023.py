TEXT = '''
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hoá | Thể thao | Miền Tây | Video

Kinh tế

08/07/2023 10:15 GMT+7

Thị xã Hoàng Mai: Thu ngân sách 6 tháng đầu năm 2023 đạt 62,4% dự toán

(Baonghean.vn) - Chiều 7/7, UBND thị xã Hoàng Mai tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Lê Văn Giáp - Phó Bí thư Thị uỷ, Chủ tịch UBND thị xã chủ trì.

Theo báo cáo của UBND thị xã, 6 tháng đầu năm 2023, tốc độ tăng trưởng giá trị sản xuất ước đạt 7,85%, thấp hơn cùng kỳ năm 2022 (9,12%). Một số chỉ tiêu chủ yếu:

Chỉ tiêu | Kế hoạch năm 2023 | Ước thực hiện 6 tháng | So kế hoạch (%) | So cùng kỳ (%)
Giá trị sản xuất (tỷ đồng, giá SS 2010) | 21.500 | 9.870 | 45,9 | 107,85
Thu ngân sách trên địa bàn (tỷ đồng) | 512 | 319,5 | 62,4 | 94,2
Vốn đầu tư toàn xã hội (tỷ đồng) | 6.800 | 2.950 | 43,4 | 91,6
Sản lượng thuỷ sản (tấn) | 5.200 | 2.730 | 52,5 | 103,1

Sản xuất nông nghiệp ổn định; vụ Xuân 2023 gieo cấy 2.145 ha lúa, năng suất ước đạt 65,2 tạ/ha, cao hơn vụ Xuân năm trước 1,8 tạ/ha. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ ước đạt 4.215 tỷ đồng, tăng 11,3% so với cùng kỳ.

Lĩnh vực công nghiệp gặp khó khăn do đơn hàng xuất khẩu giảm, nhiều doanh nghiệp dệt may, da giày trong Khu công nghiệp Hoàng Mai I phải cắt giảm ca làm việc; giá trị sản xuất công nghiệp - xây dựng ước giảm 2,4% so với cùng kỳ. Thị xã đã trình cấp có thẩm quyền chấp thuận chủ trương đầu tư 4 dự án với tổng vốn đăng ký 1.260 tỷ đồng.

Đồng chí Lê Văn Giáp phát biểu kết luận hội nghị. Ảnh: Việt Hùng

Trong 6 tháng, giải quyết việc làm cho 1.650 lao động, đạt 55% kế hoạch, trong đó đi làm việc ở nước ngoài 388 người. Tỷ lệ bao phủ bảo hiểm y tế đạt 91,2%, tăng 0,7 điểm phần trăm so với cuối năm 2022. Phạm pháp hình sự xảy ra 21 vụ, giảm 4 vụ so với cùng kỳ; tai nạn giao thông xảy ra 6 vụ, làm chết 5 người, bị thương 3 người.

Tuy vậy, giải ngân vốn đầu tư công mới đạt 31,7% kế hoạch, thấp hơn bình quân chung của tỉnh; công tác giải phóng mặt bằng dự án đường ven biển đoạn qua phường Quỳnh Phương còn chậm.

Để hoàn thành kế hoạch năm 2023, thị xã phấn đấu thu ngân sách đạt 100% dự toán trở lên, giải ngân vốn đầu tư công trên 95% kế hoạch vốn; tập trung tháo gỡ khó khăn cho doanh nghiệp, đẩy nhanh tiến độ các dự án trong Khu kinh tế Đông Nam.

Việt Hùng

Tin liên quan
- Quỳnh Lưu: 6 tháng giải quyết việc làm cho hơn 2.000 lao động
- Thị xã Cửa Lò đón 1,2 triệu lượt khách trong mùa du lịch hè
- Nghi Lộc phấn đấu có thêm 3 xã nông thôn mới nâng cao

Giấy phép số 196/GP-BTTTT. Toà soạn: Số 2 Hồ Tùng Mậu, TP. Vinh. ĐT: 0238.3844.405
'''
META = {'published': '2023-07-08', 'locality': 'thị xã Hoàng Mai'}
DEFAULTS = {'locality': 'thị xã Hoàng Mai', 'period': '2023-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2023'}
P = {'base': 'target'}
S = {'base': 'same_period'}
B = 1e9
TO = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
SI = {'indicator': 'social_investment'}
AQ = {'indicator': 'aquaculture_output'}
FIGS = [
 ('đạt 62,4% dự toán\n', '62,4%', 'attainment', '%', dict(BR, **P)),
 ('ước đạt 7,85%', '7,85%', 'level', '%', dict(E, **TO)),
 ('(9,12%)', '9,12%', 'level', '%', dict(TO, period='2022-H1')),
 ('| 21.500 |', '21.500', 'level', 'VND', dict(K, **TO, value=21500*B)),
 ('| 9.870 |', '9.870', 'level', 'VND', dict(E, **TO, value=9870*B)),
 ('| 45,9 |', '45,9', 'attainment', '%', dict(E, **TO, **P)),
 ('| 107,85\n', '107,85', 'attainment', '%', dict(E, **TO, **S)),
 ('| 512 |', '512', 'level', 'VND', dict(K, **BR, value=512*B)),
 ('| 319,5 |', '319,5', 'level', 'VND', dict(E, **BR, value=319.5*B)),
 ('| 62,4 |', '62,4', 'attainment', '%', dict(E, **BR, **P)),
 ('| 94,2\n', '94,2', 'attainment', '%', dict(E, **BR, **S)),
 ('| 6.800 |', '6.800', 'level', 'VND', dict(K, **SI, value=6800*B)),
 ('| 2.950 |', '2.950', 'level', 'VND', dict(E, **SI, value=2950*B)),
 ('| 43,4 |', '43,4', 'attainment', '%', dict(E, **SI, **P)),
 ('| 91,6\n', '91,6', 'attainment', '%', dict(E, **SI, **S)),
 ('| 5.200 |', '5.200', 'level', 'tấn', dict(K, **AQ)),
 ('| 2.730 |', '2.730', 'level', 'tấn', dict(E, **AQ)),
 ('| 52,5 |', '52,5', 'attainment', '%', dict(E, **AQ, **P)),
 ('| 103,1\n', '103,1', 'attainment', '%', dict(E, **AQ, **S)),
 ('gieo cấy 2.145 ha', '2.145 ha', 'level', 'ha', dict(indicator='crop_area', period='2023')),
 ('ước đạt 65,2 tạ/ha', '65,2 tạ/ha', 'level', 'tạ/ha', dict(E, period='2023')),
 ('trước 1,8 tạ/ha', '1,8 tạ/ha', 'change', 'tạ/ha', dict(E, period='2023', direction='up', base='same_period')),
 ('ước đạt 4.215 tỷ đồng', '4.215 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 11,3% so với cùng kỳ', '11,3%', 'change', '%', dict(E, indicator='retail_sales', direction='up', **S)),
 ('ước giảm 2,4%', '2,4%', 'change', '%', dict(E, indicator='industrial_output_value', direction='down', **S)),
 ('tư 4 dự án', '4', 'level', 'dự án', dict()),
 ('ký 1.260 tỷ đồng', '1.260 tỷ đồng', 'level', 'VND', dict()),
 ('cho 1.650 lao động', '1.650', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 55% kế hoạch', '55%', 'attainment', '%', dict(indicator='jobs_created', **P)),
 ('ngoài 388 người', '388', 'level', 'người', dict(indicator='labour_export')),
 ('y tế đạt 91,2%', '91,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('tăng 0,7 điểm phần trăm', '0,7 điểm phần trăm', 'change', 'điểm %', dict(indicator='health_insurance_coverage', direction='up', base='2022')),
 ('xảy ra 21 vụ', '21', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 4 vụ', '4', 'change', 'vụ', dict(indicator='crime', direction='down', **S)),
 ('xảy ra 6 vụ', '6', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 5 người', '5', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 3 người', '3', 'level', 'người', dict(indicator='traffic_injuries')),
 ('đạt 31,7% kế hoạch', '31,7%', 'attainment', '%', dict(indicator='public_investment_disbursement', **P)),
 ('đạt 100% dự toán trở lên', '100%', 'attainment', '%', dict(K, **BR, **P, bound='at_least')),
 ('trên 95% kế hoạch vốn', '95%', 'attainment', '%', dict(K, indicator='public_investment_disbursement', **P, bound='over')),
]
