TEXT = '''
HĐND phường An Hội thông qua dự toán ngân sách năm 2026

20/12/2025 - 10:15

ĐK - Ngày 19/12, HĐND phường An Hội tổ chức kỳ họp thường lệ cuối năm 2025, xem xét báo cáo kinh tế - xã hội, dự toán và phân bổ ngân sách năm 2026. Đây là kỳ họp cuối năm đầu tiên của phường An Hội (mới), được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường An Hội, Phú Khương, Phú Tân và xã Sơn Đông của thành phố Bến Tre cũ.

Theo báo cáo của UBND phường, tổng thu ngân sách nhà nước trên địa bàn năm 2025 (bao gồm số thu của các đơn vị cũ trong 6 tháng đầu năm) ước đạt 152,4 tỷ đồng, đạt 112,6% dự toán, tăng 11,5% so với năm 2024. Trong đó, thu tiền sử dụng đất ước đạt 41,7 tỷ đồng, thu thuế ngoài quốc doanh 58,9 tỷ đồng.

Tổng chi ngân sách phường ước thực hiện 96,8 tỷ đồng, bằng 98,1% dự toán, trong đó chi đầu tư phát triển 31,2 tỷ đồng, chi thường xuyên 63,5 tỷ đồng. Các khoản chi cho bộ máy sau sắp xếp, chế độ cho cán bộ nghỉ việc theo Nghị định số 178/2024/NĐ-CP được bảo đảm kịp thời.

Năm 2025, phường giải quyết việc làm cho 1.320 lao động, vượt 10% kế hoạch. Tỷ lệ hộ nghèo giảm còn 0,21%; toàn phường còn 27 hộ nghèo, tập trung ở khu vực xã Sơn Đông cũ.

HĐND phường thống nhất dự toán thu ngân sách nhà nước trên địa bàn năm 2026 là 165 tỷ đồng, tăng 8,3% so với ước thực hiện năm 2025; dự toán chi ngân sách địa phương 112,5 tỷ đồng. Năm 2026, phường phấn đấu giải quyết việc làm cho 1.400 lao động, giảm tỷ lệ hộ nghèo xuống dưới 0,15%.

Kỳ họp cũng thông qua nghị quyết về kế hoạch đầu tư công năm 2026 với 14 công trình, tổng vốn 28,5 tỷ đồng, ưu tiên nâng cấp các tuyến hẻm tại khu phố 3 và khu phố 7, đường Đồng Khởi nối dài.

Ngọc Hân
'''
META = {'published': '2025-12-20', 'locality': 'phường An Hội'}
DEFAULTS = {'locality': 'phường An Hội', 'period': '2025', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('152,4 tỷ đồng', '152,4 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('đạt 112,6%', '112,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('tăng 11,5%', '11,5%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2024', **E)),
 ('41,7 tỷ đồng', '41,7 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('58,9 tỷ đồng', '58,9 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('96,8 tỷ đồng', '96,8 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **E)),
 ('bằng 98,1%', '98,1%', 'attainment', '%', dict(indicator='budget_expenditure', base='target', **E)),
 ('31,2 tỷ đồng', '31,2 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **E)),
 ('63,5 tỷ đồng', '63,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **E)),
 ('1.320 lao động', '1.320', 'level', 'lao động', dict(indicator='jobs_created')),
 ('vượt 10%', '10%', 'change', '%', dict(indicator='jobs_created', direction='up', base='target', status='exceeded')),
 ('còn 0,21%', '0,21%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 27 hộ', '27', 'level', 'hộ', dict(indicator='poor_households')),
 ('là 165 tỷ đồng', '165 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('tăng 8,3%', '8,3%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2025', **T)),
 ('112,5 tỷ đồng', '112,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **T)),
 ('1.400 lao động', '1.400', 'level', 'lao động', dict(indicator='jobs_created', **T)),
 ('dưới 0,15%', '0,15%', 'level', '%', dict(indicator='poverty_rate', direction='down', bound='under', **T)),
 ('14 công trình', '14', 'level', 'công trình', dict(optional=True)),
 ('28,5 tỷ đồng', '28,5 tỷ đồng', 'level', 'VND', dict(**T)),
]
