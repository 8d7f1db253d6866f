TEXT = '''
SGGP ONLINE
Thứ Bảy, 6/12/2025 10:42
Chính trị | Xã hội | Kinh tế | Thế giới | Pháp luật | Văn hóa - Giải trí | TPHCM mới

Chính trị

Kỳ họp thứ 5 HĐND TPHCM: Quy mô kinh tế năm 2025 ước đạt hơn 2,93 triệu tỷ đồng

SGGPO - Sáng 6/12, HĐND TPHCM khóa X khai mạc kỳ họp thứ 5, kỳ họp thường lệ cuối năm đầu tiên kể từ khi TPHCM, tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu hợp nhất. Tăng trưởng kinh tế của thành phố năm 2025 ước đạt 7,53%, cao nhất trong 5 năm trở lại đây.

Báo cáo tại kỳ họp, Chủ tịch UBND TPHCM nhấn mạnh, năm 2025 thành phố vừa thực hiện nhiệm vụ phát triển kinh tế - xã hội, vừa tổ chức sắp xếp bộ máy, hợp nhất ba địa phương và vận hành chính quyền địa phương hai cấp với 168 xã, phường, đặc khu. Dù khối lượng công việc rất lớn, các hoạt động của người dân và doanh nghiệp không bị gián đoạn.

Quy mô kinh tế lớn nhất cả nước

Theo báo cáo, tổng sản phẩm trên địa bàn (GRDP) năm 2025 tính chung ba địa phương ước tăng 7,53% so với năm 2024. Trong đó, khu vực TPHCM cũ tăng 7,21%, khu vực Bình Dương cũ tăng 8,64%, khu vực Bà Rịa - Vũng Tàu cũ (không kể dầu thô và khí đốt) tăng 9,05%. Quy mô GRDP ước đạt hơn 2,93 triệu tỷ đồng, chiếm khoảng 23,5% GDP cả nước; so với năm 2020, quy mô kinh tế của ba địa phương gấp 1,6 lần. GRDP bình quân đầu người ước đạt 8.120 USD.

Kim ngạch xuất khẩu của thành phố ước đạt 108,6 tỷ USD, tăng 9,4% so với năm trước. Vốn đầu tư nước ngoài thu hút đạt 8,3 tỷ USD. Chỉ số giá tiêu dùng bình quân năm tăng 3,28%, trong tầm kiểm soát.

Khu vực Bình Dương cũ thu hút 2,1 tỷ USD vốn FDI, chiếm 25,3% tổng vốn đầu tư nước ngoài của thành phố. Cụm cảng Cái Mép - Thị Vải ở khu vực Bà Rịa - Vũng Tàu cũ đạt sản lượng 7,2 triệu TEU, tăng 15,3% so với năm 2024, đưa thành phố trở thành trung tâm logistics lớn nhất cả nước.

Thu ngân sách nhà nước trên địa bàn ước đạt 720.500 tỷ đồng, vượt 10,8% dự toán, tăng 21,7% so với năm trước. Phường Sài Gòn tiếp tục dẫn đầu các xã, phường về thu ngân sách với 28.600 tỷ đồng.

Về đầu tư công, đến ngày 30/11/2025, thành phố giải ngân được 61,2% kế hoạch vốn; dự kiến cả năm đạt trên 90%. Các dự án đường Vành đai 3, tuyến Metro số 1 và cầu Cần Giờ được tập trung đẩy nhanh tiến độ theo Nghị quyết 98/2023/QH15.

Du lịch phục hồi mạnh, thành phố đón 8,6 triệu lượt khách quốc tế, tăng 18,2%; tổng doanh thu du lịch ước đạt 265.000 tỷ đồng. Riêng đặc khu Côn Đảo đón khoảng 420.000 lượt khách, tăng 12%.

Khách quốc tế tham quan khu trung tâm phường Sài Gòn. Ảnh: HOÀNG HÙNG

An sinh xã hội được bảo đảm

Thành phố hoàn thành sớm mục tiêu xóa nhà tạm, nhà dột nát; đến cuối năm 2025, tỷ lệ hộ nghèo theo chuẩn nghèo thành phố giảm còn 0,16%, tỷ lệ hộ cận nghèo còn 0,48%. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,7%. Toàn thành phố giải quyết việc làm cho 412.000 lượt người, tạo việc làm mới cho 168.500 lao động.

Tình hình an ninh chính trị ổn định; số vụ phạm pháp hình sự giảm 12,6% so với năm 2024, tỷ lệ điều tra khám phá đạt 84,3%.

Bên cạnh kết quả đạt được, Chủ tịch UBND thành phố thẳng thắn chỉ ra một số hạn chế: tiến độ giải ngân một số dự án lớn còn chậm; tình trạng ngập nước, kẹt xe chưa được khắc phục căn cơ; việc bố trí, sử dụng trụ sở dôi dư sau sắp xếp ở một số xã, phường còn lúng túng; năng lực một bộ phận cán bộ cấp xã chưa đáp ứng yêu cầu nhiệm vụ mới.

Năm 2026 phấn đấu tăng trưởng hai con số

Năm 2026, TPHCM đặt mục tiêu tăng trưởng GRDP từ 10% trở lên; GRDP bình quân đầu người đạt 8.900 USD; thu ngân sách nhà nước trên địa bàn đạt 780.000 tỷ đồng; tỷ lệ giải ngân vốn đầu tư công đạt 100% kế hoạch; tỷ lệ bao phủ bảo hiểm y tế đạt 95%.

Để đạt mục tiêu trên, thành phố xác định tập trung ba đột phá về thể chế, hạ tầng và nhân lực; phát triển các cực tăng trưởng mới ở khu vực Bình Dương cũ và Bà Rịa - Vũng Tàu cũ; khởi công tuyến metro số 2 và hoàn thành đường Vành đai 3 trong năm 2026.

Thảo luận tại tổ, nhiều đại biểu đề nghị thành phố sớm có cơ chế đặc thù cho các xã, phường mới có quy mô dân số lớn; đồng thời rà soát, phân cấp mạnh hơn cho chính quyền cơ sở trong cấp phép xây dựng, quản lý đất đai và trật tự đô thị, tránh tình trạng hồ sơ phải chuyển lên, chuyển xuống nhiều lần.

Kỳ họp dự kiến diễn ra trong 3 ngày, xem xét 45 nội dung, trong đó có dự toán ngân sách năm 2026 và kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.

THU HƯỜNG - VĂN PHÚC

Tin liên quan
- TPHCM: 168 xã, phường, đặc khu sau 5 tháng vận hành (04/12/2025)
- Côn Đảo đón chuyến bay thẳng thứ 3 từ Hà Nội (02/12/2025)
- Xuất khẩu của TPHCM vượt mốc 100 tỷ USD (28/11/2025)

Báo Sài Gòn Giải Phóng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TPHCM. Giấy phép số 474/GP-BTTTT. Tòa soạn: 432-434 Nguyễn Thị Minh Khai, phường Bàn Cờ, TPHCM. Điện thoại: (028) 3929.5594
'''
META = {'published': '2025-12-06', 'locality': 'thành phố Hồ Chí Minh'}
DEFAULTS = {'locality': 'thành phố Hồ Chí Minh', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
B24 = {'base': '2024'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('ước đạt hơn 2,93 triệu tỷ đồng\n', '2,93 triệu tỷ đồng', 'level', 'VND', d(E, indicator='grdp', bound='over', value=2930000000000000)),
 ('ước đạt 7,53%', '7,53%', 'level', '%', d(E, G)),
 ('với 168 xã', '168', 'level', 'xã', d(optional=True)),
 ('ước tăng 7,53%', '7,53%', 'change', '%', d(E, U, B24, G)),
 ('tăng 7,21%', '7,21%', 'change', '%', d(U, G)),
 ('tăng 8,64%', '8,64%', 'change', '%', d(U, G, locality='tỉnh Bình Dương')),
 ('tăng 9,05%', '9,05%', 'change', '%', d(U, G, locality='tỉnh Bà Rịa - Vũng Tàu')),
 ('ước đạt hơn 2,93 triệu tỷ đồng,', '2,93 triệu tỷ đồng', 'level', 'VND', d(E, indicator='grdp', bound='over', value=2930000000000000)),
 ('khoảng 23,5%', '23,5%', 'level', '%', d(E, bound='about')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(U, indicator='grdp', base='2020')),
 ('ước đạt 8.120 USD', '8.120 USD', 'level', 'USD/người/năm', d(E, indicator='grdp_per_capita')),
 ('ước đạt 108,6 tỷ USD', '108,6 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 9,4%', '9,4%', 'change', '%', d(E, U, B24, indicator='export_value')),
 ('đạt 8,3 tỷ USD', '8,3 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('thu hút 2,1 tỷ USD', '2,1 tỷ USD', 'level', 'USD', d(indicator='fdi', locality='tỉnh Bình Dương')),
 ('chiếm 25,3%', '25,3%', 'level', '%', d(locality='tỉnh Bình Dương')),
 ('7,2 triệu TEU', '7,2 triệu TEU', 'level', 'TEU', d(locality='tỉnh Bà Rịa - Vũng Tàu')),
 ('tăng 15,3%', '15,3%', 'change', '%', d(U, B24, locality='tỉnh Bà Rịa - Vũng Tàu')),
 ('tăng 3,28%', '3,28%', 'change', '%', d(U, indicator='cpi')),
 ('ước đạt 720.500 tỷ đồng', '720.500 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('vượt 10,8% dự toán', '10,8%', 'change', '%', d(E, U, P, BR, status='exceeded')),
 ('tăng 21,7%', '21,7%', 'change', '%', d(E, U, B24, BR)),
 ('với 28.600 tỷ đồng', '28.600 tỷ đồng', 'level', 'VND', d(BR, locality='phường Sài Gòn')),
 ('được 61,2% kế hoạch', '61,2%', 'attainment', '%', d(P, PD, period='2025-11M')),
 ('trên 90%', '90%', 'attainment', '%', d(E, P, PD, bound='over')),
 ('đón 8,6 triệu lượt khách', '8,6 triệu lượt', 'level', 'lượt khách', d(indicator='international_tourist_arrivals')),
 ('tăng 18,2%', '18,2%', 'change', '%', d(U, indicator='international_tourist_arrivals')),
 ('ước đạt 265.000 tỷ đồng', '265.000 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('khoảng 420.000 lượt khách', '420.000', 'level', 'lượt khách', d(indicator='tourist_arrivals', locality='đặc khu Côn Đảo', bound='about')),
 ('tăng 12%', '12%', 'change', '%', d(U, indicator='tourist_arrivals', locality='đặc khu Côn Đảo')),
 ('giảm còn 0,16%', '0,16%', 'level', '%', d(D, indicator='poverty_rate')),
 ('còn 0,48%', '0,48%', 'level', '%', d(indicator='near_poverty_rate')),
 ('đạt 94,7%', '94,7%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('cho 412.000 lượt người', '412.000', 'level', 'lượt người', d(indicator='jobs_created')),
 ('cho 168.500 lao động', '168.500', 'level', 'lao động', d(indicator='new_jobs')),
 ('giảm 12,6%', '12,6%', 'change', '%', d(D, B24, indicator='crime')),
 ('đạt 84,3%', '84,3%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('từ 10% trở lên', '10%', 'level', '%', d(K, G, bound='at_least')),
 ('đạt 8.900 USD', '8.900 USD', 'level', 'USD/người/năm', d(K, indicator='grdp_per_capita')),
 ('đạt 780.000 tỷ đồng', '780.000 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(K, P, PD)),
 ('đạt 95%', '95%', 'level', '%', d(K, indicator='health_insurance_coverage')),
 ('xem xét 45 nội dung', '45', 'level', 'nội dung', d(optional=True)),
]
