TEXT = '''
Nghệ An: Thu ngân sách năm 2024 ước đạt 23.850 tỷ đồng, vượt 27,5% dự toán

Thứ Ba, 10/12/2024 - 16:40

(Baonghean.vn) - Sáng 10/12, HĐND tỉnh Nghệ An khóa XVIII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 25 - kỳ họp thường lệ cuối năm 2024. Kỳ họp dự kiến diễn ra trong 3 ngày, xem xét 42 nội dung quan trọng.

Trình bày báo cáo tại kỳ họp, Giám đốc Sở Tài chính cho biết, tổng thu ngân sách nhà nước trên địa bàn năm 2024 ước đạt 23.850 tỷ đồng, bằng 127,5% dự toán HĐND tỉnh giao và tăng 16,2% so với thực hiện năm 2023. Trong đó, thu nội địa ước 22.100 tỷ đồng; thu từ hoạt động xuất nhập khẩu ước 1.750 tỷ đồng, vượt 45,8% dự toán.

Chi ngân sách địa phương năm 2024 ước thực hiện 42.680 tỷ đồng, bằng 108,3% dự toán. Đến ngày 30/11/2024, toàn tỉnh giải ngân vốn đầu tư công được 6.912 tỷ đồng, đạt 71,4% kế hoạch; dự kiến cả năm 2024 giải ngân đạt khoảng 95% kế hoạch vốn.

Một số chủ đầu tư có tỷ lệ giải ngân cao là Ban Quản lý dự án đầu tư xây dựng công trình giao thông, Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp, UBND huyện Quỳnh Lưu với tỷ lệ lần lượt là 92,6%, 88,1% và 85,7%. Ngược lại, vẫn còn 14 chủ đầu tư giải ngân dưới 50%, chủ yếu do vướng mắc giải phóng mặt bằng các dự án trên tuyến Quốc lộ 7 và Quốc lộ 48E.

Theo Giám đốc Sở Tài chính, việc thực hiện Nghị định số 99/2021/NĐ-CP và Luật Đầu tư công số 58/2024/QH15 đã tạo hành lang pháp lý thông thoáng hơn, song năng lực một số chủ đầu tư còn hạn chế, công tác lập hồ sơ thanh toán chậm.

Về dự toán năm 2025, HĐND tỉnh xem xét, quyết định tổng thu ngân sách nhà nước trên địa bàn 21.426 tỷ đồng; tổng chi ngân sách địa phương 38.905 tỷ đồng. Kế hoạch vốn đầu tư công năm 2025 là 8.560 tỷ đồng. Tỉnh phấn đấu tốc độ tăng trưởng GRDP năm 2025 đạt 9 - 10%, GRDP bình quân đầu người đạt 65 - 66 triệu đồng.

Phát biểu khai mạc, Chủ tịch HĐND tỉnh đề nghị các đại biểu tập trung thảo luận, đánh giá đúng thực chất kết quả năm 2024, nhất là những chỉ tiêu chưa đạt, để có giải pháp khả thi cho năm 2025 - năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.

Thanh Lê

Xem thêm:
Kỳ họp thứ 24 HĐND tỉnh Nghệ An thông qua 17 nghị quyết
Nghệ An: 6 tháng đầu năm thu ngân sách đạt 62,4% dự toán
'''
META = {'published': '2024-12-10', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
B = dict(indicator='budget_revenue')
FIGS = [
 ('ước đạt 23.850 tỷ đồng, vượt', '23.850 tỷ đồng', 'level', 'VND', dict(**B, **E)),
 ('vượt 27,5% dự toán', '27,5%', 'change', '%', dict(**B, direction='up', base='target', status='exceeded', **E)),
 ('xem xét 42 nội dung', '42', 'level', 'nội dung', dict(optional=True)),
 ('23.850 tỷ đồng, bằng', '23.850 tỷ đồng', 'level', 'VND', dict(**B, **E)),
 ('bằng 127,5% dự toán', '127,5%', 'attainment', '%', dict(**B, base='target', **E)),
 ('tăng 16,2% so với thực hiện năm 2023', '16,2%', 'change', '%', dict(**B, direction='up', base='2023', **E)),
 ('thu nội địa ước 22.100 tỷ đồng', '22.100 tỷ đồng', 'level', 'VND', dict(**E)),
 ('ước 1.750 tỷ đồng', '1.750 tỷ đồng', 'level', 'VND', dict(**E)),
 ('vượt 45,8% dự toán', '45,8%', 'change', '%', dict(direction='up', base='target', status='exceeded', **E)),
 ('ước thực hiện 42.680 tỷ đồng', '42.680 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **E)),
 ('bằng 108,3% dự toán', '108,3%', 'attainment', '%', dict(indicator='budget_expenditure', base='target', **E)),
 ('được 6.912 tỷ đồng', '6.912 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement', period='2024-11M')),
 ('đạt 71,4% kế hoạch', '71,4%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', period='2024-11M')),
 ('khoảng 95% kế hoạch vốn', '95%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', bound='about', **E)),
 ('lần lượt là 92,6%', '92,6%', 'level', '%', dict(indicator='public_investment_disbursement')),
 ('88,1% và', '88,1%', 'level', '%', dict(indicator='public_investment_disbursement')),
 ('và 85,7%', '85,7%', 'level', '%', dict(indicator='public_investment_disbursement', locality='huyện Quỳnh Lưu')),
 ('còn 14 chủ đầu tư', '14', 'level', 'chủ đầu tư', {}),
 ('dưới 50%', '50%', 'level', '%', dict(optional=True)),
 ('trên địa bàn 21.426 tỷ đồng', '21.426 tỷ đồng', 'level', 'VND', dict(**B, **T)),
 ('địa phương 38.905 tỷ đồng', '38.905 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **T)),
 ('là 8.560 tỷ đồng', '8.560 tỷ đồng', 'level', 'VND', dict(**T)),
 ('đạt 9 - 10%', '9 - 10%', 'level', '%', dict(indicator='grdp_growth', **T)),
 ('đạt 65 - 66 triệu đồng', '65 - 66 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', **T)),
]
