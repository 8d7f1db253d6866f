# Phú Thọ (mới: Phú Thọ + Vĩnh Phúc + Hòa Bình), HĐND year-end session, whole-year 2025 report and 2026 targets.
# Old-style tone marks on the page (Hoà, khoá, thuỷ), as many provincial sites still serve.
TEXT = '''
Báo Phú Thọ điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Đất Tổ hôm nay
Đường dây nóng: 0210 3846 559 - Email: toasoan@baophutho.vn

Trang chủ > Kinh tế > Kinh tế địa phương

Năm đầu tiên sau hợp nhất: GRDP tỉnh Phú Thọ ước tăng 8,7%

Thứ Tư, 10/12/2025 | 07:15 GMT+7

(BPT) - Sáng 9/12, HĐND tỉnh Phú Thọ khoá XIX khai mạc kỳ họp thứ 5 (kỳ họp thường lệ cuối năm), nghe UBND tỉnh báo cáo tình hình kinh tế - xã hội năm 2025 và kế hoạch năm 2026. Đây là báo cáo cả năm đầu tiên của tỉnh Phú Thọ kể từ khi ba tỉnh Phú Thọ, Vĩnh Phúc và Hoà Bình hợp nhất theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội; các số liệu năm 2024 dùng để so sánh là số liệu cộng gộp của ba tỉnh (cũ).

Quang cảnh kỳ họp tại Trung tâm Hội nghị tỉnh, phường Việt Trì. Ảnh: Thu Hà

Tăng trưởng cao hơn trước hợp nhất

Theo báo cáo do Phó Chủ tịch UBND tỉnh trình bày, tổng sản phẩm trên địa bàn (GRDP) năm 2025 ước tăng 8,7% so với năm 2024, cao hơn mức tăng 7,6% của năm 2024 (tính gộp ba tỉnh). Quy mô nền kinh tế ước đạt 297.600 tỷ đồng, xếp thứ 11/34 tỉnh, thành phố; GRDP bình quân đầu người ước đạt 73,4 triệu đồng.

Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực: khu vực công nghiệp - xây dựng chiếm 47,2%, dịch vụ 36,5%, nông, lâm nghiệp và thuỷ sản 10,8%, thuế sản phẩm trừ trợ cấp sản phẩm 5,5%.

Chỉ số sản xuất công nghiệp (IIP) tăng 12,6% so với năm trước; riêng khu vực tỉnh Vĩnh Phúc (cũ) tăng 14,1% nhờ ngành lắp ráp ô tô, xe máy và linh kiện điện tử phục hồi. Kim ngạch xuất khẩu ước đạt 14,85 tỷ USD, tăng 10,2% so với năm 2024 và vượt 6,1% kế hoạch; kim ngạch nhập khẩu ước 12,3 tỷ USD. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng đạt 118.900 tỷ đồng, tăng 11,4%.

Thu ngân sách vượt dự toán

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 41.250 tỷ đồng, bằng 121,3% dự toán Trung ương giao và bằng 104,6% so với tổng thu của ba tỉnh (cũ) năm 2024. Trong đó, thu nội địa ước 36.700 tỷ đồng; khu vực tỉnh Vĩnh Phúc (cũ) đóng góp khoảng 58% tổng thu. Tổng chi ngân sách địa phương ước 52.800 tỷ đồng, đạt 96,4% dự toán.

Đến ngày 30/11/2025, toàn tỉnh giải ngân vốn đầu tư công được 9.615 tỷ đồng, bằng 71,8% kế hoạch vốn Thủ tướng Chính phủ giao. UBND tỉnh yêu cầu các chủ đầu tư phấn đấu giải ngân 100% kế hoạch vốn năm 2025 trước ngày 31/1/2026, tập trung cho tuyến đường Hồ Chí Minh đoạn qua tỉnh và cầu Phong Châu mới trên Quốc lộ 32C.

Năm 2025, toàn tỉnh có 2.940 doanh nghiệp thành lập mới, tăng 15,7% so với năm trước, tổng vốn đăng ký 31.400 tỷ đồng. Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút được 1,27 tỷ USD, trong đó có 58 dự án cấp mới, chủ yếu vào các khu công nghiệp Bá Thiện, Bình Xuyên và Phú Hà.

Sản lượng lương thực có hạt đạt 1,19 triệu tấn, giảm 1,8% do mưa lũ sau bão số 10 làm ngập úng nhiều diện tích lúa Mùa ở các xã ven sông Đà và sông Lô. Tỷ lệ che phủ rừng duy trì ở mức 52,6%.

An sinh xã hội được bảo đảm

Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025 giảm còn 2,35%; riêng khu vực tỉnh Hoà Bình (cũ) còn 6,9%. Toàn tỉnh giải quyết việc làm cho 38.600 lao động, đạt 107,2% kế hoạch; tỷ lệ lao động qua đào tạo đạt 76,5%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,8%.

Trong 35 chỉ tiêu chủ yếu HĐND tỉnh giao cho năm 2025, có 33/35 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt là tỷ lệ đô thị hoá và số xã đạt chuẩn nông thôn mới nâng cao, do việc sắp xếp đơn vị hành chính làm thay đổi tiêu chí đánh giá.

Đại biểu Đinh Thị Mai (tổ đại biểu số 7) đề nghị làm rõ tiến độ bàn giao trụ sở dôi dư của 13 huyện (cũ) sau khi kết thúc hoạt động cấp huyện từ ngày 1/7/2025.

Mục tiêu năm 2026

Năm 2026, tỉnh đặt mục tiêu tăng trưởng GRDP từ 10% trở lên; GRDP bình quân đầu người đạt 82 triệu đồng; thu ngân sách nhà nước trên địa bàn 45.000 tỷ đồng; tỷ lệ hộ nghèo giảm 0,8 điểm phần trăm. Kỳ họp dự kiến kéo dài đến hết ngày 11/12/2025.

Thu Hà - Minh Đức

Xem thêm:
- Phú Thọ: Khởi công cầu Phong Châu mới
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 4, nhiệm kỳ 2025 - 2030
- Hơn 2.100 hộ dân vùng lũ được hỗ trợ sửa chữa nhà ở

Lượt xem: 1.284 | In bài | Chia sẻ

© Báo Phú Thọ. Giấy phép số 235/GP-BTTTT. Tổng Biên tập: Nguyễn Minh Toàn
'''
META = {'published': '2025-12-10', 'locality': 'tỉnh Phú Thọ'}
DEFAULTS = {'locality': 'tỉnh Phú Thọ', 'period': '2025', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
VP = {'locality': 'tỉnh Vĩnh Phúc'}
FIGS = [
 ('Phú Thọ ước tăng 8,7%', '8,7%', 'change', '%', dict(indicator='grdp_growth', direction='up', **E)),
 ('ước tăng 8,7% so', '8,7%', 'change', '%', dict(indicator='grdp_growth', direction='up', base='2024', **E)),
 ('mức tăng 7,6%', '7,6%', 'change', '%', dict(indicator='grdp_growth', direction='up', period='2024')),
 ('297.600 tỷ đồng', '297.600 tỷ đồng', 'level', 'VND', dict(indicator='grdp', **E)),
 ('73,4 triệu đồng', '73,4 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', **E)),
 ('chiếm 47,2%', '47,2%', 'level', '%', dict(indicator='sector_share')),
 ('vụ 36,5%', '36,5%', 'level', '%', dict(indicator='sector_share')),
 ('sản 10,8%', '10,8%', 'level', '%', dict(indicator='sector_share')),
 ('phẩm 5,5%', '5,5%', 'level', '%', dict(indicator='sector_share')),
 ('tăng 12,6%', '12,6%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='2024')),
 ('tăng 14,1%', '14,1%', 'change', '%', dict(indicator='industrial_production_index', direction='up', **VP)),
 ('14,85 tỷ USD', '14,85 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 10,2%', '10,2%', 'change', '%', dict(indicator='export_value', direction='up', base='2024', **E)),
 ('vượt 6,1%', '6,1%', 'change', '%', dict(indicator='export_value', direction='up', base='target', status='exceeded', **E)),
 ('12,3 tỷ USD', '12,3 tỷ USD', 'level', 'USD', dict(indicator='import_value', **E)),
 ('118.900 tỷ đồng', '118.900 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 11,4%', '11,4%', 'change', '%', dict(indicator='retail_sales', direction='up')),
 ('41.250 tỷ đồng', '41.250 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('bằng 121,3%', '121,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('bằng 104,6%', '104,6%', 'attainment', '%', dict(indicator='budget_revenue', base='2024', **E)),
 ('36.700 tỷ đồng', '36.700 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('khoảng 58%', '58%', 'level', '%', dict(bound='about', **VP)),
 ('52.800 tỷ đồng', '52.800 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure', **E)),
 ('đạt 96,4%', '96,4%', 'attainment', '%', dict(indicator='budget_expenditure', base='target', **E)),
 ('9.615 tỷ đồng', '9.615 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement', period='2025-11M')),
 ('bằng 71,8%', '71,8%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', period='2025-11M')),
 ('giải ngân 100%', '100%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', modality='target')),
 ('2.940 doanh nghiệp', '2.940', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tăng 15,7%', '15,7%', 'change', '%', dict(indicator='new_enterprises', direction='up', base='2024')),
 ('31.400 tỷ đồng', '31.400 tỷ đồng', 'level', 'VND', dict()),
 ('1,27 tỷ USD', '1,27 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('58 dự án', '58', 'level', 'dự án', dict()),
 ('1,19 triệu tấn', '1,19 triệu tấn', 'level', 'tấn', dict(indicator='food_output')),
 ('giảm 1,8%', '1,8%', 'change', '%', dict(indicator='food_output', direction='down')),
 ('mức 52,6%', '52,6%', 'level', '%', dict(indicator='forest_cover')),
 ('còn 2,35%', '2,35%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 6,9%', '6,9%', 'level', '%', dict(indicator='poverty_rate', locality='tỉnh Hòa Bình')),
 ('38.600 lao động', '38.600', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 107,2%', '107,2%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('đạt 76,5%', '76,5%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('đạt 94,8%', '94,8%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('35 chỉ tiêu chủ yếu', '35', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', optional=True)),
 ('33/35 chỉ tiêu', '33/35', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', dict(indicator='resolution_targets', status='not_achieved')),
 ('từ 10% trở lên', '10%', 'level', '%', dict(indicator='grdp_growth', bound='at_least', **T)),
 ('82 triệu đồng', '82 triệu đồng', 'level', 'VND/người/năm', dict(indicator='grdp_per_capita', **T)),
 ('45.000 tỷ đồng', '45.000 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('0,8 điểm phần trăm', '0,8 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', **T)),
 ('13 huyện (cũ)', '13', 'level', 'huyện', dict(optional=True)),
]
