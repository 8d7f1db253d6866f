TEXT = '''
BÁO YÊN BÁI ĐIỆN TỬ
Thứ Ba, 26/12/2023 | 08:15 GMT+7

Trang chủ | Thời sự | Kinh tế | Nông - Lâm nghiệp | Xã hội | Văn hóa | Thể thao | Yên Bái TV

Năm 2023 trồng mới 16.420 ha rừng, độ che phủ đạt 63,6%

YBĐT - Năm 2023, ngành lâm nghiệp tỉnh Yên Bái ước trồng mới 16.420 ha rừng tập trung, đạt 109,5% kế hoạch, tăng 6,2% so với năm 2022; tỷ lệ che phủ rừng duy trì ở mức 63,6%, tiếp tục nằm trong tốp 5 tỉnh có độ che phủ rừng cao nhất cả nước.

Theo Sở Nông nghiệp và Phát triển nông thôn, trong tổng diện tích trồng mới có 15.780 ha rừng sản xuất và 640 ha rừng phòng hộ, đặc dụng. Các địa phương trồng nhiều là huyện Văn Yên, huyện Trấn Yên và huyện Yên Bình với diện tích lần lượt là 4.350 ha, 3.120 ha và 2.860 ha. Toàn tỉnh trồng 1,2 triệu cây phân tán; khai thác 1,15 triệu m3 gỗ rừng trồng, tăng 8,4% so với năm trước.

Người dân thôn 3, xã Đại Sơn, huyện Văn Yên trồng quế trên đồi. Ảnh: Thanh Tâm

Giá trị sản xuất lâm nghiệp năm 2023 ước đạt 3.540 tỷ đồng, tăng 7,1%. Diện tích rừng được cấp chứng chỉ quản lý rừng bền vững (FSC) đạt 42.860 ha, tăng 9.300 ha so với năm 2022, chủ yếu là rừng keo, bồ đề của các hộ liên kết với doanh nghiệp.

Công tác quản lý, bảo vệ rừng được tăng cường. Trong năm, trên địa bàn tỉnh xảy ra 4 vụ cháy rừng, diện tích thiệt hại 7,2 ha, giảm 3 vụ và 11,5 ha so với năm 2022. Lực lượng kiểm lâm phát hiện, xử lý 156 vụ vi phạm Luật Lâm nghiệp, tịch thu 48,6 m3 gỗ các loại, nộp ngân sách nhà nước hơn 1,3 tỷ đồng.

Nâng giá trị rừng trồng

Cùng với trồng rừng, tỉnh chú trọng phát triển công nghiệp chế biến lâm sản. Toàn tỉnh hiện có 1.126 cơ sở chế biến gỗ, lâm sản, trong đó 86 doanh nghiệp có nhà máy chế biến sâu; kim ngạch xuất khẩu lâm sản năm 2023 ước đạt 126 triệu USD, giảm 4,2% so với năm 2022 do thị trường châu Âu, Mỹ giảm đơn hàng.

Quế vẫn là cây lâm sản ngoài gỗ chủ lực với diện tích 86.200 ha, lớn nhất cả nước; sản lượng vỏ quế khô năm 2023 đạt khoảng 21.000 tấn. Giá vỏ quế khô loại 1 hiện dao động từ 35.000 - 42.000 đồng/kg, thấp hơn cùng kỳ 8.000 - 10.000 đồng/kg.

Kết quả một số chỉ tiêu lâm nghiệp năm 2023 (so với kế hoạch):
- Trồng rừng tập trung: đạt 109,5%;
- Trồng cây phân tán: đạt 100%;
- Khai thác gỗ rừng trồng: đạt 104,5%;
- Diện tích rừng được cấp chứng chỉ FSC: đạt 107,2%.

Tiền dịch vụ môi trường rừng năm 2023 thu được 86,5 tỷ đồng, chi trả cho 11.300 hộ gia đình, cộng đồng nhận khoán bảo vệ 232.000 ha rừng, bình quân 390.000 đồng/ha/năm.

Ông Nguyễn Văn Tuấn, Chi cục trưởng Chi cục Kiểm lâm tỉnh cho biết: "Mùa khô năm nay đến sớm, chúng tôi duy trì 24/24 giờ lực lượng trực tại 52 chốt, trạm ở các vùng trọng điểm cháy".

Năm 2024, tỉnh phấn đấu trồng mới từ 15.000 - 16.000 ha rừng tập trung, trong đó trồng rừng gỗ lớn 2.000 ha; tỷ lệ che phủ rừng đạt trên 63%; giá trị sản xuất lâm nghiệp tăng 5 - 6%.

Thanh Tâm

Tin cùng chuyên mục
- Văn Yên: Hơn 1.000 hộ được chi trả dịch vụ môi trường rừng (20/12/2023)
- Lục Yên có 3 sản phẩm OCOP 4 sao (18/12/2023)
- Trạm Tấu: Trồng 150 ha sơn tra (15/12/2023)

Lượt xem: 1.284
Báo Yên Bái - Cơ quan của Đảng bộ tỉnh Yên Bái. Địa chỉ: Số 2, đường Đinh Tiên Hoàng, phường Đồng Tâm, TP Yên Bái. ĐT: 0216.3862.446
'''
META = {'published': '2023-12-26', 'locality': 'tỉnh Yên Bái'}
DEFAULTS = {'locality': 'tỉnh Yên Bái', 'period': '2023', 'modality': 'actual'}
FC = dict(indicator='forest_cover')
E = dict(modality='estimate')
T = dict(modality='target', period='2024')
FIGS = [
 ('trồng mới 16.420 ha rừng, độ', '16.420 ha', 'level', 'ha', dict()),
 ('độ che phủ đạt 63,6%', '63,6%', 'level', '%', dict(FC)),
 ('ước trồng mới 16.420 ha', '16.420 ha', 'level', 'ha', dict(E)),
 ('đạt 109,5% kế hoạch', '109,5%', 'attainment', '%', dict(E, base='target')),
 ('tăng 6,2% so với năm 2022', '6,2%', 'change', '%', dict(E, direction='up', base='2022')),
 ('mức 63,6%', '63,6%', 'level', '%', dict(FC)),
 ('có 15.780 ha', '15.780 ha', 'level', 'ha', dict()),
 ('và 640 ha', '640 ha', 'level', 'ha', dict()),
 ('là 4.350 ha', '4.350 ha', 'level', 'ha', dict(locality='huyện Văn Yên')),
 (', 3.120 ha', '3.120 ha', 'level', 'ha', dict(locality='huyện Trấn Yên')),
 ('và 2.860 ha', '2.860 ha', 'level', 'ha', dict(locality='huyện Yên Bình')),
 ('trồng 1,2 triệu cây', '1,2 triệu', 'level', 'cây', dict()),
 ('khai thác 1,15 triệu m3', '1,15 triệu m3', 'level', 'm3', dict()),
 ('tăng 8,4% so với năm trước', '8,4%', 'change', '%', dict(direction='up', base='2022')),
 ('ước đạt 3.540 tỷ đồng', '3.540 tỷ đồng', 'level', 'VND', dict(E)),
 ('tăng 7,1%', '7,1%', 'change', '%', dict(E, direction='up')),
 ('đạt 42.860 ha', '42.860 ha', 'level', 'ha', dict()),
 ('tăng 9.300 ha', '9.300 ha', 'change', 'ha', dict(direction='up', base='2022')),
 ('xảy ra 4 vụ cháy rừng', '4', 'level', 'vụ', dict()),
 ('thiệt hại 7,2 ha', '7,2 ha', 'level', 'ha', dict()),
 ('giảm 3 vụ', '3', 'change', 'vụ', dict(direction='down', base='2022')),
 ('và 11,5 ha', '11,5 ha', 'change', 'ha', dict(direction='down', base='2022')),
 ('xử lý 156 vụ', '156', 'level', 'vụ', dict()),
 ('tịch thu 48,6 m3', '48,6 m3', 'level', 'm3', dict()),
 ('hơn 1,3 tỷ đồng', '1,3 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('có 1.126 cơ sở', '1.126', 'level', 'cơ sở', dict()),
 ('đó 86 doanh nghiệp', '86', 'level', 'doanh nghiệp', dict()),
 ('đạt 126 triệu USD', '126 triệu USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('giảm 4,2%', '4,2%', 'change', '%', dict(E, indicator='export_value', direction='down', base='2022')),
 ('tích 86.200 ha', '86.200 ha', 'level', 'ha', dict()),
 ('khoảng 21.000 tấn', '21.000 tấn', 'level', 'tấn', dict(bound='about')),
 ('từ 35.000 - 42.000 đồng/kg', '35.000 - 42.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('kỳ 8.000 - 10.000 đồng/kg', '8.000 - 10.000 đồng/kg', 'change', 'VND/kg', dict(direction='down', base='same_period')),
 ('tập trung: đạt 109,5%', '109,5%', 'attainment', '%', dict(base='target')),
 ('phân tán: đạt 100%', '100%', 'attainment', '%', dict(base='target')),
 ('đạt 104,5%', '104,5%', 'attainment', '%', dict(base='target')),
 ('đạt 107,2%', '107,2%', 'attainment', '%', dict(base='target')),
 ('thu được 86,5 tỷ đồng', '86,5 tỷ đồng', 'level', 'VND', dict()),
 ('cho 11.300 hộ', '11.300', 'level', 'hộ gia đình', dict()),
 ('vệ 232.000 ha', '232.000 ha', 'level', 'ha', dict()),
 ('390.000 đồng/ha/năm', '390.000 đồng/ha/năm', 'level', 'VND/ha/năm', dict()),
 ('tại 52 chốt', '52', 'level', 'chốt', dict(optional=True)),
 ('từ 15.000 - 16.000 ha', '15.000 - 16.000 ha', 'level', 'ha', dict(T)),
 ('gỗ lớn 2.000 ha', '2.000 ha', 'level', 'ha', dict(T)),
 ('trên 63%', '63%', 'level', '%', dict(T, **FC, bound='over')),
 ('tăng 5 - 6%', '5 - 6%', 'change', '%', dict(T, direction='up')),
]
