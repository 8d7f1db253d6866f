NFD = True
TEXT = '''
BÁO HẢI DƯƠNG ĐIỆN TỬ
Thứ hai, 26/02/2024 | 16:20
Kinh tế - Thống kê

Số liệu chính thức: GRDP năm 2023 của Hải Dương tăng 9,02%

Theo số liệu chính thức Cục Thống kê tỉnh vừa công bố, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm 2023 của tỉnh đạt 9,02%, cao hơn 0,3 điểm phần trăm so với số ước tính công bố hồi tháng 12/2023 (8,72%).

Như vậy, Hải Dương nằm trong nhóm 10 tỉnh, thành phố có tốc độ tăng trưởng cao nhất cả nước. Theo Tổng cục Thống kê, GDP cả nước năm 2023 tăng 5,05%.

Số liệu điều chỉnh cho thấy khu vực công nghiệp - xây dựng tăng 11,24% (số ước tính trước đó là 10,6%), đóng góp 6,1 điểm phần trăm vào mức tăng chung; khu vực dịch vụ tăng 7,05%; khu vực nông, lâm nghiệp và thủy sản tăng 2,9%. Quy mô GRDP theo giá hiện hành đạt 167.624 tỷ đồng; GRDP bình quân đầu người đạt 88,6 triệu đồng, tăng 7,4 triệu đồng so với năm 2022.

Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 61,4%; dịch vụ chiếm 26,3%; nông, lâm nghiệp và thủy sản chiếm 8,4%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 3,9%.

Một số chỉ tiêu khác cũng được điều chỉnh. Thu ngân sách nhà nước năm 2023 chính thức đạt 20.540 tỷ đồng, bằng 97,8% dự toán, thấp hơn số ước 460 tỷ đồng; kim ngạch xuất khẩu đạt 9,73 tỷ USD, giảm 3,1% so với năm 2022 (ước tính trước đó giảm 1,8%). Vốn đầu tư thực hiện toàn xã hội đạt 55.980 tỷ đồng, tăng 6,2%. Chỉ số sản xuất công nghiệp (IIP) tăng 10,8%, thấp hơn mức 11,5% đã ước tính. Chỉ số giá tiêu dùng (CPI) bình quân năm 2023 tăng 3,12%.

Riêng thành phố Chí Linh, tốc độ tăng trưởng kinh tế chính thức đạt 10,6%, cao nhất tỉnh; huyện Thanh Miện chỉ tăng 5,3%.

Theo Cục Thống kê, số liệu 6 tháng đầu năm 2023 cũng được điều chỉnh: GRDP tăng 8,47% thay vì 8,29% như ước tính; IIP 6 tháng tăng 9,6%.

Năm 2024, tỉnh đặt mục tiêu tăng trưởng GRDP 10%, thu ngân sách 21.350 tỷ đồng, kim ngạch xuất khẩu 10,5 tỷ USD.

[Ảnh] Sản xuất linh kiện điện tử tại Khu công nghiệp Đại An. Ảnh: Thành Chung

Thành Chung

Tin cùng chuyên mục:
- Hải Dương thu hút 1,05 tỷ USD vốn FDI năm 2023 (15/01/2024)
- Hotline: 0220.3853.001 | Giấy phép số 45/GP-BTTTT
'''
META = {'published': '2024-02-26', 'locality': 'tỉnh Hải Dương'}
DEFAULTS = {'locality': 'tỉnh Hải Dương', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
G = dict(indicator='grdp_growth')
OPT = dict(optional=True)
SS = dict(indicator='sector_share')
FIGS = [
 ('của Hải Dương tăng 9,02%', '9,02%', 'change', '%', d(G, direction='up')),
 ('tỉnh đạt 9,02%', '9,02%', 'level', '%', d(G)),
 ('cao hơn 0,3 điểm phần trăm', '0,3 điểm phần trăm', 'change', 'điểm %', d(G, OPT, direction='up')),
 ('(8,72%)', '8,72%', 'level', '%', d(G, OPT, modality='estimate')),
 ('tăng 5,05%', '5,05%', 'change', '%', d(G, direction='up', locality='cả nước')),
 ('tăng 11,24%', '11,24%', 'change', '%', d(direction='up')),
 ('trước đó là 10,6%', '10,6%', 'change', '%', d(OPT, direction='up', modality='estimate')),
 ('đóng góp 6,1 điểm phần trăm', '6,1 điểm phần trăm', 'level', 'điểm %', d(OPT)),
 ('tăng 7,05%', '7,05%', 'change', '%', d(direction='up')),
 ('tăng 2,9%', '2,9%', 'change', '%', d(direction='up')),
 ('167.624 tỷ đồng', '167.624 tỷ đồng', 'level', 'VND', d(indicator='grdp')),
 ('88,6 triệu đồng', '88,6 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita')),
 ('tăng 7,4 triệu đồng', '7,4 triệu đồng', 'change', 'VND/người/năm', d(indicator='grdp_per_capita', direction='up', base='2022')),
 ('chiếm 61,4%', '61,4%', 'level', '%', d(SS)),
 ('chiếm 26,3%', '26,3%', 'level', '%', d(SS)),
 ('chiếm 8,4%', '8,4%', 'level', '%', d(SS)),
 ('chiếm 3,9%', '3,9%', 'level', '%', d(SS)),
 ('đạt 20.540 tỷ đồng', '20.540 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 97,8% dự toán', '97,8%', 'attainment', '%', d(indicator='budget_revenue', base='target')),
 ('số ước 460 tỷ đồng', '460 tỷ đồng', 'change', 'VND', d(OPT, indicator='budget_revenue', direction='down')),
 ('9,73 tỷ USD', '9,73 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('giảm 3,1% so với năm 2022', '3,1%', 'change', '%', d(indicator='export_value', direction='down', base='2022')),
 ('trước đó giảm 1,8%', '1,8%', 'change', '%', d(OPT, indicator='export_value', direction='down', base='2022', modality='estimate')),
 ('55.980 tỷ đồng', '55.980 tỷ đồng', 'level', 'VND', d(indicator='social_investment')),
 ('tăng 6,2%', '6,2%', 'change', '%', d(indicator='social_investment', direction='up')),
 ('(IIP) tăng 10,8%', '10,8%', 'change', '%', d(indicator='industrial_production_index', direction='up')),
 ('mức 11,5%', '11,5%', 'change', '%', d(OPT, indicator='industrial_production_index', direction='up', modality='estimate')),
 ('chính thức đạt 10,6%', '10,6%', 'level', '%', d(G, locality='thành phố Chí Linh')),
 ('chỉ tăng 5,3%', '5,3%', 'change', '%', d(G, direction='up', locality='huyện Thanh Miện')),
 ('GRDP tăng 8,47%', '8,47%', 'change', '%', d(G, direction='up', period='2023-H1')),
 ('thay vì 8,29%', '8,29%', 'change', '%', d(G, OPT, direction='up', period='2023-H1', modality='estimate')),
 ('IIP 6 tháng tăng 9,6%', '9,6%', 'change', '%', d(indicator='industrial_production_index', direction='up', period='2023-H1')),
 ('GRDP 10%', '10%', 'level', '%', d(G, period='2024', modality='target')),
 ('ngân sách 21.350 tỷ đồng', '21.350 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', period='2024', modality='target')),
 ('xuất khẩu 10,5 tỷ USD', '10,5 tỷ USD', 'level', 'USD', d(indicator='export_value', period='2024', modality='target')),
 ('(CPI) bình quân năm 2023 tăng 3,12%', '3,12%', 'change', '%', d(indicator='cpi', direction='up')),
]
