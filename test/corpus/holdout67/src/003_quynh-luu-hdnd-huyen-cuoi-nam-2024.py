TEXT = '''
BÁO NGHỆ AN
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thứ Sáu, 20/12/2024 - 15:08

Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Địa phương | Nghệ An 24h

Địa phương

Quỳnh Lưu: 26/28 chỉ tiêu kinh tế - xã hội năm 2024 đạt và vượt kế hoạch

(Baonghean.vn) - Sáng 19/12, HĐND huyện Quỳnh Lưu khoá XX, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 19 - kỳ họp thường lệ cuối năm 2024, đánh giá tình hình thực hiện nhiệm vụ năm 2024 và quyết định các chỉ tiêu, nhiệm vụ năm 2025.

Báo cáo của Uỷ ban nhân dân huyện cho biết, năm 2024 trong 28 chỉ tiêu chủ yếu, có 26/28 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu không đạt là thu nhập bình quân đầu người và tỷ lệ trường đạt chuẩn quốc gia.

Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 28.760 tỷ đồng, tăng 8,4% so với năm 2023. Cơ cấu kinh tế: nông, lâm, thuỷ sản 21,6% - công nghiệp, xây dựng 42,3% - dịch vụ 36,1%. Thu nhập bình quân đầu người ước đạt 62,5 triệu đồng, tăng 5,1 triệu đồng so với năm trước nhưng chưa đạt kế hoạch (64 triệu đồng).

Sản xuất nông nghiệp được mùa. Tổng sản lượng lương thực cả năm đạt 132.400 tấn; tổng sản lượng thuỷ sản đạt 64.200 tấn, tăng 4,6%, trong đó khai thác 52.400 tấn, nuôi trồng 11.800 tấn. Toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 12 xã; xã Quỳnh Lương được công nhận xã nông thôn mới kiểu mẫu.

Thu ngân sách trên địa bàn ước đạt 412,6 tỷ đồng, bằng 128,7% dự toán tỉnh giao; chi ngân sách huyện 1.184 tỷ đồng. Công nghiệp, tiểu thủ công nghiệp phát triển khá với 86 doanh nghiệp thành lập mới. Giải quyết việc làm cho 4.350 lao động, trong đó xuất khẩu lao động 1.860 người.

Tỷ lệ hộ nghèo giảm từ 2,86% (cuối năm 2023) xuống còn 2,01%; tỷ lệ hộ cận nghèo còn 3,74%. Tai nạn giao thông xảy ra 18 vụ, làm chết 15 người, bị thương 9 người; so với năm 2023 giảm 4 vụ, giảm 2 người chết.

Năm 2025, HĐND huyện thống nhất 28 chỉ tiêu chủ yếu, trong đó: tốc độ tăng giá trị sản xuất 8,5 - 9%; thu nhập bình quân đầu người 68 triệu đồng trở lên; thu ngân sách trên địa bàn 420 tỷ đồng; tỷ lệ hộ nghèo giảm 0,5 - 0,7 điểm phần trăm; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao; kết nạp 350 đảng viên mới.

Phát biểu tại kỳ họp, đồng chí Bí thư Huyện uỷ đề nghị các xã chủ động chuẩn bị cho việc sắp xếp đơn vị hành chính cấp xã, bảo đảm hoà hợp, ổn định; không để gián đoạn giải quyết thủ tục cho người dân.

Kỳ họp diễn ra trong 2 ngày, dự kiến thông qua 14 nghị quyết.

Quang cảnh kỳ họp thứ 19, HĐND huyện Quỳnh Lưu khoá XX. Ảnh: Việt Hùng

Việt Hùng - Thanh Thuỷ

Tin liên quan
- Quỳnh Lưu: Ra mắt 3 sản phẩm OCOP mới
- Hoàng Mai khởi công đường ven biển đoạn qua phường Quỳnh Phương
- Nghệ An: 11 tháng thu ngân sách đạt 22.500 tỷ đồng

Giấy phép số 02/GP-BTTTT. Toà soạn: Số 5, đường Nguyễn Thị Minh Khai, TP. Vinh, Nghệ An. Điện thoại: 0238.3844.453
'''
META = {'published': '2024-12-20', 'locality': 'huyện Quỳnh Lưu'}
DEFAULTS = {'locality': 'huyện Quỳnh Lưu', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
T = {'base': 'target'}
K = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('Quỳnh Lưu: 26/28 chỉ tiêu', '26/28', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('trong 28 chỉ tiêu chủ yếu, có', '28', 'level', 'chỉ tiêu', d(indicator='resolution_targets')),
 ('có 26/28 chỉ tiêu', '26/28', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('2 chỉ tiêu không đạt', '2', 'level', 'chỉ tiêu', d(indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 28.760 tỷ đồng', '28.760 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('tăng 8,4% so với năm 2023', '8,4%', 'change', '%', d(E, U, indicator='total_output_value', base='2023')),
 ('thuỷ sản 21,6%', '21,6%', 'level', '%', d(indicator='sector_share')),
 ('xây dựng 42,3%', '42,3%', 'level', '%', d(indicator='sector_share')),
 ('dịch vụ 36,1%', '36,1%', 'level', '%', d(indicator='sector_share')),
 ('ước đạt 62,5 triệu đồng', '62,5 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('tăng 5,1 triệu đồng', '5,1 triệu đồng', 'change', 'VND/người/năm', d(E, U, indicator='income_per_capita', base='2023')),
 ('(64 triệu đồng)', '64 triệu đồng', 'level', 'VND/người/năm', d(indicator='income_per_capita', modality='target')),
 ('đạt 132.400 tấn', '132.400 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('đạt 64.200 tấn', '64.200 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 4,6%', '4,6%', 'change', '%', d(U, indicator='aquaculture_output')),
 ('khai thác 52.400 tấn', '52.400 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('nuôi trồng 11.800 tấn', '11.800 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng', '2', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('lên 12 xã', '12', 'level', 'xã', d(U, indicator='new_rural_communes_advanced')),
 ('ước đạt 412,6 tỷ đồng', '412,6 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 128,7% dự toán', '128,7%', 'attainment', '%', d(E, T, indicator='budget_revenue')),
 ('1.184 tỷ đồng', '1.184 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('với 86 doanh nghiệp', '86', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('cho 4.350 lao động', '4.350', 'level', 'lao động', d(indicator='jobs_created')),
 ('1.860 người', '1.860', 'level', 'người', d(indicator='labour_export')),
 ('từ 2,86%', '2,86%', 'level', '%', d(indicator='poverty_rate', period='2023')),
 ('xuống còn 2,01%', '2,01%', 'level', '%', d(D, indicator='poverty_rate')),
 ('còn 3,74%', '3,74%', 'level', '%', d(indicator='near_poverty_rate')),
 ('xảy ra 18 vụ', '18', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 15 người', '15', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 9 người', '9', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 4 vụ', '4', 'change', 'vụ', d(D, indicator='traffic_accidents', base='2023')),
 ('giảm 2 người chết', '2', 'change', 'người', d(D, indicator='traffic_deaths', base='2023')),
 ('thống nhất 28 chỉ tiêu', '28', 'level', 'chỉ tiêu', d(K, indicator='resolution_targets')),
 ('8,5 - 9%', '8,5 - 9%', 'level', '%', d(K, indicator='total_output_value')),
 ('68 triệu đồng trở lên', '68 triệu đồng', 'level', 'VND/người/năm', d(K, indicator='income_per_capita', bound='at_least')),
 ('địa bàn 420 tỷ đồng', '420 tỷ đồng', 'level', 'VND', d(K, indicator='budget_revenue')),
 ('0,5 - 0,7 điểm phần trăm', '0,5 - 0,7 điểm phần trăm', 'change', 'điểm %', d(K, D, indicator='poverty_rate')),
 ('có thêm 2 xã đạt chuẩn nông thôn mới nâng cao;', '2', 'level', 'xã', d(K, indicator='new_rural_communes_advanced')),
 ('kết nạp 350 đảng viên', '350', 'level', 'đảng viên', d(K, indicator='new_party_members')),
 ('thông qua 14 nghị quyết', '14', 'level', 'nghị quyết', {'optional': True}),
]
