TEXT = '''
Khai mạc kỳ họp thứ 26 HĐND tỉnh Kiên Giang khóa X: Năm 2024 có 21/24 chỉ tiêu đạt và vượt

Thứ tư, 11/12/2024 - 08:30

(BKG) - Sáng 10-12, HĐND tỉnh Kiên Giang khóa X, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 26 (kỳ họp thường lệ cuối năm 2024). Kỳ họp diễn ra trong 3 ngày, từ ngày 10 đến 12-12.

Các đại biểu dự kỳ họp. Ảnh: Tố Thư
Các đại biểu dự kỳ họp. Ảnh: Tố Thư

Trình bày báo cáo tại kỳ họp, Phó Chủ tịch UBND tỉnh Lê Trung Hồ cho biết, năm 2024, kinh tế của tỉnh tiếp tục phục hồi, có 21/24 chỉ tiêu đạt và vượt Nghị quyết, 3 chỉ tiêu không đạt.

Tốc độ tăng trưởng GRDP ước thực hiện năm đạt 7,06%, cao hơn mức 6,46% của năm 2023. GRDP bình quân đầu người ước đạt 83,9 triệu đồng. Cơ cấu kinh tế: khu vực nông - lâm - thủy sản chiếm 33,12%; công nghiệp - xây dựng 20,55%; dịch vụ 41,68%.

Tổng sản lượng lúa cả năm ước đạt 4,37 triệu tấn, bằng 101,6% kế hoạch; sản lượng thủy sản khai thác và nuôi trồng ước 871.500 tấn. Kim ngạch xuất khẩu ước đạt 1,05 tỉ USD, tăng 14,8% so với năm 2023. Tổng lượt khách du lịch đạt 10,2 triệu lượt, trong đó khách quốc tế 1,1 triệu lượt; tổng thu từ du lịch đạt 13.650 tỉ đồng.

Thu ngân sách nhà nước trên địa bàn ước thực hiện 14.120 tỉ đồng, đạt 122,4% dự toán Trung ương giao. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm 0,42 điểm phần trăm, còn 1,1%. Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5%.

Chỉ tiêu năm 2025

Năm 2025, HĐND tỉnh đề ra 24 chỉ tiêu, trong đó:
- Tốc độ tăng trưởng GRDP từ 8% trở lên;
- GRDP bình quân đầu người 91 triệu đồng;
- Sản lượng lúa 4,3 triệu tấn;
- Kim ngạch xuất khẩu 1,1 tỉ USD;
- Thu ngân sách nhà nước 12.897 tỉ đồng;
- Giảm tỷ lệ hộ nghèo 0,3 - 0,5%;
- Tỷ lệ tham gia bảo hiểm y tế 93%.

Chủ tịch HĐND tỉnh Mai Văn Huỳnh nhấn mạnh: "Năm 2025 là năm về đích của nhiệm kỳ, mọi chỉ tiêu phải được hoàn thành ở mức cao nhất".

Tố Thư - Lê Huy

Tin cùng chuyên mục
- Kiên Giang: 152 tàu cá được cấp lại giấy phép khai thác
- Lễ kỷ niệm 80 năm Ngày thành lập QĐND Việt Nam (22/12/1944 - 22/12/2024)
'''
META = {'published': '2024-12-11', 'locality': 'tỉnh Kiên Giang'}
DEFAULTS = {'locality': 'tỉnh Kiên Giang', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('khóa X: Năm 2024 có 21/24', '21/24', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('có 21/24 chỉ tiêu đạt và vượt Nghị quyết', '21/24', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('3 chỉ tiêu không đạt', '3', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved')),
 ('năm đạt 7,06%', '7,06%', 'level', '%', dict(indicator='grdp_growth', **E)),
 ('mức 6,46%', '6,46%', 'level', '%', dict(indicator='grdp_growth', period='2023')),
 ('ước đạt 83,9 triệu đồng', '83,9 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', **E)),
 ('chiếm 33,12%', '33,12%', 'level', '%', dict(indicator='sector_share')),
 ('xây dựng 20,55%', '20,55%', 'level', '%', dict(indicator='sector_share')),
 ('dịch vụ 41,68%', '41,68%', 'level', '%', dict(indicator='sector_share')),
 ('ước đạt 4,37 triệu tấn', '4,37 triệu tấn', 'level', 'tấn', dict(indicator='rice_output', **E)),
 ('bằng 101,6% kế hoạch', '101,6%', 'attainment', '%', dict(indicator='rice_output', base='target', **E)),
 ('ước 871.500 tấn', '871.500 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', **E)),
 ('ước đạt 1,05 tỉ USD', '1,05 tỉ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 14,8% so với năm 2023', '14,8%', 'change', '%', dict(indicator='export_value', direction='up', base='2023', **E)),
 ('đạt 10,2 triệu lượt', '10,2 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('quốc tế 1,1 triệu lượt', '1,1 triệu', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('đạt 13.650 tỉ đồng', '13.650 tỉ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('thực hiện 14.120 tỉ đồng', '14.120 tỉ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('đạt 122,4% dự toán', '122,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('giảm 0,42 điểm phần trăm', '0,42 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down')),
 ('còn 1,1%', '1,1%', 'level', '%', dict(indicator='poverty_rate')),
 ('đạt 92,5%', '92,5%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('đề ra 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', **T)),
 ('từ 8% trở lên', '8%', 'level', '%', dict(indicator='grdp_growth', bound='at_least', **T)),
 ('người 91 triệu đồng', '91 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', **T)),
 ('lúa 4,3 triệu tấn', '4,3 triệu tấn', 'level', 'tấn', dict(indicator='rice_output', **T)),
 ('xuất khẩu 1,1 tỉ USD', '1,1 tỉ USD', 'level', 'USD', dict(indicator='export_value', **T)),
 ('nước 12.897 tỉ đồng', '12.897 tỉ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('nghèo 0,3 - 0,5%', '0,3 - 0,5%', 'change', '%', dict(indicator='poverty_rate', direction='down', **T)),
 ('y tế 93%', '93%', 'level', '%', dict(indicator='health_insurance_coverage', **T)),
 ('152 tàu cá', '152', 'level', 'tàu cá', dict(optional=True)),
]
