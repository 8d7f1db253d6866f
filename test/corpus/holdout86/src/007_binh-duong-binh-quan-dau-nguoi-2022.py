TEXT = '''
BÁO BÌNH DƯƠNG ONLINE
Cập nhật: 20-12-2022 | 07:12:40
Kinh tế | Xã hội | Đô thị | Pháp luật | Thể thao | Bình Dương 4.0

Bình Dương: GRDP bình quân đầu người năm 2022 ước đạt 168,2 triệu đồng

(BDO) Tại kỳ họp thứ 10 HĐND tỉnh khóa X, UBND tỉnh báo cáo năm 2022, tổng sản phẩm trên địa bàn (GRDP) ước tăng 8,01% so với năm 2021; GRDP bình quân đầu người ước đạt 168,2 triệu đồng, tương đương 7.230 USD, cao gấp 1,8 lần bình quân cả nước.

Một số chỉ tiêu bình quân năm 2022 (so với năm 2021):
- Thu nhập bình quân đầu người: 82,4 triệu đồng/người/năm, +6,5%;
- Mật độ dân số: 963 người/km2, +2,8%;
- Tỷ lệ đô thị hóa: 84,5%, +0,8 điểm phần trăm;
- Số bác sĩ/vạn dân: 9,2 bác sĩ, +0,4 bác sĩ;
- Số giường bệnh/vạn dân: 26,3 giường;
- Tỷ lệ hộ gia đình sử dụng nước sạch: 100%;
- Tỷ lệ lao động qua đào tạo: 80,5%, +1,2 điểm phần trăm.

Năng suất lao động xã hội bình quân ước đạt 212 triệu đồng/lao động, tăng 7,1%. Thu ngân sách bình quân mỗi ngày trên 180 tỷ đồng; cả năm ước thu 66.100 tỷ đồng, vượt 10,2% dự toán.

Thành phố Thủ Dầu Một có mật độ dân số cao nhất tỉnh với 4.380 người/km2, thu nhập bình quân đầu người đạt 98,6 triệu đồng/năm. Huyện Phú Giáo có mật độ thấp nhất, 198 người/km2; thu nhập bình quân 61,3 triệu đồng/năm, chỉ bằng 74,4% mức bình quân của tỉnh.

Khu đô thị mới Bình Dương nhìn từ trên cao. Ảnh: Văn Tuấn

Diện tích nhà ở bình quân đạt 27,6 m2 sàn/người; toàn tỉnh có 9 khu nhà ở xã hội với khoảng 12.000 căn hộ. Năm 2022, tỉnh giải quyết việc làm cho 52.800 lao động, bình quân mỗi tháng hơn 4.400 lao động.

Năm 2023, tỉnh phấn đấu GRDP tăng 8,5 - 9%; GRDP bình quân đầu người đạt 180 triệu đồng; đạt 10 bác sĩ/vạn dân, 28 giường bệnh/vạn dân; tỷ lệ đô thị hóa 85%.

Văn Tuấn - Ngọc Thanh

Tin cùng chuyên mục
- Bình Dương: Kim ngạch xuất khẩu 11 tháng đạt 29 tỷ USD (08/12/2022)
- Kỳ họp thứ 10 HĐND tỉnh khóa X khai mạc (19/12/2022)
Lượt xem: 2.431

Báo Bình Dương - Giấy phép số 117/GP-BTTTT. Điện thoại: 0274.3822.560
'''
META = {'published': '2022-12-20', 'locality': 'tỉnh Bình Dương'}
DEFAULTS = {'locality': 'tỉnh Bình Dương', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2023'}
U = {'direction': 'up'}
B21 = {'base': '2021'}
GPC = {'indicator': 'grdp_per_capita'}
INC = {'indicator': 'income_per_capita'}
URB = {'indicator': 'urbanization_rate'}
DOC = {'indicator': 'doctors_per_10k'}
BED = {'indicator': 'hospital_beds_per_10k'}
BR = {'indicator': 'budget_revenue'}
TDM = {'locality': 'thành phố Thủ Dầu Một'}
PG = {'locality': 'huyện Phú Giáo'}
Y = 'VND/người/năm'
FIGS = [
 ('năm 2022 ước đạt 168,2 triệu đồng', '168,2 triệu đồng', 'level', Y, d(E, GPC)),
 ('tăng 8,01%', '8,01%', 'change', '%', d(E, U, B21, indicator='grdp_growth')),
 ('người ước đạt 168,2 triệu đồng', '168,2 triệu đồng', 'level', Y, d(E, GPC)),
 ('7.230 USD', '7.230 USD', 'level', 'USD/người/năm', d(E, GPC)),
 ('gấp 1,8 lần', '1,8 lần', 'change', 'lần', d(optional=True, direction='up')),
 ('82,4 triệu đồng/người/năm', '82,4 triệu đồng/người/năm', 'level', Y, d(INC)),
 ('+6,5%', '6,5%', 'change', '%', d(INC, U, B21)),
 ('963 người/km2', '963 người/km2', 'level', 'người/km2', d(optional=True)),
 ('+2,8%', '2,8%', 'change', '%', d(optional=True, direction='up')),
 ('84,5%', '84,5%', 'level', '%', d(URB)),
 ('+0,8 điểm phần trăm', '0,8 điểm phần trăm', 'change', 'điểm %', d(URB, U, B21)),
 ('9,2 bác sĩ', '9,2', 'level', 'bác sĩ/vạn dân', d(DOC)),
 ('+0,4 bác sĩ', '0,4', 'change', 'bác sĩ/vạn dân', d(DOC, U, B21)),
 ('26,3 giường', '26,3', 'level', 'giường bệnh/vạn dân', d(BED)),
 ('tạo: 80,5%', '80,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('+1,2 điểm phần trăm', '1,2 điểm phần trăm', 'change', 'điểm %', d(U, B21, indicator='trained_labour_rate')),
 ('sạch: 100%', '100%', 'level', '%', d(indicator='clean_water_rate')),
 ('212 triệu đồng/lao động', '212 triệu đồng/lao động', 'level', 'VND/lao động', d(E)),
 ('tăng 7,1%', '7,1%', 'change', '%', d(E, U)),
 ('trên 180 tỷ đồng', '180 tỷ đồng', 'level', 'VND/ngày', d(BR, bound='over')),
 ('thu 66.100 tỷ đồng', '66.100 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('vượt 10,2% dự toán', '10,2%', 'change', '%', d(E, BR, U, base='target', status='exceeded')),
 ('4.380 người/km2', '4.380 người/km2', 'level', 'người/km2', d(optional=True)),
 ('đạt 98,6 triệu đồng/năm', '98,6 triệu đồng/năm', 'level', Y, d(INC, TDM)),
 ('198 người/km2', '198 người/km2', 'level', 'người/km2', d(optional=True)),
 ('61,3 triệu đồng/năm', '61,3 triệu đồng/năm', 'level', Y, d(INC, PG)),
 ('bằng 74,4%', '74,4%', 'level', '%', d(INC, PG)),
 ('27,6 m2 sàn/người', '27,6 m2 sàn/người', 'level', 'm2/người', d()),
 ('có 9 khu', '9', 'level', 'khu', d(optional=True)),
 ('khoảng 12.000 căn hộ', '12.000', 'level', 'căn hộ', d(bound='about')),
 ('cho 52.800 lao động', '52.800', 'level', 'lao động', d(indicator='jobs_created')),
 ('hơn 4.400 lao động', '4.400', 'level', 'lao động/tháng', d(indicator='jobs_created', bound='over')),
 ('tăng 8,5 - 9%', '8,5 - 9%', 'change', '%', d(K, U, indicator='grdp_growth')),
 ('đạt 180 triệu đồng', '180 triệu đồng', 'level', Y, d(K, GPC)),
 ('10 bác sĩ/vạn dân', '10 bác sĩ/vạn dân', 'level', 'bác sĩ/vạn dân', d(K, DOC)),
 ('28 giường bệnh/vạn dân', '28 giường bệnh/vạn dân', 'level', 'giường bệnh/vạn dân', d(K, BED)),
 ('hóa 85%', '85%', 'level', '%', d(K, URB)),
]
