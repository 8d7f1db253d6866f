TEXT = '''
BÁO TÂY NINH ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Đất và người Tây Ninh

Kinh tế

Tây Ninh: Kinh tế 6 tháng đầu năm 2026 tăng trưởng 9,12%, thu hút FDI hơn 1,3 tỷ USD

Thứ Tư, 08/07/2026 | 10:20

(BTN) - Chiều 7/7, UBND tỉnh Tây Ninh họp phiên thường kỳ tháng 6 đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2026. Đây là báo cáo 6 tháng đầu tiên của tỉnh Tây Ninh sau khi hợp nhất với tỉnh Long An, số liệu cùng kỳ được tính gộp của hai tỉnh cũ.

Tăng trưởng thuộc nhóm cao của cả nước

Theo báo cáo của UBND tỉnh, tổng sản phẩm trên địa bàn (GRDP) 6 tháng ước tăng 9,12% so với cùng kỳ, đứng thứ 5 cả nước và thứ 2 vùng Đông Nam Bộ; trong đó khu vực công nghiệp - xây dựng tăng 12,4%, đóng góp 5,6 điểm phần trăm vào mức tăng chung. Chỉ số sản xuất công nghiệp (IIP) ước tăng 13,8%; riêng khu vực Long An cũ tăng 15,2%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 96.480 tỷ đồng, tăng 11,9%. Kim ngạch xuất khẩu ước đạt 11,26 tỷ USD, tăng 16,3%; nhập khẩu ước 8,94 tỷ USD, tăng 13,1%; xuất siêu 2,32 tỷ USD. Khu vực Long An cũ chiếm 71,4% kim ngạch xuất khẩu của tỉnh.

Vốn FDI tập trung ở khu vực Long An cũ

Trong 6 tháng, tỉnh thu hút 1,34 tỷ USD vốn đầu tư trực tiếp nước ngoài, gồm 74 dự án cấp mới với vốn đăng ký 812 triệu USD, 58 lượt dự án điều chỉnh tăng vốn thêm 437 triệu USD và 91 lượt góp vốn, mua cổ phần trị giá 91 triệu USD. So với cùng kỳ tính gộp hai tỉnh cũ, vốn FDI tăng 22,7%. Riêng khu vực Long An cũ thu hút 1,05 tỷ USD, chiếm 78,4%.

Vốn đầu tư trong nước đạt 28.640 tỷ đồng (tương đương khoảng 1,1 tỷ USD), với 186 dự án cấp mới và 64 lượt dự án điều chỉnh vốn.

Lũy kế đến ngày 30/6/2026, toàn tỉnh có 3.512 dự án FDI còn hiệu lực với tổng vốn đăng ký 25,86 tỷ USD; 52 khu công nghiệp đang hoạt động có tỷ lệ lấp đầy bình quân 74,5%.

Thu ngân sách đạt khá

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 31.250 tỷ đồng, bằng 54,3% dự toán Trung ương giao, bằng 51,1% dự toán HĐND tỉnh giao và tăng 14,6% so với cùng kỳ. Trong đó, thu nội địa 25.870 tỷ đồng; thu từ hoạt động xuất nhập khẩu 5.380 tỷ đồng.

Giải ngân vốn đầu tư công đến ngày 30/6 đạt 9.412 tỷ đồng, đạt 41,8% kế hoạch vốn Thủ tướng Chính phủ giao, cao hơn cùng kỳ 6,3 điểm phần trăm. Còn 18/65 chủ đầu tư có tỷ lệ giải ngân dưới 30%.

Về môi trường đầu tư, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025 của Tây Ninh xếp thứ 9/34 tỉnh, thành phố; tỉnh đang triển khai Kế hoạch số 1520/KH-UBND ngày 12/3/2026 về cải thiện môi trường kinh doanh, trong đó rút ngắn thời gian cấp giấy chứng nhận đầu tư xuống còn 10 ngày làm việc. Đường dây nóng hỗ trợ nhà đầu tư: 0272.3829.999.

Lao động, việc làm

Toàn tỉnh giải quyết việc làm cho 41.260 lao động, đạt 55% kế hoạch năm; đưa 1.380 người đi làm việc ở nước ngoài theo hợp đồng. Số người tham gia bảo hiểm xã hội đạt 812.450 người, chiếm 38,7% lực lượng lao động trong độ tuổi; tỷ lệ bao phủ bảo hiểm y tế đạt 93,2% dân số.

Kết quả một số chỉ tiêu chủ yếu 6 tháng đầu năm 2026:

Chỉ tiêu | Kế hoạch năm 2026 | Ước thực hiện 6 tháng | So với kế hoạch (%)
Kim ngạch xuất khẩu (triệu USD) | 21.500 | 11.260 | 52,4
Thu hút vốn FDI (triệu USD) | 2.200 | 1.340 | 60,9
Thu ngân sách nhà nước (tỷ đồng) | 57.550 | 31.250 | 54,3

Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và 96 xã, phường phấn đấu tăng trưởng GRDP cả năm đạt 10% trở lên; giải ngân vốn đầu tư công đạt trên 95% kế hoạch; thu hút thêm ít nhất 900 triệu USD vốn FDI trong 6 tháng cuối năm.

Thanh Vân

Tin cùng chuyên mục
- Khu công nghiệp Phước Đông mở rộng thêm 680 ha
- Tây Ninh đối thoại với doanh nghiệp FDI khu vực Đức Hòa
- Tháng 5/2026: Xuất khẩu tăng 18,2%

Bình luận (2)
Nguyễn Minh Tuấn - 08/07/2026 11:02: Mong tỉnh sớm làm đường vành đai để xe container bớt kẹt ở Bến Lức.

Báo Tây Ninh - Số 55 đường 30/4, phường Tân Ninh, tỉnh Tây Ninh. ĐT: 0276.3822.491
'''
META = {'published': '2026-07-08', 'locality': 'tỉnh Tây Ninh'}
DEFAULTS = {'locality': 'tỉnh Tây Ninh', 'period': '2026-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
LA = {'locality': 'tỉnh Long An'}
F = {'indicator': 'fdi'}
B = {'indicator': 'budget_revenue'}
X = {'indicator': 'social_insurance_coverage'}
PI = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('tăng trưởng 9,12%', '9,12%', 'level', '%', dict(indicator='grdp_growth')),
 ('hơn 1,3 tỷ USD', '1,3 tỷ USD', 'level', 'USD', dict(F, bound='over')),
 ('ước tăng 9,12%', '9,12%', 'change', '%', dict(E, indicator='grdp_growth', direction='up', base='same_period')),
 ('tăng 12,4%', '12,4%', 'change', '%', dict(direction='up')),
 ('đóng góp 5,6 điểm phần trăm', '5,6 điểm phần trăm', 'level', 'điểm %', dict()),
 ('IIP) ước tăng 13,8%', '13,8%', 'change', '%', dict(E, indicator='industrial_production_index', direction='up')),
 ('cũ tăng 15,2%', '15,2%', 'change', '%', dict(**LA, indicator='industrial_production_index', direction='up')),
 ('ước đạt 96.480 tỷ đồng', '96.480 tỷ đồng', 'level', 'VND', dict(E, indicator='retail_sales')),
 ('tăng 11,9%', '11,9%', 'change', '%', dict(E, indicator='retail_sales', direction='up')),
 ('ước đạt 11,26 tỷ USD', '11,26 tỷ USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('tăng 16,3%', '16,3%', 'change', '%', dict(E, indicator='export_value', direction='up')),
 ('ước 8,94 tỷ USD', '8,94 tỷ USD', 'level', 'USD', dict(E, indicator='import_value')),
 ('tăng 13,1%', '13,1%', 'change', '%', dict(E, indicator='import_value', direction='up')),
 ('siêu 2,32 tỷ USD', '2,32 tỷ USD', 'level', 'USD', dict()),
 ('chiếm 71,4%', '71,4%', 'level', '%', dict(LA, indicator='export_value')),
 ('hút 1,34 tỷ USD', '1,34 tỷ USD', 'level', 'USD', dict(F)),
 ('gồm 74 dự án', '74', 'level', 'dự án', dict()),
 ('ký 812 triệu USD', '812 triệu USD', 'level', 'USD', dict(F)),
 ('58 lượt dự án', '58', 'level', 'lượt dự án', dict()),
 ('thêm 437 triệu USD', '437 triệu USD', 'level', 'USD', dict(F)),
 ('91 lượt góp vốn', '91', 'level', 'lượt', dict()),
 ('giá 91 triệu USD', '91 triệu USD', 'level', 'USD', dict(F)),
 ('tăng 22,7%', '22,7%', 'change', '%', dict(F, direction='up', base='same_period')),
 ('hút 1,05 tỷ USD', '1,05 tỷ USD', 'level', 'USD', dict(F, **LA)),
 ('chiếm 78,4%', '78,4%', 'level', '%', dict(F, **LA)),
 ('đạt 28.640 tỷ đồng', '28.640 tỷ đồng', 'level', 'VND', dict()),
 ('khoảng 1,1 tỷ USD', '1,1 tỷ USD', 'level', 'USD', dict(bound='about')),
 ('với 186 dự án', '186', 'level', 'dự án', dict()),
 ('64 lượt dự án', '64', 'level', 'lượt dự án', dict()),
 ('có 3.512 dự án', '3.512', 'level', 'dự án', dict(period='2026-M06')),
 ('ký 25,86 tỷ USD', '25,86 tỷ USD', 'level', 'USD', dict(F, period='2026-M06')),
 ('52 khu công nghiệp', '52', 'level', 'khu công nghiệp', dict(optional=True)),
 ('bình quân 74,5%', '74,5%', 'level', '%', dict(period='2026-M06')),
 ('ước đạt 31.250 tỷ đồng', '31.250 tỷ đồng', 'level', 'VND', dict(E, **B)),
 ('bằng 54,3% dự toán', '54,3%', 'attainment', '%', dict(E, **B, base='target')),
 ('bằng 51,1% dự toán', '51,1%', 'attainment', '%', dict(E, **B, base='target')),
 ('tăng 14,6% so với cùng kỳ', '14,6%', 'change', '%', dict(E, **B, direction='up', base='same_period')),
 ('địa 25.870 tỷ đồng', '25.870 tỷ đồng', 'level', 'VND', dict(B)),
 ('khẩu 5.380 tỷ đồng', '5.380 tỷ đồng', 'level', 'VND', dict(B)),
 ('đạt 9.412 tỷ đồng', '9.412 tỷ đồng', 'level', 'VND', dict(PI)),
 ('đạt 41,8% kế hoạch', '41,8%', 'attainment', '%', dict(PI, base='target')),
 ('kỳ 6,3 điểm phần trăm', '6,3 điểm phần trăm', 'change', 'điểm %', dict(PI, direction='up', base='same_period')),
 ('Còn 18/65 chủ đầu tư', '18/65', 'ratio', 'chủ đầu tư', dict(period='2026-M06')),
 ('còn 10 ngày', '10', 'level', 'ngày làm việc', dict(optional=True)),
 ('cho 41.260 lao động', '41.260', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 55% kế hoạch năm', '55%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('đưa 1.380 người', '1.380', 'level', 'người', dict(indicator='labour_export')),
 ('đạt 812.450 người', '812.450', 'level', 'người', dict(X)),
 ('chiếm 38,7%', '38,7%', 'level', '%', dict(X)),
 ('đạt 93,2%', '93,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('| 21.500 |', '21.500', 'level', 'USD', dict(T, indicator='export_value', value=21500000000)),
 ('| 11.260 |', '11.260', 'level', 'USD', dict(E, indicator='export_value', value=11260000000)),
 ('| 52,4', '52,4', 'attainment', '%', dict(E, indicator='export_value', base='target')),
 ('| 2.200 |', '2.200', 'level', 'USD', dict(T, **F, value=2200000000)),
 ('| 1.340 |', '1.340', 'level', 'USD', dict(E, **F, value=1340000000)),
 ('| 60,9', '60,9', 'attainment', '%', dict(E, **F, base='target')),
 ('| 57.550 |', '57.550', 'level', 'VND', dict(T, **B, value=57550000000000)),
 ('| 31.250 |', '31.250', 'level', 'VND', dict(E, **B, value=31250000000000)),
 ('| 54,3', '54,3', 'attainment', '%', dict(E, **B, base='target')),
 ('và 96 xã', '96', 'level', 'xã', dict(optional=True)),
 ('đạt 10% trở lên', '10%', 'level', '%', dict(T, indicator='grdp_growth', bound='at_least')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', dict(T, **PI, base='target', bound='over')),
 ('ít nhất 900 triệu USD', '900 triệu USD', 'level', 'USD', dict(F, modality='target', period='2026-H2', bound='at_least')),
]
