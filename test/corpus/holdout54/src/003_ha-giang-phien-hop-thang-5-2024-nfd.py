NFD = True
TEXT = '''
BÁO HÀ GIANG ĐIỆN TỬ
Thứ Năm, 06/06/2024 - 10:25

KINH TẾ

UBND tỉnh họp phiên thường kỳ tháng 5: Khách du lịch 5 tháng tăng 12,8%

BHG - Ngày 5/6, đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 5 đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 5, 5 tháng đầu năm và triển khai nhiệm vụ tháng 6/2024.

Theo báo cáo của Sở Kế hoạch và Đầu tư, trong tháng 5, sản xuất vụ Mùa được triển khai đúng khung thời vụ; toàn tỉnh trồng được 1.850 ha rừng, lũy kế 5 tháng trồng 4.120 ha, đạt 41,2% kế hoạch. Diện tích gieo trồng ngô vụ Xuân đạt 28.600 ha, bằng 102,1% kế hoạch, năng suất ước 42,5 tạ/ha.

Du lịch tiếp tục là điểm sáng. Tháng 5, toàn tỉnh đón 265.000 lượt khách, tăng 6,4% so với tháng trước; lũy kế 5 tháng đón 1,42 triệu lượt khách, tăng 12,8% so với cùng kỳ, trong đó khách quốc tế đạt 168.000 lượt; doanh thu từ du lịch ước đạt 2.650 tỷ đồng.

Một số chỉ tiêu chủ yếu 5 tháng đầu năm (tăng, giảm so với cùng kỳ):
- Giá trị sản xuất công nghiệp: 1.386 tỷ đồng, +7,2%.
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: 6.820 tỷ đồng, +10,6%.
- Kim ngạch xuất, nhập khẩu qua các cửa khẩu: 214,5 triệu USD, -8,3%.
- Thu ngân sách nhà nước trên địa bàn: 1.180 tỷ đồng, +4,9%.

Chỉ số giá tiêu dùng (CPI) tháng 5 tăng 0,42% so với tháng trước và tăng 4,05% so với cùng kỳ; bình quân 5 tháng CPI tăng 3,86%.

Thu ngân sách 5 tháng bằng 44,3% dự toán Trung ương giao và bằng 38,6% dự toán HĐND tỉnh giao. Giải ngân vốn đầu tư công tính đến ngày 31/5 đạt 1.046 tỷ đồng, bằng 24,8% kế hoạch, thấp hơn bình quân chung cả nước.

Du khách check-in tại Cột cờ Lũng Cú (huyện Đồng Văn). Ảnh: Tuấn Anh

Công tác an sinh xã hội được quan tâm; 5 tháng qua, toàn tỉnh giải quyết việc làm mới cho 8.240 lao động, trong đó xuất khẩu lao động 612 người. Chương trình xóa nhà tạm, nhà dột nát đã hỗ trợ 1.326 hộ làm nhà mới, sửa chữa nhà ở.

Kết luận phiên họp, Chủ tịch UBND tỉnh Nguyễn Văn Sơn yêu cầu các ngành tập trung chỉ đạo gieo trồng vụ Mùa bảo đảm diện tích lúa trên 25.000 ha; đến hết tháng 6, giải ngân vốn đầu tư công đạt trên 40% kế hoạch.

Vân Anh

BÀI LIÊN QUAN
- Đồng Văn đón trên 300 nghìn lượt khách trong dịp nghỉ lễ 30/4 - 1/5 (03/5/2024)
- Hà Giang xếp thứ 56/63 về Chỉ số cải cách hành chính (PAR INDEX) năm 2023 (21/5/2024)

Báo Hà Giang - Tổ 10, phường Nguyễn Trãi, thành phố Hà Giang. Điện thoại: 0219.3866.189
'''
META = {'published': '2024-06-06', 'locality': 'tỉnh Hà Giang'}
DEFAULTS = {'locality': 'tỉnh Hà Giang', 'period': '2024-5M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
M5 = {'period': '2024-M05'}
BR = {'indicator': 'budget_revenue'}
TA = {'indicator': 'tourist_arrivals'}
PID = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('tăng 12,8%\n', '12,8%', 'change', '%', d(U, TA)),
 ('được 1.850 ha', '1.850 ha', 'level', 'ha', d(M5)),
 ('trồng 4.120 ha', '4.120 ha', 'level', 'ha', d()),
 ('đạt 41,2% kế hoạch', '41,2%', 'attainment', '%', d(base='target')),
 ('đạt 28.600 ha', '28.600 ha', 'level', 'ha', d(indicator='crop_area')),
 ('bằng 102,1% kế hoạch', '102,1%', 'attainment', '%', d(indicator='crop_area', base='target')),
 ('ước 42,5 tạ/ha', '42,5 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('đón 265.000 lượt khách', '265.000', 'level', 'lượt khách', d(M5, TA)),
 ('tăng 6,4%', '6,4%', 'change', '%', d(M5, U, TA, base='previous_period')),
 ('1,42 triệu lượt', '1,42 triệu', 'level', 'lượt khách', d(TA)),
 ('tăng 12,8% so', '12,8%', 'change', '%', d(U, SP, TA)),
 ('đạt 168.000 lượt', '168.000', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('đạt 2.650 tỷ đồng', '2.650 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('nghiệp: 1.386 tỷ đồng', '1.386 tỷ đồng', 'level', 'VND', d(indicator='industrial_output_value')),
 ('+7,2%', '7,2%', 'change', '%', d(U, SP, indicator='industrial_output_value')),
 ('vụ: 6.820 tỷ đồng', '6.820 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('+10,6%', '10,6%', 'change', '%', d(U, SP, indicator='retail_sales')),
 ('khẩu: 214,5 triệu USD', '214,5 triệu USD', 'level', 'USD', d()),
 ('-8,3%', '8,3%', 'change', '%', d(D, SP)),
 ('bàn: 1.180 tỷ đồng', '1.180 tỷ đồng', 'level', 'VND', d(BR)),
 ('+4,9%', '4,9%', 'change', '%', d(U, SP, BR)),
 ('tăng 0,42%', '0,42%', 'change', '%', d(M5, U, indicator='cpi', base='previous_period')),
 ('tăng 4,05%', '4,05%', 'change', '%', d(M5, U, SP, indicator='cpi')),
 ('tăng 3,86%', '3,86%', 'change', '%', d(U, indicator='cpi')),
 ('bằng 44,3% dự toán', '44,3%', 'attainment', '%', d(BR, base='target')),
 ('bằng 38,6% dự toán', '38,6%', 'attainment', '%', d(BR, base='target')),
 ('đạt 1.046 tỷ đồng', '1.046 tỷ đồng', 'level', 'VND', d(PID)),
 ('bằng 24,8% kế hoạch', '24,8%', 'attainment', '%', d(PID, base='target')),
 ('cho 8.240 lao động', '8.240', 'level', 'lao động', d(indicator='new_jobs')),
 ('động 612 người', '612', 'level', 'người', d(indicator='labour_export')),
 ('trợ 1.326 hộ', '1.326', 'level', 'hộ', d()),
 ('trên 25.000 ha', '25.000 ha', 'level', 'ha', d(T, indicator='crop_area', period='2024', bound='over')),
 ('đạt trên 40% kế hoạch', '40%', 'attainment', '%', d(T, PID, period='2024-H1', base='target', bound='over')),
]
