TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU
Trang chủ | Thời sự | Kinh tế | Nông nghiệp | Xã hội | Văn hóa - Thể thao
Thứ Sáu, 26/12/2025 - 15:42

Kinh tế

Ngành nông nghiệp Cà Mau: Kim ngạch xuất khẩu thủy sản năm 2025 ước đạt 2,1 tỷ USD

(CMO) Chiều 25/12, Sở Nông nghiệp và Môi trường tỉnh Cà Mau tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên ngành tổng kết trên địa bàn tỉnh mới, sau khi hợp nhất tỉnh Bạc Liêu và tỉnh Cà Mau theo Nghị quyết số 202/2025/QH15 của Quốc hội.

Giám đốc Sở Nông nghiệp và Môi trường Lâm Văn Bi cho biết, năm 2025 ngành thực hiện đạt và vượt 9/11 chỉ tiêu chủ yếu được giao; 2 chỉ tiêu chưa đạt là tổng đàn heo và tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn.

Theo báo cáo, giá trị sản xuất nông, lâm nghiệp và thủy sản năm 2025 (tính gộp hai tỉnh cũ) ước đạt 68.450 tỷ đồng, tăng 4,6% so với năm 2024, đạt 101,2% kế hoạch. Tổng sản lượng thủy sản ước đạt 1.052.300 tấn, tăng 3,8% so với năm 2024, đạt 102,3% kế hoạch; trong đó nuôi trồng ước 786.500 tấn, khai thác 265.800 tấn. Riêng sản lượng tôm ước đạt 486.200 tấn, tăng 5,1%.

Tổng diện tích nuôi trồng thủy sản toàn tỉnh hiện có 432.600 ha, trong đó diện tích nuôi tôm 398.700 ha. Diện tích nuôi tôm siêu thâm canh, thâm canh đạt 21.450 ha, tăng 1.280 ha so với cuối năm 2024; năng suất bình quân của hình thức nuôi này từ 25 - 30 tấn/ha/vụ. Mô hình tôm - lúa được duy trì với diện tích 56.300 ha, tập trung ở các xã Phước Long, Hồng Dân, Thới Bình và Trần Văn Thời.

Người nuôi tôm ở xã Tân Thuận thu hoạch tôm thẻ chân trắng nuôi siêu thâm canh. Ảnh: Hữu Nghĩa

Về trồng trọt, tổng diện tích gieo trồng lúa cả năm đạt 276.800 ha, sản lượng ước đạt 1,46 triệu tấn. Vụ Đông Xuân 2024 - 2025, năng suất lúa ở khu vực Bạc Liêu cũ đạt bình quân 66,2 tạ/ha, cao nhất từ trước đến nay. Giá lúa tươi tại ruộng trong năm dao động 6.200 - 7.400 đồng/kg, người trồng lúa có lãi 25 - 30 triệu đồng/ha.

Nghề muối ở khu vực Bạc Liêu cũ có diện tích sản xuất 1.120 ha, sản lượng muối đạt 58.400 tấn, tăng 9,2% so với năm 2024. Dịch bệnh trên tôm nuôi cơ bản được kiểm soát; diện tích tôm nuôi bị thiệt hại trong năm là 2.860 ha, giảm 41,3% so với năm 2024, chủ yếu do môi trường nước biến động vào đầu mùa mưa.

Về chăn nuôi, tổng đàn heo của tỉnh hiện có 285.400 con, chỉ đạt 89,2% kế hoạch; đàn gia cầm 4,12 triệu con. Trong năm không xảy ra dịch tả heo châu Phi trên diện rộng, chỉ phát sinh 3 ổ dịch nhỏ lẻ tại các xã Vĩnh Lợi, Châu Thới và Hưng Hội với 47 con heo buộc phải tiêu hủy.

Kim ngạch xuất khẩu thủy sản năm 2025 ước đạt 2,1 tỷ USD, tăng 12,4% so với năm 2024; tôm chiếm khoảng 88% giá trị xuất khẩu. Xuất khẩu sang các thị trường Mỹ, Nhật Bản và Trung Quốc lần lượt đạt 610 triệu USD, 395 triệu USD và 340 triệu USD.

Trong lĩnh vực lâm nghiệp, toàn tỉnh trồng mới 850 ha rừng, đạt 106,3% kế hoạch; tỷ lệ che phủ rừng và cây phân tán đạt 24,6%, tăng 0,3 điểm phần trăm so với năm 2024. Mùa khô năm 2025 không để xảy ra cháy rừng tại Vườn quốc gia U Minh Hạ.

Đến nay, tỉnh có 186 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 41 sản phẩm đạt 4 sao. Toàn tỉnh có 52/64 xã đạt chuẩn nông thôn mới.

Năm 2026, ngành phấn đấu giá trị sản xuất nông, lâm nghiệp và thủy sản tăng 4 - 4,5%; tổng sản lượng thủy sản đạt 1,08 triệu tấn trở lên; kim ngạch xuất khẩu thủy sản 2,3 tỷ USD; tỷ lệ che phủ rừng và cây phân tán 24,8%.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lê Văn Sử đề nghị ngành tập trung xây dựng vùng nuôi tôm đạt chứng nhận quốc tế, kiểm soát chặt dịch bệnh trên tôm nuôi và chuẩn bị phương án ứng phó hạn mặn mùa khô 2025 - 2026.

Trần Nguyên

Lượt xem: 1.284

Tin liên quan
- Giá tôm nguyên liệu tăng mạnh dịp cuối năm (24/12/2025)
- Cà Mau: Xuống giống hơn 30.000 ha lúa Đông Xuân 2025 - 2026 (20/12/2025)
- Hội nghị xúc tiến thương mại tôm Cà Mau lần thứ 3 (18/12/2025)

Báo và Phát thanh, Truyền hình Cà Mau - Số 3 Lý Bôn, phường An Xuyên, tỉnh Cà Mau. Đường dây nóng: 0290.3831.236
'''
META = {'published': '2025-12-26', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2026', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
AOV = {'indicator': 'agricultural_output_value'}
AQ = {'indicator': 'aquaculture_output'}
EX = {'indicator': 'export_value'}
FC = {'indicator': 'forest_cover'}
FIGS = [
 ('năm 2025 ước đạt 2,1 tỷ USD\n', '2,1 tỷ USD', 'level', 'USD', d(E, EX)),
 ('vượt 9/11 chỉ tiêu', '9/11', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('; 2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 68.450 tỷ đồng', '68.450 tỷ đồng', 'level', 'VND', d(E, AOV)),
 ('tăng 4,6% so với năm 2024', '4,6%', 'change', '%', d(E, AOV, U, base='2024')),
 ('đạt 101,2% kế hoạch', '101,2%', 'attainment', '%', d(E, AOV, base='target')),
 ('ước đạt 1.052.300 tấn', '1.052.300 tấn', 'level', 'tấn', d(E, AQ)),
 ('tăng 3,8% so với năm 2024', '3,8%', 'change', '%', d(E, AQ, U, base='2024')),
 ('đạt 102,3% kế hoạch', '102,3%', 'attainment', '%', d(E, AQ, base='target')),
 ('nuôi trồng ước 786.500 tấn', '786.500 tấn', 'level', 'tấn', d(E, AQ)),
 ('khai thác 265.800 tấn', '265.800 tấn', 'level', 'tấn', d(E, AQ)),
 ('ước đạt 486.200 tấn', '486.200 tấn', 'level', 'tấn', d(E)),
 ('tăng 5,1%', '5,1%', 'change', '%', d(E, U)),
 ('hiện có 432.600 ha', '432.600 ha', 'level', 'ha', d()),
 ('nuôi tôm 398.700 ha', '398.700 ha', 'level', 'ha', d()),
 ('đạt 21.450 ha', '21.450 ha', 'level', 'ha', d()),
 ('tăng 1.280 ha', '1.280 ha', 'change', 'ha', d(U, base='2024')),
 ('từ 25 - 30 tấn/ha/vụ', '25 - 30 tấn/ha/vụ', 'level', 'tấn/ha/vụ', d()),
 ('tích 56.300 ha', '56.300 ha', 'level', 'ha', d()),
 ('đạt 276.800 ha', '276.800 ha', 'level', 'ha', d(indicator='crop_area')),
 ('ước đạt 1,46 triệu tấn', '1,46 triệu tấn', 'level', 'tấn', d(E, indicator='rice_output')),
 ('bình quân 66,2 tạ/ha', '66,2 tạ/ha', 'level', 'tạ/ha', d(locality='tỉnh Bạc Liêu', period='2024/2025')),
 ('dao động 6.200 - 7.400 đồng/kg', '6.200 - 7.400 đồng/kg', 'level', 'VND/kg', d()),
 ('lãi 25 - 30 triệu đồng/ha', '25 - 30 triệu đồng/ha', 'level', 'VND/ha', d()),
 ('sản xuất 1.120 ha', '1.120 ha', 'level', 'ha', d(locality='tỉnh Bạc Liêu')),
 ('đạt 58.400 tấn', '58.400 tấn', 'level', 'tấn', d(locality='tỉnh Bạc Liêu')),
 ('tăng 9,2% so với năm 2024', '9,2%', 'change', '%', d(U, locality='tỉnh Bạc Liêu', base='2024')),
 ('là 2.860 ha', '2.860 ha', 'level', 'ha', d()),
 ('giảm 41,3% so với năm 2024', '41,3%', 'change', '%', d(D, base='2024')),
 ('hiện có 285.400 con', '285.400', 'level', 'con', d()),
 ('chỉ đạt 89,2% kế hoạch', '89,2%', 'attainment', '%', d(base='target')),
 ('cầm 4,12 triệu con', '4,12 triệu', 'level', 'con', d(value=4120000)),
 ('phát sinh 3 ổ dịch', '3', 'level', 'ổ dịch', d(optional=True)),
 ('với 47 con heo', '47', 'level', 'con', d()),
 ('Kim ngạch xuất khẩu thủy sản năm 2025 ước đạt 2,1 tỷ USD, tăng', '2,1 tỷ USD', 'level', 'USD', d(E, EX)),
 ('tăng 12,4% so với năm 2024', '12,4%', 'change', '%', d(E, EX, U, base='2024')),
 ('khoảng 88%', '88%', 'level', '%', d(bound='about')),
 ('lần lượt đạt 610 triệu USD', '610 triệu USD', 'level', 'USD', d(EX)),
 (', 395 triệu USD', '395 triệu USD', 'level', 'USD', d(EX)),
 ('và 340 triệu USD', '340 triệu USD', 'level', 'USD', d(EX)),
 ('trồng mới 850 ha rừng', '850 ha', 'level', 'ha', d()),
 ('đạt 106,3% kế hoạch', '106,3%', 'attainment', '%', d(base='target')),
 ('phân tán đạt 24,6%', '24,6%', 'level', '%', d(FC)),
 ('tăng 0,3 điểm phần trăm', '0,3 điểm phần trăm', 'change', 'điểm %', d(FC, U, base='2024')),
 ('có 186 sản phẩm OCOP', '186', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('41 sản phẩm đạt 4 sao', '41', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('có 52/64 xã', '52/64', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('tăng 4 - 4,5%', '4 - 4,5%', 'change', '%', d(T, AOV, U)),
 ('đạt 1,08 triệu tấn trở lên', '1,08 triệu tấn', 'level', 'tấn', d(T, AQ, bound='at_least')),
 ('thủy sản 2,3 tỷ USD', '2,3 tỷ USD', 'level', 'USD', d(T, EX)),
 ('phân tán 24,8%', '24,8%', 'level', '%', d(T, FC)),
]
