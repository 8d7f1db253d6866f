NFD = True
TEXT = '''
BÁO CÀ MAU ĐIỆN TỬ
Thứ Tư, 08/10/2025 - 09:15

Y tế

9 tháng, tỷ lệ bao phủ BHYT toàn tỉnh đạt 92,1% dân số

(CMO) Chín tháng đầu năm 2025, ngành y tế tỉnh Cà Mau vừa bảo đảm công tác khám, chữa bệnh, vừa kiện toàn hệ thống y tế cơ sở sau khi sắp xếp đơn vị hành chính hai cấp và hợp nhất với tỉnh Bạc Liêu.

Theo Sở Y tế, tính đến ngày 30/9/2025, toàn tỉnh có 2.389.700 người tham gia BHYT, tỷ lệ bao phủ đạt 92,1% dân số, bằng 98% chỉ tiêu được giao năm 2025; trong đó khu vực Bạc Liêu cũ đạt 93,4%, khu vực Cà Mau cũ đạt 91,2%. Số người tham gia BHYT hộ gia đình giảm 38.600 người so với cùng kỳ, do hết thời hạn hỗ trợ đối với một số nhóm đối tượng.

Chín tháng, các cơ sở y tế trong tỉnh khám bệnh cho 6,72 triệu lượt người, bằng 78,6% kế hoạch năm, tăng 5,4% so với cùng kỳ; điều trị nội trú 312.400 lượt người, công suất sử dụng giường bệnh bình quân 94,5%. Toàn tỉnh hiện có 8,9 bác sĩ và 29,6 giường bệnh trên 1 vạn dân; 64/64 trạm y tế xã, phường có bác sĩ làm việc.

Về tiêm chủng mở rộng, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 71,2% kế hoạch năm; tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi đạt 68,9% kế hoạch. Công tác phòng, chống dịch được triển khai chủ động: bệnh sốt xuất huyết có 2.148 ca, tăng 22,6% so với cùng kỳ; tay chân miệng 1.035 ca, giảm 14,3%; ghi nhận 96 ca sởi, không có ca tử vong.

Nhân viên Trạm Y tế xã Đất Mũi tiêm vắc xin cho trẻ. Ảnh: Hoàng Vũ

Tại phường Bạc Liêu, Trung tâm Y tế khu vực đã khám sàng lọc bệnh không lây nhiễm cho 12.460 người cao tuổi, phát hiện 1.830 người mắc tăng huyết áp, đái tháo đường và đưa vào quản lý, điều trị.

Ông Trần Văn Hoà, Giám đốc Sở Y tế cho biết: “Từ nay đến cuối năm, ngành tập trung vận động người dân tham gia BHYT hộ gia đình, phấn đấu nâng tỷ lệ bao phủ BHYT lên 94%, hoàn thành chỉ tiêu năm 2025; tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%”.

Hoàng Vũ

Tin liên quan
- Cà Mau: 100% trạm y tế xã, phường triển khai bệnh án điện tử (03/10/2025)
- Bệnh viện Đa khoa Cà Mau cứu sống bé 2 tuổi bị dị vật đường thở (28/09/2025)

Báo Cà Mau - 94 Phan Ngọc Hiển, phường An Xuyên, tỉnh Cà Mau. Đường dây nóng: 0290.3831.528
'''
META = {'published': '2025-10-08', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2025-9M', 'modality': 'actual'}
H = {'indicator': 'health_insurance_coverage', 'period': '2025-M09'}
BL = {'locality': 'tỉnh Bạc Liêu'}
T = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('đạt 92,1% dân số\n', '92,1%', 'level', '%', dict(H)),
 ('có 2.389.700 người', '2.389.700', 'level', 'người', dict(H)),
 ('đạt 92,1% dân số,', '92,1%', 'level', '%', dict(H)),
 ('bằng 98% chỉ tiêu', '98%', 'attainment', '%', dict(H, base='target')),
 ('cũ đạt 93,4%', '93,4%', 'level', '%', dict(H, **BL)),
 ('cũ đạt 91,2%', '91,2%', 'level', '%', dict(H)),
 ('giảm 38.600 người', '38.600', 'change', 'người', dict(H, direction='down', base='same_period')),
 ('cho 6,72 triệu lượt người', '6,72 triệu', 'level', 'lượt người', dict()),
 ('bằng 78,6% kế hoạch', '78,6%', 'attainment', '%', dict(base='target')),
 ('tăng 5,4%', '5,4%', 'change', '%', dict(direction='up', base='same_period')),
 ('trú 312.400 lượt người', '312.400', 'level', 'lượt người', dict()),
 ('quân 94,5%', '94,5%', 'level', '%', dict()),
 ('có 8,9 bác sĩ', '8,9', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('và 29,6 giường bệnh', '29,6', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('; 64/64 trạm y tế', '64/64', 'ratio', 'trạm y tế', dict()),
 ('đạt 71,2% kế hoạch', '71,2%', 'attainment', '%', dict(base='target')),
 ('đạt 68,9% kế hoạch', '68,9%', 'attainment', '%', dict(base='target')),
 ('có 2.148 ca', '2.148', 'level', 'ca', dict()),
 ('tăng 22,6%', '22,6%', 'change', '%', dict(direction='up', base='same_period')),
 ('miệng 1.035 ca', '1.035', 'level', 'ca', dict()),
 ('giảm 14,3%', '14,3%', 'change', '%', dict(direction='down')),
 ('nhận 96 ca sởi', '96', 'level', 'ca sởi', dict()),
 ('cho 12.460 người', '12.460', 'level', 'người', dict(locality='phường Bạc Liêu')),
 ('hiện 1.830 người', '1.830', 'level', 'người', dict(locality='phường Bạc Liêu')),
 ('lên 94%', '94%', 'level', '%', dict(T, indicator='health_insurance_coverage', direction='up')),
 ('trên 95%', '95%', 'level', '%', dict(T, bound='over')),
]
