TEXT = '''
CỤC THỐNG KÊ TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Số liệu thống kê | Thông cáo báo chí | Liên hệ

Thông cáo báo chí về tình hình kinh tế - xã hội quý I năm 2024

Cập nhật: 29/03/2024 15:40 | Lượt xem: 1.284

Chiều 29/3, Cục Thống kê tỉnh Quảng Nam tổ chức họp báo công bố số liệu kinh tế - xã hội quý I/2024. Tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I ước tăng 4,15% so với cùng kỳ năm trước, thấp hơn 1,35 điểm phần trăm so với kịch bản tăng trưởng quý I (5,5%) mà UBND tỉnh đề ra tại Quyết định số 412/QĐ-UBND ngày 22/02/2024.

1. Tăng trưởng kinh tế

Trong mức tăng chung của nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 2,86%, đóng góp 0,31 điểm phần trăm; khu vực công nghiệp và xây dựng giảm 3,12%, làm giảm 1,05 điểm phần trăm; khu vực dịch vụ tăng 9,47%, đóng góp 3,42 điểm phần trăm. Quy mô GRDP theo giá hiện hành ước đạt 27.350 tỷ đồng; khu vực dịch vụ chiếm 41,2%, khu vực công nghiệp và xây dựng chiếm 30,6%.

2. Sản xuất công nghiệp

Chỉ số sản xuất toàn ngành công nghiệp (IIP) quý I giảm 6,8% so với cùng kỳ; riêng tháng 3/2024 tăng 12,4% so với tháng trước nhờ các nhà máy lắp ráp trong Khu kinh tế mở Chu Lai trở lại sản xuất bình thường sau Tết. Một số sản phẩm chủ lực tăng khá như: bia các loại tăng 8,2%, linh kiện điện tử tăng 21,5%; ngược lại xe ô tô các loại giảm 34,7%.

3. Nông nghiệp

Vụ Đông Xuân năm 2024, toàn tỉnh gieo trồng 41.860 ha lúa, đạt 99,1% kế hoạch, giảm 312 ha so với vụ Đông Xuân năm trước. Các địa phương có diện tích lúa lớn là thị xã Điện Bàn 6.420 ha, huyện Duy Xuyên 4.780 ha và huyện Thăng Bình 6.950 ha. Sản lượng thủy sản quý I ước đạt 26.140 tấn, tăng 3,6% so với cùng kỳ. Trong quý không xảy ra dịch bệnh lớn trên đàn gia súc, gia cầm; một ổ dịch cúm gia cầm nhỏ tại thôn 2, xã Tam Xuân I đã được khống chế.

4. Thương mại, dịch vụ, du lịch

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý I ước đạt 17.920 tỷ đồng, tăng 11,3% so với cùng kỳ. Kim ngạch xuất khẩu ước đạt 312,5 triệu USD, tăng 9,8%; kim ngạch nhập khẩu đạt 268,4 triệu USD, giảm 4,1%. Các cơ sở lưu trú phục vụ 1,46 triệu lượt khách, tăng 18,7% so với cùng kỳ, trong đó khách quốc tế 642 nghìn lượt; doanh thu du lịch ước đạt 2.410 tỷ đồng.

Chỉ số giá tiêu dùng (CPI) tháng 3/2024 giảm 0,42% so với tháng trước, tăng 3,86% so với cùng kỳ năm trước; bình quân quý I tăng 4,02%.

5. Thu, chi ngân sách và đầu tư

Tổng thu ngân sách nhà nước trên địa bàn quý I ước đạt 4.316 tỷ đồng, bằng 18,9% dự toán HĐND tỉnh giao và bằng 87,3% so với cùng kỳ. Thu nội địa của thành phố Tam Kỳ đạt 286 tỷ đồng, thành phố Hội An 154 tỷ đồng, thị xã Điện Bàn 238 tỷ đồng; riêng huyện Núi Thành chỉ đạt 1.120 tỷ đồng, giảm 42,5% do nguồn thu từ ô tô sụt giảm.

Giải ngân vốn đầu tư công đến ngày 25/3/2024 đạt 1.082 tỷ đồng/KH 6.845 tỷ đồng, đạt 15,8%, cao hơn bình quân cả nước. Vốn đầu tư thực hiện toàn xã hội quý I ước đạt 7.560 tỷ đồng, tăng 5,2% so với cùng kỳ.

6. Doanh nghiệp, lao động, xã hội

Trong quý, toàn tỉnh có 168 doanh nghiệp thành lập mới, giảm 7,7% so với cùng kỳ, với tổng vốn đăng ký 1.290 tỷ đồng; 214 doanh nghiệp tạm ngừng kinh doanh có thời hạn. Các cơ quan chức năng đã giải quyết việc làm cho 4.150 lao động, trong đó 386 người đi làm việc ở nước ngoài theo hợp đồng.

Trật tự an toàn giao thông: quý I xảy ra 38 vụ tai nạn giao thông, làm chết 29 người, bị thương 21 người; so với cùng kỳ giảm 5 vụ, giảm 3 người chết.

Mọi thông tin chi tiết xin liên hệ Phòng Thống kê Tổng hợp, điện thoại 0235 3852 416.

Tin khác:
- Chỉ số giá tiêu dùng tháng 2/2024 tăng 0,88%
- Họp báo công bố số liệu kinh tế - xã hội năm 2023

Bản quyền thuộc Cục Thống kê tỉnh Quảng Nam. Địa chỉ: 02 Trần Phú, thành phố Tam Kỳ.
'''
META = {'published': '2024-03-29', 'locality': 'tỉnh Quảng Nam'}
DEFAULTS = {'locality': 'tỉnh Quảng Nam', 'period': '2024-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
V24 = {'period': '2024'}
FIGS = [
 ('ước tăng 4,15%', '4,15%', 'change', '%', d(E, U, SP, indicator='grdp_growth')),
 ('thấp hơn 1,35 điểm phần trăm', '1,35 điểm phần trăm', 'change', 'điểm %', d(E, D, indicator='grdp_growth', base='target')),
 ('quý I (5,5%)', '5,5%', 'level', '%', d(indicator='grdp_growth', modality='target')),
 ('sản tăng 2,86%', '2,86%', 'change', '%', d(U)),
 ('đóng góp 0,31 điểm phần trăm', '0,31 điểm phần trăm', 'level', 'điểm %', d(optional=True)),
 ('dựng giảm 3,12%', '3,12%', 'change', '%', d(D)),
 ('làm giảm 1,05 điểm phần trăm', '1,05 điểm phần trăm', 'level', 'điểm %', d(optional=True)),
 ('vụ tăng 9,47%', '9,47%', 'change', '%', d(U)),
 ('đóng góp 3,42 điểm phần trăm', '3,42 điểm phần trăm', 'level', 'điểm %', d(optional=True)),
 ('ước đạt 27.350 tỷ đồng', '27.350 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('chiếm 41,2%', '41,2%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 30,6%', '30,6%', 'level', '%', d(indicator='sector_share')),
 ('quý I giảm 6,8%', '6,8%', 'change', '%', d(D, SP, indicator='industrial_production_index')),
 ('tháng 3/2024 tăng 12,4%', '12,4%', 'change', '%', d(U, indicator='industrial_production_index', period='2024-M03', base='previous_period')),
 ('bia các loại tăng 8,2%', '8,2%', 'change', '%', d(U)),
 ('điện tử tăng 21,5%', '21,5%', 'change', '%', d(U)),
 ('loại giảm 34,7%', '34,7%', 'change', '%', d(D)),
 ('gieo trồng 41.860 ha', '41.860 ha', 'level', 'ha', d(V24, indicator='crop_area')),
 ('đạt 99,1% kế hoạch', '99,1%', 'attainment', '%', d(V24, indicator='crop_area', base='target')),
 ('giảm 312 ha', '312 ha', 'change', 'ha', d(V24, D, SP, indicator='crop_area')),
 ('Điện Bàn 6.420 ha', '6.420 ha', 'level', 'ha', d(V24, indicator='crop_area', locality='thị xã Điện Bàn')),
 ('Duy Xuyên 4.780 ha', '4.780 ha', 'level', 'ha', d(V24, indicator='crop_area', locality='huyện Duy Xuyên')),
 ('Thăng Bình 6.950 ha', '6.950 ha', 'level', 'ha', d(V24, indicator='crop_area', locality='huyện Thăng Bình')),
 ('ước đạt 26.140 tấn', '26.140 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 3,6% so với cùng kỳ', '3,6%', 'change', '%', d(E, U, SP, indicator='aquaculture_output')),
 ('ước đạt 17.920 tỷ đồng', '17.920 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 11,3% so với', '11,3%', 'change', '%', d(E, U, SP, indicator='retail_sales')),
 ('ước đạt 312,5 triệu USD', '312,5 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 9,8%', '9,8%', 'change', '%', d(E, U, indicator='export_value')),
 ('đạt 268,4 triệu USD', '268,4 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('giảm 4,1%', '4,1%', 'change', '%', d(D, indicator='import_value')),
 ('phục vụ 1,46 triệu lượt khách', '1,46 triệu', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 18,7% so với cùng kỳ', '18,7%', 'change', '%', d(U, SP, indicator='tourist_arrivals')),
 ('quốc tế 642 nghìn lượt', '642 nghìn', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('ước đạt 2.410 tỷ đồng', '2.410 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('giảm 0,42%', '0,42%', 'change', '%', d(D, indicator='cpi', period='2024-M03', base='previous_period')),
 ('tăng 3,86%', '3,86%', 'change', '%', d(U, SP, indicator='cpi', period='2024-M03')),
 ('quý I tăng 4,02%', '4,02%', 'change', '%', d(U, indicator='cpi')),
 ('ước đạt 4.316 tỷ đồng', '4.316 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 18,9% dự toán', '18,9%', 'attainment', '%', d(E, indicator='budget_revenue', base='target')),
 ('bằng 87,3% so với cùng kỳ', '87,3%', 'attainment', '%', d(E, indicator='budget_revenue', base='same_period')),
 ('Tam Kỳ đạt 286 tỷ đồng', '286 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='thành phố Tam Kỳ')),
 ('Hội An 154 tỷ đồng', '154 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='thành phố Hội An')),
 ('Điện Bàn 238 tỷ đồng', '238 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='thị xã Điện Bàn')),
 ('chỉ đạt 1.120 tỷ đồng', '1.120 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='huyện Núi Thành')),
 ('giảm 42,5%', '42,5%', 'change', '%', d(D, indicator='budget_revenue', locality='huyện Núi Thành')),
 ('đạt 1.082 tỷ đồng', '1.082 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('/KH 6.845 tỷ đồng', '6.845 tỷ đồng', 'level', 'VND', d(V24, indicator='public_investment_disbursement', modality='target')),
 ('đạt 15,8%', '15,8%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('ước đạt 7.560 tỷ đồng', '7.560 tỷ đồng', 'level', 'VND', d(E, indicator='social_investment')),
 ('tăng 5,2% so với cùng kỳ', '5,2%', 'change', '%', d(E, U, SP, indicator='social_investment')),
 ('có 168 doanh nghiệp', '168', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('giảm 7,7% so với cùng kỳ', '7,7%', 'change', '%', d(D, SP, indicator='new_enterprises')),
 ('ký 1.290 tỷ đồng', '1.290 tỷ đồng', 'level', 'VND', d()),
 ('214 doanh nghiệp', '214', 'level', 'doanh nghiệp', d()),
 ('cho 4.150 lao động', '4.150', 'level', 'lao động', d(indicator='jobs_created')),
 ('đó 386 người', '386', 'level', 'người', d(indicator='labour_export')),
 ('xảy ra 38 vụ', '38', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 29 người', '29', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 21 người', '21', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 5 vụ', '5', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 3 người chết', '3', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
]
