TEXT = '''
BÁO LẠNG SƠN
Thứ năm, ngày 10/10/2024 07:25

Kinh tế - Xã hội

Tỷ lệ bao phủ bảo hiểm y tế đạt 96,2% dân số

LSO - Tính đến ngày 30/9/2024, toàn tỉnh có 728.460 người tham gia bảo hiểm y tế (BHYT), đạt tỷ lệ bao phủ 96,2% dân số; số người tham gia bảo hiểm xã hội (BHXH) là 96.850 người, chiếm 18,9% lực lượng lao động trong độ tuổi.

Theo Bảo hiểm xã hội tỉnh, 9 tháng đầu năm, ngành đã phối hợp với các sở, ngành, UBND các huyện, thành phố đẩy mạnh tuyên truyền, vận động người dân tham gia BHXH tự nguyện, BHYT hộ gia đình; tăng cường thanh tra, kiểm tra việc đóng BHXH, BHYT, bảo hiểm thất nghiệp (BHTN) tại các doanh nghiệp.

Kết quả phát triển người tham gia đến ngày 30/9/2024 như sau:

Loại hình | Kế hoạch năm 2024 (người) | Thực hiện (người) | So với kế hoạch (%) | Tăng so với cùng kỳ (%)
BHXH bắt buộc | 78.500 | 74.915 | 95,4 | 3,1
BHXH tự nguyện | 24.000 | 21.935 | 91,4 | 12,6
Bảo hiểm thất nghiệp | 68.200 | 65.480 | 96,0 | 2,7
Bảo hiểm y tế | 742.000 | 728.460 | 98,2 | 0,8

Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHTN đạt 12,8%. Tỷ lệ bao phủ BHYT đạt 96,2%, vượt 0,2 điểm phần trăm chỉ tiêu Nghị quyết HĐND tỉnh giao (96%). Tuy nhiên, một số địa phương có tỷ lệ bao phủ thấp như huyện Lộc Bình 93,8%, huyện Đình Lập 94,1%.

Người dân giao dịch tại bộ phận một cửa Bảo hiểm xã hội tỉnh (số 32 đường Bà Triệu, phường Vĩnh Trại). Ảnh: LSO

Tổng số thu BHXH, BHYT, BHTN 9 tháng ước đạt 1.652 tỷ đồng, đạt 72,5% kế hoạch, tăng 9,4% so với cùng kỳ năm 2023. Số tiền chậm đóng đến ngày 30/9 là 48,6 tỷ đồng, chiếm 3,9% số phải thu; trong đó 27 đơn vị nợ từ 3 tháng trở lên đã được chuyển hồ sơ đề nghị thanh tra.

Công tác giải quyết, chi trả các chế độ được thực hiện kịp thời. Trong 9 tháng, ngành giải quyết cho 1.284 người hưởng lương hưu, trợ cấp BHXH hằng tháng; 36.420 lượt người hưởng trợ cấp ốm đau, thai sản, dưỡng sức phục hồi sức khỏe; 2.915 người hưởng trợ cấp thất nghiệp. Tổng số tiền chi trả các chế độ khoảng 2.380 tỷ đồng.

Để hoàn thành kế hoạch năm, trong quý IV, ngành phấn đấu phát triển thêm 3.600 người tham gia BHXH bắt buộc và 2.100 người tham gia BHXH tự nguyện; đến hết năm 2024, tỷ lệ bao phủ BHYT đạt 96,5%.

MINH ANH

Tin cùng chuyên mục
- Hơn 4.000 lượt người được tư vấn việc làm tại Sàn giao dịch việc làm
- Chi trả lương hưu tháng 10 qua tài khoản cá nhân
- Lộc Bình: 12 xã ra mắt tổ BHXH tự nguyện

Đường dây nóng: 0205.3812.168 | Email: baolangson@gmail.com
'''
META = {'published': '2024-10-10', 'locality': 'tỉnh Lạng Sơn'}
DEFAULTS = {'locality': 'tỉnh Lạng Sơn', 'period': '2024-M09', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
M9 = {'period': '2024-9M'}
SI = {'indicator': 'social_insurance_coverage'}
HI = {'indicator': 'health_insurance_coverage'}
T = {'period': '2024', 'modality': 'target'}
Q4 = {'period': '2024-Q4', 'modality': 'target'}
UP = {'direction': 'up', 'base': 'same_period'}
FIGS = [
 ('bao phủ bảo hiểm y tế đạt 96,2%', '96,2%', 'level', '%', d(HI)),
 ('có 728.460 người', '728.460', 'level', 'người', d(HI)),
 ('phủ 96,2% dân số;', '96,2%', 'level', '%', d(HI)),
 ('là 96.850 người', '96.850', 'level', 'người', d(SI)),
 ('chiếm 18,9%', '18,9%', 'level', '%', d(SI)),
 ('| 78.500 |', '78.500', 'level', 'người', d(SI, T)),
 ('| 74.915 |', '74.915', 'level', 'người', d(SI)),
 ('| 95,4 |', '95,4', 'attainment', '%', d(SI, base='target')),
 ('| 3,1\n', '3,1', 'change', '%', d(SI, UP)),
 ('| 24.000 |', '24.000', 'level', 'người', d(SI, T)),
 ('| 21.935 |', '21.935', 'level', 'người', d(SI)),
 ('| 91,4 |', '91,4', 'attainment', '%', d(SI, base='target')),
 ('| 12,6\n', '12,6', 'change', '%', d(SI, UP)),
 ('| 68.200 |', '68.200', 'level', 'người', d(T)),
 ('| 65.480 |', '65.480', 'level', 'người', d()),
 ('| 96,0 |', '96,0', 'attainment', '%', d(base='target')),
 ('| 2,7\n', '2,7', 'change', '%', d(UP)),
 ('| 742.000 |', '742.000', 'level', 'người', d(HI, T)),
 ('| 728.460 |', '728.460', 'level', 'người', d(HI)),
 ('| 98,2 |', '98,2', 'attainment', '%', d(HI, base='target')),
 ('| 0,8\n', '0,8', 'change', '%', d(HI, UP)),
 ('đạt 12,8%', '12,8%', 'level', '%', d()),
 ('BHYT đạt 96,2%, vượt', '96,2%', 'level', '%', d(HI)),
 ('vượt 0,2 điểm phần trăm', '0,2 điểm phần trăm', 'change', 'điểm %', d(HI, direction='up', base='target', status='exceeded')),
 ('(96%)', '96%', 'level', '%', d(HI, T)),
 ('Bình 93,8%', '93,8%', 'level', '%', d(HI, locality='huyện Lộc Bình')),
 ('Lập 94,1%', '94,1%', 'level', '%', d(HI, locality='huyện Đình Lập')),
 ('đạt 1.652 tỷ đồng', '1.652 tỷ đồng', 'level', 'VND', d(M9, modality='estimate')),
 ('đạt 72,5% kế hoạch', '72,5%', 'attainment', '%', d(M9, modality='estimate', base='target')),
 ('tăng 9,4%', '9,4%', 'change', '%', d(M9, UP, modality='estimate')),
 ('là 48,6 tỷ đồng', '48,6 tỷ đồng', 'level', 'VND', d()),
 ('chiếm 3,9%', '3,9%', 'level', '%', d()),
 ('trong đó 27 đơn vị', '27', 'level', 'đơn vị', d()),
 ('cho 1.284 người', '1.284', 'level', 'người', d(M9)),
 ('36.420 lượt người', '36.420', 'level', 'lượt người', d(M9)),
 ('2.915 người', '2.915', 'level', 'người', d(M9)),
 ('khoảng 2.380 tỷ đồng', '2.380 tỷ đồng', 'level', 'VND', d(M9, bound='about')),
 ('thêm 3.600 người', '3.600', 'level', 'người', d(SI, Q4)),
 ('và 2.100 người', '2.100', 'level', 'người', d(SI, Q4)),
 ('đạt 96,5%', '96,5%', 'level', '%', d(HI, T)),
]
