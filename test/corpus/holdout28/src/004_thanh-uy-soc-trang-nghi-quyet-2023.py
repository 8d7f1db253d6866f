TEXT = '''
BÁO SÓC TRĂNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH SÓC TRĂNG
Trang nhất » Xây dựng Đảng » Tin hoạt động

Thành ủy Sóc Trăng: 27/31 chỉ tiêu Nghị quyết năm 2023 đạt và vượt

Ngày đăng: 14/12/2023 | Lượt xem: 1.026 | In bài

(STO) - Sáng 13/12, Ban Chấp hành Đảng bộ thành phố Sóc Trăng khóa XIII tổ chức Hội nghị lần thứ 17 đánh giá kết quả lãnh đạo thực hiện Nghị quyết năm 2023 và quyết định phương hướng, nhiệm vụ năm 2024. Đồng chí Lâm Hoàng Nghiệp, Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.

Đồng chí Trần Văn Lâu, Bí thư Thành ủy Sóc Trăng phát biểu khai mạc hội nghị. Ảnh: Mỹ Hạnh

Nhiều chỉ tiêu vượt Nghị quyết

Năm 2023 là năm thứ ba thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020 - 2025. Trong điều kiện còn nhiều khó khăn, Đảng bộ và Nhân dân thành phố đã nỗ lực hoàn thành các nhiệm vụ trọng tâm. Trong 31 chỉ tiêu chủ yếu của năm, có 27/31 chỉ tiêu đạt và vượt; 2/31 chỉ tiêu xấp xỉ đạt; 2/31 chỉ tiêu chưa đạt là tổng vốn đầu tư toàn xã hội và tỷ lệ đô thị hóa.

Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 21.640 tỷ đồng, tăng 7,86% so với năm 2022 (Nghị quyết 7,5 - 8%). Cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng khu vực nông nghiệp, công nghiệp - xây dựng, thương mại - dịch vụ lần lượt là 6,2%, 28,4% và 65,4%. Thu nhập bình quân đầu người đạt 92,5 triệu đồng, gấp 1,38 lần so với năm 2020, cao hơn mức bình quân chung của tỉnh khoảng 18 triệu đồng.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 31.580 tỷ đồng, tăng 14,2%. Thu ngân sách nhà nước trên địa bàn được 842,6 tỷ đồng, đạt 104,2% dự toán tỉnh giao, bằng 96,8% so với năm 2022 do thu tiền sử dụng đất giảm mạnh. Tổng vốn đầu tư toàn xã hội 5.960 tỷ đồng, chỉ đạt 82,8% Nghị quyết; tỷ lệ đô thị hóa 84,6% (Nghị quyết 86%).

Trong năm, thành phố xuống giống lúa 3 vụ được 9.240 ha, năng suất bình quân 6,12 tấn/ha; giá trị sản xuất bình quân trên 1 ha đất nông nghiệp đạt 245 triệu đồng/ha/năm, tăng 15 triệu đồng so với năm trước. Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2023 thu hút khoảng 1,2 triệu lượt khách, doanh thu các hoạt động thương mại, dịch vụ trong 3 ngày lễ ước 85 tỷ đồng.

Giai đoạn 2021 - 2023, tổng giá trị sản xuất của thành phố tăng bình quân 7,1%/năm; thu ngân sách tăng bình quân 9,4%/năm. Hội nghị dự báo đến cuối nhiệm kỳ 2020 - 2025 có 29/31 chỉ tiêu Nghị quyết Đại hội đạt và vượt; riêng tổng vốn đầu tư toàn xã hội 5 năm (Nghị quyết đề ra 32.000 tỷ đồng) khó đạt.

An sinh xã hội được bảo đảm

Tỷ lệ hộ nghèo giảm còn 0,58%, tỷ lệ hộ cận nghèo giảm còn 1,12%; thành phố hỗ trợ xây mới, sửa chữa 64 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở. Tỷ lệ lao động qua đào tạo đạt 82,4%, trong đó có bằng cấp, chứng chỉ 38,6%. Tỷ lệ trường đạt chuẩn quốc gia 72,5%, tăng 5,1 điểm phần trăm so với năm 2020; 10/10 phường được công nhận đạt chuẩn đô thị văn minh.

Quốc phòng, an ninh được giữ vững; tội phạm về trật tự xã hội giảm 8,3% so với năm 2022, tỷ lệ điều tra, khám phá đạt 91,2%, vượt chỉ tiêu trên giao.

Công tác xây dựng Đảng có nhiều chuyển biến. Toàn Đảng bộ kết nạp 186 đảng viên mới, đạt 103,3% Nghị quyết; 28/32 tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên. Tính đến nay, Đảng bộ thành phố có 4.318 đảng viên sinh hoạt tại 32 tổ chức cơ sở đảng. Ủy ban Kiểm tra Thành ủy đã kiểm tra khi có dấu hiệu vi phạm đối với 3 tổ chức đảng và 11 đảng viên; thi hành kỷ luật 7 đảng viên, giảm 4 trường hợp so với năm 2022.

Phát biểu chỉ đạo, đồng chí Lâm Hoàng Nghiệp đề nghị thành phố tập trung tháo gỡ vướng mắc mặt bằng các dự án trên tuyến Quốc lộ 1 và Khu đô thị 5A, Phường 4; đồng thời lưu ý chỉ còn 2 năm để hoàn thành các chỉ tiêu của nhiệm kỳ.

Chỉ tiêu năm 2024

Hội nghị thống nhất các chỉ tiêu chủ yếu năm 2024: tổng giá trị sản xuất tăng từ 8% trở lên; thu nhập bình quân đầu người 100 triệu đồng; thu ngân sách trên địa bàn 880 tỷ đồng trở lên; tổng vốn đầu tư toàn xã hội 6.800 tỷ đồng; tỷ lệ đô thị hóa đạt 86%; tỷ lệ hộ nghèo giảm 0,1 - 0,2 điểm phần trăm; kết nạp từ 180 đảng viên trở lên.

Mỹ Hạnh

Các tin khác:
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19 (khóa XIV) (12/12/2023)
- Huyện Mỹ Tú: 4 xã về đích nông thôn mới nâng cao (11/12/2023)

Địa chỉ: 22 Trần Hưng Đạo, Phường 1, TP. Sóc Trăng. Điện thoại: 0299.3822.318
'''
META = {'published': '2023-12-14', 'locality': 'thành phố Sóc Trăng'}
DEFAULTS = {'locality': 'thành phố Sóc Trăng', 'period': '2023', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
E = {'modality': 'estimate'}
TG = {'modality': 'target', 'period': '2024'}
RT = {'indicator': 'resolution_targets'}
B = {'indicator': 'budget_revenue'}
FIGS = [
 ('Sóc Trăng: 27/31 chỉ tiêu', '27/31', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('Trong 31 chỉ tiêu', '31', 'level', 'chỉ tiêu', dict(optional=True)),
 ('có 27/31 chỉ tiêu', '27/31', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('2/31 chỉ tiêu xấp xỉ', '2/31', 'ratio', 'chỉ tiêu', dict(RT, status='nearly')),
 ('2/31 chỉ tiêu chưa', '2/31', 'ratio', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('đạt 21.640 tỷ đồng', '21.640 tỷ đồng', 'level', 'VND', dict(E, indicator='total_output_value')),
 ('tăng 7,86%', '7,86%', 'change', '%', dict(E, **U, base='2022', indicator='total_output_value')),
 ('(Nghị quyết 7,5 - 8%)', '7,5 - 8%', 'level', '%', dict(modality='target', indicator='total_output_value')),
 ('là 6,2%', '6,2%', 'level', '%', dict(indicator='sector_share')),
 (', 28,4%', '28,4%', 'level', '%', dict(indicator='sector_share')),
 ('và 65,4%', '65,4%', 'level', '%', dict(indicator='sector_share')),
 ('đạt 92,5 triệu đồng', '92,5 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('gấp 1,38 lần', '1,38 lần', 'change', 'lần', dict(U, base='2020', indicator='income_per_capita')),
 ('khoảng 18 triệu đồng', '18 triệu đồng', 'change', 'VND/người/năm', dict(U, bound='about', indicator='income_per_capita')),
 ('đạt 31.580 tỷ đồng', '31.580 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 14,2%', '14,2%', 'change', '%', dict(U, indicator='retail_sales')),
 ('được 842,6 tỷ đồng', '842,6 tỷ đồng', 'level', 'VND', dict(B)),
 ('đạt 104,2% dự toán', '104,2%', 'attainment', '%', dict(B, **T)),
 ('bằng 96,8%', '96,8%', 'attainment', '%', dict(B, base='2022')),
 ('hội 5.960 tỷ đồng', '5.960 tỷ đồng', 'level', 'VND', dict(indicator='social_investment')),
 ('đạt 82,8% Nghị quyết', '82,8%', 'attainment', '%', dict(T, indicator='social_investment')),
 ('hóa 84,6%', '84,6%', 'level', '%', dict(indicator='urbanization_rate')),
 ('(Nghị quyết 86%)', '86%', 'level', '%', dict(modality='target', indicator='urbanization_rate')),
 ('được 9.240 ha', '9.240 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('bình quân 6,12 tấn/ha', '6,12 tấn/ha', 'level', 'tấn/ha', dict()),
 ('đạt 245 triệu đồng/ha/năm', '245 triệu đồng/ha/năm', 'level', 'VND/ha/năm', dict()),
 ('tăng 15 triệu đồng', '15 triệu đồng', 'change', 'VND/ha/năm', dict(U, base='2022')),
 ('khoảng 1,2 triệu lượt khách', '1,2 triệu lượt khách', 'level', 'lượt khách', dict(optional=True)),
 ('ước 85 tỷ đồng', '85 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('bình quân 7,1%/năm', '7,1%/năm', 'change', '%', dict(U, period='2021/2023', indicator='total_output_value')),
 ('bình quân 9,4%/năm', '9,4%/năm', 'change', '%', dict(U, period='2021/2023', indicator='budget_revenue')),
 ('có 29/31 chỉ tiêu', '29/31', 'ratio', 'chỉ tiêu', dict(RT, modality='estimate', period='2020/2025', status='achieved')),
 ('ra 32.000 tỷ đồng', '32.000 tỷ đồng', 'level', 'VND', dict(indicator='social_investment', modality='target', period='2020/2025')),
 ('giảm còn 0,58%', '0,58%', 'level', '%', dict(D, indicator='poverty_rate')),
 ('giảm còn 1,12%', '1,12%', 'level', '%', dict(D, indicator='near_poverty_rate')),
 ('sửa chữa 64 căn nhà', '64', 'level', 'căn nhà', dict()),
 ('đạt 82,4%', '82,4%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('chỉ 38,6%', '38,6%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('quốc gia 72,5%', '72,5%', 'level', '%', dict(indicator='national_standard_schools')),
 ('tăng 5,1 điểm phần trăm', '5,1 điểm phần trăm', 'change', 'điểm %', dict(U, base='2020', indicator='national_standard_schools')),
 ('10/10 phường', '10/10', 'ratio', 'phường', dict()),
 ('giảm 8,3%', '8,3%', 'change', '%', dict(D, base='2022', indicator='crime')),
 ('đạt 91,2%', '91,2%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('nạp 186 đảng viên', '186', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 103,3% Nghị quyết', '103,3%', 'attainment', '%', dict(T, indicator='new_party_members')),
 ('28/32 tổ chức', '28/32', 'ratio', 'tổ chức cơ sở đảng', dict()),
 ('có 4.318 đảng viên', '4.318', 'level', 'đảng viên', dict()),
 ('tại 32 tổ chức', '32', 'level', 'tổ chức cơ sở đảng', dict(optional=True)),
 ('với 3 tổ chức đảng', '3', 'level', 'tổ chức đảng', dict()),
 ('và 11 đảng viên', '11', 'level', 'đảng viên', dict()),
 ('luật 7 đảng viên', '7', 'level', 'đảng viên', dict()),
 ('giảm 4 trường hợp', '4', 'change', 'trường hợp', dict(D, base='2022')),
 # 2024
 ('tăng từ 8% trở lên', '8%', 'change', '%', dict(TG, **U, bound='at_least', indicator='total_output_value')),
 ('người 100 triệu đồng', '100 triệu đồng', 'level', 'VND/người/năm', dict(TG, indicator='income_per_capita')),
 ('bàn 880 tỷ đồng', '880 tỷ đồng', 'level', 'VND', dict(B, **TG, bound='at_least')),
 ('hội 6.800 tỷ đồng', '6.800 tỷ đồng', 'level', 'VND', dict(TG, indicator='social_investment')),
 ('đạt 86%', '86%', 'level', '%', dict(TG, indicator='urbanization_rate')),
 ('0,1 - 0,2 điểm phần trăm', '0,1 - 0,2 điểm phần trăm', 'change', 'điểm %', dict(TG, **D, indicator='poverty_rate')),
 ('từ 180 đảng viên', '180', 'level', 'đảng viên', dict(TG, bound='at_least', indicator='new_party_members')),
]
