TEXT = '''
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Cơ sở | Pháp luật | Văn hóa - Văn nghệ | Thể thao

Cơ sở

HĐND phường An Hội: 15/22 chỉ tiêu đạt và vượt tiến độ 6 tháng đầu năm

Cập nhật: 15/07/2026 - 09:12 | Lượt xem: 842

(VL) - Ngày 14/7, HĐND phường An Hội khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ Bảy (kỳ họp thường lệ giữa năm 2026), xem xét báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm.

Phường An Hội được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường An Hội, Phú Khương, Phú Tân và xã Sơn Đông của thành phố Bến Tre (cũ), nay thuộc tỉnh Vĩnh Long. Sau một năm vận hành chính quyền hai cấp, phường là trung tâm hành chính, thương mại của khu vực Bến Tre cũ.

Theo báo cáo của UBND phường, trong 22 chỉ tiêu chủ yếu năm 2026 HĐND phường giao, có 15 chỉ tiêu đạt và vượt tiến độ, 4 chỉ tiêu chưa đạt tiến độ, 3 chỉ tiêu sẽ đánh giá vào cuối năm.

Tổng giá trị sản xuất các ngành trên địa bàn 6 tháng ước đạt 3.846 tỷ đồng, tăng 8,7% so với cùng kỳ, bằng 49,2% kế hoạch năm. Thu ngân sách nhà nước trên địa bàn đạt 96,5 tỷ đồng, bằng 61,8% dự toán tỉnh giao và bằng 55,3% dự toán HĐND phường giao; trong đó thu thuế ngoài quốc doanh 41,2 tỷ đồng, tăng 12,6%. Chi ngân sách 38,4 tỷ đồng, đạt 47,1% dự toán.

Toàn phường có 1.126 doanh nghiệp và 5.840 hộ kinh doanh đang hoạt động; trong 6 tháng có 64 doanh nghiệp thành lập mới, tăng 10 doanh nghiệp so với cùng kỳ.

Một số chỉ tiêu xã hội: tỷ lệ hộ nghèo còn 0,41% (52 hộ); tỷ lệ hộ cận nghèo 0,96%; tỷ lệ người dân tham gia bảo hiểm y tế 95,2%; tỷ lệ lao động qua đào tạo 78,5%. Phường đã hỗ trợ xây mới 8 căn nhà cho hộ nghèo, mỗi căn 70 triệu đồng từ nguồn xã hội hóa.

Tình hình an ninh trật tự ổn định; xảy ra 9 vụ phạm pháp hình sự, giảm 3 vụ so với cùng kỳ; điều tra làm rõ 8/9 vụ, đạt 88,89%.

Đại biểu HĐND phường An Hội biểu quyết thông qua các nghị quyết tại kỳ họp.

6 tháng cuối năm, phường phấn đấu thu ngân sách cả năm đạt từ 100% dự toán trở lên; tổng giá trị sản xuất cả năm tăng 9 - 9,5%; giảm tỷ lệ hộ nghèo xuống dưới 0,3% vào cuối năm; giải ngân 100% vốn đầu tư công được giao trước ngày 31/12/2026.

Kỳ họp đã thông qua 6 nghị quyết.

MINH TÂM

Tin cùng chuyên mục
- Xã Mỏ Cày: Thu ngân sách 6 tháng vượt 8% dự toán (14/07/2026)
- Phường Trà Vinh khánh thành 3 tuyến đường nội ô (13/07/2026)

Báo Vĩnh Long. Địa chỉ: 38 đường 2/9, phường Thanh Đức, tỉnh Vĩnh Long. ĐT: 0270.3822.457
'''
META = {'published': '2026-07-15', 'locality': 'phường An Hội'}
DEFAULTS = {'locality': 'phường An Hội', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
Y = {'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
TO = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('15/22 chỉ tiêu', '15/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', d(RT, Y)),
 ('có 15 chỉ tiêu', '15', 'level', 'chỉ tiêu', d(RT, Y, status='achieved')),
 ('4 chỉ tiêu chưa đạt', '4', 'level', 'chỉ tiêu', d(RT, Y, status='not_achieved')),
 ('3 chỉ tiêu sẽ đánh giá', '3', 'level', 'chỉ tiêu', d(RT, Y, status='pending')),
 ('ước đạt 3.846 tỷ đồng', '3.846 tỷ đồng', 'level', 'VND', d(E, TO)),
 ('tăng 8,7%', '8,7%', 'change', '%', d(E, U, SP, TO)),
 ('bằng 49,2% kế hoạch', '49,2%', 'attainment', '%', d(E, P, TO)),
 ('đạt 96,5 tỷ đồng', '96,5 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 61,8% dự toán', '61,8%', 'attainment', '%', d(P, BR)),
 ('bằng 55,3% dự toán', '55,3%', 'attainment', '%', d(P, BR)),
 ('doanh 41,2 tỷ đồng', '41,2 tỷ đồng', 'level', 'VND', d(BR)),
 ('tăng 12,6%', '12,6%', 'change', '%', d(U, BR)),
 ('Chi ngân sách 38,4 tỷ đồng', '38,4 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 47,1% dự toán', '47,1%', 'attainment', '%', d(P, indicator='budget_expenditure')),
 ('có 1.126 doanh nghiệp', '1.126', 'level', 'doanh nghiệp', d()),
 ('và 5.840 hộ kinh doanh', '5.840', 'level', 'hộ kinh doanh', d()),
 ('có 64 doanh nghiệp', '64', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 10 doanh nghiệp', '10', 'change', 'doanh nghiệp', d(U, SP, indicator='new_enterprises')),
 ('còn 0,41%', '0,41%', 'level', '%', d(indicator='poverty_rate')),
 ('(52 hộ)', '52', 'level', 'hộ', d(indicator='poor_households')),
 ('cận nghèo 0,96%', '0,96%', 'level', '%', d(indicator='near_poverty_rate')),
 ('y tế 95,2%', '95,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đào tạo 78,5%', '78,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('xây mới 8 căn nhà', '8', 'level', 'căn nhà', d()),
 ('mỗi căn 70 triệu đồng', '70 triệu đồng', 'level', 'VND', d()),
 ('xảy ra 9 vụ', '9', 'level', 'vụ', d(indicator='crime')),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(D, SP, indicator='crime')),
 ('rõ 8/9 vụ', '8/9', 'ratio', 'vụ', d(indicator='crime_clearance_rate')),
 ('đạt 88,89%', '88,89%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('từ 100% dự toán trở lên', '100%', 'attainment', '%', d(K, P, BR, bound='at_least')),
 ('tăng 9 - 9,5%', '9 - 9,5%', 'change', '%', d(K, U, TO)),
 ('dưới 0,3%', '0,3%', 'level', '%', d(K, D, indicator='poverty_rate', bound='under')),
 ('giải ngân 100% vốn', '100%', 'attainment', '%', d(K, P, indicator='public_investment_disbursement')),
 ('thông qua 6 nghị quyết', '6', 'level', 'nghị quyết', {'optional': True}),
]
