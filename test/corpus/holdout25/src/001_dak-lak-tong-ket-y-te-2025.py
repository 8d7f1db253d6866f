TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ
Thứ Bảy, 20/12/2025 - 09:15
Trang chủ » Xã hội » Y tế

Năm 2025, tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 94,6% dân số

(BĐL) - Năm 2025, ngành Y tế Đắk Lắk hoàn thành 11/12 chỉ tiêu được giao; số bác sĩ đạt 11,4 bác sĩ/vạn dân, số giường bệnh đạt 33,5 giường bệnh/vạn dân (không tính trạm y tế xã).

Ngày 19/12, Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2025 và triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của ngành sau khi tỉnh Đắk Lắk và tỉnh Phú Yên hợp nhất theo Nghị quyết số 202/2025/QH15 của Quốc hội.

Theo báo cáo của Sở Y tế, đến cuối năm 2025, toàn tỉnh có 7.420 giường bệnh kế hoạch tại các cơ sở công lập, tăng 380 giường so với năm 2024; có 3.510 bác sĩ đang công tác, trong đó khu vực Phú Yên cũ có 1.080 bác sĩ. Tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 96,8%, tăng 2,3 điểm phần trăm so với năm trước.

Công tác tiêm chủng mở rộng được duy trì ổn định. Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 95,2%, vượt 0,2% so với kế hoạch; tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván đạt 92,7%. Trong đợt tiêm bổ sung vắc xin sởi - rubella từ tháng 3 đến tháng 5, toàn tỉnh đã tiêm cho 48.260 trẻ từ 1 đến 5 tuổi, đạt 97,4% số trẻ trong diện.

Về bảo hiểm y tế, đến ngày 30/11/2025, toàn tỉnh có 3.012.540 người tham gia, đạt tỷ lệ bao phủ 94,6% dân số, tăng 1,1 điểm phần trăm so với cùng kỳ. Riêng khu vực Phú Yên cũ đạt 95,9%, cao hơn mức chung của tỉnh. Tuy nhiên, vẫn còn 14 xã có tỷ lệ bao phủ dưới 90%, chủ yếu là các xã vùng đồng bào dân tộc thiểu số phía Tây tỉnh.

Năm 2025, các cơ sở khám, chữa bệnh trên địa bàn tiếp nhận khoảng 6,8 triệu lượt khám, tăng 7,5% so với năm 2024; công suất sử dụng giường bệnh tại tuyến tỉnh bình quân 104%. Bệnh viện Đa khoa vùng Tây Nguyên đã thực hiện thành công 12 ca ghép thận, nâng tổng số ca ghép tạng từ năm 2019 đến nay lên 37 ca.

Công tác phòng, chống dịch bệnh được triển khai chủ động. Năm 2025, toàn tỉnh ghi nhận 3.842 ca mắc sốt xuất huyết, giảm 41,6% so với năm 2024, có 2 ca tử vong; 126 ca sởi, tập trung ở nhóm trẻ chưa tiêm đủ 2 mũi. Theo kết quả khảo sát của Bộ Y tế, chỉ số hài lòng của người bệnh nội trú tại các bệnh viện công lập của tỉnh đạt 91,3%, xếp thứ 9/34 tỉnh, thành phố.

Ông Nguyễn Văn Hòa (58 tuổi, phường Buôn Ma Thuột) điều trị tại bệnh viện tỉnh sau một ca mổ tim. "Tôi nằm viện 9 ngày, bảo hiểm chi trả gần 40 triệu đồng, gia đình chỉ phải đóng thêm chừng 4 triệu", ông nói.

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh đề nghị ngành Y tế tập trung sắp xếp lại mạng lưới trạm y tế sau khi tỉnh còn 102 xã, phường theo mô hình chính quyền địa phương 2 cấp.

Năm 2026, ngành Y tế phấn đấu đạt 12 bác sĩ/vạn dân và 35 giường bệnh/vạn dân; tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống dưới 19%.

Ảnh: Tiêm vắc xin cho trẻ tại Trạm Y tế phường Tuy Hòa. Ảnh: Hồng Nhung

Hồng Nhung

Xem thêm:
- Đắk Lắk: Khánh thành Bệnh viện Đa khoa khu vực phía Tây
- Phường Tuy Hòa ra quân chiến dịch tiêm vắc xin sởi đợt 2
- Cảnh báo gia tăng bệnh tay chân miệng ở trẻ nhỏ

Đường dây nóng Sở Y tế: 0262 3852 190
'''
META = {'published': '2025-12-20', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2025', 'modality': 'actual'}
H = {'indicator': 'health_insurance_coverage'}
M11 = {'period': '2025-M11'}
PY = {'locality': 'tỉnh Phú Yên'}
T26 = {'period': '2026', 'modality': 'target'}
FIGS = [
 ('toàn tỉnh đạt 94,6% dân số', '94,6%', 'level', '%', dict(H)),
 ('hoàn thành 11/12 chỉ tiêu', '11/12', 'ratio', 'chỉ tiêu', dict(status='achieved')),
 ('đạt 11,4 bác sĩ', '11,4', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('đạt 33,5 giường', '33,5', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('có 7.420 giường', '7.420', 'level', 'giường bệnh', dict()),
 ('tăng 380 giường', '380', 'change', 'giường', dict(direction='up', base='2024')),
 ('có 3.510 bác sĩ', '3.510', 'level', 'bác sĩ', dict()),
 ('có 1.080 bác sĩ', '1.080', 'level', 'bác sĩ', dict(PY)),
 ('đạt 96,8%', '96,8%', 'level', '%', dict()),
 ('tăng 2,3 điểm phần trăm', '2,3 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='2024')),
 ('đạt 95,2%', '95,2%', 'level', '%', dict()),
 ('vượt 0,2% so với kế hoạch', '0,2%', 'change', '%', dict(direction='up', base='target', status='exceeded')),
 ('đạt 92,7%', '92,7%', 'level', '%', dict()),
 ('cho 48.260 trẻ', '48.260', 'level', 'trẻ', dict()),
 ('đạt 97,4% số trẻ', '97,4%', 'level', '%', dict()),
 ('có 3.012.540 người', '3.012.540', 'level', 'người', dict(H, **M11)),
 ('bao phủ 94,6% dân số, tăng', '94,6%', 'level', '%', dict(H, **M11)),
 ('tăng 1,1 điểm phần trăm', '1,1 điểm phần trăm', 'change', 'điểm %', dict(H, direction='up', base='same_period', **M11)),
 ('cũ đạt 95,9%', '95,9%', 'level', '%', dict(H, locality='tỉnh Phú Yên', **M11)),
 ('còn 14 xã', '14', 'level', 'xã', dict(M11)),
 ('khoảng 6,8 triệu lượt khám', '6,8 triệu', 'level', 'lượt khám', dict(bound='about')),
 ('tăng 7,5% so với năm 2024', '7,5%', 'change', '%', dict(direction='up', base='2024')),
 ('bình quân 104%', '104%', 'level', '%', dict()),
 ('công 12 ca ghép thận', '12', 'level', 'ca', dict(optional=True)),
 ('lên 37 ca', '37', 'level', 'ca', dict(optional=True)),
 ('còn 102 xã, phường', '102', 'level', 'xã', dict(optional=True)),
 ('ghi nhận 3.842 ca', '3.842', 'level', 'ca mắc', dict()),
 ('giảm 41,6%', '41,6%', 'change', '%', dict(direction='down', base='2024')),
 ('có 2 ca tử vong', '2', 'level', 'ca tử vong', dict()),
 ('; 126 ca sởi', '126', 'level', 'ca sởi', dict()),
 ('đạt 91,3%', '91,3%', 'level', '%', dict()),
 ('đạt 12 bác sĩ', '12', 'level', 'bác sĩ/vạn dân', dict(T26, indicator='doctors_per_10k')),
 ('và 35 giường', '35', 'level', 'giường bệnh/vạn dân', dict(T26, indicator='hospital_beds_per_10k')),
 ('trên 95% dân số', '95%', 'level', '%', dict(H, bound='over', **T26)),
 ('xuống dưới 19%', '19%', 'level', '%', dict(T26, indicator='child_malnutrition_rate', direction='down', bound='under')),
]
