TEXT = '''
THỐNG KÊ TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức | Số liệu thống kê | Ấn phẩm | Văn bản | Liên hệ
Tìm kiếm...

Tình hình kinh tế - xã hội tỉnh Khánh Hòa quý IV và năm 2025

Ngày đăng: 06/01/2026 | Người đăng: Phòng Thống kê Tổng hợp | Lượt xem: 2.017

Năm 2025, kinh tế tỉnh Khánh Hòa vận hành trong bối cảnh tỉnh vừa hợp nhất với tỉnh Ninh Thuận, tổ chức chính quyền địa phương hai cấp từ ngày 01/7/2025 và chịu ảnh hưởng nặng của đợt mưa lũ lịch sử cuối tháng 11. Số liệu dưới đây là ước tính tại thời điểm công bố và sẽ được cập nhật trong Niên giám thống kê năm 2025.

1. Tăng trưởng kinh tế

Tổng sản phẩm trên địa bàn (GRDP) năm 2025 theo giá so sánh ước tăng 8,46% so với năm 2024, vượt 0,46 điểm phần trăm so với kịch bản tăng trưởng của tỉnh (8%) nhưng thấp hơn mục tiêu 10% mà Chính phủ giao. Riêng quý IV/2025, GRDP ước tăng 7,12% so với cùng kỳ năm trước, thấp nhất trong 4 quý do thiệt hại của mưa lũ.

Quy mô GRDP theo giá hiện hành ước đạt 262.400 tỷ đồng; GRDP bình quân đầu người đạt 130,5 triệu đồng, tương đương 5.120 USD.

Cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản chiếm 14,8%; khu vực công nghiệp và xây dựng chiếm 33,6%; khu vực dịch vụ chiếm 43,9%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 7,7%.

2. Nông, lâm nghiệp và thủy sản

Tổng sản lượng thủy sản năm 2025 ước đạt 318.500 tấn, tăng 2,4% so với năm trước; trong đó khu vực Ninh Thuận cũ đạt 126.300 tấn. Diện tích gieo trồng lúa cả năm đạt 58.700 ha, giảm 1.150 ha do mưa lũ làm hư hại vụ Mùa tại các xã Diên Điền, Diên Sơn và Suối Hiệp. Sản lượng lương thực có hạt đạt 367.200 tấn, bằng 96,3% năm trước.

3. Công nghiệp

Chỉ số sản xuất toàn ngành công nghiệp (IIP) năm 2025 ước tăng 11,8% so với năm trước. Ngành sản xuất và phân phối điện tăng 24,6% nhờ các dự án điện gió, điện mặt trời tại khu vực Ninh Thuận cũ; ngành chế biến, chế tạo tăng 8,7%.

4. Thương mại, du lịch và giá cả

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2025 ước đạt 142.650 tỷ đồng, tăng 15,2% so với năm trước. Tổng lượt khách do các cơ sở lưu trú phục vụ ước đạt 11,4 triệu lượt, tăng 12,3%; trong đó khách quốc tế 4,06 triệu lượt, tăng 19,5%. Doanh thu du lịch lữ hành ước đạt 5.860 tỷ đồng. Kim ngạch xuất khẩu hàng hóa ước đạt 2,04 tỷ USD, tăng 9,4%; kim ngạch nhập khẩu ước đạt 1,52 tỷ USD.

Chỉ số giá tiêu dùng (CPI) tháng 12/2025 tăng 0,38% so với tháng trước và tăng 3,21% so với tháng 12/2024; CPI bình quân năm 2025 tăng 3,05% so với năm 2024.

5. Ngân sách và đầu tư

Tổng thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt 27.840 tỷ đồng, đạt 112,6% dự toán Trung ương giao và 104,1% dự toán HĐND tỉnh giao, tăng 16,8% so với năm trước. Tổng chi ngân sách địa phương ước đạt 31.260 tỷ đồng. Vốn đầu tư thực hiện toàn xã hội ước đạt 98.300 tỷ đồng, tăng 10,9%.

Giải ngân vốn đầu tư công năm 2025 (tính đến ngày 31/12/2025):
Nguồn vốn | Kế hoạch (tỷ đồng) | Giải ngân (tỷ đồng) | Tỷ lệ (%)
Vốn ngân sách Trung ương | 6.420 | 5.318 | 82,8
Vốn ngân sách địa phương | 9.860 | 8.915 | 90,4
Tổng cộng | 16.280 | 14.233 | 87,4

6. Doanh nghiệp, lao động và xã hội

Năm 2025, toàn tỉnh có 2.460 doanh nghiệp thành lập mới, tăng 6,5% so với năm trước, với tổng vốn đăng ký 21.300 tỷ đồng. Tỷ lệ thất nghiệp của lực lượng lao động trong độ tuổi ở khu vực thành thị ước 2,9%.

Mưa lũ cuối tháng 11 làm 14 người chết, hơn 9.600 ngôi nhà bị ngập; tổng thiệt hại ước khoảng 3.800 tỷ đồng. Tỉnh đã xuất cấp 420 tấn gạo hỗ trợ người dân, trong đó có gia đình ông Trần Văn Lộc (thôn 4, xã Diên Sơn) được hỗ trợ dựng lại căn nhà 60 m2.

Năm 2025 xảy ra 286 vụ tai nạn giao thông, làm chết 198 người, bị thương 204 người; so với năm trước giảm 31 vụ (-9,8%), giảm 17 người chết.

Nguồn: Thống kê tỉnh Khánh Hòa. Mọi chi tiết xin liên hệ số điện thoại 0258 3822 675.

Tin đã đưa:
- Tình hình kinh tế - xã hội tháng 11 năm 2025
- CPI tháng 11/2025 tăng 0,52%

© Thống kê tỉnh Khánh Hòa. Địa chỉ: 48 Lê Thành Phương, phường Nha Trang, tỉnh Khánh Hòa.
'''
META = {'published': '2026-01-06', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2025', 'modality': 'estimate'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
Y = {'base': '2024'}
TB = {'base': 'target'}
PI = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('ước tăng 8,46%', '8,46%', 'change', '%', d(E, U, Y, indicator='grdp_growth')),
 ('vượt 0,46 điểm phần trăm', '0,46 điểm phần trăm', 'change', 'điểm %', d(E, U, TB, indicator='grdp_growth', status='exceeded')),
 ('tỉnh (8%)', '8%', 'level', '%', d(T, indicator='grdp_growth')),
 ('mục tiêu 10%', '10%', 'level', '%', d(T, indicator='grdp_growth')),
 ('ước tăng 7,12%', '7,12%', 'change', '%', d(E, U, indicator='grdp_growth', base='same_period', period='2025-Q4')),
 ('ước đạt 262.400 tỷ đồng', '262.400 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('đạt 130,5 triệu đồng', '130,5 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita')),
 ('đương 5.120 USD', '5.120 USD', 'level', 'USD/người/năm', d(indicator='grdp_per_capita')),
 ('chiếm 14,8%', '14,8%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 33,6%', '33,6%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 43,9%', '43,9%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 7,7%', '7,7%', 'level', '%', d(indicator='sector_share')),
 ('ước đạt 318.500 tấn', '318.500 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 2,4% so với năm trước', '2,4%', 'change', '%', d(E, U, Y, indicator='aquaculture_output')),
 ('đạt 126.300 tấn', '126.300 tấn', 'level', 'tấn', d(indicator='aquaculture_output', locality='tỉnh Ninh Thuận')),
 ('đạt 58.700 ha', '58.700 ha', 'level', 'ha', d(indicator='crop_area')),
 ('giảm 1.150 ha', '1.150 ha', 'change', 'ha', d(D, indicator='crop_area')),
 ('đạt 367.200 tấn', '367.200 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('bằng 96,3% năm trước', '96,3%', 'attainment', '%', d(Y, indicator='food_output')),
 ('ước tăng 11,8%', '11,8%', 'change', '%', d(E, U, Y, indicator='industrial_production_index')),
 ('điện tăng 24,6%', '24,6%', 'change', '%', d(U)),
 ('tạo tăng 8,7%', '8,7%', 'change', '%', d(U)),
 ('ước đạt 142.650 tỷ đồng', '142.650 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 15,2% so với năm trước', '15,2%', 'change', '%', d(E, U, Y, indicator='retail_sales')),
 ('ước đạt 11,4 triệu lượt', '11,4 triệu', 'level', 'lượt', d(E, indicator='tourist_arrivals')),
 ('tăng 12,3%', '12,3%', 'change', '%', d(E, U, indicator='tourist_arrivals')),
 ('quốc tế 4,06 triệu lượt', '4,06 triệu', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('tăng 19,5%', '19,5%', 'change', '%', d(U, indicator='international_tourist_arrivals')),
 ('ước đạt 5.860 tỷ đồng', '5.860 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('ước đạt 2,04 tỷ USD', '2,04 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 9,4%', '9,4%', 'change', '%', d(E, U, indicator='export_value')),
 ('ước đạt 1,52 tỷ USD', '1,52 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('tăng 0,38%', '0,38%', 'change', '%', d(U, indicator='cpi', period='2025-M12', base='previous_period')),
 ('tăng 3,21%', '3,21%', 'change', '%', d(U, Y, indicator='cpi', period='2025-M12')),
 ('tăng 3,05%', '3,05%', 'change', '%', d(U, Y, indicator='cpi')),
 ('ước đạt 27.840 tỷ đồng', '27.840 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('đạt 112,6% dự toán', '112,6%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('104,1% dự toán', '104,1%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('tăng 16,8% so với năm trước', '16,8%', 'change', '%', d(E, U, Y, indicator='budget_revenue')),
 ('ước đạt 31.260 tỷ đồng', '31.260 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('ước đạt 98.300 tỷ đồng', '98.300 tỷ đồng', 'level', 'VND', d(E, indicator='social_investment')),
 ('tăng 10,9%', '10,9%', 'change', '%', d(E, U, indicator='social_investment')),
 ('| 6.420 |', '6.420', 'level', 'VND', d(T, PI, value=6420000000000)),
 ('| 5.318 |', '5.318', 'level', 'VND', d(PI, value=5318000000000)),
 ('| 82,8', '82,8', 'attainment', '%', d(PI, TB)),
 ('| 9.860 |', '9.860', 'level', 'VND', d(T, PI, value=9860000000000)),
 ('| 8.915 |', '8.915', 'level', 'VND', d(PI, value=8915000000000)),
 ('| 90,4', '90,4', 'attainment', '%', d(PI, TB)),
 ('| 16.280 |', '16.280', 'level', 'VND', d(T, PI, value=16280000000000)),
 ('| 14.233 |', '14.233', 'level', 'VND', d(PI, value=14233000000000)),
 ('| 87,4', '87,4', 'attainment', '%', d(PI, TB)),
 ('có 2.460 doanh nghiệp', '2.460', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 6,5% so với năm trước', '6,5%', 'change', '%', d(U, Y, indicator='new_enterprises')),
 ('ký 21.300 tỷ đồng', '21.300 tỷ đồng', 'level', 'VND', d()),
 ('ước 2,9%', '2,9%', 'level', '%', d(E, indicator='unemployment_rate')),
 ('làm 14 người chết', '14', 'level', 'người', d(period='2025-M11')),
 ('hơn 9.600 ngôi nhà', '9.600', 'level', 'ngôi nhà', d(period='2025-M11', bound='over')),
 ('khoảng 3.800 tỷ đồng', '3.800 tỷ đồng', 'level', 'VND', d(E, period='2025-M11', bound='about')),
 ('cấp 420 tấn gạo', '420 tấn', 'level', 'tấn', d(optional=True)),
 ('xảy ra 286 vụ', '286', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 198 người', '198', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 204 người', '204', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 31 vụ', '31', 'change', 'vụ', d(D, Y, indicator='traffic_accidents')),
 ('(-9,8%)', '9,8%', 'change', '%', d(D, Y, indicator='traffic_accidents')),
 ('giảm 17 người chết', '17', 'change', 'người', d(D, Y, indicator='traffic_deaths')),
]
