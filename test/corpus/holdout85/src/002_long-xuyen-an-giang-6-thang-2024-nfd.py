NFD = True
TEXT = '''
BÁO AN GIANG ĐIỆN TỬ
Thứ Sáu, 05/07/2024 - 08:12
Thời sự | Kinh tế | Nông nghiệp | Xã hội | Quốc phòng - An ninh

Long Xuyên: Kinh tế 6 tháng đầu năm 2024 tăng trưởng 7,36%

(BAG) - Chiều 4/7, Thành ủy Long Xuyên tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Trong 6 tháng, kinh tế thành phố Long Xuyên tiếp tục phục hồi, nhiều chỉ tiêu đạt trên 50% kế hoạch năm.

Theo báo cáo, tốc độ tăng trưởng kinh tế 6 tháng ước đạt 7,36%, thấp hơn cùng kỳ 0,4 điểm phần trăm. Thu nhập bình quân đầu người ước đạt 41,2 triệu đồng.

Một số chỉ tiêu chủ yếu 6 tháng (so với cùng kỳ):
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: 21.480 tỷ đồng, tăng 11,2%, đạt 52,4% kế hoạch năm;
- Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp: 3.962 tỷ đồng, tăng 6,8%;
- Kim ngạch xuất khẩu: 118,5 triệu USD, giảm 3,1%;
- Lượt khách du lịch: 325.600 lượt, tăng 17,4%.

Thu ngân sách nhà nước trên địa bàn đạt 612 tỷ đồng, bằng 54,6% dự toán tỉnh giao; chi ngân sách 498 tỷ đồng. Thành phố cấp phép thành lập mới 186 doanh nghiệp, vốn đăng ký 1.120 tỷ đồng; 742 hộ kinh doanh cá thể.

Vụ Đông Xuân 2023 - 2024, nông dân xuống giống 9.430 ha lúa, năng suất 7,42 tấn/ha, sản lượng 69.970 tấn; giá lúa tươi tại ruộng dao động 7.200 - 7.800 đồng/kg, lợi nhuận 22 - 25 triệu đồng/ha. Riêng phường Mỹ Thạnh, toàn bộ 1.850 ha lúa được sản xuất theo cánh đồng lớn.

Trên lĩnh vực xã hội, thành phố giải quyết việc làm cho 2.680 lao động, đạt 59,6% kế hoạch; tỷ lệ hộ nghèo còn 0,68% (238 hộ). Tỷ lệ bao phủ bảo hiểm y tế đạt 92,15%.

Đồng chí Bí thư Thành ủy Long Xuyên phát biểu chỉ đạo tại hội nghị. Ảnh: HẠNH CHÂU

6 tháng cuối năm, thành phố phấn đấu hoàn thành 100% chỉ tiêu năm 2024: tốc độ tăng trưởng kinh tế cả năm 7,5 - 8%; thu ngân sách 1.250 tỷ đồng; giải quyết việc làm 4.500 lao động; tỷ lệ hộ nghèo giảm còn 0,6%.

HẠNH CHÂU

Tin cùng chuyên mục
- Long Xuyên: Khánh thành cầu Mỹ Hòa Hưng 2 (03/07/2024)
- Phường Mỹ Bình ra quân chỉnh trang mỹ quan đô thị (01/07/2024)
Báo An Giang - Giấy phép số 86/GP-BTTTT. Điện thoại: (0296) 3 852 513
'''
META = {'published': '2024-07-05', 'locality': 'thành phố Long Xuyên'}
DEFAULTS = {'locality': 'thành phố Long Xuyên', 'period': '2024-H1', 'modality': 'actual'}
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
G = {'indicator': 'grdp_growth'}
DX = {'period': '2023/2024'}
FIGS = [
 ('năm 2024 tăng trưởng 7,36%', '7,36%', 'level', '%', d(G)),
 ('trên 50% kế hoạch', '50%', 'attainment', '%', d(optional=True)),
 ('ước đạt 7,36%', '7,36%', 'level', '%', d(E, G)),
 ('0,4 điểm phần trăm', '0,4 điểm phần trăm', 'change', 'điểm %', d(E, D, SP, G)),
 ('ước đạt 41,2 triệu đồng', '41,2 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('vụ: 21.480 tỷ đồng', '21.480 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 11,2%', '11,2%', 'change', '%', d(U, SP, indicator='retail_sales')),
 ('đạt 52,4% kế hoạch', '52,4%', 'attainment', '%', d(P, indicator='retail_sales')),
 ('nghiệp: 3.962 tỷ đồng', '3.962 tỷ đồng', 'level', 'VND', d(indicator='industrial_output_value')),
 ('tăng 6,8%', '6,8%', 'change', '%', d(U, SP, indicator='industrial_output_value')),
 ('118,5 triệu USD', '118,5 triệu USD', 'level', 'USD', d(indicator='export_value')),
 ('giảm 3,1%', '3,1%', 'change', '%', d(D, SP, indicator='export_value')),
 ('325.600 lượt', '325.600', 'level', 'lượt', d(indicator='tourist_arrivals')),
 ('tăng 17,4%', '17,4%', 'change', '%', d(U, SP, indicator='tourist_arrivals')),
 ('đạt 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 54,6% dự toán', '54,6%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('sách 498 tỷ đồng', '498 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('mới 186 doanh nghiệp', '186', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 1.120 tỷ đồng', '1.120 tỷ đồng', 'level', 'VND', d()),
 ('742 hộ kinh doanh', '742', 'level', 'hộ kinh doanh', d()),
 ('giống 9.430 ha', '9.430 ha', 'level', 'ha', d(DX, indicator='crop_area')),
 ('7,42 tấn/ha', '7,42 tấn/ha', 'level', 'tấn/ha', d(DX)),
 ('lượng 69.970 tấn', '69.970 tấn', 'level', 'tấn', d(DX, indicator='rice_output')),
 ('7.200 - 7.800 đồng/kg', '7.200 - 7.800 đồng/kg', 'level', 'VND/kg', d(DX)),
 ('22 - 25 triệu đồng/ha', '22 - 25 triệu đồng/ha', 'level', 'VND/ha', d(DX)),
 ('bộ 1.850 ha', '1.850 ha', 'level', 'ha', d(DX, locality='phường Mỹ Thạnh')),
 ('cho 2.680 lao động', '2.680', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 59,6% kế hoạch', '59,6%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('còn 0,68%', '0,68%', 'level', '%', d(indicator='poverty_rate')),
 ('(238 hộ)', '238', 'level', 'hộ', d(indicator='poor_households')),
 ('đạt 92,15%', '92,15%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('thành 100% chỉ tiêu', '100%', 'attainment', '%', d(optional=True)),
 ('năm 7,5 - 8%', '7,5 - 8%', 'level', '%', d(K, G)),
 ('sách 1.250 tỷ đồng', '1.250 tỷ đồng', 'level', 'VND', d(K, indicator='budget_revenue')),
 ('làm 4.500 lao động', '4.500', 'level', 'lao động', d(K, indicator='jobs_created')),
 ('giảm còn 0,6%', '0,6%', 'level', '%', d(K, D, indicator='poverty_rate')),
]
