# Báo Bình Dương, 6/7/2023: the Thành ủy Dĩ An's mid-year conference (2023-H1). "ước" governs its clause up to ";",
# so "; tổng mức bán lẻ … ước đạt" carries its own, and "Kim ngạch xuất khẩu đạt" is actual. The stock of firms is the
# half-year's. "so với cuối năm 2022" is base 2022. A colon line for the road toll with a fronted "so với cùng kỳ" base.
# Three wards "lần lượt là" own their counts. H2 aims naming "cả năm" / "năm 2023" are 2023 targets. The headline's
# "tăng 12,6%" carries no estimate word: actual.
TEXT = '''
BÁO BÌNH DƯƠNG ĐIỆN TỬ
Thứ Năm, 06/07/2023, 17:20 [GMT+7]

Chính trị | Kinh tế | Đô thị | Xã hội | Pháp luật | Văn hóa | Thể thao

Dĩ An: Tổng mức bán lẻ 6 tháng tăng 12,6%

(BDO) Chiều 5-7, Ban Thường vụ Thành ủy Dĩ An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.

Theo báo cáo, 6 tháng đầu năm, giá trị sản xuất công nghiệp trên địa bàn ước đạt 61.820 tỷ đồng, tăng 3,1% so với cùng kỳ; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 52.400 tỷ đồng, tăng 12,6%. Kim ngạch xuất khẩu đạt 2,08 tỷ USD, giảm 8,4%; nhập khẩu 1,46 tỷ USD, giảm 11,2% do đơn hàng của các doanh nghiệp dệt may, đồ gỗ sụt giảm.

Thu ngân sách nhà nước đạt 3.126 tỷ đồng, bằng 45,2% dự toán, giảm 6,9% so với cùng kỳ; trong đó thu nội địa 2.480 tỷ đồng. Thu hút đầu tư trong nước 2.350 tỷ đồng; đầu tư nước ngoài có 6 dự án mới với tổng vốn 28,5 triệu USD và 9 lượt dự án điều chỉnh tăng vốn 41,2 triệu USD. Toàn thành phố có 1.218 doanh nghiệp thành lập mới, tăng 4,5% so với cùng kỳ, nâng tổng số doanh nghiệp đang hoạt động lên 14.870 doanh nghiệp.

Khu công nghiệp Sóng Thần 1 nhìn từ trên cao. Ảnh: QUANG TÁM

Về văn hóa - xã hội, thành phố giải quyết việc làm cho 6.430 lao động, đạt 64,3% kế hoạch; tỷ lệ bao phủ bảo hiểm y tế đạt 91,2%, tăng 1,1 điểm phần trăm so với cuối năm 2022. Hiện thành phố còn 36 hộ nghèo và 122 hộ cận nghèo theo chuẩn của tỉnh; các hộ đều được hỗ trợ vay vốn, bảo hiểm y tế.

Tình hình an ninh trật tự được giữ vững. Phạm pháp hình sự xảy ra 97 vụ, giảm 15 vụ (-13,4%) so với cùng kỳ; điều tra làm rõ 84 vụ, đạt 86,6%. Ba phường An Bình, Đông Hòa và Tân Đông Hiệp có số vụ phạm pháp hình sự nhiều nhất, lần lượt là 18 vụ, 16 vụ và 14 vụ.

Tai nạn giao thông: 11 vụ, chết 9 người, bị thương 6 người; so với cùng kỳ giảm 4 vụ, giảm 3 người chết và tăng 2 người bị thương.

6 tháng cuối năm, thành phố phấn đấu giá trị sản xuất công nghiệp cả năm tăng từ 5% trở lên, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ cả năm tăng 14 - 15%, thu ngân sách đạt 100% dự toán năm 2023. Bí thư Thành ủy Dĩ An yêu cầu đẩy nhanh tiến độ dự án nút giao Sóng Thần và tuyến đường ĐT.743, hoàn thành trước ngày 30-4-2024.

QUANG TÁM

Tin liên quan
- Thuận An: Thu hút hơn 120 triệu USD vốn FDI
- Dĩ An đón Bằng công nhận đô thị loại I
- Tân Uyên khởi công 3 tuyến đường kết nối

Báo Bình Dương: Số 2 Hoàng Văn Thụ, phường Phú Cường, TP.Thủ Dầu Một. Điện thoại: (0274) 3822.546
'''
META = {'published': '2023-07-06', 'locality': 'thành phố Dĩ An'}
DEFAULTS = {'locality': 'thành phố Dĩ An', 'period': '2023-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2023'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
IO = {'indicator': 'industrial_output_value'}
RS = {'indicator': 'retail_sales'}
BR = {'indicator': 'budget_revenue'}
CR = {'indicator': 'crime'}
TA = {'indicator': 'traffic_accidents'}
TD = {'indicator': 'traffic_deaths'}
TI = {'indicator': 'traffic_injuries'}
FDI = {'indicator': 'fdi'}
FIGS = [
 ('6 tháng tăng 12,6%', '12,6%', 'change', '%', d(RS, U)),
 ('ước đạt 61.820 tỷ đồng', '61.820 tỷ đồng', 'level', 'VND', d(E, IO)),
 ('tăng 3,1%', '3,1%', 'change', '%', d(E, IO, U, SP)),
 ('ước đạt 52.400 tỷ đồng', '52.400 tỷ đồng', 'level', 'VND', d(E, RS)),
 ('tăng 12,6%. Kim', '12,6%', 'change', '%', d(E, RS, U)),
 ('đạt 2,08 tỷ USD', '2,08 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('giảm 8,4%', '8,4%', 'change', '%', d(D, indicator='export_value')),
 ('nhập khẩu 1,46 tỷ USD', '1,46 tỷ USD', 'level', 'USD', d(indicator='import_value')),
 ('giảm 11,2%', '11,2%', 'change', '%', d(D, indicator='import_value')),
 ('đạt 3.126 tỷ đồng', '3.126 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 45,2% dự toán', '45,2%', 'attainment', '%', d(BR, TB)),
 ('giảm 6,9%', '6,9%', 'change', '%', d(BR, D, SP)),
 ('nội địa 2.480 tỷ đồng', '2.480 tỷ đồng', 'level', 'VND', d(BR)),
 ('trong nước 2.350 tỷ đồng', '2.350 tỷ đồng', 'level', 'VND', d()),
 ('có 6 dự án mới', '6', 'level', 'dự án', d()),
 ('vốn 28,5 triệu USD', '28,5 triệu USD', 'level', 'USD', d(FDI)),
 ('và 9 lượt dự án', '9', 'level', 'lượt dự án', d()),
 ('vốn 41,2 triệu USD', '41,2 triệu USD', 'level', 'USD', d(FDI)),
 ('có 1.218 doanh nghiệp', '1.218', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 4,5%', '4,5%', 'change', '%', d(U, SP, indicator='new_enterprises')),
 ('lên 14.870 doanh nghiệp', '14.870', 'level', 'doanh nghiệp', d(U)),
 ('cho 6.430 lao động', '6.430', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 64,3% kế hoạch', '64,3%', 'attainment', '%', d(TB, indicator='jobs_created')),
 ('đạt 91,2%', '91,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('tăng 1,1 điểm phần trăm', '1,1 điểm phần trăm', 'change', 'điểm %', d(U, base='2022', indicator='health_insurance_coverage')),
 ('còn 36 hộ nghèo', '36', 'level', 'hộ', d(indicator='poor_households')),
 ('122 hộ cận nghèo', '122', 'level', 'hộ', d()),
 ('xảy ra 97 vụ', '97', 'level', 'vụ', d(CR)),
 ('giảm 15 vụ', '15', 'change', 'vụ', d(CR, D, SP)),
 ('(-13,4%)', '13,4%', 'change', '%', d(CR, D, SP)),
 ('làm rõ 84 vụ', '84', 'level', 'vụ', d()),
 ('đạt 86,6%', '86,6%', 'level', '%', d(indicator='crime_clearance_rate')),
 ('là 18 vụ', '18', 'level', 'vụ', d(CR, locality='phường An Bình')),
 ('16 vụ và', '16', 'level', 'vụ', d(CR, locality='phường Đông Hòa')),
 ('và 14 vụ', '14', 'level', 'vụ', d(CR, locality='phường Tân Đông Hiệp')),
 ('thông: 11 vụ', '11', 'level', 'vụ', d(TA)),
 ('chết 9 người', '9', 'level', 'người', d(TD)),
 ('thương 6 người', '6', 'level', 'người', d(TI)),
 ('giảm 4 vụ', '4', 'change', 'vụ', d(TA, D, SP)),
 ('giảm 3 người chết', '3', 'change', 'người', d(TD, D, SP)),
 ('tăng 2 người bị thương', '2', 'change', 'người', d(TI, U, SP)),
 ('từ 5% trở lên', '5%', 'change', '%', d(T, IO, U, bound='at_least')),
 ('tăng 14 - 15%', '14 - 15%', 'change', '%', d(T, RS, U)),
 ('đạt 100% dự toán', '100%', 'attainment', '%', d(T, BR, TB)),
]
