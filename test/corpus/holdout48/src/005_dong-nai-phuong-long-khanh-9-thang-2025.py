TEXT = '''
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự - Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hoá | Thể thao | Đồng Nai cuối tuần | Ảnh

Cập nhật 06/10/2025 16:30

Phường Long Khánh: Thu ngân sách quý III vượt 8% dự toán

Sáng 4-10, Đảng uỷ phường Long Khánh tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2025. Đây là hội nghị sơ kết đầu tiên của phường kể từ khi vận hành chính quyền địa phương hai cấp.

Phường Long Khánh được thành lập từ ngày 1-7-2025 trên cơ sở sắp xếp các phường trung tâm của thành phố Long Khánh (cũ), có diện tích tự nhiên 37,6 km2, dân số hơn 96.000 người.

Theo báo cáo, từ ngày 1-7 đến 30-9, thu ngân sách nhà nước trên địa bàn phường đạt 132,4 tỷ đồng, bằng 108% dự toán quý III; trong đó thu thuế ngoài quốc doanh 41,8 tỷ đồng. Chi ngân sách 46,2 tỷ đồng, chủ yếu cho bộ máy và an sinh xã hội.

Tính chung 9 tháng năm 2025 (số liệu tính gộp các đơn vị cũ), giá trị sản xuất công nghiệp - tiểu thủ công nghiệp trên địa bàn ước đạt 4.865 tỷ đồng, tăng 9,4% so với cùng kỳ. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ ước đạt 7.312 tỷ đồng, tăng 12,7%. Phường có 214 doanh nghiệp thành lập mới, tăng 36 doanh nghiệp so với cùng kỳ.

Vườn chôm chôm của nông dân phường Long Khánh vào vụ thu hoạch.

Nông nghiệp chuyển dịch theo hướng cây ăn quả giá trị cao. Diện tích cây ăn quả hiện có khoảng 6.100 ha, trong đó sầu riêng 2.450 ha, chôm chôm 1.380 ha; 8 mã số vùng trồng sầu riêng được cấp mới, nâng tổng số lên 21 mã số với diện tích 1.126 ha. Giá sầu riêng Ri6 tại vườn dao động 55.000 - 62.000 đồng/kg, thấp hơn cùng kỳ năm trước từ 15.000 - 20.000 đồng/kg.

Về xã hội, phường giải quyết việc làm cho 1.120 lao động; tỷ lệ lao động qua đào tạo đạt 76,5%. Toàn phường còn 57 hộ nghèo (chiếm 0,22%) và 196 hộ cận nghèo. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,8%, bảo hiểm xã hội đạt 42,3% lực lượng lao động. Năm học 2025 - 2026, phường có 31 trường với hơn 19.600 học sinh; 24/31 trường đạt chuẩn quốc gia.

An ninh trật tự được giữ vững. Từ ngày 1-7 đến nay, Công an phường phát hiện 12 vụ phạm pháp hình sự, làm rõ 11 vụ, đạt 91,6%.

Những tháng cuối năm, phường phấn đấu: thu ngân sách quý IV đạt 100% dự toán trở lên; giải quyết việc làm cho thêm ít nhất 400 lao động; tỷ lệ bao phủ bảo hiểm y tế cuối năm đạt 95%; có thêm 2 khu phố đạt chuẩn đô thị văn minh, nâng tổng số lên 12/15 khu phố.

Phát biểu chỉ đạo, đồng chí Bí thư Đảng uỷ phường đề nghị các đảng bộ trực thuộc chuẩn bị chu đáo cho Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.

Thanh Hoà

Tin cùng chuyên mục
- Phường Bình Lộc ra mắt Trung tâm phục vụ hành chính công
- Xã Xuân Lộc: 9 tháng giải ngân 64% vốn đầu tư công
- Phường Đồng Xoài tổ chức hội nghị cán bộ chủ chốt

Báo Đồng Nai - Cơ quan của Đảng bộ tỉnh Đồng Nai | Toà soạn: 81 Đồng Khởi, phường Tam Hiệp | ĐT: 0251.3840.244
'''
META = {'published': '2025-10-06', 'locality': 'phường Long Khánh'}
DEFAULTS = {'locality': 'phường Long Khánh', 'period': '2025-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
Q3 = {'period': '2025-Q3'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('quý III vượt 8% dự toán', '8%', 'change', '%', dict(Q3, indicator='budget_revenue', direction='up', base='target', status='exceeded')),
 ('diện tích tự nhiên 37,6 km2', '37,6 km2', 'level', 'km2', dict(optional=True)),
 ('hơn 96.000 người', '96.000', 'level', 'người', dict(optional=True)),
 ('đạt 132,4 tỷ đồng', '132,4 tỷ đồng', 'level', 'VND', dict(Q3, indicator='budget_revenue')),
 ('bằng 108% dự toán quý III', '108%', 'attainment', '%', dict(Q3, indicator='budget_revenue', base='target')),
 ('doanh 41,8 tỷ đồng', '41,8 tỷ đồng', 'level', 'VND', dict(Q3)),
 ('Chi ngân sách 46,2 tỷ đồng', '46,2 tỷ đồng', 'level', 'VND', dict(Q3, indicator='budget_expenditure')),
 ('ước đạt 4.865 tỷ đồng', '4.865 tỷ đồng', 'level', 'VND', dict(E, indicator='industrial_output_value')),
 ('tăng 9,4% so với cùng kỳ', '9,4%', 'change', '%', dict(E, indicator='industrial_output_value', direction='up', base='same_period')),
 ('ước đạt 7.312 tỷ đồng', '7.312 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 12,7%', '12,7%', 'change', '%', dict(E, indicator='retail_sales', direction='up')),
 ('có 214 doanh nghiệp', '214', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tăng 36 doanh nghiệp', '36', 'change', 'doanh nghiệp', dict(indicator='new_enterprises', direction='up', base='same_period')),
 ('khoảng 6.100 ha', '6.100 ha', 'level', 'ha', dict(bound='about')),
 ('sầu riêng 2.450 ha', '2.450 ha', 'level', 'ha', dict()),
 ('chôm chôm 1.380 ha', '1.380 ha', 'level', 'ha', dict()),
 ('8 mã số vùng trồng', '8', 'level', 'mã số vùng trồng', dict(optional=True)),
 ('lên 21 mã số', '21', 'level', 'mã số', dict(optional=True, direction='up')),
 ('diện tích 1.126 ha', '1.126 ha', 'level', 'ha', dict()),
 ('dao động 55.000 - 62.000 đồng/kg', '55.000 - 62.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('từ 15.000 - 20.000 đồng/kg', '15.000 - 20.000 đồng/kg', 'change', 'VND/kg', dict(direction='down', base='same_period')),
 ('cho 1.120 lao động', '1.120', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 76,5%', '76,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('còn 57 hộ nghèo', '57', 'level', 'hộ', dict(indicator='poor_households')),
 ('(chiếm 0,22%)', '0,22%', 'level', '%', dict(indicator='poverty_rate')),
 ('và 196 hộ cận nghèo', '196', 'level', 'hộ', dict()),
 ('y tế đạt 94,8%', '94,8%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('xã hội đạt 42,3%', '42,3%', 'level', '%', dict(indicator='social_insurance_coverage')),
 ('có 31 trường', '31', 'level', 'trường', dict(period='2025/2026')),
 ('hơn 19.600 học sinh', '19.600', 'level', 'học sinh', dict(period='2025/2026', bound='over')),
 ('24/31 trường', '24/31', 'ratio', 'trường', dict(indicator='national_standard_schools', period='2025/2026')),
 ('phát hiện 12 vụ', '12', 'level', 'vụ', dict(Q3, indicator='crime')),
 ('làm rõ 11 vụ', '11', 'level', 'vụ', dict(Q3)),
 ('đạt 91,6%', '91,6%', 'level', '%', dict(Q3, indicator='crime_clearance_rate')),
 ('đạt 100% dự toán trở lên', '100%', 'attainment', '%', dict(modality='target', period='2025-Q4', indicator='budget_revenue', base='target', bound='at_least')),
 ('ít nhất 400 lao động', '400', 'level', 'lao động', dict(T, period='2025-Q4', indicator='jobs_created', bound='at_least')),
 ('cuối năm đạt 95%', '95%', 'level', '%', dict(T, indicator='health_insurance_coverage')),
 ('thêm 2 khu phố', '2', 'level', 'khu phố', dict(T, period='2025-Q4')),
 ('lên 12/15 khu phố', '12/15', 'ratio', 'khu phố', dict(T, period='2025-Q4', direction='up')),
]
