TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thứ Ba, 07/04/2026, 16:05 (GMT+7)
Thời sự | Kinh tế | Xã hội | Biển đảo | Văn hóa | Thể thao | Video | Podcast

Kinh tế

GRDP quý I/2026 của An Giang ước tăng 8,12%

(BAG) - Ngày 6/4, UBND tỉnh An Giang tổ chức họp báo thường kỳ quý I/2026, thông tin tình hình kinh tế - xã hội quý I và nhiệm vụ trọng tâm quý II. Đây là quý đầu tiên của năm 2026 tỉnh An Giang (mới) hoạt động sau hợp nhất với tỉnh Kiên Giang.

Theo Thống kê tỉnh, tổng sản phẩm trên địa bàn (GRDP) quý I/2026 ước tăng 8,12% so với cùng kỳ, xếp thứ 2/6 địa phương vùng Đồng bằng sông Cửu Long. Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,85%; khu vực công nghiệp - xây dựng tăng 12,41%; khu vực dịch vụ tăng 9,06%. Quy mô GRDP quý I theo giá hiện hành ước đạt 74.860 tỷ đồng.

Cơ cấu kinh tế quý I: khu vực nông, lâm nghiệp và thủy sản chiếm 34,2%; công nghiệp - xây dựng 22,6%; dịch vụ 38,9%; thuế sản phẩm trừ trợ cấp sản phẩm 4,3%.

Một số chỉ tiêu chủ yếu quý I/2026:

Chỉ tiêu | Kế hoạch năm 2026 | Ước thực hiện quý I | So với cùng kỳ (%) | So với KH (%)
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ (tỷ đồng) | 245.000 | 63.420 | 112,8 | 25,9
Kim ngạch xuất khẩu (triệu USD) | 2.350 | 586 | 118,4 | 24,9
Thu ngân sách nhà nước (tỷ đồng) | 33.500 | 9.684 | 109,7 | 28,9
Khách du lịch (nghìn lượt) | 24.000 | 7.820 | 121,5 | 32,6

Riêng đặc khu Phú Quốc đón 2,15 triệu lượt khách, trong đó khách quốc tế 812.000 lượt, gấp 1,4 lần cùng kỳ.

Về nông nghiệp, vụ lúa Đông Xuân 2025 - 2026 toàn tỉnh xuống giống 498.600 ha, đã thu hoạch trên 72% diện tích, năng suất bình quân ước đạt 7,15 tấn/ha, tăng 0,12 tấn/ha so với vụ Đông Xuân năm trước; sản lượng ước đạt 3,56 triệu tấn. Sản lượng thủy sản quý I ước đạt 268.400 tấn, tăng 4,6%; trong đó tôm nuôi 41.250 tấn.

Thu hoạch lúa Đông Xuân ở xã Vĩnh Hanh. Ảnh: HỮU HUY

Tổng chi ngân sách địa phương quý I ước 11.370 tỷ đồng, bằng 21,4% dự toán. Đến ngày 31/3/2026, giải ngân vốn đầu tư công đạt 3.215 tỷ đồng, bằng 14,6% kế hoạch vốn, cao hơn cùng kỳ 2,3 điểm phần trăm.

Quý II, tỉnh phấn đấu tăng trưởng GRDP đạt 8,5 - 9%; 6 tháng đầu năm đạt 8,3% trở lên; thu ngân sách 6 tháng đạt trên 55% dự toán.

GIA KHÁNH

Tin cùng chuyên mục
- An Giang: Xuất khẩu gạo tháng 3 tăng mạnh (03/04/2026)
- Đặc khu Phú Quốc chuẩn bị cho APEC 2027 (01/04/2026)

Tòa soạn: 316 Trần Hưng Đạo, phường Long Xuyên, tỉnh An Giang. Điện thoại: 0296.3841.270. Lượt truy cập: 18.254.906
'''
META = {'published': '2026-04-07', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
DX = {'period': '2025/2026'}
PQ = {'locality': 'đặc khu Phú Quốc'}
B = 1e9
FIGS = [
 ('An Giang ước tăng 8,12%', '8,12%', 'change', '%', d(E, U, indicator='grdp_growth')),
 ('quý I/2026 ước tăng 8,12%', '8,12%', 'change', '%', d(E, U, SP, indicator='grdp_growth')),
 ('thủy sản tăng 3,85%', '3,85%', 'change', '%', d(U)),
 ('xây dựng tăng 12,41%', '12,41%', 'change', '%', d(U)),
 ('dịch vụ tăng 9,06%', '9,06%', 'change', '%', d(U)),
 ('ước đạt 74.860 tỷ đồng', '74.860 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('chiếm 34,2%', '34,2%', 'level', '%', d(indicator='sector_share')),
 ('xây dựng 22,6%', '22,6%', 'level', '%', d(indicator='sector_share')),
 ('dịch vụ 38,9%', '38,9%', 'level', '%', d(indicator='sector_share')),
 ('sản phẩm 4,3%', '4,3%', 'level', '%', d(indicator='sector_share')),
 ('| 245.000 |', '245.000', 'level', 'VND', d(K, indicator='retail_sales', value=245000*B)),
 ('| 63.420 |', '63.420', 'level', 'VND', d(E, indicator='retail_sales', value=63420*B)),
 ('| 112,8 |', '112,8', 'attainment', '%', d(E, SP, indicator='retail_sales')),
 ('| 25,9', '25,9', 'attainment', '%', d(E, P, indicator='retail_sales')),
 ('| 2.350 |', '2.350', 'level', 'USD', d(K, indicator='export_value', value=2350e6)),
 ('| 586 |', '586', 'level', 'USD', d(E, indicator='export_value', value=586e6)),
 ('| 118,4 |', '118,4', 'attainment', '%', d(E, SP, indicator='export_value')),
 ('| 24,9', '24,9', 'attainment', '%', d(E, P, indicator='export_value')),
 ('| 33.500 |', '33.500', 'level', 'VND', d(K, indicator='budget_revenue', value=33500*B)),
 ('| 9.684 |', '9.684', 'level', 'VND', d(E, indicator='budget_revenue', value=9684*B)),
 ('| 109,7 |', '109,7', 'attainment', '%', d(E, SP, indicator='budget_revenue')),
 ('| 28,9', '28,9', 'attainment', '%', d(E, P, indicator='budget_revenue')),
 ('| 24.000 |', '24.000', 'level', 'lượt', d(K, indicator='tourist_arrivals', value=24000000)),
 ('| 7.820 |', '7.820', 'level', 'lượt', d(E, indicator='tourist_arrivals', value=7820000)),
 ('| 121,5 |', '121,5', 'attainment', '%', d(E, SP, indicator='tourist_arrivals')),
 ('| 32,6', '32,6', 'attainment', '%', d(E, P, indicator='tourist_arrivals')),
 ('đón 2,15 triệu lượt khách', '2,15 triệu lượt', 'level', 'lượt khách', d(PQ, indicator='tourist_arrivals')),
 ('quốc tế 812.000 lượt', '812.000', 'level', 'lượt', d(PQ, indicator='international_tourist_arrivals')),
 ('gấp 1,4 lần', '1,4 lần', 'change', 'lần', d(PQ, U, SP, indicator='international_tourist_arrivals')),
 ('xuống giống 498.600 ha', '498.600 ha', 'level', 'ha', d(DX, indicator='crop_area')),
 ('trên 72% diện tích', '72%', 'level', '%', d(DX, bound='over')),
 ('ước đạt 7,15 tấn/ha', '7,15 tấn/ha', 'level', 'tấn/ha', d(DX, E)),
 ('tăng 0,12 tấn/ha', '0,12 tấn/ha', 'change', 'tấn/ha', d(DX, E, U, SP)),
 ('ước đạt 3,56 triệu tấn', '3,56 triệu tấn', 'level', 'tấn', d(DX, E, indicator='rice_output')),
 ('ước đạt 268.400 tấn', '268.400 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('tăng 4,6%', '4,6%', 'change', '%', d(E, U, indicator='aquaculture_output')),
 ('tôm nuôi 41.250 tấn', '41.250 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('ước 11.370 tỷ đồng', '11.370 tỷ đồng', 'level', 'VND', d(E, indicator='budget_expenditure')),
 ('bằng 21,4% dự toán', '21,4%', 'attainment', '%', d(E, P, indicator='budget_expenditure')),
 ('đạt 3.215 tỷ đồng', '3.215 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 14,6% kế hoạch', '14,6%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('2,3 điểm phần trăm', '2,3 điểm phần trăm', 'change', 'điểm %', d(U, SP, indicator='public_investment_disbursement')),
 ('đạt 8,5 - 9%', '8,5 - 9%', 'level', '%', d(modality='target', period='2026-Q2', indicator='grdp_growth')),
 ('đạt 8,3% trở lên', '8,3%', 'level', '%', d(modality='target', period='2026-H1', indicator='grdp_growth', bound='at_least')),
 ('trên 55% dự toán', '55%', 'attainment', '%', d(modality='target', period='2026-H1', indicator='budget_revenue', base='target', bound='over')),
]
