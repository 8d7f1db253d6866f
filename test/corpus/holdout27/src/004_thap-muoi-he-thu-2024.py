NFD = True
TEXT = '''
BÁO ĐỒNG THÁP ONLINE
Trang chủ | Chính trị | Kinh tế | Nông nghiệp - Nông thôn | Xã hội | Văn hóa | Thể thao | Đồng Tháp 24h
Thứ Hai, 12/08/2024 | 14:05

Nông nghiệp - Nông thôn

Tháp Mười: Lúa Hè Thu 2024 đạt 62,4 tạ/ha, nông dân lãi 21 - 24 triệu đồng/ha

(ĐT) - Ngày 10/8, Phòng Nông nghiệp và Phát triển nông thôn huyện Tháp Mười cho biết nông dân trong huyện đã thu hoạch 21.860 ha lúa Hè Thu, đạt 87,6% diện tích xuống giống. Năng suất bình quân ước đạt 62,4 tạ/ha, tăng 1,8 tạ/ha so với vụ Hè Thu năm 2023.

Theo ngành nông nghiệp huyện, vụ Hè Thu năm nay toàn huyện xuống giống 24.950 ha, đạt 100,2% kế hoạch, giảm 310 ha so với cùng vụ năm trước do một phần diện tích chuyển sang trồng sen và cây màu. Sản lượng cả vụ ước đạt 155.700 tấn.

Nông dân xã Mỹ An thu hoạch lúa Hè Thu bằng máy gặt đập liên hợp. Ảnh: Hữu Nghĩa

Giá cao, lợi nhuận khá

Thời điểm này, thương lái thu mua lúa tươi tại ruộng với giá IR 50404 từ 7.200 - 7.400 đồng/kg; OM 18 và Đài Thơm 8 từ 7.800 - 8.100 đồng/kg, cao hơn cùng vụ năm trước 600 - 800 đồng/kg. Với giá thành sản xuất bình quân 3.950 đồng/kg, nông dân có lợi nhuận từ 21 - 24 triệu đồng/ha, tăng khoảng 4 triệu đồng/ha so với vụ Hè Thu 2023. So với vụ Đông Xuân 2023 - 2024, năng suất lúa Hè Thu thấp hơn 8,6 tạ/ha nhưng giá bán cao hơn nên lợi nhuận tương đương.

Khâu thu hoạch được cơ giới hóa gần như hoàn toàn: tỷ lệ cơ giới hóa khâu thu hoạch đạt 98%, khâu sấy đạt 75%. Tại buổi làm việc với Hợp tác xã Mỹ Thành sáng 9/8, Phó Chủ tịch UBND huyện đề nghị các hợp tác xã ký hợp đồng bao tiêu ngay từ đầu vụ Thu Đông.

Trên diện tích Cánh đồng lớn 8.400 ha có liên kết bao tiêu, lợi nhuận cao hơn ngoài mô hình 2 - 3 triệu đồng/ha. Các xã có năng suất cao là Mỹ An, Mỹ Đông và Thạnh Lợi, lần lượt đạt 65,1 tạ/ha, 64,8 tạ/ha và 64,2 tạ/ha.

Ông Nguyễn Văn Bé Tư (57 tuổi, ngụ ấp 3, xã Mỹ Hòa; điện thoại 0939.215.407) phấn khởi cho biết: "Năm nay tôi làm 4,5 ha, thu được 29 tấn lúa, trừ chi phí còn lời gần 110 triệu đồng".

Ngoài lúa, huyện hiện có 1.240 ha sen, tăng 185 ha so với cùng kỳ; lợi nhuận từ sen lấy gương đạt 80 - 100 triệu đồng/ha/năm. Diện tích lúa nhiễm rầy nâu trong vụ là 420 ha, giảm 35% so với vụ trước.

Triển khai vụ Thu Đông

Vụ Thu Đông 2024, huyện kế hoạch xuống giống 18.500 ha; đến nay đã gieo sạ 6.320 ha, đạt 34,2% kế hoạch. Ngành nông nghiệp khuyến cáo nông dân xuống giống tập trung, né rầy theo 3 đợt, sử dụng giống xác nhận; phấn đấu năng suất bình quân từ 55 tạ/ha trở lên.

Hữu Nghĩa

Tin liên quan
- Cao Lãnh: Thu hoạch 85% diện tích lúa Hè Thu
- Giá lúa hôm nay 12/8: Đài Thơm 8 tăng 200 đồng/kg
- Tam Nông xuống giống 12.000 ha lúa Thu Đông

Bản quyền thuộc Báo Đồng Tháp. Giấy phép số 58/GP-BTTTT. Địa chỉ: Số 12 đường 30/4, phường 1, thành phố Cao Lãnh. ĐT: (0277) 3851 366
'''
META = {'published': '2024-08-12', 'locality': 'huyện Tháp Mười'}
DEFAULTS = {'locality': 'huyện Tháp Mười', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target'}
S = {'base': 'same_period'}
CA = {'indicator': 'crop_area'}
FIGS = [
 ('đạt 62,4 tạ/ha, nông', '62,4 tạ/ha', 'level', 'tạ/ha', dict()),
 ('lãi 21 - 24 triệu đồng/ha', '21 - 24 triệu đồng/ha', 'level', 'VND/ha', dict()),
 ('hoạch 21.860 ha', '21.860 ha', 'level', 'ha', dict()),
 ('đạt 87,6%', '87,6%', 'level', '%', dict()),
 ('ước đạt 62,4 tạ/ha', '62,4 tạ/ha', 'level', 'tạ/ha', dict(E)),
 ('tăng 1,8 tạ/ha', '1,8 tạ/ha', 'change', 'tạ/ha', dict(E, **S, direction='up')),
 ('giống 24.950 ha', '24.950 ha', 'level', 'ha', dict(CA)),
 ('đạt 100,2% kế hoạch', '100,2%', 'attainment', '%', dict(CA, base='target')),
 ('giảm 310 ha', '310 ha', 'change', 'ha', dict(CA, **S, direction='down')),
 ('đạt 155.700 tấn', '155.700 tấn', 'level', 'tấn', dict(E, indicator='rice_output')),
 ('từ 7.200 - 7.400 đồng/kg', '7.200 - 7.400 đồng/kg', 'level', 'VND/kg', dict()),
 ('từ 7.800 - 8.100 đồng/kg', '7.800 - 8.100 đồng/kg', 'level', 'VND/kg', dict()),
 ('trước 600 - 800 đồng/kg', '600 - 800 đồng/kg', 'change', 'VND/kg', dict(S, direction='up')),
 ('quân 3.950 đồng/kg', '3.950 đồng/kg', 'level', 'VND/kg', dict()),
 ('từ 21 - 24 triệu đồng/ha', '21 - 24 triệu đồng/ha', 'level', 'VND/ha', dict()),
 ('khoảng 4 triệu đồng/ha', '4 triệu đồng/ha', 'change', 'VND/ha', dict(S, direction='up', bound='about')),
 ('thấp hơn 8,6 tạ/ha', '8,6 tạ/ha', 'change', 'tạ/ha', dict(direction='down', base='previous_period')),
 ('hoạch đạt 98%', '98%', 'level', '%', dict()),
 ('sấy đạt 75%', '75%', 'level', '%', dict()),
 ('lớn 8.400 ha', '8.400 ha', 'level', 'ha', dict()),
 ('hình 2 - 3 triệu đồng/ha', '2 - 3 triệu đồng/ha', 'change', 'VND/ha', dict(direction='up')),
 ('đạt 65,1 tạ/ha', '65,1 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Mỹ An')),
 ('ha, 64,8 tạ/ha', '64,8 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Mỹ Đông')),
 ('và 64,2 tạ/ha', '64,2 tạ/ha', 'level', 'tạ/ha', dict(locality='xã Thạnh Lợi')),
 ('có 1.240 ha', '1.240 ha', 'level', 'ha', dict()),
 ('tăng 185 ha', '185 ha', 'change', 'ha', dict(S, direction='up')),
 ('đạt 80 - 100 triệu đồng/ha/năm', '80 - 100 triệu đồng/ha/năm', 'level', 'VND/ha/năm', dict()),
 ('là 420 ha', '420 ha', 'level', 'ha', dict()),
 ('giảm 35% so', '35%', 'change', '%', dict(direction='down', base='previous_period')),
 ('giống 18.500 ha', '18.500 ha', 'level', 'ha', dict(CA, **T)),
 ('sạ 6.320 ha', '6.320 ha', 'level', 'ha', dict(CA)),
 ('đạt 34,2% kế hoạch', '34,2%', 'attainment', '%', dict(CA, base='target')),
 ('theo 3 đợt', '3', 'level', 'đợt', dict(optional=True)),
 ('từ 55 tạ/ha', '55 tạ/ha', 'level', 'tạ/ha', dict(T, bound='at_least')),
]
