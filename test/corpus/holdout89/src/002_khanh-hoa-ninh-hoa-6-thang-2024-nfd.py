NFD = True
TEXT = '''
BÁO KHÁNH HÒA
Cập nhật: 09:15, 11/07/2024
Trang chủ | Chính trị | Kinh tế | Xã hội | Biển đảo | Du lịch | Nha Trang hôm nay

Kinh tế

Ninh Hòa: Giá trị sản xuất công nghiệp 6 tháng tăng 14,6%

Theo UBND thị xã Ninh Hòa, trong 6 tháng đầu năm 2024, kinh tế thị xã tiếp tục phục hồi; giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 9.842 tỷ đồng, tăng 14,6% so với cùng kỳ, đạt 51,3% kế hoạch năm, chủ yếu nhờ Nhà máy đóng tàu Hyundai Vinashin và các nhà máy đường, bia trên địa bàn.

Một số chỉ tiêu chủ yếu 6 tháng (so với cùng kỳ):
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: 4.126 tỷ đồng, tăng 10,4%;
- Thu ngân sách trên địa bàn: 312,5 tỷ đồng, đạt 47,8% dự toán, giảm 3,2%;
- Tổng vốn đầu tư toàn xã hội: 2.640 tỷ đồng, tăng 8,9%;
- Doanh nghiệp thành lập mới: 64 doanh nghiệp, tăng 6 doanh nghiệp.

Vụ Đông Xuân 2023 - 2024, nông dân thị xã gieo cấy 6.850 ha lúa, năng suất bình quân đạt 68,2 tạ/ha, tăng 1,6 tạ/ha; sản lượng đạt 46.700 tấn. Diện tích mía niên vụ 2023 - 2024 còn 4.120 ha, giảm 380 ha do chuyển sang trồng sắn và cây ăn quả. Sản lượng thủy sản 6 tháng ước đạt 8.960 tấn, tăng 3,8%, trong đó nuôi trồng 2.350 tấn.

Tàu thi công tại Khu kinh tế Vân Phong, nơi thị xã Ninh Hòa có 3 dự án lớn đang triển khai. Ảnh: Văn Kỳ

Đến ngày 30/6/2024, thị xã giải ngân vốn đầu tư công được 186,4 tỷ đồng, đạt 38,2% kế hoạch, thấp hơn bình quân toàn tỉnh (42,6%). Trên địa bàn hiện có 17/25 xã đạt chuẩn nông thôn mới; xã Ninh Phú và xã Ninh Thân phấn đấu đạt chuẩn nông thôn mới nâng cao trong năm nay.

Tỷ lệ hộ nghèo hiện còn 2,86% (1.734 hộ); tỷ lệ hộ cận nghèo 3,41%. Trong 6 tháng, thị xã tạo việc làm mới cho 1.380 lao động, đạt 53% kế hoạch năm; tỷ lệ tham gia bảo hiểm y tế đạt 91,5%.

6 tháng cuối năm, thị xã phấn đấu thu ngân sách cả năm đạt 655 tỷ đồng theo dự toán; giải ngân 100% kế hoạch vốn đầu tư công; giảm tỷ lệ hộ nghèo xuống dưới 2,5%.

VĂN KỲ

Bài viết cùng chuyên mục:
- Cam Lâm công bố quy hoạch chung đô thị mới đến năm 2045 (10/07/2024)
- Vạn Ninh: Khai trương tuyến du lịch đảo Điệp Sơn (09/07/2024)

Báo Khánh Hòa - Cơ quan của Đảng bộ tỉnh Khánh Hòa. Giấy phép số 263/GP-BTTTT. Tòa soạn: 03 Hùng Vương, Nha Trang. ĐT: (0258) 3827 377. Lượt xem: 1.257
'''
META = {'published': '2024-07-11', 'locality': 'thị xã Ninh Hòa'}
DEFAULTS = {'locality': 'thị xã Ninh Hòa', 'period': '2024-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2024'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
IO = {'indicator': 'industrial_output_value'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
PV = {'indicator': 'poverty_rate'}
WS = {'period': '2023/2024'}
FIGS = [
 ('6 tháng tăng 14,6%', '14,6%', 'change', '%', d(U, IO)),
 ('ước đạt 9.842 tỷ đồng', '9.842 tỷ đồng', 'level', 'VND', d(E, IO)),
 ('tăng 14,6% so với', '14,6%', 'change', '%', d(E, U, SP, IO)),
 ('đạt 51,3% kế hoạch', '51,3%', 'attainment', '%', d(E, P, IO)),
 ('dịch vụ: 4.126 tỷ đồng', '4.126 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 10,4%', '10,4%', 'change', '%', d(U, SP, indicator='retail_sales')),
 ('bàn: 312,5 tỷ đồng', '312,5 tỷ đồng', 'level', 'VND', d(BR)),
 ('đạt 47,8% dự toán', '47,8%', 'attainment', '%', d(P, BR)),
 ('giảm 3,2%', '3,2%', 'change', '%', d(D, SP, BR)),
 ('hội: 2.640 tỷ đồng', '2.640 tỷ đồng', 'level', 'VND', d(indicator='social_investment')),
 ('tăng 8,9%', '8,9%', 'change', '%', d(U, SP, indicator='social_investment')),
 ('mới: 64 doanh nghiệp', '64', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 6 doanh nghiệp', '6', 'change', 'doanh nghiệp', d(U, SP, indicator='new_enterprises')),
 ('cấy 6.850 ha', '6.850 ha', 'level', 'ha', d(WS, indicator='crop_area')),
 ('đạt 68,2 tạ/ha', '68,2 tạ/ha', 'level', 'tạ/ha', d(WS)),
 ('tăng 1,6 tạ/ha', '1,6 tạ/ha', 'change', 'tạ/ha', d(WS, U)),
 ('đạt 46.700 tấn', '46.700 tấn', 'level', 'tấn', d(WS, indicator='rice_output')),
 ('còn 4.120 ha', '4.120 ha', 'level', 'ha', d(WS)),
 ('giảm 380 ha', '380 ha', 'change', 'ha', d(WS, D)),
 ('ước đạt 8.960 tấn', '8.960 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 3,8%', '3,8%', 'change', '%', d(E, U, indicator='aquaculture_output')),
 ('trồng 2.350 tấn', '2.350 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('có 3 dự án', '3', 'level', 'dự án', d(optional=True)),
 ('được 186,4 tỷ đồng', '186,4 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 38,2% kế hoạch', '38,2%', 'attainment', '%', d(P, PD)),
 ('(42,6%)', '42,6%', 'attainment', '%', d(P, PD, locality='tỉnh Khánh Hòa')),
 ('có 17/25 xã', '17/25', 'ratio', 'xã', d(indicator='new_rural_communes', period='2024-M06')),
 ('còn 2,86%', '2,86%', 'level', '%', d(PV)),
 ('(1.734 hộ)', '1.734', 'level', 'hộ', d(indicator='poor_households')),
 ('nghèo 3,41%', '3,41%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 1.380 lao động', '1.380', 'level', 'lao động', d(indicator='new_jobs')),
 ('đạt 53% kế hoạch', '53%', 'attainment', '%', d(P, indicator='new_jobs')),
 ('đạt 91,5%', '91,5%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đạt 655 tỷ đồng', '655 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(K, P, PD)),
 ('dưới 2,5%', '2,5%', 'level', '%', d(K, D, PV, bound='under')),
]
