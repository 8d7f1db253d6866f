TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách
Ngày đăng: 06/06/2025 16:20

Tin tức - Sự kiện > Tin trong tỉnh

Điểm tin nổi bật trong tuần (từ ngày 02/6 đến 06/6/2025)

Trong tuần, tình hình kinh tế - xã hội trên địa bàn tỉnh tiếp tục ổn định. Chỉ số sản xuất công nghiệp 5 tháng đầu năm ước tăng 8,4% so với cùng kỳ; huyện Lý Sơn đón gần 150.000 lượt khách; thị xã Đức Phổ có thêm 2 xã về đích nông thôn mới nâng cao. Cổng Thông tin điện tử tỉnh điểm lại một số tin nổi bật.

1. Sản xuất công nghiệp 5 tháng tăng 8,4%
Theo Cục Thống kê tỉnh, chỉ số sản xuất công nghiệp (IIP) 5 tháng đầu năm 2025 ước tăng 8,4% so với cùng kỳ năm 2024. Nhà máy Lọc dầu Dung Quất sản xuất 3,12 triệu tấn sản phẩm các loại, đạt 48,6% kế hoạch năm; thép Hòa Phát Dung Quất đạt 2,86 triệu tấn, tăng 12,1%. Riêng tháng 5, IIP tăng 2,3% so với tháng trước. Thu ngân sách nhà nước 5 tháng ước đạt 11.240 tỷ đồng, bằng 52,5% dự toán trung ương giao.

2. Lý Sơn đón gần 150.000 lượt khách
Từ đầu năm đến ngày 31/5/2025, huyện đảo Lý Sơn đón gần 150.000 lượt khách, tăng 18% so với cùng kỳ, trong đó khách quốc tế 6.800 lượt; doanh thu từ du lịch ước đạt 340 tỷ đồng. Hiện trên đảo có 146 cơ sở lưu trú với khoảng 1.900 phòng. Huyện đặt mục tiêu năm 2025 đón từ 320.000 lượt khách trở lên.

3. Đức Phổ: Thêm 2 xã đạt chuẩn nông thôn mới nâng cao
Ngày 4/6, UBND tỉnh ban hành quyết định công nhận xã Phổ Thuận và Phổ Khánh đạt chuẩn nông thôn mới nâng cao. Như vậy, thị xã Đức Phổ đã có 4/7 xã đạt chuẩn nông thôn mới nâng cao. Thu nhập bình quân đầu người năm 2024 của xã Phổ Thuận đạt 62,8 triệu đồng. Sản lượng khai thác thủy sản 5 tháng của thị xã đạt 38.560 tấn/KH 90.000 tấn.

4. Mộ Đức gieo sạ 7.850 ha lúa Hè Thu
Đến ngày 5/6, nông dân huyện Mộ Đức đã gieo sạ 7.850 ha lúa vụ Hè Thu, đạt 94,6% kế hoạch; dự kiến năng suất bình quân đạt 62 - 64 tạ/ha. Vụ Đông Xuân vừa qua, năng suất lúa của huyện đạt 68,5 tạ/ha, cao hơn vụ Đông Xuân năm trước 2,1 tạ/ha.

5. 94,2% dân số tham gia bảo hiểm y tế
Đến cuối tháng 5/2025, toàn tỉnh có 1.176.400 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 94,2% dân số; số người tham gia bảo hiểm xã hội là 148.600 người, chiếm 22,3% lực lượng lao động trong độ tuổi. Toàn tỉnh hiện có 9,8 bác sĩ và 32,5 giường bệnh trên 1 vạn dân.

6. TP Quảng Ngãi giải quyết 99,6% hồ sơ đúng hạn
Trong tháng 5, Trung tâm Hành chính công TP Quảng Ngãi tiếp nhận 4.312 hồ sơ, đã giải quyết đúng hạn 99,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,4%. Hotline hỗ trợ: 1900.1234 (từ 7h30 đến 17h00).

Lọc dầu Dung Quất vận hành ổn định trong 5 tháng đầu năm. Ảnh: Trung tâm Thông tin - Công báo tỉnh

Trung tâm Thông tin - Công báo

Tin khác
- Hội nghị tổng kết công tác dân vận năm 2024 (05/6/2025)
- Quảng Ngãi: 3 dự án được chấp thuận chủ trương đầu tư (04/6/2025)
- Tuyên dương 86 học sinh giỏi quốc gia năm học 2024 - 2025 (03/6/2025)

Cơ quan chủ quản: UBND tỉnh Quảng Ngãi. Đơn vị quản lý: Văn phòng UBND tỉnh. Địa chỉ: 52 Hùng Vương, TP Quảng Ngãi. Điện thoại: 0255.3822.615. Giấy phép số 06/GP-TTĐT ngày 12/3/2021.
'''
META = {'published': '2025-06-06', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
M5 = {'period': '2025-5M'}
LS = {'locality': 'huyện Lý Sơn'}
DP = {'locality': 'thị xã Đức Phổ'}
MD = {'locality': 'huyện Mộ Đức'}
QN = {'locality': 'thành phố Quảng Ngãi'}
IIP = {'indicator': 'industrial_production_index'}
TA = {'indicator': 'tourist_arrivals'}
FIGS = [
 ('năm ước tăng 8,4%', '8,4%', 'change', '%', d(M5, IIP, E, U, SP)),
 ('đón gần 150.000 lượt khách;', '150.000', 'level', 'lượt khách', d(LS, TA, bound='nearly', period='2025-M06')),
 ('thêm 2 xã về đích', '2', 'level', 'xã', d(DP, period='2025-M06', indicator='new_rural_communes_advanced')),
 ('5 tháng tăng 8,4%', '8,4%', 'change', '%', d(M5, IIP, U)),
 ('2025 ước tăng 8,4%', '8,4%', 'change', '%', d(M5, IIP, E, U, SP)),
 ('xuất 3,12 triệu tấn', '3,12 triệu tấn', 'level', 'tấn', d(M5)),
 ('đạt 48,6% kế hoạch', '48,6%', 'attainment', '%', d(M5, P)),
 ('đạt 2,86 triệu tấn', '2,86 triệu tấn', 'level', 'tấn', d(M5)),
 ('tăng 12,1%', '12,1%', 'change', '%', d(M5, U)),
 ('IIP tăng 2,3%', '2,3%', 'change', '%', d(IIP, U, base='previous_period', period='2025-M05')),
 ('ước đạt 11.240 tỷ đồng', '11.240 tỷ đồng', 'level', 'VND', d(M5, E, indicator='budget_revenue')),
 ('bằng 52,5% dự toán', '52,5%', 'attainment', '%', d(M5, E, P, indicator='budget_revenue')),
 ('đón gần 150.000 lượt khách\n', '150.000', 'level', 'lượt khách', d(LS, M5, TA, bound='nearly')),
 ('đón gần 150.000 lượt khách,', '150.000', 'level', 'lượt khách', d(LS, M5, TA, bound='nearly')),
 ('tăng 18%', '18%', 'change', '%', d(LS, M5, TA, U, SP)),
 ('tế 6.800 lượt', '6.800', 'level', 'lượt', d(LS, M5, indicator='international_tourist_arrivals')),
 ('ước đạt 340 tỷ đồng', '340 tỷ đồng', 'level', 'VND', d(LS, M5, E, indicator='tourism_revenue')),
 ('có 146 cơ sở', '146', 'level', 'cơ sở lưu trú', d(LS, period='2025-M06')),
 ('khoảng 1.900 phòng', '1.900', 'level', 'phòng', d(LS, period='2025-M06', bound='about')),
 ('từ 320.000 lượt khách', '320.000', 'level', 'lượt khách', d(LS, TA, K, bound='at_least')),
 ('Thêm 2 xã', '2', 'level', 'xã', d(DP, period='2025-M06', indicator='new_rural_communes_advanced')),
 ('có 4/7 xã', '4/7', 'ratio', 'xã', d(DP, period='2025-M06', indicator='new_rural_communes_advanced')),
 ('đạt 62,8 triệu đồng', '62,8 triệu đồng', 'level', 'VND/người/năm', d(locality='xã Phổ Thuận', period='2024', indicator='income_per_capita')),
 ('đạt 38.560 tấn', '38.560 tấn', 'level', 'tấn', d(DP, M5, indicator='aquaculture_output')),
 ('KH 90.000 tấn', '90.000 tấn', 'level', 'tấn', d(DP, K, indicator='aquaculture_output')),
 ('sạ 7.850 ha lúa Hè', '7.850 ha', 'level', 'ha', d(MD, period='2025-M06', indicator='crop_area')),
 ('sạ 7.850 ha lúa vụ', '7.850 ha', 'level', 'ha', d(MD, period='2025-M06', indicator='crop_area')),
 ('đạt 94,6% kế hoạch', '94,6%', 'attainment', '%', d(MD, P, period='2025-M06', indicator='crop_area')),
 ('đạt 62 - 64 tạ/ha', '62 - 64 tạ/ha', 'level', 'tạ/ha', d(MD, E, period='2025-M06')),
 ('đạt 68,5 tạ/ha', '68,5 tạ/ha', 'level', 'tạ/ha', d(MD)),
 ('trước 2,1 tạ/ha', '2,1 tạ/ha', 'change', 'tạ/ha', d(MD, U, SP)),
 ('94,2% dân số tham gia', '94,2%', 'level', '%', d(indicator='health_insurance_coverage', period='2025-M05')),
 ('có 1.176.400 người', '1.176.400', 'level', 'người', d(indicator='health_insurance_coverage', period='2025-M05')),
 ('phủ 94,2% dân số;', '94,2%', 'level', '%', d(indicator='health_insurance_coverage', period='2025-M05')),
 ('là 148.600 người', '148.600', 'level', 'người', d(indicator='social_insurance_coverage', period='2025-M05')),
 ('chiếm 22,3%', '22,3%', 'level', '%', d(indicator='social_insurance_coverage', period='2025-M05')),
 ('có 9,8 bác sĩ', '9,8', 'level', 'bác sĩ/vạn dân', d(period='2025-M06', indicator='doctors_per_10k')),
 ('32,5 giường bệnh', '32,5', 'level', 'giường bệnh/vạn dân', d(period='2025-M06', indicator='hospital_beds_per_10k')),
 ('giải quyết 99,6% hồ sơ', '99,6%', 'level', '%', d(QN, period='2025-M05')),
 ('nhận 4.312 hồ sơ', '4.312', 'level', 'hồ sơ', d(QN, period='2025-M05')),
 ('hạn 99,6%;', '99,6%', 'level', '%', d(QN, period='2025-M05')),
 ('đạt 61,4%', '61,4%', 'level', '%', d(QN, period='2025-M05')),
]
