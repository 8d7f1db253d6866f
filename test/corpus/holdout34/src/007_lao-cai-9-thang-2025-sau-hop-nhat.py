TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Kinh tế

Kinh tế 9 tháng năm 2025 của tỉnh Lào Cai tăng trưởng 7,62%

06/10/2025 15:10

Ngày 6/10, UBND tỉnh Lào Cai tổ chức phiên họp thường kỳ tháng 9 để đánh giá tình hình kinh tế - xã hội 9 tháng và nhiệm vụ trọng tâm 3 tháng cuối năm 2025. Đây là báo cáo 9 tháng đầu tiên được tổng hợp trên địa bàn tỉnh Lào Cai mới (sau khi hợp nhất với tỉnh Yên Bái từ ngày 1/7/2025), gồm 99 xã, phường.

Theo báo cáo, tốc độ tăng trưởng kinh tế (GRDP) 9 tháng ước đạt 7,62% so với cùng kỳ; khu vực công nghiệp - xây dựng tiếp tục là động lực với mức tăng 10,15%. Chỉ số sản xuất công nghiệp (IIP) tăng 11,4%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 38.650 tỷ đồng, tăng 12,8% so với cùng kỳ năm 2024.

Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 9.874 tỷ đồng, bằng 76,3% dự toán; trong đó khu vực Yên Bái cũ thu 2.612 tỷ đồng. Kim ngạch xuất, nhập khẩu qua các cửa khẩu ước đạt 3,12 tỷ USD, tăng 18,9%.

Du lịch phục hồi mạnh mẽ, nhất là tại Sa Pa, Bắc Hà và vùng Mù Cang Chải. Tổng lượt khách 9 tháng ước đạt 9,46 triệu lượt, tăng 14,1%; trong đó khách quốc tế khoảng 1,02 triệu lượt. Tổng thu từ khách du lịch ước 32.800 tỷ đồng. Mùa lúa chín trên ruộng bậc thang xã Mù Cang Chải thu hút khoảng 310.000 lượt khách chỉ trong tháng 9.

Về nông, lâm nghiệp, 9 tháng toàn tỉnh trồng rừng tập trung được 21.450 ha, bằng 96,8% kế hoạch năm; tỷ lệ che phủ rừng ước 63,4%. Diện tích quế toàn tỉnh đạt 178.000 ha, trong đó khu vực Yên Bái cũ khoảng 84.000 ha.

Kết quả thực hiện một số chỉ tiêu chủ yếu đến ngày 30/9/2025:

Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện 9 tháng | So với KH (%)
Giải quyết việc làm (lao động) | 32.000 | 26.480 | 82,8
Số hộ thoát nghèo (hộ) | 9.500 | 7.936 | 83,5
Sản phẩm OCOP được công nhận mới (sản phẩm) | 60 | 41 | 68,3

Tỷ lệ hộ nghèo ước đến cuối năm giảm 3,2 điểm phần trăm, còn khoảng 8,6%, riêng hộ nghèo đồng bào dân tộc thiểu số còn 13,1%. Vốn các chương trình mục tiêu quốc gia giải ngân 1.915 tỷ đồng, đạt 58,7% kế hoạch; Chương trình MTQG 1719 đạt 55,2%, thấp hơn 3,5 điểm phần trăm so với mức chung.

Lãnh đạo UBND tỉnh yêu cầu các sở, ngành, 99 xã, phường tập trung phấn đấu tăng trưởng cả năm đạt 8,5% trở lên; giải ngân vốn đầu tư công đạt 100% kế hoạch; hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/10/2025. Các thôn, bản vùng cao như thôn Sả Séng (xã Bản Hồ), bản Khấu Phạ (xã Cao Phạ) được ưu tiên làm đường và nước sạch.

Văn phòng UBND tỉnh - Số 3, đường Hoàng Liên, phường Lào Cai. Điện thoại: 0214.3840.112
'''
META = {'published': '2025-10-06', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2025-9M', 'modality': 'estimate'}
A = {'modality': 'actual'}
YB = {'locality': 'tỉnh Yên Bái'}
FIGS = [
 ('của tỉnh Lào Cai tăng trưởng 7,62%', '7,62%', 'level', '%', dict(A, indicator='grdp_growth')),
 ('gồm 99 xã', '99', 'level', 'xã', dict(optional=True)),
 ('ước đạt 7,62%', '7,62%', 'level', '%', dict(indicator='grdp_growth')),
 ('mức tăng 10,15%', '10,15%', 'change', '%', dict(A, direction='up')),
 ('tăng 11,4%', '11,4%', 'change', '%', dict(A, indicator='industrial_production_index', direction='up')),
 ('ước đạt 38.650 tỷ đồng', '38.650 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 12,8%', '12,8%', 'change', '%', dict(indicator='retail_sales', direction='up', base='same_period')),
 ('đạt 9.874 tỷ đồng', '9.874 tỷ đồng', 'level', 'VND', dict(A, indicator='budget_revenue')),
 ('bằng 76,3% dự toán', '76,3%', 'attainment', '%', dict(A, indicator='budget_revenue', base='target')),
 ('thu 2.612 tỷ đồng', '2.612 tỷ đồng', 'level', 'VND', dict(A, **YB, indicator='budget_revenue')),
 ('ước đạt 3,12 tỷ USD', '3,12 tỷ USD', 'level', 'USD', dict()),
 ('tăng 18,9%', '18,9%', 'change', '%', dict(direction='up')),
 ('ước đạt 9,46 triệu lượt', '9,46 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('tăng 14,1%', '14,1%', 'change', '%', dict(indicator='tourist_arrivals', direction='up')),
 ('khoảng 1,02 triệu lượt', '1,02 triệu', 'level', 'lượt', dict(A, indicator='international_tourist_arrivals', bound='about')),
 ('ước 32.800 tỷ đồng', '32.800 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('khoảng 310.000 lượt khách', '310.000', 'level', 'lượt khách', dict(A, indicator='tourist_arrivals', locality='xã Mù Cang Chải', period='2025-M09', bound='about')),
 ('được 21.450 ha', '21.450 ha', 'level', 'ha', dict(A)),
 ('bằng 96,8% kế hoạch năm', '96,8%', 'attainment', '%', dict(A, base='target')),
 ('rừng ước 63,4%', '63,4%', 'level', '%', dict(indicator='forest_cover')),
 ('đạt 178.000 ha', '178.000 ha', 'level', 'ha', dict(A)),
 ('khoảng 84.000 ha', '84.000 ha', 'level', 'ha', dict(A, **YB, bound='about')),
 ('| 32.000 |', '32.000', 'level', 'lao động', dict(indicator='jobs_created', period='2025', modality='target')),
 ('| 26.480 |', '26.480', 'level', 'lao động', dict(A, indicator='jobs_created')),
 ('| 82,8', '82,8', 'attainment', '%', dict(A, indicator='jobs_created', base='target')),
 ('| 9.500 |', '9.500', 'level', 'hộ', dict(indicator='households_out_of_poverty', period='2025', modality='target')),
 ('| 7.936 |', '7.936', 'level', 'hộ', dict(A, indicator='households_out_of_poverty')),
 ('| 83,5', '83,5', 'attainment', '%', dict(A, indicator='households_out_of_poverty', base='target')),
 ('| 60 |', '60', 'level', 'sản phẩm', dict(indicator='ocop_products', period='2025', modality='target')),
 ('| 41 |', '41', 'level', 'sản phẩm', dict(A, indicator='ocop_products')),
 ('| 68,3', '68,3', 'attainment', '%', dict(A, indicator='ocop_products', base='target')),
 ('giảm 3,2 điểm phần trăm', '3,2 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', period='2025', direction='down')),
 ('khoảng 8,6%', '8,6%', 'level', '%', dict(indicator='poverty_rate', period='2025', direction='down', bound='about')),
 ('còn 13,1%', '13,1%', 'level', '%', dict(indicator='poverty_rate', period='2025')),
 ('giải ngân 1.915 tỷ đồng', '1.915 tỷ đồng', 'level', 'VND', dict(A)),
 ('đạt 58,7% kế hoạch', '58,7%', 'attainment', '%', dict(A, base='target')),
 ('1719 đạt 55,2%', '55,2%', 'attainment', '%', dict(A, base='target')),
 ('thấp hơn 3,5 điểm phần trăm', '3,5 điểm phần trăm', 'change', 'điểm %', dict(A, direction='down')),
 ('đạt 8,5% trở lên', '8,5%', 'level', '%', dict(indicator='grdp_growth', period='2025', modality='target', bound='at_least')),
 ('ngành, 99 xã', '99', 'level', 'xã', dict(optional=True)),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', dict(indicator='public_investment_disbursement', period='2025', modality='target', base='target')),
]
