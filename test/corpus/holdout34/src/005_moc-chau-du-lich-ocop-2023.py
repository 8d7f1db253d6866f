TEXT = '''
BÁO SƠN LA
Trang chủ » Kinh tế » Du lịch
Cập nhật lúc: 09:30, Thứ Hai, 15/01/2024

Mộc Châu đón gần 3,8 triệu lượt khách trong năm 2023

Năm 2023, du lịch tiếp tục là mũi nhọn của huyện Mộc Châu. Với hơn 300 cơ sở lưu trú và 16 điểm du lịch cộng đồng, huyện đã đón gần 3,8 triệu lượt khách, tăng 18,6% so với năm 2022; doanh thu từ du lịch đạt 3.420 tỷ đồng.

Theo Phòng Văn hóa và Thông tin huyện, trong tổng lượt khách có khoảng 46.000 lượt khách quốc tế, chủ yếu đến từ Pháp, Hàn Quốc, Thái Lan. Lượng khách tập trung vào các mùa hoa mận, hoa cải (tháng 11 đến tháng 2) và các dịp lễ hội như Ngày hội Văn hóa các dân tộc huyện Mộc Châu lần thứ 7. Công suất sử dụng buồng phòng bình quân đạt 58%, riêng dịp Tết Dương lịch lên tới 95%.

Du lịch cộng đồng phát triển mạnh ở các bản người Thái, người Mông. Bản Áng (xã Đông Sang) có 28 hộ làm homestay, năm 2023 đón 62.000 lượt khách; bản Pá Phang, bản Thung Cuông (xã Chiềng Hắc) mỗi bản có trên 10 hộ kinh doanh dịch vụ. Tại bản Áng, chị Hà Thị Thu, 34 tuổi, cho biết homestay của gia đình có 4 phòng, mỗi tháng thu khoảng 25 triệu đồng.

Cùng với du lịch, Chương trình mỗi xã một sản phẩm được huyện quan tâm. Đến hết năm 2023, huyện có 52 sản phẩm OCOP, tăng 11 sản phẩm so với năm 2022; trong đó 1 sản phẩm 5 sao là chè Shan tuyết, 19 sản phẩm 4 sao và 32 sản phẩm 3 sao. Sản lượng sữa tươi đạt 215.000 tấn; diện tích chè 3.150 ha, cây ăn quả 7.820 ha.

Kinh tế phát triển góp phần giảm nghèo. Năm 2023, huyện có 586 hộ thoát nghèo; tỷ lệ hộ nghèo giảm 1,86 điểm phần trăm, còn 5,62%. Ở các xã vùng cao như Tân Hợp, Chiềng Khừa, tỷ lệ này vẫn lần lượt là 14,3% và 16,8%. Huyện có 11/15 xã đạt chuẩn nông thôn mới và 2 xã đạt chuẩn nông thôn mới nâng cao.

Năm 2024, huyện Mộc Châu phấn đấu đón 4 - 4,2 triệu lượt khách, doanh thu du lịch đạt trên 3.800 tỷ đồng; có thêm 5 sản phẩm OCOP; giảm tỷ lệ hộ nghèo từ 1,5 - 2 điểm phần trăm. Huyện cũng hoàn thiện hồ sơ đề nghị thành lập thị xã Mộc Châu theo Nghị quyết số 1115/NQ-UBTVQH15 và nâng cấp đoạn Quốc lộ 6 qua trung tâm huyện.

Ông Đặng Xuân Hưởng, Phó Chủ tịch UBND huyện cho biết: "Mục tiêu đến năm 2025 Mộc Châu đón 5 triệu lượt khách, trở thành khu du lịch quốc gia đúng nghĩa".

Ngọc Anh

Thông tin liên hệ Tòa soạn: số 6, đường Tô Hiệu, thành phố Sơn La. Điện thoại: 0212.3852.350
'''
META = {'published': '2024-01-15', 'locality': 'huyện Mộc Châu'}
DEFAULTS = {'locality': 'huyện Mộc Châu', 'period': '2023', 'modality': 'actual'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('đón gần 3,8 triệu lượt khách trong', '3,8 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='nearly')),
 ('hơn 300 cơ sở', '300', 'level', 'cơ sở', dict(bound='over')),
 ('và 16 điểm', '16', 'level', 'điểm du lịch cộng đồng', dict(optional=True)),
 ('đã đón gần 3,8 triệu lượt', '3,8 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='nearly')),
 ('tăng 18,6%', '18,6%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='2022')),
 ('đạt 3.420 tỷ đồng', '3.420 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('khoảng 46.000 lượt', '46.000', 'level', 'lượt khách', dict(indicator='international_tourist_arrivals', bound='about')),
 ('đạt 58%', '58%', 'level', '%', dict()),
 ('lên tới 95%', '95%', 'level', '%', dict(optional=True)),
 ('có 28 hộ', '28', 'level', 'hộ', dict(locality='xã Đông Sang')),
 ('đón 62.000 lượt', '62.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', locality='xã Đông Sang')),
 ('trên 10 hộ', '10', 'level', 'hộ', dict(locality='xã Chiềng Hắc', bound='over')),
 ('có 52 sản phẩm', '52', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('tăng 11 sản phẩm', '11', 'change', 'sản phẩm', dict(indicator='ocop_products', direction='up', base='2022')),
 ('đó 1 sản phẩm', '1', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('tuyết, 19 sản phẩm', '19', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('và 32 sản phẩm', '32', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('đạt 215.000 tấn', '215.000 tấn', 'level', 'tấn', dict()),
 ('chè 3.150 ha', '3.150 ha', 'level', 'ha', dict()),
 ('quả 7.820 ha', '7.820 ha', 'level', 'ha', dict()),
 ('có 586 hộ', '586', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('giảm 1,86 điểm phần trăm', '1,86 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down')),
 ('còn 5,62%', '5,62%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('là 14,3%', '14,3%', 'level', '%', dict(indicator='poverty_rate', locality='xã Tân Hợp')),
 ('và 16,8%', '16,8%', 'level', '%', dict(indicator='poverty_rate', locality='xã Chiềng Khừa')),
 ('có 11/15 xã', '11/15', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('và 2 xã', '2', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('đón 4 - 4,2 triệu lượt', '4 - 4,2 triệu', 'level', 'lượt khách', dict(T, indicator='tourist_arrivals')),
 ('trên 3.800 tỷ đồng', '3.800 tỷ đồng', 'level', 'VND', dict(T, indicator='tourism_revenue', bound='over')),
 ('thêm 5 sản phẩm', '5', 'level', 'sản phẩm', dict(T, indicator='ocop_products')),
 ('từ 1,5 - 2 điểm phần trăm', '1,5 - 2 điểm phần trăm', 'change', 'điểm %', dict(T, indicator='poverty_rate', direction='down')),
 ('đón 5 triệu lượt', '5 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', period='2025', modality='target')),
]
