TEXT = '''
Quảng Trị: Năm 2025 giải quyết việc làm cho 28.600 lao động

22/12/2025 15:10

QTO - Ngày 22/12, Sở Nội vụ tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026. Năm 2025 là năm đầu tiên ngành thực hiện nhiệm vụ quản lý nhà nước về lao động, việc làm sau khi hợp nhất Sở Lao động - Thương binh và Xã hội vào Sở Nội vụ (từ ngày 01/3/2025) và sắp xếp tỉnh Quảng Trị với tỉnh Quảng Bình.

Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2025:
- Giải quyết việc làm: 28.600 lao động, đạt 110% kế hoạch, tăng 6,3% so với năm 2024;
- Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng: 4.150 người, vượt 18,6% kế hoạch;
- Tuyển sinh, đào tạo nghề: 21.300 người, đạt 101,4% kế hoạch;
- Tỷ lệ lao động qua đào tạo: 71,2% (kế hoạch 70%), trong đó có bằng cấp, chứng chỉ 31,5%;
- Tỷ lệ thất nghiệp khu vực thành thị: 3,12%;
- Tỷ lệ hộ nghèo (chuẩn đa chiều): 2,87%, giảm 1,05 điểm % so với cuối năm 2024; tỷ lệ hộ cận nghèo 3,9%.

Trong năm, toàn tỉnh tổ chức 36 phiên giao dịch việc làm với hơn 9.400 lượt người lao động tham gia; 2.870 lao động được vay vốn từ Quỹ quốc gia về việc làm với số tiền 152,6 tỷ đồng. Thu nhập của người lao động đi làm việc tại Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc) từ 25 - 35 triệu đồng/tháng; mỗi năm lao động ngoài nước gửi về địa phương khoảng 1.600 tỷ đồng.

Về bảo hiểm, đến hết tháng 11/2025, toàn tỉnh có 246.800 người tham gia bảo hiểm xã hội, đạt tỷ lệ 41,6% lực lượng lao động trong độ tuổi; tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,3%.

Năm 2026, ngành phấn đấu giải quyết việc làm cho 29.000 lao động trở lên; đưa 4.500 người đi làm việc ở nước ngoài; tỷ lệ lao động qua đào tạo đạt 72 - 73%; tỷ lệ hộ nghèo giảm 0,8 - 1 điểm %; tỷ lệ thất nghiệp khu vực thành thị dưới 3%.

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh đề nghị ngành tập trung triển khai Luật Việc làm số 74/2025/QH15 (có hiệu lực từ ngày 01/01/2026), chú trọng đào tạo nghề cho lao động ở các xã ven biển và vùng đồng bào dân tộc thiểu số phía Tây Quốc lộ 15.

Lê Minh

Xem thêm:
Quảng Trị: 11 tháng đưa hơn 3.900 lao động đi làm việc ở nước ngoài
Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XVIII
'''
META = {'published': '2025-12-22', 'locality': 'tỉnh Quảng Trị'}
DEFAULTS = {'locality': 'tỉnh Quảng Trị', 'period': '2025', 'modality': 'actual'}
T = {'period': '2026', 'modality': 'target'}
J = dict(indicator='jobs_created')
LX = dict(indicator='labour_export')
TL = dict(indicator='trained_labour_rate')
FIGS = [
 ('cho 28.600 lao động\n', '28.600', 'level', 'lao động', dict(**J)),
 ('việc làm: 28.600 lao động', '28.600', 'level', 'lao động', dict(**J)),
 ('đạt 110% kế hoạch', '110%', 'attainment', '%', dict(**J, base='target')),
 ('tăng 6,3% so với năm 2024', '6,3%', 'change', '%', dict(**J, direction='up', base='2024')),
 ('đồng: 4.150 người', '4.150', 'level', 'người', dict(**LX)),
 ('vượt 18,6% kế hoạch', '18,6%', 'change', '%', dict(**LX, direction='up', base='target', status='exceeded')),
 ('nghề: 21.300 người', '21.300', 'level', 'người', dict(indicator='vocational_training')),
 ('đạt 101,4% kế hoạch', '101,4%', 'attainment', '%', dict(indicator='vocational_training', base='target')),
 ('đào tạo: 71,2%', '71,2%', 'level', '%', dict(**TL)),
 ('(kế hoạch 70%)', '70%', 'level', '%', dict(**TL, modality='target')),
 ('chứng chỉ 31,5%', '31,5%', 'level', '%', dict(**TL)),
 ('thành thị: 3,12%', '3,12%', 'level', '%', dict(indicator='unemployment_rate')),
 ('đa chiều): 2,87%', '2,87%', 'level', '%', dict(indicator='poverty_rate')),
 ('giảm 1,05 điểm %', '1,05 điểm %', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', base='2024')),
 ('cận nghèo 3,9%', '3,9%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('tổ chức 36 phiên', '36', 'level', 'phiên giao dịch việc làm', dict(optional=True)),
 ('hơn 9.400 lượt', '9.400', 'level', 'lượt người lao động', dict(bound='over')),
 ('2.870 lao động được vay', '2.870', 'level', 'lao động', {}),
 ('số tiền 152,6 tỷ đồng', '152,6 tỷ đồng', 'level', 'VND', {}),
 ('từ 25 - 35 triệu đồng/tháng', '25 - 35 triệu đồng/tháng', 'level', 'VND/tháng', {}),
 ('khoảng 1.600 tỷ đồng', '1.600 tỷ đồng', 'level', 'VND/năm', dict(bound='about', period=None)),
 ('có 246.800 người', '246.800', 'level', 'người', dict(indicator='social_insurance_coverage', period='2025-M11')),
 ('tỷ lệ 41,6%', '41,6%', 'level', '%', dict(indicator='social_insurance_coverage', period='2025-M11')),
 ('y tế đạt 95,3%', '95,3%', 'level', '%', dict(indicator='health_insurance_coverage', period='2025-M11')),
 ('cho 29.000 lao động', '29.000', 'level', 'lao động', dict(**J, bound='at_least', **T)),
 ('đưa 4.500 người', '4.500', 'level', 'người', dict(**LX, **T)),
 ('đạt 72 - 73%', '72 - 73%', 'level', '%', dict(**TL, **T)),
 ('giảm 0,8 - 1 điểm %', '0,8 - 1 điểm %', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', **T)),
 ('dưới 3%', '3%', 'level', '%', dict(indicator='unemployment_rate', bound='under', **T)),
]
