# Tây Ninh (mới: Tây Ninh + Long An), FDI into industrial parks and economic zones, first nine months of 2026.
TEXT = '''
BÁO TÂY NINH ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Đất và người Tây Ninh | Media
Thứ Năm, 8/10/2026 - 06:30

Kinh tế › Đầu tư

Tây Ninh: 9 tháng thu hút hơn 1,6 tỷ USD vốn FDI vào khu công nghiệp

Tổng vốn đầu tư trực tiếp nước ngoài cấp mới và điều chỉnh tăng vào các khu công nghiệp, khu kinh tế của tỉnh trong 9 tháng năm 2026 tăng 18,4% so với cùng kỳ; tỷ lệ lấp đầy bình quân các khu công nghiệp đang hoạt động đạt 71,3%.

Theo Ban Quản lý Khu kinh tế tỉnh, từ đầu năm đến ngày 30/9/2026, các khu công nghiệp (KCN), khu kinh tế trên địa bàn tỉnh đã cấp mới 96 dự án FDI với tổng vốn đăng ký 1.042,6 triệu USD; điều chỉnh tăng vốn cho 83 lượt dự án với số vốn tăng thêm 587,3 triệu USD. Tính chung, tổng vốn FDI cấp mới và điều chỉnh đạt 1.629,9 triệu USD, tăng 18,4% so với cùng kỳ năm 2025 và đạt 108,7% kế hoạch năm.

Ở khu vực đầu tư trong nước, các KCN thu hút 38 dự án mới với vốn đăng ký 12.460 tỷ đồng; 21 dự án điều chỉnh tăng vốn thêm 2.318 tỷ đồng.

Khu vực tỉnh Long An (cũ) tiếp tục là điểm đến chính của dòng vốn, chiếm 64,2% số vốn FDI cấp mới, tập trung tại các KCN Phúc Long, Tân Đức, Thuận Đạo và Long Hậu 3 giai đoạn 2, nhờ lợi thế giáp Thành phố Hồ Chí Minh và tuyến Vành đai 3 sắp thông xe. Khu vực Tây Ninh (cũ) thu hút chủ yếu các dự án dệt may, sợi và linh kiện điện tử vào KCN Phước Đông, Thành Thành Công và Khu kinh tế cửa khẩu Mộc Bài.

Một góc KCN Phúc Long, xã Bình Chánh (phía Nam tỉnh). Ảnh: Hữu Đức

Về đối tác, Trung Quốc dẫn đầu với 412,5 triệu USD, chiếm 25,3% tổng vốn; tiếp theo là Hồng Kông (Trung Quốc) với 268 triệu USD, Singapore 221,4 triệu USD và Nhật Bản 150,8 triệu USD. Lĩnh vực công nghiệp chế biến, chế tạo chiếm phần lớn số vốn; các dự án logistics, kho lạnh bắt đầu tăng.

Lũy kế đến nay, các KCN, khu kinh tế của tỉnh có 1.518 dự án FDI còn hiệu lực với tổng vốn đăng ký 19,72 tỷ USD và 1.146 dự án đầu tư trong nước với tổng vốn 231.560 tỷ đồng.

Quỹ đất công nghiệp và tỷ lệ lấp đầy

Toàn tỉnh hiện có 47 KCN được thành lập theo quy hoạch với tổng diện tích 14.720 ha, trong đó 31 KCN đã đi vào hoạt động. Diện tích đất công nghiệp đã cho thuê đạt 5.216 ha; tỷ lệ lấp đầy bình quân các KCN đang hoạt động đạt 71,3%, tăng 2,6 điểm phần trăm so với cuối năm 2025. Một số KCN như Phúc Long, Thành Thành Công có tỷ lệ lấp đầy trên 95%. Giá thuê đất bình quân dao động 125 - 180 USD/m2 cho cả chu kỳ thuê.

Các doanh nghiệp trong KCN đạt kim ngạch xuất khẩu 7,84 tỷ USD, tăng 12,1%; kim ngạch nhập khẩu 6,02 tỷ USD. Các KCN đang sử dụng khoảng 412.000 lao động, trong đó có 1.950 lao động nước ngoài.

Ông Chen Wei, Tổng Giám đốc một doanh nghiệp vốn Đài Loan tại KCN Tân Đức, cho biết công ty vừa khởi công nhà máy thứ 2 với 3 dây chuyền sản xuất bao bì, dự kiến tuyển thêm 800 công nhân vào quý I/2027.

Năm 2026, tỉnh đặt mục tiêu thu hút 2 tỷ USD vốn FDI vào các KCN, khu kinh tế; nâng tỷ lệ lấp đầy bình quân lên 75%; đồng thời hoàn thành giải phóng mặt bằng 3 KCN mới theo Nghị định số 35/2022/NĐ-CP.

Nhà đầu tư có nhu cầu tìm hiểu xin liên hệ Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh, hotline: 0272 3829 115.

Hữu Đức - Ngọc Ánh

Tin cùng chuyên mục
- Khởi công đường Vành đai 3 đoạn qua tỉnh Tây Ninh
- Cao tốc Thành phố Hồ Chí Minh - Mộc Bài: giải phóng mặt bằng đạt 92%
- 9 tháng, xuất khẩu của tỉnh ước đạt 14,3 tỷ USD

Giấy phép số 18/GP-BVHTTDL | Tòa soạn: 248 đường 30/4, phường Tân Ninh, tỉnh Tây Ninh
'''
META = {'published': '2026-10-08', 'locality': 'tỉnh Tây Ninh'}
DEFAULTS = {'locality': 'tỉnh Tây Ninh', 'period': '2026-9M', 'modality': 'actual'}
F = {'indicator': 'fdi'}
LA = {'locality': 'tỉnh Long An'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('hơn 1,6 tỷ USD', '1,6 tỷ USD', 'level', 'USD', dict(F, bound='over')),
 ('2026 tăng 18,4%', '18,4%', 'change', '%', dict(F, direction='up', base='same_period')),
 ('đang hoạt động đạt 71,3%.\n', '71,3%', 'level', '%', dict()),
 ('96 dự án', '96', 'level', 'dự án', dict()),
 ('1.042,6 triệu USD', '1.042,6 triệu USD', 'level', 'USD', dict(F)),
 ('83 lượt dự án', '83', 'level', 'lượt dự án', dict()),
 ('587,3 triệu USD', '587,3 triệu USD', 'level', 'USD', dict(F)),
 ('1.629,9 triệu USD', '1.629,9 triệu USD', 'level', 'USD', dict(F)),
 ('tăng 18,4% so với cùng kỳ năm', '18,4%', 'change', '%', dict(F, direction='up', base='same_period')),
 ('đạt 108,7%', '108,7%', 'attainment', '%', dict(F, base='target')),
 ('38 dự án', '38', 'level', 'dự án', dict()),
 ('12.460 tỷ đồng', '12.460 tỷ đồng', 'level', 'VND', dict()),
 ('21 dự án', '21', 'level', 'dự án', dict()),
 ('2.318 tỷ đồng', '2.318 tỷ đồng', 'level', 'VND', dict()),
 ('chiếm 64,2%', '64,2%', 'level', '%', dict(LA)),
 ('412,5 triệu USD', '412,5 triệu USD', 'level', 'USD', dict(F)),
 ('chiếm 25,3%', '25,3%', 'level', '%', dict()),
 ('268 triệu USD', '268 triệu USD', 'level', 'USD', dict(F)),
 ('221,4 triệu USD', '221,4 triệu USD', 'level', 'USD', dict(F)),
 ('150,8 triệu USD', '150,8 triệu USD', 'level', 'USD', dict(F)),
 ('1.518 dự án', '1.518', 'level', 'dự án', dict()),
 ('19,72 tỷ USD', '19,72 tỷ USD', 'level', 'USD', dict(F)),
 ('1.146 dự án', '1.146', 'level', 'dự án', dict()),
 ('231.560 tỷ đồng', '231.560 tỷ đồng', 'level', 'VND', dict()),
 ('có 47 KCN', '47', 'level', 'khu công nghiệp', dict(optional=True)),
 ('14.720 ha', '14.720 ha', 'level', 'ha', dict()),
 ('31 KCN', '31', 'level', 'khu công nghiệp', dict(optional=True)),
 ('5.216 ha', '5.216 ha', 'level', 'ha', dict()),
 ('hoạt động đạt 71,3%,', '71,3%', 'level', '%', dict()),
 ('2,6 điểm phần trăm', '2,6 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='2025')),
 ('trên 95%', '95%', 'level', '%', dict(bound='over')),
 ('125 - 180 USD/m2', '125 - 180 USD/m2', 'level', 'USD/m2', dict()),
 ('7,84 tỷ USD', '7,84 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('tăng 12,1%', '12,1%', 'change', '%', dict(indicator='export_value', direction='up')),
 ('6,02 tỷ USD', '6,02 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('khoảng 412.000 lao động', '412.000', 'level', 'lao động', dict(bound='about')),
 ('1.950 lao động', '1.950', 'level', 'lao động', dict()),
 ('800 công nhân', '800', 'level', 'công nhân', dict(optional=True)),
 ('hút 2 tỷ USD', '2 tỷ USD', 'level', 'USD', dict(F, **T)),
 ('lên 75%', '75%', 'level', '%', dict(direction='up', **T)),
 ('3 KCN mới', '3', 'level', 'khu công nghiệp', dict(optional=True)),
]
