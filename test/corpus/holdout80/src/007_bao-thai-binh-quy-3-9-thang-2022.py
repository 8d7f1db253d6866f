TEXT = '''
BÁO THÁI BÌNH ĐIỆN TỬ
Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao
Thứ Năm, 29/09/2022 - 08:10

Kinh tế quý III tăng trưởng 9,86%, cao nhất từ đầu năm

Tổng sản phẩm trên địa bàn tỉnh (GRDP) quý III/2022 ước tăng 9,86% so với cùng kỳ, cao hơn quý II (8,12%) và quý I (6,35%); tính chung 9 tháng, GRDP tăng 8,14%, đạt mục tiêu đề ra cho 9 tháng.

Chiều 28/9, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9 để đánh giá tình hình kinh tế - xã hội quý III, 9 tháng và bàn giải pháp thực hiện nhiệm vụ 3 tháng cuối năm 2022.

Một số chỉ tiêu chủ yếu 9 tháng (so với cùng kỳ):
- Chỉ số sản xuất công nghiệp tăng 13,2%; riêng quý III tăng 15,8%, quý II tăng 11,4%.
- Giá trị sản xuất nông nghiệp ước đạt 21.560 tỷ đồng, tăng 2,9%.
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 38.750 tỷ đồng, tăng 19,4%.
- Kim ngạch xuất khẩu 1,68 tỷ USD, tăng 9,7%; nhập khẩu 1,21 tỷ USD, tăng 5,3%.
- Thu ngân sách nhà nước 5.430 tỷ đồng, bằng 80,1% dự toán.

Sản xuất công nghiệp tháng 9 tiếp tục khởi sắc: chỉ số IIP tháng 9 ước tăng 2,6% so với tháng 8 và tăng 17,1% so với cùng tháng năm 2021. Giá trị sản xuất công nghiệp quý III ước đạt 25.340 tỷ đồng, tăng 7,9% so với quý II.

Vụ lúa mùa năm 2022 toàn tỉnh cấy 75.200 ha, giảm 1.150 ha so với vụ mùa năm trước do chuyển đổi sang cây trồng khác; dự kiến năng suất đạt 60 - 61 tạ/ha.

Thu hút đầu tư 9 tháng có 52 dự án được chấp thuận chủ trương, tổng vốn đăng ký 28.600 tỷ đồng, gấp 2,4 lần cùng kỳ; trong đó 9 dự án FDI với tổng vốn 452 triệu USD. Riêng quý III, tỉnh thu hút 21 dự án.

Tại huyện Thái Thụy, 9 tháng thu ngân sách đạt 512 tỷ đồng, bằng 86,2% dự toán; sản lượng thuỷ sản đạt 48.300 tấn, tăng 4,1% so với cùng kỳ.

Kết luận phiên họp, Chủ tịch UBND tỉnh Nguyễn Khắc Thận yêu cầu các ngành phấn đấu cả năm 2022 tăng trưởng GRDP đạt trên 9%, thu ngân sách đạt 7.100 tỷ đồng, giải ngân 100% kế hoạch vốn đầu tư công.

Đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh kết luận phiên họp. Ảnh: Thanh Thuỷ

Ngọc Lan

Tin cùng chuyên mục
- Thái Bình: 8 tháng thu ngân sách 4.920 tỷ đồng (05/09/2022)
- Khởi công Khu công nghiệp Liên Hà Thái (giai đoạn 1) (20/09/2022)

Cơ quan chủ quản: Tỉnh uỷ Thái Bình. Giấy phép số 392/GP-BTTTT. Điện thoại: 0227.3831.383
'''
META = {'published': '2022-09-29', 'locality': 'tỉnh Thái Bình'}
DEFAULTS = {'locality': 'tỉnh Thái Bình', 'period': '2022-9M', 'modality': 'actual'}
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
PP = {'base': 'previous_period'}
P = {'base': 'target'}
Q3 = {'period': '2022-Q3'}
Q2 = {'period': '2022-Q2'}
Y = {'period': '2022'}
G = {'indicator': 'grdp_growth'}
IIP = {'indicator': 'industrial_production_index'}
BR = {'indicator': 'budget_revenue'}
TT = {'locality': 'huyện Thái Thụy'}
FIGS = [
 ('tăng trưởng 9,86%', '9,86%', 'level', '%', d(G, Q3)),
 ('ước tăng 9,86%', '9,86%', 'change', '%', d(G, Q3, E, U, SP)),
 ('(8,12%)', '8,12%', 'change', '%', d(G, Q2, U)),
 ('(6,35%)', '6,35%', 'change', '%', d(G, U, period='2022-Q1')),
 ('GRDP tăng 8,14%', '8,14%', 'change', '%', d(G, U)),
 ('nghiệp tăng 13,2%', '13,2%', 'change', '%', d(IIP, U, SP)),
 ('III tăng 15,8%', '15,8%', 'change', '%', d(IIP, Q3, U, SP)),
 ('II tăng 11,4%', '11,4%', 'change', '%', d(IIP, Q2, U, SP)),
 ('đạt 21.560 tỷ đồng', '21.560 tỷ đồng', 'level', 'VND', d(E, indicator='agricultural_output_value')),
 ('tăng 2,9%', '2,9%', 'change', '%', d(E, U, SP, indicator='agricultural_output_value')),
 ('vụ 38.750 tỷ đồng', '38.750 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 19,4%', '19,4%', 'change', '%', d(U, SP, indicator='retail_sales')),
 ('khẩu 1,68 tỷ USD', '1,68 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 9,7%', '9,7%', 'change', '%', d(U, SP, indicator='export_value')),
 ('khẩu 1,21 tỷ USD', '1,21 tỷ USD', 'level', 'USD', d(indicator='import_value')),
 ('tăng 5,3%', '5,3%', 'change', '%', d(U, SP, indicator='import_value')),
 ('nước 5.430 tỷ đồng', '5.430 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 80,1%', '80,1%', 'attainment', '%', d(BR, P)),
 ('ước tăng 2,6%', '2,6%', 'change', '%', d(IIP, E, U, PP, period='2022-M09')),
 ('tăng 17,1%', '17,1%', 'change', '%', d(IIP, E, U, SP, period='2022-M09')),
 ('đạt 25.340 tỷ đồng', '25.340 tỷ đồng', 'level', 'VND', d(Q3, E, indicator='industrial_output_value')),
 ('tăng 7,9%', '7,9%', 'change', '%', d(Q3, E, U, PP, indicator='industrial_output_value')),
 ('cấy 75.200 ha', '75.200 ha', 'level', 'ha', d(Y, indicator='crop_area')),
 ('giảm 1.150 ha', '1.150 ha', 'change', 'ha', d(Y, D, SP, indicator='crop_area')),
 ('đạt 60 - 61 tạ/ha', '60 - 61 tạ/ha', 'level', 'tạ/ha', d(Y, E)),
 ('có 52 dự án', '52', 'level', 'dự án', d()),
 ('ký 28.600 tỷ đồng', '28.600 tỷ đồng', 'level', 'VND', d()),
 ('gấp 2,4 lần', '2,4 lần', 'change', 'lần', d(U, SP)),
 ('đó 9 dự án FDI', '9', 'level', 'dự án', d()),
 ('vốn 452 triệu USD', '452 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('hút 21 dự án', '21', 'level', 'dự án', d(Q3)),
 ('đạt 512 tỷ đồng', '512 tỷ đồng', 'level', 'VND', d(BR, TT)),
 ('bằng 86,2%', '86,2%', 'attainment', '%', d(BR, TT, P)),
 ('đạt 48.300 tấn', '48.300 tấn', 'level', 'tấn', d(TT, indicator='aquaculture_output')),
 ('tăng 4,1%', '4,1%', 'change', '%', d(TT, U, SP, indicator='aquaculture_output')),
 ('trên 9%', '9%', 'level', '%', d(G, Y, K, bound='over')),
 ('đạt 7.100 tỷ đồng', '7.100 tỷ đồng', 'level', 'VND', d(BR, Y, K)),
 ('giải ngân 100%', '100%', 'attainment', '%', d(Y, K, P, indicator='public_investment_disbursement')),
]
