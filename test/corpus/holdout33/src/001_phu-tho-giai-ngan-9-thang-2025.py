TEXT = '''
BÁO PHÚ THỌ ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật | Đất Tổ | Video
Thứ Tư, 08/10/2025 | 06:45 GMT+7

Kinh tế » Đầu tư

Phú Thọ giải ngân vốn đầu tư công đạt 45,6% kế hoạch Thủ tướng giao

(BPT) - Tính đến ngày 30/9/2025, toàn tỉnh đã giải ngân 8.946 tỷ đồng vốn đầu tư công, bằng 45,6% kế hoạch vốn Thủ tướng Chính phủ giao và đạt 41,3% kế hoạch tỉnh giao, cao hơn bình quân cả nước.

Sáng 7/10, đồng chí Phó Chủ tịch UBND tỉnh chủ trì cuộc họp trực tuyến với 148 xã, phường về tiến độ giải ngân vốn đầu tư công. Đây là tháng thứ ba tỉnh vận hành chính quyền địa phương hai cấp sau khi hợp nhất ba tỉnh Vĩnh Phúc, Phú Thọ và Hòa Bình.

Tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 21.654 tỷ đồng, trong đó kế hoạch vốn Thủ tướng Chính phủ giao 19.618 tỷ đồng; phần còn lại là vốn tỉnh bố trí thêm từ nguồn tăng thu, tiết kiệm chi. Riêng trong tháng 9, các chủ đầu tư giải ngân được 1.412 tỷ đồng, gấp 1,8 lần tháng 8; lũy kế từ đầu năm đạt 8.946 tỷ đồng, bằng 45,6% kế hoạch vốn Thủ tướng giao, cao hơn bình quân cả nước (cả nước ước đạt 42,5%) là 3,1 điểm phần trăm. So với kế hoạch tỉnh giao, tỷ lệ giải ngân đạt 41,3%, tăng 4,7 điểm phần trăm so với cùng kỳ năm 2024 (tính gộp ba tỉnh cũ). Cùng kỳ năm 2024, tỷ lệ giải ngân tính gộp của ba tỉnh chỉ đạt 36,6% kế hoạch tỉnh giao.

Với kết quả này, Phú Thọ xếp thứ 11/34 tỉnh, thành phố về tỷ lệ giải ngân và đứng thứ 2 trong vùng trung du và miền núi phía Bắc, chỉ sau Lào Cai.

Kết quả giải ngân theo nguồn vốn đến ngày 30/9/2025:
- Vốn ngân sách địa phương: 5.118 tỷ đồng, đạt 47,9%;
- Vốn ngân sách trung ương hỗ trợ có mục tiêu: 2.306 tỷ đồng, đạt 44,2%;
- Vốn nước ngoài (ODA): 1,26 nghìn tỷ đồng, đạt 38,5%;
- Vốn các chương trình mục tiêu quốc gia: 262 tỷ đồng, đạt 27,4%.

Theo khu vực, khu vực tỉnh Vĩnh Phúc (cũ) giải ngân 4.105 tỷ đồng, đạt 48,2%; khu vực tỉnh Hòa Bình (cũ) mới đạt 34,9%, với 1.829 tỷ đồng, thấp nhất trong ba khu vực do nhiều dự án giao thông miền núi vướng mặt bằng.

Ảnh: Thi công nút giao Km 27+400 trên tuyến đường Hồ Chí Minh đoạn qua xã Cự Đồng, tháng 9/2025.

Nhiều chủ đầu tư còn chậm

Dù tỷ lệ chung khá, vẫn còn 23/61 chủ đầu tư có tỷ lệ giải ngân dưới mức bình quân của tỉnh, trong đó 7 đơn vị chưa đạt 20%. Một số dự án lớn như đường vành đai 4 (đoạn qua tỉnh), cầu Phong Châu mới và Bệnh viện Sản - Nhi tỉnh (giai đoạn 2) mới giải ngân 612 tỷ đồng trên tổng kế hoạch 1.940 tỷ đồng. Theo Giám đốc Sở Tài chính, nguyên nhân chủ yếu là thủ tục chuyển giao chủ đầu tư từ cấp huyện (cũ) về cấp xã và Sở Xây dựng chưa dứt điểm; nhiều hồ sơ thanh toán phải làm lại theo Nghị định số 175/2024/NĐ-CP.

Tại Dự án đường liên kết vùng Phú Thọ - Vĩnh Phúc (tổng mức đầu tư 3.120 tỷ đồng), kế hoạch vốn năm 2025 là 850 tỷ đồng, đến nay mới giải ngân 368 tỷ đồng, đạt 43,3%. Đại diện nhà thầu cho biết đơn vị đã huy động 120 máy móc, thiết bị và 450 công nhân thi công ba ca để bù tiến độ trước mùa mưa năm sau.

Vốn các chương trình mục tiêu quốc gia giải ngân thấp nhất: trong tổng số 956 tỷ đồng kế hoạch, mới có 262 tỷ đồng được thanh toán; số vốn còn lại chủ yếu chờ điều chỉnh danh mục dự án do cấp xã làm chủ đầu tư.

Phấn đấu giải ngân trên 95%

Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tuần; phấn đấu đến ngày 31/12/2025 giải ngân đạt trên 75% và đến hết thời hạn thanh toán (31/1/2026) đạt trên 95% kế hoạch vốn Thủ tướng giao. Các dự án đến ngày 15/11 giải ngân dưới 50% sẽ bị điều chuyển vốn cho dự án có khối lượng hoàn thành.

Cùng ngày, UBND tỉnh ban hành Công văn số 3412/UBND-KT về đẩy nhanh tiến độ giải ngân; đường dây nóng của Tổ công tác: 0210.3846.229.

Hoàng Linh

Tin liên quan
› Phú Thọ: Thu ngân sách 8 tháng đạt 71% dự toán
› Khởi công 3 dự án giao thông kết nối vùng trị giá hơn 4.000 tỷ đồng
› Lãnh đạo tỉnh kiểm tra tiến độ đường vành đai 4

Lượt xem: 1.083

Cơ quan của Đảng bộ tỉnh Phú Thọ | Giấy phép số 402/GP-BVHTTDL | Tòa soạn: đường Trần Phú, phường Việt Trì
'''
META = {'published': '2025-10-08', 'locality': 'tỉnh Phú Thọ'}
DEFAULTS = {'locality': 'tỉnh Phú Thọ', 'period': '2025-9M', 'modality': 'actual', 'indicator': 'public_investment_disbursement'}
PLAN = {'modality': 'target', 'period': '2025'}
A = {'base': 'target'}
VP = {'locality': 'tỉnh Vĩnh Phúc'}
HB = {'locality': 'tỉnh Hòa Bình'}
FIGS = [
 ('công đạt 45,6% kế hoạch Thủ tướng giao\n', '45,6%', 'attainment', '%', dict(A)),
 ('đã giải ngân 8.946 tỷ đồng', '8.946 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 45,6% kế hoạch vốn Thủ tướng Chính phủ giao', '45,6%', 'attainment', '%', dict(A)),
 ('đạt 41,3% kế hoạch tỉnh giao', '41,3%', 'attainment', '%', dict(A)),
 ('là 21.654 tỷ đồng', '21.654 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('giao 19.618 tỷ đồng', '19.618 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('được 1.412 tỷ đồng', '1.412 tỷ đồng', 'level', 'VND', dict(period='2025-M09')),
 ('gấp 1,8 lần tháng 8', '1,8 lần', 'change', 'lần', dict(period='2025-M09', direction='up', base='previous_period')),
 ('năm đạt 8.946 tỷ đồng', '8.946 tỷ đồng', 'level', 'VND', dict()),
 ('bằng 45,6% kế hoạch vốn Thủ tướng giao, cao', '45,6%', 'attainment', '%', dict(A)),
 ('ước đạt 42,5%', '42,5%', 'attainment', '%', dict(A, locality='cả nước', modality='estimate')),
 ('là 3,1 điểm phần trăm', '3,1 điểm phần trăm', 'change', 'điểm %', dict(direction='up', modality='estimate')),
 ('đạt 41,3%, tăng', '41,3%', 'attainment', '%', dict(A)),
 ('tăng 4,7 điểm phần trăm', '4,7 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='same_period')),
 ('5.118 tỷ đồng', '5.118 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 47,9%', '47,9%', 'attainment', '%', dict(A)),
 ('2.306 tỷ đồng', '2.306 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 44,2%', '44,2%', 'attainment', '%', dict(A)),
 ('1,26 nghìn tỷ đồng', '1,26 nghìn tỷ đồng', 'level', 'VND', dict(value=1260000000000)),
 ('đạt 38,5%', '38,5%', 'attainment', '%', dict(A)),
 (': 262 tỷ đồng', '262 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 27,4%', '27,4%', 'attainment', '%', dict(A)),
 ('4.105 tỷ đồng', '4.105 tỷ đồng', 'level', 'VND', dict(VP)),
 ('đạt 48,2%', '48,2%', 'attainment', '%', dict(A, **VP)),
 ('mới đạt 34,9%', '34,9%', 'attainment', '%', dict(A, **HB)),
 ('1.829 tỷ đồng', '1.829 tỷ đồng', 'level', 'VND', dict(HB)),
 ('23/61 chủ đầu tư', '23/61', 'ratio', 'chủ đầu tư', dict(indicator=None)),
 ('trong đó 7 đơn vị', '7', 'level', 'đơn vị', dict(indicator=None)),
 ('giải ngân 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', dict()),
 ('kế hoạch 1.940 tỷ đồng', '1.940 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('956 tỷ đồng kế hoạch', '956 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('mới có 262 tỷ đồng', '262 tỷ đồng', 'level', 'VND', dict()),
 ('trên 75%', '75%', 'attainment', '%', dict(A, modality='target', period='2025', bound='over')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', dict(A, modality='target', period='2025', bound='over')),
 ('với 148 xã, phường', '148', 'level', 'xã', dict(optional=True, indicator=None)),
 ('chỉ đạt 36,6%', '36,6%', 'attainment', '%', dict(A, period='2024-9M')),
 ('tư 3.120 tỷ đồng', '3.120 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('là 850 tỷ đồng', '850 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('giải ngân 368 tỷ đồng', '368 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 43,3%', '43,3%', 'attainment', '%', dict(A)),
 ('huy động 120 máy móc', '120', 'level', 'máy móc', dict(optional=True)),
 ('và 450 công nhân', '450', 'level', 'công nhân', dict(optional=True)),
 ('giải ngân trên 95%\n', '95%', 'attainment', '%', dict(A, modality='target', period='2025', bound='over')),
]
