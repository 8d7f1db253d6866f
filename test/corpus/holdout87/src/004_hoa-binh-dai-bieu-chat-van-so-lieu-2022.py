TEXT = '''
BÁO HOÀ BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HOÀ BÌNH
Thứ Tư, 07/12/2022, 17:30 (GMT+7)

Đại biểu HĐND tỉnh chất vấn nhiều số liệu trong báo cáo kinh tế - xã hội năm 2022

Tại phiên thảo luận tổ và hội trường Kỳ họp thứ 11, HĐND tỉnh khoá XVII ngày 7/12, nhiều đại biểu đề nghị làm rõ các số liệu trong báo cáo của UBND tỉnh, nhất là chỉ tiêu giảm nghèo, giải quyết việc làm và giải ngân vốn đầu tư công.

Theo báo cáo của UBND tỉnh, năm 2022 ước có 20/24 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 4 chỉ tiêu không đạt. Tốc độ tăng trưởng kinh tế ước đạt 7,1%, thấp hơn kế hoạch (7,5 - 8%); thu nhập bình quân đầu người ước đạt 51,2 triệu đồng.

Đại biểu Bùi Văn Thuỷ (Tổ đại biểu huyện Lạc Thuỷ) cho rằng báo cáo nêu tỷ lệ hộ nghèo toàn tỉnh giảm còn 11,6%, giảm 3,2 điểm phần trăm, nhưng theo kết quả rà soát của huyện Lạc Thuỷ, số hộ nghèo của huyện chỉ giảm 214 hộ, tỷ lệ hộ nghèo vẫn ở mức 9,8%. "Cần thống nhất một nguồn số liệu", đại biểu nói.

Về giải quyết việc làm, báo cáo nêu ước tạo việc làm mới cho 19.850 lao động, đạt 110,3% kế hoạch. Đại biểu Quách Thị Hoà đề nghị làm rõ vì số lao động đi làm việc ở nước ngoài chỉ đạt 312 người, bằng 39% kế hoạch, trong khi số liệu của Sở Lao động - Thương binh và Xã hội đến hết tháng 10 là 286 người.

Giải trình tại phiên chất vấn, Giám đốc Sở Kế hoạch và Đầu tư cho biết tỷ lệ giải ngân vốn đầu tư công đến hết tháng 11/2022 mới đạt 58,4% kế hoạch, thấp hơn bình quân cả nước (60,5%); ước cả năm đạt khoảng 90% kế hoạch. Tổng vốn phải điều chỉnh giảm là 412 tỷ đồng từ 23 dự án không có khả năng giải ngân.

Về tỷ lệ che phủ rừng, đại biểu Đinh Công Sỹ đặt câu hỏi vì sao báo cáo năm 2021 ghi 51,5% mà năm 2022 chỉ còn 51,2%. Giám đốc Sở Nông nghiệp và PTNT giải thích số liệu năm 2022 đã được điều chỉnh theo kết quả kiểm kê rừng, loại bỏ 2.300 ha rừng trồng đã khai thác. Toàn tỉnh hiện có 78/129 xã đạt chuẩn nông thôn mới, tăng 9 xã so với năm 2021; bình quân đạt 15,8 tiêu chí/xã.

Về y tế, đại biểu ở huyện Đà Bắc cho biết tỷ lệ tham gia BHYT của huyện chỉ đạt 89,2%, thấp hơn mức 94,7% toàn tỉnh mà báo cáo nêu.

Kết luận phiên chất vấn, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh rà soát, thống nhất số liệu trước khi ban hành nghị quyết; năm 2023, phấn đấu tỷ lệ hộ nghèo giảm 2,5 - 3 điểm phần trăm, tạo việc làm mới cho 18.500 lao động, tỷ lệ che phủ rừng duy trì trên 51%.

[Ảnh] Đại biểu HĐND tỉnh thảo luận tại hội trường. Ảnh: Đức Thuận

Đức Thuận

Tin khác:
- Khai mạc Kỳ họp thứ 11, HĐND tỉnh khoá XVII (06/12/2022)
- Toà soạn: 0218.3852.395
'''
META = {'published': '2022-12-07', 'locality': 'tỉnh Hòa Bình'}
DEFAULTS = {'locality': 'tỉnh Hòa Bình', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
RT = dict(indicator='resolution_targets')
PR = dict(indicator='poverty_rate')
LT = dict(locality='huyện Lạc Thủy')
E = dict(modality='estimate')
T23 = dict(period='2023', modality='target')
PID = dict(indicator='public_investment_disbursement', base='target')
FIGS = [
 ('20/24 chỉ tiêu', '20/24', 'ratio', 'chỉ tiêu', d(RT, E, status='achieved')),
 ('4 chỉ tiêu không đạt', '4', 'level', 'chỉ tiêu', d(RT, E, status='not_achieved')),
 ('ước đạt 7,1%', '7,1%', 'level', '%', d(E, indicator='grdp_growth')),
 ('(7,5 - 8%)', '7,5 - 8%', 'level', '%', d(indicator='grdp_growth', modality='target')),
 ('51,2 triệu đồng', '51,2 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('giảm còn 11,6%', '11,6%', 'level', '%', d(PR, direction='down')),
 ('giảm 3,2 điểm phần trăm', '3,2 điểm phần trăm', 'change', 'điểm %', d(PR, direction='down')),
 ('chỉ giảm 214 hộ', '214', 'change', 'hộ', d(LT, indicator='poor_households', direction='down')),
 ('ở mức 9,8%', '9,8%', 'level', '%', d(PR, LT)),
 ('cho 19.850 lao động', '19.850', 'level', 'lao động', d(E, indicator='new_jobs')),
 ('đạt 110,3% kế hoạch', '110,3%', 'attainment', '%', d(E, indicator='new_jobs', base='target')),
 ('chỉ đạt 312 người', '312', 'level', 'người', d(indicator='labour_export')),
 ('bằng 39% kế hoạch', '39%', 'attainment', '%', d(indicator='labour_export', base='target')),
 ('tháng 10 là 286 người', '286', 'level', 'người', d(indicator='labour_export', period='2022-M10')),
 ('mới đạt 58,4% kế hoạch', '58,4%', 'attainment', '%', d(PID, period='2022-M11')),
 ('(60,5%)', '60,5%', 'attainment', '%', d(PID, period='2022-M11', locality='cả nước')),
 ('khoảng 90% kế hoạch', '90%', 'attainment', '%', d(PID, E, bound='about')),
 ('là 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d()),
 ('23 dự án', '23', 'level', 'dự án', d()),
 ('ghi 51,5%', '51,5%', 'level', '%', d(indicator='forest_cover', period='2021')),
 ('chỉ còn 51,2%', '51,2%', 'level', '%', d(indicator='forest_cover')),
 ('2.300 ha', '2.300 ha', 'level', 'ha', d()),
 ('78/129 xã', '78/129', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('tăng 9 xã', '9', 'change', 'xã', d(indicator='new_rural_communes', direction='up', base='2021')),
 ('15,8 tiêu chí/xã', '15,8', 'level', 'tiêu chí/xã', d(indicator='new_rural_criteria')),
 ('chỉ đạt 89,2%', '89,2%', 'level', '%', d(indicator='health_insurance_coverage', locality='huyện Đà Bắc')),
 ('mức 94,7%', '94,7%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('giảm 2,5 - 3 điểm phần trăm', '2,5 - 3 điểm phần trăm', 'change', 'điểm %', d(PR, T23, direction='down')),
 ('cho 18.500 lao động', '18.500', 'level', 'lao động', d(T23, indicator='new_jobs')),
 ('trên 51%', '51%', 'level', '%', d(T23, indicator='forest_cover', bound='over')),
]
