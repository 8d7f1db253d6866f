TEXT = '''
Trang chủ | Chính trị | Kinh tế | Văn hóa | Du lịch | Thể thao

Văn hóa - Du lịch

Sôi nổi Lễ hội Ok Om Bok - Đua ghe Ngo Trà Vinh năm 2024

Cập nhật: 10:33, 17/11/2024 (GMT+7)

(TVO) - Trong 2 ngày 15 - 16/11 (nhằm ngày 15 - 16/10 âm lịch), tại Khu di tích - thắng cảnh quốc gia Ao Bà Om (Phường 8, thành phố Trà Vinh), UBND tỉnh Trà Vinh tổ chức Lễ hội Ok Om Bok - Đua ghe Ngo năm 2024 gắn với Ngày hội Văn hóa, Thể thao và Du lịch đồng bào Khmer tỉnh Trà Vinh lần thứ VIII.

Các đội ghe Ngo tranh tài trên sông Long Bình. Ảnh: Hữu Thọ

Đến dự lễ hội có đồng chí Thạch Phước Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Lê Văn Hẳn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Kim Ngọc Thái, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; cùng lãnh đạo Ủy ban Dân tộc, Bộ Văn hóa, Thể thao và Du lịch, đại diện Tổng Lãnh sự quán Vương quốc Campuchia tại Thành phố Hồ Chí Minh và đông đảo người dân, du khách.

Nét đẹp văn hóa của đồng bào Khmer

Lễ Ok Om Bok (lễ cúng trăng) là một trong những lễ hội truyền thống lớn trong năm của đồng bào Khmer Nam Bộ, được tổ chức vào đêm rằm tháng 10 âm lịch để tạ ơn thần Mặt Trăng đã phù hộ cho mùa màng bội thu. Năm 2022, Lễ hội Ok Om Bok của đồng bào Khmer tỉnh Trà Vinh được Bộ Văn hóa, Thể thao và Du lịch công nhận là Di sản văn hóa phi vật thể quốc gia theo Quyết định số 4135/QĐ-BVHTTDL.

Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh Nguyễn Trung Hoàng cho biết, lễ hội năm nay có nhiều hoạt động phong phú như: thả đèn gió, thả đèn nước, hội thi nghệ thuật dù kê, múa Rom vong, trưng bày sản phẩm OCOP, ẩm thực Khmer và đặc biệt là giải đua ghe Ngo trên sông Long Bình với 62 đội ghe của các tỉnh Trà Vinh, Sóc Trăng, Bạc Liêu, Kiên Giang, Vĩnh Long tham gia tranh tài ở cự ly 1.200 m. Giải Nhất nam có giá trị 60 triệu đồng.

Ông Thạch Sóc Khanh, 72 tuổi, ở ấp Ô Chát, xã Lương Hòa (huyện Châu Thành), đã có hơn 40 năm gắn bó với chiếc ghe Ngo của chùa Ô Chát. “Ghe của chùa tôi dài 27 m, chở được 54 tay bơi. Năm nào cũng vậy, cả phum sóc góp công góp của để đưa ghe đi đua, thắng thua không quan trọng, quan trọng là được gặp nhau”, ông Khanh chia sẻ.

Du lịch tăng trưởng khá

Theo Sở Văn hóa, Thể thao và Du lịch tỉnh, lễ hội năm nay thu hút hơn 150.000 lượt người dân và du khách đến tham quan, cổ vũ. Các cơ sở lưu trú tại thành phố Trà Vinh gần như kín phòng trong hai đêm 15 và 16/11; nhiều nhà hàng, điểm bán đặc sản như bánh tét Trà Cuôn, chù ụ rang me luôn đông khách.

Trong 10 tháng năm 2024, ngành du lịch tỉnh đón 1,92 triệu lượt khách, tăng 12,4% so với cùng kỳ, đạt 87,3% kế hoạch năm; trong đó khách quốc tế đạt 8.600 lượt. Tổng doanh thu du lịch ước đạt 1.050 tỷ đồng. Các điểm đến như Ao Bà Om, Biển Ba Động, Cồn Chim, Chùa Âng tiếp tục là điểm nhấn thu hút khách trong và ngoài tỉnh.

Bà Nguyễn Thị Minh Hiền, Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, tỉnh đang triển khai Nghị quyết số 15-NQ/TU của Tỉnh ủy về phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm 2030, trong đó tập trung xây dựng sản phẩm du lịch đặc thù gắn với văn hóa Khmer, du lịch biển và du lịch sinh thái cộng đồng. Ngành sẽ phối hợp với các công ty lữ hành ở Thành phố Hồ Chí Minh xây dựng tour “Trà Vinh - 1 ngày trải nghiệm” và “Về miền chùa tháp 2 ngày 1 đêm”.

Bên lề lễ hội, Ban Tổ chức bố trí 120 gian hàng trưng bày sản phẩm OCOP và đặc sản của 9 huyện, thị xã, thành phố; khu ẩm thực Khmer mở cửa từ 16 giờ đến 22 giờ mỗi ngày. Nghệ nhân Thạch Thị Sa Phon, 64 tuổi, ở xã Đôn Xuân (huyện Trà Cú), mang đến món bánh gừng, bánh ống làm thủ công theo công thức của mẹ truyền lại. Bà cho biết, mỗi ngày lễ hội bà bán được vài trăm chiếc bánh, vui nhất là được giới thiệu món ăn quê mình với du khách phương xa.

Năm nay, lần đầu tiên Trà Vinh tổ chức chương trình nghệ thuật thực cảnh “Huyền thoại Ao Bà Om” với sự tham gia của hơn 300 diễn viên, nghệ nhân của Đoàn Nghệ thuật Khmer Ánh Bình Minh và các chùa trong tỉnh. Chương trình tái hiện truyền thuyết về cuộc thi đắp núi giữa nam và nữ, gắn với sự tích hình thành Ao Bà Om, kéo dài 90 phút và được truyền hình trực tiếp trên kênh THTV.

Đêm 15/11, hàng nghìn người đã tham gia nghi thức cúng trăng và thả đèn nước trên Ao Bà Om. Chị Nguyễn Ngọc Trâm, du khách đến từ Quận 7, Thành phố Hồ Chí Minh, nói: “Lần đầu tiên tôi được xem lễ cúng trăng, nhìn hàng trăm chiếc đèn nước trôi trên mặt ao rất đẹp. Năm sau tôi sẽ rủ thêm bạn bè về”.

Hướng đến lễ hội cấp khu vực

Phát biểu tại lễ bế mạc, Chủ tịch UBND tỉnh Lê Văn Hẳn đánh giá, lễ hội đã diễn ra an toàn, tiết kiệm, đúng kế hoạch; Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh đã huy động lực lượng bảo đảm an ninh, trật tự, an toàn giao thông trên tuyến Quốc lộ 53, Quốc lộ 54 và các tuyến đường dẫn vào khu di tích. Ban Tổ chức đã trao giải Nhất cho đội ghe Ngo chùa Ông Mẹt (thành phố Trà Vinh) ở nội dung nam và đội ghe chùa Kom Pong (huyện Trà Cú) ở nội dung nữ.

Chủ tịch UBND tỉnh đề nghị ngành văn hóa nghiên cứu, đề xuất tổ chức Lễ hội Ok Om Bok cấp khu vực Đồng bằng sông Cửu Long vào năm 2026, đồng thời huy động xã hội hóa để nâng cấp hạ tầng khu di tích Ao Bà Om, bảo đảm phục vụ du khách ngày càng tốt hơn.

Trước đó, tối 14/11, tại sân khấu chính Ao Bà Om đã diễn ra lễ khai mạc với chương trình nghệ thuật chủ đề “Sắc màu văn hóa Khmer”. Các hoạt động của lễ hội được duy trì đến 23 giờ ngày 16/11 để du khách tham quan, mua sắm.

Quốc Vũ

Tin liên quan

Trà Vinh: Doanh thu du lịch 9 tháng đạt 920 tỷ đồng

Hơn 2.000 vận động viên tham gia giải đua ghe Ngo các tỉnh Nam Bộ

Trà Vinh có thêm 15 sản phẩm OCOP đạt 3 sao

Sóc Trăng đón hơn 400.000 lượt khách dịp Lễ hội Oóc Om Bóc

Ban biên tập: 0294.3862.444 | Hotline: 0913.115.268
'''
META = {'published': '2024-11-17', 'locality': 'tỉnh Trà Vinh'}
DEFAULTS = {'locality': 'tỉnh Trà Vinh', 'period': '2024-10M', 'modality': 'actual'}
FIGS = [
 ('đặc sản của 9 huyện', '9', 'level', 'huyện', dict(optional=True)),
 ('thu hút hơn 150.000 lượt', '150.000', 'level', 'lượt người', dict(optional=True)),
 ('đón 1,92 triệu lượt khách', '1,92 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('tăng 12,4% so với cùng kỳ', '12,4%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='same_period')),
 ('đạt 87,3% kế hoạch năm', '87,3%', 'attainment', '%', dict(indicator='tourist_arrivals', base='target')),
 ('đạt 8.600 lượt', '8.600', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('ước đạt 1.050 tỷ đồng', '1.050 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', modality='estimate')),
]
