TEXT = '''
BÁO CẦN THƠ ONLINE
Thứ Năm, 06/11/2025 - 20:41
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Đồng bằng

Kinh tế

Kinh tế - xã hội tháng 10 và 10 tháng năm 2025: Thu ngân sách đạt 84,7% dự toán

(CT) - Chiều 5/11, UBND thành phố Cần Thơ tổ chức phiên họp thường kỳ tháng 10, đánh giá tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2025. Đây là tháng thứ tư thành phố Cần Thơ (mới) vận hành sau khi hợp nhất với tỉnh Sóc Trăng và tỉnh Hậu Giang.

Theo báo cáo của Sở Tài chính, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 21.384 tỷ đồng, tăng 1,6% so với tháng trước và tăng 12,4% so với cùng kỳ; lũy kế 10 tháng ước đạt 205.760 tỷ đồng, tăng 11,8% so với cùng kỳ (số liệu tính gộp ba địa phương cũ), bằng 82,3% kế hoạch năm.

Chỉ số sản xuất công nghiệp (IIP) tháng 10 tăng 3,2% so với tháng trước; tính chung 10 tháng tăng 9,14% so với cùng kỳ, trong đó ngành chế biến, chế tạo tăng 10,06%. Kim ngạch xuất khẩu hàng hóa 10 tháng ước đạt 3.412 triệu USD, tăng 15,3% so với cùng kỳ, đạt 85,3% kế hoạch; trong đó gạo, thủy sản và trái cây lần lượt đạt 1.126 triệu USD, 1.284 triệu USD và 396 triệu USD.

Thu ngân sách nhà nước trên địa bàn 10 tháng đạt 24.715 tỷ đồng, bằng 84,7% dự toán Trung ương giao, tăng 9,2% so với cùng kỳ. Khu vực Cần Thơ cũ, khu vực Sóc Trăng cũ và khu vực Hậu Giang cũ lần lượt đạt 13.240 tỷ đồng, 6.985 tỷ đồng và 4.490 tỷ đồng.

Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,28% so với tháng trước và tăng 3,05% so với cùng tháng năm trước; bình quân 10 tháng, CPI tăng 3,21%.

Tính đến ngày 31/10/2025, thành phố giải ngân vốn đầu tư công được 9.862 tỷ đồng, đạt 58,6% kế hoạch vốn Thủ tướng Chính phủ giao, thấp hơn bình quân cả nước (60,2%). Trong 10 tháng, toàn thành phố có 1.948 doanh nghiệp thành lập mới với tổng vốn đăng ký 14.620 tỷ đồng, tăng 7,5% về số doanh nghiệp; 612 doanh nghiệp quay trở lại hoạt động.

Vụ lúa Thu Đông 2025, toàn thành phố xuống giống 142.500 ha, đến nay đã thu hoạch 61.300 ha, năng suất bình quân 5,72 tấn/ha. Giá lúa tươi tại ruộng hiện dao động 5.800 - 6.300 đồng/kg, cao hơn cùng kỳ khoảng 300 đồng/kg.

Thu hoạch lúa Thu Đông tại xã Thạnh Phú. Ảnh: KHÁNH TRUNG

Tháng 10, thành phố đón 1,08 triệu lượt khách du lịch; 10 tháng đón 9,6 triệu lượt, tăng 14,2% so với cùng kỳ, tổng thu từ du lịch ước đạt 11.250 tỷ đồng. Tỷ lệ bao phủ bảo hiểm y tế đến nay đạt 93,8% dân số. Trong 10 tháng, giải quyết việc làm cho 52.460 lao động, đạt 87,4% kế hoạch; trong đó đưa 1.215 người đi làm việc ở nước ngoài theo hợp đồng.

Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra một số hạn chế: còn 27 chủ đầu tư có tỷ lệ giải ngân dưới 50%, riêng khu vực Hậu Giang cũ giải ngân mới đạt 49,3% kế hoạch; sản lượng khai thác thủy sản khu vực Sóc Trăng cũ giảm 6,8% so với cùng kỳ do thời tiết bất lợi, nhiều tàu cá nằm bờ. Một số dự án trọng điểm như tuyến cao tốc Cần Thơ - Cà Mau, Khu công nghiệp Vĩnh Thạnh vẫn vướng mặt bằng.

Phát biểu kết luận, Chủ tịch UBND thành phố yêu cầu các sở, ngành và 103 xã, phường tập trung hoàn thành các chỉ tiêu năm 2025; phấn đấu tăng trưởng GRDP cả năm đạt 8% trở lên, thu ngân sách vượt 5% dự toán, giải ngân vốn đầu tư công đạt 100% kế hoạch trước ngày 31/1/2026.

THANH LONG

Tin liên quan
- Cần Thơ thu hút 12 dự án đầu tư mới trong quý III (28/10/2025)
- Khai mạc Lễ hội Bánh dân gian Nam Bộ lần thứ 12 (25/10/2025)
- Sóc Trăng cũ: 2.300 ha lúa ST25 đạt chứng nhận (20/10/2025)

Cơ quan chủ quản: Thành ủy Cần Thơ. Giấy phép số 128/GP-BTTTT. Địa chỉ: 93 Đường 30/4, phường Ninh Kiều, TP Cần Thơ. ĐT: 0292.3820.216
'''
META = {'published': '2025-11-06', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025-10M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
M = {'period': '2025-M10'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
P = {'base': 'target'}
K = {'modality': 'target', 'period': '2025'}
R = {'indicator': 'retail_sales'}
I = {'indicator': 'industrial_production_index'}
X = {'indicator': 'export_value'}
BR = {'indicator': 'budget_revenue'}
C = {'indicator': 'cpi'}
FIGS = [
 ('Thu ngân sách đạt 84,7% dự toán\n', '84,7%', 'attainment', '%', d(P, BR)),
 ('tháng 10 ước đạt 21.384 tỷ đồng', '21.384 tỷ đồng', 'level', 'VND', d(M, E, R)),
 ('tăng 1,6% so với tháng trước', '1,6%', 'change', '%', d(M, E, U, PP, R)),
 ('tăng 12,4% so với cùng kỳ', '12,4%', 'change', '%', d(M, E, U, SP, R)),
 ('ước đạt 205.760 tỷ đồng', '205.760 tỷ đồng', 'level', 'VND', d(E, R)),
 ('tăng 11,8%', '11,8%', 'change', '%', d(E, U, SP, R)),
 ('bằng 82,3% kế hoạch', '82,3%', 'attainment', '%', d(E, P, R)),
 ('tăng 3,2% so với tháng trước', '3,2%', 'change', '%', d(M, U, PP, I)),
 ('tăng 9,14%', '9,14%', 'change', '%', d(U, SP, I)),
 ('chế tạo tăng 10,06%', '10,06%', 'change', '%', d(U, I)),
 ('ước đạt 3.412 triệu USD', '3.412 triệu USD', 'level', 'USD', d(E, X)),
 ('tăng 15,3%', '15,3%', 'change', '%', d(E, U, SP, X)),
 ('đạt 85,3% kế hoạch', '85,3%', 'attainment', '%', d(E, P, X)),
 ('lần lượt đạt 1.126 triệu USD', '1.126 triệu USD', 'level', 'USD', d(X)),
 (', 1.284 triệu USD', '1.284 triệu USD', 'level', 'USD', d(X)),
 ('và 396 triệu USD', '396 triệu USD', 'level', 'USD', d(X)),
 ('đạt 24.715 tỷ đồng', '24.715 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 84,7% dự toán Trung ương', '84,7%', 'attainment', '%', d(P, BR)),
 ('tăng 9,2%', '9,2%', 'change', '%', d(U, SP, BR)),
 ('lần lượt đạt 13.240 tỷ đồng', '13.240 tỷ đồng', 'level', 'VND', d(BR)),
 (', 6.985 tỷ đồng', '6.985 tỷ đồng', 'level', 'VND', d(BR, locality='tỉnh Sóc Trăng')),
 ('và 4.490 tỷ đồng', '4.490 tỷ đồng', 'level', 'VND', d(BR, locality='tỉnh Hậu Giang')),
 ('tăng 0,28%', '0,28%', 'change', '%', d(M, U, PP, C)),
 ('tăng 3,05%', '3,05%', 'change', '%', d(M, U, SP, C)),
 ('CPI tăng 3,21%', '3,21%', 'change', '%', d(U, C)),
 ('được 9.862 tỷ đồng', '9.862 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('đạt 58,6% kế hoạch', '58,6%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('(60,2%)', '60,2%', 'attainment', '%', d(P, indicator='public_investment_disbursement', locality='cả nước')),
 ('có 1.948 doanh nghiệp', '1.948', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('đăng ký 14.620 tỷ đồng', '14.620 tỷ đồng', 'level', 'VND', d()),
 ('tăng 7,5% về số', '7,5%', 'change', '%', d(U, indicator='new_enterprises')),
 ('612 doanh nghiệp', '612', 'level', 'doanh nghiệp', d()),
 ('xuống giống 142.500 ha', '142.500 ha', 'level', 'ha', d(indicator='crop_area', period='2025')),
 ('thu hoạch 61.300 ha', '61.300 ha', 'level', 'ha', d(period='2025')),
 ('5,72 tấn/ha', '5,72 tấn/ha', 'level', 'tấn/ha', d(period='2025')),
 ('5.800 - 6.300 đồng/kg', '5.800 - 6.300 đồng/kg', 'level', 'VND/kg', d(period='2025')),
 ('khoảng 300 đồng/kg', '300 đồng/kg', 'change', 'VND/kg', d(U, SP, period='2025', bound='about')),
 ('đón 1,08 triệu lượt khách', '1,08 triệu lượt', 'level', 'lượt khách', d(M, indicator='tourist_arrivals')),
 ('đón 9,6 triệu lượt', '9,6 triệu lượt', 'level', 'lượt', d(indicator='tourist_arrivals')),
 ('tăng 14,2%', '14,2%', 'change', '%', d(U, SP, indicator='tourist_arrivals')),
 ('ước đạt 11.250 tỷ đồng', '11.250 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('đạt 93,8% dân số', '93,8%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('cho 52.460 lao động', '52.460', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 87,4% kế hoạch', '87,4%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('đưa 1.215 người', '1.215', 'level', 'người', d(indicator='labour_export')),
 ('còn 27 chủ đầu tư', '27', 'level', 'chủ đầu tư', {'optional': True}),
 ('mới đạt 49,3% kế hoạch', '49,3%', 'attainment', '%', d(P, indicator='public_investment_disbursement', locality='tỉnh Hậu Giang')),
 ('giảm 6,8%', '6,8%', 'change', '%', d(SP, indicator='aquaculture_output', locality='tỉnh Sóc Trăng', direction='down')),
 ('và 103 xã, phường', '103', 'level', 'xã', {'optional': True}),
 ('đạt 8% trở lên', '8%', 'level', '%', d(K, indicator='grdp_growth', bound='at_least')),
 ('vượt 5% dự toán', '5%', 'change', '%', d(K, U, P, BR, status='exceeded')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', d(K, P, indicator='public_investment_disbursement')),
]
