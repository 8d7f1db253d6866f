TEXT = '''
BÁO CÀ MAU ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Đất mũi hôm nay
Thứ Năm, 11/12/2025 - 16:20

Cà Mau: 17/19 chỉ tiêu kinh tế - xã hội năm 2025 đạt và vượt kế hoạch

(CMO) Sáng 11/12, tại Kỳ họp thứ 6 (kỳ họp thường lệ cuối năm) HĐND tỉnh khoá X, nhiệm kỳ 2021 - 2026, lãnh đạo UBND tỉnh trình bày báo cáo tình hình kinh tế - xã hội năm 2025 và kế hoạch năm 2026. Trong năm đầu vận hành bộ máy sau hợp nhất, tỉnh hoàn thành 17/19 chỉ tiêu chủ yếu.

Quang cảnh kỳ họp sáng 11/12. Ảnh: HỮU NGHĨA

Theo báo cáo, năm 2025 tỉnh vừa sắp xếp tổ chức bộ máy, vừa tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh. Để so sánh, số liệu năm 2024 được tính gộp của hai tỉnh Cà Mau và Bạc Liêu (cũ).

Kết quả thực hiện các chỉ tiêu năm 2025:
- Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 8,12% (KH 8%);
- GRDP bình quân đầu người ước đạt 86,4 triệu đồng (KH 85 triệu đồng);
- Tổng sản lượng thuỷ sản đạt 1,21 triệu tấn, bằng 102,5% KH; trong đó sản lượng tôm 485.600 tấn;
- Kim ngạch xuất khẩu đạt 2,46 tỷ USD, vượt 2,5% KH;
- Tổng thu ngân sách nhà nước trên địa bàn ước đạt 11.870 tỷ đồng, bằng 108,3% dự toán;
- Tổng vốn đầu tư toàn xã hội ước 61.200 tỷ đồng, tăng 10,4% so với năm 2024;
- Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025) giảm còn 1,38%, giảm 0,71 điểm phần trăm so với cuối năm 2024;
- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,1% (KH 95%);
- Tỷ lệ lao động qua đào tạo đạt 61,5%; giải quyết việc làm cho 38.900 lao động (KH 36.000 lao động);
- Số xã đạt chuẩn nông thôn mới: 58/64 xã;
- Tỷ lệ che phủ rừng và cây phân tán: 7,62%.
Đánh giá chung, có 17/19 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt là tỷ lệ bao phủ bảo hiểm y tế và số xã đạt chuẩn nông thôn mới (kế hoạch 60 xã).

Về cơ cấu tăng trưởng, khu vực nông, lâm nghiệp và thuỷ sản tăng 5,6%; khu vực công nghiệp - xây dựng tăng 11,2%; khu vực dịch vụ tăng 8,4%. Diện tích nuôi tôm toàn tỉnh duy trì 387.000 ha, trong đó tôm nuôi siêu thâm canh 4.820 ha, tăng 610 ha so với năm trước. Du lịch phục hồi mạnh với 3,8 triệu lượt khách, doanh thu 4.150 tỷ đồng, gấp 1,3 lần năm 2024.

Đồng chí Nguyễn Hồ Hải (sinh năm 1971), Bí thư Tỉnh uỷ, phát biểu tại kỳ họp. Ảnh: HỮU NGHĨA

Báo cáo cũng chỉ ra hạn chế: tiến độ các dự án điện gió ngoài khơi còn chậm; Quốc lộ 1 đoạn qua phường An Xuyên xuống cấp; tình trạng sạt lở bờ biển Tây còn diễn biến phức tạp với 22 điểm sạt lở nguy hiểm.

Thảo luận tại tổ, đại biểu Trần Thanh Phong (Tổ đại biểu phường Bạc Liêu) đề nghị tỉnh sớm bố trí vốn cho tuyến đê biển Đông đoạn qua xã Vĩnh Hậu, nơi khoảng 1.200 hộ dân đang sống ven biển. Đại biểu Lê Thị Mỹ (Tổ đại biểu xã Đất Mũi) cho biết, sau sắp xếp, xã có diện tích tự nhiên hơn 27.000 ha, nhiều ấp cách trung tâm xã trên 20 km, việc đi lại của người dân còn khó khăn.
Giải trình tại kỳ họp, Giám đốc Sở Tài chính cho biết, năm 2025 tỉnh đã bố trí 2.860 tỷ đồng cho các công trình phòng, chống sạt lở, bằng 1,8 lần năm 2024; đã giải ngân 2.145 tỷ đồng, đạt 75% kế hoạch vốn.

Năm 2026, tỉnh đề ra 20 chỉ tiêu chủ yếu, trong đó:
- Tốc độ tăng trưởng GRDP từ 10% trở lên;
- GRDP bình quân đầu người 96 triệu đồng trở lên;
- Tổng sản lượng thuỷ sản 1,25 triệu tấn;
- Kim ngạch xuất khẩu 2,7 tỷ USD;
- Thu ngân sách nhà nước trên địa bàn 12.500 tỷ đồng;
- Tỷ lệ hộ nghèo giảm 0,5 - 0,7 điểm phần trăm;
- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%;
- Giải quyết việc làm cho 40.000 lao động.

Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 được thông qua với 68/70 đại biểu có mặt tán thành.

Kỳ họp dự kiến diễn ra trong 3 ngày (từ 11 đến 13/12), xem xét, thông qua 42 nghị quyết. Đường dây nóng tiếp nhận ý kiến cử tri: 0290.3831.232.

Huỳnh Lâm

Tin liên quan:
» Bạc Liêu (cũ): 10 năm xây dựng thương hiệu tôm sạch
» Cà Mau xuất khẩu thuỷ sản 11 tháng đạt 2,2 tỷ USD
» Kỳ họp thứ 5 HĐND tỉnh khoá X thông qua 18 nghị quyết
'''
META = {'published': '2025-12-11', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2025', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
E = {'modality': 'estimate'}
T = {'modality': 'target'}
T26 = {'modality': 'target', 'period': '2026'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('Cà Mau: 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('thành 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('ước đạt 8,12%', '8,12%', 'level', '%', dict(E, indicator='grdp_growth')),
 ('(KH 8%)', '8%', 'level', '%', dict(T, indicator='grdp_growth')),
 ('ước đạt 86,4 triệu đồng', '86,4 triệu đồng', 'level', 'VND/người/năm', dict(E, indicator='grdp_per_capita')),
 ('(KH 85 triệu đồng)', '85 triệu đồng', 'level', 'VND/người/năm', dict(T, indicator='grdp_per_capita')),
 ('đạt 1,21 triệu tấn', '1,21 triệu tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('bằng 102,5% KH', '102,5%', 'attainment', '%', dict(indicator='aquaculture_output', base='target')),
 ('tôm 485.600 tấn', '485.600 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('đạt 2,46 tỷ USD', '2,46 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('vượt 2,5% KH', '2,5%', 'change', '%', dict(indicator='export_value', **U, base='target', status='exceeded')),
 ('đạt 11.870 tỷ đồng', '11.870 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_revenue')),
 ('bằng 108,3%', '108,3%', 'attainment', '%', dict(E, indicator='budget_revenue', base='target')),
 ('ước 61.200 tỷ đồng', '61.200 tỷ đồng', 'level', 'VND', dict(E, indicator='social_investment')),
 ('tăng 10,4%', '10,4%', 'change', '%', dict(E, indicator='social_investment', **U, base='2024')),
 ('còn 1,38%', '1,38%', 'level', '%', dict(indicator='poverty_rate', **D)),
 ('giảm 0,71 điểm phần trăm', '0,71 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', **D, base='2024')),
 ('đạt 93,1%', '93,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('(KH 95%)', '95%', 'level', '%', dict(T, indicator='health_insurance_coverage')),
 ('đạt 61,5%', '61,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('cho 38.900 lao động', '38.900', 'level', 'lao động', dict(indicator='jobs_created')),
 ('(KH 36.000 lao động)', '36.000', 'level', 'lao động', dict(T, indicator='jobs_created')),
 ('mới: 58/64 xã', '58/64', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('tán: 7,62%', '7,62%', 'level', '%', dict(indicator='forest_cover')),
 ('có 17/19 chỉ tiêu', '17/19', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('(kế hoạch 60 xã)', '60', 'level', 'xã', dict(T, indicator='new_rural_communes')),
 ('thuỷ sản tăng 5,6%', '5,6%', 'change', '%', dict(U)),
 ('xây dựng tăng 11,2%', '11,2%', 'change', '%', dict(U)),
 ('dịch vụ tăng 8,4%', '8,4%', 'change', '%', dict(U)),
 ('trì 387.000 ha', '387.000 ha', 'level', 'ha', dict()),
 ('thâm canh 4.820 ha', '4.820 ha', 'level', 'ha', dict()),
 ('tăng 610 ha', '610 ha', 'change', 'ha', dict(U, base='2024')),
 ('với 3,8 triệu lượt khách', '3,8 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('thu 4.150 tỷ đồng', '4.150 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', dict(indicator='tourism_revenue', **U, base='2024')),
 ('với 22 điểm', '22', 'level', 'điểm sạt lở', dict(optional=True)),
 ('ra 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', dict(T26, **RT)),
 ('GRDP từ 10% trở lên', '10%', 'level', '%', dict(T26, indicator='grdp_growth', bound='at_least')),
 ('người 96 triệu đồng', '96 triệu đồng', 'level', 'VND/người/năm', dict(T26, indicator='grdp_per_capita', bound='at_least')),
 ('sản 1,25 triệu tấn', '1,25 triệu tấn', 'level', 'tấn', dict(T26, indicator='aquaculture_output')),
 ('khẩu 2,7 tỷ USD', '2,7 tỷ USD', 'level', 'USD', dict(T26, indicator='export_value')),
 ('bàn 12.500 tỷ đồng', '12.500 tỷ đồng', 'level', 'VND', dict(T26, indicator='budget_revenue')),
 ('giảm 0,5 - 0,7 điểm phần trăm', '0,5 - 0,7 điểm phần trăm', 'change', 'điểm %', dict(T26, indicator='poverty_rate', **D)),
 ('đạt 95,5%', '95,5%', 'level', '%', dict(T26, indicator='health_insurance_coverage')),
 ('cho 40.000 lao động', '40.000', 'level', 'lao động', dict(T26, indicator='jobs_created')),
 ('qua 42 nghị quyết', '42', 'level', 'nghị quyết', dict(optional=True)),
]
FIGS += [
 ('khoảng 1.200 hộ', '1.200', 'level', 'hộ', dict(optional=True)),
 ('hơn 27.000 ha', '27.000 ha', 'level', 'ha', dict(optional=True)),
 ('trí 2.860 tỷ đồng', '2.860 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 1,8 lần', '1,8 lần', 'change', 'lần', dict(U, base='2024')),
 ('ngân 2.145 tỷ đồng', '2.145 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 75%', '75%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
]
