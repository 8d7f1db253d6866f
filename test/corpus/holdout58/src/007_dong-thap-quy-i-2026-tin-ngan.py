TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP
Tin tức | Thời sự | Kinh tế | Nông nghiệp | Xã hội | Video | Podcast

Đồng Tháp: GRDP quý I/2026 ước tăng 7,86%

Cập nhật: 03/04/2026 - 18:20 | Lượt xem: 1.046

(THDT) - Chiều 3/4, UBND tỉnh Đồng Tháp họp phiên thường kỳ tháng 3 đánh giá tình hình kinh tế - xã hội quý I/2026. Tốc độ tăng trưởng kinh tế (GRDP) quý I ước tăng 7,86% so với cùng kỳ, thấp hơn kịch bản đề ra (8,5%). Trong đó, khu vực I tăng 3,92%; khu vực II tăng 12,15%; khu vực III tăng 8,04%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ quý I đạt 68.240 tỷ đồng, tăng 11,7%; kim ngạch xuất khẩu 1,42 tỷ USD, tăng 8,3%. Các mặt hàng xuất khẩu chủ lực là gạo, cá tra và trái cây với kim ngạch lần lượt là 412 triệu USD, 386 triệu USD và 205 triệu USD. Thu ngân sách nhà nước đạt 6.915 tỷ đồng, bằng 30,2% dự toán; giải ngân vốn đầu tư công đạt 14,6% kế hoạch, xếp thứ 12/34 tỉnh, thành phố.

Riêng tháng 3, chỉ số giá tiêu dùng tăng 0,21% so với tháng trước; trong tháng có 312 doanh nghiệp thành lập mới, tăng 18% so với tháng 2.

Phiên họp thường kỳ UBND tỉnh tháng 3/2026. Ảnh: THANH TÂM

Theo kịch bản, quý II tỉnh phấn đấu GRDP tăng 8,8 - 9% để cả năm đạt mục tiêu 10%. Chủ tịch UBND tỉnh yêu cầu các sở, ngành và UBND các xã, phường sớm tháo gỡ vướng mắc cho 27 dự án chậm tiến độ.

THANH TÂM - HỮU NGHĨA

Xem thêm:
- Phường Mỹ Tho: Lễ hội Nghinh Ông thu hút 15.000 lượt khách
- Cầu Cao Lãnh - Sa Đéc: khởi công giai đoạn 2
- Đồng Tháp công bố 120 sản phẩm OCOP đạt 3 sao

Địa chỉ: Số 01 Tôn Đức Thắng, phường Cao Lãnh, tỉnh Đồng Tháp. Đường dây nóng: 0277.3851.600
'''
META = {'published': '2026-04-03', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target'}
U = {'direction': 'up'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
G = {'indicator': 'grdp_growth'}
EX = {'indicator': 'export_value'}
M3 = {'period': '2026-M03'}
FIGS = [
 ('ước tăng 7,86%\n', '7,86%', 'change', '%', d(E, U, G)),
 ('ước tăng 7,86% so', '7,86%', 'change', '%', d(E, U, SP, G)),
 ('đề ra (8,5%)', '8,5%', 'level', '%', d(T, G)),
 ('khu vực I tăng 3,92%', '3,92%', 'change', '%', d(U)),
 ('khu vực II tăng 12,15%', '12,15%', 'change', '%', d(U)),
 ('khu vực III tăng 8,04%', '8,04%', 'change', '%', d(U)),
 ('đạt 68.240 tỷ đồng', '68.240 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 11,7%', '11,7%', 'change', '%', d(U, indicator='retail_sales')),
 ('khẩu 1,42 tỷ USD', '1,42 tỷ USD', 'level', 'USD', d(EX)),
 ('tăng 8,3%', '8,3%', 'change', '%', d(U, EX)),
 ('là 412 triệu USD', '412 triệu USD', 'level', 'USD', d(EX)),
 ('386 triệu USD', '386 triệu USD', 'level', 'USD', d(EX)),
 ('205 triệu USD', '205 triệu USD', 'level', 'USD', d(EX)),
 ('đạt 6.915 tỷ đồng', '6.915 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 30,2% dự toán', '30,2%', 'attainment', '%', d(TB, indicator='budget_revenue')),
 ('đạt 14,6% kế hoạch', '14,6%', 'attainment', '%', d(TB, indicator='public_investment_disbursement')),
 ('tăng 0,21%', '0,21%', 'change', '%', d(M3, U, PP, indicator='cpi')),
 ('có 312 doanh nghiệp', '312', 'level', 'doanh nghiệp', d(M3, indicator='new_enterprises')),
 ('tăng 18%', '18%', 'change', '%', d(M3, U, PP, indicator='new_enterprises')),
 ('tăng 8,8 - 9%', '8,8 - 9%', 'change', '%', d(T, U, G, period='2026-Q2')),
 ('mục tiêu 10%', '10%', 'level', '%', d(T, G, period='2026')),
 ('cho 27 dự án', '27', 'level', 'dự án', d(optional=True)),
]
