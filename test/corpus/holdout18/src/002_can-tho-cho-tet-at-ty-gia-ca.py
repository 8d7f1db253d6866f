TEXT = '''
Kinh tế | Thị trường

Chợ Tết Cần Thơ: Hàng hóa dồi dào, giá cả ổn định

Cập nhật lúc 10:05, Thứ Tư, 22/01/2025 (GMT+7)

Những ngày giáp Tết Ất Tỵ 2025, các chợ, siêu thị và hội hoa xuân trên địa bàn thành phố Cần Thơ nhộn nhịp người mua sắm. Nguồn hàng phong phú, giá phần lớn mặt hàng thiết yếu không biến động mạnh.

Người dân chọn mua hoa kiểng tại chợ hoa xuân bến Ninh Kiều. (Ảnh: Duy Khôi)

Sáng 21/1 (tức 22 tháng Chạp), chợ Tân An ở số 38 đường Hai Bà Trưng, phường Tân An, quận Ninh Kiều đông nghẹt người. Chị Nguyễn Thị Bé Tư, 45 tuổi, tiểu thương bán dưa kiệu ở chợ hơn 20 năm, cho biết năm nay chị nhập 300 kg củ kiệu, bán 70.000 đồng/kg, gần bằng năm ngoái. "Khách mua ít hơn mọi năm nhưng đều tay, tôi bán tới 30 Tết là hết hàng", chị Tư nói.

Theo Sở Công Thương, giá thịt heo hơi trên địa bàn dao động từ 62.000 - 65.000 đồng/kg, tăng khoảng 5.000 đồng/kg so với tháng trước; thịt heo đùi tại các chợ lẻ phổ biến 110.000 - 120.000 đồng/kg. Giá rau củ tăng nhẹ do nhu cầu cao, riêng dưa hấu Long An giảm còn 12.000 đồng/kg vì nguồn cung dồi dào.

Các doanh nghiệp tham gia chương trình bình ổn thị trường đã dự trữ hàng Tết với tổng trị giá hơn 2.100 tỷ đồng, tăng 8% so với Tết năm trước. Hàng bình ổn được bán tại 265 điểm, giá thấp hơn giá thị trường từ 5 - 10%.

Cục Thống kê thành phố cho biết chỉ số giá tiêu dùng (CPI) tháng 1/2025 tăng 0,85% so với tháng trước và tăng 3,12% so với cùng kỳ năm 2024; nhóm hàng ăn và dịch vụ ăn uống tăng cao nhất. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 1 ước đạt 14.250 tỷ đồng, tăng 9,6% so với cùng kỳ.

Quầy hàng bình ổn giá tại siêu thị Co.opmart Cần Thơ, số 1 đường Hòa Bình. (Ảnh: Duy Khôi)

Tại hội hoa xuân Ất Tỵ lần thứ 14 trên đường Hai Bà Trưng, khoảng 450 gian hàng mai, cúc, vạn thọ, kiểng bonsai đã vào vị trí từ ngày 15/1. Ông Lê Văn Ba, 63 tuổi, nhà vườn ở phường Tân Quy Đông (TP. Sa Đéc), chở lên 200 chậu cúc mâm xôi, rao 250.000 đồng/cặp. "Năm nay trời nắng, cúc nở đúng Tết, tôi chỉ mong bán hết để về ăn Tết với con cháu", ông Ba nói.

Phát biểu khi kiểm tra thị trường chiều 20/1, Phó Chủ tịch UBND thành phố Nguyễn Thực Hiện yêu cầu các sở, ngành tăng cường kiểm tra, không để xảy ra tình trạng đầu cơ, găm hàng, tăng giá bất hợp lý. "Người dân phải được mua hàng đủ, đúng giá, an toàn thực phẩm. Lực lượng quản lý thị trường trực 24/24 giờ trong dịp Tết", ông Hiện nói.

Theo Kế hoạch số 298/KH-UBND ngày 25/12/2024 của UBND thành phố, từ đầu tháng 12/2024 đến nay, lực lượng quản lý thị trường đã kiểm tra 186 vụ, xử lý 142 vụ vi phạm, phạt tiền hơn 1,3 tỷ đồng. Đường dây nóng tiếp nhận phản ánh về giá: 0292.3831.000.

Ở huyện Phong Điền, ông Trần Văn Đực, 58 tuổi, nông dân ấp Nhơn Lộc 1, xã Nhơn Ái, cho biết vườn 3 công mận của gia đình cho trái đúng Tết, thương lái mua tại vườn 25.000 đồng/kg. Phong Điền năm nay có khoảng 1.050 ha vườn cây ăn trái cho thu hoạch dịp Tết, giá bán ổn định so với năm trước.

Tại siêu thị Co.opmart, chị Lâm Ngọc Hân, 34 tuổi, ngụ hẻm 51 đường 3/2, phường Hưng Lợi, cho biết gia đình chị chi khoảng 4 triệu đồng cho giỏ hàng Tết, nhiều hơn năm ngoái chút ít vì mua thêm bánh mứt biếu ông bà. Đại diện siêu thị cho biết lượng khách những ngày cao điểm tăng gấp 3 lần ngày thường, siêu thị mở cửa đến 22 giờ.

Ngành Công Thương dự báo sức mua sẽ tăng mạnh từ 25 tháng Chạp. Thành phố đã chỉ đạo các chợ đầu mối Trần Quốc Toản, Cái Khế hoạt động xuyên đêm, bảo đảm nguồn cung rau củ, thịt cá cho các tỉnh lân cận.

Dịp Tết Nguyên đán, Liên đoàn Lao động thành phố trao 12.500 suất quà cho công nhân, người lao động có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng; 45 chuyến xe miễn phí đưa công nhân về quê ăn Tết. Ngày 23/1, chương trình "Tết sum vầy" lần thứ 8 sẽ diễn ra tại Công viên sông Hậu, quận Cái Răng.

Ngân hàng Nhà nước Chi nhánh Cần Thơ cho biết doanh số cho vay phục vụ sản xuất, kinh doanh dịp Tết ước đạt 11.800 tỷ đồng. Các tổ chức tín dụng bảo đảm đủ tiền mặt, 380 máy ATM hoạt động thông suốt trong 9 ngày nghỉ Tết, từ 25/1 đến 2/2/2025.

Xem thêm:
- Hậu Giang bình ổn 1.200 tỷ đồng hàng hóa dịp Tết
- Sóc Trăng: Giá hành tím tăng gấp đôi trước Tết
- Vĩnh Long: CPI tháng 12 tăng 0,46%

Tấn Phát - Duy Khôi
'''
META = {'published': '2025-01-22', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025', 'modality': 'actual'}
FIGS = [
 ('từ 62.000 - 65.000 đồng/kg', '62.000 - 65.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('khoảng 5.000 đồng/kg', '5.000 đồng/kg', 'change', 'VND/kg', dict(direction='up', base='previous_period', bound='about')),
 ('phổ biến 110.000 - 120.000 đồng/kg', '110.000 - 120.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('giảm còn 12.000 đồng/kg', '12.000 đồng/kg', 'level', 'VND/kg', dict(direction='down')),
 ('hơn 2.100 tỷ đồng', '2.100 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('tăng 8% so với Tết', '8%', 'change', '%', dict(direction='up', base='same_period')),
 ('tại 265 điểm', '265', 'level', 'điểm', dict(optional=True)),
 ('từ 5 - 10%', '5 - 10%', 'level', '%', dict(optional=True)),
 ('tăng 0,85%', '0,85%', 'change', '%', dict(period='2025-M01', indicator='cpi', direction='up', base='previous_period')),
 ('tăng 3,12%', '3,12%', 'change', '%', dict(period='2025-M01', indicator='cpi', direction='up', base='same_period')),
 ('ước đạt 14.250 tỷ đồng', '14.250 tỷ đồng', 'level', 'VND', dict(period='2025-M01', indicator='retail_sales', modality='estimate')),
 ('tăng 9,6%', '9,6%', 'change', '%', dict(period='2025-M01', indicator='retail_sales', modality='estimate', direction='up', base='same_period')),
 ('khoảng 450 gian hàng', '450', 'level', 'gian hàng', dict(optional=True)),
 ('kiểm tra 186 vụ', '186', 'level', 'vụ', dict(period='2025')),
 ('xử lý 142 vụ', '142', 'level', 'vụ', dict(period='2025')),
 ('hơn 1,3 tỷ đồng', '1,3 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('khoảng 1.050 ha', '1.050 ha', 'level', 'ha', dict(locality='huyện Phong Điền', bound='about')),
 ('trao 12.500 suất', '12.500', 'level', 'suất quà', dict(optional=True)),
 ('45 chuyến xe', '45', 'level', 'chuyến xe', dict(optional=True)),
 ('ước đạt 11.800 tỷ đồng', '11.800 tỷ đồng', 'level', 'VND', dict(modality='estimate')),
 ('380 máy ATM', '380', 'level', 'máy', dict(optional=True)),
]
