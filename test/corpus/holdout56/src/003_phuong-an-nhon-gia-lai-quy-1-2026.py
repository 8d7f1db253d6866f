TEXT = '''
BÁO GIA LAI ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hoá | Thể thao
Thứ Ba, 07/04/2026 - 10:15

Phường An Nhơn: Quý I/2026, thu ngân sách đạt 34,2% dự toán

GLO- Quý I/2026, kinh tế phường An Nhơn (tỉnh Gia Lai) duy trì đà tăng trưởng; nhiều chỉ tiêu tăng khá so với cùng kỳ (số liệu cùng kỳ tính gộp các phường Bình Định, Nhơn Hưng và Nhơn Thành trước sắp xếp).

Theo Uỷ ban nhân dân phường, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp quý I ước đạt 1.186 tỷ đồng, tăng 10,4% so với cùng kỳ, bằng 23,6% kế hoạch năm. Các làng nghề bún, bánh tráng, nón lá, rượu Bàu Đá hoạt động sôi động dịp Tết Nguyên đán Bính Ngọ. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ ước đạt 942 tỷ đồng, tăng 12,8%.

Thu ngân sách nhà nước trên địa bàn đạt 48,7 tỷ đồng, bằng 34,2% dự toán năm, tăng 18,5% so với cùng kỳ; trong đó thu tiền sử dụng đất 21,4 tỷ đồng. Chi ngân sách 26,9 tỷ đồng, bằng 22,1% dự toán.

Vụ Đông Xuân 2025 - 2026, toàn phường gieo sạ 1.865 ha lúa, đạt 100% kế hoạch; năng suất ước đạt 68,5 tạ/ha, cao hơn vụ Đông Xuân năm trước 2,1 tạ/ha.

Chăn nuôi gặp khó do dịch tả heo châu Phi tái phát tại một số khu phố; tổng đàn heo hiện có 18.400 con, giảm 6,2% so với cùng kỳ.

Làng nghề bún Song Thằng (phường An Nhơn) tất bật vào vụ Tết. Ảnh: NGỌC NHUẬN

Dịp Tết, phường trao 2.150 suất quà cho hộ nghèo, gia đình chính sách, người có công và các hộ nuôi thuỷ sản bị thiệt hại do bão số 13, với tổng trị giá hơn 1,3 tỷ đồng. Trong quý, phường giải quyết việc làm cho 420 lao động, đạt 28% kế hoạch năm; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,8%.

Trên địa bàn xảy ra 2 vụ tai nạn giao thông, làm chết 2 người, bị thương 1 người; so với cùng kỳ giảm 1 vụ, giảm 1 người chết. Công an phường đã tiếp nhận, giải quyết 1.326 hồ sơ thủ tục hành chính, trong đó 98,6% đúng và trước hạn.

Quý II, phường tập trung tháo gỡ vướng mắc giải phóng mặt bằng dự án tuyến tránh Quốc lộ 19; phấn đấu đến cuối quý II thu ngân sách đạt từ 55% dự toán năm trở lên, giải ngân vốn đầu tư công đạt trên 60% kế hoạch vốn năm 2026.

NGỌC NHUẬN

Cùng chuyên mục
- Phường Quy Nhơn Nam: 3 tháng đón hơn 420.000 lượt khách (05/04/2026)
- Xã Ia Grai hoàn thành 100% kế hoạch gieo trồng vụ Đông Xuân (03/04/2026)

Báo Gia Lai - Cơ quan của Đảng bộ tỉnh Gia Lai. Giấy phép số 50/GP-BVHTTDL. Điện thoại: 0269.3824.891 - Hotline: 0913.456.211
'''
META = {'published': '2026-04-07', 'locality': 'phường An Nhơn'}
DEFAULTS = {'locality': 'phường An Nhơn', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
H1T = {'modality': 'target', 'period': '2026-H1'}
SEASON = {'period': '2025/2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
IOV = {'indicator': 'industrial_output_value'}
BR = {'indicator': 'budget_revenue'}
RS = {'indicator': 'retail_sales'}
FIGS = [
 ('đạt 34,2% dự toán\n', '34,2%', 'attainment', '%', d(BR, base='target')),
 ('quý I ước đạt 1.186 tỷ đồng', '1.186 tỷ đồng', 'level', 'VND', d(E, IOV)),
 ('tăng 10,4% so với cùng kỳ', '10,4%', 'change', '%', d(E, IOV, U, SP)),
 ('bằng 23,6% kế hoạch năm', '23,6%', 'attainment', '%', d(E, IOV, base='target')),
 ('ước đạt 942 tỷ đồng', '942 tỷ đồng', 'level', 'VND', d(E, RS)),
 ('tăng 12,8%', '12,8%', 'change', '%', d(E, RS, U)),
 ('đạt 48,7 tỷ đồng', '48,7 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 34,2% dự toán năm', '34,2%', 'attainment', '%', d(BR, base='target')),
 ('tăng 18,5% so với cùng kỳ', '18,5%', 'change', '%', d(BR, U, SP)),
 ('đất 21,4 tỷ đồng', '21,4 tỷ đồng', 'level', 'VND', d()),
 ('Chi ngân sách 26,9 tỷ đồng', '26,9 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 22,1% dự toán', '22,1%', 'attainment', '%', d(indicator='budget_expenditure', base='target')),
 ('gieo sạ 1.865 ha', '1.865 ha', 'level', 'ha', d(SEASON, indicator='crop_area')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(SEASON, indicator='crop_area', base='target')),
 ('ước đạt 68,5 tạ/ha', '68,5 tạ/ha', 'level', 'tạ/ha', d(SEASON, E)),
 ('năm trước 2,1 tạ/ha', '2,1 tạ/ha', 'change', 'tạ/ha', d(SEASON, E, U, SP)),
 ('hiện có 18.400 con', '18.400', 'level', 'con', d()),
 ('giảm 6,2% so với cùng kỳ', '6,2%', 'change', '%', d(D, SP)),
 ('trao 2.150 suất quà', '2.150', 'level', 'suất quà', d()),
 ('hơn 1,3 tỷ đồng', '1,3 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('cho 420 lao động', '420', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 28% kế hoạch năm', '28%', 'attainment', '%', d(indicator='jobs_created', base='target')),
 ('đạt 93,8%', '93,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('ra 2 vụ tai nạn', '2', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 2 người', '2', 'level', 'người', d(indicator='traffic_deaths')),
 ('bị thương 1 người', '1', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 1 vụ', '1', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 1 người chết', '1', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('giải quyết 1.326 hồ sơ', '1.326', 'level', 'hồ sơ', d()),
 ('trong đó 98,6%', '98,6%', 'level', '%', d()),
 ('từ 55% dự toán năm trở lên', '55%', 'attainment', '%', d(H1T, BR, base='target', bound='at_least')),
 ('trên 60% kế hoạch vốn', '60%', 'attainment', '%', d(H1T, indicator='public_investment_disbursement', base='target', bound='over')),
]
