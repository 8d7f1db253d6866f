# Lào Cai (mới: Lào Cai + Yên Bái), the four-day 30/4 - 1/5 holiday of 2026 (30/4 to 3/5/2026).
# The stretch runs across April and May, inside the second quarter, so its figures take '2026-Q2'
# (holdout24's rule for a stretch across two months of one quarter). "51 năm" is an anniversary, no figure.
TEXT = '''
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ | Thời sự | Kinh tế | Du lịch | Văn hóa | Xã hội | Lào Cai 24h | Video
Thứ Hai, 04/05/2026, 07:45 (GMT+7)

Du lịch

Kỳ nghỉ lễ 30/4 - 1/5: Lào Cai đón gần 412.000 lượt khách, doanh thu hơn 1.600 tỷ đồng

(BLC) - Trong 4 ngày nghỉ lễ kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4) và Ngày Quốc tế Lao động (1/5), từ ngày 30/4 đến hết ngày 3/5/2026, tỉnh Lào Cai ước đón 411.800 lượt khách, tăng 14,6% so với dịp lễ năm 2025; tổng doanh thu từ du lịch ước đạt 1.628 tỷ đồng, tăng 19,2%.

Du khách chụp ảnh trên đỉnh Fansipan (3.143 m) sáng 1/5. Ảnh: Thanh Hà

Theo báo cáo nhanh của Sở Văn hóa, Thể thao và Du lịch, lượng khách bắt đầu tăng từ chiều 29/4 và đạt đỉnh vào ngày 1/5. Trong tổng số khách, khách quốc tế ước đạt 46.300 lượt, tăng 22,1%; khách nội địa 365.500 lượt. Số khách lưu trú ước 228.400 lượt, chiếm 55,5% tổng lượt khách.

Công suất sử dụng phòng bình quân toàn tỉnh đạt 76,4%, cao hơn dịp lễ năm trước 5,2 điểm phần trăm. Riêng các cơ sở lưu trú tại phường Sa Pa đạt 92%, nhiều khách sạn kín phòng trong hai đêm 30/4 và 1/5.

Sa Pa vẫn hút khách nhất

Phường Sa Pa tiếp tục là điểm đến đông khách nhất với khoảng 238.000 lượt khách. Hệ thống cáp treo lên đỉnh Fansipan phục vụ 38.600 lượt khách, gấp 1,3 lần cùng kỳ. Tại xã Bắc Hà, chợ phiên Chủ nhật và phiên chợ đêm tối 2/5 thu hút hơn 21.000 lượt khách; Ngày hội Văn hóa - Thể thao các dân tộc xã Bắc Hà lần thứ 10 diễn ra với 24 đội tham gia.

Ông Vàng A Sử, 52 tuổi, chủ một homestay ở thôn Lao Chải, cho biết gia đình ông có 6 phòng, kín khách suốt 4 đêm, khách đặt từ giữa tháng 3.

Khu vực Yên Bái (cũ) đón 96.200 lượt khách, tăng 9,4%; các điểm đồi chè Suối Giàng, ruộng bậc thang mùa nước đổ và hồ Thác Bà thu hút đông khách. Riêng xã Mù Cang Chải đón khoảng 18.500 lượt khách, phần lớn là khách chụp ảnh và khách trải nghiệm homestay.

Đi lại thuận lợi, giá cả ổn định

Trên tuyến cao tốc Nội Bài - Lào Cai, lưu lượng phương tiện tăng cao vào sáng 30/4 và chiều 3/5. Ga Lào Cai đón 14 đoàn tàu với 9.840 lượt hành khách; Bến xe khách trung tâm Lào Cai xuất bến 1.126 chuyến xe, tăng 17% so với ngày thường. Giá vé xe giường nằm chặng Hà Nội - Sa Pa phổ biến 350.000 - 400.000 đồng/vé, không tăng so với ngày thường.

Toàn tỉnh hiện có 1.386 cơ sở lưu trú với hơn 17.500 phòng, trong đó 612 cơ sở là homestay, tăng 74 cơ sở so với cuối năm 2025. Trong dịp lễ, đoàn kiểm tra liên ngành đã kiểm tra 86 cơ sở kinh doanh ăn uống, lưu trú, xử phạt 12 cơ sở với số tiền 46,5 triệu đồng; giá dịch vụ tại các điểm du lịch được niêm yết công khai.

Về an toàn giao thông, trong 4 ngày nghỉ lễ, toàn tỉnh xảy ra 2 vụ tai nạn giao thông, làm 1 người chết, 3 người bị thương; so với dịp lễ năm 2025 giảm 1 vụ, giảm 2 người chết. Lực lượng Cảnh sát giao thông lập biên bản 1.312 trường hợp vi phạm, trong đó 498 trường hợp vi phạm nồng độ cồn; tạm giữ 286 phương tiện. Lúc 14h30 ngày 2/5, trên Quốc lộ 4D, xe khách biển kiểm soát 24F-001.27 va chạm với một xe máy khiến 1 người bị thương nhẹ.

Đường dây nóng du lịch của tỉnh (0214.3826.599) tiếp nhận 7 cuộc gọi, chủ yếu hỏi thông tin đường đi; không có phản ánh về tình trạng "chặt chém".

Trước đó, trong quý I/2026, toàn tỉnh đón 3,45 triệu lượt khách, tăng 16,3% so với cùng kỳ, đạt 34,5% kế hoạch năm; tổng thu từ du lịch ước đạt 13.790 tỷ đồng.

Bà Nguyễn Thị Minh Hằng, Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho biết: "Năm 2026, tỉnh phấn đấu đón 10 triệu lượt khách, trong đó 1,2 triệu lượt khách quốc tế. Lào Cai hiện đứng thứ 9 cả nước về lượng khách lưu trú, chúng tôi muốn vào nhóm 5 địa phương dẫn đầu".

THANH HÀ - QUANG HUY

Lượt xem: 2.418

Xem thêm:
• Sa Pa lọt top 10 điểm đến được tìm kiếm nhiều nhất dịp lễ
• Lào Cai: quý I thu ngân sách đạt 31% dự toán
• Khai mạc Lễ hội Hoa hồng Sa Pa lần thứ 5

Cơ quan của Đảng bộ tỉnh Lào Cai | Giấy phép số 112/GP-BTTTT ngày 12/3/2024 | ĐT: 0214.3840.227
'''
META = {'published': '2026-05-04', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2026-Q2', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
E = {'modality': 'estimate'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
SP = {'locality': 'phường Sa Pa'}
YB = {'locality': 'tỉnh Yên Bái'}
M4 = {'period': '2026-Q1'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('gần 412.000 lượt khách', '412.000', 'level', 'lượt khách', dict(TA, bound='nearly')),
 ('hơn 1.600 tỷ đồng', '1.600 tỷ đồng', 'level', 'VND', dict(TR, bound='over')),
 ('đón 411.800 lượt khách', '411.800', 'level', 'lượt khách', dict(TA, **E)),
 ('tăng 14,6%', '14,6%', 'change', '%', dict(TA, **E, **U, **S)),
 ('đạt 1.628 tỷ đồng', '1.628 tỷ đồng', 'level', 'VND', dict(TR, **E)),
 ('tăng 19,2%', '19,2%', 'change', '%', dict(TR, **E, **U)),
 ('(3.143 m)', '3.143 m', 'level', 'm', dict(optional=True)),
 ('đạt 46.300 lượt', '46.300', 'level', 'lượt', dict(ITA, **E)),
 ('tăng 22,1%', '22,1%', 'change', '%', dict(ITA, **E, **U)),
 ('địa 365.500 lượt', '365.500', 'level', 'lượt', dict()),
 ('ước 228.400 lượt', '228.400', 'level', 'lượt', dict(E)),
 ('chiếm 55,5%', '55,5%', 'level', '%', dict(E)),
 ('đạt 76,4%', '76,4%', 'level', '%', dict()),
 ('5,2 điểm phần trăm', '5,2 điểm phần trăm', 'change', 'điểm %', dict(U, **S)),
 ('đạt 92%', '92%', 'level', '%', dict(SP)),
 ('khoảng 238.000 lượt khách', '238.000', 'level', 'lượt khách', dict(TA, **SP, bound='about')),
 ('vụ 38.600 lượt khách', '38.600', 'level', 'lượt khách', dict(TA, **SP)),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', dict(TA, **SP, **U, **S)),
 ('hơn 21.000 lượt khách', '21.000', 'level', 'lượt khách', dict(TA, locality='xã Bắc Hà', bound='over')),
 ('với 24 đội', '24', 'level', 'đội', dict(optional=True)),
 ('đón 96.200 lượt khách', '96.200', 'level', 'lượt khách', dict(TA, **YB)),
 ('tăng 9,4%', '9,4%', 'change', '%', dict(TA, **YB, **U)),
 ('khoảng 18.500 lượt khách', '18.500', 'level', 'lượt khách', dict(TA, locality='xã Mù Cang Chải', bound='about')),
 ('đón 14 đoàn tàu', '14', 'level', 'đoàn tàu', dict(optional=True)),
 ('với 9.840 lượt', '9.840', 'level', 'lượt hành khách', dict()),
 ('bến 1.126 chuyến', '1.126', 'level', 'chuyến xe', dict()),
 ('tăng 17%', '17%', 'change', '%', dict(U)),
 ('350.000 - 400.000 đồng/vé', '350.000 - 400.000 đồng/vé', 'level', 'VND/vé', dict()),
 ('có 1.386 cơ sở', '1.386', 'level', 'cơ sở lưu trú', dict()),
 ('hơn 17.500 phòng', '17.500', 'level', 'phòng', dict(bound='over')),
 ('đó 612 cơ sở', '612', 'level', 'cơ sở', dict()),
 ('tăng 74 cơ sở', '74', 'change', 'cơ sở', dict(U, base='2025')),
 ('tra 86 cơ sở', '86', 'level', 'cơ sở', dict()),
 ('phạt 12 cơ sở', '12', 'level', 'cơ sở', dict()),
 ('tiền 46,5 triệu đồng', '46,5 triệu đồng', 'level', 'VND', dict()),
 ('xảy ra 2 vụ', '2', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm 1 người chết', '1', 'level', 'người', dict(indicator='traffic_deaths')),
 ('3 người bị thương', '3', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 1 vụ', '1', 'change', 'vụ', dict(indicator='traffic_accidents', **D, **S)),
 ('giảm 2 người chết', '2', 'change', 'người', dict(indicator='traffic_deaths', **D, **S)),
 ('bản 1.312 trường hợp', '1.312', 'level', 'trường hợp', dict()),
 ('đó 498 trường hợp', '498', 'level', 'trường hợp', dict()),
 ('giữ 286 phương tiện', '286', 'level', 'phương tiện', dict()),
 ('nhận 7 cuộc gọi', '7', 'level', 'cuộc gọi', dict(optional=True)),
 ('đón 3,45 triệu lượt khách', '3,45 triệu', 'level', 'lượt khách', dict(TA, **M4)),
 ('tăng 16,3%', '16,3%', 'change', '%', dict(TA, **M4, **U, **S)),
 ('đạt 34,5% kế hoạch', '34,5%', 'attainment', '%', dict(TA, **M4, base='target')),
 ('đạt 13.790 tỷ đồng', '13.790 tỷ đồng', 'level', 'VND', dict(TR, **M4, **E)),
 ('đón 10 triệu lượt khách', '10 triệu', 'level', 'lượt khách', dict(TA, **T)),
 ('1,2 triệu lượt khách quốc tế', '1,2 triệu', 'level', 'lượt khách', dict(ITA, **T)),
]
