NFD = True
TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ BUÔN MA THUỘT
Trang chủ | Tin tức - Sự kiện | Chính quyền | Thủ tục hành chính | Hỏi đáp | Liên hệ

UBND thành phố họp phiên thường kỳ tháng 6, đánh giá kết quả 6 tháng đầu năm 2024

Ngày đăng: 05/07/2024 | Lượt xem: 842

Ngày 4/7/2024, UBND thành phố Buôn Ma Thuột tổ chức phiên họp thường kỳ tháng 6 nhằm đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Chủ tịch UBND thành phố chủ trì phiên họp.

Theo báo cáo, 6 tháng đầu năm, kinh tế thành phố tiếp tục tăng trưởng khá; một số chỉ tiêu chủ yếu đạt như sau:
- Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (giá so sánh 2010) ước đạt 6.215 tỷ đồng/KH 12.800 tỷ đồng, đạt 48,6% KH, tăng 9,4% so với cùng kỳ;
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 28.760 tỷ đồng/KH 55.000 tỷ đồng, đạt 52,3% KH, tăng 13,1% so với cùng kỳ;
- Thu ngân sách nhà nước trên địa bàn ước đạt 1.342 tỷ đồng/KH 2.410 tỷ đồng (dự toán HĐND thành phố giao), đạt 55,7%, bằng 104,2% so với cùng kỳ;
- Chi ngân sách địa phương 728 tỷ đồng, đạt 41,3% dự toán;
- Giải quyết việc làm cho 3.120/5.500 lao động, đạt 56,7% KH;
- Kim ngạch xuất khẩu (chủ yếu cà phê, hồ tiêu) ước đạt 468 triệu USD, tăng 27,5% so với cùng kỳ do giá cà phê tăng cao.

Trong số thu ngân sách, thu tiền sử dụng đất của phường Tân Lợi đạt 86 tỷ đồng, phường Tân An 54 tỷ đồng, xã Hòa Phú 12 tỷ đồng; các phường trung tâm còn lại thu đạt thấp do thị trường bất động sản trầm lắng.

Về nông nghiệp, diện tích cà phê toàn thành phố là 17.450 ha, trong đó diện tích tái canh 6 tháng đạt 620 ha/KH 800 ha. Các xã Hòa Thuận, Cư Ê Bur và Ea Tu có tỷ lệ tái canh cao nhất, lần lượt 5,8%, 5,1% và 4,6% diện tích cà phê của xã.

Lãnh đạo UBND thành phố trao đổi với người trồng cà phê tại xã Ea Kao. Ảnh: Hữu Hùng

Lĩnh vực văn hóa - xã hội có nhiều chuyển biến. Tỷ lệ hộ nghèo đầu năm 2024 của thành phố là 0,97%; dự kiến đến cuối năm giảm còn 0,6%. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,4%, tăng 1,1 điểm phần trăm so với cùng kỳ. Trong 6 tháng có 4 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 82/106 trường, tỷ lệ 77,4%.

Tình hình an ninh chính trị ổn định. Trong 6 tháng, trên địa bàn xảy ra 11 vụ tai nạn giao thông, làm chết 9 người, bị thương 6 người; so với cùng kỳ giảm 2 vụ, tăng 1 người chết. Tỷ lệ điều tra, khám phá án đạt 89,5%. Công an thành phố tiếp nhận 36 tin báo tố giác tội phạm qua đường dây nóng 0262 3852 113.

Kết luận phiên họp, Chủ tịch UBND thành phố yêu cầu các phòng, ban và UBND 21 xã, phường tập trung tháo gỡ khó khăn, phấn đấu thu ngân sách cả năm đạt 2.500 tỷ đồng trở lên, vượt 3,7% dự toán HĐND thành phố giao; giải ngân vốn đầu tư công đạt 100% kế hoạch trước ngày 31/12/2024. Đồng thời chuẩn bị chu đáo Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 năm 2025.

Văn phòng HĐND và UBND thành phố

Các tin khác:
- Buôn Ma Thuột: Thu ngân sách 5 tháng đạt 1.106 tỷ đồng
- Phường Tân Lợi ra mắt mô hình "Tuyến phố văn minh"

Bản quyền thuộc UBND thành phố Buôn Ma Thuột. Địa chỉ: 01 Lê Thị Hồng Gấm, phường Tân An. Điện thoại: 0262 3852 115.
'''
META = {'published': '2024-07-05', 'locality': 'thành phố Buôn Ma Thuột'}
DEFAULTS = {'locality': 'thành phố Buôn Ma Thuột', 'period': '2024-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
TB = {'base': 'target'}
T24 = {'period': '2024', 'modality': 'target'}
IO = {'indicator': 'industrial_output_value'}
RS = {'indicator': 'retail_sales'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('ước đạt 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', d(E, IO)),
 ('/KH 12.800 tỷ đồng', '12.800 tỷ đồng', 'level', 'VND', d(T24, IO)),
 ('đạt 48,6% KH', '48,6%', 'attainment', '%', d(E, IO, TB)),
 ('tăng 9,4% so với cùng kỳ', '9,4%', 'change', '%', d(E, IO, U, SP)),
 ('ước đạt 28.760 tỷ đồng', '28.760 tỷ đồng', 'level', 'VND', d(E, RS)),
 ('/KH 55.000 tỷ đồng', '55.000 tỷ đồng', 'level', 'VND', d(T24, RS)),
 ('đạt 52,3% KH', '52,3%', 'attainment', '%', d(E, RS, TB)),
 ('tăng 13,1% so với cùng kỳ', '13,1%', 'change', '%', d(E, RS, U, SP)),
 ('ước đạt 1.342 tỷ đồng', '1.342 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('/KH 2.410 tỷ đồng', '2.410 tỷ đồng', 'level', 'VND', d(T24, BR)),
 ('đạt 55,7%', '55,7%', 'attainment', '%', d(E, BR, TB)),
 ('bằng 104,2% so với cùng kỳ', '104,2%', 'attainment', '%', d(E, BR, SP)),
 ('phương 728 tỷ đồng', '728 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 41,3% dự toán', '41,3%', 'attainment', '%', d(TB, indicator='budget_expenditure')),
 ('cho 3.120/5.500 lao động', '3.120/5.500', 'ratio', 'lao động', d(indicator='jobs_created')),
 ('đạt 56,7% KH', '56,7%', 'attainment', '%', d(TB, indicator='jobs_created')),
 ('ước đạt 468 triệu USD', '468 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 27,5% so với cùng kỳ', '27,5%', 'change', '%', d(E, U, SP, indicator='export_value')),
 ('Tân Lợi đạt 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', d(BR, locality='phường Tân Lợi')),
 ('Tân An 54 tỷ đồng', '54 tỷ đồng', 'level', 'VND', d(BR, locality='phường Tân An')),
 ('Hòa Phú 12 tỷ đồng', '12 tỷ đồng', 'level', 'VND', d(BR, locality='xã Hòa Phú')),
 ('là 17.450 ha', '17.450 ha', 'level', 'ha', d()),
 ('đạt 620 ha', '620 ha', 'level', 'ha', d()),
 ('/KH 800 ha', '800 ha', 'level', 'ha', d(T24)),
 ('lần lượt 5,8%', '5,8%', 'level', '%', d(locality='xã Hòa Thuận')),
 ('5,1% và', '5,1%', 'level', '%', d(locality='xã Cư Ê Bur')),
 ('4,6% diện tích', '4,6%', 'level', '%', d(locality='xã Ea Tu')),
 ('là 0,97%', '0,97%', 'level', '%', d(indicator='poverty_rate', period='2024')),
 ('giảm còn 0,6%', '0,6%', 'level', '%', d(D, indicator='poverty_rate', period='2024', modality='estimate')),
 ('đạt 93,4%', '93,4%', 'level', '%', d(indicator='health_insurance_coverage', period='2024')),
 ('tăng 1,1 điểm phần trăm', '1,1 điểm phần trăm', 'change', 'điểm %', d(U, SP, indicator='health_insurance_coverage', period='2024')),
 ('có 4 trường', '4', 'level', 'trường', d(indicator='national_standard_schools')),
 ('lên 82/106 trường', '82/106', 'ratio', 'trường', d(U, indicator='national_standard_schools')),
 ('tỷ lệ 77,4%', '77,4%', 'level', '%', d(indicator='national_standard_schools')),
 ('xảy ra 11 vụ', '11', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 9 người', '9', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 6 người', '6', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 2 vụ', '2', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('tăng 1 người chết', '1', 'change', 'người', d(U, SP, indicator='traffic_deaths')),
 ('đạt 89,5%', '89,5%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('UBND 21 xã', '21', 'level', 'xã', d(optional=True)),
 ('nhận 36 tin báo', '36', 'level', 'tin báo', d(optional=True)),
 ('đạt 2.500 tỷ đồng', '2.500 tỷ đồng', 'level', 'VND', d(T24, BR, bound='at_least')),
 ('vượt 3,7% dự toán', '3,7%', 'change', '%', d(T24, BR, U, TB, status='exceeded')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(T24, TB, indicator='public_investment_disbursement')),
]
