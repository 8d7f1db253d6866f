TEXT = '''
BÁO HÀ TĨNH
Cơ quan của Đảng bộ tỉnh Hà Tĩnh
Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hoá - Giải trí | Thể thao
09/07/2026 - 15:40

Phường Thành Sen: 15/18 chỉ tiêu đạt và vượt tiến độ 6 tháng đầu năm

(Baohatinh.vn) - Sáng 9/7, HĐND phường Thành Sen khoá I, nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ hai (kỳ họp thường lệ giữa năm) để đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.

Báo cáo của Uỷ ban nhân dân phường cho biết, 6 tháng đầu năm 2026, trong 18 chỉ tiêu chủ yếu có 15 chỉ tiêu đạt và vượt tiến độ, 3 chỉ tiêu chưa đạt. Tổng thu ngân sách trên địa bàn ước đạt 312,6 tỷ đồng, bằng 58,4% dự toán HĐND phường giao, tăng 14,2% so với cùng kỳ (số liệu tính gộp các phường, xã cũ); trong đó thu tiền sử dụng đất 198,3 tỷ đồng.

Giá trị sản xuất các ngành trên địa bàn ước đạt 4.860 tỷ đồng, tăng 9,6%. Trên địa bàn thành lập mới 128 doanh nghiệp, bằng 64% kế hoạch năm; hiện có 2.940 hộ kinh doanh cá thể đang hoạt động. Công tác chỉnh trang đô thị, kiên cố hoá kênh mương, thuỷ lợi được đẩy mạnh; giải ngân vốn đầu tư công đạt 46,5 tỷ đồng, bằng 41,2% kế hoạch.

Về văn hoá - xã hội, toàn phường hiện còn 46 hộ nghèo, chiếm 0,32%; 118 hộ cận nghèo, chiếm 0,81%. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,3%. Trong 6 tháng, giải quyết việc làm mới cho 412 lao động, trong đó 57 người đi làm việc ở nước ngoài có thời hạn.

Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; xảy ra 7 vụ phạm pháp hình sự, giảm 3 vụ so với cùng kỳ, đã điều tra làm rõ 6/7 vụ, đạt 85,7%.

Đại biểu HĐND phường Thành Sen biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Thuỳ Dương

Sáu tháng cuối năm, phường phấn đấu thu ngân sách đạt 100% dự toán trở lên; đến cuối năm giảm tỷ lệ hộ nghèo xuống dưới 0,25%, tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 97%.

Kỳ họp đã xem xét, thông qua 9 nghị quyết quan trọng.

Thuỳ Dương

Tin liên quan
- Thành Sen ra mắt Trung tâm phục vụ hành chính công phường (01/07/2025)
- Hà Tĩnh: 15 phường, xã tổ chức kỳ họp HĐND giữa năm (08/07/2026)

Toà soạn: 52 Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh. Điện thoại: 0239.3855.529
'''
META = {'published': '2026-07-09', 'locality': 'phường Thành Sen'}
DEFAULTS = {'locality': 'phường Thành Sen', 'period': '2026-H1', 'modality': 'actual'}
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
RT = {'indicator': 'resolution_targets'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
HI = {'indicator': 'health_insurance_coverage'}
Y26 = {'period': '2026', 'modality': 'target'}
FIGS = [
 ('Thành Sen: 15/18', '15/18', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(RT)),
 ('có 15 chỉ tiêu', '15', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 312,6 tỷ đồng', '312,6 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 58,4% dự toán', '58,4%', 'attainment', '%', d(E, BR, T)),
 ('tăng 14,2% so với cùng kỳ', '14,2%', 'change', '%', d(E, BR, U, SP)),
 ('đất 198,3 tỷ đồng', '198,3 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước đạt 4.860 tỷ đồng', '4.860 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('tăng 9,6%', '9,6%', 'change', '%', d(E, U, indicator='total_output_value')),
 ('mới 128 doanh nghiệp', '128', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('bằng 64% kế hoạch', '64%', 'attainment', '%', d(T, indicator='new_enterprises')),
 ('có 2.940 hộ', '2.940', 'level', 'hộ kinh doanh', d()),
 ('đạt 46,5 tỷ đồng', '46,5 tỷ đồng', 'level', 'VND', d(PD)),
 ('bằng 41,2% kế hoạch', '41,2%', 'attainment', '%', d(PD, T)),
 ('còn 46 hộ', '46', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 0,32%', '0,32%', 'level', '%', d(indicator='poverty_rate')),
 ('118 hộ', '118', 'level', 'hộ', d()),
 ('chiếm 0,81%', '0,81%', 'level', '%', d(indicator='near_poverty_rate')),
 ('đạt 96,3%', '96,3%', 'level', '%', d(HI)),
 ('cho 412 lao động', '412', 'level', 'lao động', d(indicator='new_jobs')),
 ('đó 57 người', '57', 'level', 'người', d(indicator='labour_export')),
 ('ra 7 vụ', '7', 'level', 'vụ', d(indicator='crime')),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(DN, SP, indicator='crime')),
 ('rõ 6/7 vụ', '6/7', 'ratio', 'vụ', d(indicator='crime_clearance_rate')),
 ('đạt 85,7%', '85,7%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('đạt 100% dự toán', '100%', 'attainment', '%', d(BR, T, Y26, bound='at_least')),
 ('dưới 0,25%', '0,25%', 'level', '%', d(Y26, DN, indicator='poverty_rate', bound='under')),
 ('trên 97%', '97%', 'level', '%', d(HI, Y26, bound='over')),
 ('thông qua 9 nghị quyết', '9', 'level', 'nghị quyết', dict(optional=True)),
]
