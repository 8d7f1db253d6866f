TEXT = '''
BÁO BẮC GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Thứ Sáu, 28/07/2023 | 17:05 (GMT+7)
Thời sự | Kinh tế | Xã hội | Nông thôn mới | Bạn đọc | Điểm tin

Điểm tin

Điểm tin Bắc Giang ngày 28/7: Lục Ngạn thu hơn 6.200 tỷ đồng từ vải thiều

BBG - Vụ vải thiều năm 2023 kết thúc với doanh thu cao; Việt Yên thu hút thêm 3 dự án FDI; thu ngân sách 7 tháng toàn tỉnh bằng 58,2% dự toán; Yên Thế có thêm 6 sản phẩm OCOP... là những tin đáng chú ý trong ngày.

■ Lục Ngạn: Doanh thu từ vải thiều đạt hơn 6.200 tỷ đồng
Vụ vải thiều năm 2023, toàn huyện Lục Ngạn có 18.500 ha vải, sản lượng đạt 112.000 tấn, giảm 14,5% so với năm 2022 do thời tiết bất lợi. Tuy vậy, nhờ giá bán bình quân cao (25.000 - 32.000 đồng/kg, tăng khoảng 40% so với vụ trước), tổng doanh thu từ vải thiều và dịch vụ phụ trợ đạt 6.230 tỷ đồng, tăng 12,8%. Lượng vải xuất khẩu chiếm khoảng 55% tổng sản lượng, trong đó xuất sang Nhật Bản 1.250 tấn.

■ Việt Yên có thêm 3 dự án FDI
Trong tháng 7, huyện Việt Yên thu hút thêm 3 dự án FDI với tổng vốn đăng ký 86,4 triệu USD. Lũy kế 7 tháng năm 2023, huyện thu hút 14 dự án mới, điều chỉnh tăng vốn 9 dự án, tổng vốn thu hút đạt 512 triệu USD, gấp 1,8 lần cùng kỳ. Các khu công nghiệp Quang Châu, Vân Trung, Đình Trám hiện có tỷ lệ lấp đầy trên 90%.

■ Thu ngân sách 7 tháng bằng 58,2% dự toán
Theo Sở Tài chính, 7 tháng đầu năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 7.420 tỷ đồng, bằng 58,2% dự toán HĐND tỉnh giao, giảm 21,6% so với cùng kỳ; trong đó thu nội địa 6.580 tỷ đồng, thu từ hoạt động xuất nhập khẩu 840 tỷ đồng. Nguyên nhân giảm chủ yếu do thu tiền sử dụng đất chỉ đạt 2.190 tỷ đồng, bằng 31% dự toán.

■ Yên Thế có thêm 6 sản phẩm OCOP
Ngày 27/7, UBND huyện Yên Thế trao giấy chứng nhận cho 6 sản phẩm đạt chuẩn OCOP 3 sao, nâng tổng số sản phẩm OCOP của huyện lên 38 sản phẩm. Huyện đặt mục tiêu đến năm 2025 có ít nhất 45 sản phẩm OCOP. Toàn tỉnh hiện có 352 sản phẩm OCOP, trong đó 4 sản phẩm đạt 5 sao.

■ Lạng Giang: Tỷ lệ hộ nghèo còn 1,42%
Sáu tháng đầu năm 2023, huyện Lạng Giang giảm 318 hộ nghèo, tỷ lệ hộ nghèo còn 1,42%, giảm 0,55 điểm phần trăm so với cuối năm 2022. Huyện đã giải quyết việc làm mới cho 2.460 lao động, đạt 61,5% kế hoạch năm.

■ TP Bắc Giang: Tai nạn giao thông giảm cả 3 tiêu chí
Từ đầu năm đến nay, trên địa bàn TP Bắc Giang xảy ra 9 vụ tai nạn giao thông, làm chết 5 người, bị thương 6 người; so với cùng kỳ giảm 4 vụ, giảm 2 người chết, giảm 3 người bị thương. Công an thành phố đã xử lý 4.862 trường hợp vi phạm, phạt tiền 5,3 tỷ đồng.

Nông dân Lục Ngạn thu hoạch vải thiều sớm. Ảnh: Đức Thuỷ

Hồng Nhung - Minh Hoà (tổng hợp)

Tin khác
- Bắc Giang: 6 tháng thu hút hơn 1,1 tỷ USD vốn đầu tư (12/7/2023)
- Sơn Động trồng mới 1.800 ha rừng (10/7/2023)
- Hiệp Hoà: Khai giảng lớp bồi dưỡng cho 120 đảng viên mới (07/7/2023)

Báo Bắc Giang điện tử. Giấy phép số 103/GP-BTTTT. Tổng Biên tập: Nguyễn Thị Thuỳ. Địa chỉ: số 11 đường Nguyễn Văn Cừ, TP Bắc Giang. Điện thoại: 0204.3854.226 - Fax: 0204.3856.112
'''
META = {'published': '2023-07-28', 'locality': 'tỉnh Bắc Giang'}
DEFAULTS = {'locality': 'tỉnh Bắc Giang', 'period': '2023', 'modality': 'actual'}
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
M7 = {'period': '2023-7M'}
H1 = {'period': '2023-H1'}
LN = {'locality': 'huyện Lục Ngạn'}
VY = {'locality': 'huyện Việt Yên'}
YT = {'locality': 'huyện Yên Thế'}
LG = {'locality': 'huyện Lạng Giang'}
BG = {'locality': 'thành phố Bắc Giang'}
BR = {'indicator': 'budget_revenue'}
FDI = {'indicator': 'fdi'}
OC = {'indicator': 'ocop_products'}
FIGS = [
 ('thu hơn 6.200 tỷ đồng từ', '6.200 tỷ đồng', 'level', 'VND', d(LN, bound='over')),
 ('thêm 3 dự án FDI;', '3', 'level', 'dự án', d(VY)),
 ('tỉnh bằng 58,2% dự toán;', '58,2%', 'attainment', '%', d(M7, BR, P)),
 ('thêm 6 sản phẩm OCOP...', '6', 'level', 'sản phẩm', d(YT, OC)),
 ('đạt hơn 6.200 tỷ đồng', '6.200 tỷ đồng', 'level', 'VND', d(LN, bound='over')),
 ('có 18.500 ha', '18.500 ha', 'level', 'ha', d(LN)),
 ('đạt 112.000 tấn', '112.000 tấn', 'level', 'tấn', d(LN)),
 ('giảm 14,5%', '14,5%', 'change', '%', d(LN, D, base='2022')),
 ('(25.000 - 32.000 đồng/kg', '25.000 - 32.000 đồng/kg', 'level', 'VND/kg', d(LN)),
 ('khoảng 40%', '40%', 'change', '%', d(LN, U, bound='about', base='previous_period')),
 ('đạt 6.230 tỷ đồng', '6.230 tỷ đồng', 'level', 'VND', d(LN)),
 ('tăng 12,8%', '12,8%', 'change', '%', d(LN, U)),
 ('khoảng 55%', '55%', 'level', '%', d(LN, bound='about')),
 ('Bản 1.250 tấn', '1.250 tấn', 'level', 'tấn', d(LN)),
 ('thêm 3 dự án FDI\n', '3', 'level', 'dự án', d(VY, period='2023-M07')),
 ('thêm 3 dự án FDI với', '3', 'level', 'dự án', d(VY, period='2023-M07')),
 ('ký 86,4 triệu USD', '86,4 triệu USD', 'level', 'USD', d(VY, FDI, period='2023-M07')),
 ('hút 14 dự án', '14', 'level', 'dự án', d(VY, M7)),
 ('vốn 9 dự án', '9', 'level', 'dự án', d(VY, M7)),
 ('đạt 512 triệu USD', '512 triệu USD', 'level', 'USD', d(VY, FDI, M7)),
 ('gấp 1,8 lần', '1,8 lần', 'change', 'lần', d(VY, FDI, M7, U, SP)),
 ('trên 90%', '90%', 'level', '%', d(VY, bound='over')),
 ('7 tháng bằng 58,2% dự toán', '58,2%', 'attainment', '%', d(M7, BR, P)),
 ('ước đạt 7.420 tỷ đồng', '7.420 tỷ đồng', 'level', 'VND', d(M7, BR, E)),
 ('bằng 58,2% dự toán HĐND', '58,2%', 'attainment', '%', d(M7, BR, E, P)),
 ('giảm 21,6%', '21,6%', 'change', '%', d(M7, BR, E, D, SP)),
 ('địa 6.580 tỷ đồng', '6.580 tỷ đồng', 'level', 'VND', d(M7, BR)),
 ('khẩu 840 tỷ đồng', '840 tỷ đồng', 'level', 'VND', d(M7, BR)),
 ('đạt 2.190 tỷ đồng', '2.190 tỷ đồng', 'level', 'VND', d(M7, BR)),
 ('bằng 31% dự toán', '31%', 'attainment', '%', d(M7, BR, P)),
 ('thêm 6 sản phẩm OCOP\n', '6', 'level', 'sản phẩm', d(YT, OC)),
 ('cho 6 sản phẩm', '6', 'level', 'sản phẩm', d(YT, OC)),
 ('lên 38 sản phẩm', '38', 'level', 'sản phẩm', d(YT, OC, U)),
 ('ít nhất 45 sản phẩm', '45', 'level', 'sản phẩm', d(YT, OC, K, period='2025', bound='at_least')),
 ('có 352 sản phẩm', '352', 'level', 'sản phẩm', d(OC)),
 ('trong đó 4 sản phẩm', '4', 'level', 'sản phẩm', d(OC)),
 ('hộ nghèo còn 1,42%\n', '1,42%', 'level', '%', d(LG, H1, indicator='poverty_rate')),
 ('giảm 318 hộ', '318', 'change', 'hộ', d(LG, H1, D, indicator='poor_households')),
 ('nghèo còn 1,42%,', '1,42%', 'level', '%', d(LG, H1, indicator='poverty_rate')),
 ('giảm 0,55 điểm phần trăm', '0,55 điểm phần trăm', 'change', 'điểm %', d(LG, H1, D, base='2022', indicator='poverty_rate')),
 ('cho 2.460 lao động', '2.460', 'level', 'lao động', d(LG, H1, indicator='new_jobs')),
 ('đạt 61,5% kế hoạch', '61,5%', 'attainment', '%', d(LG, H1, P, indicator='new_jobs')),
 ('ra 9 vụ', '9', 'level', 'vụ', d(BG, indicator='traffic_accidents')),
 ('chết 5 người', '5', 'level', 'người', d(BG, indicator='traffic_deaths')),
 ('thương 6 người', '6', 'level', 'người', d(BG, indicator='traffic_injuries')),
 ('giảm 4 vụ', '4', 'change', 'vụ', d(BG, D, SP, indicator='traffic_accidents')),
 ('giảm 2 người', '2', 'change', 'người', d(BG, D, SP, indicator='traffic_deaths')),
 ('giảm 3 người', '3', 'change', 'người', d(BG, D, SP, indicator='traffic_injuries')),
 ('lý 4.862 trường hợp', '4.862', 'level', 'trường hợp', d(BG)),
 ('tiền 5,3 tỷ đồng', '5,3 tỷ đồng', 'level', 'VND', d(BG)),
]
