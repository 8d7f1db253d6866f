NFD = True
# Báo Thanh Hóa, 28/07/2022, stored in NFD: the provincial Labour Federation's first half of 2022 — union members
# admitted, grassroots unions founded, and the unions' drive for social and health insurance. The lead's cut-off "Tính
# đến ngày 30/6/2022" stands stocks at M06 (members in all, participants in BHXH/BHYT and their rates, arrears); flows
# summed to it are H1 (members admitted, unions founded, suits, money). BHXH participants and their share of the labour
# force are social_insurance_coverage, BHYT health_insurance_coverage (holdout45, holdout59); union members, arrears and
# money none. The year's aims under "Phấn đấu đến cuối năm 2022:" are targets of 2022. "Điều 14" of a law is no figure.
TEXT = '''
BÁO THANH HÓA
Thời sự | Kinh tế | Xã hội | Công đoàn | Pháp luật | Văn hóa | Thể thao | Bạn đọc

Công đoàn

6 tháng đầu năm, kết nạp mới 12.460 đoàn viên công đoàn

Thứ năm, 28/07/2022 - 09:15

(Baothanhhoa.vn) - Tính đến ngày 30/6/2022, Liên đoàn Lao động (LĐLĐ) tỉnh đã kết nạp mới 12.460 đoàn viên, đạt 62,3% kế hoạch năm; thành lập 48 công đoàn cơ sở. Tỷ lệ người lao động trong doanh nghiệp tham gia bảo hiểm xã hội (BHXH) đạt 87,6%.

Phát triển đoàn viên gắn với quyền lợi người lao động

Sáng 27/7, LĐLĐ tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2022. Theo báo cáo, 6 tháng qua, các cấp công đoàn kết nạp mới 12.460 đoàn viên, tăng 21,4% so với cùng kỳ năm 2021; thành lập 48 công đoàn cơ sở với 3.915 đoàn viên. Đến nay, toàn tỉnh có 236.800 đoàn viên công đoàn, sinh hoạt tại 3.126 công đoàn cơ sở.

Công đoàn các cấp phối hợp với cơ quan BHXH rà soát, đôn đốc doanh nghiệp đóng BHXH cho người lao động theo Điều 14 của Luật Công đoàn. Tính đến ngày 30/6/2022, toàn tỉnh có 423.500 người tham gia BHXH, chiếm 17,6% lực lượng lao động trong độ tuổi, tăng 1,2 điểm phần trăm so với cùng kỳ; trong đó BHXH tự nguyện 61.240 người, tăng 9.870 người. Số người tham gia bảo hiểm y tế (BHYT) đạt 3,35 triệu người, tỷ lệ bao phủ 91,3% dân số.

Đoàn viên công đoàn Công ty TNHH Giày Annora Việt Nam (Khu kinh tế Nghi Sơn) nhận thẻ BHYT. Ảnh: Tùng Lâm

Tuy nhiên, số tiền nợ đóng BHXH, BHYT, bảo hiểm thất nghiệp vẫn còn 312 tỷ đồng, chiếm 4,1% số phải thu; trong đó nợ kéo dài từ 3 tháng trở lên 186 tỷ đồng. Công đoàn các cấp đã khởi kiện 6 doanh nghiệp nợ đóng BHXH, thu hồi cho người lao động 2,8 tỷ đồng.

Trong 6 tháng, các cấp công đoàn đã thăm hỏi, hỗ trợ 14.600 lượt đoàn viên khó khăn với số tiền 5,6 tỷ đồng; xây dựng, sửa chữa 32 nhà "Mái ấm Công đoàn".

Phấn đấu đến cuối năm 2022:
- Kết nạp 20.000 đoàn viên, thành lập 80 công đoàn cơ sở;
- Tỷ lệ lực lượng lao động tham gia BHXH đạt 19,5%;
- Tỷ lệ bao phủ BHYT đạt 92,5% dân số trở lên.

Lê Hà

Tin khác
- Công đoàn ngành Y tế trao 150 suất quà cho đoàn viên
- LĐLĐ huyện Quảng Xương tổ chức "Tháng Công nhân" năm 2022
- Hotline: 0237.3852.336
'''
META = {'published': '2022-07-28', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2022-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
TB = {'base': 'target'}
SP = {'base': 'same_period'}
M06 = {'period': '2022-M06'}
SI = {'indicator': 'social_insurance_coverage'}
HI = {'indicator': 'health_insurance_coverage'}
T = {'modality': 'target', 'period': '2022'}
FIGS = [
 ('kết nạp mới 12.460 đoàn viên công đoàn', '12.460', 'level', 'đoàn viên', d()),
 ('kết nạp mới 12.460 đoàn viên, đạt', '12.460', 'level', 'đoàn viên', d()),
 ('đạt 62,3% kế hoạch năm', '62,3%', 'attainment', '%', d(TB)),
 ('thành lập 48 công đoàn cơ sở. ', '48', 'level', 'công đoàn cơ sở', d()),
 ('đạt 87,6%', '87,6%', 'level', '%', d(SI, M06)),
 ('kết nạp mới 12.460 đoàn viên, tăng', '12.460', 'level', 'đoàn viên', d()),
 ('tăng 21,4%', '21,4%', 'change', '%', d(U, SP)),
 ('thành lập 48 công đoàn cơ sở với', '48', 'level', 'công đoàn cơ sở', d()),
 ('với 3.915 đoàn viên', '3.915', 'level', 'đoàn viên', d()),
 ('có 236.800 đoàn viên', '236.800', 'level', 'đoàn viên', d(M06)),
 ('tại 3.126 công đoàn', '3.126', 'level', 'công đoàn cơ sở', d(M06)),
 ('có 423.500 người', '423.500', 'level', 'người', d(SI, M06)),
 ('chiếm 17,6%', '17,6%', 'level', '%', d(SI, M06)),
 ('tăng 1,2 điểm phần trăm', '1,2 điểm phần trăm', 'change', 'điểm %', d(SI, M06, U, SP)),
 ('nguyện 61.240 người', '61.240', 'level', 'người', d(SI, M06)),
 ('tăng 9.870 người', '9.870', 'change', 'người', d(SI, M06, U)),
 ('đạt 3,35 triệu người', '3,35 triệu', 'level', 'người', d(HI, M06)),
 ('phủ 91,3% dân số', '91,3%', 'level', '%', d(HI, M06)),
 ('còn 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', d(M06)),
 ('chiếm 4,1%', '4,1%', 'level', '%', d(M06)),
 ('lên 186 tỷ đồng', '186 tỷ đồng', 'level', 'VND', d(M06)),
 ('kiện 6 doanh nghiệp', '6', 'level', 'doanh nghiệp', d()),
 ('động 2,8 tỷ đồng', '2,8 tỷ đồng', 'level', 'VND', d()),
 ('hỗ trợ 14.600 lượt', '14.600', 'level', 'lượt đoàn viên', d()),
 ('tiền 5,6 tỷ đồng', '5,6 tỷ đồng', 'level', 'VND', d()),
 ('sửa chữa 32 nhà', '32', 'level', 'nhà', d()),
 ('- Kết nạp 20.000 đoàn viên', '20.000', 'level', 'đoàn viên', d(T)),
 ('thành lập 80 công đoàn', '80', 'level', 'công đoàn cơ sở', d(T)),
 ('đạt 19,5%', '19,5%', 'level', '%', d(T, SI)),
 ('đạt 92,5% dân số', '92,5%', 'level', '%', d(T, HI, bound='at_least')),
]
