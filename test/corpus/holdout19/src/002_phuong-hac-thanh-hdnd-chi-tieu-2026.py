TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HẠC THÀNH
Tin tức - Sự kiện | Hoạt động HĐND

HĐND phường Hạc Thành thông qua 12 nghị quyết tại kỳ họp thứ 5

18/12/2025 | 10:12

Ngày 17/12/2025, HĐND phường Hạc Thành khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 5 (kỳ họp thường lệ cuối năm). Dự kỳ họp có lãnh đạo Ban Kinh tế - Ngân sách HĐND tỉnh Thanh Hóa.

Báo cáo của UBND phường cho thấy, dù mới vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025, năm 2025 phường đã hoàn thành 14/16 chỉ tiêu chủ yếu. Thu ngân sách trên địa bàn ước đạt 1.126 tỷ đồng, bằng 118,5% dự toán HĐND phường giao. Thu nhập bình quân đầu người ước đạt 91 triệu đồng, gấp 1,3 lần năm 2021.

Kỳ họp đã nghe báo cáo tổng hợp 86 ý kiến, kiến nghị của cử tri gửi tới kỳ họp. Đại biểu Lê Văn Hùng (Tổ đại biểu số 3) phản ánh 27 hộ dân ở khu phố Đông Sơn thường xuyên bị ngập khi mưa lớn, đề nghị sớm cải tạo tuyến mương dài khoảng 400 m.

Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026 xác định 15 chỉ tiêu chủ yếu, trong đó:
1. Tổng giá trị sản xuất trên địa bàn tăng 10 - 11%.
2. Thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng trở lên.
3. Tổng vốn đầu tư toàn xã hội đạt khoảng 6.800 tỷ đồng.
4. Thu nhập bình quân đầu người đạt 98 triệu đồng/người/năm.
5. Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) giảm còn dưới 0,3%.
6. Giải quyết việc làm cho 2.600 lao động.
7. Tỷ lệ lao động qua đào tạo đạt 82%.
8. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%.
9. Có thêm 2 trường đạt chuẩn quốc gia, nâng tổng số lên 38/41 trường.
10. Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%.
11. Thành lập mới 450 doanh nghiệp.

Cũng tại kỳ họp, HĐND phường thông qua Nghị quyết số 45/NQ-HĐND về dự toán thu, chi ngân sách năm 2026 và miễn nhiệm 1 ủy viên UBND phường.

Phát biểu bế mạc, Chủ tịch HĐND phường Nguyễn Thị Lan đề nghị các tổ đại biểu sớm báo cáo kết quả kỳ họp với cử tri tại 42 tổ dân phố.

Minh Đức - Văn phòng HĐND và UBND phường
'''
META = {'published': '2025-12-18', 'locality': 'phường Hạc Thành'}
DEFAULTS = {'locality': 'phường Hạc Thành', 'period': '2026', 'modality': 'target'}
E = {'period': '2025', 'modality': 'estimate'}
FIGS = [
 ('thông qua 12 nghị quyết', '12', 'level', 'nghị quyết', dict(optional=True)),
 ('hoàn thành 14/16 chỉ tiêu', '14/16', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', period='2025', modality='actual', status='achieved')),
 ('ước đạt 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_revenue')),
 ('bằng 118,5% dự toán', '118,5%', 'attainment', '%', dict(E, indicator='budget_revenue', base='target')),
 ('ước đạt 91 triệu đồng', '91 triệu đồng', 'level', 'VND/người/năm', dict(E, indicator='income_per_capita')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', dict(E, indicator='income_per_capita', base='2021', direction='up')),
 ('tổng hợp 86 ý kiến', '86', 'level', 'ý kiến', dict(optional=True)),
 ('ánh 27 hộ dân', '27', 'level', 'hộ dân', dict(optional=True)),
 ('khoảng 400 m', '400 m', 'level', 'm', dict(optional=True)),
 ('tại 42 tổ dân phố', '42', 'level', 'tổ dân phố', dict(optional=True)),
 ('định 15 chỉ tiêu', '15', 'level', 'chỉ tiêu', dict(indicator='resolution_targets')),
 ('tăng 10 - 11%', '10 - 11%', 'change', '%', dict(indicator='total_output_value', direction='up')),
 ('đạt 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', bound='at_least')),
 ('khoảng 6.800 tỷ đồng', '6.800 tỷ đồng', 'level', 'VND', dict(indicator='social_investment', bound='about')),
 ('đạt 98 triệu đồng/người/năm', '98 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(indicator='income_per_capita')),
 ('dưới 0,3%', '0,3%', 'level', '%', dict(indicator='poverty_rate', direction='down', bound='under')),
 ('cho 2.600 lao động', '2.600', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 82%', '82%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('đạt 96,5%', '96,5%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('thêm 2 trường', '2', 'level', 'trường', dict(indicator='national_standard_schools')),
 ('lên 38/41 trường', '38/41', 'ratio', 'trường', dict(indicator='national_standard_schools', direction='up')),
 ('xử lý đạt 100%', '100%', 'level', '%', dict()),
 ('mới 450 doanh nghiệp', '450', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
]
