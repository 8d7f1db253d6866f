TEXT = '''
CẦN THƠ ONLINE
Thứ Bảy, 16-8-2025, 10:42 | Liên hệ quảng cáo: 0292 3820 171
Thời sự | Chính trị | Đô thị | Kinh tế | Xã hội | Giáo dục | Sức khỏe | Văn hóa | Thể thao | Quốc tế | Bạn đọc

Đô thị

Phường Cái Khế hướng tới đô thị văn minh, 80% hồ sơ giải quyết trực tuyến

Đại hội đại biểu Đảng bộ phường Cái Khế lần thứ I, nhiệm kỳ 2025 - 2030 đặt mục tiêu xây dựng phường trở thành đô thị văn minh, hiện đại của trung tâm thành phố Cần Thơ.

Ngày 15-8, Đảng bộ phường Cái Khế tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Phường Cái Khế được thành lập trên cơ sở sắp xếp nguyên trạng các phường Cái Khế, An Hòa và Thới Bình thuộc quận Ninh Kiều (cũ), hiện có 52 khu vực với hơn 95.000 nhân khẩu. Đại hội có 250 đại biểu chính thức, thay mặt cho 3.120 đảng viên của 64 chi bộ, đảng bộ cơ sở.

Đồng chí Nguyễn Thực Hiện, Phó Bí thư Thường trực Thành ủy, tặng hoa chúc mừng đại hội. Ảnh: Duy Khôi

5 năm, thu ngân sách tăng bình quân 11,2%/năm

Theo báo cáo chính trị, nhiệm kỳ 2020 - 2025, Đảng bộ ba phường cũ lãnh đạo thực hiện đạt và vượt 17/19 chỉ tiêu. Tổng thu ngân sách nhà nước trên địa bàn 5 năm qua đạt 2.150 tỷ đồng, tăng bình quân 11,2%/năm; riêng năm 2024 thu 512 tỷ đồng, gấp 1,7 lần năm 2020. Cả nhiệm kỳ, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng bình quân 12%/năm; năm 2025 ước đạt 32.600 tỷ đồng.

Thương mại - dịch vụ tiếp tục là thế mạnh. Đến cuối năm 2024, trên địa bàn có 4.860 hộ kinh doanh cá thể và 1.320 doanh nghiệp đang hoạt động; trong nhiệm kỳ có 415 doanh nghiệp thành lập mới. Khu du lịch Cồn Cái Khế và các bến tàu du lịch trên sông Hậu mỗi năm đón khoảng 1,2 triệu lượt khách.

Chỉnh trang đô thị có nhiều chuyển biến. Cả nhiệm kỳ, các phường cũ vận động Nhân dân hiến 3.450 m2 đất, đóng góp 28 tỷ đồng để nâng cấp 126 tuyến hẻm; đến nay 100% tuyến hẻm có đèn chiếu sáng. Tỷ lệ thu gom chất thải rắn sinh hoạt đạt 100%; tỷ lệ hộ dân sử dụng nước sạch đạt 100%. Riêng phường An Hòa cũ xây dựng được 18 tuyến đường văn minh đô thị, nâng tổng số tuyến đường văn minh của ba phường lên 41 tuyến, tăng 29 tuyến so với đầu nhiệm kỳ.

Công tác an sinh được quan tâm. Phường không còn hộ nghèo theo chuẩn của thành phố từ năm 2023; tỷ lệ hộ cận nghèo giảm từ 1,8% năm 2020 xuống còn 0,35% năm 2025. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,8%, vượt 1,8 điểm phần trăm so với chỉ tiêu Nghị quyết (95%). Trong 5 năm, phường giải quyết việc làm cho 6.800 lao động.

Về cải cách hành chính, năm 2024 ba phường cũ tiếp nhận 28.450 hồ sơ, giải quyết đúng hạn 99,6%; tỷ lệ hồ sơ nộp trực tuyến đạt 62%. Ông Trần Văn Lộc (68 tuổi, khu vực 4, đường 30 Tháng 4) cho biết, ông làm thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất qua mạng chỉ mất 5 ngày.

Quốc phòng - an ninh được giữ vững. Trong nhiệm kỳ 2020 - 2025, số vụ phạm pháp hình sự trên địa bàn giảm 21% so với nhiệm kỳ trước; tỷ lệ điều tra khám phá án hình sự đạt 92%. Hằng năm, phường hoàn thành 100% chỉ tiêu giao quân. Việc thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp được triển khai nghiêm túc ở 64 chi bộ, đảng bộ cơ sở; đường dây nóng của phường (0292 3821 115) tiếp nhận phản ánh 24/7.

Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Duy Khôi

Đến năm 2030: 80% hồ sơ giải quyết trực tuyến

Đại hội xác định 18 chỉ tiêu chủ yếu của nhiệm kỳ 2025 - 2030. Theo đó, thu ngân sách nhà nước trên địa bàn tăng bình quân từ 10%/năm trở lên; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng bình quân 11 - 12%/năm. Đến năm 2030, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt 80%; mức độ hài lòng của người dân đạt từ 95% trở lên; diện tích cây xanh đô thị bình quân đạt 5 m2/người; 100% tuyến đường, hẻm chính được chỉnh trang, có vỉa hè và cây xanh; tỷ lệ dân số tham gia bảo hiểm y tế đạt 98%. Mỗi năm kết nạp ít nhất 60 đảng viên.

Đại hội đã công bố quyết định chỉ định Ban Chấp hành Đảng bộ phường khóa I gồm 31 đồng chí và bầu 24 đại biểu đi dự Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I. Đồng chí Lê Thị Ngọc Trâm được tín nhiệm giữ chức Bí thư Đảng ủy phường với 98,4% phiếu tín nhiệm.

Duy Khôi

Bình luận
Nguyễn Hữu Tâm: Mong phường sớm làm lại hẻm 132 đường 3 Tháng 2, mưa là ngập 30 cm. (16-8-2025 11:20)

Tin cùng chuyên mục
• Phường Ninh Kiều đề ra 16 chỉ tiêu nhiệm kỳ mới (15-8-2025)
• Cần Thơ: 103 xã, phường hoàn thành đại hội (14-8-2025)

BÁO CẦN THƠ - Số 6 đường Hòa Bình, phường Ninh Kiều, TP Cần Thơ. Giấy phép số 156/GP-BTTTT. Đang online: 1.206
'''
META = {'published': '2025-08-16', 'locality': 'phường Cái Khế'}
DEFAULTS = {'locality': 'phường Cái Khế', 'period': '2020/2025', 'modality': 'actual'}
E25 = {'period': '2025', 'modality': 'estimate'}
Y24 = {'period': '2024'}
T30 = {'period': '2030', 'modality': 'target'}
TT = {'period': '2025/2030', 'modality': 'target'}
FIGS = [
 ('đô thị văn minh, 80% hồ sơ', '80%', 'level', '%', dict(TT)),
 ('2030: 80% hồ sơ', '80%', 'level', '%', dict(T30)),
 ('có 52 khu vực', '52', 'level', 'khu vực', dict(optional=True)),
 ('hơn 95.000 nhân khẩu', '95.000', 'level', 'nhân khẩu', dict(optional=True)),
 ('có 250 đại biểu', '250', 'level', 'đại biểu', dict(optional=True)),
 ('cho 3.120 đảng viên', '3.120', 'level', 'đảng viên', dict(optional=True)),
 ('của 64 chi bộ', '64', 'level', 'chi bộ', dict(optional=True)),
 ('tăng bình quân 11,2%/năm\n', '11,2%', 'change', '%', dict(indicator='budget_revenue', direction='up')),
 ('vượt 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('qua đạt 2.150 tỷ đồng', '2.150 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('tăng bình quân 11,2%/năm;', '11,2%', 'change', '%', dict(indicator='budget_revenue', direction='up')),
 ('thu 512 tỷ đồng', '512 tỷ đồng', 'level', 'VND', dict(Y24, indicator='budget_revenue')),
 ('gấp 1,7 lần năm 2020', '1,7 lần', 'change', 'lần', dict(Y24, indicator='budget_revenue', direction='up', base='2020')),
 ('ước đạt 32.600 tỷ đồng', '32.600 tỷ đồng', 'level', 'VND', dict(E25, indicator='retail_sales')),
 ('bình quân 12%/năm', '12%', 'change', '%', dict(indicator='retail_sales', direction='up')),
 ('có 4.860 hộ', '4.860', 'level', 'hộ kinh doanh', dict(Y24)),
 ('1.320 doanh nghiệp', '1.320', 'level', 'doanh nghiệp', dict(Y24)),
 ('có 415 doanh nghiệp', '415', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('khoảng 1,2 triệu lượt khách', '1,2 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='about', value=1200000)),
 ('hiến 3.450 m2', '3.450 m2', 'level', 'm2', dict()),
 ('góp 28 tỷ đồng', '28 tỷ đồng', 'level', 'VND', dict()),
 ('nâng cấp 126 tuyến hẻm', '126', 'level', 'tuyến hẻm', dict(optional=True)),
 ('nay 100% tuyến hẻm', '100%', 'level', '%', dict()),
 ('sinh hoạt đạt 100%', '100%', 'level', '%', dict()),
 ('nước sạch đạt 100%', '100%', 'level', '%', dict(indicator='clean_water_rate')),
 ('được 18 tuyến đường', '18', 'level', 'tuyến đường', dict(locality='phường An Hòa')),
 ('lên 41 tuyến', '41', 'level', 'tuyến', dict(direction='up')),
 ('tăng 29 tuyến', '29', 'change', 'tuyến', dict(direction='up', base='2020')),
 ('từ 1,8% năm 2020', '1,8%', 'level', '%', dict(indicator='near_poverty_rate', period='2020')),
 ('còn 0,35% năm 2025', '0,35%', 'level', '%', dict(indicator='near_poverty_rate', period='2025', direction='down')),
 ('y tế đạt 96,8%', '96,8%', 'level', '%', dict(indicator='health_insurance_coverage', period='2025')),
 ('vượt 1,8 điểm phần trăm', '1,8 điểm phần trăm', 'change', 'điểm %', dict(indicator='health_insurance_coverage', period='2025', direction='up', base='target', status='exceeded')),
 ('Nghị quyết (95%)', '95%', 'level', '%', dict(indicator='health_insurance_coverage', period='2025', modality='target')),
 ('cho 6.800 lao động', '6.800', 'level', 'lao động', dict(indicator='jobs_created')),
 ('tiếp nhận 28.450 hồ sơ', '28.450', 'level', 'hồ sơ', dict(Y24)),
 ('đúng hạn 99,6%', '99,6%', 'level', '%', dict(Y24)),
 ('trực tuyến đạt 62%', '62%', 'level', '%', dict(Y24)),
 ('ở 64 chi bộ', '64', 'level', 'chi bộ', dict(optional=True)),
 ('giảm 21%', '21%', 'change', '%', dict(indicator='crime', direction='down', base='previous_period')),
 ('khám phá án hình sự đạt 92%', '92%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('hoàn thành 100% chỉ tiêu', '100%', 'attainment', '%', dict(base='target')),
 ('xác định 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', dict(TT, indicator='resolution_targets')),
 ('từ 10%/năm trở lên', '10%', 'change', '%', dict(TT, indicator='budget_revenue', direction='up', bound='at_least')),
 ('bình quân 11 - 12%/năm', '11 - 12%', 'change', '%', dict(TT, indicator='retail_sales', direction='up')),
 ('trực tuyến đạt 80%', '80%', 'level', '%', dict(T30)),
 ('từ 95% trở lên', '95%', 'level', '%', dict(T30, bound='at_least')),
 ('đạt 5 m2/người', '5 m2/người', 'level', 'm2/người', dict(T30)),
 ('100% tuyến đường', '100%', 'level', '%', dict(T30)),
 ('y tế đạt 98%', '98%', 'level', '%', dict(T30, indicator='health_insurance_coverage')),
 ('ít nhất 60 đảng viên', '60', 'level', 'đảng viên', dict(TT, indicator='new_party_members', bound='at_least')),
 ('gồm 31 đồng chí', '31', 'level', 'đồng chí', dict(optional=True)),
 ('bầu 24 đại biểu', '24', 'level', 'đại biểu', dict(optional=True)),
]
