TEXT = '''
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Lào Cai 24h | Video
Thứ Tư, 12/07/2023 08:15 (GMT+7)

Chính trị

Văn Bàn: 17/23 chỉ tiêu Nghị quyết đạt và vượt sau nửa nhiệm kỳ

(BLC) - Ngày 11/7, Ban Chấp hành Đảng bộ huyện Văn Bàn tổ chức Hội nghị lần thứ 14 (khóa XXIII) sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 - 2025. Sau 2,5 năm thực hiện Nghị quyết, trong 23 chỉ tiêu chủ yếu có 17/23 chỉ tiêu đạt và vượt tiến độ đề ra; 4 chỉ tiêu chưa đạt tiến độ; 2 chỉ tiêu sẽ đánh giá vào cuối nhiệm kỳ.

Dự và chỉ đạo hội nghị có đồng chí Phó Bí thư Thường trực Tỉnh ủy. Hội nghị được kết nối trực tuyến tới 23 điểm cầu các xã, thị trấn.

Toàn cảnh hội nghị sơ kết tại Hội trường Trung tâm Chính trị huyện. Ảnh: Quang Hùng

Kinh tế giữ nhịp tăng trưởng khá

Báo cáo tại hội nghị cho thấy, dù chịu tác động của dịch COVID-19 trong năm đầu nhiệm kỳ, kinh tế huyện vẫn tăng trưởng khá. Tổng giá trị sản xuất giai đoạn 2021 - 2023 tăng bình quân 9,4%/năm (Nghị quyết đề ra 9 - 10%/năm); riêng năm 2022 đạt 9.850 tỷ đồng, gấp 1,3 lần năm 2020. Thu nhập bình quân đầu người năm 2022 đạt 46,8 triệu đồng, tăng 8,6 triệu đồng so với năm 2020.

Thu ngân sách nhà nước trên địa bàn có bước tiến rõ: bình quân mỗi năm thu 412 tỷ đồng, vượt 18% so với chỉ tiêu Nghị quyết. Vốn đầu tư toàn xã hội huy động trong 2,5 năm đạt 5.420 tỷ đồng, bằng 54,2% mục tiêu cả nhiệm kỳ. Tuyến Quốc lộ 279 đoạn qua thị trấn Khánh Yên và Tỉnh lộ 151 được nâng cấp; cầu Làng Chát 2 đã thông xe.

Sản xuất nông, lâm nghiệp chuyển dịch theo hướng hàng hóa. Diện tích quế toàn huyện năm 2022 đạt 9.200 ha, tăng 2.350 ha so với năm 2020; tỷ lệ che phủ rừng đến hết năm 2022 đạt 66,2%. Đến tháng 6/2023, toàn huyện có 7/22 xã đạt chuẩn nông thôn mới.

Giảm nghèo vượt mục tiêu

Tỷ lệ hộ nghèo đa chiều giảm từ 28,7% (cuối năm 2020) xuống còn 16,34% (cuối năm 2022); bình quân giai đoạn 2021 - 2022 giảm 6,18%/năm, vượt chỉ tiêu Nghị quyết (giảm 4 - 5%/năm). Tỷ lệ dân số tham gia bảo hiểm y tế năm 2022 đạt 98,6%; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi năm 2022 giảm còn 24,5%. Đến tháng 6/2023, huyện có 35/60 trường đạt chuẩn quốc gia, đạt tỷ lệ 58,3%.

Trong 2,5 năm, huyện giải quyết việc làm mới cho 6.850 lao động, trong đó đưa 312 người đi làm việc ở nước ngoài theo hợp đồng. Các chương trình mục tiêu quốc gia, Chương trình 135 được triển khai đồng bộ ở 14 xã đặc biệt khó khăn.

Công tác xây dựng Đảng có nhiều chuyển biến. Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ kết nạp 612 đảng viên mới, đạt 61,2% chỉ tiêu nhiệm kỳ; bình quân mỗi năm kết nạp 245 đảng viên (Nghị quyết đề ra mỗi năm kết nạp 200 đảng viên trở lên). Hằng năm có trên 85% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.

Dự báo đến cuối nhiệm kỳ

Thẳng thắn chỉ ra hạn chế, báo cáo nêu rõ: thu nhập bình quân đầu người, số xã đạt chuẩn nông thôn mới còn thấp so với mục tiêu; một số công trình chậm tiến độ. Dự báo đến cuối nhiệm kỳ, có 20/23 chỉ tiêu đạt và vượt; 3 chỉ tiêu khó đạt là thu nhập bình quân đầu người (Nghị quyết đề ra đến năm 2025 đạt 60 triệu đồng/người/năm), số xã đạt chuẩn nông thôn mới (mục tiêu đến năm 2025 có 12 xã) và tỷ lệ che phủ rừng.

Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị huyện tập trung 3 nhóm giải pháp đột phá. Năm 2023, huyện phấn đấu tổng giá trị sản xuất tăng 10,5%; trồng mới 1.500 ha rừng; thu ngân sách trên địa bàn đạt 450 tỷ đồng.

Hội nghị đã thông qua Nghị quyết số 112-NQ/HU về sơ kết giữa nhiệm kỳ.

Lê Hà - Văn Dũng

Lượt xem: 1.254

Tin liên quan
- Bảo Thắng: 9/12 xã đạt chuẩn nông thôn mới sau 3 năm
- Bát Xát thu ngân sách 6 tháng đạt 58% dự toán
- Sa Pa đón 1,5 triệu lượt khách trong 6 tháng đầu năm

BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ TỈNH LÀO CAI
Giấy phép số 476/GP-BTTTT ngày 12/8/2021. Tòa soạn: 278 Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai.
Điện thoại: 0214.3820.558 - Email: baolaocai@gmail.com
'''
META = {'published': '2023-07-12', 'locality': 'huyện Văn Bàn'}
DEFAULTS = {'locality': 'huyện Văn Bàn', 'period': '2020/2025', 'modality': 'actual'}
T = {'modality': 'target'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('trong 23 chỉ tiêu', '23', 'level', 'chỉ tiêu', dict(RT, optional=True)),
 ('Văn Bàn: 17/23 chỉ tiêu', '17/23', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('có 17/23 chỉ tiêu đạt', '17/23', 'ratio', 'chỉ tiêu', dict(RT, status='achieved')),
 ('; 4 chỉ tiêu chưa đạt', '4', 'level', 'chỉ tiêu', dict(RT, status='not_achieved')),
 ('; 2 chỉ tiêu sẽ đánh giá', '2', 'level', 'chỉ tiêu', dict(RT, status='pending')),
 ('tăng bình quân 9,4%/năm', '9,4%', 'change', '%', dict(indicator='total_output_value', period='2021/2023', direction='up')),
 ('đề ra 9 - 10%/năm', '9 - 10%', 'level', '%', dict(T, indicator='total_output_value')),
 ('đạt 9.850 tỷ đồng', '9.850 tỷ đồng', 'level', 'VND', dict(indicator='total_output_value', period='2022')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', dict(indicator='total_output_value', period='2022', direction='up', base='2020')),
 ('đạt 46,8 triệu đồng', '46,8 triệu đồng', 'level', 'VND/người/năm', dict(indicator='income_per_capita', period='2022')),
 ('tăng 8,6 triệu đồng', '8,6 triệu đồng', 'change', 'VND/người/năm', dict(indicator='income_per_capita', period='2022', direction='up', base='2020')),
 ('thu 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('vượt 18% so với', '18%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='target', status='exceeded')),
 ('đạt 5.420 tỷ đồng', '5.420 tỷ đồng', 'level', 'VND', dict(indicator='social_investment')),
 ('bằng 54,2% mục tiêu', '54,2%', 'attainment', '%', dict(indicator='social_investment', base='target')),
 ('đạt 9.200 ha', '9.200 ha', 'level', 'ha', dict(period='2022')),
 ('tăng 2.350 ha', '2.350 ha', 'change', 'ha', dict(period='2022', direction='up', base='2020')),
 ('đạt 66,2%', '66,2%', 'level', '%', dict(indicator='forest_cover', period='2022')),
 ('có 7/22 xã', '7/22', 'ratio', 'xã', dict(indicator='new_rural_communes', period='2023-M06')),
 ('từ 28,7%', '28,7%', 'level', '%', dict(indicator='poverty_rate', period='2020')),
 ('còn 16,34%', '16,34%', 'level', '%', dict(indicator='poverty_rate', period='2022', direction='down')),
 ('giảm 6,18%/năm', '6,18%', 'change', '%', dict(indicator='poverty_rate', period='2021/2022', direction='down')),
 ('(giảm 4 - 5%/năm)', '4 - 5%', 'change', '%', dict(T, indicator='poverty_rate', direction='down')),
 ('đạt 98,6%', '98,6%', 'level', '%', dict(indicator='health_insurance_coverage', period='2022')),
 ('còn 24,5%', '24,5%', 'level', '%', dict(indicator='child_malnutrition_rate', period='2022', direction='down')),
 ('có 35/60 trường', '35/60', 'ratio', 'trường', dict(indicator='national_standard_schools', period='2023-M06')),
 ('tỷ lệ 58,3%', '58,3%', 'level', '%', dict(indicator='national_standard_schools', period='2023-M06')),
 ('cho 6.850 lao động', '6.850', 'level', 'lao động', dict(indicator='new_jobs')),
 ('đưa 312 người', '312', 'level', 'người', dict(indicator='labour_export')),
 ('ở 14 xã đặc biệt', '14', 'level', 'xã', dict(optional=True)),
 ('kết nạp 612 đảng viên', '612', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 61,2% chỉ tiêu', '61,2%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('kết nạp 245 đảng viên', '245', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('kết nạp 200 đảng viên', '200', 'level', 'đảng viên', dict(T, indicator='new_party_members', bound='at_least')),
 ('trên 85%', '85%', 'level', '%', dict(bound='over')),
 ('có 20/23 chỉ tiêu', '20/23', 'ratio', 'chỉ tiêu', dict(RT, status='achieved', modality='estimate')),
 ('3 chỉ tiêu khó đạt', '3', 'level', 'chỉ tiêu', dict(RT, status='not_achieved', modality='estimate')),
 ('đạt 60 triệu đồng/người/năm', '60 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(T, indicator='income_per_capita', period='2025')),
 ('có 12 xã', '12', 'level', 'xã', dict(T, indicator='new_rural_communes', period='2025')),
 ('3 nhóm giải pháp', '3', 'level', 'nhóm giải pháp', dict(optional=True)),
 ('tăng 10,5%', '10,5%', 'change', '%', dict(T, indicator='total_output_value', period='2023', direction='up')),
 ('mới 1.500 ha', '1.500 ha', 'level', 'ha', dict(T, period='2023')),
 ('đạt 450 tỷ đồng', '450 tỷ đồng', 'level', 'VND', dict(T, indicator='budget_revenue', period='2023')),
]
