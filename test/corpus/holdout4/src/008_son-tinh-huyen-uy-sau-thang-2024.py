TEXT = '''
Chính trị

Sơn Tịnh: Sáu tháng đầu năm, nhiều chỉ tiêu đạt khá

Thứ Bảy, 13/07/2024 | 20:15

(Baoquangngai.vn)- Ngày 13/7, Ban Chấp hành Đảng bộ huyện Sơn Tịnh tổ chức hội nghị lần thứ 22, sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024.

Bí thư Huyện ủy Sơn Tịnh phát biểu kết luận hội nghị. ẢNH: NGỌC ÁNH
Bí thư Huyện ủy Sơn Tịnh phát biểu kết luận hội nghị. ẢNH: NGỌC ÁNH

Theo báo cáo, trong 6 tháng đầu năm 2024, giá trị sản xuất nông - lâm - thủy sản ước đạt 1.082 tỷ đồng, tăng 2,9% so với cùng kỳ. Vụ Đông Xuân, toàn huyện xuống giống 6.740 ha lúa, năng suất bình quân đạt 66,2 tạ/ha, tăng 1,4 tạ/ha so với vụ Đông Xuân năm trước; sản lượng lúa đạt 44.600 tấn. Tổng đàn gia cầm ước đạt 412.000 con/KH 420.000 con.

Sản xuất công nghiệp - tiểu thủ công nghiệp duy trì ổn định, giá trị sản xuất ước đạt 2.315 tỷ đồng, bằng 47,6% kế hoạch năm. Thu ngân sách trên địa bàn đạt 186,4 tỷ đồng, bằng 53% dự toán; trong đó thu tiền sử dụng đất 121 tỷ đồng. Tỷ lệ giải ngân vốn đầu tư công đạt 41,7%, cao hơn 6,2 điểm % so với bình quân chung của tỉnh.

Công tác xây dựng nông thôn mới tiếp tục được quan tâm; đến nay, toàn huyện có năm xã đạt chuẩn nông thôn mới nâng cao, xã Tịnh Bình đạt 17/19 tiêu chí nông thôn mới kiểu mẫu. Huyện có 14 sản phẩm OCOP còn hiệu lực.

Lĩnh vực văn hóa - xã hội có nhiều chuyển biến. Huyện đã tạo việc làm mới cho 760 lao động, đạt 50,7% kế hoạch; tuyển sinh đào tạo nghề 320 người. Kết quả thi tốt nghiệp THPT năm 2024, tỷ lệ đỗ của học sinh trên địa bàn đạt 98,9%. Tỷ lệ hộ nghèo giảm từ 2,84% đầu năm xuống còn 2,31%, tương ứng còn 389 hộ nghèo. Có 94,3% người dân tham gia bảo hiểm y tế.

Quốc phòng - an ninh được giữ vững. Phạm pháp hình sự xảy ra 11 vụ, giảm hai vụ so với cùng kỳ; tai nạn giao thông giảm 25% số vụ, không để xảy ra tai nạn giao thông đặc biệt nghiêm trọng.

Hội nghị Huyện ủy Sơn Tịnh.
Hội nghị Huyện ủy Sơn Tịnh.

Công tác xây dựng Đảng được chú trọng. Sáu tháng đầu năm, Đảng bộ huyện kết nạp 54 đảng viên, bằng 49,1% chỉ tiêu năm; hoàn thành đại hội 39/39 chi bộ trực thuộc đảng bộ cơ sở nhiệm kỳ 2024 - 2027.

Tuy nhiên, hội nghị cũng thẳng thắn chỉ ra hạn chế: tiến độ bồi thường, giải phóng mặt bằng một số dự án trên tuyến Quốc lộ 24C còn chậm; tình trạng khai thác cát trái phép trên sông Trà Khúc chưa được chấm dứt.

Trong 6 tháng cuối năm, huyện tập trung hoàn thành các chỉ tiêu năm 2024: giá trị sản xuất công nghiệp đạt 4.860 tỷ đồng; thu ngân sách 352 tỷ đồng; kết nạp 110 đảng viên; tỷ lệ hộ nghèo giảm còn 1,9%; có thêm một xã đạt chuẩn nông thôn mới kiểu mẫu.

Ngọc Ánh

Chia sẻ bài viết

BÌNH LUẬN
'''
META = {'published': '2024-07-13', 'locality': 'huyện Sơn Tịnh'}
DEFAULTS = {'locality': 'huyện Sơn Tịnh', 'period': '2024-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('ước đạt 1.082 tỷ đồng', '1.082 tỷ đồng', 'level', 'VND', dict(indicator='agricultural_output_value', **E)),
 ('tăng 2,9% so với cùng kỳ', '2,9%', 'change', '%', dict(indicator='agricultural_output_value', direction='up', base='same_period', **E)),
 ('xuống giống 6.740 ha', '6.740 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 66,2 tạ/ha', '66,2 tạ/ha', 'level', 'tạ/ha', {}),
 ('tăng 1,4 tạ/ha', '1,4 tạ/ha', 'change', 'tạ/ha', dict(direction='up', base='same_period')),
 ('đạt 44.600 tấn', '44.600 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('ước đạt 412.000 con', '412.000', 'level', 'con', E),
 ('KH 420.000 con', '420.000', 'level', 'con', dict(period='2024', modality='target')),
 ('ước đạt 2.315 tỷ đồng', '2.315 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **E)),
 ('bằng 47,6% kế hoạch năm', '47,6%', 'attainment', '%', dict(indicator='industrial_output_value', base='target', **E)),
 ('đạt 186,4 tỷ đồng', '186,4 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 53% dự toán', '53%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('thu tiền sử dụng đất 121 tỷ đồng', '121 tỷ đồng', 'level', 'VND', {}),
 ('đạt 41,7%', '41,7%', 'level', '%', dict(indicator='public_investment_disbursement')),
 ('cao hơn 6,2 điểm %', '6,2 điểm %', 'change', 'điểm %', dict(indicator='public_investment_disbursement', direction='up')),
 ('có năm xã đạt chuẩn', 'năm', 'level', 'xã', dict(value=5, indicator='new_rural_communes_advanced')),
 ('đạt 17/19 tiêu chí', '17/19', 'ratio', 'tiêu chí', dict(indicator='new_rural_criteria', locality='xã Tịnh Bình', status='achieved')),
 ('có 14 sản phẩm OCOP', '14', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('cho 760 lao động', '760', 'level', 'lao động', dict(indicator='new_jobs')),
 ('đạt 50,7% kế hoạch', '50,7%', 'attainment', '%', dict(indicator='new_jobs', base='target')),
 ('đào tạo nghề 320 người', '320', 'level', 'người', dict(indicator='vocational_training')),
 ('trên địa bàn đạt 98,9%', '98,9%', 'level', '%', {}),
 ('giảm từ 2,84%', '2,84%', 'level', '%', dict(indicator='poverty_rate', period='2023')),
 ('xuống còn 2,31%', '2,31%', 'level', '%', dict(indicator='poverty_rate', direction='down')),
 ('còn 389 hộ nghèo', '389', 'level', 'hộ', dict(indicator='poor_households')),
 ('Có 94,3% người dân', '94,3%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('xảy ra 11 vụ', '11', 'level', 'vụ', dict(indicator='crime')),
 ('giảm hai vụ', 'hai', 'change', 'vụ', dict(value=2, indicator='crime', direction='down', base='same_period')),
 ('giảm 25% số vụ', '25%', 'change', '%', dict(indicator='traffic_accidents', direction='down')),
 ('kết nạp 54 đảng viên', '54', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('bằng 49,1% chỉ tiêu năm', '49,1%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('đại hội 39/39 chi bộ', '39/39', 'ratio', 'chi bộ', {}),
 ('đạt 4.860 tỷ đồng', '4.860 tỷ đồng', 'level', 'VND', dict(indicator='industrial_output_value', **T)),
 ('thu ngân sách 352 tỷ đồng', '352 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('kết nạp 110 đảng viên', '110', 'level', 'đảng viên', dict(indicator='new_party_members', **T)),
 ('giảm còn 1,9%', '1,9%', 'level', '%', dict(indicator='poverty_rate', direction='down', **T)),
 ('thêm một xã đạt chuẩn', 'một', 'level', 'xã', dict(value=1, indicator='new_rural_communes_model', **T)),
]
