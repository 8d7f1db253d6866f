NFD = True
TEXT = '''
BÁO VĨNH LONG ĐIỆN TỬ
Thứ Sáu, 19/12/2025 | 16:05 GMT+7

Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Văn hóa | Thể thao

Xã Tiểu Cần: Năm 2025 đạt và vượt 17/20 chỉ tiêu Nghị quyết

(VL) - Sáng 18/12, HĐND xã Tiểu Cần khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ tư (kỳ họp thường lệ cuối năm 2025) để đánh giá tình hình kinh tế - xã hội năm 2025 và quyết định nhiệm vụ năm 2026.

Xã Tiểu Cần được thành lập trên cơ sở sắp xếp thị trấn Tiểu Cần, xã Phú Cần và xã Hiếu Tử của huyện Tiểu Cần (cũ), có diện tích tự nhiên 62,4 km2, dân số hơn 41.800 người, trong đó đồng bào Khmer chiếm 31,5%.

Theo báo cáo của UBND xã, năm 2025, xã thực hiện đạt và vượt 17/20 chỉ tiêu Nghị quyết HĐND giao; 2 chỉ tiêu xấp xỉ đạt là thu ngân sách và tỷ lệ lao động qua đào tạo; 1 chỉ tiêu chưa đạt là tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn.

Tổng giá trị sản xuất trên địa bàn ước đạt 2.915 tỷ đồng, tăng 7,6% so với năm 2024; thu nhập bình quân đầu người ước đạt 71,2 triệu đồng/người/năm. Cả năm, nông dân xuống giống 3 vụ lúa được 5.820 ha, năng suất bình quân 6,1 tấn/ha; xã có 5 sản phẩm OCOP đạt 3 sao.

Từ ngày 1/7 đến 15/12/2025, tổng thu ngân sách nhà nước trên địa bàn xã đạt 18,64 tỷ đồng, bằng 96,8% dự toán tỉnh giao cho 6 tháng cuối năm; chi ngân sách 27,3 tỷ đồng.

Chủ tịch UBND xã Tiểu Cần Kiên Thị Sa Rết báo cáo tại kỳ họp.

Công tác an sinh xã hội được quan tâm. Toàn xã còn 96 hộ nghèo, chiếm 0,81%; 214 hộ cận nghèo, chiếm 1,8%. Trong năm, xã vận động xây dựng 23 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn với tổng kinh phí 1,38 tỷ đồng. Tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn đạt 61,5% (Nghị quyết 65%); tỷ lệ lao động qua đào tạo đạt 69,4%.

Tại kỳ họp, đại biểu Thạch Sô Phol (ấp Ô Đùng) đề nghị UBND xã sớm sửa chữa tuyến đường liên ấp Te Te 1 - Ô Đùng; đại biểu Lâm Thị Mỹ Hạnh đề nghị mở rộng mạng lưới cấp nước về ấp Cầu Tre.

Kỳ họp thống nhất thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026 với 20 chỉ tiêu chủ yếu, trong đó:

1. Tốc độ tăng tổng giá trị sản xuất: 8 - 8,5%.
2. Tổng thu ngân sách nhà nước trên địa bàn: 39,5 tỷ đồng.
3. Thu nhập bình quân đầu người: 77 triệu đồng.
4. Tỷ lệ hộ nghèo giảm 0,2 - 0,3 điểm phần trăm.
5. Tỷ lệ tham gia bảo hiểm y tế: 95,2% dân số.
6. Giải quyết việc làm cho 650 lao động, trong đó xuất khẩu lao động 25 người.
7. Tỷ lệ trường đạt chuẩn quốc gia: 9/11 trường.

Các nghị quyết được 100% đại biểu có mặt (27/27 đại biểu) biểu quyết tán thành.

Bài, ảnh: THẠCH SOL

Tin cùng chuyên mục
- Phường Trà Vinh: Thu ngân sách năm 2025 vượt 12% dự toán
- Xã Cầu Kè có thêm 2 sản phẩm OCOP 4 sao

BÁO VĨNH LONG - Cơ quan của Đảng bộ tỉnh Vĩnh Long
Đường dây nóng: 0270.3822.315 - Email: baovinhlong@gmail.com
'''
META = {'published': '2025-12-19', 'locality': 'xã Tiểu Cần'}
DEFAULTS = {'locality': 'xã Tiểu Cần', 'period': '2025', 'modality': 'actual'}
RT = {'indicator': 'resolution_targets'}
E = {'modality': 'estimate'}
H2 = {'period': '2025-H2'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('vượt 17/20 chỉ tiêu Nghị quyết\n', '17/20', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('diện tích tự nhiên 62,4 km2', '62,4 km2', 'level', 'km2', dict(optional=True)),
 ('hơn 41.800 người', '41.800', 'level', 'người', dict(optional=True)),
 ('chiếm 31,5%', '31,5%', 'level', '%', dict(optional=True)),
 ('vượt 17/20 chỉ tiêu Nghị quyết HĐND', '17/20', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('2 chỉ tiêu xấp xỉ đạt', '2', 'level', 'chỉ tiêu', dict(RT, status='nearly')),
 ('1 chỉ tiêu chưa đạt', '1', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('ước đạt 2.915 tỷ đồng', '2.915 tỷ đồng', 'level', 'VND', dict(E, indicator='total_output_value')),
 ('tăng 7,6% so với năm 2024', '7,6%', 'change', '%', dict(E, indicator='total_output_value', direction='up', base='2024')),
 ('ước đạt 71,2 triệu đồng/người/năm', '71,2 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(E, indicator='income_per_capita')),
 ('được 5.820 ha', '5.820 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('quân 6,1 tấn/ha', '6,1 tấn/ha', 'level', 'tấn/ha', dict()),
 ('có 5 sản phẩm OCOP', '5', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('đạt 18,64 tỷ đồng', '18,64 tỷ đồng', 'level', 'VND', dict(H2, indicator='budget_revenue')),
 ('bằng 96,8% dự toán', '96,8%', 'attainment', '%', dict(H2, indicator='budget_revenue', base='target')),
 ('sách 27,3 tỷ đồng', '27,3 tỷ đồng', 'level', 'VND', dict(H2, indicator='budget_expenditure')),
 ('còn 96 hộ nghèo', '96', 'level', 'hộ', dict(indicator='poor_households')),
 ('chiếm 0,81%', '0,81%', 'level', '%', dict(indicator='poverty_rate')),
 ('214 hộ cận nghèo', '214', 'level', 'hộ', dict()),
 ('chiếm 1,8%', '1,8%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('dựng 23 căn nhà', '23', 'level', 'căn nhà', dict()),
 ('phí 1,38 tỷ đồng', '1,38 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 61,5%', '61,5%', 'level', '%', dict(indicator='clean_water_rate')),
 ('(Nghị quyết 65%)', '65%', 'level', '%', dict(indicator='clean_water_rate', modality='target')),
 ('đạt 69,4%', '69,4%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('với 20 chỉ tiêu chủ yếu', '20', 'level', 'chỉ tiêu', dict(T, **RT)),
 ('sản xuất: 8 - 8,5%', '8 - 8,5%', 'level', '%', dict(T, indicator='total_output_value')),
 ('địa bàn: 39,5 tỷ đồng', '39,5 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('người: 77 triệu đồng', '77 triệu đồng', 'level', 'VND/người/năm', dict(T, indicator='income_per_capita')),
 ('giảm 0,2 - 0,3 điểm phần trăm', '0,2 - 0,3 điểm phần trăm', 'change', 'điểm %', dict(T, indicator='poverty_rate', direction='down')),
 ('tế: 95,2%', '95,2%', 'level', '%', dict(T, indicator='health_insurance_coverage')),
 ('cho 650 lao động', '650', 'level', 'lao động', dict(T, indicator='jobs_created')),
 ('lao động 25 người', '25', 'level', 'người', dict(T, indicator='labour_export')),
 ('gia: 9/11 trường', '9/11', 'ratio', 'trường', dict(T, indicator='national_standard_schools')),
]
