# Tuyên Quang (mới: Tuyên Quang + Hà Giang), digital transformation and Đề án 06 to the end of October 2026.
# Stocks counted "đến hết tháng 10/2026" take '2026-M10'; flows counted from the start of the year take '2026-10M'.
TEXT = '''
TUYÊN QUANG ĐIỆN TỬ
Tin tức | Chuyển đổi số | Kinh tế | Xã hội | Quốc phòng - An ninh | Du lịch Tuyên Quang - Hà Giang
Thứ Năm, 12/11/2026

Chuyển đổi số

Tuyên Quang: 86,7% hồ sơ thủ tục hành chính được nộp trực tuyến

12/11/2026 - 09:05 | Cỡ chữ: A- A+ | In bài

(BTQ) - Tính đến hết tháng 10/2026, tỉnh Tuyên Quang đã đưa phần lớn thủ tục hành chính lên môi trường mạng, dữ liệu dân cư của Đề án 06 được khai thác ở cả 124 xã, phường. Đây là kết quả được nêu tại hội nghị sơ kết 10 tháng thực hiện Nghị quyết số 57-NQ/TW và Đề án 06 do Ban Chỉ đạo tỉnh tổ chức ngày 11/11.

Dịch vụ công trực tuyến toàn trình chiếm gần hai phần ba

Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh hiện cung cấp 1.742 dịch vụ công trực tuyến, trong đó 1.096 dịch vụ toàn trình, chiếm 62,9%. Từ đầu năm, các cơ quan, đơn vị và chính quyền cấp xã tiếp nhận 1.284.560 hồ sơ; trong đó 1.113.700 hồ sơ nộp trực tuyến, tỷ lệ 86,7%, tăng 19,3 điểm phần trăm so với năm 2025 (tính chung hai tỉnh Tuyên Quang và Hà Giang cũ).

Tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh đạt 98,9%, riêng cấp xã đạt 99,3%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 91,4%; tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến đạt 68,2%.

Cán bộ một cửa xã Lũng Cú hướng dẫn người dân nộp hồ sơ trên ứng dụng VNeID. Ảnh: Hoàng Anh

Đề án 06: khu vực vùng cao còn khoảng cách

Công an tỉnh đã thu nhận 1.215.400 hồ sơ định danh điện tử mức độ 2, kích hoạt 1.048.900 tài khoản, đạt 86,3% số công dân đủ điều kiện. Tuy nhiên, tại khu vực Hà Giang (cũ), nơi có nhiều xã vùng cao biên giới, tỷ lệ kích hoạt mới đạt 74,8%. Toàn tỉnh đã làm sạch trên 2,04 triệu dữ liệu dân cư; 100% xã, phường cấp phiếu lý lịch tư pháp qua ứng dụng VNeID.

Việc chi trả trợ cấp an sinh xã hội không dùng tiền mặt được thực hiện cho 58.400 người, đạt 96,5% số đối tượng. Ứng dụng "Tuyên Quang số" phiên bản 3.0 đã có 412.000 lượt tải.

Hạ tầng số được mở rộng: tỷ lệ thôn, tổ dân phố có sóng di động 4G đạt 99,1%; còn 14 thôn thuộc vùng lõm sóng, tập trung ở các xã Mèo Vạc, Sơn Vĩ và Xín Cái. Tỷ trọng kinh tế số trong GRDP năm 2026 ước đạt 7,8%. Năm 2025, Chỉ số chuyển đổi số (DTI) của tỉnh đạt 0,4826 điểm, xếp thứ 19/34 tỉnh, thành phố.

Toàn tỉnh duy trì 1.524 tổ công nghệ số cộng đồng với 8.960 thành viên, trong đó nhiều thành viên là đoàn viên thanh niên từ 18 - 30 tuổi.

Em Lý Thị Mỷ, 19 tuổi, thành viên tổ công nghệ số thôn Lô Lô Chải, kể mỗi tuần em giúp khoảng 20 người già kích hoạt tài khoản.

Mục tiêu năm 2026

Theo Kế hoạch số 215/KH-UBND, đến hết năm 2026 tỉnh phấn đấu 90% hồ sơ thủ tục hành chính được nộp trực tuyến; 100% hồ sơ được số hóa; xóa toàn bộ thôn lõm sóng. Người dân cần hỗ trợ có thể gọi tổng đài 1900 8198 hoặc số 0207 3822 456.

Hoàng Anh - Mai Lan

Tin liên quan:
- Tuyên Quang ra mắt Trung tâm điều hành thông minh
- Hơn 500 điểm phát wifi miễn phí tại các điểm du lịch
- Tuyên Quang đứng thứ 19 cả nước về chỉ số DTI năm 2025

Bản quyền thuộc Báo Tuyên Quang | Giấy phép số 24/GP-BTTTT | Số 12 đường 17/8, phường Minh Xuân
'''
META = {'published': '2026-11-12', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2026-M10', 'modality': 'actual'}
FL = {'period': '2026-10M'}
HG = {'locality': 'tỉnh Hà Giang'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('Tuyên Quang: 86,7%', '86,7%', 'level', '%', dict(FL)),
 ('124 xã, phường', '124', 'level', 'xã', dict(optional=True)),
 ('cung cấp 1.742 dịch vụ', '1.742', 'level', 'dịch vụ công trực tuyến', dict()),
 ('1.096 dịch vụ', '1.096', 'level', 'dịch vụ', dict()),
 ('chiếm 62,9%', '62,9%', 'level', '%', dict()),
 ('1.284.560 hồ sơ', '1.284.560', 'level', 'hồ sơ', dict(FL)),
 ('1.113.700 hồ sơ', '1.113.700', 'level', 'hồ sơ', dict(FL)),
 ('tỷ lệ 86,7%', '86,7%', 'level', '%', dict(FL)),
 ('19,3 điểm phần trăm', '19,3 điểm phần trăm', 'change', 'điểm %', dict(FL, direction='up', base='2025')),
 ('đạt 98,9%', '98,9%', 'level', '%', dict(FL)),
 ('đạt 99,3%', '99,3%', 'level', '%', dict(FL)),
 ('đạt 91,4%', '91,4%', 'level', '%', dict(FL)),
 ('đạt 68,2%', '68,2%', 'level', '%', dict(FL)),
 ('1.215.400 hồ sơ', '1.215.400', 'level', 'hồ sơ', dict()),
 ('1.048.900 tài khoản', '1.048.900', 'level', 'tài khoản', dict()),
 ('đạt 86,3%', '86,3%', 'level', '%', dict()),
 ('đạt 74,8%', '74,8%', 'level', '%', dict(HG)),
 ('trên 2,04 triệu', '2,04 triệu', 'level', 'dữ liệu', dict(bound='over', value=2040000)),
 ('100% xã, phường', '100%', 'level', '%', dict()),
 ('58.400 người', '58.400', 'level', 'người', dict(FL)),
 ('đạt 96,5%', '96,5%', 'level', '%', dict(FL)),
 ('412.000 lượt tải', '412.000', 'level', 'lượt tải', dict()),
 ('đạt 99,1%', '99,1%', 'level', '%', dict()),
 ('còn 14 thôn', '14', 'level', 'thôn', dict()),
 ('ước đạt 7,8%', '7,8%', 'level', '%', dict(indicator='sector_share', period='2026', modality='estimate')),
 ('0,4826 điểm', '0,4826 điểm', 'level', 'điểm', dict(period='2025')),
 ('1.524 tổ', '1.524', 'level', 'tổ', dict(optional=True)),
 ('8.960 thành viên', '8.960', 'level', 'thành viên', dict(optional=True)),
 ('phấn đấu 90%', '90%', 'level', '%', dict(T)),
 ('100% hồ sơ được', '100%', 'level', '%', dict(T)),
]
