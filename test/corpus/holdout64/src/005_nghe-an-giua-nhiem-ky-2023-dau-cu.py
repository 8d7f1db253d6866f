TEXT = '''
Báo Nghệ An
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Pháp luật | Xứ Nghệ
Thứ Năm, 29/06/2023 - 10:20

Chính trị

Nghệ An: 18/27 chỉ tiêu Nghị quyết Đại hội có khả năng đạt và vượt vào cuối nhiệm kỳ

(Baonghean.vn) - Ngày 28/6, Ban Chấp hành Đảng bộ tỉnh khoá XIX tổ chức hội nghị giữa nhiệm kỳ, đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025.

Báo cáo giữa nhiệm kỳ cho thấy, sau gần 3 năm thực hiện Nghị quyết, kinh tế tỉnh duy trì đà tăng trưởng khá; tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2022 đạt 7,84%/năm (mục tiêu Nghị quyết 8,5 - 9%/năm). Quy mô GRDP năm 2022 đạt 187.600 tỷ đồng, đứng thứ 10 cả nước; thu nhập bình quân đầu người đạt 53,3 triệu đồng, tăng 1,35 lần so với năm 2020.

Năm 2022, cơ cấu kinh tế chuyển dịch đúng hướng: nông, lâm, thuỷ sản giảm còn 20,4%; công nghiệp - xây dựng tăng lên 34,2%; dịch vụ 39,1%. Thu ngân sách năm 2022 đạt 20.811 tỷ đồng, lần đầu vượt mốc 20 nghìn tỷ đồng, bằng 126,5% dự toán. Tổng vốn đầu tư toàn xã hội giai đoạn 2020 - 2022 đạt 236.500 tỷ đồng. Từ đầu nhiệm kỳ đến nay, vốn FDI thu hút đạt khoảng 1,71 tỷ USD, đưa Nghệ An vào nhóm 10 địa phương dẫn đầu cả nước.

Trong 27 chỉ tiêu chủ yếu của Nghị quyết, có 10 chỉ tiêu đã đạt và vượt, 8 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ, 9 chỉ tiêu khó đạt, gồm tốc độ tăng trưởng GRDP, GRDP bình quân đầu người, tỷ lệ đô thị hoá và một số chỉ tiêu về môi trường.

Tỷ lệ hộ nghèo giai đoạn 2021 - 2022 giảm bình quân 1,08%/năm (Nghị quyết đề ra 1 - 1,5%/năm), đến cuối năm 2022 còn 4,56%. Tỷ lệ xã đạt chuẩn nông thôn mới đạt 67,5%, với 309/411 xã; có 9 đơn vị cấp huyện hoàn thành nhiệm vụ, đạt chuẩn nông thôn mới. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2%; có 18,5 bác sỹ/vạn dân. Người dân được chăm sóc sức khoẻ tốt hơn.

Đồng chí Thái Thanh Quý, Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ phát biểu kết luận hội nghị. Ảnh: Thành Cường

Công tác xây dựng Đảng đạt nhiều kết quả; từ đầu nhiệm kỳ đến nay, toàn Đảng bộ kết nạp 11.630 đảng viên, đạt 77,5% chỉ tiêu cả nhiệm kỳ.

Hội nghị thống nhất các nhóm giải pháp cho nửa cuối nhiệm kỳ, phấn đấu đến năm 2025 thu ngân sách đạt 24.000 tỷ đồng trở lên và tỷ lệ đô thị hoá đạt 32%.

Thành Duy

Tin cùng chuyên mục
- Hội nghị lần thứ 13 Ban Chấp hành Đảng bộ tỉnh khoá XIX
- Quỳnh Lưu: Kết nạp 312 đảng viên trong 6 tháng đầu năm

Toà soạn: Số 54 Nguyễn Thị Minh Khai, TP. Vinh, Nghệ An. Hotline: 0238.3844.777
'''
META = {'published': '2023-06-29', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2020/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
RT = {'indicator': 'resolution_targets'}
Y22 = {'period': '2022'}
NQ = {'modality': 'target', 'period': '2020/2025'}
K25 = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('Nghệ An: 18/27', '18/27', 'ratio', 'chỉ tiêu', d(RT, status='pending')),
 ('đạt 7,84%/năm', '7,84%', 'level', '%', d(indicator='grdp_growth', period='2021/2022')),
 ('Nghị quyết 8,5 - 9%/năm', '8,5 - 9%', 'level', '%', d(NQ, indicator='grdp_growth')),
 ('đạt 187.600 tỷ đồng', '187.600 tỷ đồng', 'level', 'VND', d(Y22, indicator='grdp')),
 ('đạt 53,3 triệu đồng', '53,3 triệu đồng', 'level', 'VND/người/năm', d(Y22, indicator='income_per_capita')),
 ('tăng 1,35 lần', '1,35 lần', 'change', 'lần', d(Y22, U, indicator='income_per_capita', base='2020')),
 ('giảm còn 20,4%', '20,4%', 'level', '%', d(Y22, D, indicator='sector_share')),
 ('tăng lên 34,2%', '34,2%', 'level', '%', d(Y22, U, indicator='sector_share')),
 ('dịch vụ 39,1%', '39,1%', 'level', '%', d(Y22, indicator='sector_share')),
 ('đạt 20.811 tỷ đồng', '20.811 tỷ đồng', 'level', 'VND', d(Y22, indicator='budget_revenue')),
 ('mốc 20 nghìn tỷ đồng', '20 nghìn tỷ đồng', 'level', 'VND', d(Y22, indicator='budget_revenue', optional=True, value=2e13)),
 ('bằng 126,5% dự toán', '126,5%', 'attainment', '%', d(Y22, indicator='budget_revenue', base='target')),
 ('đạt 236.500 tỷ đồng', '236.500 tỷ đồng', 'level', 'VND', d(indicator='social_investment', period='2020/2022')),
 ('khoảng 1,71 tỷ USD', '1,71 tỷ USD', 'level', 'USD', d(indicator='fdi', bound='about')),
 ('Trong 27 chỉ tiêu', '27', 'level', 'chỉ tiêu', d(RT)),
 ('có 10 chỉ tiêu', '10', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('8 chỉ tiêu có khả năng', '8', 'level', 'chỉ tiêu', d(RT, status='pending')),
 ('9 chỉ tiêu khó đạt', '9', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('giảm bình quân 1,08%/năm', '1,08%', 'change', '%', d(D, indicator='poverty_rate', period='2021/2022')),
 ('đề ra 1 - 1,5%/năm', '1 - 1,5%', 'level', '%', d(NQ, indicator='poverty_rate')),
 ('còn 4,56%', '4,56%', 'level', '%', d(Y22, indicator='poverty_rate')),
 ('đạt 67,5%', '67,5%', 'level', '%', d(Y22, indicator='new_rural_communes')),
 ('với 309/411 xã', '309/411', 'ratio', 'xã', d(Y22, indicator='new_rural_communes')),
 ('có 9 đơn vị cấp huyện', '9', 'level', 'đơn vị cấp huyện', d(Y22)),
 ('đạt 93,2%', '93,2%', 'level', '%', d(Y22, indicator='health_insurance_coverage')),
 ('có 18,5 bác sỹ/vạn dân', '18,5 bác sỹ/vạn dân', 'level', 'bác sĩ/vạn dân', d(Y22, indicator='doctors_per_10k')),
 ('kết nạp 11.630 đảng viên', '11.630', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 77,5% chỉ tiêu', '77,5%', 'attainment', '%', d(indicator='new_party_members', base='target')),
 ('đạt 24.000 tỷ đồng trở lên', '24.000 tỷ đồng', 'level', 'VND', d(K25, indicator='budget_revenue', bound='at_least')),
 ('đạt 32%', '32%', 'level', '%', d(K25, indicator='urbanization_rate')),
]
