TEXT = '''
CỤC THỐNG KÊ TỈNH HÀ GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Số liệu thống kê | Ấn phẩm | Liên hệ

Tình hình kinh tế - xã hội tỉnh Hà Giang 6 tháng đầu năm 2024

Ngày đăng: 01/07/2024 | Lượt xem: 3.417

Sáu tháng đầu năm 2024, tình hình kinh tế - xã hội của tỉnh diễn ra trong bối cảnh thời tiết đầu năm rét đậm, rét hại kéo dài tại các huyện vùng cao núi đá; tuy vậy, nhờ sự chỉ đạo sát sao của Tỉnh uỷ, UBND tỉnh, kinh tế tiếp tục phục hồi. Tổng sản phẩm trên địa bàn (GRDP) 6 tháng ước tăng 5,12% so với cùng kỳ năm trước, trong đó khu vực nông, lâm nghiệp và thuỷ sản tăng 3,06%, khu vực công nghiệp - xây dựng tăng 6,85%, khu vực dịch vụ tăng 5,74%.

1. Sản xuất nông, lâm nghiệp và thuỷ sản

Vụ Đông Xuân 2023 - 2024 toàn tỉnh gieo trồng được 46.820 ha cây hằng năm, bằng 98,6% kế hoạch. Trong đó, lúa xuân 8.950 ha, ngô 31.240 ha. Năng suất lúa xuân ước đạt 56,8 tạ/ha, sản lượng ước 50.840 tấn.

Chăn nuôi gặp khó do đợt rét tháng 1 làm chết 612 con trâu, bò tại các huyện Đồng Văn, Mèo Vạc, Yên Minh và Quản Bạ. So với cùng kỳ năm trước, đàn trâu ước giảm 2,4%; đàn bò giảm 1,1%; đàn lợn tăng 3,2%.

Công tác lâm nghiệp: trồng rừng tập trung ước đạt 2.180 ha, bằng 54,5% kế hoạch năm. Tỷ lệ che phủ rừng duy trì ở mức 59,8%. Trong 6 tháng xảy ra 4 vụ cháy rừng, thiệt hại 11,6 ha.

2. Công nghiệp

Chỉ số sản xuất toàn ngành công nghiệp (IIP) 6 tháng ước tăng 7,9% so với cùng kỳ, trong đó ngành sản xuất và phân phối điện tăng 9,4% nhờ lượng nước về các hồ thuỷ điện ổn định. Sản lượng điện sản xuất ước đạt 1.035 triệu kWh.

3. Thương mại, dịch vụ và du lịch

Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng 6 tháng ước đạt 6.248 tỷ đồng, tăng 10,7% so với cùng kỳ. Chỉ số giá tiêu dùng (CPI) bình quân 6 tháng tăng 3,86% so với cùng kỳ.

Du lịch tiếp tục là điểm sáng. Tổng lượt khách đến Hà Giang ước đạt 1,62 triệu lượt, tăng 12,3% so với cùng kỳ, trong đó khách quốc tế 178.500 lượt, tăng 31,6%. Tổng thu từ khách du lịch ước đạt 2.945 tỷ đồng, tăng 15,2%. Cao nguyên đá Đồng Văn và Lễ hội Khèn Mông lần thứ V thu hút lượng khách lớn; riêng huyện Đồng Văn đón 412.000 lượt khách. Các làng văn hoá du lịch như thôn Lô Lô Chải (xã Lũng Cú), thôn Nặm Đăm (xã Quản Bạ) đã có 96 cơ sở homestay.

4. Tài chính, ngân hàng

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 1.126 tỷ đồng, bằng 44,6% dự toán, giảm 3,4% so với cùng kỳ. Tổng chi ngân sách địa phương ước 6.872 tỷ đồng, bằng 50,2% dự toán.

Giải ngân vốn đầu tư công đến ngày 30/6/2024 đạt 1.684 tỷ đồng, bằng 37,1% kế hoạch. Vốn các chương trình mục tiêu quốc gia giải ngân 402 tỷ đồng, đạt 24,8% kế hoạch; trong đó Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đạt 21,3%.

5. Một số vấn đề xã hội

Giải quyết việc làm cho 9.860 lao động, đạt 56,3% kế hoạch năm; trong đó xuất khẩu lao động 812 người. Toàn tỉnh đã hỗ trợ xoá 2.036 nhà tạm, nhà dột nát cho hộ nghèo. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97,2%.

Trật tự an toàn giao thông: từ ngày 15/12/2023 đến 14/6/2024 xảy ra 38 vụ tai nạn giao thông, làm chết 29 người, bị thương 27 người; so với cùng kỳ giảm 6 vụ, giảm 3 người chết.

Nguồn: Cục Thống kê tỉnh Hà Giang - Số 12, đường Nguyễn Trãi, thành phố Hà Giang. ĐT: 0219.3866.024
'''
META = {'published': '2024-07-01', 'locality': 'tỉnh Hà Giang'}
DEFAULTS = {'locality': 'tỉnh Hà Giang', 'period': '2024-H1', 'modality': 'estimate'}
A = {'modality': 'actual'}
S = {'base': 'same_period'}
FIGS = [
 ('ước tăng 5,12%', '5,12%', 'change', '%', dict(S, indicator='grdp_growth', direction='up')),
 ('thuỷ sản tăng 3,06%', '3,06%', 'change', '%', dict(direction='up')),
 ('xây dựng tăng 6,85%', '6,85%', 'change', '%', dict(direction='up')),
 ('dịch vụ tăng 5,74%', '5,74%', 'change', '%', dict(direction='up')),
 ('được 46.820 ha', '46.820 ha', 'level', 'ha', dict(A, indicator='crop_area', period='2023/2024')),
 ('bằng 98,6% kế hoạch', '98,6%', 'attainment', '%', dict(A, indicator='crop_area', period='2023/2024', base='target')),
 ('lúa xuân 8.950 ha', '8.950 ha', 'level', 'ha', dict(A, indicator='crop_area', period='2023/2024')),
 ('ngô 31.240 ha', '31.240 ha', 'level', 'ha', dict(A, indicator='crop_area', period='2023/2024')),
 ('đạt 56,8 tạ/ha', '56,8 tạ/ha', 'level', 'tạ/ha', dict(period='2023/2024')),
 ('sản lượng ước 50.840 tấn', '50.840 tấn', 'level', 'tấn', dict(indicator='rice_output', period='2023/2024')),
 ('chết 612 con', '612', 'level', 'con', dict(A, period='2024-M01')),
 ('ước giảm 2,4%', '2,4%', 'change', '%', dict(S, direction='down')),
 ('bò giảm 1,1%', '1,1%', 'change', '%', dict(A, **S, direction='down')),
 ('lợn tăng 3,2%', '3,2%', 'change', '%', dict(A, **S, direction='up')),
 ('ước đạt 2.180 ha', '2.180 ha', 'level', 'ha', dict()),
 ('bằng 54,5% kế hoạch năm', '54,5%', 'attainment', '%', dict(base='target')),
 ('mức 59,8%', '59,8%', 'level', '%', dict(A, indicator='forest_cover')),
 ('ra 4 vụ cháy rừng', '4', 'level', 'vụ', dict(A)),
 ('thiệt hại 11,6 ha', '11,6 ha', 'level', 'ha', dict(A)),
 ('ước tăng 7,9%', '7,9%', 'change', '%', dict(S, indicator='industrial_production_index', direction='up')),
 ('điện tăng 9,4%', '9,4%', 'change', '%', dict(direction='up')),
 ('ước đạt 1.035 triệu kWh', '1.035 triệu kWh', 'level', 'kWh', dict()),
 ('ước đạt 6.248 tỷ đồng', '6.248 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 10,7%', '10,7%', 'change', '%', dict(S, indicator='retail_sales', direction='up')),
 ('tăng 3,86%', '3,86%', 'change', '%', dict(**A, **S, indicator='cpi', direction='up')),
 ('ước đạt 1,62 triệu lượt', '1,62 triệu', 'level', 'lượt', dict(indicator='tourist_arrivals')),
 ('tăng 12,3%', '12,3%', 'change', '%', dict(S, indicator='tourist_arrivals', direction='up')),
 ('quốc tế 178.500 lượt', '178.500', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('tăng 31,6%', '31,6%', 'change', '%', dict(indicator='international_tourist_arrivals', direction='up')),
 ('ước đạt 2.945 tỷ đồng', '2.945 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('tăng 15,2%', '15,2%', 'change', '%', dict(indicator='tourism_revenue', direction='up')),
 ('đón 412.000 lượt khách', '412.000', 'level', 'lượt khách', dict(A, indicator='tourist_arrivals', locality='huyện Đồng Văn')),
 ('có 96 cơ sở homestay', '96', 'level', 'cơ sở', dict(A)),
 ('ước đạt 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 44,6% dự toán', '44,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('giảm 3,4%', '3,4%', 'change', '%', dict(S, indicator='budget_revenue', direction='down')),
 ('ước 6.872 tỷ đồng', '6.872 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 50,2% dự toán', '50,2%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('đạt 1.684 tỷ đồng', '1.684 tỷ đồng', 'level', 'VND', dict(A, indicator='public_investment_disbursement')),
 ('bằng 37,1% kế hoạch', '37,1%', 'attainment', '%', dict(A, indicator='public_investment_disbursement', base='target')),
 ('giải ngân 402 tỷ đồng', '402 tỷ đồng', 'level', 'VND', dict(A)),
 ('đạt 24,8% kế hoạch', '24,8%', 'attainment', '%', dict(A, base='target')),
 ('miền núi đạt 21,3%', '21,3%', 'attainment', '%', dict(A, base='target')),
 ('cho 9.860 lao động', '9.860', 'level', 'lao động', dict(A, indicator='jobs_created')),
 ('đạt 56,3% kế hoạch năm', '56,3%', 'attainment', '%', dict(A, indicator='jobs_created', base='target')),
 ('lao động 812 người', '812', 'level', 'người', dict(A, indicator='labour_export')),
 ('xoá 2.036 nhà tạm', '2.036', 'level', 'nhà tạm', dict(A)),
 ('đạt 97,2%', '97,2%', 'level', '%', dict(A, indicator='health_insurance_coverage')),
 ('ra 38 vụ tai nạn', '38', 'level', 'vụ', dict(A, indicator='traffic_accidents')),
 ('chết 29 người', '29', 'level', 'người', dict(A, indicator='traffic_deaths')),
 ('thương 27 người', '27', 'level', 'người', dict(A, indicator='traffic_injuries')),
 ('giảm 6 vụ', '6', 'change', 'vụ', dict(**A, **S, indicator='traffic_accidents', direction='down')),
 ('giảm 3 người chết', '3', 'change', 'người', dict(**A, **S, indicator='traffic_deaths', direction='down')),
]
