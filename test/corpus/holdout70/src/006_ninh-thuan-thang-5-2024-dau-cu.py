TEXT = '''
BÁO NINH THUẬN ĐIỆN TỬ
Cập nhật ngày: 31/05/2024 - 10:15
Thời sự | Kinh tế | Văn hoá - Xã hội | Quốc phòng - An ninh | Phóng sự

Kinh tế tháng 5 và 5 tháng đầu năm 2024: Công nghiệp tăng 14,85%

(NTO) Theo Cục Thống kê tỉnh, chỉ số sản xuất công nghiệp tháng 5/2024 ước tăng 4,62% so với tháng trước và tăng 18,3% so với cùng kỳ; tính chung 5 tháng tăng 14,85%, trong đó ngành sản xuất và phân phối điện tăng 21,6% nhờ các dự án điện gió, điện mặt trời vận hành ổn định.

Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ 5 tháng ước đạt 16.742 tỷ đồng, tăng 13,1%. Sản lượng thuỷ sản 5 tháng đạt 58.460 tấn, tăng 2,8%; trong đó khai thác 48.920 tấn, nuôi trồng 9.540 tấn. Thu ngân sách nhà nước trên địa bàn 5 tháng đạt 1.412 tỷ đồng, bằng 38,2% dự toán.

Chỉ số giá tiêu dùng tháng 5 tăng 0,21% so với tháng trước; bình quân 5 tháng tăng 3,64% so với cùng kỳ, chủ yếu do giá điện, nước sinh hoạt và học phí tăng.

Du lịch tiếp tục khởi sắc: 5 tháng, toàn tỉnh đón khoảng 1,62 triệu lượt khách, tăng 9,4%; trong đó khách quốc tế 58.300 lượt, gấp 2,1 lần cùng kỳ. Doanh thu du lịch ước đạt 2.150 tỷ đồng.

Vịnh Vĩnh Hy, huyện Ninh Hải thu hút đông đảo du khách dịp lễ 30/4 - 1/5. Ảnh: VĂN MIÊN

Tháng 6, ngành chức năng tập trung theo dõi tình hình hạn hán, bảo đảm nước sinh hoạt cho khoảng 12.000 hộ dân vùng thường xuyên thiếu nước; đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đến ngày 30/6 đạt trên 50% kế hoạch.

V.Nam

Uỷ ban nhân dân tỉnh Ninh Thuận - Cơ quan chủ quản. Địa chỉ: 500 Thống Nhất, TP Phan Rang - Tháp Chàm. ĐT: 0259.3822.582
'''
META = {'published': '2024-05-31', 'locality': 'tỉnh Ninh Thuận'}
DEFAULTS = {'locality': 'tỉnh Ninh Thuận', 'period': '2024-5M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
M = {'period': '2024-M05'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
P = {'base': 'target'}
I = {'indicator': 'industrial_production_index'}
FIGS = [
 ('Công nghiệp tăng 14,85%', '14,85%', 'change', '%', d(U, I)),
 ('ước tăng 4,62%', '4,62%', 'change', '%', d(M, E, U, PP, I)),
 ('tăng 18,3%', '18,3%', 'change', '%', d(M, E, U, SP, I)),
 ('5 tháng tăng 14,85%', '14,85%', 'change', '%', d(U, I)),
 ('điện tăng 21,6%', '21,6%', 'change', '%', d(U, I)),
 ('ước đạt 16.742 tỷ đồng', '16.742 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 13,1%', '13,1%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('đạt 58.460 tấn', '58.460 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 2,8%', '2,8%', 'change', '%', d(U, indicator='aquaculture_output')),
 ('khai thác 48.920 tấn', '48.920 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('nuôi trồng 9.540 tấn', '9.540 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('đạt 1.412 tỷ đồng', '1.412 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 38,2% dự toán', '38,2%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('tăng 0,21%', '0,21%', 'change', '%', d(M, U, PP, indicator='cpi')),
 ('tăng 3,64%', '3,64%', 'change', '%', d(U, SP, indicator='cpi')),
 ('khoảng 1,62 triệu lượt khách', '1,62 triệu lượt', 'level', 'lượt khách', d(indicator='tourist_arrivals', bound='about')),
 ('tăng 9,4%', '9,4%', 'change', '%', d(U, indicator='tourist_arrivals')),
 ('quốc tế 58.300 lượt', '58.300', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('gấp 2,1 lần', '2,1 lần', 'change', 'lần', d(U, SP, indicator='international_tourist_arrivals')),
 ('ước đạt 2.150 tỷ đồng', '2.150 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('khoảng 12.000 hộ', '12.000', 'level', 'hộ', {'optional': True}),
 ('trên 50% kế hoạch', '50%', 'attainment', '%', d(P, indicator='public_investment_disbursement', modality='target', period='2024-H1', bound='over')),
]
