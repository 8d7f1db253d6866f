TEXT = '''
Xã hội

Nghệ An: Hơn 20.000 người đi làm việc ở nước ngoài, vượt 12% kế hoạch

Thứ Sáu, 06/12/2024 - 09:30

(Baonghean.vn) - Theo Sở Lao động - Thương binh và Xã hội, 11 tháng năm 2024, toàn tỉnh đã giải quyết việc làm cho 43.870 lao động, đạt 103,2% kế hoạch năm, tăng 2,1% so với cùng kỳ. Trong đó, số người đi làm việc ở nước ngoài theo hợp đồng là 20.168 người, vượt 12,04% kế hoạch.

Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc) vẫn là ba thị trường chính, tiếp nhận lần lượt 9.412 người, 4.205 người và 3.960 người. Thu nhập của lao động tại Nhật Bản từ 28 - 35 triệu đồng/tháng, tại Hàn Quốc 35 - 45 triệu đồng/tháng.

Công tác đào tạo nghề có nhiều chuyển biến:
- Tuyển sinh đào tạo nghề 11 tháng đạt 68.950 người, bằng 95,8% kế hoạch;
- Tỷ lệ lao động qua đào tạo đạt 68,5%, trong đó có bằng cấp, chứng chỉ đạt 28,6%;
- Tỷ lệ thất nghiệp khu vực thành thị ở mức 3,1%, giảm 0,2 điểm phần trăm so với năm 2023.

Về bảo hiểm xã hội, đến hết tháng 11/2024, toàn tỉnh có 298.460 người tham gia BHXH, đạt 22,4% lực lượng lao động trong độ tuổi; trong đó BHXH tự nguyện 71.250 người, tăng 9.840 người so với cuối năm 2023. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,1% dân số, thấp hơn chỉ tiêu 95% mà HĐND tỉnh giao.

Tại huyện Yên Thành, địa phương có số lao động đi làm việc ở nước ngoài đông nhất tỉnh, 11 tháng qua có 2.315 người xuất cảnh. "Nhiều gia đình đã xây được nhà, có vốn làm ăn nhờ tiền con em gửi về", ông Nguyễn Văn Tư, Chủ tịch UBND xã Hợp Thành cho biết.

"Năm 2025, tỉnh phấn đấu giải quyết việc làm cho 46.000 lao động, trong đó đưa 18.000 - 20.000 người đi làm việc ở nước ngoài", bà Phạm Thị Hoa, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho biết.

Thanh Nga
'''
META = {'published': '2024-12-06', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2024-11M', 'modality': 'actual'}
LE = {'indicator': 'labour_export'}
J = {'indicator': 'jobs_created'}
M = {'period': '2024-M11'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('Hơn 20.000 người', '20.000', 'level', 'người', dict(LE, bound='over')),
 ('vượt 12% kế hoạch', '12%', 'change', '%', dict(LE, direction='up', base='target', status='exceeded')),
 ('cho 43.870 lao động', '43.870', 'level', 'lao động', dict(J)),
 ('đạt 103,2% kế hoạch', '103,2%', 'attainment', '%', dict(J, base='target')),
 ('tăng 2,1%', '2,1%', 'change', '%', dict(J, direction='up', base='same_period')),
 ('là 20.168 người', '20.168', 'level', 'người', dict(LE)),
 ('vượt 12,04% kế hoạch', '12,04%', 'change', '%', dict(LE, direction='up', base='target', status='exceeded')),
 ('là ba thị trường', 'ba', 'level', 'thị trường', dict(optional=True, value=3)),
 ('lần lượt 9.412 người', '9.412', 'level', 'người', dict(LE)),
 ('4.205 người', '4.205', 'level', 'người', dict(LE)),
 ('3.960 người', '3.960', 'level', 'người', dict(LE)),
 ('từ 28 - 35 triệu đồng/tháng', '28 - 35 triệu đồng/tháng', 'level', 'VND/tháng', dict()),
 ('Quốc 35 - 45 triệu đồng/tháng', '35 - 45 triệu đồng/tháng', 'level', 'VND/tháng', dict()),
 ('đạt 68.950 người', '68.950', 'level', 'người', dict(indicator='vocational_training')),
 ('bằng 95,8% kế hoạch', '95,8%', 'attainment', '%', dict(indicator='vocational_training', base='target')),
 ('đạt 68,5%', '68,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('đạt 28,6%', '28,6%', 'level', '%', dict()),
 ('mức 3,1%', '3,1%', 'level', '%', dict(indicator='unemployment_rate')),
 ('giảm 0,2 điểm phần trăm', '0,2 điểm phần trăm', 'change', 'điểm %', dict(indicator='unemployment_rate', direction='down', base='2023')),
 ('có 298.460 người', '298.460', 'level', 'người', dict(M, indicator='social_insurance_coverage')),
 ('đạt 22,4%', '22,4%', 'level', '%', dict(M, indicator='social_insurance_coverage')),
 ('nguyện 71.250 người', '71.250', 'level', 'người', dict(M, indicator='social_insurance_coverage')),
 ('tăng 9.840 người', '9.840', 'change', 'người', dict(M, indicator='social_insurance_coverage', direction='up', base='2023')),
 ('đạt 94,1% dân số', '94,1%', 'level', '%', dict(M, indicator='health_insurance_coverage')),
 ('chỉ tiêu 95%', '95%', 'level', '%', dict(indicator='health_insurance_coverage', modality='target', period='2024')),
 ('có 2.315 người', '2.315', 'level', 'người', dict(LE, locality='huyện Yên Thành')),
 ('cho 46.000 lao động', '46.000', 'level', 'lao động', dict(J, **T)),
 ('đưa 18.000 - 20.000 người', '18.000 - 20.000', 'level', 'người', dict(LE, **T)),
]
