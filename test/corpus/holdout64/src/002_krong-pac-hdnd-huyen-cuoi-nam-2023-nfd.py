NFD = True
TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Quốc phòng - An ninh | Bạn đọc
Thứ Ba, 19/12/2023, 16:05 [GMT+7]

Chính trị

Krông Pắc: 21/23 chỉ tiêu kinh tế - xã hội năm 2023 đạt và vượt kế hoạch

Ngày 18/12, HĐND huyện Krông Pắc khóa XII tổ chức kỳ họp thứ 9 (kỳ họp thường lệ cuối năm 2023) đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023, quyết định nhiệm vụ năm 2024.

Theo báo cáo của UBND huyện, năm 2023, trong 23 chỉ tiêu chủ yếu HĐND huyện giao, có 21 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt là thu ngân sách trên địa bàn và tỷ lệ trường đạt chuẩn quốc gia.

Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 15.826 tỷ đồng, tăng 7,35% so với năm 2022, đạt 100,8% kế hoạch. Cơ cấu kinh tế: nông, lâm nghiệp, thủy sản 48,6%; công nghiệp - xây dựng 22,1%; thương mại - dịch vụ 29,3%. Thu nhập bình quân đầu người đạt 56,2 triệu đồng/năm, tăng 4,1 triệu đồng so với năm trước.

Tổng diện tích gieo trồng cả năm đạt 39.480 ha, đạt 101,2% kế hoạch; sản lượng lương thực 176.500 tấn.

Thu ngân sách trên địa bàn ước đạt 186,4 tỷ đồng, bằng 91,7% dự toán HĐND huyện giao, giảm 6,3% so với năm 2022; riêng thu tiền sử dụng đất chỉ đạt 42,5% dự toán. Chi ngân sách địa phương 612,8 tỷ đồng.

Tỷ lệ hộ nghèo giảm còn 4,86% (giảm 1,52% so với năm 2022); tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số còn 11,3%. Toàn huyện có thêm xã Ea Kly đạt chuẩn nông thôn mới, nâng tổng số lên 10/15 xã; bình quân đạt 17,2 tiêu chí/xã. Tỷ lệ trường đạt chuẩn quốc gia đạt 58,3%, thấp hơn kế hoạch (62%). Giải quyết việc làm cho 2.150 lao động; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2%.

Tai nạn giao thông giảm trên cả ba mặt: xảy ra 18 vụ, làm chết 14 người, bị thương 9 người; so với năm 2022 giảm 4 vụ, giảm 3 người chết và 2 người bị thương.

Đại biểu HĐND huyện Krông Pắc biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: H'Xuân

Năm 2024, HĐND huyện thông qua 23 chỉ tiêu chủ yếu, trong đó: tổng giá trị sản xuất tăng 7,5 - 8%; thu ngân sách trên địa bàn 198 tỷ đồng; thu nhập bình quân đầu người 60 triệu đồng; tỷ lệ hộ nghèo giảm 1,5% trở lên; có thêm 1 xã đạt chuẩn nông thôn mới; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%. Kỳ họp cũng thông qua 12 nghị quyết quan trọng khác.

Thanh Hải

Tin liên quan
- Ea Kar: Thu ngân sách năm 2023 ước đạt 215 tỷ đồng
- Khai mạc kỳ họp thứ 10, HĐND tỉnh khóa X

Địa chỉ: 10 Trường Chinh, TP. Buôn Ma Thuột, Đắk Lắk. Điện thoại: 0262.3852.486
'''
META = {'published': '2023-12-19', 'locality': 'huyện Krông Pắc'}
DEFAULTS = {'locality': 'huyện Krông Pắc', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2024'}
U = {'direction': 'up'}
D = {'direction': 'down'}
Y = {'base': '2022'}
P = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('Krông Pắc: 21/23', '21/23', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 23 chỉ tiêu', '23', 'level', 'chỉ tiêu', d(RT)),
 ('có 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('; 2 chỉ tiêu', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 15.826 tỷ đồng', '15.826 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('tăng 7,35%', '7,35%', 'change', '%', d(E, U, Y, indicator='total_output_value')),
 ('đạt 100,8% kế hoạch', '100,8%', 'attainment', '%', d(E, P, indicator='total_output_value')),
 ('thủy sản 48,6%', '48,6%', 'level', '%', d(indicator='sector_share')),
 ('xây dựng 22,1%', '22,1%', 'level', '%', d(indicator='sector_share')),
 ('dịch vụ 29,3%', '29,3%', 'level', '%', d(indicator='sector_share')),
 ('đạt 56,2 triệu đồng', '56,2 triệu đồng', 'level', 'VND/người/năm', d(indicator='income_per_capita')),
 ('tăng 4,1 triệu đồng', '4,1 triệu đồng', 'change', 'VND/người/năm', d(U, Y, indicator='income_per_capita')),
 ('đạt 39.480 ha', '39.480 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 101,2% kế hoạch', '101,2%', 'attainment', '%', d(P, indicator='crop_area')),
 ('lương thực 176.500 tấn', '176.500 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('ước đạt 186,4 tỷ đồng', '186,4 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 91,7% dự toán', '91,7%', 'attainment', '%', d(E, P, indicator='budget_revenue')),
 ('giảm 6,3%', '6,3%', 'change', '%', d(E, D, Y, indicator='budget_revenue')),
 ('chỉ đạt 42,5% dự toán', '42,5%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('phương 612,8 tỷ đồng', '612,8 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('giảm còn 4,86%', '4,86%', 'level', '%', d(D, indicator='poverty_rate')),
 ('giảm 1,52%', '1,52%', 'change', '%', d(D, Y, indicator='poverty_rate')),
 ('còn 11,3%', '11,3%', 'level', '%', d(indicator='poverty_rate')),
 ('lên 10/15 xã', '10/15', 'ratio', 'xã', d(U, indicator='new_rural_communes')),
 ('đạt 17,2 tiêu chí/xã', '17,2 tiêu chí/xã', 'level', 'tiêu chí/xã', d(indicator='new_rural_criteria')),
 ('đạt 58,3%', '58,3%', 'level', '%', d(indicator='national_standard_schools')),
 ('(62%)', '62%', 'level', '%', d(indicator='national_standard_schools', modality='target')),
 ('cho 2.150 lao động', '2.150', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 94,2%', '94,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('xảy ra 18 vụ', '18', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 14 người', '14', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 9 người', '9', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 4 vụ', '4', 'change', 'vụ', d(D, Y, indicator='traffic_accidents')),
 ('giảm 3 người', '3', 'change', 'người', d(D, Y, indicator='traffic_deaths')),
 ('và 2 người', '2', 'change', 'người', d(D, Y, indicator='traffic_injuries')),
 ('thông qua 23 chỉ tiêu', '23', 'level', 'chỉ tiêu', d(K, RT)),
 ('tăng 7,5 - 8%', '7,5 - 8%', 'change', '%', d(K, U, indicator='total_output_value')),
 ('bàn 198 tỷ đồng', '198 tỷ đồng', 'level', 'VND', d(K, indicator='budget_revenue')),
 ('người 60 triệu đồng', '60 triệu đồng', 'level', 'VND/người/năm', d(K, indicator='income_per_capita')),
 ('giảm 1,5% trở lên', '1,5%', 'change', '%', d(K, D, indicator='poverty_rate', bound='at_least')),
 ('thêm 1 xã', '1', 'level', 'xã', d(K, indicator='new_rural_communes')),
 ('đạt 95%', '95%', 'level', '%', d(K, indicator='health_insurance_coverage')),
 ('thông qua 12 nghị quyết', '12', 'level', 'nghị quyết', d(optional=True)),
]
