TEXT = '''
BÁO PHÚ THỌ
Thứ Tư, 15/10/2025 | 19:30 GMT+7
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Đất Tổ | Thể thao | Bạn đọc

Đại hội Đảng bộ tỉnh lần thứ I

Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I: Phấn đấu tăng trưởng GRDP bình quân 10%/năm trở lên

(Baophutho.vn) - Sáng 14/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc phiên chính thức. Dự đại hội có 450 đại biểu chính thức, đại diện cho hơn 236.000 đảng viên trong toàn Đảng bộ tỉnh.

Đại hội diễn ra trong bối cảnh tỉnh Phú Thọ mới được hình thành trên cơ sở hợp nhất 3 tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình, với diện tích tự nhiên hơn 9.360 km2, quy mô dân số trên 4 triệu người và 148 đơn vị hành chính cấp xã.

Các đại biểu dự phiên khai mạc Đại hội.

Nhìn lại nhiệm kỳ 2020 - 2025

Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ qua, Đảng bộ, chính quyền và Nhân dân ba tỉnh đã vượt qua nhiều khó khăn, thách thức, đạt được những kết quả quan trọng. Tính chung ba tỉnh, tốc độ tăng trưởng GRDP giai đoạn 2021 - 2025 ước đạt 7,4%/năm; quy mô nền kinh tế năm 2025 ước đạt 312.600 tỷ đồng, gấp 1,5 lần năm 2020, đứng thứ 11 cả nước. GRDP bình quân đầu người ước đạt 4.050 USD.

Năm 2025, tỷ trọng công nghiệp - xây dựng ước chiếm 52,8%, dịch vụ 33,1%, nông, lâm nghiệp và thủy sản 10,4%. Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 198.500 tỷ đồng, tăng bình quân 8,2%/năm; riêng năm 2025 ước thu 46.200 tỷ đồng, vượt 15,5% dự toán Trung ương giao. Thu hút đầu tư đạt kết quả nổi bật với 1.024 dự án được cấp mới, trong đó 386 dự án FDI, tổng vốn đăng ký hơn 9,6 tỷ USD.

Xây dựng nông thôn mới đạt nhiều kết quả: đến hết tháng 6/2025 (trước sắp xếp), toàn tỉnh có 412/438 xã đạt chuẩn nông thôn mới, 96 xã đạt chuẩn nâng cao và 21 xã đạt chuẩn kiểu mẫu; 6 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới. Tỷ lệ hộ nghèo đa chiều giảm từ 7,85% năm 2021 xuống còn 2,36% năm 2025. Tỷ lệ lao động qua đào tạo đạt 74,5%; tỷ lệ che phủ rừng duy trì 40,2%.

Công tác xây dựng Đảng được chú trọng. Nhiệm kỳ qua, toàn Đảng bộ kết nạp 21.860 đảng viên, vượt 9,3% chỉ tiêu Nghị quyết; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Tổng hợp kết quả thực hiện Nghị quyết đại hội của ba tỉnh, khu vực Phú Thọ cũ có 23/26 chỉ tiêu đạt và vượt; khu vực Vĩnh Phúc cũ đạt và vượt 20/25 chỉ tiêu, 5 chỉ tiêu không đạt; khu vực Hòa Bình cũ hoàn thành 17/22 chỉ tiêu. Những chỉ tiêu không đạt chủ yếu là tốc độ tăng trưởng GRDP (Nghị quyết ba tỉnh đề ra lần lượt 7,5%/năm, 9 - 10%/năm và 8%/năm) và tỷ lệ đô thị hóa.

Đồng chí Bí thư Tỉnh ủy phát biểu khai mạc Đại hội.

Mục tiêu nhiệm kỳ 2025 - 2030

Đại hội xác định mục tiêu đến năm 2030, Phú Thọ trở thành tỉnh công nghiệp theo hướng hiện đại, là trung tâm kinh tế, du lịch của vùng trung du và miền núi phía Bắc. Nghị quyết Đại hội đề ra 24 chỉ tiêu chủ yếu. Một số chỉ tiêu đến năm 2030:
- Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 10%/năm trở lên.
- GRDP bình quân đầu người đạt 7.500 - 8.000 USD.
- Tỷ trọng công nghiệp - xây dựng trong GRDP khoảng 56%.
- Thu ngân sách nhà nước trên địa bàn tăng bình quân 12%/năm.
- Tổng vốn đầu tư toàn xã hội 5 năm khoảng 780.000 tỷ đồng.
- Tỷ lệ đô thị hóa đạt 45%.
- Tỷ lệ hộ nghèo đa chiều giảm bình quân 0,8 - 1 điểm phần trăm/năm.
- Tỷ lệ lao động qua đào tạo 80%, trong đó có bằng cấp, chứng chỉ 38%.
- 100% xã đạt chuẩn nông thôn mới, trong đó 50% xã đạt chuẩn nông thôn mới nâng cao.
- Có 35 giường bệnh và 15 bác sĩ trên 1 vạn dân.
- Tỷ lệ che phủ rừng ổn định 41%.
- Mỗi năm kết nạp từ 4.500 đảng viên mới trở lên.

Đại hội cũng xác định 3 đột phá chiến lược và 6 nhiệm vụ trọng tâm. Đại hội làm việc đến hết ngày 16/10.

Thu Hà - Đinh Vũ

Tin liên quan
- Phú Thọ: Hoàn thành đại hội đảng bộ cấp xã nhiệm kỳ 2025 - 2030 (28/08/2025)
- Trưng bày 500 hình ảnh, tư liệu về thành tựu của tỉnh qua 5 năm (13/10/2025)
- Khu vực Vĩnh Phúc cũ thu hút thêm 1,2 tỷ USD vốn FDI (10/10/2025)

Cơ quan chủ quản: Tỉnh ủy Phú Thọ. Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ. Điện thoại: 0210.3846.379. Lượt truy cập: 18.402.115
'''
META = {'published': '2025-10-15', 'locality': 'tỉnh Phú Thọ'}
DEFAULTS = {'locality': 'tỉnh Phú Thọ', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2025/2030', 'modality': 'target'}
Y30 = {'period': '2030', 'modality': 'target'}
E25 = {'period': '2025', 'modality': 'estimate'}
RT = {'indicator': 'resolution_targets'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M06 = {'period': '2025-M06'}
FIGS = [
 ('GRDP bình quân 10%/năm trở lên', '10%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('có 450 đại biểu', '450', 'level', 'đại biểu', d(optional=True)),
 ('hơn 236.000 đảng viên', '236.000', 'level', 'đảng viên', d(optional=True)),
 ('hơn 9.360 km2', '9.360 km2', 'level', 'km2', d(optional=True)),
 ('trên 4 triệu người', '4 triệu', 'level', 'người', d(optional=True)),
 ('148 đơn vị hành chính', '148', 'level', 'đơn vị hành chính cấp xã', d(optional=True)),
 ('ước đạt 7,4%/năm', '7,4%', 'level', '%', d(indicator='grdp_growth', period='2021/2025', modality='estimate')),
 ('ước đạt 312.600 tỷ đồng', '312.600 tỷ đồng', 'level', 'VND', d(E25, indicator='grdp')),
 ('gấp 1,5 lần năm 2020', '1,5 lần', 'change', 'lần', d(E25, U, indicator='grdp', base='2020')),
 ('ước đạt 4.050 USD', '4.050 USD', 'level', 'USD/người/năm', d(E25, indicator='grdp_per_capita')),
 ('ước chiếm 52,8%', '52,8%', 'level', '%', d(E25, indicator='sector_share')),
 ('dịch vụ 33,1%', '33,1%', 'level', '%', d(E25, indicator='sector_share')),
 ('thủy sản 10,4%', '10,4%', 'level', '%', d(E25, indicator='sector_share')),
 ('đạt 198.500 tỷ đồng', '198.500 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('tăng bình quân 8,2%/năm', '8,2%', 'change', '%', d(U, indicator='budget_revenue')),
 ('ước thu 46.200 tỷ đồng', '46.200 tỷ đồng', 'level', 'VND', d(E25, indicator='budget_revenue')),
 ('vượt 15,5% dự toán', '15,5%', 'change', '%', d(E25, U, indicator='budget_revenue', base='target', status='exceeded')),
 ('với 1.024 dự án', '1.024', 'level', 'dự án', d()),
 ('trong đó 386 dự án', '386', 'level', 'dự án', d()),
 ('hơn 9,6 tỷ USD', '9,6 tỷ USD', 'level', 'USD', d(indicator='fdi', bound='over')),
 ('có 412/438 xã', '412/438', 'ratio', 'xã', d(M06, indicator='new_rural_communes')),
 ('96 xã đạt chuẩn', '96', 'level', 'xã', d(M06, indicator='new_rural_communes_advanced')),
 ('21 xã đạt chuẩn', '21', 'level', 'xã', d(M06, indicator='new_rural_communes_model')),
 ('; 6 đơn vị cấp huyện', '6', 'level', 'đơn vị cấp huyện', d(M06)),
 ('từ 7,85% năm 2021', '7,85%', 'level', '%', d(indicator='poverty_rate', period='2021')),
 ('còn 2,36% năm 2025', '2,36%', 'level', '%', d(D, indicator='poverty_rate', period='2025')),
 ('đào tạo đạt 74,5%', '74,5%', 'level', '%', d(indicator='trained_labour_rate', period='2025')),
 ('duy trì 40,2%', '40,2%', 'level', '%', d(indicator='forest_cover', period='2025')),
 ('kết nạp 21.860 đảng viên', '21.860', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('vượt 9,3% chỉ tiêu', '9,3%', 'change', '%', d(U, indicator='new_party_members', base='target', status='exceeded')),
 ('trên 90% tổ chức', '90%', 'level', '%', d(bound='over')),
 ('có 23/26 chỉ tiêu', '23/26', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('vượt 20/25 chỉ tiêu', '20/25', 'ratio', 'chỉ tiêu', d(RT, status='achieved', locality='tỉnh Vĩnh Phúc')),
 ('5 chỉ tiêu không đạt', '5', 'level', 'chỉ tiêu', d(RT, status='not_achieved', locality='tỉnh Vĩnh Phúc')),
 ('hoàn thành 17/22 chỉ tiêu', '17/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved', locality='tỉnh Hòa Bình')),
 ('lần lượt 7,5%/năm', '7,5%', 'level', '%', d(indicator='grdp_growth', modality='target')),
 ('9 - 10%/năm và', '9 - 10%', 'level', '%', d(indicator='grdp_growth', modality='target', locality='tỉnh Vĩnh Phúc')),
 ('và 8%/năm', '8%', 'level', '%', d(indicator='grdp_growth', modality='target', locality='tỉnh Hòa Bình')),
 ('đề ra 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(T, RT)),
 ('đạt 10%/năm trở lên', '10%', 'level', '%', d(T, indicator='grdp_growth', period='2026/2030', bound='at_least')),
 ('7.500 - 8.000 USD', '7.500 - 8.000 USD', 'level', 'USD/người/năm', d(Y30, indicator='grdp_per_capita')),
 ('khoảng 56%', '56%', 'level', '%', d(Y30, indicator='sector_share', bound='about')),
 ('quân 12%/năm', '12%', 'change', '%', d(T, U, indicator='budget_revenue')),
 ('khoảng 780.000 tỷ đồng', '780.000 tỷ đồng', 'level', 'VND', d(T, indicator='social_investment', bound='about')),
 ('đạt 45%', '45%', 'level', '%', d(Y30, indicator='urbanization_rate')),
 ('0,8 - 1 điểm phần trăm/năm', '0,8 - 1 điểm phần trăm', 'change', 'điểm %', d(T, D, indicator='poverty_rate')),
 ('đào tạo 80%', '80%', 'level', '%', d(Y30, indicator='trained_labour_rate')),
 ('chứng chỉ 38%', '38%', 'level', '%', d(Y30, indicator='trained_labour_rate')),
 ('- 100% xã', '100%', 'level', '%', d(Y30, indicator='new_rural_communes')),
 ('trong đó 50% xã', '50%', 'level', '%', d(Y30, indicator='new_rural_communes_advanced')),
 ('Có 35 giường bệnh', '35', 'level', 'giường bệnh/vạn dân', d(Y30, indicator='hospital_beds_per_10k')),
 ('15 bác sĩ', '15', 'level', 'bác sĩ/vạn dân', d(Y30, indicator='doctors_per_10k')),
 ('ổn định 41%', '41%', 'level', '%', d(Y30, indicator='forest_cover')),
 ('từ 4.500 đảng viên', '4.500', 'level', 'đảng viên', d(T, indicator='new_party_members', bound='at_least')),
 ('xác định 3 đột phá', '3', 'level', 'đột phá', d(optional=True)),
 ('và 6 nhiệm vụ', '6', 'level', 'nhiệm vụ', d(optional=True)),
]
