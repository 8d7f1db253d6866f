TEXT = '''
BÁO LÀO CAI
Xã hội · 20/12/2025 | 09:10

Kết thúc giai đoạn 2021 - 2025 Chương trình giảm nghèo: tỷ lệ hộ nghèo còn 4,2%

Sau 5 năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, tỷ lệ hộ nghèo của tỉnh giảm từ 19,5% (năm 2021) xuống còn 4,2% (cuối năm 2025), bình quân mỗi năm giảm 3,8 điểm phần trăm, vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra.

Theo Sở Nông nghiệp và Môi trường, tổng vốn thực hiện Chương trình giai đoạn 2021 - 2025 là 6.820 tỷ đồng, trong đó ngân sách trung ương 5.410 tỷ đồng. Chương trình hoàn thành 9/9 chỉ tiêu chính; hỗ trợ xây mới và sửa chữa 12.460 căn nhà cho hộ nghèo, hộ cận nghèo.

Năm 2025, toàn tỉnh có 8.650 hộ thoát nghèo, vượt 15% kế hoạch; tỷ lệ hộ cận nghèo còn 6,1%, giảm 1,4 điểm phần trăm so với năm 2024. Vốn Chương trình năm 2025 đã giải ngân 1.540 tỷ đồng, đạt 96,2% kế hoạch vốn; riêng vốn sự nghiệp mới đạt 81,5%.

Khu vực Yên Bái cũ có tỷ lệ hộ nghèo 3,6%, thấp hơn mức bình quân của tỉnh. Xã Bắc Hà giảm được 412 hộ nghèo trong năm, tỷ lệ hộ nghèo còn 11,8%; xã Mường Khương còn 1.035 hộ nghèo, chiếm 16,4% số hộ.

Về Dự án 1 (hỗ trợ đầu tư hạ tầng các huyện nghèo cũ), giai đoạn 2021 - 2025 đã hoàn thành 286 công trình, đạt 95,3% kế hoạch; Dự án 4 (phát triển giáo dục nghề nghiệp, việc làm bền vững) đào tạo nghề cho 42.300 lao động, giải quyết việc làm mới cho 96.800 người, trong đó đưa 3.920 người đi làm việc ở nước ngoài theo hợp đồng. Giai đoạn 2021 - 2025, Ngân hàng Chính sách xã hội cho vay ưu đãi 4.860 tỷ đồng với 102.400 lượt hộ vay. Đến nay, 100% xã có đường ô tô đến trung tâm được cứng hóa; 98,7% hộ dân được sử dụng điện lưới quốc gia. Thu nhập bình quân đầu người của tỉnh năm 2025 ước đạt 68,4 triệu đồng, gấp 1,6 lần năm 2020.

Giai đoạn 2026 - 2030, tỉnh phấn đấu giảm tỷ lệ hộ nghèo theo chuẩn mới bình quân 1,5 - 2%/năm; năm 2026 giảm ít nhất 3.500 hộ nghèo và đào tạo nghề cho 18.000 lao động nông thôn.

[Ảnh] Gia đình anh Giàng Seo Phử ở xã Bắc Hà trong ngôi nhà mới được hỗ trợ 40 triệu đồng. Ảnh: Hồng Duyên

Hồng Duyên

Tin liên quan:
- Phiên họp thứ 3 Ban Chỉ đạo các chương trình MTQG tỉnh (15/12/2025)
- Quyết định số 1254/QĐ-UBND phê duyệt danh sách 68 xã khó khăn
Giấy phép số 41/GP-BTTTT · Tòa soạn: 0214.3840.xxx
'''
META = {'published': '2025-12-20', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2021/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
PR = {'indicator': 'poverty_rate'}
Y25 = {'period': '2025'}
BH = {'locality': 'xã Bắc Hà'}
MK = {'locality': 'xã Mường Khương'}
T = {'period': '2026/2030', 'modality': 'target'}
FIGS = [
 ('nghèo còn 4,2%\n', '4,2%', 'level', '%', d(PR)),
 ('từ 19,5%', '19,5%', 'level', '%', d(PR, period='2021')),
 ('còn 4,2% (cuối', '4,2%', 'level', '%', d(PR, Y25, direction='down')),
 ('giảm 3,8 điểm phần trăm', '3,8 điểm phần trăm', 'change', 'điểm %', d(PR, direction='down')),
 ('là 6.820 tỷ đồng', '6.820 tỷ đồng', 'level', 'VND', d()),
 ('ương 5.410 tỷ đồng', '5.410 tỷ đồng', 'level', 'VND', d()),
 ('thành 9/9 chỉ tiêu', '9/9', 'ratio', 'chỉ tiêu', d(status='achieved')),
 ('sửa chữa 12.460 căn nhà', '12.460', 'level', 'căn nhà', d()),
 ('có 8.650 hộ', '8.650', 'level', 'hộ', d(Y25, indicator='households_out_of_poverty')),
 ('vượt 15% kế hoạch', '15%', 'change', '%', d(Y25, indicator='households_out_of_poverty', direction='up', base='target', status='exceeded')),
 ('còn 6,1%', '6,1%', 'level', '%', d(Y25, indicator='near_poverty_rate')),
 ('giảm 1,4 điểm phần trăm', '1,4 điểm phần trăm', 'change', 'điểm %', d(Y25, indicator='near_poverty_rate', direction='down', base='2024')),
 ('giải ngân 1.540 tỷ đồng', '1.540 tỷ đồng', 'level', 'VND', d(Y25)),
 ('đạt 96,2% kế hoạch', '96,2%', 'attainment', '%', d(Y25, base='target')),
 ('đạt 81,5%', '81,5%', 'attainment', '%', d(Y25, base='target')),
 ('nghèo 3,6%', '3,6%', 'level', '%', d(PR, Y25, locality='tỉnh Yên Bái')),
 ('được 412 hộ', '412', 'change', 'hộ', d(BH, Y25, indicator='poor_households', direction='down')),
 ('còn 11,8%', '11,8%', 'level', '%', d(BH, PR, Y25)),
 ('còn 1.035 hộ', '1.035', 'level', 'hộ', d(MK, Y25, indicator='poor_households')),
 ('chiếm 16,4%', '16,4%', 'level', '%', d(MK, PR, Y25)),
 ('1,5 - 2%/năm', '1,5 - 2%', 'change', '%', d(PR, T, direction='down')),
 ('ít nhất 3.500 hộ', '3.500', 'change', 'hộ', d(indicator='poor_households', period='2026', modality='target', direction='down', bound='at_least')),
 ('cho 18.000 lao động', '18.000', 'level', 'lao động', d(indicator='vocational_training', period='2026', modality='target')),
 ('hỗ trợ 40 triệu đồng', '40 triệu đồng', 'level', 'VND', d(optional=True)),
 ('sách 68 xã', '68', 'level', 'xã', d(optional=True)),
 ('thành 286 công trình', '286', 'level', 'công trình', d()),
 ('đạt 95,3% kế hoạch', '95,3%', 'attainment', '%', d(base='target')),
 ('cho 42.300 lao động', '42.300', 'level', 'lao động', d(indicator='vocational_training')),
 ('cho 96.800 người', '96.800', 'level', 'người', d(indicator='jobs_created')),
 ('đưa 3.920 người', '3.920', 'level', 'người', d(indicator='labour_export')),
 ('đạt 68,4 triệu đồng', '68,4 triệu đồng', 'level', 'VND/người/năm', d(Y25, indicator='income_per_capita', modality='estimate')),
 ('gấp 1,6 lần', '1,6', 'change', 'lần', d(Y25, indicator='income_per_capita', modality='estimate', direction='up', base='2020')),
 ('Đến nay, 100% xã', '100%', 'level', '%', d(period='2025')),
 ('98,7% hộ', '98,7%', 'level', '%', d(period='2025')),
 ('đãi 4.860 tỷ đồng', '4.860 tỷ đồng', 'level', 'VND', d()),
 ('với 102.400 lượt', '102.400', 'level', 'lượt hộ', d()),
]
