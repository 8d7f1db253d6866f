TEXT = '''
Cổng Thông tin điện tử tỉnh Bình Định
Trang chủ / Tin tức / Y tế - Xã hội

Bình Định: Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2% dân số

15/10/2024 08:30

Theo Bảo hiểm xã hội tỉnh, đến hết tháng 9/2024, toàn tỉnh có 1.384.620 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,2% dân số, tăng 1,4 điểm phần trăm so với cùng kỳ năm 2023 và bằng 99,1% chỉ tiêu UBND tỉnh giao.

Số người tham gia bảo hiểm xã hội là 214.350 người, chiếm 33,6% lực lượng lao động trong độ tuổi (tăng 2,1 điểm phần trăm); trong đó bảo hiểm xã hội tự nguyện 52.480 người, gấp 1,6 lần cùng kỳ. Số người tham gia bảo hiểm thất nghiệp là 158.900 người, chiếm 24,9% lực lượng lao động.

Có 8/11 địa phương cấp huyện đạt tỷ lệ bao phủ bảo hiểm y tế trên 92%. Thấp nhất là thị xã An Nhơn và huyện Vân Canh, với tỷ lệ lần lượt 89,1% và 90,4%.

Bà Trần Thị Mai (62 tuổi, xã Cát Hanh, huyện Phù Cát) cho biết bà đã đóng bảo hiểm xã hội tự nguyện 10 năm, mỗi tháng 330.000 đồng, "để về già có lương hưu".

Tổng thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp 9 tháng đạt 3.152 tỷ đồng, bằng 72,4% kế hoạch. Số nợ đóng 246 tỷ đồng, chiếm 2,95% số phải thu, giảm 0,38 điểm phần trăm so với cùng kỳ.

Về mạng lưới khám, chữa bệnh bảo hiểm y tế, toàn tỉnh hiện có 10,2 bác sĩ/vạn dân và 32,5 giường bệnh trên 1 vạn dân; 159/159 trạm y tế xã, phường, thị trấn tổ chức khám, chữa bệnh bảo hiểm y tế.

Năm 2024, tỉnh phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 94,1% dân số, bảo hiểm xã hội đạt 35% lực lượng lao động trong độ tuổi.

Tin: Hoài Thu - Ảnh: BHXH tỉnh

Tin liên quan:
- Bình Định chi trả lương hưu cho hơn 36.000 người qua tài khoản
- Quy Nhơn: 98% hộ gia đình tham gia bảo hiểm y tế
'''
META = {'published': '2024-10-15', 'locality': 'tỉnh Bình Định'}
DEFAULTS = {'locality': 'tỉnh Bình Định', 'period': '2024-M09', 'modality': 'actual'}
H = {'indicator': 'health_insurance_coverage'}
X = {'indicator': 'social_insurance_coverage'}
N = {'period': '2024-9M'}
FIGS = [
 ('đạt 93,2% dân số', '93,2%', 'level', '%', dict(H)),
 ('có 1.384.620 người', '1.384.620', 'level', 'người', dict(H)),
 ('bao phủ 93,2% dân số,', '93,2%', 'level', '%', dict(H)),
 ('tăng 1,4 điểm phần trăm', '1,4 điểm phần trăm', 'change', 'điểm %', dict(H, direction='up', base='same_period')),
 ('bằng 99,1% chỉ tiêu', '99,1%', 'attainment', '%', dict(H, base='target')),
 ('là 214.350 người', '214.350', 'level', 'người', dict(X)),
 ('chiếm 33,6%', '33,6%', 'level', '%', dict(X)),
 ('(tăng 2,1 điểm phần trăm)', '2,1 điểm phần trăm', 'change', 'điểm %', dict(X, direction='up')),
 ('nguyện 52.480 người', '52.480', 'level', 'người', dict(X)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(X, direction='up', base='same_period')),
 ('là 158.900 người', '158.900', 'level', 'người', dict()),
 ('chiếm 24,9%', '24,9%', 'level', '%', dict()),
 ('Có 8/11 địa phương', '8/11', 'ratio', 'địa phương', dict()),
 ('lượt 89,1%', '89,1%', 'level', '%', dict(H, locality='thị xã An Nhơn')),
 ('và 90,4%', '90,4%', 'level', '%', dict(H, locality='huyện Vân Canh')),
 ('đạt 3.152 tỷ đồng', '3.152 tỷ đồng', 'level', 'VND', dict(N)),
 ('bằng 72,4% kế hoạch', '72,4%', 'attainment', '%', dict(N, base='target')),
 ('đóng 246 tỷ đồng', '246 tỷ đồng', 'level', 'VND', dict(N)),
 ('chiếm 2,95%', '2,95%', 'level', '%', dict(N)),
 ('giảm 0,38 điểm phần trăm', '0,38 điểm phần trăm', 'change', 'điểm %', dict(N, direction='down', base='same_period')),
 ('có 10,2 bác sĩ', '10,2', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('và 32,5 giường', '32,5', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('159/159 trạm', '159/159', 'ratio', 'trạm y tế', dict()),
 ('đạt 94,1% dân số', '94,1%', 'level', '%', dict(H, period='2024', modality='target')),
 ('đạt 35% lực lượng', '35%', 'level', '%', dict(X, period='2024', modality='target')),
]
