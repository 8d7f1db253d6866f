TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Multimedia | E-paper
Chính trị › Xây dựng Đảng

Bế mạc Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XX: tăng trưởng GRDP giai đoạn 2026 - 2030 bình quân 11%/năm trở lên

Thứ Bảy, 18/10/2025 - 17:40

(Baothanhhoa.vn) - Chiều 18/10, sau 3 ngày làm việc, Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2025 - 2030 đã hoàn thành chương trình đề ra và bế mạc. 450 đại biểu chính thức thay mặt cho hơn 230.000 đảng viên trong toàn Đảng bộ đã biểu quyết thông qua Nghị quyết Đại hội với 100% số phiếu tán thành.

Quang cảnh phiên bế mạc Đại hội tại Cung Văn hóa thiếu nhi tỉnh. Ảnh: Minh Hiếu

Đại hội khẳng định, nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh có nhiều khó khăn, thách thức chưa có tiền lệ; song Đảng bộ, chính quyền và nhân dân trong tỉnh đã đoàn kết, vượt khó, hoàn thành và hoàn thành vượt mức 27/30 chỉ tiêu chủ yếu Nghị quyết Đại hội XIX đề ra; 3 chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ, số bác sĩ trên vạn dân và tỷ lệ đô thị hóa.

Nhiệm kỳ 2020 - 2025: quy mô kinh tế đứng thứ 8 cả nước

Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 9,6%/năm, cao hơn mức bình quân chung của cả nước; quy mô nền kinh tế năm 2025 ước đạt 375.000 tỷ đồng, gấp 1,7 lần năm 2020, đứng thứ 8 cả nước. GRDP bình quân đầu người năm 2025 ước đạt 4.100 USD, tăng 1.520 USD so với năm 2020. Cơ cấu kinh tế năm 2025: công nghiệp - xây dựng chiếm 46,3%, dịch vụ 36,5%, nông, lâm, thủy sản giảm còn 13,2%.

Thu ngân sách nhà nước trên địa bàn 5 năm đạt 231.500 tỷ đồng, gấp 1,9 lần nhiệm kỳ trước; riêng năm 2024 đạt 57.200 tỷ đồng, lần đầu tiên vượt mốc 50.000 tỷ đồng. Tổng vốn đầu tư toàn xã hội cả nhiệm kỳ ước đạt 650.000 tỷ đồng, vượt 8,3% so với mục tiêu Đại hội. Toàn tỉnh thu hút 48 dự án FDI với tổng vốn đăng ký 3,2 tỷ USD; kim ngạch xuất khẩu năm 2025 ước đạt 9,5 tỷ USD.

Khu kinh tế Nghi Sơn tiếp tục là động lực tăng trưởng. Ảnh: Lê Hợi

Văn hóa - xã hội có nhiều chuyển biến. Toàn tỉnh có 343/446 xã đạt chuẩn nông thôn mới trước khi sắp xếp, 11 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5%; tỷ lệ trường đạt chuẩn quốc gia đạt 88,6%. Công tác phát triển đảng viên đạt 26.150/25.000 đảng viên mới, vượt chỉ tiêu nhiệm kỳ. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm từ 7,23% (năm 2021) xuống còn 1,9% (năm 2025).

Sau sắp xếp đơn vị hành chính từ ngày 1/7/2025, toàn tỉnh có 166 xã, phường; hệ thống chính trị được tinh gọn, chính quyền địa phương hai cấp vận hành thông suốt.

Trong nhiệm kỳ, tỉnh đã tổ chức thành công Năm Du lịch quốc gia 2025; năm 2024, tổng lượt khách du lịch đạt 16,2 triệu lượt, gấp 3 lần năm 2021. Đồng chí Lê Thị Hoa, 58 tuổi, đại biểu Đảng bộ phường Hạc Thành, chia sẻ gia đình bà có 4 thế hệ cùng sinh hoạt Đảng.

Mục tiêu nhiệm kỳ 2025 - 2030

Đại hội thống nhất 25 chỉ tiêu chủ yếu, trong đó: Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 11%/năm trở lên; đến năm 2030, GRDP bình quân đầu người đạt 7.500 - 8.000 USD. Cơ cấu kinh tế đến năm 2030: công nghiệp - xây dựng 50%, dịch vụ 39%, nông, lâm, thủy sản 7%. Tổng vốn đầu tư toàn xã hội 5 năm đạt 1,2 triệu tỷ đồng; thu ngân sách nhà nước trên địa bàn năm 2030 đạt 85.000 tỷ đồng trở lên. Tỷ lệ đô thị hóa đạt 50%; tỷ lệ hộ nghèo giảm bình quân 0,5 - 0,7%/năm; tỷ lệ lao động qua đào tạo đạt 80%, trong đó có bằng cấp, chứng chỉ 40%; có 15 bác sĩ trên 1 vạn dân; tỷ lệ che phủ rừng duy trì ổn định 53%. Mỗi năm kết nạp từ 5.000 đảng viên mới trở lên.

Đại hội xác định 3 khâu đột phá và 6 nhiệm vụ trọng tâm; chọn chủ đề năm 2026 là "Kỷ cương, hành động, bứt phá". Đại hội cũng bầu Ban Chấp hành Đảng bộ tỉnh khóa XX gồm 71 đồng chí; đồng chí Nguyễn Doãn Anh được Bộ Chính trị chỉ định giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2025 - 2030.

Phát biểu bế mạc, Bí thư Tỉnh ủy nhấn mạnh: "Thanh Hóa phải đi trước một bước trong thực hiện Nghị quyết số 57-NQ/TW, đưa Khu kinh tế Nghi Sơn và Quốc lộ 47 thành trục động lực mới."

Minh Hiếu - Quốc Hương

Tin liên quan:
» Khai mạc Đại hội Đảng bộ tỉnh lần thứ XX: 450 đại biểu dự
» Thanh Hóa: 9 tháng năm 2025 thu ngân sách đạt 46.000 tỷ đồng
» Kết nạp 5.300 đảng viên mới trong năm 2024

Đường dây nóng: 0237 3852 125 | Giấy phép số 346/GP-BVHTTDL | Lượt truy cập: 18.452.097
'''
META = {'published': '2025-10-18', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2020/2025', 'modality': 'actual'}
T = {'period': '2026/2030', 'modality': 'target'}
T30 = {'period': '2030', 'modality': 'target'}
TT = {'period': '2025/2030', 'modality': 'target'}
E25 = {'period': '2025', 'modality': 'estimate'}
FIGS = [
 ('bình quân 11%/năm trở lên', '11%', 'level', '%', dict(T, indicator='grdp_growth', bound='at_least')),
 ('450 đại biểu chính thức', '450', 'level', 'đại biểu', dict(optional=True)),
 ('hơn 230.000 đảng viên', '230.000', 'level', 'đảng viên', dict(optional=True)),
 ('vượt mức 27/30 chỉ tiêu', '27/30', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=30)),
 ('ước đạt 9,6%/năm', '9,6%', 'level', '%', dict(indicator='grdp_growth', period='2021/2025', modality='estimate')),
 ('ước đạt 375.000 tỷ đồng', '375.000 tỷ đồng', 'level', 'VND', dict(E25, indicator='grdp')),
 ('gấp 1,7 lần năm 2020', '1,7 lần', 'change', 'lần', dict(E25, indicator='grdp', direction='up', base='2020')),
 ('ước đạt 4.100 USD', '4.100 USD', 'level', 'USD/người/năm', dict(E25, indicator='grdp_per_capita')),
 ('tăng 1.520 USD', '1.520 USD', 'change', 'USD/người/năm', dict(E25, indicator='grdp_per_capita', direction='up', base='2020')),
 ('chiếm 46,3%', '46,3%', 'level', '%', dict(indicator='sector_share', period='2025')),
 ('dịch vụ 36,5%', '36,5%', 'level', '%', dict(indicator='sector_share', period='2025')),
 ('giảm còn 13,2%', '13,2%', 'level', '%', dict(indicator='sector_share', period='2025', direction='down')),
 ('5 năm đạt 231.500 tỷ đồng', '231.500 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('gấp 1,9 lần nhiệm kỳ trước', '1,9 lần', 'change', 'lần', dict(indicator='budget_revenue', direction='up', base='previous_period')),
 ('năm 2024 đạt 57.200 tỷ đồng', '57.200 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', period='2024')),
 ('ước đạt 650.000 tỷ đồng', '650.000 tỷ đồng', 'level', 'VND', dict(indicator='social_investment', modality='estimate')),
 ('vượt 8,3% so với mục tiêu', '8,3%', 'change', '%', dict(indicator='social_investment', modality='estimate', direction='up', base='target', status='exceeded')),
 ('thu hút 48 dự án FDI', '48', 'level', 'dự án', dict()),
 ('đăng ký 3,2 tỷ USD', '3,2 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('ước đạt 9,5 tỷ USD', '9,5 tỷ USD', 'level', 'USD', dict(E25, indicator='export_value')),
 ('giảm từ 7,23%', '7,23%', 'level', '%', dict(indicator='poverty_rate', period='2021')),
 ('xuống còn 1,9%', '1,9%', 'level', '%', dict(indicator='poverty_rate', period='2025', direction='down')),
 ('Toàn tỉnh có 343/446 xã', '343/446', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('11 đơn vị cấp huyện', '11', 'level', 'đơn vị cấp huyện', dict()),
 ('bảo hiểm y tế đạt 93,5%', '93,5%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('quốc gia đạt 88,6%', '88,6%', 'level', '%', dict(indicator='national_standard_schools')),
 ('đạt 26.150/25.000 đảng viên', '26.150/25.000', 'ratio', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 16,2 triệu lượt', '16,2 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals', period='2024', value=16200000)),
 ('gấp 3 lần năm 2021', '3 lần', 'change', 'lần', dict(indicator='tourist_arrivals', period='2024', direction='up', base='2021')),
 ('thống nhất 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', dict(TT, indicator='resolution_targets')),
 ('đạt 11%/năm trở lên', '11%', 'level', '%', dict(T, indicator='grdp_growth', bound='at_least')),
 ('đạt 7.500 - 8.000 USD', '7.500 - 8.000 USD', 'level', 'USD/người/năm', dict(T30, indicator='grdp_per_capita')),
 ('xây dựng 50%', '50%', 'level', '%', dict(T30, indicator='sector_share')),
 ('dịch vụ 39%', '39%', 'level', '%', dict(T30, indicator='sector_share')),
 ('thủy sản 7%', '7%', 'level', '%', dict(T30, indicator='sector_share')),
 ('5 năm đạt 1,2 triệu tỷ đồng', '1,2 triệu tỷ đồng', 'level', 'VND', dict(TT, indicator='social_investment', value=1.2e15)),
 ('đạt 85.000 tỷ đồng trở lên', '85.000 tỷ đồng', 'level', 'VND', dict(T30, indicator='budget_revenue', bound='at_least')),
 ('đô thị hóa đạt 50%', '50%', 'level', '%', dict(T30, indicator='urbanization_rate')),
 ('bình quân 0,5 - 0,7%/năm', '0,5 - 0,7%', 'change', '%', dict(TT, indicator='poverty_rate', direction='down')),
 ('đào tạo đạt 80%', '80%', 'level', '%', dict(T30, indicator='trained_labour_rate')),
 ('chứng chỉ 40%', '40%', 'level', '%', dict(T30, indicator='trained_labour_rate')),
 ('có 15 bác sĩ', '15', 'level', 'bác sĩ/vạn dân', dict(T30, indicator='doctors_per_10k')),
 ('ổn định 53%', '53%', 'level', '%', dict(T30, indicator='forest_cover')),
 ('từ 5.000 đảng viên', '5.000', 'level', 'đảng viên', dict(TT, indicator='new_party_members', bound='at_least')),
 ('xác định 3 khâu đột phá', '3', 'level', 'khâu đột phá', dict(optional=True)),
 ('và 6 nhiệm vụ trọng tâm', '6', 'level', 'nhiệm vụ', dict(optional=True)),
 ('gồm 71 đồng chí', '71', 'level', 'đồng chí', dict(optional=True)),
 ('có 166 xã, phường', '166', 'level', 'xã', dict(optional=True)),
]
