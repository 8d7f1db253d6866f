NFD = True
TEXT = '''
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » E-magazine
16/01/2026 06:00

E-MAGAZINE

CAO NGUYÊN ĐÁ MÙA KHÁCH MỚI

Năm 2025, năm đầu tiên vận hành chính quyền địa phương hai cấp sau hợp nhất, du lịch tỉnh Tuyên Quang đón 7,4 triệu lượt khách, tăng 16,2% so với năm 2024. Trên cao nguyên đá khu vực Hà Giang cũ, những bản làng từng nghèo nhất nước nay đã sống được bằng du lịch.

Nội dung: MINH KHÔI - Ảnh: ĐỨC THỌ - Thiết kế: THU HÀ

I. MÙA HOA VÀ NHỮNG KỶ LỤC

Tháng 11/2025, khi hoa tam giác mạch phủ kín các sườn núi xã Sủng Là, đường lên Lũng Cú kẹt xe hàng cây số. Anh Sùng Mí Chá, chủ một homestay 8 phòng ở thôn Lùng Cẩm, kể có tuần gia đình anh đón tới 160 lượt khách, phải từ chối thêm hàng chục đoàn vì hết chỗ.

Theo Sở Văn hóa, Thể thao và Du lịch, tổng thu từ du lịch năm 2025 của tỉnh ước đạt 12.860 tỷ đồng, tăng 19,4% so với năm trước. Riêng khu vực Hà Giang cũ đón 3,15 triệu lượt khách, trong đó khách quốc tế đạt 468.000 lượt, tăng 22,5%; tổng thu từ du lịch ước đạt 6.240 tỷ đồng.

Toàn tỉnh hiện có 1.460 cơ sở lưu trú với khoảng 16.800 phòng, trong đó 612 homestay được công nhận đạt chuẩn phục vụ khách du lịch.

“Năm 2025, lần đầu tiên cao nguyên đá đón hơn 3 triệu lượt khách trong một năm”
Ông Hoàng Văn Kiên, Giám đốc Sở Văn hóa, Thể thao và Du lịch

Cột cờ Lũng Cú nằm ở độ cao khoảng 1.470 m so với mực nước biển; ngày cao điểm đón hơn 5.000 lượt khách.

Giải chạy Marathon “Chinh phục cao nguyên đá” lần thứ 3 có cự ly dài nhất 42 km, thu hút 4.500 vận động viên từ 28 quốc gia và vùng lãnh thổ.

II. TỪ CON ĐƯỜNG HẠNH PHÚC

Con đường Hạnh Phúc dài 185 km được dân công của 16 dân tộc mở trong 6 năm (1959 - 1965), riêng đoạn qua đèo Mã Pì Lèng dài khoảng 20 km phải đục bằng tay. Gần 70 năm sau, con đường ấy vẫn là trục chính đưa khách lên cao nguyên.

Năm 2025, tỉnh hoàn thành nâng cấp 42 km Quốc lộ 4C với tổng vốn 1.380 tỷ đồng. Thời gian đi ô tô từ phường Hà Giang 1 lên xã Đồng Văn rút từ 4 giờ xuống còn khoảng 3 giờ. Xe khách giường nằm từ Hà Nội lên Đồng Văn nay có 14 chuyến mỗi ngày.

“Con đường rút ngắn được 1 giờ, còn rút ngắn khoảng cách giàu nghèo thì phải làm cả chục năm”
Già làng Ly Chúng Pó, xã Đồng Văn

Đoạn Quốc lộ 4C qua đèo Mã Pì Lèng sau khi được mở rộng lên 9 m mặt đường.

III. GIẢM NGHÈO TỪ DU LỊCH CỘNG ĐỒNG

Cuối năm 2025, tỷ lệ hộ nghèo toàn tỉnh giảm còn 8,94%, giảm 3,1 điểm phần trăm so với cuối năm 2024; riêng khu vực Hà Giang cũ giảm 4,6 điểm phần trăm. Thu nhập bình quân đầu người năm 2025 ước đạt 52,6 triệu đồng.

Ở thôn Pả Vi Hạ, xã Mèo Vạc, gia đình chị Vàng Thị Dính (34 tuổi) cải tạo ngôi nhà trình tường 3 gian thành homestay 6 phòng từ năm 2021. Năm 2025, homestay đón khoảng 4.200 lượt khách, doanh thu hơn 900 triệu đồng. “Trước đây nhà tôi trồng 3 nương ngô, cả năm được 2 tấn, chỉ đủ ăn 8 tháng”, chị Dính nhớ lại.

Cả thôn Pả Vi Hạ hiện có 68/142 hộ làm du lịch, thu nhập bình quân 72 triệu đồng/người/năm, cao gấp 3 lần bình quân chung của xã.

Chị Vàng Thị Dính (thứ 2 từ phải sang) đón đoàn khách Pháp tại homestay của gia đình. Mỗi đêm nghỉ ở đây có giá 250.000 đồng/người.

IV. KHÁT VỌNG MỚI

Năm 2026, tỉnh phấn đấu đón 8,5 triệu lượt khách, trong đó 600.000 lượt khách quốc tế; tổng thu từ du lịch đạt 14.500 tỷ đồng; tỷ lệ hộ nghèo giảm 2 - 2,5%. Tỉnh dành 120 tỷ đồng hỗ trợ phát triển du lịch cộng đồng giai đoạn 2026 - 2030, trọng tâm ở 12 xã vùng cao núi đá.

“Chúng tôi không muốn khách đến một lần rồi thôi”, ông Hoàng Văn Kiên nói. “Mục tiêu là khách ở lại lâu hơn, chi tiêu nhiều hơn, và người Mông, người Dao được hưởng lợi nhiều hơn”.

Xem thêm
» Tuyên Quang: Thu ngân sách năm 2025 vượt 6.000 tỷ đồng
» 10 điểm check-in không thể bỏ qua khi lên Đồng Văn
» Khu vực Hà Giang cũ đón 3 triệu lượt khách sau 11 tháng

Lượt đọc: 12.408
© Báo Tuyên Quang. Giấy phép số 125/GP-BTTTT.
'''
META = {'published': '2026-01-16', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2025', 'modality': 'actual'}
HG = {'locality': 'tỉnh Hà Giang'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('đón 7,4 triệu lượt khách', '7,4 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('tăng 16,2% so với năm 2024', '16,2%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='2024')),
 ('ước đạt 12.860 tỷ đồng', '12.860 tỷ đồng', 'level', 'VND', dict(**E, indicator='tourism_revenue')),
 ('tăng 19,4% so với năm trước', '19,4%', 'change', '%', dict(**E, indicator='tourism_revenue', direction='up', base='2024')),
 ('đón 3,15 triệu lượt khách', '3,15 triệu', 'level', 'lượt khách', dict(**HG, indicator='tourist_arrivals')),
 ('đạt 468.000 lượt', '468.000', 'level', 'lượt khách', dict(**HG, indicator='international_tourist_arrivals')),
 ('tăng 22,5%', '22,5%', 'change', '%', dict(**HG, indicator='international_tourist_arrivals', direction='up')),
 ('ước đạt 6.240 tỷ đồng', '6.240 tỷ đồng', 'level', 'VND', dict(**HG, **E, indicator='tourism_revenue')),
 ('có 1.460 cơ sở lưu trú', '1.460', 'level', 'cơ sở lưu trú', dict()),
 ('khoảng 16.800 phòng', '16.800', 'level', 'phòng', dict(bound='about')),
 ('trong đó 612 homestay', '612', 'level', 'homestay', dict()),
 ('hơn 3 triệu lượt khách trong một năm', '3 triệu', 'level', 'lượt khách', dict(optional=True)),
 ('thu hút 4.500 vận động viên', '4.500', 'level', 'vận động viên', dict(optional=True)),
 ('nâng cấp 42 km', '42 km', 'level', 'km', dict(optional=True)),
 ('tổng vốn 1.380 tỷ đồng', '1.380 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('giảm còn 8,94%', '8,94%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('giảm 3,1 điểm phần trăm', '3,1 điểm phần trăm', 'change', 'điểm %', dict(indicator='poverty_rate', direction='down', base='2024')),
 ('giảm 4,6 điểm phần trăm', '4,6 điểm phần trăm', 'change', 'điểm %', dict(**HG, indicator='poverty_rate', direction='down')),
 ('ước đạt 52,6 triệu đồng', '52,6 triệu đồng', 'level', 'VND/người/năm', dict(**E, indicator='income_per_capita')),
 ('có 68/142 hộ', '68/142', 'ratio', 'hộ', dict(optional=True)),
 ('bình quân 72 triệu đồng/người/năm', '72 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(optional=True)),
 ('cao gấp 3 lần', '3', 'change', 'lần', dict(optional=True, direction='up')),
 ('đón 8,5 triệu lượt khách', '8,5 triệu', 'level', 'lượt khách', dict(**T, indicator='tourist_arrivals')),
 ('trong đó 600.000 lượt', '600.000', 'level', 'lượt khách', dict(**T, indicator='international_tourist_arrivals')),
 ('đạt 14.500 tỷ đồng', '14.500 tỷ đồng', 'level', 'VND', dict(**T, indicator='tourism_revenue')),
 ('giảm 2 - 2,5%', '2 - 2,5%', 'change', '%', dict(**T, indicator='poverty_rate', direction='down')),
 ('ở 12 xã vùng cao', '12', 'level', 'xã', dict(optional=True)),
 ('dành 120 tỷ đồng', '120 tỷ đồng', 'level', 'VND', dict(period='2026/2030', modality='target')),
]
