TEXT = '''
Báo Sơn La điện tử

Kinh tế | Nông nghiệp - Nông thôn

Sơn La: Xuất khẩu trái cây cả năm 2024 ước đạt 55 triệu USD

18/08/2024 08:30

Trong 7 tháng năm 2024, Sơn La đã xuất khẩu 18.500 tấn quả tươi và sản phẩm chế biến từ quả sang 22 quốc gia, vùng lãnh thổ, kim ngạch đạt 41,3 triệu USD, bằng 75% kế hoạch năm, tăng 18,6% so với cùng kỳ năm 2023.

Đóng gói xoài xuất khẩu tại Hợp tác xã Nông nghiệp Thuận Hà, huyện Mai Sơn. (Ảnh: Quang Long)

Xoài, nhãn và mận là ba loại quả xuất khẩu chủ lực của tỉnh, với sản lượng xuất khẩu lần lượt 7.200 tấn, 6.100 tấn và 3.900 tấn. Ngoài thị trường truyền thống là Trung Quốc, quả Sơn La đã có mặt tại Nhật Bản, Hàn Quốc, Australia, Hoa Kỳ và các nước EU. Riêng nhãn sấy và xoài sấy dẻo chiếm 31,5% giá trị xuất khẩu. Giá nhãn xuất khẩu dao động từ 25.000 đến 32.000 đồng/kg, cao hơn 15 - 20% so với giá bán trong nước.

Gia đình anh Lò Văn Thắng ở xã Chiềng Khoong (huyện Sông Mã) có 3 ha xoài giống GL4, năm nay thu khoảng 60 tấn quả, trong đó 40 tấn đủ tiêu chuẩn xuất khẩu. Anh Thắng cho biết, nhờ có mã số vùng trồng, giá bán cao hơn trước từ 3.000 - 5.000 đồng/kg.

Đến hết tháng 7/2024, toàn tỉnh có 86.500 ha cây ăn quả, trong đó 11.200 ha được cấp mã số vùng trồng phục vụ xuất khẩu, chiếm 12,9% tổng diện tích. Qua kiểm tra, giám sát định kỳ, 148/152 mã số vùng trồng duy trì đủ điều kiện xuất khẩu; 4 mã số bị tạm dừng do chưa bảo đảm quy định về truy xuất nguồn gốc.

Kiểm tra chất lượng nhãn trước khi đóng thùng. (Ảnh: Quang Long)

Dù vậy, xuất khẩu trái cây của tỉnh vẫn gặp nhiều khó khăn: chi phí logistics cao, thời gian thông quan tại cửa khẩu Kim Thành (Lào Cai) có lúc kéo dài; nhiều hợp tác xã chưa có kho lạnh, xưởng sơ chế đạt chuẩn; việc liên kết giữa doanh nghiệp và người trồng còn lỏng lẻo, tình trạng phá vỡ hợp đồng khi giá thị trường biến động vẫn xảy ra. Ngành nông nghiệp khuyến cáo nông dân tuân thủ quy trình sản xuất VietGAP, GlobalGAP, ghi chép nhật ký canh tác đầy đủ để giữ mã số vùng trồng.

Theo Sở Công Thương, dự kiến cả năm 2024, kim ngạch xuất khẩu trái cây và sản phẩm chế biến từ quả đạt khoảng 55 triệu USD. Tỉnh đang phối hợp tổ chức Tuần lễ nhãn và nông sản Sơn La lần thứ 5 tại Hà Nội, kết nối tiêu thụ qua các sàn thương mại điện tử; tuyến Quốc lộ 6 và cao tốc Hòa Bình - Mộc Châu được đẩy nhanh để giảm chi phí vận chuyển.

Theo Đề án phát triển cây ăn quả theo Quyết định số 1213/QĐ-UBND, giai đoạn 2026 - 2030, tỉnh đặt mục tiêu nâng diện tích cây ăn quả lên 100.000 ha, tỷ lệ sản phẩm qua chế biến đạt 40 - 50%.

Hoàng Thu

Tin liên quan
- Mộc Châu: Mận hậu được mùa, giá tăng gấp đôi
- Sơn La có thêm 26 mã số vùng trồng xuất khẩu sang Trung Quốc
- Yên Châu: 90% diện tích xoài được bao trái
'''
META = {'published': '2024-08-18', 'locality': 'tỉnh Sơn La'}
DEFAULTS = {'locality': 'tỉnh Sơn La', 'period': '2024-7M', 'modality': 'actual'}
X = {'indicator': 'export_value'}
FIGS = [
 ('ước đạt 55 triệu USD', '55 triệu USD', 'level', 'USD', dict(X, period='2024', modality='estimate')),
 ('xuất khẩu 18.500 tấn', '18.500 tấn', 'level', 'tấn', dict()),
 ('sang 22 quốc gia', '22', 'level', 'quốc gia', dict(optional=True)),
 ('đạt 41,3 triệu USD', '41,3 triệu USD', 'level', 'USD', dict(X)),
 ('bằng 75% kế hoạch', '75%', 'attainment', '%', dict(X, base='target')),
 ('tăng 18,6% so với', '18,6%', 'change', '%', dict(X, direction='up', base='same_period')),
 ('lần lượt 7.200 tấn', '7.200 tấn', 'level', 'tấn', dict()),
 ('tấn, 6.100 tấn', '6.100 tấn', 'level', 'tấn', dict()),
 ('và 3.900 tấn', '3.900 tấn', 'level', 'tấn', dict()),
 ('chiếm 31,5%', '31,5%', 'level', '%', dict()),
 ('từ 25.000 đến 32.000 đồng/kg', '25.000 đến 32.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('cao hơn 15 - 20%', '15 - 20%', 'change', '%', dict(direction='up')),
 ('có 86.500 ha', '86.500 ha', 'level', 'ha', dict(period='2024-M07')),
 ('trong đó 11.200 ha', '11.200 ha', 'level', 'ha', dict(period='2024-M07')),
 ('chiếm 12,9%', '12,9%', 'level', '%', dict(period='2024-M07')),
 ('148/152 mã số', '148/152', 'ratio', 'mã số', dict(optional=True)),
 ('; 4 mã số', '4', 'level', 'mã số', dict(optional=True)),
 ('khoảng 55 triệu USD', '55 triệu USD', 'level', 'USD', dict(X, period='2024', modality='estimate', bound='about')),
 ('lên 100.000 ha', '100.000 ha', 'level', 'ha', dict(period='2026/2030', modality='target', direction='up')),
 ('đạt 40 - 50%', '40 - 50%', 'level', '%', dict(period='2026/2030', modality='target')),
]
