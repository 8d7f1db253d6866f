TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Văn bản | Hỏi đáp

Tin tức - Sự kiện > Chỉ đạo điều hành

25/03/2022 | 15:10 | Lượt xem: 2.136

UBND tỉnh ban hành Kế hoạch xây dựng nông thôn mới giai đoạn 2021 - 2025, định hướng đến năm 2030

Ngày 23/3/2022, Uỷ ban nhân dân tỉnh ban hành Kế hoạch số 68/KH-UBND thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Sơn La giai đoạn 2021 - 2025, định hướng đến năm 2030. Kế hoạch đặt mục tiêu đến năm 2025 toàn tỉnh có ít nhất 85/188 xã đạt chuẩn nông thôn mới.

Kết quả đạt được

Sau 10 năm thực hiện Chương trình giai đoạn 2011 - 2020 và năm đầu của giai đoạn mới, diện mạo nông thôn Sơn La có nhiều đổi thay. Hết năm 2021, toàn tỉnh có 56/188 xã đạt chuẩn nông thôn mới (chiếm 29,8%), trong đó 4 xã đạt chuẩn nông thôn mới nâng cao; bình quân đạt 13,2 tiêu chí/xã, tăng 5,6 tiêu chí so với năm 2011; còn 12 xã đạt dưới 10 tiêu chí, chủ yếu ở các huyện Sốp Cộp, Bắc Yên, Thuận Châu.

Thu nhập bình quân của người dân nông thôn năm 2021 đạt 30,2 triệu đồng/người/năm; tỷ lệ hộ nghèo đa chiều cuối năm 2021 là 21,12%; tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh đạt 92,4%. Hạ tầng thuỷ lợi, giao thông, điện, trường học và nhà văn hoá được đầu tư đồng bộ hơn, nhất là tại huyện Mộc Châu và huyện Mai Sơn.

Mục tiêu cụ thể đến năm 2025

- Số xã đạt chuẩn nông thôn mới: ít nhất 85/188 xã (chiếm 45,2%), trong đó 14 xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt chuẩn nông thôn mới kiểu mẫu;
- Bình quân toàn tỉnh đạt 15,5 tiêu chí/xã; không còn xã dưới 10 tiêu chí;
- Có 3 đơn vị cấp huyện đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng nông thôn mới (huyện Mộc Châu, thành phố Sơn La, huyện Mai Sơn);
- Thu nhập bình quân của người dân nông thôn: trên 45 triệu đồng/người/năm, gấp 1,5 lần năm 2020;
- Tỷ lệ hộ nghèo đa chiều giảm bình quân 3 - 4%/năm, riêng các huyện nghèo giảm trên 5%/năm;
- Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh: 98%, trong đó nước sạch đáp ứng quy chuẩn: 35%;
- Tỷ lệ trường học các cấp đạt chuẩn quốc gia: 55%;
- Tỷ lệ người dân tham gia bảo hiểm y tế: trên 95%.

Định hướng đến năm 2030

Phấn đấu 75% số xã đạt chuẩn nông thôn mới, trong đó 30% số xã đạt chuẩn nông thôn mới nâng cao và 10% số xã đạt chuẩn nông thôn mới kiểu mẫu; có 6 đơn vị cấp huyện đạt chuẩn; thu nhập bình quân của người dân nông thôn tăng ít nhất 2,5 lần so với năm 2020.

Lộ trình và nguồn lực

Các năm 2022, 2023, 2024 và 2025, toàn tỉnh phấn đấu có thêm lần lượt 9, 7, 7 và 6 xã đạt chuẩn nông thôn mới. Các xã đặc biệt khó khăn, xã biên giới được ưu tiên bố trí vốn, tuỳ theo mức độ hoàn thành tiêu chí.

Tổng nhu cầu vốn thực hiện Kế hoạch giai đoạn 2021 - 2025 là 15.860 tỷ đồng, trong đó: vốn ngân sách trung ương 2.946 tỷ đồng; ngân sách địa phương 1.210 tỷ đồng; vốn lồng ghép các chương trình, dự án 6.480 tỷ đồng; vốn tín dụng 4.150 tỷ đồng; vốn doanh nghiệp và huy động cộng đồng 1.074 tỷ đồng.

UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, chủ trì theo dõi, đôn đốc; Uỷ ban MTTQ Việt Nam tỉnh tiếp tục phát động phong trào "Sơn La chung sức xây dựng nông thôn mới"; UBND các huyện, thành phố xây dựng kế hoạch chi tiết, hoàn thành trước ngày 30/4/2022.

Ảnh: Đường giao thông nông thôn tại xã Chiềng Hặc, huyện Yên Châu. Ảnh: Văn phòng Điều phối NTM tỉnh

Văn phòng UBND tỉnh

Tin khác:
- Sơn La: 32 sản phẩm được công nhận OCOP năm 2021 (21/03/2022)
- Phê duyệt Đề án hỗ trợ 5.000 hộ nghèo làm nhà ở (18/03/2022)
- Kỳ họp thứ ba HĐND tỉnh khoá XV (15/03/2022)

Cơ quan chủ quản: Văn phòng UBND tỉnh Sơn La. Địa chỉ: Tầng 5, Toà nhà 7 tầng, Trung tâm hành chính tỉnh, phường Chiềng Lề, thành phố Sơn La. Điện thoại: 0212.3852.175
'''
META = {'published': '2022-03-25', 'locality': 'tỉnh Sơn La'}
DEFAULTS = {'locality': 'tỉnh Sơn La', 'period': '2025', 'modality': 'target'}
A = {'period': '2021', 'modality': 'actual'}
NTM = {'indicator': 'new_rural_communes'}
ADV = {'indicator': 'new_rural_communes_advanced'}
MOD = {'indicator': 'new_rural_communes_model'}
CR = {'indicator': 'new_rural_criteria'}
INC = {'indicator': 'income_per_capita'}
PR = {'indicator': 'poverty_rate'}
W = {'indicator': 'clean_water_rate'}
P30 = {'period': '2030'}
TERM = {'period': '2021/2025'}
FIGS = [
 ('ít nhất 85/188 xã đạt', '85/188', 'ratio', 'xã', dict(NTM, bound='at_least')),
 ('có 56/188 xã', '56/188', 'ratio', 'xã', dict(A, **NTM)),
 ('(chiếm 29,8%)', '29,8%', 'level', '%', dict(A, **NTM)),
 ('đó 4 xã', '4', 'level', 'xã', dict(A, **ADV)),
 ('đạt 13,2 tiêu chí/xã', '13,2', 'level', 'tiêu chí/xã', dict(A, **CR)),
 ('tăng 5,6 tiêu chí', '5,6', 'change', 'tiêu chí', dict(A, **CR, direction='up', base='2011')),
 ('còn 12 xã', '12', 'level', 'xã', dict(A)),
 ('đạt 30,2 triệu đồng/người/năm', '30,2 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(A, **INC)),
 ('là 21,12%', '21,12%', 'level', '%', dict(A, **PR)),
 ('đạt 92,4%', '92,4%', 'level', '%', dict(A, **W)),
 ('ít nhất 85/188 xã (chiếm', '85/188', 'ratio', 'xã', dict(NTM, bound='at_least')),
 ('(chiếm 45,2%)', '45,2%', 'level', '%', dict(NTM)),
 ('đó 14 xã', '14', 'level', 'xã', dict(ADV)),
 ('3 xã đạt chuẩn nông thôn mới kiểu mẫu;', '3', 'level', 'xã', dict(MOD)),
 ('đạt 15,5 tiêu chí/xã', '15,5', 'level', 'tiêu chí/xã', dict(CR)),
 ('Có 3 đơn vị cấp huyện', '3', 'level', 'đơn vị cấp huyện', dict()),
 ('trên 45 triệu đồng/người/năm', '45 triệu đồng/người/năm', 'level', 'VND/người/năm', dict(INC, bound='over')),
 ('gấp 1,5 lần', '1,5 lần', 'change', 'lần', dict(INC, direction='up', base='2020')),
 ('bình quân 3 - 4%/năm', '3 - 4%', 'change', '%', dict(PR, **TERM, direction='down')),
 ('giảm trên 5%/năm', '5%', 'change', '%', dict(PR, **TERM, direction='down', bound='over')),
 ('vệ sinh: 98%', '98%', 'level', '%', dict(W)),
 ('quy chuẩn: 35%', '35%', 'level', '%', dict(W)),
 ('quốc gia: 55%', '55%', 'level', '%', dict(indicator='national_standard_schools')),
 ('y tế: trên 95%', '95%', 'level', '%', dict(indicator='health_insurance_coverage', bound='over')),
 ('Phấn đấu 75%', '75%', 'level', '%', dict(P30, **NTM)),
 ('đó 30%', '30%', 'level', '%', dict(P30, **ADV)),
 ('và 10% số xã', '10%', 'level', '%', dict(P30, **MOD)),
 ('có 6 đơn vị cấp huyện', '6', 'level', 'đơn vị cấp huyện', dict(P30)),
 ('ít nhất 2,5 lần', '2,5 lần', 'change', 'lần', dict(P30, **INC, direction='up', base='2020', bound='at_least')),
 ('lần lượt 9,', '9', 'level', 'xã', dict(NTM, period='2022')),
 ('9, 7,', '7', 'level', 'xã', dict(NTM, period='2023')),
 ('7 và 6 xã', '7', 'level', 'xã', dict(NTM, period='2024')),
 ('và 6 xã đạt', '6', 'level', 'xã', dict(NTM)),
 ('là 15.860 tỷ đồng', '15.860 tỷ đồng', 'level', 'VND', dict(TERM)),
 ('ương 2.946 tỷ đồng', '2.946 tỷ đồng', 'level', 'VND', dict(TERM)),
 ('phương 1.210 tỷ đồng', '1.210 tỷ đồng', 'level', 'VND', dict(TERM)),
 ('án 6.480 tỷ đồng', '6.480 tỷ đồng', 'level', 'VND', dict(TERM)),
 ('dụng 4.150 tỷ đồng', '4.150 tỷ đồng', 'level', 'VND', dict(TERM)),
 ('đồng 1.074 tỷ đồng', '1.074 tỷ đồng', 'level', 'VND', dict(TERM)),
]
