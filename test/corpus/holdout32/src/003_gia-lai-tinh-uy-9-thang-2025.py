TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Du lịch | Video
Thứ ba, 07/10/2025 | Quy Nhơn 31°C

Gia Lai: GRDP 9 tháng ước tăng 7,86%, phấn đấu cả năm đạt 8,5% trở lên

07/10/2025 17:20

(GLO) - Chiều 6/10, tại phường Quy Nhơn, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội 9 tháng đầu năm 2025, bàn giải pháp thực hiện quý IV, đồng thời cho ý kiến về công tác chuẩn bị Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.

Quang cảnh hội nghị. Ảnh: Minh Nhật

Theo báo cáo của UBND tỉnh, tốc độ tăng trưởng kinh tế (GRDP) 9 tháng năm 2025 của tỉnh ước đạt 7,86%, thấp hơn 1,04 điểm phần trăm so với kịch bản tăng trưởng đã đề ra (8,9%). Trong đó, khu vực Bình Định cũ ước tăng 8,42%, khu vực Gia Lai cũ ước tăng 7,15%. Đây là kết quả đáng ghi nhận trong bối cảnh tỉnh vừa sắp xếp lại bộ máy, vận hành chính quyền địa phương hai cấp với 135 đơn vị hành chính cấp xã từ ngày 1/7.

Giá trị sản xuất nông, lâm nghiệp và thủy sản ước đạt 74.520 tỷ đồng, tăng 3,9% so với cùng kỳ. Diện tích gieo trồng cây hằng năm đạt 612.400 ha/KH 640.000 ha; sản lượng cà phê nhân niên vụ 2024 - 2025 đạt 345.000 tấn. Sản lượng thủy sản đạt 254.800 tấn, tăng 4,2%, chủ yếu tại khu vực Bình Định cũ.

Chỉ số sản xuất công nghiệp (IIP) tăng 11,3%; kim ngạch xuất khẩu đạt 1,86 tỷ USD, tăng 14,6% so với cùng kỳ, bằng 78,2% kế hoạch năm. Tổng lượt khách du lịch đạt 10,2 triệu lượt, tăng 21,4%; tổng thu từ du lịch ước 28.600 tỷ đồng.

Tổng thu ngân sách nhà nước trên địa bàn đạt 19.840 tỷ đồng, bằng 86,7% dự toán Trung ương giao, bằng 81,3% dự toán HĐND tỉnh giao, tăng 23,5% so với cùng kỳ. Một số địa phương có số thu lớn như phường Quy Nhơn 2.140 tỷ đồng, phường Pleiku 1.285 tỷ đồng, phường An Nhơn 412 tỷ đồng. Giải ngân vốn đầu tư công đến ngày 30/9/2025 đạt 9.215 tỷ đồng/KH 21.430 tỷ đồng, đạt 43%, thấp hơn bình quân cả nước.

Trong 9 tháng, toàn tỉnh giải quyết việc làm cho 41.250 lao động, đạt 82,5% kế hoạch năm; có 1.930 doanh nghiệp thành lập mới, tăng 12,8% so với cùng kỳ. Tỷ lệ hộ nghèo ước đến cuối năm giảm còn 3,1%, giảm 1,2 điểm phần trăm so với cuối năm 2024.

Ước cả năm 2025, tăng trưởng GRDP đạt khoảng 8,1%, chưa đạt mục tiêu 8,5% trở lên mà Nghị quyết của HĐND tỉnh đề ra; thu ngân sách ước cả năm đạt 26.500 tỷ đồng, vượt 8,2% dự toán HĐND tỉnh giao.

Phát biểu kết luận, đồng chí Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh, để đạt mục tiêu cả năm, quý IV cần đạt mức tăng trưởng 9,2 - 9,5%. Các sở, ngành phải tháo gỡ ngay vướng mắc tại 42 dự án chậm giải ngân, nhất là tuyến cao tốc Quy Nhơn - Pleiku và Quốc lộ 19. Đồng chí đề nghị các địa phương rà soát, hỗ trợ người dân bị ảnh hưởng bởi bão số 10 đầu tháng 10; đường dây nóng của Văn phòng UBND tỉnh: 0256 3822 117.

Minh Nhật

Tin cùng chuyên mục:
- Gia Lai: 9 tháng thu hút 2,8 triệu lượt khách quốc tế
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 4

Giấy phép số 312/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A. Địa chỉ: 54 Tăng Bạt Hổ, phường Pleiku, tỉnh Gia Lai.
'''
META = {'published': '2025-10-07', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2025-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
Y = {'period': '2025'}
T25 = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('ước tăng 7,86%', '7,86%', 'change', '%', d(E, U, indicator='grdp_growth')),
 ('đạt 8,5% trở lên', '8,5%', 'level', '%', d(T25, indicator='grdp_growth', bound='at_least')),
 ('ước đạt 7,86%', '7,86%', 'level', '%', d(E, indicator='grdp_growth')),
 ('thấp hơn 1,04 điểm phần trăm', '1,04 điểm phần trăm', 'change', 'điểm %', d(E, D, indicator='grdp_growth', base='target')),
 ('ra (8,9%)', '8,9%', 'level', '%', d(indicator='grdp_growth', modality='target')),
 ('ước tăng 8,42%', '8,42%', 'change', '%', d(E, U, indicator='grdp_growth', locality='tỉnh Bình Định')),
 ('ước tăng 7,15%', '7,15%', 'change', '%', d(E, U, indicator='grdp_growth')),
 ('với 135 đơn vị', '135', 'level', 'đơn vị hành chính', d(optional=True)),
 ('ước đạt 74.520 tỷ đồng', '74.520 tỷ đồng', 'level', 'VND', d(E, indicator='agricultural_output_value')),
 ('tăng 3,9% so với cùng kỳ', '3,9%', 'change', '%', d(E, U, SP, indicator='agricultural_output_value')),
 ('đạt 612.400 ha', '612.400 ha', 'level', 'ha', d(indicator='crop_area')),
 ('/KH 640.000 ha', '640.000 ha', 'level', 'ha', d(T25, indicator='crop_area')),
 ('đạt 345.000 tấn', '345.000 tấn', 'level', 'tấn', d(period='2024/2025')),
 ('đạt 254.800 tấn', '254.800 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 4,2%', '4,2%', 'change', '%', d(U, indicator='aquaculture_output')),
 ('(IIP) tăng 11,3%', '11,3%', 'change', '%', d(U, indicator='industrial_production_index')),
 ('đạt 1,86 tỷ USD', '1,86 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 14,6% so với cùng kỳ', '14,6%', 'change', '%', d(U, SP, indicator='export_value')),
 ('bằng 78,2% kế hoạch', '78,2%', 'attainment', '%', d(indicator='export_value', base='target')),
 ('đạt 10,2 triệu lượt', '10,2 triệu', 'level', 'lượt', d(indicator='tourist_arrivals')),
 ('tăng 21,4%', '21,4%', 'change', '%', d(U, indicator='tourist_arrivals')),
 ('ước 28.600 tỷ đồng', '28.600 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('đạt 19.840 tỷ đồng', '19.840 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 86,7% dự toán', '86,7%', 'attainment', '%', d(indicator='budget_revenue', base='target')),
 ('bằng 81,3% dự toán', '81,3%', 'attainment', '%', d(indicator='budget_revenue', base='target')),
 ('tăng 23,5% so với cùng kỳ', '23,5%', 'change', '%', d(U, SP, indicator='budget_revenue')),
 ('Quy Nhơn 2.140 tỷ đồng', '2.140 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='phường Quy Nhơn')),
 ('Pleiku 1.285 tỷ đồng', '1.285 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='phường Pleiku')),
 ('An Nhơn 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='phường An Nhơn')),
 ('đạt 9.215 tỷ đồng', '9.215 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('/KH 21.430 tỷ đồng', '21.430 tỷ đồng', 'level', 'VND', d(T25, indicator='public_investment_disbursement')),
 ('đạt 43%', '43%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('cho 41.250 lao động', '41.250', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 82,5% kế hoạch', '82,5%', 'attainment', '%', d(indicator='jobs_created', base='target')),
 ('có 1.930 doanh nghiệp', '1.930', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 12,8% so với cùng kỳ', '12,8%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('giảm còn 3,1%', '3,1%', 'level', '%', d(E, D, Y, indicator='poverty_rate')),
 ('giảm 1,2 điểm phần trăm', '1,2 điểm phần trăm', 'change', 'điểm %', d(E, D, Y, indicator='poverty_rate', base='2024')),
 ('khoảng 8,1%', '8,1%', 'level', '%', d(E, Y, indicator='grdp_growth', bound='about')),
 ('mục tiêu 8,5% trở lên', '8,5%', 'level', '%', d(T25, indicator='grdp_growth', bound='at_least')),
 ('đạt 26.500 tỷ đồng', '26.500 tỷ đồng', 'level', 'VND', d(E, Y, indicator='budget_revenue')),
 ('vượt 8,2% dự toán', '8,2%', 'change', '%', d(E, Y, U, indicator='budget_revenue', base='target', status='exceeded')),
 ('trưởng 9,2 - 9,5%', '9,2 - 9,5%', 'level', '%', d(indicator='grdp_growth', period='2025-Q4', modality='target')),
 ('tại 42 dự án', '42', 'level', 'dự án', d(optional=True)),
]
