TEXT = '''
Báo Nghệ An điện tử
Thứ Năm, 28/12/2023 - 15:40

Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hoá | Thể thao | Miền Tây | Nghệ An - Hà Tĩnh

Kinh tế > Ngân hàng

Hơn 71.000 lượt hộ nghèo và đối tượng chính sách ở Nghệ An được vay vốn ưu đãi trong năm 2023

(Baonghean.vn) - Năm 2023, Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh Nghệ An ước cho 71.260 lượt hộ nghèo và các đối tượng chính sách vay vốn với doanh số 3.985 tỷ đồng; tổng dư nợ ước đến ngày 31/12/2023 đạt 14.620 tỷ đồng, tăng 1.318 tỷ đồng, tốc độ tăng trưởng 9,9% so với đầu năm.

Chiều 27/12, Ban đại diện Hội đồng quản trị NHCSXH tỉnh tổ chức hội nghị tổng kết hoạt động năm 2023, triển khai kế hoạch năm 2024. Đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh, Trưởng Ban đại diện chủ trì hội nghị.

Theo báo cáo, tổng nguồn vốn của chi nhánh đến ngày 25/12/2023 đạt 14.705 tỷ đồng, tăng 1.342 tỷ đồng so với năm 2022; trong đó nguồn vốn nhận uỷ thác từ ngân sách địa phương đạt 872 tỷ đồng, tăng 186 tỷ đồng, chiếm 5,9% tổng nguồn vốn. Trong năm, ngân sách tỉnh và 21 huyện, thành phố, thị xã đã chuyển sang NHCSXH 214 tỷ đồng để bổ sung nguồn vốn cho vay, đạt 124% kế hoạch.

Dư nợ tập trung vào các chương trình tín dụng trọng tâm: cho vay hộ nghèo 2.486 tỷ đồng; hộ cận nghèo 3.125 tỷ đồng; hộ mới thoát nghèo 1.768 tỷ đồng; cho vay hỗ trợ tạo việc làm 2.903 tỷ đồng; nước sạch và vệ sinh môi trường nông thôn 1.942 tỷ đồng.

Vốn tín dụng chính sách năm 2023 đã góp phần giúp 6.840 hộ vượt qua ngưỡng nghèo; thu hút, tạo việc làm cho 17.520 lao động, trong đó 1.230 lao động đi làm việc có thời hạn ở nước ngoài; giúp 2.150 học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn học tập; xây dựng 48.600 công trình nước sạch, vệ sinh môi trường nông thôn và 1.120 căn nhà ở cho hộ nghèo, hộ gia đình chính sách.

Chất lượng tín dụng tiếp tục được nâng cao; nợ quá hạn và nợ khoanh chiếm 0,14% tổng dư nợ, giảm 0,03% so với năm trước. Toàn tỉnh hiện có 5.930 Tổ tiết kiệm và vay vốn, 480 Điểm giao dịch xã hoạt động ổn định.

Một số đơn vị có tốc độ tăng trưởng dư nợ cao như: huyện Kỳ Sơn tăng 14,2%, huyện Quế Phong tăng 13,6%, thị xã Thái Hoà tăng 12,8%.

Ảnh: Cán bộ NHCSXH huyện Quỳ Hợp giải ngân vốn vay tại Điểm giao dịch xã Châu Quang. Ảnh: Thu Huyền

Bà Lô Thị Hoa (bản Tạt, xã Châu Quang, huyện Quỳ Hợp) vay 50 triệu đồng từ chương trình hộ cận nghèo để nuôi 3 con bò sinh sản, nay đàn bò đã lên 7 con.

Phát biểu kết luận, đồng chí Bùi Đình Long đề nghị các cấp uỷ, chính quyền tiếp tục quan tâm bố trí ngân sách uỷ thác; năm 2024, NHCSXH tỉnh phấn đấu tăng trưởng dư nợ từ 8 - 9%, tỷ lệ nợ quá hạn dưới 0,15%; ngân sách địa phương uỷ thác bổ sung ít nhất 150 tỷ đồng.

Thu Huyền

Tin cùng chuyên mục
- Agribank Nghệ An dành 5.000 tỷ đồng cho vay lãi suất thấp dịp Tết (26/12/2023)
- Nghệ An: 12 tháng thu ngân sách ước đạt 20.000 tỷ đồng (25/12/2023)

Bản quyền thuộc về Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An. Hotline: 0238 3598 245.
'''
META = {'published': '2023-12-28', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2023', 'modality': 'actual'}
E = {'modality': 'estimate'}
M12 = {'period': '2023-M12'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('Hơn 71.000 lượt hộ', '71.000', 'level', 'lượt hộ', dict(bound='over')),
 ('cho 71.260 lượt hộ', '71.260', 'level', 'lượt hộ', dict(E)),
 ('số 3.985 tỷ đồng', '3.985 tỷ đồng', 'level', 'VND', dict(E)),
 ('đạt 14.620 tỷ đồng', '14.620 tỷ đồng', 'level', 'VND', dict(E, **M12)),
 ('tăng 1.318 tỷ đồng', '1.318 tỷ đồng', 'change', 'VND', dict(E, **M12, direction='up', base='previous_period')),
 ('trưởng 9,9% so với đầu năm', '9,9%', 'level', '%', dict(E, **M12)),
 ('đạt 14.705 tỷ đồng', '14.705 tỷ đồng', 'level', 'VND', dict(M12)),
 ('tăng 1.342 tỷ đồng so với năm 2022', '1.342 tỷ đồng', 'change', 'VND', dict(M12, direction='up', base='2022')),
 ('đạt 872 tỷ đồng', '872 tỷ đồng', 'level', 'VND', dict(M12)),
 ('tăng 186 tỷ đồng', '186 tỷ đồng', 'change', 'VND', dict(M12, direction='up')),
 ('chiếm 5,9%', '5,9%', 'level', '%', dict(M12)),
 ('tỉnh và 21 huyện', '21', 'level', 'huyện', dict(optional=True)),
 ('NHCSXH 214 tỷ đồng', '214 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 124% kế hoạch', '124%', 'attainment', '%', dict(base='target')),
 ('nghèo 2.486 tỷ đồng', '2.486 tỷ đồng', 'level', 'VND', dict()),
 ('nghèo 3.125 tỷ đồng', '3.125 tỷ đồng', 'level', 'VND', dict()),
 ('nghèo 1.768 tỷ đồng', '1.768 tỷ đồng', 'level', 'VND', dict()),
 ('làm 2.903 tỷ đồng', '2.903 tỷ đồng', 'level', 'VND', dict()),
 ('thôn 1.942 tỷ đồng', '1.942 tỷ đồng', 'level', 'VND', dict()),
 ('giúp 6.840 hộ', '6.840', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('cho 17.520 lao động', '17.520', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đó 1.230 lao động', '1.230', 'level', 'lao động', dict(indicator='labour_export')),
 ('giúp 2.150 học sinh', '2.150', 'level', 'học sinh', dict()),
 ('dựng 48.600 công trình', '48.600', 'level', 'công trình', dict()),
 ('và 1.120 căn nhà', '1.120', 'level', 'căn nhà', dict()),
 ('chiếm 0,14%', '0,14%', 'level', '%', dict()),
 ('giảm 0,03% so với năm trước', '0,03%', 'change', '%', dict(direction='down', base='2022')),
 ('có 5.930 Tổ', '5.930', 'level', 'tổ', dict(optional=True)),
 ('480 Điểm giao dịch', '480', 'level', 'điểm giao dịch', dict(optional=True)),
 ('Kỳ Sơn tăng 14,2%', '14,2%', 'change', '%', dict(locality='huyện Kỳ Sơn', direction='up')),
 ('Quế Phong tăng 13,6%', '13,6%', 'change', '%', dict(locality='huyện Quế Phong', direction='up')),
 ('Hoà tăng 12,8%', '12,8%', 'change', '%', dict(locality='thị xã Thái Hoà', direction='up')),
 ('từ 8 - 9%', '8 - 9%', 'level', '%', dict(T)),
 ('dưới 0,15%', '0,15%', 'level', '%', dict(T, bound='under')),
 ('ít nhất 150 tỷ đồng', '150 tỷ đồng', 'level', 'VND', dict(T, bound='at_least')),
]
