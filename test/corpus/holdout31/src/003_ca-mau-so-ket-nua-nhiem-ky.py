NFD = True
TEXT = '''
BÁO CÀ MAU
Thứ Sáu, 30/06/2023 - 05:35
Chính trị | Kinh tế | Xã hội | Văn hoá - Thể thao | Pháp luật | Quốc phòng - An ninh | Cà Mau 360

Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội XVI Đảng bộ tỉnh: 12/26 chỉ tiêu đạt và vượt tiến độ

(CMO) Ngày 29/6, Ban Chấp hành Đảng bộ tỉnh khóa XVI tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025. Đồng chí Nguyễn Tiến Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị. Hội nghị được truyền hình trực tuyến đến 9 điểm cầu huyện, thành phố.

Quang cảnh hội nghị tại Trung tâm Hội nghị tỉnh, số 2 đường Hùng Vương, Phường 5, TP. Cà Mau.

Nửa chặng đường nhiều dấu ấn

Báo cáo sơ kết cho biết, trong 2,5 năm đầu nhiệm kỳ, dù chịu tác động nặng nề của dịch COVID-19, thiên tai và giá cả đầu vào tăng cao, tỉnh vẫn đạt nhiều kết quả quan trọng. Trong tổng số 26 chỉ tiêu chủ yếu Nghị quyết đề ra, có 12/26 chỉ tiêu đạt và vượt tiến độ; 9 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ; 5 chỉ tiêu dự báo khó đạt.

Tốc độ tăng trưởng GRDP giai đoạn 2021 - 2022 bình quân 5,04%/năm (năm 2021 tăng 1,52%, năm 2022 tăng 8,53%), thấp hơn mục tiêu Nghị quyết (7 - 7,5%/năm). Quy mô nền kinh tế năm 2022 đạt 72.150 tỷ đồng; GRDP bình quân đầu người đạt 62,3 triệu đồng, gấp 1,2 lần năm 2020. Cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng khu vực nông, lâm nghiệp và thủy sản năm 2022 chiếm 37,6%.

Kinh tế thủy sản tiếp tục là thế mạnh. Sản lượng thủy sản năm 2022 đạt 595.400 tấn, tăng 9,3% so với năm 2020; trong đó sản lượng tôm 232.500 tấn. Kim ngạch xuất khẩu năm 2022 đạt 1,45 tỷ USD, vượt 7,4% kế hoạch. Thu ngân sách nhà nước năm 2022 đạt 5.812 tỷ đồng, vượt 21,5% dự toán, tăng 18,6% so với năm 2021.

Tôm sú, tôm càng xanh và cua biển Cà Mau đã có mặt ở nhiều thị trường khó tính. Ảnh: HOÀNG VŨ

Lĩnh vực văn hóa - xã hội có nhiều chuyển biến. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 4,67% (đầu năm 2022) xuống còn 3,12% (cuối năm 2022). Năm 2022, tỷ lệ tham gia bảo hiểm y tế đạt 93,2% dân số; đạt 9,8 bác sĩ và 28,5 giường bệnh trên 1 vạn dân. Đến tháng 5/2023, toàn tỉnh có 58/82 xã đạt chuẩn nông thôn mới, 11 xã đạt chuẩn nông thôn mới nâng cao, 1 xã đạt chuẩn nông thôn mới kiểu mẫu; 197/548 trường đạt chuẩn quốc gia.

Công tác xây dựng Đảng và hệ thống chính trị được quan tâm. Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ kết nạp 3.264 đảng viên, đạt 54,4% chỉ tiêu nhiệm kỳ; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Tỉnh đã sắp xếp, giảm 4 đơn vị hành chính cấp xã và 129 ấp, khóm theo Nghị quyết số 37-NQ/TW.

Những chỉ tiêu khó đạt

Theo báo cáo, 5 chỉ tiêu dự báo khó đạt gồm: tốc độ tăng trưởng GRDP; GRDP bình quân đầu người (Nghị quyết đề ra đến năm 2025 đạt 85 triệu đồng); tỷ lệ đô thị hóa (Nghị quyết đề ra 30%, đến nay đạt 24,8%); số xã đạt chuẩn nông thôn mới và tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ.

Các ý kiến thảo luận tại hội nghị tập trung làm rõ nguyên nhân: kết cấu hạ tầng, nhất là giao thông, còn yếu; Quốc lộ 1 đoạn Cà Mau - Năm Căn và tuyến cao tốc Cần Thơ - Cà Mau chưa hoàn thành; các dự án điện gió, khí - điện - đạm chậm tiến độ. Dự báo đến cuối nhiệm kỳ, có 21/26 chỉ tiêu đạt và vượt.

Đồng chí Nguyễn Tiến Hải, Bí thư Tỉnh ủy phát biểu kết luận hội nghị. Ảnh: HOÀNG VŨ

Phát biểu kết luận, Bí thư Tỉnh ủy Nguyễn Tiến Hải yêu cầu nửa nhiệm kỳ còn lại phải tăng tốc, tập trung 3 đột phá chiến lược. Năm 2023, tỉnh phấn đấu tăng trưởng GRDP đạt 6,5% trở lên; thu ngân sách nhà nước 5.500 tỷ đồng; kim ngạch xuất khẩu 1,5 tỷ USD; có thêm 8 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm 1% trở lên.

Hội nghị thống nhất ban hành Nghị quyết số 25-NQ/TU ngày 29/6/2023 về sơ kết giữa nhiệm kỳ.

TÂN THÁI

Tin liên quan
- Năm Căn: 5/7 xã đạt chuẩn nông thôn mới (28/06/2023)
- Đầm Dơi sơ kết giữa nhiệm kỳ: 14/19 chỉ tiêu đạt tiến độ (27/06/2023)
- U Minh phấn đấu thu ngân sách 120 tỷ đồng (26/06/2023)

Lượt xem: 3.108

Cơ quan chủ quản: Tỉnh ủy Cà Mau. Tổng Biên tập: ... Giấy phép số 1285/GP-BTTTT. Địa chỉ: 75 Lý Thường Kiệt, Phường 7, TP. Cà Mau. Điện thoại: 0290.3831.239
'''
META = {'published': '2023-06-30', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2020/2025', 'modality': 'actual'}
T = {'modality': 'target'}
RT = {'indicator': 'resolution_targets'}
Y22 = {'period': '2022'}
FIGS = [
 ('XVI Đảng bộ tỉnh: 12/26 chỉ tiêu', '12/26', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('đến 9 điểm cầu', '9', 'level', 'điểm cầu', dict(optional=True)),
 ('Trong tổng số 26 chỉ tiêu', '26', 'level', 'chỉ tiêu', dict(RT)),
 ('có 12/26 chỉ tiêu', '12/26', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('9 chỉ tiêu có khả năng đạt', '9', 'level', 'chỉ tiêu', dict(RT, status='pending')),
 ('; 5 chỉ tiêu dự báo khó đạt', '5', 'level', 'chỉ tiêu', dict(RT, status='not_achieved', modality='estimate')),
 ('bình quân 5,04%/năm', '5,04%', 'level', '%', dict(indicator='grdp_growth', period='2021/2022')),
 ('năm 2021 tăng 1,52%', '1,52%', 'change', '%', dict(indicator='grdp_growth', period='2021', direction='up')),
 ('năm 2022 tăng 8,53%', '8,53%', 'change', '%', dict(indicator='grdp_growth', period='2022', direction='up')),
 ('(7 - 7,5%/năm)', '7 - 7,5%', 'level', '%', dict(T, indicator='grdp_growth')),
 ('đạt 72.150 tỷ đồng', '72.150 tỷ đồng', 'level', 'VND', dict(Y22, indicator='grdp')),
 ('đạt 62,3 triệu đồng', '62,3 triệu đồng', 'level', 'VND/người/năm', dict(Y22, indicator='grdp_per_capita')),
 ('gấp 1,2 lần năm 2020', '1,2 lần', 'change', 'lần', dict(Y22, indicator='grdp_per_capita', direction='up', base='2020')),
 ('chiếm 37,6%', '37,6%', 'level', '%', dict(Y22, indicator='sector_share')),
 ('đạt 595.400 tấn', '595.400 tấn', 'level', 'tấn', dict(Y22, indicator='aquaculture_output')),
 ('tăng 9,3% so với năm 2020', '9,3%', 'change', '%', dict(Y22, indicator='aquaculture_output', direction='up', base='2020')),
 ('tôm 232.500 tấn', '232.500 tấn', 'level', 'tấn', dict(Y22)),
 ('đạt 1,45 tỷ USD', '1,45 tỷ USD', 'level', 'USD', dict(Y22, indicator='export_value')),
 ('vượt 7,4% kế hoạch', '7,4%', 'change', '%', dict(Y22, indicator='export_value', direction='up', base='target', status='exceeded')),
 ('đạt 5.812 tỷ đồng', '5.812 tỷ đồng', 'level', 'VND', dict(Y22, indicator='budget_revenue')),
 ('vượt 21,5% dự toán', '21,5%', 'change', '%', dict(Y22, indicator='budget_revenue', direction='up', base='target', status='exceeded')),
 ('tăng 18,6% so với năm 2021', '18,6%', 'change', '%', dict(Y22, indicator='budget_revenue', direction='up', base='2021')),
 ('từ 4,67%', '4,67%', 'level', '%', dict(Y22, indicator='poverty_rate')),
 ('còn 3,12%', '3,12%', 'level', '%', dict(Y22, indicator='poverty_rate', direction='down')),
 ('đạt 93,2% dân số', '93,2%', 'level', '%', dict(Y22, indicator='health_insurance_coverage')),
 ('đạt 9,8 bác sĩ', '9,8', 'level', 'bác sĩ/vạn dân', dict(Y22, indicator='doctors_per_10k')),
 ('28,5 giường bệnh', '28,5', 'level', 'giường bệnh/vạn dân', dict(Y22, indicator='hospital_beds_per_10k')),
 ('có 58/82 xã', '58/82', 'ratio', 'xã', dict(indicator='new_rural_communes', period='2023-M05')),
 ('11 xã đạt chuẩn', '11', 'level', 'xã', dict(indicator='new_rural_communes_advanced', period='2023-M05')),
 (', 1 xã đạt chuẩn', '1', 'level', 'xã', dict(indicator='new_rural_communes_model', period='2023-M05')),
 ('197/548 trường', '197/548', 'ratio', 'trường', dict(indicator='national_standard_schools', period='2023-M05')),
 ('kết nạp 3.264 đảng viên', '3.264', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 54,4% chỉ tiêu', '54,4%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('trên 90% tổ chức', '90%', 'level', '%', dict(bound='over')),
 ('giảm 4 đơn vị', '4', 'change', 'đơn vị hành chính cấp xã', dict(direction='down', optional=True)),
 ('và 129 ấp', '129', 'change', 'ấp', dict(direction='down', optional=True)),
 ('Theo báo cáo, 5 chỉ tiêu', '5', 'level', 'chỉ tiêu', dict(RT, status='not_achieved', modality='estimate')),
 ('đạt 85 triệu đồng', '85 triệu đồng', 'level', 'VND/người/năm', dict(T, indicator='grdp_per_capita', period='2025')),
 ('đề ra 30%', '30%', 'level', '%', dict(T, indicator='urbanization_rate')),
 ('đạt 24,8%', '24,8%', 'level', '%', dict(indicator='urbanization_rate')),
 ('có 21/26 chỉ tiêu', '21/26', 'ratio', 'chỉ tiêu', dict(RT, status='achieved', modality='estimate')),
 ('3 đột phá', '3', 'level', 'đột phá', dict(optional=True)),
 ('đạt 6,5% trở lên', '6,5%', 'level', '%', dict(T, period='2023', indicator='grdp_growth', bound='at_least')),
 ('nước 5.500 tỷ đồng', '5.500 tỷ đồng', 'level', 'VND', dict(T, period='2023', indicator='budget_revenue')),
 ('xuất khẩu 1,5 tỷ USD', '1,5 tỷ USD', 'level', 'USD', dict(T, period='2023', indicator='export_value')),
 ('thêm 8 xã', '8', 'level', 'xã', dict(T, period='2023', indicator='new_rural_communes')),
 ('giảm 1% trở lên', '1%', 'change', '%', dict(T, period='2023', indicator='poverty_rate', direction='down', bound='at_least')),
]
