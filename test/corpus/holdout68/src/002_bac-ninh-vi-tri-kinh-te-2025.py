TEXT = '''
BÁO BẮC NINH
Thứ Năm, ngày 08/01/2026 - 07:45
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Bắc Ninh ngày nay

Kinh tế

Năm 2025: Bắc Ninh đứng ở đâu trên bản đồ kinh tế cả nước?

(BBN) - Năm đầu tiên vận hành sau hợp nhất, tăng trưởng GRDP của Bắc Ninh ước đạt 11,2%, xếp thứ 3/34 tỉnh, thành phố; quy mô kinh tế, kim ngạch xuất khẩu và thu hút vốn FDI tiếp tục nằm trong nhóm dẫn đầu.

Theo Thống kê tỉnh, GRDP năm 2025 (giá so sánh 2010) của tỉnh ước tăng 11,2% so với năm 2024 (số liệu tính gộp hai tỉnh Bắc Ninh và Bắc Giang cũ), cao hơn 3,18 điểm phần trăm so với mức tăng 8,02% của cả nước. Trong đó, khu vực Bắc Giang cũ tăng 13,1%, khu vực Bắc Ninh cũ tăng 9,6%.

Với kết quả này, Bắc Ninh chỉ đứng sau Quảng Ninh (11,89%) và Hải Phòng (11,81%), trên Ninh Bình (10,65%) và Hưng Yên (9,1%) - những địa phương cùng vùng Đồng bằng sông Hồng. Thủ đô Hà Nội tăng 8,16%, cao hơn mức bình quân chung.

Quy mô GRDP theo giá hiện hành của tỉnh ước đạt 358.600 tỷ đồng, đứng thứ 5 cả nước sau TP. Hồ Chí Minh, Hà Nội, Hải Phòng và Đồng Nai. GRDP bình quân đầu người đạt khoảng 7.820 USD, gấp 1,52 lần bình quân cả nước (5.140 USD).

Về xuất khẩu, kim ngạch năm 2025 của tỉnh đạt 61,4 tỷ USD, tăng 12,3% so với năm trước, chiếm khoảng 13,1% kim ngạch xuất khẩu cả nước (468,6 tỷ USD). Bắc Ninh đứng thứ hai cả nước, chỉ sau TP. Hồ Chí Minh (96,2 tỷ USD); tiếp theo là Thái Nguyên với 32,5 tỷ USD và Hải Phòng với 31,4 tỷ USD.

Thu hút vốn FDI cả năm đạt 5,12 tỷ USD, bằng 134% so với năm 2024; tỉnh đứng thứ 2 cả nước về thu hút FDI, sau Hà Nội. Tổng thu ngân sách nhà nước trên địa bàn đạt 68.450 tỷ đồng, vượt 21,6% dự toán Trung ương giao; trong đó thu nội địa 56.920 tỷ đồng. Đây là lần đầu tiên số thu ngân sách của tỉnh vượt mốc 60.000 tỷ đồng.

Sản xuất linh kiện điện tử tại Khu công nghiệp Quang Châu. Ảnh: BBN

Tuy vậy, tỷ lệ giải ngân vốn đầu tư công của tỉnh đến ngày 31/12/2025 mới đạt 78,4% kế hoạch, thấp hơn mức 82,5% của cả nước. Tỷ trọng khu vực nông, lâm nghiệp và thủy sản trong GRDP còn 5,8%, giảm 0,9 điểm phần trăm so với năm 2024.

Theo ông Nguyễn Văn Phúc, Giám đốc Sở Tài chính, năm 2026 tỉnh phấn đấu tăng trưởng GRDP từ 11,5% trở lên, kim ngạch xuất khẩu đạt 68 tỷ USD. "Muốn giữ vị trí trong tốp 3, tỉnh phải đẩy nhanh giải phóng mặt bằng 12 khu công nghiệp mới", ông Phúc nói.

Thu Hằng

Tin cùng chuyên mục
- Bắc Ninh: 12 dự án FDI mới được cấp phép trong tháng 12
- Khởi công cầu Như Nguyệt 2 nối hai bờ sông Cầu

Báo Bắc Ninh - Cơ quan của Đảng bộ tỉnh Bắc Ninh | Đường dây nóng: 0204.3854.668
'''
META = {'published': '2026-01-08', 'locality': 'tỉnh Bắc Ninh'}
DEFAULTS = {'locality': 'tỉnh Bắc Ninh', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
G = {'indicator': 'grdp_growth'}
U = {'direction': 'up'}
E = {'modality': 'estimate'}
X = {'indicator': 'export_value'}
CN = {'locality': 'cả nước'}
def L(name): return {'locality': name}
FIGS = [
 ('ước đạt 11,2%', '11,2%', 'level', '%', d(G, E)),
 ('ước tăng 11,2%', '11,2%', 'change', '%', d(G, E, U, base='2024')),
 ('hơn 3,18 điểm phần trăm', '3,18 điểm phần trăm', 'change', 'điểm %', d(G, E, U)),
 ('mức tăng 8,02%', '8,02%', 'change', '%', d(G, E, U, CN)),
 ('cũ tăng 13,1%', '13,1%', 'change', '%', d(G, U, L('tỉnh Bắc Giang'))),
 ('cũ tăng 9,6%', '9,6%', 'change', '%', d(G, U)),
 ('Quảng Ninh (11,89%)', '11,89%', 'level', '%', d(G, L('tỉnh Quảng Ninh'))),
 ('Hải Phòng (11,81%)', '11,81%', 'level', '%', d(G, L('thành phố Hải Phòng'))),
 ('Ninh Bình (10,65%)', '10,65%', 'level', '%', d(G, L('tỉnh Ninh Bình'))),
 ('Hưng Yên (9,1%)', '9,1%', 'level', '%', d(G, L('tỉnh Hưng Yên'))),
 ('tăng 8,16%', '8,16%', 'change', '%', d(G, U, L('thành phố Hà Nội'))),
 ('ước đạt 358.600 tỷ đồng', '358.600 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('khoảng 7.820 USD', '7.820 USD', 'level', 'USD/người/năm', d(indicator='grdp_per_capita', bound='about')),
 ('gấp 1,52 lần', '1,52 lần', 'change', 'lần', d(U, indicator='grdp_per_capita')),
 ('(5.140 USD)', '5.140 USD', 'level', 'USD/người/năm', d(CN, indicator='grdp_per_capita')),
 ('đạt 61,4 tỷ USD', '61,4 tỷ USD', 'level', 'USD', d(X)),
 ('tăng 12,3%', '12,3%', 'change', '%', d(X, U, base='2024')),
 ('khoảng 13,1% kim ngạch', '13,1%', 'level', '%', d(X, bound='about')),
 ('(468,6 tỷ USD)', '468,6 tỷ USD', 'level', 'USD', d(X, CN)),
 ('(96,2 tỷ USD)', '96,2 tỷ USD', 'level', 'USD', d(X, L('thành phố Hồ Chí Minh'))),
 ('với 32,5 tỷ USD', '32,5 tỷ USD', 'level', 'USD', d(X, L('tỉnh Thái Nguyên'))),
 ('với 31,4 tỷ USD', '31,4 tỷ USD', 'level', 'USD', d(X, L('thành phố Hải Phòng'))),
 ('đạt 5,12 tỷ USD', '5,12 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('bằng 134% so với năm 2024', '134%', 'attainment', '%', d(indicator='fdi', base='2024')),
 ('đạt 68.450 tỷ đồng', '68.450 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('vượt 21,6% dự toán', '21,6%', 'change', '%', d(U, indicator='budget_revenue', base='target', status='exceeded')),
 ('địa 56.920 tỷ đồng', '56.920 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('mốc 60.000 tỷ đồng', '60.000 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('đạt 78,4% kế hoạch', '78,4%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('mức 82,5%', '82,5%', 'attainment', '%', d(CN, indicator='public_investment_disbursement', base='target')),
 ('còn 5,8%', '5,8%', 'level', '%', d(indicator='sector_share')),
 ('giảm 0,9 điểm phần trăm', '0,9 điểm phần trăm', 'change', 'điểm %', d(indicator='sector_share', direction='down', base='2024')),
 ('từ 11,5% trở lên', '11,5%', 'level', '%', d(G, period='2026', modality='target', bound='at_least')),
 ('đạt 68 tỷ USD', '68 tỷ USD', 'level', 'USD', d(X, period='2026', modality='target')),
 ('mặt bằng 12 khu', '12', 'level', 'khu công nghiệp', dict(optional=True)),
]
