TEXT = '''
Báo Nghệ An
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Nghệ An 24h
Thứ Tư, 03/04/2024 - 10:15

Kinh tế

Giá trị sản xuất nông, lâm, thủy sản quý I của Nghệ An ước tăng 3,52%

Quý I/2024, sản xuất nông nghiệp trên địa bàn tỉnh cơ bản thuận lợi; chăn nuôi phục hồi, dịch bệnh được kiểm soát; sản lượng thủy sản và gỗ rừng trồng khai thác đều tăng so với cùng kỳ.

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, giá trị sản xuất nông, lâm, thủy sản quý I/2024 ước tăng 3,52% so với cùng kỳ năm 2023.

Vụ Xuân 2024, toàn tỉnh đã gieo trồng được 152.800 ha, đạt 99,2% kế hoạch; trong đó lúa 90.150 ha, ngô 31.200 ha, lạc 12.400 ha. Hiện lúa đang ở giai đoạn đẻ nhánh rộ - làm đòng; có khoảng 3.200 ha lúa bị nhiễm bệnh đạo ôn lá, tăng 1.100 ha so với cùng kỳ, tập trung ở các huyện Yên Thành, Diễn Châu, Quỳnh Lưu.

Chăn nuôi phát triển ổn định. Đến cuối tháng 3/2024, tổng đàn trâu ước đạt 263.500 con, giảm 1,8%; đàn bò 507.600 con, tăng 1,2%; đàn lợn 1,08 triệu con, tăng 3,4%; đàn gia cầm 33,6 triệu con, tăng 4,1% so với cùng kỳ.

Dịch tả lợn châu Phi xảy ra tại 14 hộ thuộc 6 xã của 3 huyện Quỳnh Lưu, Yên Thành và Nghi Lộc; số lợn mắc bệnh buộc phải tiêu hủy là 186 con, trọng lượng 9.850 kg. Đợt tiêm phòng vụ Xuân đã tiêm được 1,25 triệu liều vắc xin các loại, đạt 78,6% kế hoạch.

Cán bộ thú y huyện Nghi Lộc tiêm phòng cho đàn gia súc. Ảnh: Xuân Hoàng

Tổng sản lượng thủy sản quý I ước đạt 47.320 tấn, tăng 3,1% so với cùng kỳ; trong đó khai thác 30.150 tấn, nuôi trồng 17.170 tấn. Toàn tỉnh trồng rừng tập trung được 4.250 ha, bằng 23,6% kế hoạch năm; sản lượng gỗ khai thác 312.000 m3, tăng 5,6%. Trong quý xảy ra 2 vụ cháy rừng, diện tích thiệt hại 3,2 ha.

Một số chỉ tiêu chủ yếu quý I/2024 so với cùng kỳ:

Chỉ tiêu | Quý I/2023 | Quý I/2024 | So cùng kỳ (%)
Sản lượng thủy sản (tấn) | 45.900 | 47.320 | 103,1
Trồng rừng tập trung (ha) | 3.980 | 4.250 | 106,8
Sản lượng gỗ khai thác (m3) | 295.500 | 312.000 | 105,6

Trong quý, tỉnh có thêm 12 sản phẩm được công nhận đạt chuẩn OCOP, nâng tổng số lên 612 sản phẩm. Huyện Nam Đàn được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới nâng cao theo Quyết định số 258/QĐ-TTg ngày 19/3/2024.

Năm 2024, ngành Nông nghiệp Nghệ An phấn đấu giá trị sản xuất nông, lâm, thủy sản tăng 3,5 - 4%, tỷ lệ che phủ rừng đạt 58,4%, có thêm 25 xã đạt chuẩn nông thôn mới.

Thành Cường

Tin cùng chuyên mục
- Nghệ An: Giá lợn hơi tăng lên 58.000 đồng/kg (01/04/2024)
- Quỳnh Lưu tập trung phòng chống dịch tả lợn châu Phi (28/03/2024)

Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An. Số 2 Hồ Tùng Mậu, TP Vinh. Điện thoại: 0238.3844.463
'''
META = {'published': '2024-04-03', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2024-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
AOV = {'indicator': 'agricultural_output_value'}
AQ = {'indicator': 'aquaculture_output'}
CA = {'indicator': 'crop_area', 'period': '2024'}
M3 = {'period': '2024-M03'}
Q23 = {'period': '2023-Q1'}
FIGS = [
 ('quý I của Nghệ An ước tăng 3,52%', '3,52%', 'change', '%', d(E, AOV, U)),
 ('ước tăng 3,52% so với cùng kỳ năm 2023', '3,52%', 'change', '%', d(E, AOV, U, SP)),
 ('được 152.800 ha', '152.800 ha', 'level', 'ha', d(CA)),
 ('đạt 99,2% kế hoạch', '99,2%', 'attainment', '%', d(CA, base='target')),
 ('lúa 90.150 ha', '90.150 ha', 'level', 'ha', d(CA)),
 ('ngô 31.200 ha', '31.200 ha', 'level', 'ha', d(CA)),
 ('lạc 12.400 ha', '12.400 ha', 'level', 'ha', d(CA)),
 ('khoảng 3.200 ha', '3.200 ha', 'level', 'ha', d(period='2024', bound='about')),
 ('tăng 1.100 ha', '1.100 ha', 'change', 'ha', d(U, SP, period='2024')),
 ('ước đạt 263.500 con', '263.500', 'level', 'con', d(M3, E)),
 ('giảm 1,8%', '1,8%', 'change', '%', d(M3, E, D, SP)),
 ('bò 507.600 con', '507.600', 'level', 'con', d(M3)),
 ('tăng 1,2%', '1,2%', 'change', '%', d(M3, U, SP)),
 ('lợn 1,08 triệu con', '1,08 triệu', 'level', 'con', d(M3, value=1080000)),
 ('tăng 3,4%', '3,4%', 'change', '%', d(M3, U, SP)),
 ('cầm 33,6 triệu con', '33,6 triệu', 'level', 'con', d(M3, value=33600000)),
 ('tăng 4,1% so với cùng kỳ', '4,1%', 'change', '%', d(M3, U, SP)),
 ('tại 14 hộ', '14', 'level', 'hộ', d(optional=True)),
 ('thuộc 6 xã', '6', 'level', 'xã', d(optional=True)),
 ('của 3 huyện', '3', 'level', 'huyện', d(optional=True)),
 ('là 186 con', '186', 'level', 'con', d()),
 ('trọng lượng 9.850 kg', '9.850 kg', 'level', 'kg', d()),
 ('được 1,25 triệu liều', '1,25 triệu', 'level', 'liều', d(value=1250000)),
 ('đạt 78,6% kế hoạch', '78,6%', 'attainment', '%', d(base='target')),
 ('ước đạt 47.320 tấn', '47.320 tấn', 'level', 'tấn', d(E, AQ)),
 ('tăng 3,1% so với cùng kỳ', '3,1%', 'change', '%', d(E, AQ, U, SP)),
 ('khai thác 30.150 tấn', '30.150 tấn', 'level', 'tấn', d(AQ)),
 ('nuôi trồng 17.170 tấn', '17.170 tấn', 'level', 'tấn', d(AQ)),
 ('được 4.250 ha', '4.250 ha', 'level', 'ha', d()),
 ('bằng 23,6% kế hoạch năm', '23,6%', 'attainment', '%', d(base='target')),
 ('khai thác 312.000 m3', '312.000 m3', 'level', 'm3', d()),
 ('tăng 5,6%', '5,6%', 'change', '%', d(U)),
 ('xảy ra 2 vụ cháy rừng', '2', 'level', 'vụ', d()),
 ('thiệt hại 3,2 ha', '3,2 ha', 'level', 'ha', d()),
 ('(tấn) | 45.900 |', '45.900', 'level', 'tấn', d(Q23, AQ)),
 ('| 47.320 |', '47.320', 'level', 'tấn', d(AQ)),
 ('| 103,1', '103,1', 'attainment', '%', d(AQ, SP)),
 ('(ha) | 3.980 |', '3.980', 'level', 'ha', d(Q23)),
 ('| 4.250 |', '4.250', 'level', 'ha', d()),
 ('| 106,8', '106,8', 'attainment', '%', d(SP)),
 ('(m3) | 295.500 |', '295.500', 'level', 'm3', d(Q23)),
 ('| 312.000 |', '312.000', 'level', 'm3', d()),
 ('| 105,6', '105,6', 'attainment', '%', d(SP)),
 ('thêm 12 sản phẩm', '12', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('lên 612 sản phẩm', '612', 'level', 'sản phẩm', d(U, indicator='ocop_products')),
 ('tăng 3,5 - 4%', '3,5 - 4%', 'change', '%', d(T, AOV, U)),
 ('đạt 58,4%', '58,4%', 'level', '%', d(T, indicator='forest_cover')),
 ('thêm 25 xã', '25', 'level', 'xã', d(T, indicator='new_rural_communes')),
]
