TEXT = '''
BÁO SÓC TRĂNG ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Video
Thứ Năm, 07/12/2023

Chính trị

Khai mạc Kỳ họp thứ 18 HĐND tỉnh khóa X: năm 2023 có 18/22 chỉ tiêu đạt và vượt Nghị quyết

07/12/2023 - 08:40 | Lượt xem: 1.962

(STO) - Sáng 6/12, tại Hội trường Tỉnh ủy, HĐND tỉnh Sóc Trăng khóa X, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 18 (kỳ họp thường lệ cuối năm 2023). Kỳ họp diễn ra đến hết ngày 8/12, xem xét 41 báo cáo, tờ trình và dự kiến thông qua 26 nghị quyết.

Dự kỳ họp có đồng chí Lâm Minh Khoa - Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH đơn vị tỉnh Sóc Trăng; các đồng chí trong Ban Thường vụ Tỉnh ủy và 54/56 đại biểu HĐND tỉnh. Chủ tọa kỳ họp là các đồng chí trong Thường trực HĐND tỉnh.

Phát biểu khai mạc, Chủ tịch HĐND tỉnh Hồ Thị Cẩm Vân cho biết, năm 2023 là năm có ý nghĩa quan trọng, tạo bước chuyển để thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV. Bà đề nghị các đại biểu dành thời gian nghiên cứu kỹ các báo cáo, phân tích rõ nguyên nhân của những chỉ tiêu chưa đạt để đề ra giải pháp sát với thực tiễn cho năm 2024.

Ước cả năm, GRDP vượt Nghị quyết

Trình bày báo cáo của UBND tỉnh, Phó Chủ tịch UBND tỉnh Vương Quốc Thái cho biết, trong 22 chỉ tiêu chủ yếu theo Nghị quyết số 97/NQ-HĐND ngày 9/12/2022 của HĐND tỉnh, ước thực hiện cả năm có 18 chỉ tiêu đạt và vượt, 4 chỉ tiêu chưa đạt.

Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,52%, vượt 0,52 điểm % so với Nghị quyết (6%), đứng thứ 7 trong 13 tỉnh, thành vùng Đồng bằng sông Cửu Long. Quy mô GRDP theo giá hiện hành ước đạt 71.350 tỷ đồng. GRDP bình quân đầu người ước 59,8 triệu đồng, tăng 4,3 triệu đồng so với năm 2022 nhưng chỉ bằng 97,1% kế hoạch.

Sản xuất nông nghiệp được mùa, được giá. Tổng sản lượng lúa cả năm ước đạt 2,14 triệu tấn, đạt 102% kế hoạch, trong đó lúa đặc sản, lúa thơm chiếm 78%. Sản lượng thủy sản ước 365.000 tấn, vượt 2,8% kế hoạch, riêng tôm nuôi nước lợ 171.000 tấn. Giống lúa ST24, ST25 tiếp tục được mở rộng ở các huyện ven biển.

Kim ngạch xuất khẩu ước đạt 1,08 tỷ USD, bằng 90% kế hoạch và giảm 11,3% so với năm trước do thị trường tôm khó khăn. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 72.400 tỷ đồng, tăng 14,6%.

Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 4.520 tỷ đồng, đạt 97,8% dự toán HĐND tỉnh giao, trong đó thu nội địa 4.310 tỷ đồng. Chi ngân sách địa phương ước 13.250 tỷ đồng. Tính đến ngày 30/11/2023, toàn tỉnh giải ngân vốn đầu tư công được 3.016 tỷ đồng, đạt 68,4% kế hoạch; phấn đấu đến hết niên độ giải ngân trên 95% kế hoạch vốn.

Về xã hội, tỷ lệ hộ nghèo theo chuẩn đa chiều ước giảm còn 3,21%, giảm 1,87 điểm phần trăm so với cuối năm 2022, vượt chỉ tiêu giảm 1,5 điểm phần trăm mà Nghị quyết đề ra. Trong năm giải quyết việc làm cho 27.600 lao động, đạt 110,4% kế hoạch, trong đó đưa 420 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 91,6%, thấp hơn kế hoạch 1,4 điểm phần trăm.

Toàn tỉnh có thêm 6 xã đạt chuẩn nông thôn mới, nâng tổng số lên 72/80 xã; thêm 3 xã đạt chuẩn nông thôn mới nâng cao.

Bốn chỉ tiêu chưa đạt gồm GRDP bình quân đầu người, kim ngạch xuất khẩu, thu ngân sách và tỷ lệ bao phủ bảo hiểm y tế. Theo Phó Chủ tịch UBND tỉnh, nguyên nhân chủ yếu là giá tôm xuất khẩu giảm sâu, một số khoản thu từ đất không đạt do thị trường bất động sản trầm lắng.

Năm 2024 phấn đấu tăng trưởng 7%

Về kế hoạch năm 2024, UBND tỉnh trình HĐND tỉnh xem xét thông qua mục tiêu tổng quát và 22 chỉ tiêu chủ yếu. Tờ trình đã được Ban Kinh tế - Ngân sách HĐND tỉnh thẩm tra tại phiên họp ngày 28/11.

Các chỉ tiêu chủ yếu năm 2024:

Theo dự thảo, các chỉ tiêu được giữ ổn định về cấu trúc so với năm 2023, bổ sung chỉ tiêu về chuyển đổi số và điều chỉnh cách tính tỷ lệ lao động qua đào tạo theo hướng dẫn mới của Trung ương.

- Tốc độ tăng trưởng GRDP đạt 7 - 7,5%;
- GRDP bình quân đầu người 64 triệu đồng;
- Kim ngạch xuất khẩu 1,2 tỷ USD;
- Tổng thu ngân sách nhà nước trên địa bàn 4.850 tỷ đồng;
- Tỷ lệ hộ nghèo giảm 1,2 - 1,5 điểm phần trăm;
- Giải quyết việc làm cho 27.000 lao động;
- Tỷ lệ lao động qua đào tạo đạt 68%;
- Có thêm 4 xã đạt chuẩn nông thôn mới nâng cao.

Chiều cùng ngày, các đại biểu thảo luận tại tổ. Kỳ họp sẽ dành nửa ngày 7/12 cho phiên chất vấn và trả lời chất vấn với Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Giám đốc Sở Tài nguyên và Môi trường.

Quốc Thịnh

Đường dây nóng: 0299.3822.468

Xem thêm:
- Thường trực HĐND tỉnh họp chuẩn bị Kỳ họp thứ 18
- Tiếp xúc cử tri trước kỳ họp tại 11 huyện, thị xã, thành phố
- Sóc Trăng: Lễ hội Oóc Om Bóc - Đua ghe Ngo lần thứ IX
'''
META = {'published': '2023-12-07', 'locality': 'tỉnh Sóc Trăng'}
DEFAULTS = {'locality': 'tỉnh Sóc Trăng', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'modality': 'actual'}
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
T24 = {'period': '2024', 'modality': 'target'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('có 18/22 chỉ tiêu', '18/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('xem xét 41 báo cáo', '41', 'level', 'báo cáo', d(optional=True)),
 ('thông qua 26 nghị quyết', '26', 'level', 'nghị quyết', d(optional=True)),
 ('và 54/56 đại biểu', '54/56', 'ratio', 'đại biểu', d(optional=True)),
 ('trong 22 chỉ tiêu chủ yếu theo', '22', 'level', 'chỉ tiêu', d(RT)),
 ('có 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(E, RT, status='achieved')),
 ('4 chỉ tiêu chưa đạt.', '4', 'level', 'chỉ tiêu', d(E, RT, status='not_achieved')),
 ('ước đạt 6,52%', '6,52%', 'level', '%', d(E, indicator='grdp_growth')),
 ('vượt 0,52 điểm %', '0,52 điểm %', 'change', 'điểm %', d(E, U, TB, indicator='grdp_growth', status='exceeded')),
 ('Nghị quyết (6%)', '6%', 'level', '%', d(indicator='grdp_growth', modality='target')),
 ('ước đạt 71.350 tỷ đồng', '71.350 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('ước 59,8 triệu đồng', '59,8 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita')),
 ('tăng 4,3 triệu đồng', '4,3 triệu đồng', 'change', 'VND/người/năm', d(E, U, indicator='grdp_per_capita', base='2022')),
 ('bằng 97,1% kế hoạch', '97,1%', 'attainment', '%', d(E, TB, indicator='grdp_per_capita')),
 ('ước đạt 2,14 triệu tấn', '2,14 triệu tấn', 'level', 'tấn', d(E, indicator='rice_output')),
 ('đạt 102% kế hoạch', '102%', 'attainment', '%', d(E, TB, indicator='rice_output')),
 ('chiếm 78%', '78%', 'level', '%', d(E)),
 ('ước 365.000 tấn', '365.000 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('vượt 2,8% kế hoạch', '2,8%', 'change', '%', d(E, U, TB, indicator='aquaculture_output', status='exceeded')),
 ('lợ 171.000 tấn', '171.000 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('ước đạt 1,08 tỷ USD', '1,08 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('bằng 90% kế hoạch', '90%', 'attainment', '%', d(E, TB, indicator='export_value')),
 ('giảm 11,3%', '11,3%', 'change', '%', d(E, D, indicator='export_value', base='2022')),
 ('ước 72.400 tỷ đồng', '72.400 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 14,6%', '14,6%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('thực hiện 4.520 tỷ đồng', '4.520 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('đạt 97,8% dự toán', '97,8%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('nội địa 4.310 tỷ đồng', '4.310 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('ước 13.250 tỷ đồng', '13.250 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('được 3.016 tỷ đồng', '3.016 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement', period='2023-11M')),
 ('đạt 68,4% kế hoạch', '68,4%', 'attainment', '%', d(TB, indicator='public_investment_disbursement', period='2023-11M')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', d(TB, indicator='public_investment_disbursement', modality='target', bound='over')),
 ('giảm còn 3,21%', '3,21%', 'level', '%', d(E, D, indicator='poverty_rate')),
 ('giảm 1,87 điểm phần trăm', '1,87 điểm phần trăm', 'change', 'điểm %', d(E, D, indicator='poverty_rate', base='2022')),
 ('giảm 1,5 điểm phần trăm', '1,5 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate', modality='target')),
 ('cho 27.600 lao động', '27.600', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 110,4% kế hoạch', '110,4%', 'attainment', '%', d(TB, indicator='jobs_created')),
 ('đưa 420 người', '420', 'level', 'người', d(indicator='labour_export')),
 ('đạt 91,6%', '91,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('kế hoạch 1,4 điểm phần trăm', '1,4 điểm phần trăm', 'change', 'điểm %', d(D, TB, indicator='health_insurance_coverage')),
 ('thêm 6 xã', '6', 'level', 'xã', d(indicator='new_rural_communes')),
 ('lên 72/80 xã', '72/80', 'ratio', 'xã', d(U, indicator='new_rural_communes')),
 ('thêm 3 xã', '3', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('Bốn chỉ tiêu chưa đạt', 'Bốn', 'level', 'chỉ tiêu', d(RT, status='not_achieved', value=4)),
 ('tăng trưởng 7%', '7%', 'level', '%', d(T24, indicator='grdp_growth')),
 ('và 22 chỉ tiêu chủ yếu', '22', 'level', 'chỉ tiêu', d(T24, RT)),
 ('GRDP đạt 7 - 7,5%', '7 - 7,5%', 'level', '%', d(T24, indicator='grdp_growth')),
 ('người 64 triệu đồng', '64 triệu đồng', 'level', 'VND/người/năm', d(T24, indicator='grdp_per_capita')),
 ('khẩu 1,2 tỷ USD', '1,2 tỷ USD', 'level', 'USD', d(T24, indicator='export_value')),
 ('địa bàn 4.850 tỷ đồng', '4.850 tỷ đồng', 'level', 'VND', d(T24, indicator='budget_revenue')),
 ('giảm 1,2 - 1,5 điểm phần trăm', '1,2 - 1,5 điểm phần trăm', 'change', 'điểm %', d(T24, D, indicator='poverty_rate')),
 ('cho 27.000 lao động', '27.000', 'level', 'lao động', d(T24, indicator='jobs_created')),
 ('đạt 68%', '68%', 'level', '%', d(T24, indicator='trained_labour_rate')),
 ('thêm 4 xã', '4', 'level', 'xã', d(T24, indicator='new_rural_communes_advanced')),
]
