NFD = True
TEXT = '''
Báo Cần Thơ Online
Thứ Hai, 30/09/2024, 16:05 (GMT+7)
Kinh tế | Thương mại - Dịch vụ

9 tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt gần 118.000 tỷ đồng

(CT) - Theo Cục Thống kê TP Cần Thơ, 9 tháng năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn thành phố ước đạt 117.860 tỷ đồng, tăng 12,4% so với cùng kỳ, đạt 73,2% kế hoạch năm.

Ước tính 9 tháng, doanh thu bán lẻ hàng hóa đạt 86.420 tỷ đồng, chiếm 73,3% tổng mức, tăng 11,6% so với cùng kỳ; doanh thu dịch vụ lưu trú, ăn uống đạt 17.950 tỷ đồng, tăng 15,2%; doanh thu du lịch lữ hành đạt 512 tỷ đồng, gấp 1,3 lần cùng kỳ; doanh thu dịch vụ khác đạt 12.978 tỷ đồng, tăng 13,1%.

Riêng tháng 9/2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 13.240 tỷ đồng, tăng 0,8% so với tháng trước và tăng 12,9% so với cùng kỳ. Giá cả hàng hóa trên thị trường cơ bản ổn định; CPI tháng 9 giảm 0,12% so với tháng trước, bình quân 9 tháng tăng 3,86% so với cùng kỳ.

Khách mua sắm tại Trung tâm thương mại Sense City (quận Ninh Kiều). Ảnh: MỸ THANH

Quận Ninh Kiều tiếp tục dẫn đầu với tổng mức bán lẻ 9 tháng ước đạt 42.300 tỷ đồng, chiếm 35,9% của toàn thành phố, kế đến là quận Cái Răng và quận Bình Thủy lần lượt đạt 12.840 tỷ đồng và 10.560 tỷ đồng.

Hiện thành phố có 9 trung tâm thương mại, 31 siêu thị, 112 chợ truyền thống và hơn 1.100 cửa hàng tiện lợi. Kênh thương mại điện tử phát triển nhanh: doanh thu bán lẻ qua các sàn thương mại điện tử và mạng xã hội ước chiếm khoảng 8,5% tổng mức bán lẻ hàng hóa, tăng 1,6 điểm phần trăm so với cùng kỳ.

Theo Sở Công Thương, để hoàn thành kế hoạch năm 2024 là 161.000 tỷ đồng, quý IV thành phố cần đạt khoảng 43.140 tỷ đồng. Sở sẽ phối hợp tổ chức Hội chợ Hàng Việt lần thứ 5 và Tháng khuyến mại tập trung từ ngày 1/11 đến ngày 31/12/2024, đồng thời chuẩn bị nguồn hàng phục vụ Tết Ất Tỵ 2025.

MỸ THANH

Xem thêm:
- Cần Thơ: 8 tháng, kim ngạch xuất khẩu đạt 1,6 tỷ USD
- Hơn 200 gian hàng tham gia Hội chợ Nông nghiệp quốc tế ĐBSCL
- Giá lúa tăng 300 đồng/kg

Báo Cần Thơ | Tòa soạn: 25 Ngô Quyền, quận Ninh Kiều | Điện thoại: 0292.3821.235
'''
META = {'published': '2024-09-30', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2024-9M', 'modality': 'estimate', 'indicator': 'retail_sales'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
PP = {'base': 'previous_period'}
S = {'base': 'same_period'}
NO = {'indicator': None}
A = {'modality': 'actual'}
M9 = {'period': '2024-M09'}
NK = {'locality': 'quận Ninh Kiều'}
FIGS = [
 ('gần 118.000 tỷ đồng', '118.000 tỷ đồng', 'level', 'VND', d(bound='nearly')),
 ('đạt 117.860 tỷ đồng', '117.860 tỷ đồng', 'level', 'VND', d()),
 ('tăng 12,4% so với cùng kỳ', '12,4%', 'change', '%', d(U, S)),
 ('đạt 73,2% kế hoạch', '73,2%', 'attainment', '%', d(base='target')),
 ('đạt 86.420 tỷ đồng', '86.420 tỷ đồng', 'level', 'VND', d()),
 ('chiếm 73,3% tổng mức', '73,3%', 'level', '%', d()),
 ('tăng 11,6% so với cùng kỳ', '11,6%', 'change', '%', d(U, S)),
 ('đạt 17.950 tỷ đồng', '17.950 tỷ đồng', 'level', 'VND', d(NO)),
 ('tăng 15,2%', '15,2%', 'change', '%', d(NO, U)),
 ('đạt 512 tỷ đồng', '512 tỷ đồng', 'level', 'VND', d(indicator='tourism_revenue')),
 ('gấp 1,3 lần cùng kỳ', '1,3 lần', 'change', 'lần', d(U, S, indicator='tourism_revenue')),
 ('đạt 12.978 tỷ đồng', '12.978 tỷ đồng', 'level', 'VND', d(NO)),
 ('tăng 13,1%', '13,1%', 'change', '%', d(NO, U)),
 ('đạt 13.240 tỷ đồng', '13.240 tỷ đồng', 'level', 'VND', d(M9)),
 ('tăng 0,8% so với tháng trước', '0,8%', 'change', '%', d(M9, U, PP)),
 ('tăng 12,9% so với cùng kỳ', '12,9%', 'change', '%', d(M9, U, S)),
 ('giảm 0,12%', '0,12%', 'change', '%', d(A, M9, D, PP, indicator='cpi')),
 ('tăng 3,86%', '3,86%', 'change', '%', d(A, U, S, indicator='cpi')),
 ('đạt 42.300 tỷ đồng', '42.300 tỷ đồng', 'level', 'VND', d(NK)),
 ('chiếm 35,9%', '35,9%', 'level', '%', d(NK)),
 ('đạt 12.840 tỷ đồng', '12.840 tỷ đồng', 'level', 'VND', d(locality='quận Cái Răng')),
 ('và 10.560 tỷ đồng', '10.560 tỷ đồng', 'level', 'VND', d(locality='quận Bình Thủy')),
 ('có 9 trung tâm thương mại', '9', 'level', 'trung tâm thương mại', d(A, NO)),
 ('31 siêu thị', '31', 'level', 'siêu thị', d(A, NO)),
 ('112 chợ truyền thống', '112', 'level', 'chợ', d(A, NO)),
 ('hơn 1.100 cửa hàng tiện lợi', '1.100', 'level', 'cửa hàng tiện lợi', d(A, NO, bound='over')),
 ('khoảng 8,5%', '8,5%', 'level', '%', d(NO, bound='about')),
 ('tăng 1,6 điểm phần trăm', '1,6 điểm phần trăm', 'change', 'điểm %', d(NO, U, S)),
 ('là 161.000 tỷ đồng', '161.000 tỷ đồng', 'level', 'VND', d(period='2024', modality='target')),
 ('khoảng 43.140 tỷ đồng', '43.140 tỷ đồng', 'level', 'VND', d(period='2024-Q4', modality='target', bound='about')),
]
