TEXT = '''
BÁO LAI CHÂU ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa - Du lịch | Quốc phòng - An ninh
Thứ Sáu, 08/12/2023 - 16:42

HĐND tỉnh Lai Châu khai mạc kỳ họp thứ mười sáu: 20/22 chỉ tiêu năm 2023 đạt và vượt

(BLC) - Sáng 8/12, HĐND tỉnh khóa XV, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ mười sáu (kỳ họp thường lệ cuối năm). Theo báo cáo của UBND tỉnh, kinh tế của tỉnh tiếp tục phục hồi, tốc độ tăng trưởng GRDP ước đạt 8,9%, thuộc nhóm cao của vùng Trung du và miền núi phía Bắc.

Dự kỳ họp có đồng chí Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh; lãnh đạo các sở, ngành và Thường trực HĐND 8 huyện, thành phố. Kỳ họp diễn ra trong 3 ngày, từ ngày 8 đến 10/12.

Báo cáo tình hình kinh tế - xã hội do Phó Chủ tịch UBND tỉnh trình bày cho biết: năm 2023 có 20/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt là thu ngân sách trên địa bàn và số xã đạt chuẩn nông thôn mới. Quy mô GRDP (giá hiện hành) ước đạt 27.350 tỷ đồng; GRDP bình quân đầu người đạt 55,6 triệu đồng. Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.480 tỷ đồng, bằng 91,9% dự toán Trung ương giao, giảm 6,3% so với năm 2022.

Sản xuất nông, lâm nghiệp ổn định. Tổng sản lượng lương thực ước đạt 221.500 tấn; diện tích chè toàn tỉnh 10.890 ha, trong đó 9.140 ha cho sản phẩm. Toàn tỉnh trồng mới 2.650 ha rừng; tỷ lệ che phủ rừng đạt 51,2%, tăng 0,4 điểm phần trăm so với năm 2022. Cây mắc ca được mở rộng thêm 1.200 ha tại các huyện Tam Đường, Sìn Hồ, Phong Thổ.

Chương trình xây dựng nông thôn mới có chuyển biến nhưng còn chậm: toàn tỉnh có 49/94 xã đạt chuẩn nông thôn mới, tăng 5 xã so với năm trước; 3 xã đạt chuẩn nông thôn mới nâng cao; bình quân đạt 15,2 tiêu chí/xã. Có thêm 18 sản phẩm được công nhận OCOP, nâng tổng số lên 96 sản phẩm, trong đó 12 sản phẩm đạt 4 sao.

Hoạt động du lịch khởi sắc với chuỗi sự kiện "Lai Châu - Sắc màu Tây Bắc". Khách du lịch ước đạt 1,15 triệu lượt, tăng 24,5% so với năm 2022; tổng thu từ du lịch ước 1.280 tỷ đồng. Riêng bản Sin Suối Hồ (xã Sin Suối Hồ, huyện Phong Thổ) đón khoảng 52.000 lượt khách.

Công tác giảm nghèo đạt kết quả tích cực. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 3,8 điểm phần trăm, còn 20,1%; trong đó tỷ lệ hộ nghèo dân tộc thiểu số giảm 4,3 điểm phần trăm. Năm 2023 có 4.960 hộ thoát nghèo. Tổng vốn ba chương trình mục tiêu quốc gia năm 2023 là 1.412 tỷ đồng; đến ngày 30/11/2023 giải ngân 918 tỷ đồng, đạt 65% kế hoạch vốn. Riêng Chương trình MTQG 1719 (phê duyệt tại Quyết định số 1719/QĐ-TTg) giải ngân 574 tỷ đồng, đạt 61,8% kế hoạch, thấp hơn mức chung của cả ba chương trình.

Quang cảnh kỳ họp. Ảnh: Minh Khang

Về những hạn chế, báo cáo nêu: tiến độ giải ngân vốn đầu tư công đạt thấp, một số công trình trên Quốc lộ 4D, Quốc lộ 32 chậm bàn giao mặt bằng; tỷ lệ hộ nghèo còn cao so với bình quân vùng; nhiều bản vùng cao như bản Pa Ủ, bản Nậm Củm vẫn thiếu nước sinh hoạt vào mùa khô.

Năm 2024, HĐND tỉnh thống nhất các chỉ tiêu chủ yếu:
- Tốc độ tăng trưởng GRDP từ 8 - 8,5%.
- GRDP bình quân đầu người đạt trên 60 triệu đồng.
- Thu ngân sách nhà nước trên địa bàn 2.650 tỷ đồng.
- Tỷ lệ hộ nghèo giảm 3 - 3,5 điểm phần trăm; riêng các huyện nghèo giảm 4 - 5 điểm phần trăm.
- Tỷ lệ che phủ rừng đạt 51,5%.
- Có thêm 6 xã đạt chuẩn nông thôn mới.
- Đón 1,3 triệu lượt khách du lịch.

Trong 3 ngày làm việc, kỳ họp sẽ xem xét, thông qua 26 nghị quyết, tiến hành lấy phiếu tín nhiệm đối với 28 người giữ chức vụ do HĐND tỉnh bầu. Mọi ý kiến đóng góp của cử tri xin gửi về Văn phòng Đoàn ĐBQH và HĐND tỉnh, điện thoại 0213.3876.521.

Hoàng Thanh

Xem thêm:
- Lai Châu: Thu ngân sách 10 tháng đạt 78% dự toán (12/11/2023)
- Phong Thổ có thêm 3 xã đạt chuẩn nông thôn mới (02/12/2023)
- Tân Uyên: Mùa chè thu cho 4.000 tấn búp tươi (25/11/2023)

Lượt xem: 1.284
'''
META = {'published': '2023-12-08', 'locality': 'tỉnh Lai Châu'}
DEFAULTS = {'locality': 'tỉnh Lai Châu', 'period': '2023', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('khai mạc kỳ họp thứ mười sáu: 20/22 chỉ tiêu', '20/22', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('GRDP ước đạt 8,9%', '8,9%', 'level', '%', dict(E, indicator='grdp_growth')),
 ('Thường trực HĐND 8 huyện', '8', 'level', 'huyện', dict(optional=True)),
 ('có 20/22 chỉ tiêu', '20/22', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('kế hoạch; 2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 27.350 tỷ đồng', '27.350 tỷ đồng', 'level', 'VND', dict(E, indicator='grdp')),
 ('đạt 55,6 triệu đồng', '55,6 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita')),
 ('ước đạt 2.480 tỷ đồng', '2.480 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_revenue')),
 ('bằng 91,9% dự toán', '91,9%', 'attainment', '%', dict(E, indicator='budget_revenue', base='target')),
 ('giảm 6,3% so với năm 2022', '6,3%', 'change', '%', dict(E, indicator='budget_revenue', direction='down', base='2022')),
 ('ước đạt 221.500 tấn', '221.500 tấn', 'level', 'tấn', dict(E, indicator='food_output')),
 ('tỉnh 10.890 ha', '10.890 ha', 'level', 'ha', dict()),
 ('đó 9.140 ha', '9.140 ha', 'level', 'ha', dict()),
 ('trồng mới 2.650 ha rừng', '2.650 ha', 'level', 'ha', dict()),
 ('che phủ rừng đạt 51,2%', '51,2%', 'level', '%', dict(indicator='forest_cover')),
 ('tăng 0,4 điểm phần trăm', '0,4 điểm phần trăm', 'change', 'điểm %', dict(indicator='forest_cover', direction='up', base='2022')),
 ('thêm 1.200 ha', '1.200 ha', 'level', 'ha', dict()),
 ('có 49/94 xã', '49/94', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('tăng 5 xã', '5', 'change', 'xã', dict(indicator='new_rural_communes', direction='up', base='2022')),
 ('; 3 xã đạt chuẩn', '3', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('đạt 15,2 tiêu chí/xã', '15,2', 'level', 'tiêu chí/xã', dict(indicator='new_rural_criteria')),
 ('thêm 18 sản phẩm', '18', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('lên 96 sản phẩm', '96', 'level', 'sản phẩm', dict(indicator='ocop_products', direction='up')),
 ('đó 12 sản phẩm', '12', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('ước đạt 1,15 triệu lượt', '1,15 triệu', 'level', 'lượt', dict(E, indicator='tourist_arrivals')),
 ('tăng 24,5%', '24,5%', 'change', '%', dict(E, indicator='tourist_arrivals', direction='up', base='2022')),
 ('du lịch ước 1.280 tỷ đồng', '1.280 tỷ đồng', 'level', 'VND', dict(E, indicator='tourism_revenue')),
 ('khoảng 52.000 lượt khách', '52.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', locality='xã Sin Suối Hồ', bound='about')),
 ('giảm 3,8 điểm phần trăm', '3,8 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down')),
 ('còn 20,1%', '20,1%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('giảm 4,3 điểm phần trăm', '4,3 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down')),
 ('có 4.960 hộ thoát nghèo', '4.960', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('là 1.412 tỷ đồng', '1.412 tỷ đồng', 'level', 'VND', dict()),
 ('giải ngân 918 tỷ đồng', '918 tỷ đồng', 'level', 'VND', dict(period='2023-11M')),
 ('đạt 65% kế hoạch vốn', '65%', 'attainment', '%', dict(period='2023-11M', base='target')),
 ('giải ngân 574 tỷ đồng', '574 tỷ đồng', 'level', 'VND', dict(period='2023-11M')),
 ('đạt 61,8% kế hoạch', '61,8%', 'attainment', '%', dict(period='2023-11M', base='target')),
 ('từ 8 - 8,5%', '8 - 8,5%', 'level', '%', dict(T, indicator='grdp_growth')),
 ('trên 60 triệu đồng', '60 triệu đồng', 'level', 'VND/người/năm', dict(T, indicator='grdp_per_capita', bound='over')),
 ('địa bàn 2.650 tỷ đồng', '2.650 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('giảm 3 - 3,5 điểm phần trăm', '3 - 3,5 điểm phần trăm', 'change', 'điểm %', dict(T, indicator='poverty_rate', direction='down')),
 ('giảm 4 - 5 điểm phần trăm', '4 - 5 điểm phần trăm', 'change', 'điểm %', dict(T, indicator='poverty_rate', direction='down')),
 ('rừng đạt 51,5%', '51,5%', 'level', '%', dict(T, indicator='forest_cover')),
 ('thêm 6 xã', '6', 'level', 'xã', dict(T, indicator='new_rural_communes')),
 ('Đón 1,3 triệu lượt', '1,3 triệu', 'level', 'lượt khách', dict(T, indicator='tourist_arrivals')),
 ('thông qua 26 nghị quyết', '26', 'level', 'nghị quyết', dict(optional=True)),
 ('đối với 28 người', '28', 'level', 'người', dict(optional=True)),
]
