# Gia Lai (before the 2025 merger), culture, sports and tourism in 2022, published 21/12/2022.
# A sector's own targets "9/10 chỉ tiêu" have no id (holdout49); medals, prizes and the events entered are optional
# (holdout49); festival attendance optional (holdout16). 2023 aims under "Năm 2023, ngành đặt mục tiêu:" are targets.
TEXT = '''
Báo Gia Lai điện tử
Thứ Tư, 21/12/2022, 17:05 (GMT+7)

Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Du lịch | Pháp luật | Ảnh | Video

Ngành văn hóa, thể thao và du lịch hoàn thành 9/10 chỉ tiêu năm 2022

(GLO)- Chiều 20/12, Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023. Năm 2022, ngành hoàn thành 9/10 chỉ tiêu được giao; 1 chỉ tiêu chưa đạt là tỷ lệ làng có nhà rông văn hóa được sử dụng hiệu quả.

Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tiếp tục được duy trì. Toàn tỉnh có 318.640/372.150 hộ gia đình được công nhận danh hiệu "Gia đình văn hóa", chiếm 85,6%; 1.742/2.080 thôn, làng, tổ dân phố đạt danh hiệu văn hóa (83,8%). Trong năm, tỉnh có thêm 3 di tích được xếp hạng cấp tỉnh, nâng tổng số di tích được xếp hạng lên 21 di tích.

Lễ hội Văn hóa cồng chiêng tỉnh Gia Lai lần thứ II thu hút hơn 30.000 lượt người xem, với 28 đội cồng chiêng của 17 huyện, thị xã, thành phố tham gia.

Đội cồng chiêng huyện Ia Grai biểu diễn tại lễ hội. Ảnh: Đức Thụy

Ở lĩnh vực thể thao, tỷ lệ dân số luyện tập thể dục thể thao thường xuyên đạt 33,5%, tăng 1,2 điểm phần trăm so với năm 2021; số gia đình thể thao đạt 24,2%. Các đội tuyển của tỉnh tham gia 32 giải toàn quốc và khu vực, giành 96 huy chương, gồm 21 huy chương vàng, 30 huy chương bạc và 45 huy chương đồng, vượt 12 huy chương so với kế hoạch.

Du lịch phục hồi mạnh mẽ sau dịch Covid-19. Năm 2022, Gia Lai đón khoảng 1,15 triệu lượt khách, gấp 2,3 lần năm 2021, đạt 104,5% kế hoạch; trong đó khách quốc tế đạt 12.400 lượt. Tổng thu từ khách du lịch ước đạt 1.020 tỷ đồng, tăng 86% so với năm 2021.

Năm 2023, ngành đặt mục tiêu:
- Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa": từ 86% trở lên;
- Tỷ lệ dân số luyện tập thể dục thể thao thường xuyên: 35%;
- Khách du lịch: 1,3 triệu lượt, trong đó khách quốc tế 20.000 lượt;
- Huy chương tại các giải toàn quốc: từ 90 - 100 huy chương.

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Thị Thanh Lịch đề nghị ngành tập trung bảo tồn không gian văn hóa cồng chiêng, chuẩn bị tốt cho Đại hội Thể dục thể thao tỉnh lần thứ IX năm 2026.

ĐỨC THỤY

Tin cùng chuyên mục
- Pleiku: Khai mạc Tuần lễ Văn hóa - Du lịch với 40 gian hàng
- Gia Lai giành 5 huy chương tại Giải Vô địch Võ cổ truyền toàn quốc
- Đề xuất hỗ trợ 50 triệu đồng mỗi bộ cồng chiêng cho các làng

Báo Gia Lai - Cơ quan của Đảng bộ tỉnh Gia Lai | Giấy phép số 71/GP-BTTTT | Địa chỉ: 12 Hoàng Văn Thụ, TP. Pleiku | ĐT: 0269.3824.125
'''
META = {'published': '2022-12-21', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2022', 'modality': 'actual'}
UP = dict(direction='up')
B21 = dict(base='2021')
TA = dict(indicator='tourist_arrivals')
T = dict(period='2023', modality='target')
O = dict(optional=True)
FIGS = [
 ('thành 9/10 chỉ tiêu năm 2022', '9/10', 'ratio', 'chỉ tiêu', dict(status='achieved')),
 ('thành 9/10 chỉ tiêu được', '9/10', 'ratio', 'chỉ tiêu', dict(status='achieved')),
 ('1 chỉ tiêu chưa đạt', '1', 'level', 'chỉ tiêu', dict(status='not_achieved')),
 ('318.640/372.150 hộ', '318.640/372.150', 'ratio', 'hộ gia đình', dict()),
 ('chiếm 85,6%', '85,6%', 'level', '%', dict()),
 ('1.742/2.080 thôn', '1.742/2.080', 'ratio', 'thôn', dict()),
 ('(83,8%)', '83,8%', 'level', '%', dict()),
 ('thêm 3 di tích', '3', 'level', 'di tích', dict()),
 ('lên 21 di tích', '21', 'level', 'di tích', dict(direction='up')),
 ('hơn 30.000 lượt', '30.000', 'level', 'lượt', dict(O)),
 ('28 đội', '28', 'level', 'đội', dict(O)),
 ('của 17 huyện', '17', 'level', 'huyện', dict(O)),
 ('đạt 33,5%', '33,5%', 'level', '%', dict()),
 ('1,2 điểm phần trăm', '1,2 điểm phần trăm', 'change', 'điểm %', dict(UP, **B21)),
 ('đạt 24,2%', '24,2%', 'level', '%', dict()),
 ('tham gia 32 giải', '32', 'level', 'giải', dict(O)),
 ('giành 96 huy chương', '96', 'level', 'huy chương', dict(O)),
 ('gồm 21 huy chương', '21', 'level', 'huy chương', dict(O)),
 ('30 huy chương bạc', '30', 'level', 'huy chương', dict(O)),
 ('45 huy chương đồng', '45', 'level', 'huy chương', dict(O)),
 ('vượt 12 huy chương', '12', 'change', 'huy chương', dict(O, direction='up', base='target')),
 ('khoảng 1,15 triệu lượt', '1,15 triệu', 'level', 'lượt khách', dict(TA, bound='about')),
 ('gấp 2,3 lần', '2,3 lần', 'change', 'lần', dict(TA, **UP, **B21)),
 ('đạt 104,5% kế hoạch', '104,5%', 'attainment', '%', dict(TA, base='target')),
 ('đạt 12.400 lượt', '12.400', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('ước đạt 1.020 tỷ đồng', '1.020 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', modality='estimate')),
 ('tăng 86%', '86%', 'change', '%', dict(indicator='tourism_revenue', modality='estimate', **UP, **B21)),
 ('từ 86% trở lên', '86%', 'level', '%', dict(T, bound='at_least')),
 ('thường xuyên: 35%', '35%', 'level', '%', dict(T)),
 ('1,3 triệu lượt', '1,3 triệu', 'level', 'lượt', dict(T, **TA)),
 ('quốc tế 20.000 lượt', '20.000', 'level', 'lượt', dict(T, indicator='international_tourist_arrivals')),
 ('từ 90 - 100 huy chương', '90 - 100', 'level', 'huy chương', dict(O)),
]
