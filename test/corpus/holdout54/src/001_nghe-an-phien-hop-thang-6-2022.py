TEXT = '''
BÁO NGHỆ AN
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Nghệ An 24h

Kinh tế

Thứ Tư, 06/07/2022 - 16:45

Nghệ An: GRDP 6 tháng đầu năm ước tăng 8,27%, thu ngân sách đạt 71,6% dự toán

(Baonghean.vn) - Sáng 6/7, UBND tỉnh tổ chức phiên họp thường kỳ tháng 6/2022 đánh giá tình hình kinh tế - xã hội tháng 6 và 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Nguyễn Đức Trung - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp.

Tăng trưởng cao hơn bình quân cả nước

Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2022 ước tăng 8,27% so với cùng kỳ, cao hơn mức tăng 6,37% của cùng kỳ năm 2021 và cao hơn bình quân cả nước (6,42%). Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 5,12%; công nghiệp - xây dựng tăng 12,58%; dịch vụ tăng 6,85%.

Chỉ số sản xuất công nghiệp (IIP) tháng 6 ước tăng 2,3% so với tháng trước và tăng 14,6% so với cùng tháng năm trước; tính chung 6 tháng tăng 11,42% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 6 tháng đạt 42.860 tỷ đồng, tăng 21,5%. Kim ngạch xuất khẩu ước đạt 1,05 tỷ USD, tăng 40,2% so với cùng kỳ và bằng 52,5% kế hoạch năm; kim ngạch nhập khẩu 602 triệu USD, tăng 16,8%.

Thu ngân sách nhà nước trên địa bàn 6 tháng đạt 11.203 tỷ đồng, bằng 71,6% dự toán HĐND tỉnh giao, tăng 32,9% so với cùng kỳ; trong đó thu nội địa 10.250 tỷ đồng, thu từ hoạt động xuất nhập khẩu 953 tỷ đồng. Chi ngân sách địa phương 13.460 tỷ đồng, bằng 45,2% dự toán.

Thu hút đầu tư có nhiều khởi sắc. Từ đầu năm đến ngày 30/6, toàn tỉnh cấp mới 52 dự án với tổng vốn đăng ký 14.862 tỷ đồng; điều chỉnh 68 lượt dự án, trong đó 20 dự án tăng vốn 2.385 tỷ đồng. Riêng vốn FDI đạt 576,6 triệu USD, gấp 4,7 lần cùng kỳ. Có 869 doanh nghiệp thành lập mới, tăng 14,1%, với tổng vốn đăng ký 6.850 tỷ đồng.

Quang cảnh phiên họp thường kỳ tháng 6 của UBND tỉnh. Ảnh: Phạm Bằng

Vụ Xuân 2022, toàn tỉnh gieo cấy 90.120 ha lúa, năng suất ước đạt 66,8 tạ/ha, tăng 1,2 tạ/ha so với vụ Xuân năm trước; sản lượng lúa ước 602.000 tấn.

Về văn hóa - xã hội, 6 tháng đầu năm giải quyết việc làm cho 23.460 lao động, đạt 61,7% kế hoạch, trong đó đưa 8.920 người đi làm việc ở nước ngoài. Tỷ lệ bao phủ bảo hiểm y tế đạt 91,6%. Trên địa bàn tỉnh xảy ra 61 vụ tai nạn giao thông, làm chết 54 người, bị thương 29 người; so với cùng kỳ giảm 8 vụ, giảm 5 người chết.

Giải ngân đầu tư công còn chậm

Bên cạnh kết quả đạt được, giải ngân vốn đầu tư công mới đạt 36,8% kế hoạch vốn; một số dự án trọng điểm như đường ven biển Nghi Sơn - Cửa Lò, Quốc lộ 7C còn vướng mặt bằng.

Phát biểu kết luận, Chủ tịch UBND tỉnh Nguyễn Đức Trung yêu cầu các sở, ngành, địa phương bám sát kịch bản tăng trưởng, phấn đấu GRDP cả năm 2022 tăng 9 - 9,5%; thu ngân sách vượt 10% dự toán; giải ngân vốn đầu tư công đến ngày 30/9 đạt trên 70% kế hoạch, đến hết năm đạt 100% kế hoạch.

Phạm Bằng

TIN LIÊN QUAN
- Nghệ An thu ngân sách 5 tháng đạt hơn 9.000 tỷ đồng (08/06/2022)
- Phiên họp thường kỳ tháng 5: Tập trung tháo gỡ khó khăn cho 12 dự án (03/06/2022)

Cơ quan chủ quản: Tỉnh ủy Nghệ An. Địa chỉ: Số 2 đường Phan Đăng Lưu, TP. Vinh. Điện thoại: 0238.3844.537
'''
META = {'published': '2022-07-06', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2022-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2022'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
G = {'indicator': 'grdp_growth'}
IIP = {'indicator': 'industrial_production_index'}
BR = {'indicator': 'budget_revenue'}
PID = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('ước tăng 8,27%, thu', '8,27%', 'change', '%', d(E, U, G)),
 ('đạt 71,6% dự toán\n', '71,6%', 'attainment', '%', d(BR, base='target')),
 ('ước tăng 8,27% so với', '8,27%', 'change', '%', d(E, U, G, SP)),
 ('mức tăng 6,37%', '6,37%', 'change', '%', d(U, G, period='2021-H1')),
 ('cả nước (6,42%)', '6,42%', 'change', '%', d(E, U, G, locality='cả nước')),
 ('thủy sản tăng 5,12%', '5,12%', 'change', '%', d(U)),
 ('xây dựng tăng 12,58%', '12,58%', 'change', '%', d(U)),
 ('dịch vụ tăng 6,85%', '6,85%', 'change', '%', d(U)),
 ('ước tăng 2,3% so với tháng trước', '2,3%', 'change', '%', d(E, U, IIP, period='2022-M06', base='previous_period')),
 ('tăng 14,6% so với cùng tháng', '14,6%', 'change', '%', d(E, U, IIP, SP, period='2022-M06')),
 ('tăng 11,42%', '11,42%', 'change', '%', d(U, IIP, SP)),
 ('đạt 42.860 tỷ đồng', '42.860 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 21,5%', '21,5%', 'change', '%', d(U, indicator='retail_sales')),
 ('đạt 1,05 tỷ USD', '1,05 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 40,2%', '40,2%', 'change', '%', d(E, U, SP, indicator='export_value')),
 ('bằng 52,5% kế hoạch', '52,5%', 'attainment', '%', d(E, indicator='export_value', base='target')),
 ('khẩu 602 triệu USD', '602 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('tăng 16,8%', '16,8%', 'change', '%', d(U, indicator='import_value')),
 ('đạt 11.203 tỷ đồng', '11.203 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 71,6% dự toán', '71,6%', 'attainment', '%', d(BR, base='target')),
 ('tăng 32,9%', '32,9%', 'change', '%', d(BR, U, SP)),
 ('nội địa 10.250 tỷ đồng', '10.250 tỷ đồng', 'level', 'VND', d(BR)),
 ('khẩu 953 tỷ đồng', '953 tỷ đồng', 'level', 'VND', d(BR)),
 ('phương 13.460 tỷ đồng', '13.460 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 45,2% dự toán', '45,2%', 'attainment', '%', d(indicator='budget_expenditure', base='target')),
 ('cấp mới 52 dự án', '52', 'level', 'dự án', d()),
 ('đăng ký 14.862 tỷ đồng', '14.862 tỷ đồng', 'level', 'VND', d()),
 ('điều chỉnh 68 lượt', '68', 'level', 'lượt dự án', d()),
 ('trong đó 20 dự án', '20', 'level', 'dự án', d()),
 ('vốn 2.385 tỷ đồng', '2.385 tỷ đồng', 'level', 'VND', d()),
 ('đạt 576,6 triệu USD', '576,6 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('gấp 4,7 lần', '4,7', 'change', 'lần', d(U, SP, indicator='fdi')),
 ('Có 869 doanh nghiệp', '869', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 14,1%', '14,1%', 'change', '%', d(U, indicator='new_enterprises')),
 ('ký 6.850 tỷ đồng', '6.850 tỷ đồng', 'level', 'VND', d()),
 ('cấy 90.120 ha', '90.120 ha', 'level', 'ha', d(indicator='crop_area', period='2022')),
 ('đạt 66,8 tạ/ha', '66,8 tạ/ha', 'level', 'tạ/ha', d(E, period='2022')),
 ('tăng 1,2 tạ/ha', '1,2 tạ/ha', 'change', 'tạ/ha', d(E, U, SP, period='2022')),
 ('ước 602.000 tấn', '602.000 tấn', 'level', 'tấn', d(E, indicator='rice_output', period='2022')),
 ('cho 23.460 lao động', '23.460', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 61,7% kế hoạch', '61,7%', 'attainment', '%', d(indicator='jobs_created', base='target')),
 ('đưa 8.920 người', '8.920', 'level', 'người', d(indicator='labour_export')),
 ('đạt 91,6%', '91,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('ra 61 vụ', '61', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 54 người', '54', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 29 người', '29', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 8 vụ', '8', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 5 người', '5', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('đạt 36,8% kế hoạch', '36,8%', 'attainment', '%', d(PID, base='target')),
 ('tăng 9 - 9,5%', '9 - 9,5%', 'change', '%', d(T, U, G)),
 ('vượt 10% dự toán', '10%', 'change', '%', d(T, U, BR, base='target', status='exceeded')),
 ('đạt trên 70% kế hoạch', '70%', 'attainment', '%', d(PID, modality='target', period='2022-9M', base='target', bound='over')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(T, PID, base='target')),
]
