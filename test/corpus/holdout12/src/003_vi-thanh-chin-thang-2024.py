TEXT = '''
Thời sự

TP. Vị Thanh: Thu ngân sách 9 tháng đạt 81,5% dự toán

Cập nhật: 08-10-2024 | 09:12

(HG) - Theo báo cáo của UBND TP. Vị Thanh, 9 tháng năm 2024, tình hình kinh tế - xã hội của thành phố tiếp tục ổn định và có bước phát triển.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 212,4 tỷ đồng, đạt 81,5% dự toán HĐND thành phố giao, tăng 14,27% so với cùng kỳ. Trong đó, thu tiền sử dụng đất đạt 64,8 tỷ đồng, bằng 92,6% dự toán. Tổng chi ngân sách địa phương 387,6 tỷ đồng, đạt 68,9% dự toán.

Giá trị sản xuất công nghiệp ước đạt 2.936 tỷ đồng, tăng 9,8%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 7.845 tỷ đồng, tăng 12,35% so với cùng kỳ, bằng 76,7% KH năm.

Thành phố thu hút 2 dự án đầu tư mới với tổng vốn đăng ký 1.150 tỷ đồng; có 46 doanh nghiệp thành lập mới, tăng 9 doanh nghiệp so với cùng kỳ.

Về nông nghiệp, nông dân thành phố xuống giống lúa vụ Hè Thu năm 2024 được 6.120 ha/KH 6.000 ha, năng suất ước đạt 5,85 tấn/ha.

Diện tích khóm toàn thành phố hiện có 1.680 ha, sản lượng thu hoạch 24.300 tấn.

Thành phố giải quyết việc làm cho 2.140 lao động, đạt 89,2% kế hoạch năm; tuyển sinh đào tạo nghề 860 người. Đến nay, TP. Vị Thanh có 4/4 xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ hộ nghèo còn 0,52%.

Hoàng Minh

Xem thêm:
- Hậu Giang tập trung giải ngân vốn đầu tư công
- Khai mạc Hội thi tiếng hát Vị Thanh lần thứ IX
'''
META = {'published': '2024-10-08', 'locality': 'thành phố Vị Thanh'}
DEFAULTS = {'locality': 'thành phố Vị Thanh', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
FIGS = [
 ('đạt 81,5% dự toán\n', '81,5%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('ước đạt 212,4 tỷ đồng', '212,4 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('đạt 81,5% dự toán HĐND', '81,5%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('tăng 14,27%', '14,27%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='same_period', **E)),
 ('đạt 64,8 tỷ đồng', '64,8 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 92,6% dự toán', '92,6%', 'attainment', '%', dict(base='target')),
 ('phương 387,6 tỷ đồng', '387,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 68,9% dự toán', '68,9%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('ước đạt 2.936 tỷ đồng', '2.936 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('tăng 9,8%', '9,8%', 'change', '%', dict(indicator='industrial_output_value', direction='up', **E)),
 ('đạt 7.845 tỷ đồng', '7.845 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 12,35%', '12,35%', 'change', '%', dict(indicator='retail_sales', direction='up', base='same_period')),
 ('bằng 76,7% KH năm', '76,7%', 'attainment', '%', dict(indicator='retail_sales', base='target')),
 ('hút 2 dự án', '2', 'level', 'dự án', dict()),
 ('ký 1.150 tỷ đồng', '1.150 tỷ đồng', 'level', 'VND', dict()),
 ('có 46 doanh nghiệp', '46', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tăng 9 doanh nghiệp', '9', 'change', 'doanh nghiệp', dict(indicator='new_enterprises', direction='up', base='same_period')),
 ('được 6.120 ha', '6.120 ha', 'level', 'ha', dict(indicator='crop_area', period='2024')),
 ('KH 6.000 ha', '6.000 ha', 'level', 'ha', dict(indicator='crop_area', period='2024', modality='target')),
 ('ước đạt 5,85 tấn/ha', '5,85 tấn/ha', 'level', 'tấn/ha', dict(period='2024', **E)),
 ('có 1.680 ha', '1.680 ha', 'level', 'ha', dict()),
 ('hoạch 24.300 tấn', '24.300 tấn', 'level', 'tấn', dict()),
 ('cho 2.140 lao động', '2.140', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 89,2% kế hoạch', '89,2%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('nghề 860 người', '860', 'level', 'người', dict(indicator='vocational_training')),
 ('có 4/4 xã', '4/4', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('còn 0,52%', '0,52%', 'level', '%', dict(indicator='poverty_rate')),
]
