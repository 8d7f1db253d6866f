TEXT = '''
BÁO HOÀ BÌNH ĐIỆN TỬ
Cập nhật: 09:15, 06/01/2023
Chính trị | Kinh tế | Xã hội | Y tế | Văn hoá | Thể thao | Hoà Bình cuối tuần

Y tế

Năm 2022, toàn tỉnh đạt 10,8 bác sỹ/vạn dân

(HBĐT) - Ngày 5/1, Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2022, triển khai nhiệm vụ năm 2023. Năm 2022, ngành Y tế hoàn thành và vượt 8/9 chỉ tiêu kế hoạch giao; toàn tỉnh đạt 10,8 bác sỹ và 31,5 giường bệnh trên 1 vạn dân.

Dự và chỉ đạo hội nghị có đồng chí Phó Chủ tịch UBND tỉnh. Theo báo cáo, đến cuối năm 2022, toàn tỉnh có 1.260 bác sỹ, tăng 74 bác sỹ so với năm 2021. Tổng số giường bệnh kế hoạch là 2.735 giường; công suất sử dụng giường bệnh bình quân tại các bệnh viện tuyến tỉnh đạt 92,4%, tuyến huyện 81,7%. Tỷ lệ trạm y tế xã có bác sỹ làm việc đạt 96,3%. Bệnh viện Đa khoa tỉnh khám cho 312.400 lượt người, bình quân 1.250 lượt/ngày. Số lượt khám bệnh bảo hiểm y tế toàn tỉnh là 1,42 triệu lượt, tăng 18,6% so với năm 2021; chi phí khám, chữa bệnh bình quân 685.000 đồng/lượt.

Công tác chăm sóc sức khoẻ ban đầu tiếp tục chuyển biến. Tỷ lệ bao phủ bảo hiểm y tế đạt 95,2% dân số, vượt 0,2% chỉ tiêu Nghị quyết HĐND tỉnh giao. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 96,5%; tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm còn 20,1%, giảm 0,6% so với năm 2021. 100% xã, phường, thị trấn có trạm y tế, trong đó 151/151 xã đạt Bộ tiêu chí quốc gia về y tế xã.

Ở tuyến huyện, thành phố Hoà Bình có tỷ lệ 24,6 bác sỹ/vạn dân, cao nhất tỉnh; huyện Đà Bắc thấp nhất với 5,9 bác sỹ/vạn dân. Huyện Lạc Thuỷ đạt 7,2 bác sỹ/vạn dân, số giường bệnh bình quân 18 giường/vạn dân.

Bác sỹ Bệnh viện Đa khoa tỉnh khám bệnh cho người dân xã vùng cao. Ảnh: P.V

Năm 2023, ngành Y tế phấn đấu đạt 11 bác sỹ/vạn dân và 32 giường bệnh/vạn dân; tỷ lệ bao phủ bảo hiểm y tế đạt trên 95,5%; giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống dưới 19,8%. Ngành tiếp tục thực hiện đề án nâng cao chất lượng khám, chữa bệnh, hướng tới sự hài lòng của người bệnh, chăm sóc sức khoẻ nhân dân.

Thuý Hằng

Tin cùng chuyên mục
- Tiêm vắc xin phòng COVID-19 mũi 4 cho người dân (04/01/2023)
- Bệnh viện Đa khoa tỉnh tiếp nhận 2 máy chụp CT (28/12/2022)

Báo Hoà Bình điện tử. Toà soạn: Số 2, đường Trần Hưng Đạo, phường Phương Lâm, thành phố Hoà Bình. Điện thoại: 0218.3852.247. Giấy phép số 139/GP-BTTTT
'''
META = {'published': '2023-01-06', 'locality': 'tỉnh Hòa Bình'}
DEFAULTS = {'locality': 'tỉnh Hòa Bình', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
K = {'modality': 'target', 'period': '2023'}
U = {'direction': 'up'}
D = {'direction': 'down'}
DOC = {'indicator': 'doctors_per_10k'}
BED = {'indicator': 'hospital_beds_per_10k'}
HI = {'indicator': 'health_insurance_coverage'}
MAL = {'indicator': 'child_malnutrition_rate'}
DU = 'bác sĩ/vạn dân'
BU = 'giường bệnh/vạn dân'
FIGS = [
 ('đạt 10,8 bác sỹ/vạn dân', '10,8 bác sỹ/vạn dân', 'level', DU, d(DOC)),
 ('vượt 8/9 chỉ tiêu', '8/9', 'ratio', 'chỉ tiêu', d(status='achieved')),
 ('đạt 10,8 bác sỹ và', '10,8', 'level', DU, d(DOC)),
 ('31,5 giường bệnh', '31,5', 'level', BU, d(BED)),
 ('có 1.260 bác sỹ', '1.260', 'level', 'bác sĩ', d()),
 ('tăng 74 bác sỹ', '74', 'change', 'bác sĩ', d(U, base='2021')),
 ('là 2.735 giường', '2.735', 'level', 'giường', d()),
 ('đạt 92,4%', '92,4%', 'level', '%', d()),
 ('huyện 81,7%', '81,7%', 'level', '%', d()),
 ('đạt 96,3%', '96,3%', 'level', '%', d()),
 ('312.400 lượt người', '312.400', 'level', 'lượt người', d()),
 ('1.250 lượt/ngày', '1.250 lượt/ngày', 'level', 'lượt/ngày', d()),
 ('là 1,42 triệu lượt', '1,42 triệu lượt', 'level', 'lượt', d()),
 ('tăng 18,6%', '18,6%', 'change', '%', d(U, base='2021')),
 ('685.000 đồng/lượt', '685.000 đồng/lượt', 'level', 'VND/lượt', d()),
 ('đạt 95,2%', '95,2%', 'level', '%', d(HI)),
 ('vượt 0,2% chỉ tiêu', '0,2%', 'change', '%', d(HI, U, base='target', status='exceeded')),
 ('đạt 96,5%', '96,5%', 'level', '%', d()),
 ('giảm còn 20,1%', '20,1%', 'level', '%', d(MAL, D)),
 ('giảm 0,6%', '0,6%', 'change', '%', d(MAL, D, base='2021')),
 ('100% xã', '100%', 'level', '%', d()),
 ('151/151 xã', '151/151', 'ratio', 'xã', d()),
 ('tỷ lệ 24,6 bác sỹ/vạn dân', '24,6 bác sỹ/vạn dân', 'level', DU, d(DOC, locality='thành phố Hòa Bình')),
 ('với 5,9 bác sỹ/vạn dân', '5,9 bác sỹ/vạn dân', 'level', DU, d(DOC, locality='huyện Đà Bắc')),
 ('đạt 7,2 bác sỹ/vạn dân', '7,2 bác sỹ/vạn dân', 'level', DU, d(DOC, locality='huyện Lạc Thủy')),
 ('18 giường/vạn dân', '18 giường/vạn dân', 'level', BU, d(BED, locality='huyện Lạc Thủy')),
 ('đạt 11 bác sỹ/vạn dân', '11 bác sỹ/vạn dân', 'level', DU, d(K, DOC)),
 ('32 giường bệnh/vạn dân', '32 giường bệnh/vạn dân', 'level', BU, d(K, BED)),
 ('trên 95,5%', '95,5%', 'level', '%', d(K, HI, bound='over')),
 ('dưới 19,8%', '19,8%', 'level', '%', d(K, MAL, D, bound='under')),
]
