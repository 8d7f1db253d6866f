TEXT = '''
BÁO THÁI NGUYÊN ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hoá | Thể thao | Pháp luật | Quốc tế
Cập nhật: 08:35, 28/12/2022

Kinh tế

Giá trị sản phẩm chè năm 2022 ước đạt 13.500 tỷ đồng

(BTN) - Năm 2022, dù thời tiết diễn biến bất thường, giá vật tư đầu vào tăng cao, ngành chè Thái Nguyên vẫn giữ được đà tăng trưởng. Giá trị sản phẩm chè ước đạt 13.500 tỷ đồng, tăng 8,9% so với năm 2021; chè tiếp tục là cây trồng chủ lực, mang lại thu nhập chính cho khoảng 90.000 hộ nông dân trong tỉnh.

Theo Sở Nông nghiệp và Phát triển nông thôn, hiện toàn tỉnh có 22.620 ha chè, trong đó diện tích chè kinh doanh 20.850 ha. Năm 2022, diện tích trồng mới và trồng lại chè đạt 405 ha, bằng 101,3% kế hoạch; tỷ lệ diện tích chè giống mới chiếm 92,4% tổng diện tích. Năng suất chè búp tươi ước đạt 125,5 tạ/ha, tăng 1,8 tạ/ha; sản lượng ước đạt 261.700 tấn, tăng 2,5% so với năm 2021.

Giá trị thu hoạch bình quân trên 1 ha chè đạt 318 triệu đồng/năm, cao gấp hơn 2 lần so với trồng lúa. Diện tích chè sản xuất theo tiêu chuẩn VietGAP, hữu cơ và tương đương được cấp chứng nhận còn hiệu lực là 5.460 ha, tăng 615 ha so với năm 2021.

Diện tích và sản lượng chè tại một số địa phương trọng điểm năm 2022:

Địa phương | Diện tích chè (ha) | Sản lượng chè búp tươi ước năm 2022 (tấn)
Huyện Đại Từ | 6.350 | 76.400
Thành phố Thái Nguyên | 1.410 | 17.300
Huyện Phú Lương | 3.750 | 43.100
Huyện Định Hoá | 3.050 | 29.800

Thu hái chè tại xóm Khuôn Gà, xã Tân Cương (thành phố Thái Nguyên). Ảnh: Thuỳ Linh

Công tác xây dựng thương hiệu chè tiếp tục được quan tâm. Toàn tỉnh có 180 sản phẩm OCOP từ chè, chiếm hơn 53% tổng số sản phẩm OCOP của tỉnh; trong đó 2 sản phẩm đạt 5 sao. Lượng chè xuất khẩu năm 2022 ước khoảng 9.200 tấn, sang các thị trường Trung Đông, Đài Loan, Pakistan.

Anh Nguyễn Văn Thuỷ, Giám đốc HTX chè Hảo Đạt (xã Tân Cương) cho biết: "Năm nay HTX bán được khoảng 15 tấn chè khô, giá bình quân 800.000 đồng/kg, tăng 10% so với năm ngoái".

Mục tiêu đến năm 2025, tỉnh phấn đấu giá trị sản phẩm chè đạt 15.000 tỷ đồng trở lên, diện tích chè đạt khoảng 23.000 ha, trong đó trên 95% diện tích trồng bằng giống mới.

Thuỳ Linh

Tin cùng chuyên mục
- Festival Trà Thái Nguyên lần thứ 5 sẽ diễn ra vào tháng 12/2023 (26/12/2022)
- Đại Từ: Chè Hoàng Nông đạt chuẩn OCOP 4 sao (22/12/2022)
- Giá chè búp khô đầu vụ đông tăng nhẹ (15/12/2022)

Báo Thái Nguyên - Số 9 Hoàng Văn Thụ, phường Hoàng Văn Thụ, TP Thái Nguyên. Điện thoại: 0208.3855.424
'''
META = {'published': '2022-12-28', 'locality': 'tỉnh Thái Nguyên'}
DEFAULTS = {'locality': 'tỉnh Thái Nguyên', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
DT = {'locality': 'huyện Đại Từ'}
TP = {'locality': 'thành phố Thái Nguyên'}
PL = {'locality': 'huyện Phú Lương'}
DH = {'locality': 'huyện Định Hóa'}
FIGS = [
 ('năm 2022 ước đạt 13.500 tỷ đồng\n', '13.500 tỷ đồng', 'level', 'VND', d(E)),
 ('chè ước đạt 13.500 tỷ đồng, tăng', '13.500 tỷ đồng', 'level', 'VND', d(E)),
 ('tăng 8,9% so với năm 2021', '8,9%', 'change', '%', d(E, U, base='2021')),
 ('khoảng 90.000 hộ', '90.000', 'level', 'hộ', d(bound='about')),
 ('có 22.620 ha', '22.620 ha', 'level', 'ha', d()),
 ('kinh doanh 20.850 ha', '20.850 ha', 'level', 'ha', d()),
 ('đạt 405 ha', '405 ha', 'level', 'ha', d()),
 ('bằng 101,3% kế hoạch', '101,3%', 'attainment', '%', d(base='target')),
 ('chiếm 92,4%', '92,4%', 'level', '%', d()),
 ('ước đạt 125,5 tạ/ha', '125,5 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('tăng 1,8 tạ/ha', '1,8 tạ/ha', 'change', 'tạ/ha', d(E, U)),
 ('ước đạt 261.700 tấn', '261.700 tấn', 'level', 'tấn', d(E)),
 ('tăng 2,5% so với năm 2021', '2,5%', 'change', '%', d(E, U, base='2021')),
 ('đạt 318 triệu đồng/năm', '318 triệu đồng/năm', 'level', 'VND/ha/năm', d()),
 ('gấp hơn 2 lần', '2 lần', 'change', 'lần', d(U, bound='over')),
 ('là 5.460 ha', '5.460 ha', 'level', 'ha', d()),
 ('tăng 615 ha', '615 ha', 'change', 'ha', d(U, base='2021')),
 ('| 6.350 |', '6.350', 'level', 'ha', d(DT)),
 ('| 76.400', '76.400', 'level', 'tấn', d(DT, E)),
 ('| 1.410 |', '1.410', 'level', 'ha', d(TP)),
 ('| 17.300', '17.300', 'level', 'tấn', d(TP, E)),
 ('| 3.750 |', '3.750', 'level', 'ha', d(PL)),
 ('| 43.100', '43.100', 'level', 'tấn', d(PL, E)),
 ('| 3.050 |', '3.050', 'level', 'ha', d(DH)),
 ('| 29.800', '29.800', 'level', 'tấn', d(DH, E)),
 ('có 180 sản phẩm OCOP', '180', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('hơn 53%', '53%', 'level', '%', d(bound='over')),
 ('2 sản phẩm đạt 5 sao', '2', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('ước khoảng 9.200 tấn', '9.200 tấn', 'level', 'tấn', d(E, bound='about')),
 ('đạt 15.000 tỷ đồng trở lên', '15.000 tỷ đồng', 'level', 'VND', d(T, bound='at_least')),
 ('khoảng 23.000 ha', '23.000 ha', 'level', 'ha', d(T, bound='about')),
 ('trên 95%', '95%', 'level', '%', d(T, bound='over')),
]
