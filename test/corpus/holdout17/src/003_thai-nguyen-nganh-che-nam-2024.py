TEXT = '''
Báo Thái Nguyên điện tử | Kinh tế

Cập nhật: 09:15, 08/01/2025 (GMT+7)

Giá trị sản phẩm chè năm 2024 đạt trên 14.000 tỷ đồng

Năm 2024, dù chịu ảnh hưởng của cơn bão số 3 (Yagi), ngành chè Thái Nguyên vẫn giữ được đà tăng trưởng. Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh có 22.800 ha chè, sản lượng chè búp tươi đạt 268.000 tấn, tăng 2,3% so với năm 2023, bằng 100,8% kế hoạch.

Thu hái chè tại vùng chè đặc sản Tân Cương. (Ảnh: Minh Hằng)

Năng suất chè bình quân đạt 128,5 tạ/ha, cao hơn 3,2 tạ/ha so với năm trước. Các địa phương có diện tích chè lớn nhất là huyện Đại Từ, thành phố Thái Nguyên và huyện Định Hóa, với diện tích lần lượt 6.800 ha, 3.950 ha và 3.100 ha.

Một số chỉ tiêu chủ yếu của ngành chè năm 2024 (so với năm 2023):
- Diện tích chè trồng mới và trồng lại: 520 ha (+8,3%);
- Giá trị thu được trên 1 ha chè: 280 triệu đồng (+5,7%);
- Sản phẩm chè đạt OCOP 3 sao trở lên: 195 sản phẩm (+21 sản phẩm);
- Tỷ lệ diện tích chè sản xuất theo tiêu chuẩn VietGAP, hữu cơ: 48,6% (+2,1 điểm %).

Chị Nguyễn Thị Hằng, chủ một cơ sở chè ở xã Tân Cương, cho biết mỗi năm gia đình chị bán ra khoảng 2 tấn chè khô với giá 600.000 đồng/kg, có 5 sản phẩm đạt OCOP 4 sao. "Sau bão, đồi chè nhà tôi bị sạt mất gần 1 sào, phải mất 3 tháng mới trồng lại được", chị kể.

Cơn bão số 3 hồi tháng 9 làm 1.250 ha chè bị ảnh hưởng, trong đó 320 ha bị thiệt hại trên 70%, tập trung ở các xóm ven sông Công. Ngay sau bão, tỉnh đã hỗ trợ giống, phân bón để người dân khôi phục sản xuất; nhiều hợp tác xã chuyển sang làm chè theo hướng hữu cơ, xây dựng mã QR truy xuất nguồn gốc cho từng lô sản phẩm.

Cùng với thị trường trong nước, chè Thái Nguyên xuất khẩu đạt 5.600 tấn, kim ngạch 9,8 triệu USD, chủ yếu sang Đài Loan (Trung Quốc), Pakistan và Trung Đông. Du lịch gắn với chè cũng phát triển: vùng chè Tân Cương đón khoảng 450.000 lượt khách trong năm.

Festival Trà Thái Nguyên lần thứ 3 và chuỗi sự kiện "Thái Nguyên - Thương hiệu chè quốc gia" được tổ chức tại Quảng trường 20/8, thu hút đông đảo du khách. Tuyến đường tỉnh 270 qua khu du lịch hồ Núi Cốc được nâng cấp, mở rộng theo Nghị quyết số 12/NQ-HĐND.

Năm 2025, ngành chè phấn đấu giá trị sản phẩm đạt 15.000 tỷ đồng; sản lượng chè búp tươi 270.000 - 275.000 tấn; có thêm ít nhất 20 sản phẩm chè đạt OCOP.

Thanh Tâm

Xem thêm:
- Đại Từ: Giá trị thu hoạch trên 1 ha chè đạt 300 triệu đồng
- Thái Nguyên có 98% số xã đạt chuẩn nông thôn mới
- Bão số 3 làm hơn 1.000 ha chè bị ảnh hưởng
'''
META = {'published': '2025-01-08', 'locality': 'tỉnh Thái Nguyên'}
DEFAULTS = {'locality': 'tỉnh Thái Nguyên', 'period': '2024', 'modality': 'actual'}
B = {'base': '2023', 'direction': 'up'}
T = {'modality': 'target', 'period': '2025'}
O = {'indicator': 'ocop_products'}
FIGS = [
 ('đạt trên 14.000 tỷ đồng', '14.000 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('có 22.800 ha', '22.800 ha', 'level', 'ha', dict()),
 ('đạt 268.000 tấn', '268.000 tấn', 'level', 'tấn', dict()),
 ('tăng 2,3% so với', '2,3%', 'change', '%', dict(B)),
 ('bằng 100,8% kế hoạch', '100,8%', 'attainment', '%', dict(base='target')),
 ('đạt 128,5 tạ/ha', '128,5 tạ/ha', 'level', 'tạ/ha', dict()),
 ('hơn 3,2 tạ/ha', '3,2 tạ/ha', 'change', 'tạ/ha', dict(B)),
 ('lần lượt 6.800 ha', '6.800 ha', 'level', 'ha', dict(locality='huyện Đại Từ')),
 ('ha, 3.950 ha', '3.950 ha', 'level', 'ha', dict(locality='thành phố Thái Nguyên')),
 ('và 3.100 ha', '3.100 ha', 'level', 'ha', dict(locality='huyện Định Hóa')),
 ('lại: 520 ha', '520 ha', 'level', 'ha', dict()),
 ('(+8,3%)', '8,3%', 'change', '%', dict(B)),
 ('chè: 280 triệu đồng', '280 triệu đồng', 'level', 'VND/ha', dict()),
 ('(+5,7%)', '5,7%', 'change', '%', dict(B)),
 ('lên: 195 sản phẩm', '195', 'level', 'sản phẩm', dict(O)),
 ('(+21 sản phẩm)', '21', 'change', 'sản phẩm', dict(O, **B)),
 ('hữu cơ: 48,6%', '48,6%', 'level', '%', dict()),
 ('(+2,1 điểm %)', '2,1 điểm %', 'change', 'điểm %', dict(B)),
 ('làm 1.250 ha chè', '1.250 ha', 'level', 'ha', dict()),
 ('trong đó 320 ha', '320 ha', 'level', 'ha', dict()),
 ('khẩu đạt 5.600 tấn', '5.600 tấn', 'level', 'tấn', dict()),
 ('kim ngạch 9,8 triệu USD', '9,8 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('khoảng 450.000 lượt khách', '450.000', 'level', 'lượt khách', dict(indicator='tourist_arrivals', locality='xã Tân Cương', bound='about')),
 ('đạt 15.000 tỷ đồng', '15.000 tỷ đồng', 'level', 'VND', dict(T)),
 ('tươi 270.000 - 275.000 tấn', '270.000 - 275.000 tấn', 'level', 'tấn', dict(T)),
 ('ít nhất 20 sản phẩm', '20', 'level', 'sản phẩm', dict(O, bound='at_least', **T)),
]
