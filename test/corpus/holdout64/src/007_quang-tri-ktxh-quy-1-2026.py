TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ
Thứ Tư, 08/04/2026 | 16:20 GMT+7
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa - Du lịch | Thể thao | Quốc phòng - An ninh | Video

Kinh tế

Quảng Trị: Kinh tế quý I/2026 tăng 7,36%, thấp hơn kịch bản đề ra

(QTO) - Chiều 7/4, UBND tỉnh Quảng Trị tổ chức phiên họp thường kỳ tháng 3 để đánh giá tình hình kinh tế - xã hội quý I, triển khai nhiệm vụ quý II năm 2026. Chủ tịch UBND tỉnh Hồ An Phong chủ trì phiên họp.

Theo báo cáo của Sở Tài chính, tổng sản phẩm trên địa bàn (GRDP) quý I/2026 ước tăng 7,36% so với cùng kỳ, thấp hơn kịch bản đề ra (8,1%). Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,85%; công nghiệp - xây dựng tăng 10,12%; dịch vụ tăng 7,04%.

Cơ cấu kinh tế quý I: khu vực nông, lâm nghiệp và thủy sản chiếm 21,6%; công nghiệp - xây dựng 31,8%; dịch vụ 41,2%; thuế sản phẩm trừ trợ cấp sản phẩm 5,4%.

Sản xuất công nghiệp duy trì đà tăng; chỉ số sản xuất công nghiệp (IIP) quý I ước tăng 9,4% so với cùng kỳ. Một số sản phẩm chủ yếu (tăng, giảm so với cùng kỳ):
- Điện sản xuất: 1.215 triệu kWh (+18,6%).
- Xi măng: 1,42 triệu tấn (-4,3%).
- Dăm gỗ: 386.000 tấn (+7,9%).
- Bia các loại: 18,6 triệu lít (+5,2%).

Nhà máy điện gió tại xã Hướng Phùng. Ảnh: T.L

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 21.430 tỷ đồng, tăng 11,3% so với cùng kỳ, giảm 2,4% so với quý IV/2025. Kim ngạch xuất khẩu ước đạt 246,5 triệu USD, tăng 14,6%; nhập khẩu 198,2 triệu USD, giảm 3,7%.

Thu ngân sách nhà nước quý I ước đạt 2.986 tỷ đồng, bằng 24,1% dự toán HĐND tỉnh giao; trong đó khu vực Quảng Bình cũ 1.712 tỷ đồng, khu vực Quảng Trị cũ 1.274 tỷ đồng. Chi ngân sách địa phương 5.240 tỷ đồng. Giải ngân vốn đầu tư công đến ngày 31/3/2026 đạt 1.318 tỷ đồng, bằng 12,4% kế hoạch; có 9 chủ đầu tư giải ngân dưới 5%.

Vụ Đông Xuân, toàn tỉnh gieo cấy 78.450 ha lúa, vượt 1,2% kế hoạch; dự kiến năng suất đạt 60 - 62 tạ/ha. Tổng đàn gia cầm ước 9,8 triệu con, tăng 4,5%.

Du lịch khởi sắc với nhiều sự kiện đầu năm; toàn tỉnh đón gần 1,9 triệu lượt khách, tăng 22,3% so với cùng kỳ; khách quốc tế 86.500 lượt, gấp 1,6 lần cùng kỳ. Doanh thu du lịch ước đạt 3.150 tỷ đồng. Riêng tháng 3, lượng khách tăng 8,2% so với tháng trước.

Du khách tham quan động Phong Nha, xã Phong Nha. Ảnh: Minh Phong

Quý I có 312 doanh nghiệp thành lập mới với tổng vốn đăng ký 2.860 tỷ đồng, lần lượt tăng 6,1% về số doanh nghiệp và 15,4% về vốn so với cùng kỳ. Giải quyết việc làm cho 6.850 lao động, đạt 22,8% kế hoạch năm; trong đó đưa 1.240 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,1% dân số.

Trên địa bàn xảy ra 36 vụ tai nạn giao thông, làm chết 27 người, bị thương 21 người; so với cùng kỳ giảm 5 vụ, giảm 4 người chết, tăng 3 người bị thương.

Kết luận phiên họp, Chủ tịch UBND tỉnh Hồ An Phong yêu cầu các sở, ngành và 78 xã, phường, đặc khu bám sát kịch bản tăng trưởng, phấn đấu quý II tăng trưởng GRDP đạt 9,5 - 10%, 6 tháng đầu năm đạt từ 8,5% trở lên; giải ngân vốn đầu tư công đến ngày 30/6 đạt trên 45% kế hoạch. Cả năm 2026, tỉnh phấn đấu tăng trưởng GRDP từ 10% trở lên, thu ngân sách 13.500 tỷ đồng.

Thanh Trúc

Tin liên quan
- Quảng Trị: Hơn 2.000 lao động được tư vấn việc làm tại phiên giao dịch tháng 3 (02/04/2026)
- Đặc khu Cồn Cỏ đón 5.000 lượt khách dịp nghỉ lễ (01/04/2026)

Cơ quan chủ quản: Tỉnh ủy Quảng Trị. Địa chỉ: Số 1 Trần Hưng Đạo, phường Đồng Hới, tỉnh Quảng Trị. Đường dây nóng: 0232.3822.555
'''
META = {'published': '2026-04-08', 'locality': 'tỉnh Quảng Trị'}
DEFAULTS = {'locality': 'tỉnh Quảng Trị', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
QB = {'locality': 'tỉnh Quảng Bình'}
SS = {'indicator': 'sector_share'}
FIGS = [
 ('I/2026 tăng 7,36%', '7,36%', 'change', '%', d(U, indicator='grdp_growth')),
 ('ước tăng 7,36%', '7,36%', 'change', '%', d(E, U, SP, indicator='grdp_growth')),
 ('(8,1%)', '8,1%', 'level', '%', d(T, indicator='grdp_growth')),
 ('thủy sản tăng 3,85%', '3,85%', 'change', '%', d(U)),
 ('xây dựng tăng 10,12%', '10,12%', 'change', '%', d(U)),
 ('dịch vụ tăng 7,04%', '7,04%', 'change', '%', d(U)),
 ('chiếm 21,6%', '21,6%', 'level', '%', d(SS)),
 ('xây dựng 31,8%', '31,8%', 'level', '%', d(SS)),
 ('dịch vụ 41,2%', '41,2%', 'level', '%', d(SS)),
 ('sản phẩm 5,4%', '5,4%', 'level', '%', d(SS)),
 ('ước tăng 9,4%', '9,4%', 'change', '%', d(E, U, SP, indicator='industrial_production_index')),
 ('1.215 triệu kWh', '1.215 triệu kWh', 'level', 'kWh', d()),
 ('(+18,6%)', '18,6%', 'change', '%', d(U, SP)),
 ('1,42 triệu tấn', '1,42 triệu tấn', 'level', 'tấn', d()),
 ('(-4,3%)', '4,3%', 'change', '%', d(D, SP)),
 ('386.000 tấn', '386.000 tấn', 'level', 'tấn', d()),
 ('(+7,9%)', '7,9%', 'change', '%', d(U, SP)),
 ('18,6 triệu lít', '18,6 triệu lít', 'level', 'lít', d()),
 ('(+5,2%)', '5,2%', 'change', '%', d(U, SP)),
 ('ước đạt 21.430 tỷ đồng', '21.430 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 11,3%', '11,3%', 'change', '%', d(E, U, SP, indicator='retail_sales')),
 ('giảm 2,4%', '2,4%', 'change', '%', d(E, D, indicator='retail_sales', base='previous_period')),
 ('ước đạt 246,5 triệu USD', '246,5 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 14,6%', '14,6%', 'change', '%', d(E, U, indicator='export_value')),
 ('nhập khẩu 198,2 triệu USD', '198,2 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('giảm 3,7%', '3,7%', 'change', '%', d(D, indicator='import_value')),
 ('ước đạt 2.986 tỷ đồng', '2.986 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 24,1% dự toán', '24,1%', 'attainment', '%', d(E, P, indicator='budget_revenue')),
 ('cũ 1.712 tỷ đồng', '1.712 tỷ đồng', 'level', 'VND', d(QB, indicator='budget_revenue')),
 ('cũ 1.274 tỷ đồng', '1.274 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('phương 5.240 tỷ đồng', '5.240 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 1.318 tỷ đồng', '1.318 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 12,4% kế hoạch', '12,4%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('có 9 chủ đầu tư', '9', 'level', 'chủ đầu tư', d(optional=True)),
 ('cấy 78.450 ha', '78.450 ha', 'level', 'ha', d(indicator='crop_area')),
 ('vượt 1,2% kế hoạch', '1,2%', 'change', '%', d(U, P, indicator='crop_area', status='exceeded')),
 ('60 - 62 tạ/ha', '60 - 62 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('ước 9,8 triệu con', '9,8 triệu con', 'level', 'con', d(E)),
 ('tăng 4,5%', '4,5%', 'change', '%', d(E, U)),
 ('gần 1,9 triệu lượt', '1,9 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals', bound='nearly')),
 ('tăng 22,3%', '22,3%', 'change', '%', d(U, SP, indicator='tourist_arrivals')),
 ('quốc tế 86.500 lượt', '86.500', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(U, SP, indicator='international_tourist_arrivals')),
 ('ước đạt 3.150 tỷ đồng', '3.150 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('tăng 8,2%', '8,2%', 'change', '%', d(U, indicator='tourist_arrivals', base='previous_period', period='2026-M03')),
 ('có 312 doanh nghiệp', '312', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 2.860 tỷ đồng', '2.860 tỷ đồng', 'level', 'VND', d()),
 ('tăng 6,1%', '6,1%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('và 15,4%', '15,4%', 'change', '%', d(U, SP)),
 ('cho 6.850 lao động', '6.850', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 22,8% kế hoạch', '22,8%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('đưa 1.240 người', '1.240', 'level', 'người', d(indicator='labour_export')),
 ('đạt 94,1% dân số', '94,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('ra 36 vụ', '36', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 27 người', '27', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 21 người', '21', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 5 vụ', '5', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 4 người', '4', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('tăng 3 người', '3', 'change', 'người', d(U, SP, indicator='traffic_injuries')),
 ('và 78 xã', '78', 'level', 'xã', d(optional=True)),
 ('đạt 9,5 - 10%', '9,5 - 10%', 'level', '%', d(T, indicator='grdp_growth', period='2026-Q2')),
 ('từ 8,5% trở lên', '8,5%', 'level', '%', d(T, indicator='grdp_growth', period='2026-H1', bound='at_least')),
 ('trên 45% kế hoạch', '45%', 'attainment', '%', d(T, P, indicator='public_investment_disbursement', period='2026-H1', bound='over')),
 ('GRDP từ 10% trở lên', '10%', 'level', '%', d(T, indicator='grdp_growth', period='2026', bound='at_least')),
 ('ngân sách 13.500 tỷ đồng', '13.500 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue', period='2026')),
]
