TEXT = '''
Đồng Tháp: Quý I/2026, GRDP ước tăng 7,86%

05/04/2026 - 15:20

ĐTO - Chiều 3/4, UBND tỉnh Đồng Tháp tổ chức phiên họp thường kỳ tháng 3, đánh giá tình hình kinh tế - xã hội quý I năm 2026. Các chỉ tiêu so sánh cùng kỳ được tính trên địa bàn tỉnh Đồng Tháp (mới), tức là tổng số liệu cùng kỳ của hai tỉnh Đồng Tháp và Tiền Giang trước khi hợp nhất.

Theo báo cáo, tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I ước tăng 7,86% so với cùng kỳ, cao hơn cùng kỳ năm 2025 (6,1%, tính chung hai tỉnh cũ). Chỉ số sản xuất toàn ngành công nghiệp (IIP) tăng 10,7% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 41.260 tỷ đồng, tăng 11,9%.

Kim ngạch xuất khẩu ước đạt 1,18 tỷ USD, tăng 13,5% so với cùng kỳ; kim ngạch nhập khẩu 486 triệu USD, giảm 4,2%.

Về nông nghiệp, vụ lúa Đông Xuân 2025 - 2026 toàn tỉnh xuống giống 311.400 ha, giảm 1,6% so với vụ Đông Xuân năm trước; năng suất bình quân ước đạt 7,42 tấn/ha, sản lượng ước đạt 2,31 triệu tấn. Riêng khu vực Tiền Giang cũ xuống giống 63.800 ha.

Thu ngân sách nhà nước trên địa bàn quý I đạt 4.126 tỷ đồng, đạt 27,3% dự toán năm, tăng 15,8% so với cùng kỳ. Giải ngân vốn đầu tư công đạt 1.085 tỷ đồng, đạt 11,2% kế hoạch.

Trong quý, toàn tỉnh có 412 doanh nghiệp thành lập mới, tăng 9,3%; giải quyết việc làm cho 12.480 lao động. Khách du lịch đến tỉnh đạt 2,06 triệu lượt, tăng 17,5% so với cùng kỳ, tập trung tại các điểm du lịch ở phường Mỹ Tho và xã Cái Bè.

Phát biểu chỉ đạo, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và địa phương bám sát kịch bản tăng trưởng, phấn đấu GRDP năm 2026 tăng 10% trở lên theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I.

Hữu Nghĩa
'''
META = {'published': '2026-04-05', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2026-Q1', 'modality': 'actual'}
E = {'modality': 'estimate'}
DX = {'period': '2025/2026'}
FIGS = [
 ('ước tăng 7,86%\n', '7,86%', 'change', '%', dict(indicator='grdp_growth', direction='up', **E)),
 ('ước tăng 7,86% so', '7,86%', 'change', '%', dict(indicator='grdp_growth', direction='up', base='same_period', **E)),
 ('(6,1%', '6,1%', 'level', '%', dict(indicator='grdp_growth', period='2025-Q1')),
 ('tăng 10,7%', '10,7%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='same_period')),
 ('41.260 tỷ đồng', '41.260 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 11,9%', '11,9%', 'change', '%', dict(indicator='retail_sales', direction='up', **E)),
 ('1,18 tỷ USD', '1,18 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 13,5%', '13,5%', 'change', '%', dict(indicator='export_value', direction='up', base='same_period', **E)),
 ('486 triệu USD', '486 triệu USD', 'level', 'USD', dict(indicator='import_value')),
 ('giảm 4,2%', '4,2%', 'change', '%', dict(indicator='import_value', direction='down')),
 ('311.400 ha', '311.400 ha', 'level', 'ha', dict(indicator='crop_area', **DX)),
 ('giảm 1,6%', '1,6%', 'change', '%', dict(indicator='crop_area', direction='down', base='same_period', **DX)),
 ('7,42 tấn/ha', '7,42 tấn/ha', 'level', 'tấn/ha', dict(modality='estimate', **DX)),
 ('2,31 triệu tấn', '2,31 triệu tấn', 'level', 'tấn', dict(indicator='rice_output', modality='estimate', **DX)),
 ('63.800 ha', '63.800 ha', 'level', 'ha', dict(indicator='crop_area', locality='tỉnh Tiền Giang', **DX)),
 ('4.126 tỷ đồng', '4.126 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 27,3%', '27,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 15,8%', '15,8%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='same_period')),
 ('1.085 tỷ đồng', '1.085 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 11,2%', '11,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('412 doanh nghiệp', '412', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tăng 9,3%', '9,3%', 'change', '%', dict(indicator='new_enterprises', direction='up')),
 ('12.480 lao động', '12.480', 'level', 'lao động', dict(indicator='jobs_created')),
 ('2,06 triệu lượt', '2,06 triệu lượt', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('tăng 17,5%', '17,5%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='same_period')),
 ('tăng 10% trở lên', '10%', 'change', '%', dict(indicator='grdp_growth', direction='up', bound='at_least', period='2026', modality='target')),
]
