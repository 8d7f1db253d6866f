TEXT = '''
BÁO HƯNG YÊN ĐIỆN TỬ
22/12/2025 08:15
Chính trị | Kinh tế | Xã hội | Nông thôn mới | Cơ sở | Pháp luật | Văn hoá

Cơ sở

Xã Tiền Hải: Tổng giá trị sản xuất năm 2025 ước đạt 12.460 tỷ đồng

(BHY) - Ngày 20/12, HĐND xã Tiền Hải khoá I tổ chức kỳ họp thứ 4 đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025, quyết định nhiệm vụ năm 2026. Đây là năm đầu tiên xã vận hành chính quyền địa phương 2 cấp sau khi sắp xếp thị trấn Tiền Hải và các xã Tây Giang, Tây Ninh, Tây Lương, Vũ Lăng.

Dự kỳ họp có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo Đảng uỷ, HĐND, UBND, Uỷ ban MTTQ Việt Nam xã cùng 35 đại biểu HĐND xã.

Kinh tế tăng trưởng khá

Theo báo cáo của UBND xã, tổng giá trị sản xuất trên địa bàn năm 2025 (tính gộp các đơn vị hành chính cũ) ước đạt 12.460 tỷ đồng, tăng 9,8% so với năm 2024, đạt 101,6% kế hoạch. Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 68,4%; thương mại - dịch vụ chiếm 19,3%; nông nghiệp, thuỷ sản chiếm 12,3%. Thu nhập bình quân đầu người ước đạt 78,5 triệu đồng, tăng 7,2 triệu đồng so với năm trước.

Trên địa bàn xã hiện có 126 doanh nghiệp đang hoạt động, trong đó Khu công nghiệp Tiền Hải thu hút 38 doanh nghiệp. Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 8.520 tỷ đồng, tăng 11,2%; sản lượng gạch ốp lát đạt 42,6 triệu m2, tăng 6,8%; sứ vệ sinh đạt 1,15 triệu sản phẩm. Thương mại, dịch vụ phát triển ổn định với 2.860 hộ kinh doanh cá thể.

Nông nghiệp, thuỷ sản

Tổng diện tích gieo cấy lúa cả năm 3.412 ha; năng suất lúa vụ Xuân đạt 72,5 tạ/ha, vụ Mùa đạt 64,8 tạ/ha (giảm 3,6 tạ/ha so với vụ Mùa năm 2024 do ảnh hưởng của bão số 3); sản lượng lương thực cả năm đạt 23.460 tấn. Diện tích nuôi trồng thuỷ sản 1.285 ha, chủ yếu là ngao; sản lượng thuỷ sản ước đạt 18.720 tấn, tăng 5,1%, trong đó khu vực xã Tây Giang cũ chiếm 46%. Giá trị thu được trên 1 ha đất canh tác đạt 168 triệu đồng.

Xã tiếp tục duy trì các tiêu chí xã nông thôn mới nâng cao; năm 2025 có thêm 4 thôn được công nhận đạt chuẩn nông thôn mới kiểu mẫu, nâng tổng số lên 15/38 thôn.

Thu ngân sách vượt dự toán

Tổng thu ngân sách nhà nước trên địa bàn xã năm 2025 ước đạt 186,4 tỷ đồng, bằng 132,7% dự toán tỉnh giao; trong đó thu tiền sử dụng đất 104,2 tỷ đồng. Riêng 6 tháng cuối năm (từ ngày 1/7/2025), thu ngân sách xã ước đạt 97,6 tỷ đồng. Chi ngân sách xã ước thực hiện 142,8 tỷ đồng, bằng 98,4% dự toán.

Năm 2025, xã được giao kế hoạch vốn đầu tư công 215 tỷ đồng cho 24 dự án; đến ngày 15/12/2025 đã giải ngân 163,5 tỷ đồng, đạt 76% kế hoạch.

Văn hoá - xã hội

Toàn xã có 58.640 nhân khẩu. Tỷ lệ hộ nghèo cuối năm 2025 còn 0,82% (96 hộ), giảm 0,41 điểm phần trăm so với cuối năm 2024; tỷ lệ hộ cận nghèo 1,36%. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,6%. Giải quyết việc làm cho 1.420 lao động, trong đó 186 người đi xuất khẩu lao động. Có 12/14 trường học đạt chuẩn quốc gia. Xã xây mới, sửa chữa 32 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn với tổng kinh phí 1,9 tỷ đồng.

An ninh trật tự được giữ vững; trong năm xảy ra 14 vụ phạm pháp hình sự, giảm 5 vụ so với năm 2024, điều tra làm rõ 13/14 vụ. Trên địa bàn xảy ra 3 vụ tai nạn giao thông, làm chết 2 người.

Công tác cải cách hành chính có chuyển biến. Từ ngày 1/7/2025 đến nay, Trung tâm phục vụ hành chính công xã tiếp nhận 8.642 hồ sơ, trong đó 96,8% hồ sơ được giải quyết trước và đúng hạn; tỷ lệ hồ sơ nộp trực tuyến đạt 72,4%.

Bên cạnh kết quả đạt được, báo cáo chỉ rõ một số tồn tại, hạn chế: tiến độ giải phóng mặt bằng một số dự án trong Khu kinh tế còn chậm; sản xuất nông nghiệp ở các thôn ven biển chịu ảnh hưởng nặng của bão và xâm nhập mặn; việc sắp xếp, sử dụng trụ sở dôi dư sau sáp nhập chưa hiệu quả.

Tại phiên thảo luận, đại biểu Nguyễn Văn Thuỷ (thôn Đông Quý) đề nghị xã sớm có phương án xử lý 3 tuyến đê bao bị sạt lở sau bão số 3, hỗ trợ các hộ nuôi ngao bị thiệt hại. Trả lời ý kiến đại biểu, Chủ tịch UBND xã cho biết xã đã đề nghị tỉnh hỗ trợ kinh phí khắc phục trong quý I/2026.

Các đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Thanh Thuỷ

Phát biểu tại kỳ họp, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận kết quả của xã. Năm 2025, tổng thu ngân sách toàn tỉnh Hưng Yên ước đạt 72.400 tỷ đồng (tính gộp hai tỉnh cũ), trong đó khu vực Thái Bình cũ đạt 23.600 tỷ đồng. Tỉnh đặt mục tiêu tăng trưởng GRDP năm 2026 từ 10% trở lên, vì vậy đề nghị xã tập trung giải phóng mặt bằng các dự án trong Khu kinh tế Thái Bình.

Nhiệm vụ năm 2026

Năm 2026, xã phấn đấu đạt các chỉ tiêu chủ yếu:
- Tổng giá trị sản xuất tăng 10 - 11%;
- Thu nhập bình quân đầu người đạt 85 triệu đồng trở lên;
- Thu ngân sách nhà nước trên địa bàn đạt 150 tỷ đồng;
- Tỷ lệ hộ nghèo giảm còn dưới 0,6%;
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%;
- Có thêm 5 thôn đạt chuẩn nông thôn mới kiểu mẫu.

Kỳ họp đã thông qua 9 nghị quyết, trong đó có nghị quyết về dự toán ngân sách xã năm 2026.

Thanh Thuỷ - Minh Hoà

Tin liên quan
- Phường Thái Bình thu ngân sách vượt 40% dự toán (19/12/2025)
- Hưng Yên: 104 xã, phường tổ chức kỳ họp cuối năm (18/12/2025)
- Xã Thái Thuỵ ra mắt 3 sản phẩm OCOP mới (15/12/2025)

Báo Hưng Yên điện tử. Giấy phép số 312/GP-BTTTT. Toà soạn: số 10 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên. Điện thoại: 0221.3862.461. Email: baohungyen@gmail.com
'''
META = {'published': '2025-12-22', 'locality': 'xã Tiền Hải'}
DEFAULTS = {'locality': 'xã Tiền Hải', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
B24 = {'base': '2024'}
TOV = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
HY = {'locality': 'tỉnh Hưng Yên'}
FIGS = [
 ('năm 2025 ước đạt 12.460 tỷ đồng', '12.460 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('cũ) ước đạt 12.460 tỷ đồng', '12.460 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('tăng 9,8%', '9,8%', 'change', '%', d(E, U, B24, TOV)),
 ('đạt 101,6% kế hoạch', '101,6%', 'attainment', '%', d(E, P, TOV)),
 ('chiếm 68,4%', '68,4%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 19,3%', '19,3%', 'level', '%', d(indicator='sector_share')),
 ('chiếm 12,3%', '12,3%', 'level', '%', d(indicator='sector_share')),
 ('ước đạt 78,5 triệu đồng', '78,5 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('tăng 7,2 triệu đồng', '7,2 triệu đồng', 'change', 'VND/người/năm', d(E, U, B24, indicator='income_per_capita')),
 ('có 126 doanh nghiệp', '126', 'level', 'doanh nghiệp', d()),
 ('hút 38 doanh nghiệp', '38', 'level', 'doanh nghiệp', d()),
 ('ước đạt 8.520 tỷ đồng', '8.520 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('tăng 11,2%', '11,2%', 'change', '%', d(E, U, indicator='industrial_output_value')),
 ('đạt 42,6 triệu m2', '42,6 triệu m2', 'level', 'm2', d()),
 ('tăng 6,8%', '6,8%', 'change', '%', d(U)),
 ('đạt 1,15 triệu sản phẩm', '1,15 triệu', 'level', 'sản phẩm', d()),
 ('với 2.860 hộ', '2.860', 'level', 'hộ kinh doanh', d()),
 ('cả năm 3.412 ha', '3.412 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 72,5 tạ/ha', '72,5 tạ/ha', 'level', 'tạ/ha', d()),
 ('đạt 64,8 tạ/ha', '64,8 tạ/ha', 'level', 'tạ/ha', d()),
 ('giảm 3,6 tạ/ha', '3,6 tạ/ha', 'change', 'tạ/ha', d(D, SP)),
 ('đạt 23.460 tấn', '23.460 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('thuỷ sản 1.285 ha', '1.285 ha', 'level', 'ha', d()),
 ('ước đạt 18.720 tấn', '18.720 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 5,1%', '5,1%', 'change', '%', d(E, U, indicator='aquaculture_output')),
 ('chiếm 46%', '46%', 'level', '%', d(E, locality='xã Tây Giang')),
 ('đạt 168 triệu đồng', '168 triệu đồng', 'level', 'VND/ha', d()),
 ('thêm 4 thôn', '4', 'level', 'thôn', d()),
 ('15/38 thôn', '15/38', 'ratio', 'thôn', d(U)),
 ('ước đạt 186,4 tỷ đồng', '186,4 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 132,7% dự toán', '132,7%', 'attainment', '%', d(E, P, BR)),
 ('đất 104,2 tỷ đồng', '104,2 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước đạt 97,6 tỷ đồng', '97,6 tỷ đồng', 'level', 'VND', d(E, BR, period='2025-H2')),
 ('thực hiện 142,8 tỷ đồng', '142,8 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('bằng 98,4% dự toán', '98,4%', 'attainment', '%', d(E, P, indicator='budget_expenditure')),
 ('công 215 tỷ đồng', '215 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement', modality='target')),
 ('cho 24 dự án', '24', 'level', 'dự án', d(optional=True)),
 ('ngân 163,5 tỷ đồng', '163,5 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement', period='2025')),
 ('đạt 76% kế hoạch', '76%', 'attainment', '%', d(P, indicator='public_investment_disbursement', period='2025')),
 ('có 58.640 nhân khẩu', '58.640', 'level', 'nhân khẩu', d(optional=True)),
 ('còn 0,82%', '0,82%', 'level', '%', d(indicator='poverty_rate')),
 ('(96 hộ)', '96', 'level', 'hộ', d(indicator='poor_households')),
 ('giảm 0,41 điểm phần trăm', '0,41 điểm phần trăm', 'change', 'điểm %', d(D, B24, indicator='poverty_rate')),
 ('nghèo 1,36%', '1,36%', 'level', '%', d(indicator='near_poverty_rate')),
 ('đạt 95,6%', '95,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('cho 1.420 lao động', '1.420', 'level', 'lao động', d(indicator='jobs_created')),
 ('186 người', '186', 'level', 'người', d(indicator='labour_export')),
 ('12/14 trường', '12/14', 'ratio', 'trường học', d(indicator='national_standard_schools')),
 ('32 căn nhà', '32', 'level', 'căn nhà', d()),
 ('phí 1,9 tỷ đồng', '1,9 tỷ đồng', 'level', 'VND', d()),
 ('ra 14 vụ', '14', 'level', 'vụ', d(indicator='crime')),
 ('giảm 5 vụ', '5', 'change', 'vụ', d(D, B24, indicator='crime')),
 ('13/14 vụ', '13/14', 'ratio', 'vụ', d(indicator='crime_clearance_rate')),
 ('ra 3 vụ', '3', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('nhận 8.642 hồ sơ', '8.642', 'level', 'hồ sơ', d()),
 ('96,8% hồ sơ', '96,8%', 'level', '%', d()),
 ('đạt 72,4%', '72,4%', 'level', '%', d()),
 ('lý 3 tuyến đê', '3', 'level', 'tuyến đê', d(optional=True)),
 ('chết 2 người', '2', 'level', 'người', d(indicator='traffic_deaths')),
 ('ước đạt 72.400 tỷ đồng', '72.400 tỷ đồng', 'level', 'VND', d(E, BR, HY)),
 ('đạt 23.600 tỷ đồng', '23.600 tỷ đồng', 'level', 'VND', d(E, BR, locality='tỉnh Thái Bình')),
 ('từ 10% trở lên', '10%', 'level', '%', d(K, HY, indicator='grdp_growth', bound='at_least')),
 ('tăng 10 - 11%', '10 - 11%', 'change', '%', d(K, U, TOV)),
 ('đạt 85 triệu đồng', '85 triệu đồng', 'level', 'VND/người/năm', d(K, indicator='income_per_capita', bound='at_least')),
 ('đạt 150 tỷ đồng', '150 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('dưới 0,6%', '0,6%', 'level', '%', d(K, D, indicator='poverty_rate', bound='under')),
 ('đạt 96%', '96%', 'level', '%', d(K, indicator='health_insurance_coverage')),
 ('thêm 5 thôn', '5', 'level', 'thôn', d(K)),
 ('qua 9 nghị quyết', '9', 'level', 'nghị quyết', d(optional=True)),
 ('cùng 35 đại biểu', '35', 'level', 'đại biểu', d(optional=True)),
]
