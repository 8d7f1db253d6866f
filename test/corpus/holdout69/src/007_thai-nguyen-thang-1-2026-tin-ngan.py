TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THÁI NGUYÊN
Thứ Năm, 05/02/2026 - 17:20
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Thái Nguyên 24h

Kinh tế

Tháng 1/2026: Thu ngân sách toàn tỉnh đạt 1.342 tỷ đồng

Chiều 5/2, UBND tỉnh tổ chức phiên họp thường kỳ tháng 1/2026. Theo báo cáo, trong tháng 1, chỉ số sản xuất công nghiệp (IIP) toàn tỉnh ước giảm 3,8% so với tháng trước nhưng tăng 6,4% so với cùng kỳ (số liệu tính gộp khu vực Bắc Kạn cũ).

Kim ngạch xuất khẩu ước đạt 3,12 tỷ USD, tăng 9,6%; nhập khẩu ước 2,05 tỷ USD. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 6.720 tỷ đồng, tăng 12,1% so với cùng kỳ. Chỉ số giá tiêu dùng (CPI) tháng 1 tăng 0,46% so với tháng trước.

Tổng thu ngân sách nhà nước trên địa bàn đạt 1.342 tỷ đồng, bằng 7,9% dự toán năm; trong đó khu vực Bắc Kạn cũ đạt 86,5 tỷ đồng. Giải ngân vốn đầu tư công đến ngày 31/1 đạt 412 tỷ đồng, bằng 3,6% kế hoạch.

Phiên họp thường kỳ tháng 1/2026 của UBND tỉnh. Ảnh: TN

Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và 92 xã, phường chuẩn bị chu đáo hàng hóa phục vụ Tết Nguyên đán Bính Ngọ 2026, phấn đấu quý I tăng trưởng GRDP đạt 8% trở lên.

Thu Hà

Tin khác
- Thái Nguyên: 9 dự án FDI được cấp mới trong tháng 1
- Chợ Đồn khai trương điểm bán sản phẩm OCOP

Báo và Phát thanh, Truyền hình Thái Nguyên. Địa chỉ: Số 1 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên. Đường dây nóng: 0208.3855.498
'''
META = {'published': '2026-02-05', 'locality': 'tỉnh Thái Nguyên'}
DEFAULTS = {'locality': 'tỉnh Thái Nguyên', 'period': '2026-M01', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
BR = {'indicator': 'budget_revenue'}
IIP = {'indicator': 'industrial_production_index'}
FIGS = [
 ('toàn tỉnh đạt 1.342 tỷ đồng', '1.342 tỷ đồng', 'level', 'VND', d(BR)),
 ('ước giảm 3,8%', '3,8%', 'change', '%', d(E, D, PP, IIP)),
 ('tăng 6,4% so với cùng kỳ', '6,4%', 'change', '%', d(E, U, SP, IIP)),
 ('ước đạt 3,12 tỷ USD', '3,12 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 9,6%', '9,6%', 'change', '%', d(E, U, indicator='export_value')),
 ('ước 2,05 tỷ USD', '2,05 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('đạt 6.720 tỷ đồng', '6.720 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 12,1% so với cùng kỳ', '12,1%', 'change', '%', d(U, SP, indicator='retail_sales')),
 ('tăng 0,46%', '0,46%', 'change', '%', d(U, PP, indicator='cpi')),
 ('bàn đạt 1.342 tỷ đồng', '1.342 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 7,9% dự toán', '7,9%', 'attainment', '%', d(P, BR)),
 ('đạt 86,5 tỷ đồng', '86,5 tỷ đồng', 'level', 'VND', d(BR, locality='tỉnh Bắc Kạn')),
 ('đạt 412 tỷ đồng', '412 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 3,6% kế hoạch', '3,6%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('và 92 xã', '92', 'level', 'xã', d(optional=True)),
 ('đạt 8% trở lên', '8%', 'level', '%', d(indicator='grdp_growth', period='2026-Q1', modality='target', bound='at_least')),
]
