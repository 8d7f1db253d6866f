# A launch ceremony (Báo Nghệ An style) with no figure at all: dates, times, document numbers, ages inside programme
# names, ordinals, a slogan, hotlines, road and school names, a child's age in an anecdote.
TEXT = '''
Xã hội

Nghệ An phát động Tháng hành động vì trẻ em năm 2024

Thứ Bảy, 01/06/2024 - 10:15

(Baonghean.vn) - Sáng 1/6, tại Quảng trường Hồ Chí Minh, thành phố Vinh, UBND tỉnh Nghệ An tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2024 với chủ đề “Hành động thiết thực, ưu tiên nguồn lực cho trẻ em”.

Các em thiếu nhi biểu diễn văn nghệ chào mừng buổi lễ. Ảnh: Thành Duy
Các em thiếu nhi biểu diễn văn nghệ chào mừng buổi lễ. Ảnh: Thành Duy

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Bùi Đình Long yêu cầu các cấp, các ngành tiếp tục triển khai Luật Trẻ em năm 2016, Nghị định số 56/2017/NĐ-CP ngày 9/5/2017 của Chính phủ và Quyết định 1437/QĐ-UBND ngày 20/5/2024 của UBND tỉnh; lồng ghép Chương trình chăm sóc, giáo dục trẻ em dưới 6 tuổi và Đề án phòng chống đuối nước cho trẻ em từ 6 - 15 tuổi giai đoạn 2021 - 2030 vào kế hoạch phát triển kinh tế - xã hội của địa phương.

Đây là lần thứ 3 tỉnh tổ chức phát động ở cấp tỉnh kể từ khi ban hành Kế hoạch 379/KH-UBND. Các huyện miền núi như Kỳ Sơn, Tương Dương được đề nghị ưu tiên nguồn lực từ Chương trình 135 và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, giai đoạn I: từ năm 2021 đến năm 2025.

Hưởng ứng thông điệp “Trẻ em hôm nay - Thế giới ngày mai”, Đoàn Thanh niên các trường trên tuyến Quốc lộ 46 ra quân làm sạch sân chơi; Trường Tiểu học Hưng Dũng 1 ra mắt câu lạc bộ “Em yêu khoa học 4.0”. Em Nguyễn Thị Bảo Ngọc, 11 tuổi, học sinh lớp 5A, đại diện thiếu nhi bày tỏ mong muốn được học bơi miễn phí trong dịp hè.

Mọi hành vi xâm hại trẻ em được tiếp nhận qua Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí, hoạt động 24/7) hoặc đường dây nóng 0238.3844.722 của Sở Lao động - Thương binh và Xã hội. Tháng hành động diễn ra từ ngày 1/6 đến 30/6/2024.

Thành Duy
'''
META = {'published': '2024-06-01', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2024', 'modality': 'actual'}
FIGS = []
