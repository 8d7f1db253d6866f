TEXT = '''
BÁO KIÊN GIANG
Trang chủ | Thời sự | Kinh tế | Biển đảo | Du lịch | Xã hội | Pháp luật
Thứ hai, 30/12/2024 - 16:10

Biển đảo

Kiên Giang: Quyết tâm gỡ "thẻ vàng" IUU, không để tàu cá vi phạm vùng biển nước ngoài

(KGO) - Năm 2024, tỉnh Kiên Giang tiếp tục triển khai quyết liệt các giải pháp chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU); sản lượng khai thác hải sản cả năm ước đạt 498.600 tấn, đạt 101,8% kế hoạch, giảm 1,2% so với năm 2023.

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 15/12/2024, toàn tỉnh có 9.526 tàu cá đã đăng ký, trong đó 3.617 tàu có chiều dài từ 15 m trở lên. Có 3.598/3.617 tàu đã lắp đặt thiết bị giám sát hành trình (VMS), đạt 99,47%; 19 tàu chưa lắp do nằm bờ, hư hỏng.

Trong năm, các lực lượng chức năng đã kiểm tra, kiểm soát 28.450 lượt tàu cá xuất, nhập bến; phát hiện 212 trường hợp mất kết nối VMS trên 6 giờ, xử phạt vi phạm hành chính 168 vụ với tổng số tiền trên 5,6 tỷ đồng, tăng 2,1 tỷ đồng so với năm 2023. Đặc biệt, từ tháng 9/2023 đến nay, tỉnh không có tàu cá, ngư dân bị nước ngoài bắt giữ.

Ông Danh Sơn (ấp Bãi Giếng, xã Hòn Tre, huyện Kiên Hải) có 2 tàu cá dài 18 m cho biết, mỗi chuyến biển 20 ngày ông phải chi khoảng 150 triệu đồng, "nhưng đi đâu, đánh bắt bao nhiêu đều được ghi nhật ký, biên phòng kiểm tra kỹ nên không ai dám vượt ranh giới".

Tổng sản lượng thủy sản năm 2024 ước đạt 854.300 tấn, tăng 2,4% so với năm trước; trong đó, khai thác 498.600 tấn, nuôi trồng 355.700 tấn. Kim ngạch xuất khẩu thủy sản ước đạt 410 triệu USD.

Về du lịch, năm 2024 Kiên Giang đón khoảng 9,3 triệu lượt khách, tăng 12% so với năm 2023; trong đó khách quốc tế 1,25 triệu lượt, gấp 1,6 lần. Thành phố Phú Quốc đón 6,1 triệu lượt khách, trong đó có 1,18 triệu lượt khách quốc tế; tổng thu từ du lịch của tỉnh đạt 26.500 tỷ đồng.

Cảng hàng không quốc tế Phú Quốc phục vụ 5,4 triệu lượt hành khách, tăng 28%. Các tuyến tàu cao tốc Rạch Giá - Phú Quốc, Hà Tiên - Phú Quốc, Rạch Giá - Nam Du vận chuyển hơn 1,7 triệu lượt hành khách và 215.000 lượt phương tiện.

Lực lượng chức năng kiểm tra tàu cá tại cảng cá Tắc Cậu (huyện Châu Thành). Ảnh: T.L

Năm 2025, tỉnh phấn đấu sản lượng khai thác không vượt quá 500.000 tấn theo hướng giảm dần; 100% tàu cá từ 15 m trở lên duy trì kết nối VMS 24/24 giờ; đón 10 triệu lượt khách.

THÙY LINH

Tin liên quan:
- An Biên: Ngư dân ra khơi đầu năm, trúng mẻ cá 3 tấn (28/12/2024)
- Phú Quốc đón chuyến tàu biển quốc tế thứ 12 trong năm (26/12/2024)
- Hà Tiên: Khánh thành bến tàu khách quốc tế (20/12/2024)

Bản quyền thuộc Báo Kiên Giang. Giấy phép số 83/GP-BTTTT. Địa chỉ: 3 Trần Hưng Đạo, TP Rạch Giá. ĐT: (0297) 3862.225
'''
META = {'published': '2024-12-30', 'locality': 'tỉnh Kiên Giang'}
DEFAULTS = {'locality': 'tỉnh Kiên Giang', 'period': '2024', 'modality': 'actual'}
A = {'indicator': 'aquaculture_output'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
E = {'modality': 'estimate'}
UP = {'direction': 'up'}
M12 = {'period': '2024-M12'}
PQ = {'locality': 'thành phố Phú Quốc'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('ước đạt 498.600 tấn', '498.600 tấn', 'level', 'tấn', dict(A, **E)),
 ('đạt 101,8% kế hoạch', '101,8%', 'attainment', '%', dict(A, **E, base='target')),
 ('giảm 1,2% so với năm 2023', '1,2%', 'change', '%', dict(A, **E, direction='down', base='2023')),
 ('có 9.526 tàu cá', '9.526', 'level', 'tàu cá', dict(M12)),
 ('đó 3.617 tàu', '3.617', 'level', 'tàu', dict(M12)),
 ('Có 3.598/3.617 tàu', '3.598/3.617', 'ratio', 'tàu', dict(M12)),
 ('đạt 99,47%', '99,47%', 'level', '%', dict(M12)),
 ('19 tàu chưa lắp', '19', 'level', 'tàu', dict(M12)),
 ('soát 28.450 lượt', '28.450', 'level', 'lượt tàu cá', dict()),
 ('phát hiện 212 trường hợp', '212', 'level', 'trường hợp', dict()),
 ('chính 168 vụ', '168', 'level', 'vụ', dict()),
 ('trên 5,6 tỷ đồng', '5,6 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('tăng 2,1 tỷ đồng', '2,1 tỷ đồng', 'change', 'VND', dict(UP, base='2023')),
 ('ước đạt 854.300 tấn', '854.300 tấn', 'level', 'tấn', dict(A, **E)),
 ('tăng 2,4% so với năm trước', '2,4%', 'change', '%', dict(A, **E, **UP, base='2023')),
 ('khai thác 498.600 tấn', '498.600 tấn', 'level', 'tấn', dict(A)),
 ('nuôi trồng 355.700 tấn', '355.700 tấn', 'level', 'tấn', dict(A)),
 ('ước đạt 410 triệu USD', '410 triệu USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('khoảng 9,3 triệu lượt khách', '9,3 triệu', 'level', 'lượt khách', dict(TA, bound='about')),
 ('tăng 12% so với năm 2023', '12%', 'change', '%', dict(TA, **UP, base='2023')),
 ('tế 1,25 triệu lượt', '1,25 triệu', 'level', 'lượt', dict(ITA)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(ITA, **UP)),
 ('đón 6,1 triệu lượt khách', '6,1 triệu', 'level', 'lượt khách', dict(TA, **PQ)),
 ('có 1,18 triệu lượt khách', '1,18 triệu', 'level', 'lượt khách', dict(ITA, **PQ)),
 ('đạt 26.500 tỷ đồng', '26.500 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('phục vụ 5,4 triệu lượt', '5,4 triệu', 'level', 'lượt hành khách', dict()),
 ('tăng 28%', '28%', 'change', '%', dict(UP)),
 ('hơn 1,7 triệu lượt', '1,7 triệu', 'level', 'lượt hành khách', dict(bound='over')),
 ('215.000 lượt', '215.000', 'level', 'lượt phương tiện', dict()),
 ('vượt quá 500.000 tấn', '500.000 tấn', 'level', 'tấn', dict(A, **T, bound='at_most')),
 ('100% tàu cá', '100%', 'level', '%', dict(T)),
 ('đón 10 triệu lượt khách', '10 triệu', 'level', 'lượt khách', dict(TA, **T)),
]
