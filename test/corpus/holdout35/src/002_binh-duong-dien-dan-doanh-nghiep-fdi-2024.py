TEXT = '''
BÌNH DƯƠNG ONLINE
Thời sự | Kinh tế | Đầu tư | Xã hội | Văn hóa | Thể thao | Media

Kinh tế > Đầu tư

Diễn đàn doanh nghiệp FDI 2024: Bình Dương cam kết "3 sẵn sàng" với nhà đầu tư

Thứ Năm, 26/09/2024 - 17:42

(BDO) Sáng 26-9, tại Trung tâm Hội nghị và Triển lãm tỉnh, UBND tỉnh phối hợp Hiệp hội Doanh nghiệp đầu tư nước ngoài (VAFIE) tổ chức Diễn đàn doanh nghiệp có vốn đầu tư nước ngoài năm 2024. Diễn đàn có hơn 450 đại biểu là lãnh đạo doanh nghiệp đến từ 18 quốc gia và vùng lãnh thổ tham dự.

Các đại biểu tham quan khu trưng bày sản phẩm của doanh nghiệp FDI tại diễn đàn. Ảnh: Q.H

Vốn ngoại tiếp tục đổ về

Phát biểu khai mạc, ông Nguyễn Lộc Hà, Phó Chủ tịch UBND tỉnh cho biết, từ đầu năm đến ngày 20-9, tỉnh thu hút 1,52 tỷ USD vốn đầu tư nước ngoài, đạt 108,6% kế hoạch năm và tăng 26,4% so với cùng kỳ năm 2023. Trong đó, có 98 dự án cấp mới với tổng vốn đăng ký 712 triệu USD; 84 lượt dự án điều chỉnh tăng vốn thêm 468 triệu USD; 196 lượt góp vốn, mua cổ phần với giá trị 340 triệu USD. Với kết quả này, Bình Dương tiếp tục đứng thứ 2 cả nước về thu hút FDI trong 9 tháng, chỉ sau tỉnh Bắc Ninh.

Lũy kế đến nay, toàn tỉnh có 4.306 dự án FDI còn hiệu lực với tổng vốn đăng ký 41,3 tỷ USD, đứng thứ 3 cả nước sau TP.HCM và Hà Nội. Nhật Bản dẫn đầu với 6,4 tỷ USD, kế đến là Hàn Quốc, Đài Loan (Trung Quốc) và Singapore. Riêng vốn đầu tư trong nước 9 tháng thu hút 36.450 tỷ đồng (tương đương khoảng 1,46 tỷ USD), bằng 71,2% so với cùng kỳ.

Theo ông Hà, kim ngạch xuất khẩu 9 tháng ước đạt 24,3 tỷ USD, tăng 12,1% so với cùng kỳ; nhập khẩu ước 17,1 tỷ USD, tăng 11,4%; cán cân thương mại xuất siêu khoảng 7,2 tỷ USD. Khu vực FDI đóng góp khoảng 70% kim ngạch xuất khẩu và 34,7% tổng thu ngân sách của tỉnh.

Hiện Bình Dương có 29 khu công nghiệp đang hoạt động với tổng diện tích 12.723 ha, tỷ lệ lấp đầy bình quân 88,2%; các khu, cụm công nghiệp thu hút gần 1,16 triệu lao động, trong đó lao động ngoại tỉnh chiếm khoảng 62%. Thu nhập bình quân của người lao động trong khu công nghiệp đạt 9,8 triệu đồng/người/tháng, tăng 6,5% so với năm 2023.

Doanh nghiệp nêu khó khăn

Tại phần thảo luận, đại diện Hiệp hội Doanh nghiệp Hàn Quốc (KoCham) chi nhánh Bình Dương cho biết, hội hiện có 620 doanh nghiệp hội viên; nhiều doanh nghiệp đang chờ thủ tục điều chỉnh giấy chứng nhận đầu tư để mở rộng nhà xưởng. Ông Lee Sang Hoon, Tổng Giám đốc một công ty sản xuất linh kiện điện tử tại KCN VSIP II, nêu ví dụ: công ty ông đã nộp hồ sơ tăng vốn thêm 45 triệu USD từ tháng 3 nhưng đến nay mới hoàn tất bước thẩm định.

Ông Takahashi Kenji, Trưởng đại diện Hiệp hội Doanh nghiệp Nhật Bản tại khu vực phía Nam, đề nghị tỉnh sớm hoàn thiện hệ thống điện mặt trời áp mái và hạ tầng xanh, bởi các tập đoàn mẹ yêu cầu nhà máy giảm ít nhất 30% phát thải vào năm 2030.

Trả lời các kiến nghị, Giám đốc Sở Kế hoạch và Đầu tư Huỳnh Văn Nhãn cho biết, từ đầu năm, Sở đã giải quyết 1.284 hồ sơ đầu tư, tỷ lệ đúng hạn đạt 99,6%. Tỉnh đang lập thủ tục thành lập thêm 4 khu công nghiệp mới với diện tích khoảng 2.500 ha, trong đó KCN Cây Trường mở rộng và KCN Bàu Bàng 2 ưu tiên thu hút dự án công nghệ cao.

Mục tiêu năm 2025

Phát biểu kết luận, ông Nguyễn Lộc Hà khẳng định tỉnh cam kết "3 sẵn sàng": sẵn sàng mặt bằng, sẵn sàng nhân lực, sẵn sàng thủ tục. Năm 2025, Bình Dương phấn đấu thu hút từ 1,6 - 1,8 tỷ USD vốn FDI, kim ngạch xuất khẩu tăng khoảng 10%; tỷ lệ lao động trong khu công nghiệp tham gia bảo hiểm xã hội đạt trên 95%.

Dịp này, UBND tỉnh trao giấy chứng nhận đăng ký đầu tư cho 12 dự án với tổng vốn 385 triệu USD, trong đó lớn nhất là dự án nhà máy sản xuất lốp xe của một nhà đầu tư Trung Quốc với vốn 170 triệu USD.

Quang Hưng - Ngọc Thảo

Tin liên quan
- Bình Dương: 8 tháng thu hút hơn 1,3 tỷ USD vốn FDI
- Khu công nghiệp Bàu Bàng mở rộng 1.000 ha đón sóng đầu tư mới
- Kim ngạch xuất khẩu tháng 8 tăng 14,3%

Báo Bình Dương - Cơ quan của Đảng bộ tỉnh Bình Dương
Giấy phép số 94/GP-BTTTT. Đường dây nóng: 0274.3822.545
'''
META = {'published': '2024-09-26', 'locality': 'tỉnh Bình Dương'}
DEFAULTS = {'locality': 'tỉnh Bình Dương', 'period': '2024-9M', 'modality': 'actual'}
F = {'indicator': 'fdi'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
Y = {'period': '2024'}
FIGS = [
 ('hơn 450 đại biểu', '450', 'level', 'đại biểu', dict(optional=True)),
 ('từ 18 quốc gia', '18', 'level', 'quốc gia', dict(optional=True)),
 ('thu hút 1,52 tỷ USD', '1,52 tỷ USD', 'level', 'USD', dict(F)),
 ('đạt 108,6% kế hoạch năm', '108,6%', 'attainment', '%', dict(F, base='target')),
 ('tăng 26,4% so với cùng kỳ năm 2023', '26,4%', 'change', '%', dict(F, direction='up', base='same_period')),
 ('có 98 dự án', '98', 'level', 'dự án', dict()),
 ('ký 712 triệu USD', '712 triệu USD', 'level', 'USD', dict(F)),
 ('84 lượt dự án', '84', 'level', 'lượt dự án', dict()),
 ('thêm 468 triệu USD', '468 triệu USD', 'level', 'USD', dict(F)),
 ('196 lượt góp vốn', '196', 'level', 'lượt', dict()),
 ('giá trị 340 triệu USD', '340 triệu USD', 'level', 'USD', dict(F)),
 ('có 4.306 dự án', '4.306', 'level', 'dự án', dict(Y)),
 ('ký 41,3 tỷ USD', '41,3 tỷ USD', 'level', 'USD', dict(Y, **F)),
 ('với 6,4 tỷ USD', '6,4 tỷ USD', 'level', 'USD', dict(Y, **F)),
 ('hút 36.450 tỷ đồng', '36.450 tỷ đồng', 'level', 'VND', dict()),
 ('khoảng 1,46 tỷ USD', '1,46 tỷ USD', 'level', 'USD', dict(bound='about')),
 ('bằng 71,2% so với cùng kỳ', '71,2%', 'attainment', '%', dict(base='same_period')),
 ('ước đạt 24,3 tỷ USD', '24,3 tỷ USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('tăng 12,1%', '12,1%', 'change', '%', dict(E, indicator='export_value', direction='up', base='same_period')),
 ('ước 17,1 tỷ USD', '17,1 tỷ USD', 'level', 'USD', dict(E, indicator='import_value')),
 ('tăng 11,4%', '11,4%', 'change', '%', dict(E, indicator='import_value', direction='up')),
 ('khoảng 7,2 tỷ USD', '7,2 tỷ USD', 'level', 'USD', dict(bound='about')),
 ('khoảng 70% kim ngạch', '70%', 'level', '%', dict(indicator='export_value', bound='about')),
 ('34,7% tổng thu', '34,7%', 'level', '%', dict(indicator='budget_revenue')),
 ('có 29 khu công nghiệp', '29', 'level', 'khu công nghiệp', dict(optional=True)),
 ('diện tích 12.723 ha', '12.723 ha', 'level', 'ha', dict(optional=True)),
 ('bình quân 88,2%', '88,2%', 'level', '%', dict(Y)),
 ('gần 1,16 triệu lao động', '1,16 triệu', 'level', 'lao động', dict(Y, bound='nearly')),
 ('khoảng 62%', '62%', 'level', '%', dict(Y, bound='about')),
 ('đạt 9,8 triệu đồng/người/tháng', '9,8 triệu đồng/người/tháng', 'level', 'VND/người/tháng', dict(Y)),
 ('tăng 6,5% so với năm 2023', '6,5%', 'change', '%', dict(Y, direction='up', base='2023')),
 ('ít nhất 30%', '30%', 'change', '%', dict(optional=True, direction='down', bound='at_least')),
 ('có 620 doanh nghiệp', '620', 'level', 'doanh nghiệp', dict(optional=True)),
 ('quyết 1.284 hồ sơ', '1.284', 'level', 'hồ sơ', dict(Y)),
 ('đạt 99,6%', '99,6%', 'level', '%', dict(Y)),
 ('thêm 4 khu công nghiệp', '4', 'level', 'khu công nghiệp', dict(optional=True)),
 ('khoảng 2.500 ha', '2.500 ha', 'level', 'ha', dict(optional=True)),
 ('từ 1,6 - 1,8 tỷ USD', '1,6 - 1,8 tỷ USD', 'level', 'USD', dict(F, **T)),
 ('tăng khoảng 10%', '10%', 'change', '%', dict(T, indicator='export_value', direction='up', bound='about')),
 ('đạt trên 95%', '95%', 'level', '%', dict(T, indicator='social_insurance_coverage', bound='over')),
 ('cho 12 dự án', '12', 'level', 'dự án', dict(optional=True)),
 ('vốn 385 triệu USD', '385 triệu USD', 'level', 'USD', dict(optional=True)),
]
