TEXT = '''
Báo Lâm Đồng điện tử
22/12/2025 07:45
Thời sự | Chính trị | Kinh tế | Du lịch | Xã hội | Đà Lạt - Lâm Đồng xưa | Multimedia

Phường Lâm Viên - Đà Lạt: Đón hơn 4,2 triệu lượt khách trong 6 tháng cuối năm

LĐO - Chiều 21/12, HĐND phường Lâm Viên - Đà Lạt khóa I tổ chức kỳ họp thứ 4 đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025 (từ khi vận hành chính quyền địa phương 2 cấp) và quyết định nhiệm vụ năm 2026. Phường có 11/12 chỉ tiêu đạt và vượt Nghị quyết.

Từ ngày 1/7/2025 đến nay, phường đón khoảng 4,2 triệu lượt khách du lịch, tăng 12,5% so với cùng kỳ, trong đó khách quốc tế 286.000 lượt; doanh thu từ du lịch ước đạt 9.850 tỷ đồng. Công suất sử dụng phòng bình quân đạt 62%, riêng dịp Festival Hoa Đà Lạt lần thứ 11 đạt trên 90%. Trên địa bàn hiện có 1.420 cơ sở lưu trú với hơn 21.000 phòng.

Thu ngân sách trên địa bàn 6 tháng cuối năm đạt 684 tỷ đồng, bằng 112,4% dự toán tỉnh giao; chi ngân sách phường 96,3 tỷ đồng. Phường tiếp nhận 18.640 hồ sơ thủ tục hành chính, 98,7% được giải quyết đúng và trước hạn; tỷ lệ hồ sơ nộp trực tuyến đạt 76,4%.

Khu vực Phường 1 cũ có mật độ dân số cao nhất, trên 9.000 người/km2. Phường hiện còn 42 hộ nghèo, chiếm 0,13% tổng số hộ, giảm 27 hộ so với cuối năm 2024; hộ cận nghèo còn 118 hộ. Tỷ lệ bao phủ bảo hiểm y tế đạt 95,6%.

Du khách tham quan Quảng trường Lâm Viên dịp cuối tuần. Ảnh: Ngọc Hà

Năm 2026, phường Lâm Viên - Đà Lạt phấn đấu đón 8,5 triệu lượt khách, tăng 10% trở lên; thu ngân sách đạt 1.250 tỷ đồng; giảm 50% số hộ nghèo hiện có; tỷ lệ hồ sơ trực tuyến đạt trên 80%.

Kỳ họp đã thông qua 8 nghị quyết.

NGỌC HÀ - THANH TÂM

Đọc thêm
- Xuân Hương - Đà Lạt ra mắt 3 tuyến phố đi bộ (20/12/2025)
- Lâm Đồng có 124 xã, phường, đặc khu sau sắp xếp (18/12/2025)

Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng. Giấy phép số 520/GP-BTTTT. Tòa soạn: 38 Quang Trung, phường Xuân Hương - Đà Lạt. Hotline: 0263.3822.163 | Lượt xem: 3.906
'''
META = {'published': '2025-12-22', 'locality': 'phường Lâm Viên - Đà Lạt'}
DEFAULTS = {'locality': 'phường Lâm Viên - Đà Lạt', 'period': '2025-H2', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
TA = {'indicator': 'tourist_arrivals'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('hơn 4,2 triệu lượt khách trong', '4,2 triệu lượt', 'level', 'lượt khách', d(TA, bound='over')),
 ('có 11/12 chỉ tiêu', '11/12', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('khoảng 4,2 triệu lượt khách du lịch', '4,2 triệu lượt', 'level', 'lượt khách', d(TA, bound='about')),
 ('tăng 12,5%', '12,5%', 'change', '%', d(U, SP, TA)),
 ('quốc tế 286.000 lượt', '286.000', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('ước đạt 9.850 tỷ đồng', '9.850 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('đạt 62%', '62%', 'level', '%', d()),
 ('trên 90%', '90%', 'level', '%', d(bound='over')),
 ('có 1.420 cơ sở', '1.420', 'level', 'cơ sở lưu trú', d()),
 ('hơn 21.000 phòng', '21.000', 'level', 'phòng', d(bound='over')),
 ('đạt 684 tỷ đồng', '684 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 112,4% dự toán', '112,4%', 'attainment', '%', d(P, BR)),
 ('phường 96,3 tỷ đồng', '96,3 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('nhận 18.640 hồ sơ', '18.640', 'level', 'hồ sơ', d()),
 ('98,7% được', '98,7%', 'level', '%', d()),
 ('đạt 76,4%', '76,4%', 'level', '%', d()),
 ('trên 9.000 người/km2', '9.000 người/km2', 'level', 'người/km2', d(bound='over', optional=True)),
 ('còn 42 hộ', '42', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 0,13%', '0,13%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 27 hộ', '27', 'change', 'hộ', d(D, indicator='poor_households', base='2024')),
 ('còn 118 hộ', '118', 'level', 'hộ', d()),
 ('đạt 95,6%', '95,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đón 8,5 triệu lượt khách', '8,5 triệu lượt', 'level', 'lượt khách', d(K, TA)),
 ('tăng 10% trở lên', '10%', 'change', '%', d(K, U, TA, bound='at_least')),
 ('đạt 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('giảm 50% số hộ', '50%', 'change', '%', d(K, D, indicator='poor_households')),
 ('trên 80%', '80%', 'level', '%', d(K, bound='over')),
 ('qua 8 nghị quyết', '8', 'level', 'nghị quyết', d(optional=True)),
]
