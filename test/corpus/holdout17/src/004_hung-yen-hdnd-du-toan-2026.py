TEXT = '''
Thời sự | Chính trị

Cập nhật: 16:20, 12/12/2025 (GMT+7)

Kỳ họp thứ 5 HĐND tỉnh Hưng Yên khóa XVII: Thông qua dự toán ngân sách năm 2026

Sáng 12/12, HĐND tỉnh Hưng Yên khóa XVII, nhiệm kỳ 2021 - 2026 bế mạc Kỳ họp thứ 5 (kỳ họp thường lệ cuối năm 2025), kỳ họp thường lệ đầu tiên kể từ khi tỉnh Hưng Yên và tỉnh Thái Bình hợp nhất từ ngày 1/7/2025 theo Nghị quyết số 202/2025/QH15 của Quốc hội.

Quang cảnh kỳ họp. (Ảnh: Văn Định)

Năm đầu vận hành tỉnh mới

Theo báo cáo của UBND tỉnh, năm 2025, tổng sản phẩm trên địa bàn (GRDP) ước tăng 8,9%; thu ngân sách nhà nước ước đạt 68.500 tỷ đồng, bằng 128,6% dự toán, tăng 15,2% so với năm 2024. Trong đó, khu vực Thái Bình cũ ước thu 21.300 tỷ đồng; riêng phường Phố Hiến ước thu 2.150 tỷ đồng.

Có 23/25 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch; 2 chỉ tiêu không đạt là tỷ lệ đô thị hóa và số doanh nghiệp thành lập mới. Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 9.860 tỷ đồng, bằng 71,4% kế hoạch vốn. Sau sắp xếp, tỉnh có 104 đơn vị hành chính cấp xã, gồm 93 xã và 11 phường.

Đại biểu Trần Thị Lan (Tổ đại biểu khu vực Tiên Lữ), 52 tuổi, chất vấn về tiến độ bồi thường cho 46 hộ dân bị ảnh hưởng bởi dự án đường vành đai 4 vùng Thủ đô. Giám đốc Sở Nông nghiệp và Môi trường cam kết hoàn thành chi trả trước ngày 31/01/2026 theo Tờ trình số 318/TTr-SNNMT.

Dự toán ngân sách năm 2026

Theo Nghị quyết vừa được thông qua, dự toán thu ngân sách nhà nước năm 2026 là 72.000 tỷ đồng, trong đó thu nội địa 61.500 tỷ đồng, thu từ hoạt động xuất nhập khẩu 10.500 tỷ đồng. Tổng chi ngân sách địa phương 45.800 tỷ đồng. Nghị quyết được 98,6% đại biểu có mặt biểu quyết tán thành.

Đại biểu biểu quyết thông qua các nghị quyết. (Ảnh: Văn Định)

Các chỉ tiêu chủ yếu năm 2026:
- Tốc độ tăng trưởng GRDP: 10 - 10,5%;
- GRDP bình quân đầu người: 135 triệu đồng;
- Tỷ lệ hộ nghèo (chuẩn đa chiều) giảm còn 0,8%;
- Tỷ lệ lao động qua đào tạo: 75%, trong đó có bằng cấp, chứng chỉ 38%;
- Tỷ lệ dân số tham gia bảo hiểm y tế: 95,5%.

Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh sớm giao dự toán, tập trung giải phóng mặt bằng cầu Hưng Hà, tuyến đường kết nối Quốc lộ 39 với cao tốc Cầu Giẽ - Ninh Bình và Khu kinh tế Thái Bình. "Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030", Chủ tịch HĐND tỉnh nhấn mạnh.

Phương Linh

Tin liên quan
- Hưng Yên thu hút 1,8 tỷ USD vốn FDI trong 11 tháng
- Khu vực Thái Bình cũ có thêm 12 xã đạt chuẩn nông thôn mới nâng cao
- Kỳ họp thứ 4: HĐND tỉnh thông qua 21 nghị quyết
'''
META = {'published': '2025-12-12', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2025', 'modality': 'actual'}
E = {'modality': 'estimate'}
R = {'indicator': 'budget_revenue'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('ước tăng 8,9%', '8,9%', 'change', '%', dict(indicator='grdp_growth', direction='up', **E)),
 ('ước đạt 68.500 tỷ đồng', '68.500 tỷ đồng', 'level', 'VND', dict(R, **E)),
 ('bằng 128,6% dự toán', '128,6%', 'attainment', '%', dict(R, base='target', **E)),
 ('tăng 15,2% so với', '15,2%', 'change', '%', dict(R, direction='up', base='2024', **E)),
 ('ước thu 21.300 tỷ đồng', '21.300 tỷ đồng', 'level', 'VND', dict(R, locality='tỉnh Thái Bình', **E)),
 ('ước thu 2.150 tỷ đồng', '2.150 tỷ đồng', 'level', 'VND', dict(R, locality='phường Phố Hiến', **E)),
 ('Có 23/25 chỉ tiêu', '23/25', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('; 2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved', of_optional=25)),
 ('đạt 9.860 tỷ đồng', '9.860 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement', period='2025-11M')),
 ('bằng 71,4% kế hoạch vốn', '71,4%', 'attainment', '%', dict(indicator='public_investment_disbursement', period='2025-11M', base='target')),
 ('có 104 đơn vị', '104', 'level', 'đơn vị hành chính cấp xã', dict(optional=True)),
 ('gồm 93 xã', '93', 'level', 'xã', dict(optional=True)),
 ('và 11 phường', '11', 'level', 'phường', dict(optional=True)),
 ('cho 46 hộ dân', '46', 'level', 'hộ', dict(optional=True)),
 ('năm 2026 là 72.000 tỷ đồng', '72.000 tỷ đồng', 'level', 'VND', dict(R, **T)),
 ('thu nội địa 61.500 tỷ đồng', '61.500 tỷ đồng', 'level', 'VND', dict(R, **T)),
 ('xuất nhập khẩu 10.500 tỷ đồng', '10.500 tỷ đồng', 'level', 'VND', dict(R, **T)),
 ('địa phương 45.800 tỷ đồng', '45.800 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **T)),
 ('được 98,6% đại biểu', '98,6%', 'level', '%', dict(optional=True)),
 ('GRDP: 10 - 10,5%', '10 - 10,5%', 'level', '%', dict(indicator='grdp_growth', **T)),
 ('người: 135 triệu đồng', '135 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', **T)),
 ('giảm còn 0,8%', '0,8%', 'level', '%', dict(indicator='poverty_rate', direction='down', **T)),
 ('đào tạo: 75%', '75%', 'level', '%', dict(indicator='trained_labour_rate', **T)),
 ('chứng chỉ 38%', '38%', 'level', '%', dict(indicator='trained_labour_rate', **T)),
 ('y tế: 95,5%', '95,5%', 'level', '%', dict(indicator='health_insurance_coverage', **T)),
]
