# Old-style tone marks (hoà, hoá, khoá, thuỷ, uỷ, khoẻ) as the paper's CMS serves them.
TEXT = '''
BÁO TRÀ VINH ĐIỆN TỬ
Tiếng Việt | ខ្មែរ | English
Trang chủ | Chính trị | Kinh tế | Văn hoá - Xã hội | Dân tộc - Tôn giáo | Pháp luật | Thể thao

Chính trị

Tỉnh uỷ Trà Vinh: Tập trung tháo gỡ điểm nghẽn, phấn đấu hoàn thành các chỉ tiêu năm 2023

Thứ Sáu, 14/07/2023 | 06:52

(BTV) - Ngày 13/7, Ban Chấp hành Đảng bộ tỉnh khoá XI tổ chức Hội nghị lần thứ 15 đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Ngô Chí Cường, Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ chủ trì hội nghị.

Đồng chí Ngô Chí Cường, Bí thư Tỉnh uỷ phát biểu kết luận hội nghị. Ảnh: THANH HOÀ

Theo báo cáo của Ban Thường vụ Tỉnh uỷ, trong 6 tháng đầu năm, kinh tế của tỉnh tiếp tục phục hồi nhưng tốc độ còn chậm. Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 5,12%, xếp thứ 6/13 tỉnh, thành phố vùng Đồng bằng sông Cửu Long. Tổng thu ngân sách nhà nước trên địa bàn ước 3.021 tỷ đồng, đạt 49,8% dự toán, bằng 88,4% so với cùng kỳ; giải ngân vốn đầu tư công đạt 1.452 tỷ đồng, tỷ lệ 38,2% kế hoạch vốn năm. Kim ngạch xuất khẩu ước đạt 382 triệu USD, tăng 6,7% so với cùng kỳ năm 2022.

Sản xuất nông nghiệp, thuỷ sản cơ bản ổn định; vụ lúa Đông Xuân năng suất bình quân 6,8 tấn/ha, sản lượng lúa đạt 412.600 tấn. Tỉnh thu hút mới 6 dự án với tổng vốn đăng ký 8.460 tỷ đồng, trong đó có dự án Nhà máy điện gió V1-3 giai đoạn 2 tại thị xã Duyên Hải. Chương trình xây dựng nông thôn mới tiếp tục được duy trì; đến nay, toàn tỉnh có 85/85 xã đạt chuẩn nông thôn mới, 38 xã đạt chuẩn nông thôn mới nâng cao và 7 xã đạt chuẩn nông thôn mới kiểu mẫu.

Lĩnh vực văn hoá - xã hội có nhiều chuyển biến; công tác chăm lo gia đình chính sách, hộ nghèo, đồng bào dân tộc Khmer được quan tâm. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 đến cuối năm 2022 còn 2,36%. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hoá" và Đề án 06 về phát triển ứng dụng dữ liệu dân cư được triển khai đồng bộ. Công tác xây dựng Đảng được tăng cường; 6 tháng qua toàn Đảng bộ kết nạp 842 đảng viên, đạt 42,1% chỉ tiêu năm.

Các đại biểu tham dự hội nghị. Ảnh: THANH HOÀ

Tuy nhiên, hội nghị cũng nhận định một số chỉ tiêu đạt thấp so với kế hoạch, nhất là tăng trưởng kinh tế, thu ngân sách và giải ngân vốn đầu tư công; sản xuất công nghiệp gặp khó, một số doanh nghiệp thuỷ sản thiếu đơn hàng; tình trạng lao động mất việc làm ở một số khu vực còn xảy ra.

Phát biểu kết luận, Bí thư Tỉnh uỷ Ngô Chí Cường yêu cầu các cấp uỷ, chính quyền, nhất là người đứng đầu phải chủ động, quyết liệt hơn nữa, khắc phục tình trạng né tránh, đùn đẩy, sợ trách nhiệm. Tập trung tháo gỡ khó khăn cho doanh nghiệp, đẩy nhanh tiến độ các công trình trọng điểm như Quốc lộ 53 đoạn qua huyện Cầu Ngang, cầu Cổ Chiên và các dự án năng lượng tái tạo ở khu kinh tế Định An; sớm hoàn chỉnh, công bố Quy hoạch tỉnh Trà Vinh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.

Đối với những chỉ tiêu đạt thấp, Bí thư Tỉnh uỷ đề nghị các ngành, địa phương phân tích rõ nguyên nhân, có giải pháp cụ thể để phấn đấu đến cuối năm tốc độ tăng trưởng GRDP đạt từ 7% trở lên; tổng thu ngân sách vượt 5% dự toán; giải ngân vốn đầu tư công đạt 100% kế hoạch. Đồng thời, thực hiện tốt chính sách an sinh xã hội, phấn đấu giảm tỷ lệ hộ nghèo từ 0,5 - 0,7% trong năm 2023, chăm lo tốt Tết cổ truyền Chôl Chnăm Thmây và lễ Sene Dolta của đồng bào Khmer.

"Thời gian còn lại của năm 2023 không nhiều, khối lượng công việc rất lớn. Mỗi cán bộ, đảng viên phải nêu cao tinh thần trách nhiệm, làm việc với tinh thần có việc, có người, có sản phẩm, không để việc ngoài giờ ảnh hưởng sức khoẻ nhưng cũng không để việc chậm trễ", đồng chí Ngô Chí Cường nhấn mạnh.

Dịp này, hội nghị cũng cho ý kiến về dự thảo Nghị quyết của Tỉnh uỷ về phát triển kinh tế biển đến năm 2030 và Kết luận số 112-KL/TU về công tác cán bộ. Hội nghị bế mạc lúc 17 giờ 30 cùng ngày.

HỮU HUỆ

Tin cùng chuyên mục
- Châu Thành: 6 tháng đầu năm thu ngân sách đạt 55,6% dự toán (13/07/2023)
- Cầu Kè kết nạp 96 đảng viên mới (12/07/2023)
- Trà Vinh có thêm 2 xã nông thôn mới kiểu mẫu (10/07/2023)

BÁO TRÀ VINH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TRÀ VINH
Giấy phép số 299/GP-BTTTT. Địa chỉ: số 38, đường Nam Kỳ Khởi Nghĩa, Phường 2, TP. Trà Vinh. ĐT: 0294.3862.365
'''
META = {'published': '2023-07-14', 'locality': 'tỉnh Trà Vinh'}
DEFAULTS = {'locality': 'tỉnh Trà Vinh', 'period': '2023-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2023'}
FIGS = [
 ('ước đạt 5,12%', '5,12%', 'level', '%', dict(E, indicator='grdp_growth')),
 ('ước 3.021 tỷ đồng', '3.021 tỷ đồng', 'level', 'VND', dict(E, indicator='budget_revenue')),
 ('đạt 49,8% dự toán', '49,8%', 'attainment', '%', dict(E, indicator='budget_revenue', base='target')),
 ('bằng 88,4% so với cùng kỳ', '88,4%', 'attainment', '%', dict(E, indicator='budget_revenue', base='same_period')),
 ('đạt 1.452 tỷ đồng', '1.452 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('tỷ lệ 38,2% kế hoạch', '38,2%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('ước đạt 382 triệu USD', '382 triệu USD', 'level', 'USD', dict(E, indicator='export_value')),
 ('tăng 6,7% so với cùng kỳ', '6,7%', 'change', '%', dict(E, indicator='export_value', direction='up', base='same_period')),
 ('6,8 tấn/ha', '6,8 tấn/ha', 'level', 'tấn/ha', dict()),
 ('đạt 412.600 tấn', '412.600 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('thu hút mới 6 dự án', '6', 'level', 'dự án', dict()),
 ('ký 8.460 tỷ đồng', '8.460 tỷ đồng', 'level', 'VND', dict()),
 ('có 85/85 xã', '85/85', 'ratio', 'xã', dict(indicator='new_rural_communes')),
 ('38 xã đạt chuẩn', '38', 'level', 'xã', dict(indicator='new_rural_communes_advanced')),
 ('7 xã đạt chuẩn', '7', 'level', 'xã', dict(indicator='new_rural_communes_model')),
 ('còn 2,36%', '2,36%', 'level', '%', dict(indicator='poverty_rate', period='2022')),
 ('kết nạp 842 đảng viên', '842', 'level', 'đảng viên', dict(indicator='new_party_members')),
 ('đạt 42,1% chỉ tiêu', '42,1%', 'attainment', '%', dict(indicator='new_party_members', base='target')),
 ('đạt từ 7% trở lên', '7%', 'level', '%', dict(T, indicator='grdp_growth', bound='at_least')),
 ('vượt 5% dự toán', '5%', 'change', '%', dict(T, indicator='budget_revenue', direction='up', base='target', status='exceeded')),
 ('đạt 100% kế hoạch', '100%', 'attainment', '%', dict(T, indicator='public_investment_disbursement', base='target')),
 ('từ 0,5 - 0,7%', '0,5 - 0,7%', 'change', '%', dict(T, indicator='poverty_rate', direction='down')),
]
