TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ | Thời sự | Kinh tế | Du lịch | Văn hóa | Xã hội | Video | Podcast | Lịch phát sóng
Hotline: 0207.3822.368 | Thứ Hai, 17/11/2025

Lịch phát sóng TTV hôm nay: 06:00 Chào buổi sáng - 11:30 Thời sự trưa - 18:00 Thời sự tiếng Mông - 19:45 Thời sự Tuyên Quang - 21:15 Ký sự: Đi qua mùa hoa (kỳ 3)

Du lịch

Tuần lễ Hoa Tam giác mạch 2025: Đón 126.000 lượt khách, doanh thu 378 tỷ đồng

17/11/2025 07:45

TTV - Trong 7 ngày diễn ra Tuần lễ Văn hóa - Du lịch Hoa Tam giác mạch (từ ngày 8 - 14/11/2025), các điểm du lịch trên địa bàn tỉnh đón khoảng 126.000 lượt khách, tăng 18% so với tuần lễ năm 2024; tổng doanh thu từ du lịch ước đạt 378 tỷ đồng.

▶ Toàn cảnh Tuần lễ Hoa Tam giác mạch 2025 | 04:12

Tuần lễ năm nay là sự kiện du lịch lớn đầu tiên của tỉnh Tuyên Quang sau khi hợp nhất với tỉnh Hà Giang từ ngày 1/7/2025, với 22 hoạt động văn hóa, thể thao, du lịch diễn ra tại các xã vùng Cao nguyên đá. Lễ khai mạc lúc 20 giờ ngày 8/11 tại Quảng trường 26/3 (xã Đồng Văn) thu hút hơn 15.000 người xem.

Theo Sở Văn hóa, Thể thao và Du lịch, trong số khách đến có 14.300 lượt khách quốc tế, gấp 1,4 lần năm trước, chủ yếu đến từ Pháp, Israel, Hàn Quốc và Trung Quốc. Chi tiêu bình quân của khách đạt 2,95 triệu đồng/lượt khách, cao hơn 350.000 đồng so với tuần lễ năm 2024.

Công suất sử dụng phòng của các cơ sở lưu trú đạt 85 - 90%; riêng các xã Đồng Văn, Mèo Vạc và Lũng Cú gần như kín phòng vào hai ngày cuối tuần. Toàn tỉnh hiện có 1.240 cơ sở lưu trú với khoảng 18.500 buồng, trong đó 412 homestay. Giá phòng homestay phổ biến từ 350.000 - 800.000 đồng/người/đêm, tăng khoảng 10% so với ngày thường.

Hơn 60 ha hoa tam giác mạch được người dân trồng xen tại 12 xã dọc Quốc lộ 4C, từ đèo Mã Pì Lèng đến Cột cờ Lũng Cú. Hội chợ thương mại - OCOP với 150 gian hàng đạt doanh thu 6,4 tỷ đồng, trong đó các sản phẩm OCOP chiếm 38%.

Chị Nguyễn Thu Hà (29 tuổi, đến từ Hà Nội) cho biết nhóm 6 người của chị thuê xe 16 chỗ biển số 29B-417.62, chi khoảng 15 triệu đồng cho chuyến đi 4 ngày 3 đêm: "Hoa năm nay nở đẹp, đường sá thuận tiện hơn nhiều so với lần đầu tôi lên đây năm 2019".

Bảo đảm an ninh trật tự, Công an tỉnh bố trí 120 cán bộ, chiến sĩ phân luồng giao thông trên Quốc lộ 4C và các tuyến ĐT.176, ĐT.182; trong tuần lễ không xảy ra tai nạn giao thông nghiêm trọng. Đường dây nóng hỗ trợ du khách: 0219.3868.555.

Tính chung 10 tháng năm 2025, toàn tỉnh đón 3,82 triệu lượt khách, tăng 12,6% so với cùng kỳ; doanh thu du lịch ước đạt 9.650 tỷ đồng, bằng 87,7% kế hoạch năm. Năm 2025, tỉnh đặt mục tiêu đón 4,5 triệu lượt khách, tổng thu từ du lịch 11.000 tỷ đồng.

Vũ Linh - Mạnh Cường

▶ Video: Mùa hoa tam giác mạch trên Cao nguyên đá | 05:36
▶ Video: Khách Tây đạp xe qua đèo Mã Pì Lèng | 02:20

Xem thêm
- Na Hang - Lâm Bình: 9 tháng đón 420.000 lượt khách
- Giải chạy Marathon Cao nguyên đá 2025 thu hút 3.500 vận động viên

BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Giấy phép số 112/GP-BVHTTDL ngày 25/7/2025. Địa chỉ: Số 8 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang.
'''
META = {'published': '2025-11-17', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2025', 'modality': 'actual'}
TA = dict(indicator='tourist_arrivals')
TR = dict(indicator='tourism_revenue')
M10 = dict(period='2025-10M')
FIGS = [
 ('Đón 126.000 lượt khách', '126.000', 'level', 'lượt khách', dict(TA)),
 ('doanh thu 378 tỷ đồng\n', '378 tỷ đồng', 'level', 'VND', dict(TR)),
 ('khoảng 126.000 lượt khách', '126.000', 'level', 'lượt khách', dict(TA, bound='about')),
 ('tăng 18% so với', '18%', 'change', '%', dict(TA, direction='up', base='same_period')),
 ('ước đạt 378 tỷ đồng', '378 tỷ đồng', 'level', 'VND', dict(TR, modality='estimate')),
 ('với 22 hoạt động', '22', 'level', 'hoạt động', dict(optional=True)),
 ('hơn 15.000 người xem', '15.000', 'level', 'người', dict(optional=True)),
 ('có 14.300 lượt', '14.300', 'level', 'lượt khách', dict(indicator='international_tourist_arrivals')),
 ('gấp 1,4 lần', '1,4 lần', 'change', 'lần', dict(indicator='international_tourist_arrivals', direction='up', base='2024')),
 ('đạt 2,95 triệu đồng/lượt khách', '2,95 triệu đồng/lượt khách', 'level', 'VND/lượt khách', dict()),
 ('cao hơn 350.000 đồng', '350.000 đồng', 'change', 'VND/lượt khách', dict(direction='up', base='same_period')),
 ('đạt 85 - 90%', '85 - 90%', 'level', '%', dict()),
 ('có 1.240 cơ sở', '1.240', 'level', 'cơ sở', dict()),
 ('khoảng 18.500 buồng', '18.500', 'level', 'buồng', dict(bound='about')),
 ('đó 412 homestay', '412', 'level', 'homestay', dict()),
 ('350.000 - 800.000 đồng/người/đêm', '350.000 - 800.000 đồng/người/đêm', 'level', 'VND/người/đêm', dict()),
 ('khoảng 10% so với', '10%', 'change', '%', dict(direction='up', bound='about')),
 ('Hơn 60 ha', '60 ha', 'level', 'ha', dict(bound='over')),
 ('tại 12 xã', '12', 'level', 'xã', dict(optional=True)),
 ('với 150 gian hàng', '150', 'level', 'gian hàng', dict(optional=True)),
 ('doanh thu 6,4 tỷ đồng', '6,4 tỷ đồng', 'level', 'VND', dict()),
 ('chiếm 38%', '38%', 'level', '%', dict()),
 ('bố trí 120 cán bộ', '120', 'level', 'cán bộ', dict(optional=True)),
 ('đón 3,82 triệu lượt', '3,82 triệu', 'level', 'lượt khách', dict(TA, **M10)),
 ('tăng 12,6% so với cùng kỳ', '12,6%', 'change', '%', dict(TA, **M10, direction='up', base='same_period')),
 ('ước đạt 9.650 tỷ đồng', '9.650 tỷ đồng', 'level', 'VND', dict(TR, **M10, modality='estimate')),
 ('bằng 87,7% kế hoạch', '87,7%', 'attainment', '%', dict(TR, **M10, modality='estimate', base='target')),
 ('đón 4,5 triệu lượt', '4,5 triệu', 'level', 'lượt khách', dict(TA, period='2025', modality='target')),
 ('du lịch 11.000 tỷ đồng', '11.000 tỷ đồng', 'level', 'VND', dict(TR, period='2025', modality='target')),
]
