TEXT = '''
BÁO KHÁNH HOÀ ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Y tế | Văn hoá | Thể thao

Y tế

Sốt xuất huyết tăng 2,3 lần so với cùng kỳ, Nha Trang là điểm nóng

Thứ Tư, 14/08/2024 | 09:10

Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Khánh Hoà, trong tuần 32 (từ ngày 5 đến 11/8), toàn tỉnh ghi nhận 186 ca mắc sốt xuất huyết, tăng 14 ca so với tuần trước. Cộng dồn từ đầu năm đến nay, tỉnh có 3.412 ca mắc, tăng 2,3 lần so với cùng kỳ năm trước; 2 ca tử vong (cùng kỳ không có ca tử vong).

Dịch tập trung ở vùng đô thị

Thành phố Nha Trang vẫn là địa phương có số ca mắc cao nhất với 1.574 ca, chiếm 46,1% tổng số ca của tỉnh; tiếp đến là thị xã Ninh Hoà 512 ca, huyện Diên Khánh 438 ca và huyện Cam Lâm 301 ca. Thành phố Cam Ranh ghi nhận 276 ca, giảm 18% so với cùng kỳ; hai huyện miền núi Khánh Sơn và Khánh Vĩnh lần lượt 12 ca và 9 ca.

Từ đầu năm, ngành y tế đã phát hiện và xử lý 214 ổ dịch, trong đó 27 ổ dịch còn đang hoạt động; phun hoá chất diệt muỗi cho khoảng 45.600 hộ gia đình. Đợt ra quân diệt lăng quăng thứ 2 kiểm tra 128.400 hộ, chỉ số Breteau (BI) trung bình 32, cao gấp 1,6 lần ngưỡng nguy cơ (BI ≥ 20).

Bác sĩ Trần Quang Huy, Phó Giám đốc CDC tỉnh cho biết, năm 2024 là năm dịch sốt xuất huyết theo chu kỳ 4 - 5 năm, mùa mưa lại đến sớm nên số ca mắc có thể còn tăng trong tháng 9 và tháng 10. Mục tiêu của tỉnh năm nay là giữ tỷ lệ tử vong do sốt xuất huyết dưới 0,09% số ca mắc.

(Ảnh: Nhân viên y tế phun hoá chất diệt muỗi tại phường Phước Long, TP Nha Trang - Hải Yến)

“Con tôi sốt 3 ngày”

Chị Nguyễn Thị Lan (34 tuổi, phường Vĩnh Hải, TP Nha Trang) có con trai 7 tuổi đang nằm điều trị tại khoa Nhi. “Cháu sốt cao 3 ngày, đến ngày thứ 4 thì tiểu cầu còn 42.000, bác sĩ cho nhập viện ngay. Khu trọ nhà tôi có 6 phòng thì 4 phòng có người bệnh”, chị Lan kể.

Bệnh viện Bệnh Nhiệt đới tỉnh hiện điều trị nội trú 68 bệnh nhân sốt xuất huyết, trong đó có 7 ca nặng, phần lớn ở độ tuổi 15 - 40.

Tay chân miệng cũng tăng

Bệnh tay chân miệng cũng có xu hướng tăng: từ đầu năm đến nay ghi nhận 624 ca, tăng 37,5% so với cùng kỳ; riêng tuần 32 có 41 ca, tăng 9 ca so với tuần trước. Chưa ghi nhận ca tử vong. Có 92,3% số ca là trẻ dưới 5 tuổi, tập trung ở nhóm trẻ gửi tại các nhóm lớp mầm non tư thục.

Về tiêm chủng mở rộng, 7 tháng đầu năm, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 62,4%, bằng 65,7% kế hoạch năm. Vắc xin 6 trong 1 vẫn được cấp đủ cho 140 xã, phường, thị trấn.

Trong tuần, tỉnh cũng ghi nhận 3 ca sởi tại huyện Cam Lâm, nâng tổng số ca sởi của tỉnh từ đầu năm lên 19 ca. Tỷ lệ trẻ 9 tháng tuổi được tiêm vắc xin sởi mũi 1 từ đầu năm đến nay mới đạt 58,6%.

Để chủ động ứng phó, UBND tỉnh đã cấp bổ sung 4,2 tỷ đồng kinh phí phòng, chống dịch, nâng tổng kinh phí năm 2024 dành cho công tác này lên 11,8 tỷ đồng. Các bệnh viện tuyến tỉnh bố trí khu điều trị riêng với khoảng 350 giường bệnh dự phòng.

Sở Y tế đề nghị UBND các huyện, thị xã, thành phố tổ chức chiến dịch diệt lăng quăng đợt 3 từ ngày 20/8 đến 30/8/2024, bảo đảm trên 90% hộ gia đình được kiểm tra. Người dân có triệu chứng sốt cao liên tục 2 - 7 ngày, xuất huyết dưới da cần đến ngay cơ sở y tế; không tự ý truyền dịch tại nhà.

Đường dây nóng của Sở Y tế: 0258 3822 115.

Hải Yến

Tin liên quan
- Cả nước ghi nhận hơn 52.000 ca sốt xuất huyết, 10 ca tử vong
- Khánh Hoà: Tiêm vắc xin sởi cho 18.000 trẻ từ 1 - 5 tuổi
- Nha Trang ra quân tổng vệ sinh môi trường ở 27 phường, xã

Lượt xem: 2.104
'''
META = {'published': '2024-08-14', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2024', 'modality': 'actual'}
W = dict(period='2024-M08')
SAME = dict(base='same_period')
FIGS = [
 ('tăng 2,3 lần so với cùng kỳ, Nha', '2,3 lần', 'change', 'lần', dict(SAME, direction='up')),
 ('ghi nhận 186 ca', '186', 'level', 'ca mắc', dict(W)),
 ('tăng 14 ca', '14', 'change', 'ca', dict(W, direction='up', base='previous_period')),
 ('có 3.412 ca', '3.412', 'level', 'ca mắc', dict()),
 ('tăng 2,3 lần so với cùng kỳ năm', '2,3 lần', 'change', 'lần', dict(SAME, direction='up')),
 ('; 2 ca tử vong', '2', 'level', 'ca tử vong', dict()),
 ('với 1.574 ca', '1.574', 'level', 'ca', dict(locality='thành phố Nha Trang')),
 ('chiếm 46,1%', '46,1%', 'level', '%', dict(locality='thành phố Nha Trang')),
 ('Ninh Hoà 512 ca', '512', 'level', 'ca', dict(locality='thị xã Ninh Hòa')),
 ('Diên Khánh 438 ca', '438', 'level', 'ca', dict(locality='huyện Diên Khánh')),
 ('Cam Lâm 301 ca', '301', 'level', 'ca', dict(locality='huyện Cam Lâm')),
 ('ghi nhận 276 ca', '276', 'level', 'ca', dict(locality='thành phố Cam Ranh')),
 ('giảm 18%', '18%', 'change', '%', dict(SAME, locality='thành phố Cam Ranh', direction='down')),
 ('lần lượt 12 ca', '12', 'level', 'ca', dict(locality='huyện Khánh Sơn')),
 ('và 9 ca', '9', 'level', 'ca', dict(locality='huyện Khánh Vĩnh')),
 ('xử lý 214 ổ dịch', '214', 'level', 'ổ dịch', dict(optional=True)),
 ('trong đó 27 ổ dịch', '27', 'level', 'ổ dịch', dict(optional=True)),
 ('khoảng 45.600 hộ', '45.600', 'level', 'hộ gia đình', dict(optional=True)),
 ('kiểm tra 128.400 hộ', '128.400', 'level', 'hộ', dict(optional=True)),
 ('trung bình 32,', '32', 'level', None, dict(optional=True)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(optional=True, direction='up')),
 ('dưới 0,09%', '0,09%', 'level', '%', dict(modality='target', bound='under')),
 ('điều trị nội trú 68 bệnh nhân', '68', 'level', 'bệnh nhân', dict(optional=True)),
 ('có 7 ca nặng', '7', 'level', 'ca nặng', dict(optional=True)),
 ('ghi nhận 624 ca', '624', 'level', 'ca', dict()),
 ('tăng 37,5%', '37,5%', 'change', '%', dict(SAME, direction='up')),
 ('có 41 ca', '41', 'level', 'ca', dict(W)),
 ('tăng 9 ca', '9', 'change', 'ca', dict(W, direction='up', base='previous_period')),
 ('Có 92,3%', '92,3%', 'level', '%', dict()),
 ('đạt 62,4%', '62,4%', 'level', '%', dict(period='2024-7M')),
 ('bằng 65,7% kế hoạch', '65,7%', 'attainment', '%', dict(period='2024-7M', base='target')),
 ('ghi nhận 3 ca sởi', '3', 'level', 'ca sởi', dict(W, locality='huyện Cam Lâm')),
 ('lên 19 ca', '19', 'level', 'ca', dict(direction='up')),
 ('mới đạt 58,6%', '58,6%', 'level', '%', dict()),
 ('bổ sung 4,2 tỷ đồng', '4,2 tỷ đồng', 'level', 'VND', dict()),
 ('lên 11,8 tỷ đồng', '11,8 tỷ đồng', 'level', 'VND', dict(direction='up')),
 ('khoảng 350 giường', '350', 'level', 'giường bệnh', dict(optional=True)),
 ('cho 140 xã', '140', 'level', 'xã', dict(optional=True)),
 ('trên 90% hộ', '90%', 'level', '%', dict(optional=True)),
]
