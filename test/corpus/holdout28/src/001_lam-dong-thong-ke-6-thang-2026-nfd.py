NFD = True
TEXT = '''
BÁO LÂM ĐỒNG
Trang chủ  >  Kinh tế  >  Thống kê - Dự báo
Thời tiết Đà Lạt 17 - 24°C | Bảo Lộc 20 - 28°C | Phan Thiết 26 - 33°C

Kinh tế Lâm Đồng 6 tháng đầu năm 2026: GRDP ước tăng 7,12%, xuất khẩu vượt 1,2 tỷ USD

Cập nhật lúc 15:20 ngày 06/07/2026

(BLĐ) - Sáng 6/7, Thống kê tỉnh Lâm Đồng tổ chức họp báo công bố số liệu kinh tế - xã hội quý II và 6 tháng đầu năm 2026. Đây là kỳ công bố thứ tư kể từ khi tỉnh Lâm Đồng mới (hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận) đi vào hoạt động ngày 1/7/2025.

Theo số liệu công bố, tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng đầu năm 2026 theo giá so sánh ước tính tăng 7,12% so với cùng kỳ năm trước, cao hơn mức tăng 6,35% của cùng kỳ năm 2025 nhưng thấp hơn kịch bản tăng trưởng 7,8% mà UBND tỉnh đặt ra cho nửa đầu năm.

Quang cảnh buổi họp báo tại trụ sở Thống kê tỉnh, số 36 Trần Phú, phường Xuân Hương - Đà Lạt. Ảnh: Hoàng Sa

Các chỉ tiêu chủ yếu

Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2026 của tỉnh (so với cùng kỳ năm trước):
- Chỉ số sản xuất công nghiệp (IIP): tăng 8,2%
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng: 68.420 tỷ đồng, tăng 11,4%
- Kim ngạch xuất khẩu hàng hóa: 1.215 triệu USD, tăng 15,3%
- Kim ngạch nhập khẩu hàng hóa: 486 triệu USD, giảm 2,1%
- Thu ngân sách nhà nước: 14.860 tỷ đồng, đạt 52,6% dự toán HĐND tỉnh giao
- Chỉ số giá tiêu dùng (CPI) bình quân: tăng 3,18%
- Doanh nghiệp thành lập mới: 1.436 doanh nghiệp, tăng 9,8%

Về cơ cấu, khu vực nông, lâm nghiệp và thủy sản tăng 4,05% so với cùng kỳ; khu vực công nghiệp và xây dựng tăng 9,64%; khu vực dịch vụ tăng 8,27%. Tỷ trọng khu vực dịch vụ trong GRDP chiếm 38,6%, tăng 0,9 điểm phần trăm so với 6 tháng đầu năm 2025.

Công nghiệp phục hồi rõ nét

Chỉ số sản xuất toàn ngành công nghiệp tháng 6/2026 ước tính tăng 1,6% so với tháng trước và tăng 9,1% so với cùng tháng năm trước. Tính chung 6 tháng, ngành chế biến, chế tạo tăng 10,7%; sản xuất và phân phối điện tăng 6,9%; khai khoáng giảm 3,4% do một số mỏ bô-xít tạm dừng để bảo dưỡng thiết bị.

Sản lượng alumin 6 tháng đạt 742.000 tấn, tăng 5,6%; điện sản xuất đạt 4.318 triệu kWh, tăng 7,2%. Nhà máy Alumin Nhân Cơ tiếp tục vận hành ổn định ở mức 100 - 105% công suất thiết kế.

Nông nghiệp: cà phê được giá

Trong 6 tháng, toàn tỉnh gieo trồng 152.300 ha cây hằng năm, bằng 98,7% so với cùng kỳ. Sản lượng cà phê niên vụ 2025 - 2026 ước đạt 1,02 triệu tấn nhân, tăng 4,1% so với niên vụ trước. Trong quý II, giá cà phê nhân xô tại các xã Đam Rông, Di Linh dao động 98.000 - 104.000 đồng/kg, thấp hơn quý I khoảng 6.000 đồng/kg.

Sản lượng thủy sản khai thác và nuôi trồng (chủ yếu tại khu vực Bình Thuận cũ) ước đạt 148.600 tấn, tăng 2,9%; trong đó khai thác biển ước 121.400 tấn.

Thương mại, du lịch tăng trưởng khá

Lượng khách du lịch đến Lâm Đồng 6 tháng ước đạt 9,6 triệu lượt khách, tăng 12,7%, trong đó khách quốc tế 612.000 lượt, gấp 1,3 lần cùng kỳ; doanh thu từ du lịch ước đạt 24.580 tỷ đồng, tăng 16,2%. Tháng 6, công suất phòng bình quân của các cơ sở lưu trú từ 3 sao trở lên đạt khoảng 71%.

Xuất khẩu cà phê, hạt điều và thanh long vẫn là các mặt hàng chủ lực, lần lượt là 742 triệu USD, 96 triệu USD và 38 triệu USD.

Đầu tư, ngân sách

Vốn đầu tư thực hiện toàn xã hội 6 tháng đạt 38.750 tỷ đồng, tăng 10,6% so với cùng kỳ. Giải ngân vốn đầu tư công đến ngày 30/6/2026 đạt 6.138 tỷ đồng/KH 17.540 tỷ đồng, đạt 35%, thấp hơn mức bình quân cả nước (khoảng 38,4%).

Tổng thu ngân sách nhà nước trên địa bàn đạt 14.860 tỷ đồng, trong đó thu nội địa 13.920 tỷ đồng, bằng 55,1% dự toán Trung ương giao; thu từ hoạt động xuất nhập khẩu 940 tỷ đồng, tăng 21,5%. Chi ngân sách địa phương 16.270 tỷ đồng, bằng 44,8% dự toán.

Giá cả, đời sống

CPI tháng 6/2026 tăng 0,21% so với tháng trước, tăng 1,95% so với tháng 12/2025 và tăng 3,4% so với cùng tháng năm trước. Nhóm nhà ở, điện nước, chất đốt và vật liệu xây dựng tăng cao nhất với 5,8%.

Trong 6 tháng, toàn tỉnh giải quyết việc làm cho 21.460 lao động, đạt 54,3% kế hoạch năm; đưa 1.350 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ thất nghiệp khu vực thành thị ước 2,18%, giảm 0,12 điểm phần trăm so với cùng kỳ.

Từ ngày 15/12/2025 đến ngày 14/6/2026, trên địa bàn tỉnh xảy ra 142 vụ tai nạn giao thông, làm chết 98 người, bị thương 87 người. So với cùng kỳ, số vụ giảm 7,2%, số người chết giảm 6 người. Riêng tuyến Quốc lộ 20 và Quốc lộ 28 xảy ra 31 vụ.

Phát biểu tại họp báo, ông Nguyễn Thanh Tùng, Trưởng Thống kê tỉnh cho biết, để đạt mục tiêu tăng trưởng 8,5% cả năm 2026, 6 tháng cuối năm GRDP của tỉnh cần tăng khoảng 9,7%.

Hoàng Sa

Xem thêm:
- Lâm Đồng: 27 dự án du lịch chậm tiến độ bị đề nghị thu hồi (04/7/2026)
- Giá cà phê hôm nay 6/7: tăng 1.200 đồng/kg
- Đường dây nóng Báo Lâm Đồng: 0263 3822 348

Bản quyền thuộc Báo Lâm Đồng. Giấy phép số 86/GP-BVHTTDL. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
'''
META = {'published': '2026-07-06', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2026-H1', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
T = {'base': 'target'}
E = {'modality': 'estimate'}
FIGS = [
 # headline
 ('GRDP ước tăng 7,12%', '7,12%', 'change', '%', dict(E, **U, indicator='grdp_growth')),
 ('vượt 1,2 tỷ USD', '1,2 tỷ USD', 'level', 'USD', dict(E, indicator='export_value', bound='over')),
 # lead
 ('ước tính tăng 7,12% so với', '7,12%', 'change', '%', dict(E, **U, **S, indicator='grdp_growth')),
 ('mức tăng 6,35%', '6,35%', 'change', '%', dict(U, indicator='grdp_growth', period='2025-H1')),
 ('tăng trưởng 7,8%', '7,8%', 'level', '%', dict(indicator='grdp_growth', modality='target')),
 # colon list under "(so với cùng kỳ năm trước)"
 ('(IIP): tăng 8,2%', '8,2%', 'change', '%', dict(U, **S, indicator='industrial_production_index')),
 ('tiêu dùng: 68.420 tỷ đồng', '68.420 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 11,4%', '11,4%', 'change', '%', dict(U, **S, indicator='retail_sales')),
 ('hóa: 1.215 triệu USD', '1.215 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('tăng 15,3%', '15,3%', 'change', '%', dict(U, **S, indicator='export_value')),
 ('hóa: 486 triệu USD', '486 triệu USD', 'level', 'USD', dict(indicator='import_value')),
 ('giảm 2,1%', '2,1%', 'change', '%', dict(D, **S, indicator='import_value')),
 ('nước: 14.860 tỷ đồng', '14.860 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 52,6% dự toán', '52,6%', 'attainment', '%', dict(T, indicator='budget_revenue')),
 ('bình quân: tăng 3,18%', '3,18%', 'change', '%', dict(U, **S, indicator='cpi')),
 ('mới: 1.436 doanh nghiệp', '1.436', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('tăng 9,8%', '9,8%', 'change', '%', dict(U, **S, indicator='new_enterprises')),
 # sectors
 ('sản tăng 4,05%', '4,05%', 'change', '%', dict(U, **S)),
 ('dựng tăng 9,64%', '9,64%', 'change', '%', dict(U)),
 ('dịch vụ tăng 8,27%', '8,27%', 'change', '%', dict(U)),
 ('chiếm 38,6%', '38,6%', 'level', '%', dict(indicator='sector_share')),
 ('tăng 0,9 điểm phần trăm', '0,9 điểm phần trăm', 'change', 'điểm %', dict(U, **S, indicator='sector_share')),
 # industry
 ('tính tăng 1,6%', '1,6%', 'change', '%', dict(E, **U, base='previous_period', period='2026-M06', indicator='industrial_production_index')),
 ('tăng 9,1% so với cùng tháng', '9,1%', 'change', '%', dict(E, **U, **S, period='2026-M06', indicator='industrial_production_index')),
 ('chế tạo tăng 10,7%', '10,7%', 'change', '%', dict(U)),
 ('điện tăng 6,9%', '6,9%', 'change', '%', dict(U)),
 ('khoáng giảm 3,4%', '3,4%', 'change', '%', dict(D)),
 ('100 - 105%', '100 - 105%', 'level', '%', dict(optional=True)),
 ('hợp nhất ba tỉnh', 'ba', 'level', 'tỉnh', dict(optional=True, value=3)),
 ('đạt 742.000 tấn', '742.000 tấn', 'level', 'tấn', dict()),
 ('tăng 5,6%', '5,6%', 'change', '%', dict(U)),
 ('đạt 4.318 triệu kWh', '4.318 triệu kWh', 'level', 'kWh', dict()),
 ('tăng 7,2%', '7,2%', 'change', '%', dict(U)),
 # agriculture
 ('gieo trồng 152.300 ha', '152.300 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('bằng 98,7% so với cùng kỳ', '98,7%', 'attainment', '%', dict(S, indicator='crop_area')),
 ('đạt 1,02 triệu tấn', '1,02 triệu tấn', 'level', 'tấn', dict(E, period='2025/2026')),
 ('tăng 4,1% so với niên vụ', '4,1%', 'change', '%', dict(E, **U, period='2025/2026', base='previous_period')),
 ('98.000 - 104.000 đồng/kg', '98.000 - 104.000 đồng/kg', 'level', 'VND/kg', dict(period='2026-Q2')),
 ('khoảng 6.000 đồng/kg', '6.000 đồng/kg', 'change', 'VND/kg', dict(D, base='previous_period', bound='about', period='2026-Q2')),
 ('đạt 148.600 tấn', '148.600 tấn', 'level', 'tấn', dict(E, indicator='aquaculture_output')),
 ('tăng 2,9%', '2,9%', 'change', '%', dict(E, **U, indicator='aquaculture_output')),
 ('biển ước 121.400 tấn', '121.400 tấn', 'level', 'tấn', dict(E)),
 # tourism
 ('đạt 9,6 triệu lượt khách', '9,6 triệu lượt khách', 'level', 'lượt khách', dict(E, indicator='tourist_arrivals')),
 ('tăng 12,7%', '12,7%', 'change', '%', dict(E, **U, indicator='tourist_arrivals')),
 ('quốc tế 612.000 lượt', '612.000', 'level', 'lượt', dict(E, indicator='international_tourist_arrivals')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', dict(E, **U, **S, indicator='international_tourist_arrivals')),
 ('đạt 24.580 tỷ đồng', '24.580 tỷ đồng', 'level', 'VND', dict(E, indicator='tourism_revenue')),
 ('tăng 16,2%', '16,2%', 'change', '%', dict(E, **U, indicator='tourism_revenue')),
 ('khoảng 71%', '71%', 'level', '%', dict(bound='about', period='2026-M06')),
 ('là 742 triệu USD', '742 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 (', 96 triệu USD', '96 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('và 38 triệu USD', '38 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 # investment, budget
 ('đạt 38.750 tỷ đồng', '38.750 tỷ đồng', 'level', 'VND', dict(indicator='social_investment')),
 ('tăng 10,6% so với', '10,6%', 'change', '%', dict(U, **S, indicator='social_investment')),
 ('đạt 6.138 tỷ đồng', '6.138 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('KH 17.540 tỷ đồng', '17.540 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement', modality='target', period='2026')),
 ('đạt 35%', '35%', 'attainment', '%', dict(T, indicator='public_investment_disbursement')),
 ('(khoảng 38,4%)', '38,4%', 'attainment', '%', dict(T, indicator='public_investment_disbursement', locality='cả nước', bound='about')),
 ('trên địa bàn đạt 14.860 tỷ đồng', '14.860 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('nội địa 13.920 tỷ đồng', '13.920 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 55,1% dự toán', '55,1%', 'attainment', '%', dict(T, indicator='budget_revenue')),
 ('khẩu 940 tỷ đồng', '940 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('tăng 21,5%', '21,5%', 'change', '%', dict(U, indicator='budget_revenue')),
 ('phương 16.270 tỷ đồng', '16.270 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 44,8% dự toán', '44,8%', 'attainment', '%', dict(T, indicator='budget_expenditure')),
 # prices
 ('tăng 0,21%', '0,21%', 'change', '%', dict(U, base='previous_period', period='2026-M06', indicator='cpi')),
 ('tăng 1,95%', '1,95%', 'change', '%', dict(U, base='2025', period='2026-M06', indicator='cpi')),
 ('tăng 3,4% so với cùng tháng', '3,4%', 'change', '%', dict(U, **S, period='2026-M06', indicator='cpi')),
 ('với 5,8%', '5,8%', 'change', '%', dict(U, period='2026-M06')),
 # society
 ('cho 21.460 lao động', '21.460', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 54,3% kế hoạch', '54,3%', 'attainment', '%', dict(T, indicator='jobs_created')),
 ('đưa 1.350 người', '1.350', 'level', 'người', dict(indicator='labour_export')),
 ('ước 2,18%', '2,18%', 'level', '%', dict(E, indicator='unemployment_rate')),
 ('giảm 0,12 điểm phần trăm', '0,12 điểm phần trăm', 'change', 'điểm %', dict(E, **D, **S, indicator='unemployment_rate')),
 ('xảy ra 142 vụ', '142', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 98 người', '98', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 87 người', '87', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 7,2%', '7,2%', 'change', '%', dict(D, **S, indicator='traffic_accidents')),
 ('giảm 6 người', '6', 'change', 'người', dict(D, **S, indicator='traffic_deaths')),
 ('xảy ra 31 vụ', '31', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('tăng trưởng 8,5%', '8,5%', 'level', '%', dict(indicator='grdp_growth', modality='target', period='2026')),
 ('khoảng 9,7%', '9,7%', 'change', '%', dict(U, indicator='grdp_growth', modality='target', period='2026-H2', bound='about')),
]
