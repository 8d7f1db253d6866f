# Báo Ninh Bình (the province formed in July 2025 from Hà Nam, Nam Định and Ninh Bình), 5/3/2026: the first call-up
# of the merged province, with the two-level communes and wards as call-up units. The year's call-up is 2026; the
# militia training of the year before names 2025. Former provinces named as parts own their items under their old
# names. The gift per recruit is one gift's value (no figure); ages, ranks and the administrative count are not results.
TEXT = '''
BÁO NINH BÌNH
Thời sự | Chính trị | Kinh tế | Quốc phòng - An ninh | Xã hội | Văn hóa | Du lịch | Thể thao

Quốc phòng - An ninh

Ninh Bình: 4.860 thanh niên lên đường nhập ngũ năm 2026

Thứ Năm, 05/03/2026 - 11:20

NBO - Sáng 5/3, các xã, phường trên địa bàn tỉnh đồng loạt tổ chức Lễ giao nhận quân năm 2026. Toàn tỉnh có 4.860 công dân lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân, đạt 100% chỉ tiêu trên giao.

Đây là năm đầu tiên tỉnh Ninh Bình tổ chức giao quân sau khi hợp nhất ba tỉnh Hà Nam, Nam Định, Ninh Bình và vận hành chính quyền địa phương hai cấp, với 129 xã, phường là đầu mối trực tiếp tuyển chọn, gọi công dân nhập ngũ.

Chất lượng tân binh được nâng lên

Trong tổng số 4.860 tân binh, có 4.480 công dân nhập ngũ vào Quân đội và 380 công dân thực hiện nghĩa vụ tham gia Công an nhân dân. Có 176 tân binh là đảng viên, chiếm 3,6%; 412 tân binh có trình độ cao đẳng, đại học, chiếm 8,5%, tăng 1,3 điểm phần trăm so với năm 2025; 100% tân binh đạt sức khỏe loại 1, 2, 3. Độ tuổi của tân binh từ 18 đến 27 tuổi.

Theo khu vực trước hợp nhất, số tân binh của Nam Định cũ, Ninh Bình cũ và Hà Nam cũ lần lượt là 2.050 người, 1.560 người và 1.250 người. Phường Hoa Lư có 118 tân binh, nhiều nhất tỉnh; phường Nam Định 96 tân binh.

Tân binh phường Phủ Lý nhận hoa và quà động viên trước giờ lên đường. Ảnh: Đức Lam

Tại các điểm giao quân, Đại tá Trần Văn Lương, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đánh giá: “Công tác tuyển quân năm nay bảo đảm đúng luật, công khai, dân chủ; không có trường hợp trốn, chống nhập ngũ”. Các địa phương, doanh nghiệp đã tặng quà tân binh với tổng trị giá hơn 9,7 tỷ đồng; mỗi tân binh được tặng từ 2 - 5 triệu đồng.

Huấn luyện dân quân tự vệ đạt 100% kế hoạch

Năm 2025, toàn tỉnh đã huấn luyện cho 28.640 dân quân tự vệ, đạt 100% kế hoạch; kết quả kiểm tra có 72,4% đạt khá, giỏi. Lực lượng vũ trang tỉnh tổ chức diễn tập chiến đấu phòng thủ cho 14 xã và bồi dưỡng kiến thức quốc phòng, an ninh cho 3.260 đối tượng 4.

Năm 2026, Bộ Chỉ huy Quân sự tỉnh phấn đấu xây dựng lực lượng dân quân tự vệ đạt 1,4% dân số, tỷ lệ đảng viên trong dân quân tự vệ đạt trên 25%; huấn luyện dân quân tự vệ đạt 100% kế hoạch, trong đó trên 70% đạt khá, giỏi.

Đức Lam - Minh Hải

Tin liên quan
- Ninh Bình: 1.215 quân nhân hoàn thành nghĩa vụ trở về địa phương
- Hội đồng nghĩa vụ quân sự tỉnh triển khai công tác tuyển quân năm 2026
- Xã Hải Hậu tổ chức hội thao dân quân tự vệ lần thứ 2

Báo Ninh Bình - Đường Lê Hồng Phong, phường Hoa Lư. Điện thoại: 0229.3871.205
'''
META = {'published': '2026-03-05', 'locality': 'tỉnh Ninh Bình'}
DEFAULTS = {'locality': 'tỉnh Ninh Bình', 'period': '2026', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
TB = {'base': 'target'}
Y25 = {'period': '2025'}
T = {'modality': 'target'}
OPT = {'optional': True}
FIGS = [
 ('Ninh Bình: 4.860 thanh niên', '4.860', 'level', 'thanh niên', d()),
 ('có 4.860 công dân', '4.860', 'level', 'công dân', d()),
 ('đạt 100% chỉ tiêu', '100%', 'attainment', '%', d(TB)),
 ('với 129 xã', '129', 'level', 'xã', d(OPT)),
 ('số 4.860 tân binh', '4.860', 'level', 'tân binh', d()),
 ('có 4.480 công dân', '4.480', 'level', 'công dân', d()),
 ('và 380 công dân', '380', 'level', 'công dân', d()),
 ('Có 176 tân binh', '176', 'level', 'tân binh', d()),
 ('chiếm 3,6%', '3,6%', 'level', '%', d()),
 ('; 412 tân binh', '412', 'level', 'tân binh', d()),
 ('chiếm 8,5%', '8,5%', 'level', '%', d()),
 ('tăng 1,3 điểm phần trăm', '1,3 điểm phần trăm', 'change', 'điểm %', d(U, base='2025')),
 ('; 100% tân binh', '100%', 'level', '%', d()),
 ('là 2.050 người', '2.050', 'level', 'người', d(locality='tỉnh Nam Định')),
 ('1.560 người', '1.560', 'level', 'người', d()),
 ('và 1.250 người', '1.250', 'level', 'người', d(locality='tỉnh Hà Nam')),
 ('có 118 tân binh', '118', 'level', 'tân binh', d(locality='phường Hoa Lư')),
 ('Định 96 tân binh', '96', 'level', 'tân binh', d(locality='phường Nam Định')),
 ('hơn 9,7 tỷ đồng', '9,7 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('tự vệ đạt 100% kế hoạch\n', '100%', 'attainment', '%', d(Y25, TB)),
 ('cho 28.640 dân quân', '28.640', 'level', 'dân quân tự vệ', d(Y25)),
 ('tự vệ, đạt 100% kế hoạch;', '100%', 'attainment', '%', d(Y25, TB)),
 ('có 72,4%', '72,4%', 'level', '%', d(Y25)),
 ('cho 14 xã', '14', 'level', 'xã', d(Y25)),
 ('cho 3.260 đối tượng', '3.260', 'level', 'đối tượng', d(Y25)),
 ('đạt 1,4% dân số', '1,4%', 'level', '%', d(T)),
 ('đạt trên 25%', '25%', 'level', '%', d(T, bound='over')),
 ('đạt 100% kế hoạch, trong đó', '100%', 'attainment', '%', d(T, TB)),
 ('trên 70% đạt khá', '70%', 'level', '%', d(T, bound='over')),
]
