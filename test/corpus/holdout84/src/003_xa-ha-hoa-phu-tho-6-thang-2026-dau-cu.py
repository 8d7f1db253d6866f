TEXT = '''
BÁO PHÚ THỌ ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Đất Tổ
10/07/2026 08:15

Xã Hạ Hoà: 14/17 chỉ tiêu đạt và vượt tiến độ 6 tháng đầu năm

PTĐT - Ngày 9/7, HĐND xã Hạ Hoà khoá I, nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ hai. Theo báo cáo của UBND xã, 6 tháng đầu năm 2026, kinh tế của xã tiếp tục tăng trưởng khá; 14/17 chỉ tiêu đạt và vượt tiến độ đề ra.

Tổng giá trị sản xuất trên địa bàn ước đạt 1.286 tỷ đồng, tăng 8,3% so với cùng kỳ, bằng 51,4% kế hoạch năm (số liệu tính gộp thị trấn Hạ Hoà và các xã Minh Hạc, Ấm Hạ, Gia Điền cũ). Trong đó, giá trị sản xuất nông, lâm nghiệp và thuỷ sản 342 tỷ đồng; công nghiệp - xây dựng 516 tỷ đồng; thương mại - dịch vụ 428 tỷ đồng.

Thu ngân sách nhà nước trên địa bàn đạt 18,6 tỷ đồng, bằng 62,3% dự toán HĐND xã giao; trong đó thu tiền sử dụng đất 11,2 tỷ đồng. Chi ngân sách xã 24,1 tỷ đồng, bằng 45,8% dự toán.

Vụ chiêm xuân, toàn xã gieo cấy 1.265 ha lúa, đạt 100,4% kế hoạch, năng suất bình quân 60,2 tạ/ha, sản lượng 7.615 tấn. Diện tích chè hiện có 1.480 ha; tổng đàn lợn 32.500 con, đàn gia cầm 415.000 con.

Đại biểu HĐND xã Hạ Hoà biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Thanh Thuỷ

Toàn xã hiện có 96 hộ nghèo, chiếm 0,98%; 214 hộ cận nghèo, chiếm 2,19%. Giải quyết việc làm cho 385 lao động, trong đó 42 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,1%. Công tác quốc phòng được bảo đảm; xã hoàn thành giao 28 công dân nhập ngũ, đạt 100% chỉ tiêu.

Còn 3 chỉ tiêu chưa đạt tiến độ là thu ngân sách, giải ngân vốn đầu tư công (mới đạt 31,5% kế hoạch) và tỷ lệ thu gom, xử lý rác thải sinh hoạt.

6 tháng cuối năm, xã phấn đấu thu ngân sách đạt 100% dự toán trở lên; tổng giá trị sản xuất cả năm đạt 2.500 tỷ đồng; giảm 30 hộ nghèo trở lên; có thêm 2 khu dân cư đạt chuẩn nông thôn mới kiểu mẫu. Kỳ họp đã thông qua 8 nghị quyết quan trọng.

Thanh Thuỷ

Tin cùng chuyên mục
- Xã Thanh Ba: 6 tháng thu ngân sách đạt 58% dự toán (08/07/2026)
- Phú Thọ: 6 tháng GRDP tăng 9,1% (05/07/2026)
- Uỷ ban MTTQ xã Lâm Thao ra mắt 12 tổ hoà giải (03/07/2026)

Báo Phú Thọ điện tử. Giấy phép số 395/GP-BTTTT. Điện thoại: 0210.3846.315
'''
META = {'published': '2026-07-10', 'locality': 'xã Hạ Hòa'}
DEFAULTS = {'locality': 'xã Hạ Hòa', 'period': '2026-H1', 'modality': 'actual'}
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
TO = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
N26 = {'period': '2026', 'modality': 'target'}
FIGS = [
 ('Hạ Hoà: 14/17', '14/17', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('khá; 14/17 chỉ tiêu', '14/17', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('ước đạt 1.286 tỷ đồng', '1.286 tỷ đồng', 'level', 'VND', d(E, TO)),
 ('tăng 8,3%', '8,3%', 'change', '%', d(E, U, SP, TO)),
 ('bằng 51,4% kế hoạch', '51,4%', 'attainment', '%', d(E, T, TO)),
 ('sản 342 tỷ đồng', '342 tỷ đồng', 'level', 'VND', d(indicator='agricultural_output_value')),
 ('dựng 516 tỷ đồng', '516 tỷ đồng', 'level', 'VND', d(indicator='industrial_output_value')),
 ('vụ 428 tỷ đồng', '428 tỷ đồng', 'level', 'VND', d()),
 ('đạt 18,6 tỷ đồng', '18,6 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 62,3% dự toán', '62,3%', 'attainment', '%', d(BR, T)),
 ('đất 11,2 tỷ đồng', '11,2 tỷ đồng', 'level', 'VND', d(BR)),
 ('xã 24,1 tỷ đồng', '24,1 tỷ đồng', 'level', 'VND', d(BE)),
 ('bằng 45,8% dự toán', '45,8%', 'attainment', '%', d(BE, T)),
 ('cấy 1.265 ha', '1.265 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 100,4% kế hoạch', '100,4%', 'attainment', '%', d(T, indicator='crop_area')),
 ('quân 60,2 tạ/ha', '60,2 tạ/ha', 'level', 'tạ/ha', d()),
 ('lượng 7.615 tấn', '7.615 tấn', 'level', 'tấn', d(indicator='rice_output')),
 ('có 1.480 ha', '1.480 ha', 'level', 'ha', d()),
 ('lợn 32.500 con', '32.500', 'level', 'con', d()),
 ('cầm 415.000 con', '415.000', 'level', 'con', d()),
 ('có 96 hộ', '96', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 0,98%', '0,98%', 'level', '%', d(indicator='poverty_rate')),
 ('214 hộ cận nghèo', '214', 'level', 'hộ', d()),
 ('chiếm 2,19%', '2,19%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 385 lao động', '385', 'level', 'lao động', d(indicator='jobs_created')),
 ('đó 42 người', '42', 'level', 'người', d(indicator='labour_export')),
 ('đạt 94,1%', '94,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('giao 28 công dân', '28', 'level', 'công dân', d()),
 ('đạt 100% chỉ tiêu', '100%', 'attainment', '%', d(T)),
 ('Còn 3 chỉ tiêu', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('đạt 31,5% kế hoạch', '31,5%', 'attainment', '%', d(T, indicator='public_investment_disbursement')),
 ('đạt 100% dự toán trở lên', '100%', 'attainment', '%', d(BR, T, N26, bound='at_least')),
 ('đạt 2.500 tỷ đồng', '2.500 tỷ đồng', 'level', 'VND', d(TO, N26)),
 ('giảm 30 hộ', '30', 'change', 'hộ', d(N26, DN, indicator='poor_households', bound='at_least')),
 ('thêm 2 khu dân cư', '2', 'level', 'khu dân cư', d(N26)),
 ('thông qua 8 nghị quyết', '8', 'level', 'nghị quyết', dict(optional=True)),
]
