TEXT = '''
NGHỆ AN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Trang chủ | Thời sự | Kinh tế | Xã hội | Nông nghiệp | Phóng sự | Video
Thứ Ba, 15/11/2022 - 18:42 GMT+7

Tin tức trong tỉnh

Bản tin thời sự tối 15/11: Diễn Châu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao

(NTV) - Bản tin thời sự tối nay điểm lại những tin đáng chú ý trong tỉnh: Diễn Châu có thêm xã đạt chuẩn nông thôn mới nâng cao; kim ngạch xuất khẩu 10 tháng đạt hơn 1,9 tỷ USD; Quỳnh Lưu thu ngân sách vượt dự toán; TP Vinh giải ngân vốn đầu tư công mới đạt 48,6% kế hoạch.

1. Diễn Châu: Thêm 3 xã đạt chuẩn nông thôn mới nâng cao
Chiều 15/11, UBND huyện Diễn Châu tổ chức lễ đón nhận quyết định công nhận xã Diễn Thịnh, Diễn Lợi và Diễn Ngọc đạt chuẩn nông thôn mới nâng cao năm 2022. Đến nay, toàn huyện có 37/37 xã đạt chuẩn nông thôn mới, trong đó 11 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu. Thu nhập bình quân đầu người của huyện năm 2022 ước đạt 56,2 triệu đồng, tăng 4,8 triệu đồng so với năm 2021; tỷ lệ hộ nghèo giảm còn 2,31%.

2. Xuất khẩu 10 tháng đạt hơn 1,9 tỷ USD
Theo Cục Thống kê Nghệ An, 10 tháng năm 2022, kim ngạch xuất khẩu hàng hóa trên địa bàn tỉnh ước đạt 1,93 tỷ USD, tăng 21,4% so với cùng kỳ năm trước, bằng 80,4% kế hoạch năm. Riêng tháng 10, xuất khẩu ước đạt 198,5 triệu USD, giảm 3,2% so với tháng trước. Kim ngạch nhập khẩu 10 tháng ước đạt 1,26 tỷ USD, tăng 17,9%. Các mặt hàng chủ lực như linh kiện điện tử, dệt may, gỗ và sản phẩm từ gỗ đều tăng khá; riêng dệt may xuất khẩu 412 triệu USD, chiếm 21,3% tổng kim ngạch.

3. Quỳnh Lưu thu ngân sách vượt 12% dự toán
Tính đến hết tháng 10/2022, tổng thu ngân sách trên địa bàn huyện Quỳnh Lưu đạt 486,7 tỷ đồng, bằng 112% dự toán tỉnh giao và tăng 9,6% so với cùng kỳ. Trong đó, thu tiền sử dụng đất đạt 312 tỷ đồng. Huyện phấn đấu cả năm thu ngân sách đạt trên 520 tỷ đồng.

4. TP Vinh: Giải ngân vốn đầu tư công còn chậm
Năm 2022, thành phố Vinh được giao kế hoạch vốn đầu tư công 1.148 tỷ đồng. Đến hết tháng 10, thành phố mới giải ngân được 558 tỷ đồng, đạt 48,6% kế hoạch, thấp hơn mức bình quân của tỉnh (62,3%). UBND thành phố yêu cầu các chủ đầu tư phấn đấu đến hết năm giải ngân 100% kế hoạch vốn.

5. Hơn 32.000 lao động có việc làm mới
Sở Lao động - Thương binh và Xã hội cho biết, 10 tháng năm 2022, toàn tỉnh đã giải quyết việc làm cho 32.460 lao động, đạt 86,5% kế hoạch năm; trong đó xuất khẩu lao động 14.820 người, tăng 2,1 lần so với cùng kỳ. Đến nay, tỷ lệ lao động qua đào tạo đạt 68,5%.

6. Con Cuông: Trồng mới 2.150 ha rừng
Năm 2022, huyện Con Cuông trồng mới 2.150 ha rừng tập trung, vượt 7,5% kế hoạch. Tỷ lệ che phủ rừng của huyện đạt 84,2%, cao nhất tỉnh. Giá keo nguyên liệu hiện ở mức 1,2 - 1,3 triệu đồng/tấn.

Lễ đón nhận xã đạt chuẩn nông thôn mới nâng cao tại xã Diễn Thịnh. Ảnh: Hải Thượng

Nhóm PV thời sự NTV

Tin cùng chuyên mục
- Nghệ An: 9 tháng thu hút 1,2 tỷ USD vốn FDI (12/11/2022)
- Thanh Chương đón nhận huyện đạt chuẩn nông thôn mới (10/11/2022)
- Đô Lương: 1.200 học sinh được nhận học bổng (08/11/2022)

Đài Phát thanh và Truyền hình Nghệ An. Giấy phép số 285/GP-TTĐT cấp ngày 15/6/2020. Địa chỉ: số 1 đường Phan Đăng Lưu, TP Vinh. Điện thoại: 0238.3844.999. Lượt xem: 1.325
'''
META = {'published': '2022-11-15', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
M10 = {'period': '2022-10M'}
DC = {'locality': 'huyện Diễn Châu'}
QL = {'locality': 'huyện Quỳnh Lưu'}
VI = {'locality': 'thành phố Vinh'}
CC = {'locality': 'huyện Con Cuông'}
EX = {'indicator': 'export_value'}
BR = {'indicator': 'budget_revenue'}
PI = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('Diễn Châu có thêm 3 xã', '3', 'level', 'xã', d(DC, indicator='new_rural_communes_advanced')),
 ('10 tháng đạt hơn 1,9 tỷ USD;', '1,9 tỷ USD', 'level', 'USD', d(M10, EX, bound='over')),
 ('mới đạt 48,6% kế hoạch.', '48,6%', 'attainment', '%', d(VI, PI, P)),
 ('Thêm 3 xã', '3', 'level', 'xã', d(DC, indicator='new_rural_communes_advanced')),
 ('có 37/37 xã', '37/37', 'ratio', 'xã', d(DC, indicator='new_rural_communes')),
 ('trong đó 11 xã', '11', 'level', 'xã', d(DC, indicator='new_rural_communes_advanced')),
 ('và 2 xã', '2', 'level', 'xã', d(DC, indicator='new_rural_communes_model')),
 ('ước đạt 56,2 triệu đồng', '56,2 triệu đồng', 'level', 'VND/người/năm', d(DC, E, indicator='income_per_capita')),
 ('tăng 4,8 triệu đồng', '4,8 triệu đồng', 'change', 'VND/người/năm', d(DC, E, U, base='2021', indicator='income_per_capita')),
 ('còn 2,31%', '2,31%', 'level', '%', d(DC, D, indicator='poverty_rate')),
 ('10 tháng đạt hơn 1,9 tỷ USD\n', '1,9 tỷ USD', 'level', 'USD', d(M10, EX, bound='over')),
 ('ước đạt 1,93 tỷ USD', '1,93 tỷ USD', 'level', 'USD', d(M10, EX, E)),
 ('tăng 21,4%', '21,4%', 'change', '%', d(M10, EX, E, U, SP)),
 ('bằng 80,4% kế hoạch', '80,4%', 'attainment', '%', d(M10, EX, E, P)),
 ('ước đạt 198,5 triệu USD', '198,5 triệu USD', 'level', 'USD', d(EX, E, period='2022-M10')),
 ('giảm 3,2%', '3,2%', 'change', '%', d(EX, E, D, base='previous_period', period='2022-M10')),
 ('ước đạt 1,26 tỷ USD', '1,26 tỷ USD', 'level', 'USD', d(M10, E, indicator='import_value')),
 ('tăng 17,9%', '17,9%', 'change', '%', d(M10, E, U, indicator='import_value')),
 ('khẩu 412 triệu USD', '412 triệu USD', 'level', 'USD', d(M10, EX)),
 ('chiếm 21,3%', '21,3%', 'level', '%', d(M10)),
 ('vượt 12% dự toán', '12%', 'change', '%', d(QL, BR, M10, U, P, status='exceeded')),
 ('đạt 486,7 tỷ đồng', '486,7 tỷ đồng', 'level', 'VND', d(QL, BR, M10)),
 ('bằng 112% dự toán', '112%', 'attainment', '%', d(QL, BR, M10, P)),
 ('tăng 9,6%', '9,6%', 'change', '%', d(QL, BR, M10, U, SP)),
 ('đạt 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', d(QL, BR, M10)),
 ('trên 520 tỷ đồng', '520 tỷ đồng', 'level', 'VND', d(QL, BR, K, bound='over')),
 ('công 1.148 tỷ đồng', '1.148 tỷ đồng', 'level', 'VND', d(VI, PI, K)),
 ('được 558 tỷ đồng', '558 tỷ đồng', 'level', 'VND', d(VI, PI, M10)),
 ('đạt 48,6% kế hoạch,', '48,6%', 'attainment', '%', d(VI, PI, M10, P)),
 ('(62,3%)', '62,3%', 'attainment', '%', d(PI, M10, P)),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(VI, PI, K, P)),
 ('Hơn 32.000 lao động', '32.000', 'level', 'lao động', d(M10, bound='over', indicator='new_jobs')),
 ('cho 32.460 lao động', '32.460', 'level', 'lao động', d(M10, indicator='jobs_created')),
 ('đạt 86,5% kế hoạch', '86,5%', 'attainment', '%', d(M10, P, indicator='jobs_created')),
 ('động 14.820 người', '14.820', 'level', 'người', d(M10, indicator='labour_export')),
 ('tăng 2,1 lần', '2,1 lần', 'change', 'lần', d(M10, U, SP, indicator='labour_export')),
 ('đạt 68,5%', '68,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('Trồng mới 2.150 ha', '2.150 ha', 'level', 'ha', d(CC)),
 ('trồng mới 2.150 ha', '2.150 ha', 'level', 'ha', d(CC)),
 ('vượt 7,5% kế hoạch', '7,5%', 'change', '%', d(CC, U, P, status='exceeded')),
 ('đạt 84,2%', '84,2%', 'level', '%', d(CC, indicator='forest_cover')),
 ('1,2 - 1,3 triệu đồng/tấn', '1,2 - 1,3 triệu đồng/tấn', 'level', 'VND/tấn', d(CC)),
]
