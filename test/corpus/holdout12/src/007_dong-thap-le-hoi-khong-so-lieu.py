TEXT = '''
Văn hóa - Xã hội

Sôi nổi Ngày hội văn hóa các dân tộc tại Sa Đéc

Cập nhật ngày: 17/03/2024 - 16:45

ĐTO - Sáng 16-3, tại Quảng trường Phường 1, UBND thành phố Sa Đéc phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức Ngày hội văn hóa các dân tộc, thu hút đông đảo người dân và du khách đến tham dự.

Ngày hội là dịp để các dân tộc Kinh, Hoa, Khmer sinh sống trên địa bàn giới thiệu những nét đẹp văn hóa truyền thống, trang phục, ẩm thực và các trò chơi dân gian. Trong không khí vui tươi, các đội thi đấu kéo co, đẩy gậy, nhảy bao bố sôi nổi, hào hứng.

Phát biểu tại buổi khai mạc, Phó Chủ tịch UBND thành phố Sa Đéc Trần Thị Ngọc Hân cho biết: “Ngày hội góp phần tăng cường khối đại đoàn kết, giữ gìn và phát huy bản sắc văn hóa của từng dân tộc, đồng thời quảng bá hình ảnh thành phố hoa Sa Đéc thân thiện, mến khách”.

Bên cạnh các hoạt động thi đấu, ban tổ chức còn bố trí khu trưng bày sản phẩm đặc trưng như hoa kiểng, bánh phồng tôm, hủ tiếu Sa Đéc. Nhiều du khách thích thú khi được tự tay gói bánh, thưởng thức món ăn dân dã và chụp ảnh lưu niệm bên làng hoa.

Kết thúc ngày hội, ban tổ chức trao giải cho các đội đạt thành tích cao và khen thưởng các cá nhân có nhiều đóng góp cho công tác bảo tồn văn hóa dân tộc trên địa bàn thành phố.

Thanh Tâm
'''
META = {'published': '2024-03-17', 'locality': 'thành phố Sa Đéc'}
DEFAULTS = {}
FIGS = []
