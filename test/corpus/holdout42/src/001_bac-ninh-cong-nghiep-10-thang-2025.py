TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH
Thứ Hai, 03/11/2025 | Đường dây nóng: 0222 3822 459 | Đăng nhập

Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Video

Kinh tế

10 tháng năm 2025: IIP Bắc Ninh tăng 14,6%, xuất khẩu ước đạt 51,2 tỷ USD

Cập nhật: 08:45, 03/11/2025 | Lượt xem: 1.248

(BBN) - Theo Thống kê tỉnh, chỉ số sản xuất công nghiệp (IIP) tháng 10/2025 ước tăng 8,5% so với tháng trước và tăng 12,3% so với cùng kỳ; tính chung 10 tháng tăng 14,6%. Kim ngạch xuất khẩu 10 tháng ước đạt 51,2 tỷ USD, chiếm trên 14% kim ngạch xuất khẩu cả nước.

Sản xuất linh kiện điện tử tại một doanh nghiệp trong KCN Quang Châu. Ảnh: Quang Hưng

Công nghiệp tăng tốc cuối năm

Tháng 10, các doanh nghiệp điện tử tại các KCN Yên Phong, VSIP Bắc Ninh, Quang Châu, Vân Trung bước vào cao điểm đơn hàng cuối năm. Chỉ số sản xuất công nghiệp tháng 10 ước tăng 8,5% so với tháng trước và tăng 12,3% so với cùng kỳ năm trước. Trong đó, ngành chế biến, chế tạo tăng 12,9%; sản xuất và phân phối điện tăng 6,1%; cung cấp nước, quản lý và xử lý rác thải, nước thải tăng 4,2%; khai khoáng giảm 3,5%.

Tính chung 10 tháng năm 2025, IIP toàn tỉnh ước tăng 14,6% so với cùng kỳ, cao hơn mức tăng 9,8% của cùng kỳ năm 2024. Riêng khu vực Bắc Giang cũ tăng 21,4% nhờ các dự án điện tử mới đi vào hoạt động tại Việt Yên, Yên Dũng.

Tính chung 10 tháng, so với cùng kỳ năm trước, một số sản phẩm chủ lực tăng khá: điện thoại di động đạt 98,4 triệu cái, tăng 9,6%; máy tính bảng 24,7 triệu cái, tăng 18,2%; linh kiện điện tử 1.285 triệu sản phẩm, tăng 15,3%; điện sản xuất 2.940 triệu kWh, tăng 7,2%. Ngược lại, sợi các loại đạt 62.500 tấn, giảm 4,1%; kính xây dựng 18,6 triệu m2, giảm 2,8% do thị trường bất động sản còn trầm lắng.

Xuất khẩu lập kỷ lục mới

Kim ngạch xuất khẩu tháng 10 ước đạt 5,62 tỷ USD, tăng 6,8% so với tháng trước và tăng 17,5% so với cùng kỳ. Lũy kế 10 tháng, xuất khẩu ước đạt 51,2 tỷ USD, tăng 19,3% so với cùng kỳ, bằng 87,5% kế hoạch năm; trong đó khu vực có vốn đầu tư nước ngoài đạt 49,8 tỷ USD, chiếm 97,3%. Kim ngạch nhập khẩu 10 tháng ước đạt 44,6 tỷ USD, tăng 21,1%; xuất siêu 6,6 tỷ USD.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 12.480 tỷ đồng, tăng 1,9% so với tháng trước; 10 tháng ước đạt 118.650 tỷ đồng, tăng 13,4% so với cùng kỳ.

Chỉ số giá tiêu dùng (CPI) tháng 10/2025 tăng 0,21% so với tháng trước, tăng 2,86% so với tháng 12/2024 và tăng 3,05% so với cùng kỳ năm trước. Bình quân 10 tháng, CPI tăng 3,12%.

Thu hút FDI dẫn đầu cả nước

Từ đầu năm đến ngày 25/10, tỉnh cấp mới 186 dự án FDI với tổng vốn đăng ký 2,37 tỷ USD; điều chỉnh tăng vốn 142 lượt dự án với 1,15 tỷ USD; góp vốn, mua cổ phần 418 triệu USD. Tổng vốn FDI thu hút đạt 3,94 tỷ USD, gấp 1,3 lần cùng kỳ, đứng thứ nhất cả nước.

Đến cuối tháng 10/2025, toàn tỉnh có 38 KCN được thành lập, trong đó 29 KCN đã đi vào hoạt động với tỷ lệ lấp đầy bình quân đạt 72,4%; riêng các KCN thuộc khu vực Bắc Ninh cũ đạt trên 85%.

Để hoàn thành mục tiêu năm 2025, tỉnh phấn đấu tốc độ tăng trưởng kinh tế (GRDP) cả năm đạt trên 10,5%, kim ngạch xuất khẩu đạt 58,5 tỷ USD; tập trung tháo gỡ vướng mắc về mặt bằng cho các dự án tại 12 KCN đang xây dựng hạ tầng.

Ngọc Anh

Tin liên quan
- Bắc Ninh thu hút gần 4 tỷ USD vốn FDI trong 10 tháng
- Khánh thành nhà máy linh kiện 300 triệu USD tại KCN Yên Phong II-C
- Bắc Giang cũ: 9 tháng xuất khẩu tăng 25%

Tòa soạn: Số 11 Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh | Giấy phép số 45/GP-BVHTTDL
'''
META = {'published': '2025-11-03', 'locality': 'tỉnh Bắc Ninh'}
DEFAULTS = {'locality': 'tỉnh Bắc Ninh', 'period': '2025-10M', 'modality': 'actual'}
E = {'modality': 'estimate'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
U = {'direction': 'up'}
D = {'direction': 'down'}
M10 = {'period': '2025-M10'}
IIP = {'indicator': 'industrial_production_index'}
EX = {'indicator': 'export_value'}
IM = {'indicator': 'import_value'}
R = {'indicator': 'retail_sales'}
C = {'indicator': 'cpi'}
F = {'indicator': 'fdi'}
T = {'modality': 'target', 'period': '2025'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 # headline
 ('IIP Bắc Ninh tăng 14,6%', '14,6%', 'change', '%', d(IIP, U)),
 ('xuất khẩu ước đạt 51,2 tỷ USD\n', '51,2 tỷ USD', 'level', 'USD', d(EX, E)),
 # sapo
 ('(IIP) tháng 10/2025 ước tăng 8,5%', '8,5%', 'change', '%', d(IIP, E, M10, U, P)),
 ('và tăng 12,3% so với cùng kỳ;', '12,3%', 'change', '%', d(IIP, E, M10, U, S)),
 ('tính chung 10 tháng tăng 14,6%', '14,6%', 'change', '%', d(IIP, U)),
 ('10 tháng ước đạt 51,2 tỷ USD, chiếm', '51,2 tỷ USD', 'level', 'USD', d(EX, E)),
 ('chiếm trên 14%', '14%', 'level', '%', d(EX, E, bound='over')),
 # body IIP month
 ('tháng 10 ước tăng 8,5%', '8,5%', 'change', '%', d(IIP, E, M10, U, P)),
 ('tăng 12,3% so với cùng kỳ năm trước', '12,3%', 'change', '%', d(IIP, E, M10, U, S)),
 ('chế tạo tăng 12,9%', '12,9%', 'change', '%', d(IIP, M10, U)),
 ('phân phối điện tăng 6,1%', '6,1%', 'change', '%', d(IIP, M10, U)),
 ('nước thải tăng 4,2%', '4,2%', 'change', '%', d(IIP, M10, U)),
 ('khai khoáng giảm 3,5%', '3,5%', 'change', '%', d(IIP, M10, D)),
 # 10 months
 ('IIP toàn tỉnh ước tăng 14,6%', '14,6%', 'change', '%', d(IIP, E, U, S)),
 ('mức tăng 9,8%', '9,8%', 'change', '%', d(IIP, U, period='2024-10M')),
 ('cũ tăng 21,4%', '21,4%', 'change', '%', d(IIP, U, locality='tỉnh Bắc Giang')),
 # products (fronted base)
 ('đạt 98,4 triệu cái', '98,4 triệu', 'level', 'cái', d()),
 ('tăng 9,6%', '9,6%', 'change', '%', d(U, S)),
 ('bảng 24,7 triệu cái', '24,7 triệu', 'level', 'cái', d()),
 ('tăng 18,2%', '18,2%', 'change', '%', d(U, S)),
 ('tử 1.285 triệu sản phẩm', '1.285 triệu', 'level', 'sản phẩm', d()),
 ('tăng 15,3%', '15,3%', 'change', '%', d(U, S)),
 ('2.940 triệu kWh', '2.940 triệu kWh', 'level', 'kWh', d()),
 ('tăng 7,2%', '7,2%', 'change', '%', d(U, S)),
 ('đạt 62.500 tấn', '62.500 tấn', 'level', 'tấn', d()),
 ('giảm 4,1%', '4,1%', 'change', '%', d(D)),
 ('18,6 triệu m2', '18,6 triệu m2', 'level', 'm2', d()),
 ('giảm 2,8%', '2,8%', 'change', '%', d(D)),
 # exports
 ('ước đạt 5,62 tỷ USD', '5,62 tỷ USD', 'level', 'USD', d(EX, E, M10)),
 ('tăng 6,8% so với tháng trước', '6,8%', 'change', '%', d(EX, E, M10, U, P)),
 ('tăng 17,5% so với cùng kỳ', '17,5%', 'change', '%', d(EX, E, M10, U, S)),
 ('xuất khẩu ước đạt 51,2 tỷ USD, tăng', '51,2 tỷ USD', 'level', 'USD', d(EX, E)),
 ('tăng 19,3% so với cùng kỳ', '19,3%', 'change', '%', d(EX, E, U, S)),
 ('bằng 87,5% kế hoạch năm', '87,5%', 'attainment', '%', d(EX, E, base='target')),
 ('đạt 49,8 tỷ USD', '49,8 tỷ USD', 'level', 'USD', d(EX)),
 ('chiếm 97,3%', '97,3%', 'level', '%', d(EX)),
 ('ước đạt 44,6 tỷ USD', '44,6 tỷ USD', 'level', 'USD', d(IM, E)),
 ('tăng 21,1%', '21,1%', 'change', '%', d(IM, E, U)),
 ('xuất siêu 6,6 tỷ USD', '6,6 tỷ USD', 'level', 'USD', d()),
 # retail
 ('ước đạt 12.480 tỷ đồng', '12.480 tỷ đồng', 'level', 'VND', d(R, E, M10)),
 ('tăng 1,9% so với tháng trước', '1,9%', 'change', '%', d(R, E, M10, U, P)),
 ('ước đạt 118.650 tỷ đồng', '118.650 tỷ đồng', 'level', 'VND', d(R, E)),
 ('tăng 13,4% so với cùng kỳ', '13,4%', 'change', '%', d(R, E, U, S)),
 # CPI
 ('tăng 0,21%', '0,21%', 'change', '%', d(C, M10, U, P)),
 ('tăng 2,86%', '2,86%', 'change', '%', d(C, M10, U, base='2024')),
 ('tăng 3,05%', '3,05%', 'change', '%', d(C, M10, U, S)),
 ('CPI tăng 3,12%', '3,12%', 'change', '%', d(C, U)),
 # FDI
 ('cấp mới 186 dự án', '186', 'level', 'dự án', d()),
 ('ký 2,37 tỷ USD', '2,37 tỷ USD', 'level', 'USD', d(F)),
 ('vốn 142 lượt dự án', '142', 'level', 'lượt dự án', d()),
 ('với 1,15 tỷ USD', '1,15 tỷ USD', 'level', 'USD', d(F)),
 ('phần 418 triệu USD', '418 triệu USD', 'level', 'USD', d(F)),
 ('đạt 3,94 tỷ USD', '3,94 tỷ USD', 'level', 'USD', d(F)),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', d(F, U, S)),
 # parks
 ('có 38 KCN', '38', 'level', 'khu công nghiệp', d(optional=True)),
 ('trong đó 29 KCN', '29', 'level', 'khu công nghiệp', d(optional=True)),
 ('đạt 72,4%', '72,4%', 'level', '%', d(M10)),
 ('trên 85%', '85%', 'level', '%', d(M10, bound='over')),
 # targets
 ('đạt trên 10,5%', '10,5%', 'level', '%', d(T, indicator='grdp_growth', bound='over')),
 ('đạt 58,5 tỷ USD', '58,5 tỷ USD', 'level', 'USD', d(EX, T)),
 ('tại 12 KCN', '12', 'level', 'khu công nghiệp', d(optional=True)),
]
