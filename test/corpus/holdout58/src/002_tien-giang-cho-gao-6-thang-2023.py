TEXT = '''
BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Trang chủ | Chính trị | Kinh tế | Xã hội | Địa phương | Nông thôn mới | Văn hóa | Thể thao
Địa phương
Thứ Ba, 04/07/2023, 08:15 (GMT+7)

Chợ Gạo: Giá trị sản xuất nông nghiệp 6 tháng tăng 3,8%

(ABO) - Ngày 3-7, UBND huyện Chợ Gạo tổ chức hội nghị sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm 2023 và triển khai nhiệm vụ 6 tháng cuối năm. Theo báo cáo, giá trị sản xuất nông - lâm - thủy sản ước đạt 3.412 tỷ đồng (giá so sánh 2010), tăng 3,8% so với cùng kỳ, đạt 49,6% kế hoạch năm.

Vụ lúa Đông Xuân 2022 - 2023, toàn huyện xuống giống được 4.620 ha, giảm 380 ha so với vụ Đông Xuân năm trước do nông dân chuyển sang trồng thanh long và dừa; năng suất bình quân 68,2 tạ/ha, sản lượng 31.508 tấn. Diện tích thanh long hiện có 8.910 ha, tập trung ở các xã Quơn Long, Bình Phục Nhứt, Tân Thuận Bình; giá thanh long ruột trắng tại vườn dao động 8.000 - 12.000 đồng/kg, thấp hơn cùng kỳ khoảng 4.000 đồng/kg. Tổng đàn heo 62.400 con, đàn gia cầm 1,28 triệu con. Sản lượng thủy sản ước đạt 9.650 tấn, tăng 5,2%.

Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 2.185 tỷ đồng, tăng 9,1% so với cùng kỳ, đạt 47,3% kế hoạch. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 4.760 tỷ đồng, tăng 11,4%. Trên địa bàn thành lập mới 38 doanh nghiệp với tổng vốn đăng ký 186 tỷ đồng.

Nông dân xã Quơn Long thu hoạch thanh long. Ảnh: MINH THÀNH

Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2023:

Chỉ tiêu | Kế hoạch năm 2023 | Ước thực hiện 6 tháng | So kế hoạch (%) | So cùng kỳ (%)
Thu ngân sách trên địa bàn (tỷ đồng) | 215 | 118,4 | 55,1 | 108,3
Chi ngân sách địa phương (tỷ đồng) | 742,6 | 351,2 | 47,3 | 104,6
Giải quyết việc làm (lao động) | 3.200 | 1.746 | 54,6 | 102,1
Kết nạp đảng viên (đảng viên) | 160 | 71 | 44,4 | 91

Về văn hóa - xã hội, trong 6 tháng huyện có 214 hộ thoát nghèo, 96 hộ thoát cận nghèo; tỷ lệ hộ nghèo còn 1,86%. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 91,2%; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 8,9%. Toàn huyện có 17/18 xã đạt chuẩn nông thôn mới, 6 xã đạt chuẩn nâng cao và 2 xã đạt chuẩn kiểu mẫu; các xã Hòa Tịnh và Song Bình lần lượt đạt 17/19 và 15/19 tiêu chí nông thôn mới nâng cao.

Tình hình an ninh trật tự được giữ vững. So với cùng kỳ, phạm pháp hình sự xảy ra 11 vụ, giảm 4 vụ; tai nạn giao thông xảy ra 6 vụ, làm chết 5 người, bị thương 3 người (giảm 2 vụ, tăng 1 người chết).

6 tháng cuối năm, huyện phấn đấu thu ngân sách cả năm vượt 10% dự toán; giải ngân 100% kế hoạch vốn đầu tư công năm 2023; đưa xã Hòa Tịnh về đích nông thôn mới nâng cao.

MINH THÀNH

Tin liên quan:
- Gò Công Đông: 6 tháng thu ngân sách đạt 61% dự toán
- Tiền Giang: Giải ngân vốn đầu tư công đạt 38,7%
- Khánh thành cầu Kênh 14 trên Quốc lộ 50

Đường dây nóng: 0273.3872.456 - Email: baoapbac@tiengiang.gov.vn
'''
META = {'published': '2023-07-04', 'locality': 'huyện Chợ Gạo'}
DEFAULTS = {'locality': 'huyện Chợ Gạo', 'period': '2023-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
P = {'modality': 'target', 'period': '2023'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
AG = {'indicator': 'agricultural_output_value'}
DX = {'period': '2022/2023'}
BR = {'indicator': 'budget_revenue'}
BX = {'indicator': 'budget_expenditure'}
JC = {'indicator': 'jobs_created'}
PM = {'indicator': 'new_party_members'}
FIGS = [
 ('6 tháng tăng 3,8%', '3,8%', 'change', '%', d(U, AG)),
 ('ước đạt 3.412 tỷ đồng', '3.412 tỷ đồng', 'level', 'VND', d(E, AG)),
 ('tăng 3,8% so với cùng kỳ', '3,8%', 'change', '%', d(E, U, SP, AG)),
 ('đạt 49,6% kế hoạch', '49,6%', 'attainment', '%', d(E, TB, AG)),
 ('được 4.620 ha', '4.620 ha', 'level', 'ha', d(DX, indicator='crop_area')),
 ('giảm 380 ha', '380 ha', 'change', 'ha', d(DX, D, SP, indicator='crop_area')),
 ('bình quân 68,2 tạ/ha', '68,2 tạ/ha', 'level', 'tạ/ha', d(DX)),
 ('sản lượng 31.508 tấn', '31.508 tấn', 'level', 'tấn', d(DX, indicator='rice_output')),
 ('hiện có 8.910 ha', '8.910 ha', 'level', 'ha', d()),
 ('động 8.000 - 12.000 đồng/kg', '8.000 - 12.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 4.000 đồng/kg', '4.000 đồng/kg', 'change', 'VND/kg', d(D, SP, bound='about')),
 ('heo 62.400 con', '62.400', 'level', 'con', d()),
 ('gia cầm 1,28 triệu con', '1,28 triệu con', 'level', 'con', d()),
 ('ước đạt 9.650 tấn', '9.650 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 5,2%', '5,2%', 'change', '%', d(E, U, indicator='aquaculture_output')),
 ('ước đạt 2.185 tỷ đồng', '2.185 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('tăng 9,1% so với cùng kỳ', '9,1%', 'change', '%', d(E, U, SP, indicator='industrial_output_value')),
 ('đạt 47,3% kế hoạch', '47,3%', 'attainment', '%', d(E, TB, indicator='industrial_output_value')),
 ('ước đạt 4.760 tỷ đồng', '4.760 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 11,4%', '11,4%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('mới 38 doanh nghiệp', '38', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', d()),
 ('| 215 |', '215', 'level', 'VND', d(P, BR, value=215000000000)),
 ('| 118,4 |', '118,4', 'level', 'VND', d(E, BR, value=118400000000)),
 ('| 55,1 |', '55,1', 'attainment', '%', d(E, TB, BR)),
 ('| 108,3', '108,3', 'attainment', '%', d(E, SP, BR)),
 ('| 742,6 |', '742,6', 'level', 'VND', d(P, BX, value=742600000000)),
 ('| 351,2 |', '351,2', 'level', 'VND', d(E, BX, value=351200000000)),
 ('| 47,3 |', '47,3', 'attainment', '%', d(E, TB, BX)),
 ('| 104,6', '104,6', 'attainment', '%', d(E, SP, BX)),
 ('| 3.200 |', '3.200', 'level', 'lao động', d(P, JC)),
 ('| 1.746 |', '1.746', 'level', 'lao động', d(E, JC)),
 ('| 54,6 |', '54,6', 'attainment', '%', d(E, TB, JC)),
 ('| 102,1', '102,1', 'attainment', '%', d(E, SP, JC)),
 ('| 160 |', '160', 'level', 'đảng viên', d(P, PM)),
 ('| 71 |', '71', 'level', 'đảng viên', d(E, PM)),
 ('| 44,4 |', '44,4', 'attainment', '%', d(E, TB, PM)),
 ('| 91\n', '91', 'attainment', '%', d(E, SP, PM)),
 ('có 214 hộ thoát nghèo', '214', 'level', 'hộ', d(indicator='households_out_of_poverty')),
 ('96 hộ thoát cận nghèo', '96', 'level', 'hộ', d()),
 ('còn 1,86%', '1,86%', 'level', '%', d(indicator='poverty_rate')),
 ('đạt 91,2%', '91,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('giảm còn 8,9%', '8,9%', 'level', '%', d(D, indicator='child_malnutrition_rate')),
 ('có 17/18 xã', '17/18', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('6 xã đạt chuẩn', '6', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('2 xã đạt chuẩn', '2', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('đạt 17/19 và', '17/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Hòa Tịnh', status='achieved')),
 ('và 15/19 tiêu chí', '15/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Song Bình', status='achieved')),
 ('xảy ra 11 vụ', '11', 'level', 'vụ', d(indicator='crime')),
 ('giảm 4 vụ', '4', 'change', 'vụ', d(D, SP, indicator='crime')),
 ('xảy ra 6 vụ', '6', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 5 người', '5', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 3 người', '3', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 2 vụ', '2', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('tăng 1 người chết', '1', 'change', 'người', d(U, SP, indicator='traffic_deaths')),
 ('vượt 10% dự toán', '10%', 'change', '%', d(U, TB, BR, period='2023', modality='target', status='exceeded')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(TB, indicator='public_investment_disbursement', period='2023', modality='target')),
]
