TEXT = '''
Trang chủ | Chính trị | Kinh tế | Xã hội | Địa phương

Chính trị

Vĩnh Long tập trung tháo gỡ điểm nghẽn, tăng tốc về đích các chỉ tiêu năm 2024

Cập nhật: 16:42, 12/07/2024 (GMT+7)

Quang cảnh hội nghị. (Ảnh: Lê Thúy Hằng/TTXVN)

TTXVN - Chiều 11/7, Ban Chấp hành Đảng bộ tỉnh Vĩnh Long khóa XI tổ chức Hội nghị lần thứ 17 để đánh giá kết quả 6 tháng đầu năm 2024 thực hiện Nghị quyết số 05-NQ/TU ngày 15/12/2023 của Tỉnh ủy về nhiệm vụ năm 2024; cho ý kiến vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2025 - 2030, và một số nội dung quan trọng khác.

Chủ trì hội nghị có đồng chí Bùi Văn Nghiêm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Lữ Quang Ngời, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Nguyễn Văn Thuận, Phó Bí thư Thường trực Tỉnh ủy, cùng các đồng chí trong Ban Thường vụ Tỉnh ủy. Dự hội nghị còn có các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh, lãnh đạo các sở, ban, ngành tỉnh và Bí thư, Chủ tịch UBND các huyện, thị xã, thành phố.

Phát biểu khai mạc, Bí thư Tỉnh ủy Bùi Văn Nghiêm nhấn mạnh, hội nghị diễn ra trong bối cảnh toàn Đảng bộ đang tập trung chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, theo tinh thần Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị. Vì vậy, đề nghị các đại biểu dành thời gian nghiên cứu kỹ các báo cáo, phát huy dân chủ, thẳng thắn chỉ ra những điểm nghẽn, nút thắt còn tồn tại để có giải pháp khắc phục ngay trong 6 tháng cuối năm.

Kinh tế tiếp tục phục hồi

Theo báo cáo của Ban Thường vụ Tỉnh ủy, trong 6 tháng đầu năm, dù còn nhiều khó khăn do tác động của hạn mặn đầu năm và giá một số mặt hàng nông sản giảm, kinh tế của tỉnh vẫn duy trì đà phục hồi. Tăng trưởng kinh tế (GRDP) ước đạt 5,83%, cao hơn mức 4,12% của cùng kỳ năm 2023, đứng thứ 6 trong 13 tỉnh, thành vùng Đồng bằng sông Cửu Long.

Ông Lữ Quang Ngời, Chủ tịch UBND tỉnh phát biểu tại hội nghị. (Ảnh: Lê Thúy Hằng/TTXVN)

Sản xuất nông nghiệp cơ bản ổn định; các địa phương đã chuyển đổi thêm nhiều diện tích lúa kém hiệu quả sang trồng cây ăn trái, rau màu theo hướng hữu cơ. Khu công nghiệp Hòa Phú, Bình Minh và cụm công nghiệp Đông Bình được tiếp tục kêu gọi đầu tư; tuyến tránh Quốc lộ 57 và cầu Đình Khao đang được các nhà thầu đẩy nhanh tiến độ để hoàn thành trong năm 2025.

Thu ngân sách nhà nước trên địa bàn đạt 3.512 tỷ đồng, đạt 52,6% dự toán. Kim ngạch xuất khẩu ước đạt 612 triệu USD, tăng 9,4% so với cùng kỳ; các mặt hàng chủ lực vẫn là gạo, thủy sản, may mặc và giày dép. Tuy nhiên, giải ngân vốn đầu tư công mới đạt 41,2% kế hoạch, thấp hơn bình quân cả nước; một số công trình trọng điểm còn vướng mặt bằng, nhất là các dự án đi qua thị xã Bình Minh và huyện Long Hồ.

Lĩnh vực văn hóa - xã hội có nhiều chuyển biến. Tỉnh tổ chức thành công Lễ hội Văn hóa - Du lịch Vĩnh Long lần thứ II; tổ chức các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024) trang trọng, thiết thực. Công tác giảm nghèo được quan tâm, tỷ lệ hộ nghèo theo chuẩn đa chiều còn 1,74%. Quốc phòng, an ninh được giữ vững; trật tự an toàn xã hội cơ bản ổn định.

Công tác xây dựng Đảng và hệ thống chính trị được quan tâm thực hiện. Các cấp ủy kết nạp 486 đảng viên mới, đạt 48,6% chỉ tiêu năm. Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 112-KH/TU về tổ chức đại hội điểm ở cơ sở; Đảng bộ xã Tân Ngãi, thành phố Vĩnh Long được chọn tổ chức đại hội điểm cấp cơ sở trong tháng 4/2025.

Thẳng thắn chỉ ra hạn chế

Thảo luận tại hội nghị, nhiều ý kiến cho rằng, bên cạnh kết quả đạt được, tình hình vẫn còn những hạn chế cần khắc phục. Chỉ số cải cách hành chính năm 2023 của tỉnh giảm 5 bậc so với năm 2022; việc sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 còn lúng túng ở một số nơi; tình trạng sạt lở bờ sông tại Quốc lộ 53 đoạn qua huyện Mang Thít diễn biến phức tạp.

Đại biểu Nguyễn Văn Liệt, Bí thư Huyện ủy Tam Bình, cho rằng: “Sau đợt hạn mặn, nhiều hộ trồng bưởi năm roi ở xã Song Phú, xã Phú Thịnh bị thiệt hại nặng. Có gia đình như nhà ông Út Chiến ở ấp Phú Hữu Đông mất trắng 2 công vườn, phải vay thêm 50 triệu đồng để cải tạo lại. Tỉnh cần có chính sách hỗ trợ giống, vốn vay ưu đãi để người dân khôi phục sản xuất”.

Đại biểu từ huyện Vũng Liêm kiến nghị tỉnh sớm có hướng dẫn để bố trí cán bộ dôi dư sau sắp xếp theo Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội; đồng thời xem xét điều chỉnh kế hoạch vốn cho các dự án chậm giải ngân sang dự án có khả năng giải ngân tốt hơn.

Phát biểu kết luận hội nghị, Bí thư Tỉnh ủy Bùi Văn Nghiêm đề nghị các cấp ủy, chính quyền tập trung thực hiện quyết liệt 6 nhóm nhiệm vụ, giải pháp trọng tâm từ nay đến cuối năm. Trước hết, tháo gỡ ngay các vướng mắc trong giải phóng mặt bằng; người đứng đầu phải chịu trách nhiệm nếu để chậm giải ngân. Tỉnh phấn đấu đến ngày 31/1/2025 giải ngân hết kế hoạch vốn được giao; thu ngân sách cả năm đạt từ 6.800 tỷ đồng trở lên.

Bí thư Tỉnh ủy Bùi Văn Nghiêm phát biểu kết luận hội nghị. (Ảnh: Lê Thúy Hằng/TTXVN)

Bí thư Tỉnh ủy cũng yêu cầu chuẩn bị thật tốt văn kiện và nhân sự đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; thực hiện nghiêm Quy định số 142-QĐ/TW của Bộ Chính trị về thí điểm giao quyền cho người đứng đầu; kiên quyết không để lọt vào cấp ủy những người không đủ tiêu chuẩn. Đối với công tác đối ngoại, tỉnh tiếp tục mở rộng hợp tác với các địa phương của Lào, Campuchia; chuẩn bị đón đoàn công tác tỉnh Vientiane sang làm việc trong tuần đầu tháng 9.

“Thời gian còn lại của năm không nhiều, khối lượng công việc rất lớn. Tôi đề nghị mỗi cán bộ, đảng viên, trước hết là người đứng đầu, phải nêu cao tinh thần trách nhiệm, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung; làm việc gì dứt điểm việc đó, tạo khí thế mới để thực hiện thắng lợi Nghị quyết năm 2024 và chuẩn bị tốt nhất cho đại hội đảng bộ các cấp”, Bí thư Tỉnh ủy nhấn mạnh.

Cũng tại hội nghị, Ban Chấp hành Đảng bộ tỉnh đã cho ý kiến về việc kiện toàn nhân sự Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2020 - 2025 và thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XI (sửa đổi). Hội nghị bế mạc lúc 17 giờ 30 cùng ngày.

Phạm Minh Huệ (TTXVN)

Xem thêm

Vĩnh Long: Kim ngạch xuất khẩu 5 tháng tăng 8,7%

Vĩnh Long có thêm 12 sản phẩm OCOP đạt 4 sao

Đồng bằng sông Cửu Long: Hơn 30.000 ha lúa bị ảnh hưởng do hạn mặn

Vĩnh Long khởi công cầu Đình Khao vốn đầu tư hơn 1.300 tỷ đồng

Đường dây nóng: 0270.3822.567 | Email: ttxvn.vinhlong@vnanet.vn
'''
META = {'published': '2024-07-12', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2024-H1', 'modality': 'actual'}
FIGS = [
 ('ước đạt 5,83%', '5,83%', 'level', '%', dict(indicator='grdp_growth', modality='estimate')),
 ('mức 4,12% của cùng kỳ năm 2023', '4,12%', 'level', '%', dict(indicator='grdp_growth', period='2023-H1')),
 ('trên địa bàn đạt 3.512 tỷ đồng', '3.512 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('đạt 52,6% dự toán', '52,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('ước đạt 612 triệu USD', '612 triệu USD', 'level', 'USD', dict(indicator='export_value', modality='estimate')),
 ('tăng 9,4% so với cùng kỳ', '9,4%', 'change', '%', dict(indicator='export_value', modality='estimate', direction='up', base='same_period')),
 ('giảm 5 bậc so với năm 2022', '5', 'change', 'bậc', dict(indicator='par_index', period='2023', direction='down', base='2022')),
 ('mới đạt 41,2% kế hoạch', '41,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('còn 1,74%', '1,74%', 'level', '%', dict(indicator='poverty_rate')),
 ('kết nạp 486 đảng viên mới', '486', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 48,6% chỉ tiêu năm', '48,6%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('thực hiện quyết liệt 6 nhóm nhiệm vụ', '6', 'level', 'nhóm nhiệm vụ', dict(optional=True)),
 ('từ 6.800 tỷ đồng trở lên', '6.800 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', period='2024', modality='target', bound='at_least')),
]
