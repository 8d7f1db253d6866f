NFD = True
TEXT = '''
BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC NINH
Thứ Sáu, 29/09/2023 | 15:42 GMT+7
Kinh tế | Đầu tư

Công nghiệp 9 tháng giảm 7,6%, Bắc Ninh dồn sức cho quý cuối năm

(BNO) - Theo Cục Thống kê tỉnh, tăng trưởng kinh tế 9 tháng năm 2023 của tỉnh ước giảm 4,78% so với cùng kỳ; chỉ số sản xuất công nghiệp (IIP) giảm 7,6%. Tuy nhiên, quý III đã có dấu hiệu phục hồi khi IIP tăng 3,2% so với quý II.

Tính riêng tháng 9, chỉ số IIP ước tăng 5,4% so với tháng trước và tăng 2,1% so với cùng kỳ năm 2022. Giá trị sản xuất công nghiệp (giá so sánh 2010) 9 tháng ước đạt 853.400 tỷ đồng, giảm 8,1% so với cùng kỳ, bằng 66,2% kế hoạch năm.

Kim ngạch xuất khẩu ước đạt 36,7 tỷ USD, giảm 13,4%; kim ngạch nhập khẩu 30,2 tỷ USD, giảm 15,8%; xuất siêu 6,5 tỷ USD.

Một số chỉ tiêu khác 9 tháng (so với cùng kỳ):
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng: 53.120 tỷ đồng, tăng 11,8%;
- Thu ngân sách nhà nước: 22.840 tỷ đồng, bằng 63,5% dự toán, giảm 9,2%;
- Vốn đầu tư phát triển toàn xã hội: 43.650 tỷ đồng, tăng 4,1%;
- Chỉ số giá tiêu dùng (CPI) bình quân: tăng 2,86%;
- Doanh nghiệp thành lập mới: 1.485 doanh nghiệp, tổng vốn đăng ký 18.200 tỷ đồng.

Thu hút FDI 9 tháng đạt 2,96 tỷ USD, gấp 2,4 lần cùng kỳ, trong đó cấp mới 165 dự án với tổng vốn 1,42 tỷ USD; điều chỉnh tăng vốn 1,07 tỷ USD; góp vốn, mua cổ phần 0,47 tỷ USD.

Về thu ngân sách, thành phố Bắc Ninh đạt 4.315 tỷ đồng, bằng 71,3% dự toán; thành phố Từ Sơn đạt 2.980 tỷ đồng; huyện Yên Phong đạt 1.940 tỷ đồng. Một số huyện thu đạt thấp như Lương Tài chỉ đạt 38,7% dự toán, Gia Bình đạt 41,2%.

Sản xuất linh kiện điện tử tại Khu công nghiệp Yên Phong. Ảnh: BNO

Vụ lúa mùa năm 2023, toàn tỉnh gieo cấy 33.850 ha, đạt 99,2% kế hoạch; năng suất ước đạt 58,5 tạ/ha.

Trong 9 tháng, toàn tỉnh giải quyết việc làm mới cho 22.150 lao động, đạt 88,6% kế hoạch năm; tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,4%.

Để hoàn thành mục tiêu cả năm, quý IV tỉnh phấn đấu tăng trưởng khoảng 10 - 11%; kim ngạch xuất khẩu cả năm đạt trên 52 tỷ USD.

Nguyễn Hương

Lượt xem: 1.245

Tin cùng chuyên mục
- Bắc Ninh: 8 tháng thu hút 2,3 tỷ USD vốn FDI (31/08/2023)
- Khởi công Khu công nghiệp Yên Phong II-C giai đoạn 2 (20/09/2023)

Báo Bắc Ninh điện tử. Giấy phép số 469/GP-BTTTT. Điện thoại: 0222.3822.376
'''
META = {'published': '2023-09-29', 'locality': 'tỉnh Bắc Ninh'}
DEFAULTS = {'locality': 'tỉnh Bắc Ninh', 'period': '2023-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
IIP = {'indicator': 'industrial_production_index'}
BR = {'indicator': 'budget_revenue'}
EX = {'indicator': 'export_value'}
FDI = {'indicator': 'fdi'}
M9 = {'period': '2023-M09'}
FIGS = [
 ('nghiệp 9 tháng giảm 7,6%', '7,6%', 'change', '%', d(DN, IIP)),
 ('ước giảm 4,78%', '4,78%', 'change', '%', d(E, DN, SP, indicator='grdp_growth')),
 ('(IIP) giảm 7,6%', '7,6%', 'change', '%', d(DN, IIP)),
 ('tăng 3,2% so với quý II', '3,2%', 'change', '%', d(U, PP, IIP, period='2023-Q3')),
 ('ước tăng 5,4%', '5,4%', 'change', '%', d(E, U, PP, IIP, M9)),
 ('tăng 2,1% so với cùng kỳ', '2,1%', 'change', '%', d(E, U, SP, IIP, M9)),
 ('ước đạt 853.400 tỷ đồng', '853.400 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('giảm 8,1%', '8,1%', 'change', '%', d(E, DN, SP, indicator='industrial_output_value')),
 ('bằng 66,2% kế hoạch', '66,2%', 'attainment', '%', d(E, T, indicator='industrial_output_value')),
 ('ước đạt 36,7 tỷ USD', '36,7 tỷ USD', 'level', 'USD', d(E, EX)),
 ('giảm 13,4%', '13,4%', 'change', '%', d(E, DN, EX)),
 ('khẩu 30,2 tỷ USD', '30,2 tỷ USD', 'level', 'USD', d(indicator='import_value')),
 ('giảm 15,8%', '15,8%', 'change', '%', d(DN, indicator='import_value')),
 ('xuất siêu 6,5 tỷ USD', '6,5 tỷ USD', 'level', 'USD', d()),
 ('dùng: 53.120 tỷ đồng', '53.120 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 11,8%', '11,8%', 'change', '%', d(U, SP, indicator='retail_sales')),
 ('nước: 22.840 tỷ đồng', '22.840 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 63,5% dự toán', '63,5%', 'attainment', '%', d(BR, T)),
 ('giảm 9,2%', '9,2%', 'change', '%', d(DN, SP, BR)),
 ('hội: 43.650 tỷ đồng', '43.650 tỷ đồng', 'level', 'VND', d(indicator='social_investment')),
 ('tăng 4,1%', '4,1%', 'change', '%', d(U, SP, indicator='social_investment')),
 ('tăng 2,86%', '2,86%', 'change', '%', d(U, SP, indicator='cpi')),
 ('mới: 1.485 doanh nghiệp', '1.485', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 18.200 tỷ đồng', '18.200 tỷ đồng', 'level', 'VND', d()),
 ('đạt 2,96 tỷ USD', '2,96 tỷ USD', 'level', 'USD', d(FDI)),
 ('gấp 2,4 lần', '2,4 lần', 'change', 'lần', d(U, SP, FDI)),
 ('cấp mới 165 dự án', '165', 'level', 'dự án', d()),
 ('vốn 1,42 tỷ USD', '1,42 tỷ USD', 'level', 'USD', d(FDI)),
 ('vốn 1,07 tỷ USD', '1,07 tỷ USD', 'level', 'USD', d(FDI)),
 ('phần 0,47 tỷ USD', '0,47 tỷ USD', 'level', 'USD', d(FDI)),
 ('đạt 4.315 tỷ đồng', '4.315 tỷ đồng', 'level', 'VND', d(BR, locality='thành phố Bắc Ninh')),
 ('bằng 71,3% dự toán', '71,3%', 'attainment', '%', d(BR, T, locality='thành phố Bắc Ninh')),
 ('đạt 2.980 tỷ đồng', '2.980 tỷ đồng', 'level', 'VND', d(BR, locality='thành phố Từ Sơn')),
 ('đạt 1.940 tỷ đồng', '1.940 tỷ đồng', 'level', 'VND', d(BR, locality='huyện Yên Phong')),
 ('đạt 38,7% dự toán', '38,7%', 'attainment', '%', d(BR, T, locality='huyện Lương Tài')),
 ('đạt 41,2%', '41,2%', 'attainment', '%', d(BR, T, locality='huyện Gia Bình')),
 ('cấy 33.850 ha', '33.850 ha', 'level', 'ha', d(indicator='crop_area', period='2023')),
 ('đạt 99,2% kế hoạch', '99,2%', 'attainment', '%', d(T, indicator='crop_area', period='2023')),
 ('đạt 58,5 tạ/ha', '58,5 tạ/ha', 'level', 'tạ/ha', d(E, period='2023')),
 ('cho 22.150 lao động', '22.150', 'level', 'lao động', d(indicator='new_jobs')),
 ('đạt 88,6% kế hoạch', '88,6%', 'attainment', '%', d(T, indicator='new_jobs')),
 ('đạt 92,4%', '92,4%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('khoảng 10 - 11%', '10 - 11%', 'level', '%', d(indicator='grdp_growth', period='2023-Q4', modality='target', bound='about')),
 ('trên 52 tỷ USD', '52 tỷ USD', 'level', 'USD', d(EX, period='2023', modality='target', bound='over')),
]
