TEXT = '''
BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Trang chủ | Thời sự | Kinh tế | Xã hội | Pháp luật | Thể thao
Kinh tế
06/11/2023 - 15:42

Kinh tế Nghệ An 10 tháng: Chỉ số sản xuất công nghiệp tăng 12,6%

(Baonghean.vn) - Theo Cục Thống kê tỉnh, trong tháng 10/2023, chỉ số sản xuất công nghiệp (IIP) trên địa bàn tỉnh ước tăng 3,4% so với tháng trước và tăng 15,2% so với cùng tháng năm trước; tính chung 10 tháng, IIP tăng 12,6% so với cùng kỳ.

Sản xuất công nghiệp phục hồi rõ nét
Ngành chế biến, chế tạo tiếp tục là động lực chính với mức tăng 16,8% trong 10 tháng; ngành sản xuất và phân phối điện tăng 4,1%; riêng ngành khai khoáng giảm 7,3% do nhu cầu đá xây dựng giảm.
Một số sản phẩm chủ lực tháng 10 tăng khá so với cùng kỳ: bia đóng chai ước đạt 14,2 triệu lít, tăng 9,6%; xi măng ước đạt 520.000 tấn, tăng 11,4%; quần áo may sẵn ước đạt 6,8 triệu cái, tăng 18,2%.

Thương mại, dịch vụ sôi động
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 8.652 tỷ đồng, tăng 1,8% so với tháng trước và tăng 14,7% so với cùng kỳ. Lũy kế 10 tháng đạt 84.230 tỷ đồng, tăng 15,3% so với cùng kỳ, bằng 82,6% kế hoạch năm.
Kim ngạch xuất khẩu tháng 10 ước đạt 245 triệu USD, giảm 4,2% so với tháng 9; lũy kế 10 tháng đạt 2,31 tỷ USD, tăng 6,8% so với cùng kỳ, bằng 77% kế hoạch. Kim ngạch nhập khẩu 10 tháng ước đạt 1,12 tỷ USD, giảm 3,5%.
Trong tháng, toàn tỉnh đón 512.000 lượt khách du lịch, trong đó khách quốc tế 6.800 lượt; lũy kế 10 tháng đón 7,36 triệu lượt khách, tăng 17,4%, tổng thu từ du lịch đạt 11.850 tỷ đồng.

Thu ngân sách vượt dự toán
Tổng thu ngân sách nhà nước tháng 10 ước đạt 1.560 tỷ đồng. Tính chung 10 tháng, thu ngân sách ước đạt 16.120 tỷ đồng, bằng 103,5% dự toán HĐND tỉnh giao, tăng 9,2% so với cùng kỳ; trong đó thu nội địa 14.610 tỷ đồng, bằng 101,8% dự toán. Chi ngân sách 10 tháng ước 27.940 tỷ đồng, bằng 71,2% dự toán.
Giải ngân vốn đầu tư công đến ngày 31/10/2023 đạt 4.836 tỷ đồng, bằng 62,4% kế hoạch vốn Thủ tướng Chính phủ giao, cao hơn bình quân cả nước (56,8%).
Trong tháng 10, toàn tỉnh có 176 doanh nghiệp thành lập mới; 10 tháng có 1.642 doanh nghiệp, tăng 5,6% so với cùng kỳ, với tổng vốn đăng ký 14.208 tỷ đồng.

Ước cả năm 2023, thu ngân sách trên địa bàn đạt khoảng 19.000 tỷ đồng, tăng trưởng GRDP ước đạt 7,1 - 7,3%.

Dây chuyền sản xuất tại Khu công nghiệp VSIP Nghệ An (huyện Hưng Nguyên). Ảnh: Thành Duy

Thu Huyền

Tin liên quan
- Nghệ An: 9 tháng thu hút 1,2 tỷ USD vốn FDI (10/10/2023)
- Khai mạc Hội chợ Thương mại Bắc Trung Bộ lần thứ 12 (02/11/2023)

Giấy phép số 389/GP-BTTTT cấp ngày 27/6/2022. Đường dây nóng: 0238.3598.688
'''
META = {'published': '2023-11-06', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2023-10M', 'modality': 'actual'}
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
M10 = {'period': '2023-M10'}
Y = {'period': '2023'}
IIP = {'indicator': 'industrial_production_index'}
RS = {'indicator': 'retail_sales'}
EX = {'indicator': 'export_value'}
IM = {'indicator': 'import_value'}
TA = {'indicator': 'tourist_arrivals'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
NE = {'indicator': 'new_enterprises'}
FIGS = [
 ('công nghiệp tăng 12,6%\n', '12,6%', 'change', '%', d(IIP, U)),
 ('ước tăng 3,4%', '3,4%', 'change', '%', d(IIP, M10, E, U, PP)),
 ('tăng 15,2%', '15,2%', 'change', '%', d(IIP, M10, E, U, SP)),
 ('IIP tăng 12,6%', '12,6%', 'change', '%', d(IIP, U, SP)),
 ('mức tăng 16,8%', '16,8%', 'change', '%', d(IIP, U)),
 ('điện tăng 4,1%', '4,1%', 'change', '%', d(IIP, U)),
 ('giảm 7,3%', '7,3%', 'change', '%', d(IIP, D)),
 ('đạt 14,2 triệu lít', '14,2 triệu lít', 'level', 'lít', d(M10, E)),
 ('tăng 9,6%', '9,6%', 'change', '%', d(M10, E, U, SP)),
 ('đạt 520.000 tấn', '520.000 tấn', 'level', 'tấn', d(M10, E)),
 ('tăng 11,4%', '11,4%', 'change', '%', d(M10, E, U, SP)),
 ('đạt 6,8 triệu cái', '6,8 triệu cái', 'level', 'cái', d(M10, E)),
 ('tăng 18,2%', '18,2%', 'change', '%', d(M10, E, U, SP)),
 ('đạt 8.652 tỷ đồng', '8.652 tỷ đồng', 'level', 'VND', d(RS, M10, E)),
 ('tăng 1,8%', '1,8%', 'change', '%', d(RS, M10, E, U, PP)),
 ('tăng 14,7%', '14,7%', 'change', '%', d(RS, M10, E, U, SP)),
 ('đạt 84.230 tỷ đồng', '84.230 tỷ đồng', 'level', 'VND', d(RS)),
 ('tăng 15,3%', '15,3%', 'change', '%', d(RS, U, SP)),
 ('bằng 82,6%', '82,6%', 'attainment', '%', d(RS, P)),
 ('đạt 245 triệu USD', '245 triệu USD', 'level', 'USD', d(EX, M10, E)),
 ('giảm 4,2%', '4,2%', 'change', '%', d(EX, M10, E, D, PP)),
 ('đạt 2,31 tỷ USD', '2,31 tỷ USD', 'level', 'USD', d(EX)),
 ('tăng 6,8%', '6,8%', 'change', '%', d(EX, U, SP)),
 ('bằng 77%', '77%', 'attainment', '%', d(EX, P)),
 ('đạt 1,12 tỷ USD', '1,12 tỷ USD', 'level', 'USD', d(IM, E)),
 ('giảm 3,5%', '3,5%', 'change', '%', d(IM, E, D)),
 ('đón 512.000 lượt khách', '512.000', 'level', 'lượt khách', d(TA, M10)),
 ('tế 6.800 lượt', '6.800', 'level', 'lượt', d(M10, indicator='international_tourist_arrivals')),
 ('đón 7,36 triệu lượt khách', '7,36 triệu lượt khách', 'level', 'lượt khách', d(TA)),
 ('tăng 17,4%', '17,4%', 'change', '%', d(TA, U)),
 ('đạt 11.850 tỷ đồng', '11.850 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('đạt 1.560 tỷ đồng', '1.560 tỷ đồng', 'level', 'VND', d(BR, M10, E)),
 ('đạt 16.120 tỷ đồng', '16.120 tỷ đồng', 'level', 'VND', d(BR, E)),
 ('bằng 103,5%', '103,5%', 'attainment', '%', d(BR, E, P)),
 ('tăng 9,2%', '9,2%', 'change', '%', d(BR, E, U, SP)),
 ('địa 14.610 tỷ đồng', '14.610 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 101,8%', '101,8%', 'attainment', '%', d(BR, P)),
 ('ước 27.940 tỷ đồng', '27.940 tỷ đồng', 'level', 'VND', d(BE, E)),
 ('bằng 71,2%', '71,2%', 'attainment', '%', d(BE, E, P)),
 ('đạt 4.836 tỷ đồng', '4.836 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 62,4%', '62,4%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('(56,8%)', '56,8%', 'attainment', '%', d(P, indicator='public_investment_disbursement', locality='cả nước')),
 ('có 176 doanh nghiệp', '176', 'level', 'doanh nghiệp', d(NE, M10)),
 ('có 1.642 doanh nghiệp', '1.642', 'level', 'doanh nghiệp', d(NE)),
 ('tăng 5,6%', '5,6%', 'change', '%', d(NE, U, SP)),
 ('ký 14.208 tỷ đồng', '14.208 tỷ đồng', 'level', 'VND', d()),
 ('khoảng 19.000 tỷ đồng', '19.000 tỷ đồng', 'level', 'VND', d(BR, Y, E, bound='about')),
 ('đạt 7,1 - 7,3%', '7,1 - 7,3%', 'level', '%', d(Y, E, indicator='grdp_growth')),
]
