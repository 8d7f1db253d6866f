TEXT = '''
BÁO ĐỒNG THÁP ĐIỆN TỬ
Thứ Ba, 14/07/2026 - 09:05
Kinh tế | Nông nghiệp

Đồng Tháp thu hoạch 42% diện tích lúa Hè Thu, năng suất ước đạt 58,6 tạ/ha

(ĐTO) - Những ngày này, nông dân khắp các xã phía Bắc và phía Tây của tỉnh đang khẩn trương thu hoạch lúa Hè Thu 2026. Năm nay lúa được mùa, giá lúa ổn định ở mức khá nên người trồng lúa có lãi.

Theo Sở Nông nghiệp và Môi trường, vụ Hè Thu 2026 toàn tỉnh xuống giống 232.500 ha, đạt 100,8% kế hoạch, giảm 3.400 ha so với vụ Hè Thu 2025 do một phần diện tích chuyển sang trồng cây ăn trái. Năng suất bình quân các trà lúa đã thu hoạch ước đạt 58,6 tạ/ha, tăng 1,3 tạ/ha so với vụ Hè Thu năm trước; sản lượng cả vụ ước đạt 1,36 triệu tấn.

Tính đến ngày 10/7, toàn tỉnh đã thu hoạch 97.650 ha, chiếm 42% diện tích xuống giống. Các xã Tháp Mười, Mỹ Thọ và Thanh Bình có diện tích thu hoạch lớn nhất, lần lượt là 6.850 ha, 5.920 ha và 5.400 ha. Khoảng 2.150 ha lúa giai đoạn trổ - chín bị nhiễm rầy nâu, giảm 860 ha so với cùng kỳ.

Máy gặt đập liên hợp thu hoạch lúa Hè Thu tại xã Tháp Mười. Ảnh: Hữu Nghĩa

Giá lúa tươi thu mua tại ruộng (ngày 13/7):
- OM 18: 6.900 - 7.100 đồng/kg;
- Đài Thơm 8: 7.200 - 7.400 đồng/kg;
- IR 50404: 6.300 - 6.500 đồng/kg.

So với tuần trước, giá lúa các loại tăng 200 - 300 đồng/kg. Với giá này, sau khi trừ chi phí, nông dân lãi từ 22 - 27 triệu đồng/ha, tỷ suất lợi nhuận 35 - 40%.

Ông Nguyễn Văn Út (ấp 3, xã Mỹ Thọ) cho biết, gia đình ông có 4 ha lúa Đài Thơm 8, năng suất 6,5 tấn/ha, bán được 7.300 đồng/kg, lãi hơn 110 triệu đồng.

6 tháng đầu năm 2026, kim ngạch xuất khẩu gạo của tỉnh đạt 412 triệu USD, tăng 8,6% so với cùng kỳ. Theo kế hoạch, vụ Thu Đông 2026 toàn tỉnh sẽ xuống giống 165.000 ha; Sở khuyến cáo nông dân xuống giống tập trung, né rầy theo lịch thời vụ.

Hữu Nghĩa

Tin liên quan
- Giá lúa gạo hôm nay 13/7/2026: Lúa tươi tăng nhẹ (13/07/2026)
- Đồng Tháp: Phát triển 120.000 ha vùng nguyên liệu lúa chất lượng cao (10/07/2026)
- Xã Tân Hồng đối thoại với nông dân về cánh đồng lớn (08/07/2026)

Báo Đồng Tháp - Số 12 Đường 30/4, phường Cao Lãnh, tỉnh Đồng Tháp. ĐT: 0277.3851.429. Lượt xem: 2.317
'''
META = {'published': '2026-07-14', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2026', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2026', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M7 = {'period': '2026-7M'}
MO = {'period': '2026-M07'}
CA = {'indicator': 'crop_area'}
FIGS = [
 ('thu hoạch 42% diện tích', '42%', 'level', '%', d()),
 ('ước đạt 58,6 tạ/ha\n', '58,6 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('giống 232.500 ha', '232.500 ha', 'level', 'ha', d(CA)),
 ('đạt 100,8% kế hoạch', '100,8%', 'attainment', '%', d(CA, base='target')),
 ('giảm 3.400 ha', '3.400 ha', 'change', 'ha', d(CA, D, base='same_period')),
 ('ước đạt 58,6 tạ/ha, tăng', '58,6 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('tăng 1,3 tạ/ha', '1,3 tạ/ha', 'change', 'tạ/ha', d(E, U, base='same_period')),
 ('ước đạt 1,36 triệu tấn', '1,36 triệu tấn', 'level', 'tấn', d(E, indicator='rice_output')),
 ('thu hoạch 97.650 ha', '97.650 ha', 'level', 'ha', d(M7)),
 ('chiếm 42%', '42%', 'level', '%', d(M7)),
 ('lần lượt là 6.850 ha', '6.850 ha', 'level', 'ha', d(M7, locality='xã Tháp Mười')),
 (', 5.920 ha', '5.920 ha', 'level', 'ha', d(M7, locality='xã Mỹ Thọ')),
 ('và 5.400 ha', '5.400 ha', 'level', 'ha', d(M7, locality='xã Thanh Bình')),
 ('Khoảng 2.150 ha', '2.150 ha', 'level', 'ha', d(MO, bound='about')),
 ('giảm 860 ha', '860 ha', 'change', 'ha', d(MO, D, base='same_period')),
 ('OM 18: 6.900 - 7.100 đồng/kg', '6.900 - 7.100 đồng/kg', 'level', 'VND/kg', d(MO)),
 ('Đài Thơm 8: 7.200 - 7.400 đồng/kg', '7.200 - 7.400 đồng/kg', 'level', 'VND/kg', d(MO)),
 ('IR 50404: 6.300 - 6.500 đồng/kg', '6.300 - 6.500 đồng/kg', 'level', 'VND/kg', d(MO)),
 ('tăng 200 - 300 đồng/kg', '200 - 300 đồng/kg', 'change', 'VND/kg', d(U, base='previous_period')),
 ('từ 22 - 27 triệu đồng/ha', '22 - 27 triệu đồng/ha', 'level', 'VND/ha', d()),
 ('lợi nhuận 35 - 40%', '35 - 40%', 'level', '%', d()),
 ('đạt 412 triệu USD', '412 triệu USD', 'level', 'USD', d(period='2026-H1', indicator='export_value')),
 ('tăng 8,6% so với cùng kỳ', '8,6%', 'change', '%', d(U, period='2026-H1', indicator='export_value', base='same_period')),
 ('giống 165.000 ha', '165.000 ha', 'level', 'ha', d(T, CA)),
]
