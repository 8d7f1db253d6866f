TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NINH BÌNH
Thứ Tư, 08/07/2026 | Hotline: 0229.3871.466 | Đăng nhập
Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Pháp luật | Ninh Bình 24h | Podcast

Kinh tế

Ninh Bình: Thu ngân sách 6 tháng đạt 28.450 tỷ đồng, tăng 18,7%

08/07/2026 - 15:22

NBTV - 6 tháng đầu năm 2026, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 28.450 tỷ đồng, bằng 61,2% dự toán HĐND tỉnh giao, tăng 18,7% so với cùng kỳ (tính gộp ba tỉnh Hà Nam, Nam Định, Ninh Bình cũ).

Theo Sở Tài chính, dự toán thu ngân sách năm 2026 HĐND tỉnh giao là 46.480 tỷ đồng; đây là lần đầu tiên tỉnh Ninh Bình sau hợp nhất có số thu 6 tháng vượt mốc 28.000 tỷ đồng. Thu nội địa đạt 25.930 tỷ đồng, bằng 60,4% dự toán, tăng 20,1% so với cùng kỳ; thu từ hoạt động xuất nhập khẩu 2.520 tỷ đồng, bằng 69,2% dự toán, tăng 5,8%.

Theo khu vực, số thu của khu vực Ninh Bình (cũ), Nam Định (cũ) và Hà Nam (cũ) lần lượt đạt 12.140 tỷ đồng, 9.230 tỷ đồng và 7.080 tỷ đồng. Khu vực Hà Nam (cũ) tăng mạnh nhất với 31,4% nhờ nguồn thu từ các doanh nghiệp trong khu công nghiệp Đồng Văn và Thanh Liêm.

Thu tiền sử dụng đất vẫn khó khăn

Thu tiền sử dụng đất 6 tháng đạt 6.820 tỷ đồng, bằng 45,5% dự toán, giảm 8,3% so với cùng kỳ. Toàn tỉnh tổ chức 64 phiên đấu giá quyền sử dụng đất với 1.250 lô đất trúng đấu giá; giá trúng đấu giá bình quân 18,6 triệu đồng/m2, gấp 1,9 lần giá khởi điểm. Một số khu đất tại phường Nam Định và phường Phủ Lý phải đấu giá lại do người trúng đấu giá bỏ cọc.

Phiên đấu giá quyền sử dụng đất tại phường Hoa Lư, tháng 5/2026. Ảnh: Minh Đức

Ông Trần Văn Hòa, Giám đốc Sở Tài chính cho biết, sau sắp xếp, tỉnh có 129 xã, phường; ngân sách cấp xã 6 tháng thu 3.415 tỷ đồng, bằng 58,3% dự toán. Có 41/129 xã, phường thu đạt trên 60% dự toán, song vẫn còn 9 xã thu dưới 30% do chủ yếu trông vào tiền sử dụng đất. Cũng trong 6 tháng, cơ quan thuế đã hoàn thuế giá trị gia tăng cho 168 doanh nghiệp với số tiền 1.126 tỷ đồng, tăng 35,2% so với cùng kỳ, góp phần tháo gỡ khó khăn về dòng tiền cho doanh nghiệp xuất khẩu.

"Nguồn thu tăng chủ yếu nhờ khu vực doanh nghiệp FDI và thuế thu nhập cá nhân từ chuyển nhượng bất động sản. Tuy nhiên, thu tiền sử dụng đất phụ thuộc nhiều vào thị trường, nên Sở đã tham mưu UBND tỉnh điều hành chi trong phạm vi nguồn thu thực tế", ông Hòa nói.

Tổng chi ngân sách địa phương 6 tháng đạt 17.930 tỷ đồng, bằng 42,8% dự toán, tăng 9,4% so với cùng kỳ; trong đó chi đầu tư phát triển 6.105 tỷ đồng, chi thường xuyên 11.320 tỷ đồng.

Về giải ngân vốn đầu tư công, đến ngày 30/6/2026, toàn tỉnh giải ngân 7.864 tỷ đồng, đạt 38,4% kế hoạch vốn Thủ tướng Chính phủ giao, cao hơn bình quân cả nước (32,1%) 6,3 điểm phần trăm. Kế hoạch vốn Thủ tướng Chính phủ giao năm 2026 của tỉnh là 20.480 tỷ đồng. Hiện còn 12/71 chủ đầu tư giải ngân dưới 20%, chủ yếu là các xã mới được giao làm chủ đầu tư.

6 tháng cuối năm, tỉnh phấn đấu thu ngân sách đạt trên 20.000 tỷ đồng, cả năm thu vượt từ 5 - 7% dự toán; giải ngân vốn đầu tư công đến ngày 30/9/2026 đạt trên 65% và cả năm đạt 100% kế hoạch vốn Thủ tướng Chính phủ giao.

Hoàng Hà - Văn Tùng

Tin cùng chuyên mục:
- Ninh Bình thu hút 1,2 tỷ USD vốn FDI trong 6 tháng
- Khởi công tuyến đường vành đai 5 vùng Thủ đô đoạn qua tỉnh
- Kim ngạch xuất khẩu 6 tháng tăng 14%

Bình luận (0) | Chia sẻ | In bài
Giấy phép số 28/GP-BVHTTDL | Trụ sở: đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình
'''
META = {'published': '2026-07-08', 'locality': 'tỉnh Ninh Bình'}
DEFAULTS = {'locality': 'tỉnh Ninh Bình', 'period': '2026-H1', 'modality': 'actual', 'indicator': 'budget_revenue'}
T = {'base': 'target'}
S = {'base': 'same_period'}
EX = {'indicator': 'budget_expenditure'}
PI = {'indicator': 'public_investment_disbursement'}
FIGS = [
 # headline
 ('đạt 28.450 tỷ đồng, tăng 18,7%\n', '28.450 tỷ đồng', 'level', 'VND', dict()),
 ('tỷ đồng, tăng 18,7%\n', '18,7%', 'change', '%', dict(direction='up')),
 # sapo
 ('tỉnh đạt 28.450 tỷ đồng', '28.450 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 61,2% dự toán', '61,2%', 'attainment', '%', dict(T)),
 ('tăng 18,7% so với cùng kỳ', '18,7%', 'change', '%', dict(S, direction='up')),
 # plan and components
 ('là 46.480 tỷ đồng', '46.480 tỷ đồng', 'level', 'VND', dict(modality='target', period='2026')),
 ('vượt mốc 28.000 tỷ đồng', '28.000 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('đạt 25.930 tỷ đồng', '25.930 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 60,4% dự toán', '60,4%', 'attainment', '%', dict(T)),
 ('tăng 20,1% so với cùng kỳ', '20,1%', 'change', '%', dict(S, direction='up')),
 ('khẩu 2.520 tỷ đồng', '2.520 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 69,2% dự toán', '69,2%', 'attainment', '%', dict(T)),
 ('tăng 5,8%.', '5,8%', 'change', '%', dict(direction='up')),
 # parts
 ('lần lượt đạt 12.140 tỷ đồng', '12.140 tỷ đồng', 'level', 'VND', dict()),
 (', 9.230 tỷ đồng', '9.230 tỷ đồng', 'level', 'VND', dict(locality='tỉnh Nam Định')),
 ('và 7.080 tỷ đồng', '7.080 tỷ đồng', 'level', 'VND', dict(locality='tỉnh Hà Nam')),
 ('với 31,4%', '31,4%', 'change', '%', dict(direction='up', locality='tỉnh Hà Nam')),
 # land fees
 ('đạt 6.820 tỷ đồng', '6.820 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 45,5% dự toán', '45,5%', 'attainment', '%', dict(T)),
 ('giảm 8,3% so với cùng kỳ', '8,3%', 'change', '%', dict(S, direction='down')),
 ('chức 64 phiên', '64', 'level', 'phiên', dict(optional=True, indicator=None)),
 ('với 1.250 lô đất', '1.250', 'level', 'lô đất', dict(indicator=None)),
 ('bình quân 18,6 triệu đồng/m2', '18,6 triệu đồng/m2', 'level', 'VND/m2', dict(indicator=None)),
 ('gấp 1,9 lần', '1,9 lần', 'change', 'lần', dict(indicator=None, direction='up')),
 # communes and refunds
 ('có 129 xã, phường', '129', 'level', 'xã', dict(optional=True, indicator=None)),
 ('xã 6 tháng thu 3.415 tỷ đồng', '3.415 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 58,3% dự toán', '58,3%', 'attainment', '%', dict(T)),
 ('Có 41/129 xã', '41/129', 'ratio', 'xã', dict(indicator=None)),
 ('còn 9 xã', '9', 'level', 'xã', dict(indicator=None)),
 ('cho 168 doanh nghiệp', '168', 'level', 'doanh nghiệp', dict(indicator=None)),
 ('tiền 1.126 tỷ đồng', '1.126 tỷ đồng', 'level', 'VND', dict(indicator=None)),
 ('tăng 35,2% so với cùng kỳ', '35,2%', 'change', '%', dict(S, direction='up', indicator=None)),
 # spending
 ('đạt 17.930 tỷ đồng', '17.930 tỷ đồng', 'level', 'VND', dict(EX)),
 ('bằng 42,8% dự toán', '42,8%', 'attainment', '%', dict(T, **EX)),
 ('tăng 9,4% so với cùng kỳ', '9,4%', 'change', '%', dict(S, direction='up', **EX)),
 ('triển 6.105 tỷ đồng', '6.105 tỷ đồng', 'level', 'VND', dict(EX)),
 ('xuyên 11.320 tỷ đồng', '11.320 tỷ đồng', 'level', 'VND', dict(EX)),
 # disbursement
 ('giải ngân 7.864 tỷ đồng', '7.864 tỷ đồng', 'level', 'VND', dict(PI)),
 ('đạt 38,4% kế hoạch', '38,4%', 'attainment', '%', dict(T, **PI)),
 ('(32,1%)', '32,1%', 'attainment', '%', dict(T, locality='cả nước', **PI)),
 ('6,3 điểm phần trăm', '6,3 điểm phần trăm', 'change', 'điểm %', dict(direction='up', **PI)),
 ('là 20.480 tỷ đồng', '20.480 tỷ đồng', 'level', 'VND', dict(modality='target', period='2026', **PI)),
 ('12/71 chủ đầu tư', '12/71', 'ratio', 'chủ đầu tư', dict(indicator=None, period='2026-M06')),
 # H2 and year targets
 ('đạt trên 20.000 tỷ đồng', '20.000 tỷ đồng', 'level', 'VND', dict(modality='target', period='2026-H2', bound='over')),
 ('vượt từ 5 - 7% dự toán', '5 - 7%', 'change', '%', dict(T, modality='target', period='2026', direction='up', status='exceeded')),
 ('đạt trên 65%', '65%', 'attainment', '%', dict(T, modality='target', period='2026-9M', bound='over', **PI)),
 ('cả năm đạt 100% kế hoạch', '100%', 'attainment', '%', dict(T, modality='target', period='2026', **PI)),
]
