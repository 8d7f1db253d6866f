TEXT = '''
BÁO BÀ RỊA - VŨNG TÀU
Thứ Sáu, 12/07/2024, 14:08 [GMT+7]

Chính trị | Kinh tế | Văn hóa - Xã hội | Pháp luật | Thể thao | Quốc tế | Media

6 tháng đầu năm 2024: Các KCN thu hút gần 1 tỷ USD vốn FDI

BR-VT - Trong 6 tháng đầu năm 2024, các khu công nghiệp (KCN) trên địa bàn tỉnh thu hút 14 dự án mới và 9 lượt dự án điều chỉnh tăng vốn với tổng vốn đăng ký 986,4 triệu USD và 3.215 tỷ đồng; vốn FDI đạt 65,8% kế hoạch năm.

Theo Ban Quản lý các KCN tỉnh, trong 14 dự án cấp mới có 8 dự án FDI với tổng vốn 712,3 triệu USD và 6 dự án trong nước với tổng vốn 2.870 tỷ đồng; 9 lượt dự án điều chỉnh tăng vốn thêm 274,1 triệu USD và 345 tỷ đồng. So với cùng kỳ năm 2023, vốn FDI thu hút vào các KCN tăng 41,3%, vốn trong nước giảm 18,6%.

Các dự án mới chủ yếu thuộc lĩnh vực hóa chất, vật liệu mới và logistics sau cảng, trong đó lớn nhất là dự án sản xuất polypropylene tại KCN Phú Mỹ II mở rộng với vốn đầu tư 480 triệu USD.

Tính đến ngày 30/6/2024, tình hình cho thuê đất tại một số KCN như sau:

KCN | Diện tích đất công nghiệp (ha) | Đã cho thuê (ha) | Tỷ lệ lấp đầy (%)
Phú Mỹ I | 637 | 637 | 100
Phú Mỹ II | 620 | 583,5 | 94,1
Phú Mỹ III | 702 | 505,4 | 72
Châu Đức | 1.556 | 781,1 | 50,2
Toàn tỉnh (15 KCN) | 6.427 | 4.486,1 | 69,8

Các KCN hiện có 112.600 lao động đang làm việc, tăng 4,2% so với cuối năm 2023; thu nhập bình quân 10,8 triệu đồng/người/tháng. Doanh thu của các doanh nghiệp KCN 6 tháng ước đạt 8,12 tỷ USD, tăng 6,5% so với cùng kỳ; xuất khẩu ước đạt 3,46 tỷ USD; nộp ngân sách 6.840 tỷ đồng.

Cảng container tại thị xã Phú Mỹ phục vụ các doanh nghiệp KCN. Ảnh: QUANG VŨ

Ngày 10/7, Ban Quản lý các KCN tổ chức hội nghị gặp gỡ, đối thoại với hơn 150 doanh nghiệp. Các doanh nghiệp nêu 36 kiến nghị, tập trung vào hạ tầng giao thông kết nối, nguồn cung khí và nhà ở cho công nhân.

Năm 2024, Ban Quản lý phấn đấu thu hút 1,5 tỷ USD vốn FDI và 5.000 tỷ đồng vốn trong nước vào các KCN; như vậy trong 6 tháng cuối năm cần thu hút thêm khoảng 514 triệu USD. Tỷ lệ lấp đầy các KCN phấn đấu đạt 72 - 73% vào cuối năm.

QUANG VŨ

Tin cùng chuyên mục
- Cảng Cái Mép - Thị Vải đón tàu 250.000 DWT (11/07/2024)
- Thu ngân sách 6 tháng đạt 58% dự toán (08/07/2024)

Báo Bà Rịa - Vũng Tàu. Số 04 Trương Văn Bang, phường 7, TP. Vũng Tàu. ĐT: (0254) 3852.546
'''
META = {'published': '2024-07-12', 'locality': 'tỉnh Bà Rịa - Vũng Tàu'}
DEFAULTS = {'locality': 'tỉnh Bà Rịa - Vũng Tàu', 'period': '2024-H1', 'modality': 'actual'}
F = dict(indicator='fdi')
E = dict(modality='estimate')
M6 = dict(period='2024-M06')
T = dict(modality='target', period='2024')
FIGS = [
 ('gần 1 tỷ USD', '1 tỷ USD', 'level', 'USD', dict(F, bound='nearly')),
 ('hút 14 dự án mới', '14', 'level', 'dự án', dict()),
 ('và 9 lượt dự án điều chỉnh tăng vốn với', '9', 'level', 'lượt dự án', dict()),
 ('ký 986,4 triệu USD', '986,4 triệu USD', 'level', 'USD', dict(F)),
 ('và 3.215 tỷ đồng', '3.215 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 65,8%', '65,8%', 'attainment', '%', dict(F, base='target')),
 ('trong 14 dự án', '14', 'level', 'dự án', dict()),
 ('có 8 dự án', '8', 'level', 'dự án', dict()),
 ('vốn 712,3 triệu USD', '712,3 triệu USD', 'level', 'USD', dict(F)),
 ('và 6 dự án', '6', 'level', 'dự án', dict()),
 ('vốn 2.870 tỷ đồng', '2.870 tỷ đồng', 'level', 'VND', dict()),
 ('; 9 lượt', '9', 'level', 'lượt dự án', dict()),
 ('thêm 274,1 triệu USD', '274,1 triệu USD', 'level', 'USD', dict(F)),
 ('và 345 tỷ đồng', '345 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 41,3%', '41,3%', 'change', '%', dict(F, direction='up', base='same_period')),
 ('giảm 18,6%', '18,6%', 'change', '%', dict(direction='down', base='same_period')),
 ('Phú Mỹ I | 637 |', '637', 'level', 'ha', dict(M6, optional=True)),
 ('| 637 | 100', '637', 'level', 'ha', dict(M6)),
 ('| 100\n', '100', 'level', '%', dict(M6)),
 ('| 620 |', '620', 'level', 'ha', dict(M6, optional=True)),
 ('| 583,5 |', '583,5', 'level', 'ha', dict(M6)),
 ('| 94,1', '94,1', 'level', '%', dict(M6)),
 ('| 702 |', '702', 'level', 'ha', dict(M6, optional=True)),
 ('| 505,4 |', '505,4', 'level', 'ha', dict(M6)),
 ('| 72\n', '72', 'level', '%', dict(M6)),
 ('| 1.556 |', '1.556', 'level', 'ha', dict(M6, optional=True)),
 ('| 781,1 |', '781,1', 'level', 'ha', dict(M6)),
 ('| 50,2', '50,2', 'level', '%', dict(M6)),
 ('(15 KCN)', '15', 'level', 'khu công nghiệp', dict(optional=True)),
 ('| 6.427 |', '6.427', 'level', 'ha', dict(M6, optional=True)),
 ('| 4.486,1 |', '4.486,1', 'level', 'ha', dict(M6)),
 ('| 69,8', '69,8', 'level', '%', dict(M6)),
 ('có 112.600 lao động', '112.600', 'level', 'lao động', dict()),
 ('tăng 4,2%', '4,2%', 'change', '%', dict(direction='up', base='2023')),
 ('10,8 triệu đồng/người/tháng', '10,8 triệu đồng/người/tháng', 'level', 'VND/người/tháng', dict()),
 ('ước đạt 8,12 tỷ USD', '8,12 tỷ USD', 'level', 'USD', dict(E)),
 ('tăng 6,5%', '6,5%', 'change', '%', dict(E, direction='up', base='same_period')),
 ('ước đạt 3,46 tỷ USD', '3,46 tỷ USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('sách 6.840 tỷ đồng', '6.840 tỷ đồng', 'level', 'VND', dict()),
 ('hơn 150 doanh nghiệp', '150', 'level', 'doanh nghiệp', dict(optional=True)),
 ('nêu 36 kiến nghị', '36', 'level', 'kiến nghị', dict(optional=True)),
 ('hút 1,5 tỷ USD', '1,5 tỷ USD', 'level', 'USD', dict(F, **T)),
 ('và 5.000 tỷ đồng', '5.000 tỷ đồng', 'level', 'VND', dict(T)),
 ('khoảng 514 triệu USD', '514 triệu USD', 'level', 'USD', dict(F, modality='target', period='2024-H2', bound='about')),
 ('đạt 72 - 73%', '72 - 73%', 'level', '%', dict(T)),
]
