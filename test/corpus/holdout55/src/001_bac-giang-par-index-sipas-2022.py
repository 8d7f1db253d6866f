# Bắc Giang: PAR Index and SIPAS 2022 as announced on 1/6/2023; the ranking's year 2022 frames the page.
# Ranks ("xếp thứ 5/63") are no figures; rank moves ("tăng 3 bậc") are changes in 'bậc' (dev/007, holdout16, holdout50).
# The component table: year columns date their cells, the signed "(điểm %)" column is a change of 2022 against 2021.
TEXT = '''
BÁO BẮC GIANG ĐIỆN TỬ
Thứ Sáu, 02/06/2023 - 15:20 | Hotline: 0204.3855.618

Trang chủ | Thời sự | Kinh tế | Xã hội | Cải cách hành chính | Văn hóa - Thể thao | Bạn đọc

Cải cách hành chính

PAR Index 2022: Bắc Giang đạt 89,21%, tăng 3 bậc

BGĐT - Ngày 1/6, Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2022. Theo đó, PAR Index năm 2022 của tỉnh Bắc Giang đạt 89,21%, tăng 1,75 điểm phần trăm so với năm 2021, xếp thứ 5/63 tỉnh, thành phố, tăng 3 bậc.

Đây là năm thứ ba liên tiếp Bắc Giang nằm trong nhóm 10 địa phương dẫn đầu cả nước về cải cách hành chính. Giá trị trung bình PAR Index 2022 của cả nước là 84,65%.

Chỉ số SIPAS 2022 của tỉnh đạt 85,42%, cao hơn 4,76 điểm phần trăm so với trung bình cả nước (80,66%), xếp thứ 9/63.

Trong 8 chỉ số thành phần của PAR Index, tỉnh có 6/8 chỉ số tăng điểm so với năm 2021. Kết quả một số chỉ số thành phần như sau:

Chỉ số thành phần | Năm 2021 (%) | Năm 2022 (%) | Tăng, giảm (điểm %)
Công tác chỉ đạo, điều hành cải cách hành chính | 96,50 | 98,10 | +1,60
Cải cách thủ tục hành chính | 93,12 | 95,44 | +2,32
Cải cách chế độ công vụ | 88,20 | 87,35 | -0,85
Xây dựng và phát triển Chính phủ điện tử, Chính phủ số | 84,70 | 90,15 | +5,45
Tác động của cải cách hành chính đến phát triển kinh tế - xã hội | 80,36 | 82,90 | +2,54

Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Ngọc Thành

Theo Sở Nội vụ, kết quả trên có đóng góp lớn từ việc đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử. Năm 2022, Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp tiếp nhận 486.215 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,6%; tỷ lệ hồ sơ trực tuyến đạt 61,3%, gấp 1,9 lần năm 2021. Tuy vậy, chỉ số Cải cách chế độ công vụ giảm 0,85 điểm phần trăm, chủ yếu do tiêu chí tuyển dụng, sử dụng công chức chưa đạt điểm tối đa.

Giám đốc Sở Nội vụ Nguyễn Văn Quang cho biết: "Năm 2023, tỉnh phấn đấu giữ vững vị trí trong nhóm 10 địa phương dẫn đầu về PAR Index, Chỉ số SIPAS đạt trên 87%. Các sở, ngành có chỉ số thành phần giảm điểm phải làm rõ nguyên nhân trước ngày 30/6".

Ngọc Thành

Tin cùng chuyên mục:
- Bắc Giang: 5 tháng thu ngân sách đạt 4.120 tỷ đồng (31/05/2023)
- Công bố Chỉ số DDCI năm 2022: Sở Tư pháp dẫn đầu khối sở, ngành (28/05/2023)
- Hơn 95% hồ sơ cấp huyện được số hóa (20/05/2023)

Cơ quan chủ quản: Tỉnh ủy Bắc Giang | Giấy phép số 185/GP-BTTTT | Địa chỉ: Số 50 đường Hùng Vương, TP Bắc Giang | Lượt truy cập: 18.406.223
'''
META = {'published': '2023-06-02', 'locality': 'tỉnh Bắc Giang'}
DEFAULTS = {'locality': 'tỉnh Bắc Giang', 'period': '2022', 'modality': 'actual'}
P = dict(indicator='par_index')
UP = dict(direction='up')
DN = dict(direction='down')
B21 = dict(base='2021')
FIGS = [
 ('Bắc Giang đạt 89,21%, tăng 3 bậc', '89,21%', 'level', '%', dict(P)),
 ('89,21%, tăng 3 bậc\n', '3', 'change', 'bậc', dict(P, **UP)),
 ('Giang đạt 89,21%, tăng 1,75', '89,21%', 'level', '%', dict(P)),
 ('1,75 điểm phần trăm', '1,75 điểm phần trăm', 'change', 'điểm %', dict(P, **UP, **B21)),
 ('thành phố, tăng 3 bậc.', '3', 'change', 'bậc', dict(P, **UP)),
 ('cả nước là 84,65%', '84,65%', 'level', '%', dict(P, locality='cả nước')),
 ('tỉnh đạt 85,42%', '85,42%', 'level', '%', dict()),
 ('4,76 điểm phần trăm', '4,76 điểm phần trăm', 'change', 'điểm %', dict(UP)),
 ('(80,66%)', '80,66%', 'level', '%', dict(locality='cả nước')),
 ('có 6/8 chỉ số', '6/8', 'ratio', 'chỉ số', dict()),
 # table: 2021 column, 2022 column, change column
 ('| 96,50', '96,50', 'level', '%', dict(period='2021')),
 ('| 98,10', '98,10', 'level', '%', dict()),
 ('| +1,60', '1,60', 'change', 'điểm %', dict(UP, **B21)),
 ('| 93,12', '93,12', 'level', '%', dict(period='2021')),
 ('| 95,44', '95,44', 'level', '%', dict()),
 ('| +2,32', '2,32', 'change', 'điểm %', dict(UP, **B21)),
 ('| 88,20', '88,20', 'level', '%', dict(period='2021')),
 ('| 87,35', '87,35', 'level', '%', dict()),
 ('| -0,85', '0,85', 'change', 'điểm %', dict(DN, **B21)),
 ('| 84,70', '84,70', 'level', '%', dict(period='2021')),
 ('| 90,15', '90,15', 'level', '%', dict()),
 ('| +5,45', '5,45', 'change', 'điểm %', dict(UP, **B21)),
 ('| 80,36', '80,36', 'level', '%', dict(period='2021')),
 ('| 82,90', '82,90', 'level', '%', dict()),
 ('| +2,54', '2,54', 'change', 'điểm %', dict(UP, **B21)),
 ('tiếp nhận 486.215 hồ sơ', '486.215', 'level', 'hồ sơ', dict()),
 ('đạt 99,6%', '99,6%', 'level', '%', dict()),
 ('đạt 61,3%', '61,3%', 'level', '%', dict()),
 ('gấp 1,9 lần', '1,9 lần', 'change', 'lần', dict(UP, **B21)),
 ('giảm 0,85 điểm phần trăm', '0,85 điểm phần trăm', 'change', 'điểm %', dict(DN)),
 ('đạt trên 87%', '87%', 'level', '%', dict(period='2023', modality='target', bound='over')),
]
