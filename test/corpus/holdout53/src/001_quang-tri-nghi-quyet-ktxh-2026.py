TEXT = '''
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Văn hóa | Thể thao
Thứ Năm, 11/12/2025 - 17:15

Thời sự

HĐND tỉnh thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026

(QT) - Chiều 11/12, Kỳ họp thứ 6 HĐND tỉnh Quảng Trị khóa VIII, nhiệm kỳ 2021 - 2026 bế mạc sau 3 ngày làm việc. Kỳ họp đã xem xét, thông qua 32 nghị quyết, trong đó có Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 với mục tiêu tăng trưởng GRDP từ 8,5 - 9%.

Theo báo cáo của UBND tỉnh, năm 2025 là năm đầu tiên tỉnh Quảng Trị (mới) vận hành sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị. Tốc độ tăng trưởng GRDP ước đạt 7,02%, thấp hơn kế hoạch đề ra (8%); quy mô nền kinh tế ước đạt 152.300 tỷ đồng; GRDP bình quân đầu người ước đạt 83,6 triệu đồng. Thu ngân sách nhà nước trên địa bàn ước đạt 13.250 tỷ đồng, bằng 112,4% dự toán Trung ương giao và tăng 9,6% so với năm 2024, trong đó thu nội địa ước 11.480 tỷ đồng. Giải ngân vốn đầu tư công tính đến ngày 30/11/2025 đạt 71,3% kế hoạch.

Trong 24 chỉ tiêu chủ yếu năm 2025, ước có 17 chỉ tiêu đạt và vượt, 5 chỉ tiêu xấp xỉ đạt và 2 chỉ tiêu không đạt là tốc độ tăng trưởng GRDP và kim ngạch xuất khẩu. Kim ngạch xuất khẩu ước đạt 980 triệu USD, bằng 89,1% kế hoạch. Tỷ lệ hộ nghèo giảm 1,12 điểm phần trăm, còn 4,86%; riêng các xã miền núi giảm 3,4 điểm phần trăm. Toàn tỉnh có 3.120 doanh nghiệp thành lập mới, tăng 14,2% so với năm trước.

Đại biểu HĐND tỉnh biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Thanh Tân

Các chỉ tiêu chủ yếu năm 2026:
- Tốc độ tăng trưởng GRDP: 8,5 - 9%;
- GRDP bình quân đầu người: 92 - 94 triệu đồng;
- Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản 18,5%; công nghiệp - xây dựng 32,5%; dịch vụ 43,2%; thuế sản phẩm trừ trợ cấp sản phẩm 5,8%;
- Thu ngân sách nhà nước trên địa bàn: 14.100 tỷ đồng;
- Tổng vốn đầu tư toàn xã hội: tăng 12 - 14% so với năm 2025;
- Kim ngạch xuất khẩu: 1,1 tỷ USD;
- Tỷ lệ hộ nghèo theo chuẩn đa chiều: giảm 1 - 1,5 điểm %, riêng các xã miền núi giảm 3 - 4 điểm %;
- Tỷ lệ lao động qua đào tạo: 72%, trong đó có bằng cấp, chứng chỉ 31%;
- Số giường bệnh/vạn dân: 36 giường bệnh; số bác sĩ/vạn dân: 12,5 bác sĩ;
- Tỷ lệ che phủ rừng: ổn định ở mức 57,5%.

Cũng tại kỳ họp, HĐND tỉnh quyết định dự toán thu ngân sách nhà nước trên địa bàn năm 2026 là 13.860 tỷ đồng, tổng chi ngân sách địa phương 31.540 tỷ đồng; kế hoạch đầu tư công năm 2026 với tổng vốn 9.850 tỷ đồng, trong đó vốn ngân sách địa phương 4.120 tỷ đồng.

Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh Nguyễn Đăng Quang nhấn mạnh, mục tiêu tăng trưởng 8,5 - 9% là rất thách thức khi năm 2025 tỉnh chỉ đạt hơn 7%. Các cấp, các ngành cần bám sát 6 nhóm nhiệm vụ trọng tâm, tập trung tháo gỡ vướng mắc cho 14 dự án trọng điểm, nhất là đường cao tốc Vạn Ninh - Cam Lộ và Khu kinh tế Đông Nam Quảng Trị.

Thanh Tân

Tin liên quan:
- Quảng Trị: 11 tháng, thu ngân sách đạt 96% dự toán (02/12/2025)
- Khai mạc Kỳ họp thứ 6 HĐND tỉnh khóa VIII (09/12/2025)
- Chất vấn về giải ngân vốn đầu tư công: 41 dự án dưới 50% (10/12/2025)

Lượt xem: 2.315
Cơ quan chủ quản: Tỉnh ủy Quảng Trị. Giấy phép số 512/GP-BTTTT. Điện thoại: 0233.3852.447
'''
META = {'published': '2025-12-11', 'locality': 'tỉnh Quảng Trị'}
DEFAULTS = {'locality': 'tỉnh Quảng Trị', 'period': '2026', 'modality': 'target'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'period': '2025', 'modality': 'actual'}
E = {'period': '2025', 'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('GRDP từ 8,5 - 9%', '8,5 - 9%', 'level', '%', d(indicator='grdp_growth')),
 ('thông qua 32 nghị quyết', '32', 'level', 'nghị quyết', d(optional=True)),
 ('ước đạt 7,02%', '7,02%', 'level', '%', d(E, indicator='grdp_growth')),
 ('đề ra (8%)', '8%', 'level', '%', d(indicator='grdp_growth', period='2025')),
 ('ước đạt 152.300 tỷ đồng', '152.300 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('ước đạt 83,6 triệu đồng', '83,6 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita')),
 ('ước đạt 13.250 tỷ đồng', '13.250 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 112,4% dự toán', '112,4%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('tăng 9,6% so với năm 2024', '9,6%', 'change', '%', d(E, U, indicator='budget_revenue', base='2024')),
 ('ước 11.480 tỷ đồng', '11.480 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('đạt 71,3% kế hoạch', '71,3%', 'attainment', '%', d(A, TB, indicator='public_investment_disbursement', period='2025-11M')),
 ('Trong 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(A, RT)),
 ('có 17 chỉ tiêu', '17', 'level', 'chỉ tiêu', d(E, RT, status='achieved')),
 ('5 chỉ tiêu xấp xỉ', '5', 'level', 'chỉ tiêu', d(E, RT, status='nearly')),
 ('2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', d(E, RT, status='not_achieved')),
 ('ước đạt 980 triệu USD', '980 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('bằng 89,1% kế hoạch', '89,1%', 'attainment', '%', d(E, TB, indicator='export_value')),
 ('giảm 1,12 điểm phần trăm', '1,12 điểm phần trăm', 'change', 'điểm %', d(A, D, indicator='poverty_rate')),
 ('còn 4,86%', '4,86%', 'level', '%', d(A, D, indicator='poverty_rate')),
 ('giảm 3,4 điểm phần trăm', '3,4 điểm phần trăm', 'change', 'điểm %', d(A, D, indicator='poverty_rate')),
 ('có 3.120 doanh nghiệp', '3.120', 'level', 'doanh nghiệp', d(A, indicator='new_enterprises')),
 ('tăng 14,2% so với năm trước', '14,2%', 'change', '%', d(A, U, indicator='new_enterprises', base='2024')),
 ('GRDP: 8,5 - 9%', '8,5 - 9%', 'level', '%', d(indicator='grdp_growth')),
 ('người: 92 - 94 triệu đồng', '92 - 94 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita')),
 ('thủy sản 18,5%', '18,5%', 'level', '%', d(indicator='sector_share')),
 ('xây dựng 32,5%', '32,5%', 'level', '%', d(indicator='sector_share')),
 ('dịch vụ 43,2%', '43,2%', 'level', '%', d(indicator='sector_share')),
 ('sản phẩm 5,8%', '5,8%', 'level', '%', d(indicator='sector_share')),
 ('bàn: 14.100 tỷ đồng', '14.100 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('tăng 12 - 14%', '12 - 14%', 'change', '%', d(U, indicator='social_investment', base='2025')),
 ('khẩu: 1,1 tỷ USD', '1,1 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('giảm 1 - 1,5 điểm %', '1 - 1,5 điểm %', 'change', 'điểm %', d(D, indicator='poverty_rate')),
 ('giảm 3 - 4 điểm %', '3 - 4 điểm %', 'change', 'điểm %', d(D, indicator='poverty_rate')),
 ('tạo: 72%', '72%', 'level', '%', d(indicator='trained_labour_rate')),
 ('chứng chỉ 31%', '31%', 'level', '%', d(indicator='trained_labour_rate')),
 ('dân: 36 giường bệnh', '36', 'level', 'giường bệnh/vạn dân', d(indicator='hospital_beds_per_10k')),
 ('dân: 12,5 bác sĩ', '12,5', 'level', 'bác sĩ/vạn dân', d(indicator='doctors_per_10k')),
 ('mức 57,5%', '57,5%', 'level', '%', d(indicator='forest_cover')),
 ('năm 2026 là 13.860 tỷ đồng', '13.860 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('phương 31.540 tỷ đồng', '31.540 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('vốn 9.850 tỷ đồng', '9.850 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('phương 4.120 tỷ đồng', '4.120 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('trưởng 8,5 - 9% là', '8,5 - 9%', 'level', '%', d(indicator='grdp_growth')),
 ('đạt hơn 7%', '7%', 'level', '%', d(A, indicator='grdp_growth', bound='over')),
 ('bám sát 6 nhóm', '6', 'level', 'nhóm', d(optional=True)),
 ('cho 14 dự án', '14', 'level', 'dự án', d(optional=True)),
]
