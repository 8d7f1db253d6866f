TEXT = '''
BÁO LÂM ĐỒNG
Thứ Năm, 09/07/2026 - 18:45

Thời sự | Chính trị

6 tháng đầu năm 2026: Lâm Đồng giải quyết việc làm cho 24.612 lao động

(LĐ online) - Chiều 9/7, tại Kỳ họp thứ hai, HĐND tỉnh khóa XI, nhiệm kỳ 2026 - 2031, các đại biểu thảo luận báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2026. Trong lĩnh vực lao động, việc làm và an sinh xã hội, phần lớn chỉ tiêu đạt khá so với kế hoạch năm.

Theo báo cáo của UBND tỉnh, 6 tháng đầu năm, toàn tỉnh giải quyết việc làm cho 24.612 lao động, đạt 51,3% kế hoạch năm, tăng 4,6% so với cùng kỳ; trong đó đưa 1.385 người đi làm việc ở nước ngoài theo hợp đồng, bằng 46,2% kế hoạch. Thị trường Nhật Bản tiếp nhận 812 người, gấp 1,8 lần cùng kỳ. Các cơ sở giáo dục nghề nghiệp tuyển sinh 18.240 người (+7,8%).

Số người tham gia bảo hiểm xã hội đến ngày 30/6/2026 là 312.460 người, đạt 39,1% lực lượng lao động trong độ tuổi; số người tham gia bảo hiểm thất nghiệp 248.300 người. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,3% dân số, thấp hơn 1,2 điểm phần trăm so với kế hoạch năm (95,5%).

Theo kết quả rà soát cuối năm 2025 theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030, toàn tỉnh có 19.870 hộ nghèo, chiếm 2,86%, và 24.115 hộ cận nghèo, chiếm 3,47%. Riêng khu vực Đắk Nông cũ, tỷ lệ hộ nghèo là 5,12%. Trong 6 tháng, có 2.140 hộ thoát nghèo; dự kiến cuối năm 2026, tỷ lệ hộ nghèo giảm còn 2,1%, đạt chỉ tiêu Nghị quyết (giảm 0,7 - 1%).

Đại biểu HĐND tỉnh thảo luận tại hội trường. Ảnh: Văn Báu

Toàn tỉnh đang chi trả trợ cấp xã hội hằng tháng cho 68.420 đối tượng bảo trợ xã hội, kinh phí 6 tháng khoảng 312 tỷ đồng. Từ ngày 1/7/2026, mức chuẩn trợ giúp xã hội được nâng từ 500.000 đồng lên 600.000 đồng/tháng. Sau khi hoàn thành xóa 6.842 căn nhà tạm, nhà dột nát trong năm 2025, 6 tháng đầu năm nay, tỉnh tiếp tục hỗ trợ xây mới 215 căn nhà cho hộ nghèo phát sinh.

Thảo luận tại kỳ họp, đại biểu Cil Thị Mai (đơn vị bầu cử xã Đam Rông 2) cho biết, toàn xã hiện còn 486 hộ nghèo, chiếm 9,4%, cao gấp hơn 3 lần bình quân của tỉnh; đề nghị tỉnh ưu tiên nguồn vốn đào tạo nghề, tạo sinh kế cho đồng bào dân tộc thiểu số.

Giải trình tại kỳ họp, Giám đốc Sở Nội vụ Nguyễn Văn Lộc cho biết, 6 tháng cuối năm, ngành phấn đấu giải quyết việc làm thêm 23.400 lao động để cả năm đạt 48.000 lao động; đưa 1.600 người đi làm việc ở nước ngoài.

VĂN BÁU

Tin cùng chuyên mục:
- Bế mạc Kỳ họp thứ hai, HĐND tỉnh thông qua 28 nghị quyết
- Lâm Đồng: 1.200 lao động được tư vấn xuất khẩu lao động sang Hàn Quốc

Giấy phép số 11/GP-BTTTT | 38 Quang Trung, phường Xuân Hương - Đà Lạt | Điện thoại: 0263.3822.491
'''
META = {'published': '2026-07-09', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
J = {'indicator': 'jobs_created'}
X = {'indicator': 'labour_export'}
P = {'indicator': 'poverty_rate'}
SI = {'indicator': 'social_insurance_coverage'}
HI = {'indicator': 'health_insurance_coverage'}
M6 = {'period': '2026-M06'}
Y25 = {'period': '2025'}
XA = {'locality': 'xã Đam Rông 2'}
H2 = {'period': '2026-H2', 'modality': 'target'}
FIGS = [
 ('cho 24.612 lao động\n', '24.612', 'level', 'lao động', d(J)),
 ('cho 24.612 lao động, đạt', '24.612', 'level', 'lao động', d(J)),
 ('đạt 51,3% kế hoạch', '51,3%', 'attainment', '%', d(J, base='target')),
 ('tăng 4,6%', '4,6%', 'change', '%', d(J, direction='up', base='same_period')),
 ('đưa 1.385 người', '1.385', 'level', 'người', d(X)),
 ('bằng 46,2% kế hoạch', '46,2%', 'attainment', '%', d(X, base='target')),
 ('nhận 812 người', '812', 'level', 'người', d(X)),
 ('gấp 1,8 lần', '1,8 lần', 'change', 'lần', d(X, direction='up', base='same_period')),
 ('sinh 18.240 người', '18.240', 'level', 'người', d(indicator='vocational_training')),
 ('(+7,8%)', '7,8%', 'change', '%', d(indicator='vocational_training', direction='up')),
 ('là 312.460 người', '312.460', 'level', 'người', d(SI, M6)),
 ('đạt 39,1%', '39,1%', 'level', '%', d(SI, M6)),
 ('nghiệp 248.300 người', '248.300', 'level', 'người', d(M6)),
 ('đạt 94,3%', '94,3%', 'level', '%', d(HI, M6)),
 ('thấp hơn 1,2 điểm phần trăm', '1,2 điểm phần trăm', 'change', 'điểm %', d(HI, M6, direction='down', base='target')),
 ('(95,5%)', '95,5%', 'level', '%', d(HI, period='2026', modality='target')),
 ('có 19.870 hộ', '19.870', 'level', 'hộ', d(Y25, indicator='poor_households')),
 ('chiếm 2,86%', '2,86%', 'level', '%', d(P, Y25)),
 ('và 24.115 hộ', '24.115', 'level', 'hộ', d(Y25)),
 ('chiếm 3,47%', '3,47%', 'level', '%', d(Y25, indicator='near_poverty_rate')),
 ('là 5,12%', '5,12%', 'level', '%', d(P, Y25, locality='tỉnh Đắk Nông')),
 ('có 2.140 hộ', '2.140', 'level', 'hộ', d(indicator='households_out_of_poverty')),
 ('còn 2,1%', '2,1%', 'level', '%', d(P, period='2026', modality='estimate', direction='down')),
 ('(giảm 0,7 - 1%)', '0,7 - 1%', 'change', '%', d(P, period='2026', modality='target', direction='down')),
 ('cho 68.420 đối tượng', '68.420', 'level', 'đối tượng', d()),
 ('khoảng 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', d(bound='about')),
 ('từ 500.000 đồng', '500.000 đồng', 'level', 'VND', d(OPT)),
 ('lên 600.000 đồng/tháng', '600.000 đồng/tháng', 'level', 'VND/tháng', d(OPT)),
 ('xóa 6.842 căn nhà', '6.842', 'level', 'căn nhà', d(Y25)),
 ('mới 215 căn nhà', '215', 'level', 'căn nhà', d()),
 ('còn 486 hộ', '486', 'level', 'hộ', d(XA, indicator='poor_households')),
 ('chiếm 9,4%', '9,4%', 'level', '%', d(P, XA)),
 ('gấp hơn 3 lần', '3 lần', 'change', 'lần', d(OPT, direction='up', bound='over')),
 ('thêm 23.400 lao động', '23.400', 'level', 'lao động', d(J, H2)),
 ('đạt 48.000 lao động', '48.000', 'level', 'lao động', d(J, period='2026', modality='target')),
 ('đưa 1.600 người', '1.600', 'level', 'người', d(X, H2)),
]
