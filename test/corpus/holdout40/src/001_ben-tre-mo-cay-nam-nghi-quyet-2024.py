TEXT = '''
BÁO ĐỒNG KHỞI ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Văn hóa - Văn nghệ | Thể thao | Pháp luật | Bạn đọc

Mỏ Cày Nam: 21/24 chỉ tiêu Nghị quyết năm 2024 đạt và vượt

20/12/2024 - 07:15

BDK.VN - Ngày 18-12-2024, Ban Chấp hành Đảng bộ huyện Mỏ Cày Nam khóa XII tổ chức Hội nghị lần thứ 26 đánh giá kết quả thực hiện Nghị quyết (NQ) năm 2024 và thông qua phương hướng, nhiệm vụ năm 2025. Bí thư Huyện ủy Mỏ Cày Nam Trần Văn Lợi chủ trì hội nghị.

Quang cảnh hội nghị.

Vượt khó sau hạn mặn

Năm 2024, dù chịu ảnh hưởng nặng của đợt hạn hán, xâm nhập mặn đầu năm, Đảng bộ và Nhân dân huyện đã nỗ lực thực hiện đạt và vượt 21/24 chỉ tiêu NQ; 2/24 chỉ tiêu xấp xỉ đạt là tổng giá trị sản xuất và tỷ lệ lao động qua đào tạo; 1/24 chỉ tiêu chưa đạt là giá trị sản xuất nông nghiệp.

Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 15.620 tỷ đồng, tăng 6,8% so với năm 2023, bằng 98,7% NQ. Trong đó, khu vực công nghiệp - xây dựng tăng 11,2%; thương mại - dịch vụ tăng 8,4%; nông nghiệp giảm 1,3% (NQ tăng 1,5%).

Thu ngân sách nhà nước trên địa bàn đạt 248,6 tỷ đồng, đạt 112,4% dự toán tỉnh giao và 104,5% dự toán HĐND huyện giao, tăng 9,7% so với năm 2023; chi ngân sách địa phương 712,3 tỷ đồng, bằng 96,2% dự toán.

Trong năm, huyện có thêm xã Định Thủy và xã Phước Hiệp đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 9/16 xã; xã An Thạnh đạt chuẩn nông thôn mới kiểu mẫu. Toàn huyện có 38 sản phẩm OCOP, trong đó 6 sản phẩm đạt 4 sao.

Chuỗi giá trị dừa tiếp tục là thế mạnh của huyện.

Công tác an sinh xã hội được quan tâm. Tỷ lệ hộ nghèo giảm còn 1,18%, tỷ lệ hộ cận nghèo giảm còn 2,05%; giải quyết việc làm cho 2.150 lao động, trong đó xuất khẩu lao động 46 người. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6%.

Công tác xây dựng Đảng đạt nhiều kết quả. Công tác phát triển đảng viên đạt 132/120 đảng viên mới, bằng 110% chỉ tiêu NQ; có 86/92 tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.

Những mặt còn hạn chế

Giá trị sản xuất nông nghiệp giảm do hạn mặn làm thiệt hại 1.240 ha lúa và hoa màu. Tỷ lệ lao động qua đào tạo đạt 71,8% (NQ 72%). Tình hình phạm pháp hình sự tăng 5 vụ so với năm trước; tai nạn giao thông làm chết 14 người.

Năm cuối nhiệm kỳ

Năm 2025, huyện phấn đấu thực hiện 24 chỉ tiêu chủ yếu, trong đó: tổng giá trị sản xuất tăng 7 - 7,5%; thu ngân sách trên địa bàn 265 tỷ đồng; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ hộ nghèo giảm 0,3 - 0,4 điểm phần trăm; tỷ lệ tham gia bảo hiểm y tế đạt trên 94%; kết nạp ít nhất 120 đảng viên mới.

Bí thư Huyện ủy Trần Văn Lợi phát biểu chỉ đạo.

Phát biểu kết luận, Bí thư Huyện ủy Trần Văn Lợi nhấn mạnh: “Năm 2025 là năm cuối thực hiện NQ Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025, đồng thời là năm tổ chức đại hội đảng bộ các cấp, tiến tới Đại hội Đảng bộ huyện lần thứ XIII, nhiệm kỳ 2025 - 2030. Các cấp ủy phải tập trung cao độ, không để chỉ tiêu nào chưa đạt như năm 2024”.

Bài, ảnh: Thanh Đồng

Lượt xem: 1.254

Chia sẻ bài viết

Tin liên quan
- Giồng Trôm: Thu ngân sách năm 2024 vượt 8% dự toán
- Thạnh Phú có thêm 3 xã đạt chuẩn nông thôn mới nâng cao
- Chợ Lách: Giải quyết việc làm cho hơn 1.900 lao động

Báo Đồng Khởi - Cơ quan của Đảng bộ tỉnh Bến Tre
Địa chỉ: 5 Nguyễn Trãi, Phường 2, TP. Bến Tre | ĐT: 0275.3822.212
'''
META = {'published': '2024-12-20', 'locality': 'huyện Mỏ Cày Nam'}
DEFAULTS = {'locality': 'huyện Mỏ Cày Nam', 'period': '2024', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('Mỏ Cày Nam: 21/24 chỉ tiêu', '21/24', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('và vượt 21/24 chỉ tiêu NQ;', '21/24', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('2/24 chỉ tiêu xấp xỉ đạt', '2/24', 'ratio', 'chỉ tiêu', dict(RT, status='nearly')),
 ('1/24 chỉ tiêu chưa đạt', '1/24', 'ratio', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('ước đạt 15.620 tỷ đồng', '15.620 tỷ đồng', 'level', 'VND', dict(E, indicator='total_output_value')),
 ('tăng 6,8% so với năm 2023', '6,8%', 'change', '%', dict(E, indicator='total_output_value', direction='up', base='2023')),
 ('bằng 98,7% NQ', '98,7%', 'attainment', '%', dict(E, indicator='total_output_value', base='target')),
 ('xây dựng tăng 11,2%', '11,2%', 'change', '%', dict(indicator='industrial_output_value', direction='up')),
 ('dịch vụ tăng 8,4%', '8,4%', 'change', '%', dict(direction='up')),
 ('nông nghiệp giảm 1,3%', '1,3%', 'change', '%', dict(indicator='agricultural_output_value', direction='down')),
 ('(NQ tăng 1,5%)', '1,5%', 'change', '%', dict(indicator='agricultural_output_value', direction='up', modality='target')),
 ('đạt 248,6 tỷ đồng', '248,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 112,4% dự toán', '112,4%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('và 104,5% dự toán', '104,5%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 9,7% so với năm 2023', '9,7%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='2023')),
 ('phương 712,3 tỷ đồng', '712,3 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 96,2% dự toán', '96,2%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('lên 9/16 xã', '9/16', 'ratio', 'xã', dict(indicator='new_rural_communes_advanced', direction='up')),
 ('có 38 sản phẩm OCOP', '38', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('trong đó 6 sản phẩm', '6', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('nghèo giảm còn 1,18%', '1,18%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('nghèo giảm còn 2,05%', '2,05%', 'level', '%', dict(indicator='near_poverty_rate', direction='down')),
 ('cho 2.150 lao động', '2.150', 'level', 'lao động', dict(indicator='jobs_created')),
 ('lao động 46 người', '46', 'level', 'người', dict(indicator='labour_export')),
 ('y tế đạt 93,6%', '93,6%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('đạt 132/120 đảng viên', '132/120', 'ratio', 'đảng viên', dict(indicator='new_party_members')),
 ('bằng 110% chỉ tiêu NQ', '110%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('có 86/92 tổ chức', '86/92', 'ratio', 'tổ chức cơ sở đảng', dict()),
 ('thiệt hại 1.240 ha', '1.240 ha', 'level', 'ha', dict()),
 ('tạo đạt 71,8%', '71,8%', 'level', '%', dict(indicator='trained_labour_rate')),
 ('(NQ 72%)', '72%', 'level', '%', dict(indicator='trained_labour_rate', modality='target')),
 ('tăng 5 vụ', '5', 'change', 'vụ', dict(indicator='crime', direction='up', base='2023')),
 ('chết 14 người', '14', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thực hiện 24 chỉ tiêu chủ yếu', '24', 'level', 'chỉ tiêu', dict(T, **RT)),
 ('tăng 7 - 7,5%', '7 - 7,5%', 'change', '%', dict(T, indicator='total_output_value', direction='up')),
 ('địa bàn 265 tỷ đồng', '265 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue')),
 ('thêm 2 xã', '2', 'level', 'xã', dict(T, indicator='new_rural_communes_advanced')),
 ('giảm 0,3 - 0,4 điểm phần trăm', '0,3 - 0,4 điểm phần trăm', 'change', 'điểm %', dict(T, indicator='poverty_rate', direction='down')),
 ('đạt trên 94%', '94%', 'level', '%', dict(T, indicator='health_insurance_coverage', bound='over')),
 ('ít nhất 120 đảng viên', '120', 'level', 'đảng viên', dict(T, indicator='new_party_members', bound='at_least')),
]
