TEXT = '''
Báo Quảng Ngãi điện tử
Thứ Hai, 13/10/2025 07:30 (GMT+7)

Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Quốc phòng - An ninh | Măng Đen

Thu tiền sử dụng đất 9 tháng mới đạt 41,8% dự toán

(Baoquangngai.vn) - Đến hết tháng 9/2025, thu tiền sử dụng đất trên địa bàn tỉnh đạt 1.254 tỷ đồng, chỉ bằng 41,8% dự toán và giảm 23,5% so với cùng kỳ năm 2024. Vướng mắc trong bồi thường, giải phóng mặt bằng (GPMB) vẫn là nguyên nhân chính khiến nhiều quỹ đất chưa thể đưa ra đấu giá.

Theo Sở Tài chính, dự toán thu tiền sử dụng đất năm 2025 của tỉnh sau hợp nhất là 3.000 tỷ đồng, trong đó khu vực Quảng Ngãi cũ 2.450 tỷ đồng, khu vực Kon Tum cũ 550 tỷ đồng. Sau 9 tháng, khu vực Quảng Ngãi cũ thu 1.036 tỷ đồng, đạt 42,3%; khu vực Kon Tum cũ thu 218 tỷ đồng, đạt 39,6%.

Trong 9 tháng, tỉnh tổ chức 26 phiên đấu giá quyền sử dụng đất với 412 lô đất, tổng số tiền trúng đấu giá 386 tỷ đồng, cao hơn giá khởi điểm 18,2%. Nhiều phiên phải hủy do không có người đăng ký tham gia, nhất là các khu dân cư ở xa trung tâm.

Ảnh: Khu dân cư phía Nam đường Hai Bà Trưng (phường Cẩm Thành) đã hoàn thiện hạ tầng nhưng chưa thể đấu giá do còn vướng mặt bằng. Ảnh: T.Phương

Tính đến ngày 30/9/2025, toàn tỉnh có 214 dự án phải thu hồi đất với tổng diện tích 3.860 ha, liên quan 12.640 hộ dân. Các địa phương đã bàn giao 2.912 ha mặt bằng, đạt 75,4%; chi trả tiền bồi thường, hỗ trợ 1.428 tỷ đồng cho 9.850 hộ; bố trí 1.126 lô đất tái định cư. Hiện còn 46 dự án chậm tiến độ GPMB, trong đó 9 dự án trọng điểm.

Riêng phường Cẩm Thành còn 37 hộ chưa đồng thuận với phương án bồi thường tại dự án Khu dân cư phía Nam đường Hai Bà Trưng. Ở xã Vạn Tường, dự án mở rộng Khu kinh tế Dung Quất đã bàn giao 186/240 ha.

Ông Trần Minh Khoa, Phó Giám đốc Sở Nông nghiệp và Môi trường cho biết, giá đất cụ thể để tính bồi thường tại nhiều nơi thấp hơn giá thị trường từ 20 - 30% nên người dân chưa đồng thuận.

Theo chỉ đạo của UBND tỉnh, từ nay đến cuối năm các địa phương phấn đấu thu tiền sử dụng đất đạt ít nhất 2.400 tỷ đồng, bằng 80% dự toán; bàn giao thêm 500 ha mặt bằng cho các dự án trọng điểm trước ngày 31/12/2025.

Thanh Phương

Tin cùng chuyên mục
- Giải ngân vốn đầu tư công 9 tháng đạt 52,6% (10/10/2025)
- Xã Sơn Hà: 120 hộ nhận tiền bồi thường dự án hồ chứa nước (08/10/2025)
- Kon Plông đón 1,2 triệu lượt khách (05/10/2025)

Báo Quảng Ngãi - Cơ quan của Đảng bộ tỉnh Quảng Ngãi. Địa chỉ: 41 Nguyễn Nghiêm, phường Cẩm Thành, tỉnh Quảng Ngãi. ĐT: 0255.3822.593
'''
META = {'published': '2025-10-13', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2025-9M', 'modality': 'actual'}
BR = dict(indicator='budget_revenue')
T = dict(modality='target', period='2025')
M9 = dict(period='2025-M09')
KT = dict(locality='tỉnh Kon Tum')
FIGS = [
 ('đạt 41,8% dự toán\n', '41,8%', 'attainment', '%', dict(BR, base='target')),
 ('đạt 1.254 tỷ đồng', '1.254 tỷ đồng', 'level', 'VND', dict(BR)),
 ('bằng 41,8% dự toán và', '41,8%', 'attainment', '%', dict(BR, base='target')),
 ('giảm 23,5%', '23,5%', 'change', '%', dict(BR, direction='down', base='same_period')),
 ('là 3.000 tỷ đồng', '3.000 tỷ đồng', 'level', 'VND', dict(BR, **T)),
 ('cũ 2.450 tỷ đồng', '2.450 tỷ đồng', 'level', 'VND', dict(BR, **T)),
 ('cũ 550 tỷ đồng', '550 tỷ đồng', 'level', 'VND', dict(BR, **T, **KT)),
 ('thu 1.036 tỷ đồng', '1.036 tỷ đồng', 'level', 'VND', dict(BR)),
 ('đạt 42,3%', '42,3%', 'attainment', '%', dict(BR, base='target')),
 ('thu 218 tỷ đồng', '218 tỷ đồng', 'level', 'VND', dict(BR, **KT)),
 ('đạt 39,6%', '39,6%', 'attainment', '%', dict(BR, **KT, base='target')),
 ('tổ chức 26 phiên', '26', 'level', 'phiên', dict(optional=True)),
 ('với 412 lô', '412', 'level', 'lô đất', dict()),
 ('giá 386 tỷ đồng', '386 tỷ đồng', 'level', 'VND', dict()),
 ('khởi điểm 18,2%', '18,2%', 'change', '%', dict(direction='up')),
 ('có 214 dự án', '214', 'level', 'dự án', dict(M9)),
 ('tích 3.860 ha', '3.860 ha', 'level', 'ha', dict(M9)),
 ('quan 12.640 hộ', '12.640', 'level', 'hộ', dict(M9)),
 ('bàn giao 2.912 ha', '2.912 ha', 'level', 'ha', dict(M9)),
 ('đạt 75,4%', '75,4%', 'level', '%', dict(M9)),
 ('trợ 1.428 tỷ đồng', '1.428 tỷ đồng', 'level', 'VND', dict(M9)),
 ('cho 9.850 hộ', '9.850', 'level', 'hộ', dict(M9)),
 ('trí 1.126 lô', '1.126', 'level', 'lô đất', dict(M9)),
 ('còn 46 dự án', '46', 'level', 'dự án', dict(M9)),
 ('đó 9 dự án', '9', 'level', 'dự án', dict(M9)),
 ('còn 37 hộ', '37', 'level', 'hộ', dict(M9, locality='phường Cẩm Thành')),
 ('giao 186/240 ha', '186/240 ha', 'ratio', 'ha', dict(M9, locality='xã Vạn Tường')),
 ('từ 20 - 30%', '20 - 30%', 'level', '%', dict(optional=True)),
 ('ít nhất 2.400 tỷ đồng', '2.400 tỷ đồng', 'level', 'VND', dict(BR, **T, bound='at_least')),
 ('bằng 80% dự toán', '80%', 'attainment', '%', dict(BR, **T, base='target')),
 ('thêm 500 ha', '500 ha', 'level', 'ha', dict(T)),
]
