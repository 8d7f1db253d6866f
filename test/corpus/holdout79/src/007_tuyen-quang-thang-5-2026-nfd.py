NFD = True
TEXT = '''
BÁO TUYÊN QUANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Du lịch
06/06/2026 | 14:25

Tháng 5, chỉ số sản xuất công nghiệp tăng 8,6%

(BTQ) - Theo Thống kê tỉnh Tuyên Quang, kinh tế của tỉnh trong tháng 5 và 5 tháng đầu năm 2026 tiếp tục phục hồi, nhiều chỉ tiêu tăng khá so với cùng kỳ.

Chỉ số sản xuất công nghiệp (IIP) tháng 5 ước tăng 3,2% so với tháng trước và tăng 8,6% so với cùng kỳ năm trước. Tính chung 5 tháng, IIP tăng 7,9%; trong đó khu vực Hà Giang cũ tăng 12,4% nhờ các nhà máy thủy điện vận hành ổn định.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5 ước đạt 3.150 tỷ đồng, tăng 1,8% so với tháng trước; lũy kế 5 tháng đạt 12.480 tỷ đồng, tăng 10,6% so với cùng kỳ. Chỉ số giá tiêu dùng (CPI) tháng 5 giảm 0,21% so với tháng trước; bình quân 5 tháng tăng 2,94% so với cùng kỳ.

Trong tháng, toàn tỉnh đón 1,12 triệu lượt khách du lịch, trong đó khách quốc tế 68.500 lượt khách; tổng thu từ du lịch ước đạt 1.950 tỷ đồng. Tính từ đầu năm, lượng khách đến tỉnh đạt 4,36 triệu lượt khách, bằng 48,4% kế hoạch năm.

Thu ngân sách nhà nước trên địa bàn 5 tháng ước đạt 2.845 tỷ đồng, bằng 34,7% dự toán; chi ngân sách địa phương 7.930 tỷ đồng. Đến ngày 31/5/2026, giải ngân vốn đầu tư công đạt 2.160 tỷ đồng, bằng 21,5% kế hoạch.

Vụ Xuân năm 2026, toàn tỉnh gieo cấy 47.200 ha lúa, đạt 101,3% kế hoạch. Trong 5 tháng, trồng mới 6.850 ha rừng tập trung.

Trong 5 tháng, toàn tỉnh giải quyết việc làm cho 9.640 lao động, đạt 38,6% kế hoạch năm, trong đó xuất khẩu lao động 1.215 người. Tỷ lệ bao phủ bảo hiểm y tế đạt 97,2%.

Sản xuất tại Nhà máy chế biến chè ở xã Vị Xuyên. Ảnh: Thanh Tùng

Thanh Tùng

Lượt xem: 1.206

Tin khác
- Tuyên Quang: Quý I thu hút 5 dự án đầu tư mới (08/04/2026)
- Lễ hội Hoa tam giác mạch lần thứ X năm 2026 (30/05/2026)

Giấy phép số 43/GP-BTTTT ngày 10/2/2026. Hotline: 0207.3822.172
'''
META = {'published': '2026-06-06', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2026-5M', 'modality': 'actual'}
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
PP = {'base': 'previous_period'}
M4 = {'period': '2026-M05'}
IIP = {'indicator': 'industrial_production_index'}
RS = {'indicator': 'retail_sales'}
CPI = {'indicator': 'cpi'}
TA = {'indicator': 'tourist_arrivals'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('nghiệp tăng 8,6%', '8,6%', 'change', '%', d(IIP, U, M4)),
 ('ước tăng 3,2%', '3,2%', 'change', '%', d(E, IIP, U, M4, PP)),
 ('tăng 8,6% so với', '8,6%', 'change', '%', d(E, IIP, U, M4, SP)),
 ('tăng 7,9%', '7,9%', 'change', '%', d(IIP, U)),
 ('tăng 12,4%', '12,4%', 'change', '%', d(IIP, U, locality='tỉnh Hà Giang')),
 ('ước đạt 3.150 tỷ đồng', '3.150 tỷ đồng', 'level', 'VND', d(E, RS, M4)),
 ('tăng 1,8% so với tháng trước', '1,8%', 'change', '%', d(E, RS, M4, U, PP)),
 ('đạt 12.480 tỷ đồng', '12.480 tỷ đồng', 'level', 'VND', d(RS)),
 ('tăng 10,6% so với cùng kỳ', '10,6%', 'change', '%', d(RS, U, SP)),
 ('giảm 0,21%', '0,21%', 'change', '%', d(CPI, DN, M4, PP)),
 ('tăng 2,94%', '2,94%', 'change', '%', d(CPI, U, SP)),
 ('đón 1,12 triệu', '1,12 triệu', 'level', 'lượt khách', d(TA, M4)),
 ('tế 68.500 lượt khách', '68.500', 'level', 'lượt khách', d(M4, indicator='international_tourist_arrivals')),
 ('ước đạt 1.950 tỷ đồng', '1.950 tỷ đồng', 'level', 'VND', d(E, M4, indicator='tourism_revenue')),
 ('đạt 4,36 triệu', '4,36 triệu', 'level', 'lượt khách', d(TA)),
 ('bằng 48,4% kế hoạch', '48,4%', 'attainment', '%', d(TA, T)),
 ('ước đạt 2.845 tỷ đồng', '2.845 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 34,7% dự toán', '34,7%', 'attainment', '%', d(E, BR, T)),
 ('phương 7.930 tỷ đồng', '7.930 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('đạt 2.160 tỷ đồng', '2.160 tỷ đồng', 'level', 'VND', d(PD)),
 ('bằng 21,5% kế hoạch', '21,5%', 'attainment', '%', d(PD, T)),
 ('cấy 47.200 ha', '47.200 ha', 'level', 'ha', d(period='2026', indicator='crop_area')),
 ('đạt 101,3% kế hoạch', '101,3%', 'attainment', '%', d(T, period='2026', indicator='crop_area')),
 ('mới 6.850 ha', '6.850 ha', 'level', 'ha', d()),
 ('cho 9.640 lao động', '9.640', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 38,6% kế hoạch', '38,6%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('động 1.215 người', '1.215', 'level', 'người', d(indicator='labour_export')),
 ('đạt 97,2%', '97,2%', 'level', '%', d(indicator='health_insurance_coverage')),
]
