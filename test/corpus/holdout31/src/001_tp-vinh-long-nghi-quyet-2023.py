TEXT = '''
BÁO VĨNH LONG ONLINE
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Đô thị | Multimedia
Thứ Tư, 20/12/2023, 07:15 (GMT+7)

Chính trị » Xây dựng Đảng

Thành phố Vĩnh Long: Năm 2023 đạt và vượt 19/22 chỉ tiêu Nghị quyết

(VLO) Ngày 18/12, Ban Chấp hành Đảng bộ thành phố Vĩnh Long khóa XII tổ chức Hội nghị lần thứ 21 đánh giá kết quả thực hiện Nghị quyết năm 2023, đề ra phương hướng, nhiệm vụ năm 2024. Năm 2023 là năm thứ ba thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XII, nhiệm kỳ 2020 - 2025, cũng là năm thành phố tổ chức sơ kết giữa nhiệm kỳ.

Quang cảnh hội nghị tại Hội trường Thành ủy, số 75 đường 2 Tháng 9, Phường 1.

Kinh tế duy trì đà tăng trưởng

Theo báo cáo của Ban Thường vụ Thành ủy, trong 22 chỉ tiêu chủ yếu của Nghị quyết năm 2023, thành phố có 19/22 chỉ tiêu đạt và vượt, 2/22 chỉ tiêu xấp xỉ đạt và 1/22 chỉ tiêu không đạt.

Tổng giá trị sản xuất trên địa bàn (giá so sánh 2010) ước đạt 21.350 tỷ đồng, tăng 7,35% so với năm 2022, bằng 99,2% Nghị quyết. Trong đó, giá trị sản xuất khu vực thương mại - dịch vụ ước tăng 9,12%, công nghiệp - xây dựng tăng 6,4%; riêng khu vực nông nghiệp giảm 1,8% do diện tích đất sản xuất tiếp tục thu hẹp để phát triển đô thị.

Thu ngân sách nhà nước trên địa bàn đạt 742,6 tỷ đồng, bằng 108,3% dự toán tỉnh giao và 102,1% Nghị quyết; chi ngân sách địa phương 615,4 tỷ đồng, đạt 96,8% dự toán. Thu nhập bình quân đầu người ước đạt 92,5 triệu đồng/năm, cao nhất trong 8 huyện, thị xã, thành phố của tỉnh.

Thành phố tập trung hoàn thiện các tiêu chí đô thị loại II, chỉnh trang tuyến Phạm Thái Bường, Quốc lộ 57 và khu vực bờ kè sông Cổ Chiên; khởi công Trường Tiểu học Phường 9 và hoàn thành giai đoạn 1 công viên Sông Tiền. Trên lĩnh vực nông thôn mới, xã Trường An được công nhận xã nông thôn mới kiểu mẫu theo Quyết định số 2615/QĐ-UBND ngày 30/11/2023, nâng tổng số xã nông thôn mới kiểu mẫu của thành phố lên 2/4 xã; 4/4 xã giữ vững chuẩn nông thôn mới nâng cao.

Chính sách an sinh xã hội được thực hiện kịp thời. Tỷ lệ hộ nghèo giảm còn 0,38% (còn 112 hộ), tỷ lệ hộ cận nghèo còn 0,91%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%. Thành phố giải quyết việc làm cho 2.850 lao động, đạt 103,6% kế hoạch; tỷ lệ lao động qua đào tạo đạt 78,2%.

Đồng chí Lê Quang Đạo, 54 tuổi, Tỉnh ủy viên, Bí thư Thành ủy phát biểu kết luận hội nghị.

Công tác xây dựng Đảng được chú trọng. Năm 2023, toàn Đảng bộ kết nạp 168/160 đảng viên mới, đạt 105% chỉ tiêu Nghị quyết; có 46/48 tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên. Ủy ban Kiểm tra các cấp đã kiểm tra 27 tổ chức đảng và 64 đảng viên khi có dấu hiệu vi phạm.

Vẫn còn chỉ tiêu khó

Bên cạnh kết quả đạt được, báo cáo cũng thẳng thắn chỉ ra hạn chế. Chỉ tiêu không đạt là giá trị sản xuất khu vực nông nghiệp (Nghị quyết đề ra tăng 1,5%). Hai chỉ tiêu xấp xỉ đạt là tổng giá trị sản xuất và tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị (đạt 97,4%, Nghị quyết 98%).

Tình hình an ninh trật tự cơ bản ổn định nhưng còn tiềm ẩn phức tạp. Trong năm, trên địa bàn xảy ra 86 vụ phạm pháp hình sự, tăng 9 vụ so với cùng kỳ; tỷ lệ điều tra khám phá đạt 91,86%. Tai nạn giao thông xảy ra 14 vụ, làm chết 11 người, bị thương 8 người, so với cùng kỳ giảm trên cả 3 mặt. Đường dây nóng của Công an thành phố: 0270.3822.113.

Năm 2024 tăng tốc về đích

Năm 2024 là năm có ý nghĩa quyết định trong việc hoàn thành các mục tiêu Nghị quyết Đại hội Đảng bộ thành phố lần thứ XII. Hội nghị thống nhất 22 chỉ tiêu chủ yếu năm 2024, trong đó: tổng giá trị sản xuất tăng 7,5 - 8%; thu ngân sách nhà nước trên địa bàn 760 tỷ đồng trở lên; thu nhập bình quân đầu người đạt 98 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn dưới 0,35%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%; giải quyết việc làm cho 2.800 lao động; kết nạp từ 160 đảng viên trở lên; xã Tân Ngãi đạt chuẩn nông thôn mới kiểu mẫu.

Phát biểu kết luận, Bí thư Thành ủy đề nghị các cấp ủy, chính quyền tập trung thực hiện 3 khâu đột phá, quyết liệt tháo gỡ vướng mắc trong bồi thường, giải phóng mặt bằng các dự án trọng điểm như cầu Cổ Chiên 2, Khu đô thị mới Phường 8 và tuyến tránh Quốc lộ 1. Đồng thời, chuẩn bị chu đáo văn kiện, nhân sự Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 theo Chỉ thị số 35-CT/TW của Bộ Chính trị.

"Với tinh thần “Đoàn kết - Kỷ cương - Đổi mới - Phát triển”, mỗi cán bộ, đảng viên phải nói đi đôi với làm, để năm 2024 thành phố về đích sớm các chỉ tiêu của nhiệm kỳ", Bí thư Thành ủy nhấn mạnh.

Tin, ảnh: MINH THÁI

Lượt xem: 2.417

Tin liên quan
- Long Hồ: 11/14 xã đạt chuẩn nông thôn mới nâng cao
- Thị xã Bình Minh thu ngân sách vượt 12% dự toán
- Vĩnh Long: GRDP năm 2023 ước tăng 5,9%, đứng thứ 5 vùng ĐBSCL

BÁO VĨNH LONG ĐIỆN TỬ
Giấy phép số 115/GP-BTTTT ngày 15/3/2022. Địa chỉ: 50 đường 2 Tháng 9, Phường 1, TP. Vĩnh Long. Điện thoại: 0270.3822.435
'''
META = {'published': '2023-12-20', 'locality': 'thành phố Vĩnh Long'}
DEFAULTS = {'locality': 'thành phố Vĩnh Long', 'period': '2023', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target'}
T24 = {'modality': 'target', 'period': '2024'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('Năm 2023 đạt và vượt 19/22 chỉ tiêu', '19/22', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('trong 22 chỉ tiêu chủ yếu của', '22', 'level', 'chỉ tiêu', dict(RT)),
 ('có 19/22 chỉ tiêu đạt và vượt', '19/22', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('2/22 chỉ tiêu xấp xỉ đạt', '2/22', 'ratio', 'chỉ tiêu', dict(RT, status='nearly')),
 ('1/22 chỉ tiêu không đạt', '1/22', 'ratio', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('ước đạt 21.350 tỷ đồng', '21.350 tỷ đồng', 'level', 'VND', dict(E, indicator='total_output_value')),
 ('tăng 7,35% so với năm 2022', '7,35%', 'change', '%', dict(E, indicator='total_output_value', direction='up', base='2022')),
 ('bằng 99,2% Nghị quyết', '99,2%', 'attainment', '%', dict(E, indicator='total_output_value', base='target')),
 ('ước tăng 9,12%', '9,12%', 'change', '%', dict(E, direction='up')),
 ('xây dựng tăng 6,4%', '6,4%', 'change', '%', dict(E, indicator='industrial_output_value', direction='up')),
 ('nông nghiệp giảm 1,8%', '1,8%', 'change', '%', dict(indicator='agricultural_output_value', direction='down')),
 ('đạt 742,6 tỷ đồng', '742,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 108,3% dự toán', '108,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('và 102,1% Nghị quyết', '102,1%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('phương 615,4 tỷ đồng', '615,4 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 96,8% dự toán', '96,8%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('ước đạt 92,5 triệu đồng/năm', '92,5 triệu đồng/năm', 'level', 'VND/người/năm', dict(E, indicator='income_per_capita')),
 ('lên 2/4 xã', '2/4', 'ratio', 'xã', dict(indicator='new_rural_communes_model', direction='up')),
 ('4/4 xã giữ vững', '4/4', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('giảm còn 0,38%', '0,38%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('(còn 112 hộ)', '112', 'level', 'hộ', dict(indicator='poor_households')),
 ('cận nghèo còn 0,91%', '0,91%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('đạt 94,6%', '94,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('cho 2.850 lao động', '2.850', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 103,6% kế hoạch', '103,6%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('đạt 78,2%', '78,2%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('kết nạp 168/160 đảng viên', '168/160', 'ratio', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 105% chỉ tiêu', '105%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('có 46/48 tổ chức', '46/48', 'ratio', 'tổ chức cơ sở đảng', dict()),
 ('kiểm tra 27 tổ chức đảng', '27', 'level', 'tổ chức đảng', dict()),
 ('và 64 đảng viên khi', '64', 'level', 'đảng viên', dict()),
 ('đề ra tăng 1,5%', '1,5%', 'change', '%', dict(T, indicator='agricultural_output_value', direction='up')),
 ('Hai chỉ tiêu xấp xỉ đạt', 'Hai', 'level', 'chỉ tiêu', dict(RT, status='nearly', value=2)),
 ('(đạt 97,4%', '97,4%', 'level', '%', dict()),
 ('Nghị quyết 98%)', '98%', 'level', '%', dict(T)),
 ('xảy ra 86 vụ', '86', 'level', 'vụ', dict(indicator='crime')),
 ('tăng 9 vụ so với cùng kỳ', '9', 'change', 'vụ', dict(indicator='crime', direction='up', base='same_period')),
 ('đạt 91,86%', '91,86%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('xảy ra 14 vụ', '14', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('làm chết 11 người', '11', 'level', 'người', dict(indicator='traffic_deaths')),
 ('bị thương 8 người', '8', 'level', 'người', dict(indicator='traffic_injuries')),
 ('thống nhất 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', dict(T24, **RT)),
 ('tăng 7,5 - 8%', '7,5 - 8%', 'change', '%', dict(T24, indicator='total_output_value', direction='up')),
 ('760 tỷ đồng trở lên', '760 tỷ đồng', 'level', 'VND', dict(T24, indicator='budget_revenue', bound='at_least')),
 ('đạt 98 triệu đồng/năm', '98 triệu đồng/năm', 'level', 'VND/người/năm', dict(T24, indicator='income_per_capita')),
 ('dưới 0,35%', '0,35%', 'level', '%', dict(T24, indicator='poverty_rate', direction='down', bound='under')),
 ('đạt 95%', '95%', 'level', '%', dict(T24, indicator='health_insurance_coverage')),
 ('cho 2.800 lao động', '2.800', 'level', 'lao động', dict(T24, indicator='jobs_created')),
 ('từ 160 đảng viên trở lên', '160', 'level', 'đảng viên', dict(T24, indicator='new_party_members', bound='at_least')),
 ('trong 8 huyện', '8', 'level', 'huyện', dict(optional=True)),
 ('3 khâu đột phá', '3', 'level', 'khâu đột phá', dict(optional=True)),
]
