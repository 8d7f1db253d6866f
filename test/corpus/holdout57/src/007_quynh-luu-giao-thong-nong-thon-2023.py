TEXT = '''
Báo Nghệ An
Thứ Ba, 26/12/2023 - 15:10
Thời sự | Kinh tế | Xã hội | Nông thôn mới

Quỳnh Lưu: Năm 2023 cứng hóa 86,4 km đường giao thông nông thôn

(Baonghean.vn) - Năm 2023, huyện Quỳnh Lưu đã bê tông hóa, cứng hóa 86,4 km đường giao thông nông thôn, đạt 108% kế hoạch; tổng kinh phí 128,6 tỷ đồng, trong đó nhân dân đóng góp 41,2 tỷ đồng và hiến 23.500 m2 đất. Đây là năm thứ ba liên tiếp huyện vượt kế hoạch làm đường giao thông.

Vượt kế hoạch đường trục xã, trục thôn

Theo Phòng Kinh tế - Hạ tầng huyện, cụ thể: đường trục xã, liên xã 21,6 km/KH 20 km; đường trục thôn, xóm 48,3 km/KH 45 km; đường ngõ xóm 16,5 km, bằng 94% kế hoạch. Nhiều xã làm tốt như Quỳnh Thạch, Quỳnh Văn, Quỳnh Hưng với số km cứng hóa lần lượt là 6,8 km, 5,9 km và 5,2 km.

Huyện áp dụng cơ chế hỗ trợ xi măng theo Nghị quyết của HĐND huyện: đường trục xã 550 tấn/km, đường trục thôn 400 tấn/km, đường ngõ xóm 250 tấn/km; năm 2023 đã cấp 28.640 tấn xi măng cho các xã, tăng 3.120 tấn so với năm 2022.

Người dân xóm 5, xã Quỳnh Thạch làm đường bê tông. Ảnh: Thanh Phúc

Ông Hồ Văn Minh (68 tuổi, xóm 5, xã Quỳnh Thạch) cho biết gia đình ông hiến 320 m2 đất vườn và góp 12 ngày công để mở rộng đường xóm lên 5 m: “Đường rộng thì xe vào tận nhà, bán được nông sản, ai cũng vui”.

Đến nay, toàn huyện có 1.246/1.410 km đường giao thông nông thôn được cứng hóa, đạt 88,4%; 28/32 xã đạt tiêu chí giao thông theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021 - 2025.

Điện, nước sinh hoạt cơ bản đáp ứng nhu cầu

Tỷ lệ hộ sử dụng điện lưới quốc gia của huyện đạt 100%; điện thương phẩm năm 2023 ước đạt 312 triệu kWh, tăng 7,8% so với năm 2022. Tỷ lệ hộ dân sử dụng nước hợp vệ sinh đạt 98,7%, trong đó nước sạch đạt 65,2%, tăng 4,5 điểm phần trăm so với năm 2022. Công trình cấp nước sạch liên xã Quỳnh Thuận, Quỳnh Long công suất 4.000 m3/ngày đêm đã đưa vào sử dụng từ tháng 9, cấp nước cho khoảng 6.200 hộ.

Đô thị, hạ tầng từng bước đồng bộ

Năm 2023, tổng kế hoạch vốn đầu tư công của huyện là 412,5 tỷ đồng; đến ngày 15/12 đã giải ngân 356,8 tỷ đồng, đạt 86,5% kế hoạch. Trong năm, huyện cấp 214 giấy phép xây dựng nhà ở riêng lẻ, tăng 18 giấy phép so với năm trước; tỷ lệ đô thị hóa của huyện đạt 12,6%. Thị trấn Cầu Giát đang hoàn thiện hồ sơ đề nghị công nhận đạt tiêu chí đô thị loại IV.

Giải phóng mặt bằng đường ven biển

Đối với dự án đường ven biển Nghi Sơn - Cửa Lò đoạn qua huyện, đến ngày 15/12, địa phương đã bàn giao 96,8/102,4 ha mặt bằng, đạt 94,5%; còn 38 hộ chưa nhận tiền bồi thường, trong đó xã Quỳnh Lập 21 hộ. Huyện đã chi trả 186,4 tỷ đồng tiền bồi thường, hỗ trợ và bố trí 142 lô đất tái định cư.

Năm 2024, huyện phấn đấu cứng hóa thêm 70 - 75 km đường giao thông nông thôn, nâng tỷ lệ cứng hóa lên trên 92%; tỷ lệ hộ dùng nước sạch đạt 68% trở lên; hoàn thành giải phóng mặt bằng đường ven biển trước ngày 30/6/2024.

Chủ tịch UBND huyện Quỳnh Lưu Nguyễn Văn Hội cho biết: “Huyện sẽ tiếp tục duy trì cơ chế hỗ trợ xi măng, phấn đấu đến năm 2025 có 100% xã đạt tiêu chí giao thông”.

Thanh Phúc

Tin liên quan:
- Nghệ An: Hơn 1.000 km đường giao thông nông thôn được cứng hóa trong năm 2023
- Quỳnh Lưu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao
- Hoàn thành cầu Quỳnh Nghĩa trên tuyến đường ven biển

Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An. Giấy phép số 148/GP-BTTTT. Địa chỉ: Số 3 Nguyễn Thị Minh Khai, TP. Vinh. Điện thoại: 0238.3844.990
'''
META = {'published': '2023-12-26', 'locality': 'huyện Quỳnh Lưu'}
DEFAULTS = {'locality': 'huyện Quỳnh Lưu', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
T = {'modality': 'target'}
T24 = {'modality': 'target', 'period': '2024'}
E = {'modality': 'estimate'}
W = {'indicator': 'clean_water_rate'}
M12 = {'period': '2023-M12'}
FIGS = [
 ('là 412,5 tỷ đồng', '412,5 tỷ đồng', 'level', 'VND', d(T, indicator='public_investment_disbursement')),
 ('giải ngân 356,8 tỷ đồng', '356,8 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('đạt 86,5% kế hoạch', '86,5%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('cấp 214 giấy phép', '214', 'level', 'giấy phép', d()),
 ('tăng 18 giấy phép', '18', 'change', 'giấy phép', d(direction='up', base='2022')),
 ('huyện đạt 12,6%', '12,6%', 'level', '%', d(indicator='urbanization_rate')),
 ('cứng hóa 86,4 km đường giao thông nông thôn\n', '86,4 km', 'level', 'km', d()),
 ('hóa 86,4 km đường giao thông nông thôn, đạt', '86,4 km', 'level', 'km', d()),
 ('đạt 108% kế hoạch', '108%', 'attainment', '%', d(base='target')),
 ('phí 128,6 tỷ đồng', '128,6 tỷ đồng', 'level', 'VND', d()),
 ('góp 41,2 tỷ đồng', '41,2 tỷ đồng', 'level', 'VND', d()),
 ('hiến 23.500 m2', '23.500 m2', 'level', 'm2', d()),
 ('xã 21,6 km', '21,6 km', 'level', 'km', d()),
 ('KH 20 km', '20 km', 'level', 'km', d(T)),
 ('xóm 48,3 km', '48,3 km', 'level', 'km', d()),
 ('KH 45 km', '45 km', 'level', 'km', d(T)),
 ('xóm 16,5 km', '16,5 km', 'level', 'km', d()),
 ('bằng 94% kế hoạch', '94%', 'attainment', '%', d(base='target')),
 ('là 6,8 km', '6,8 km', 'level', 'km', d(locality='xã Quỳnh Thạch')),
 ('5,9 km', '5,9 km', 'level', 'km', d(locality='xã Quỳnh Văn')),
 ('và 5,2 km', '5,2 km', 'level', 'km', d(locality='xã Quỳnh Hưng')),
 ('xã 550 tấn/km', '550 tấn/km', 'level', 'tấn/km', d(OPT)),
 ('thôn 400 tấn/km', '400 tấn/km', 'level', 'tấn/km', d(OPT)),
 ('xóm 250 tấn/km', '250 tấn/km', 'level', 'tấn/km', d(OPT)),
 ('cấp 28.640 tấn', '28.640 tấn', 'level', 'tấn', d()),
 ('tăng 3.120 tấn', '3.120 tấn', 'change', 'tấn', d(direction='up', base='2022')),
 ('1.246/1.410 km', '1.246/1.410 km', 'ratio', 'km', d()),
 ('đạt 88,4%', '88,4%', 'level', '%', d()),
 ('28/32 xã', '28/32', 'ratio', 'xã', d()),
 ('huyện đạt 100%', '100%', 'level', '%', d()),
 ('đạt 312 triệu kWh', '312 triệu kWh', 'level', 'kWh', d(E)),
 ('tăng 7,8%', '7,8%', 'change', '%', d(E, direction='up', base='2022')),
 ('đạt 98,7%', '98,7%', 'level', '%', d(W)),
 ('nước sạch đạt 65,2%', '65,2%', 'level', '%', d(W)),
 ('tăng 4,5 điểm phần trăm', '4,5 điểm phần trăm', 'change', 'điểm %', d(W, direction='up', base='2022')),
 ('suất 4.000 m3/ngày đêm', '4.000 m3/ngày đêm', 'level', 'm3/ngày đêm', d(OPT)),
 ('khoảng 6.200 hộ', '6.200', 'level', 'hộ', d(bound='about')),
 ('96,8/102,4 ha', '96,8/102,4 ha', 'ratio', 'ha', d(M12)),
 ('đạt 94,5%', '94,5%', 'level', '%', d(M12)),
 ('còn 38 hộ', '38', 'level', 'hộ', d(M12)),
 ('Quỳnh Lập 21 hộ', '21', 'level', 'hộ', d(M12, locality='xã Quỳnh Lập')),
 ('trả 186,4 tỷ đồng', '186,4 tỷ đồng', 'level', 'VND', d(M12)),
 ('trí 142 lô đất', '142', 'level', 'lô đất', d(M12)),
 ('thêm 70 - 75 km', '70 - 75 km', 'level', 'km', d(T24)),
 ('trên 92%', '92%', 'level', '%', d(T24, direction='up', bound='over')),
 ('đạt 68% trở lên', '68%', 'level', '%', d(W, T24, bound='at_least')),
 ('có 100% xã', '100%', 'level', '%', d(T, period='2025')),
]
