NFD = True
TEXT = '''
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Thời sự | Kinh tế | Dân tộc - Miền núi | Xã hội | Văn hóa | Thể thao | Bạn đọc

Dân tộc - Miền núi

Chương trình 1719 ở Điện Biên: Giải ngân 9 tháng mới đạt 43,2% kế hoạch

Cập nhật: 14:05, 15/10/2024

ĐBP - Theo Ban Dân tộc tỉnh, cơ quan thường trực Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Chương trình MTQG 1719), đến ngày 30/9/2024 toàn tỉnh mới giải ngân được 587 tỷ đồng, đạt 43,2% kế hoạch vốn năm 2024 được giao. Tiến độ chậm khiến nhiều bản vùng cao chưa kịp hưởng lợi trước mùa mưa.

Năm 2024, tổng nguồn vốn giao thực hiện Chương trình MTQG 1719 trên địa bàn tỉnh là 1.358 tỷ đồng, gồm 812 tỷ đồng vốn đầu tư phát triển và 546 tỷ đồng vốn sự nghiệp. Đến hết tháng 9, vốn đầu tư phát triển giải ngân 403 tỷ đồng, đạt 49,6%; vốn sự nghiệp mới giải ngân 184 tỷ đồng, đạt 33,7%. Vốn năm 2022, 2023 kéo dài sang năm 2024 còn 96 tỷ đồng chưa thanh toán.

Trong 10 huyện, thị xã, thành phố, huyện Tuần Giáo và huyện Mường Ảng có tỷ lệ giải ngân cao nhất, lần lượt đạt 61,5% và 58,2%; thấp nhất là huyện Mường Nhé với 27,4%. Nguyên nhân chủ yếu do địa bàn rộng, một số dự án hỗ trợ phát triển sản xuất phải điều chỉnh đối tượng theo Thông tư 02/2022/TT-UBDT, nhiều hộ không có đối ứng.

Dù vậy, nguồn vốn của Chương trình đã giúp thay đổi diện mạo nhiều thôn, bản. Từ đầu năm đến nay, các địa phương đã hỗ trợ xây mới 1.240 căn nhà ở cho hộ nghèo, hộ khó khăn về nhà ở; hỗ trợ nước sinh hoạt phân tán cho 3.615 hộ; khởi công 54 công trình hạ tầng thiết yếu, trong đó 31 công trình đã hoàn thành, đưa vào sử dụng. Bản Huổi Só (xã Huổi Só, huyện Tủa Chùa) có thêm tuyến đường bê tông dài 4,2 km.

Cũng trong 9 tháng, toàn tỉnh có 3.512 hộ thoát nghèo, trong đó 3.180 hộ là người dân tộc thiểu số; riêng dân tộc Mông 1.764 hộ, dân tộc Thái 986 hộ. Tỷ lệ hộ nghèo của tỉnh đã giảm từ 26,75% (cuối năm 2022) xuống còn 22,47% (cuối năm 2023); tỷ lệ hộ nghèo người dân tộc thiểu số cuối năm 2023 là 27,9%.

Về với bản Na Sang 1 (xã Mường Mươn, huyện Mường Chà), ông Lò Văn Hặc, 52 tuổi, cho biết năm 2023 gia đình ông được hỗ trợ 2 con bò sinh sản và 15 triệu đồng làm chuồng trại. Đến nay, đàn bò đã lên 5 con, gia đình vừa đăng ký ra khỏi danh sách hộ nghèo.

Ảnh: Người dân bản Na Sang 1 chăm sóc đàn bò được hỗ trợ từ Chương trình 1719. Ảnh: Quàng Hường

Ông Giàng A Dình, Phó Trưởng ban Dân tộc tỉnh cho biết: "Ba tháng cuối năm, tỉnh yêu cầu các chủ đầu tư rà soát từng dự án, điều chuyển vốn từ nơi chậm sang nơi có khối lượng. Mục tiêu là giải ngân trên 95% kế hoạch vốn năm 2024 và phấn đấu cả năm giảm tỷ lệ hộ nghèo từ 3,5 - 4%, trong đó các huyện nghèo giảm trên 5%".

Tỉnh cũng đặt mục tiêu đến hết năm 2025 có thêm 8 xã thoát khỏi diện đặc biệt khó khăn, nâng số xã đạt chuẩn nông thôn mới lên 45/115 xã.

Quàng Hường

Tin cùng chuyên mục:
- Điện Biên trao 1.000 suất quà cho học sinh vùng cao (10/10/2024)
- Mường Nhé: 300 hộ được hỗ trợ chuyển đổi cây trồng (08/10/2024)

Đường dây nóng: 0215.3825.188
'''
META = {'published': '2024-10-15', 'locality': 'tỉnh Điện Biên'}
DEFAULTS = {'locality': 'tỉnh Điện Biên', 'period': '2024-9M', 'modality': 'actual'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('9 tháng mới đạt 43,2% kế hoạch', '43,2%', 'attainment', '%', dict(base='target')),
 ('được 587 tỷ đồng', '587 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 43,2% kế hoạch vốn năm 2024', '43,2%', 'attainment', '%', dict(base='target')),
 ('là 1.358 tỷ đồng', '1.358 tỷ đồng', 'level', 'VND', dict(period='2024')),
 ('gồm 812 tỷ đồng', '812 tỷ đồng', 'level', 'VND', dict(period='2024')),
 ('và 546 tỷ đồng', '546 tỷ đồng', 'level', 'VND', dict(period='2024')),
 ('giải ngân 403 tỷ đồng', '403 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 49,6%', '49,6%', 'attainment', '%', dict(base='target')),
 ('giải ngân 184 tỷ đồng', '184 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 33,7%', '33,7%', 'attainment', '%', dict(base='target')),
 ('còn 96 tỷ đồng', '96 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('Trong 10 huyện', '10', 'level', 'huyện', dict(optional=True)),
 ('đạt 61,5%', '61,5%', 'attainment', '%', dict(base='target', locality='huyện Tuần Giáo')),
 ('và 58,2%', '58,2%', 'attainment', '%', dict(base='target', locality='huyện Mường Ảng')),
 ('với 27,4%', '27,4%', 'attainment', '%', dict(base='target', locality='huyện Mường Nhé')),
 ('xây mới 1.240 căn nhà', '1.240', 'level', 'căn nhà', dict()),
 ('cho 3.615 hộ', '3.615', 'level', 'hộ', dict()),
 ('khởi công 54 công trình', '54', 'level', 'công trình', dict()),
 ('đó 31 công trình', '31', 'level', 'công trình', dict()),
 ('dài 4,2 km', '4,2 km', 'level', 'km', dict(optional=True)),
 ('có 3.512 hộ thoát nghèo', '3.512', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('đó 3.180 hộ', '3.180', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('Mông 1.764 hộ', '1.764', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('Thái 986 hộ', '986', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('từ 26,75%', '26,75%', 'level', '%', dict(indicator='poverty_rate', period='2022')),
 ('xuống còn 22,47%', '22,47%', 'level', '%', dict(indicator='poverty_rate', period='2023', direction='down')),
 ('là 27,9%', '27,9%', 'level', '%', dict(indicator='poverty_rate', period='2023')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', dict(T, base='target', bound='over')),
 ('từ 3,5 - 4%', '3,5 - 4%', 'change', '%', dict(T, indicator='poverty_rate', direction='down')),
 ('giảm trên 5%', '5%', 'change', '%', dict(T, indicator='poverty_rate', direction='down', bound='over')),
 ('thêm 8 xã', '8', 'level', 'xã', dict(period='2025', modality='target')),
 ('lên 45/115 xã', '45/115', 'ratio', 'xã', dict(indicator='new_rural_communes', period='2025', modality='target', direction='up')),
]
