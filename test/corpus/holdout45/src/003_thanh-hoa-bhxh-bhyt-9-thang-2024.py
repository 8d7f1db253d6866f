TEXT = '''
BẢO HIỂM XÃ HỘI TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Tin hoạt động ngành

Thanh Hóa: 9 tháng năm 2024, tỷ lệ bao phủ BHYT đạt 91,8% dân số

Đăng ngày: 08/10/2024 09:15 | Lượt xem: 2.412

Chiều 7/10, BHXH tỉnh Thanh Hóa tổ chức hội nghị giao ban trực tuyến với BHXH 26 huyện, thị xã, thành phố đánh giá kết quả thực hiện nhiệm vụ 9 tháng và triển khai nhiệm vụ quý IV/2024.

Theo báo cáo, đến ngày 30/9/2024, toàn tỉnh có 3.341.200 người tham gia BHYT, đạt tỷ lệ bao phủ 91,8% dân số, tăng 0,6 điểm phần trăm so với cùng kỳ nhưng mới bằng 98,2% chỉ tiêu được giao (93,5%). Số người tham gia BHXH là 587.600 người, chiếm 26,1% lực lượng lao động trong độ tuổi; trong đó BHXH tự nguyện 156.300 người, tăng 21.400 người so với cùng kỳ năm 2023.

Kết quả phát triển người tham gia đến ngày 30/9/2024:

Loại hình | Kế hoạch năm 2024 (người) | Thực hiện (người) | Tỷ lệ so với kế hoạch (%)
BHXH bắt buộc | 445.000 | 431.300 | 96,9
BHXH tự nguyện | 185.000 | 156.300 | 84,5
Bảo hiểm thất nghiệp | 412.000 | 402.100 | 97,6
Bảo hiểm y tế | 3.420.000 | 3.341.200 | 97,7

Toàn tỉnh có 9/26 địa phương cấp huyện đạt tỷ lệ bao phủ BHYT trên 95%; thấp nhất là huyện Quảng Xương (85,3%) và thị xã Nghi Sơn (86,1%), nơi nhiều lao động tự do, ngư dân chưa tham gia.

Tổng số thu BHXH, BHYT, BHTN 9 tháng đạt 9.862 tỷ đồng, bằng 71,4% kế hoạch, tăng 8,9% so với cùng kỳ. Số tiền chậm đóng đến ngày 30/9 là 328 tỷ đồng, chiếm 2,4% số phải thu, giảm 0,5 điểm phần trăm so với cuối năm 2023. Có 12 doanh nghiệp nợ BHXH từ 6 tháng trở lên đã bị chuyển hồ sơ sang cơ quan công an để xem xét theo Điều 216 Bộ luật Hình sự.

Trong 9 tháng, toàn ngành đã giải quyết cho 2.145 người hưởng lương hưu, trợ cấp BHXH hằng tháng; 61.850 lượt người hưởng trợ cấp một lần, ốm đau, thai sản; thanh toán chi phí cho 4,82 triệu lượt người khám, chữa bệnh BHYT với số tiền 4.216 tỷ đồng.

Ảnh: Người dân làm thủ tục tại bộ phận một cửa BHXH thành phố Thanh Hóa, số 85 Lê Lai, phường Đông Sơn. Ảnh: Minh Hằng

Phát biểu chỉ đạo, Giám đốc BHXH tỉnh Lê Văn Quang yêu cầu quý IV, các đơn vị phát triển thêm khoảng 78.800 người tham gia BHYT để cả năm đạt tỷ lệ bao phủ 93,5% dân số như chỉ tiêu Nghị quyết HĐND tỉnh; giảm tỷ lệ chậm đóng xuống dưới 1,9%.

Minh Hằng (BHXH tỉnh)

Tin khác
- BHXH Thanh Hóa chi trả lương hưu tháng 10/2024 qua tài khoản cho 92% người hưởng
- Tháng 9: Thêm 4.120 người tham gia BHXH tự nguyện

Bảo hiểm xã hội tỉnh Thanh Hóa - Địa chỉ: 25 Hạc Thành, phường Điện Biên, TP. Thanh Hóa. Tổng đài: 1900 9068.
'''
META = {'published': '2024-10-08', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2024-M09', 'modality': 'actual'}
H = {'indicator': 'health_insurance_coverage'}
X = {'indicator': 'social_insurance_coverage'}
N = {'period': '2024-9M'}
T = {'period': '2024', 'modality': 'target'}
P = 'người'
FIGS = [
 ('BHXH 26 huyện', '26', 'level', 'huyện', dict(optional=True)),
 ('tỷ lệ bao phủ BHYT đạt 91,8%', '91,8%', 'level', '%', dict(H, **N)),
 ('có 3.341.200 người', '3.341.200', 'level', P, dict(H)),
 ('bao phủ 91,8% dân số,', '91,8%', 'level', '%', dict(H)),
 ('tăng 0,6 điểm phần trăm', '0,6 điểm phần trăm', 'change', 'điểm %', dict(H, direction='up', base='same_period')),
 ('bằng 98,2% chỉ tiêu', '98,2%', 'attainment', '%', dict(H, base='target')),
 ('giao (93,5%)', '93,5%', 'level', '%', dict(H, **T)),
 ('là 587.600 người', '587.600', 'level', P, dict(X)),
 ('chiếm 26,1%', '26,1%', 'level', '%', dict(X)),
 ('nguyện 156.300 người', '156.300', 'level', P, dict(X)),
 ('tăng 21.400 người', '21.400', 'change', P, dict(X, direction='up', base='same_period')),
 ('| 445.000 |', '445.000', 'level', P, dict(X, **T)),
 ('| 431.300 |', '431.300', 'level', P, dict(X)),
 ('| 96,9', '96,9', 'attainment', '%', dict(X, base='target')),
 ('| 185.000 |', '185.000', 'level', P, dict(X, **T)),
 ('| 156.300 |', '156.300', 'level', P, dict(X)),
 ('| 84,5', '84,5', 'attainment', '%', dict(X, base='target')),
 ('| 412.000 |', '412.000', 'level', P, dict(T)),
 ('| 402.100 |', '402.100', 'level', P, dict()),
 ('| 97,6', '97,6', 'attainment', '%', dict(base='target')),
 ('| 3.420.000 |', '3.420.000', 'level', P, dict(H, **T)),
 ('| 3.341.200 |', '3.341.200', 'level', P, dict(H)),
 ('| 97,7', '97,7', 'attainment', '%', dict(H, base='target')),
 ('có 9/26 địa phương', '9/26', 'ratio', 'địa phương', dict(N)),
 ('Xương (85,3%)', '85,3%', 'level', '%', dict(H, **N, locality='huyện Quảng Xương')),
 ('Sơn (86,1%)', '86,1%', 'level', '%', dict(H, **N, locality='thị xã Nghi Sơn')),
 ('đạt 9.862 tỷ đồng', '9.862 tỷ đồng', 'level', 'VND', dict(N)),
 ('bằng 71,4% kế hoạch', '71,4%', 'attainment', '%', dict(N, base='target')),
 ('tăng 8,9% so với cùng kỳ', '8,9%', 'change', '%', dict(N, direction='up', base='same_period')),
 ('là 328 tỷ đồng', '328 tỷ đồng', 'level', 'VND', dict()),
 ('chiếm 2,4%', '2,4%', 'level', '%', dict()),
 ('giảm 0,5 điểm phần trăm', '0,5 điểm phần trăm', 'change', 'điểm %', dict(direction='down', base='2023')),
 ('Có 12 doanh nghiệp', '12', 'level', 'doanh nghiệp', dict()),
 ('cho 2.145 người', '2.145', 'level', P, dict(N)),
 ('61.850 lượt người', '61.850', 'level', 'lượt người', dict(N)),
 ('cho 4,82 triệu lượt người', '4,82 triệu', 'level', 'lượt người', dict(N)),
 ('tiền 4.216 tỷ đồng', '4.216 tỷ đồng', 'level', 'VND', dict(N)),
 ('khoảng 78.800 người', '78.800', 'level', P, dict(H, period='2024-Q4', modality='target', bound='about')),
 ('bao phủ 93,5% dân số', '93,5%', 'level', '%', dict(H, **T)),
 ('dưới 1,9%', '1,9%', 'level', '%', dict(period='2024-Q4', modality='target', direction='down', bound='under')),
]
