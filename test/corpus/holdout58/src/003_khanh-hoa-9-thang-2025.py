TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Thời sự | Kinh tế | Xã hội | Du lịch | Biển đảo | Pháp luật | Video
Cập nhật lúc 15:20, 06/10/2025

Kinh tế

Khánh Hòa: GRDP 9 tháng năm 2025 ước tăng 8,42%

(BKHO) - Theo Thống kê tỉnh Khánh Hòa, tốc độ tăng trưởng kinh tế (GRDP) 9 tháng năm 2025 của tỉnh (sau hợp nhất với tỉnh Ninh Thuận) ước tăng 8,42% so với cùng kỳ, trong đó quý III tăng 9,15%. Đây là mức tăng cao nhất của cùng kỳ trong giai đoạn 2021 - 2025.

Trong mức tăng chung, khu vực nông, lâm nghiệp và thủy sản tăng 3,26%; công nghiệp - xây dựng tăng 11,84%; dịch vụ tăng 8,97%; thuế sản phẩm trừ trợ cấp sản phẩm tăng 6,1%. Chỉ số sản xuất công nghiệp (IIP) 9 tháng tăng 12,6% so với cùng kỳ, chủ yếu nhờ ngành sản xuất và phân phối điện tăng 28,4% khi các nhà máy điện gió, điện mặt trời ở khu vực Ninh Thuận cũ vận hành ổn định; riêng tháng 9, IIP tăng 4,2% so với tháng trước. Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng tăng 3,18% so với cùng kỳ; CPI tháng 9 tăng 0,42% so với tháng trước.

Du lịch tiếp tục là điểm sáng. 9 tháng, toàn tỉnh đón 9,86 triệu lượt khách lưu trú, tăng 14,7% so với cùng kỳ; trong đó khách quốc tế 3,12 triệu lượt, tăng 21,3%. Doanh thu du lịch ước đạt 52.480 tỷ đồng, đạt 81,2% kế hoạch năm. Các thị trường khách quốc tế lớn nhất lần lượt là Hàn Quốc, Trung Quốc và Nga với 1,24 triệu lượt, 710.000 lượt và 385.000 lượt.

Du khách tham quan vịnh Nha Trang dịp Quốc khánh 2/9. Ảnh: HẢI LĂNG

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 118.650 tỷ đồng, tăng 13,2%. Kim ngạch xuất khẩu ước đạt 1,58 tỷ USD, tăng 9,8%, bằng 74,5% kế hoạch; kim ngạch nhập khẩu 1,06 tỷ USD. Thu ngân sách nhà nước trên địa bàn đến ngày 30/9 đạt 17.940 tỷ đồng, bằng 76,3% dự toán, tăng 5,4% so với cùng kỳ. Giải ngân vốn đầu tư công đạt 7.215 tỷ đồng, bằng 54,8% kế hoạch, thấp hơn bình quân cả nước.

Một số chỉ tiêu xã hội 9 tháng (tăng, giảm so với cùng kỳ):
- Giải quyết việc làm: 36.800 lao động (+6,2%);
- Đào tạo nghề: 21.450 người (-3,1%);
- Doanh nghiệp thành lập mới: 1.286 doanh nghiệp (+18,9%);
- Tai nạn giao thông: 142 vụ (-12 vụ), làm chết 98 người (-7 người).

Để hoàn thành mục tiêu tăng trưởng cả năm 10% trở lên theo chỉ đạo của Chính phủ, quý IV/2025 GRDP của tỉnh phải tăng khoảng 14,5%. UBND tỉnh yêu cầu các sở, ngành đẩy nhanh giải ngân, phấn đấu đến ngày 31/12/2025 giải ngân trên 95% kế hoạch vốn; thu ngân sách cả năm đạt 23.500 tỷ đồng trở lên.

KHÁNH HÀ

Bài liên quan:
- Nha Trang: 9 tháng đón 6,2 triệu lượt khách (02/10/2025)
- Sân bay Cam Ranh đón chuyến bay thứ 10.000 trong năm (29/09/2025)
- Điện gió ngoài khơi: Khánh Hòa đề xuất 3 dự án (25/09/2025)

Lượt xem: 3.418
Địa chỉ: 40 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa. Điện thoại: 0258.3822.123
'''
META = {'published': '2025-10-06', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2025-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
G = {'indicator': 'grdp_growth'}
IIP = {'indicator': 'industrial_production_index'}
TA = {'indicator': 'tourist_arrivals'}
INT = {'indicator': 'international_tourist_arrivals'}
FIGS = [
 ('ước tăng 8,42%\n', '8,42%', 'change', '%', d(E, U, G)),
 ('ước tăng 8,42% so với', '8,42%', 'change', '%', d(E, U, SP, G)),
 ('quý III tăng 9,15%', '9,15%', 'change', '%', d(E, U, G, period='2025-Q3')),
 ('sản tăng 3,26%', '3,26%', 'change', '%', d(U)),
 ('xây dựng tăng 11,84%', '11,84%', 'change', '%', d(U)),
 ('dịch vụ tăng 8,97%', '8,97%', 'change', '%', d(U)),
 ('sản phẩm tăng 6,1%', '6,1%', 'change', '%', d(U)),
 ('tăng 12,6%', '12,6%', 'change', '%', d(U, SP, IIP)),
 ('điện tăng 28,4%', '28,4%', 'change', '%', d(U, IIP)),
 ('IIP tăng 4,2%', '4,2%', 'change', '%', d(U, PP, IIP, period='2025-M09')),
 ('tăng 3,18%', '3,18%', 'change', '%', d(U, SP, indicator='cpi')),
 ('tăng 0,42%', '0,42%', 'change', '%', d(U, PP, indicator='cpi', period='2025-M09')),
 ('đón 9,86 triệu lượt khách', '9,86 triệu lượt khách', 'level', 'lượt khách', d(TA)),
 ('tăng 14,7%', '14,7%', 'change', '%', d(U, SP, TA)),
 ('quốc tế 3,12 triệu lượt', '3,12 triệu lượt', 'level', 'lượt', d(INT)),
 ('tăng 21,3%', '21,3%', 'change', '%', d(U, INT)),
 ('ước đạt 52.480 tỷ đồng', '52.480 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('đạt 81,2% kế hoạch', '81,2%', 'attainment', '%', d(E, TB, indicator='tourism_revenue')),
 ('với 1,24 triệu lượt', '1,24 triệu lượt', 'level', 'lượt', d(INT)),
 ('710.000 lượt', '710.000', 'level', 'lượt', d(INT)),
 ('385.000 lượt', '385.000', 'level', 'lượt', d(INT)),
 ('ước đạt 118.650 tỷ đồng', '118.650 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 13,2%', '13,2%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('ước đạt 1,58 tỷ USD', '1,58 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 9,8%', '9,8%', 'change', '%', d(E, U, indicator='export_value')),
 ('bằng 74,5% kế hoạch', '74,5%', 'attainment', '%', d(E, TB, indicator='export_value')),
 ('nhập khẩu 1,06 tỷ USD', '1,06 tỷ USD', 'level', 'USD', d(indicator='import_value')),
 ('đạt 17.940 tỷ đồng', '17.940 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 76,3% dự toán', '76,3%', 'attainment', '%', d(TB, indicator='budget_revenue')),
 ('tăng 5,4% so với cùng kỳ', '5,4%', 'change', '%', d(U, SP, indicator='budget_revenue')),
 ('đạt 7.215 tỷ đồng', '7.215 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 54,8% kế hoạch', '54,8%', 'attainment', '%', d(TB, indicator='public_investment_disbursement')),
 ('làm: 36.800 lao động', '36.800', 'level', 'lao động', d(indicator='jobs_created')),
 ('(+6,2%)', '6,2%', 'change', '%', d(U, SP, indicator='jobs_created')),
 ('nghề: 21.450 người', '21.450', 'level', 'người', d(indicator='vocational_training')),
 ('(-3,1%)', '3,1%', 'change', '%', d(D, SP, indicator='vocational_training')),
 ('mới: 1.286 doanh nghiệp', '1.286', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('(+18,9%)', '18,9%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('thông: 142 vụ', '142', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('(-12 vụ)', '12', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('chết 98 người', '98', 'level', 'người', d(indicator='traffic_deaths')),
 ('(-7 người)', '7', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('cả năm 10% trở lên', '10%', 'level', '%', d(T, G, bound='at_least')),
 ('khoảng 14,5%', '14,5%', 'change', '%', d(T, U, G, period='2025-Q4', bound='about')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', d(T, TB, indicator='public_investment_disbursement', bound='over')),
 ('đạt 23.500 tỷ đồng trở lên', '23.500 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue', bound='at_least')),
]
