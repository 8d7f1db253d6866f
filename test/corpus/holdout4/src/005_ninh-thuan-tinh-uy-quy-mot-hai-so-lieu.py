TEXT = '''
Thứ hai, 15/04/2024 - 16:40

Hội nghị Tỉnh ủy lần thứ 17: Tập trung tháo gỡ điểm nghẽn, tăng tốc các dự án trọng điểm

NTO - Ngày 15-4, Ban Chấp hành Đảng bộ tỉnh Ninh Thuận khóa XIV tổ chức Hội nghị lần thứ 17 để đánh giá tình hình thực hiện nhiệm vụ quý I và cho ý kiến vào một số nội dung quan trọng. Đồng chí Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh chủ trì hội nghị.

Quang cảnh hội nghị.
Quang cảnh hội nghị.

Theo báo cáo tại hội nghị, quý I/2024, trong bối cảnh còn nhiều khó khăn, tình hình kinh tế - xã hội của tỉnh tiếp tục chuyển biến tích cực. Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 9,15%, thuộc nhóm cao của vùng Duyên hải Nam Trung Bộ. Các ngành năng lượng tái tạo, du lịch tiếp tục là động lực tăng trưởng; công tác chuẩn bị Lễ hội Nho và Vang lần thứ II được triển khai chu đáo. Thu ngân sách trên địa bàn đạt 27,3% dự toán năm.

Tỉnh đã tổ chức triển khai kịp thời Nghị quyết số 12-NQ/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy và Kế hoạch 205-KH/UBND về các giải pháp thúc đẩy giải ngân vốn đầu tư công. Công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm như hồ chứa nước Ka Rôm, đường ven biển đoạn qua huyện Ninh Hải, nâng cấp Quốc lộ 27 được tập trung chỉ đạo; các sở, ngành đã tổ chức nhiều cuộc làm việc với các địa phương để gỡ vướng về đất đai, tái định cư.

Công tác an sinh xã hội được quan tâm; việc chăm lo Tết Nguyên đán Giáp Thìn cho các đối tượng chính sách, người có công, hộ nghèo được thực hiện chu đáo, không để ai không có Tết. Quốc phòng - an ninh được giữ vững; tổ chức thành công lễ giao nhận quân năm 2024.

Tại hội nghị, các đại biểu tập trung thảo luận, chỉ ra những hạn chế: tiến độ giải ngân vốn đầu tư công còn chậm; một số dự án năng lượng chưa được bổ sung quy hoạch; việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số còn lúng túng ở một vài địa phương; cải cách hành chính chưa đạt yêu cầu.

Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền tập trung hoàn thành kế hoạch tổ chức đại hội chi bộ trực thuộc đảng bộ cơ sở nhiệm kỳ 2025 - 2027, chuẩn bị tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW và sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025. Các địa phương cần chủ động ứng phó với hạn hán, bảo đảm nước sinh hoạt cho người dân trong những tháng cao điểm mùa khô từ tháng 4 đến tháng 7.

Hội nghị cũng cho ý kiến vào dự thảo đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 và thống nhất trình kỳ họp thứ 18 HĐND tỉnh khóa XI xem xét, quyết định.

Bài, ảnh: Văn Nỷ

Mọi thông tin phản hồi xin gửi về đường dây nóng: 0259.3822.456

Lượt xem: 2.317

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2024-04-15', 'locality': 'tỉnh Ninh Thuận'}
DEFAULTS = {'locality': 'tỉnh Ninh Thuận', 'period': '2024-Q1', 'modality': 'actual'}
FIGS = [
 ('ước đạt 9,15%', '9,15%', 'level', '%', dict(indicator='grdp_growth', modality='estimate')),
 ('đạt 27,3% dự toán năm', '27,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
]
