NFD = True
TEXT = '''
BÁO NAM ĐỊNH ĐIỆN TỬ
Thứ hai, 08/04/2024 | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Nam Định 24h

Kinh tế

Quý I/2024: Kinh tế Nam Định tăng trưởng 7,15%, xuất khẩu tăng mạnh

Cập nhật lúc: 08:15 - 08/04/2024

(Báo Nam Định) - Theo số liệu vừa được Cục Thống kê tỉnh công bố, tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I/2024 ước tăng 7,15% so với cùng kỳ năm trước, cao hơn mức tăng 5,2% của quý I/2023. Sản xuất công nghiệp, xuất khẩu và thương mại đều khởi sắc ngay từ những tháng đầu năm.

Trong mức tăng chung của nền kinh tế, khu vực công nghiệp - xây dựng tăng 10,6%, đóng góp 4,37 điểm phần trăm; khu vực dịch vụ tăng 6,2%; khu vực nông, lâm nghiệp và thủy sản tăng 2,1%. Đồng chí Trần Văn Hùng, Cục trưởng Cục Thống kê tỉnh cho biết: "Đây là mức tăng quý I cao nhất kể từ năm 2019, tạo đà thuận lợi để tỉnh phấn đấu đạt mục tiêu tăng trưởng 10% cả năm 2024 mà Nghị quyết số 85/NQ-HĐND của HĐND tỉnh đã đề ra".

Công nhân Công ty TNHH Youngone Nam Định sản xuất hàng may mặc xuất khẩu tại KCN Bảo Minh. Ảnh: Thanh Thúy

Công nghiệp phục hồi rõ nét

Chỉ số sản xuất công nghiệp (IIP) quý I ước tăng 11,8% so với cùng kỳ; riêng tháng 3/2024, IIP tăng 24,3% so với tháng trước do các doanh nghiệp trở lại sản xuất bình thường sau kỳ nghỉ Tết Nguyên đán Giáp Thìn. Ngành công nghiệp chế biến, chế tạo, chiếm gần 93% giá trị toàn ngành, tăng 12,4% so với cùng kỳ; ngành sản xuất và phân phối điện tăng 6,8%.

Nhiều sản phẩm chủ lực có sản lượng tăng khá như: quần áo may sẵn đạt 41,6 triệu cái, tăng 15,3%; giày dép các loại đạt 7,82 triệu đôi, tăng 18,9%; sợi các loại đạt 26.300 tấn, tăng 9,4% so với cùng kỳ.

Thương mại, xuất khẩu tăng khá

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý I ước đạt 13.480 tỷ đồng, tăng 10,9% so với cùng kỳ; riêng tháng 3 ước đạt 4.410 tỷ đồng, giảm 3,1% so với tháng 2 do sức mua sau Tết chững lại. Kim ngạch xuất khẩu quý I ước đạt 742,6 triệu USD, tăng 14,6% so với cùng kỳ, bằng 21,8% kế hoạch năm; kim ngạch nhập khẩu ước đạt 415,3 triệu USD, tăng 8,2%.

Theo Cục Thống kê, chỉ số giá tiêu dùng (CPI) tháng 3/2024 giảm 0,21% so với tháng trước nhưng vẫn tăng 3,52% so với cùng kỳ năm trước. Bình quân quý I/2024, CPI tăng 3,71% so với bình quân cùng kỳ năm 2023. Chị Vũ Thị Lan (52 tuổi, tiểu thương chợ Rồng, thành phố Nam Định) cho biết sau Tết lượng khách mua thịt lợn, rau xanh giảm hẳn, nhiều quầy phải hạ giá để bán hết hàng trong ngày.

Đông Xuân gieo cấy đúng khung thời vụ

Vụ Xuân năm 2024, toàn tỉnh gieo cấy 69.850 ha lúa, đạt 100,2% kế hoạch; diện tích cây màu vụ Xuân 8.420 ha. Đến trung tuần tháng 3, lúa Xuân sinh trưởng tốt, tỷ lệ diện tích nhiễm sâu bệnh thấp hơn cùng kỳ. Tổng đàn lợn của tỉnh thời điểm cuối tháng 3/2024 ước đạt 612.400 con, tăng 1,6% so với cùng thời điểm năm trước; đàn gia cầm khoảng 9,4 triệu con.

Thu ngân sách nhà nước trên địa bàn quý I ước đạt 1.352 tỷ đồng, bằng 22,4% dự toán HĐND tỉnh giao. Trong quý, toàn tỉnh có 196 doanh nghiệp thành lập mới với tổng vốn đăng ký 1.286 tỷ đồng, tăng 6,5% về số doanh nghiệp so với cùng kỳ.

Về vận tải, khối lượng hành khách vận chuyển quý I ước đạt 4,31 triệu lượt khách, tăng 12,7% so với cùng kỳ; khối lượng hàng hóa vận chuyển ước đạt 9,62 triệu tấn, tăng 7,4%. Riêng tháng 2, dịp Tết Nguyên đán, các bến xe khách trên địa bàn tăng cường 1.250 lượt xe, phục vụ hơn 86.000 lượt hành khách về quê đón Tết.

Hồng Minh

Tin liên quan
- Nam Định: 2 tháng đầu năm thu hút 3 dự án FDI mới
- Công bố Quyết định số 415/QĐ-UBND về kế hoạch phát triển công nghiệp năm 2024
- Tháng 2/2024: CPI Nam Định tăng 1,26% do nhu cầu mua sắm Tết

BÁO NAM ĐỊNH - Cơ quan của Đảng bộ tỉnh Nam Định
Giấy phép số 345/GP-BTTTT. Tòa soạn: 120 Hàn Thuyên, TP Nam Định. Điện thoại: 0228.3849.216
'''
META = {'published': '2024-04-08', 'locality': 'tỉnh Nam Định'}
DEFAULTS = {'locality': 'tỉnh Nam Định', 'period': '2024-Q1', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M3 = {'period': '2024-M03'}
IIP = {'indicator': 'industrial_production_index'}
R = {'indicator': 'retail_sales'}
X = {'indicator': 'export_value'}
C = {'indicator': 'cpi'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('tăng trưởng 7,15%', '7,15%', 'level', '%', d(indicator='grdp_growth')),
 ('ước tăng 7,15% so với', '7,15%', 'change', '%', d(E, U, S, indicator='grdp_growth')),
 ('mức tăng 5,2%', '5,2%', 'change', '%', d(U, indicator='grdp_growth', period='2023-Q1')),
 ('xây dựng tăng 10,6%', '10,6%', 'change', '%', d(U)),
 ('đóng góp 4,37 điểm phần trăm', '4,37 điểm phần trăm', 'level', 'điểm %', d(optional=True)),
 ('dịch vụ tăng 6,2%', '6,2%', 'change', '%', d(U)),
 ('thủy sản tăng 2,1%', '2,1%', 'change', '%', d(U)),
 ('tăng trưởng 10% cả năm', '10%', 'level', '%', d(indicator='grdp_growth', period='2024', modality='target')),
 ('ước tăng 11,8%', '11,8%', 'change', '%', d(E, IIP, U, S)),
 ('IIP tăng 24,3%', '24,3%', 'change', '%', d(M3, IIP, U, P)),
 ('gần 93% giá trị', '93%', 'level', '%', d(bound='nearly')),
 ('toàn ngành, tăng 12,4%', '12,4%', 'change', '%', d(IIP, U, S)),
 ('điện tăng 6,8%', '6,8%', 'change', '%', d(IIP, U)),
 ('đạt 41,6 triệu cái', '41,6 triệu', 'level', 'cái', d()),
 ('tăng 15,3%', '15,3%', 'change', '%', d(U)),
 ('đạt 7,82 triệu đôi', '7,82 triệu', 'level', 'đôi', d()),
 ('tăng 18,9%', '18,9%', 'change', '%', d(U)),
 ('đạt 26.300 tấn', '26.300 tấn', 'level', 'tấn', d()),
 ('tăng 9,4% so với cùng kỳ', '9,4%', 'change', '%', d(U, S)),
 ('ước đạt 13.480 tỷ đồng', '13.480 tỷ đồng', 'level', 'VND', d(E, R)),
 ('tăng 10,9% so với cùng kỳ', '10,9%', 'change', '%', d(E, R, U, S)),
 ('ước đạt 4.410 tỷ đồng', '4.410 tỷ đồng', 'level', 'VND', d(E, R, M3)),
 ('giảm 3,1% so với tháng 2', '3,1%', 'change', '%', d(E, R, M3, D, P)),
 ('ước đạt 742,6 triệu USD', '742,6 triệu USD', 'level', 'USD', d(E, X)),
 ('tăng 14,6% so với cùng kỳ', '14,6%', 'change', '%', d(E, X, U, S)),
 ('bằng 21,8% kế hoạch', '21,8%', 'attainment', '%', d(E, X, base='target')),
 ('ước đạt 415,3 triệu USD', '415,3 triệu USD', 'level', 'USD', d(E, indicator='import_value')),
 ('tăng 8,2%', '8,2%', 'change', '%', d(E, U, indicator='import_value')),
 ('giảm 0,21% so với tháng trước', '0,21%', 'change', '%', d(C, M3, D, P)),
 ('tăng 3,52% so với cùng kỳ', '3,52%', 'change', '%', d(C, M3, U, S)),
 ('CPI tăng 3,71%', '3,71%', 'change', '%', d(C, U, S)),
 ('gieo cấy 69.850 ha', '69.850 ha', 'level', 'ha', d(indicator='crop_area', period='2024')),
 ('đạt 100,2% kế hoạch', '100,2%', 'attainment', '%', d(indicator='crop_area', period='2024', base='target')),
 ('vụ Xuân 8.420 ha', '8.420 ha', 'level', 'ha', d(indicator='crop_area', period='2024')),
 ('ước đạt 612.400 con', '612.400', 'level', 'con', d(E, period='2024-M03')),
 ('tăng 1,6% so với cùng thời điểm', '1,6%', 'change', '%', d(E, U, S, period='2024-M03')),
 ('khoảng 9,4 triệu con', '9,4 triệu', 'level', 'con', d(period='2024-M03', bound='about')),
 ('ước đạt 1.352 tỷ đồng', '1.352 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 22,4% dự toán', '22,4%', 'attainment', '%', d(E, base='target', indicator='budget_revenue')),
 ('có 196 doanh nghiệp', '196', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('đăng ký 1.286 tỷ đồng', '1.286 tỷ đồng', 'level', 'VND', d()),
 ('tăng 6,5% về số doanh nghiệp', '6,5%', 'change', '%', d(U, S, indicator='new_enterprises')),
 ('ước đạt 4,31 triệu lượt khách', '4,31 triệu', 'level', 'lượt khách', d(E)),
 ('tăng 12,7% so với cùng kỳ', '12,7%', 'change', '%', d(E, U, S)),
 ('ước đạt 9,62 triệu tấn', '9,62 triệu tấn', 'level', 'tấn', d(E)),
 ('tăng 7,4%', '7,4%', 'change', '%', d(E, U)),
 ('tăng cường 1.250 lượt xe', '1.250', 'level', 'lượt xe', d(optional=True)),
 ('hơn 86.000 lượt hành khách', '86.000', 'level', 'lượt hành khách', d(bound='over', period='2024-M02')),
]
