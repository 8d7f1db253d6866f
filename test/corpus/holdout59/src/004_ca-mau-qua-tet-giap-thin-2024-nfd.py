NFD = True
TEXT = '''
BÁO CÀ MAU
Trang chủ > Xã hội
Cập nhật: 30/01/2024 - 16:05

Hơn 128 tỷ đồng chăm lo Tết cho gia đình chính sách, hộ nghèo

(CMO) Dịp Tết Nguyên đán Giáp Thìn 2024, tỉnh Cà Mau dự kiến dành hơn 128 tỷ đồng thăm, tặng quà cho gia đình chính sách, hộ nghèo, hộ cận nghèo và người có hoàn cảnh khó khăn, tăng 11,6% so với Tết Quý Mão 2023.

Theo Sở Lao động - Thương binh và Xã hội, từ nguồn ngân sách Trung ương, tỉnh nhận quà của Chủ tịch nước để trao cho 21.460 người có công với cách mạng, với tổng kinh phí gần 6,6 tỷ đồng; mức quà 600.000 đồng/suất dành cho thương binh, bệnh binh có tỷ lệ tổn thương cơ thể từ 81% trở lên, các đối tượng còn lại 300.000 đồng/suất.

Từ ngân sách tỉnh, mỗi người có công, thân nhân liệt sĩ đang hưởng trợ cấp hằng tháng được tặng một suất quà 500.000 đồng. Toàn tỉnh hiện có 24.870 người có công đang hưởng trợ cấp ưu đãi hằng tháng.

Đối với hộ nghèo, hộ cận nghèo, người cao tuổi, trẻ em có hoàn cảnh đặc biệt khó khăn, các cấp, các ngành và nhà hảo tâm dự kiến tặng 112.580 suất quà, tổng trị giá hơn 67,4 tỷ đồng. Trong đó, huyện Trần Văn Thời trao 8.450 suất quà, trị giá 4,2 tỷ đồng; huyện U Minh trao 6.120 suất, trị giá 3,1 tỷ đồng.

Đến ngày 29/1/2024, các địa phương đã trao được 74.360 suất quà, đạt 66% kế hoạch. Tỉnh cũng đã đề nghị Trung ương hỗ trợ 215 tấn gạo cho 3.580 hộ với 14.330 khẩu có nguy cơ thiếu đói trong dịp Tết và giáp hạt.

Phó Chủ tịch UBND tỉnh Lâm Văn Bi thăm, tặng quà Mẹ Việt Nam anh hùng Nguyễn Thị Út (98 tuổi, ấp 3, xã Khánh Bình Tây Bắc, huyện Trần Văn Thời). Ảnh: Hữu Nghĩa

Ngành Lao động - Thương binh và Xã hội cũng đã chi trả trợ cấp hằng tháng tháng 2/2024 cho 52.318 đối tượng bảo trợ xã hội, với số tiền hơn 19,6 tỷ đồng, trước ngày 5/2/2024.

Liên đoàn Lao động tỉnh trao 4.600 suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn, tổng trị giá gần 2,8 tỷ đồng; tổ chức "Chuyến xe Mùa xuân" đưa 520 công nhân về quê đón Tết.

Năm 2023, tỉnh hoàn thành xây mới 412 căn nhà tình nghĩa, sửa chữa 158 căn cho người có công, đạt 100% kế hoạch. Dịp Tết Quý Mão 2023, toàn tỉnh đã chi hơn 114,7 tỷ đồng chăm lo Tết cho các đối tượng.

Ông Trần Hiếu Hùng, Giám đốc Sở LĐ-TB&XH, cho biết: "Ngành yêu cầu các địa phương rà soát kỹ, bảo đảm 100% gia đình chính sách, hộ nghèo đều được chăm lo Tết, không để trùng lắp, bỏ sót đối tượng".

Hoàng Vũ

Xem thêm:
- Trao 300 suất quà cho công nhân Khu công nghiệp Khánh An
- Năm Căn: 15 căn nhà tình thương được bàn giao trước Tết
- Hội nghị Tỉnh ủy lần thứ 22

Báo Cà Mau - Số 96 Phan Ngọc Hiển, phường 5, TP Cà Mau | ĐT: 0290.3831.369
'''
META = {'published': '2024-01-30', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
E = {'modality': 'estimate'}
FIGS = [
 ('Hơn 128 tỷ đồng', '128 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('kiến dành hơn 128 tỷ đồng', '128 tỷ đồng', 'level', 'VND', d(E, bound='over')),
 ('tăng 11,6%', '11,6%', 'change', '%', d(E, direction='up', base='same_period')),
 ('cho 21.460 người', '21.460', 'level', 'người', d()),
 ('gần 6,6 tỷ đồng', '6,6 tỷ đồng', 'level', 'VND', d(bound='nearly')),
 ('có 24.870 người', '24.870', 'level', 'người', d()),
 ('tặng 112.580 suất quà', '112.580', 'level', 'suất quà', d(E)),
 ('hơn 67,4 tỷ đồng', '67,4 tỷ đồng', 'level', 'VND', d(E, bound='over')),
 ('trao 8.450 suất quà', '8.450', 'level', 'suất quà', d(locality='huyện Trần Văn Thời')),
 ('giá 4,2 tỷ đồng', '4,2 tỷ đồng', 'level', 'VND', d(locality='huyện Trần Văn Thời')),
 ('trao 6.120 suất', '6.120', 'level', 'suất', d(locality='huyện U Minh')),
 ('giá 3,1 tỷ đồng', '3,1 tỷ đồng', 'level', 'VND', d(locality='huyện U Minh')),
 ('được 74.360 suất quà', '74.360', 'level', 'suất quà', d(period='2024-M01')),
 ('đạt 66% kế hoạch', '66%', 'attainment', '%', d(period='2024-M01', base='target')),
 ('trợ 215 tấn', '215 tấn', 'level', 'tấn', d(period='2024-M01')),
 ('cho 3.580 hộ', '3.580', 'level', 'hộ', d(period='2024-M01')),
 ('với 14.330 khẩu', '14.330', 'level', 'khẩu', d(period='2024-M01')),
 ('cho 52.318 đối tượng', '52.318', 'level', 'đối tượng', d(period='2024-M02')),
 ('hơn 19,6 tỷ đồng', '19,6 tỷ đồng', 'level', 'VND', d(period='2024-M02', bound='over')),
 ('trao 4.600 suất quà', '4.600', 'level', 'suất quà', d()),
 ('gần 2,8 tỷ đồng', '2,8 tỷ đồng', 'level', 'VND', d(bound='nearly')),
 ('đưa 520 công nhân', '520', 'level', 'công nhân', d()),
 ('mới 412 căn nhà', '412', 'level', 'căn nhà', d(period='2023')),
 ('chữa 158 căn', '158', 'level', 'căn', d(period='2023')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(period='2023', base='target')),
 ('bảo đảm 100% gia đình', '100%', 'level', '%', d(OPT)),
 ('hơn 114,7 tỷ đồng', '114,7 tỷ đồng', 'level', 'VND', d(period='2023', bound='over')),
]
