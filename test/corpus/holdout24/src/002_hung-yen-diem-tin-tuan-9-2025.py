TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ / Tin tức - Sự kiện / Điểm tin
Thứ Hai, 22/09/2025 | 07:30 | Lượt đọc: 1.056

ĐIỂM TIN KINH TẾ - XÃ HỘI TUẦN TỪ 15/9 ĐẾN 21/9/2025

(Cổng TTĐT) - Cổng Thông tin điện tử tỉnh điểm lại một số thông tin nổi bật về kinh tế - xã hội của tỉnh Hưng Yên trong tuần qua.

■ Thu ngân sách 8 tháng đạt khá
Theo Sở Tài chính, lũy kế đến hết tháng 8/2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 31.640 tỷ đồng, bằng 78,4% dự toán năm và tăng 17,2% so với cùng kỳ. Trong đó thu nội địa 27.915 tỷ đồng; thu từ hoạt động xuất, nhập khẩu 3.725 tỷ đồng.

■ Thu hút thêm 46 dự án đầu tư nước ngoài
Từ đầu năm đến hết tháng 8/2025, tỉnh cấp mới giấy chứng nhận đăng ký đầu tư cho 46 dự án FDI với tổng vốn đăng ký 612,5 triệu USD; có 38 lượt dự án điều chỉnh tăng vốn thêm 204,3 triệu USD. Các dự án mới tập trung ở Khu công nghiệp số 5 và Khu công nghiệp Thái Bình - Liên Hà Thái.

■ Vụ Mùa: bắt đầu thu hoạch lúa sớm
Vụ Mùa năm nay toàn tỉnh gieo cấy 96.300 ha lúa. Đến ngày 19/9, nông dân đã thu hoạch khoảng 12% diện tích; năng suất các trà lúa sớm ước đạt 58 - 60 tạ/ha, cao hơn vụ Mùa năm trước khoảng 2 tạ/ha. Tại xã Vũ Thư, hợp tác xã huy động 14 máy gặt đập liên hợp phục vụ bà con.

■ Giá lợn hơi nhích nhẹ
Trong tuần, giá lợn hơi tại các chợ đầu mối dao động 60.000 - 62.000 đồng/kg, tăng khoảng 2.000 đồng/kg so với tuần trước. Giá trứng gà ổn định ở mức 2.600 đồng/quả.

■ Phường Phố Hiến: 12 dự án chỉnh trang đô thị
Năm 2025, phường Phố Hiến triển khai 12 dự án chỉnh trang đô thị với tổng mức đầu tư 486 tỷ đồng; đến nay đã giải ngân 291 tỷ đồng, đạt 59,9% kế hoạch vốn.

■ Thêm 27 sản phẩm đạt chuẩn OCOP
Ngày 18/9, UBND tỉnh ban hành Quyết định số 2146/QĐ-UBND công nhận thêm 27 sản phẩm OCOP đạt 3 sao và 4 sao, nâng tổng số sản phẩm OCOP của tỉnh lên 586 sản phẩm.

■ Xuất khẩu lao động đạt 71,3% kế hoạch
Tám tháng năm 2025, toàn tỉnh đưa 2.140 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt 71,3% kế hoạch năm; thị trường chủ yếu là Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc).

■ Bao phủ bảo hiểm y tế 93,6% dân số
Đến hết tháng 8/2025, toàn tỉnh có 3,12 triệu người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,6% dân số; số người tham gia bảo hiểm xã hội 612.400 người, chiếm 44,8% lực lượng lao động trong độ tuổi.

■ Tai nạn giao thông giảm
Trong tuần, trên địa bàn tỉnh xảy ra 4 vụ tai nạn giao thông, làm chết 3 người, bị thương 2 người; so với tuần trước giảm 1 vụ. Lực lượng cảnh sát giao thông lập biên bản 1.284 trường hợp vi phạm, tạm giữ 312 phương tiện.

■ Xã Tiên Lữ: bàn giao nhà Đại đoàn kết
Sáng 20/9, xã Tiên Lữ bàn giao 15 căn nhà Đại đoàn kết cho hộ nghèo, mỗi căn được hỗ trợ 60 triệu đồng. Ông Nguyễn Văn Tư (72 tuổi, thôn 3) xúc động nhận chìa khóa căn nhà mới rộng 48 m2.

■ Khắc phục hậu quả bão số 3
Theo báo cáo nhanh của Ban Chỉ huy phòng thủ dân sự tỉnh, hoàn lưu bão số 3 (bão Kajiki) làm ngập 3.240 ha lúa mùa và 410 ha rau màu, tốc mái 86 nhà dân; tổng thiệt hại ước khoảng 126 tỷ đồng. UBND tỉnh đã xuất 150 tấn hạt giống dự phòng hỗ trợ các xã gieo cấy lại.

■ Khởi công cầu nối hai bờ sông Luộc
Ngày 17/9, Sở Xây dựng khởi công cầu qua sông Luộc trên tuyến ĐT.396B, tổng mức đầu tư 1.250 tỷ đồng từ nguồn ngân sách tỉnh, thời gian thi công 30 tháng. Cầu dài 1,2 km, rộng 17 m, bốn làn xe.

■ Thời tiết tuần tới
Từ 22/9 đến 28/9, trời nắng, chiều tối có mưa rào và dông rải rác; nhiệt độ cao nhất 33 - 35 độ C. Người dân cần đề phòng lốc, sét trong cơn dông.

Mọi thông tin phản ánh xin gửi về Đường dây nóng: 0221.3868.000.
Tổng hợp: BBT

Xem thêm:
- Điểm tin tuần từ 8/9 đến 14/9/2025
- Hưng Yên: 8 tháng, kim ngạch xuất khẩu tăng 12%
- Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XX
'''
META = {'published': '2025-09-22', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2025-M09', 'modality': 'actual'}
U = {'direction': 'up'}
D = {'direction': 'down'}
S = {'base': 'same_period'}
P = {'base': 'previous_period'}
E = {'modality': 'estimate'}
M8 = {'period': '2025-8M'}
Y = {'period': '2025'}
BR = {'indicator': 'budget_revenue', **M8}
FDI = {'indicator': 'fdi', **M8}
PH = {'locality': 'phường Phố Hiến', **Y}
FIGS = [
 ('đạt 31.640 tỷ đồng', '31.640 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 78,4%', '78,4%', 'attainment', '%', dict(BR, base='target')),
 ('tăng 17,2%', '17,2%', 'change', '%', dict(BR, **U, **S)),
 ('địa 27.915 tỷ đồng', '27.915 tỷ đồng', 'level', 'VND', dict(BR)),
 ('khẩu 3.725 tỷ đồng', '3.725 tỷ đồng', 'level', 'VND', dict(BR)),
 ('Thu hút thêm 46 dự án', '46', 'level', 'dự án', dict(FDI)),
 ('cho 46 dự án FDI', '46', 'level', 'dự án', dict(FDI)),
 ('ký 612,5 triệu USD', '612,5 triệu USD', 'level', 'USD', dict(FDI)),
 ('có 38 lượt', '38', 'level', 'lượt dự án', dict(FDI)),
 ('thêm 204,3 triệu USD', '204,3 triệu USD', 'level', 'USD', dict(FDI)),
 ('cấy 96.300 ha', '96.300 ha', 'level', 'ha', dict(Y, indicator='crop_area')),
 ('khoảng 12% diện tích', '12%', 'level', '%', dict(bound='about')),
 ('đạt 58 - 60 tạ/ha', '58 - 60 tạ/ha', 'level', 'tạ/ha', dict(Y, **E)),
 ('khoảng 2 tạ/ha', '2 tạ/ha', 'change', 'tạ/ha', dict(Y, **E, **U, **S, bound='about')),
 ('huy động 14 máy', '14', 'level', 'máy', dict(optional=True)),
 ('dao động 60.000 - 62.000 đồng/kg', '60.000 - 62.000 đồng/kg', 'level', 'VND/kg', dict()),
 ('khoảng 2.000 đồng/kg', '2.000 đồng/kg', 'change', 'VND/kg', dict(**U, **P, bound='about')),
 ('mức 2.600 đồng/quả', '2.600 đồng/quả', 'level', 'VND/quả', dict()),
 ('Phố Hiến: 12 dự án', '12', 'level', 'dự án', dict(PH)),
 ('triển khai 12 dự án', '12', 'level', 'dự án', dict(PH)),
 ('tư 486 tỷ đồng', '486 tỷ đồng', 'level', 'VND', dict(PH)),
 ('ngân 291 tỷ đồng', '291 tỷ đồng', 'level', 'VND', dict(PH, indicator='public_investment_disbursement')),
 ('đạt 59,9%', '59,9%', 'attainment', '%', dict(PH, indicator='public_investment_disbursement', base='target')),
 ('Thêm 27 sản phẩm', '27', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('thêm 27 sản phẩm OCOP', '27', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('lên 586 sản phẩm', '586', 'level', 'sản phẩm', dict(indicator='ocop_products', **U)),
 ('đạt 71,3% kế hoạch\n', '71,3%', 'attainment', '%', dict(M8, indicator='labour_export', base='target')),
 ('đưa 2.140 lao động', '2.140', 'level', 'lao động', dict(M8, indicator='labour_export')),
 ('đạt 71,3% kế hoạch năm', '71,3%', 'attainment', '%', dict(M8, indicator='labour_export', base='target')),
 ('tế 93,6% dân số', '93,6%', 'level', '%', dict(period='2025-M08', indicator='health_insurance_coverage')),
 ('có 3,12 triệu người', '3,12 triệu', 'level', 'người', dict(period='2025-M08', indicator='health_insurance_coverage')),
 ('bao phủ 93,6%', '93,6%', 'level', '%', dict(period='2025-M08', indicator='health_insurance_coverage')),
 ('hội 612.400 người', '612.400', 'level', 'người', dict(period='2025-M08', indicator='social_insurance_coverage')),
 ('chiếm 44,8%', '44,8%', 'level', '%', dict(period='2025-M08', indicator='social_insurance_coverage')),
 ('xảy ra 4 vụ', '4', 'level', 'vụ', dict(indicator='traffic_accidents')),
 ('chết 3 người', '3', 'level', 'người', dict(indicator='traffic_deaths')),
 ('thương 2 người', '2', 'level', 'người', dict(indicator='traffic_injuries')),
 ('giảm 1 vụ', '1', 'change', 'vụ', dict(indicator='traffic_accidents', **D, **P)),
 ('bản 1.284 trường hợp', '1.284', 'level', 'trường hợp', dict()),
 ('giữ 312 phương tiện', '312', 'level', 'phương tiện', dict()),
 ('giao 15 căn', '15', 'level', 'căn nhà', dict(optional=True)),
]
FIGS += [
 ('ngập 3.240 ha', '3.240 ha', 'level', 'ha', dict()),
 ('và 410 ha', '410 ha', 'level', 'ha', dict()),
 ('mái 86 nhà', '86', 'level', 'nhà', dict()),
 ('khoảng 126 tỷ đồng', '126 tỷ đồng', 'level', 'VND', dict(E, bound='about')),
 ('xuất 150 tấn', '150 tấn', 'level', 'tấn', dict()),
 ('tư 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', dict()),
 ('dài 1,2 km', '1,2 km', 'level', 'km', dict(optional=True)),
]
