TEXT = '''
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Đồng Nai cuối tuần
Thứ Hai, 08/04/2024, 17:05 (GMT+7)

Kinh tế

Trảng Bom: Thu hút 41,6 triệu USD vốn FDI trong quý I

ĐNO - Theo UBND huyện Trảng Bom, quý I/2024, giá trị sản xuất công nghiệp trên địa bàn huyện ước đạt 21.460 tỷ đồng, tăng 7,4% so với cùng kỳ, đạt 23,1% kế hoạch năm.

Trong quý, huyện thu hút 5 dự án đầu tư nước ngoài mới với tổng vốn đăng ký 18,2 triệu USD và 7 lượt dự án điều chỉnh tăng vốn với 23,4 triệu USD, nâng tổng vốn FDI thu hút trong quý lên 41,6 triệu USD, gấp 2,3 lần cùng kỳ năm 2023. Vốn đầu tư trong nước thu hút 2 dự án với tổng vốn 1.050 tỷ đồng. Các khu công nghiệp Bàu Xéo, Sông Mây, Hố Nai và Trảng Bom hiện có tỷ lệ lấp đầy lần lượt là 100%, 98,5%, 97,2% và 64,3%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ quý I ước đạt 9.870 tỷ đồng, tăng 10,2%; riêng tháng 3 đạt 3.140 tỷ đồng, giảm 6,8% so với tháng 2 do sức mua sau Tết giảm. Thu ngân sách nhà nước quý I đạt 612,4 tỷ đồng, bằng 28,7% dự toán tỉnh giao, bằng 94,2% so với cùng kỳ. Chi ngân sách 286,5 tỷ đồng.

Sản xuất tại một doanh nghiệp FDI ở KCN Sông Mây. Ảnh: HẢI QUÂN

Về nông nghiệp, tổng đàn heo 198.000 con, giảm 2,1% so với cùng kỳ; đàn gà 3,6 triệu con. Diện tích cây ăn trái 9.840 ha, trong đó sầu riêng 2.350 ha, chôm chôm 1.620 ha; giá sầu riêng Ri6 tại vườn 65.000 - 72.000 đồng/kg, cao gấp rưỡi cùng kỳ.

Quý I, huyện giải quyết việc làm cho 4.320 lượt lao động; tổ chức 3 phiên giao dịch việc làm. Dịp Tết Nguyên đán Giáp Thìn, các cấp, ngành đã trao 12.650 phần quà cho hộ nghèo, gia đình chính sách, công nhân khó khăn với tổng trị giá hơn 9,4 tỷ đồng. Tội phạm về trật tự xã hội xảy ra 48 vụ, giảm 9 vụ (-15,8%) so với cùng kỳ; điều tra làm rõ 41 vụ, đạt 85,4%.

Quý II, huyện phấn đấu giá trị sản xuất công nghiệp tăng 7 - 8% so với cùng kỳ; thu ngân sách đến ngày 30/6 đạt từ 50% dự toán trở lên; giải ngân vốn đầu tư công đến cuối tháng 6 đạt ít nhất 40% kế hoạch.

HẢI QUÂN

Tin khác:
- Long Thành: 3 tháng thu ngân sách đạt 31% dự toán (05/04/2024)
- Cao tốc Dầu Giây - Phan Thiết: lượng xe tăng 20% dịp lễ
- Trảng Bom khởi công đường Hùng Vương nối dài 4,2 km

Báo Đồng Nai. Giấy phép số 86/GP-BTTTT. Địa chỉ: 81 đường 30-4, phường Thanh Bình, TP.Biên Hòa. Điện thoại: 0251.3941.168
'''
META = {'published': '2024-04-08', 'locality': 'huyện Trảng Bom'}
DEFAULTS = {'locality': 'huyện Trảng Bom', 'period': '2024-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
IND = {'indicator': 'industrial_output_value'}
FDI = {'indicator': 'fdi'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('Thu hút 41,6 triệu USD', '41,6 triệu USD', 'level', 'USD', d(FDI)),
 ('ước đạt 21.460 tỷ đồng', '21.460 tỷ đồng', 'level', 'VND', d(E, IND)),
 ('tăng 7,4%', '7,4%', 'change', '%', d(E, U, SP, IND)),
 ('đạt 23,1% kế hoạch', '23,1%', 'attainment', '%', d(E, TB, IND)),
 ('thu hút 5 dự án', '5', 'level', 'dự án', d()),
 ('ký 18,2 triệu USD', '18,2 triệu USD', 'level', 'USD', d(FDI)),
 ('7 lượt dự án', '7', 'level', 'lượt dự án', d()),
 ('với 23,4 triệu USD', '23,4 triệu USD', 'level', 'USD', d(FDI)),
 ('lên 41,6 triệu USD', '41,6 triệu USD', 'level', 'USD', d(U, FDI)),
 ('gấp 2,3 lần', '2,3', 'change', 'lần', d(U, SP, FDI)),
 ('thu hút 2 dự án', '2', 'level', 'dự án', d()),
 ('vốn 1.050 tỷ đồng', '1.050 tỷ đồng', 'level', 'VND', d()),
 ('lần lượt là 100%', '100%', 'level', '%', d()),
 ('98,5%', '98,5%', 'level', '%', d()),
 ('97,2%', '97,2%', 'level', '%', d()),
 ('64,3%', '64,3%', 'level', '%', d()),
 ('ước đạt 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 10,2%', '10,2%', 'change', '%', d(E, U, indicator='retail_sales')),
 ('đạt 3.140 tỷ đồng', '3.140 tỷ đồng', 'level', 'VND', d(indicator='retail_sales', period='2024-M03')),
 ('giảm 6,8%', '6,8%', 'change', '%', d(D, PP, indicator='retail_sales', period='2024-M03')),
 ('đạt 612,4 tỷ đồng', '612,4 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 28,7% dự toán', '28,7%', 'attainment', '%', d(TB, BR)),
 ('bằng 94,2% so với cùng kỳ', '94,2%', 'attainment', '%', d(SP, BR)),
 ('sách 286,5 tỷ đồng', '286,5 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('heo 198.000 con', '198.000', 'level', 'con', d()),
 ('giảm 2,1%', '2,1%', 'change', '%', d(D, SP)),
 ('gà 3,6 triệu con', '3,6 triệu con', 'level', 'con', d()),
 ('trái 9.840 ha', '9.840 ha', 'level', 'ha', d()),
 ('riêng 2.350 ha', '2.350 ha', 'level', 'ha', d()),
 ('chôm chôm 1.620 ha', '1.620 ha', 'level', 'ha', d()),
 ('vườn 65.000 - 72.000 đồng/kg', '65.000 - 72.000 đồng/kg', 'level', 'VND/kg', d()),
 ('cao gấp rưỡi', 'gấp rưỡi', 'change', 'lần', d(U, SP, value=1.5)),
 ('cho 4.320 lượt lao động', '4.320', 'level', 'lượt lao động', d(indicator='jobs_created')),
 ('tổ chức 3 phiên', '3', 'level', 'phiên', d(optional=True)),
 ('trao 12.650 phần quà', '12.650', 'level', 'phần quà', d()),
 ('hơn 9,4 tỷ đồng', '9,4 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('xảy ra 48 vụ', '48', 'level', 'vụ', d(indicator='crime')),
 ('giảm 9 vụ', '9', 'change', 'vụ', d(D, SP, indicator='crime')),
 ('(-15,8%)', '15,8%', 'change', '%', d(D, SP, indicator='crime')),
 ('làm rõ 41 vụ', '41', 'level', 'vụ', d()),
 ('đạt 85,4%', '85,4%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('tăng 7 - 8%', '7 - 8%', 'change', '%', d(U, SP, IND, modality='target', period='2024-Q2')),
 ('từ 50% dự toán', '50%', 'attainment', '%', d(TB, BR, modality='target', period='2024-H1', bound='at_least')),
 ('ít nhất 40% kế hoạch', '40%', 'attainment', '%', d(TB, indicator='public_investment_disbursement', modality='target', period='2024-H1', bound='at_least')),
]
