TEXT = '''
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ  |  Thời sự  |  Kinh tế  |  Xã hội  |  Phóng sự  |  Đối thoại
Thứ Sáu, 20/12/2024, 07:15 (GMT+7)

ĐỐI THOẠI

Bí thư Huyện ủy Krông Pắc: "Năm 2025 phấn đấu có thêm 2 xã nông thôn mới nâng cao"

(BĐL) - Năm 2024, huyện Krông Pắc đạt và vượt 16/18 chỉ tiêu chủ yếu Nghị quyết HĐND huyện đề ra, dù đầu năm hạn hán làm hơn 1.300 ha cây trồng bị thiệt hại. Nhân dịp cuối năm, phóng viên Báo Đắk Lắk có cuộc trao đổi với đồng chí Lê Quang Vinh, Tỉnh ủy viên, Bí thư Huyện ủy Krông Pắc.

Đồng chí Lê Quang Vinh, Bí thư Huyện ủy Krông Pắc (thứ hai từ trái sang) thăm mô hình tái canh cà phê tại xã Ea Kênh. Ảnh: T.H

PV: Thưa đồng chí, nhìn lại năm 2024, năm thứ tư thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XIII, đâu là kết quả đồng chí tâm đắc nhất?

Đồng chí Lê Quang Vinh: Điều tôi tâm đắc nhất là dù khó khăn chồng khó khăn, kinh tế của huyện vẫn giữ được đà tăng trưởng. Tổng giá trị sản xuất năm 2024 ước đạt 16.240 tỷ đồng, tăng 7,6% so với năm 2023. Thu ngân sách trên địa bàn đạt 438,5 tỷ đồng, bằng 121,3% dự toán tỉnh giao. Tôi vẫn nhớ năm 2011, khi tôi mới về nhận công tác ở huyện, cả năm thu ngân sách chưa tới 70 tỷ đồng; phòng làm việc của tôi khi đó chỉ có 2 cái bàn và một chiếc quạt trần.

Về nông nghiệp, toàn huyện hiện có 21.860 ha cà phê, trong đó hơn 5.100 ha đã được tái canh, ghép cải tạo. Niên vụ này giá cà phê nhân xô có thời điểm ở mức 128.000 đồng/kg, cao nhất từ trước đến nay. Có anh nông dân ở xã Ea Phê nói với tôi, nhà anh 2 ha cà phê mà năm nay thu gần 700 triệu đồng, trước đây cả đời chưa dám nghĩ tới.

PV: Được biết giải ngân vốn đầu tư công là một điểm nghẽn của nhiều địa phương. Krông Pắc đã làm gì để tháo gỡ?

Đồng chí Lê Quang Vinh: Chúng tôi giao từng công trình cho từng đồng chí trong Ban Thường vụ theo dõi, tuần nào chậm là họp ngay. Nhờ vậy, đến hết tháng 11, giải ngân vốn đầu tư công của huyện đạt 86,2% kế hoạch vốn, nằm trong nhóm dẫn đầu tỉnh. Có công trình trường học ở xã Vụ Bổn, nhà thầu phải làm 3 ca mỗi ngày để kịp khai giảng, anh em gọi đùa là "công trình 24 giờ".

PV: Công tác giảm nghèo ở vùng đồng bào dân tộc thiểu số có chuyển biến ra sao, thưa đồng chí?

Đồng chí Lê Quang Vinh: Krông Pắc có 16 xã, thị trấn với 53 buôn đồng bào dân tộc thiểu số. Cuối năm 2024, tỷ lệ hộ nghèo toàn huyện ước còn 2,94%, giảm 1,08 điểm phần trăm so với cuối năm 2023; riêng hộ nghèo đồng bào dân tộc thiểu số còn 612 hộ. Năm nay huyện đã hỗ trợ xây mới, sửa chữa 148 nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn từ Quỹ "Vì người nghèo" và nguồn xã hội hóa.

Tôi nhớ có lần về buôn Ea Kmăng, gặp già làng Y Thuôn năm nay đã 82 tuổi. Già kể ngày trước cả buôn chỉ có 1 cái giếng, mùa khô phải đi bộ 3 km ra suối gánh nước. Bây giờ 100% hộ trong buôn đã dùng nước hợp vệ sinh, nhà nào cũng có xe máy. Tính chung toàn huyện, tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 98,6%.

PV: Còn chương trình xây dựng nông thôn mới, thưa đồng chí?

Đồng chí Lê Quang Vinh: Đến nay huyện có 11/15 xã đạt chuẩn nông thôn mới, trong đó 3 xã đạt chuẩn nông thôn mới nâng cao là Ea Kly, Hòa An và Ea Phê; bình quân mỗi xã đạt 17,6 tiêu chí. Thu nhập bình quân đầu người năm 2024 ước đạt 62,5 triệu đồng, tăng 4,3 triệu đồng so với năm 2023. Hồi xã Ea Kly làm đường giao thông, có cụ bà ở thôn 3 hiến 500 m2 đất vườn, cả xã cảm động lắm.

PV: Năm 2025 là năm cuối nhiệm kỳ 2020 - 2025. Huyện đặt ra những mục tiêu gì, thưa đồng chí?

Đồng chí Lê Quang Vinh: Năm 2025, huyện phấn đấu tổng giá trị sản xuất tăng 7,5 - 8%; thu ngân sách trên địa bàn từ 450 tỷ đồng trở lên; tỷ lệ hộ nghèo giảm 1 - 1,2%; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao là Ea Uy và Vụ Bổn, hoàn thiện hồ sơ đề nghị công nhận huyện đạt chuẩn nông thôn mới. Về xây dựng Đảng, năm 2025 phấn đấu kết nạp 280 đảng viên mới. Năm 2024, toàn Đảng bộ đã kết nạp 296 đảng viên, đạt 105,7% chỉ tiêu.

Tôi năm nay 54 tuổi, còn 6 năm công tác. Tôi thường nói với anh em: mỗi cuối năm, mình phải trả lời được câu hỏi người dân sống tốt hơn năm trước được bao nhiêu.

PV: Xin cảm ơn đồng chí!

THÚY HỒNG (thực hiện)

Tin cùng chuyên mục:
- Đắk Lắk: Kim ngạch xuất khẩu cà phê năm 2024 lần đầu vượt 1,5 tỷ USD
- Huyện Cư M'gar có thêm 2 xã đạt chuẩn nông thôn mới
- Giá cà phê hôm nay 19/12: giảm 2.000 đồng/kg

Lượt xem: 3.146  |  In bài  |  Gửi email
Đường dây nóng: 0262.3852.146
'''
META = {'published': '2024-12-20', 'locality': 'huyện Krông Pắc'}
DEFAULTS = {'locality': 'huyện Krông Pắc', 'period': '2024', 'modality': 'actual'}
T25 = {'modality': 'target', 'period': '2025'}
E = {'modality': 'estimate'}
FIGS = [
 ('có thêm 2 xã nông thôn mới nâng cao"', '2', 'level', 'xã', dict(T25, indicator='new_rural_communes_advanced')),
 ('vượt 16/18 chỉ tiêu', '16/18', 'ratio', 'chỉ tiêu', dict(indicator='resolution_targets', status='achieved')),
 ('hơn 1.300 ha cây trồng', '1.300 ha', 'level', 'ha', dict(bound='over')),
 ('ước đạt 16.240 tỷ đồng', '16.240 tỷ đồng', 'level', 'VND', dict(E, indicator='total_output_value')),
 ('tăng 7,6% so với năm 2023', '7,6%', 'change', '%', dict(E, indicator='total_output_value', direction='up', base='2023')),
 ('đạt 438,5 tỷ đồng', '438,5 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 121,3% dự toán', '121,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('chưa tới 70 tỷ đồng', '70 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', period='2011', bound='under')),
 ('có 21.860 ha cà phê', '21.860 ha', 'level', 'ha', dict()),
 ('hơn 5.100 ha đã', '5.100 ha', 'level', 'ha', dict(bound='over')),
 ('mức 128.000 đồng/kg', '128.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('đạt 86,2% kế hoạch vốn', '86,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', period='2024-11M')),
 ('Krông Pắc có 16 xã', '16', 'level', 'xã', dict(optional=True)),
 ('53 buôn', '53', 'level', 'buôn', dict(optional=True)),
 ('ước còn 2,94%', '2,94%', 'level', '%', dict(E, indicator='poverty_rate')),
 ('giảm 1,08 điểm phần trăm', '1,08 điểm phần trăm', 'change', 'điểm %', dict(E, indicator='poverty_rate', direction='down', base='2023')),
 ('còn 612 hộ', '612', 'level', 'hộ', dict(indicator='poor_households')),
 ('sửa chữa 148 nhà', '148', 'level', 'nhà', dict()),
 ('Bây giờ 100% hộ', '100%', 'level', '%', dict(optional=True)),
 ('đạt 98,6%', '98,6%', 'level', '%', dict(indicator='clean_water_rate')),
 ('có 11/15 xã', '11/15', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('trong đó 3 xã đạt chuẩn', '3', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('đạt 17,6 tiêu chí', '17,6', 'level', 'tiêu chí', dict(indicator='new_rural_criteria')),
 ('ước đạt 62,5 triệu đồng', '62,5 triệu đồng', 'level', 'VND/người/năm', dict(E, indicator='income_per_capita')),
 ('tăng 4,3 triệu đồng', '4,3 triệu đồng', 'change', 'VND/người/năm', dict(E, indicator='income_per_capita', direction='up', base='2023')),
 ('tăng 7,5 - 8%', '7,5 - 8%', 'change', '%', dict(T25, indicator='total_output_value', direction='up')),
 ('từ 450 tỷ đồng trở lên', '450 tỷ đồng', 'level', 'VND', dict(T25, indicator='budget_revenue', bound='at_least')),
 ('giảm 1 - 1,2%', '1 - 1,2%', 'change', '%', dict(T25, indicator='poverty_rate', direction='down')),
 ('; có thêm 2 xã đạt chuẩn', '2', 'level', 'xã', dict(T25, indicator='new_rural_communes_advanced')),
 ('kết nạp 280 đảng viên', '280', 'level', 'đảng viên', dict(T25, indicator='new_party_members')),
 ('kết nạp 296 đảng viên', '296', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 105,7% chỉ tiêu', '105,7%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
]
