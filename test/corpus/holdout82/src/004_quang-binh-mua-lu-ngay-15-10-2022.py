TEXT = '''
QUẢNG BÌNH ONLINE
Báo Quảng Bình - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Bình
Cập nhật: 15/10/2022 20:35

Thời sự - Chính trị | Kinh tế | Xã hội | Phóng sự | Quảng Bình qua ảnh

Mưa lũ làm 4.812 nhà dân bị ngập, Lệ Thuỷ thiệt hại nặng nhất

(QBĐT) - Theo báo cáo nhanh của Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh, tính đến 17 giờ ngày 15/10, mưa lũ từ ngày 13 đến 15/10 đã làm 4.812 nhà dân trên địa bàn tỉnh bị ngập, tăng 1.930 nhà so với báo cáo ngày hôm qua.

Tổng lượng mưa từ 19 giờ ngày 13/10 đến 17 giờ ngày 15/10 phổ biến 250 - 400 mm, riêng trạm Kiến Giang đo được 512 mm. Mực nước sông Kiến Giang tại Lệ Thuỷ lúc 16 giờ ở mức 2,65 m, trên báo động 3 là 0,45 m.

Thiệt hại tăng nhanh trong ngày

Mưa lũ đã làm 2 người chết, 3 người bị thương. Toàn tỉnh có 1.245 ha lúa, rau màu bị ngập, hư hại; 86 ha nuôi trồng thuỷ sản bị tràn; hơn 12.600 con gia cầm bị chết, cuốn trôi. Khoảng 14,2 km đường giao thông bị sạt lở, hư hỏng; 3 công trình thuỷ lợi bị hư hại. Tổng thiệt hại ban đầu ước tính khoảng 96 tỷ đồng.

Huyện Lệ Thuỷ là địa phương bị thiệt hại nặng nhất với 3.120 nhà bị ngập, chiếm 64,8% số nhà bị ngập của tỉnh; 27/28 xã, thị trấn bị ngập sâu. Huyện đã sơ tán 1.460 hộ với 4.980 nhân khẩu đến nơi an toàn. Tại huyện Quảng Ninh, nước lũ làm ngập 986 nhà, chia cắt 12 thôn.

Lực lượng quân đội, công an phối hợp địa phương hỗ trợ người dân xã Tân Ninh, huyện Quảng Ninh di chuyển tài sản chiều 15/10. Ảnh: Văn Hải

Hỗ trợ người dân vùng lũ

UBND tỉnh đã xuất 50 tấn gạo từ nguồn dự trữ hỗ trợ người dân vùng lũ, trong đó huyện Lệ Thuỷ 30 tấn. Các đơn vị đã huy động 1.350 cán bộ, chiến sĩ và 86 phương tiện tham gia cứu hộ. Ngày 15/10, toàn tỉnh có 42.300 học sinh phải nghỉ học.

Theo Đài Khí tượng thuỷ văn tỉnh, trong 24 giờ tới lũ trên các sông tiếp tục lên, đỉnh lũ sông Kiến Giang có khả năng vượt báo động 3 từ 0,5 - 0,7 m.

Văn Hải

Tin liên quan
- Quảng Bình: Cấp bách ứng phó với áp thấp nhiệt đới (13/10/2022)
- Lệ Thuỷ: Sơ tán gần 1.000 hộ dân khỏi vùng nguy hiểm (14/10/2022)
- Đường dây nóng Ban Chỉ huy PCTT tỉnh: 0232.3822.054
'''
META = {'published': '2022-10-15', 'locality': 'tỉnh Quảng Bình'}
DEFAULTS = {'locality': 'tỉnh Quảng Bình', 'period': '2022-M10', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
PP = {'base': 'previous_period'}
LT = {'locality': 'huyện Lệ Thủy'}
QN = {'locality': 'huyện Quảng Ninh'}
OPT = {'optional': True}
FIGS = [
 ('làm 4.812 nhà dân bị ngập,', '4.812', 'level', 'nhà', d()),
 ('làm 4.812 nhà dân trên', '4.812', 'level', 'nhà', d()),
 ('tăng 1.930 nhà', '1.930', 'change', 'nhà', d(U, PP)),
 ('250 - 400 mm', '250 - 400 mm', 'level', 'mm', OPT),
 ('512 mm', '512 mm', 'level', 'mm', OPT),
 ('mức 2,65 m', '2,65 m', 'level', 'm', OPT),
 ('là 0,45 m', '0,45 m', 'level', 'm', OPT),
 ('2 người chết', '2', 'level', 'người', OPT),
 ('3 người bị thương', '3', 'level', 'người', OPT),
 ('có 1.245 ha', '1.245 ha', 'level', 'ha', d()),
 ('86 ha', '86 ha', 'level', 'ha', d()),
 ('hơn 12.600 con', '12.600', 'level', 'con', d(bound='over')),
 ('Khoảng 14,2 km', '14,2 km', 'level', 'km', d(bound='about')),
 ('3 công trình', '3', 'level', 'công trình', d()),
 ('khoảng 96 tỷ đồng', '96 tỷ đồng', 'level', 'VND', d(modality='estimate', bound='about')),
 ('với 3.120 nhà', '3.120', 'level', 'nhà', d(LT)),
 ('chiếm 64,8%', '64,8%', 'level', '%', d(LT)),
 ('27/28 xã', '27/28', 'ratio', 'xã', d(LT)),
 ('tán 1.460 hộ', '1.460', 'level', 'hộ', d(LT)),
 ('4.980 nhân khẩu', '4.980', 'level', 'nhân khẩu', d(LT)),
 ('ngập 986 nhà', '986', 'level', 'nhà', d(QN)),
 ('chia cắt 12 thôn', '12', 'level', 'thôn', d(QN)),
 ('xuất 50 tấn gạo', '50 tấn', 'level', 'tấn', d()),
 ('Thuỷ 30 tấn', '30 tấn', 'level', 'tấn', d(LT)),
 ('1.350 cán bộ', '1.350', 'level', 'cán bộ', OPT),
 ('86 phương tiện', '86', 'level', 'phương tiện', OPT),
 ('42.300 học sinh', '42.300', 'level', 'học sinh', OPT),
 ('0,5 - 0,7 m', '0,5 - 0,7 m', 'level', 'm', OPT),
]
