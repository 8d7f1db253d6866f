TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự | Kinh tế | Xã hội | Văn hóa | Du lịch | Thể thao | Video | Phát thanh | Truyền hình | Lịch phát sóng
Thứ Hai, 06/10/2025 | Hotline: 0263.3822.171

LỊCH PHÁT SÓNG LĐTV1
05:30 Thể dục buổi sáng | 06:15 Lâm Đồng ngày mới | 11:45 Thời sự trưa | 19:45 Thời sự Lâm Đồng | 20:10 Phim: Mùa hoa dã quỳ (tập 12)

Kinh tế

Chỉ số sản xuất công nghiệp 9 tháng tăng 10,2%, thu ngân sách đạt 28.460 tỷ đồng

06/10/2025 08:30

LĐO - Theo Thống kê tỉnh Lâm Đồng, tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2025 của tỉnh tiếp tục chuyển biến tích cực: chỉ số sản xuất toàn ngành công nghiệp (IIP) 9 tháng ước tăng 10,2% so với cùng kỳ; tổng thu ngân sách nhà nước trên địa bàn đạt 28.460 tỷ đồng, bằng 81,5% dự toán năm.

Đây là báo cáo quý đầu tiên của tỉnh Lâm Đồng (mới) sau khi ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận hợp nhất theo Nghị quyết số 202/2025/QH15; số liệu so sánh của cùng kỳ là số cộng gộp của ba tỉnh (cũ).

Nông, lâm nghiệp và thủy sản

Vụ Mùa năm 2025, toàn tỉnh gieo trồng được 118.500 ha, bằng 97,3% so với cùng kỳ; trong đó lúa 52.300 ha, ngô 18.900 ha. Cà phê niên vụ 2025 - 2026 dự kiến cho sản lượng khoảng 760.000 tấn nhân.

Tổng đàn lợn tại thời điểm cuối tháng 9 ước đạt 1,62 triệu con, tăng 4,8% so với cùng thời điểm năm trước; đàn bò ước 285.400 con, giảm 1,2%. Sản lượng thủy sản 9 tháng ước đạt 198.600 tấn, tăng 3,4% so với cùng kỳ.

Trong 9 tháng, toàn tỉnh trồng mới 4.850 ha rừng tập trung, đạt 80,8% kế hoạch; phát hiện 62 vụ vi phạm Luật Lâm nghiệp, giảm 15 vụ so với cùng kỳ.

Công nghiệp

Chỉ số sản xuất công nghiệp tháng 9 ước tăng 2,1% so với tháng trước và tăng 9,6% so với cùng tháng năm trước. Tính chung 9 tháng, IIP ước tăng 10,2% so với cùng kỳ. Trong đó, ngành sản xuất và phân phối điện tăng 15,8%; công nghiệp chế biến, chế tạo tăng 8,9%; khai khoáng giảm 3,7%.

Một số sản phẩm chủ yếu 9 tháng tăng, giảm so với cùng kỳ: điện sản xuất đạt 9.120 triệu kWh, tăng 16,4%; alumin 1,05 triệu tấn, tăng 6,1%; chè chế biến 26.800 tấn, giảm 2,3%.

Thương mại, dịch vụ

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 9 ước đạt 16.240 tỷ đồng, tăng 1,8% so với tháng trước; 9 tháng ước đạt 142.380 tỷ đồng, tăng 12,7% so với cùng kỳ.

Các cơ sở lưu trú 9 tháng ước phục vụ 12,4 triệu lượt khách, tăng 14,5%; trong đó khách quốc tế ước 386.000 lượt. Doanh thu du lịch lữ hành đạt 1.250 tỷ đồng, gấp 1,3 lần cùng kỳ.

Kim ngạch xuất khẩu 9 tháng ước đạt 2,86 tỷ USD, tăng 24,3%, chủ yếu là cà phê (1,58 tỷ USD), rau quả, hạt điều và alumin; riêng khu vực Đắk Nông (cũ) đạt 1,12 tỷ USD. Kim ngạch nhập khẩu ước 765 triệu USD, giảm 5,2%.

Chỉ số giá tiêu dùng (CPI) tháng 9/2025 tăng 0,42% so với tháng trước, tăng 2,86% so với tháng 12/2024 và tăng 3,15% so với cùng kỳ năm trước. Bình quân 9 tháng, CPI tăng 3,02%.

Tài chính, đầu tư, doanh nghiệp

Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 28.460 tỷ đồng, bằng 81,5% dự toán và tăng 18,2% so với cùng kỳ; trong đó thu nội địa 26.900 tỷ đồng. Tổng chi ngân sách địa phương 24.120 tỷ đồng, bằng 63,4% dự toán.

Đến hết tháng 9, vốn đầu tư công đã giải ngân 9.870 tỷ đồng, đạt 58,6% kế hoạch vốn được giao. Trong 9 tháng có 1.386 doanh nghiệp đăng ký thành lập mới với tổng vốn đăng ký 14.520 tỷ đồng; 612 doanh nghiệp quay trở lại hoạt động và 845 doanh nghiệp tạm ngừng kinh doanh có thời hạn.

Văn hóa - xã hội

Trong 9 tháng, toàn tỉnh giải quyết việc làm cho 38.600 lao động, đạt 85,8% kế hoạch năm; đưa 2.140 người đi làm việc ở nước ngoài theo hợp đồng.

Từ ngày 16/8 đến 15/9/2025, trên địa bàn tỉnh xảy ra 58 vụ tai nạn giao thông, làm chết 31 người, bị thương 44 người; so với tháng trước giảm 7 vụ, giảm 4 người chết và giảm 9 người bị thương. Đoạn Quốc lộ 20 qua đèo Bảo Lộc và Quốc lộ 28 vẫn là các điểm thường xảy ra tai nạn.

Thống kê tỉnh Lâm Đồng
(Nguồn: Báo cáo số 186/BC-TK ngày 5/10/2025)

▶ Video: Lâm Đồng 9 tháng - Những con số ấn tượng | 03:58
▶ Video: Cao tốc Tân Phú - Bảo Lộc vượt tiến độ | 02:41

Xem thêm
- Lâm Đồng: Phấn đấu tăng trưởng GRDP năm 2025 đạt 8%
- Giá cà phê hôm nay 6/10: Tăng 1.500 đồng/kg

BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Giấy phép số 58/GP-BVHTTDL ngày 15/7/2025. Tổng Biên tập: Nguyễn Văn Tâm
Trụ sở: 38 Quang Trung, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng. Điện thoại: 0263.3822.137
'''
META = {'published': '2025-10-06', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2025-9M', 'modality': 'actual'}
E = dict(modality='estimate')
SAME, PREV = dict(base='same_period'), dict(base='previous_period')
IIP = dict(indicator='industrial_production_index')
M9 = dict(period='2025-M09')
BR = dict(indicator='budget_revenue')
TA, TD, TI = dict(indicator='traffic_accidents'), dict(indicator='traffic_deaths'), dict(indicator='traffic_injuries')
FIGS = [
 ('9 tháng tăng 10,2%, thu', '10,2%', 'change', '%', dict(IIP, direction='up')),
 ('ngân sách đạt 28.460 tỷ đồng\n', '28.460 tỷ đồng', 'level', 'VND', dict(BR)),
 ('ước tăng 10,2% so với cùng kỳ;', '10,2%', 'change', '%', dict(IIP, **E, **SAME, direction='up')),
 ('bàn đạt 28.460 tỷ đồng', '28.460 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 81,5% dự toán năm', '81,5%', 'attainment', '%', dict(BR, base='target')),
 ('được 118.500 ha', '118.500 ha', 'level', 'ha', dict(indicator='crop_area', period='2025')),
 ('bằng 97,3%', '97,3%', 'attainment', '%', dict(indicator='crop_area', period='2025', **SAME)),
 ('lúa 52.300 ha', '52.300 ha', 'level', 'ha', dict(indicator='crop_area', period='2025')),
 ('ngô 18.900 ha', '18.900 ha', 'level', 'ha', dict(indicator='crop_area', period='2025')),
 ('khoảng 760.000 tấn', '760.000 tấn', 'level', 'tấn', dict(period='2025/2026', **E, bound='about')),
 ('ước đạt 1,62 triệu con', '1,62 triệu con', 'level', 'con', dict(**M9, **E)),
 ('tăng 4,8% so với', '4,8%', 'change', '%', dict(**M9, **E, **SAME, direction='up')),
 ('ước 285.400 con', '285.400', 'level', 'con', dict(**M9, **E)),
 ('giảm 1,2%', '1,2%', 'change', '%', dict(**M9, **E, direction='down')),
 ('ước đạt 198.600 tấn', '198.600 tấn', 'level', 'tấn', dict(indicator='aquaculture_output', **E)),
 ('tăng 3,4% so với cùng kỳ', '3,4%', 'change', '%', dict(indicator='aquaculture_output', **E, **SAME, direction='up')),
 ('mới 4.850 ha', '4.850 ha', 'level', 'ha', dict()),
 ('đạt 80,8% kế hoạch', '80,8%', 'attainment', '%', dict(base='target')),
 ('phát hiện 62 vụ', '62', 'level', 'vụ', dict()),
 ('giảm 15 vụ', '15', 'change', 'vụ', dict(**SAME, direction='down')),
 ('ước tăng 2,1%', '2,1%', 'change', '%', dict(IIP, **M9, **E, **PREV, direction='up')),
 ('tăng 9,6%', '9,6%', 'change', '%', dict(IIP, **M9, **E, **SAME, direction='up')),
 ('IIP ước tăng 10,2%', '10,2%', 'change', '%', dict(IIP, **E, **SAME, direction='up')),
 ('điện tăng 15,8%', '15,8%', 'change', '%', dict(direction='up')),
 ('chế tạo tăng 8,9%', '8,9%', 'change', '%', dict(direction='up')),
 ('khoáng giảm 3,7%', '3,7%', 'change', '%', dict(direction='down')),
 ('đạt 9.120 triệu kWh', '9.120 triệu kWh', 'level', 'kWh', dict()),
 ('tăng 16,4%', '16,4%', 'change', '%', dict(**SAME, direction='up')),
 ('alumin 1,05 triệu tấn', '1,05 triệu tấn', 'level', 'tấn', dict()),
 ('tăng 6,1%', '6,1%', 'change', '%', dict(**SAME, direction='up')),
 ('biến 26.800 tấn', '26.800 tấn', 'level', 'tấn', dict()),
 ('giảm 2,3%', '2,3%', 'change', '%', dict(**SAME, direction='down')),
 ('ước đạt 16.240 tỷ đồng', '16.240 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **M9, **E)),
 ('tăng 1,8% so với tháng trước', '1,8%', 'change', '%', dict(indicator='retail_sales', **M9, **E, **PREV, direction='up')),
 ('ước đạt 142.380 tỷ đồng', '142.380 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 12,7% so với cùng kỳ', '12,7%', 'change', '%', dict(indicator='retail_sales', **E, **SAME, direction='up')),
 ('phục vụ 12,4 triệu lượt', '12,4 triệu', 'level', 'lượt khách', dict(indicator='tourist_arrivals', **E)),
 ('tăng 14,5%', '14,5%', 'change', '%', dict(indicator='tourist_arrivals', **E, direction='up')),
 ('ước 386.000 lượt', '386.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals', **E)),
 ('đạt 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', dict(indicator='tourism_revenue', **SAME, direction='up')),
 ('ước đạt 2,86 tỷ USD', '2,86 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 24,3%', '24,3%', 'change', '%', dict(indicator='export_value', **E, direction='up')),
 ('(1,58 tỷ USD)', '1,58 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('đạt 1,12 tỷ USD', '1,12 tỷ USD', 'level', 'USD', dict(indicator='export_value', locality='tỉnh Đắk Nông')),
 ('ước 765 triệu USD', '765 triệu USD', 'level', 'USD', dict(indicator='import_value', **E)),
 ('giảm 5,2%', '5,2%', 'change', '%', dict(indicator='import_value', **E, direction='down')),
 ('tăng 0,42%', '0,42%', 'change', '%', dict(indicator='cpi', **M9, **PREV, direction='up')),
 ('tăng 2,86%', '2,86%', 'change', '%', dict(indicator='cpi', **M9, base='2024', direction='up')),
 ('tăng 3,15%', '3,15%', 'change', '%', dict(indicator='cpi', **M9, **SAME, direction='up')),
 ('CPI tăng 3,02%', '3,02%', 'change', '%', dict(indicator='cpi', direction='up')),
 ('9 tháng đạt 28.460 tỷ đồng', '28.460 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 81,5% dự toán và', '81,5%', 'attainment', '%', dict(BR, base='target')),
 ('tăng 18,2%', '18,2%', 'change', '%', dict(BR, **SAME, direction='up')),
 ('thu nội địa 26.900 tỷ đồng', '26.900 tỷ đồng', 'level', 'VND', dict(BR)),
 ('phương 24.120 tỷ đồng', '24.120 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 63,4% dự toán', '63,4%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('giải ngân 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 58,6% kế hoạch', '58,6%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('có 1.386 doanh nghiệp', '1.386', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('ký 14.520 tỷ đồng', '14.520 tỷ đồng', 'level', 'VND', dict()),
 ('; 612 doanh nghiệp', '612', 'level', 'doanh nghiệp', dict()),
 ('và 845 doanh nghiệp', '845', 'level', 'doanh nghiệp', dict()),
 ('cho 38.600 lao động', '38.600', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 85,8% kế hoạch', '85,8%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('đưa 2.140 người', '2.140', 'level', 'người', dict(indicator='labour_export')),
 ('xảy ra 58 vụ', '58', 'level', 'vụ', dict(TA, **M9)),
 ('làm chết 31 người', '31', 'level', 'người', dict(TD, **M9)),
 ('bị thương 44 người', '44', 'level', 'người', dict(TI, **M9)),
 ('giảm 7 vụ', '7', 'change', 'vụ', dict(TA, **M9, **PREV, direction='down')),
 ('giảm 4 người chết', '4', 'change', 'người', dict(TD, **M9, **PREV, direction='down')),
 ('giảm 9 người bị thương', '9', 'change', 'người', dict(TI, **M9, **PREV, direction='down')),
]
