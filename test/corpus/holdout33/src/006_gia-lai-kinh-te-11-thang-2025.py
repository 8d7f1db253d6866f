TEXT = '''
BÁO GIA LAI ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Pháp luật | Phóng sự | Media
Thứ Sáu, 5/12/2025, 06:15

Gia Lai: 11 tháng, kim ngạch xuất khẩu đạt 2,86 tỷ USD, tăng 31,5%

(GLO) - Kinh tế tỉnh trong 11 tháng năm 2025 duy trì đà tăng trưởng khá; kim ngạch xuất khẩu đạt 2,86 tỷ USD, tăng 31,5% so với cùng kỳ, vượt 14,4% kế hoạch năm.

Chiều 4/12, UBND tỉnh tổ chức phiên họp thường kỳ tháng 12 để đánh giá tình hình kinh tế - xã hội 11 tháng và bàn giải pháp về đích năm 2025. Chủ tịch UBND tỉnh chủ trì phiên họp tại điểm cầu phường Quy Nhơn, kết nối trực tuyến với 135 xã, phường.

Xuất khẩu về đích sớm

Theo Sở Công Thương, lũy kế từ đầu năm, kim ngạch xuất khẩu của tỉnh đạt 2,86 tỷ USD, tăng 31,5% so với cùng kỳ (số liệu cùng kỳ tính gộp hai tỉnh Gia Lai và Bình Định cũ), vượt 14,4% kế hoạch năm (kế hoạch 2,5 tỷ USD). Một số mặt hàng chủ lực (so với cùng kỳ):
- Cà phê: 1,21 tỷ USD (+48,6%);
- Hạt tiêu: 186 triệu USD (+22,1%);
- Gỗ và sản phẩm gỗ: 512 triệu USD (-6,4%);
- Thuỷ sản: 214 triệu USD (+9,8%).

Chỉ số sản xuất công nghiệp tháng 11 ước giảm 1,8% so với tháng trước do các nhà máy thuỷ điện giảm phát điện cuối mùa mưa; lũy kế 11 tháng, IIP tăng 10,2% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng ước đạt 152.380 tỷ đồng, tăng 12,7% so với cùng kỳ, đạt 91,4% kế hoạch.

Ảnh: Chế biến cà phê xuất khẩu tại một doanh nghiệp ở xã Ia Grai. Ảnh: Đức Thụy

Thu ngân sách vượt dự toán Trung ương giao

Thu ngân sách nhà nước trên địa bàn đến ngày 30/11/2025 đạt 21.640 tỷ đồng, bằng 118,6% dự toán Trung ương giao và 97,3% dự toán HĐND tỉnh giao, tăng 15,2% so với cùng kỳ. Trong đó, khu vực tỉnh Bình Định (cũ) thu 12,4 nghìn tỷ đồng, chủ yếu từ tiền sử dụng đất tại các khu đô thị ven biển.

Giải ngân vốn đầu tư công đến ngày 30/11 đạt 11.264 tỷ đồng, bằng 72,8% kế hoạch vốn Thủ tướng giao và 68,5% kế hoạch tỉnh giao, cao hơn bình quân cả nước (cả nước đạt 60,6%). Tỉnh xếp thứ 9/34 tỉnh, thành phố về tỷ lệ giải ngân. Một số nguồn vốn còn giải ngân chậm:
- Vốn ngân sách tỉnh (nguồn thu tiền sử dụng đất): 1.250 tỷ đồng, đạt 52%;
- Vốn các chương trình mục tiêu quốc gia: 486 tỷ đồng, đạt 49,3%;
- Vốn nước ngoài: 318 tỷ đồng, đạt 44,7%.

Du lịch, nông thôn mới

Lượng khách du lịch 11 tháng đạt 9,72 triệu lượt, tăng 14,3% so với cùng kỳ; trong đó khách quốc tế 412.600 lượt. Doanh thu du lịch ước đạt 21.850 tỷ đồng. Về nông thôn mới, sau khi rà soát theo địa giới hành chính mới, toàn tỉnh có 58/135 xã đạt chuẩn; 12 xã đạt chuẩn nông thôn mới nâng cao.

Về doanh nghiệp, 11 tháng toàn tỉnh có 1.946 doanh nghiệp thành lập mới, tăng 11,2% so với cùng kỳ, với tổng vốn đăng ký 28.730 tỷ đồng; 412 doanh nghiệp quay trở lại hoạt động. Vốn đầu tư trực tiếp nước ngoài thu hút được 326 triệu USD, gấp 2,3 lần cùng kỳ.

Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và địa phương tập trung cho tháng cuối năm: giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn Thủ tướng giao; thu ngân sách cả năm đạt 23.000 tỷ đồng trở lên; tăng trưởng GRDP năm 2025 đạt 8% theo kịch bản Chính phủ giao.

Cùng ngày, tỉnh phát động đợt cao điểm xúc tiến thương mại "Cà phê Gia Lai - 1 triệu tấn" tại Festival Cà phê lần thứ 9. Ông Rơ Mah Tuân, 46 tuổi, ở làng Đê Tar (xã Ia Hrung), cho biết gia đình thu 7 tấn cà phê nhân từ 2 ha.

Đức Thụy - Hà Duy

Tin cùng chuyên mục
- Gia Lai: 10 tháng thu hút 21 dự án FDI
- Khánh thành cầu Thị Nại 2 nối khu kinh tế Nhơn Hội
- Giá cà phê hôm nay 5/12: tăng 1.200 đồng/kg

Cơ quan chủ quản: Tỉnh ủy Gia Lai | Giấy phép số 34/GP-BTTTT | Tòa soạn: 37 Trần Hưng Đạo, phường Pleiku | ĐT: 0269.3824.306
'''
META = {'published': '2025-12-05', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2025-11M', 'modality': 'actual'}
E = {'modality': 'estimate'}
EX = {'indicator': 'export_value'}
UP = {'direction': 'up', 'base': 'same_period'}
A = {'base': 'target'}
EXC = {'direction': 'up', 'base': 'target', 'status': 'exceeded'}
BR = {'indicator': 'budget_revenue'}
PI = {'indicator': 'public_investment_disbursement'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('đạt 2,86 tỷ USD, tăng 31,5%\n', '2,86 tỷ USD', 'level', 'USD', dict(EX)),
 ('tăng 31,5%\n', '31,5%', 'change', '%', dict(EX, direction='up')),
 ('xuất khẩu đạt 2,86 tỷ USD, tăng 31,5% so với cùng kỳ, vượt', '2,86 tỷ USD', 'level', 'USD', dict(EX)),
 ('tăng 31,5% so với cùng kỳ, vượt', '31,5%', 'change', '%', dict(EX, **UP)),
 ('vượt 14,4% kế hoạch năm.', '14,4%', 'change', '%', dict(EX, **EXC)),
 ('với 135 xã, phường', '135', 'level', 'xã', dict(optional=True)),
 ('của tỉnh đạt 2,86 tỷ USD', '2,86 tỷ USD', 'level', 'USD', dict(EX)),
 ('tăng 31,5% so với cùng kỳ (số liệu', '31,5%', 'change', '%', dict(EX, **UP)),
 ('vượt 14,4% kế hoạch năm (', '14,4%', 'change', '%', dict(EX, **EXC)),
 ('(kế hoạch 2,5 tỷ USD)', '2,5 tỷ USD', 'level', 'USD', dict(EX, **T)),
 ('Cà phê: 1,21 tỷ USD', '1,21 tỷ USD', 'level', 'USD', dict(EX)),
 ('(+48,6%)', '48,6%', 'change', '%', dict(EX, **UP)),
 ('tiêu: 186 triệu USD', '186 triệu USD', 'level', 'USD', dict(EX)),
 ('(+22,1%)', '22,1%', 'change', '%', dict(EX, **UP)),
 ('gỗ: 512 triệu USD', '512 triệu USD', 'level', 'USD', dict(EX)),
 ('(-6,4%)', '6,4%', 'change', '%', dict(EX, direction='down', base='same_period')),
 ('sản: 214 triệu USD', '214 triệu USD', 'level', 'USD', dict(EX)),
 ('(+9,8%)', '9,8%', 'change', '%', dict(EX, **UP)),
 ('ước giảm 1,8% so với tháng trước', '1,8%', 'change', '%', dict(E, indicator='industrial_production_index', period='2025-M11', direction='down', base='previous_period')),
 ('IIP tăng 10,2% so với cùng kỳ', '10,2%', 'change', '%', dict(indicator='industrial_production_index', **UP)),
 ('ước đạt 152.380 tỷ đồng', '152.380 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 12,7% so với cùng kỳ', '12,7%', 'change', '%', dict(E, indicator='retail_sales', **UP)),
 ('đạt 91,4% kế hoạch', '91,4%', 'attainment', '%', dict(E, indicator='retail_sales', **A)),
 ('đạt 21.640 tỷ đồng', '21.640 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 118,6% dự toán', '118,6%', 'attainment', '%', dict(BR, **A)),
 ('và 97,3% dự toán', '97,3%', 'attainment', '%', dict(BR, **A)),
 ('tăng 15,2% so với cùng kỳ', '15,2%', 'change', '%', dict(BR, **UP)),
 ('thu 12,4 nghìn tỷ đồng', '12,4 nghìn tỷ đồng', 'level', 'VND', dict(BR, value=12400000000000, locality='tỉnh Bình Định')),
 ('đạt 11.264 tỷ đồng', '11.264 tỷ đồng', 'level', 'VND', dict(PI)),
 ('bằng 72,8% kế hoạch vốn', '72,8%', 'attainment', '%', dict(PI, **A)),
 ('và 68,5% kế hoạch tỉnh giao', '68,5%', 'attainment', '%', dict(PI, **A)),
 ('cả nước đạt 60,6%', '60,6%', 'attainment', '%', dict(PI, locality='cả nước', **A)),
 ('1.250 tỷ đồng, đạt 52%', '1.250 tỷ đồng', 'level', 'VND', dict(PI)),
 ('đạt 52%', '52%', 'attainment', '%', dict(PI, **A)),
 ('486 tỷ đồng', '486 tỷ đồng', 'level', 'VND', dict(PI)),
 ('đạt 49,3%', '49,3%', 'attainment', '%', dict(PI, **A)),
 ('318 tỷ đồng', '318 tỷ đồng', 'level', 'VND', dict(PI)),
 ('đạt 44,7%', '44,7%', 'attainment', '%', dict(PI, **A)),
 ('đạt 9,72 triệu lượt', '9,72 triệu lượt', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('tăng 14,3% so với cùng kỳ', '14,3%', 'change', '%', dict(indicator='tourist_arrivals', **UP)),
 ('quốc tế 412.600 lượt', '412.600', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('ước đạt 21.850 tỷ đồng', '21.850 tỷ đồng', 'level', 'VND', dict(E, indicator='tourism_revenue')),
 ('có 58/135 xã', '58/135', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('12 xã đạt chuẩn', '12', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', dict(PI, **A, **T, bound='over')),
 ('đạt 23.000 tỷ đồng trở lên', '23.000 tỷ đồng', 'level', 'VND', dict(BR, **T, bound='at_least')),
 ('đạt 8% theo', '8%', 'level', '%', dict(indicator='grdp_growth', **T)),
 ('có 1.946 doanh nghiệp', '1.946', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('ký 28.730 tỷ đồng', '28.730 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 11,2% so với cùng kỳ', '11,2%', 'change', '%', dict(indicator='new_enterprises', **UP)),
 ('412 doanh nghiệp quay', '412', 'level', 'doanh nghiệp', dict()),
 ('được 326 triệu USD', '326 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('gấp 2,3 lần cùng kỳ', '2,3 lần', 'change', 'lần', dict(indicator='fdi', **UP)),
]
