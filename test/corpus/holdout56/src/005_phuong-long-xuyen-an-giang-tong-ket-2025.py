TEXT = '''
AN GIANG ONLINE
Chính trị | Kinh tế | Xã hội | Biển đảo | Kiên Giang 24h
Thứ Năm, 08/01/2026 - 09:12

Phường Long Xuyên hoàn thành 14/15 chỉ tiêu năm 2025

(AGO) - Chiều 7/1, Đảng ủy phường Long Xuyên tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Dù vừa sắp xếp, vận hành mô hình chính quyền địa phương 2 cấp, năm 2025 phường hoàn thành 14/15 chỉ tiêu chủ yếu; 1 chỉ tiêu xấp xỉ đạt là tỷ lệ giải ngân vốn đầu tư công.

Phường Long Xuyên được thành lập từ các phường Mỹ Bình, Mỹ Long, Mỹ Xuyên, Đông Xuyên và Mỹ Phước của thành phố Long Xuyên (cũ), với dân số hơn 142.000 người, là trung tâm hành chính của tỉnh An Giang trước sắp xếp.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ cả năm ước đạt 38.650 tỷ đồng, tăng 9,8% so với năm 2024 (tính gộp các đơn vị cũ). Phường hiện có 3.420 doanh nghiệp và 11.860 hộ kinh doanh; trong năm có 186 doanh nghiệp thành lập mới, tăng 14 doanh nghiệp so với năm trước.

Từ ngày 1/7 đến 31/12/2025, thu ngân sách trên địa bàn phường đạt 96,4 tỷ đồng, vượt 12,5% dự toán tỉnh giao cho 6 tháng cuối năm; cả năm (tính gộp 5 phường cũ) đạt 188,2 tỷ đồng, tăng 6,3%. Tỷ lệ giải ngân vốn đầu tư công năm 2025 đạt 94,1% kế hoạch (chỉ tiêu 95%).

Về xã hội, tỷ lệ hộ nghèo còn 0,31%, giảm 0,12 điểm phần trăm; tỷ lệ hộ cận nghèo 0,58%. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,3%. Phường có 21/26 trường đạt chuẩn quốc gia. Tỷ lệ thu gom, xử lý rác thải sinh hoạt và tỷ lệ hộ dân sử dụng nước sạch lần lượt là 99,2% và 100%.

Tội phạm về trật tự xã hội giảm 8 vụ (-14,3%) so với năm 2024; tỷ lệ điều tra, khám phá đạt 88,6%.

Bí thư Đảng ủy phường Long Xuyên Nguyễn Thị Minh Thúy phát biểu tại hội nghị. Ảnh: HỮU HUYNH

Năm 2026, phường phấn đấu: tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng từ 10% trở lên; thu ngân sách đạt 100% dự toán trở lên; tỷ lệ hộ nghèo giảm còn dưới 0,25%; 96% dân số tham gia bảo hiểm y tế; kết nạp ít nhất 60 đảng viên.

Dịp này, Ban Thường vụ Đảng ủy phường khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc năm 2025.

HỮU HUYNH

TIN LIÊN QUAN
- Phường Rạch Giá: Thu ngân sách năm 2025 vượt 18% dự toán (06/01/2026)
- Đặc khu Phú Quốc đón 1,6 triệu lượt khách quốc tế năm 2025 (05/01/2026)

Báo An Giang. Giấy phép số 431/GP-BTTTT. Địa chỉ: 316 Hùng Vương, phường Long Xuyên. Điện thoại: 0296.3852.557
'''
META = {'published': '2026-01-08', 'locality': 'phường Long Xuyên'}
DEFAULTS = {'locality': 'phường Long Xuyên', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2026'}
H2 = {'period': '2025-H2'}
U = {'direction': 'up'}
D = {'direction': 'down'}
BR = {'indicator': 'budget_revenue'}
RS = {'indicator': 'retail_sales'}
PR = {'indicator': 'poverty_rate'}
HI = {'indicator': 'health_insurance_coverage'}
RT = {'indicator': 'resolution_targets'}
PID = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('thành 14/15 chỉ tiêu năm 2025', '14/15', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('phường hoàn thành 14/15 chỉ tiêu chủ yếu', '14/15', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('; 1 chỉ tiêu xấp xỉ', '1', 'level', 'chỉ tiêu', d(RT, status='nearly')),
 ('hơn 142.000 người', '142.000', 'level', 'người', d(optional=True, bound='over')),
 ('ước đạt 38.650 tỷ đồng', '38.650 tỷ đồng', 'level', 'VND', d(E, RS)),
 ('tăng 9,8% so với năm 2024', '9,8%', 'change', '%', d(E, RS, U, base='2024')),
 ('có 3.420 doanh nghiệp', '3.420', 'level', 'doanh nghiệp', d()),
 ('11.860 hộ kinh doanh', '11.860', 'level', 'hộ kinh doanh', d()),
 ('có 186 doanh nghiệp', '186', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 14 doanh nghiệp', '14', 'change', 'doanh nghiệp', d(U, base='2024', indicator='new_enterprises')),
 ('đạt 96,4 tỷ đồng', '96,4 tỷ đồng', 'level', 'VND', d(H2, BR)),
 ('vượt 12,5% dự toán', '12,5%', 'change', '%', d(H2, BR, U, base='target', status='exceeded')),
 ('đạt 188,2 tỷ đồng', '188,2 tỷ đồng', 'level', 'VND', d(BR)),
 ('tăng 6,3%', '6,3%', 'change', '%', d(BR, U)),
 ('đạt 94,1% kế hoạch', '94,1%', 'attainment', '%', d(PID, base='target')),
 ('(chỉ tiêu 95%)', '95%', 'level', '%', d(PID, modality='target')),
 ('còn 0,31%', '0,31%', 'level', '%', d(PR)),
 ('giảm 0,12 điểm phần trăm', '0,12 điểm phần trăm', 'change', 'điểm %', d(PR, D)),
 ('nghèo 0,58%', '0,58%', 'level', '%', d(indicator='near_poverty_rate')),
 ('đạt 95,3%', '95,3%', 'level', '%', d(HI)),
 ('có 21/26 trường', '21/26', 'ratio', 'trường', d(indicator='national_standard_schools')),
 ('là 99,2%', '99,2%', 'level', '%', d()),
 ('và 100%.', '100%', 'level', '%', d(indicator='clean_water_rate')),
 ('giảm 8 vụ', '8', 'change', 'vụ', d(D, base='2024', indicator='crime')),
 ('(-14,3%)', '14,3%', 'change', '%', d(D, base='2024', indicator='crime')),
 ('đạt 88,6%', '88,6%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('tăng từ 10% trở lên', '10%', 'change', '%', d(T, RS, U, bound='at_least')),
 ('đạt 100% dự toán trở lên', '100%', 'attainment', '%', d(T, BR, base='target', bound='at_least')),
 ('dưới 0,25%', '0,25%', 'level', '%', d(T, PR, D, bound='under')),
 ('; 96% dân số', '96%', 'level', '%', d(T, HI)),
 ('ít nhất 60 đảng viên', '60', 'level', 'đảng viên', d(T, indicator='new_party_members', bound='at_least')),
 ('thưởng 12 tập thể', '12', 'level', 'tập thể', d(optional=True)),
 ('25 cá nhân', '25', 'level', 'cá nhân', d(optional=True)),
]
