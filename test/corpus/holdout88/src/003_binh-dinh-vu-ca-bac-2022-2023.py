TEXT = '''
BÁO BÌNH ĐỊNH ĐIỆN TỬ
KINH TẾ - Thủy sản · Thứ Tư, 10/05/2023 | 07:40

Kết thúc vụ cá Bắc 2022 - 2023: Sản lượng cá ngừ đại dương tăng 12%

Vụ cá Bắc 2022 - 2023 (từ tháng 12/2022 đến tháng 4/2023), ngư dân Bình Định khai thác được 6.450 tấn cá ngừ đại dương, tăng 12% so với vụ cá Bắc năm trước. Giá cá ngừ loại 1 ổn định ở mức 140.000 - 160.000 đồng/kg.

Theo Chi cục Thủy sản tỉnh, toàn tỉnh có 1.120 tàu tham gia khai thác cá ngừ đại dương bằng nghề câu tay kết hợp ánh sáng, giảm 46 tàu so với vụ trước. Bình quân mỗi chuyến biển kéo dài 20 - 25 ngày, mỗi tàu đạt 5,8 tấn/chuyến; sau khi trừ chi phí, chủ tàu lãi từ 200 - 300 triệu đồng/chuyến, mỗi bạn thuyền được chia trên 15 triệu đồng.

Trong vụ, 100% tàu cá có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình; lực lượng chức năng phát hiện, xử lý 14 vụ vi phạm quy định chống khai thác IUU, phạt tiền 385 triệu đồng, giảm 6 vụ so với vụ cá Bắc 2021 - 2022. Tỷ lệ cá ngừ được bảo quản bằng công nghệ hầm bảo ôn PU đạt 92%, tăng 7 điểm phần trăm.

Thị xã Hoài Nhơn có đội tàu câu cá ngừ lớn nhất tỉnh với 612 chiếc, sản lượng đạt 3.520 tấn, chiếm 54,6% sản lượng toàn tỉnh. Tại thành phố Quy Nhơn, Cảng cá Quy Nhơn đón 2.180 lượt tàu cập cảng, lượng hàng qua cảng 8.900 tấn, bằng 108% so với vụ cá Bắc năm trước.

So với vụ cá Nam 2022, sản lượng cá ngừ vụ cá Bắc cao hơn 1.870 tấn nhờ thời tiết thuận lợi.

Tính chung 5 tháng đầu năm 2023, tổng sản lượng thủy sản khai thác của tỉnh ước đạt 78.600 tấn, tăng 3,2% so với cùng kỳ; trong đó cá ngừ các loại 9.870 tấn.

Bước vào vụ cá Nam 2023, dự kiến có khoảng 1.350 tàu ra khơi; ngành thủy sản đặt mục tiêu sản lượng cá ngừ đại dương vụ cá Nam đạt 4.000 tấn. Ông Nguyễn Văn A, chủ tàu BĐ 96789 TS ở phường Tam Quan Bắc (thị xã Hoài Nhơn), cho biết chuyến biển vừa qua tàu ông được 9 tấn cá.

[Ảnh] Cá ngừ đại dương được bốc dỡ tại Cảng cá Tam Quan lúc 5 giờ sáng. Ảnh: VĂN LƯU

VĂN LƯU

Các tin khác:
- Khởi công cảng cá Đề Gi giai đoạn 2 (08/05/2023)
- Trực ban Biên phòng: 0256.3822.xxx · Lượt đọc: 2.104
'''
META = {'published': '2023-05-10', 'locality': 'tỉnh Bình Định'}
DEFAULTS = {'locality': 'tỉnh Bình Định', 'period': '2022/2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
HN = {'locality': 'thị xã Hoài Nhơn'}
QN = {'locality': 'thành phố Quy Nhơn'}
FIGS = [
 ('đại dương tăng 12%', '12%', 'change', '%', d(direction='up')),
 ('được 6.450 tấn', '6.450 tấn', 'level', 'tấn', d()),
 ('tăng 12% so với', '12%', 'change', '%', d(direction='up', base='same_period')),
 ('140.000 - 160.000 đồng/kg', '140.000 - 160.000 đồng/kg', 'level', 'VND/kg', d()),
 ('có 1.120 tàu', '1.120', 'level', 'tàu', d()),
 ('giảm 46 tàu', '46', 'change', 'tàu', d(direction='down', base='previous_period')),
 ('đạt 5,8 tấn/chuyến', '5,8 tấn/chuyến', 'level', 'tấn/chuyến', d()),
 ('200 - 300 triệu đồng/chuyến', '200 - 300 triệu đồng/chuyến', 'level', 'VND/chuyến', d()),
 ('trên 15 triệu đồng', '15 triệu đồng', 'level', 'VND', d(bound='over')),
 ('với 612 chiếc', '612', 'level', 'chiếc', d(HN)),
 ('đạt 3.520 tấn', '3.520 tấn', 'level', 'tấn', d(HN)),
 ('chiếm 54,6%', '54,6%', 'level', '%', d(HN)),
 ('đón 2.180 lượt tàu', '2.180', 'level', 'lượt tàu', d(QN)),
 ('cảng 8.900 tấn', '8.900 tấn', 'level', 'tấn', d(QN)),
 ('bằng 108% so với', '108%', 'attainment', '%', d(QN, base='same_period')),
 ('đạt 78.600 tấn', '78.600 tấn', 'level', 'tấn', d(indicator='aquaculture_output', period='2023-5M', modality='estimate')),
 ('tăng 3,2% so với cùng kỳ', '3,2%', 'change', '%', d(indicator='aquaculture_output', period='2023-5M', modality='estimate', direction='up', base='same_period')),
 ('loại 9.870 tấn', '9.870 tấn', 'level', 'tấn', d(period='2023-5M')),
 ('khoảng 1.350 tàu', '1.350', 'level', 'tàu', d(period='2023', modality='estimate', bound='about')),
 ('đạt 4.000 tấn', '4.000 tấn', 'level', 'tấn', d(period='2023', modality='target')),
 ('được 9 tấn cá', '9', 'level', 'tấn', d(optional=True)),
 ('Trong vụ, 100%', '100%', 'level', '%', d()),
 ('xử lý 14 vụ', '14', 'level', 'vụ', d()),
 ('phạt tiền 385 triệu đồng', '385 triệu đồng', 'level', 'VND', d()),
 ('giảm 6 vụ', '6', 'change', 'vụ', d(direction='down', base='same_period')),
 ('PU đạt 92%', '92%', 'level', '%', d()),
 ('tăng 7 điểm phần trăm', '7 điểm phần trăm', 'change', 'điểm %', d(direction='up')),
 ('cao hơn 1.870 tấn', '1.870 tấn', 'change', 'tấn', d(direction='up', base='previous_period')),
]
