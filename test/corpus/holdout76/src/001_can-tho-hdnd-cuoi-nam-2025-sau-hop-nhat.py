TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CẦN THƠ
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Video
Thứ Ba, 09/12/2025, 16:42 (GMT+7)

Kỳ họp thứ 5 HĐND TP Cần Thơ: 21/24 chỉ tiêu năm 2025 đạt và vượt kế hoạch

(CT) - Sáng 9-12, HĐND TP Cần Thơ khóa X, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 5 (kỳ họp thường lệ cuối năm). Đây là kỳ họp cuối năm đầu tiên của thành phố sau khi hợp nhất TP Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang từ ngày 1-7-2025.

Theo báo cáo của UBND thành phố, năm 2025 (số liệu tính gộp 3 địa phương trước hợp nhất), trong 24 chỉ tiêu chủ yếu có 21 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu chưa đạt. Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 8,12%, thấp hơn kịch bản đề ra (8,5%); trong đó khu vực Cần Thơ cũ tăng 8,64%, khu vực Sóc Trăng cũ tăng 7,9%, khu vực Hậu Giang cũ tăng 7,45%. Quy mô nền kinh tế ước đạt 312.400 tỷ đồng. GRDP bình quân đầu người ước đạt 78,5 triệu đồng.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 38.650 tỷ đồng, bằng 112,4% dự toán Trung ương giao và tăng 18,2% so với năm 2024; trong đó thu nội địa 35.900 tỷ đồng. Tổng chi ngân sách địa phương ước 41.200 tỷ đồng, đạt 94,3% dự toán. Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 11.840 tỷ đồng, bằng 68,7% kế hoạch, cao hơn mức bình quân chung cả nước (khoảng 60,6%).

Chỉ số sản xuất công nghiệp (IIP) ước tăng 9,8% so với năm 2024. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 221.500 tỷ đồng, tăng 13,6%. Kim ngạch xuất khẩu ước đạt 4,35 tỷ USD, vượt 3,6% kế hoạch năm. Toàn thành phố có 1.926 doanh nghiệp thành lập mới, tăng 11,3% so với năm trước, với tổng vốn đăng ký 14.800 tỷ đồng.

Sản lượng lúa cả năm đạt 5,36 triệu tấn, giảm 1,8% so với năm 2024 do chuyển đổi diện tích trồng lúa kém hiệu quả. Sản lượng thủy sản đạt 812.000 tấn, tăng 4,2%, trong đó khu vực Sóc Trăng cũ chiếm gần 60%.

Đại biểu HĐND TP Cần Thơ biểu quyết thông qua nghị quyết tại kỳ họp. Ảnh: DUY KHÔI

Về văn hóa - xã hội, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 0,98%, hộ cận nghèo còn 1,76%. Thành phố giải quyết việc làm cho 78.500 lượt lao động, đạt 104,7% kế hoạch; tỷ lệ lao động qua đào tạo đạt 71,2%. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,1% dân số. Trong năm có 56 sản phẩm OCOP được công nhận mới, nâng tổng số lên 412 sản phẩm.

Năm 2026, HĐND thành phố đề ra 22 chỉ tiêu chủ yếu, trong đó tăng trưởng GRDP từ 10% trở lên; thu ngân sách nhà nước trên địa bàn đạt 40.100 tỷ đồng; giảm tỷ lệ hộ nghèo từ 0,3 - 0,5 điểm phần trăm; tỷ lệ bao phủ bảo hiểm y tế đạt 95%.

Kỳ họp diễn ra trong 4 ngày, từ ngày 9 đến 12-12-2025, xem xét, thông qua 46 nội dung quan trọng.

MỸ THANH

Tin liên quan
- Cần Thơ công bố quyết định sắp xếp đơn vị hành chính cấp xã (30/06/2025)
- HĐND TP Cần Thơ tổ chức kỳ họp chuyên đề lần thứ hai (14/11/2025)

Giấy phép số 120/GP-BVHTTDL ngày 12/8/2025. Điện thoại: 0292.3821.414 - Hotline: 0918.365.365
'''
META = {'published': '2025-12-09', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
TG = {'modality': 'target'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
PD = {'indicator': 'public_investment_disbursement'}
EX = {'indicator': 'export_value'}
NE = {'indicator': 'new_enterprises'}
PR = {'indicator': 'poverty_rate'}
OC = {'indicator': 'ocop_products'}
HI = {'indicator': 'health_insurance_coverage'}
N26 = {'period': '2026', 'modality': 'target'}
M11 = {'period': '2025-11M'}
FIGS = [
 ('Cần Thơ: 21/24 chỉ tiêu', '21/24', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(RT)),
 ('có 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 8,12%', '8,12%', 'level', '%', d(E, G)),
 ('(8,5%)', '8,5%', 'level', '%', d(TG, G)),
 ('tăng 8,64%', '8,64%', 'change', '%', d(G, U)),
 ('tăng 7,9%', '7,9%', 'change', '%', d(G, U, locality='tỉnh Sóc Trăng')),
 ('tăng 7,45%', '7,45%', 'change', '%', d(G, U, locality='tỉnh Hậu Giang')),
 ('ước đạt 312.400 tỷ đồng', '312.400 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('ước đạt 78,5 triệu đồng', '78,5 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita')),
 ('ước đạt 38.650 tỷ đồng', '38.650 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 112,4% dự toán', '112,4%', 'attainment', '%', d(E, BR, T)),
 ('tăng 18,2% so với năm 2024', '18,2%', 'change', '%', d(E, BR, U, base='2024')),
 ('nội địa 35.900 tỷ đồng', '35.900 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước 41.200 tỷ đồng', '41.200 tỷ đồng', 'level', 'VND', d(E, BE)),
 ('đạt 94,3% dự toán', '94,3%', 'attainment', '%', d(E, BE, T)),
 ('đạt 11.840 tỷ đồng', '11.840 tỷ đồng', 'level', 'VND', d(PD, M11)),
 ('bằng 68,7% kế hoạch', '68,7%', 'attainment', '%', d(PD, T, M11)),
 ('khoảng 60,6%', '60,6%', 'attainment', '%', d(PD, T, M11, locality='cả nước', bound='about')),
 ('ước tăng 9,8% so với năm 2024', '9,8%', 'change', '%', d(E, U, base='2024', indicator='industrial_production_index')),
 ('ước đạt 221.500 tỷ đồng', '221.500 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 13,6%', '13,6%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('ước đạt 4,35 tỷ USD', '4,35 tỷ USD', 'level', 'USD', d(E, EX)),
 ('vượt 3,6% kế hoạch', '3,6%', 'change', '%', d(E, EX, U, T, status='exceeded')),
 ('có 1.926 doanh nghiệp', '1.926', 'level', 'doanh nghiệp', d(NE)),
 ('tăng 11,3% so với năm trước', '11,3%', 'change', '%', d(NE, U, base='2024')),
 ('ký 14.800 tỷ đồng', '14.800 tỷ đồng', 'level', 'VND', d()),
 ('đạt 5,36 triệu tấn', '5,36 triệu tấn', 'level', 'tấn', d(indicator='rice_output')),
 ('giảm 1,8% so với năm 2024', '1,8%', 'change', '%', d(DN, base='2024', indicator='rice_output')),
 ('đạt 812.000 tấn', '812.000 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 4,2%', '4,2%', 'change', '%', d(U, indicator='aquaculture_output')),
 ('chiếm gần 60%', '60%', 'level', '%', d(locality='tỉnh Sóc Trăng', indicator='aquaculture_output', bound='nearly')),
 ('giảm còn 0,98%', '0,98%', 'level', '%', d(PR, DN)),
 ('còn 1,76%', '1,76%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 78.500 lượt', '78.500', 'level', 'lượt lao động', d(indicator='jobs_created')),
 ('đạt 104,7% kế hoạch', '104,7%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('đạt 71,2%', '71,2%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đạt 93,1%', '93,1%', 'level', '%', d(HI)),
 ('có 56 sản phẩm', '56', 'level', 'sản phẩm', d(OC)),
 ('lên 412 sản phẩm', '412', 'level', 'sản phẩm', d(OC, U)),
 ('ra 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', d(RT, N26)),
 ('từ 10% trở lên', '10%', 'level', '%', d(G, N26, bound='at_least')),
 ('đạt 40.100 tỷ đồng', '40.100 tỷ đồng', 'level', 'VND', d(BR, N26)),
 ('0,3 - 0,5 điểm phần trăm', '0,3 - 0,5 điểm phần trăm', 'change', 'điểm %', d(PR, N26, DN)),
 ('đạt 95%.', '95%', 'level', '%', d(HI, N26)),
 ('thông qua 46 nội dung', '46', 'level', 'nội dung', dict(optional=True)),
]
