NFD = True
TEXT = '''
BÁO THÁI NGUYÊN ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật | Quốc tế
Cập nhật: 10:12, 12/07/2024

Thời sự

Khai mạc Kỳ họp thứ 19, HĐND tỉnh khóa XIV: 6 tháng cuối năm phải tăng trưởng trên 7%

(BTN) - Sáng 11/7, HĐND tỉnh Thái Nguyên khóa XIV, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 19 (kỳ họp thường lệ giữa năm 2024). Theo báo cáo của UBND tỉnh, tăng trưởng kinh tế (GRDP) 6 tháng đầu năm ước đạt 5,86% so với cùng kỳ; để hoàn thành mục tiêu cả năm tăng 6,5%, 6 tháng cuối năm GRDP phải tăng 7,1%.

Kết quả 6 tháng đầu năm

Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 460.200 tỷ đồng, bằng 47,5% kế hoạch năm, giảm 2,1% so với cùng kỳ, chủ yếu do sản phẩm điện tử của Samsung giảm đơn hàng. Một số chỉ tiêu chính 6 tháng đầu năm so với kế hoạch năm như sau:
- Kim ngạch xuất khẩu: ước 13,2 tỷ USD/KH 28,5 tỷ USD;
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: ước 22.850 tỷ đồng/KH 44.000 tỷ đồng;
- Thu ngân sách nhà nước: 9.015 tỷ đồng/dự toán 15.500 tỷ đồng.

Thu ngân sách nhà nước trên địa bàn 6 tháng đạt 9.015 tỷ đồng, bằng 58,2% dự toán HĐND tỉnh giao, tăng 11,6% so với cùng kỳ. Giải ngân vốn đầu tư công đến ngày 30/6/2024 đạt 3.120 tỷ đồng, bằng 43,1% kế hoạch vốn, cao hơn bình quân cả nước (28,6%). Toàn tỉnh có 412 doanh nghiệp thành lập mới, giảm 8,4%; tổng vốn đăng ký 4.680 tỷ đồng.

Lĩnh vực văn hóa - xã hội có chuyển biến tích cực. Đã giải quyết việc làm cho 13.460 lao động, bằng 52,8% kế hoạch năm; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,1%. Chương trình xóa nhà tạm, nhà dột nát đã hỗ trợ 1.258/2.780 hộ.

Toàn cảnh phiên khai mạc kỳ họp. Ảnh: Ngân Hà

Nhiệm vụ 6 tháng cuối năm

UBND tỉnh đề ra mục tiêu 6 tháng cuối năm: giá trị sản xuất công nghiệp tăng 4 - 5% so với cùng kỳ; kim ngạch xuất khẩu đạt 15,3 tỷ USD; thu ngân sách nhà nước phấn đấu đạt 6.485 tỷ đồng trở lên để vượt dự toán năm; giải ngân hết 100% kế hoạch vốn đầu tư công trước ngày 31/1/2025.

Phát biểu khai mạc, Chủ tịch HĐND tỉnh Phạm Hoàng Sơn đề nghị các đại biểu phân tích rõ nguyên nhân 3 chỉ tiêu có nguy cơ không đạt là tăng trưởng GRDP, giá trị sản xuất công nghiệp và kim ngạch xuất khẩu. Kỳ họp diễn ra trong 3 ngày, từ 11 - 13/7, xem xét 38 nội dung.

Ngân Hà - Thu Hằng

Tin cùng chuyên mục
- Thái Nguyên: Quý II, chỉ số sản xuất công nghiệp tăng 2,3% (03/07/2024)
- Phổ Yên đón nhận Huân chương Lao động hạng Nhì (01/07/2024)

Báo Thái Nguyên - Số 9 Hoàng Văn Thụ, phường Hoàng Văn Thụ, TP Thái Nguyên. Điện thoại: 0208.3855.424
'''
META = {'published': '2024-07-12', 'locality': 'tỉnh Thái Nguyên'}
DEFAULTS = {'locality': 'tỉnh Thái Nguyên', 'period': '2024-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
TY = {'period': '2024', 'modality': 'target'}
H2 = {'period': '2024-H2', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
IO = {'indicator': 'industrial_output_value'}
EX = {'indicator': 'export_value'}
BR = {'indicator': 'budget_revenue'}
PI = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('trưởng trên 7%', '7%', 'level', '%', d(H2, indicator='grdp_growth', bound='over')),
 ('ước đạt 5,86%', '5,86%', 'level', '%', d(E, indicator='grdp_growth')),
 ('năm tăng 6,5%', '6,5%', 'change', '%', d(TY, U, indicator='grdp_growth')),
 ('phải tăng 7,1%', '7,1%', 'change', '%', d(H2, U, indicator='grdp_growth')),
 ('ước đạt 460.200 tỷ đồng', '460.200 tỷ đồng', 'level', 'VND', d(E, IO)),
 ('bằng 47,5% kế hoạch năm', '47,5%', 'attainment', '%', d(E, TB, IO)),
 ('giảm 2,1% so với cùng kỳ', '2,1%', 'change', '%', d(E, D, SP, IO)),
 ('ước 13,2 tỷ USD', '13,2 tỷ USD', 'level', 'USD', d(E, EX)),
 ('KH 28,5 tỷ USD', '28,5 tỷ USD', 'level', 'USD', d(TY, EX)),
 ('ước 22.850 tỷ đồng', '22.850 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('KH 44.000 tỷ đồng', '44.000 tỷ đồng', 'level', 'VND', d(TY, indicator='retail_sales')),
 ('nước: 9.015 tỷ đồng', '9.015 tỷ đồng', 'level', 'VND', d(BR)),
 ('toán 15.500 tỷ đồng', '15.500 tỷ đồng', 'level', 'VND', d(TY, BR)),
 ('tháng đạt 9.015 tỷ đồng', '9.015 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 58,2% dự toán', '58,2%', 'attainment', '%', d(TB, BR)),
 ('tăng 11,6% so với cùng kỳ', '11,6%', 'change', '%', d(U, SP, BR)),
 ('đạt 3.120 tỷ đồng', '3.120 tỷ đồng', 'level', 'VND', d(PI)),
 ('bằng 43,1% kế hoạch vốn', '43,1%', 'attainment', '%', d(TB, PI)),
 ('(28,6%)', '28,6%', 'attainment', '%', d(TB, PI, locality='cả nước')),
 ('có 412 doanh nghiệp', '412', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('giảm 8,4%', '8,4%', 'change', '%', d(D, indicator='new_enterprises')),
 ('ký 4.680 tỷ đồng', '4.680 tỷ đồng', 'level', 'VND', d()),
 ('cho 13.460 lao động', '13.460', 'level', 'lao động', d(indicator='jobs_created')),
 ('bằng 52,8% kế hoạch năm', '52,8%', 'attainment', '%', d(TB, indicator='jobs_created')),
 ('đạt 94,1%', '94,1%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('trợ 1.258/2.780 hộ', '1.258/2.780', 'ratio', 'hộ', d()),
 ('tăng 4 - 5% so với cùng kỳ', '4 - 5%', 'change', '%', d(H2, U, SP, IO)),
 ('đạt 15,3 tỷ USD', '15,3 tỷ USD', 'level', 'USD', d(H2, EX)),
 ('đạt 6.485 tỷ đồng', '6.485 tỷ đồng', 'level', 'VND', d(H2, BR, bound='at_least')),
 ('hết 100% kế hoạch vốn', '100%', 'attainment', '%', d(TY, TB, PI)),
 ('nguyên nhân 3 chỉ tiêu', '3', 'level', 'chỉ tiêu', d(TY, indicator='resolution_targets', status='not_achieved', modality='actual')),
 ('xem xét 38 nội dung', '38', 'level', 'nội dung', d(optional=True)),
]
