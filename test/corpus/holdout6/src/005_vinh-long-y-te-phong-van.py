TEXT = '''
Y tế

Giám đốc Sở Y tế: Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2%, phấn đấu về đích sớm

Thứ Tư, ngày 10/07/2024 | 08:16

VLO - Sáu tháng đầu năm 2024, ngành y tế tỉnh Vĩnh Long đạt nhiều kết quả tích cực trong khám chữa bệnh, phòng chống dịch và phát triển đối tượng tham gia bảo hiểm y tế (BHYT). Phóng viên Báo Vĩnh Long đã có cuộc trao đổi với bác sĩ Nguyễn Thị Mỹ Hạnh - Giám đốc Sở Y tế.

Bác sĩ Nguyễn Thị Mỹ Hạnh trả lời phỏng vấn.
Bác sĩ Nguyễn Thị Mỹ Hạnh trả lời phỏng vấn.

* Thưa bà, xin bà cho biết kết quả nổi bật của ngành y tế trong 6 tháng qua?

- Trong 6 tháng đầu năm, các cơ sở y tế trên địa bàn tỉnh đã khám, chữa bệnh cho 1,86 triệu lượt người, tăng 7,4% so với cùng kỳ; điều trị nội trú 82.450 lượt, công suất sử dụng giường bệnh bình quân 94%. Tỷ lệ bao phủ BHYT toàn tỉnh đạt 93,2% dân số, tăng 1,1 điểm phần trăm so với cuối năm 2023.

Tiêm chủng mở rộng được duy trì: tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 47,8% kế hoạch năm, tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván đạt 45,6%. Bệnh sốt xuất huyết ghi nhận 1.245 ca mắc, giảm 38,5% so với cùng kỳ, không có trường hợp tử vong; bệnh tay chân miệng 312 ca.

* Còn về nguồn nhân lực và cơ sở vật chất thì sao, thưa bà?

- Đến nay toàn tỉnh đạt 11,2 bác sĩ trên 1 vạn dân và 32,5 giường bệnh trên 1 vạn dân. Có 107/107 trạm y tế xã, phường, thị trấn có bác sĩ làm việc. Tuy nhiên ngành vẫn thiếu khoảng 150 bác sĩ, nhất là ở tuyến huyện. Từ năm 2022 đến nay, có 46 bác sĩ nghỉ việc hoặc chuyển công tác ra ngoài tỉnh.

Riêng huyện Trà Ôn, tỷ lệ bao phủ BHYT mới đạt 89,7%, thấp nhất tỉnh; tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi của huyện còn 12,4%.

* Mục tiêu của ngành trong thời gian tới là gì, thưa bà?

- Năm 2024, ngành phấn đấu tỷ lệ bao phủ BHYT đạt 94,5%, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%; tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi toàn tỉnh giảm xuống dưới 14%. Đến năm 2025, đạt 12 bác sĩ/vạn dân và 35 giường bệnh/vạn dân.

Để đạt mục tiêu, Sở đề nghị UBND tỉnh hỗ trợ thêm 30% mức đóng BHYT cho người thuộc hộ cận nghèo, ngoài mức 70% ngân sách Trung ương hỗ trợ.

* Xin cảm ơn bà!

Người dân có thể gọi đường dây nóng ngành y tế 1900.9095 hoặc 0961.283.883 để phản ánh.

Xem thêm:
Vĩnh Long: 3 bệnh viện đạt chuẩn chất lượng mức 4
Tiêm vắc xin sởi cho 12.000 trẻ em

THẢO LY (thực hiện)
'''
META = {'published': '2024-07-10', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2024-H1', 'modality': 'actual'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('bảo hiểm y tế đạt 93,2%', '93,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('cho 1,86 triệu lượt người', '1,86 triệu', 'level', 'lượt người', dict()),
 ('tăng 7,4% so với cùng kỳ', '7,4%', 'change', '%', dict(direction='up', base='same_period')),
 ('nội trú 82.450 lượt', '82.450', 'level', 'lượt', dict()),
 ('bình quân 94%', '94%', 'level', '%', dict()),
 ('BHYT toàn tỉnh đạt 93,2%', '93,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('tăng 1,1 điểm phần trăm', '1,1 điểm phần trăm', 'change', 'điểm %', dict(indicator='health_insurance_coverage', direction='up', base='2023')),
 ('đạt 47,8% kế hoạch năm', '47,8%', 'attainment', '%', dict(base='target')),
 ('đạt 45,6%', '45,6%', 'level', '%', dict()),
 ('ghi nhận 1.245 ca', '1.245', 'level', 'ca mắc', dict()),
 ('giảm 38,5% so với cùng kỳ', '38,5%', 'change', '%', dict(direction='down', base='same_period')),
 ('miệng 312 ca', '312', 'level', 'ca', dict()),
 ('đạt 11,2 bác sĩ', '11,2 bác sĩ', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('và 32,5 giường bệnh', '32,5 giường bệnh', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('Có 107/107 trạm', '107/107', 'ratio', 'trạm y tế', dict()),
 ('khoảng 150 bác sĩ', '150', 'level', 'bác sĩ', dict(bound='about')),
 ('có 46 bác sĩ', '46', 'level', 'bác sĩ', dict(period='2022/2024')),
 ('mới đạt 89,7%', '89,7%', 'level', '%', dict(indicator='health_insurance_coverage', locality='huyện Trà Ôn')),
 ('của huyện còn 12,4%', '12,4%', 'level', '%', dict(indicator='child_malnutrition_rate', locality='huyện Trà Ôn')),
 ('BHYT đạt 94,5%', '94,5%', 'level', '%', dict(indicator='health_insurance_coverage', **T)),
 ('đạt trên 95%', '95%', 'level', '%', dict(bound='over', **T)),
 ('dưới 14%', '14%', 'level', '%', dict(indicator='child_malnutrition_rate', direction='down', bound='under', **T)),
 ('đạt 12 bác sĩ/vạn dân', '12 bác sĩ/vạn dân', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k', period='2025', modality='target')),
 ('35 giường bệnh/vạn dân', '35 giường bệnh/vạn dân', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k', period='2025', modality='target')),
 ('thêm 30% mức đóng', '30%', 'level', '%', dict(optional=True)),
 ('mức 70% ngân sách', '70%', 'level', '%', dict(optional=True)),
]
