TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách | Văn bản
Tin tức - Sự kiện > Kinh tế - Xã hội
Ngày đăng: 01/11/2024 08:15 | Lượt xem: 1.248

Phiên họp UBND tỉnh thường kỳ tháng 10/2024: Thu ngân sách 10 tháng bằng 86,4% dự toán Trung ương giao

Chiều 31/10, đồng chí Chủ tịch UBND tỉnh chủ trì Phiên họp UBND tỉnh thường kỳ tháng 10/2024 để đánh giá tình hình kinh tế - xã hội tháng 10, 10 tháng và nhiệm vụ trọng tâm tháng 11 năm 2024. Dự phiên họp có các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành và UBND các huyện, thành phố.

Theo báo cáo của Sở Kế hoạch và Đầu tư, trong tháng 10, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định. Chỉ số sản xuất công nghiệp (IIP) tháng 10 ước tăng 4,7% so với tháng trước và tăng 12,3% so với cùng kỳ; tính chung 10 tháng, IIP tăng 9,8%, chủ yếu nhờ các nhà máy thủy điện vận hành ổn định. Sản lượng điện sản xuất 10 tháng ước đạt 5.920 triệu kWh. Một số sản phẩm chủ yếu 10 tháng so với cùng kỳ: điện sản xuất +14,2%; xi măng -6,5%; chè búp khô +3,8%; nước máy thương phẩm +5,1%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 642 tỷ đồng; lũy kế 10 tháng ước đạt 6.185 tỷ đồng, tăng 11,2% so với cùng kỳ, bằng 81,4% kế hoạch năm. Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,21% so với tháng trước; bình quân 10 tháng tăng 3,46% so với cùng kỳ.

Hoạt động du lịch tiếp tục khởi sắc. Tháng 10, toàn tỉnh đón khoảng 98.500 lượt khách; 10 tháng đón 1,08 triệu lượt khách, tăng 24,6% so với cùng kỳ, vượt 8% kế hoạch năm; tổng thu từ du lịch ước đạt 1.265 tỷ đồng.

Sản xuất nông, lâm nghiệp được chỉ đạo sát sao. Vụ Mùa năm 2024, toàn tỉnh gieo cấy 20.150 ha lúa, năng suất bình quân ước đạt 47,5 tạ/ha, sản lượng ước 95.700 tấn. Công tác trồng rừng năm 2024 đã hoàn thành với 2.156 ha, bằng 107,8% kế hoạch; tỷ lệ che phủ rừng ước đạt 53,62%.

Tổng thu ngân sách nhà nước trên địa bàn 10 tháng ước đạt 2.046 tỷ đồng, bằng 86,4% dự toán Trung ương giao và bằng 80,2% dự toán tỉnh giao, tăng 5,7% so với cùng kỳ; trong đó thu nội địa 1.987 tỷ đồng. Tổng chi ngân sách địa phương ước đạt 8.215 tỷ đồng, bằng 71,3% dự toán. Tính đến ngày 31/10/2024, toàn tỉnh giải ngân vốn đầu tư công được 2.874 tỷ đồng, đạt 62,5% kế hoạch vốn Thủ tướng Chính phủ giao, cao hơn bình quân chung cả nước.

Lĩnh vực văn hóa - xã hội có nhiều chuyển biến tích cực. Trong 10 tháng, toàn tỉnh giải quyết việc làm cho 7.420 lao động, đạt 92,8% kế hoạch; trong đó đưa 1.136 lao động đi làm việc ở nước ngoài. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,8%. Tai nạn giao thông 10 tháng xảy ra 41 vụ, làm chết 36 người, bị thương 22 người; so với cùng kỳ giảm 7 vụ, giảm 5 người chết, tăng 2 người bị thương.

Toàn cảnh Phiên họp UBND tỉnh thường kỳ tháng 10/2024. Ảnh: Minh Tuấn

Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung thực hiện quyết liệt các nhiệm vụ trong 2 tháng cuối năm, phấn đấu tăng trưởng GRDP năm 2024 đạt 8,5% trở lên; thu ngân sách trên địa bàn đạt 2.450 tỷ đồng; giải ngân 100% kế hoạch vốn đầu tư công được giao. Các huyện Than Uyên, Tân Uyên, Tam Đường cần khẩn trương thu hoạch lúa mùa, chuẩn bị đất cho vụ Đông Xuân 2024 - 2025.

Minh Tuấn (Trung tâm Thông tin - Sở Thông tin và Truyền thông)

Tin liên quan
- Lai Châu: Hội nghị xúc tiến đầu tư năm 2024 thu hút 12 dự án (28/10/2024)
- Phiên họp UBND tỉnh thường kỳ tháng 9/2024 (02/10/2024)

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Cơ quan chủ quản: UBND tỉnh Lai Châu. Địa chỉ: Tầng 5, Nhà D, Trung tâm Hành chính - Chính trị tỉnh, phường Tân Phong, thành phố Lai Châu
Điện thoại: 0213.3876.585 - Email: cttdt@laichau.gov.vn
'''
META = {'published': '2024-11-01', 'locality': 'tỉnh Lai Châu'}
DEFAULTS = {'locality': 'tỉnh Lai Châu', 'period': '2024-10M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
M = {'period': '2024-M10'}
Y = {'period': '2024'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
BR = {'indicator': 'budget_revenue'}
RS = {'indicator': 'retail_sales'}
TA = {'indicator': 'tourist_arrivals'}
FIGS = [
 ('bằng 86,4% dự toán Trung ương giao\n', '86,4%', 'attainment', '%', d(P, BR)),
 ('ước tăng 4,7%', '4,7%', 'change', '%', d(E, M, U, PP, indicator='industrial_production_index')),
 ('tăng 12,3% so với cùng kỳ', '12,3%', 'change', '%', d(E, M, U, SP, indicator='industrial_production_index')),
 ('IIP tăng 9,8%', '9,8%', 'change', '%', d(U, indicator='industrial_production_index')),
 ('ước đạt 5.920 triệu kWh', '5.920 triệu kWh', 'level', 'kWh', d(E)),
 ('điện sản xuất +14,2%', '14,2%', 'change', '%', d(U, SP)),
 ('xi măng -6,5%', '6,5%', 'change', '%', d(D, SP)),
 ('chè búp khô +3,8%', '3,8%', 'change', '%', d(U, SP)),
 ('thương phẩm +5,1%', '5,1%', 'change', '%', d(U, SP)),
 ('ước đạt 642 tỷ đồng', '642 tỷ đồng', 'level', 'VND', d(E, M, RS)),
 ('ước đạt 6.185 tỷ đồng', '6.185 tỷ đồng', 'level', 'VND', d(E, RS)),
 ('tăng 11,2% so với cùng kỳ', '11,2%', 'change', '%', d(E, U, SP, RS)),
 ('bằng 81,4% kế hoạch năm', '81,4%', 'attainment', '%', d(E, P, RS)),
 ('tăng 0,21% so với tháng trước', '0,21%', 'change', '%', d(M, U, PP, indicator='cpi')),
 ('tăng 3,46% so với cùng kỳ', '3,46%', 'change', '%', d(U, SP, indicator='cpi')),
 ('khoảng 98.500 lượt khách', '98.500', 'level', 'lượt khách', d(M, TA, bound='about')),
 ('đón 1,08 triệu lượt khách', '1,08 triệu lượt', 'level', 'lượt khách', d(TA)),
 ('tăng 24,6% so với cùng kỳ', '24,6%', 'change', '%', d(U, SP, TA)),
 ('vượt 8% kế hoạch năm', '8%', 'change', '%', d(U, P, TA, status='exceeded')),
 ('ước đạt 1.265 tỷ đồng', '1.265 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('gieo cấy 20.150 ha', '20.150 ha', 'level', 'ha', d(Y, indicator='crop_area')),
 ('ước đạt 47,5 tạ/ha', '47,5 tạ/ha', 'level', 'tạ/ha', d(E, Y)),
 ('sản lượng ước 95.700 tấn', '95.700 tấn', 'level', 'tấn', d(E, Y, indicator='rice_output')),
 ('với 2.156 ha', '2.156 ha', 'level', 'ha', d(Y)),
 ('bằng 107,8% kế hoạch', '107,8%', 'attainment', '%', d(Y, P)),
 ('ước đạt 53,62%', '53,62%', 'level', '%', d(E, Y, indicator='forest_cover')),
 ('ước đạt 2.046 tỷ đồng', '2.046 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 86,4% dự toán Trung ương giao và', '86,4%', 'attainment', '%', d(E, P, BR)),
 ('bằng 80,2% dự toán', '80,2%', 'attainment', '%', d(E, P, BR)),
 ('tăng 5,7% so với cùng kỳ', '5,7%', 'change', '%', d(E, U, SP, BR)),
 ('nội địa 1.987 tỷ đồng', '1.987 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước đạt 8.215 tỷ đồng', '8.215 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('bằng 71,3% dự toán', '71,3%', 'attainment', '%', d(E, P, indicator='budget_expenditure')),
 ('được 2.874 tỷ đồng', '2.874 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('đạt 62,5% kế hoạch', '62,5%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('cho 7.420 lao động', '7.420', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 92,8% kế hoạch', '92,8%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('đưa 1.136 lao động', '1.136', 'level', 'lao động', d(indicator='labour_export')),
 ('đạt 96,8%', '96,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('xảy ra 41 vụ', '41', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 36 người', '36', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 22 người', '22', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 7 vụ', '7', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 5 người chết', '5', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('tăng 2 người bị thương', '2', 'change', 'người', d(U, SP, indicator='traffic_injuries')),
 ('đạt 8,5% trở lên', '8,5%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('đạt 2.450 tỷ đồng', '2.450 tỷ đồng', 'level', 'VND', d(T, BR)),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(T, P, indicator='public_investment_disbursement')),
]
