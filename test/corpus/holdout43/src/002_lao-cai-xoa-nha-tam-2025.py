TEXT = '''
Báo Lào Cai
Thứ Năm, ngày 28/8/2025 | Thời tiết: Lào Cai 24 - 33°C

Xã hội | Giảm nghèo bền vững

Lào Cai hoàn thành xóa 9.486 căn nhà tạm, nhà dột nát trước thời hạn

Chiều 26/8, Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Lào Cai tổ chức hội nghị tổng kết Chương trình giai đoạn 2024 - 2025. Toàn tỉnh đã hoàn thành hỗ trợ 9.486 căn, đạt 100,6% kế hoạch, về đích trước 5 ngày so với mốc 31/8 Chính phủ yêu cầu.

Theo báo cáo của Sở Dân tộc và Tôn giáo, trong giai đoạn 2024 - 2025 toàn tỉnh đã xây mới 7.215 căn, sửa chữa 2.271 căn nhà cho hộ nghèo, hộ cận nghèo, hộ gia đình có công và hộ khó khăn về nhà ở; trong đó hộ đồng bào dân tộc thiểu số chiếm 87,2%. Tổng kinh phí thực hiện 512,6 tỷ đồng, gồm ngân sách Trung ương 198,4 tỷ đồng, ngân sách địa phương 126,3 tỷ đồng và nguồn xã hội hóa 187,9 tỷ đồng. Mức hỗ trợ theo quy định là 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa; nhiều địa phương vận động thêm từ 10 - 20 triệu đồng mỗi căn.

Kết quả thực hiện theo khu vực:

Khu vực | Kế hoạch (căn) | Hoàn thành (căn) | Tỷ lệ (%)
Lào Cai (cũ) | 5.120 | 5.120 | 100
Yên Bái (cũ) | 4.310 | 4.366 | 101,3
Toàn tỉnh | 9.430 | 9.486 | 100,6

Lực lượng vũ trang, đoàn viên thanh niên và Nhân dân đã góp 126.500 ngày công giúp các hộ vận chuyển vật liệu lên những thôn chưa có đường ô tô. Xã Bát Xát hoàn thành 412 căn, nhiều nhất tỉnh; xã Mù Cang Chải hoàn thành 356 căn.

Ảnh: Người dân thôn Tà Xùa, xã Trạm Tấu dựng nhà mới trước mùa mưa. Ảnh: Thanh Ba

Gia đình anh Giàng A Sử (thôn Tà Xùa, xã Trạm Tấu) vừa chuyển vào ngôi nhà mới rộng 48 m2, trị giá hơn 110 triệu đồng. Anh Sử kể: "Nhà 6 người trước ở trong căn nhà gỗ dột nát hơn 20 năm. Được Nhà nước hỗ trợ 60 triệu đồng, anh em họ hàng góp thêm 15 ngày công, nay cả nhà yên tâm đón mùa mưa".

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh đánh giá chương trình đã góp phần quan trọng giảm nghèo bền vững. Năm 2025, tỉnh phấn đấu giảm tỷ lệ hộ nghèo đa chiều từ 2,5 - 3% và tiếp tục rà soát, hỗ trợ khoảng 1.200 hộ có nguy cơ tái nghèo do thiên tai.

Dịp này, UBND tỉnh tặng Bằng khen cho 36 tập thể và 52 cá nhân có thành tích xuất sắc.

Thanh Ba

Tin cùng chuyên mục
- Bảo Yên: 300 hộ được hỗ trợ cải tạo nhà vệ sinh (27/8/2025)
- Hơn 2.000 suất quà đến với học sinh vùng cao Si Ma Cai (25/8/2025)

Đường dây nóng: 0214.3840.888 | Email: baolaocai@gmail.com
'''
META = {'published': '2025-08-28', 'locality': 'tỉnh Lào Cai'}
DEFAULTS = {'locality': 'tỉnh Lào Cai', 'period': '2024/2025', 'modality': 'actual'}
C = 'căn'
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('xóa 9.486 căn', '9.486', 'level', 'căn nhà', dict()),
 ('hỗ trợ 9.486 căn', '9.486', 'level', C, dict()),
 ('đạt 100,6% kế hoạch', '100,6%', 'attainment', '%', dict(base='target')),
 ('trước 5 ngày', '5', 'level', 'ngày', dict(optional=True)),
 ('xây mới 7.215 căn', '7.215', 'level', C, dict()),
 ('sửa chữa 2.271 căn', '2.271', 'level', 'căn nhà', dict()),
 ('chiếm 87,2%', '87,2%', 'level', '%', dict()),
 ('hiện 512,6 tỷ đồng', '512,6 tỷ đồng', 'level', 'VND', dict()),
 ('Trung ương 198,4 tỷ đồng', '198,4 tỷ đồng', 'level', 'VND', dict()),
 ('phương 126,3 tỷ đồng', '126,3 tỷ đồng', 'level', 'VND', dict()),
 ('hóa 187,9 tỷ đồng', '187,9 tỷ đồng', 'level', 'VND', dict()),
 ('là 60 triệu đồng/căn', '60 triệu đồng/căn', 'level', 'VND/căn', dict(optional=True)),
 ('và 30 triệu đồng/căn', '30 triệu đồng/căn', 'level', 'VND/căn', dict(optional=True)),
 ('từ 10 - 20 triệu đồng', '10 - 20 triệu đồng', 'level', 'VND/căn', dict(optional=True)),
 ('Lào Cai (cũ) | 5.120', '5.120', 'level', C, dict(locality='tỉnh Lào Cai', modality='target')),
 ('| 5.120 | 100\n', '5.120', 'level', C, dict(locality='tỉnh Lào Cai')),
 ('| 5.120 | 100\n', '100', 'attainment', '%', dict(locality='tỉnh Lào Cai', base='target')),
 ('| 4.310 |', '4.310', 'level', C, dict(locality='tỉnh Yên Bái', modality='target')),
 ('| 4.366 |', '4.366', 'level', C, dict(locality='tỉnh Yên Bái')),
 ('| 101,3', '101,3', 'attainment', '%', dict(locality='tỉnh Yên Bái', base='target')),
 ('| 9.430 |', '9.430', 'level', C, dict(modality='target')),
 ('| 9.486 |', '9.486', 'level', C, dict()),
 ('| 100,6', '100,6', 'attainment', '%', dict(base='target')),
 ('góp 126.500 ngày công', '126.500', 'level', 'ngày công', dict()),
 ('hoàn thành 412 căn', '412', 'level', C, dict(locality='xã Bát Xát')),
 ('hoàn thành 356 căn', '356', 'level', C, dict(locality='xã Mù Cang Chải')),
 ('từ 2,5 - 3%', '2,5 - 3%', 'change', '%', dict(T, indicator='poverty_rate', direction='down')),
 ('khoảng 1.200 hộ', '1.200', 'level', 'hộ', dict(T, bound='about')),
 ('cho 36 tập thể', '36', 'level', 'tập thể', dict(optional=True)),
 ('và 52 cá nhân', '52', 'level', 'cá nhân', dict(optional=True)),
]
