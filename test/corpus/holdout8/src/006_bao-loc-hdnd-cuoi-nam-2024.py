TEXT = '''
Chính trị

HĐND thành phố Bảo Lộc: Năm 2024 có 19/20 chỉ tiêu đạt và vượt kế hoạch

18/12/2024

(LĐ online) - Ngày 17/12, HĐND thành phố Bảo Lộc khóa XII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 14 (kỳ họp thường lệ cuối năm 2024). Kỳ họp diễn ra trong 2 ngày.

Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp. Ảnh: Văn Báu
Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp. Ảnh: Văn Báu

Theo báo cáo của UBND thành phố, năm 2024, có 19/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch; riêng chỉ tiêu thu ngân sách xấp xỉ đạt. Tốc độ tăng trưởng kinh tế ước đạt 8,12%/KH 8 - 8,5%. Cơ cấu kinh tế: thương mại - dịch vụ chiếm 52,6%, công nghiệp - xây dựng 31,4%, nông - lâm nghiệp 16%. Thu nhập bình quân đầu người ước thực hiện 92,5 triệu đồng/người/năm, tăng 7,3 triệu đồng so với năm 2023.

Tổng thu ngân sách trên địa bàn ước đạt 912 tỷ đồng, bằng 97,8% dự toán HĐND thành phố giao, giảm 3,2% so với năm trước do thu tiền sử dụng đất đạt thấp. Giá trị sản xuất ngành chè đạt 1.850 tỷ đồng; diện tích cà phê tái canh 420 ha.

Thành phố đón khoảng 1,15 triệu lượt khách du lịch, tăng 21%; tổng doanh thu du lịch ước đạt 1.380 tỷ đồng. Tỷ lệ hộ nghèo còn 0,21%, giảm 0,15 điểm phần trăm; tỷ lệ đô thị hóa đạt 68%.

Chỉ tiêu chủ yếu năm 2025
- Tốc độ tăng trưởng kinh tế: 8,5 - 9%;
- Thu nhập bình quân đầu người: 100 triệu đồng trở lên;
- Thu ngân sách: 980 tỷ đồng;
- Tỷ lệ hộ nghèo giảm còn dưới 0,15%;
- Có thêm hai xã đạt chuẩn nông thôn mới nâng cao.

Phát biểu tại kỳ họp, ông Tôn Thiện Đồng, Bí thư Thành ủy đề nghị: “Năm 2025 là năm cuối thực hiện Nghị quyết Đại hội Đảng bộ thành phố nhiệm kỳ 2020 - 2025, các ngành phải dồn sức để toàn bộ 20 chỉ tiêu đều đạt”.

Văn Báu

Xem thêm:
- Lâm Đồng: 11 tháng, thu ngân sách 12.400 tỷ đồng
- Trà B’Lao Bảo Lộc nhận 3 giải thưởng quốc tế
'''
META = {'published': '2024-12-18', 'locality': 'thành phố Bảo Lộc'}
DEFAULTS = {'locality': 'thành phố Bảo Lộc', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('có 19/20 chỉ tiêu đạt và vượt kế hoạch\n', '19/20', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('năm 2024, có 19/20 chỉ tiêu', '19/20', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('ước đạt 8,12%', '8,12%', 'level', '%', dict(indicator='grdp_growth', **E)),
 ('KH 8 - 8,5%', '8 - 8,5%', 'level', '%', dict(indicator='grdp_growth', modality='target')),
 ('chiếm 52,6%', '52,6%', 'level', '%', dict(indicator='sector_share')),
 ('xây dựng 31,4%', '31,4%', 'level', '%', dict(indicator='sector_share')),
 ('lâm nghiệp 16%', '16%', 'level', '%', dict(indicator='sector_share')),
 ('thực hiện 92,5 triệu đồng/người/năm', '92,5 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita', **E)),
 ('tăng 7,3 triệu đồng', '7,3 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', direction='up', base='2023', **E)),
 ('ước đạt 912 tỷ đồng', '912 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('bằng 97,8% dự toán', '97,8%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('giảm 3,2% so với năm trước', '3,2%', 'change', '%', dict(indicator='budget_revenue', direction='down', base='2023', **E)),
 ('chè đạt 1.850 tỷ đồng', '1.850 tỷ đồng', 'level', 'VND', dict()),
 ('tái canh 420 ha', '420 ha', 'level', 'ha', dict()),
 ('khoảng 1,15 triệu lượt', '1,15 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='about')),
 ('tăng 21%', '21%', 'change', '%', dict(indicator='tourist_arrivals', direction='up')),
 ('ước đạt 1.380 tỷ đồng', '1.380 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', **E)),
 ('còn 0,21%', '0,21%', 'level', '%', dict(indicator='poverty_rate')),
 ('giảm 0,15 điểm phần trăm', '0,15 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down')),
 ('hóa đạt 68%', '68%', 'level', '%', dict(indicator='urbanization_rate')),
 ('kinh tế: 8,5 - 9%', '8,5 - 9%', 'level', '%', dict(indicator='grdp_growth', **T)),
 ('100 triệu đồng trở lên', '100 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', bound='at_least', **T)),
 ('Thu ngân sách: 980 tỷ đồng', '980 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('dưới 0,15%', '0,15%', 'level', '%', dict(indicator='poverty_rate', direction='down', bound='under', **T)),
 ('thêm hai xã', 'hai', 'level', 'xã', dict(value=2, indicator='new_rural_communes_advanced', **T)),
 ('bộ 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', optional=True)),
 ('thu ngân sách 12.400 tỷ đồng', '12.400 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('nhận 3 giải thưởng', '3', 'level', 'giải thưởng', dict(optional=True)),
]
