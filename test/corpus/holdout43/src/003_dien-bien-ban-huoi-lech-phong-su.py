TEXT = '''
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Thời sự | Kinh tế | Dân tộc - Miền núi | Xã hội | Phóng sự | Văn hóa | Bạn đọc

Phóng sự

Đổi thay ở bản Huổi Lếch

Cập nhật: 08:20, 18/11/2024

ĐBP - Từ trung tâm huyện Mường Nhé, đi thêm gần 40 km đường đèo mới tới bản Huổi Lếch, xã Nậm Kè. Con đường bê tông về bản, những ngôi nhà mới lợp tôn xanh và bể nước đầu nguồn là kết quả của các chương trình mục tiêu quốc gia trên vùng biên giới này.

Bản Huổi Lếch có 86 hộ, 452 nhân khẩu, 100% là đồng bào Mông. Trưởng bản Sùng A Chứ dẫn chúng tôi đi dọc con đường bê tông dài 2,8 km vừa hoàn thành hồi tháng 9. "Trước đây mùa mưa xe máy không vào được, ngô làm ra phải cõng bộ ra đường lớn. Năm nay cả bản còn 29 hộ nghèo, năm 2021 là 58 hộ", anh Chứ nói.

Nhà anh Vàng A Dính (bản Huổi Lếch) là một trong 14 hộ của bản được hỗ trợ làm nhà từ Chương trình 1719 năm 2024. Ngôi nhà 3 gian rộng 60 m2 xây hết khoảng 120 triệu đồng, trong đó Nhà nước hỗ trợ 40 triệu đồng, còn lại gia đình bán 2 con bò và vay thêm Ngân hàng Chính sách xã hội. "Năm nay nhà tôi trồng 1,5 ha thảo quả, thu được hơn 30 triệu đồng, đủ trả lãi vay", anh Dính cười.

Ảnh: Anh Vàng A Dính bên ngôi nhà mới được hỗ trợ từ Chương trình 1719. Ảnh: Thùy Dung

Theo ông Lò Văn Pánh, Chủ tịch UBND xã Nậm Kè, năm 2024 xã được phân bổ 18,6 tỷ đồng vốn các chương trình mục tiêu quốc gia; đến ngày 31/10 đã giải ngân 12,9 tỷ đồng, đạt 69,4%. Cả xã có 96 hộ thoát nghèo, tỷ lệ hộ nghèo dự kiến cuối năm giảm còn 38,6%, giảm 7,2% so với cuối năm 2023. Xã đã hỗ trợ 52 hộ làm nhà, 65 hộ được hỗ trợ bể chứa nước sinh hoạt; 2 công trình cấp nước tập trung đưa vào sử dụng, nâng tỷ lệ hộ được dùng nước hợp vệ sinh lên 82%.

Nậm Kè hiện đạt 10/19 tiêu chí nông thôn mới, phấn đấu năm 2025 đạt thêm 2 tiêu chí là giao thông và nhà ở dân cư. Điểm trường mầm non bản Huổi Lếch có 2 lớp học kiên cố với 46 cháu; trạm y tế xã đã có bác sĩ thường trực.

Ông Pánh cho biết: "Khó nhất vẫn là sinh kế. Xã đang hướng dẫn bà con trồng thảo quả dưới tán rừng, mỗi năm mở rộng thêm 20 ha".

Rời Huổi Lếch khi trời đã xế chiều, những đứa trẻ Mông vẫn ríu rít trên con đường bê tông mới, nơi chỉ vài năm trước còn là lối mòn lầy lội.

Thùy Dung

Tin cùng chuyên mục:
- Mường Nhé: 1.200 con giống hỗ trợ hộ nghèo (15/11/2024)
- Nậm Pồ đưa nước sạch về 5 bản biên giới (12/11/2024)

Đường dây nóng: 0215.3825.188
'''
META = {'published': '2024-11-18', 'locality': 'xã Nậm Kè'}
DEFAULTS = {'locality': 'xã Nậm Kè', 'period': '2024', 'modality': 'actual'}
FIGS = [
 ('gần 40 km', '40 km', 'level', 'km', dict(optional=True)),
 ('có 86 hộ', '86', 'level', 'hộ', dict(optional=True)),
 ('452 nhân khẩu', '452', 'level', 'nhân khẩu', dict(optional=True)),
 ('100% là', '100%', 'level', '%', dict(optional=True)),
 ('dài 2,8 km', '2,8 km', 'level', 'km', dict(optional=True)),
 ('còn 29 hộ nghèo', '29', 'level', 'hộ', dict(optional=True)),
 ('là 58 hộ', '58', 'level', 'hộ', dict(optional=True)),
 ('trong 14 hộ', '14', 'level', 'hộ', dict(optional=True)),
 ('phân bổ 18,6 tỷ đồng', '18,6 tỷ đồng', 'level', 'VND', dict()),
 ('giải ngân 12,9 tỷ đồng', '12,9 tỷ đồng', 'level', 'VND', dict(period='2024-10M')),
 ('đạt 69,4%', '69,4%', 'attainment', '%', dict(period='2024-10M', base='target')),
 ('có 96 hộ thoát nghèo', '96', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('còn 38,6%', '38,6%', 'level', '%', dict(indicator='poverty_rate', modality='estimate', direction='down')),
 ('giảm 7,2% so với', '7,2%', 'change', '%', dict(indicator='poverty_rate', modality='estimate', direction='down', base='2023')),
 ('hỗ trợ 52 hộ', '52', 'level', 'hộ', dict()),
 ('65 hộ được', '65', 'level', 'hộ', dict()),
 ('2 công trình', '2', 'level', 'công trình', dict()),
 ('lên 82%', '82%', 'level', '%', dict(indicator='clean_water_rate', direction='up')),
 ('đạt 10/19 tiêu chí', '10/19', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', status='achieved')),
 ('thêm 2 tiêu chí', '2', 'level', 'tiêu chí', dict(indicator='new_rural_criteria', period='2025', modality='target')),
 ('thêm 20 ha', '20 ha', 'level', 'ha', dict(optional=True)),
]
