TEXT = '''
BÁO THANH HÓA
Thứ sáu, ngày 04/10/2024 | 10:21 (GMT+7)
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Pháp luật | Thể thao | Miền Tây xứ Thanh

Kinh tế

Hoằng Hóa: Tổng giá trị sản xuất 9 tháng tăng 10,2%

(Baothanhhoa.vn) - Chiều 3/10, Ban Thường vụ Huyện ủy Hoằng Hóa họp đánh giá kết quả thực hiện nhiệm vụ 9 tháng, bàn giải pháp những tháng cuối năm 2024.

Báo cáo của UBND huyện cho thấy, tổng giá trị sản xuất 9 tháng ước đạt 19.865 tỷ đồng, bằng 76,3% kế hoạch, tăng 10,2% so với cùng kỳ. Giá trị sản xuất các ngành nông, lâm, thủy sản; công nghiệp - xây dựng; dịch vụ lần lượt đạt 2.214 tỷ đồng, 10.840 tỷ đồng và 6.811 tỷ đồng.

Vụ thu mùa, toàn huyện gieo cấy 9.820 ha lúa, năng suất ước đạt 57,5 tạ/ha, giảm 2,1 tạ/ha so với cùng vụ năm trước do ảnh hưởng của bão số 3. Mô hình trồng dưa lưới trong nhà màng tại các xã ven biển cho giá trị thu được bình quân 850 triệu đồng/ha, gấp đôi trồng lúa; tổng sản lượng thủy sản đạt gần 19.600 tấn.

Thu ngân sách trên địa bàn đạt 486,2 tỷ đồng, bằng 112,4% dự toán tỉnh giao, bằng 89,7% dự toán huyện giao; trong đó thu tiền sử dụng đất 352,8 tỷ đồng. Toàn huyện có thêm 92 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp đang hoạt động lên hơn 1.150 doanh nghiệp.

Đến nay, toàn huyện có 14/36 xã đạt chuẩn nông thôn mới nâng cao, 5 xã đạt chuẩn nông thôn mới kiểu mẫu. Xuất khẩu lao động 1.126 người, đạt 86,6% kế hoạch năm. Tỷ lệ hộ nghèo ước còn 1,12%, tỷ lệ tham gia BHYT đạt 92,3%.

Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu cầu các ngành, các xã tập trung chỉ đạo sản xuất vụ đông năm 2024 với diện tích từ 3.500 ha trở lên; phấn đấu cả năm thu ngân sách đạt 100% dự toán huyện giao trở lên.

Lãnh đạo huyện Hoằng Hóa kiểm tra mô hình dưa lưới tại xã Hoằng Thanh. Ảnh: Lê Hà

Lê Hà

Tin liên quan
- Hoằng Hóa tổ chức Lễ hội cầu ngư năm 2024
- Thanh Hóa: 9 tháng thu hút 62 dự án đầu tư
- Xã Hoằng Đông đón Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao

Tổng biên tập: Đỗ Hoàng Linh. Tòa soạn: 31 Đại lộ Lê Lợi, TP Thanh Hóa. Điện thoại: 0237.3852.284. Giấy phép số 418/GP-BTTTT
'''
META = {'published': '2024-10-04', 'locality': 'huyện Hoằng Hóa'}
DEFAULTS = {'locality': 'huyện Hoằng Hóa', 'period': '2024-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
T = {'base': 'target'}
K = {'modality': 'target', 'period': '2024'}
FIGS = [
 ('9 tháng tăng 10,2%', '10,2%', 'change', '%', d(U, indicator='total_output_value')),
 ('ước đạt 19.865 tỷ đồng', '19.865 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('bằng 76,3% kế hoạch', '76,3%', 'attainment', '%', d(E, T, indicator='total_output_value')),
 ('tăng 10,2% so với cùng kỳ', '10,2%', 'change', '%', d(E, U, SP, indicator='total_output_value')),
 ('lần lượt đạt 2.214 tỷ đồng', '2.214 tỷ đồng', 'level', 'VND', d(indicator='agricultural_output_value')),
 ('10.840 tỷ đồng', '10.840 tỷ đồng', 'level', 'VND', d(indicator='industrial_output_value')),
 ('6.811 tỷ đồng', '6.811 tỷ đồng', 'level', 'VND', d()),
 ('gieo cấy 9.820 ha', '9.820 ha', 'level', 'ha', d(indicator='crop_area')),
 ('ước đạt 57,5 tạ/ha', '57,5 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('giảm 2,1 tạ/ha', '2,1 tạ/ha', 'change', 'tạ/ha', d(E, D, SP)),
 ('bình quân 850 triệu đồng/ha', '850 triệu đồng/ha', 'level', 'VND/ha', d()),
 ('gấp đôi', 'gấp đôi', 'change', 'lần', d(U, value=2)),
 ('gần 19.600 tấn', '19.600 tấn', 'level', 'tấn', d(indicator='aquaculture_output', bound='nearly')),
 ('đạt 486,2 tỷ đồng', '486,2 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 112,4% dự toán', '112,4%', 'attainment', '%', d(T, indicator='budget_revenue')),
 ('bằng 89,7% dự toán', '89,7%', 'attainment', '%', d(T, indicator='budget_revenue')),
 ('sử dụng đất 352,8 tỷ đồng', '352,8 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('thêm 92 doanh nghiệp', '92', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('hơn 1.150 doanh nghiệp', '1.150', 'level', 'doanh nghiệp', d(U, bound='over')),
 ('có 14/36 xã', '14/36', 'ratio', 'xã', d(indicator='new_rural_communes_advanced')),
 ('5 xã đạt chuẩn', '5', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('lao động 1.126 người', '1.126', 'level', 'người', d(indicator='labour_export')),
 ('đạt 86,6% kế hoạch năm', '86,6%', 'attainment', '%', d(T, indicator='labour_export')),
 ('ước còn 1,12%', '1,12%', 'level', '%', d(E, indicator='poverty_rate')),
 ('đạt 92,3%', '92,3%', 'level', '%', d(E, indicator='health_insurance_coverage')),
 ('từ 3.500 ha trở lên', '3.500 ha', 'level', 'ha', d(K, indicator='crop_area', bound='at_least')),
 ('đạt 100% dự toán huyện giao trở lên', '100%', 'attainment', '%', d(K, T, indicator='budget_revenue', bound='at_least')),
]
