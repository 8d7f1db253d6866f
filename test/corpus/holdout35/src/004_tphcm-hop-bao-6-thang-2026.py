NFD = True
TEXT = '''
SGGP
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Thế giới | Video

Kinh tế

Họp báo kinh tế - xã hội 6 tháng đầu năm 2026: GRDP TPHCM ước tăng 8,4%

Thứ Sáu, 03/07/2026 16:05 (GMT+7)

Chiều 3-7, UBND TPHCM tổ chức họp báo cung cấp thông tin về tình hình kinh tế - xã hội 6 tháng đầu năm 2026. Chủ trì họp báo là ông Lâm Đình Thắng, Giám đốc Sở Văn hóa và Thể thao; cùng dự có lãnh đạo các sở Tài chính, Công Thương, Xây dựng, Nội vụ và Bảo hiểm xã hội TPHCM.

Quang cảnh buổi họp báo chiều 3-7. Ảnh: VIỆT DŨNG

Tăng trưởng cao nhất cùng kỳ trong 5 năm

Thông tin tại họp báo, ông Nguyễn Công Vinh, Phó Giám đốc Sở Tài chính cho biết, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2026 của TPHCM ước đạt 8,4%, cao nhất cùng kỳ trong 5 năm trở lại đây. Quy mô GRDP ước đạt 1,48 triệu tỷ đồng, chiếm khoảng 23,5% GDP cả nước.

Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 398.620 tỷ đồng, đạt 59,2% dự toán, tăng 16,8% so với cùng kỳ. Riêng khu vực Bình Dương cũ ước thu 39.150 tỷ đồng; khu vực Bà Rịa - Vũng Tàu cũ ước thu 47.820 tỷ đồng, trong đó thu từ dầu thô 14.960 tỷ đồng.

Kim ngạch xuất khẩu hàng hóa 6 tháng ước đạt 54,6 tỷ USD, tăng 11,7% so với cùng kỳ; nhập khẩu ước 49,9 tỷ USD, tăng 9,3%; Thành phố xuất siêu 4,7 tỷ USD.

Thu hút vốn đầu tư trực tiếp nước ngoài đạt 5,82 tỷ USD, tăng 9,4% so với cùng kỳ, gồm 856 dự án cấp mới với vốn đăng ký 2,41 tỷ USD, 214 lượt dự án điều chỉnh tăng vốn 2,06 tỷ USD và góp vốn, mua cổ phần 1,35 tỷ USD. TPHCM tiếp tục dẫn đầu cả nước về thu hút FDI.

Về giải ngân vốn đầu tư công, đến ngày 30/6, Thành phố giải ngân 52.370 tỷ đồng, đạt 38,6% kế hoạch, cao hơn bình quân cả nước (khoảng 32%). Thành phố đặt mục tiêu giải ngân trên 95% kế hoạch vốn năm 2026.

Trong 6 tháng, Thành phố giải quyết việc làm cho 248.500 lượt lao động; số người tham gia bảo hiểm xã hội bắt buộc đạt 3,71 triệu người; tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội đạt 46,2%.

Cảng Cái Mép - Thị Vải tăng trưởng mạnh

Trả lời câu hỏi của phóng viên Báo Người Lao Động về sản lượng hàng hóa qua cảng biển sau hợp nhất, ông Bùi Tá Hoàng Vũ, Giám đốc Sở Công Thương cho biết, 6 tháng đầu năm, tổng khối lượng hàng hóa thông qua hệ thống cảng biển trên địa bàn Thành phố ước đạt 168,4 triệu tấn, tăng 8,9% so với cùng kỳ; hàng container đạt 9,86 triệu TEU.

"Riêng cụm cảng Cái Mép - Thị Vải thuộc khu vực Bà Rịa - Vũng Tàu cũ đạt 4,12 triệu TEU, tăng 14,5%, chiếm gần 42% sản lượng container toàn Thành phố. Đây là cụm cảng duy nhất của Việt Nam đón được tàu 250.000 DWT", ông Vũ nói.

Nợ bảo hiểm xã hội vẫn lớn

Phóng viên Báo Thanh Niên hỏi về tình trạng doanh nghiệp chậm đóng bảo hiểm xã hội, nhất là ở các khu công nghiệp. Bà Trần Thị Tú Anh, Phó Giám đốc Bảo hiểm xã hội TPHCM cho biết, đến ngày 30/6, toàn Thành phố có 21.430 đơn vị chậm đóng bảo hiểm xã hội từ 3 tháng trở lên với số tiền 4.870 tỷ đồng, giảm 6,1% so với cuối năm 2025; riêng khu vực Bình Dương cũ chiếm 1.560 tỷ đồng. Cơ quan bảo hiểm xã hội đã chuyển hồ sơ của 42 đơn vị sang cơ quan công an xem xét.

Quỹ đất công nghiệp còn dư địa

Về câu hỏi của phóng viên Đài Truyền hình TPHCM (HTV) về quỹ đất công nghiệp, ông Lê Văn Thịnh, Trưởng ban Ban Quản lý các khu chế xuất và công nghiệp TPHCM cho biết, sau hợp nhất, Thành phố có 66 khu chế xuất, khu công nghiệp với tổng diện tích khoảng 27.500 ha, tỷ lệ lấp đầy bình quân 84%; trong đó khu vực Bình Dương cũ có 29 khu, khu vực Bà Rịa - Vũng Tàu cũ có 15 khu.

Trong 6 tháng, vốn đầu tư vào các khu chế xuất, khu công nghiệp đạt 2,36 tỷ USD, bằng 52,4% kế hoạch năm. Ban đang trình UBND Thành phố thành lập 3 khu công nghiệp mới tại xã Bàu Bàng và xã Châu Pha.

Kết thúc họp báo, ông Lâm Đình Thắng đề nghị các cơ quan báo chí tiếp tục tuyên truyền kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước và chuẩn bị Đại hội Đảng bộ Thành phố lần thứ II.

THU HƯỜNG - NGỌC ÁNH

Tin liên quan
- TPHCM đặt mục tiêu tăng trưởng 10% năm 2026
- Cảng Cát Lái giảm tải nhờ tuyến vận tải thủy 1,2 triệu TEU
- 5 tháng, TPHCM thu hút 4,9 tỷ USD vốn FDI

Báo Sài Gòn Giải Phóng. Tổng Biên tập: Nguyễn Khắc Văn. Đường dây nóng: 0918.033.133
'''
META = {'published': '2026-07-03', 'locality': 'thành phố Hồ Chí Minh'}
DEFAULTS = {'locality': 'thành phố Hồ Chí Minh', 'period': '2026-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
BD = {'locality': 'tỉnh Bình Dương'}
VT = {'locality': 'tỉnh Bà Rịa - Vũng Tàu'}
B = {'indicator': 'budget_revenue'}
F = {'indicator': 'fdi'}
X = {'indicator': 'social_insurance_coverage'}
S = {'period': '2026-M06'}
FIGS = [
 ('TPHCM ước tăng 8,4%', '8,4%', 'change', '%', dict(E, indicator='grdp_growth', direction='up')),
 ('ước đạt 8,4%', '8,4%', 'level', '%', dict(E, indicator='grdp_growth')),
 ('ước đạt 1,48 triệu tỷ đồng', '1,48 triệu tỷ đồng', 'level', 'VND', dict(E, indicator='grdp', value=1480000000000000)),
 ('khoảng 23,5%', '23,5%', 'level', '%', dict(E, bound='about')),
 ('ước đạt 398.620 tỷ đồng', '398.620 tỷ đồng', 'level', 'VND', dict(E, **B)),
 ('đạt 59,2% dự toán', '59,2%', 'attainment', '%', dict(E, **B, base='target')),
 ('tăng 16,8% so với cùng kỳ', '16,8%', 'change', '%', dict(E, **B, direction='up', base='same_period')),
 ('ước thu 39.150 tỷ đồng', '39.150 tỷ đồng', 'level', 'VND', dict(E, **B, **BD)),
 ('ước thu 47.820 tỷ đồng', '47.820 tỷ đồng', 'level', 'VND', dict(E, **B, **VT)),
 ('thô 14.960 tỷ đồng', '14.960 tỷ đồng', 'level', 'VND', dict(E, **B, **VT)),
 ('ước đạt 54,6 tỷ USD', '54,6 tỷ USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('tăng 11,7% so với cùng kỳ', '11,7%', 'change', '%', dict(E, indicator='export_value', direction='up', base='same_period')),
 ('ước 49,9 tỷ USD', '49,9 tỷ USD', 'level', 'USD', dict(E, indicator='import_value')),
 ('tăng 9,3%', '9,3%', 'change', '%', dict(E, indicator='import_value', direction='up')),
 ('siêu 4,7 tỷ USD', '4,7 tỷ USD', 'level', 'USD', dict()),
 ('đạt 5,82 tỷ USD', '5,82 tỷ USD', 'level', 'USD', dict(F)),
 ('tăng 9,4% so với cùng kỳ', '9,4%', 'change', '%', dict(F, direction='up', base='same_period')),
 ('gồm 856 dự án', '856', 'level', 'dự án', dict()),
 ('ký 2,41 tỷ USD', '2,41 tỷ USD', 'level', 'USD', dict(F)),
 ('214 lượt dự án', '214', 'level', 'lượt dự án', dict()),
 ('vốn 2,06 tỷ USD', '2,06 tỷ USD', 'level', 'USD', dict(F)),
 ('phần 1,35 tỷ USD', '1,35 tỷ USD', 'level', 'USD', dict(F)),
 ('giải ngân 52.370 tỷ đồng', '52.370 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 38,6% kế hoạch', '38,6%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('khoảng 32%', '32%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', locality='cả nước', bound='about')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', modality='target', period='2026', bound='over')),
 ('cho 248.500 lượt lao động', '248.500', 'level', 'lượt lao động', dict(indicator='jobs_created')),
 ('đạt 3,71 triệu người', '3,71 triệu', 'level', 'người', dict(X)),
 ('đạt 46,2%', '46,2%', 'level', '%', dict(X)),
 ('ước đạt 168,4 triệu tấn', '168,4 triệu tấn', 'level', 'tấn', dict(E)),
 ('tăng 8,9% so với cùng kỳ', '8,9%', 'change', '%', dict(E, direction='up', base='same_period')),
 ('đạt 9,86 triệu TEU', '9,86 triệu TEU', 'level', 'TEU', dict()),
 ('đạt 4,12 triệu TEU', '4,12 triệu TEU', 'level', 'TEU', dict(VT)),
 ('tăng 14,5%', '14,5%', 'change', '%', dict(VT, direction='up')),
 ('gần 42%', '42%', 'level', '%', dict(VT, bound='nearly')),
 ('có 21.430 đơn vị', '21.430', 'level', 'đơn vị', dict(S)),
 ('tiền 4.870 tỷ đồng', '4.870 tỷ đồng', 'level', 'VND', dict(S)),
 ('giảm 6,1%', '6,1%', 'change', '%', dict(S, direction='down', base='2025')),
 ('chiếm 1.560 tỷ đồng', '1.560 tỷ đồng', 'level', 'VND', dict(S, **BD)),
 ('của 42 đơn vị', '42', 'level', 'đơn vị', dict(optional=True)),
 ('có 66 khu chế xuất', '66', 'level', 'khu chế xuất', dict(optional=True)),
 ('khoảng 27.500 ha', '27.500 ha', 'level', 'ha', dict(optional=True)),
 ('bình quân 84%', '84%', 'level', '%', dict()),
 ('có 29 khu', '29', 'level', 'khu', dict(optional=True)),
 ('có 15 khu', '15', 'level', 'khu', dict(optional=True)),
 ('đạt 2,36 tỷ USD', '2,36 tỷ USD', 'level', 'USD', dict()),
 ('bằng 52,4% kế hoạch năm', '52,4%', 'attainment', '%', dict(base='target')),
 ('lập 3 khu công nghiệp', '3', 'level', 'khu công nghiệp', dict(optional=True)),
]
