TEXT = '''
BÁO BẮC GIANG
Chính trị | Kinh tế | Văn hoá - Xã hội | Pháp luật | Quốc phòng - An ninh
Thứ Sáu, 20/12/2024 - 07:15

Việt Yên: Giá trị sản xuất công nghiệp năm 2024 ước đạt hơn 196 nghìn tỷ đồng

BBG - Ngày 19/12, HĐND thị xã Việt Yên khoá XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 22 (kỳ họp thường lệ cuối năm). Năm 2024, năm đầu tiên hoạt động theo mô hình thị xã, Việt Yên có 20/21 chỉ tiêu chủ yếu đạt và vượt kế hoạch.

Báo cáo của UBND thị xã cho biết, tốc độ tăng giá trị sản xuất các ngành kinh tế năm 2024 ước đạt 17,6%, vượt 1,6 điểm phần trăm so với kế hoạch. Cơ cấu kinh tế tiếp tục chuyển dịch tích cực: công nghiệp - xây dựng chiếm 91,2%; dịch vụ 7,1%; nông, lâm nghiệp, thuỷ sản còn 1,7%.

Giá trị sản xuất công nghiệp ước đạt 196.450 tỷ đồng, tăng 19,3% so với năm 2023, bằng 103,4% kế hoạch; trong đó khu vực có vốn đầu tư nước ngoài chiếm trên 96%. Các khu công nghiệp Quang Châu, Vân Trung, Đình Trám và Việt Hàn thu hút thêm 32 dự án FDI với tổng vốn đăng ký 1,15 tỷ USD, giải quyết việc làm mới cho khoảng 14.500 lao động.

Thu ngân sách nhà nước trên địa bàn ước đạt 1.285 tỷ đồng, bằng 128,5% dự toán tỉnh giao; trong đó thu tiền sử dụng đất 610 tỷ đồng. Chi ngân sách địa phương ước 1.026 tỷ đồng.

Sản xuất tại một doanh nghiệp trong Khu công nghiệp Quang Châu. Ảnh: Thu Hà

Thị xã đã hoàn thành mục tiêu xây dựng nông thôn mới: 100% xã đạt chuẩn nông thôn mới nâng cao, trong đó có 4/9 xã đạt chuẩn nông thôn mới kiểu mẫu. Tỷ lệ đô thị hoá đạt 62,4%. Công tác an sinh xã hội được quan tâm; tỷ lệ hộ nghèo giảm còn 0,61%, hộ cận nghèo còn 1,12%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,8%.

Tội phạm về trật tự xã hội giảm 12 vụ so với năm 2023; tỷ lệ điều tra, khám phá án đạt 91,5%, vượt chỉ tiêu giao. Tại kỳ họp, đại biểu chất vấn về tiến độ giải phóng mặt bằng đường Vành đai IV và Quốc lộ 37 đoạn qua thị xã.

HĐND thị xã thống nhất các chỉ tiêu chủ yếu năm 2025: tốc độ tăng giá trị sản xuất đạt 16% trở lên; giá trị sản xuất công nghiệp đạt 225.000 tỷ đồng; thu ngân sách trên địa bàn 1.150 tỷ đồng; tỷ lệ hộ nghèo giảm xuống dưới 0,5%; tỷ lệ đô thị hoá đạt 65%.

Phát biểu bế mạc kỳ họp, ông Nguyễn Văn Thuỷ, Chủ tịch HĐND thị xã đề nghị UBND thị xã sớm cụ thể hoá các nghị quyết vừa được thông qua.

Nguyễn Hoà

Tin khác
- Lục Ngạn: Thu ngân sách năm 2024 đạt 450 tỷ đồng (19/12/2024)
- Bắc Giang có 17 sản phẩm OCOP 4 sao mới (18/12/2024)

Cơ quan của Đảng bộ tỉnh Bắc Giang. Giấy phép số 06/GP-BTTTT. Điện thoại: 0204.3854.432
'''
META = {'published': '2024-12-20', 'locality': 'thị xã Việt Yên'}
DEFAULTS = {'locality': 'thị xã Việt Yên', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
TOV = {'indicator': 'total_output_value'}
IOV = {'indicator': 'industrial_output_value'}
BR = {'indicator': 'budget_revenue'}
SS = {'indicator': 'sector_share'}
PR = {'indicator': 'poverty_rate'}
UR = {'indicator': 'urbanization_rate'}
N25 = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('hơn 196 nghìn tỷ đồng', '196 nghìn tỷ đồng', 'level', 'VND', d(E, IOV, value=196000000000000, bound='over')),
 ('có 20/21 chỉ tiêu', '20/21', 'ratio', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('ước đạt 17,6%', '17,6%', 'level', '%', d(E, TOV)),
 ('vượt 1,6 điểm phần trăm', '1,6 điểm phần trăm', 'change', 'điểm %', d(E, TOV, U, T, status='exceeded')),
 ('chiếm 91,2%', '91,2%', 'level', '%', d(SS)),
 ('dịch vụ 7,1%', '7,1%', 'level', '%', d(SS)),
 ('còn 1,7%', '1,7%', 'level', '%', d(SS)),
 ('ước đạt 196.450 tỷ đồng', '196.450 tỷ đồng', 'level', 'VND', d(E, IOV)),
 ('tăng 19,3% so với năm 2023', '19,3%', 'change', '%', d(E, IOV, U, base='2023')),
 ('bằng 103,4% kế hoạch', '103,4%', 'attainment', '%', d(E, IOV, T)),
 ('chiếm trên 96%', '96%', 'level', '%', dict(optional=True)),
 ('thêm 32 dự án', '32', 'level', 'dự án', dict(optional=True)),
 ('ký 1,15 tỷ USD', '1,15 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('khoảng 14.500 lao động', '14.500', 'level', 'lao động', d(indicator='new_jobs', bound='about')),
 ('ước đạt 1.285 tỷ đồng', '1.285 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 128,5% dự toán', '128,5%', 'attainment', '%', d(E, BR, T)),
 ('đất 610 tỷ đồng', '610 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước 1.026 tỷ đồng', '1.026 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('100% xã', '100%', 'level', '%', d(indicator='new_rural_communes_advanced')),
 ('có 4/9 xã', '4/9', 'ratio', 'xã', d(indicator='new_rural_communes_model')),
 ('hoá đạt 62,4%', '62,4%', 'level', '%', d(UR)),
 ('giảm còn 0,61%', '0,61%', 'level', '%', d(PR, DN)),
 ('nghèo còn 1,12%', '1,12%', 'level', '%', d(indicator='near_poverty_rate')),
 ('y tế đạt 94,8%', '94,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('giảm 12 vụ', '12', 'change', 'vụ', d(DN, indicator='crime', base='2023')),
 ('án đạt 91,5%', '91,5%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('đạt 16% trở lên', '16%', 'level', '%', d(N25, TOV, bound='at_least')),
 ('đạt 225.000 tỷ đồng', '225.000 tỷ đồng', 'level', 'VND', d(N25, IOV)),
 ('bàn 1.150 tỷ đồng', '1.150 tỷ đồng', 'level', 'VND', d(N25, BR)),
 ('dưới 0,5%', '0,5%', 'level', '%', d(N25, PR, DN, bound='under')),
 ('hoá đạt 65%', '65%', 'level', '%', d(N25, UR)),
]
