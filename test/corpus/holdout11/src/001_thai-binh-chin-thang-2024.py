TEXT = '''
Kinh tế - Xã hội

Thái Bình: Tăng trưởng kinh tế 9 tháng năm 2024 ước đạt 8,6%

Thứ Năm, 03/10/2024 - 15:20

(TBTV) - Sáng 2/10, UBND tỉnh Thái Bình tổ chức phiên họp thường kỳ tháng 9 đánh giá tình hình kinh tế - xã hội 9 tháng năm 2024. Theo báo cáo, tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng 8,6% so với cùng kỳ năm 2023, đứng thứ 9 cả nước và thứ 4 vùng Đồng bằng sông Hồng.

Các chỉ tiêu chủ yếu đều tăng khá so với cùng kỳ. Cụ thể:
- Chỉ số sản xuất công nghiệp (IIP) tăng 14,2%;
- Giá trị sản xuất công nghiệp ước đạt 118.560 tỷ đồng, tăng 15,3%;
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 41.250 tỷ đồng, tăng 11,8%;
- Kim ngạch xuất khẩu ước đạt 2,05 tỷ USD/KH 2,6 tỷ USD, bằng 78,8% kế hoạch năm;
- Thu ngân sách nhà nước ước đạt 6.420 tỷ đồng, bằng 82,3% dự toán HĐND tỉnh giao.

Trong đó, huyện Tiền Hải dẫn đầu về thu ngân sách với 1.150 tỷ đồng; thành phố Thái Bình đạt 980 tỷ đồng. Thành phố cũng dẫn đầu về bán lẻ với 12.400 tỷ đồng.

Sản xuất nông nghiệp tiếp tục ổn định. Vụ Xuân 2024, năng suất lúa đạt 71,2 tạ/ha, sản lượng đạt 568.000 tấn. Diện tích gieo cấy vụ Mùa đạt 76.300 ha, đạt 100,4% kế hoạch.

Toàn tỉnh có thêm 812 doanh nghiệp thành lập mới, tăng 6,1%; vốn đăng ký 9.870 tỷ đồng. Về thu hút đầu tư, 9 tháng tỉnh cấp mới 41 dự án FDI với tổng vốn đăng ký 1,32 tỷ USD, gấp 2,1 lần cùng kỳ.

Toàn tỉnh giải ngân vốn đầu tư công được 4.215 tỷ đồng, đạt 68,4% kế hoạch vốn, cao hơn bình quân cả nước (47,3%). Các huyện Kiến Xương, Vũ Thư, Hưng Hà có tỷ lệ giải ngân cao nhất, lần lượt đạt 88,5%, 85,2% và 81,7% kế hoạch.

Về văn hóa - xã hội, 9 tháng đã giải quyết việc làm cho 29.850 lao động, đạt 90,5% kế hoạch năm; trong đó xuất khẩu lao động 2.960 người. Tỷ lệ tham gia BHYT đạt 93,6% dân số.

Quý IV, tỉnh phấn đấu hoàn thành 21/21 chỉ tiêu kinh tế - xã hội năm 2024, trong đó tăng trưởng GRDP cả năm đạt 9% trở lên, thu ngân sách đạt 8.500 tỷ đồng.

Thu Hà

Tin liên quan:
- Thái Bình: Khởi công cầu Hòa Bình mới trên Quốc lộ 10
- Khai mạc Hội chợ thương mại tỉnh lần thứ 12
'''
META = {'published': '2024-10-03', 'locality': 'tỉnh Thái Bình'}
DEFAULTS = {'locality': 'tỉnh Thái Bình', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period', 'direction': 'up'}
FIGS = [
 ('năm 2024 ước đạt 8,6%', '8,6%', 'level', '%', dict(indicator='grdp_growth', **E)),
 ('ước tăng 8,6% so với', '8,6%', 'change', '%', dict(indicator='grdp_growth', **S, **E)),
 ('(IIP) tăng 14,2%', '14,2%', 'change', '%', dict(indicator='industrial_production_index', **S)),
 ('ước đạt 118.560 tỷ đồng', '118.560 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('tăng 15,3%', '15,3%', 'change', '%', dict(indicator='industrial_output_value', **S, **E)),
 ('ước đạt 41.250 tỷ đồng', '41.250 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 11,8%', '11,8%', 'change', '%', dict(indicator='retail_sales', **S, **E)),
 ('ước đạt 2,05 tỷ USD', '2,05 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('KH 2,6 tỷ USD', '2,6 tỷ USD', 'level', 'USD', dict(indicator='export_value', period='2024', modality='target')),
 ('bằng 78,8% kế hoạch', '78,8%', 'attainment', '%', dict(indicator='export_value', base='target', **E)),
 ('ước đạt 6.420 tỷ đồng', '6.420 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('bằng 82,3% dự toán', '82,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('với 1.150 tỷ đồng', '1.150 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', locality='huyện Tiền Hải')),
 ('đạt 980 tỷ đồng', '980 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', locality='thành phố Thái Bình')),
 ('với 12.400 tỷ đồng', '12.400 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', locality='thành phố Thái Bình')),
 ('đạt 71,2 tạ/ha', '71,2 tạ/ha', 'level', 'tạ/ha', dict(period='2024')),
 ('đạt 568.000 tấn', '568.000 tấn', 'level', 'tấn', dict(indicator='rice_output', period='2024')),
 ('đạt 76.300 ha', '76.300 ha', 'level', 'ha', dict(indicator='crop_area', period='2024')),
 ('đạt 100,4% kế hoạch', '100,4%', 'attainment', '%', dict(indicator='crop_area', base='target', period='2024')),
 ('thêm 812 doanh nghiệp', '812', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tăng 6,1%', '6,1%', 'change', '%', dict(indicator='new_enterprises', direction='up')),
 ('ký 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', dict()),
 ('mới 41 dự án', '41', 'level', 'dự án', dict()),
 ('ký 1,32 tỷ USD', '1,32 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('gấp 2,1 lần', '2,1 lần', 'change', 'lần', dict(indicator='fdi', **S)),
 ('được 4.215 tỷ đồng', '4.215 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 68,4% kế hoạch', '68,4%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('(47,3%)', '47,3%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', locality='cả nước')),
 ('đạt 88,5%', '88,5%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', locality='huyện Kiến Xương')),
 ('88,5%, 85,2%', '85,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', locality='huyện Vũ Thư')),
 ('và 81,7% kế hoạch', '81,7%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', locality='huyện Hưng Hà')),
 ('cho 29.850 lao động', '29.850', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 90,5% kế hoạch', '90,5%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('động 2.960 người', '2.960', 'level', 'người', dict(indicator='labour_export')),
 ('đạt 93,6%', '93,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('thành 21/21 chỉ tiêu', '21/21', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', period='2024', modality='target')),
 ('đạt 9% trở lên', '9%', 'level', '%', dict(indicator='grdp_growth', period='2024', modality='target', bound='at_least')),
 ('đạt 8.500 tỷ đồng', '8.500 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', period='2024', modality='target')),
]
