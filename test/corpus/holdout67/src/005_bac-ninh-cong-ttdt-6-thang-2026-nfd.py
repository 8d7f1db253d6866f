NFD = True
TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chỉ đạo điều hành | Văn bản | Dịch vụ công | English

Tin tức - Sự kiện » Kinh tế
Cập nhật lúc: 07/07/2026 17:30

Bắc Ninh: GRDP 6 tháng đầu năm 2026 tăng 10,82%, dẫn đầu vùng Đồng bằng sông Hồng

Sáng 6/7, UBND tỉnh tổ chức hội nghị trực tuyến đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2026. Đây là kỳ sơ kết đầu tiên có đủ số liệu so sánh của tỉnh Bắc Ninh sau hợp nhất với tỉnh Bắc Giang.

Theo báo cáo của UBND tỉnh, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2026 ước tăng 10,82% so với cùng kỳ; quy mô GRDP (giá hiện hành) ước đạt 338.600 tỷ đồng. Trong đó, khu vực công nghiệp - xây dựng tăng 13,24%, đóng góp 9,1 điểm phần trăm vào mức tăng chung; khu vực dịch vụ tăng 7,36%; khu vực nông, lâm nghiệp và thủy sản tăng 2,41%.

Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 782.400 tỷ đồng, tăng 12,9%. Một số sản phẩm công nghiệp chủ yếu tăng so với cùng kỳ: điện thoại di động tăng 14,2%; linh kiện điện tử tăng 18,6%; máy tính bảng tăng 9,3%; quần áo may sẵn tăng 6,8%.

Kim ngạch xuất khẩu ước đạt 48,6 tỷ USD, tăng 15,7%, bằng 52,3% kế hoạch năm; nhập khẩu ước đạt 42,1 tỷ USD, tăng 14,9%. Tỉnh thu hút 1,86 tỷ USD vốn FDI, gấp 1,4 lần cùng kỳ, trong đó khu vực Bắc Giang cũ chiếm 38,5%.

Thu ngân sách nhà nước 6 tháng đạt 31.720 tỷ đồng, bằng 58,4% dự toán, tăng 21,3% so với cùng kỳ. Giải ngân vốn đầu tư công đạt 9.860 tỷ đồng, bằng 42,6% kế hoạch, thấp hơn cùng kỳ 4,1 điểm phần trăm.

Vụ chiêm xuân, năng suất lúa ước đạt 63,2 tạ/ha, tăng 0,8 tạ/ha; sản lượng lúa ước đạt 512.300 tấn. Giải quyết việc làm cho 28.400 lao động, đạt 56,8% kế hoạch; trong đó đưa 2.150 lao động đi làm việc ở nước ngoài. Tỷ lệ hộ nghèo và hộ cận nghèo theo chuẩn giai đoạn 2026 - 2030 lần lượt là 1,26% và 2,08%.

Phát biểu kết luận, Chủ tịch UBND tỉnh nhấn mạnh, để đạt mục tiêu tăng trưởng GRDP cả năm từ 11% trở lên, 6 tháng cuối năm kinh tế của tỉnh phải tăng 11,2% trở lên. Các ngành tập trung tháo gỡ vướng mắc về mặt bằng cho 27 dự án trọng điểm, phấn đấu giải ngân trên 95% kế hoạch vốn năm 2026.

Hội nghị trực tuyến đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2026 tại điểm cầu phường Kinh Bắc.

Thu Hà (Trung tâm Thông tin - Văn phòng UBND tỉnh)

Các tin khác
- Bắc Ninh: Khởi công Khu công nghiệp Yên Dũng II quy mô 320 ha (05/07/2026)
- Xã Lục Ngạn thu hoạch vải thiều sớm (30/06/2026)

Cơ quan chủ quản: UBND tỉnh Bắc Ninh. Địa chỉ: số 10 đường Phù Đổng Thiên Vương, phường Kinh Bắc, tỉnh Bắc Ninh. ĐT: 0222.3822.569
'''
META = {'published': '2026-07-07', 'locality': 'tỉnh Bắc Ninh'}
DEFAULTS = {'locality': 'tỉnh Bắc Ninh', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
T = {'base': 'target'}
K = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('năm 2026 tăng 10,82%', '10,82%', 'change', '%', d(U, indicator='grdp_growth')),
 ('ước tăng 10,82%', '10,82%', 'change', '%', d(E, U, SP, indicator='grdp_growth')),
 ('ước đạt 338.600 tỷ đồng', '338.600 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('xây dựng tăng 13,24%', '13,24%', 'change', '%', d(U)),
 ('9,1 điểm phần trăm', '9,1 điểm phần trăm', 'level', 'điểm %', d()),
 ('dịch vụ tăng 7,36%', '7,36%', 'change', '%', d(U)),
 ('thủy sản tăng 2,41%', '2,41%', 'change', '%', d(U)),
 ('ước đạt 782.400 tỷ đồng', '782.400 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('tăng 12,9%', '12,9%', 'change', '%', d(E, U, indicator='industrial_output_value')),
 ('động tăng 14,2%', '14,2%', 'change', '%', d(U, SP)),
 ('tử tăng 18,6%', '18,6%', 'change', '%', d(U, SP)),
 ('bảng tăng 9,3%', '9,3%', 'change', '%', d(U, SP)),
 ('sẵn tăng 6,8%', '6,8%', 'change', '%', d(U, SP)),
 ('ước đạt 48,6 tỷ USD', '48,6 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 15,7%', '15,7%', 'change', '%', d(E, U, indicator='export_value')),
 ('bằng 52,3% kế hoạch năm', '52,3%', 'attainment', '%', d(E, T, indicator='export_value')),
 ('ước đạt 42,1 tỷ USD', '42,1 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('tăng 14,9%', '14,9%', 'change', '%', d(E, U, indicator='import_value')),
 ('thu hút 1,86 tỷ USD', '1,86 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('gấp 1,4 lần', '1,4 lần', 'change', 'lần', d(U, SP, indicator='fdi')),
 ('chiếm 38,5%', '38,5%', 'level', '%', d(locality='tỉnh Bắc Giang')),
 ('đạt 31.720 tỷ đồng', '31.720 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 58,4% dự toán', '58,4%', 'attainment', '%', d(T, indicator='budget_revenue')),
 ('tăng 21,3%', '21,3%', 'change', '%', d(U, SP, indicator='budget_revenue')),
 ('đạt 9.860 tỷ đồng', '9.860 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 42,6% kế hoạch', '42,6%', 'attainment', '%', d(T, indicator='public_investment_disbursement')),
 ('4,1 điểm phần trăm', '4,1 điểm phần trăm', 'change', 'điểm %', d(D, SP, indicator='public_investment_disbursement')),
 ('ước đạt 63,2 tạ/ha', '63,2 tạ/ha', 'level', 'tạ/ha', d(E)),
 ('tăng 0,8 tạ/ha', '0,8 tạ/ha', 'change', 'tạ/ha', d(E, U)),
 ('ước đạt 512.300 tấn', '512.300 tấn', 'level', 'tấn', d(E, indicator='rice_output')),
 ('cho 28.400 lao động', '28.400', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 56,8% kế hoạch', '56,8%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('đưa 2.150 lao động', '2.150', 'level', 'lao động', d(indicator='labour_export')),
 ('lần lượt là 1,26%', '1,26%', 'level', '%', d(indicator='poverty_rate')),
 ('và 2,08%', '2,08%', 'level', '%', d(indicator='near_poverty_rate')),
 ('từ 11% trở lên', '11%', 'level', '%', d(K, indicator='grdp_growth', bound='at_least')),
 ('phải tăng 11,2% trở lên', '11,2%', 'change', '%', d(U, indicator='grdp_growth', modality='target', period='2026-H2', bound='at_least')),
 ('cho 27 dự án', '27', 'level', 'dự án', {'optional': True}),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', d(K, T, indicator='public_investment_disbursement', bound='over')),
]
