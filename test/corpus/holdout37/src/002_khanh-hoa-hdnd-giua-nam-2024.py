TEXT = '''
BÁO KHÁNH HOÀ ĐIỆN TỬ
Thời sự | Kinh tế | Du lịch | Văn hoá | Thể thao | Biển đảo | Bạn đọc
Nha Trang 31°C | Thứ Tư, 10/7/2024

Kỳ họp thứ 14, HĐND tỉnh khoá VII

6 tháng đầu năm 2024, GRDP của Khánh Hoà tăng 9,2%, đứng thứ 6 cả nước

Cập nhật lúc 17:25, Thứ Tư, 10/07/2024 (GMT+7)

Sáng 10-7, HĐND tỉnh Khánh Hoà khoá VII, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 14 (kỳ họp thường lệ giữa năm 2024). Kỳ họp dự kiến kéo dài 3 ngày, xem xét, quyết định 34 nội dung, trong đó có 27 dự thảo nghị quyết.

Tăng trưởng cao, thu ngân sách khởi sắc

Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm do Phó Chủ tịch UBND tỉnh Lê Hữu Hoà trình bày cho thấy, tổng sản phẩm trên địa bàn (GRDP) ước tăng 9,2% so với cùng kỳ, cao hơn mức tăng 8,4% của cùng kỳ năm 2023. Trong đó, khu vực dịch vụ tăng 11,7%, công nghiệp - xây dựng tăng 8,9%, nông, lâm nghiệp và thuỷ sản tăng 2,6%.

Du lịch tiếp tục là động lực chính. Trong 6 tháng, toàn tỉnh đón 5,4 triệu lượt khách lưu trú, tăng 44,2% so với cùng kỳ, bằng 61,4% kế hoạch năm; trong đó khách quốc tế 1,78 triệu lượt, gấp 1,9 lần cùng kỳ. Doanh thu du lịch ước đạt 23.860 tỷ đồng. Sân bay quốc tế Cam Ranh khai thác bình quân 120 chuyến bay quốc tế mỗi tuần.

Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 9.415 tỷ đồng, bằng 56,2% dự toán Trung ương giao và 52,8% dự toán HĐND tỉnh giao, tăng 18,3% so với cùng kỳ. Chi ngân sách địa phương ước 6.720 tỷ đồng, đạt 41,5% dự toán.

Giá trị sản xuất công nghiệp tăng 8,1%; kim ngạch xuất khẩu hàng hoá ước đạt 905 triệu USD, bằng 48,6% kế hoạch năm. Toàn tỉnh có 612 doanh nghiệp thành lập mới với tổng vốn đăng ký 5.830 tỷ đồng. Chỉ số giá tiêu dùng (CPI) bình quân 6 tháng tăng 3,68%.

Sản xuất nông nghiệp ổn định; sản lượng thuỷ sản khai thác và nuôi trồng ước đạt 61.850 tấn, tăng 2,1% so với cùng kỳ, trong đó sản lượng tôm hùm nuôi tại vịnh Vân Phong và đầm Nha Phu khoảng 1.150 tấn. Diện tích gieo trồng cây hằng năm vụ Đông Xuân 2023 - 2024 đạt 31.420 ha, bằng 98,3% cùng kỳ do thiếu nước ở huyện Cam Lâm.

Điểm nghẽn lớn nhất vẫn là giải ngân vốn đầu tư công. Đến ngày 30/6/2024, toàn tỉnh mới giải ngân 1.962 tỷ đồng, đạt 27,3% kế hoạch vốn, thấp hơn bình quân cả nước (28,2%). Dự án đường ven biển đoạn qua Cam Lâm, dự án Khu tái định cư Ninh Thuỷ đều chậm bàn giao mặt bằng.

An sinh xã hội được bảo đảm

Trong 6 tháng, tỉnh giải quyết việc làm cho 15.300 lao động, đạt 57,1% kế hoạch; tỷ lệ thất nghiệp khu vực thành thị 2,98%. Tỷ lệ hộ nghèo còn 1,19%. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,4%. Các địa phương đã trao 1.140 căn nhà đại đoàn kết cho hộ nghèo, hộ cận nghèo; mỗi căn được hỗ trợ 60 triệu đồng.

Tình hình an ninh trật tự cơ bản ổn định. Phạm pháp hình sự xảy ra 287 vụ, giảm 6,5% so với cùng kỳ; tỷ lệ điều tra khám phá đạt 86,4%. Tai nạn giao thông xảy ra 61 vụ, làm chết 49 người, so với cùng kỳ giảm 9 vụ, giảm 5 người chết.

Phấn đấu hoàn thành kế hoạch năm

Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh nhận định, trong 21 chỉ tiêu chủ yếu năm 2024, có 15 chỉ tiêu có khả năng đạt, 6 chỉ tiêu khó đạt, gồm kim ngạch xuất khẩu, vốn đầu tư toàn xã hội, tỷ lệ đô thị hoá và 3 chỉ tiêu về môi trường. Ban đề nghị UBND tỉnh công khai danh mục 25 dự án chậm giải ngân.

Để hoàn thành các chỉ tiêu Nghị quyết số 12/NQ-HĐND ngày 8/12/2023 của HĐND tỉnh, 6 tháng cuối năm UBND tỉnh đặt mục tiêu: tăng trưởng GRDP khoảng 9,5%; thu ngân sách trên địa bàn 7.880 tỷ đồng; giải ngân vốn đầu tư công tối thiểu 95%. Qua đó phấn đấu cả năm 2024 GRDP tăng 9,3 - 9,5%, thu ngân sách đạt 17.295 tỷ đồng, đón 10 triệu lượt khách lưu trú.

Thảo luận tại tổ, đại biểu Trần Mạnh Dũng (Tổ đại biểu huyện Vạn Ninh) đề nghị làm rõ vì sao hơn 40% vốn của 3 chương trình mục tiêu quốc gia chưa được phân bổ chi tiết. Đại biểu Nguyễn Thị Thuỳ Trang (Tổ đại biểu TP. Cam Ranh) kiến nghị sớm có giải pháp cho 2 khu dân cư ven đầm Thuỷ Triều thường xuyên ngập khi triều cường.

Phát biểu khai mạc, Chủ tịch HĐND tỉnh Nguyễn Khắc Toàn đề nghị UBND tỉnh làm rõ các giải pháp để đạt mục tiêu tăng trưởng cả năm trên 9%.

Thanh Lâm - Ảnh: Văn Giang

Các đại biểu dự khai mạc Kỳ họp thứ 14, HĐND tỉnh khoá VII. Ảnh: V.G

Tin liên quan
- Kỳ họp thứ 13 HĐND tỉnh: Thông qua 4 nghị quyết chuyên đề
- Khánh Hoà đón 1 triệu lượt khách quốc tế trong 4 tháng
- Đường dây nóng Ban Biên tập: 0258.3822.004
'''
META = {'published': '2024-07-10', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2024-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
TB = {'base': 'target'}
H2 = {'period': '2024-H2', 'modality': 'target'}
Y = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('GRDP của Khánh Hoà tăng 9,2%', '9,2%', 'change', '%', d(U, indicator='grdp_growth')),
 ('xét, quyết định 34 nội dung', '34', 'level', 'nội dung', d(optional=True)),
 ('có 27 dự thảo', '27', 'level', 'dự thảo nghị quyết', d(optional=True)),
 ('ước tăng 9,2%', '9,2%', 'change', '%', d(E, U, S, indicator='grdp_growth')),
 ('mức tăng 8,4%', '8,4%', 'change', '%', d(U, indicator='grdp_growth', period='2023-H1')),
 ('dịch vụ tăng 11,7%', '11,7%', 'change', '%', d(U)),
 ('xây dựng tăng 8,9%', '8,9%', 'change', '%', d(U)),
 ('thuỷ sản tăng 2,6%', '2,6%', 'change', '%', d(U)),
 ('đón 5,4 triệu lượt', '5,4 triệu', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 44,2%', '44,2%', 'change', '%', d(U, S, indicator='tourist_arrivals')),
 ('bằng 61,4% kế hoạch năm', '61,4%', 'attainment', '%', d(TB, indicator='tourist_arrivals')),
 ('quốc tế 1,78 triệu lượt', '1,78 triệu', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('gấp 1,9 lần', '1,9 lần', 'change', 'lần', d(U, S, indicator='international_tourist_arrivals')),
 ('ước đạt 23.860 tỷ đồng', '23.860 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('bình quân 120 chuyến bay', '120', 'level', 'chuyến bay', d(optional=True)),
 ('ước đạt 9.415 tỷ đồng', '9.415 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 56,2% dự toán', '56,2%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('và 52,8% dự toán', '52,8%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('tăng 18,3%', '18,3%', 'change', '%', d(E, U, S, indicator='budget_revenue')),
 ('ước 6.720 tỷ đồng', '6.720 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('đạt 41,5% dự toán', '41,5%', 'attainment', '%', d(E, TB, indicator='budget_expenditure')),
 ('công nghiệp tăng 8,1%', '8,1%', 'change', '%', d(U, indicator='industrial_output_value')),
 ('ước đạt 905 triệu USD', '905 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('bằng 48,6% kế hoạch', '48,6%', 'attainment', '%', d(E, TB, indicator='export_value')),
 ('có 612 doanh nghiệp', '612', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 5.830 tỷ đồng', '5.830 tỷ đồng', 'level', 'VND', d()),
 ('tháng tăng 3,68%', '3,68%', 'change', '%', d(U, indicator='cpi')),
 ('giải ngân 1.962 tỷ đồng', '1.962 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('đạt 27,3% kế hoạch', '27,3%', 'attainment', '%', d(TB, indicator='public_investment_disbursement')),
 ('(28,2%)', '28,2%', 'attainment', '%', d(TB, indicator='public_investment_disbursement', locality='cả nước')),
 ('cho 15.300 lao động', '15.300', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 57,1% kế hoạch', '57,1%', 'attainment', '%', d(TB, indicator='jobs_created')),
 ('thành thị 2,98%', '2,98%', 'level', '%', d(indicator='unemployment_rate')),
 ('còn 1,19%', '1,19%', 'level', '%', d(indicator='poverty_rate')),
 ('đạt 92,4%', '92,4%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('trao 1.140 căn nhà', '1.140', 'level', 'căn nhà', d()),
 ('xảy ra 287 vụ', '287', 'level', 'vụ', d(indicator='crime')),
 ('giảm 6,5%', '6,5%', 'change', '%', d(D, S, indicator='crime')),
 ('đạt 86,4%', '86,4%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('xảy ra 61 vụ', '61', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 49 người', '49', 'level', 'người', d(indicator='traffic_deaths')),
 ('giảm 9 vụ', '9', 'change', 'vụ', d(D, S, indicator='traffic_accidents')),
 ('giảm 5 người', '5', 'change', 'người', d(D, S, indicator='traffic_deaths')),
 ('khoảng 9,5%', '9,5%', 'level', '%', d(H2, indicator='grdp_growth', bound='about')),
 ('bàn 7.880 tỷ đồng', '7.880 tỷ đồng', 'level', 'VND', d(H2, indicator='budget_revenue')),
 ('tối thiểu 95%', '95%', 'level', '%', d(H2, indicator='public_investment_disbursement', bound='at_least')),
 ('tăng 9,3 - 9,5%', '9,3 - 9,5%', 'change', '%', d(Y, U, indicator='grdp_growth')),
 ('đạt 17.295 tỷ đồng', '17.295 tỷ đồng', 'level', 'VND', d(Y, indicator='budget_revenue')),
 ('đón 10 triệu lượt', '10 triệu', 'level', 'lượt khách', d(Y, indicator='tourist_arrivals')),
 ('được hỗ trợ 60 triệu đồng', '60 triệu đồng', 'level', 'VND', d(optional=True)),
 ('hơn 40% vốn', '40%', 'level', '%', d(bound='over')),
 ('của 3 chương trình', '3', 'level', 'chương trình', d(optional=True)),
 ('cho 2 khu dân cư', '2', 'level', 'khu dân cư', d(optional=True)),
 ('cả năm trên 9%', '9%', 'level', '%', d(Y, indicator='grdp_growth', bound='over')),
 ('ước đạt 61.850 tấn', '61.850 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 2,1%', '2,1%', 'change', '%', d(E, U, S, indicator='aquaculture_output')),
 ('khoảng 1.150 tấn', '1.150 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output', bound='about')),
 ('đạt 31.420 ha', '31.420 ha', 'level', 'ha', d(indicator='crop_area', period='2023/2024')),
 ('bằng 98,3% cùng kỳ', '98,3%', 'attainment', '%', d(S, indicator='crop_area', period='2023/2024')),
 ('trong 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(indicator='resolution_targets', period='2024')),
 ('có 15 chỉ tiêu', '15', 'level', 'chỉ tiêu', d(indicator='resolution_targets', period='2024', status='pending')),
 ('6 chỉ tiêu khó đạt', '6', 'level', 'chỉ tiêu', d(indicator='resolution_targets', period='2024', status='not_achieved')),
 ('và 3 chỉ tiêu về', '3', 'level', 'chỉ tiêu', d(optional=True)),
 ('mục 25 dự án', '25', 'level', 'dự án', d(optional=True)),
]
