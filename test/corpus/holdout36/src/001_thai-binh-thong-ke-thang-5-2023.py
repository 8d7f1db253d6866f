TEXT = '''
CỤC THỐNG KÊ TỈNH THÁI BÌNH
Trang chủ » Thông tin thống kê » Báo cáo kinh tế - xã hội tháng
Đường dây nóng hỗ trợ đối tượng điều tra: 0227.3831.492

TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 5 VÀ 5 THÁNG ĐẦU NĂM 2023

Thứ hai, 29/05/2023 - 16:42 | Lượt xem: 2.318 | In bài

(Trích Báo cáo số 215/BC-CTK ngày 29/5/2023 của Cục Thống kê tỉnh gửi Tỉnh ủy, HĐND, UBND tỉnh)

I. NÔNG NGHIỆP, LÂM NGHIỆP VÀ THỦY SẢN

1. Trồng trọt
- Vụ Xuân năm 2023, toàn tỉnh gieo cấy được 75.120 ha lúa, giảm 0,8% so với vụ Xuân năm 2022, chủ yếu do chuyển một phần diện tích lúa kém hiệu quả sang trồng cây màu và nuôi trồng thủy sản.
- Trong tháng, các địa phương tập trung phòng trừ sâu cuốn lá nhỏ, rầy nâu, bệnh khô vằn; hiện có khoảng 93,8% diện tích lúa đã trỗ bông, lúa sinh trưởng và phát triển tốt.
- Cây màu vụ Xuân đến nay đã thu hoạch 12.640 ha; năng suất ngô ước đạt 58,2 tạ/ha, tăng 1,1 tạ/ha so với vụ Xuân năm trước.

2. Chăn nuôi
- Ước tính thời điểm cuối tháng 5/2023, tổng đàn lợn toàn tỉnh có 815.400 con, đàn trâu 13.250 con, đàn bò 39.860 con, đàn gia cầm 12,6 triệu con. So với cùng thời điểm năm trước, đàn lợn tăng 2,1%, đàn trâu giảm 3,4%, đàn bò giảm 1,7%, đàn gia cầm tăng 1,9%.
- Sản lượng thịt lợn hơi xuất chuồng 5 tháng đầu năm ước đạt 79.350 tấn, tăng 3,2% so với cùng kỳ, thịt gia cầm hơi xuất chuồng ước đạt 26.480 tấn, tăng 4,5% so với cùng kỳ.

3. Thủy sản
- Tổng sản lượng thủy sản 5 tháng ước đạt 108.900 tấn, tăng 2,8% so với cùng kỳ năm trước, trong đó sản lượng nuôi trồng 61.750 tấn, sản lượng khai thác 47.150 tấn.

II. SẢN XUẤT CÔNG NGHIỆP
- Chỉ số sản xuất công nghiệp (IIP) tháng 5/2023 ước tăng 3,6% so với tháng trước và tăng 5,8% so với cùng kỳ năm trước.
- Tính chung 5 tháng đầu năm 2023, IIP ước tăng 4,1% so với cùng kỳ năm trước, trong đó ngành công nghiệp chế biến, chế tạo tăng 4,6%, ngành sản xuất và phân phối điện giảm 2,3%, ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 6,9%. Một số sản phẩm chủ yếu tăng so với cùng kỳ: quần áo may sẵn tăng 8,2%; gạch ốp lát tăng 5,4%; thức ăn gia súc tăng 3,7%. Một số sản phẩm giảm: sợi các loại giảm 11,6%; điện sản xuất giảm 2,9%.
- Số liệu chính thức tháng 4/2023: IIP tháng 4 tăng 1,2% so với tháng trước và tăng 3,9% so với cùng kỳ năm trước (số ước tính công bố trong báo cáo tháng trước là tăng 4,4%).

III. THƯƠNG MẠI, DỊCH VỤ
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5/2023 ước đạt 4.862 tỷ đồng, tăng 1,5% so với tháng trước và tăng 11,2% so với cùng kỳ; tính chung 5 tháng ước đạt 23.915 tỷ đồng, tăng 10,7% so với cùng kỳ năm trước.
- Trong tổng mức 5 tháng, doanh thu bán lẻ hàng hóa đạt 19.340 tỷ đồng, chiếm 80,9%; doanh thu dịch vụ lưu trú, ăn uống đạt 2.175 tỷ đồng, tăng 14,8%; doanh thu du lịch lữ hành đạt 36,4 tỷ đồng, gấp 1,6 lần cùng kỳ.
- Kim ngạch xuất khẩu tháng 5 ước đạt 182,5 triệu USD, giảm 2,6% so với tháng trước; 5 tháng ước đạt 896,3 triệu USD, giảm 4,8% so với cùng kỳ. Kim ngạch nhập khẩu 5 tháng ước đạt 742,1 triệu USD, giảm 9,3% so với cùng kỳ.
- Vận tải: Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải tháng 5 ước đạt 512,6 tỷ đồng, tăng 2,4% so với tháng trước. Vận chuyển hành khách 5 tháng ước đạt 6,85 triệu lượt khách, tăng 9,1% so với cùng kỳ; luân chuyển 352,4 triệu lượt khách.km, tăng 8,7%. Vận chuyển hàng hóa 5 tháng ước đạt 14,26 triệu tấn, luân chuyển 1.186,5 triệu tấn.km; so với cùng kỳ tăng 6,2% về tấn và tăng 5,5% về tấn.km.

IV. CHỈ SỐ GIÁ
- Chỉ số giá tiêu dùng (CPI) tháng 5/2023 tăng 0,09% so với tháng trước, tăng 0,84% so với tháng 12 năm trước và tăng 2,63% so với cùng kỳ năm trước. Bình quân 5 tháng đầu năm 2023, CPI tăng 3,37% so với cùng kỳ.
- So với tháng trước, trong 11 nhóm hàng hóa và dịch vụ chính có 6 nhóm tăng giá, 3 nhóm giảm giá; nhóm giao thông giảm 1,18% do giá xăng dầu được điều chỉnh giảm 2 lần trong tháng; nhóm nhà ở, điện nước, chất đốt và vật liệu xây dựng tăng 0,62%.
- Chỉ số giá vàng tháng 5/2023 bằng 100,85% so với tháng trước; chỉ số giá đô la Mỹ bằng 100,12%.

V. TÀI CHÍNH
- Tổng thu ngân sách nhà nước trên địa bàn từ đầu năm đến ngày 25/5/2023 ước đạt 3.214 tỷ đồng, bằng 36,5% dự toán năm, tổng chi ngân sách địa phương ước đạt 4.027 tỷ đồng, bằng 33,8% dự toán.

VI. MỘT SỐ VẤN ĐỀ XÃ HỘI
- Lao động, việc làm: Trong tháng, toàn tỉnh giải quyết việc làm cho 3.150 lao động, trong đó xuất khẩu lao động 412 người; lũy kế 5 tháng giải quyết việc làm cho 14.860 lao động, đạt 46,4% kế hoạch năm.
- Tai nạn giao thông: Tháng 5/2023 (từ ngày 16/4 đến ngày 15/5/2023), trên địa bàn tỉnh xảy ra 14 vụ tai nạn giao thông, làm chết 9 người, bị thương 8 người; so với cùng kỳ năm trước giảm 3 vụ, giảm 2 người chết, tăng 1 người bị thương.
- Ngày 19/5/2023, Cục Thống kê phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức hội nghị triển khai điều tra lao động việc làm năm 2023 tại 150 địa bàn mẫu của 8 huyện, thành phố.

Cục Thống kê tỉnh Thái Bình

Tin cùng chuyên mục:
» Tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2023 (28/04/2023)
» Tình hình kinh tế - xã hội tháng 3 và quý I năm 2023 (29/03/2023)
» Thông cáo báo chí kết quả Tổng điều tra kinh tế năm 2021 (15/12/2022)

Bản quyền thuộc Cục Thống kê tỉnh Thái Bình. Địa chỉ: Số 2 phố Lê Quý Đôn, thành phố Thái Bình. Điện thoại: 0227.3831.492 - Fax: 0227.3838.116
'''
META = {'published': '2023-05-29', 'locality': 'tỉnh Thái Bình'}
DEFAULTS = {'locality': 'tỉnh Thái Bình', 'period': '2023-M05', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M5 = {'period': '2023-5M'}
M4 = {'period': '2023-M04'}
IIP = {'indicator': 'industrial_production_index'}
R = {'indicator': 'retail_sales'}
X = {'indicator': 'export_value'}
C = {'indicator': 'cpi'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 # crops: the season names the year; the progress lines are the report's month
 ('gieo cấy được 75.120 ha', '75.120 ha', 'level', 'ha', d(indicator='crop_area', period='2023')),
 ('giảm 0,8% so với vụ Xuân', '0,8%', 'change', '%', d(D, S, indicator='crop_area', period='2023')),
 ('khoảng 93,8% diện tích', '93,8%', 'level', '%', d(bound='about')),
 ('thu hoạch 12.640 ha', '12.640 ha', 'level', 'ha', d()),
 ('ước đạt 58,2 tạ/ha', '58,2 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('tăng 1,1 tạ/ha', '1,1 tạ/ha', 'change', 'tạ/ha', d(E, U, S)),
 # livestock: the whole first sentence is "Ước tính"; the changes sit in their own sentence under a fronted base
 ('có 815.400 con', '815.400', 'level', 'con', d(E)),
 ('đàn trâu 13.250 con', '13.250', 'level', 'con', d(E)),
 ('đàn bò 39.860 con', '39.860', 'level', 'con', d(E)),
 ('đàn gia cầm 12,6 triệu con', '12,6 triệu', 'level', 'con', d(E)),
 ('đàn lợn tăng 2,1%', '2,1%', 'change', '%', d(U, S)),
 ('đàn trâu giảm 3,4%', '3,4%', 'change', '%', d(D, S)),
 ('đàn bò giảm 1,7%', '1,7%', 'change', '%', d(D, S)),
 ('đàn gia cầm tăng 1,9%', '1,9%', 'change', '%', d(U, S)),
 ('ước đạt 79.350 tấn', '79.350 tấn', 'level', 'tấn', d(E, M5)),
 ('tăng 3,2% so với cùng kỳ, thịt', '3,2%', 'change', '%', d(E, M5, U, S)),
 ('ước đạt 26.480 tấn', '26.480 tấn', 'level', 'tấn', d(E, M5)),
 ('tăng 4,5% so với cùng kỳ', '4,5%', 'change', '%', d(E, M5, U, S)),
 ('ước đạt 108.900 tấn', '108.900 tấn', 'level', 'tấn', d(E, M5, indicator='aquaculture_output')),
 ('tăng 2,8% so với cùng kỳ', '2,8%', 'change', '%', d(E, M5, U, S, indicator='aquaculture_output')),
 ('nuôi trồng 61.750 tấn', '61.750 tấn', 'level', 'tấn', d(E, M5, indicator='aquaculture_output')),
 ('khai thác 47.150 tấn', '47.150 tấn', 'level', 'tấn', d(E, M5, indicator='aquaculture_output')),
 # industry: the month, the months so far, then last month's official figures
 ('ước tăng 3,6%', '3,6%', 'change', '%', d(E, IIP, U, P)),
 ('tăng 5,8% so với cùng kỳ', '5,8%', 'change', '%', d(E, IIP, U, S)),
 ('IIP ước tăng 4,1%', '4,1%', 'change', '%', d(E, M5, IIP, U, S)),
 ('chế tạo tăng 4,6%', '4,6%', 'change', '%', d(E, M5, IIP, U)),
 ('điện giảm 2,3%', '2,3%', 'change', '%', d(E, M5, IIP, D)),
 ('nước thải tăng 6,9%', '6,9%', 'change', '%', d(E, M5, IIP, U)),
 ('may sẵn tăng 8,2%', '8,2%', 'change', '%', d(M5, U, S)),
 ('ốp lát tăng 5,4%', '5,4%', 'change', '%', d(M5, U, S)),
 ('gia súc tăng 3,7%', '3,7%', 'change', '%', d(M5, U, S)),
 ('các loại giảm 11,6%', '11,6%', 'change', '%', d(M5, D)),
 ('sản xuất giảm 2,9%', '2,9%', 'change', '%', d(M5, D)),
 ('tháng 4 tăng 1,2%', '1,2%', 'change', '%', d(M4, IIP, U, P)),
 ('tăng 3,9% so với cùng kỳ', '3,9%', 'change', '%', d(M4, IIP, U, S)),
 ('là tăng 4,4%', '4,4%', 'change', '%', d(U, optional=True)),
 # trade: a month and the months so far in one sentence
 ('ước đạt 4.862 tỷ đồng', '4.862 tỷ đồng', 'level', 'VND', d(E, R)),
 ('tăng 1,5% so với tháng trước', '1,5%', 'change', '%', d(E, R, U, P)),
 ('tăng 11,2% so với cùng kỳ', '11,2%', 'change', '%', d(E, R, U, S)),
 ('ước đạt 23.915 tỷ đồng', '23.915 tỷ đồng', 'level', 'VND', d(E, R, M5)),
 ('tăng 10,7% so với cùng kỳ', '10,7%', 'change', '%', d(E, R, M5, U, S)),
 ('đạt 19.340 tỷ đồng', '19.340 tỷ đồng', 'level', 'VND', d(R, M5)),
 ('chiếm 80,9%', '80,9%', 'level', '%', d(R, M5)),
 ('đạt 2.175 tỷ đồng', '2.175 tỷ đồng', 'level', 'VND', d(M5)),
 ('tăng 14,8%', '14,8%', 'change', '%', d(M5, U)),
 ('đạt 36,4 tỷ đồng', '36,4 tỷ đồng', 'level', 'VND', d(M5, indicator='tourism_revenue')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(M5, U, S, indicator='tourism_revenue')),
 ('ước đạt 182,5 triệu USD', '182,5 triệu USD', 'level', 'USD', d(E, X)),
 ('giảm 2,6% so với tháng trước', '2,6%', 'change', '%', d(E, X, D, P)),
 ('ước đạt 896,3 triệu USD', '896,3 triệu USD', 'level', 'USD', d(E, X, M5)),
 ('giảm 4,8% so với cùng kỳ', '4,8%', 'change', '%', d(E, X, M5, D, S)),
 ('ước đạt 742,1 triệu USD', '742,1 triệu USD', 'level', 'USD', d(E, M5, indicator='import_value')),
 ('giảm 9,3% so với cùng kỳ', '9,3%', 'change', '%', d(E, M5, D, S, indicator='import_value')),
 # transport: "ước" up to the semicolon; passenger-km and tonne-km are units of their own
 ('ước đạt 512,6 tỷ đồng', '512,6 tỷ đồng', 'level', 'VND', d(E)),
 ('tăng 2,4% so với tháng trước', '2,4%', 'change', '%', d(E, U, P)),
 ('ước đạt 6,85 triệu lượt khách', '6,85 triệu', 'level', 'lượt khách', d(E, M5)),
 ('tăng 9,1% so với cùng kỳ', '9,1%', 'change', '%', d(E, M5, U, S)),
 ('luân chuyển 352,4 triệu lượt khách.km', '352,4 triệu', 'level', 'lượt khách.km', d(M5)),
 ('tăng 8,7%', '8,7%', 'change', '%', d(M5, U)),
 ('ước đạt 14,26 triệu tấn', '14,26 triệu tấn', 'level', 'tấn', d(E, M5)),
 ('luân chuyển 1.186,5 triệu tấn.km', '1.186,5 triệu tấn.km', 'level', 'tấn.km', d(E, M5)),
 ('tăng 6,2% về tấn', '6,2%', 'change', '%', d(M5, U, S)),
 ('tăng 5,5% về tấn.km', '5,5%', 'change', '%', d(M5, U, S)),
 # prices
 ('tăng 0,09% so với tháng trước', '0,09%', 'change', '%', d(C, U, P)),
 ('tăng 0,84% so với tháng 12', '0,84%', 'change', '%', d(C, U, base='2022')),
 ('tăng 2,63% so với cùng kỳ', '2,63%', 'change', '%', d(C, U, S)),
 ('CPI tăng 3,37%', '3,37%', 'change', '%', d(C, M5, U, S)),
 ('trong 11 nhóm', '11', 'level', 'nhóm', d(optional=True)),
 ('có 6 nhóm', '6', 'level', 'nhóm', d(optional=True)),
 ('3 nhóm giảm', '3', 'level', 'nhóm', d(optional=True)),
 ('giao thông giảm 1,18%', '1,18%', 'change', '%', d(C, D, P)),
 ('giảm 2 lần trong tháng', '2 lần', 'level', 'lần', d(optional=True)),
 ('xây dựng tăng 0,62%', '0,62%', 'change', '%', d(C, U, P)),
 ('bằng 100,85%', '100,85%', 'attainment', '%', d(P)),
 ('bằng 100,12%', '100,12%', 'attainment', '%', d(P)),
 # budget to a day of May: the months elapsed
 ('ước đạt 3.214 tỷ đồng', '3.214 tỷ đồng', 'level', 'VND', d(E, M5, indicator='budget_revenue')),
 ('bằng 36,5% dự toán', '36,5%', 'attainment', '%', d(E, M5, base='target', indicator='budget_revenue')),
 ('ước đạt 4.027 tỷ đồng', '4.027 tỷ đồng', 'level', 'VND', d(E, M5, indicator='budget_expenditure')),
 ('bằng 33,8% dự toán', '33,8%', 'attainment', '%', d(E, M5, base='target', indicator='budget_expenditure')),
 # society
 ('cho 3.150 lao động', '3.150', 'level', 'lao động', d(indicator='jobs_created')),
 ('xuất khẩu lao động 412 người', '412', 'level', 'người', d(indicator='labour_export')),
 ('cho 14.860 lao động', '14.860', 'level', 'lao động', d(M5, indicator='jobs_created')),
 ('đạt 46,4% kế hoạch', '46,4%', 'attainment', '%', d(M5, base='target', indicator='jobs_created')),
 ('xảy ra 14 vụ', '14', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('làm chết 9 người', '9', 'level', 'người', d(indicator='traffic_deaths')),
 ('bị thương 8 người', '8', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(D, S, indicator='traffic_accidents')),
 ('giảm 2 người chết', '2', 'change', 'người', d(D, S, indicator='traffic_deaths')),
 ('tăng 1 người bị thương', '1', 'change', 'người', d(U, S, indicator='traffic_injuries')),
 ('tại 150 địa bàn', '150', 'level', 'địa bàn', d(optional=True)),
 ('của 8 huyện', '8', 'level', 'huyện', d(optional=True)),
]
