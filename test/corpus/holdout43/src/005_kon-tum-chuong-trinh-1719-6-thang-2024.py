TEXT = '''
BÁO KON TUM ĐIỆN TỬ
Thứ Sáu, 12/07/2024, 16:45 (GMT+7)
Trang chủ | Chính trị | Kinh tế | Dân tộc - Tôn giáo | Xã hội | Quốc phòng - An ninh | Văn hóa - Thể thao

Dân tộc - Tôn giáo

Giải ngân vốn Chương trình MTQG vùng đồng bào dân tộc thiểu số 6 tháng đạt 30,3%

Đến ngày 30/6/2024, toàn tỉnh giải ngân 318,7 tỷ đồng vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, đạt 30,3% kế hoạch. Tỷ lệ này cao hơn cùng kỳ năm 2023 là 6,4 điểm phần trăm nhưng vẫn thấp so với yêu cầu.

Theo Ban Dân tộc tỉnh, tổng kế hoạch vốn năm 2024 của Chương trình (bao gồm vốn năm trước kéo dài) là 1.052,4 tỷ đồng, gồm vốn đầu tư phát triển 612,8 tỷ đồng và vốn sự nghiệp 439,6 tỷ đồng. Trong 6 tháng, vốn đầu tư phát triển giải ngân 252,5 tỷ đồng, đạt 41,2%; vốn sự nghiệp giải ngân 66,2 tỷ đồng, chỉ đạt 15,1%.

Các huyện Ia H'Drai, Sa Thầy và Kon Rẫy có tỷ lệ giải ngân khá, lần lượt là 52,6%, 47,3% và 44,1%. Ngược lại, huyện Tu Mơ Rông mới đạt 12,8%, huyện Đăk Glei đạt 18,5%. Nguyên nhân chủ yếu là các dự án hỗ trợ phát triển sản xuất theo chuỗi giá trị phải chờ hướng dẫn, một số nội dung thuộc Dự án 1 vướng quỹ đất.

Dù vậy, nguồn vốn của Chương trình đã đến với đồng bào. 6 tháng đầu năm, toàn tỉnh hỗ trợ đất ở cho 126 hộ, nhà ở cho 842 hộ với mức 40 triệu đồng/hộ, nước sinh hoạt phân tán cho 1.380 hộ; chuyển đổi nghề cho 515 lao động. Đã khởi công 48 công trình cơ sở hạ tầng thiết yếu, trong đó 17 công trình nước sinh hoạt tập trung.

Ảnh: Người dân làng Kon Pring, xã Đăk Ring, huyện Kon Plông sử dụng nước từ công trình cấp nước tập trung. Ảnh: H.N

Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số của tỉnh đến cuối năm 2023 là 16,42%, giảm 3,87% so với cuối năm 2022; 52/86 xã đặc biệt khó khăn có đường ô tô đến trung tâm xã được cứng hóa. Tỷ lệ hộ đồng bào dân tộc thiểu số được sử dụng nước sinh hoạt hợp vệ sinh đạt 93,5%.

Để hoàn thành mục tiêu năm 2024, UBND tỉnh yêu cầu các chủ đầu tư giải ngân trên 60% kế hoạch vốn trước ngày 30/9/2024 và phấn đấu đến ngày 31/12/2024 giải ngân trên 95%; các đơn vị có tỷ lệ giải ngân dưới 20% phải báo cáo giải trình. Năm 2024, tỉnh phấn đấu giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số từ 3 - 4%.

H.Nhung

Tin cùng chuyên mục
1. Kon Plông: 90 hộ được hỗ trợ bò giống (10/07/2024)
2. Tu Mơ Rông tập huấn trồng sâm Ngọc Linh cho 120 hộ (08/07/2024)
3. Trao 300 suất học bổng cho học sinh dân tộc thiểu số (05/07/2024)

Báo Kon Tum - Cơ quan của Đảng bộ tỉnh Kon Tum. Số 155 Bà Triệu, TP. Kon Tum. ĐT: 0260.3862.375
'''
META = {'published': '2024-07-12', 'locality': 'tỉnh Kon Tum'}
DEFAULTS = {'locality': 'tỉnh Kon Tum', 'period': '2024-H1', 'modality': 'actual'}
ATT = {'kind': 'attainment'}
Y = {'period': '2024', 'modality': 'target'}
PR = {'indicator': 'poverty_rate'}
T = {'modality': 'target', 'period': '2024'}
FIGS = [
 ('tháng đạt 30,3%', '30,3%', 'attainment', '%', dict(base='target')),
 ('giải ngân 318,7 tỷ đồng', '318,7 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 30,3% kế hoạch', '30,3%', 'attainment', '%', dict(base='target')),
 ('là 6,4 điểm phần trăm', '6,4 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='same_period')),
 ('là 1.052,4 tỷ đồng', '1.052,4 tỷ đồng', 'level', 'VND', dict(Y)),
 ('triển 612,8 tỷ đồng', '612,8 tỷ đồng', 'level', 'VND', dict(Y)),
 ('nghiệp 439,6 tỷ đồng', '439,6 tỷ đồng', 'level', 'VND', dict(Y)),
 ('giải ngân 252,5 tỷ đồng', '252,5 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 41,2%', '41,2%', 'attainment', '%', dict(base='target')),
 ('giải ngân 66,2 tỷ đồng', '66,2 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 15,1%', '15,1%', 'attainment', '%', dict(base='target')),
 ('là 52,6%', '52,6%', 'attainment', '%', dict(base='target', locality="huyện Ia H'Drai")),
 ('47,3%', '47,3%', 'attainment', '%', dict(base='target', locality='huyện Sa Thầy')),
 ('và 44,1%', '44,1%', 'attainment', '%', dict(base='target', locality='huyện Kon Rẫy')),
 ('đạt 12,8%', '12,8%', 'attainment', '%', dict(base='target', locality='huyện Tu Mơ Rông')),
 ('đạt 18,5%', '18,5%', 'attainment', '%', dict(base='target', locality='huyện Đăk Glei')),
 ('cho 126 hộ', '126', 'level', 'hộ', dict()),
 ('cho 842 hộ', '842', 'level', 'hộ', dict()),
 ('mức 40 triệu đồng/hộ', '40 triệu đồng/hộ', 'level', 'VND/hộ', dict(optional=True)),
 ('cho 1.380 hộ', '1.380', 'level', 'hộ', dict()),
 ('cho 515 lao động', '515', 'level', 'lao động', dict()),
 ('công 48 công trình', '48', 'level', 'công trình', dict()),
 ('đó 17 công trình', '17', 'level', 'công trình', dict()),
 ('là 16,42%', '16,42%', 'level', '%', dict(PR, period='2023')),
 ('giảm 3,87%', '3,87%', 'change', '%', dict(PR, period='2023', direction='down', base='2022')),
 ('52/86 xã', '52/86', 'ratio', 'xã', dict(period='2023')),
 ('đạt 93,5%', '93,5%', 'level', '%', dict(indicator='clean_water_rate', period='2023')),
 ('trên 60% kế hoạch', '60%', 'attainment', '%', dict(modality='target', period='2024-9M', base='target', bound='over')),
 ('giải ngân trên 95%', '95%', 'attainment', '%', dict(T, base='target', bound='over')),
 ('từ 3 - 4%', '3 - 4%', 'change', '%', dict(T, **PR, direction='down')),
]
