TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ PHAN RANG - THÁP CHÀM
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ

Tin kinh tế - xã hội

Tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2022

Ngày đăng: 02/12/2022 | Lượt xem: 436

Chiều 1/12, UBND thành phố tổ chức phiên họp thường kỳ tháng 11/2022 để đánh giá tình hình kinh tế - xã hội tháng 11, 11 tháng và triển khai nhiệm vụ tháng 12 năm 2022. Đồng chí Chủ tịch UBND thành phố chủ trì phiên họp. Kết quả trên các lĩnh vực như sau:

1. Về kinh tế
- Giá trị sản xuất công nghiệp tháng 11 ước đạt 312,5 tỷ đồng, tăng 1,8% so với tháng trước; lũy kế 11 tháng ước đạt 3.284 tỷ đồng, tăng 10,2% so với cùng kỳ, đạt 90,4% kế hoạch năm.
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 11 tháng ước đạt 18.460 tỷ đồng, tăng 24,6% so với cùng kỳ.
- Khách du lịch: tháng 11 đón 46.500 lượt; lũy kế 11 tháng đón 812.000 lượt, gấp 2,3 lần cùng kỳ, trong đó khách quốc tế 9.800 lượt.
- Thu ngân sách trên địa bàn đến ngày 30/11 đạt 725,6 tỷ đồng, bằng 96,7% dự toán HĐND thành phố giao; chi ngân sách 612,3 tỷ đồng, bằng 78,5% dự toán.
- Giải ngân vốn đầu tư công đạt 268,4 tỷ đồng, bằng 67,1% kế hoạch vốn.

2. Về văn hóa - xã hội
- Giải quyết việc làm cho 3.850 lao động, đạt 110% kế hoạch năm.
- Đến cuối tháng 11/2022, số hộ nghèo toàn thành phố còn 412 hộ, chiếm 0,82%; hộ cận nghèo 1.056 hộ, chiếm 2,1%; tỷ lệ tham gia bảo hiểm y tế đạt 92,6%, tăng 1,1 điểm phần trăm so với cuối năm 2021.

3. Về quốc phòng - an ninh
- Trong tháng, xảy ra 9 vụ phạm pháp hình sự (-2 vụ so với tháng trước); 11 tháng xảy ra 98 vụ, giảm 6,7% so với cùng kỳ; tai nạn giao thông 11 tháng xảy ra 15 vụ, làm chết 11 người, bị thương 8 người.

Nhiệm vụ tháng 12: Các phòng, ban, UBND các phường, xã tập trung hoàn thành các chỉ tiêu năm 2022: thu ngân sách đạt 760 tỷ đồng trở lên; giá trị sản xuất công nghiệp đạt 3.630 tỷ đồng; hoàn thành giải ngân vốn đầu tư công trước ngày 31/01/2023.

Phòng Văn hóa và Thông tin thành phố

Các tin khác
- Kết quả kỳ họp thứ 9, HĐND thành phố khóa XII (25/11/2022)
- Thành phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 16 phường, xã (18/11/2022)
- Thông báo lịch tiếp công dân tháng 12/2022 (15/11/2022)

UBND thành phố Phan Rang - Tháp Chàm. Địa chỉ: 17 đường 16/4, phường Mỹ Hương | Điện thoại: 0259.3822.517
Tổng số lượt truy cập: 2.845.116
'''
META = {'published': '2022-12-02', 'locality': 'thành phố Phan Rang - Tháp Chàm'}
DEFAULTS = {'locality': 'thành phố Phan Rang - Tháp Chàm', 'period': '2022-11M', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2022'}
M = {'period': '2022-M11'}
IO = {'indicator': 'industrial_output_value'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('tháng 11 ước đạt 312,5 tỷ đồng', '312,5 tỷ đồng', 'level', 'VND', dict(E, **M, **IO)),
 ('tăng 1,8% so với tháng trước', '1,8%', 'change', '%', dict(E, **M, **IO, direction='up', base='previous_period')),
 ('ước đạt 3.284 tỷ đồng', '3.284 tỷ đồng', 'level', 'VND', dict(E, **IO)),
 ('tăng 10,2%', '10,2%', 'change', '%', dict(E, **IO, direction='up', base='same_period')),
 ('đạt 90,4% kế hoạch năm', '90,4%', 'attainment', '%', dict(E, **IO, base='target')),
 ('ước đạt 18.460 tỷ đồng', '18.460 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 24,6%', '24,6%', 'change', '%', dict(E, indicator='retail_sales', direction='up', base='same_period')),
 ('đón 46.500 lượt', '46.500', 'level', 'lượt', dict(M, indicator='tourist_arrivals')),
 ('đón 812.000 lượt', '812.000', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('gấp 2,3 lần', '2,3 lần', 'change', 'lần', dict(indicator='tourist_arrivals', direction='up', base='same_period')),
 ('tế 9.800 lượt', '9.800', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('đạt 725,6 tỷ đồng', '725,6 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 96,7% dự toán', '96,7%', 'attainment', '%', dict(BR, base='target')),
 ('sách 612,3 tỷ đồng', '612,3 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 78,5% dự toán', '78,5%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('đạt 268,4 tỷ đồng', '268,4 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('bằng 67,1% kế hoạch', '67,1%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('cho 3.850 lao động', '3.850', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 110% kế hoạch năm', '110%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('còn 412 hộ', '412', 'level', 'hộ', dict(M, indicator='poor_households')),
 ('chiếm 0,82%', '0,82%', 'level', '%', dict(M, indicator='poverty_rate')),
 ('nghèo 1.056 hộ', '1.056', 'level', 'hộ', dict(M)),
 ('chiếm 2,1%', '2,1%', 'level', '%', dict(M, indicator='near_poverty_rate')),
 ('y tế đạt 92,6%', '92,6%', 'level', '%', dict(M, indicator='health_insurance_coverage')),
 ('tăng 1,1 điểm phần trăm', '1,1 điểm phần trăm', 'change', 'điểm %', dict(M, indicator='health_insurance_coverage', direction='up', base='2021')),
 ('xảy ra 9 vụ', '9', 'level', 'vụ', dict(M, indicator='crime')),
 ('(-2 vụ', '2', 'change', 'vụ', dict(M, indicator='crime', direction='down', base='previous_period')),
 ('xảy ra 98 vụ', '98', 'level', 'vụ', dict(indicator='crime')),
 ('giảm 6,7%', '6,7%', 'change', '%', dict(indicator='crime', direction='down', base='same_period')),
 ('xảy ra 15 vụ', '15', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 11 người', '11', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 8 người', '8', 'level', 'người', dict(indicator='traffic_injuries')),
 ('đạt 760 tỷ đồng trở lên', '760 tỷ đồng', 'level', 'VND', dict(T, **BR, bound='at_least')),
 ('đạt 3.630 tỷ đồng', '3.630 tỷ đồng', 'level', 'VND', dict(T, **IO)),
]
