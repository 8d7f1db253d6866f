TEXT = '''
Báo Lâm Đồng điện tử
03/04/2026 15:22

Quý I/2026: Xảy ra 9 vụ cháy rừng, giảm 5 vụ so với cùng kỳ

Quý I/2026, trên địa bàn tỉnh Lâm Đồng xảy ra 9 vụ cháy rừng, diện tích bị thiệt hại 14,6 ha, chủ yếu là rừng thông tái sinh và thảm cỏ dưới tán rừng; so với cùng kỳ năm 2025 giảm 5 vụ và giảm 38,2% diện tích thiệt hại.

Theo Chi cục Kiểm lâm, cũng trong quý I, lực lượng chức năng phát hiện 187 vụ vi phạm pháp luật về lâm nghiệp, giảm 12,2%; diện tích rừng bị phá trái phép 21,4 ha, trong đó khu vực Đắk Nông cũ chiếm 13,8 ha. Đã xử lý hành chính 142 vụ, khởi tố hình sự 11 vụ; tịch thu 96,3 m3 gỗ, thu nộp ngân sách 2,8 tỷ đồng.

Lực lượng kiểm lâm và người dân dập lửa tại tiểu khu 264, xã Lạc Dương. Ảnh: K.Phúc

Tại xã Quảng Sơn, nơi từng là "điểm nóng" phá rừng, chính quyền đã giao khoán bảo vệ 4.260 ha rừng cho 318 hộ đồng bào dân tộc thiểu số tại chỗ, mức chi trả bình quân 650.000 đồng/ha/năm.

Đến cuối năm 2025, tỷ lệ che phủ rừng của tỉnh Lâm Đồng (sau hợp nhất) đạt 51,3%. Năm 2026, tỉnh đặt mục tiêu trồng mới 3.500 ha rừng, giữ tỷ lệ che phủ rừng không thấp hơn 51%, giảm ít nhất 10% số vụ vi phạm so với năm 2025.

Khánh Phúc

Tin khác
- Đơn Dương: Trồng 120 ha rừng phòng hộ đầu nguồn (01/04/2026)
- Bảo Lộc công bố cấp dự báo cháy rừng cấp IV, cấp V (28/03/2026)
- Phan Thiết ra quân làm sạch 12 km bờ biển (25/03/2026)

Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng. Số 38 Quang Trung, phường Xuân Hương - Đà Lạt. ĐT: 0263.3822.374
'''
META = {'published': '2026-04-03', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2026-Q1', 'modality': 'actual'}
T = dict(modality='target', period='2026')
FIGS = [
 ('Xảy ra 9 vụ', '9', 'level', 'vụ', dict()),
 ('giảm 5 vụ so với cùng kỳ\n', '5', 'change', 'vụ', dict(direction='down', base='same_period')),
 ('ra 9 vụ cháy rừng, diện', '9', 'level', 'vụ', dict()),
 ('hại 14,6 ha', '14,6 ha', 'level', 'ha', dict()),
 ('giảm 5 vụ và', '5', 'change', 'vụ', dict(direction='down', base='same_period')),
 ('giảm 38,2%', '38,2%', 'change', '%', dict(direction='down', base='same_period')),
 ('hiện 187 vụ', '187', 'level', 'vụ', dict()),
 ('giảm 12,2%', '12,2%', 'change', '%', dict(direction='down')),
 ('phép 21,4 ha', '21,4 ha', 'level', 'ha', dict()),
 ('chiếm 13,8 ha', '13,8 ha', 'level', 'ha', dict(locality='tỉnh Đắk Nông')),
 ('chính 142 vụ', '142', 'level', 'vụ', dict()),
 ('sự 11 vụ', '11', 'level', 'vụ', dict()),
 ('thu 96,3 m3', '96,3 m3', 'level', 'm3', dict()),
 ('sách 2,8 tỷ đồng', '2,8 tỷ đồng', 'level', 'VND', dict()),
 ('vệ 4.260 ha', '4.260 ha', 'level', 'ha', dict(locality='xã Quảng Sơn')),
 ('cho 318 hộ', '318', 'level', 'hộ', dict(locality='xã Quảng Sơn')),
 ('650.000 đồng/ha/năm', '650.000 đồng/ha/năm', 'level', 'VND/ha/năm', dict(locality='xã Quảng Sơn')),
 ('đạt 51,3%', '51,3%', 'level', '%', dict(indicator='forest_cover', period='2025')),
 ('mới 3.500 ha', '3.500 ha', 'level', 'ha', dict(T)),
 ('hơn 51%', '51%', 'level', '%', dict(T, indicator='forest_cover', bound='at_least')),
 ('ít nhất 10%', '10%', 'change', '%', dict(T, direction='down', base='2025', bound='at_least')),
]
