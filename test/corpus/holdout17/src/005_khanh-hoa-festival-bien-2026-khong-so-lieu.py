TEXT = '''
Tiếng Việt | English | Русский

Thứ Sáu, 13/03/2026 - 10:45

Văn hóa - Du lịch

Khánh Hòa sẵn sàng cho Festival Biển Nha Trang - Khánh Hòa 2026

BKH - Chiều 12/3, Ban Tổ chức Festival Biển Nha Trang - Khánh Hòa năm 2026 họp triển khai kế hoạch tổ chức sự kiện, dự kiến diễn ra từ ngày 5/6 đến 8/6/2026 tại Quảng trường 2/4 và dọc đường Trần Phú. Đây là lần thứ 11 festival được tổ chức và là lần đầu tiên sau khi tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất.

Quang cảnh cuộc họp. (Ảnh: Hữu Toàn)

Theo Quyết định số 512/QĐ-UBND ngày 20/2/2026 của UBND tỉnh, festival có chủ đề "Khánh Hòa - Biển xanh vươn tầm", gồm chuỗi hoạt động văn hóa, thể thao, du lịch trải dài từ vịnh Nha Trang đến vịnh Vĩnh Hy thuộc khu vực Ninh Thuận cũ. Lễ khai mạc được tổ chức vào tối 5/6, bắt đầu lúc 20 giờ và truyền hình trực tiếp trên kênh KTV1.

Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành và các phường Nha Trang, Bắc Nha Trang, Nam Nha Trang phối hợp bảo đảm an ninh trật tự, vệ sinh môi trường, niêm yết giá dịch vụ công khai; xử lý nghiêm tình trạng "chặt chém" du khách. Các tuyến xe buýt số 4 và số 6 sẽ được tăng chuyến trong những ngày diễn ra sự kiện, tuyến Quốc lộ 27B và đường ven biển Nha Trang - Phan Rang được bố trí lực lượng phân luồng.

Nghệ nhân Bá Thị Lưu, 68 tuổi, người đã gắn bó hơn 40 năm với nghề gốm Bàu Trúc, cho biết lần này bà sẽ mang sản phẩm gốm ra trình diễn tại festival. "Tôi mong du khách biết thêm về gốm Chăm của quê mình", bà chia sẻ.

Nghệ nhân làng gốm Bàu Trúc trình diễn nặn gốm. (Ảnh: Hữu Toàn)

Ngoài các hoạt động chính, Ban Tổ chức sẽ phối hợp tổ chức Hội chợ Du lịch quốc tế, Liên hoan ẩm thực biển, giải đua thuyền truyền thống và chương trình "Đêm hội Tháp Bà Ponagar" tại di tích có niên đại từ thế kỷ VIII. Nhiều doanh nghiệp lữ hành đã xây dựng tour kết hợp tham quan đảo Bình Ba, đảo Hòn Mun và làng nghề nước mắm Cà Ná.

Theo Sở Văn hóa, Thể thao và Du lịch, năm nay lần đầu tiên festival có không gian riêng giới thiệu văn hóa Chăm, nghề làm muối Hòn Khói và nho, táo Ninh Thuận. Các khách sạn, nhà hàng ven biển được đề nghị giữ ổn định giá phòng, ưu tiên đón các đoàn khách đăng ký sớm; lực lượng cứu hộ túc trực thường xuyên tại các bãi tắm dọc đường Trần Phú và bãi biển Ninh Chữ.

Thông tin chi tiết về chương trình, du khách có thể liên hệ Trung tâm Xúc tiến du lịch tỉnh, số 2 đường Lê Thánh Tôn, phường Nha Trang; điện thoại 0258.3822.753 hoặc đường dây nóng 1900.1525.

Ngọc Hà

Tin liên quan
- Khánh Hòa đón 1,2 triệu lượt khách quốc tế trong quý I
- Doanh thu du lịch 2 tháng đầu năm tăng 18%
- Nha Trang có thêm 3 khách sạn 5 sao đi vào hoạt động
'''
META = {'published': '2026-03-13', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2026', 'modality': 'actual'}
FIGS = []
