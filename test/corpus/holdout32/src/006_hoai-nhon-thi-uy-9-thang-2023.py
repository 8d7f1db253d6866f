TEXT = '''
BÁO BÌNH ĐỊNH ONLINE
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Bình Định 24h | Tòa soạn

Hoài Nhơn: 9 tháng, giá trị sản xuất công nghiệp tăng 12,6%

Cập nhật ngày: 06/10/2023, 08:12

(BĐ) - Ngày 5/10, Ban Chấp hành Đảng bộ thị xã Hoài Nhơn tổ chức hội nghị lần thứ 19 (mở rộng) đánh giá tình hình thực hiện nhiệm vụ 9 tháng và triển khai nhiệm vụ quý IV năm 2023.

Theo báo cáo, 9 tháng đầu năm 2023, tổng giá trị sản xuất trên địa bàn thị xã ước đạt 21.480 tỷ đồng (giá so sánh 2010), đạt 71,2% kế hoạch năm, tăng 8,9% so với cùng kỳ. Trong đó, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp đạt 8.350 tỷ đồng, tăng 12,6%; nông, lâm, thủy sản đạt 6.910 tỷ đồng, tăng 3,4%; thương mại - dịch vụ đạt 6.220 tỷ đồng, tăng 10,1%.

Nghề cá tiếp tục là thế mạnh. Sản lượng thủy sản khai thác đạt 98.600 tấn, đạt 82,2% kế hoạch, tăng 5,1% so với cùng kỳ. Toàn thị xã có 1.946 tàu cá, trong đó 1.210 tàu cá có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình.

Tàu cá neo đậu tại cảng cá Tam Quan. Ảnh: Ngọc Nhuận

Thu ngân sách nhà nước trên địa bàn đạt 412,6 tỷ đồng, bằng 76,4% dự toán HĐND thị xã giao; trong đó thu tiền sử dụng đất 168 tỷ đồng, mới đạt 48% kế hoạch. Các phường Bồng Sơn, Tam Quan và Hoài Thanh Tây có số thu lần lượt 38,2 tỷ đồng, 31,5 tỷ đồng và 12,4 tỷ đồng, đều vượt dự toán được giao.

Công tác xây dựng đô thị được chú trọng. Thị xã hoàn thành hồ sơ đề nghị công nhận phường Hoài Hảo, Hoài Tân đạt tiêu chí phường loại III theo Kế hoạch số 87/KH-UBND ngày 14/3/2023; khởi công tuyến đường Trần Hưng Đạo nối dài dài 2,4 km với tổng vốn 96 tỷ đồng. Giải ngân vốn đầu tư công đến ngày 30/9/2023 đạt 312,7 tỷ đồng/KH 498 tỷ đồng, đạt 62,8%, cao hơn mức bình quân của tỉnh (54,1%).

Về xã hội, thị xã giải quyết việc làm cho 2.850 lao động, đạt 87,7% kế hoạch; tỷ lệ hộ nghèo ước đến cuối năm còn 2,1%. Trong 9 tháng, Đảng bộ thị xã kết nạp 96 đảng viên mới, đạt 80% chỉ tiêu năm.

Ước cả năm 2023, có 17/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 3 chỉ tiêu khó đạt là thu ngân sách, thu tiền sử dụng đất và tỷ lệ đô thị hóa.

Phát biểu chỉ đạo, đồng chí Bí thư Thị ủy yêu cầu các cấp ủy, chính quyền tập trung cao cho những tháng cuối năm. Phấn đấu cả năm 2023, tổng giá trị sản xuất tăng 9 - 9,5%; riêng quý IV, thu ngân sách đạt 150 - 160 tỷ đồng. Thị xã cần đẩy nhanh giải phóng mặt bằng các dự án dọc Quốc lộ 1 và tuyến đường ven biển ĐT 639, chuẩn bị phương án ứng phó bão, lũ cho 2.300 hộ dân vùng thấp trũng.

Dịp này, ông Nguyễn Văn Thạnh, 67 tuổi, ở khu phố 3, phường Tam Quan Bắc được tặng Huy hiệu 40 năm tuổi Đảng.

Ngọc Nhuận

Tin cùng chuyên mục:
- Phù Cát: 9 tháng thu ngân sách đạt 88% dự toán
- Bình Định: Xuất khẩu 9 tháng đạt 1,2 tỷ USD

Báo Bình Định - Cơ quan của Đảng bộ tỉnh Bình Định. Địa chỉ: 93 Phan Bội Châu, TP Quy Nhơn. Điện thoại: (0256) 3822 431.
'''
META = {'published': '2023-10-06', 'locality': 'thị xã Hoài Nhơn'}
DEFAULTS = {'locality': 'thị xã Hoài Nhơn', 'period': '2023-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
TB = {'base': 'target'}
BR = {'indicator': 'budget_revenue'}
TO = {'indicator': 'total_output_value'}
FIGS = [
 ('nghiệp tăng 12,6%\n', '12,6%', 'change', '%', d(U, indicator='industrial_output_value')),
 ('ước đạt 21.480 tỷ đồng', '21.480 tỷ đồng', 'level', 'VND', d(E, TO)),
 ('đạt 71,2% kế hoạch', '71,2%', 'attainment', '%', d(E, TO, TB)),
 ('tăng 8,9% so với cùng kỳ', '8,9%', 'change', '%', d(E, TO, U, SP)),
 ('đạt 8.350 tỷ đồng', '8.350 tỷ đồng', 'level', 'VND', d(indicator='industrial_output_value')),
 ('tăng 12,6%;', '12,6%', 'change', '%', d(U, indicator='industrial_output_value')),
 ('đạt 6.910 tỷ đồng', '6.910 tỷ đồng', 'level', 'VND', d(indicator='agricultural_output_value')),
 ('tăng 3,4%', '3,4%', 'change', '%', d(U, indicator='agricultural_output_value')),
 ('đạt 6.220 tỷ đồng', '6.220 tỷ đồng', 'level', 'VND', d()),
 ('tăng 10,1%', '10,1%', 'change', '%', d(U)),
 ('đạt 98.600 tấn', '98.600 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('đạt 82,2% kế hoạch', '82,2%', 'attainment', '%', d(TB, indicator='aquaculture_output')),
 ('tăng 5,1% so với cùng kỳ', '5,1%', 'change', '%', d(U, SP, indicator='aquaculture_output')),
 ('có 1.946 tàu cá', '1.946', 'level', 'tàu cá', d()),
 ('đó 1.210 tàu cá', '1.210', 'level', 'tàu cá', d()),
 ('đạt 412,6 tỷ đồng', '412,6 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 76,4% dự toán', '76,4%', 'attainment', '%', d(BR, TB)),
 ('đất 168 tỷ đồng', '168 tỷ đồng', 'level', 'VND', d(BR)),
 ('đạt 48% kế hoạch', '48%', 'attainment', '%', d(BR, TB)),
 ('lần lượt 38,2 tỷ đồng', '38,2 tỷ đồng', 'level', 'VND', d(BR, locality='phường Bồng Sơn')),
 ('31,5 tỷ đồng', '31,5 tỷ đồng', 'level', 'VND', d(BR, locality='phường Tam Quan')),
 ('12,4 tỷ đồng', '12,4 tỷ đồng', 'level', 'VND', d(BR, locality='phường Hoài Thanh Tây')),
 ('dài 2,4 km', '2,4 km', 'level', 'km', d(optional=True)),
 ('vốn 96 tỷ đồng', '96 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('đạt 312,7 tỷ đồng', '312,7 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('/KH 498 tỷ đồng', '498 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement', period='2023', modality='target')),
 ('đạt 62,8%', '62,8%', 'attainment', '%', d(TB, indicator='public_investment_disbursement')),
 ('(54,1%)', '54,1%', 'attainment', '%', d(TB, indicator='public_investment_disbursement', locality='tỉnh Bình Định')),
 ('cho 2.850 lao động', '2.850', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 87,7% kế hoạch', '87,7%', 'attainment', '%', d(TB, indicator='jobs_created')),
 ('còn 2,1%', '2,1%', 'level', '%', d(E, indicator='poverty_rate', period='2023')),
 ('nạp 96 đảng viên', '96', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 80% chỉ tiêu', '80%', 'attainment', '%', d(TB, indicator='new_party_members')),
 ('có 17/20 chỉ tiêu', '17/20', 'ratio', 'chỉ tiêu', d(E, indicator='resolution_targets', period='2023', status='achieved')),
 ('3 chỉ tiêu khó đạt', '3', 'level', 'chỉ tiêu', d(E, indicator='resolution_targets', period='2023', status='not_achieved')),
 ('tăng 9 - 9,5%', '9 - 9,5%', 'change', '%', d(TO, U, period='2023', modality='target')),
 ('đạt 150 - 160 tỷ đồng', '150 - 160 tỷ đồng', 'level', 'VND', d(BR, period='2023-Q4', modality='target')),
 ('cho 2.300 hộ dân', '2.300', 'level', 'hộ dân', d(optional=True)),
]
