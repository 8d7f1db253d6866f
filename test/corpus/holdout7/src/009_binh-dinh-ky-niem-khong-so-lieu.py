TEXT = '''
Văn hóa - Xã hội

Kỷ niệm 50 năm Ngày giải phóng tỉnh Bình Định (31/3/1975 - 31/3/2025)

Thứ hai, 31/03/2025, 19:45 (GMT+7)

(BĐ) - Tối 30-3, tại Quảng trường Nguyễn Tất Thành (TP Quy Nhơn), Tỉnh ủy, HĐND, UBND, UBMTTQ Việt Nam tỉnh Bình Định long trọng tổ chức lễ kỷ niệm 50 năm Ngày giải phóng tỉnh (31/3/1975 - 31/3/2025).

Các đại biểu dâng hoa tại Tượng đài Chiến thắng Quy Nhơn. Ảnh: NGUYỄN DŨNG
Các đại biểu dâng hoa tại Tượng đài Chiến thắng Quy Nhơn. Ảnh: NGUYỄN DŨNG

Lễ kỷ niệm được tổ chức theo Kế hoạch số 112-KH/TU ngày 15/10/2024 của Ban Thường vụ Tỉnh ủy và Quyết định số 3815/QĐ-UBND của UBND tỉnh. Dự buổi lễ có đồng chí Hồ Quốc Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; các Mẹ Việt Nam Anh hùng, cựu chiến binh Sư đoàn 3 Sao Vàng và Trung đoàn 12.

Ôn lại truyền thống, diễn văn khẳng định: Ngày 31/3/1975, với tinh thần "Đi nhanh, đánh mạnh, giải phóng hoàn toàn", quân và dân Bình Định đã giải phóng hoàn toàn quê hương, góp phần cùng cả nước làm nên Đại thắng mùa Xuân năm 1975.

Tại buổi lễ, cựu chiến binh Nguyễn Văn Ba, 78 tuổi, ở phường Đống Đa xúc động kể lại trận đánh đồi 10 cuối tháng 3/1975. Ông cho biết ông nhập ngũ năm 17 tuổi, từng tham gia chiến dịch Xuân 1975 cùng Tiểu đoàn 405.

Chương trình nghệ thuật "Bình Định - Khát vọng vươn xa" với sự tham gia của Đoàn Ca kịch Bài chòi tỉnh, Nhà hát Tuồng Đào Tấn và các nghệ sĩ đến từ Quân khu 5, kết thúc bằng màn pháo hoa tầm cao lúc 21 giờ 30.

Trước đó, sáng cùng ngày, đoàn đại biểu đã viếng Nghĩa trang liệt sĩ tỉnh tại Quốc lộ 1D và khánh thành công trình Nhà văn hóa khu phố 3, phường Ghềnh Ráng.

Mọi thông tin về chương trình, bạn đọc liên hệ Ban Tuyên giáo Tỉnh ủy, số điện thoại 0256.3822.xxx hoặc đường dây nóng 1022.

NGUYỄN DŨNG - ĐÀO TIẾN

Tin liên quan
- Quy Nhơn đón 30/4 với Lễ hội đường phố
- Bình Định tổ chức Giải Việt dã "Quy Nhơn 21K"
- Hội nghị Tỉnh ủy lần thứ 23, khóa XX
'''
META = {'published': '2025-03-31', 'locality': 'tỉnh Bình Định'}
DEFAULTS = {'locality': 'tỉnh Bình Định', 'period': '2025', 'modality': 'actual'}
FIGS = []
