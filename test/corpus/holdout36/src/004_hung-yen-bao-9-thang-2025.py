TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN
Chính trị | Kinh tế | Xã hội | Văn hóa | Pháp luật | Thể thao | Podcast | E-paper

Kinh tế > Thị trường

Hưng Yên: Kinh tế 9 tháng tăng trưởng 9,26%, công nghiệp giữ vai trò dẫn dắt

Thứ Ba, 07/10/2025 - 06:50

(BHY) - Sau sáp nhập, quy mô kinh tế của tỉnh Hưng Yên tiếp tục mở rộng; 9 tháng năm 2025, tổng sản phẩm trên địa bàn (GRDP) ước tăng 9,26% so với cùng kỳ năm trước (cùng kỳ tính gộp số liệu hai tỉnh Hưng Yên và Thái Bình cũ), đứng thứ 8/34 tỉnh, thành phố trong cả nước.

Ngày 6/10, Thống kê tỉnh Hưng Yên tổ chức họp báo công bố số liệu kinh tế - xã hội quý III và 9 tháng năm 2025. Theo đó, riêng quý III/2025, GRDP ước tăng 9,81% so với cùng kỳ, cao hơn mức tăng của quý I (8,64%) và quý II (9,12%).

Khu vực công nghiệp - xây dựng tăng 12,35%

Trong 9 tháng, khu vực công nghiệp - xây dựng tăng 12,35%, đóng góp 6,7 điểm phần trăm vào mức tăng chung; khu vực dịch vụ tăng 7,48%; khu vực nông, lâm nghiệp và thủy sản tăng 2,96%. Cơ cấu kinh tế tiếp tục chuyển dịch: công nghiệp - xây dựng chiếm 58,4% GRDP, dịch vụ 27,1%, nông, lâm nghiệp và thủy sản 9,8%.

Chỉ số sản xuất công nghiệp (IIP) tháng 9/2025 ước tăng 1,9% so với tháng trước và tăng 14,2% so với cùng tháng năm trước; tính chung 9 tháng ước tăng 13,5% so với cùng kỳ. Trong đó, khu vực Thái Bình cũ có mức tăng cao 16,8% nhờ các dự án tại Khu kinh tế Thái Bình đi vào vận hành; khu vực Hưng Yên cũ tăng 11,9%.

Nhà máy sản xuất linh kiện điện tử tại KCN Phố Nối A. Ảnh: Minh Thu

Ông Phạm Văn Minh, Trưởng Thống kê tỉnh cho biết: "Dù chịu ảnh hưởng của bão số 10 vào cuối tháng 9, nhiều chỉ tiêu của tỉnh vẫn duy trì mức tăng khá. Để đạt mục tiêu tăng trưởng 10,5% cả năm theo Kế hoạch số 112/KH-UBND, quý IV tỉnh cần tăng trưởng khoảng 12,3%".

Tiêu dùng, xuất khẩu cùng tăng

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 9 ước đạt 11.640 tỷ đồng, tăng 0,8% so với tháng 8; lũy kế 9 tháng ước đạt 102.385 tỷ đồng, tăng 12,9% so với cùng kỳ. Kim ngạch xuất khẩu 9 tháng ước đạt 12,84 tỷ USD, tăng 15,6% so với cùng kỳ, trong đó khu vực Hưng Yên cũ chiếm khoảng 68%. Kim ngạch nhập khẩu ước đạt 9,37 tỷ USD, tăng 13,2%.

Chỉ số giá tiêu dùng (CPI) tháng 9/2025 tăng 0,42% so với tháng trước, chủ yếu do giá dịch vụ giáo dục tăng khi bước vào năm học mới; so với tháng 12 năm trước CPI tăng 2,58%, so với cùng kỳ năm trước tăng 3,29%. Bình quân 9 tháng, CPI tăng 3,15%.

Vụ Mùa bị ảnh hưởng bởi mưa bão

Vụ Mùa năm 2025, toàn tỉnh gieo cấy 148.600 ha lúa, bằng 99,1% cùng kỳ. Mưa lớn do bão số 10 gây ngập úng khoảng 3.250 ha lúa tại các xã ven sông Luộc và sông Trà Lý; ngành nông nghiệp dự báo năng suất lúa mùa đạt khoảng 62 tạ/ha, thấp hơn vụ Mùa năm trước 1,5 tạ/ha.

Về đầu tư, 9 tháng toàn tỉnh thu hút 86 dự án FDI mới và 54 lượt dự án điều chỉnh vốn, tổng vốn đăng ký cấp mới và tăng thêm đạt 1,46 tỷ USD, tăng 21,3% so với cùng kỳ. Có 1.842 doanh nghiệp thành lập mới với tổng vốn đăng ký 18.760 tỷ đồng; 612 doanh nghiệp quay trở lại hoạt động. Giải ngân vốn đầu tư công đến ngày 30/9/2025 đạt 9.415 tỷ đồng, bằng 58,6% kế hoạch vốn năm 2025 Thủ tướng Chính phủ giao.

Về lao động, 9 tháng toàn tỉnh giải quyết việc làm cho 38.760 lao động, đạt 83,2% kế hoạch; tỷ lệ lao động qua đào tạo ước đạt 72,5%. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 hiện còn 1,12%.

Tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 41.520 tỷ đồng, bằng 86,7% dự toán Trung ương giao và bằng 81,2% dự toán HĐND tỉnh giao. Vận tải hành khách 9 tháng ước đạt 21,3 triệu lượt khách, tăng 11,4%; vận tải hàng hóa đạt 48,6 triệu tấn, tăng 9,8% so với cùng kỳ.

Hướng dẫn người dân xin cấp đổi giấy tờ sau sáp nhập, mọi thắc mắc liên hệ đường dây nóng 0221.3862.666 (trong giờ hành chính).

Thu Hà

Tin liên quan
- Hưng Yên: 8 tháng thu hút 1,2 tỷ USD vốn FDI
- Thông xe cầu Hưng Hà nối Quốc lộ 39 với cao tốc Cầu Giẽ - Ninh Bình
- Hơn 500 doanh nghiệp tham gia Hội chợ công thương vùng đồng bằng sông Hồng năm 2025
'''
META = {'published': '2025-10-07', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2025-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M9 = {'period': '2025-M09'}
Q3 = {'period': '2025-Q3'}
IIP = {'indicator': 'industrial_production_index'}
R = {'indicator': 'retail_sales'}
C = {'indicator': 'cpi'}
G = {'indicator': 'grdp_growth'}
TB = {'locality': 'tỉnh Thái Bình'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('tăng trưởng 9,26%', '9,26%', 'level', '%', d(G)),
 ('ước tăng 9,26%', '9,26%', 'change', '%', d(E, G, U, S)),
 ('ước tăng 9,81%', '9,81%', 'change', '%', d(E, G, U, S, Q3)),
 ('quý I (8,64%)', '8,64%', 'change', '%', d(G, U, period='2025-Q1')),
 ('quý II (9,12%)', '9,12%', 'change', '%', d(G, U, period='2025-Q2')),
 ('Khu vực công nghiệp - xây dựng tăng 12,35%', '12,35%', 'change', '%', d(U)),
 ('khu vực công nghiệp - xây dựng tăng 12,35%, đóng', '12,35%', 'change', '%', d(U)),
 ('đóng góp 6,7 điểm phần trăm', '6,7 điểm phần trăm', 'level', 'điểm %', d(optional=True)),
 ('dịch vụ tăng 7,48%', '7,48%', 'change', '%', d(U)),
 ('thủy sản tăng 2,96%', '2,96%', 'change', '%', d(U)),
 ('chiếm 58,4% GRDP', '58,4%', 'level', '%', d(indicator='sector_share')),
 ('dịch vụ 27,1%', '27,1%', 'level', '%', d(indicator='sector_share')),
 ('thủy sản 9,8%', '9,8%', 'level', '%', d(indicator='sector_share')),
 ('ước tăng 1,9%', '1,9%', 'change', '%', d(E, M9, IIP, U, P)),
 ('tăng 14,2% so với cùng tháng', '14,2%', 'change', '%', d(E, M9, IIP, U, S)),
 ('ước tăng 13,5%', '13,5%', 'change', '%', d(E, IIP, U, S)),
 ('tăng cao 16,8%', '16,8%', 'change', '%', d(IIP, U, TB)),
 ('cũ tăng 11,9%', '11,9%', 'change', '%', d(IIP, U)),
 ('tăng trưởng 10,5% cả năm', '10,5%', 'level', '%', d(G, period='2025', modality='target')),
 ('khoảng 12,3%', '12,3%', 'level', '%', d(G, period='2025-Q4', modality='target', bound='about')),
 ('ước đạt 11.640 tỷ đồng', '11.640 tỷ đồng', 'level', 'VND', d(E, M9, R)),
 ('tăng 0,8% so với tháng 8', '0,8%', 'change', '%', d(E, M9, R, U, P)),
 ('ước đạt 102.385 tỷ đồng', '102.385 tỷ đồng', 'level', 'VND', d(E, R)),
 ('tăng 12,9% so với cùng kỳ', '12,9%', 'change', '%', d(E, R, U, S)),
 ('ước đạt 12,84 tỷ USD', '12,84 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 15,6% so với cùng kỳ', '15,6%', 'change', '%', d(E, U, S, indicator='export_value')),
 ('chiếm khoảng 68%', '68%', 'level', '%', d(E, bound='about', indicator='export_value')),
 ('ước đạt 9,37 tỷ USD', '9,37 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('tăng 13,2%', '13,2%', 'change', '%', d(E, U, indicator='import_value')),
 ('tăng 0,42% so với tháng trước', '0,42%', 'change', '%', d(M9, C, U, P)),
 ('CPI tăng 2,58%', '2,58%', 'change', '%', d(M9, C, U, base='2024')),
 ('tăng 3,29%', '3,29%', 'change', '%', d(M9, C, U, S)),
 ('CPI tăng 3,15%', '3,15%', 'change', '%', d(C, U)),
 ('gieo cấy 148.600 ha', '148.600 ha', 'level', 'ha', d(indicator='crop_area', period='2025')),
 ('bằng 99,1% cùng kỳ', '99,1%', 'attainment', '%', d(S, indicator='crop_area', period='2025')),
 ('khoảng 3.250 ha', '3.250 ha', 'level', 'ha', d(period='2025', bound='about')),
 ('khoảng 62 tạ/ha', '62 tạ/ha', 'level', 'tạ/ha', d(period='2025', modality='estimate', bound='about')),
 ('1,5 tạ/ha', '1,5 tạ/ha', 'change', 'tạ/ha', d(period='2025', modality='estimate', direction='down', base='same_period')),
 ('thu hút 86 dự án', '86', 'level', 'dự án', d(indicator='fdi')),
 ('54 lượt dự án', '54', 'level', 'lượt dự án', d(indicator='fdi')),
 ('đạt 1,46 tỷ USD', '1,46 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('tăng 21,3% so với cùng kỳ', '21,3%', 'change', '%', d(U, S, indicator='fdi')),
 ('Có 1.842 doanh nghiệp', '1.842', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('đăng ký 18.760 tỷ đồng', '18.760 tỷ đồng', 'level', 'VND', d()),
 ('612 doanh nghiệp', '612', 'level', 'doanh nghiệp', d()),
 ('đạt 9.415 tỷ đồng', '9.415 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 58,6% kế hoạch', '58,6%', 'attainment', '%', d(base='target', indicator='public_investment_disbursement')),
 ('cho 38.760 lao động', '38.760', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 83,2% kế hoạch', '83,2%', 'attainment', '%', d(base='target', indicator='jobs_created')),
 ('ước đạt 72,5%', '72,5%', 'level', '%', d(E, indicator='trained_labour_rate')),
 ('còn 1,12%', '1,12%', 'level', '%', d(indicator='poverty_rate')),
 ('ước đạt 41.520 tỷ đồng', '41.520 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 86,7% dự toán', '86,7%', 'attainment', '%', d(E, base='target', indicator='budget_revenue')),
 ('bằng 81,2% dự toán', '81,2%', 'attainment', '%', d(E, base='target', indicator='budget_revenue')),
 ('ước đạt 21,3 triệu lượt khách', '21,3 triệu', 'level', 'lượt khách', d(E)),
 ('tăng 11,4%', '11,4%', 'change', '%', d(E, U)),
 ('đạt 48,6 triệu tấn', '48,6 triệu tấn', 'level', 'tấn', d()),
 ('tăng 9,8% so với cùng kỳ', '9,8%', 'change', '%', d(U, S)),
]
