# Tỉnh Lâm Đồng (before the 2025 merger), Festival Hoa Đà Lạt lần thứ 10, its main days 7 - 11/12/2024. The stretch
# lies inside December, so its tallies take '2024-M12' (holdout23's rule). Figures are thành phố Đà Lạt's unless the
# sentence names the province. "so với Festival Hoa lần thứ 9 năm 2022" compares the same event one edition earlier:
# `same_period`, as a holiday of an earlier year is. The festival's own furniture (edition, the opening show's
# performers and flowers, the 500 m flower painting, stalls, memoranda) is no figure or optional.
TEXT = '''
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị | Kinh tế | Du lịch | Văn hóa | Xã hội | Đà Lạt 130 năm
Thứ Năm, 12/12/2024 - 08:40

Festival Hoa Đà Lạt lần thứ 10: Đà Lạt đón hơn 520.000 lượt khách trong 5 ngày cao điểm

LĐĐT - Trong 5 ngày diễn ra các hoạt động chính của Festival Hoa Đà Lạt lần thứ 10 (từ ngày 7 đến 11/12/2024), thành phố Đà Lạt đón khoảng 524.000 lượt khách, tăng 18,6% so với Festival Hoa lần thứ 9 năm 2022; doanh thu du lịch ước đạt 1.480 tỷ đồng.

Festival năm nay có chủ đề "Đà Lạt - Kết tinh kỳ diệu đất trời", nối tiếp dịp kỷ niệm 130 năm hình thành và phát triển Đà Lạt (1893 - 2023), đánh dấu 20 năm kể từ lần đầu tổ chức festival hoa. Lễ khai mạc diễn ra lúc 20h ngày 7/12 tại Quảng trường Lâm Viên với khoảng 1.200 nghệ sĩ, diễn viên tham gia.

Bức tranh hoa dài 500 m trên đường 3 Tháng 2 thu hút du khách chụp ảnh. Ảnh: Võ Trang

Công suất phòng trên 80%

Theo Sở Văn hóa, Thể thao và Du lịch, công suất sử dụng phòng của 2.650 cơ sở lưu trú tại Đà Lạt đạt bình quân 82%; riêng hai đêm 7 và 8/12 đạt trên 95%. Giá phòng khách sạn khu trung tâm tăng 20 - 30% so với ngày thường nhưng không có tình trạng "chặt chém". Lượng khách quốc tế ước đạt 38.500 lượt, chủ yếu đến từ Hàn Quốc, Thái Lan và Trung Quốc.

Tính chung toàn tỉnh Lâm Đồng, trong 5 ngày festival đón 786.000 lượt khách, trong đó 61.000 lượt khách quốc tế; tổng thu từ du lịch ước đạt 2.240 tỷ đồng, tăng 21,3% so với cùng kỳ.

Trên địa bàn tỉnh, Cảng hàng không Liên Khương khai thác 218 chuyến bay với 36.400 lượt hành khách, tăng 12% so với tuần trước festival.

Hội chợ, xúc tiến đầu tư

Hội chợ thương mại - du lịch tại khu vực hồ Xuân Hương quy tụ 320 gian hàng của 210 doanh nghiệp, doanh thu bán hàng đạt khoảng 42 tỷ đồng. Tại hội nghị xúc tiến đầu tư ngành hoa, thành phố và các nhà đầu tư ký 12 biên bản ghi nhớ với tổng vốn đăng ký 8.600 tỷ đồng.

Hiện Đà Lạt có 3.520 ha hoa, sản lượng năm 2024 ước đạt 3,2 tỷ cành, giá trị sản xuất bình quân 1,1 tỷ đồng/ha/năm. Ông Nguyễn Văn Bảy, chủ cơ sở hoa ở phường 11, cho biết dịp festival gia đình bán được 40.000 cành cúc, nhiều hơn tháng trước gần một nửa.

Ông Phạm S, Phó Chủ tịch UBND tỉnh Lâm Đồng, cho biết: "Năm 2024 tỉnh phấn đấu đón 10 triệu lượt khách. Đến hết tháng 11, Lâm Đồng đã đón 9,2 triệu lượt, đạt 92% kế hoạch; với festival và mùa cao điểm cuối năm, chắc chắn vượt mục tiêu".

Đường dây nóng du lịch Đà Lạt: 0263.3822.108 - 1900 1782.

VÕ TRANG - KHÁNH PHÚC

Từ khóa: Festival Hoa Đà Lạt, du lịch, Lâm Đồng

Đọc nhiều nhất
1. Đà Lạt xếp thứ 2 trong top 10 điểm đến được yêu thích nhất châu Á
2. 30.000 chậu hoa trang trí quanh hồ Xuân Hương
3. Chuỗi 40 hoạt động kéo dài đến tháng 1/2025

Cơ quan chủ quản: Tỉnh ủy Lâm Đồng | Số 38 Quang Trung, phường 9, thành phố Đà Lạt | ĐT: 0263.3822.450
'''
META = {'published': '2024-12-12', 'locality': 'thành phố Đà Lạt'}
DEFAULTS = {'locality': 'thành phố Đà Lạt', 'period': '2024-M12', 'modality': 'actual'}
U = {'direction': 'up'}
S = {'base': 'same_period'}
E = {'modality': 'estimate'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
LD = {'locality': 'tỉnh Lâm Đồng'}
Y24 = {'period': '2024'}
FIGS = [
 ('hơn 520.000 lượt khách', '520.000', 'level', 'lượt khách', dict(TA, bound='over')),
 ('khoảng 524.000 lượt khách', '524.000', 'level', 'lượt khách', dict(TA, bound='about')),
 ('tăng 18,6%', '18,6%', 'change', '%', dict(TA, **U, **S)),
 ('đạt 1.480 tỷ đồng', '1.480 tỷ đồng', 'level', 'VND', dict(TR, **E)),
 ('khoảng 1.200 nghệ sĩ', '1.200', 'level', 'nghệ sĩ', dict(optional=True)),
 ('Công suất phòng trên 80%', '80%', 'level', '%', dict(bound='over')),
 ('của 2.650 cơ sở', '2.650', 'level', 'cơ sở lưu trú', dict()),
 ('bình quân 82%', '82%', 'level', '%', dict()),
 ('trên 95%', '95%', 'level', '%', dict(bound='over')),
 ('tăng 20 - 30%', '20 - 30%', 'change', '%', dict(U)),
 ('đạt 38.500 lượt', '38.500', 'level', 'lượt', dict(ITA, **E)),
 ('đón 786.000 lượt khách', '786.000', 'level', 'lượt khách', dict(TA, **LD)),
 ('đó 61.000 lượt khách', '61.000', 'level', 'lượt khách', dict(ITA, **LD)),
 ('đạt 2.240 tỷ đồng', '2.240 tỷ đồng', 'level', 'VND', dict(TR, **LD, **E)),
 ('tăng 21,3%', '21,3%', 'change', '%', dict(TR, **LD, **E, **U, **S)),
 ('thác 218 chuyến', '218', 'level', 'chuyến bay', dict(LD)),
 ('với 36.400 lượt', '36.400', 'level', 'lượt hành khách', dict(LD)),
 ('tăng 12%', '12%', 'change', '%', dict(LD, **U, base='previous_period')),
 ('tụ 320 gian hàng', '320', 'level', 'gian hàng', dict(optional=True)),
 ('của 210 doanh nghiệp', '210', 'level', 'doanh nghiệp', dict(optional=True)),
 ('khoảng 42 tỷ đồng', '42 tỷ đồng', 'level', 'VND', dict(bound='about')),
 ('ký 12 biên bản', '12', 'level', 'biên bản', dict(optional=True)),
 ('ký 8.600 tỷ đồng', '8.600 tỷ đồng', 'level', 'VND', dict()),
 ('có 3.520 ha', '3.520 ha', 'level', 'ha', dict(Y24)),
 ('đạt 3,2 tỷ cành', '3,2 tỷ', 'level', 'cành', dict(Y24, **E)),
 ('quân 1,1 tỷ đồng/ha/năm', '1,1 tỷ đồng/ha/năm', 'level', 'VND/ha/năm', dict(Y24, **E)),
 ('đón 10 triệu lượt khách', '10 triệu', 'level', 'lượt khách', dict(TA, **LD, modality='target', period='2024')),
 ('đón 9,2 triệu lượt', '9,2 triệu', 'level', 'lượt', dict(TA, **LD, period='2024-11M')),
 ('đạt 92% kế hoạch', '92%', 'attainment', '%', dict(TA, **LD, period='2024-11M', base='target')),
]
