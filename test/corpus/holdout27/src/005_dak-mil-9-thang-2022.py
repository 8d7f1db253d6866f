TEXT = '''
BÁO ĐẮK NÔNG ĐIỆN TỬ
Thứ Sáu, 07/10/2022 | Gia Nghĩa 26°C | Tỷ giá USD: 24.150 | Đăng nhập
Trang chủ | Thời sự | Kinh tế | Xã hội | Văn hóa | Pháp luật | Thể thao | Media | Đắk Nông đất và người | Tòa soạn
Kinh tế > Kinh tế huyện, thành phố

Đắk Mil: Kinh tế 9 tháng tăng 7,8%, thu ngân sách bằng 86% dự toán

Ngọc Minh | Cập nhật: 07/10/2022 10:25 | 0 Bình luận | Chia sẻ | In bài

Ngày 6/10, UBND huyện Đắk Mil tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội 9 tháng đầu năm 2022, triển khai nhiệm vụ quý IV.

Theo báo cáo, tổng giá trị sản xuất (giá so sánh 2010) 9 tháng ước đạt 6.215 tỷ đồng, tăng 7,8% so với cùng kỳ, đạt 71,3% kế hoạch năm. Trong đó, ngành nông, lâm nghiệp, thủy sản ước đạt 3.180 tỷ đồng, công nghiệp - xây dựng 1.426 tỷ đồng, thương mại - dịch vụ 1.609 tỷ đồng.

Tổng diện tích gieo trồng năm 2022 đạt 41.250 ha, bằng 100,6% kế hoạch, trong đó cà phê 20.540 ha, hồ tiêu 7.860 ha, sầu riêng 3.120 ha (tăng 820 ha so với năm 2021). Sản lượng cà phê nhân niên vụ 2021 - 2022 đạt 62.400 tấn. Giá cà phê nhân xô bình quân 9 tháng dao động 45.000 - 47.000 đồng/kg, tăng 5.000 - 6.000 đồng/kg so với cùng kỳ.

Nông dân xã Đắk Lao thu hoạch sầu riêng. Ảnh: Ngọc Minh

Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 176,8 tỷ đồng, bằng 86% dự toán tỉnh giao, tăng 12,5% so với cùng kỳ; chi ngân sách địa phương 412,5 tỷ đồng, đạt 68,4% dự toán. Tỷ lệ giải ngân vốn đầu tư công đạt 58,2% kế hoạch vốn. Trên địa bàn có 42 doanh nghiệp thành lập mới, với tổng vốn đăng ký 215 tỷ đồng.

Về văn hóa - xã hội, huyện giải quyết việc làm cho 1.850 lao động, đạt 92,5% kế hoạch; tỷ lệ hộ nghèo toàn huyện còn 4,87%, trong đó hộ nghèo đồng bào dân tộc thiểu số tại chỗ chiếm 31,2% tổng số hộ nghèo. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 89,6%. Năm học 2022 - 2023, toàn huyện có 28/61 trường đạt chuẩn quốc gia.

Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững. Tội phạm về trật tự xã hội giảm 8 vụ so với cùng kỳ; tỷ lệ điều tra khám phá đạt 87,5%. Trên địa bàn xảy ra 11 vụ tai nạn giao thông, làm chết 9 người, bị thương 6 người.

Phát biểu kết luận, Chủ tịch UBND huyện Lê Văn Hà (SN 1975) yêu cầu các ngành bám sát 6 nhóm nhiệm vụ trọng tâm quý IV. Để hoàn thành kế hoạch năm 2022, huyện phấn đấu tổng giá trị sản xuất cả năm tăng 8,5% trở lên; thu ngân sách vượt 10% dự toán; 2 xã Đắk Gằn và Thuận An về đích nông thôn mới.

Tin liên quan
- Đắk Song: Sản lượng hồ tiêu năm 2022 ước đạt 22.000 tấn (06/10/2022)
- Cư Jút giải ngân đạt 70% vốn đầu tư công (05/10/2022)
- Đắk R'lấp có thêm 3 xã đạt chuẩn nông thôn mới (03/10/2022)

Tin cùng chuyên mục
- Giá cà phê hôm nay 7/10: tăng 500 đồng/kg
- Krông Nô thu hoạch 3.500 ha lúa vụ Mùa
- Gia Nghĩa: 9 tháng thu hút 5 dự án đầu tư mới
Xem thêm >>

Bình luận (0)
Gửi bình luận của bạn
Họ tên (*) | Email (*) | Mã xác nhận: 4825
Gửi

Đọc nhiều
1. Đắk Nông có 100% xã có đường ô tô đến trung tâm
2. Giá sầu riêng Ri6 giảm còn 45.000 đồng/kg
3. Tuy Đức: 12 hộ được hỗ trợ nhà ở

BÁO ĐẮK NÔNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK NÔNG
Giấy phép hoạt động báo chí điện tử số 273/GP-BTTTT ngày 14/6/2021
Tòa soạn: Đường 23/3, phường Nghĩa Đức, thành phố Gia Nghĩa, tỉnh Đắk Nông
Điện thoại: 0261.3544.366 - Fax: 0261.3544.367 | Ghi rõ nguồn "Báo Đắk Nông" khi phát hành lại thông tin từ website này.
'''
META = {'published': '2022-10-07', 'locality': 'huyện Đắk Mil'}
DEFAULTS = {'locality': 'huyện Đắk Mil', 'period': '2022-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2022'}
S = {'base': 'same_period'}
K = {'base': 'target'}
TV = {'indicator': 'total_output_value'}
CA = {'indicator': 'crop_area', 'period': '2022'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('9 tháng tăng 7,8%', '7,8%', 'change', '%', dict(TV, direction='up')),
 ('sách bằng 86%', '86%', 'attainment', '%', dict(BR, **K)),
 ('ước đạt 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', dict(TV, **E)),
 ('tăng 7,8% so', '7,8%', 'change', '%', dict(TV, **E, **S, direction='up')),
 ('đạt 71,3% kế hoạch', '71,3%', 'attainment', '%', dict(TV, **E, **K)),
 ('đạt 3.180 tỷ đồng', '3.180 tỷ đồng', 'level', 'VND', dict(E, indicator='agricultural_output_value')),
 ('dựng 1.426 tỷ đồng', '1.426 tỷ đồng', 'level', 'VND', dict(E, indicator='industrial_output_value')),
 ('vụ 1.609 tỷ đồng', '1.609 tỷ đồng', 'level', 'VND', dict(E)),
 ('đạt 41.250 ha', '41.250 ha', 'level', 'ha', dict(CA)),
 ('bằng 100,6% kế hoạch', '100,6%', 'attainment', '%', dict(CA, **K)),
 ('phê 20.540 ha', '20.540 ha', 'level', 'ha', dict(CA)),
 ('tiêu 7.860 ha', '7.860 ha', 'level', 'ha', dict(CA)),
 ('riêng 3.120 ha', '3.120 ha', 'level', 'ha', dict(CA)),
 ('tăng 820 ha', '820 ha', 'change', 'ha', dict(CA, direction='up', base='2021')),
 ('đạt 62.400 tấn', '62.400 tấn', 'level', 'tấn', dict(period='2021/2022')),
 ('động 45.000 - 47.000 đồng/kg', '45.000 - 47.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('tăng 5.000 - 6.000 đồng/kg', '5.000 - 6.000 đồng/kg', 'change', 'VND/kg', dict(S, direction='up')),
 ('đạt 176,8 tỷ đồng', '176,8 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 86% dự toán tỉnh', '86%', 'attainment', '%', dict(BR, **K)),
 ('tăng 12,5% so', '12,5%', 'change', '%', dict(BR, **S, direction='up')),
 ('phương 412,5 tỷ đồng', '412,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('đạt 68,4% dự toán', '68,4%', 'attainment', '%', dict(indicator='budget_expenditure', **K)),
 ('đạt 58,2% kế hoạch vốn', '58,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', **K)),
 ('có 42 doanh nghiệp', '42', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('ký 215 tỷ đồng', '215 tỷ đồng', 'level', 'VND', dict()),
 ('cho 1.850 lao động', '1.850', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 92,5% kế hoạch', '92,5%', 'attainment', '%', dict(indicator='jobs_created', **K)),
 ('còn 4,87%', '4,87%', 'level', '%', dict(indicator='poverty_rate')),
 ('chiếm 31,2%', '31,2%', 'level', '%', dict()),
 ('đạt 89,6%', '89,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('có 28/61 trường', '28/61', 'ratio', 'trường', dict(indicator='national_standard_schools', period='2022/2023')),
 ('giảm 8 vụ', '8', 'change', 'vụ', dict(indicator='crime', **S, direction='down')),
 ('đạt 87,5%', '87,5%', 'level', '%', dict(indicator='crime_clearance_rate')),
 ('ra 11 vụ', '11', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 9 người', '9', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 6 người', '6', 'level', 'người', dict(indicator='traffic_injuries')),
 ('bám sát 6 nhóm', '6', 'level', 'nhóm nhiệm vụ', dict(optional=True)),
 ('tăng 8,5% trở lên', '8,5%', 'change', '%', dict(TV, **T, direction='up', bound='at_least')),
 ('vượt 10% dự toán', '10%', 'change', '%', dict(BR, **T, direction='up', base='target', status='exceeded')),
 ('; 2 xã Đắk Gằn', '2', 'level', 'xã', dict(T, indicator='new_rural_communes')),
]
