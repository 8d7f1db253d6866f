TEXT = '''
BÁO ĐỒNG THÁP ĐIỆN TỬ
Chính trị | Kinh tế | Văn hoá - Xã hội | Nông nghiệp | Pháp luật
Cập nhật lúc 15:05, Thứ Năm, 02/04/2026

Quý I/2026: Tăng trưởng kinh tế Đồng Tháp ước đạt 7,86%

Uỷ ban nhân dân tỉnh vừa tổ chức phiên họp thường kỳ tháng 3 đánh giá tình hình kinh tế - xã hội quý I/2026. Đây là quý đầu tiên tỉnh Đồng Tháp (mới) thực hiện kế hoạch năm với mục tiêu tăng trưởng hai con số.

Theo báo cáo của Sở Tài chính, quý I/2026, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 7,86%, thấp hơn kịch bản đề ra cho quý (8,3%). Khu vực nông, lâm nghiệp và thuỷ sản tăng 3,95%; khu vực công nghiệp và xây dựng tăng 12,4%; khu vực dịch vụ tăng 8,72%.

Chỉ số sản xuất công nghiệp (IIP) tăng 11,6% so với cùng kỳ; riêng tháng 3, IIP tăng 5,2% so với tháng trước. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng quý I ước đạt 58.740 tỷ đồng, tăng 10,9% so với cùng kỳ. Kim ngạch xuất khẩu ước đạt 1,62 tỷ USD, tăng 14,3%, bằng 22,5% kế hoạch năm; nhập khẩu ước 0,91 tỷ USD. Chỉ số giá tiêu dùng (CPI) bình quân quý I tăng 3,05% so với cùng kỳ.

Thu ngân sách nhà nước trên địa bàn quý I đạt 6.215 tỷ đồng, bằng 27,4% dự toán Trung ương giao, tăng 9,6% so với cùng kỳ. Chi ngân sách địa phương 7.430 tỷ đồng, bằng 19,8% dự toán. Đến ngày 31/3/2026, giải ngân vốn đầu tư công được 2.108 tỷ đồng, đạt 12,6% kế hoạch vốn Thủ tướng Chính phủ giao.

Trong quý, có 512 doanh nghiệp thành lập mới với tổng vốn đăng ký 4.870 tỷ đồng, tăng 18% về số doanh nghiệp; 236 doanh nghiệp quay trở lại hoạt động.

Vụ lúa Đông Xuân 2025 - 2026, toàn tỉnh xuống giống 285.600 ha (khu vực Tiền Giang cũ 63.400 ha), đã thu hoạch 78% diện tích, năng suất ước 7,2 tấn/ha. Sản lượng thuỷ sản quý I ước đạt 165.300 tấn, tăng 4,1%; trong đó cá tra 121.000 tấn.

Thu hoạch lúa Đông Xuân tại xã Mỹ Thọ. Ảnh: HỮU NGHĨA

Trong quý, tỉnh giải quyết việc làm cho 14.260 lượt lao động, đạt 26,4% kế hoạch; đưa 412 lao động đi làm việc ở nước ngoài. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,6%. Toàn tỉnh hiện còn 5.870 hộ nghèo, chiếm 0,62% tổng số hộ.

Tai nạn giao thông quý I giảm cả 3 tiêu chí: xảy ra 38 vụ, làm chết 29 người, bị thương 17 người; so với cùng kỳ giảm 6 vụ, giảm 4 người chết và giảm 3 người bị thương.

Phát biểu kết luận, Chủ tịch Uỷ ban nhân dân tỉnh yêu cầu các sở, ngành và 102 xã, phường tập trung tháo gỡ khó khăn, phấn đấu quý II tăng trưởng GRDP đạt 8,6% trở lên, 6 tháng đầu năm giải ngân vốn đầu tư công đạt trên 40% kế hoạch; cả năm tăng trưởng từ 10% trở lên.

THANH TÂM

Số lượt đọc: 2.317
Tin khác
- Đồng Tháp: Phiên họp thường kỳ UBND tỉnh tháng 2/2026 (05/03/2026)
- Khánh thành cầu Mỹ Lợi, nối Đồng Tháp với TP.HCM (28/03/2026)
Giấy phép số 47/GP-BTTTT. Đường dây nóng: 0277.3851.223
'''
META = {'published': '2026-04-02', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2026-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
TG = {'modality': 'target'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
G = {'indicator': 'grdp_growth'}
IIP = {'indicator': 'industrial_production_index'}
EX = {'indicator': 'export_value'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
PD = {'indicator': 'public_investment_disbursement'}
CA = {'indicator': 'crop_area'}
AQ = {'indicator': 'aquaculture_output'}
DX = {'period': '2025/2026'}
FIGS = [
 ('Đồng Tháp ước đạt 7,86%', '7,86%', 'level', '%', d(E, G)),
 ('tỉnh ước đạt 7,86%', '7,86%', 'level', '%', d(E, G)),
 ('(8,3%)', '8,3%', 'level', '%', d(TG, G)),
 ('tăng 3,95%', '3,95%', 'change', '%', d(U)),
 ('tăng 12,4%', '12,4%', 'change', '%', d(U)),
 ('tăng 8,72%', '8,72%', 'change', '%', d(U)),
 ('tăng 11,6% so với cùng kỳ', '11,6%', 'change', '%', d(IIP, U, SP)),
 ('tăng 5,2% so với tháng trước', '5,2%', 'change', '%', d(IIP, U, period='2026-M03', base='previous_period')),
 ('ước đạt 58.740 tỷ đồng', '58.740 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 10,9% so với cùng kỳ', '10,9%', 'change', '%', d(E, U, SP, indicator='retail_sales')),
 ('ước đạt 1,62 tỷ USD', '1,62 tỷ USD', 'level', 'USD', d(E, EX)),
 ('tăng 14,3%', '14,3%', 'change', '%', d(E, EX, U)),
 ('bằng 22,5% kế hoạch', '22,5%', 'attainment', '%', d(E, EX, T)),
 ('ước 0,91 tỷ USD', '0,91 tỷ USD', 'level', 'USD', d(E, indicator='import_value')),
 ('tăng 3,05% so với cùng kỳ', '3,05%', 'change', '%', d(U, SP, indicator='cpi')),
 ('đạt 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 27,4% dự toán', '27,4%', 'attainment', '%', d(BR, T)),
 ('tăng 9,6% so với cùng kỳ', '9,6%', 'change', '%', d(BR, U, SP)),
 ('phương 7.430 tỷ đồng', '7.430 tỷ đồng', 'level', 'VND', d(BE)),
 ('bằng 19,8% dự toán', '19,8%', 'attainment', '%', d(BE, T)),
 ('được 2.108 tỷ đồng', '2.108 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 12,6% kế hoạch', '12,6%', 'attainment', '%', d(PD, T)),
 ('có 512 doanh nghiệp', '512', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 4.870 tỷ đồng', '4.870 tỷ đồng', 'level', 'VND', d()),
 ('tăng 18% về', '18%', 'change', '%', d(U, indicator='new_enterprises')),
 ('236 doanh nghiệp', '236', 'level', 'doanh nghiệp', d()),
 ('giống 285.600 ha', '285.600 ha', 'level', 'ha', d(CA, DX)),
 ('cũ 63.400 ha', '63.400 ha', 'level', 'ha', d(CA, DX, locality='tỉnh Tiền Giang')),
 ('hoạch 78% diện tích', '78%', 'level', '%', d(DX)),
 ('ước 7,2 tấn/ha', '7,2 tấn/ha', 'level', 'tấn/ha', d(E, DX)),
 ('ước đạt 165.300 tấn', '165.300 tấn', 'level', 'tấn', d(E, AQ)),
 ('tăng 4,1%', '4,1%', 'change', '%', d(E, AQ, U)),
 ('tra 121.000 tấn', '121.000 tấn', 'level', 'tấn', d()),
 ('cho 14.260 lượt', '14.260', 'level', 'lượt lao động', d(indicator='jobs_created')),
 ('đạt 26,4% kế hoạch', '26,4%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('đưa 412 lao động', '412', 'level', 'lao động', d(indicator='labour_export')),
 ('đạt 93,6%', '93,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('còn 5.870 hộ', '5.870', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 0,62%', '0,62%', 'level', '%', d(indicator='poverty_rate')),
 ('xảy ra 38 vụ', '38', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 29 người', '29', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 17 người', '17', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 6 vụ', '6', 'change', 'vụ', d(DN, SP, indicator='traffic_accidents')),
 ('giảm 4 người', '4', 'change', 'người', d(DN, SP, indicator='traffic_deaths')),
 ('giảm 3 người', '3', 'change', 'người', d(DN, SP, indicator='traffic_injuries')),
 ('và 102 xã', '102', 'level', 'xã', dict(optional=True)),
 ('đạt 8,6% trở lên', '8,6%', 'level', '%', d(TG, G, period='2026-Q2', bound='at_least')),
 ('trên 40% kế hoạch', '40%', 'attainment', '%', d(TG, PD, T, period='2026-H1', bound='over')),
 ('từ 10% trở lên', '10%', 'level', '%', d(TG, G, period='2026', bound='at_least')),
]
