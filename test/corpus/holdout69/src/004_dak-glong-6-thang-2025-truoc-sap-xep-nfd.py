NFD = True
TEXT = '''
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐẮK NÔNG
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa - Thể thao | Quốc phòng - An ninh | Video | Podcast
20/06/2025 | 15:30

Thời sự

Đắk Glong: Thu ngân sách 6 tháng đầu năm đạt 63,2% dự toán

PTTH Đắk Nông - Ngày 19/6, UBND huyện Đắk Glong tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2025 và tổng kết hoạt động của chính quyền cấp huyện trước khi kết thúc hoạt động từ ngày 1/7/2025 theo chủ trương sắp xếp đơn vị hành chính.

Theo báo cáo, 6 tháng đầu năm, tổng giá trị sản xuất (giá so sánh 2010) trên địa bàn huyện ước đạt 2.486 tỷ đồng, tăng 7,2% so với cùng kỳ, bằng 48,1% kế hoạch năm. Tổng diện tích gieo trồng vụ Hè Thu ước đạt 19.420 ha, bằng 96,8% kế hoạch; cà phê, hồ tiêu, sầu riêng tiếp tục là cây trồng chủ lực, trong đó diện tích sầu riêng cho thu hoạch tăng 640 ha so với cùng kỳ.

Thu ngân sách nhà nước trên địa bàn ước đạt 94,8 tỷ đồng, bằng 63,2% dự toán tỉnh giao, tăng 18,5% so với cùng kỳ; trong đó thu tiền sử dụng đất 12,3 tỷ đồng. Chi ngân sách địa phương 312,5 tỷ đồng, đạt 51,4% dự toán.

Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2025:

Chỉ tiêu | Đơn vị | Kế hoạch năm 2025 | Ước thực hiện 6 tháng | So với kế hoạch (%)
Tổng giá trị sản xuất | tỷ đồng | 5.168 | 2.486 | 48,1
Thu ngân sách trên địa bàn | tỷ đồng | 150 | 94,8 | 63,2
Diện tích gieo trồng | ha | 20.060 | 19.420 | 96,8
Trồng rừng tập trung | ha | 180 | 126 | 70,0
Giải quyết việc làm | lao động | 1.100 | 620 | 56,4

Về văn hóa - xã hội, toàn huyện hiện còn 1.052 hộ nghèo, chiếm 6,12%, giảm 318 hộ so với cuối năm 2024. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,5%. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; 6 tháng xảy ra 3 vụ tai nạn giao thông, làm chết 3 người.

Quang cảnh hội nghị tại huyện Đắk Glong. Ảnh: Ngọc Anh

Nhìn lại chặng đường phát triển, giai đoạn 2020 - 2025, tổng giá trị sản xuất của huyện tăng bình quân 8,4%/năm. Thu nhập bình quân đầu người năm 2024 đạt 48,6 triệu đồng, gấp 1,6 lần năm 2019; tỷ lệ hộ nghèo giảm từ 21,4% năm 2019 xuống còn 6,12% hiện nay. Đến nay, toàn huyện có 4/7 xã đạt chuẩn nông thôn mới.

Từ ngày 1/7/2025, huyện Đắk Glong kết thúc hoạt động; địa bàn huyện được sắp xếp thành các xã Quảng Sơn, Quảng Hòa, Đắk Ha, Quảng Khê thuộc tỉnh Lâm Đồng (mới). Phát biểu tại hội nghị, Chủ tịch UBND huyện đề nghị các xã mới kế thừa kết quả đã đạt được, phấn đấu thu ngân sách cả năm trên địa bàn đạt 160 tỷ đồng trở lên, vượt 6,7% dự toán; hoàn thành bàn giao hồ sơ, tài sản, trụ sở trước ngày 30/6.

Hoàng Thanh - Ngọc Anh

Tin liên quan
- Đắk Song: Hoàn thành bàn giao 7 trụ sở cho các xã mới (18/06/2025)
- Tuy Đức đẩy nhanh giải ngân vốn đầu tư công (17/06/2025)

Đài Phát thanh và Truyền hình Đắk Nông. Giấy phép số 45/GP-BTTTT. Địa chỉ: Đường 23/3, phường Nghĩa Đức, TP Gia Nghĩa. ĐT: 0261.3544.216
'''
META = {'published': '2025-06-20', 'locality': 'huyện Đắk Glong'}
DEFAULTS = {'locality': 'huyện Đắk Glong', 'period': '2025-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
B = 1e9
E = {'modality': 'estimate'}
K = {'period': '2025', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
SP = {'base': 'same_period'}
TV = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
CA = {'indicator': 'crop_area'}
JC = {'indicator': 'jobs_created'}
FIGS = [
 ('đầu năm đạt 63,2% dự toán', '63,2%', 'attainment', '%', d(P, BR)),
 ('ước đạt 2.486 tỷ đồng', '2.486 tỷ đồng', 'level', 'VND', d(E, TV)),
 ('tăng 7,2% so với cùng kỳ', '7,2%', 'change', '%', d(E, U, SP, TV)),
 ('bằng 48,1% kế hoạch năm', '48,1%', 'attainment', '%', d(E, P, TV)),
 ('ước đạt 19.420 ha', '19.420 ha', 'level', 'ha', d(E, CA)),
 ('bằng 96,8% kế hoạch', '96,8%', 'attainment', '%', d(E, P, CA)),
 ('tăng 640 ha', '640 ha', 'change', 'ha', d(U, SP)),
 ('ước đạt 94,8 tỷ đồng', '94,8 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 63,2% dự toán tỉnh giao', '63,2%', 'attainment', '%', d(E, P, BR)),
 ('tăng 18,5% so với cùng kỳ', '18,5%', 'change', '%', d(E, U, SP, BR)),
 ('đất 12,3 tỷ đồng', '12,3 tỷ đồng', 'level', 'VND', d(BR)),
 ('phương 312,5 tỷ đồng', '312,5 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 51,4% dự toán', '51,4%', 'attainment', '%', d(P, indicator='budget_expenditure')),
 ('| 5.168 |', '5.168', 'level', 'VND', d(K, TV, value=5168*B)),
 ('| 2.486 |', '2.486', 'level', 'VND', d(E, TV, value=2486*B)),
 ('| 48,1\n', '48,1', 'attainment', '%', d(E, P, TV)),
 ('| 150 |', '150', 'level', 'VND', d(K, BR, value=150*B)),
 ('| 94,8 |', '94,8', 'level', 'VND', d(E, BR, value=94.8*B)),
 ('| 63,2\n', '63,2', 'attainment', '%', d(E, P, BR)),
 ('| 20.060 |', '20.060', 'level', 'ha', d(K, CA)),
 ('| 19.420 |', '19.420', 'level', 'ha', d(E, CA)),
 ('| 96,8\n', '96,8', 'attainment', '%', d(E, P, CA)),
 ('| 180 |', '180', 'level', 'ha', d(K)),
 ('| 126 |', '126', 'level', 'ha', d(E)),
 ('| 70,0\n', '70,0', 'attainment', '%', d(E, P)),
 ('| 1.100 |', '1.100', 'level', 'lao động', d(K, JC)),
 ('| 620 |', '620', 'level', 'lao động', d(E, JC)),
 ('| 56,4\n', '56,4', 'attainment', '%', d(E, P, JC)),
 ('còn 1.052 hộ', '1.052', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 6,12%', '6,12%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 318 hộ', '318', 'change', 'hộ', d(D, indicator='poor_households', base='2024')),
 ('đạt 91,5%', '91,5%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('xảy ra 3 vụ', '3', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 3 người', '3', 'level', 'người', d(indicator='traffic_deaths')),
 ('bình quân 8,4%/năm', '8,4%', 'change', '%', d(U, TV, period='2020/2025')),
 ('đạt 48,6 triệu đồng', '48,6 triệu đồng', 'level', 'VND/người/năm', d(indicator='income_per_capita', period='2024')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(U, indicator='income_per_capita', period='2024', base='2019')),
 ('từ 21,4%', '21,4%', 'level', '%', d(indicator='poverty_rate', period='2019')),
 ('xuống còn 6,12%', '6,12%', 'level', '%', d(D, indicator='poverty_rate')),
 ('có 4/7 xã', '4/7', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('đạt 160 tỷ đồng', '160 tỷ đồng', 'level', 'VND', d(K, BR, bound='at_least')),
 ('vượt 6,7% dự toán', '6,7%', 'change', '%', d(K, U, P, BR, status='exceeded')),
]
