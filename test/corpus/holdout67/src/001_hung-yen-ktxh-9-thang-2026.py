TEXT = '''
BÁO HƯNG YÊN
Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Hưng Yên
Thứ Tư, 07/10/2026 | 16:42 GMT+7
Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Văn hóa | Thể thao | Media

Kinh tế

Tăng trưởng GRDP 9 tháng năm 2026 ước đạt 8,86%

(BHY) - Chiều 6/10, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9 đánh giá tình hình kinh tế - xã hội 9 tháng năm 2026, bàn nhiệm vụ, giải pháp trọng tâm quý IV. Chủ tịch UBND tỉnh chủ trì phiên họp.

Theo báo cáo của Sở Tài chính, tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng ước tăng 8,86% so với cùng kỳ (số liệu tính gộp hai tỉnh Hưng Yên và Thái Bình cũ), cao hơn mức tăng 7,94% của cùng kỳ năm 2025, đứng thứ 9/34 tỉnh, thành phố. Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,02%; khu vực công nghiệp - xây dựng tăng 11,47%; khu vực dịch vụ tăng 7,15%.

Chỉ số sản xuất công nghiệp (IIP) 9 tháng tăng 13,6% so với cùng kỳ. Riêng tháng 9, IIP tăng 2,1% so với tháng trước và tăng 14,8% so với cùng tháng năm trước. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 98.450 tỷ đồng, tăng 10,3%. Kim ngạch xuất khẩu ước đạt 13,72 tỷ USD, tăng 12,4% so với cùng kỳ, bằng 78,4% kế hoạch năm; kim ngạch nhập khẩu ước đạt 9,05 tỷ USD, tăng 8,9%.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 38.216 tỷ đồng, bằng 83,5% dự toán Trung ương giao, tăng 16,2% so với cùng kỳ; trong đó thu nội địa 31.540 tỷ đồng, thu từ hoạt động xuất nhập khẩu 6.676 tỷ đồng. Khu vực Hưng Yên cũ và khu vực Thái Bình cũ lần lượt đạt 27.310 tỷ đồng và 10.906 tỷ đồng.

Tính đến ngày 30/9/2026, giải ngân vốn đầu tư công đạt 11.482 tỷ đồng, bằng 61,7% kế hoạch vốn, cao hơn bình quân cả nước (55,2%). Toàn tỉnh có 1.942 doanh nghiệp thành lập mới, tăng 9,6%, với tổng vốn đăng ký 21.350 tỷ đồng; 845 doanh nghiệp quay trở lại hoạt động. Thu hút đầu tư nước ngoài đạt 1,24 tỷ USD, gấp 1,3 lần cùng kỳ.

Vụ mùa, toàn tỉnh gieo cấy 148.600 ha lúa, đạt 99,1% kế hoạch; năng suất ước đạt 59,8 tạ/ha, sản lượng ước 888.600 tấn. Giải quyết việc làm cho 33.850 lao động; tỷ lệ tham gia bảo hiểm y tế đạt 94,2% dân số.

Một số chỉ tiêu chủ yếu 9 tháng năm 2026:

Chỉ tiêu | Kế hoạch năm 2026 | Ước thực hiện 9 tháng | So với KH (%)
Thu ngân sách nhà nước (tỷ đồng) | 45.770 | 38.216 | 83,5
Kim ngạch xuất khẩu (triệu USD) | 17.500 | 13.720 | 78,4
Doanh nghiệp thành lập mới (doanh nghiệp) | 2.600 | 1.942 | 74,7
Giải quyết việc làm (lao động) | 42.000 | 33.850 | 80,6

Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung cao độ cho quý IV, phấn đấu tăng trưởng GRDP cả năm đạt 9% trở lên; thu ngân sách vượt 5% dự toán; giải ngân 100% kế hoạch vốn đầu tư công trước ngày 31/1/2027. Hiện toàn tỉnh có 104 xã, phường; các địa phương cần chủ động rà soát từng chỉ tiêu được giao.

Quang cảnh phiên họp UBND tỉnh thường kỳ tháng 9. Ảnh: Minh Hải

Thu Hằng

Tin cùng chuyên mục
- Hưng Yên: 8 tháng thu hút 1,1 tỷ USD vốn FDI (01/09/2026)
- Phường Thái Bình ra quân chỉnh trang đô thị (28/09/2026)
- Khởi công cầu vượt sông Luộc trên đường tỉnh 396 (25/09/2026)

Giấy phép số 112/GP-BTTTT. Tòa soạn: số 10 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên. Điện thoại: 0221.3862.455
'''
META = {'published': '2026-10-07', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2026-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
T = {'base': 'target'}
K = {'modality': 'target', 'period': '2026'}
B = 1e9
FIGS = [
 ('9 tháng năm 2026 ước đạt 8,86%', '8,86%', 'level', '%', d(E, indicator='grdp_growth')),
 ('ước tăng 8,86%', '8,86%', 'change', '%', d(E, U, SP, indicator='grdp_growth')),
 ('mức tăng 7,94%', '7,94%', 'change', '%', d(U, indicator='grdp_growth', period='2025-9M')),
 ('thủy sản tăng 3,02%', '3,02%', 'change', '%', d(U)),
 ('xây dựng tăng 11,47%', '11,47%', 'change', '%', d(U)),
 ('dịch vụ tăng 7,15%', '7,15%', 'change', '%', d(U)),
 ('9 tháng tăng 13,6%', '13,6%', 'change', '%', d(U, SP, indicator='industrial_production_index')),
 ('IIP tăng 2,1%', '2,1%', 'change', '%', d(U, indicator='industrial_production_index', base='previous_period', period='2026-M09')),
 ('tăng 14,8%', '14,8%', 'change', '%', d(U, SP, indicator='industrial_production_index', period='2026-M09')),
 ('ước đạt 98.450 tỷ đồng', '98.450 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 10,3%', '10,3%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('ước đạt 13,72 tỷ USD', '13,72 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 12,4%', '12,4%', 'change', '%', d(E, U, SP, indicator='export_value')),
 ('bằng 78,4% kế hoạch năm', '78,4%', 'attainment', '%', d(E, T, indicator='export_value')),
 ('ước đạt 9,05 tỷ USD', '9,05 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('tăng 8,9%', '8,9%', 'change', '%', d(E, U, indicator='import_value')),
 ('ước đạt 38.216 tỷ đồng', '38.216 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 83,5% dự toán', '83,5%', 'attainment', '%', d(E, T, indicator='budget_revenue')),
 ('tăng 16,2%', '16,2%', 'change', '%', d(E, U, SP, indicator='budget_revenue')),
 ('thu nội địa 31.540 tỷ đồng', '31.540 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('xuất nhập khẩu 6.676 tỷ đồng', '6.676 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('lần lượt đạt 27.310 tỷ đồng', '27.310 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('và 10.906 tỷ đồng', '10.906 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', locality='tỉnh Thái Bình')),
 ('đạt 11.482 tỷ đồng', '11.482 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 61,7% kế hoạch vốn', '61,7%', 'attainment', '%', d(T, indicator='public_investment_disbursement')),
 ('(55,2%)', '55,2%', 'attainment', '%', d(T, indicator='public_investment_disbursement', locality='cả nước')),
 ('có 1.942 doanh nghiệp', '1.942', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 9,6%', '9,6%', 'change', '%', d(U, indicator='new_enterprises')),
 ('vốn đăng ký 21.350 tỷ đồng', '21.350 tỷ đồng', 'level', 'VND', d()),
 ('845 doanh nghiệp', '845', 'level', 'doanh nghiệp', d()),
 ('đạt 1,24 tỷ USD', '1,24 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('gấp 1,3 lần', '1,3 lần', 'change', 'lần', d(U, SP, indicator='fdi')),
 ('gieo cấy 148.600 ha', '148.600 ha', 'level', 'ha', d(indicator='crop_area')),
 ('đạt 99,1% kế hoạch', '99,1%', 'attainment', '%', d(T, indicator='crop_area')),
 ('ước đạt 59,8 tạ/ha', '59,8 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('ước 888.600 tấn', '888.600 tấn', 'level', 'tấn', d(E, indicator='rice_output')),
 ('cho 33.850 lao động', '33.850', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 94,2% dân số', '94,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('(tỷ đồng) | 45.770 |', '45.770', 'level', 'VND', d(K, indicator='budget_revenue', value=45770*B)),
 ('| 38.216 |', '38.216', 'level', 'VND', d(E, indicator='budget_revenue', value=38216*B)),
 ('| 83,5\n', '83,5', 'attainment', '%', d(E, T, indicator='budget_revenue')),
 ('(triệu USD) | 17.500 |', '17.500', 'level', 'USD', d(K, indicator='export_value', value=17500e6)),
 ('| 13.720 |', '13.720', 'level', 'USD', d(E, indicator='export_value', value=13720e6)),
 ('| 78,4\n', '78,4', 'attainment', '%', d(E, T, indicator='export_value')),
 ('(doanh nghiệp) | 2.600 |', '2.600', 'level', 'doanh nghiệp', d(K, indicator='new_enterprises')),
 ('| 1.942 |', '1.942', 'level', 'doanh nghiệp', d(E, indicator='new_enterprises')),
 ('| 74,7', '74,7', 'attainment', '%', d(E, T, indicator='new_enterprises')),
 ('(lao động) | 42.000 |', '42.000', 'level', 'lao động', d(K, indicator='jobs_created')),
 ('| 33.850 |', '33.850', 'level', 'lao động', d(E, indicator='jobs_created')),
 ('| 80,6', '80,6', 'attainment', '%', d(E, T, indicator='jobs_created')),
 ('đạt 9% trở lên', '9%', 'level', '%', d(K, indicator='grdp_growth', bound='at_least')),
 ('vượt 5% dự toán', '5%', 'change', '%', d(K, U, T, indicator='budget_revenue', status='exceeded')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(K, T, indicator='public_investment_disbursement')),
 ('có 104 xã, phường', '104', 'level', 'xã', {'optional': True}),
]
