TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HOA LƯ
TỈNH NINH BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền | Thủ tục hành chính | Liên hệ

Tin tức - Sự kiện
Ngày đăng: 10/07/2026 | Lượt xem: 1.326

HĐND phường Hoa Lư tổ chức kỳ họp thứ Sáu, khóa I: 6 tháng đầu năm thu ngân sách đạt 62,1% dự toán

Ngày 9/7/2026, HĐND phường Hoa Lư khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ Sáu (kỳ họp thường lệ giữa năm) để đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.

Phường Hoa Lư được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các phường, xã thuộc thành phố Hoa Lư (cũ). Sau một năm vận hành chính quyền địa phương hai cấp, bộ máy của phường đã đi vào nền nếp.

Báo cáo của UBND phường cho biết, 6 tháng đầu năm 2026, tổng giá trị sản xuất trên địa bàn ước đạt 4.215 tỷ đồng, tăng 9,2% so với cùng kỳ, bằng 51,3% kế hoạch năm. Trong 21 chỉ tiêu HĐND phường giao năm 2026, có 17 chỉ tiêu đạt và vượt tiến độ đề ra, 2 chỉ tiêu chưa đạt tiến độ, 2 chỉ tiêu sẽ đánh giá vào cuối năm.

Du lịch tiếp tục là điểm sáng: các khu, điểm du lịch trên địa bàn đón 2,85 triệu lượt khách, tăng 11,2%; trong đó khách quốc tế 410.000 lượt. Doanh thu du lịch ước đạt 1.460 tỷ đồng, tăng 13,6% so với cùng kỳ.

Tổng thu ngân sách trên địa bàn ước đạt 186,4 tỷ đồng, bằng 62,1% dự toán HĐND phường giao, tăng 14,5% so với cùng kỳ; trong đó thu tiền sử dụng đất 92 tỷ đồng. Chi ngân sách 78,6 tỷ đồng, bằng 44,8% dự toán.

Công tác an sinh xã hội được quan tâm. Tỷ lệ hộ nghèo còn 0,38% (48 hộ), tỷ lệ hộ cận nghèo 1,12%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%. Phường đã hoàn thành xây mới 12 nhà đại đoàn kết cho hộ khó khăn về nhà ở, mỗi căn được hỗ trợ 60 triệu đồng từ Quỹ Vì người nghèo.

Tại kỳ họp, các đại biểu tập trung thảo luận về tiến độ giải phóng mặt bằng các dự án hạ tầng du lịch. Đến ngày 30/6/2026, giải ngân vốn đầu tư công của phường mới đạt 38,5% kế hoạch.

6 tháng cuối năm, phường phấn đấu tổng thu ngân sách cả năm đạt 100% dự toán trở lên; tổng giá trị sản xuất cả năm tăng 9,5 - 10%; đón khoảng 5,6 triệu lượt khách trong năm 2026; tỷ lệ hộ nghèo cuối năm giảm còn dưới 0,3%.

Kỳ họp đã thông qua 5 nghị quyết quan trọng.

Khách du lịch tham quan Khu du lịch sinh thái Tràng An.

Văn phòng HĐND - UBND phường

Cơ quan chủ quản: UBND phường Hoa Lư, tỉnh Ninh Bình
Địa chỉ: Số 1 đường Tràng An, phường Hoa Lư, tỉnh Ninh Bình. Điện thoại: 0229.3871.012
'''
META = {'published': '2026-07-10', 'locality': 'phường Hoa Lư'}
DEFAULTS = {'locality': 'phường Hoa Lư', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
T = {'base': 'target'}
Y = {'period': '2026'}
K = {'modality': 'target', 'period': '2026'}
RT = {'indicator': 'resolution_targets', 'unit': 'chỉ tiêu'}
FIGS = [
 ('đạt 62,1% dự toán\n', '62,1%', 'attainment', '%', d(T, indicator='budget_revenue')),
 ('ước đạt 4.215 tỷ đồng', '4.215 tỷ đồng', 'level', 'VND', d(E, indicator='total_output_value')),
 ('tăng 9,2%', '9,2%', 'change', '%', d(E, U, SP, indicator='total_output_value')),
 ('bằng 51,3% kế hoạch năm', '51,3%', 'attainment', '%', d(E, T, indicator='total_output_value')),
 ('Trong 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(Y, indicator='resolution_targets')),
 ('có 17 chỉ tiêu', '17', 'level', 'chỉ tiêu', d(Y, indicator='resolution_targets', status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(Y, indicator='resolution_targets', status='not_achieved')),
 ('2 chỉ tiêu sẽ đánh giá', '2', 'level', 'chỉ tiêu', d(Y, indicator='resolution_targets', status='pending')),
 ('đón 2,85 triệu lượt khách', '2,85 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 11,2%', '11,2%', 'change', '%', d(U, indicator='tourist_arrivals')),
 ('quốc tế 410.000 lượt', '410.000', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('ước đạt 1.460 tỷ đồng', '1.460 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('tăng 13,6%', '13,6%', 'change', '%', d(E, U, SP, indicator='tourism_revenue')),
 ('ước đạt 186,4 tỷ đồng', '186,4 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 62,1% dự toán', '62,1%', 'attainment', '%', d(E, T, indicator='budget_revenue')),
 ('tăng 14,5%', '14,5%', 'change', '%', d(E, U, SP, indicator='budget_revenue')),
 ('sử dụng đất 92 tỷ đồng', '92 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('Chi ngân sách 78,6 tỷ đồng', '78,6 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 44,8% dự toán', '44,8%', 'attainment', '%', d(T, indicator='budget_expenditure')),
 ('còn 0,38%', '0,38%', 'level', '%', d(indicator='poverty_rate')),
 ('(48 hộ)', '48', 'level', 'hộ', d(indicator='poor_households')),
 ('cận nghèo 1,12%', '1,12%', 'level', '%', d(indicator='near_poverty_rate')),
 ('đạt 94,6%', '94,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('xây mới 12 nhà', '12', 'level', 'nhà', d()),
 ('hỗ trợ 60 triệu đồng', '60 triệu đồng', 'level', 'VND', d()),
 ('mới đạt 38,5% kế hoạch', '38,5%', 'attainment', '%', d(T, indicator='public_investment_disbursement')),
 ('đạt 100% dự toán trở lên', '100%', 'attainment', '%', d(K, T, indicator='budget_revenue', bound='at_least')),
 ('tăng 9,5 - 10%', '9,5 - 10%', 'change', '%', d(K, U, indicator='total_output_value')),
 ('khoảng 5,6 triệu lượt khách', '5,6 triệu lượt', 'level', 'lượt khách', d(K, indicator='tourist_arrivals', bound='about')),
 ('dưới 0,3%', '0,3%', 'level', '%', d(K, D, indicator='poverty_rate', bound='under')),
 ('thông qua 5 nghị quyết', '5', 'level', 'nghị quyết', {'optional': True}),
]
