TEXT = '''
BÁO CẦN THƠ ONLINE
Chính trị | Kinh tế | Xã hội | Đô thị | Pháp luật | Văn hóa - Văn nghệ | Thể thao | Cần Thơ ngày nay

18/12/2025 - 10:15

HĐND phường Ninh Kiều thông qua 16 chỉ tiêu kinh tế - xã hội năm 2026

Ngày 17-12, HĐND phường Ninh Kiều khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 4 (kỳ họp thường lệ cuối năm 2025), xem xét các báo cáo tình hình kinh tế - xã hội năm 2025 và quyết định nhiệm vụ năm 2026.

Phường Ninh Kiều được thành lập trên cơ sở sắp xếp 4 phường của quận Ninh Kiều (cũ), là trung tâm thương mại - dịch vụ, du lịch của thành phố Cần Thơ mới (sau hợp nhất với tỉnh Hậu Giang và tỉnh Sóc Trăng).

Theo báo cáo của UBND phường, năm 2025 (số liệu cả năm tính gộp các phường trước sắp xếp), có 14/16 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu chưa đạt là thu tiền sử dụng đất và tỷ lệ hộ gia đình văn hóa. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 41.280 tỷ đồng, tăng 13,2% so với năm 2024, đạt 102,4% kế hoạch. Lượng khách đến các điểm du lịch trên địa bàn đạt 2,16 triệu lượt, tăng 15,8%; trong đó khách quốc tế 212.000 lượt, gấp 1,4 lần năm trước; tổng thu từ du lịch ước 3.950 tỷ đồng.

Từ ngày 1-7 đến ngày 15-12-2025, thu ngân sách nhà nước do phường quản lý đạt 286,7 tỷ đồng, bằng 104,6% dự toán thành phố giao cho 6 tháng cuối năm; chi ngân sách 118,5 tỷ đồng. Phường đã hoàn thành giải ngân 92,4% vốn đầu tư công được phân bổ.

Bến Ninh Kiều thu hút đông du khách dịp cuối năm. Ảnh: DUY KHÔI

Công tác an sinh xã hội được chú trọng. Toàn phường hiện còn 18 hộ nghèo, chiếm 0,05% tổng số hộ; 64 hộ cận nghèo. Tỷ lệ bao phủ bảo hiểm y tế đạt 96,1%, tăng 1,3 điểm phần trăm so với năm 2024. Phường giải quyết việc làm cho 2.640 lao động, đạt 110% kế hoạch. Tỷ lệ trường đạt chuẩn quốc gia là 85% (17/20 trường).

Kỳ họp đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 với 16 chỉ tiêu chủ yếu, trong đó:
1. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng từ 12% trở lên.
2. Thu ngân sách nhà nước: đạt 100% dự toán được giao trở lên.
3. Khách du lịch: 2,4 triệu lượt; doanh thu du lịch tăng 12 - 15%.
4. Tỷ lệ hộ nghèo: dưới 0,05%.
5. Tỷ lệ bao phủ bảo hiểm y tế: 97%.
6. Giải quyết việc làm: 2.500 lao động.

Tại kỳ họp, cử tri khu vực 3 và khu vực 7 phản ánh tình trạng ngập khi triều cường; lãnh đạo UBND phường cho biết đã đầu tư 6,4 tỷ đồng nâng cấp 3 tuyến hẻm, dự kiến hoàn thành trước Tết Nguyên đán Bính Ngọ 2026.

MỸ THANH

CÙNG CHUYÊN MỤC
- Phường Cái Răng tổng kết năm 2025
- Xã Phong Điền ra mắt mô hình "Dân vận khéo"
- Phường Vị Thanh: Thu ngân sách 6 tháng cuối năm đạt 97% dự toán

Báo Cần Thơ | 3 Phan Đình Phùng, phường Ninh Kiều, TP Cần Thơ | Đường dây nóng: 0292.3812.424
'''
META = {'published': '2025-12-18', 'locality': 'phường Ninh Kiều'}
DEFAULTS = {'locality': 'phường Ninh Kiều', 'period': '2025', 'modality': 'actual'}
E = {'modality': 'estimate'}
H2 = {'period': '2025-H2'}
T = {'modality': 'target', 'period': '2026'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('thông qua 16 chỉ tiêu', '16', 'level', 'chỉ tiêu', dict(T, **RT)),
 ('sắp xếp 4 phường', '4', 'level', 'phường', dict(optional=True)),
 ('có 14/16 chỉ tiêu', '14/16', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('ước đạt 41.280 tỷ đồng', '41.280 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 13,2% so với năm 2024', '13,2%', 'change', '%', dict(E, indicator='retail_sales', direction='up', base='2024')),
 ('đạt 102,4% kế hoạch', '102,4%', 'attainment', '%', dict(E, indicator='retail_sales', base='target')),
 ('đạt 2,16 triệu lượt', '2,16 triệu lượt', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('tăng 15,8%', '15,8%', 'change', '%', dict(indicator='tourist_arrivals', direction='up')),
 ('quốc tế 212.000 lượt', '212.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('gấp 1,4 lần', '1,4', 'change', 'lần', dict(indicator='international_tourist_arrivals', direction='up', base='2024')),
 ('ước 3.950 tỷ đồng', '3.950 tỷ đồng', 'level', 'VND', dict(E, indicator='tourism_revenue')),
 ('đạt 286,7 tỷ đồng', '286,7 tỷ đồng', 'level', 'VND', dict(H2, indicator='budget_revenue')),
 ('bằng 104,6% dự toán', '104,6%', 'attainment', '%', dict(H2, indicator='budget_revenue', base='target')),
 ('chi ngân sách 118,5 tỷ đồng', '118,5 tỷ đồng', 'level', 'VND', dict(H2, indicator='budget_expenditure')),
 ('giải ngân 92,4% vốn', '92,4%', 'attainment', '%', dict(H2, indicator='public_investment_disbursement', base='target')),
 ('còn 18 hộ nghèo', '18', 'level', 'hộ', dict(indicator='poor_households')),
 ('chiếm 0,05% tổng số hộ', '0,05%', 'level', '%', dict(indicator='poverty_rate')),
 ('64 hộ cận nghèo', '64', 'level', 'hộ', dict()),
 ('đạt 96,1%', '96,1%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('tăng 1,3 điểm phần trăm', '1,3 điểm phần trăm', 'change', 'điểm %', dict(indicator='health_insurance_coverage', direction='up', base='2024')),
 ('cho 2.640 lao động', '2.640', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 110% kế hoạch', '110%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('là 85%', '85%', 'level', '%', dict(indicator='national_standard_schools')),
 ('(17/20 trường)', '17/20', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('với 16 chỉ tiêu chủ yếu', '16', 'level', 'chỉ tiêu', dict(T, **RT)),
 ('từ 12% trở lên', '12%', 'change', '%', dict(T, indicator='retail_sales', direction='up', bound='at_least')),
 ('đạt 100% dự toán được giao trở lên', '100%', 'attainment', '%', dict(T, indicator='budget_revenue', base='target', bound='at_least')),
 ('lịch: 2,4 triệu lượt', '2,4 triệu lượt', 'level', 'lượt', dict(T, indicator='tourist_arrivals')),
 ('tăng 12 - 15%', '12 - 15%', 'change', '%', dict(T, indicator='tourism_revenue', direction='up')),
 ('dưới 0,05%', '0,05%', 'level', '%', dict(T, indicator='poverty_rate', bound='under')),
 ('y tế: 97%', '97%', 'level', '%', dict(T, indicator='health_insurance_coverage')),
 ('làm: 2.500 lao động', '2.500', 'level', 'lao động', dict(T, indicator='jobs_created')),
 ('đầu tư 6,4 tỷ đồng', '6,4 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('cấp 3 tuyến hẻm', '3', 'level', 'tuyến hẻm', dict(optional=True)),
]
