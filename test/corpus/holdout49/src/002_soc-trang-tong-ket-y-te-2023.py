TEXT = '''
BÁO SÓC TRĂNG
Trang chủ > Y tế
Cập nhật lúc: 27/12/2023 08:12

Ngành Y tế Sóc Trăng: Tỷ lệ bao phủ BHYT đạt 93,6%, vượt chỉ tiêu Nghị quyết

(STO) - Ngày 26/12, Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2023 và triển khai nhiệm vụ năm 2024. Năm qua, ngành y tế đạt và vượt 9/10 chỉ tiêu chuyên môn được UBND tỉnh giao.

Theo báo cáo, đến cuối năm 2023, toàn tỉnh có 1.121.400 người tham gia BHYT, tỷ lệ bao phủ đạt 93,6% dân số, tăng 1,4 điểm phần trăm so với năm 2022 và vượt 0,6 điểm phần trăm so với chỉ tiêu Nghị quyết HĐND tỉnh giao. Ba địa phương có tỷ lệ bao phủ BHYT thấp nhất là huyện Trần Đề, thị xã Vĩnh Châu và huyện Cù Lao Dung, lần lượt là 89,4%, 90,1% và 90,7%.

Tỷ lệ bác sĩ đạt 9,6 bác sĩ/vạn dân; số giường bệnh đạt 31,5 giường bệnh/vạn dân (không tính giường trạm y tế xã), tăng 1,2 giường bệnh/vạn dân so với năm trước. Toàn tỉnh có 109/109 xã, phường, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã; 98 trạm y tế có bác sĩ làm việc thường xuyên.

Công tác tiêm chủng mở rộng đạt kết quả tích cực: tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,8%, đạt 101,9% kế hoạch; tỷ lệ phụ nữ có thai được tiêm phòng uốn ván đạt 94,2%. Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân giảm còn 9,8%, thể thấp còi còn 17,2%, lần lượt giảm 0,4 và 0,6 điểm phần trăm so với năm 2022.

Bác sĩ Bệnh viện Đa khoa tỉnh Sóc Trăng khám bệnh cho người dân xã Lịch Hội Thượng, huyện Trần Đề. Ảnh: THU HÀ

Năm 2023, các cơ sở y tế trong tỉnh khám bệnh cho khoảng 3,85 triệu lượt người, tăng 8,2%; điều trị nội trú 182.300 lượt người, công suất sử dụng giường bệnh bình quân đạt 96,4%. Bệnh sốt xuất huyết có 1.436 ca mắc, giảm 52,3% so với năm 2022, không có ca tử vong; bệnh tay chân miệng 612 ca, tăng 1,8 lần.

Tại hội nghị, bác sĩ Lý Văn Hòa, Phó Giám đốc Sở Y tế thẳng thắn chỉ ra những hạn chế: nhân lực y tế tuyến cơ sở còn thiếu, năm qua có 37 bác sĩ, dược sĩ nghỉ việc; một số gói thầu thuốc chậm triển khai.

Năm 2024, ngành y tế phấn đấu đạt 10 bác sĩ và 32 giường bệnh trên 1 vạn dân; tỷ lệ bao phủ BHYT đạt 94,2%; tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm xuống dưới 17%; 100% trạm y tế xã có bác sĩ làm việc.

THU HÀ

Các tin khác:
- Sóc Trăng: Ghi nhận 3 ổ dịch sởi tại huyện Mỹ Xuyên (20/12/2023)
- Bệnh viện Chuyên khoa Sản - Nhi tỉnh đón 2 bé sinh đôi nặng 1,2 kg (18/12/2023)
- Khám, phát thuốc miễn phí cho 500 người dân ấp Prey Chóp (15/12/2023)

Báo Sóc Trăng - Số 2 Hai Bà Trưng, Phường 1, TP. Sóc Trăng. Điện thoại: 0299.3822.159
'''
META = {'published': '2023-12-27', 'locality': 'tỉnh Sóc Trăng'}
DEFAULTS = {'locality': 'tỉnh Sóc Trăng', 'period': '2023', 'modality': 'actual'}
H = {'indicator': 'health_insurance_coverage'}
M = {'indicator': 'child_malnutrition_rate'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('BHYT đạt 93,6%, vượt', '93,6%', 'level', '%', dict(H)),
 ('vượt 9/10 chỉ tiêu', '9/10', 'ratio', 'chỉ tiêu', dict(status='achieved')),
 ('có 1.121.400 người', '1.121.400', 'level', 'người', dict(H)),
 ('đạt 93,6% dân số', '93,6%', 'level', '%', dict(H)),
 ('tăng 1,4 điểm phần trăm', '1,4 điểm phần trăm', 'change', 'điểm %', dict(H, direction='up', base='2022')),
 ('vượt 0,6 điểm phần trăm', '0,6 điểm phần trăm', 'change', 'điểm %', dict(H, direction='up', base='target', status='exceeded')),
 ('là 89,4%', '89,4%', 'level', '%', dict(H, locality='huyện Trần Đề')),
 ('90,1%', '90,1%', 'level', '%', dict(H, locality='thị xã Vĩnh Châu')),
 ('và 90,7%', '90,7%', 'level', '%', dict(H, locality='huyện Cù Lao Dung')),
 ('đạt 9,6 bác sĩ/vạn dân', '9,6 bác sĩ/vạn dân', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('đạt 31,5 giường bệnh/vạn dân', '31,5 giường bệnh/vạn dân', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('tăng 1,2 giường bệnh/vạn dân', '1,2 giường bệnh/vạn dân', 'change', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k', direction='up', base='2022')),
 ('có 109/109 xã', '109/109', 'ratio', 'xã', dict()),
 ('; 98 trạm y tế', '98', 'level', 'trạm y tế', dict()),
 ('đạt 96,8%', '96,8%', 'level', '%', dict()),
 ('đạt 101,9% kế hoạch', '101,9%', 'attainment', '%', dict(base='target')),
 ('ván đạt 94,2%', '94,2%', 'level', '%', dict()),
 ('giảm còn 9,8%', '9,8%', 'level', '%', dict(M, direction='down')),
 ('còn 17,2%', '17,2%', 'level', '%', dict(M)),
 ('giảm 0,4 và', '0,4', 'change', 'điểm %', dict(M, direction='down', base='2022')),
 ('và 0,6 điểm phần trăm so', '0,6 điểm phần trăm', 'change', 'điểm %', dict(M, direction='down', base='2022')),
 ('khoảng 3,85 triệu lượt người', '3,85 triệu', 'level', 'lượt người', dict(bound='about')),
 ('tăng 8,2%', '8,2%', 'change', '%', dict(direction='up')),
 ('trú 182.300 lượt người', '182.300', 'level', 'lượt người', dict()),
 ('đạt 96,4%', '96,4%', 'level', '%', dict()),
 ('có 1.436 ca mắc', '1.436', 'level', 'ca mắc', dict()),
 ('giảm 52,3%', '52,3%', 'change', '%', dict(direction='down', base='2022')),
 ('miệng 612 ca', '612', 'level', 'ca', dict()),
 ('tăng 1,8 lần', '1,8 lần', 'change', 'lần', dict(direction='up')),
 ('có 37 bác sĩ', '37', 'level', 'bác sĩ', dict()),
 ('đạt 10 bác sĩ', '10', 'level', 'bác sĩ/vạn dân', dict(T, indicator='doctors_per_10k')),
 ('và 32 giường bệnh', '32', 'level', 'giường bệnh/vạn dân', dict(T, indicator='hospital_beds_per_10k')),
 ('BHYT đạt 94,2%', '94,2%', 'level', '%', dict(T, **H)),
 ('dưới 17%', '17%', 'level', '%', dict(T, **M, direction='down', bound='under')),
 ('; 100% trạm', '100%', 'level', '%', dict(T)),
]
