# Cần Thơ (mới: Cần Thơ + Sóc Trăng + Hậu Giang), Đề án 06, online services and cashless payments to 30/9/2025.
# Stocks "tính đến ngày 30/9/2025" / "đến cuối tháng 9" are 2025-M09; flows of "9 tháng" 2025-9M; "Từ ngày 1/7 đến 30/9"
# 2025-Q3 (holdout48). Shares of the dossiers or documents handled over the stretch are flows (2025-9M), as holdout23
# reads them under a cut-off. A former province named as a part ("khu vực Sóc Trăng cũ") owns its clause.
TEXT = '''
BÁO CẦN THƠ ONLINE
Thứ Tư, ngày 08/10/2025 | 14:36

Thời sự | Kinh tế | Chuyển đổi số | Xã hội | Văn hóa | Thể thao | Sóc Trăng - Hậu Giang

Cần Thơ: Hơn 2,9 triệu tài khoản định danh điện tử được kích hoạt

(CT) - Tính đến ngày 30/9/2025, toàn thành phố đã kích hoạt 2.918.460 tài khoản định danh điện tử mức độ 2, đạt 86,9% số công dân đủ điều kiện. Trong đó, khu vực Cần Thơ cũ đạt 91,2%, khu vực Sóc Trăng cũ đạt 84,5%, khu vực Hậu Giang cũ đạt 83,7%.

Thông tin trên được Ban Chỉ đạo Đề án 06 thành phố đưa ra tại hội nghị sơ kết 9 tháng, tổ chức chiều 7/10. Sau hợp nhất, thành phố Cần Thơ có 103 xã, phường và hơn 4,1 triệu dân.

Hơn 812.000 hồ sơ nộp trực tuyến

9 tháng năm 2025, hệ thống thông tin giải quyết thủ tục hành chính thành phố tiếp nhận 1.046.780 hồ sơ, trong đó 812.350 hồ sơ trực tuyến, chiếm 77,6%; tỷ lệ giải quyết trước và đúng hạn đạt 98,4%. Từ ngày 1/7 đến 30/9, Trung tâm Phục vụ hành chính công của các xã, phường tiếp nhận 486.200 hồ sơ, tỷ lệ trực tuyến 81,3%.

Về thanh toán không dùng tiền mặt, đến cuối tháng 9, 100% bệnh viện công lập và 98,6% trường học trên địa bàn đã triển khai thu phí không dùng tiền mặt; tỷ lệ chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản đạt 72,4%, tăng 9,8 điểm phần trăm so với cùng kỳ năm 2024. Số tài khoản thanh toán cá nhân mở tại các ngân hàng trên địa bàn ước đạt 4,82 triệu tài khoản, tăng 12,1% so với cuối năm 2024.

Các cơ quan nhà nước của thành phố đã được cấp 18.420 chứng thư số chuyên dùng; 100% văn bản đi (trừ văn bản mật) được ký số, gửi nhận trên môi trường mạng. Chữ ký số cá nhân cho người dân được cấp miễn phí qua ứng dụng VNeID từ tháng 7; đến nay đã có 326.500 người sử dụng.

Hạ tầng số từng bước hoàn thiện

Theo Sở Khoa học và Công nghệ, 9 tháng năm 2025, doanh thu các doanh nghiệp công nghệ số trên địa bàn ước đạt 3.215 tỷ đồng, tăng 14,6% so với cùng kỳ. Tỷ lệ hộ gia đình có cáp quang băng rộng đạt 88,3%; sóng 4G phủ 99,7% khu vực dân cư, riêng khu vực Hậu Giang cũ đạt 98,9%.

Các xã, phường vẫn còn chênh lệch lớn về kết quả chuyển đổi số. Tỷ lệ hồ sơ trực tuyến của các phường trung tâm như Ninh Kiều, Cái Khế, Tân An đạt từ 90 - 95%, trong khi một số xã vùng sâu chỉ đạt 45 - 55%. Toàn thành phố có 97/103 xã, phường đã thành lập tổ công nghệ số cộng đồng với khoảng 6.800 thành viên.

Tổ công nghệ số cộng đồng phường Sóc Trăng hỗ trợ người cao tuổi cài đặt ứng dụng VNeID. Ảnh: Duy Khôi

Bà Thạch Thị Sa Ri (68 tuổi, ngụ ấp Phước Thạnh, xã Mỹ Xuyên) cho biết, từ tháng 8, bà nhận 1,2 triệu đồng trợ cấp hằng tháng qua tài khoản ngân hàng, không phải đi lại như trước.

Năm 2024, Chỉ số chuyển đổi số (DTI) của thành phố Cần Thơ (cũ) đạt 0,5517 điểm, xếp thứ 21/63 tỉnh, thành phố.

Phát biểu kết luận, Phó Chủ tịch UBND thành phố Trần Chí Hùng đề nghị đến cuối năm 2025, tỷ lệ kích hoạt tài khoản định danh điện tử đạt trên 90%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80% - 85%; các xã, phường khu vực Sóc Trăng cũ và Hậu Giang cũ phải hoàn thành làm sạch dữ liệu đất đai trước ngày 15/12.

DUY KHÔI

Tin liên quan:
- Cần Thơ: 9 tháng, thu hút 2,1 tỷ USD vốn đầu tư
- Hơn 600 điểm phát wifi miễn phí tại khu vực trung tâm
- Phường Ninh Kiều thí điểm "bản đồ số" cho người dân

Báo Cần Thơ - Cơ quan của Đảng bộ thành phố Cần Thơ | Giấy phép số 62/GP-BTTTT | Địa chỉ: 143 Trần Văn Khéo, phường Cái Khế | ĐT: 0292.3820.384
'''
META = {'published': '2025-10-08', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025-M09', 'modality': 'actual'}
NM = dict(period='2025-9M')
Q3 = dict(period='2025-Q3')
UP = dict(direction='up')
T = dict(period='2025', modality='target')
FIGS = [
 ('Hơn 2,9 triệu tài khoản', '2,9 triệu', 'level', 'tài khoản', dict(bound='over')),
 ('kích hoạt 2.918.460 tài khoản', '2.918.460', 'level', 'tài khoản', dict()),
 ('đạt 86,9%', '86,9%', 'level', '%', dict()),
 ('đạt 91,2%', '91,2%', 'level', '%', dict()),
 ('đạt 84,5%', '84,5%', 'level', '%', dict(locality='tỉnh Sóc Trăng')),
 ('đạt 83,7%', '83,7%', 'level', '%', dict(locality='tỉnh Hậu Giang')),
 ('có 103 xã, phường', '103', 'level', 'xã', dict(optional=True)),
 ('hơn 4,1 triệu dân', '4,1 triệu', 'level', 'dân', dict(optional=True)),
 ('Hơn 812.000 hồ sơ', '812.000', 'level', 'hồ sơ', dict(NM, bound='over')),
 ('tiếp nhận 1.046.780 hồ sơ', '1.046.780', 'level', 'hồ sơ', dict(NM)),
 ('812.350 hồ sơ', '812.350', 'level', 'hồ sơ', dict(NM)),
 ('chiếm 77,6%', '77,6%', 'level', '%', dict(NM)),
 ('đạt 98,4%', '98,4%', 'level', '%', dict(NM)),
 ('486.200 hồ sơ', '486.200', 'level', 'hồ sơ', dict(Q3)),
 ('trực tuyến 81,3%', '81,3%', 'level', '%', dict(Q3)),
 ('100% bệnh viện', '100%', 'level', '%', dict()),
 ('98,6% trường học', '98,6%', 'level', '%', dict()),
 ('đạt 72,4%', '72,4%', 'level', '%', dict()),
 ('9,8 điểm phần trăm', '9,8 điểm phần trăm', 'change', 'điểm %', dict(UP, base='same_period')),
 ('ước đạt 4,82 triệu', '4,82 triệu', 'level', 'tài khoản', dict(modality='estimate')),
 ('tăng 12,1%', '12,1%', 'change', '%', dict(UP, base='2024', modality='estimate')),
 ('cấp 18.420 chứng thư số', '18.420', 'level', 'chứng thư số', dict()),
 ('100% văn bản', '100%', 'level', '%', dict(NM)),
 ('có 326.500 người', '326.500', 'level', 'người', dict()),
 ('ước đạt 3.215 tỷ đồng', '3.215 tỷ đồng', 'level', 'VND', dict(NM, modality='estimate')),
 ('tăng 14,6%', '14,6%', 'change', '%', dict(NM, modality='estimate', direction='up', base='same_period')),
 ('đạt 88,3%', '88,3%', 'level', '%', dict(NM)),
 ('phủ 99,7%', '99,7%', 'level', '%', dict(NM)),
 ('đạt 98,9%', '98,9%', 'level', '%', dict(NM, locality='tỉnh Hậu Giang')),
 ('từ 90 - 95%', '90 - 95%', 'level', '%', dict(NM)),
 ('đạt 45 - 55%', '45 - 55%', 'level', '%', dict(NM)),
 ('có 97/103 xã', '97/103', 'ratio', 'xã', dict()),
 ('khoảng 6.800 thành viên', '6.800', 'level', 'thành viên', dict(optional=True)),
 ('đạt 0,5517 điểm', '0,5517 điểm', 'level', 'điểm', dict(period='2024')),
 ('đạt trên 90%', '90%', 'level', '%', dict(T, bound='over')),
 ('80% - 85%', '80% - 85%', 'level', '%', dict(T)),
]
