TEXT = '''
BÁO THỪA THIÊN HUẾ ONLINE
Kinh tế › Doanh nghiệp
Thứ Ba, 10/01/2023 07:30

Thừa Thiên Huế: 100% dân số đô thị được dùng nước sạch

TTH - Năm 2022, Công ty CP Cấp nước Thừa Thiên Huế (HUEWACO) tiếp tục mở rộng mạng lưới về vùng nông thôn, miền núi; tỷ lệ thất thoát nước giảm còn 11,6%, thấp hơn nhiều so với bình quân cả nước.

Theo báo cáo tại hội nghị tổng kết, năm 2022 HUEWACO sản xuất 62,4 triệu m3 nước, tăng 5,1% so với năm 2021; nước thương phẩm đạt 53,8 triệu m3. Doanh thu đạt 512 tỷ đồng, đạt 103,5% kế hoạch; lợi nhuận trước thuế 86 tỷ đồng. Giá nước sinh hoạt bình quân 9.800 đồng/m3, giữ ổn định từ năm 2019.

Tỷ lệ dân số đô thị được cung cấp nước sạch đạt 100%, dân số nông thôn đạt 97,8%, tăng 0,6 điểm phần trăm so với năm 2021. Hiện công ty quản lý 14 nhà máy nước với tổng công suất 265.000 m3/ngày đêm, mạng lưới đường ống dài hơn 4.800 km, phục vụ 262.500 khách hàng.

Tại huyện A Lưới, tỷ lệ hộ dân được sử dụng nước sạch mới đạt 72,4%, thấp nhất tỉnh; trong năm, công ty đầu tư thêm 18 km đường ống, cấp nước cho 1.250 hộ ở các xã Hồng Thuỷ, Hồng Vân. Ở huyện Phú Vang, dự án cấp nước cho các xã vùng bãi ngang có tổng vốn 126 tỷ đồng đã hoàn thành 85% khối lượng.

[Ảnh] Công nhân Nhà máy nước Quảng Tế kiểm tra hệ thống lọc. Ảnh: Hữu Phúc

Ông Nguyễn Thanh, Chủ tịch HĐQT HUEWACO cho biết, nhờ thay 2.600 đồng hồ nước cũ và lắp 36 van giảm áp, lượng nước thất thoát giảm 1,2 triệu m3 so với năm trước.

Năm 2023, HUEWACO phấn đấu sản lượng nước sản xuất đạt 65 triệu m3, tỷ lệ thất thoát dưới 11%, doanh thu tăng 6 - 8%. Theo kế hoạch của UBND tỉnh, đến năm 2025, 100% hộ dân nông thôn được sử dụng nước sạch theo quy chuẩn; đến năm 2030, công suất cấp nước toàn tỉnh đạt 400.000 m3/ngày đêm.

Thanh Thuỷ

Tin khác:
- Thuỷ điện Hương Điền vận hành xả lũ đảm bảo an toàn (09/01/2023)
- Huế tăng 15% số chuyến xe buýt dịp Tết (08/01/2023)

Cơ quan chủ quản: Tỉnh uỷ Thừa Thiên Huế. Giấy phép số 08/GP-BTTTT. Điện thoại: 0234.3822.396
'''
META = {'published': '2023-01-10', 'locality': 'tỉnh Thừa Thiên Huế'}
DEFAULTS = {'locality': 'tỉnh Thừa Thiên Huế', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
DN = {'direction': 'down'}
CW = {'indicator': 'clean_water_rate'}
T23 = {'modality': 'target', 'period': '2023'}
AL = {'locality': 'huyện A Lưới'}
PV = {'locality': 'huyện Phú Vang'}
FIGS = [
 ('100% dân số đô thị được dùng', '100%', 'level', '%', d(CW)),
 ('còn 11,6%', '11,6%', 'level', '%', d(DN)),
 ('xuất 62,4 triệu m3', '62,4 triệu m3', 'level', 'm3', d()),
 ('tăng 5,1%', '5,1%', 'change', '%', d(U, base='2021')),
 ('đạt 53,8 triệu m3', '53,8 triệu m3', 'level', 'm3', d()),
 ('đạt 512 tỷ đồng', '512 tỷ đồng', 'level', 'VND', d()),
 ('đạt 103,5% kế hoạch', '103,5%', 'attainment', '%', d(base='target')),
 ('thuế 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', d()),
 ('9.800 đồng/m3', '9.800 đồng/m3', 'level', 'VND/m3', d()),
 ('nước sạch đạt 100%', '100%', 'level', '%', d(CW)),
 ('đạt 97,8%', '97,8%', 'level', '%', d(CW)),
 ('tăng 0,6 điểm phần trăm', '0,6 điểm phần trăm', 'change', 'điểm %', d(CW, U, base='2021')),
 ('lý 14 nhà máy', '14', 'level', 'nhà máy', d(optional=True)),
 ('265.000 m3/ngày đêm', '265.000 m3/ngày đêm', 'level', 'm3/ngày đêm', d()),
 ('hơn 4.800 km', '4.800 km', 'level', 'km', d(bound='over')),
 ('262.500 khách hàng', '262.500', 'level', 'khách hàng', d()),
 ('đạt 72,4%', '72,4%', 'level', '%', d(CW, AL)),
 ('thêm 18 km', '18 km', 'level', 'km', d(AL)),
 ('cho 1.250 hộ', '1.250', 'level', 'hộ', d(AL)),
 ('vốn 126 tỷ đồng', '126 tỷ đồng', 'level', 'VND', d(PV)),
 ('thành 85% khối lượng', '85%', 'level', '%', d(PV)),
 ('thay 2.600 đồng hồ', '2.600', 'level', 'đồng hồ nước', d()),
 ('lắp 36 van', '36', 'level', 'van giảm áp', d()),
 ('giảm 1,2 triệu m3', '1,2 triệu m3', 'change', 'm3', d(DN, base='2021')),
 ('đạt 65 triệu m3', '65 triệu m3', 'level', 'm3', d(T23)),
 ('dưới 11%', '11%', 'level', '%', d(T23, bound='under')),
 ('tăng 6 - 8%', '6 - 8%', 'change', '%', d(T23, U)),
 ('2025, 100% hộ dân', '100%', 'level', '%', d(CW, modality='target', period='2025')),
 ('đạt 400.000 m3/ngày đêm', '400.000 m3/ngày đêm', 'level', 'm3/ngày đêm', d(modality='target', period='2030')),
]
