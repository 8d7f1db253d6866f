TEXT = '''
Báo Đắk Lắk điện tử
Trang chủ > Kinh tế > Nông nghiệp - Nông thôn

Thứ Năm, 05/10/2023, 09:12 [GMT+7]

Krông Pắc: Thu ngân sách 9 tháng đạt 78,6% dự toán

Chiều 4/10, UBND huyện Krông Pắc tổ chức phiên họp thường kỳ tháng 9 nhằm đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm và triển khai nhiệm vụ quý IV năm 2023.

Theo báo cáo của UBND huyện, 9 tháng qua, tổng giá trị sản xuất (giá so sánh 2010) ước đạt 9.846 tỷ đồng, tăng 6,8% so với cùng kỳ, bằng 72,4% kế hoạch năm.

Sản xuất nông nghiệp giữ vai trò trụ cột. Vụ Đông Xuân 2022 - 2023, toàn huyện gieo trồng 12.650 ha lúa, năng suất bình quân 68 tạ/ha, sản lượng đạt 86.020 tấn. Vụ Hè Thu năm 2023 xuống giống được 11.920 ha, đạt 101,3% kế hoạch. Hiện toàn huyện có 21.300 ha cà phê và 5.840 ha sầu riêng; diện tích sầu riêng tăng 1.120 ha so với cuối năm 2022, trong đó 2.960 ha đã cho thu hoạch. Giá sầu riêng đầu vụ dao động từ 55.000 - 70.000 đồng/kg, cao hơn cùng kỳ năm trước khoảng 10.000 - 15.000 đồng/kg.

Sản xuất công nghiệp - tiểu thủ công nghiệp duy trì ổn định, giá trị sản xuất ước đạt 1.265 tỷ đồng, tăng 4,2%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 9 tháng ước đạt 5.380 tỷ đồng, tăng 11,6% so với cùng kỳ; trên địa bàn có thêm 46 doanh nghiệp thành lập mới với tổng vốn đăng ký 182 tỷ đồng.

Chương trình xây dựng nông thôn mới tiếp tục được quan tâm: đến nay huyện có 14/15 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông thôn mới nâng cao; bình quân đạt 18,6 tiêu chí/xã.

Nông dân xã Ea Phê thu hoạch sầu riêng. Ảnh: Quang Nhật

Thu ngân sách nhà nước trên địa bàn đến ngày 30/9 đạt 118,2 tỷ đồng, bằng 78,6% dự toán tỉnh giao, tăng 5,4% so với cùng kỳ; chi ngân sách địa phương 612,5 tỷ đồng. Giải ngân vốn đầu tư công đạt 64,3% kế hoạch vốn giao, cao hơn mức bình quân của tỉnh.

Trong lĩnh vực văn hóa - xã hội, huyện đã giải quyết việc làm cho 2.150 lao động, đạt 86% kế hoạch năm; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,7%. Hiện nay, các xã có tỷ lệ hộ nghèo cao là Vụ Bổn, Ea Kly và Krông Búk, lần lượt là 9,8%, 7,6% và 6,9%. Dự kiến đến cuối năm, tỷ lệ hộ nghèo giảm còn 4,9%, giảm 1,22 điểm phần trăm so với đầu năm. Năm học 2023 - 2024, toàn huyện có 86 trường với hơn 42.000 học sinh; 52/86 trường đạt chuẩn quốc gia.

Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững. Trong 9 tháng, trên địa bàn xảy ra 14 vụ tai nạn giao thông, làm chết 11 người, bị thương 9 người; so với cùng kỳ giảm 3 vụ, giảm 2 người chết.

Phát biểu chỉ đạo, Chủ tịch UBND huyện Nguyễn Văn Phúc đề nghị các phòng, ban, UBND các xã, thị trấn khắc phục tình trạng nợ đọng thuế, chậm giải phóng mặt bằng tại dự án đường tránh Quốc lộ 26. Quý IV, huyện tập trung thực hiện các nhiệm vụ:
- Thu ngân sách cả năm đạt 151 tỷ đồng trở lên;
- Giải ngân vốn đầu tư công cả năm đạt 100% kế hoạch;
- Hoàn thiện hồ sơ đề nghị công nhận xã Ea Yiêng đạt chuẩn nông thôn mới trước ngày 15/12, nâng tổng số lên 15/15 xã;
- Giải quyết việc làm cho 350 lao động còn lại theo kế hoạch năm.

Tại phiên họp, Trưởng phòng Tài chính - Kế hoạch huyện Trần Minh Đức cho biết, số nợ thuế trên địa bàn đến ngày 30/9 còn khoảng 8,6 tỷ đồng, chủ yếu của các doanh nghiệp xây dựng và khai thác khoáng sản; huyện đã thành lập tổ đôn đốc thu nợ, phấn đấu đến cuối năm giảm nợ đọng xuống dưới 5 tỷ đồng.

Lan Anh

Tin cùng chuyên mục
- Cư M'gar: 3 xã về đích nông thôn mới nâng cao (02/10/2023)
- Sầu riêng Krông Pắc được cấp 15 mã số vùng trồng mới (28/9/2023)

Báo Đắk Lắk - Số 59 Phan Bội Châu, TP. Buôn Ma Thuột. ĐT: (0262) 3852 249
'''
META = {'published': '2023-10-05', 'locality': 'huyện Krông Pắc'}
DEFAULTS = {'locality': 'huyện Krông Pắc', 'period': '2023-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2023'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
BR = {'indicator': 'budget_revenue'}
TOV = {'indicator': 'total_output_value'}
S = {'period': '2022/2023'}
Q4 = {'modality': 'target', 'period': '2023-Q4'}
PR = {'indicator': 'poverty_rate'}
FIGS = [
 ('đạt 78,6% dự toán\n', '78,6%', 'attainment', '%', d(BR, base='target')),
 ('ước đạt 9.846 tỷ đồng', '9.846 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('tăng 6,8%', '6,8%', 'change', '%', d(E, U, SP, TOV)),
 ('bằng 72,4% kế hoạch', '72,4%', 'attainment', '%', d(E, TOV, base='target')),
 ('trồng 12.650 ha', '12.650 ha', 'level', 'ha', d(S, indicator='crop_area')),
 ('quân 68 tạ/ha', '68 tạ/ha', 'level', 'tạ/ha', d(S)),
 ('đạt 86.020 tấn', '86.020 tấn', 'level', 'tấn', d(S, indicator='rice_output')),
 ('được 11.920 ha', '11.920 ha', 'level', 'ha', d(indicator='crop_area', period='2023')),
 ('đạt 101,3% kế hoạch', '101,3%', 'attainment', '%', d(indicator='crop_area', period='2023', base='target')),
 ('có 21.300 ha', '21.300 ha', 'level', 'ha', d()),
 ('và 5.840 ha', '5.840 ha', 'level', 'ha', d()),
 ('tăng 1.120 ha', '1.120 ha', 'change', 'ha', d(U, base='2022')),
 ('trong đó 2.960 ha', '2.960 ha', 'level', 'ha', d()),
 ('từ 55.000 - 70.000 đồng/kg', '55.000 - 70.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 10.000 - 15.000 đồng/kg', '10.000 - 15.000 đồng/kg', 'change', 'VND/kg', d(U, SP, bound='about')),
 ('ước đạt 1.265 tỷ đồng', '1.265 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('tăng 4,2%', '4,2%', 'change', '%', d(E, U, indicator='industrial_output_value')),
 ('ước đạt 5.380 tỷ đồng', '5.380 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 11,6%', '11,6%', 'change', '%', d(E, U, SP, indicator='retail_sales')),
 ('thêm 46 doanh nghiệp', '46', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 182 tỷ đồng', '182 tỷ đồng', 'level', 'VND', d()),
 ('có 14/15 xã', '14/15', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('3 xã đạt chuẩn nông thôn mới nâng cao', '3', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('đạt 18,6 tiêu chí/xã', '18,6', 'level', 'tiêu chí/xã', d(indicator='new_rural_criteria')),
 ('đạt 118,2 tỷ đồng', '118,2 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 78,6% dự toán', '78,6%', 'attainment', '%', d(BR, base='target')),
 ('tăng 5,4%', '5,4%', 'change', '%', d(BR, U, SP)),
 ('phương 612,5 tỷ đồng', '612,5 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 64,3% kế hoạch', '64,3%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('cho 2.150 lao động', '2.150', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 86% kế hoạch', '86%', 'attainment', '%', d(indicator='jobs_created', base='target')),
 ('đạt 93,7%', '93,7%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('có 86 trường', '86', 'level', 'trường', d(period='2023/2024')),
 ('hơn 42.000 học sinh', '42.000', 'level', 'học sinh', d(period='2023/2024', bound='over')),
 ('52/86 trường', '52/86', 'ratio', 'trường', d(period='2023/2024', indicator='national_standard_schools')),
 ('là 9,8%', '9,8%', 'level', '%', d(PR, locality='xã Vụ Bổn')),
 ('7,6% và', '7,6%', 'level', '%', d(PR, locality='xã Ea Kly')),
 ('và 6,9%', '6,9%', 'level', '%', d(PR, locality='xã Krông Búk')),
 ('còn 4,9%', '4,9%', 'level', '%', d(E, D, indicator='poverty_rate', period='2023')),
 ('giảm 1,22 điểm phần trăm', '1,22 điểm phần trăm', 'change', 'điểm %', d(E, D, indicator='poverty_rate', period='2023', base='2022')),
 ('ra 14 vụ', '14', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 11 người', '11', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 9 người', '9', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 2 người', '2', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('đạt 151 tỷ đồng', '151 tỷ đồng', 'level', 'VND', d(T, BR, bound='at_least')),
 ('đạt 100% kế hoạch;', '100%', 'attainment', '%', d(T, indicator='public_investment_disbursement', base='target')),
 ('lên 15/15 xã', '15/15', 'ratio', 'xã', d(Q4, U, indicator='new_rural_communes')),
 ('cho 350 lao động', '350', 'level', 'lao động', d(Q4, indicator='jobs_created')),
 ('khoảng 8,6 tỷ đồng', '8,6 tỷ đồng', 'level', 'VND', d(bound='about', period='2023-M09')),
 ('dưới 5 tỷ đồng', '5 tỷ đồng', 'level', 'VND', d(T, D, bound='under')),
]
