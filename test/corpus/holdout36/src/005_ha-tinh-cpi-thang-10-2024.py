TEXT = '''
Báo Hà Tĩnh
Thời sự | Kinh tế | Xã hội | Văn hoá - Giải trí | Thể thao | Pháp luật | Hà Tĩnh đất và người | Multimedia

Kinh tế › Thị trường

Chỉ số giá tiêu dùng tháng 10 ở Hà Tĩnh tăng 0,3%

07/11/2024 - 10:25

Giá thực phẩm tăng sau đợt mưa lũ cuối tháng 9 và giá dịch vụ y tế được điều chỉnh là nguyên nhân chính khiến chỉ số giá tiêu dùng (CPI) tháng 10/2024 trên địa bàn Hà Tĩnh tăng 0,3% so với tháng trước.

Theo số liệu của Cục Thống kê tỉnh, CPI tháng 10/2024 tăng 0,3% so với tháng trước, tăng 2,46% so với tháng 12/2023 và tăng 3,2% so với cùng kỳ năm trước. Bình quân 10 tháng năm 2024, CPI tăng 3,58% so với cùng kỳ, thấp hơn mức tăng bình quân chung của cả nước (3,78%).

So với tháng trước, trong 11 nhóm hàng hoá và dịch vụ chính có 7 nhóm tăng giá, trong đó nhóm thuốc và dịch vụ y tế tăng cao nhất với 2,84% do thực hiện giá dịch vụ khám, chữa bệnh mới theo Nghị quyết số 96/2024/NQ-HĐND, nhóm hàng ăn và dịch vụ ăn uống tăng 0,52% (lương thực tăng 0,87%, thực phẩm tăng 0,61%); có 2 nhóm giảm giá là giao thông giảm 0,93% do giá xăng dầu trong nước được điều chỉnh qua 4 kỳ và bưu chính, viễn thông giảm 0,05%.

Xét theo khu vực, CPI tháng 10 của khu vực thành thị tăng 0,34%, khu vực nông thôn tăng 0,27% so với tháng trước. Nếu loại trừ lương thực, thực phẩm tươi sống, năng lượng và mặt hàng do Nhà nước quản lý, lạm phát cơ bản tháng 10 tăng 0,18% so với tháng trước và tăng 2,71% so với cùng kỳ.

CHỈ SỐ GIÁ THÁNG 10/2024 (%)
Chỉ số | So với tháng trước | So với tháng 12/2023 | So với cùng kỳ
Chỉ số giá tiêu dùng | 100,30 | 102,46 | 103,20
Chỉ số giá vàng | 104,62 | 133,15 | 138,07
Chỉ số giá đô la Mỹ | 101,36 | 101,98 | 103,84

Tại chợ Hà Tĩnh, giá thịt lợn hơi dao động 58.000 - 60.000 đồng/kg, tăng khoảng 3.000 đồng/kg so với tháng trước; gạo tẻ thường 15.000 - 16.000 đồng/kg. Giá vàng nhẫn 9999 trong tháng có thời điểm lên 88,5 triệu đồng/lượng. Bà Nguyễn Thị Hoà (67 tuổi, phường Bắc Hà, thành phố Hà Tĩnh) cho biết mỗi ngày gia đình bà phải chi thêm khoảng 20.000 đồng tiền chợ so với trước lũ.

Người dân mua sắm tại chợ Hà Tĩnh. Ảnh: P.V

Cũng theo Cục Thống kê, tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 5.215 tỷ đồng, tăng 1,1% so với tháng trước; 10 tháng ước đạt 50.340 tỷ đồng, tăng 11,6% so với cùng kỳ. Chỉ số sản xuất công nghiệp 10 tháng ước tăng 12,8% so với cùng kỳ, chủ yếu nhờ sản lượng thép của Formosa Hà Tĩnh tăng; riêng tháng 10, IIP giảm 2,4% so với tháng trước do một lò cao tạm dừng để bảo dưỡng.

Kim ngạch xuất khẩu 10 tháng ước đạt 2,38 tỷ USD, tăng 9,7% so với cùng kỳ, bằng 86,5% kế hoạch năm. Thu ngân sách nhà nước trên địa bàn 10 tháng đạt 14.260 tỷ đồng, bằng 89,4% dự toán HĐND tỉnh giao, trong đó thu nội địa 6.915 tỷ đồng, thu từ hoạt động xuất nhập khẩu 7.345 tỷ đồng.

Ông Trần Văn Lương, Cục trưởng Cục Thống kê Hà Tĩnh nhận định: "Những tháng cuối năm, nhu cầu mua sắm tăng, giá một số mặt hàng có thể tăng. Dự báo CPI bình quân năm 2024 của tỉnh tăng khoảng 3,6 - 3,8%, vẫn dưới mục tiêu 4 - 4,5% mà Quốc hội đề ra".

Để bình ổn thị trường, Sở Công Thương đã ban hành Công văn số 2156/SCT-QLTM yêu cầu các doanh nghiệp niêm yết giá, đồng thời bố trí đường dây nóng 0239.3856.234 tiếp nhận phản ánh của người dân về giá cả, chất lượng hàng hoá.

Phúc Quang

Bài liên quan:
- CPI tháng 9 ở Hà Tĩnh tăng 0,56% do ảnh hưởng của bão số 4
- Hà Tĩnh: 9 tháng, thu ngân sách đạt hơn 12.000 tỷ đồng
- Giá xăng giảm lần thứ 4 liên tiếp, về mức thấp nhất từ đầu năm

Đọc nhiều
1. Hà Tĩnh khởi công dự án nhiệt điện Vũng Áng II
2. Thông báo tuyển sinh lớp 10 năm học 2025 - 2026
3. Quốc lộ 8 qua Hương Sơn sạt lở 3 điểm sau mưa lớn

Toà soạn: 57 Phan Đình Phùng, TP Hà Tĩnh. ĐT: 0239.3855.866. Giấy phép số 90/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.
'''
META = {'published': '2024-11-07', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2024-M10', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
Y = {'base': '2023'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M10 = {'period': '2024-10M'}
C = {'indicator': 'cpi'}
R = {'indicator': 'retail_sales'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('ở Hà Tĩnh tăng 0,3%', '0,3%', 'change', '%', d(C, U)),
 ('Hà Tĩnh tăng 0,3% so với', '0,3%', 'change', '%', d(C, U, P)),
 ('CPI tháng 10/2024 tăng 0,3%', '0,3%', 'change', '%', d(C, U, P)),
 ('tăng 2,46% so với', '2,46%', 'change', '%', d(C, U, Y)),
 ('tăng 3,2% so với', '3,2%', 'change', '%', d(C, U, S)),
 ('CPI tăng 3,58%', '3,58%', 'change', '%', d(C, M10, U, S)),
 ('cả nước (3,78%)', '3,78%', 'change', '%', d(C, M10, U, S, locality='cả nước')),
 ('trong 11 nhóm', '11', 'level', 'nhóm', d(optional=True)),
 ('có 7 nhóm', '7', 'level', 'nhóm', d(optional=True)),
 ('với 2,84%', '2,84%', 'change', '%', d(C, U, P)),
 ('ăn uống tăng 0,52%', '0,52%', 'change', '%', d(C, U, P)),
 ('lương thực tăng 0,87%', '0,87%', 'change', '%', d(C, U, P)),
 ('thực phẩm tăng 0,61%', '0,61%', 'change', '%', d(C, U, P)),
 ('có 2 nhóm', '2', 'level', 'nhóm', d(optional=True)),
 ('giao thông giảm 0,93%', '0,93%', 'change', '%', d(C, D, P)),
 ('qua 4 kỳ', '4', 'level', 'kỳ', d(optional=True)),
 ('viễn thông giảm 0,05%', '0,05%', 'change', '%', d(C, D, P)),
 ('thành thị tăng 0,34%', '0,34%', 'change', '%', d(C, U, P)),
 ('nông thôn tăng 0,27%', '0,27%', 'change', '%', d(C, U, P)),
 ('tháng 10 tăng 0,18%', '0,18%', 'change', '%', d(U, P)),
 ('tăng 2,71% so với cùng kỳ', '2,71%', 'change', '%', d(U, S)),
 # the price box: bare indices, the column names the base
 ('| 100,30', '100,30', 'attainment', '%', d(C, P)),
 ('| 102,46', '102,46', 'attainment', '%', d(C, Y)),
 ('| 103,20', '103,20', 'attainment', '%', d(C, S)),
 ('| 104,62', '104,62', 'attainment', '%', d(P)),
 ('| 133,15', '133,15', 'attainment', '%', d(Y)),
 ('| 138,07', '138,07', 'attainment', '%', d(S)),
 ('| 101,36', '101,36', 'attainment', '%', d(P)),
 ('| 101,98', '101,98', 'attainment', '%', d(Y)),
 ('| 103,84', '103,84', 'attainment', '%', d(S)),
 # market prices
 ('dao động 58.000 - 60.000 đồng/kg', '58.000 - 60.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 3.000 đồng/kg', '3.000 đồng/kg', 'change', 'VND/kg', d(U, P, bound='about')),
 ('thường 15.000 - 16.000 đồng/kg', '15.000 - 16.000 đồng/kg', 'level', 'VND/kg', d()),
 ('lên 88,5 triệu đồng/lượng', '88,5 triệu đồng/lượng', 'level', 'VND/lượng', d()),
 # trade and industry: months so far beside the month
 ('ước đạt 5.215 tỷ đồng', '5.215 tỷ đồng', 'level', 'VND', d(E, R)),
 ('tăng 1,1% so với tháng trước', '1,1%', 'change', '%', d(E, R, U, P)),
 ('ước đạt 50.340 tỷ đồng', '50.340 tỷ đồng', 'level', 'VND', d(E, R, M10)),
 ('tăng 11,6% so với cùng kỳ', '11,6%', 'change', '%', d(E, R, M10, U, S)),
 ('ước tăng 12,8%', '12,8%', 'change', '%', d(E, M10, U, S, indicator='industrial_production_index')),
 ('IIP giảm 2,4%', '2,4%', 'change', '%', d(D, P, indicator='industrial_production_index')),
 ('ước đạt 2,38 tỷ USD', '2,38 tỷ USD', 'level', 'USD', d(E, M10, indicator='export_value')),
 ('tăng 9,7% so với cùng kỳ', '9,7%', 'change', '%', d(E, M10, U, S, indicator='export_value')),
 ('bằng 86,5% kế hoạch', '86,5%', 'attainment', '%', d(E, M10, base='target', indicator='export_value')),
 ('đạt 14.260 tỷ đồng', '14.260 tỷ đồng', 'level', 'VND', d(M10, indicator='budget_revenue')),
 ('bằng 89,4% dự toán', '89,4%', 'attainment', '%', d(M10, base='target', indicator='budget_revenue')),
 ('nội địa 6.915 tỷ đồng', '6.915 tỷ đồng', 'level', 'VND', d(M10, indicator='budget_revenue')),
 ('xuất nhập khẩu 7.345 tỷ đồng', '7.345 tỷ đồng', 'level', 'VND', d(M10, indicator='budget_revenue')),
 ('khoảng 3,6 - 3,8%', '3,6 - 3,8%', 'change', '%', d(C, U, E, period='2024', bound='about')),
 ('mục tiêu 4 - 4,5%', '4 - 4,5%', 'level', '%', d(C, period='2024', modality='target', locality='cả nước')),
]
