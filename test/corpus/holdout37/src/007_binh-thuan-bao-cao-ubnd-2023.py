TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH THUẬN
Tin tức - Sự kiện | Chỉ đạo điều hành | Thông tin kinh tế - xã hội | Dịch vụ công

Chủ nhật, 10/12/2023

Kỳ họp thứ 17 HĐND tỉnh khóa XI: UBND tỉnh báo cáo tình hình thực hiện kế hoạch năm 2023

Ngày đăng: 08/12/2023 | Cỡ chữ: A A A | In trang

Sáng 7/12, tại Kỳ họp thứ 17 HĐND tỉnh khóa XI, Phó Chủ tịch UBND tỉnh Nguyễn Hồng Hải đã trình bày báo cáo tình hình thực hiện Nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2023 và kế hoạch năm 2024. Cổng Thông tin điện tử tỉnh lược ghi một số nội dung chính.

Năm 2023, trong bối cảnh kinh tế thế giới suy giảm, giá điện năng lượng tái tạo chưa được thỏa thuận, thị trường bất động sản trầm lắng, kinh tế của tỉnh vẫn duy trì đà tăng trưởng. Ước thực hiện cả năm, trong 17 chỉ tiêu chủ yếu có 14/17 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu không đạt.

1. Các chỉ tiêu đạt và vượt

(1) Tốc độ tăng trưởng GRDP ước đạt 7,62% (KH 7,5 - 8%), đứng thứ 2 trong 5 tỉnh Nam Trung Bộ; quy mô GRDP theo giá hiện hành ước 121.370 tỷ đồng.
(2) GRDP bình quân đầu người ước đạt 93,6 triệu đồng, vượt 1,6 triệu đồng so với kế hoạch.
(3) Tổng thu ngân sách nhà nước trên địa bàn ước 11.520 tỷ đồng, đạt 102,2% dự toán; riêng thu nội địa 9.985 tỷ đồng.
(4) Lượt khách du lịch ước đạt 8,3 triệu lượt, tăng 16,2% so với năm 2022, vượt 3,75% kế hoạch; doanh thu du lịch 22.950 tỷ đồng.
(5) Tỷ lệ hộ nghèo cuối năm còn 1,06%, giảm 0,54 điểm phần trăm so với đầu năm.
(6) Giải quyết việc làm cho 24.860 lao động, đạt 103,6% kế hoạch.
(7) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,2%; có 10,2 bác sĩ/vạn dân.
Các chỉ tiêu còn lại về môi trường, trường chuẩn quốc gia, an ninh trật tự đều đạt.

2. Các chỉ tiêu không đạt

- Kim ngạch xuất khẩu ước 720 triệu USD/KH 800 triệu USD, giảm 8,4% so với năm 2022 do giá thanh long và thủy sản giảm.
- Tổng vốn đầu tư toàn xã hội ước tăng 6,2%/KH tăng 10 - 11%.
- Tỷ lệ xã đạt chuẩn nông thôn mới ước đạt 78,4%/KH 80,5%, tương đương 76/97 xã.

Báo cáo nhận định, nguyên nhân chính của các chỉ tiêu không đạt là hơn 1.200 MW điện gió, điện mặt trời đã hoàn thành nhưng chưa được phát điện thương mại, nhiều dự án du lịch ven biển ở Hàm Thuận Nam, Tuy Phong chậm triển khai do vướng quy hoạch khoáng sản titan.

Chi ngân sách địa phương ước thực hiện 13.870 tỷ đồng, bằng 96,4% dự toán. Đến ngày 30/11/2023, giải ngân vốn đầu tư công đạt 71,3% kế hoạch vốn được giao, cao hơn bình quân cả nước; ước cả năm giải ngân đạt 92% kế hoạch. Chỉ số giá tiêu dùng bình quân 11 tháng tăng 2,87% so với cùng kỳ.

Về thu hút đầu tư, từ đầu năm đến ngày 30/11/2023 tỉnh cấp mới và điều chỉnh chủ trương đầu tư cho 28 dự án với tổng vốn 14.230 tỷ đồng. Thành lập mới 612 doanh nghiệp, tăng 3,4% so với cùng kỳ; trong khi có 1.042 doanh nghiệp tạm ngừng kinh doanh, giải thể, tăng 18% so với năm 2022.

Kế hoạch năm 2024

UBND tỉnh đề xuất 17 chỉ tiêu chủ yếu năm 2024, trong đó tốc độ tăng trưởng GRDP 8 - 8,5%; GRDP bình quân đầu người 101 triệu đồng; thu ngân sách trên địa bàn 12.350 tỷ đồng; kim ngạch xuất khẩu 780 triệu USD; tỷ lệ hộ nghèo giảm 0,3 - 0,5 điểm phần trăm; giải quyết việc làm cho 24.000 lao động; thêm 6 xã đạt chuẩn nông thôn mới.

Thảo luận tại hội trường, đại biểu Võ Thị Lan Anh (Tổ đại biểu TP. Phan Thiết) cho rằng mục tiêu tăng trưởng 8 - 8,5% là thách thức khi năm 2023 chỉ số sản xuất công nghiệp chỉ tăng 4,1%, thấp nhất trong 5 năm. Đại biểu đề nghị làm rõ lộ trình đưa sân bay Phan Thiết vào khai thác và cao tốc Vĩnh Hảo - Phan Thiết đã thông xe từ ngày 19/5/2023.

Kỳ họp thứ 17 diễn ra đến ngày 9/12/2023.

Nguồn: Văn phòng UBND tỉnh
Bản quyền thuộc Cổng Thông tin điện tử tỉnh Bình Thuận. Điện thoại: 0252.3822.517
Lượt truy cập: 12.406.381
'''
META = {'published': '2023-12-08', 'locality': 'tỉnh Bình Thuận'}
DEFAULTS = {'locality': 'tỉnh Bình Thuận', 'period': '2023', 'modality': 'estimate'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'modality': 'actual'}
TG = {'modality': 'target'}
T24 = {'period': '2024', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('trong 17 chỉ tiêu chủ yếu có', '17', 'level', 'chỉ tiêu', d(RT)),
 ('có 14/17 chỉ tiêu', '14/17', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('3 chỉ tiêu không đạt.', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 7,62%', '7,62%', 'level', '%', d(indicator='grdp_growth')),
 ('(KH 7,5 - 8%)', '7,5 - 8%', 'level', '%', d(TG, indicator='grdp_growth')),
 ('ước 121.370 tỷ đồng', '121.370 tỷ đồng', 'level', 'VND', d(indicator='grdp')),
 ('ước đạt 93,6 triệu đồng', '93,6 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita')),
 ('vượt 1,6 triệu đồng', '1,6 triệu đồng', 'change', 'VND/người/năm', d(U, TB, indicator='grdp_per_capita', status='exceeded')),
 ('ước 11.520 tỷ đồng', '11.520 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('đạt 102,2% dự toán', '102,2%', 'attainment', '%', d(TB, indicator='budget_revenue')),
 ('nội địa 9.985 tỷ đồng', '9.985 tỷ đồng', 'level', 'VND', d(A, indicator='budget_revenue')),
 ('ước đạt 8,3 triệu lượt', '8,3 triệu', 'level', 'lượt', d(indicator='tourist_arrivals')),
 ('tăng 16,2%', '16,2%', 'change', '%', d(U, indicator='tourist_arrivals', base='2022')),
 ('vượt 3,75% kế hoạch', '3,75%', 'change', '%', d(U, TB, indicator='tourist_arrivals', status='exceeded')),
 ('lịch 22.950 tỷ đồng', '22.950 tỷ đồng', 'level', 'VND', d(A, indicator='tourism_revenue')),
 ('còn 1,06%', '1,06%', 'level', '%', d(A, indicator='poverty_rate')),
 ('giảm 0,54 điểm phần trăm', '0,54 điểm phần trăm', 'change', 'điểm %', d(A, D, indicator='poverty_rate', base='2022')),
 ('cho 24.860 lao động', '24.860', 'level', 'lao động', d(A, indicator='jobs_created')),
 ('đạt 103,6% kế hoạch', '103,6%', 'attainment', '%', d(A, TB, indicator='jobs_created')),
 ('đạt 93,2%', '93,2%', 'level', '%', d(A, indicator='health_insurance_coverage')),
 ('có 10,2 bác sĩ', '10,2', 'level', 'bác sĩ/vạn dân', d(A, indicator='doctors_per_10k')),
 ('ước 720 triệu USD', '720 triệu USD', 'level', 'USD', d(indicator='export_value')),
 ('KH 800 triệu USD', '800 triệu USD', 'level', 'USD', d(TG, indicator='export_value')),
 ('giảm 8,4%', '8,4%', 'change', '%', d(D, indicator='export_value', base='2022')),
 ('ước tăng 6,2%', '6,2%', 'change', '%', d(U, indicator='social_investment')),
 ('KH tăng 10 - 11%', '10 - 11%', 'change', '%', d(U, TG, indicator='social_investment')),
 ('ước đạt 78,4%', '78,4%', 'level', '%', d(indicator='new_rural_communes')),
 ('KH 80,5%', '80,5%', 'level', '%', d(TG, indicator='new_rural_communes')),
 ('đương 76/97 xã', '76/97', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('hơn 1.200 MW', '1.200 MW', 'level', 'MW', d(A, bound='over')),
 ('cho 28 dự án', '28', 'level', 'dự án', d(A, period='2023-11M')),
 ('vốn 14.230 tỷ đồng', '14.230 tỷ đồng', 'level', 'VND', d(A, period='2023-11M')),
 ('mới 612 doanh nghiệp', '612', 'level', 'doanh nghiệp', d(A, indicator='new_enterprises', period='2023-11M')),
 ('tăng 3,4%', '3,4%', 'change', '%', d(A, U, indicator='new_enterprises', base='same_period', period='2023-11M')),
 ('có 1.042 doanh nghiệp', '1.042', 'level', 'doanh nghiệp', d(A, period='2023-11M')),
 ('tăng 18%', '18%', 'change', '%', d(A, U, base='2022', period='2023-11M')),
 ('xuất 17 chỉ tiêu', '17', 'level', 'chỉ tiêu', d(T24, RT)),
 ('GRDP 8 - 8,5%;', '8 - 8,5%', 'level', '%', d(T24, indicator='grdp_growth')),
 ('người 101 triệu đồng', '101 triệu đồng', 'level', 'VND/người/năm', d(T24, indicator='grdp_per_capita')),
 ('địa bàn 12.350 tỷ đồng', '12.350 tỷ đồng', 'level', 'VND', d(T24, indicator='budget_revenue')),
 ('khẩu 780 triệu USD', '780 triệu USD', 'level', 'USD', d(T24, indicator='export_value')),
 ('giảm 0,3 - 0,5 điểm phần trăm', '0,3 - 0,5 điểm phần trăm', 'change', 'điểm %', d(T24, D, indicator='poverty_rate')),
 ('cho 24.000 lao động', '24.000', 'level', 'lao động', d(T24, indicator='jobs_created')),
 ('thêm 6 xã', '6', 'level', 'xã', d(T24, indicator='new_rural_communes')),
 ('trưởng 8 - 8,5% là', '8 - 8,5%', 'level', '%', d(T24, indicator='grdp_growth')),
 ('chỉ tăng 4,1%', '4,1%', 'change', '%', d(A, U, indicator='industrial_production_index')),
 ('thực hiện 13.870 tỷ đồng', '13.870 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 96,4% dự toán', '96,4%', 'attainment', '%', d(TB, indicator='budget_expenditure')),
 ('đạt 71,3% kế hoạch', '71,3%', 'attainment', '%', d(A, TB, indicator='public_investment_disbursement', period='2023-11M')),
 ('đạt 92% kế hoạch', '92%', 'attainment', '%', d(TB, indicator='public_investment_disbursement')),
 ('tăng 2,87%', '2,87%', 'change', '%', d(A, U, indicator='cpi', base='same_period', period='2023-11M')),
]
