TEXT = '''
THỐNG KÊ THÀNH PHỐ HỒ CHÍ MINH
Trang chủ | Giới thiệu | Số liệu thống kê | Tình hình kinh tế - xã hội | Liên hệ

Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2025 Thành phố Hồ Chí Minh

Cập nhật: 06/11/2025 08:45 | Lượt xem: 2.418

Tháng 10/2025 là tháng thứ tư Thành phố Hồ Chí Minh vận hành theo mô hình chính quyền địa phương hai cấp sau khi hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu theo Nghị quyết số 202/2025/QH15. Số liệu so sánh cùng kỳ năm 2024 được tính gộp trên địa bàn ba tỉnh, thành phố cũ; Thành phố hiện có 168 phường, xã, đặc khu.

1. Sản xuất công nghiệp

Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 10/2025 ước tăng 2,8% so với tháng trước và tăng 9,6% so với cùng tháng năm trước. Tính chung 10 tháng, IIP ước tăng 8,1% so với cùng kỳ; riêng khu vực Bình Dương cũ ước tăng 10,2%, khu vực Bà Rịa - Vũng Tàu cũ chỉ tăng 3,4% do sản lượng khai thác dầu thô giảm.

Bốn ngành công nghiệp trọng điểm (cơ khí, hóa chất - cao su - nhựa, điện tử - công nghệ thông tin, chế biến lương thực thực phẩm) chiếm 41,3% giá trị toàn ngành chế biến, chế tạo.

2. Thương mại, dịch vụ

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 141.860 tỷ đồng, tăng 1,9% so với tháng trước. Lũy kế 10 tháng ước đạt 1.364.520 tỷ đồng, tăng 14,7% so với cùng kỳ.

3. Xuất, nhập khẩu

Kim ngạch xuất khẩu hàng hóa trên địa bàn tháng 10 ước đạt 8,92 tỷ USD, tăng 4,1% so với tháng trước. Lũy kế 10 tháng, kim ngạch xuất khẩu ước đạt 83,65 tỷ USD, tăng 12,3% so với cùng kỳ; khu vực có vốn đầu tư nước ngoài đạt 58,41 tỷ USD, chiếm 69,8%. Riêng khu vực Bình Dương cũ xuất khẩu 29,74 tỷ USD, tăng 15,1% so với cùng kỳ.

Kim ngạch nhập khẩu 10 tháng ước đạt 76,28 tỷ USD, tăng 10,6% so với cùng kỳ. Cán cân thương mại hàng hóa 10 tháng xuất siêu 7,37 tỷ USD, cao hơn mức 5,73 tỷ USD của cùng kỳ năm 2024.

4. Thu hút đầu tư

Tính từ đầu năm đến ngày 31/10/2025, thu hút đầu tư trực tiếp nước ngoài trên địa bàn Thành phố đạt 8,14 tỷ USD, tăng 41,5% so với cùng kỳ. Trong đó, cấp mới 1.412 dự án với tổng vốn đăng ký 2,96 tỷ USD; 318 lượt dự án điều chỉnh tăng vốn thêm 3,05 tỷ USD; 2.730 lượt góp vốn, mua cổ phần, mua phần vốn góp với tổng giá trị 2,13 tỷ USD.

Lũy kế đến ngày 31/10/2025, trên địa bàn Thành phố có 17.960 dự án đầu tư nước ngoài còn hiệu lực với tổng vốn đăng ký 112,4 tỷ USD.

Trong 10 tháng, có 61.250 doanh nghiệp đăng ký thành lập mới, tăng 18,2% so với cùng kỳ, với tổng vốn đăng ký 598.300 tỷ đồng.

5. Thu, chi ngân sách

Tổng thu ngân sách nhà nước trên địa bàn 10 tháng ước đạt 601.450 tỷ đồng, bằng 89,6% dự toán năm và tăng 31,2% so với cùng kỳ. Trong đó, thu nội địa ước 451.270 tỷ đồng; thu từ hoạt động xuất nhập khẩu 118.560 tỷ đồng; thu từ dầu thô 31.620 tỷ đồng. Riêng khu vực Bình Dương cũ thu 64.980 tỷ đồng và khu vực Bà Rịa - Vũng Tàu cũ thu 79.340 tỷ đồng.

Tổng chi ngân sách địa phương 10 tháng ước 268.900 tỷ đồng, bằng 61,4% dự toán.

6. Giải ngân vốn đầu tư công

Đến ngày 31/10/2025, Thành phố giải ngân vốn đầu tư công được 71.380 tỷ đồng, đạt 47,3% kế hoạch vốn giao (kế hoạch 150.900 tỷ đồng). Dự án đường Vành đai 3 và Quốc lộ 13 là hai dự án có khối lượng giải ngân lớn nhất.

7. Lao động, việc làm và an sinh xã hội

Trong 10 tháng, Thành phố giải quyết việc làm cho 412.600 lượt người, đạt 96,1% kế hoạch năm; tạo việc làm mới cho 168.400 người. Số người tham gia bảo hiểm xã hội bắt buộc đến cuối tháng 10 là 3.624.800 người, tăng 3,7% so với cùng kỳ; bảo hiểm xã hội tự nguyện 214.500 người.

8. Giá tiêu dùng

Chỉ số giá tiêu dùng (CPI) tháng 10/2025 tăng 0,21% so với tháng trước và tăng 3,12% so với cùng tháng năm trước. Bình quân 10 tháng, CPI tăng 3,05% so với cùng kỳ.

Một số chỉ tiêu chủ yếu

Chỉ tiêu | Ước tháng 10/2025 | Ước 10 tháng năm 2025 | 10 tháng so với cùng kỳ (%)
Kim ngạch xuất khẩu (triệu USD) | 8.920 | 83.650 | 112,3
Kim ngạch nhập khẩu (triệu USD) | 7.810 | 76.280 | 110,6
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ (tỷ đồng) | 141.860 | 1.364.520 | 114,7

Nguồn: Thống kê Thành phố Hồ Chí Minh. Số liệu 10 tháng là số ước tính, sẽ được cập nhật trong báo cáo tháng 11.

Tin đã đăng:
- Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2025 (06/10/2025)
- Chỉ số giá tiêu dùng tháng 9 tăng 0,4% (29/9/2025)
- Thông cáo báo chí kết quả Tổng điều tra kinh tế năm 2026 (18/9/2025)

Địa chỉ: 29 Hàn Thuyên, phường Sài Gòn, TP.HCM | ĐT: (028) 3829 5671
'''
META = {'published': '2025-11-06', 'locality': 'thành phố Hồ Chí Minh'}
DEFAULTS = {'locality': 'thành phố Hồ Chí Minh', 'period': '2025-10M', 'modality': 'estimate'}
A = {'modality': 'actual'}
M = {'period': '2025-M10'}
BD = {'locality': 'tỉnh Bình Dương'}
VT = {'locality': 'tỉnh Bà Rịa - Vũng Tàu'}
IIP = {'indicator': 'industrial_production_index'}
RS = {'indicator': 'retail_sales'}
EX = {'indicator': 'export_value'}
IM = {'indicator': 'import_value'}
F = {'indicator': 'fdi'}
B = {'indicator': 'budget_revenue'}
X = {'indicator': 'social_insurance_coverage'}
UP = {'direction': 'up'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
FIGS = [
 ('có 168 phường', '168', 'level', 'phường', dict(optional=True)),
 ('ước tăng 2,8%', '2,8%', 'change', '%', dict(M, **IIP, **UP, **PP)),
 ('tăng 9,6% so với cùng tháng', '9,6%', 'change', '%', dict(M, **IIP, **UP, **SP)),
 ('IIP ước tăng 8,1%', '8,1%', 'change', '%', dict(IIP, **UP, **SP)),
 ('ước tăng 10,2%', '10,2%', 'change', '%', dict(IIP, **UP, **BD)),
 ('chỉ tăng 3,4%', '3,4%', 'change', '%', dict(IIP, **UP, **VT)),
 ('chiếm 41,3%', '41,3%', 'level', '%', dict(A)),
 ('ước đạt 141.860 tỷ đồng', '141.860 tỷ đồng', 'level', 'VND', dict(M, **RS)),
 ('tăng 1,9% so với tháng trước', '1,9%', 'change', '%', dict(M, **RS, **UP, **PP)),
 ('ước đạt 1.364.520 tỷ đồng', '1.364.520 tỷ đồng', 'level', 'VND', dict(RS)),
 ('tăng 14,7% so với cùng kỳ', '14,7%', 'change', '%', dict(RS, **UP, **SP)),
 ('ước đạt 8,92 tỷ USD', '8,92 tỷ USD', 'level', 'USD', dict(M, **EX)),
 ('tăng 4,1% so với tháng trước', '4,1%', 'change', '%', dict(M, **EX, **UP, **PP)),
 ('ước đạt 83,65 tỷ USD', '83,65 tỷ USD', 'level', 'USD', dict(EX)),
 ('tăng 12,3% so với cùng kỳ', '12,3%', 'change', '%', dict(EX, **UP, **SP)),
 ('đạt 58,41 tỷ USD', '58,41 tỷ USD', 'level', 'USD', dict(A, **EX)),
 ('chiếm 69,8%', '69,8%', 'level', '%', dict(A, **EX)),
 ('xuất khẩu 29,74 tỷ USD', '29,74 tỷ USD', 'level', 'USD', dict(A, **EX, **BD)),
 ('tăng 15,1% so với cùng kỳ', '15,1%', 'change', '%', dict(A, **EX, **BD, **UP, **SP)),
 ('ước đạt 76,28 tỷ USD', '76,28 tỷ USD', 'level', 'USD', dict(IM)),
 ('tăng 10,6% so với cùng kỳ', '10,6%', 'change', '%', dict(IM, **UP, **SP)),
 ('xuất siêu 7,37 tỷ USD', '7,37 tỷ USD', 'level', 'USD', dict(A)),
 ('mức 5,73 tỷ USD', '5,73 tỷ USD', 'level', 'USD', dict(A, period='2024-10M')),
 ('đạt 8,14 tỷ USD', '8,14 tỷ USD', 'level', 'USD', dict(A, **F)),
 ('tăng 41,5% so với cùng kỳ', '41,5%', 'change', '%', dict(A, **F, **UP, **SP)),
 ('cấp mới 1.412 dự án', '1.412', 'level', 'dự án', dict(A)),
 ('ký 2,96 tỷ USD', '2,96 tỷ USD', 'level', 'USD', dict(A, **F)),
 ('318 lượt dự án', '318', 'level', 'lượt dự án', dict(A)),
 ('thêm 3,05 tỷ USD', '3,05 tỷ USD', 'level', 'USD', dict(A, **F)),
 ('2.730 lượt góp vốn', '2.730', 'level', 'lượt', dict(A)),
 ('giá trị 2,13 tỷ USD', '2,13 tỷ USD', 'level', 'USD', dict(A, **F)),
 ('có 17.960 dự án', '17.960', 'level', 'dự án', dict(A, **M)),
 ('ký 112,4 tỷ USD', '112,4 tỷ USD', 'level', 'USD', dict(A, **M, **F)),
 ('có 61.250 doanh nghiệp', '61.250', 'level', 'doanh nghiệp', dict(A, indicator='new_enterprises')),
 ('tăng 18,2% so với cùng kỳ', '18,2%', 'change', '%', dict(A, indicator='new_enterprises', **UP, **SP)),
 ('ký 598.300 tỷ đồng', '598.300 tỷ đồng', 'level', 'VND', dict(A)),
 ('ước đạt 601.450 tỷ đồng', '601.450 tỷ đồng', 'level', 'VND', dict(B)),
 ('bằng 89,6% dự toán năm', '89,6%', 'attainment', '%', dict(B, base='target')),
 ('tăng 31,2% so với cùng kỳ', '31,2%', 'change', '%', dict(B, **UP, **SP)),
 ('ước 451.270 tỷ đồng', '451.270 tỷ đồng', 'level', 'VND', dict(B)),
 ('khẩu 118.560 tỷ đồng', '118.560 tỷ đồng', 'level', 'VND', dict(A, **B)),
 ('thô 31.620 tỷ đồng', '31.620 tỷ đồng', 'level', 'VND', dict(A, **B)),
 ('thu 64.980 tỷ đồng', '64.980 tỷ đồng', 'level', 'VND', dict(A, **B, **BD)),
 ('thu 79.340 tỷ đồng', '79.340 tỷ đồng', 'level', 'VND', dict(A, **B, **VT)),
 ('ước 268.900 tỷ đồng', '268.900 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 61,4% dự toán', '61,4%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('được 71.380 tỷ đồng', '71.380 tỷ đồng', 'level', 'VND', dict(A, indicator='public_investment_disbursement')),
 ('đạt 47,3% kế hoạch', '47,3%', 'attainment', '%', dict(A, indicator='public_investment_disbursement', base='target')),
 ('hoạch 150.900 tỷ đồng', '150.900 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement', period='2025', modality='target')),
 ('cho 412.600 lượt người', '412.600', 'level', 'lượt người', dict(A, indicator='jobs_created')),
 ('đạt 96,1% kế hoạch năm', '96,1%', 'attainment', '%', dict(A, indicator='jobs_created', base='target')),
 ('cho 168.400 người', '168.400', 'level', 'người', dict(A, indicator='new_jobs')),
 ('là 3.624.800 người', '3.624.800', 'level', 'người', dict(A, **M, **X)),
 ('tăng 3,7% so với cùng kỳ', '3,7%', 'change', '%', dict(A, **M, **X, **UP, **SP)),
 ('nguyện 214.500 người', '214.500', 'level', 'người', dict(A, **M, **X)),
 ('tăng 0,21%', '0,21%', 'change', '%', dict(A, **M, indicator='cpi', **UP, **PP)),
 ('tăng 3,12%', '3,12%', 'change', '%', dict(A, **M, indicator='cpi', **UP, **SP)),
 ('CPI tăng 3,05%', '3,05%', 'change', '%', dict(A, indicator='cpi', **UP, **SP)),
 ('| 8.920 |', '8.920', 'level', 'USD', dict(M, **EX, value=8920000000)),
 ('| 83.650 |', '83.650', 'level', 'USD', dict(EX, value=83650000000)),
 ('| 112,3', '112,3', 'attainment', '%', dict(EX, **SP)),
 ('| 7.810 |', '7.810', 'level', 'USD', dict(M, **IM, value=7810000000)),
 ('| 76.280 |', '76.280', 'level', 'USD', dict(IM, value=76280000000)),
 ('| 110,6', '110,6', 'attainment', '%', dict(IM, **SP)),
 ('| 141.860 |', '141.860', 'level', 'VND', dict(M, **RS, value=141860000000000)),
 ('| 1.364.520 |', '1.364.520', 'level', 'VND', dict(RS, value=1364520000000000)),
 ('| 114,7', '114,7', 'attainment', '%', dict(RS, **SP)),
]
