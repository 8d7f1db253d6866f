TEXT = '''
BÁO NGHỆ AN ĐIỆN TỬ
Thứ Năm, 16/10/2025 | Đường dây nóng: 0238 3844 622
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Miền Tây | Nghệ An 24h | Media

Chính trị › Đại hội Đảng các cấp

Nhiệm kỳ 2020 - 2025: Nghệ An hoàn thành và vượt 18/22 chỉ tiêu chủ yếu

16/10/2025 07:45 | Lượt xem: 6.218

(Baonghean) - Dù hai năm đầu nhiệm kỳ chịu tác động nặng nề của đại dịch COVID-19 và năm cuối nhiệm kỳ dồn sức cho việc sắp xếp tổ chức bộ máy, kinh tế tỉnh vẫn giữ được nhịp tăng trưởng khá. Quy mô nền kinh tế năm 2025 ước gấp 1,6 lần năm 2020.

Sáng 15/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ 2025 - 2030 khai mạc phiên chính thức. Dự đại hội có 450 đại biểu chính thức, thay mặt cho hơn 187.000 đảng viên sinh hoạt tại 132 đảng bộ trực thuộc.

Các đại biểu dự phiên khai mạc Đại hội. Ảnh: Thành Duy

Trình bày Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XIX, đồng chí Lê Hồng Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cho biết: trong 22 chỉ tiêu chủ yếu mà Nghị quyết Đại hội XIX đề ra, đến cuối nhiệm kỳ có 18 chỉ tiêu đạt và vượt, 4 chỉ tiêu không đạt, chủ yếu thuộc nhóm chỉ tiêu kinh tế chịu ảnh hưởng của dịch bệnh.

Tăng trưởng khá, quy mô kinh tế mở rộng

Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 7,2%/năm, thấp hơn mục tiêu 8,5 - 9%/năm mà Nghị quyết đề ra nhưng cao hơn mức bình quân của cả nước. Riêng năm 2024, GRDP tăng 9,01%, đứng thứ 13/63 tỉnh, thành phố. Quy mô GRDP năm 2025 ước đạt 232.000 tỷ đồng; GRDP bình quân đầu người ước đạt 62,5 triệu đồng, tăng 24,3 triệu đồng so với năm 2020 (năm 2020 đạt 38,2 triệu đồng).

Cơ cấu kinh tế chuyển dịch đúng hướng: tỷ trọng công nghiệp - xây dựng tăng từ 30,9% năm 2020 lên 35,6% năm 2025, dịch vụ chiếm 42,1%, nông, lâm nghiệp và thủy sản giảm còn 19,8%.

Thu hút đầu tư là điểm sáng của cả nhiệm kỳ. Tổng vốn đầu tư toàn xã hội 5 năm ước đạt 520.000 tỷ đồng, gấp 1,7 lần nhiệm kỳ trước, vượt 4% so với mục tiêu. Toàn tỉnh thu hút 1.150 dự án với tổng vốn đăng ký khoảng 285.000 tỷ đồng; riêng vốn FDI đạt 4,6 tỷ USD, gấp 5,2 lần nhiệm kỳ trước, đưa Nghệ An vào tốp 10 địa phương thu hút FDI lớn nhất cả nước.

Thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt 25.500 tỷ đồng, gấp 1,8 lần năm 2020; tổng thu cả nhiệm kỳ đạt khoảng 96.000 tỷ đồng. Kim ngạch xuất khẩu năm 2025 ước đạt 3,2 tỷ USD, vượt xa mục tiêu 2,5 tỷ USD mà Nghị quyết Đại hội XIX đề ra.

Nông thôn đổi thay, an sinh được bảo đảm

Đến hết tháng 6/2025, trước khi sắp xếp đơn vị hành chính cấp xã, toàn tỉnh có 331/362 xã đạt chuẩn nông thôn mới, tăng 84 xã so với đầu nhiệm kỳ; 98 xã đạt chuẩn nông thôn mới nâng cao và 21 xã đạt chuẩn nông thôn mới kiểu mẫu; 9 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới. Toàn tỉnh có 586 sản phẩm OCOP, trong đó 4 sản phẩm đạt 5 sao.

Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm từ 9,8% năm 2021 xuống còn 2,1% năm 2024. Cả nhiệm kỳ, tỷ lệ hộ nghèo giảm bình quân 1,9 điểm phần trăm/năm, đạt mục tiêu Nghị quyết. Chương trình 135 và Nghị quyết số 39-NQ/TW của Bộ Chính trị được triển khai đồng bộ ở 27 xã biên giới thuộc các huyện miền Tây (cũ).

Năm 2025, tỷ lệ lao động qua đào tạo đạt 72%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,1%; có 16 bác sĩ/vạn dân. Trong 5 năm, toàn tỉnh giải quyết việc làm cho 205.000 lao động, trong đó đưa 82.000 người đi làm việc ở nước ngoài theo hợp đồng.

Công tác xây dựng Đảng được chú trọng. Cả nhiệm kỳ kết nạp 14.250 đảng viên, đạt 101,8% chỉ tiêu; bình quân mỗi năm kết nạp 2.850 đảng viên. Hằng năm có trên 90% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.

Đại biểu thảo luận tại hội trường. Ảnh: Thành Duy

Mục tiêu đến năm 2030

Báo cáo chính trị xác định mục tiêu đến năm 2030 đưa Nghệ An trở thành tỉnh khá của cả nước. Đại hội thống nhất 24 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030, trong đó:
- Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 10 - 10,5%/năm.
- Phấn đấu đến năm 2030 GRDP bình quân đầu người đạt 130 - 135 triệu đồng.
- Thu ngân sách nhà nước trên địa bàn đến năm 2030 đạt 50.000 tỷ đồng trở lên.
- Tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 khoảng 900.000 tỷ đồng.
- Tỷ lệ đô thị hóa đến năm 2030 đạt 40%.
- Tỷ lệ hộ nghèo giảm bình quân 0,8 - 1 điểm phần trăm/năm.
- Mỗi năm kết nạp từ 3.000 đảng viên trở lên.

Đại hội làm việc đến hết ngày 17/10 để thảo luận các văn kiện, bầu Ban Chấp hành Đảng bộ tỉnh khóa XX và bầu đoàn đại biểu đi dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.

Nhóm PV chính trị

Tin liên quan
• Nghệ An: 9 tháng năm 2025 thu ngân sách vượt 20.000 tỷ đồng (02/10/2025)
• 130 xã, phường của Nghệ An hoàn thành đại hội đảng bộ (25/08/2025)
• Đại hội Đảng bộ tỉnh lần thứ XX sẽ diễn ra trong 3 ngày (10/10/2025)

BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Giấy phép số 42/GP-BTTTT ngày 12/02/2021. Địa chỉ: Số 6, đường Quang Trung, Vinh. Điện thoại: 0238 3844 622
'''
META = {'published': '2025-10-16', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2020/2025', 'modality': 'actual'}
E25 = {'period': '2025', 'modality': 'estimate'}
Y25 = {'period': '2025'}
T30 = {'period': '2030', 'modality': 'target'}
TT = {'period': '2025/2030', 'modality': 'target'}
FIGS = [
 ('hoàn thành và vượt 18/22 chỉ tiêu', '18/22', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('ước gấp 1,6 lần năm 2020', '1,6 lần', 'change', 'lần', dict(E25, indicator='grdp', direction='up', base='2020')),
 ('có 450 đại biểu', '450', 'level', 'đại biểu', dict(optional=True)),
 ('hơn 187.000 đảng viên', '187.000', 'level', 'đảng viên', dict(optional=True)),
 ('tại 132 đảng bộ', '132', 'level', 'đảng bộ', dict(optional=True)),
 ('trong 22 chỉ tiêu chủ yếu', '22', 'level', 'chỉ tiêu', dict(optional=True)),
 ('có 18 chỉ tiêu đạt và vượt', '18', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved', of_optional=22)),
 ('4 chỉ tiêu không đạt', '4', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=22)),
 ('ước đạt 7,2%/năm', '7,2%', 'level', '%', dict(indicator='grdp_growth', period='2021/2025', modality='estimate')),
 ('mục tiêu 8,5 - 9%/năm', '8,5 - 9%', 'level', '%', dict(indicator='grdp_growth', period='2021/2025', modality='target')),
 ('GRDP tăng 9,01%', '9,01%', 'change', '%', dict(indicator='grdp_growth', period='2024', direction='up')),
 ('ước đạt 232.000 tỷ đồng', '232.000 tỷ đồng', 'level', 'VND', dict(E25, indicator='grdp')),
 ('ước đạt 62,5 triệu đồng', '62,5 triệu đồng', 'level', 'VND/người/năm', dict(E25, indicator='grdp_per_capita')),
 ('tăng 24,3 triệu đồng', '24,3 triệu đồng', 'change', 'VND/người/năm', dict(E25, indicator='grdp_per_capita', direction='up', base='2020')),
 ('đạt 38,2 triệu đồng', '38,2 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', period='2020')),
 ('từ 30,9% năm 2020', '30,9%', 'level', '%', dict(indicator='sector_share', period='2020')),
 ('lên 35,6% năm 2025', '35,6%', 'level', '%', dict(Y25, indicator='sector_share', direction='up')),
 ('dịch vụ chiếm 42,1%', '42,1%', 'level', '%', dict(Y25, indicator='sector_share')),
 ('giảm còn 19,8%', '19,8%', 'level', '%', dict(Y25, indicator='sector_share', direction='down')),
 ('5 năm ước đạt 520.000 tỷ đồng', '520.000 tỷ đồng', 'level', 'VND', dict(indicator='social_investment', modality='estimate')),
 ('gấp 1,7 lần nhiệm kỳ trước', '1,7 lần', 'change', 'lần', dict(indicator='social_investment', modality='estimate', direction='up', base='previous_period')),
 ('vượt 4% so với mục tiêu', '4%', 'change', '%', dict(indicator='social_investment', modality='estimate', direction='up', base='target', status='exceeded')),
 ('thu hút 1.150 dự án', '1.150', 'level', 'dự án', dict()),
 ('khoảng 285.000 tỷ đồng', '285.000 tỷ đồng', 'level', 'VND', dict(bound='about')),
 ('đạt 4,6 tỷ USD', '4,6 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('gấp 5,2 lần', '5,2 lần', 'change', 'lần', dict(indicator='fdi', direction='up', base='previous_period')),
 ('ước đạt 25.500 tỷ đồng', '25.500 tỷ đồng', 'level', 'VND', dict(E25, indicator='budget_revenue')),
 ('gấp 1,8 lần năm 2020', '1,8 lần', 'change', 'lần', dict(E25, indicator='budget_revenue', direction='up', base='2020')),
 ('khoảng 96.000 tỷ đồng', '96.000 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', bound='about')),
 ('ước đạt 3,2 tỷ USD', '3,2 tỷ USD', 'level', 'USD', dict(E25, indicator='export_value')),
 ('mục tiêu 2,5 tỷ USD', '2,5 tỷ USD', 'level', 'USD', dict(indicator='export_value', period='2025', modality='target')),
 ('có 331/362 xã', '331/362', 'ratio', 'xã', dict(indicator='new_rural_communes', period='2025-M06')),
 ('tăng 84 xã', '84', 'change', 'xã', dict(indicator='new_rural_communes', period='2025-M06', direction='up', base='2020')),
 ('98 xã đạt chuẩn', '98', 'level', 'xã', dict(indicator='new_rural_communes_advanced', period='2025-M06')),
 ('21 xã đạt chuẩn', '21', 'level', 'xã', dict(indicator='new_rural_communes_model', period='2025-M06')),
 ('9 đơn vị cấp huyện', '9', 'level', 'đơn vị cấp huyện', dict(period='2025-M06')),
 ('có 586 sản phẩm OCOP', '586', 'level', 'sản phẩm', dict(indicator='ocop_products', period='2025-M06')),
 ('4 sản phẩm đạt 5 sao', '4', 'level', 'sản phẩm', dict(indicator='ocop_products', period='2025-M06')),
 ('từ 9,8% năm 2021', '9,8%', 'level', '%', dict(indicator='poverty_rate', period='2021')),
 ('còn 2,1% năm 2024', '2,1%', 'level', '%', dict(indicator='poverty_rate', period='2024', direction='down')),
 ('bình quân 1,9 điểm phần trăm/năm', '1,9 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down')),
 ('ở 27 xã biên giới', '27', 'level', 'xã', dict(optional=True)),
 ('qua đào tạo đạt 72%', '72%', 'level', '%', dict(Y25, indicator='trained_labour_rate')),
 ('y tế đạt 95,1%', '95,1%', 'level', '%', dict(Y25, indicator='health_insurance_coverage')),
 ('có 16 bác sĩ/vạn dân', '16', 'level', 'bác sĩ/vạn dân', dict(Y25, indicator='doctors_per_10k')),
 ('cho 205.000 lao động', '205.000', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đưa 82.000 người', '82.000', 'level', 'người', dict(indicator='labour_export')),
 ('kết nạp 14.250 đảng viên', '14.250', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 101,8% chỉ tiêu', '101,8%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('kết nạp 2.850 đảng viên', '2.850', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('trên 90% tổ chức', '90%', 'level', '%', dict(bound='over')),
 ('thống nhất 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', dict(TT, indicator='resolution_targets')),
 ('đạt 10 - 10,5%/năm', '10 - 10,5%', 'level', '%', dict(indicator='grdp_growth', period='2026/2030', modality='target')),
 ('đạt 130 - 135 triệu đồng', '130 - 135 triệu đồng', 'level', 'VND/người/năm', dict(T30, indicator='grdp_per_capita')),
 ('đạt 50.000 tỷ đồng trở lên', '50.000 tỷ đồng', 'level', 'VND', dict(T30, indicator='budget_revenue', bound='at_least')),
 ('khoảng 900.000 tỷ đồng', '900.000 tỷ đồng', 'level', 'VND', dict(indicator='social_investment', period='2026/2030', modality='target', bound='about')),
 ('đạt 40%.', '40%', 'level', '%', dict(T30, indicator='urbanization_rate')),
 ('bình quân 0,8 - 1 điểm phần trăm/năm', '0,8 - 1 điểm phần trăm', 'change', 'điểm %', dict(TT, indicator='poverty_rate', direction='down')),
 ('từ 3.000 đảng viên', '3.000', 'level', 'đảng viên', dict(TT, indicator='new_party_members', bound='at_least')),
]
