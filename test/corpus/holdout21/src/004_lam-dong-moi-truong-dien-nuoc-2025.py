TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ > Tin tức - Sự kiện > Kinh tế > Tài nguyên - Môi trường

Lâm Đồng: Tỷ lệ thu gom rác thải sinh hoạt đô thị đạt 97,2%

12/01/2026 10:15

Năm 2025, toàn tỉnh Lâm Đồng phát sinh khoảng 2.850 tấn/ngày chất thải rắn sinh hoạt; tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt ở đô thị đạt 97,2%, ở nông thôn đạt 78,5%, tăng 3,4 điểm phần trăm so với năm 2024.

Rác thải tăng nhanh ở các đô thị du lịch

Theo Sở Nông nghiệp và Môi trường, lượng rác phát sinh tập trung ở các phường thuộc Đà Lạt, Phan Thiết, Bảo Lộc và Gia Nghĩa cũ, nhất là vào mùa du lịch cao điểm. Khu vực Bình Thuận cũ phát sinh khoảng 1.120 tấn mỗi ngày, khu vực Đắk Nông cũ khoảng 540 tấn mỗi ngày.

Hiện toàn tỉnh có 14 khu xử lý chất thải rắn tập trung và 9 lò đốt rác quy mô cấp xã; tỷ lệ chất thải chôn lấp trực tiếp giảm còn 62%, mục tiêu đến năm 2030 dưới 30%. Nhà máy xử lý rác tại xã Hàm Thắng đang được đầu tư với công suất thiết kế 500 tấn/ngày, dự kiến vận hành từ quý III/2026.

Có 86/124 đơn vị hành chính cấp xã đã triển khai phân loại chất thải rắn sinh hoạt tại nguồn, chiếm 69,4%. Ông Lê Văn Chín, Tổ trưởng tổ dân phố 7, phường Lâm Viên - Đà Lạt cho biết tổ có 210 hộ, mỗi tuần phân loại được khoảng 1,2 tấn rác hữu cơ để ủ phân.

Nước sạch về vùng khô hạn

Tỷ lệ dân cư thành thị được sử dụng nước sạch đạt 96,8%; tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 98,1%, trong đó nước sạch đáp ứng QCVN 01-1:2024/BYT đạt 61,3%, tăng 2,7 điểm phần trăm. Tổng công suất của 38 nhà máy, trạm cấp nước tập trung đạt 312.000 m3/ngày đêm; tỷ lệ thất thoát nước sạch giảm còn 21,5%.

Mùa khô năm 2025, khoảng 4.300 hộ ở các xã ven biển khu vực Bình Thuận cũ bị thiếu nước sinh hoạt. Tỉnh đã chi 12,6 tỷ đồng để chở nước, khoan 26 giếng và nâng cấp 11 công trình cấp nước nông thôn. Bà Nguyễn Thị Bông (xã Hòa Thắng) nhớ lại, có tuần gia đình bà phải mua 3 khối nước chở bằng xe bồn, mỗi khối 80.000 đồng.

Điện thương phẩm tăng 8,6%

Theo Công ty Điện lực Lâm Đồng, điện thương phẩm năm 2025 đạt 4.912 triệu kWh, tăng 8,6% so với năm 2024; trong đó điện cho công nghiệp - xây dựng chiếm 41,2%, quản lý và tiêu dùng dân cư chiếm 38,5%. Tỷ lệ tổn thất điện năng 4,12%, giảm 0,23 điểm phần trăm. Đến nay 100% số xã có điện lưới quốc gia, tỷ lệ hộ dân sử dụng điện đạt 99,6%.

Tổng công suất điện mặt trời trên địa bàn đạt 2.145 MW, trong đó khu vực Bình Thuận cũ chiếm 1.780 MW; điện gió 620 MW. Trong năm có thêm 1.260 hệ thống điện mặt trời mái nhà tự sản, tự tiêu với tổng công suất 96,4 MW. Sản lượng các nhà máy điện trên địa bàn phát lên lưới đạt 6,1 tỷ kWh.

Tại Nhà máy Thủy điện Đa Nhim (xã Lạc Dương), công trình trạm biến áp 220 kV đã đóng điện ngày 18/12/2025 theo Quyết định số 1846/QĐ-EVNGENCO1.

Năm 2026, tỉnh phấn đấu tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị đạt 98%, nông thôn đạt 82%; tỷ lệ dân cư nông thôn sử dụng nước sạch đạt 64%.

Nguồn: Sở Nông nghiệp và Môi trường
In bài | Gửi bạn bè | Lượt truy cập: 3.517

Các tin khác:
- Đà Lạt thu gom 100% rác tại các chợ sau Tết
- Lâm Đồng đầu tư 1.200 tỷ đồng cho các công trình nước sạch giai đoạn 2026 - 2030
- Cảnh báo nắng nóng, nhu cầu điện tăng 12%
'''
META = {'published': '2026-01-12', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2025', 'modality': 'actual'}
BT = dict(locality='tỉnh Bình Thuận')
WAT = dict(indicator='clean_water_rate')
T6 = dict(period='2026', modality='target')
OPT = dict(optional=True)
FIGS = [
 ('nông thôn đạt 78,5%, tăng', '78,5%', 'level', '%', dict()),
 ('đô thị đạt 97,2%\n', '97,2%', 'level', '%', dict()),
 ('khoảng 2.850 tấn/ngày', '2.850 tấn/ngày', 'level', 'tấn/ngày', dict(bound='about')),
 ('ở đô thị đạt 97,2%,', '97,2%', 'level', '%', dict()),
 ('tăng 3,4 điểm phần trăm', '3,4 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='2024')),
 ('khoảng 1.120 tấn', '1.120 tấn', 'level', 'tấn/ngày', dict(BT, bound='about')),
 ('khoảng 540 tấn', '540 tấn', 'level', 'tấn/ngày', dict(locality='tỉnh Đắk Nông', bound='about')),
 ('có 14 khu', '14', 'level', 'khu xử lý', dict(OPT)),
 ('9 lò đốt', '9', 'level', 'lò đốt', dict(OPT)),
 ('giảm còn 62%', '62%', 'level', '%', dict(direction='down')),
 ('dưới 30%', '30%', 'level', '%', dict(period='2030', modality='target', bound='under')),
 ('thiết kế 500 tấn/ngày', '500 tấn/ngày', 'level', 'tấn/ngày', dict(OPT)),
 ('Có 86/124', '86/124', 'ratio', 'đơn vị hành chính cấp xã', dict()),
 ('chiếm 69,4%', '69,4%', 'level', '%', dict()),
 ('đạt 96,8%', '96,8%', 'level', '%', dict(WAT)),
 ('đạt 98,1%', '98,1%', 'level', '%', dict(WAT)),
 ('đạt 61,3%', '61,3%', 'level', '%', dict(WAT)),
 ('tăng 2,7 điểm phần trăm', '2,7 điểm phần trăm', 'change', 'điểm %', dict(WAT, direction='up')),
 ('của 38 nhà máy', '38', 'level', 'nhà máy', dict(OPT)),
 ('đạt 312.000 m3/ngày đêm', '312.000 m3/ngày đêm', 'level', 'm3/ngày đêm', dict()),
 ('giảm còn 21,5%', '21,5%', 'level', '%', dict(direction='down')),
 ('khoảng 4.300 hộ', '4.300', 'level', 'hộ', dict(BT, bound='about')),
 ('chi 12,6 tỷ đồng', '12,6 tỷ đồng', 'level', 'VND', dict()),
 ('khoan 26 giếng', '26', 'level', 'giếng', dict(OPT)),
 ('nâng cấp 11 công trình', '11', 'level', 'công trình', dict(OPT)),
 ('Điện thương phẩm tăng 8,6%', '8,6%', 'change', '%', dict(direction='up')),
 ('đạt 4.912 triệu kWh', '4.912 triệu kWh', 'level', 'kWh', dict()),
 ('tăng 8,6% so với năm 2024', '8,6%', 'change', '%', dict(direction='up', base='2024')),
 ('chiếm 41,2%', '41,2%', 'level', '%', dict()),
 ('chiếm 38,5%', '38,5%', 'level', '%', dict()),
 ('năng 4,12%', '4,12%', 'level', '%', dict()),
 ('giảm 0,23 điểm phần trăm', '0,23 điểm phần trăm', 'change', 'điểm %', dict(direction='down')),
 ('100% số xã', '100%', 'level', '%', dict()),
 ('đạt 99,6%', '99,6%', 'level', '%', dict()),
 ('đạt 2.145 MW', '2.145 MW', 'level', 'MW', dict()),
 ('chiếm 1.780 MW', '1.780 MW', 'level', 'MW', dict(BT)),
 ('gió 620 MW', '620 MW', 'level', 'MW', dict()),
 ('thêm 1.260 hệ thống', '1.260', 'level', 'hệ thống', dict()),
 ('suất 96,4 MW', '96,4 MW', 'level', 'MW', dict()),
 ('đạt 6,1 tỷ kWh', '6,1 tỷ kWh', 'level', 'kWh', dict()),
 ('đô thị đạt 98%', '98%', 'level', '%', dict(T6)),
 ('nông thôn đạt 82%', '82%', 'level', '%', dict(T6)),
 ('nước sạch đạt 64%', '64%', 'level', '%', dict(T6, indicator='clean_water_rate')),
]
