TEXT = '''
SỞ CÔNG THƯƠNG TỈNH THANH HOÁ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ

Tin tức - Sự kiện > Hoạt động của Sở

Ngành Công Thương Thanh Hoá sơ kết 9 tháng, triển khai nhiệm vụ quý IV năm 2024

Ngày đăng: 07/10/2024 | Lượt xem: 326 | In bài viết

Chiều 4/10, Sở Công Thương tổ chức hội nghị sơ kết công tác 9 tháng và triển khai nhiệm vụ trọng tâm quý IV năm 2024. Đồng chí Lê Văn Hoà, Giám đốc Sở chủ trì hội nghị.

Theo báo cáo, 9 tháng năm 2024, trong bối cảnh giá nguyên liệu đầu vào biến động, sản xuất công nghiệp trên địa bàn tỉnh vẫn duy trì mức tăng trưởng khá. Chỉ số sản xuất công nghiệp (IIP) ước tăng 16,2% so với cùng kỳ; riêng quý III tăng 18,9%, là mức tăng cao nhất kể từ đầu năm. Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 178.420 tỷ đồng, tăng 15,8% so với cùng kỳ, đạt 72,6% kế hoạch năm.

Trong 11 chỉ tiêu chủ yếu của ngành, có 9/11 chỉ tiêu đạt và vượt tiến độ kế hoạch, 2 chỉ tiêu chưa đạt là sản lượng sản phẩm lọc hoá dầu và kim ngạch nhập khẩu.

Các sản phẩm công nghiệp chủ yếu 9 tháng năm 2024:

Sản phẩm | Đơn vị tính | Ước 9 tháng | So với cùng kỳ (%) | So với KH năm (%)
Xi măng | Nghìn tấn | 10.865 | 102,4 | 71,5
Thép các loại | Nghìn tấn | 1.742 | 108,9 | 76,2
Sản phẩm lọc hoá dầu | Nghìn tấn | 7.815 | 96,3 | 68,8
Giày thể thao | Triệu đôi | 142,6 | 113,8 | 78,4
Quần áo may sẵn | Triệu cái | 168,3 | 110,5 | 75,1
Điện sản xuất | Triệu kWh | 6.874 | 104,7 | 73,9

Hoạt động thương mại, dịch vụ sôi động; hàng hoá dồi dào, giá cả ổn định. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 112.650 tỷ đồng, tăng 14,2% so với cùng kỳ, đạt 76,8% kế hoạch năm.

Xuất, nhập khẩu
- Kim ngạch xuất khẩu: 5.124 triệu USD, bằng 78,8% KH, tăng 22,6% so với cùng kỳ;
- Kim ngạch nhập khẩu: 6.418 triệu USD, bằng 69,4% KH, giảm 3,2% so với cùng kỳ.

Trong các nhóm hàng xuất khẩu, dệt may, giày da, sản phẩm điện tử và xăng dầu lần lượt đạt 1.486 triệu USD, 1.392 triệu USD, 845 triệu USD và 512 triệu USD. Thị trường Mỹ chiếm 28,5% tổng kim ngạch, tăng 3,1 điểm phần trăm so với cùng kỳ năm 2023.

Công tác xúc tiến thương mại tiếp tục được đẩy mạnh. Sở đã hỗ trợ 126 doanh nghiệp tham gia hội chợ trong và ngoài nước; tổ chức 5 phiên chợ hàng Việt về nông thôn tại các huyện miền núi. Toàn tỉnh hiện có 176 chợ, 9 trung tâm thương mại và 28 siêu thị.

Sản lượng điện thương phẩm 9 tháng ước đạt 4.820 triệu kWh, tăng 9,3% so với cùng kỳ; tỷ lệ tổn thất điện năng giảm còn 4,12%, thấp hơn 0,3 điểm phần trăm so với cùng kỳ. Ngành điện đã đóng điện 14 trạm biến áp 110 kV và đường dây 220 kV Nghi Sơn - Thiệu Hoá.

Công tác quản lý thị trường được tăng cường. Lực lượng quản lý thị trường đã kiểm tra 1.426 vụ, phát hiện và xử lý 1.245 vụ vi phạm, thu nộp ngân sách gần 6,8 tỷ đồng; số vụ vi phạm giảm 8,4% so với cùng kỳ, chủ yếu là kinh doanh hàng nhập lậu, hàng không rõ nguồn gốc xuất xứ.

Đánh giá tại hội nghị, Phó Giám đốc Sở Nguyễn Thị Thuỷ cho rằng, để hoàn thành kế hoạch năm 2024, quý IV giá trị sản xuất công nghiệp cần đạt khoảng 67.300 tỷ đồng, xuất khẩu cần đạt trên 1.380 triệu USD. Cả năm, ngành phấn đấu IIP tăng 16 - 17%, tổng mức bán lẻ hàng hoá và doanh thu dịch vụ đạt 146.700 tỷ đồng, kim ngạch xuất khẩu đạt ít nhất 6,5 tỷ USD.

Phát biểu chỉ đạo, đồng chí Giám đốc Sở yêu cầu các phòng, đơn vị bám sát Kế hoạch số 215/KH-UBND ngày 12/8/2024 của UBND tỉnh, theo dõi sát tiến độ Dự án mở rộng Nhà máy Lọc hoá dầu Nghi Sơn giai đoạn 2 và các dự án tại KKT Nghi Sơn, phối hợp kiểm tra 24/24h việc cung ứng xăng dầu trong mùa mưa bão.

Phòng Kế hoạch - Tổng hợp

Tin khác:
- Thanh Hoá: 8 tháng xuất khẩu đạt 4,5 tỷ USD (05/9/2024)
- Hội nghị kết nối cung cầu hàng hoá năm 2024 (20/8/2024)

SỞ CÔNG THƯƠNG TỈNH THANH HOÁ
Địa chỉ: Số 25 Hạc Thành, phường Điện Biên, TP. Thanh Hoá | ĐT: 0237 3852 396 | Email: sct@thanhhoa.gov.vn
'''
META = {'published': '2024-10-07', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
A = {'base': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
IIP = {'indicator': 'industrial_production_index'}
IO = {'indicator': 'industrial_output_value'}
EX = {'indicator': 'export_value'}
IM = {'indicator': 'import_value'}
R = {'indicator': 'retail_sales'}
RT = {'indicator': 'resolution_targets'}
T = {'modality': 'target', 'period': '2024'}
Q4 = {'modality': 'target', 'period': '2024-Q4'}
K = 1e3
MI = 1e6
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
def row(label, cells, unit, scale):
    v, s, p = cells
    return [
     (label + ' | ' + v + ' |', v, 'level', unit, d(E, value=round(float(v.replace('.', '').replace(',', '.')) * scale))),
     (v + ' | ' + s + ' |', s, 'attainment', '%', d(E, S)),
     (s + ' | ' + p + '\n', p, 'attainment', '%', d(E, A)),
    ]
FIGS = [
 ('(IIP) ước tăng 16,2%', '16,2%', 'change', '%', d(IIP, E, U, S)),
 ('quý III tăng 18,9%', '18,9%', 'change', '%', d(IIP, U, period='2024-Q3')),
 ('ước đạt 178.420 tỷ đồng', '178.420 tỷ đồng', 'level', 'VND', d(IO, E)),
 ('tăng 15,8% so với cùng kỳ', '15,8%', 'change', '%', d(IO, E, U, S)),
 ('đạt 72,6% kế hoạch năm', '72,6%', 'attainment', '%', d(IO, E, A)),
 ('Trong 11 chỉ tiêu', '11', 'level', 'chỉ tiêu', d(RT)),
 ('có 9/11 chỉ tiêu', '9/11', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
]
FIGS += row('Nghìn tấn', ('10.865', '102,4', '71,5'), 'tấn', K)
FIGS += row('Nghìn tấn', ('1.742', '108,9', '76,2'), 'tấn', K)
FIGS += row('Nghìn tấn', ('7.815', '96,3', '68,8'), 'tấn', K)
FIGS += row('Triệu đôi', ('142,6', '113,8', '78,4'), 'đôi', MI)
FIGS += row('Triệu cái', ('168,3', '110,5', '75,1'), 'cái', MI)
FIGS += row('Triệu kWh', ('6.874', '104,7', '73,9'), 'kWh', MI)
FIGS += [
 ('ước đạt 112.650 tỷ đồng', '112.650 tỷ đồng', 'level', 'VND', d(R, E)),
 ('tăng 14,2% so với cùng kỳ', '14,2%', 'change', '%', d(R, E, U, S)),
 ('đạt 76,8% kế hoạch năm', '76,8%', 'attainment', '%', d(R, E, A)),
 ('xuất khẩu: 5.124 triệu USD', '5.124 triệu USD', 'level', 'USD', d(EX)),
 ('bằng 78,8% KH', '78,8%', 'attainment', '%', d(EX, A)),
 ('tăng 22,6% so với cùng kỳ', '22,6%', 'change', '%', d(EX, U, S)),
 ('nhập khẩu: 6.418 triệu USD', '6.418 triệu USD', 'level', 'USD', d(IM)),
 ('bằng 69,4% KH', '69,4%', 'attainment', '%', d(IM, A)),
 ('giảm 3,2% so với cùng kỳ', '3,2%', 'change', '%', d(IM, D, S)),
 ('lần lượt đạt 1.486 triệu USD', '1.486 triệu USD', 'level', 'USD', d(EX)),
 ('1.392 triệu USD', '1.392 triệu USD', 'level', 'USD', d(EX)),
 ('845 triệu USD', '845 triệu USD', 'level', 'USD', d(EX)),
 ('512 triệu USD', '512 triệu USD', 'level', 'USD', d(EX)),
 ('chiếm 28,5%', '28,5%', 'level', '%', d(EX)),
 ('3,1 điểm phần trăm', '3,1 điểm phần trăm', 'change', 'điểm %', d(EX, U, S)),
 ('hỗ trợ 126 doanh nghiệp', '126', 'level', 'doanh nghiệp', d(optional=True)),
 ('tổ chức 5 phiên chợ', '5', 'level', 'phiên chợ', d(optional=True)),
 ('có 176 chợ', '176', 'level', 'chợ', d(period='2024-M09')),
 ('9 trung tâm thương mại', '9', 'level', 'trung tâm thương mại', d(period='2024-M09')),
 ('và 28 siêu thị', '28', 'level', 'siêu thị', d(period='2024-M09')),
 ('ước đạt 4.820 triệu kWh', '4.820 triệu kWh', 'level', 'kWh', d(E)),
 ('tăng 9,3% so với cùng kỳ', '9,3%', 'change', '%', d(E, U, S)),
 ('giảm còn 4,12%', '4,12%', 'level', '%', d(D)),
 ('0,3 điểm phần trăm', '0,3 điểm phần trăm', 'change', 'điểm %', d(D, S)),
 ('đóng điện 14 trạm', '14', 'level', 'trạm biến áp', d(optional=True)),
 ('kiểm tra 1.426 vụ', '1.426', 'level', 'vụ', d()),
 ('xử lý 1.245 vụ', '1.245', 'level', 'vụ', d()),
 ('gần 6,8 tỷ đồng', '6,8 tỷ đồng', 'level', 'VND', d(bound='nearly')),
 ('giảm 8,4% so với cùng kỳ', '8,4%', 'change', '%', d(D, S)),
 ('khoảng 67.300 tỷ đồng', '67.300 tỷ đồng', 'level', 'VND', d(IO, Q4, bound='about')),
 ('trên 1.380 triệu USD', '1.380 triệu USD', 'level', 'USD', d(EX, Q4, bound='over')),
 ('tăng 16 - 17%', '16 - 17%', 'change', '%', d(IIP, T, U)),
 ('đạt 146.700 tỷ đồng', '146.700 tỷ đồng', 'level', 'VND', d(R, T)),
 ('ít nhất 6,5 tỷ USD', '6,5 tỷ USD', 'level', 'USD', d(EX, T, bound='at_least')),
]
