# Social welfare year review (Báo Sóc Trăng style), stored in NFD as some CMS exports do. Mixed digit-word number
# ("115 nghìn 788"), money per dwelling and per person per month, "lần lượt" across two districts, a spelled numeral
# "năm" (five) next to "Năm" (year).
NFD = True
TEXT = '''
Xã hội

Sóc Trăng: Năm 2024, tỷ lệ hộ nghèo giảm 1,12%

08/01/2025

(STO) - Năm 2024, công tác giảm nghèo, bảo đảm an sinh xã hội của tỉnh Sóc Trăng đạt nhiều kết quả quan trọng. Theo Sở Lao động - Thương binh và Xã hội, tỷ lệ hộ nghèo toàn tỉnh giảm còn 2,79%, giảm 1,12% so với năm 2023, vượt chỉ tiêu Nghị quyết đề ra (giảm 1%).

Cuối năm 2024, toàn tỉnh còn 10.612 hộ nghèo và 12.438 hộ cận nghèo; trong năm có 4.268 hộ thoát nghèo. Tỷ lệ hộ nghèo trong đồng bào Khmer còn 4,21%, giảm 1,8 điểm % so với năm trước. Hai huyện Cù Lao Dung và Trần Đề có tỷ lệ hộ nghèo giảm mạnh nhất, lần lượt còn 3,12% và 4,05%.

Về nhà ở, Quỹ Vì người nghèo các cấp đã hỗ trợ xây mới, sửa chữa 1.346 căn nhà đại đoàn kết với tổng kinh phí hơn 67 tỷ đồng, bình quân 50 triệu đồng/căn. Toàn tỉnh cấp 115 nghìn 788 thẻ BHYT cho người nghèo, người cận nghèo và người dân tộc thiểu số; tỷ lệ bao phủ BHYT đạt 93,6%.

Năm 2024, tỉnh giải quyết việc làm cho 21.650 lao động, đạt 108,3% kế hoạch; trong đó đưa 1.120 người đi làm việc ở nước ngoài. Tỷ lệ lao động qua đào tạo đạt 62,5%; tỷ lệ lao động có việc làm sau học nghề đạt trên 85%.

Đối với người có công, tỉnh chi trả trợ cấp thường xuyên cho 6.540 đối tượng với tổng kinh phí 142 tỷ đồng. Người cao tuổi từ đủ 80 tuổi trở lên không có lương hưu được hưởng trợ cấp xã hội 500.000 đồng/người/tháng.

Năm 2025, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 1 - 1,5%, có thêm năm xã thoát khỏi diện đặc biệt khó khăn. Người dân cần hỗ trợ có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 hoặc đường dây nóng 0299.3822.045.

Kim Thoa
'''
META = {'published': '2025-01-08', 'locality': 'tỉnh Sóc Trăng'}
DEFAULTS = {'locality': 'tỉnh Sóc Trăng', 'period': '2024', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2025'}
PR = dict(indicator='poverty_rate')
FIGS = [
 ('nghèo giảm 1,12%\n', '1,12%', 'change', '%', dict(direction='down', **PR)),
 ('giảm còn 2,79%', '2,79%', 'level', '%', dict(direction='down', **PR)),
 ('giảm 1,12% so với năm 2023', '1,12%', 'change', '%', dict(direction='down', base='2023', **PR)),
 ('(giảm 1%)', '1%', 'change', '%', dict(direction='down', modality='target', **PR)),
 ('còn 10.612 hộ', '10.612', 'level', 'hộ', dict(indicator='poor_households')),
 ('và 12.438 hộ', '12.438', 'level', 'hộ', dict()),
 ('có 4.268 hộ', '4.268', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('còn 4,21%', '4,21%', 'level', '%', dict(**PR)),
 ('giảm 1,8 điểm %', '1,8 điểm %', 'change', 'điểm %', dict(direction='down', base='2023', **PR)),
 ('Hai huyện', 'Hai', 'level', 'huyện', dict(value=2, optional=True)),
 ('còn 3,12%', '3,12%', 'level', '%', dict(locality='huyện Cù Lao Dung', direction='down', **PR)),
 ('và 4,05%', '4,05%', 'level', '%', dict(locality='huyện Trần Đề', direction='down', **PR)),
 ('sửa chữa 1.346 căn nhà', '1.346', 'level', 'căn nhà', dict()),
 ('hơn 67 tỷ đồng', '67 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('50 triệu đồng/căn', '50 triệu đồng/căn', 'level', 'VND/căn', dict()),
 ('115 nghìn 788 thẻ', '115 nghìn 788', 'level', 'thẻ', dict(value=115788)),
 ('BHYT đạt 93,6%', '93,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('cho 21.650 lao động', '21.650', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 108,3% kế hoạch', '108,3%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('đưa 1.120 người', '1.120', 'level', 'người', dict(indicator='labour_export')),
 ('đào tạo đạt 62,5%', '62,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('trên 85%', '85%', 'level', '%', dict(bound='over')),
 ('cho 6.540 đối tượng', '6.540', 'level', 'đối tượng', dict()),
 ('phí 142 tỷ đồng', '142 tỷ đồng', 'level', 'VND', dict()),
 ('500.000 đồng/người/tháng', '500.000 đồng/người/tháng', 'level', 'VND/người/tháng', dict()),
 ('từ 1 - 1,5%', '1 - 1,5%', 'change', '%', dict(direction='down', **PR, **T)),
 ('thêm năm xã', 'năm', 'level', 'xã', dict(value=5, **T)),
]
