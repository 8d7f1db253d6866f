TEXT = '''
BÁO GIA LAI ĐIỆN TỬ
Thứ Ba, 07/10/2025 | 17:25
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Du lịch | Gia Lai 24h

Kinh tế

Gia Lai: Tăng trưởng GRDP 9 tháng năm 2025 ước đạt 7,92%

(GLO) - Chiều 6/10, UBND tỉnh Gia Lai tổ chức phiên họp thường kỳ tháng 9 đánh giá tình hình kinh tế - xã hội 9 tháng, nhiệm vụ trọng tâm quý IV năm 2025. Đây là phiên họp đầu tiên đánh giá trọn một quý kể từ khi tỉnh Gia Lai (mới) được hình thành trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định.

Theo báo cáo của Sở Tài chính, tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng ước tăng 7,92% so với cùng kỳ (tính gộp hai tỉnh cũ), cao hơn mức tăng 6,85% của cùng kỳ năm 2024. Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 4,12%; công nghiệp - xây dựng tăng 11,36%; dịch vụ tăng 8,05%.

Chỉ số sản xuất công nghiệp (IIP) 9 tháng ước tăng 9,6% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 98.460 tỷ đồng, tăng 12,8%. Kim ngạch xuất khẩu ước đạt 1.742 triệu USD, tăng 18,3% so với cùng kỳ, đạt 79,2% kế hoạch năm. Có 1.386 doanh nghiệp thành lập mới, tăng 9,1% so với cùng kỳ.

Thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 16.842 tỷ đồng, bằng 81,4% dự toán HĐND tỉnh giao, tăng 14,2% so với cùng kỳ; trong đó thu nội địa 15.906 tỷ đồng. Tổng chi ngân sách địa phương ước 21.375 tỷ đồng, đạt 63,5% dự toán.

Tính đến ngày 30/9/2025, toàn tỉnh giải ngân vốn đầu tư công được 6.428 tỷ đồng, đạt 52,7% kế hoạch vốn Thủ tướng Chính phủ giao; khu vực Bình Định cũ và khu vực Gia Lai cũ lần lượt đạt 55,1% và 49,8%.

Du lịch tiếp tục là điểm sáng: toàn tỉnh đón 9,1 triệu lượt khách, tăng 21,4% so với cùng kỳ; trong đó khách quốc tế 486.000 lượt; tổng thu từ du lịch ước đạt 19.250 tỷ đồng. Tổng diện tích gieo trồng cây hằng năm đạt 512.300 ha, bằng 98,6% so với cùng kỳ do chuyển đổi sang cây lâu năm.

Đến nay, tỷ lệ bao phủ bảo hiểm y tế đạt 93,6% dân số; giải quyết việc làm cho 38.540 lao động, đạt 85,6% kế hoạch năm.

Một số chỉ tiêu chủ yếu 9 tháng năm 2025:

Chỉ tiêu | Kế hoạch năm 2025 | Ước thực hiện 9 tháng | So với KH (%)
Thu ngân sách nhà nước (tỷ đồng) | 20.690 | 16.842 | 81,4
Kim ngạch xuất khẩu (triệu USD) | 2.200 | 1.742 | 79,2
Lượt khách du lịch (nghìn lượt) | 12.500 | 9.100 | 72,8
Giải quyết việc làm (lao động) | 45.000 | 38.540 | 85,6

Cảng Quy Nhơn, phường Quy Nhơn Đông. Ảnh: Ngọc Minh

Kết luận phiên họp, Chủ tịch UBND tỉnh Phạm Anh Tuấn yêu cầu các sở, ngành và 135 xã, phường tập trung cho quý IV. Tỉnh phấn đấu tốc độ tăng trưởng GRDP cả năm 2025 đạt 8% trở lên; thu ngân sách cả năm đạt trên 22.000 tỷ đồng; giải ngân 100% kế hoạch vốn đầu tư công được giao.

Minh Châu

Tin cùng chuyên mục
- Gia Lai thu hút 25 dự án đầu tư mới trong tháng 9 (05/10/2025)
- Khai mạc Hội chợ OCOP khu vực miền Trung - Tây Nguyên lần thứ 3 (04/10/2025)

Cơ quan chủ quản: Tỉnh ủy Gia Lai. Giấy phép số 215/GP-BVHTTDL. Địa chỉ: 02 Hùng Vương, phường Pleiku. ĐT: 0269.3824.222
'''
META = {'published': '2025-10-07', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2025-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
BD = {'locality': 'tỉnh Bình Định'}
B = 1e9
FIGS = [
 ('9 tháng năm 2025 ước đạt 7,92%', '7,92%', 'level', '%', d(E, indicator='grdp_growth')),
 ('ước tăng 7,92%', '7,92%', 'change', '%', d(E, U, SP, indicator='grdp_growth')),
 ('mức tăng 6,85%', '6,85%', 'change', '%', d(U, indicator='grdp_growth', period='2024-9M')),
 ('thủy sản tăng 4,12%', '4,12%', 'change', '%', d(U)),
 ('xây dựng tăng 11,36%', '11,36%', 'change', '%', d(U)),
 ('dịch vụ tăng 8,05%', '8,05%', 'change', '%', d(U)),
 ('ước tăng 9,6%', '9,6%', 'change', '%', d(E, U, SP, indicator='industrial_production_index')),
 ('ước đạt 98.460 tỷ đồng', '98.460 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 12,8%', '12,8%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('ước đạt 1.742 triệu USD', '1.742 triệu USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 18,3%', '18,3%', 'change', '%', d(E, U, SP, indicator='export_value')),
 ('đạt 79,2% kế hoạch', '79,2%', 'attainment', '%', d(E, P, indicator='export_value')),
 ('Có 1.386 doanh nghiệp', '1.386', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 9,1%', '9,1%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('ước đạt 16.842 tỷ đồng', '16.842 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 81,4% dự toán', '81,4%', 'attainment', '%', d(E, P, indicator='budget_revenue')),
 ('tăng 14,2%', '14,2%', 'change', '%', d(E, U, SP, indicator='budget_revenue')),
 ('nội địa 15.906 tỷ đồng', '15.906 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('ước 21.375 tỷ đồng', '21.375 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('đạt 63,5% dự toán', '63,5%', 'attainment', '%', d(E, P, indicator='budget_expenditure')),
 ('được 6.428 tỷ đồng', '6.428 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('đạt 52,7% kế hoạch', '52,7%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('lần lượt đạt 55,1%', '55,1%', 'attainment', '%', d(P, BD, indicator='public_investment_disbursement')),
 ('và 49,8%', '49,8%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('đón 9,1 triệu lượt', '9,1 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals')),
 ('tăng 21,4%', '21,4%', 'change', '%', d(U, SP, indicator='tourist_arrivals')),
 ('quốc tế 486.000 lượt', '486.000', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('ước đạt 19.250 tỷ đồng', '19.250 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('đạt 512.300 ha', '512.300 ha', 'level', 'ha', d(indicator='crop_area')),
 ('bằng 98,6%', '98,6%', 'attainment', '%', d(SP, indicator='crop_area')),
 ('đạt 93,6% dân số', '93,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('cho 38.540 lao động', '38.540', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 85,6% kế hoạch', '85,6%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('(tỷ đồng) | 20.690 |', '20.690', 'level', 'VND', d(K, indicator='budget_revenue', value=20690*B)),
 ('| 16.842 |', '16.842', 'level', 'VND', d(E, indicator='budget_revenue', value=16842*B)),
 ('| 81,4', '81,4', 'attainment', '%', d(E, P, indicator='budget_revenue')),
 ('(triệu USD) | 2.200 |', '2.200', 'level', 'USD', d(K, indicator='export_value', value=2200e6)),
 ('| 1.742 |', '1.742', 'level', 'USD', d(E, indicator='export_value', value=1742e6)),
 ('| 79,2', '79,2', 'attainment', '%', d(E, P, indicator='export_value')),
 ('(nghìn lượt) | 12.500 |', '12.500', 'level', 'lượt', d(K, indicator='tourist_arrivals', value=12500000)),
 ('| 9.100 |', '9.100', 'level', 'lượt', d(E, indicator='tourist_arrivals', value=9100000)),
 ('| 72,8', '72,8', 'attainment', '%', d(E, P, indicator='tourist_arrivals')),
 ('(lao động) | 45.000 |', '45.000', 'level', 'lao động', d(K, indicator='jobs_created')),
 ('| 38.540 |', '38.540', 'level', 'lao động', d(E, indicator='jobs_created')),
 ('| 85,6', '85,6', 'attainment', '%', d(E, P, indicator='jobs_created')),
 ('năm 2025 đạt 8% trở lên', '8%', 'level', '%', d(K, indicator='grdp_growth', bound='at_least')),
 ('trên 22.000 tỷ đồng', '22.000 tỷ đồng', 'level', 'VND', d(K, indicator='budget_revenue', bound='over')),
 ('và 135 xã, phường', '135', 'level', 'xã', d(optional=True)),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(K, P, indicator='public_investment_disbursement')),
]
