NFD = True
TEXT = '''
BÁO TRÀ VINH ĐIỆN TỬ
Trang chủ > Kinh tế > Nông nghiệp - Nông thôn
18/04/2024 | 14:20

Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 71,8%

(TV) - Theo Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Trà Vinh, tính đến cuối tháng 3/2024, tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt chuẩn của tỉnh đạt 71,8%, tăng 2,3 điểm phần trăm so với cùng kỳ; tỷ lệ sử dụng nước hợp vệ sinh đạt 99,6%.

Toàn tỉnh hiện có 148 công trình cấp nước tập trung nông thôn với tổng công suất thiết kế 92.400 m3/ngày đêm, cung cấp nước cho khoảng 186.500 hộ. Các huyện có tỷ lệ thấp nhất là Trà Cú, Cầu Ngang và Châu Thành, lần lượt đạt 58,2%, 61,4% và 63,9%.

Trong quý I, trung tâm đã lắp đặt mới 3.240 đồng hồ nước, đạt 27% kế hoạch năm (12.000 đồng hồ); sản lượng nước sản xuất đạt 7,6 triệu m3, tăng 9,1% so với cùng kỳ năm 2023. Giá nước sạch nông thôn hiện áp dụng từ 6.300 - 8.500 đồng/m3 tùy khu vực.

Người dân xã Long Khánh, huyện Duyên Hải nhận nước sạch từ xe bồn. Ảnh: Hữu Thịnh

Mùa khô 2023 - 2024, ranh mặn 4‰ xâm nhập sâu 45 - 50 km trên sông Cổ Chiên và sông Hậu, khiến khoảng 2.150 hộ ở các xã ven biển huyện Cầu Ngang và Duyên Hải thiếu nước sinh hoạt cục bộ, giảm 38% so với mùa khô năm trước. Để ứng phó, tỉnh đã chở nước miễn phí 4.860 m3 cho người dân; khoan mới 22 giếng và cấp 640 bồn chứa nước cho hộ nghèo, hộ cận nghèo.

Giai đoạn 2021 - 2025, tỉnh đã đầu tư nâng cấp, mở rộng 36 công trình với tổng vốn 468 tỷ đồng, tăng thêm công suất 21.600 m3/ngày đêm. Năm 2024, tỉnh phấn đấu nâng tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt chuẩn lên 73,5%; đến năm 2025 đạt 75% và đến năm 2030 trên 85%.

Hữu Thịnh

Bài liên quan:
- Trà Vinh: Chủ động phòng, chống hạn mặn mùa khô 2023 - 2024
- Khánh thành công trình cấp nước xã Hàm Giang công suất 1.200 m3/ngày đêm

Đường dây nóng: 0294.3862.545
'''
META = {'published': '2024-04-18', 'locality': 'tỉnh Trà Vinh'}
DEFAULTS = {'locality': 'tỉnh Trà Vinh', 'period': '2024-M03', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
T = {'modality': 'target'}
W = {'indicator': 'clean_water_rate'}
Q1 = {'period': '2024-Q1'}
DS = {'period': '2023/2024'}
FIGS = [
 ('nước sạch đạt 71,8%\n', '71,8%', 'level', '%', d(W)),
 ('của tỉnh đạt 71,8%', '71,8%', 'level', '%', d(W)),
 ('tăng 2,3 điểm phần trăm', '2,3 điểm phần trăm', 'change', 'điểm %', d(W, direction='up', base='same_period')),
 ('đạt 99,6%', '99,6%', 'level', '%', d(W)),
 ('có 148 công trình', '148', 'level', 'công trình', d(OPT)),
 ('92.400 m3/ngày đêm', '92.400 m3/ngày đêm', 'level', 'm3/ngày đêm', d(OPT)),
 ('khoảng 186.500 hộ', '186.500', 'level', 'hộ', d(bound='about')),
 ('đạt 58,2%', '58,2%', 'level', '%', d(W, locality='huyện Trà Cú')),
 ('61,4% và', '61,4%', 'level', '%', d(W, locality='huyện Cầu Ngang')),
 ('và 63,9%', '63,9%', 'level', '%', d(W, locality='huyện Châu Thành')),
 ('mới 3.240 đồng hồ', '3.240', 'level', 'đồng hồ', d(Q1)),
 ('đạt 27% kế hoạch', '27%', 'attainment', '%', d(Q1, base='target')),
 ('(12.000 đồng hồ)', '12.000', 'level', 'đồng hồ', d(T, period='2024')),
 ('đạt 7,6 triệu m3', '7,6 triệu m3', 'level', 'm3', d(Q1)),
 ('tăng 9,1%', '9,1%', 'change', '%', d(Q1, direction='up', base='same_period')),
 ('từ 6.300 - 8.500 đồng/m3', '6.300 - 8.500 đồng/m3', 'level', 'VND/m3', d(OPT)),
 ('sâu 45 - 50 km', '45 - 50 km', 'level', 'km', d(DS)),
 ('khoảng 2.150 hộ', '2.150', 'level', 'hộ', d(DS, bound='about')),
 ('giảm 38%', '38%', 'change', '%', d(DS, direction='down', base='same_period')),
 ('miễn phí 4.860 m3', '4.860 m3', 'level', 'm3', d(DS)),
 ('mới 22 giếng', '22', 'level', 'giếng', d(OPT)),
 ('cấp 640 bồn', '640', 'level', 'bồn', d(DS)),
 ('rộng 36 công trình', '36', 'level', 'công trình', d(OPT)),
 ('vốn 468 tỷ đồng', '468 tỷ đồng', 'level', 'VND', d(period='2021/2025')),
 ('21.600 m3/ngày đêm', '21.600 m3/ngày đêm', 'level', 'm3/ngày đêm', d(OPT)),
 ('lên 73,5%', '73,5%', 'level', '%', d(W, T, period='2024', direction='up')),
 ('đạt 75%', '75%', 'level', '%', d(W, T, period='2025')),
 ('trên 85%', '85%', 'level', '%', d(W, T, period='2030', bound='over')),
]
