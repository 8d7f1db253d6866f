TEXT = '''
BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN
Cập nhật: 12/07/2022 | 14:32
Xã hội

6 tháng đầu năm 2022: Tỷ lệ sinh con thứ 3 trở lên giảm còn 19,6%

ĐBP - Theo Chi cục Dân số - Kế hoạch hóa gia đình tỉnh, 6 tháng đầu năm 2022, toàn tỉnh có 5.420 trẻ được sinh ra, trong đó 1.062 trẻ là con thứ 3 trở lên, chiếm 19,6%, giảm 1,3 điểm phần trăm so với cùng kỳ năm 2021.

Tỷ số giới tính khi sinh 6 tháng ước 109 bé trai/100 bé gái. Số người mới sử dụng biện pháp tránh thai hiện đại đạt 9.860 người, bằng 52,4% kế hoạch năm. Toàn tỉnh ghi nhận 46 trường hợp tảo hôn, giảm 21 trường hợp so với cùng kỳ; các huyện Mường Nhé, Nậm Pồ, Tủa Chùa vẫn là địa bàn có tỷ lệ tảo hôn cao.

Về dinh dưỡng, kết quả cân, đo trẻ dưới 5 tuổi đợt 1/2022 cho thấy: tỷ lệ suy dinh dưỡng thể nhẹ cân là 15,8%; thể thấp còi là 26,4%, cao hơn bình quân cả nước hơn 7 điểm phần trăm. Huyện Mường Nhé có tỷ lệ suy dinh dưỡng thể thấp còi cao nhất tỉnh (34,7%).

Về y tế, 6 tháng đầu năm, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 41,2%; tỷ lệ bao phủ BHYT đạt 97,8% dân số. Toàn tỉnh có 7,8 bác sĩ/vạn dân và 32,4 giường bệnh/vạn dân.

Cán bộ y tế xã Chà Nưa (huyện Nậm Pồ) cân, đo cho trẻ tại bản Huổi Lụ 2. Ảnh: Minh Phương

Mục tiêu cả năm 2022, ngành phấn đấu:
- Tỷ lệ sinh con thứ 3 trở lên giảm 0,5 - 0,8 điểm phần trăm so với năm 2021;
- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm xuống dưới 26%;
- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 95% trở lên.

Minh Phương

Tin khác
- Mường Chà: Khám sàng lọc cho 1.200 người cao tuổi (08/07/2022)
- Điện Biên có 130/130 trạm y tế xã được cấp máy vi tính (05/07/2022)

Tòa soạn: Số 880, đường Võ Nguyên Giáp, phường Him Lam, TP. Điện Biên Phủ. Điện thoại: 0215.3824.104
'''
META = {'published': '2022-07-12', 'locality': 'tỉnh Điện Biên'}
DEFAULTS = {'locality': 'tỉnh Điện Biên', 'period': '2022-H1', 'modality': 'actual'}
M = {'indicator': 'child_malnutrition_rate'}
T = {'period': '2022', 'modality': 'target'}
FIGS = [
 ('giảm còn 19,6%', '19,6%', 'level', '%', dict(direction='down')),
 ('có 5.420 trẻ', '5.420', 'level', 'trẻ', dict()),
 ('đó 1.062 trẻ', '1.062', 'level', 'trẻ', dict()),
 ('chiếm 19,6%', '19,6%', 'level', '%', dict()),
 ('giảm 1,3 điểm phần trăm', '1,3 điểm phần trăm', 'change', 'điểm %', dict(direction='down', base='same_period')),
 ('ước 109 bé trai/100 bé gái', '109 bé trai/100 bé gái', 'level', 'bé trai/trăm bé gái', dict(modality='estimate')),
 ('đạt 9.860 người', '9.860', 'level', 'người', dict()),
 ('bằng 52,4% kế hoạch', '52,4%', 'attainment', '%', dict(base='target')),
 ('nhận 46 trường hợp', '46', 'level', 'trường hợp', dict()),
 ('giảm 21 trường hợp', '21', 'change', 'trường hợp', dict(direction='down', base='same_period')),
 ('là 15,8%', '15,8%', 'level', '%', dict(M)),
 ('là 26,4%', '26,4%', 'level', '%', dict(M)),
 ('hơn 7 điểm phần trăm', '7 điểm phần trăm', 'change', 'điểm %', dict(M, direction='up', bound='over')),
 ('(34,7%)', '34,7%', 'level', '%', dict(M, locality='huyện Mường Nhé')),
 ('đạt 41,2%', '41,2%', 'level', '%', dict()),
 ('đạt 97,8%', '97,8%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('có 7,8 bác sĩ/vạn dân', '7,8 bác sĩ/vạn dân', 'level', 'bác sĩ/vạn dân', dict(indicator='doctors_per_10k')),
 ('và 32,4 giường bệnh/vạn dân', '32,4 giường bệnh/vạn dân', 'level', 'giường bệnh/vạn dân', dict(indicator='hospital_beds_per_10k')),
 ('giảm 0,5 - 0,8 điểm phần trăm', '0,5 - 0,8 điểm phần trăm', 'change', 'điểm %', dict(T, direction='down', base='2021')),
 ('dưới 26%', '26%', 'level', '%', dict(T, **M, direction='down', bound='under')),
 ('đạt 95% trở lên', '95%', 'level', '%', dict(T, bound='at_least')),
]
