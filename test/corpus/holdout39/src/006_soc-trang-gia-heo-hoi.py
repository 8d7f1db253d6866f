TEXT = '''
BÁO SÓC TRĂNG ONLINE
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sóc Trăng - Tiếng nói của Đảng bộ, chính quyền và nhân dân Sóc Trăng
Thứ Tư, ngày 12/07/2023 | 10:24

KINH TẾ > NÔNG NGHIỆP - NÔNG THÔN

Giá heo hơi giảm còn 52.000 đồng/kg, người chăn nuôi thu hẹp đàn

(STO) - Từ đầu tháng 7 đến nay, giá heo hơi trên địa bàn tỉnh liên tục giảm, hiện thương lái thu mua phổ biến ở mức 52.000 - 54.000 đồng/kg, giảm 4.000 - 5.000 đồng/kg so với đầu tháng. Với giá này, người nuôi heo thịt gần như hòa vốn, nhiều hộ nuôi nhỏ lẻ đã tạm ngưng tái đàn.

Ghi nhận tại các lò mổ và chợ đầu mối, phiên mua bán bắt đầu từ 2 giờ sáng, kết thúc trước 6 giờ. Tại thị xã Ngã Năm và huyện Thạnh Trị, giá heo hơi lần lượt là 52.000 đồng/kg và 53.000 đồng/kg; tại thành phố Sóc Trăng và huyện Mỹ Xuyên cùng ở mức 54.000 đồng/kg. Heo hơi loại trên 100 kg/con giá thấp hơn heo loại 1 khoảng 2.000 đồng/kg.

So với cùng kỳ năm 2022, giá heo hơi hiện thấp hơn khoảng 8.000 - 10.000 đồng/kg, trong khi giá thức ăn chăn nuôi hỗn hợp vẫn ở mức cao, 13.500 - 14.200 đồng/kg, tăng 6% so với cùng kỳ. Giá heo giống cũng giảm còn 1,1 - 1,3 triệu đồng/con (loại 10 - 12 kg), giảm 300.000 đồng/con so với tháng trước.

Theo tính toán của Chi cục Chăn nuôi và Thú y, với giá thành bình quân 53.500 đồng/kg, mỗi con heo thịt xuất chuồng 100 kg người nuôi lỗ 150.000 - 200.000 đồng; những hộ phải mua heo giống và thức ăn trả chậm lỗ 500.000 - 700.000 đồng/con.

Gia đình bà Thạch Thị Sa Ri (ấp Tân Thạnh, xã Thạnh Tân, huyện Thạnh Trị) nuôi 25 con heo thịt. Bà cho biết lứa heo vừa bán được 52.000 đồng/kg, tính ra mỗi con lỗ khoảng 200.000 đồng, nên bà chưa dám bắt heo giống nuôi tiếp.

Tổng đàn giảm

Theo số liệu của Sở Nông nghiệp và Phát triển nông thôn, đến cuối tháng 6/2023, tổng đàn heo toàn tỉnh có 152.600 con, giảm 11,8% so với cùng kỳ và chỉ đạt 84,8% kế hoạch năm. Số hộ chăn nuôi heo còn khoảng 21.300 hộ, giảm gần 3.000 hộ so với cuối năm 2022. Sản lượng thịt heo hơi xuất chuồng 6 tháng đạt 19.850 tấn, giảm 7,2%.

Từ đầu năm đến nay, bệnh dịch tả heo châu Phi xảy ra tại 6 hộ ở 3 xã của huyện Châu Thành và huyện Kế Sách, buộc tiêu hủy 187 con heo với tổng trọng lượng 11,4 tấn. So với cùng kỳ, số con tiêu hủy giảm 61%.

Ông Lâm Văn Tấn, Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh, khuyến cáo người chăn nuôi không bán tháo, tái đàn có kiểm soát và tiêm phòng đầy đủ; tỉnh phấn đấu đến cuối năm 2023 tỷ lệ tiêm phòng lở mồm long móng trên đàn heo đạt trên 80%. Khi phát hiện heo bệnh, bà con báo ngay cho thú y cơ sở hoặc số điện thoại đường dây nóng 0299 3822 190.

Tú Anh

Xem thêm
- Giá lúa tươi OM 18 tăng nhẹ, dao động 7.100 - 7.300 đồng/kg
- Mỹ Xuyên: Tập huấn chăn nuôi an toàn sinh học cho 60 hộ
- Ngã Năm: Khởi công chợ nông sản 12 tỷ đồng
'''
META = {'published': '2023-07-12', 'locality': 'tỉnh Sóc Trăng'}
DEFAULTS = {'locality': 'tỉnh Sóc Trăng', 'period': '2023-M07', 'modality': 'actual'}
K = 'VND/kg'
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
J = {'period': '2023-M06'}
H = {'period': '2023-H1'}
FIGS = [
 ('giảm còn 52.000 đồng/kg', '52.000 đồng/kg', 'level', K, dict(direction='down')),
 ('mức 52.000 - 54.000 đồng/kg', '52.000 - 54.000 đồng/kg', 'level', K, dict()),
 ('giảm 4.000 - 5.000 đồng/kg so với đầu tháng', '4.000 - 5.000 đồng/kg', 'change', K, dict(**P, direction='down')),
 ('lần lượt là 52.000 đồng/kg', '52.000 đồng/kg', 'level', K, dict(locality='thị xã Ngã Năm')),
 ('và 53.000 đồng/kg', '53.000 đồng/kg', 'level', K, dict(locality='huyện Thạnh Trị')),
 ('cùng ở mức 54.000 đồng/kg', '54.000 đồng/kg', 'level', K, dict(locality=None)),
 ('khoảng 2.000 đồng/kg', '2.000 đồng/kg', 'change', K, dict(optional=True, direction='down')),
 ('khoảng 8.000 - 10.000 đồng/kg', '8.000 - 10.000 đồng/kg', 'change', K, dict(**S, direction='down', bound='about')),
 ('cao, 13.500 - 14.200 đồng/kg', '13.500 - 14.200 đồng/kg', 'level', K, dict()),
 ('tăng 6% so với cùng kỳ', '6%', 'change', '%', dict(**S, direction='up')),
 ('còn 1,1 - 1,3 triệu đồng/con', '1,1 - 1,3 triệu đồng/con', 'level', 'VND/con', dict(direction='down')),
 ('giảm 300.000 đồng/con', '300.000 đồng/con', 'change', 'VND/con', dict(**P, direction='down')),
 ('quân 53.500 đồng/kg', '53.500 đồng/kg', 'level', K, dict()),
 ('lỗ 150.000 - 200.000 đồng', '150.000 - 200.000 đồng', 'level', 'VND/con', dict()),
 ('lỗ 500.000 - 700.000 đồng/con', '500.000 - 700.000 đồng/con', 'level', 'VND/con', dict()),
 ('có 152.600 con', '152.600', 'level', 'con', dict(**J)),
 ('giảm 11,8% so với cùng kỳ', '11,8%', 'change', '%', dict(**J, **S, direction='down')),
 ('đạt 84,8% kế hoạch năm', '84,8%', 'attainment', '%', dict(**J, base='target')),
 ('khoảng 21.300 hộ', '21.300', 'level', 'hộ', dict(**J, bound='about')),
 ('gần 3.000 hộ', '3.000', 'change', 'hộ', dict(**J, direction='down', base='2022', bound='nearly')),
 ('đạt 19.850 tấn', '19.850 tấn', 'level', 'tấn', dict(**H)),
 ('giảm 7,2%', '7,2%', 'change', '%', dict(**H, direction='down')),
 ('tại 6 hộ', '6', 'level', 'hộ', dict(optional=True)),
 ('ở 3 xã', '3', 'level', 'xã', dict(period='2023', optional=True)),
 ('hủy 187 con', '187', 'level', 'con', dict(period='2023')),
 ('trọng lượng 11,4 tấn', '11,4 tấn', 'level', 'tấn', dict(period='2023')),
 ('giảm 61%', '61%', 'change', '%', dict(**S, period='2023', direction='down')),
 ('đạt trên 80%', '80%', 'level', '%', dict(period='2023', modality='target', bound='over')),
]
