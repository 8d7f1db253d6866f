TEXT = '''
Báo Thái Nguyên điện tử
Cập nhật: 04/12/2023 - 14:28 | Kinh tế

Kim ngạch xuất khẩu 11 tháng ước đạt 26,3 tỷ USD

Theo Cục Thống kê tỉnh, tháng 11/2023, chỉ số sản xuất công nghiệp (IIP) của Thái Nguyên tăng 3,6% so với tháng trước và tăng 12,4% so với cùng kỳ. Tính chung 11 tháng, IIP giảm 1,9% so với cùng kỳ, chủ yếu do sản lượng điện thoại và linh kiện điện tử giảm.

Giá trị sản xuất công nghiệp 11 tháng (theo giá so sánh 2010) ước đạt 765.400 tỷ đồng, bằng 84,6% kế hoạch năm. Kim ngạch xuất khẩu ước đạt 26,3 tỷ USD, giảm 5,1% so với cùng kỳ, trong đó khu vực có vốn đầu tư nước ngoài chiếm 99,2%; nhập khẩu ước 17,8 tỷ USD, giảm 7,4%.

Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng 11 tháng ước đạt 39.850 tỷ đồng, tăng 10,7% so với cùng kỳ. Chỉ số giá tiêu dùng (CPI) bình quân 11 tháng tăng 3,12% so với cùng kỳ. Thu ngân sách nhà nước trên địa bàn tính đến hết tháng 11 đạt 15.120 tỷ đồng, bằng 91,5% dự toán năm. Vốn đầu tư thực hiện trên địa bàn ước đạt 41.360 tỷ đồng, tăng 6,2% so với cùng kỳ.

Sản xuất linh kiện điện tử tại Khu công nghiệp Yên Bình. Ảnh: T.L

Thu Hà

Lượt xem: 1.245
Tin khác
- Thái Nguyên: 9 dự án FDI được cấp mới trong tháng 11 (02/12/2023)
- Đường dây nóng: 0208.3855.468
'''
META = {'published': '2023-12-04', 'locality': 'tỉnh Thái Nguyên'}
DEFAULTS = {'locality': 'tỉnh Thái Nguyên', 'period': '2023-11M', 'modality': 'actual'}
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
IIP = {'indicator': 'industrial_production_index'}
EX = {'indicator': 'export_value'}
M11 = {'period': '2023-M11'}
FIGS = [
 ('11 tháng ước đạt 26,3 tỷ USD', '26,3 tỷ USD', 'level', 'USD', d(E, EX)),
 ('tăng 3,6% so với tháng trước', '3,6%', 'change', '%', d(IIP, U, M11, base='previous_period')),
 ('tăng 12,4% so với cùng kỳ', '12,4%', 'change', '%', d(IIP, U, M11, SP)),
 ('giảm 1,9% so với cùng kỳ', '1,9%', 'change', '%', d(IIP, DN, SP)),
 ('ước đạt 765.400 tỷ đồng', '765.400 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('bằng 84,6% kế hoạch', '84,6%', 'attainment', '%', d(E, T, indicator='industrial_output_value')),
 ('khẩu ước đạt 26,3 tỷ USD', '26,3 tỷ USD', 'level', 'USD', d(E, EX)),
 ('giảm 5,1% so với cùng kỳ', '5,1%', 'change', '%', d(E, EX, DN, SP)),
 ('chiếm 99,2%', '99,2%', 'level', '%', d(E, EX)),
 ('ước 17,8 tỷ USD', '17,8 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('giảm 7,4%', '7,4%', 'change', '%', d(E, DN, indicator='import_value')),
 ('ước đạt 39.850 tỷ đồng', '39.850 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 10,7% so với cùng kỳ', '10,7%', 'change', '%', d(E, U, SP, indicator='retail_sales')),
 ('tăng 3,12% so với cùng kỳ', '3,12%', 'change', '%', d(U, SP, indicator='cpi')),
 ('đạt 15.120 tỷ đồng', '15.120 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 91,5% dự toán', '91,5%', 'attainment', '%', d(T, indicator='budget_revenue')),
 ('ước đạt 41.360 tỷ đồng', '41.360 tỷ đồng', 'level', 'VND', d(E, indicator='social_investment')),
 ('tăng 6,2% so với cùng kỳ', '6,2%', 'change', '%', d(E, U, SP, indicator='social_investment')),
]
