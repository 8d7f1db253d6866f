TEXT = '''
BÁO NINH BÌNH - ĐIỆN TỬ
Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Pháp luật
Thứ Ba, 16/12/2025 - 07:45

Kinh tế

Năm 2025, quy mô GRDP tỉnh Ninh Bình tính theo địa giới mới ước đạt 318.600 tỷ đồng

(BNB) - Tăng trưởng GRDP năm 2025 của tỉnh ước đạt 10,15%, xếp thứ 6/34 tỉnh, thành phố; quy mô nền kinh tế tính theo địa giới mới ước đạt 318.600 tỷ đồng, lớn gấp gần 2,4 lần tỉnh Ninh Bình (cũ) năm 2024.

Sáng 15/12, Cục Thống kê tỉnh tổ chức họp báo công bố số liệu ước thực hiện năm 2025. Đây là năm đầu tiên số liệu được tổng hợp theo địa giới hành chính mới, sau khi hợp nhất ba tỉnh Hà Nam, Nam Định và Ninh Bình từ ngày 1/7/2025.

Sau hợp nhất, quy mô GRDP theo giá hiện hành ước đạt 318.600 tỷ đồng, trong đó khu vực Nam Định (cũ) đóng góp khoảng 128.400 tỷ đồng, khu vực Hà Nam (cũ) 96.700 tỷ đồng. GRDP bình quân đầu người đạt 77,8 triệu đồng, tăng 9,2 triệu đồng so với năm 2024 (tính gộp ba tỉnh cũ).

Cơ cấu kinh tế: khu vực công nghiệp - xây dựng chiếm 47,6%; dịch vụ chiếm 37,9%; nông, lâm nghiệp và thủy sản chiếm 9,8%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 4,7%. Khu vực công nghiệp - xây dựng tăng 13,4%, là động lực chính của tăng trưởng; khu vực dịch vụ tăng 8,1%.

Chỉ số sản xuất công nghiệp (IIP) cả năm ước tăng 14,2% so với năm trước. Riêng khu vực Hà Nam (cũ), IIP tăng 17,6% nhờ các khu công nghiệp Đồng Văn, Thanh Liêm.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 142.900 tỷ đồng, tăng 11,3%. Kim ngạch xuất khẩu ước đạt 14,8 tỷ USD, tăng 16,5% so với năm 2024 tính gộp ba tỉnh; nhập khẩu 12,1 tỷ USD.

Thu ngân sách nhà nước trên địa bàn ước đạt 49.250 tỷ đồng, bằng 131,6% dự toán, tăng 24,8% so với cùng kỳ của ba tỉnh cũ. Trong đó, thu nội địa 43.900 tỷ đồng; riêng khu vực Nam Định (cũ) thu 15.320 tỷ đồng, vượt 18,5% dự toán.

Du lịch tiếp tục là điểm sáng với 18,6 triệu lượt khách, tăng 14%; tổng thu từ khách du lịch ước đạt 16.800 tỷ đồng. Khu du lịch Tràng An, chùa Tam Chúc, Phủ Dày thu hút đông du khách.

Khu danh thắng Tràng An đón khách dịp cuối tuần. Ảnh: Minh Quang

Về xã hội, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh mới còn 1,02%, giảm 0,48 điểm phần trăm; tỷ lệ lao động qua đào tạo đạt 74,5%. Toàn tỉnh hiện có 129 xã, phường; 100% xã (theo địa giới trước sắp xếp) đạt chuẩn nông thôn mới.

Năm 2026, tỉnh đặt mục tiêu tăng trưởng GRDP từ 11% trở lên, thu ngân sách 52.000 tỷ đồng, GRDP bình quân đầu người đạt 86 triệu đồng.

Minh Quang

Tin cùng chuyên mục
- Ninh Bình: 12 dự án FDI mới trong tháng 11 (02/12/2025)
- Khai trương tuyến xe buýt số 05 Phủ Lý - Nam Định (28/11/2025)
- Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XXII (20/11/2025)

Lượt xem: 2.431
BÁO NINH BÌNH - Giấy phép số 482/GP-BTTTT. Tòa soạn: 2 Tràng An, phường Hoa Lư. Điện thoại: 0229.3871.174
'''
META = {'published': '2025-12-16', 'locality': 'tỉnh Ninh Bình'}
DEFAULTS = {'locality': 'tỉnh Ninh Bình', 'period': '2025', 'modality': 'estimate'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'modality': 'actual'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
ND = {'locality': 'tỉnh Nam Định'}
HN = {'locality': 'tỉnh Hà Nam'}
G = {'indicator': 'grdp'}
GG = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
SS = {'indicator': 'sector_share'}
FIGS = [
 ('tính theo địa giới mới ước đạt 318.600 tỷ đồng\n', '318.600 tỷ đồng', 'level', 'VND', d(G)),
 ('năm 2025 của tỉnh ước đạt 10,15%', '10,15%', 'level', '%', d(GG)),
 ('tính theo địa giới mới ước đạt 318.600 tỷ đồng, lớn', '318.600 tỷ đồng', 'level', 'VND', d(G)),
 ('gấp gần 2,4 lần', '2,4 lần', 'change', 'lần', d(G, U, base='2024', bound='nearly')),
 ('hiện hành ước đạt 318.600 tỷ đồng', '318.600 tỷ đồng', 'level', 'VND', d(G)),
 ('khoảng 128.400 tỷ đồng', '128.400 tỷ đồng', 'level', 'VND', d(G, ND, bound='about')),
 ('(cũ) 96.700 tỷ đồng', '96.700 tỷ đồng', 'level', 'VND', d(G, HN)),
 ('77,8 triệu đồng', '77,8 triệu đồng', 'level', 'VND/người/năm', d(A, indicator="grdp_per_capita")),
 ('tăng 9,2 triệu đồng', '9,2 triệu đồng', 'change', 'VND/người/năm', d(A, U, indicator="grdp_per_capita", base="2024")),
 ('chiếm 47,6%', '47,6%', 'level', '%', d(SS, A)),
 ('chiếm 37,9%', '37,9%', 'level', '%', d(SS, A)),
 ('chiếm 9,8%', '9,8%', 'level', '%', d(SS, A)),
 ('chiếm 4,7%', '4,7%', 'level', '%', d(SS, A)),
 ("tăng 13,4%", "13,4%", "change", "%", d(A, U)),
 ("tăng 8,1%", "8,1%", "change", "%", d(A, U)),
 ('ước tăng 14,2%', '14,2%', 'change', '%', d(U, indicator='industrial_production_index', base='2024')),
 ('IIP tăng 17,6%', '17,6%', 'change', '%', d(U, HN, A, indicator='industrial_production_index')),
 ('ước đạt 142.900 tỷ đồng', '142.900 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 11,3%', '11,3%', 'change', '%', d(U, indicator='retail_sales')),
 ('ước đạt 14,8 tỷ USD', '14,8 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 16,5%', '16,5%', 'change', '%', d(U, indicator='export_value', base='2024')),
 ('nhập khẩu 12,1 tỷ USD', '12,1 tỷ USD', 'level', 'USD', d(A, indicator='import_value')),
 ('ước đạt 49.250 tỷ đồng', '49.250 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 131,6% dự toán', '131,6%', 'attainment', '%', d(BR, base='target')),
 ('tăng 24,8%', '24,8%', 'change', '%', d(BR, U, base='same_period')),
 ('nội địa 43.900 tỷ đồng', '43.900 tỷ đồng', 'level', 'VND', d(BR, A)),
 ('thu 15.320 tỷ đồng', '15.320 tỷ đồng', 'level', 'VND', d(BR, ND, A)),
 ('vượt 18,5% dự toán', '18,5%', 'change', '%', d(BR, ND, A, U, base='target', status='exceeded')),
 ('với 18,6 triệu lượt khách', '18,6 triệu lượt', 'level', 'lượt khách', d(A, indicator='tourist_arrivals')),
 ('tăng 14%', '14%', 'change', '%', d(A, U, indicator='tourist_arrivals')),
 ('ước đạt 16.800 tỷ đồng', '16.800 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('còn 1,02%', '1,02%', 'level', '%', d(A, indicator='poverty_rate')),
 ('giảm 0,48 điểm phần trăm', '0,48 điểm phần trăm', 'change', 'điểm %', d(A, D, indicator='poverty_rate')),
 ('đạt 74,5%', '74,5%', 'level', '%', d(A, indicator='trained_labour_rate')),
 ('có 129 xã, phường', '129', 'level', 'xã', d(optional=True)),
 ('100% xã (theo', '100%', 'level', '%', d(A, indicator='new_rural_communes')),
 ('từ 11% trở lên', '11%', 'level', '%', d(K, GG, bound='at_least')),
 ('ngân sách 52.000 tỷ đồng', '52.000 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('đạt 86 triệu đồng', '86 triệu đồng', 'level', 'VND/người/năm', d(K, indicator='grdp_per_capita')),
]
