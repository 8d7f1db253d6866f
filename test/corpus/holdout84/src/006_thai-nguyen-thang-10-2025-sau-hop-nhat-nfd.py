NFD = True
TEXT = '''
THÁI NGUYÊN ĐIỆN TỬ
Báo và Phát thanh, Truyền hình Thái Nguyên
Thứ Tư, 05/11/2025, 14:20 [GMT+7]
Kinh tế

10 tháng, thu ngân sách Thái Nguyên đạt 19.640 tỷ đồng, vượt dự toán năm

(TN) - Theo báo cáo của UBND tỉnh, tính đến hết tháng 10/2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 19.640 tỷ đồng, bằng 112,6% dự toán Trung ương giao, tăng 27,3% so với cùng kỳ (số liệu tính gộp hai tỉnh Thái Nguyên và Bắc Kạn trước hợp nhất).

Trong tháng 10, chỉ số sản xuất công nghiệp (IIP) ước tăng 3,8% so với tháng trước và tăng 9,6% so với cùng kỳ năm 2024. Tính chung 10 tháng, IIP tăng 8,9%; trong đó khu vực Bắc Kạn cũ tăng 11,5%. Giá trị sản xuất công nghiệp 10 tháng ước đạt 807.300 tỷ đồng, bằng 83,2% kế hoạch năm.

Kim ngạch xuất khẩu tháng 10 ước đạt 2,86 tỷ USD; lũy kế 10 tháng đạt 27,4 tỷ USD, tăng 3,2% so với cùng kỳ, bằng 82,1% kế hoạch. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 10 tháng đạt 42.150 tỷ đồng, tăng 12,4%. Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,21% so với tháng trước; bình quân 10 tháng tăng 3,05% so với cùng kỳ.

Đến ngày 31/10/2025, toàn tỉnh giải ngân vốn đầu tư công được 6.215 tỷ đồng, đạt 61,4% kế hoạch Thủ tướng Chính phủ giao; riêng khu vực Bắc Kạn cũ mới đạt 48,7%.

Vụ mùa năm 2025, toàn tỉnh gieo cấy 58.900 ha lúa, năng suất ước đạt 52,6 tạ/ha, sản lượng ước đạt 309.800 tấn. Sản lượng chè búp tươi 10 tháng đạt 262.500 tấn, tăng 4,7%.

Tại phường Phan Đình Phùng, trung tâm hành chính của tỉnh, thu ngân sách 10 tháng đạt 1.842 tỷ đồng, bằng 96,5% dự toán năm.

Toàn tỉnh đã giải quyết việc làm cho 26.850 lao động, đạt 97,6% kế hoạch năm. Hiện toàn tỉnh còn 15.420 hộ nghèo, trong đó khu vực Bắc Kạn cũ chiếm 9.860 hộ.

Sản xuất điện thoại tại Công ty Samsung Electronics Việt Nam Thái Nguyên (Khu công nghiệp Yên Bình). Ảnh: T.L

Hai tháng cuối năm, tỉnh phấn đấu tăng trưởng GRDP cả năm đạt 8% trở lên; thu ngân sách cả năm đạt khoảng 21.500 tỷ đồng; giải ngân 100% kế hoạch vốn đầu tư công được giao.

Thu Hằng

Lượt xem: 856

Tin liên quan
- Thái Nguyên: 9 tháng GRDP tăng 8,13% (06/10/2025)
- Khánh thành cầu Gia Bảy mới trên Quốc lộ 3 (30/10/2025)

Giấy phép số 98/GP-BTTTT. Điện thoại: 0208.3855.865
'''
META = {'published': '2025-11-05', 'locality': 'tỉnh Thái Nguyên'}
DEFAULTS = {'locality': 'tỉnh Thái Nguyên', 'period': '2025-10M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
IIP = {'indicator': 'industrial_production_index'}
BR = {'indicator': 'budget_revenue'}
EX = {'indicator': 'export_value'}
PD = {'indicator': 'public_investment_disbursement'}
BK = {'locality': 'tỉnh Bắc Kạn'}
M10 = {'period': '2025-M10'}
Y = {'period': '2025'}
N25 = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('Nguyên đạt 19.640 tỷ đồng', '19.640 tỷ đồng', 'level', 'VND', d(BR)),
 ('tỉnh đạt 19.640 tỷ đồng', '19.640 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 112,6% dự toán', '112,6%', 'attainment', '%', d(BR, T)),
 ('tăng 27,3%', '27,3%', 'change', '%', d(BR, U, SP)),
 ('ước tăng 3,8%', '3,8%', 'change', '%', d(E, U, PP, IIP, M10)),
 ('tăng 9,6%', '9,6%', 'change', '%', d(E, U, SP, IIP, M10)),
 ('IIP tăng 8,9%', '8,9%', 'change', '%', d(U, IIP)),
 ('tăng 11,5%', '11,5%', 'change', '%', d(U, IIP, BK)),
 ('ước đạt 807.300 tỷ đồng', '807.300 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('bằng 83,2% kế hoạch', '83,2%', 'attainment', '%', d(E, T, indicator='industrial_output_value')),
 ('ước đạt 2,86 tỷ USD', '2,86 tỷ USD', 'level', 'USD', d(E, EX, M10)),
 ('đạt 27,4 tỷ USD', '27,4 tỷ USD', 'level', 'USD', d(EX)),
 ('tăng 3,2% so với cùng kỳ', '3,2%', 'change', '%', d(U, SP, EX)),
 ('bằng 82,1% kế hoạch', '82,1%', 'attainment', '%', d(T, EX)),
 ('đạt 42.150 tỷ đồng', '42.150 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('tăng 12,4%', '12,4%', 'change', '%', d(U, indicator='retail_sales')),
 ('tăng 0,21%', '0,21%', 'change', '%', d(U, PP, M10, indicator='cpi')),
 ('tăng 3,05%', '3,05%', 'change', '%', d(U, SP, indicator='cpi')),
 ('được 6.215 tỷ đồng', '6.215 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 61,4% kế hoạch', '61,4%', 'attainment', '%', d(PD, T)),
 ('đạt 48,7%', '48,7%', 'attainment', '%', d(PD, T, BK)),
 ('cấy 58.900 ha', '58.900 ha', 'level', 'ha', d(Y, indicator='crop_area')),
 ('đạt 52,6 tạ/ha', '52,6 tạ/ha', 'level', 'tạ/ha', d(Y, E)),
 ('đạt 309.800 tấn', '309.800 tấn', 'level', 'tấn', d(Y, E, indicator='rice_output')),
 ('đạt 262.500 tấn', '262.500 tấn', 'level', 'tấn', d()),
 ('tăng 4,7%', '4,7%', 'change', '%', d(U)),
 ('đạt 1.842 tỷ đồng', '1.842 tỷ đồng', 'level', 'VND', d(BR, locality='phường Phan Đình Phùng')),
 ('bằng 96,5% dự toán', '96,5%', 'attainment', '%', d(BR, T, locality='phường Phan Đình Phùng')),
 ('cho 26.850 lao động', '26.850', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 97,6% kế hoạch', '97,6%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('còn 15.420 hộ', '15.420', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 9.860 hộ', '9.860', 'level', 'hộ', d(BK, indicator='poor_households')),
 ('đạt 8% trở lên', '8%', 'level', '%', d(N25, indicator='grdp_growth', bound='at_least')),
 ('khoảng 21.500 tỷ đồng', '21.500 tỷ đồng', 'level', 'VND', d(N25, BR, bound='about')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', d(N25, PD, T)),
]
