TEXT = '''
THỐNG KÊ TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin hoạt động | Số liệu thống kê | Văn bản | Liên hệ
Số liệu thống kê » Tình hình kinh tế - xã hội hằng tháng

TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 VÀ 10 THÁNG NĂM 2026

Đăng ngày: 06/11/2026 | Lượt xem: 2.318 | Cỡ chữ: A- A+

Tháng 10/2026, sản xuất kinh doanh trên địa bàn tỉnh giữ được nhịp tăng; mưa kéo dài ở khu vực phía Tây làm chậm tiến độ thu hái cà phê, song thương mại, dịch vụ và du lịch tăng khá nhờ chuỗi sự kiện văn hóa - du lịch cuối năm. Số liệu dưới đây là số ước tính, sẽ được cập nhật ở kỳ báo cáo sau.

1. Nông, lâm nghiệp và thủy sản
Vụ Mùa năm 2026, toàn tỉnh đã gieo trồng 31.460 ha cây hằng năm, bằng 98,7% so với cùng vụ năm trước. Diện tích cà phê cho sản phẩm ước 298.500 ha. Trong tháng, nông dân đã thu hái khoảng 142.300 tấn cà phê nhân.
Chăn nuôi ổn định: tổng đàn bò ước đạt 148.200 con, tăng 3,1% so với cùng thời điểm năm trước; tổng đàn lợn ước đạt 1,26 triệu con, tăng 5,4%.
Trong tháng, lực lượng kiểm lâm phát hiện 27 vụ vi phạm lâm luật, giảm 6 vụ so với tháng trước; diện tích rừng bị thiệt hại 4,8 ha.

2. Sản xuất công nghiệp
Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 10/2026 ước tăng 2,6% so với tháng trước và tăng 9,3% so với cùng kỳ năm trước. Tính chung 10 tháng năm 2026, IIP ước tăng 8,1% so với cùng kỳ, trong đó ngành khai khoáng tăng 12,7% (chủ yếu nhờ quặng bô-xít), ngành chế biến, chế tạo tăng 7,4%, ngành sản xuất và phân phối điện tăng 6,9%.
Bảng 1. Sản lượng một số sản phẩm công nghiệp chủ yếu
Sản phẩm	Đơn vị tính	Thực hiện tháng 10/2026	Cộng dồn 10 tháng	So cùng kỳ (%)
Alumin	Tấn	112.400	1.068.900	109,6
Chè chế biến	Tấn	2.860	24.715	103,8
Phân bón NPK	Tấn	18.650	171.320	96,4

3. Thương mại, dịch vụ, giá cả
Hoạt động thương mại, dịch vụ trong tháng sôi động nhờ Tuần lễ Văn hóa - Du lịch lần thứ 3 và Lễ hội Hoa Dã Quỳ. Kết quả một số chỉ tiêu như sau:
Bảng 2. Thương mại, vận tải, xuất nhập khẩu
Chỉ tiêu | Thực hiện tháng 10/2026 | Cộng dồn 10 tháng | So cùng kỳ (%)
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (tỷ đồng) | 11.426 | 108.950 | 111,8
- Trong đó: Doanh thu du lịch lữ hành (tỷ đồng) | 96,5 | 842,1 | 121,3
Vận chuyển hành khách (nghìn lượt người) | 5.640 | 52.877 | 107,2
Kim ngạch xuất khẩu (triệu USD) | 218,4 | 2.036,7 | 116,5
Kim ngạch nhập khẩu (triệu USD) | 64,9 | 602,3 | 94,8
Chỉ số giá tiêu dùng (CPI) tháng 10/2026 tăng 0,34% so với tháng trước, tăng 2,91% so với tháng 12 năm trước và tăng 3,26% so với cùng kỳ năm trước; bình quân 10 tháng năm 2026, CPI tăng 3,12% so với bình quân cùng kỳ. Chỉ số giá vàng tháng 10/2026 tăng 4,82% so với tháng trước; chỉ số giá đô la Mỹ giảm 0,37% so với tháng trước.

4. Đầu tư, tài chính, doanh nghiệp
Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý tháng 10/2026 ước đạt 1.384 tỷ đồng; cộng dồn 10 tháng ước đạt 10.962 tỷ đồng, bằng 68,4% kế hoạch năm và tăng 14,1% so với cùng kỳ.
Tổng thu ngân sách nhà nước trên địa bàn đến ngày 31/10/2026 đạt 21.745 tỷ đồng, bằng 81,2% dự toán Hội đồng nhân dân tỉnh giao; chi ngân sách địa phương 25.310 tỷ đồng, bằng 70,6% dự toán.
Trong tháng, toàn tỉnh có 214 doanh nghiệp thành lập mới với tổng vốn đăng ký 1.906 tỷ đồng; 10 tháng có 2.087 doanh nghiệp thành lập mới, tăng 11,5% so với cùng kỳ. Số doanh nghiệp tạm ngừng kinh doanh có thời hạn trong tháng là 96 doanh nghiệp.

5. Một số vấn đề xã hội
Trong tháng, toàn tỉnh giải quyết việc làm cho 4.120 lao động; lũy kế 10 tháng 41.580 lao động, đạt 92,4% kế hoạch năm.
Tai nạn giao thông tháng 10/2026 (tăng, giảm so với cùng kỳ):
Số vụ
38 vụ (giảm 5 vụ)
Số người chết
21 người (tăng 2 người)
Số người bị thương
29 người (giảm 7 người)
Cháy, nổ: trong tháng xảy ra 3 vụ cháy, thiệt hại ước tính 2,4 tỷ đồng.
Thiên tai: mưa lớn kéo dài các ngày 18 - 19/10 gây sạt lở 2,6 km đường giao thông nông thôn tại các xã phía Nam của tỉnh, làm hư hỏng 14 căn nhà; tổng thiệt hại ước khoảng 46 tỷ đồng.
Y tế: trong tháng, toàn tỉnh ghi nhận 412 ca mắc sốt xuất huyết, tăng 86 ca so với tháng trước; không có trường hợp tử vong. Từ đầu năm đến nay có 2.915 ca mắc, giảm 21,4% so với cùng kỳ.
Giáo dục: năm học 2026 - 2027 toàn tỉnh có 1.126 trường học với hơn 742.000 học sinh; tỷ lệ trường đạt chuẩn quốc gia là 61,8%.

Ghi chú: Số liệu tháng 10/2026 là số ước tính; cộng dồn 10 tháng gồm số chính thức 9 tháng và số ước tính tháng 10. Ký hiệu "-" là không có số liệu. Các biểu số liệu chi tiết (Biểu 01 đến Biểu 12) xem trong tệp đính kèm.
Tệp đính kèm: TinhhinhKTXH_T10_2026.pdf (1,8 MB) | Biểu số liệu.xlsx (426 KB)

Nguồn: Thống kê tỉnh Lâm Đồng
Địa chỉ: 04 Trần Hưng Đạo, phường Xuân Hương - Đà Lạt | Điện thoại: 0263.3822.571
Chia sẻ: Facebook | Zalo | Email
Tin khác:
» Chỉ số giá tiêu dùng tháng 9/2026 tăng 0,18% (07/10/2026)
» Thông cáo báo chí kết quả điều tra doanh nghiệp năm 2026 (03/11/2026)
» Lâm Đồng: 9 tháng thu hút 1,2 tỷ USD vốn đầu tư (30/9/2026)
'''
META = {'published': '2026-11-06', 'locality': 'tỉnh Lâm Đồng'}
# The lead says every figure below is an estimate ('Số liệu dưới đây là số ước tính'), and the closing note repeats it for
# the month and the 10-month sums: that note governs the page, as the infographic's 'ƯỚC TÍNH' title does in 005.
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2026-10M', 'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
E = {'modality': 'estimate'}
M10 = {'period': '2026-M10'}
Y = {'period': '2026'}
IIP = {'indicator': 'industrial_production_index'}
CPI = {'indicator': 'cpi'}
def row(cm, c10, idx, unit, v1, v2, extra):
    # a row of a table "Thực hiện tháng 10/2026 | Cộng dồn 10 tháng | So cùng kỳ (%)"
    a, b, c = cm
    out = [
     (a, a.strip('|\t '), 'level', unit, dict(extra, **M10, **({'value': v1} if v1 else {}))),
     (b, b.strip('|\t '), 'level', unit, dict(extra, **({'value': v2} if v2 else {}))),
     (c, c.strip('|\t '), 'attainment', '%', dict(extra, **S)),
    ]
    return out
FIGS = [
 ('gieo trồng 31.460 ha', '31.460 ha', 'level', 'ha', dict(Y, indicator='crop_area')),
 ('bằng 98,7%', '98,7%', 'attainment', '%', dict(Y, indicator='crop_area', **S)),
 ('ước 298.500 ha', '298.500 ha', 'level', 'ha', dict(Y, **E)),
 ('khoảng 142.300 tấn', '142.300 tấn', 'level', 'tấn', dict(M10, bound='about')),
 ('đạt 148.200 con', '148.200', 'level', 'con', dict(M10, **E)),
 ('tăng 3,1%', '3,1%', 'change', '%', dict(M10, **E, **U, **S)),
 ('đạt 1,26 triệu con', '1,26 triệu', 'level', 'con', dict(M10, **E)),
 ('tăng 5,4%', '5,4%', 'change', '%', dict(M10, **E, **U)),
 ('phát hiện 27 vụ', '27', 'level', 'vụ', dict(M10)),
 ('giảm 6 vụ', '6', 'change', 'vụ', dict(M10, **D, **P)),
 ('thiệt hại 4,8 ha', '4,8 ha', 'level', 'ha', dict(M10)),
 ('ước tăng 2,6%', '2,6%', 'change', '%', dict(IIP, **M10, **E, **U, **P)),
 ('tăng 9,3%', '9,3%', 'change', '%', dict(IIP, **M10, **E, **U, **S)),
 ('IIP ước tăng 8,1%', '8,1%', 'change', '%', dict(IIP, **E, **U, **S)),
 ('khai khoáng tăng 12,7%', '12,7%', 'change', '%', dict(IIP, **E, **U, **S)),
 ('chế tạo tăng 7,4%', '7,4%', 'change', '%', dict(IIP, **E, **U, **S)),
 ('điện tăng 6,9%', '6,9%', 'change', '%', dict(IIP, **E, **U, **S)),
]
FIGS += row(('\t112.400\t', '\t1.068.900\t', '\t109,6'), None, None, 'tấn', None, None, {})
FIGS += row(('\t2.860\t', '\t24.715\t', '\t103,8'), None, None, 'tấn', None, None, {})
FIGS += row(('\t18.650\t', '\t171.320\t', '\t96,4'), None, None, 'tấn', None, None, {})
FIGS += row(('| 11.426 |', '| 108.950 |', '| 111,8'), None, None, 'VND', 11426e9, 108950e9, {'indicator': 'retail_sales'})
FIGS += row(('| 96,5 |', '| 842,1 |', '| 121,3'), None, None, 'VND', 96.5e9, 842.1e9, {'indicator': 'tourism_revenue'})
FIGS += row(('| 5.640 |', '| 52.877 |', '| 107,2'), None, None, 'lượt người', 5640e3, 52877e3, {})
FIGS += row(('| 218,4 |', '| 2.036,7 |', '| 116,5'), None, None, 'USD', 218.4e6, 2036.7e6, {'indicator': 'export_value'})
FIGS += row(('| 64,9 |', '| 602,3 |', '| 94,8'), None, None, 'USD', 64.9e6, 602.3e6, {'indicator': 'import_value'})
FIGS += [
 ('tăng 0,34%', '0,34%', 'change', '%', dict(CPI, **M10, **U, **P)),
 ('tăng 2,91%', '2,91%', 'change', '%', dict(CPI, **M10, **U, base='2025')),
 ('tăng 3,26%', '3,26%', 'change', '%', dict(CPI, **M10, **U, **S)),
 ('CPI tăng 3,12%', '3,12%', 'change', '%', dict(CPI, **U, **S)),
 ('tăng 4,82%', '4,82%', 'change', '%', dict(M10, **U, **P)),
 ('giảm 0,37%', '0,37%', 'change', '%', dict(M10, **D, **P)),
 ('đạt 1.384 tỷ đồng', '1.384 tỷ đồng', 'level', 'VND', dict(M10, **E, indicator='public_investment_disbursement')),
 ('đạt 10.962 tỷ đồng', '10.962 tỷ đồng', 'level', 'VND', dict(E, indicator='public_investment_disbursement')),
 ('bằng 68,4%', '68,4%', 'attainment', '%', dict(E, indicator='public_investment_disbursement', base='target')),
 ('tăng 14,1%', '14,1%', 'change', '%', dict(E, indicator='public_investment_disbursement', **U, **S)),
 ('đạt 21.745 tỷ đồng', '21.745 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 81,2%', '81,2%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('phương 25.310 tỷ đồng', '25.310 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 70,6%', '70,6%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('có 214 doanh nghiệp', '214', 'level', 'doanh nghiệp', dict(M10, indicator='new_enterprises')),
 ('ký 1.906 tỷ đồng', '1.906 tỷ đồng', 'level', 'VND', dict(M10)),
 ('có 2.087 doanh nghiệp', '2.087', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tăng 11,5%', '11,5%', 'change', '%', dict(indicator='new_enterprises', **U, **S)),
 ('là 96 doanh nghiệp', '96', 'level', 'doanh nghiệp', dict(M10)),
 ('cho 4.120 lao động', '4.120', 'level', 'lao động', dict(M10, indicator='jobs_created')),
 ('kế 10 tháng 41.580 lao động', '41.580', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 92,4%', '92,4%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('38 vụ (giảm', '38', 'level', 'vụ', dict(M10, indicator='traffic_accidents')),
 ('(giảm 5 vụ)', '5', 'change', 'vụ', dict(M10, indicator='traffic_accidents', **D, **S)),
 ('21 người (tăng', '21', 'level', 'người', dict(M10, indicator='traffic_deaths')),
 ('(tăng 2 người)', '2', 'change', 'người', dict(M10, indicator='traffic_deaths', **U, **S)),
 ('29 người (giảm', '29', 'level', 'người', dict(M10, indicator='traffic_injuries')),
 ('(giảm 7 người)', '7', 'change', 'người', dict(M10, indicator='traffic_injuries', **D, **S)),
 ('xảy ra 3 vụ cháy', '3', 'level', 'vụ', dict(M10)),
 ('tính 2,4 tỷ đồng', '2,4 tỷ đồng', 'level', 'VND', dict(M10, **E)),
]
FIGS += [
 ('lở 2,6 km', '2,6 km', 'level', 'km', dict(M10)),
 ('hỏng 14 căn nhà', '14', 'level', 'căn nhà', dict(M10)),
 ('khoảng 46 tỷ đồng', '46 tỷ đồng', 'level', 'VND', dict(M10, **E, bound='about')),
 ('nhận 412 ca', '412', 'level', 'ca', dict(M10)),
 ('tăng 86 ca', '86', 'change', 'ca', dict(M10, **U, **P)),
 ('có 2.915 ca', '2.915', 'level', 'ca', dict()),
 ('giảm 21,4%', '21,4%', 'change', '%', dict(**D, **S)),
 ('có 1.126 trường', '1.126', 'level', 'trường học', dict(period='2026/2027')),
 ('hơn 742.000 học sinh', '742.000', 'level', 'học sinh', dict(period='2026/2027', bound='over')),
 ('là 61,8%', '61,8%', 'level', '%', dict(period='2026/2027', indicator='national_standard_schools')),
]
