# Báo Đồng Khởi (Bến Tre), 04/04/2024: salinity intrusion and drought in the 2023-2024 dry season.
# Decisions: the dry season "mùa khô 2023 - 2024" is the report's period `2023/2024` (holdout10, school years and
# stretches); its tallies counted "Đến nay" take it. Salinity readings on a named day ("Ngày 2/4, …") take that
# month (holdout10's 2024-M03 readings) and are figures in ‰ (holdout10, holdout16), as is how far the 4‰ line
# reached in km (holdout10); "ranh mặn 4‰" itself is a name. "cao hơn cùng kỳ năm 2023 từ 1,5 - 3,2‰" is a change
# against the same period; "sâu hơn mùa khô 2022 - 2023 khoảng 8 km" and "so với mùa khô năm trước" are the same
# season a year earlier, same_period (Session 2). Damage classes "trên 70%", "từ 30 - 70%" after an area are no
# figures; the grants per hectare of a decision are figures in VND/ha (a policy's grant, gift-per-recipient); the
# plan's total "dự kiến khoảng 6,8 tỷ đồng" an estimate. Sluices operated and a plant's capacity are optional (counts
# of facilities, design capacity: holdout21); the forecast "có thể tiếp tục tăng 1 - 2‰" is optional (holdout21's
# forecasts). The 2019-2020 season's figures are that season's. The farmer's durian numbers are an anecdote.
TEXT = '''
BÁO ĐỒNG KHỞI ĐIỆN TỬ
Chính trị | Kinh tế | Nông nghiệp - Nông thôn | Xã hội | Văn hóa | Quốc phòng - An ninh

Thứ Năm, 04/04/2024, 14:32

Hạn mặn làm hơn 2.100 ha cây ăn trái bị ảnh hưởng

(ĐK) - Mùa khô 2023 - 2024, xâm nhập mặn xuất hiện sớm, độ mặn cao hơn trung bình nhiều năm. Đến nay, toàn tỉnh có 2.136 ha cây ăn trái bị ảnh hưởng, hơn 18.400 hộ dân thiếu nước sinh hoạt.

Ngày 2/4, độ mặn đo được tại trạm An Thuận là 19,2‰, tại trạm Mỹ Hóa 6,4‰, cao hơn cùng kỳ năm 2023 từ 1,5 - 3,2‰. Ranh mặn 4‰ đã vào sâu khoảng 65 km trên sông Hàm Luông, sâu hơn mùa khô 2022 - 2023 khoảng 8 km.

Theo Chi cục Thủy lợi tỉnh, đến nay toàn tỉnh có 2.136 ha cây ăn trái bị ảnh hưởng do nhiễm mặn, trong đó 312 ha sầu riêng bị thiệt hại trên 70%; 1.450 ha lúa Đông Xuân muộn bị ảnh hưởng, thiệt hại từ 30 - 70%. Có 18.426 hộ dân thiếu nước sinh hoạt, tập trung ở các huyện Ba Tri, Bình Đại, Thạnh Phú, tăng 5.210 hộ so với mùa khô năm trước.

Vườn sầu riêng của ông Lê Văn Tám (ấp Phú Lợi, xã Phú Ngãi, huyện Ba Tri) bị cháy lá do tưới nước nhiễm mặn. Ảnh: Thanh Đồng

Ông Tám cho biết gia đình có 1,2 ha sầu riêng 6 năm tuổi, hơn 40 cây đã rụng lá, "coi như mất trắng vụ này, thiệt hại cả 500 triệu đồng".

Từ đầu mùa khô, tỉnh đã chi hơn 42 tỷ đồng cho các công trình phòng, chống hạn mặn; vận hành 21 cống ngăn mặn, tích trữ 3,5 triệu m3 nước ngọt tại hồ Kênh Lấp. Các lực lượng vũ trang, đoàn thể đã cấp miễn phí hơn 26.000 m3 nước ngọt cho người dân vùng khó khăn. Nhà máy nước Sơn Đông mới nâng công suất lên 48.000 m3/ngày đêm.

Theo Quyết định số 612/QĐ-UBND, tỉnh hỗ trợ 1,5 triệu đồng/ha đối với diện tích cây trồng bị thiệt hại trên 70%; 1 triệu đồng/ha đối với diện tích thiệt hại từ 30 - 70%. Tổng kinh phí hỗ trợ dự kiến khoảng 6,8 tỷ đồng.

So với mùa khô 2019 - 2020, mức độ thiệt hại năm nay thấp hơn nhiều. Khi đó, toàn tỉnh có hơn 17.800 ha cây ăn trái bị ảnh hưởng, thiệt hại trên 1.600 tỷ đồng.

Theo Đài Khí tượng thủy văn tỉnh, đến cuối tháng 4, độ mặn có thể tiếp tục tăng 1 - 2‰. Người dân cần theo dõi thông tin độ mặn qua ứng dụng "Bến Tre Smart" hoặc số điện thoại 0275.3822.145 trước khi lấy nước tưới.

Thanh Đồng

Tin cùng chuyên mục:
- Hỗ trợ 500 bồn chứa nước cho hộ nghèo vùng hạn mặn
- Ba Tri: Nạo vét 12 km kênh trữ ngọt
- Nông dân Chợ Lách chủ động tích nước trong mùa khô
'''
META = {'published': '2024-04-04', 'locality': 'tỉnh Bến Tre'}
DEFAULTS = {'locality': 'tỉnh Bến Tre', 'period': '2023/2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
M04 = {'period': '2024-M04'}
SP = {'base': 'same_period'}
OPT = {'optional': True}
FIGS = [
 ('hơn 2.100 ha', '2.100 ha', 'level', 'ha', d(bound='over')),
 ('nay, toàn tỉnh có 2.136 ha', '2.136 ha', 'level', 'ha', d()),
 ('hơn 18.400 hộ', '18.400', 'level', 'hộ', d(bound='over')),
 ('là 19,2‰', '19,2‰', 'level', '‰', d(M04)),
 ('Hóa 6,4‰', '6,4‰', 'level', '‰', d(M04)),
 ('từ 1,5 - 3,2‰', '1,5 - 3,2‰', 'change', '‰', d(M04, U, SP)),
 ('khoảng 65 km', '65 km', 'level', 'km', d(M04, bound='about')),
 ('khoảng 8 km', '8 km', 'change', 'km', d(M04, U, SP, bound='about')),
 ('tỉnh có 2.136 ha cây ăn trái bị ảnh hưởng do', '2.136 ha', 'level', 'ha', d()),
 ('đó 312 ha', '312 ha', 'level', 'ha', d()),
 ('; 1.450 ha', '1.450 ha', 'level', 'ha', d()),
 ('Có 18.426 hộ', '18.426', 'level', 'hộ', d()),
 ('tăng 5.210 hộ', '5.210', 'change', 'hộ', d(U, SP)),
 ('chi hơn 42 tỷ đồng', '42 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('hành 21 cống', '21', 'level', 'cống', d(OPT)),
 ('trữ 3,5 triệu m3', '3,5 triệu m3', 'level', 'm3', d()),
 ('hơn 26.000 m3', '26.000 m3', 'level', 'm3', d(bound='over')),
 ('lên 48.000 m3/ngày', '48.000 m3/ngày', 'level', 'm3/ngày', d(OPT)),
 ('trợ 1,5 triệu đồng/ha', '1,5 triệu đồng', 'level', 'VND/ha', d()),
 ('; 1 triệu đồng/ha', '1 triệu đồng', 'level', 'VND/ha', d()),
 ('khoảng 6,8 tỷ đồng', '6,8 tỷ đồng', 'level', 'VND', d(modality='estimate', bound='about')),
 ('hơn 17.800 ha', '17.800 ha', 'level', 'ha', d(period='2019/2020', bound='over')),
 ('trên 1.600 tỷ đồng', '1.600 tỷ đồng', 'level', 'VND', d(period='2019/2020', bound='over')),
 ('tăng 1 - 2‰', '1 - 2‰', 'change', '‰', d(U, OPT)),
]
