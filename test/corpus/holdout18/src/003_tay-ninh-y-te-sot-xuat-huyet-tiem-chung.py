TEXT = '''
Trang chủ | Thời sự | Y tế - Sức khỏe | Giáo dục | Văn hóa

Y tế - Sức khỏe

Tây Ninh: Số ca sốt xuất huyết tăng, tỷ lệ tiêm chủng chưa đạt chỉ tiêu

Thứ Ba, 08/10/2024, 16:30 [GMT+7]

BTN - Ngày 7/10, Sở Y tế tỉnh tổ chức hội nghị sơ kết công tác y tế 9 tháng năm 2024, triển khai nhiệm vụ những tháng cuối năm. Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Hồng Thanh cùng lãnh đạo các sở, ngành, Trung tâm Y tế các huyện, thị xã, thành phố.

Quang cảnh hội nghị. (Ảnh: Thanh Hương)

Theo báo cáo của Sở Y tế, 9 tháng năm 2024, toàn tỉnh ghi nhận 2.846 ca mắc sốt xuất huyết, tăng 18,5% so với cùng kỳ năm 2023; có 2 ca tử vong. Các huyện Châu Thành, Tân Châu và thị xã Trảng Bàng có số ca mắc cao. Riêng huyện Tân Châu ghi nhận 512 ca, gấp 1,6 lần cùng kỳ.

Từ ngày 15/9 đến 15/10, ngành y tế phối hợp các địa phương triển khai chiến dịch diệt lăng quăng đợt 3 năm 2024. Trong đợt này, các đội xung kích đã kiểm tra, xử lý khoảng 112.500 hộ gia đình, phun hóa chất diệt muỗi tại 96 ổ dịch.

Bé N.T.A., 7 tuổi, ngụ ấp Tân Lợi, xã Tân Hưng (huyện Tân Châu), nhập viện ngày 12/9 trong tình trạng sốc sốt xuất huyết. Sau 6 ngày điều trị tích cực tại Bệnh viện Đa khoa tỉnh, bé đã xuất viện. Mẹ bé, chị Trần Thị Lan, 31 tuổi, kể: "Con sốt 3 ngày tôi tưởng cảm thường nên chỉ mua thuốc hạ sốt, tới ngày thứ 4 thì con lừ đừ, tay chân lạnh".

Bác sĩ Huỳnh Văn Tâm, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, khuyến cáo khi trẻ sốt cao liên tục từ 2 ngày trở lên, người dân cần đưa trẻ đến cơ sở y tế gần nhất, không tự ý truyền dịch tại nhà.

Về tiêm chủng mở rộng, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 89,2%, thấp hơn chỉ tiêu 95% do thiếu vắc xin 5 trong 1 trong quý I. Từ tháng 8, tỉnh triển khai tiêm vắc xin sởi cho trẻ từ 1 - 5 tuổi theo Quyết định số 2424/QĐ-BYT của Bộ Y tế; đến nay đã tiêm cho 12.430 trẻ, đạt 96,3% kế hoạch. Toàn tỉnh ghi nhận 57 ca sốt phát ban nghi sởi, trong đó 9 ca dương tính.

Chất lượng khám, chữa bệnh tiếp tục được nâng lên. Tỷ lệ bao phủ bảo hiểm y tế đạt 92,7% dân số; toàn tỉnh đạt 9,8 bác sĩ và 28,5 giường bệnh trên 1 vạn dân. Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm còn 14,1%. Các cơ sở y tế đã khám cho hơn 2,9 triệu lượt người, tăng 6,4% so với cùng kỳ.

Bệnh tay chân miệng có xu hướng giảm: 9 tháng qua toàn tỉnh có 635 ca mắc, giảm 42% so với cùng kỳ, không có ca tử vong. Công tác bảo đảm an toàn thực phẩm được tăng cường, tuy nhiên ngày 14/8, một vụ ngộ độc tại bếp ăn tập thể của một công ty may ở Khu công nghiệp Phước Đông đã làm 23 công nhân phải nhập viện theo dõi; đến ngày 16/8, tất cả đã xuất viện.

Bệnh viện Đa khoa tỉnh Tây Ninh, số 626 đường 30/4, phường 3, thành phố Tây Ninh. (Ảnh: Thanh Hương)

Phát biểu chỉ đạo hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Hồng Thanh đề nghị ngành y tế không chủ quan với dịch sốt xuất huyết khi mùa mưa còn kéo dài. "Mỗi ca tử vong là một nỗi đau. Các địa phương phải xem phòng chống sốt xuất huyết là nhiệm vụ của cả hệ thống chính trị, không phải của riêng ngành y tế", bà Thanh nói.

Bà cũng yêu cầu Sở Y tế tham mưu UBND tỉnh bổ sung kinh phí mua vắc xin, phấn đấu đến cuối năm 2024 tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95%; triển khai Thông tư số 54/2017/TT-BYT về bộ chỉ tiêu ứng dụng công nghệ thông tin tại các cơ sở khám chữa bệnh.

Năm 2024 là năm thứ 3 tỉnh thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy khóa XI về nâng cao chất lượng y tế cơ sở. Đến nay, 94/94 xã, phường, thị trấn có bác sĩ làm việc; 100% trạm y tế triển khai hồ sơ sức khỏe điện tử.

Tại hội nghị, ông Lê Văn Hòa, 56 tuổi, Trưởng trạm Y tế xã Bình Minh (thành phố Tây Ninh), chia sẻ trạm có 5 nhân viên phụ trách hơn 12.000 dân, mỗi ngày khám khoảng 40 lượt bệnh nhân. Ông đề nghị tăng phụ cấp cho cộng tác viên dân số ở 8 ấp của xã.

Người dân có thể phản ánh về chất lượng khám chữa bệnh qua đường dây nóng của Sở Y tế: 0276.3822.154.

Tin liên quan:
- Bình Phước: 9 tháng ghi nhận 1.920 ca sốt xuất huyết
- Long An tiêm vắc xin sởi cho hơn 30.000 trẻ
- Bình Dương: Tỷ lệ bao phủ BHYT đạt 93,5%

Thanh Hương
'''
META = {'published': '2024-10-08', 'locality': 'tỉnh Tây Ninh'}
DEFAULTS = {'locality': 'tỉnh Tây Ninh', 'period': '2024-9M', 'modality': 'actual'}
FIGS = [
 ('ghi nhận 2.846 ca', '2.846', 'level', 'ca mắc', dict()),
 ('tăng 18,5%', '18,5%', 'change', '%', dict(direction='up', base='same_period')),
 ('có 2 ca tử vong', '2', 'level', 'ca tử vong', dict()),
 ('ghi nhận 512 ca', '512', 'level', 'ca', dict(locality='huyện Tân Châu')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(locality='huyện Tân Châu', direction='up', base='same_period')),
 ('khoảng 112.500 hộ', '112.500', 'level', 'hộ', dict(optional=True)),
 ('tại 96 ổ dịch', '96', 'level', 'ổ dịch', dict(optional=True)),
 ('đầy đủ các loại vắc xin đạt 89,2%', '89,2%', 'level', '%', dict()),
 ('chỉ tiêu 95% do', '95%', 'level', '%', dict(modality='target', period='2024')),
 ('cho 12.430 trẻ', '12.430', 'level', 'trẻ', dict()),
 ('đạt 96,3% kế hoạch', '96,3%', 'attainment', '%', dict(base='target')),
 ('ghi nhận 57 ca', '57', 'level', 'ca', dict()),
 ('trong đó 9 ca', '9', 'level', 'ca', dict()),
 ('đạt 92,7% dân số', '92,7%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('đạt 9,8 bác sĩ', '9,8', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('28,5 giường bệnh', '28,5', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('giảm còn 14,1%', '14,1%', 'level', '%', dict(indicator='child_malnutrition_rate', direction='down')),
 ('hơn 2,9 triệu lượt', '2,9 triệu', 'level', 'lượt người', dict(bound='over')),
 ('tăng 6,4%', '6,4%', 'change', '%', dict(direction='up', base='same_period')),
 ('có 635 ca', '635', 'level', 'ca mắc', dict()),
 ('giảm 42%', '42%', 'change', '%', dict(direction='down', base='same_period')),
 ('đạt trên 95%', '95%', 'level', '%', dict(modality='target', period='2024', bound='over')),
 ('94/94 xã', '94/94', 'ratio', 'xã', dict(period='2024')),
 ('100% trạm y tế', '100%', 'level', '%', dict(period='2024')),
]
