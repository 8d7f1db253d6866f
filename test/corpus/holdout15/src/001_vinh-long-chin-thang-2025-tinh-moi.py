TEXT = '''
Vĩnh Long: GRDP 9 tháng năm 2025 ước tăng 7,52%

03/10/2025 - 16:40

VL - Ngày 2/10, UBND tỉnh Vĩnh Long tổ chức phiên họp thường kỳ tháng 9, đánh giá tình hình kinh tế - xã hội 9 tháng và nhiệm vụ trọng tâm quý IV năm 2025. Đây là báo cáo 9 tháng đầu tiên của tỉnh Vĩnh Long (mới), số liệu được tổng hợp trên địa bàn ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh trước khi hợp nhất theo Nghị quyết số 202/2025/QH15 của Quốc hội.

Theo báo cáo, tổng sản phẩm trên địa bàn (GRDP) 9 tháng của tỉnh mới ước tăng 7,52% so với cùng kỳ, cao hơn mức tăng chung của vùng Đồng bằng sông Cửu Long. Chỉ số sản xuất công nghiệp (IIP) tăng 11,2% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 128.540 tỷ đồng, tăng 12,4%.

Kim ngạch xuất khẩu ước đạt 2,86 tỷ USD, tăng 15,3% so với cùng kỳ, đạt 74,5% kế hoạch năm; trong đó khu vực Bến Tre cũ ước đạt 1,21 tỷ USD, khu vực Trà Vinh cũ 0,72 tỷ USD.

Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 15.862 tỷ đồng, đạt 78,6% dự toán Trung ương giao, tăng 9,8% so với cùng kỳ. Tổng chi ngân sách địa phương 22.410 tỷ đồng, bằng 61,3% dự toán.

Giải ngân vốn đầu tư công đến ngày 30/9/2025 đạt 6.215 tỷ đồng, đạt 58,2% kế hoạch vốn Thủ tướng Chính phủ giao. Trong đó, khu vực Bến Tre cũ giải ngân 2.104 tỷ đồng, cao nhất trong ba khu vực.

Sản lượng lúa 9 tháng đạt 1,52 triệu tấn, giảm 2,3% so với cùng kỳ do một phần diện tích chuyển sang trồng cây ăn trái. Sản lượng thủy sản đạt 742.600 tấn, tăng 3,6%; riêng khu vực Bến Tre cũ đạt 318.200 tấn.

Trong 9 tháng, toàn tỉnh giải quyết việc làm cho 41.350 lao động, đạt 82,7% kế hoạch năm; trong đó đưa 1.926 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,1%.

Toàn tỉnh có 1.184 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.870 tỷ đồng; số doanh nghiệp thành lập mới tăng 18,2% so với cùng kỳ.

Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và 124 xã, phường tập trung tháo gỡ vướng mắc về mặt bằng, phấn đấu cả năm giải ngân vốn đầu tư công đạt 100% kế hoạch; tăng trưởng GRDP cả năm đạt 8% trở lên.

Minh Khang
'''
META = {'published': '2025-10-03', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2025-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
BT = {'locality': 'tỉnh Bến Tre'}
FIGS = [
 ('ước tăng 7,52%\n', '7,52%', 'change', '%', dict(indicator='grdp_growth', direction='up', **E)),
 ('ước tăng 7,52% so', '7,52%', 'change', '%', dict(indicator='grdp_growth', direction='up', base='same_period', **E)),
 ('tăng 11,2%', '11,2%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='same_period')),
 ('128.540 tỷ đồng', '128.540 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 12,4%', '12,4%', 'change', '%', dict(indicator='retail_sales', direction='up', **E)),
 ('2,86 tỷ USD', '2,86 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 15,3%', '15,3%', 'change', '%', dict(indicator='export_value', direction='up', base='same_period', **E)),
 ('đạt 74,5%', '74,5%', 'attainment', '%', dict(indicator='export_value', base='target', **E)),
 ('1,21 tỷ USD', '1,21 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E, **BT)),
 ('0,72 tỷ USD', '0,72 tỷ USD', 'level', 'USD', dict(indicator='export_value', locality='tỉnh Trà Vinh', **E)),
 ('15.862 tỷ đồng', '15.862 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 78,6%', '78,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 9,8%', '9,8%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='same_period')),
 ('22.410 tỷ đồng', '22.410 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 61,3%', '61,3%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 58,2%', '58,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('2.104 tỷ đồng', '2.104 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement', **BT)),
 ('1,52 triệu tấn', '1,52 triệu tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('giảm 2,3%', '2,3%', 'change', '%', dict(indicator='rice_output', direction='down', base='same_period')),
 ('742.600 tấn', '742.600 tấn', 'level', 'tấn', dict(indicator='aquaculture_output')),
 ('tăng 3,6%', '3,6%', 'change', '%', dict(indicator='aquaculture_output', direction='up')),
 ('318.200 tấn', '318.200 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', **BT)),
 ('41.350 lao động', '41.350', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 82,7%', '82,7%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('1.926 người', '1.926', 'level', 'người', dict(indicator='labour_export')),
 ('đạt 93,1%', '93,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('1.184 doanh nghiệp', '1.184', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 18,2%', '18,2%', 'change', '%', dict(indicator='new_enterprises', direction='up', base='same_period')),
 ('124 xã, phường', '124', 'level', 'xã', dict(optional=True)),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', period='2025', modality='target')),
 ('đạt 8% trở lên', '8%', 'level', '%', dict(indicator='grdp_growth', bound='at_least', period='2025', modality='target')),
]
