TEXT = '''
BÁO KHÁNH HÒA ĐIỆN TỬ
Thứ Sáu, 22/12/2023 06:00 (GMT+07:00)
Du lịch | Phỏng vấn

Du lịch Khánh Hòa năm 2023: Đón hơn 7,1 triệu lượt khách lưu trú

(BKH) - Năm 2023, du lịch Khánh Hòa phục hồi ấn tượng, nhiều chỉ tiêu vượt kế hoạch. Phóng viên Báo Khánh Hòa đã phỏng vấn ông Nguyễn Văn Nhân - Giám đốc Sở Du lịch về kết quả này.

Một số con số nổi bật năm 2023:
- Tổng lượt khách lưu trú: 7,12 triệu lượt, tăng 72% so với năm 2022;
- Khách quốc tế: 2,12 triệu lượt, gấp 4,6 lần năm 2022;
- Tổng doanh thu du lịch: 37.500 tỷ đồng, tăng 87%;
- Công suất phòng bình quân: 62%.

- PV: Thưa ông, năm 2023 du lịch Khánh Hòa đã đạt được những kết quả gì nổi bật?

- Ông Nguyễn Văn Nhân: Năm 2023, toàn tỉnh đón 7,12 triệu lượt khách lưu trú, vượt 13% kế hoạch năm; trong đó khách quốc tế đạt 2,12 triệu lượt, bằng 60% so với năm 2019 - thời điểm trước dịch. Riêng tháng 11, khách quốc tế đạt 246.000 lượt, cao nhất từ đầu năm. Thị trường Hàn Quốc dẫn đầu với khoảng 1,06 triệu lượt, chiếm gần 50% khách quốc tế; khách Trung Quốc sau khi mở lại đạt 410.000 lượt.

Năm 2023, cả nước đón 12,6 triệu lượt khách quốc tế; Khánh Hòa chiếm khoảng 16,8%.

- PV: Hạ tầng lưu trú đáp ứng ra sao, thưa ông?

- Ông Nguyễn Văn Nhân: Toàn tỉnh hiện có 1.320 cơ sở lưu trú với hơn 52.000 phòng, trong đó 186 khách sạn từ 3 - 5 sao. Thành phố Nha Trang chiếm khoảng 85% số phòng. Sân bay quốc tế Cam Ranh hiện khai thác 14 đường bay quốc tế với khoảng 420 chuyến mỗi tuần.

- PV: Mục tiêu năm 2024 của ngành là gì?

- Ông Nguyễn Văn Nhân: Năm 2024, ngành phấn đấu:
+ Đón 8,5 triệu lượt khách lưu trú, trong đó 3 triệu lượt khách quốc tế;
+ Tổng doanh thu du lịch đạt 45.000 - 48.000 tỷ đồng;
+ Công suất phòng bình quân đạt trên 65%.

Tôi nhớ hồi năm 2020, có tuần cả khách sạn 200 phòng của một người bạn chỉ đón 3 khách. Giờ thì khác hẳn.

- PV: Xin cảm ơn ông!

Du khách tắm biển tại Nha Trang. Ảnh: NHÂN TÂM

VĨNH THÀNH (Thực hiện)

Tin cùng chuyên mục:
- Khánh Hòa: 11 tháng đón 1,9 triệu lượt khách quốc tế
- Festival Biển Nha Trang lần thứ X năm 2023
- Mở đường bay Nha Trang - Busan từ ngày 15/12

Báo Khánh Hòa - Cơ quan của Đảng bộ tỉnh Khánh Hòa. Giấy phép số 279/GP-BTTTT. ĐT: (0258) 3822153. Hotline: 0913.421.229
'''
META = {'published': '2023-12-22', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
K = {'modality': 'target', 'period': '2024'}
U = {'direction': 'up'}
B22 = {'base': '2022'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
FIGS = [
 ('hơn 7,1 triệu', '7,1 triệu', 'level', 'lượt khách', d(TA, bound='over')),
 ('trú: 7,12 triệu lượt', '7,12 triệu', 'level', 'lượt', d(TA)),
 ('tăng 72%', '72%', 'change', '%', d(U, B22, TA)),
 ('tế: 2,12 triệu lượt', '2,12 triệu', 'level', 'lượt', d(ITA)),
 ('gấp 4,6 lần', '4,6 lần', 'change', 'lần', d(U, B22, ITA)),
 ('lịch: 37.500 tỷ đồng', '37.500 tỷ đồng', 'level', 'VND', d(TR)),
 ('tăng 87%', '87%', 'change', '%', d(U, TR)),
 ('quân: 62%', '62%', 'level', '%', d()),
 ('đón 7,12 triệu', '7,12 triệu', 'level', 'lượt khách', d(TA)),
 ('vượt 13% kế hoạch', '13%', 'change', '%', d(U, TA, base='target', status='exceeded')),
 ('đạt 2,12 triệu lượt', '2,12 triệu', 'level', 'lượt', d(ITA)),
 ('bằng 60%', '60%', 'attainment', '%', d(ITA, base='2019')),
 ('đạt 246.000 lượt', '246.000', 'level', 'lượt', d(ITA, period='2023-M11')),
 ('khoảng 1,06 triệu lượt', '1,06 triệu', 'level', 'lượt', d(bound='about')),
 ('gần 50%', '50%', 'level', '%', d(bound='nearly')),
 ('đạt 410.000 lượt', '410.000', 'level', 'lượt', d()),
 ('đón 12,6 triệu', '12,6 triệu', 'level', 'lượt khách', d(ITA, locality='cả nước')),
 ('khoảng 16,8%', '16,8%', 'level', '%', d(bound='about')),
 ('có 1.320 cơ sở', '1.320', 'level', 'cơ sở lưu trú', d()),
 ('hơn 52.000 phòng', '52.000', 'level', 'phòng', d(bound='over')),
 ('186 khách sạn', '186', 'level', 'khách sạn', d()),
 ('khoảng 85%', '85%', 'level', '%', d(locality='thành phố Nha Trang', bound='about')),
 ('thác 14 đường bay', '14', 'level', 'đường bay', d()),
 ('khoảng 420 chuyến', '420', 'level', 'chuyến/tuần', d(bound='about')),
 ('Đón 8,5 triệu', '8,5 triệu', 'level', 'lượt khách', d(K, TA)),
 ('đó 3 triệu lượt', '3 triệu', 'level', 'lượt khách', d(K, ITA)),
 ('đạt 45.000 - 48.000 tỷ đồng', '45.000 - 48.000 tỷ đồng', 'level', 'VND', d(K, TR)),
 ('trên 65%', '65%', 'level', '%', d(K, bound='over')),
]
