TEXT = '''
Báo và Phát thanh, Truyền hình Gia Lai
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Gia Lai 24h

Thứ Ba, 07/04/2026 - 15:20 | Lượt xem: 1.386

Kinh tế Gia Lai quý I/2026 tăng trưởng 8,05%

(GLO) - Theo số liệu của Thống kê tỉnh Gia Lai, tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I/2026 ước tăng 8,05% so với cùng kỳ năm trước, thấp hơn kịch bản tăng trưởng đề ra cho quý I (8,6%). Đây là quý đầu tiên của năm 2026, năm đầu thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.

Trong mức tăng chung, khu vực nông, lâm nghiệp và thủy sản tăng 4,12%, đóng góp 1,3 điểm phần trăm; khu vực công nghiệp - xây dựng tăng 11,46%; khu vực dịch vụ tăng 8,74%. Chỉ số sản xuất toàn ngành công nghiệp (IIP) quý I tăng 10,4% so với cùng kỳ; riêng tháng 3/2026 tăng 9,2% so với tháng trước do các nhà máy chế biến cà phê, hạt điều hoạt động hết công suất.

Một số chỉ tiêu chủ yếu quý I/2026:

Chỉ tiêu | Quý I/2026 | So cùng kỳ (%)
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (tỷ đồng) | 38.450 | 112,4
Kim ngạch xuất khẩu (triệu USD) | 612,8 | 118,6
Thu ngân sách nhà nước (tỷ đồng) | 7.920 | 109,3
Khách du lịch (nghìn lượt) | 4.860 | 115,2

Chỉ số giá tiêu dùng (CPI) bình quân quý I/2026 tăng 3,12% so với cùng kỳ; trong đó nhóm hàng ăn và dịch vụ ăn uống tăng 4,05%, nhóm giáo dục tăng 5,6%.

Về nông nghiệp, vụ Đông Xuân 2025 - 2026 toàn tỉnh gieo trồng 98.600 ha lúa, bằng 100,8% kế hoạch; khu vực phía Tây (địa bàn tỉnh Gia Lai cũ) đã thu hoạch xong 62.400 tấn cà phê nhân niên vụ 2025 - 2026, giá cà phê nhân dao động 98.000 - 102.000 đồng/kg, thấp hơn cùng kỳ khoảng 20%.

Cảng Quy Nhơn tấp nập xếp dỡ hàng xuất khẩu trong quý I. Ảnh: Ngọc Minh

Quý I, toàn tỉnh có 1.186 doanh nghiệp thành lập mới, tăng 21,3% so với cùng kỳ, tổng vốn đăng ký 10.540 tỷ đồng; 412 doanh nghiệp quay trở lại hoạt động. Tính đến ngày 31/3/2026, giải ngân vốn đầu tư công đạt 3.215 tỷ đồng, bằng 12,6% kế hoạch Thủ tướng Chính phủ giao, cao hơn bình quân cả nước (9,8%).

Ông Nguyễn Văn Hải, Trưởng Thống kê tỉnh cho biết, để đạt mục tiêu tăng trưởng 10% trở lên cả năm 2026, các quý còn lại GRDP phải tăng bình quân khoảng 10,6%.

Ngọc Minh

Cùng chuyên mục
- Gia Lai thu hút 46 dự án đầu tư trong quý I (03/04/2026)
- Xã Ia Grai: 100% hộ dân được dùng điện lưới quốc gia (02/04/2026)

Cơ quan chủ quản: Tỉnh ủy Gia Lai. Địa chỉ: 02 Hoàng Văn Thụ, phường Quy Nhơn, tỉnh Gia Lai. ĐT: 0256.3822.168
'''
META = {'published': '2026-04-07', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
G = {'indicator': 'grdp_growth'}
S = {'period': '2025/2026'}
PID = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('trưởng 8,05%', '8,05%', 'level', '%', d(G)),
 ('ước tăng 8,05%', '8,05%', 'change', '%', d(E, U, SP, G)),
 ('(8,6%)', '8,6%', 'level', '%', d(G, modality='target')),
 ('thủy sản tăng 4,12%', '4,12%', 'change', '%', d(U)),
 ('đóng góp 1,3 điểm phần trăm', '1,3 điểm phần trăm', 'level', 'điểm %', d()),
 ('xây dựng tăng 11,46%', '11,46%', 'change', '%', d(U)),
 ('dịch vụ tăng 8,74%', '8,74%', 'change', '%', d(U)),
 ('tăng 10,4%', '10,4%', 'change', '%', d(U, SP, indicator='industrial_production_index')),
 ('tăng 9,2%', '9,2%', 'change', '%', d(U, indicator='industrial_production_index', period='2026-M03', base='previous_period')),
 ('| 38.450 |', '38.450', 'level', 'VND', d(indicator='retail_sales', value=38450000000000.0)),
 ('| 112,4', '112,4', 'attainment', '%', d(SP, indicator='retail_sales')),
 ('| 612,8 |', '612,8', 'level', 'USD', d(indicator='export_value', value=612800000.0)),
 ('| 118,6', '118,6', 'attainment', '%', d(SP, indicator='export_value')),
 ('| 7.920 |', '7.920', 'level', 'VND', d(indicator='budget_revenue', value=7920000000000.0)),
 ('| 109,3', '109,3', 'attainment', '%', d(SP, indicator='budget_revenue')),
 ('| 4.860 |', '4.860', 'level', 'lượt', d(indicator='tourist_arrivals', value=4860000)),
 ('| 115,2', '115,2', 'attainment', '%', d(SP, indicator='tourist_arrivals')),
 ('tăng 3,12%', '3,12%', 'change', '%', d(U, SP, indicator='cpi')),
 ('uống tăng 4,05%', '4,05%', 'change', '%', d(U, indicator='cpi')),
 ('giáo dục tăng 5,6%', '5,6%', 'change', '%', d(U, indicator='cpi')),
 ('trồng 98.600 ha', '98.600 ha', 'level', 'ha', d(S, indicator='crop_area')),
 ('bằng 100,8% kế hoạch', '100,8%', 'attainment', '%', d(S, indicator='crop_area', base='target')),
 ('xong 62.400 tấn', '62.400 tấn', 'level', 'tấn', d(S)),
 ('98.000 - 102.000 đồng/kg', '98.000 - 102.000 đồng/kg', 'level', 'VND/kg', d(S)),
 ('khoảng 20%', '20%', 'change', '%', d(S, D, SP, bound='about')),
 ('có 1.186 doanh nghiệp', '1.186', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 21,3%', '21,3%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('ký 10.540 tỷ đồng', '10.540 tỷ đồng', 'level', 'VND', d()),
 ('412 doanh nghiệp', '412', 'level', 'doanh nghiệp', d()),
 ('đạt 3.215 tỷ đồng', '3.215 tỷ đồng', 'level', 'VND', d(PID)),
 ('bằng 12,6% kế hoạch', '12,6%', 'attainment', '%', d(PID, base='target')),
 ('cả nước (9,8%)', '9,8%', 'attainment', '%', d(PID, base='target', locality='cả nước')),
 ('tăng trưởng 10% trở lên', '10%', 'level', '%', d(T, G, bound='at_least')),
 ('khoảng 10,6%', '10,6%', 'change', '%', d(T, U, G, bound='about')),
]
