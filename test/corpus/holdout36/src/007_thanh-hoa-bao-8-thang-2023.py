TEXT = '''
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH THANH HÓA
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Thanh Hóa 24h | Video

Kinh tế

Kinh tế Thanh Hóa 8 tháng: Chỉ số sản xuất công nghiệp bằng 104,5% cùng kỳ

Thứ năm, 31/08/2023 - 07:10

(Baothanhhoa.vn) - Theo Cục Thống kê tỉnh, tính chung 8 tháng năm 2023, chỉ số sản xuất công nghiệp (IIP) của tỉnh bằng 104,5% so với cùng kỳ năm trước; riêng tháng 8, IIP ước bằng 102,1% so với tháng 7 và bằng 109,8% so với tháng 8/2022, khi Nhà máy Lọc hóa dầu Nghi Sơn vận hành ổn định trở lại sau đợt bảo dưỡng.

Sản xuất công nghiệp dần lấy lại đà

Trong tháng 8, ngành công nghiệp chế biến, chế tạo ước tăng 11,2% so với cùng tháng năm trước; ngành sản xuất và phân phối điện tăng 6,4%; ngành khai khoáng giảm 8,3% do nhu cầu đá xây dựng giảm. Một số sản phẩm chủ yếu 8 tháng tăng khá so với cùng kỳ: xi măng đạt 10,42 triệu tấn, tăng 4,8%; giày thể thao đạt 142,6 triệu đôi, tăng 3,5%; điện sản xuất đạt 4.615 triệu kWh, tăng 6,7%. Ngược lại, sản phẩm xăng dầu các loại chỉ đạt 5,86 triệu tấn, bằng 92,4% cùng kỳ.

Số liệu chính thức cho thấy IIP tháng 7/2023 tăng 3,6% so với tháng 6, nhưng vẫn giảm 1,8% so với cùng kỳ năm trước. "Tháng 8 là tháng đầu tiên kể từ tháng 3 chỉ số của toàn ngành tăng trở lại so với cùng kỳ", ông Lê Văn Tuấn, Phó Cục trưởng Cục Thống kê tỉnh cho biết.

Công nhân Công ty CP Xi măng Nghi Sơn làm việc tại phân xưởng đóng bao. Ảnh: Minh Hằng

Du lịch biển sôi động, tiêu dùng tăng

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 8 ước đạt 13.945 tỷ đồng, tăng 1,2% so với tháng trước và tăng 14,6% so với cùng kỳ; 8 tháng ước đạt 108.760 tỷ đồng, tăng 15,3% so với cùng kỳ. Doanh thu dịch vụ lưu trú, ăn uống 8 tháng đạt 14.280 tỷ đồng, tăng 24,1%.

Mùa du lịch hè năm nay, Thanh Hóa đón khoảng 12,8 triệu lượt khách trong 8 tháng, tăng 15,7% so với cùng kỳ và bằng 82,6% kế hoạch năm; tổng thu từ du lịch ước đạt 20.150 tỷ đồng. Riêng thành phố Sầm Sơn đón 6,4 triệu lượt khách, công suất sử dụng phòng của các khách sạn ven biển nhiều tuần đạt trên 90%.

Vận tải hành khách 8 tháng ước đạt 31,65 triệu lượt người, luân chuyển 3.428,2 triệu lượt người.km; so với cùng kỳ tăng 12,3% về lượt người và tăng 11,6% về lượt người.km. Vận tải hàng hóa ước đạt 78,94 triệu tấn, luân chuyển 6.372,5 triệu tấn.km, tăng lần lượt 8,2% và 7,9%.

Giá cả ổn định

Chỉ số giá tiêu dùng (CPI) tháng 8/2023 tăng 0,54% so với tháng trước; so với tháng 12/2022 tăng 2,15%; so với cùng kỳ năm trước tăng 3,12%. Bình quân 8 tháng năm 2023, CPI tăng 3,28%. Trong 11 nhóm hàng hóa và dịch vụ chính, nhóm giáo dục tăng mạnh nhất với 5,26% so với tháng trước do một số trường ngoài công lập điều chỉnh học phí năm học 2023 - 2024.

Kim ngạch xuất khẩu 8 tháng ước đạt 3,72 tỷ USD, giảm 12,4% so với cùng kỳ, chỉ bằng 54,7% kế hoạch năm do đơn hàng dệt may, giày da sụt giảm. Kim ngạch nhập khẩu ước đạt 4,96 tỷ USD, giảm 10,8%.

Tổng thu ngân sách nhà nước trên địa bàn đến ngày 25/8/2023 đạt 31.840 tỷ đồng, bằng 81,2% dự toán, trong đó thu nội địa 20.360 tỷ đồng; thu thuế xuất, nhập khẩu 11.480 tỷ đồng. Trong 8 tháng, toàn tỉnh có 1.786 doanh nghiệp đăng ký thành lập mới, tăng 9,2% so với cùng kỳ; 842 doanh nghiệp tạm ngừng kinh doanh có thời hạn.

Ông Nguyễn Văn Thanh (48 tuổi), chủ một nhà hàng hải sản trên đường Hồ Xuân Hương (Sầm Sơn) cho biết, trong tháng 7 nhà hàng phục vụ khoảng 300 khách mỗi ngày, gấp đôi mùa hè năm ngoái.

Du khách cần phản ánh về giá dịch vụ tại Sầm Sơn xin gọi đường dây nóng 0237.3821.888 hoặc 1900.2525 (24/7).

Lê Hợi

Tin cùng chuyên mục
- Thanh Hóa: 7 tháng thu hút 38 dự án đầu tư trực tiếp nước ngoài
- Khởi công dự án mở rộng Quốc lộ 47 đoạn qua huyện Đông Sơn
- Giá lúa tăng 500 đồng/kg, nông dân phấn khởi
'''
META = {'published': '2023-08-31', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2023-8M', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M8 = {'period': '2023-M08'}
M7 = {'period': '2023-M07'}
IIP = {'indicator': 'industrial_production_index'}
R = {'indicator': 'retail_sales'}
C = {'indicator': 'cpi'}
T = {'indicator': 'tourist_arrivals'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('nghiệp bằng 104,5% cùng kỳ', '104,5%', 'attainment', '%', d(IIP, S)),
 ('bằng 104,5% so với', '104,5%', 'attainment', '%', d(IIP, S)),
 ('ước bằng 102,1%', '102,1%', 'attainment', '%', d(E, M8, IIP, P)),
 ('bằng 109,8%', '109,8%', 'attainment', '%', d(E, M8, IIP, S)),
 ('ước tăng 11,2%', '11,2%', 'change', '%', d(E, M8, IIP, U, S)),
 ('điện tăng 6,4%', '6,4%', 'change', '%', d(M8, IIP, U)),
 ('khai khoáng giảm 8,3%', '8,3%', 'change', '%', d(M8, IIP, D)),
 ('đạt 10,42 triệu tấn', '10,42 triệu tấn', 'level', 'tấn', d()),
 ('tăng 4,8%', '4,8%', 'change', '%', d(U, S)),
 ('đạt 142,6 triệu đôi', '142,6 triệu', 'level', 'đôi', d()),
 ('tăng 3,5%', '3,5%', 'change', '%', d(U, S)),
 ('đạt 4.615 triệu kWh', '4.615 triệu kWh', 'level', 'kWh', d()),
 ('tăng 6,7%', '6,7%', 'change', '%', d(U, S)),
 ('đạt 5,86 triệu tấn', '5,86 triệu tấn', 'level', 'tấn', d()),
 ('bằng 92,4% cùng kỳ', '92,4%', 'attainment', '%', d(S)),
 ('tăng 3,6% so với tháng 6', '3,6%', 'change', '%', d(M7, IIP, U, P)),
 ('giảm 1,8% so với cùng kỳ', '1,8%', 'change', '%', d(M7, IIP, D, S)),
 ('ước đạt 13.945 tỷ đồng', '13.945 tỷ đồng', 'level', 'VND', d(E, M8, R)),
 ('tăng 1,2% so với tháng trước', '1,2%', 'change', '%', d(E, M8, R, U, P)),
 ('tăng 14,6% so với cùng kỳ', '14,6%', 'change', '%', d(E, M8, R, U, S)),
 ('ước đạt 108.760 tỷ đồng', '108.760 tỷ đồng', 'level', 'VND', d(E, R)),
 ('tăng 15,3% so với cùng kỳ', '15,3%', 'change', '%', d(E, R, U, S)),
 ('đạt 14.280 tỷ đồng', '14.280 tỷ đồng', 'level', 'VND', d()),
 ('tăng 24,1%', '24,1%', 'change', '%', d(U)),
 ('khoảng 12,8 triệu lượt khách', '12,8 triệu', 'level', 'lượt khách', d(T, bound='about')),
 ('tăng 15,7% so với cùng kỳ', '15,7%', 'change', '%', d(T, U, S)),
 ('bằng 82,6% kế hoạch', '82,6%', 'attainment', '%', d(T, base='target')),
 ('ước đạt 20.150 tỷ đồng', '20.150 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('Sầm Sơn đón 6,4 triệu lượt khách', '6,4 triệu', 'level', 'lượt khách', d(T, locality='thành phố Sầm Sơn')),
 ('trên 90%', '90%', 'level', '%', d(bound='over', locality='thành phố Sầm Sơn')),
 ('ước đạt 31,65 triệu lượt người', '31,65 triệu', 'level', 'lượt người', d(E)),
 ('luân chuyển 3.428,2 triệu lượt người.km', '3.428,2 triệu', 'level', 'lượt người.km', d(E)),
 ('tăng 12,3% về lượt người', '12,3%', 'change', '%', d(U, S)),
 ('tăng 11,6% về lượt người.km', '11,6%', 'change', '%', d(U, S)),
 ('ước đạt 78,94 triệu tấn', '78,94 triệu tấn', 'level', 'tấn', d(E)),
 ('luân chuyển 6.372,5 triệu tấn.km', '6.372,5 triệu tấn.km', 'level', 'tấn.km', d(E)),
 ('lần lượt 8,2%', '8,2%', 'change', '%', d(E, U)),
 ('và 7,9%', '7,9%', 'change', '%', d(E, U)),
 ('tăng 0,54%', '0,54%', 'change', '%', d(M8, C, U, P)),
 ('tăng 2,15%', '2,15%', 'change', '%', d(M8, C, U, base='2022')),
 ('tăng 3,12%', '3,12%', 'change', '%', d(M8, C, U, S)),
 ('CPI tăng 3,28%', '3,28%', 'change', '%', d(C, U)),
 ('Trong 11 nhóm', '11', 'level', 'nhóm', d(optional=True)),
 ('với 5,26%', '5,26%', 'change', '%', d(M8, C, U, P)),
 ('ước đạt 3,72 tỷ USD', '3,72 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('giảm 12,4% so với cùng kỳ', '12,4%', 'change', '%', d(E, D, S, indicator='export_value')),
 ('bằng 54,7% kế hoạch', '54,7%', 'attainment', '%', d(E, base='target', indicator='export_value')),
 ('ước đạt 4,96 tỷ USD', '4,96 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('giảm 10,8%', '10,8%', 'change', '%', d(E, D, indicator='import_value')),
 ('đạt 31.840 tỷ đồng', '31.840 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 81,2% dự toán', '81,2%', 'attainment', '%', d(base='target', indicator='budget_revenue')),
 ('nội địa 20.360 tỷ đồng', '20.360 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('nhập khẩu 11.480 tỷ đồng', '11.480 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('có 1.786 doanh nghiệp', '1.786', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 9,2% so với cùng kỳ', '9,2%', 'change', '%', d(U, S, indicator='new_enterprises')),
 ('842 doanh nghiệp', '842', 'level', 'doanh nghiệp', d()),
]
